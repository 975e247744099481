"""Acts not yet done or placed years back: an "until" end point under a present main clause,
a nominal with its own timetable, a standing warrant, a habitual "if ... often", the grounds
of a punishment, a window of several years (docs/codebook.md, Modality)."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Coder, asserted, of_type

pytestmark = pytest.mark.model


def test_until_end_point_under_present_is_not_done(code: Coder) -> None:
    events = of_type(
        code("The envoy expects hard weeks ahead until Tripoli is retaken."), "ASSAULT"
    )
    assert events and events[0].flags.hypothetical
    assert any("not yet done" in r for r in events[0].why)


def test_until_end_point_under_past_is_asserted(code: Coder) -> None:
    text = "The militia held out until the army retook the bridge."
    assert of_type(asserted(code(text)), "ASSAULT")


def test_nominal_with_own_timetable_is_scheduled(code: Coder) -> None:
    text = "The plan is an attempt to sideline the EU-sponsored talks due to resume in Vienna."
    events = of_type(code(text), "CONSULT")
    assert events and events[0].flags.future and not events[0].flags.hypothetical


def test_because_of_is_no_timetable(code: Coder) -> None:
    text = "The plan is an attempt to sideline the EU-sponsored talks due to the shelling."
    assert not any(e.flags.future for e in of_type(code(text), "CONSULT"))


def test_standing_warrant_is_a_threat_not_a_future_act(code: Coder) -> None:
    text = "Jansen has been wanted for arrest by Dutch police since 2015."
    events = of_type(code(text), "THREATEN")
    assert events and not events[0].flags.future
    # an intention to arrest stays a future act of its subject
    wanted = of_type(code("Police want to arrest the mayor."), "THREATEN")
    assert wanted and wanted[0].flags.future


def test_habitual_if_is_whenever(code: Coder) -> None:
    """ "if ... often": a habit (hypothetical per the codebook), no conditional threat."""
    events = code("If these men try to run away they often get shot.")
    assert not of_type(events, "THREATEN")
    shot = of_type(events, "ASSAULT")
    assert shot and shot[0].flags.hypothetical
    assert any("habitual" in r for r in shot[0].why)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Their son is in prison for providing aid to the rebels.", "AID"),
        ("He was not punished for attacking the embassy.", "ASSAULT"),
    ],
)
def test_grounds_of_punishment_escape_its_negation(code: Coder, text: str, event_type: str) -> None:
    events = of_type(code(text), event_type)
    assert events and events[0].flags.hypothetical and not events[0].flags.negated
    assert any(r.startswith("hypothetical: grounds") for r in events[0].why)


def test_window_of_years_is_historical(code: Coder) -> None:
    text = "Three Danish volunteers have been killed by drones in the past four years."
    events = of_type(code(text), "ASSAULT")
    assert events and events[0].flags.historical
    ongoing = of_type(
        code("The army has been shelling the port for the past two years."), "ASSAULT"
    )
    assert ongoing and not ongoing[0].flags.historical


def test_tally_over_a_window_of_years_is_not_historical(code: Coder) -> None:
    text = "The coalition has killed more than 9,000 militants in the past three years."
    events = of_type(code(text), "ASSAULT")
    assert events and not events[0].flags.historical
