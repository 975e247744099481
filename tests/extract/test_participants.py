"""Participant rules through the real parser: agents only, nearest agent, full names."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Coder, asserted, of_type

pytestmark = pytest.mark.model


def _one(code: Coder, text: str, event_type: str) -> tuple[list[str], list[str]]:
    found = of_type(asserted(code(text)), event_type)
    assert found, f"no asserted {event_type} in {text!r}"
    return [m.text for m in found[0].actors], [m.text for m in found[0].recipients]


@pytest.mark.parametrize(
    ("text", "event_type", "not_participant"),
    [
        ("The United Nations rejected a call for talks.", "REJECT", "a call"),
        ("A 500-page report alleged that France helped the militias.", "ACCUSE", "report"),
        ("Egyptian police arrested 12 on Monday.", "COERCE", "12"),
        ("Afghan guerrillas blew up three power lines.", "ASSAULT", "power lines"),
    ],
)
def test_events_documents_and_objects_are_no_participants(
    code: Coder, text: str, event_type: str, not_participant: str
) -> None:
    actors, recipients = _one(code, text, event_type)
    assert not any(not_participant in m for m in [*actors, *recipients])


def test_nearest_agent_through_of_with_its_conjuncts(code: Coder) -> None:
    text = (
        "With the approval of a framework for a truce, the Malian government and "
        "the northern rebels have agreed to reopen the roads."
    )
    actors, _ = _one(code, text, "AGREE")
    assert "the Malian government" in actors
    assert not any("approval" in a for a in actors)


def test_count_of_agents_is_kept_whole(code: Coder) -> None:
    actors, _ = _one(code, "Hundreds of UN troops withdrew from the town on Monday.", "RETREAT")
    assert actors == ["Hundreds of UN troops"]


def test_coordinated_full_names(code: Coder) -> None:
    # The small model parses "Barack" as a preposition governing "Obama and Xi Jinping".
    text = "Barack Obama and Xi Jinping will meet in Lima."
    actors, _ = _one(code, text, "CONSULT")  # a scheduled meeting (codebook: future)
    assert actors == ["Barack Obama", "Xi Jinping"]


def test_agent_after_locative_preposition_is_a_target(code: Coder) -> None:
    _, recipients = _one(code, "Rebels fired rockets at the government on Sunday.", "ASSAULT")
    assert recipients == ["the government"]


def test_pp_of_a_coordinated_object(code: Coder) -> None:
    text = "Ethiopian troops launched artillery, mortar, and drone fire against Eritrean posts."
    _, recipients = _one(code, text, "ASSAULT")
    assert recipients == ["Eritrean posts"]


def test_raised_subject_of_passive_governor(code: Coder) -> None:
    candidates = code("Obama is scheduled to attend a summit in Geneva.")
    assert [m.text for m in candidates[0].actors] == ["Obama"]


def test_participantless_event_is_not_coded(code: Coder) -> None:
    text = "The trucks drive back from the frontier after the clash went badly."
    assert asserted(code(text)) == []


def test_condolences_are_a_statement_not_support(code: Coder) -> None:
    assert of_type(code("The president expressed condolences to Turkey."), "SUPPORT") == []


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("A protester demolished the building.", "PROTEST"),  # property: the riot
        ("Protesters beat a policeman in the square.", "ASSAULT"),  # people: violence
    ],
)
def test_protesters_damaging_property_protest(code: Coder, text: str, event_type: str) -> None:
    assert of_type(asserted(code(text)), event_type)


@pytest.mark.parametrize(
    ("text", "event_type", "recipient"),
    [
        # The parser makes the recipient the subject of a clause after "to".
        ("Ecuador has granted political asylum to four Cuban army officers holed up in its "
         "embassy since last week's coup, the ministry said.", "AID", "four Cuban army officers"),
        # A heavy object moved after the "as" predicate.
        ("Hungary on Monday condemned as an outrage Romania's treatment of ethnic Hungarian "
         "students.", "ACCUSE", "Romania"),
    ],
)  # fmt: skip
def test_object_repaired_from_a_broken_parse(
    code: Coder, text: str, event_type: str, recipient: str
) -> None:
    _, recipients = _one(code, text, event_type)
    assert recipient in recipients


def test_coordinated_nominal_modifiers_are_two_parties(code: Coder) -> None:
    actors, _ = _one(code, "US and British forces attacked the town on Monday.", "ASSAULT")
    assert actors == ["US", "British forces"]


@pytest.mark.parametrize(
    ("text", "event_type", "actor", "recipient"),
    [
        ("The mayor faces pressure from the unions to resign.", "REQUEST", "the unions",
         "The mayor"),
        ("The Kurds received military aid from Washington.", "AID", "Washington", "The Kurds"),
    ],
)  # fmt: skip
def test_subject_of_an_undergoing_verb_is_the_recipient(
    code: Coder, text: str, event_type: str, actor: str, recipient: str
) -> None:
    actors, recipients = _one(code, text, event_type)
    assert (actors, recipients) == ([actor], [recipient])


def test_protest_target_from_its_purpose_clause(code: Coder) -> None:
    text = "Thousands of farmers staged demonstrations to demand reforms by the Indian government."
    _, recipients = _one(code, text, "PROTEST")
    assert recipients == ["the Indian government"]


def test_weapon_is_no_target_what_it_struck_is(code: Coder) -> None:
    text = "A Malaysia Airlines jet was blown up by a missile believed to be fired by rebels."
    actors, recipients = _one(code, text, "ASSAULT")
    assert (actors, recipients) == (["rebels"], ["A Malaysia Airlines jet"])


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("A report released by the United Nations alleged that Uganda armed the militias.",
         "the United Nations"),
        ("A report released in the Kenyan capital alleged that Uganda armed the militias.",
         "the Kenyan capital"),
    ],
)  # fmt: skip
def test_document_speaks_for_its_issuer(code: Coder, text: str, actor: str) -> None:
    actors, recipients = _one(code, text, "ACCUSE")
    assert (actors, recipients) == ([actor], ["Uganda"])


def test_victims_of_an_attack_with_a_named_attacker(code: Coder) -> None:
    actors, recipients = _one(code, "Five soldiers were killed in a rebel attack on Monday.",
                              "ASSAULT")  # fmt: skip
    assert (actors, recipients) == (["rebel"], ["Five soldiers"])


def test_target_of_an_anti_demonstration_is_no_actor(code: Coder) -> None:
    found = of_type(code("Students staged anti-government demonstrations in the capital."),
                    "PROTEST")  # fmt: skip
    assert found
    assert all("government" not in m.text for c in found for m in c.actors)


def test_gerund_split_from_its_modifier_keeps_attacker_and_victims(code: Coder) -> None:
    # Parsed "in [Israeli tank] [shelling]", the gerund a clause of "killed".
    text = "Three women were killed in Israeli tank shelling near the border, medics said."
    actors, recipients = _one(code, text, "ASSAULT")
    assert (actors, recipients) == (["Israeli"], ["Three women"])


def test_participle_after_a_relative_clause_continues_it(code: Coder) -> None:
    text = ("The ministry is based in towns held by the Ahrar militia that has made rapid gains "
            "in Idlib, capturing the provincial capital from the army.")  # fmt: skip
    actors, _ = _one(code, text, "ASSAULT")
    assert actors == ["the Ahrar militia"]
