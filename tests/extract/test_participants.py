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
        "With the signing of a Memorandum of Understanding, the Sudanese government and "
        "the SPLA have agreed to allow humanitarian access."
    )
    actors, _ = _one(code, text, "AGREE")
    assert "the Sudanese government" in actors
    assert not any("signing" in a for a in actors)


def test_count_of_agents_is_kept_whole(code: Coder) -> None:
    actors, _ = _one(code, "Hundreds of UN troops withdrew from the town on Monday.", "RETREAT")
    assert actors == ["Hundreds of UN troops"]


def test_coordinated_full_names(code: Coder) -> None:
    # The small model parses "Barack" as a preposition governing "Obama and Putin".
    text = "Barack Obama and Vladimir Putin will meet in Zurich."
    actors, _ = _one(code, text, "AGREE")
    assert actors == ["Barack Obama", "Vladimir Putin"]


def test_agent_after_locative_preposition_is_a_target(code: Coder) -> None:
    _, recipients = _one(code, "Rebels fired rockets at the government on Sunday.", "ASSAULT")
    assert recipients == ["the government"]


def test_pp_of_a_coordinated_object(code: Coder) -> None:
    text = "Vietnamese forces launched artillery, mortar, and rocket fire against Kampuchean camps."
    _, recipients = _one(code, text, "ASSAULT")
    assert recipients == ["Kampuchean camps"]


def test_raised_subject_of_passive_governor(code: Coder) -> None:
    candidates = code("Obama is scheduled to attend a summit in Geneva.")
    assert [m.text for m in candidates[0].actors] == ["Obama"]


def test_participantless_event_is_not_coded(code: Coder) -> None:
    text = "The tanks head back from the border after the skirmish went wrong."
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
