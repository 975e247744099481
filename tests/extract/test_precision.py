"""Precision rules: sourcing, figurative objects, generic present, opinions and one
conflict event per clause code no (asserted) event (docs/codebook.md, "Non-events")."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Coder, asserted, of_type

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "The minister told Guardian Nigeria that sanctions would stay.",
        "The mayor told the Kyiv Post that the bridge was closed.",
        "Speaking to Syrian State Television, the general said the army had retaken the hill.",
    ],
)
def test_outlet_names_are_the_press(code: Coder, text: str) -> None:
    assert of_type(code(text), "CONSULT") == []


def test_a_council_is_no_outlet(code: Coder) -> None:
    consult = of_type(
        code("The minister told the Atlantic Council that sanctions would stay."), "CONSULT"
    )
    assert len(consult) == 1


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The militia attacked the narrative of the government.", "ASSAULT"),
        ("You will destroy your future.", "THREATEN"),
        ("You will destroy your future.", "ASSAULT"),
    ],
)
def test_abstract_objects_are_no_targets(code: Coder, text: str, event_type: str) -> None:
    assert of_type(code(text), event_type) == []


def test_rejecting_an_idea_stays_reject(code: Coder) -> None:
    assert len(of_type(code("The rebels rejected the peace process."), "REJECT")) == 1


def test_concrete_objects_stay_targets(code: Coder) -> None:
    assault = of_type(code("The rebels attacked the convoy of the UN."), "ASSAULT")
    assert [r.text for c in assault for r in c.recipients] == ["the convoy of the UN"]


@pytest.mark.parametrize(
    "text",
    [
        "Armed groups that attack civilians must be punished.",
        "Militias often raid villages near the border.",
    ],
)
def test_generic_present_is_not_asserted(code: Coder, text: str) -> None:
    found = of_type(code(text), "ASSAULT")
    assert found and asserted(found) == []


def test_past_raid_stays_asserted(code: Coder) -> None:
    found = of_type(code("Militias raided villages near the border on Monday."), "ASSAULT")
    assert len(asserted(found)) == 1


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Everyone condemned the raid.", "ACCUSE"),
        ('"I agree," the senator said of the plan.', "AGREE"),
    ],
)
def test_unspecific_or_speaker_only_is_no_event(code: Coder, text: str, event_type: str) -> None:
    assert of_type(code(text), event_type) == []


@pytest.mark.parametrize(
    "text",
    [
        "We need to help the refugees in Lebanon.",
        "Governments ought to send aid to the camps.",
    ],
)
def test_obligations_are_not_asserted(code: Coder, text: str) -> None:
    found = of_type(code(text), "AID")
    assert found and asserted(found) == []


def test_an_attack_by_someone_stays(code: Coder) -> None:
    assert len(of_type(code("Someone attacked the convoy near Idlib."), "ASSAULT")) == 1


def test_agreement_between_parties_stays(code: Coder) -> None:
    found = of_type(code("Officials said the two governments agree on a ceasefire."), "AGREE")
    assert len(found) == 1


def test_one_conflict_event_per_clause(code: Coder) -> None:
    found = code("Rebel fighters advanced on the town on Friday and set up checkpoints.")
    assert len(of_type(found, "ASSAULT")) == 1
    assert of_type(found, "MOBILIZE") == []


def test_deployment_alone_stays_mobilize(code: Coder) -> None:
    assert len(of_type(code("Russia deployed troops to the border on Monday."), "MOBILIZE")) == 1


def test_a_duty_of_the_speakers_themselves_is_no_request(code: Coder) -> None:
    own = code("Her family said: We must, therefore, assist her in court.")
    assert of_type(own, "REQUEST") == []
    demand = code("Russia said Sudan must return the helicopter.")
    assert len(of_type(demand, "REQUEST")) == 1


def test_a_withheld_comment_is_no_refusal(code: Coder) -> None:
    assert of_type(code("The ministry declined to comment on the report."), "REJECT") == []
    assert len(of_type(code("Israel refused to release the prisoners."), "REJECT")) == 1


def test_meeting_a_response_is_no_meeting(code: Coder) -> None:
    assert of_type(code("The plan met a mixed response in Europe."), "CONSULT") == []
    assert of_type(code("The proposal was met with resistance."), "CONSULT") == []
