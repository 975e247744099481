"""Unasserted content and realised acts: slogans, grounds, unconfirmed and requested
clauses, expectations and wishes, conditions of several words, capabilities, staying for an
act, past permissions, journeys (docs/codebook.md, Modality)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitroom.extract.modality_content import intended
from tests.extract.conftest import Coder, asserted, of_type

pytestmark = pytest.mark.model


def _unasserted(code: Coder, text: str, event_type: str) -> None:
    events = of_type(code(text), event_type)
    assert events, "the event should still be found"
    assert not asserted(events)
    assert any(r.startswith("hypothetical:") for r in events[0].why)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # the quoted wording of a sign, headline or chant
        ("The paper ran the headline “Rebels seize the capital” on its front page.", "ASSAULT"),
        ("The crowd chanted “the army killed our sons” outside the ministry.", "ASSAULT"),
        # the grounds of a judgement
        ("The minister was sacked for meeting the rebel leaders in Geneva.", "CONSULT"),
        ("Two soldiers were punished for going to attack the militia.", "ASSAULT"),
        # a denied or unconfirmed clause of evidence
        ("There is no evidence that the army shelled the hospital.", "ASSAULT"),
        ("There were unverified reports that the air force bombed the clinic.", "ASSAULT"),
        # a condition of several words
        ("The government will respond in case the militias are shelling the villages.", "ASSAULT"),
        # the "for"-clause of a request noun
        ("Calls are growing for Britain to expel the Russian ambassador.", "SANCTION"),
        # the content of an expectation or of a wish
        ("The assumption in Baku is that the rebels will strike the port first.", "ASSAULT"),
        ("What Paris wants is to support the rebels.", "SUPPORT"),
        # a capability, and staying somewhere for an act
        ("The militia is capable of attacking the rebels in the north.", "ASSAULT"),
        ("The rebels were unable to capture the town.", "ASSAULT"),
        ("A few hundred fighters stayed behind in the valley to attack the army.", "ASSAULT"),
        # a risk of undergoing an act, and a habitual past (no single event)
        ("A Dane on the rebel side risks being killed by a French drone.", "ASSAULT"),
        ("Captured militiamen would routinely be tortured by the guards.", "ASSAULT"),
        # an imagined, pictured or dreamt scene
        ("I imagined militiamen raiding the farm.", "ASSAULT"),
        ("She pictured the navy shelling the harbour.", "ASSAULT"),
        ("I imagined reaching the border, and army drones bombing the column.", "ASSAULT"),
        ("He dreamt that the rebels stormed the palace.", "ASSAULT"),
    ],
)
def test_unasserted_content(code: Coder, text: str, event_type: str) -> None:
    _unasserted(code, text, event_type)


def test_placard_slogan_is_not_asserted(code: Coder) -> None:
    text = "Demonstrators carried banners reading “stop Germany from helping the junta”."
    assert not of_type(asserted(code(text)), "AID")


def test_expected_attack_is_no_threat(code: Coder) -> None:
    text = "The fear in Baku is that they’ll storm the port first."
    assert not of_type(asserted(code(text)), "THREATEN")


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # a permission told in the past reports what it let happen
        ("The ruling enabled the police to detain hundreds of students.", "COERCE"),
        # "used X as auxiliaries to V", "made their way to X to V" report the act
        ("The coalition has used tribesmen as auxiliaries to fight al-Qaida.", "ASSAULT"),
        ("The envoys made their way to Astana on Monday to attend the summit.", "CONSULT"),
    ],
)
def test_realised_acts_stay_asserted(code: Coder, text: str, event_type: str) -> None:
    assert of_type(asserted(code(text)), event_type)


def test_depicted_scene_stays_asserted(code: Coder) -> None:
    """ "The photo pictured X": a depiction, not an imagined scene."""
    text = "The photo pictured soldiers beating a man in Hama."
    assert of_type(asserted(code(text)), "ASSAULT")


def test_present_permission_stays_unasserted(code: Coder) -> None:
    text = "The new law allows the police to detain activists."
    assert not of_type(asserted(code(text)), "COERCE")


def test_misparsed_perfect_over_years_is_standing(code: Coder) -> None:
    events = of_type(code("Qatar has for almost three years been backing the militia."), "SUPPORT")
    assert events and events[0].flags.hypothetical


def test_vote_not_to_attend_is_a_refusal(code: Coder) -> None:
    events = asserted(code("The opposition voted not to attend the conference in Geneva."))
    assert [e.event_type for e in events] == ["REJECT"]


def test_wish_cleft_is_content(pipeline: Language) -> None:
    """ "all he wanted was to back them": the predicate of a wish is no act."""
    doc = pipeline("But all he wanted was to support the rebels.")
    verb = next(t for t in doc if t.text == "support")
    assert intended([verb, verb.head]) is not None
    plain = pipeline("But the problem was to support the rebels.")
    verb = next(t for t in plain if t.text == "support")
    assert intended([verb, verb.head]) is None


@pytest.mark.parametrize(
    "text",
    [
        "The charity released a statement to express its indignation at the shelling.",
        "The ministry held a press conference to denounce the raid on the embassy.",
    ],
)
def test_purpose_of_a_delivered_speech_act_is_done(code: Coder, text: str) -> None:
    assert of_type(asserted(code(text)), "ACCUSE")


@pytest.mark.parametrize(
    "text",
    [
        "The charity will release a statement to express its indignation at the shelling.",
        "The charity did not release a statement to express its indignation at the shelling.",
        "The charity wants a statement to express its indignation at the shelling.",
    ],
)
def test_purpose_of_an_undelivered_speech_act_is_not_done(code: Coder, text: str) -> None:
    found = of_type(code(text), "ACCUSE")
    assert found
    assert all(e.flags.negated or e.flags.hypothetical or e.flags.future for e in found)


def test_gerund_of_a_partys_policy_is_done(code: Coder) -> None:
    text = "This would weaken the cabinet's policy of stripping the militants of their passports."
    assert of_type(asserted(code(text)), "SANCTION")


def test_gerund_of_a_partys_plan_stays_unasserted(code: Coder) -> None:
    text = "This would weaken the cabinet's plan of stripping the militants of their passports."
    assert not of_type(asserted(code(text)), "SANCTION")
