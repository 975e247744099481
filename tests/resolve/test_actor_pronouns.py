"""Pronouns read by their clause: expletive "it", relative clauses, the previous subject."""

from __future__ import annotations

import pytest

from sitroom.model import Actor, Mention
from sitroom.resolve.actors import document_resolver
from tests.resolve.test_actors import annotations
from tests.resolve.test_coref import DAY


def resolve_after(text: str, entities: tuple[tuple[str, str], ...], first: tuple[str, ...],
                  pronoun: str) -> Actor:  # fmt: skip
    """Resolve the participants ``first`` (first occurrences), then the last ``pronoun``."""
    resolve = document_resolver(text, annotations(text, entities), published=DAY)
    for name in first:
        start = text.index(name)
        resolve(Mention(name, start, start + len(name)))
    start = text.rindex(pronoun)
    return resolve(Mention(pronoun, start, start + len(pronoun)))


@pytest.mark.parametrize(
    "frame",
    ["It is legal to strike them", "It is clear that they will strike",
     "It seems that they will strike", "It was widely reported that they struck",
     "It is important for the allies to strike",
     'It was "utterly ridiculous" to tax the fishermen', "It was a mistake to strike"],
)  # fmt: skip
def test_expletive_it_refers_to_nothing(frame: str) -> None:
    text = f"Baghdad agreed. {frame}"
    actor = resolve_after(text, (("Baghdad", "GPE"),), ("Baghdad",), "It")
    assert actor.country is None


@pytest.mark.parametrize("frame", ["It is ready to strike them", "It is expected to strike"])
def test_control_or_raising_it_is_referential(frame: str) -> None:
    text = f"Baghdad agreed. {frame}"
    actor = resolve_after(text, (("Baghdad", "GPE"),), ("Baghdad",), "It")
    assert actor.country == "IRQ"


def test_sentence_initial_it_continues_the_previous_subject() -> None:
    text = "Greece blamed Turkey for the crisis. It is ready to attack the smugglers"
    ents = (("Greece", "GPE"), ("Turkey", "GPE"))
    actor = resolve_after(text, ents, ("Greece", "Turkey"), "It")
    assert actor.country == "GRC"


def test_relative_clause_pronoun_takes_the_sentence_subject() -> None:
    text = (
        "A force fought Isis in Mosul. "
        "Ankara regards the Kurds as a branch of the PKK, with whom it fought"
    )
    ents = (("Isis", "ORG"), ("Mosul", "GPE"), ("Ankara", "GPE"), ("PKK", "ORG"))
    actor = resolve_after(text, ents, ("Isis in Mosul",), "it")
    assert actor.country == "TUR"


def test_relative_clause_pronoun_is_not_the_relative_head() -> None:
    text = "On Monday Greece condemned Turkey, with which it has clashed for years"
    ents = (("Greece", "GPE"), ("Turkey", "GPE"))
    actor = resolve_after(text, ents, ("Greece", "Turkey"), "it")
    assert actor.country != "TUR"


# The previous sentence's participant (Mr Okoro) against the subject of the pronoun's own
# sentence (Mr Varga), who takes part in no event.
GOVERNING = ("Mr Okoro praised the scheme. Mr Varga said he had backed the scheme when "
             "Mr Lind argued for it and he {} it now.")  # fmt: skip
GOVERNING_ENTITIES = (("Okoro", "PERSON"), ("Varga", "PERSON"), ("Lind", "PERSON"))


def test_pronoun_in_an_embedded_clause_takes_its_sentences_subject() -> None:
    text = GOVERNING.format("backed")
    actor = resolve_after(text, GOVERNING_ENTITIES, ("Mr Okoro",), "he")
    assert actor.antecedent == "Varga"


def test_a_rival_outside_an_adverbial_clause_blocks_the_subject() -> None:
    text = "Mr Okoro praised the scheme. Mr Varga told Mr Ruiz that he backed it."
    entities = (("Okoro", "PERSON"), ("Varga", "PERSON"), ("Ruiz", "PERSON"))
    actor = resolve_after(text, entities, ("Mr Okoro",), "he")
    assert actor.antecedent != "Varga"


def test_a_name_the_tagger_calls_an_organisation_after_mr_is_a_person() -> None:
    text = "Ms Sato praised the scheme. Mr Brandt wrote to the council after the firm blamed him."
    entities = (("Sato", "PERSON"), ("Mr Brandt", "ORG"), ("council", "ORG"))
    actor = resolve_after(text, entities, ("Ms Sato",), "him")
    assert actor.antecedent == "Mr Brandt"


def test_a_rival_of_the_other_gender_does_not_block_the_subject() -> None:
    text = "Mr Okoro praised the scheme. Mr Varga told Mrs Lind that he backed it."
    entities = (("Okoro", "PERSON"), ("Varga", "PERSON"), ("Lind", "PERSON"))
    actor = resolve_after(text, entities, ("Mr Okoro",), "he")
    assert actor.antecedent == "Varga"
