"""Future conversion only for a party's own announced act; flags kept to their own clause."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Coder, of_type

pytestmark = pytest.mark.model


def test_negation_does_not_leak_to_a_tensed_conjunct(code: Coder) -> None:
    text = (
        "The union leader said nurses did not want to walk out and called for urgent "
        "talks with the health board."
    )
    events = code(text)
    assert not of_type(events, "REJECT")
    called = [e for e in events if "call" in e.trigger.text.lower()]
    assert called and not any(e.flags.negated or e.flags.future for e in called)


def test_negated_future_strike_is_no_threat(code: Coder) -> None:
    events = code("The dockers said they did not want to go on strike.")
    assert not of_type(events, "THREATEN")
    strikes = of_type(events, "PROTEST")
    assert strikes and all(e.flags.negated for e in strikes)


def test_future_opposition_is_a_reject(code: Coder) -> None:
    events = code("The Green Party will oppose the bypass plan in the council vote.")
    assert not of_type(events, "THREATEN")
    assert of_type(events, "REJECT")


def test_future_veto_is_still_a_threat(code: Coder) -> None:
    text = "Ruritania said it would veto the resolution on the border dispute."
    assert of_type(code(text), "THREATEN")


def test_force_kept_to_fight_is_no_threat(code: Coder) -> None:
    text = (
        "A Ruritanian spokesman said Ruritania would retain a large force in Vostok "
        "to fight the insurgents."
    )
    events = code(text)
    assert not of_type(events, "THREATEN")
    assert all(e.flags.hypothetical for e in of_type(events, "ASSAULT"))


def test_troops_sent_to_attack_is_a_threat(code: Coder) -> None:
    assert of_type(
        code("Ruritania said it would send troops to attack the rebel town."), "THREATEN"
    )


def test_writers_conditional_prediction_is_no_offer(code: Coder) -> None:
    text = (
        "The Ruritanian government will attend any talks hosted by Borduria, "
        "especially if the opposition is divided."
    )
    events = code(text)
    assert not of_type(events, "AGREE")
    assert of_type(events, "CONSULT")


def test_voiced_conditional_is_an_offer(code: Coder) -> None:
    text = (
        "The Ruritanian government will attend the talks if the opposition drops its "
        "demands, a minister said."
    )
    assert of_type(code(text), "AGREE")


def test_writers_future_attack_keeps_its_type(code: Coder) -> None:
    events = code("The army will attack the rebel town next week.")
    assert not of_type(events, "THREATEN")
    assert all(e.flags.future for e in of_type(events, "ASSAULT"))


def test_announced_attack_is_a_threat(code: Coder) -> None:
    assert of_type(code("Ruritania said it will attack the rebel town."), "THREATEN")


def test_a_past_conjunct_does_not_share_a_modal(code: Coder) -> None:
    # "accused" cannot sit under "would": it is coordinated with "said", so it is asserted.
    text = (
        "The minister said the army would withdraw from the valley next year and "
        "accused the rebels of looting."
    )
    accused = of_type(code(text), "ACCUSE")
    assert accused and not any(e.flags.future or e.flags.hypothetical for e in accused)


def test_an_option_kept_open_is_possible_not_negated(code: Coder) -> None:
    # "has not excluded sending troops": the sending is possible, not denied.
    sent = of_type(code("The cabinet has not excluded sending troops to the border."), "MOBILIZE")
    assert sent and all(e.flags.hypothetical and not e.flags.negated for e in sent)


def test_an_option_ruled_out_is_negated(code: Coder) -> None:
    # (When the parser hangs the gerund as an adverbial clause, the chain misses it.)
    sent = of_type(code("The government ruled out sending troops to the region."), "MOBILIZE")
    assert sent and all(e.flags.negated for e in sent)


def test_a_conjunct_of_an_open_option_is_asserted(code: Coder) -> None:
    # The "not" of "has not ruled out" neither negates nor opens the coordinated welcome.
    events = code("The union has not ruled out a strike and welcomed talks with the ministry.")
    welcomed = [e for e in events if e.trigger.text.lower().startswith("welcome")]
    assert welcomed and not any(e.flags.negated or e.flags.hypothetical for e in welcomed)
