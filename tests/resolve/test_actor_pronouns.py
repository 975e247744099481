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
