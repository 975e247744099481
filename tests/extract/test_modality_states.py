"""Contents of plans and options, standing roles and relations, owned past nominal events,
old decisions and evaluated acts (docs/codebook.md, Modality). Hand-written sentences."""

from __future__ import annotations

import pytest

from sitroom.model import EventCandidate
from tests.extract.conftest import Coder, asserted

pytestmark = pytest.mark.model


def _triggered(events: list[EventCandidate], word: str) -> list[EventCandidate]:
    return [e for e in events if e.trigger.text.lower() == word]


def _why(events: list[EventCandidate], cue: str) -> bool:
    return any(cue in reason for e in events for reason in e.why)


@pytest.mark.parametrize(
    ("text", "triggers"),
    [
        (
            "The junta's aim, backed by its neighbours, is to expel the insurgents from one"
            " valley after another.",
            ["expel"],
        ),
        ("Their plan was to storm the airport and seize the ministers.", ["storm", "seize"]),
        (
            "The official slogan in Paris is that its troops stay in Mali solely to fight"
            " jihadists.",
            ["fight"],
        ),
        ("The gang organised a plot from a flat in Lyon to shoot soldiers in Paris.", ["shoot"]),
        (
            "Ministers never explored other options: cutting aid to the militias, or backing"
            " the plan for talks.",
            ["cutting", "backing"],
        ),
        (
            "The envoy instead urges more arms for the insurgents, disarming the militias, and"
            " bombing the airbases near the capital.",
            ["disarming", "bombing"],
        ),
        (
            "Ministers never explored other options: for instance, cutting aid to the militias;"
            " lifting the embargo on arms; or even now, backing the plan for talks.",
            ["lifting", "backing"],
        ),
        (
            "The envoy also called for the big powers to give up their vetoes and to hand their"
            " seats over to the smaller states.",
            ["hand"],
        ),
        ("If the junta is to survive, the coast is the place it must attack first.", ["attack"]),
    ],
)
def test_content_of_a_plan_or_option_is_not_done(
    code: Coder, text: str, triggers: list[str]
) -> None:
    events = code(text)
    for word in triggers:
        found = _triggered(events, word)
        assert found and not asserted(found), word


def test_negation_of_a_bare_infinitive_list_reaches_every_item(code: Coder) -> None:
    text = (
        "The raid was meant to punish the clan, not to help the police arrest the smugglers"
        " or assist the courts."
    )
    events = code(text)
    for word in ("arrest", "assist"):
        found = _triggered(events, word)
        assert found and all(e.flags.negated for e in found), word


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The army used its power to seize the town.", "seize"),
        ("Police opened fire to disperse the protesters.", "disperse"),
        ("The rebels did not attack but withdrew from the town.", "withdrew"),
        ("Police opened fire, killing two protesters, and arrested ten.", "killing"),
        ("The president called for calm, accusing the rebels of breaking the truce.", "accusing"),
    ],
)
def test_acts_done_with_a_purpose_or_alongside_stay_asserted(
    code: Coder, text: str, trigger: str
) -> None:
    assert _triggered(asserted(code(text)), trigger)


def test_a_plan_to_help_stays_a_future_offer(code: Coder) -> None:
    events = _triggered(code("The government unveiled a plan to send aid to the refugees."), "send")
    assert events and all(e.flags.future and not e.flags.hypothetical for e in events)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "The prisoners were held by the Shia militia, which is fighting alongside the army,"
            " in the north.",
            "fighting",
        ),
        ("The area is the last stronghold of rebels fighting to oust the president.", "fighting"),
        ("Several states backed rival factions fighting for control of the capital.", "fighting"),
    ],
)
def test_standing_role_of_a_group_is_no_event(code: Coder, text: str, trigger: str) -> None:
    events = _triggered(code(text), trigger)
    assert events and not asserted(events)
    assert _why(events, "standing role")


@pytest.mark.parametrize(
    "text",
    [
        "Its growing defence cooperation with Moscow includes a big deal to buy jets.",
        "He softened his tone as part of his deepening cooperation with Moscow on Libya.",
        "Ties were strained by rows over Washington's support for Kurdish forces.",
        "His defiance of the courts and his growing cooperation with Beijing seem set to deepen.",
    ],
)
def test_background_relation_is_no_event(code: Coder, text: str) -> None:
    events = [e for e in code(text) if e.event_type in {"COOPERATE", "SUPPORT"}]
    assert events and not asserted(events)
    assert _why(events, "relation")


@pytest.mark.parametrize(
    "text",
    [
        "Rebels fighting government troops near the city on Monday lost ten men.",
        "The Kurdish militia that Ankara is fighting controls the border.",
    ],
)
def test_fighting_with_an_opponent_or_a_time_stays_an_event(code: Coder, text: str) -> None:
    assert _triggered(asserted(code(text)), "fighting")


def test_punctual_possessed_noun_stays_an_event(code: Coder) -> None:
    assert _triggered(
        asserted(code("Their sudden capture of the city shocked the world.")), "capture"
    )


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The war to reverse Saddam's invasion cost many lives.", "invasion"),
        (
            "The offensive could equal the blockade of Mosul and last year's assault on Homs.",
            "assault",
        ),
    ],
)
def test_owned_nominal_event_keeps_its_own_status(code: Coder, text: str, trigger: str) -> None:
    events = _triggered(code(text), trigger)
    assert events and asserted(events)
    assert not any(e.flags.future for e in events)


def test_owned_nominal_event_escapes_the_negation_around_it(code: Coder) -> None:
    events = _triggered(code("Paris said it would not act on Washington's call for now."), "call")
    assert events and not any(e.flags.negated or e.flags.future for e in events)


def test_feared_nominal_event_stays_unasserted(code: Coder) -> None:
    events = _triggered(code("Fears of Russia's invasion are growing."), "invasion")
    assert events and not asserted(events)


def test_old_decision_is_carried_out_not_future(code: Coder) -> None:
    events = _triggered(
        code("Blair's 2003 decision to invade Iraq was a disaster, the 2019 report said."), "invade"
    )
    assert events and all(not e.flags.future and e.flags.historical for e in events)
    recent = code(
        "In 2019 the minister defended the government's decision to expel the ambassador."
    )
    assert all(e.flags.future for e in _triggered(recent, "expel"))
    assert _triggered(recent, "expel")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("It is not sufficient any more just to protest and to condemn.", "protest"),
        ("Backing the junta to win is a risky wager for Beijing.", "backing"),
        ("To bomb the rebels would be a mistake.", "bomb"),
    ],
)
def test_evaluated_act_is_not_asserted(code: Coder, text: str, trigger: str) -> None:
    events = _triggered(code(text), trigger)
    assert events and not asserted(events)
    assert _why(events, "evaluated")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("She is right in calling for talks.", "calling for"),
        ("France has fought jihadists in Mali since 2013.", "fought"),
    ],
)
def test_evaluation_of_a_named_party_keeps_the_act(code: Coder, text: str, trigger: str) -> None:
    assert _triggered(asserted(code(text)), trigger)


def test_acts_of_different_years_are_not_merged(code: Coder) -> None:
    text = (
        "General Smith invaded the island in 1991. "
        "General Smith's 2003 decision to invade the mainland was a disaster, a 2019 inquiry found."
    )
    events = [e for e in code(text) if e.event_type == "ASSAULT"]
    assert sorted(e.trigger.text for e in events) == ["invade", "invaded"]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The junta purportedly bombed a hospital in the north.", "bombed"),
        ("Soldiers supposedly shot three protesters at the border.", "shot"),
        ("The government allegedly shelled the suburb with gas.", "shelled"),
    ],
)
def test_hedged_act_is_only_claimed(code: Coder, text: str, trigger: str) -> None:
    events = _triggered(code(text), trigger)
    assert events and not asserted(events)
    assert _why(events, "only claimed")


def test_reportedly_is_sourcing_and_stays_asserted(code: Coder) -> None:
    text = "Soldiers reportedly shot three protesters at the border."
    assert _triggered(asserted(code(text)), "shot")


def test_purpose_of_a_misparsed_reduced_relative_is_not_done(code: Coder) -> None:
    events = _triggered(
        code("Villagers trained to fight the insurgents now patrol the highways."), "fight"
    )
    assert events and not asserted(events)
    assert _why(events, "purpose of 'trained'")


def test_purpose_of_a_main_verb_stays_asserted(code: Coder) -> None:
    # Decided: an ordinary purpose of a reported act keeps the act's reading.
    assert _triggered(
        asserted(code("Villagers armed themselves to fight the insurgents.")), "fight"
    )


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ('"The gangs who attack villagers are terrorists," he said.', "attack"),
        ('"The Iranians who bomb schools will pay," the minister said.', "bomb"),
        ('"The gangs who raid farms every week are thugs," she said.', "raid"),
    ],
)
def test_plural_present_relative_is_a_habit(code: Coder, text: str, trigger: str) -> None:
    events = _triggered(code(text), trigger)
    assert events and not asserted(events)
    assert _why(events, "habitual present")


def test_plural_past_relative_with_a_date_stays_an_event(code: Coder) -> None:
    text = '"The gangs who attacked the village on Sunday are terrorists," he said.'
    assert _triggered(asserted(code(text)), "attacked")
