"""Codebook choices of plover-sitroom-1 round 2 (issue #4): schedules versus commitments,
offers, habits, unrealised acts, converse verbs, metaphors and parse repairs.

Every sentence is invented; each test fails when its rule is removed."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Coder, asserted, of_type

pytestmark = pytest.mark.model


def _types(code: Coder, text: str) -> list[str]:
    return sorted(e.event_type for e in asserted(code(text)))


def _texts(mentions: tuple[object, ...]) -> list[str]:
    return [getattr(m, "text", "") for m in mentions]


# --- future: a writer's timetable is no party's commitment ---------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Japanese prime minister will meet the Chinese president in Beijing.",
        "The Chilean president is scheduled to attend a summit in Lima.",
        "Norway will send humanitarian aid to Sudan.",
    ],
)
def test_unvoiced_scheduled_cooperation_keeps_its_type(code: Coder, text: str) -> None:
    events = asserted(code(text))
    assert events and all(e.event_type != "AGREE" for e in events), text
    assert all(e.flags.future for e in events)


def test_voiced_future_meeting_is_agree(code: Coder) -> None:
    text = "The Japanese prime minister will meet the Chinese president, his office said."
    assert _types(code, text) == ["AGREE"]


def test_stated_intention_is_still_agree(code: Coder) -> None:
    assert _types(code, "Norway plans to send humanitarian aid to Sudan.") == ["AGREE"]


def test_announced_release_is_an_intent_to_yield(code: Coder) -> None:
    events = asserted(code("The rebels said they would release the two hostages."))
    assert [e.event_type for e in events] == ["AGREE"]
    assert events[0].cameo == "035"


# --- offers ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Canada offered emergency aid to Haiti.",
        "The envoy met the Lebanese president, offering further military support to Lebanon.",
    ],
)
def test_offered_aid_is_agree_not_aid(code: Coder, text: str) -> None:
    events = asserted(code(text))
    assert not of_type(events, "AID"), text
    assert of_type(events, "AGREE"), text


def test_offered_evidence_is_not_made_future(code: Coder) -> None:
    events = of_type(asserted(code("The army offered evidence against the militia.")), "ACCUSE")
    assert events and not events[0].flags.future


# --- habits, aims and unrealised acts ------------------------------------------------


def test_used_to_is_a_habit_not_an_event(code: Coder) -> None:
    candidates = code("Bandits used to attack the convoys on this road every week.")
    assert not of_type(asserted(candidates), "ASSAULT")
    assert any("habitual" in r for c in candidates for r in c.why)


def test_used_with_an_object_is_not_a_habit(code: Coder) -> None:
    events = asserted(code("Police used tear gas to disperse the protesters in Lagos."))
    assert of_type(events, "ASSAULT")


def test_reported_habitual_would_is_no_threat(code: Coder) -> None:
    text = "Villagers said militiamen would raid the village every night during the war."
    events = asserted(code(text))
    assert not of_type(events, "THREATEN") and not of_type(events, "ASSAULT")


def test_cooperation_sought_in_an_adjunct_is_a_motive(code: Coder) -> None:
    text = "The Italian premier flew to Ankara on Monday, seeking to mend ties with Turkey."
    assert not of_type(asserted(code(text)), "AGREE")


@pytest.mark.parametrize(
    "text",
    [
        "Washington defended the right of Kenyan troops to fire on militants in Somalia.",
        "Soldiers used tear gas in an effort to free the hostages.",
    ],
)
def test_infinitive_of_a_noun_is_not_an_act(code: Coder, text: str) -> None:
    events = asserted(code(text))
    assert not of_type(events, "ASSAULT") and not of_type(events, "RETREAT"), text


def test_infinitive_of_a_plan_is_an_intention(code: Coder) -> None:
    events = asserted(code("Chad announced a plan to send food aid to Niger."))
    assert [e.event_type for e in events] == ["AGREE"]


# --- converse verbs: receive ---------------------------------------------------------


def test_received_weapons_from_is_aid_of_the_giver(code: Coder) -> None:
    found = of_type(asserted(code("Kurdish fighters received weapons from Germany.")), "AID")
    assert found
    assert _texts(found[0].actors) == ["Germany"]
    assert _texts(found[0].recipients) == ["Kurdish fighters"]


def test_receiving_an_envoy_is_hosting_a_visit(code: Coder) -> None:
    text = "The Egyptian president received the Iraqi foreign minister in Cairo."
    found = of_type(asserted(code(text)), "CONSULT")
    assert found and found[0].mode == "visit"
    assert _texts(found[0].actors) == ["the Iraqi foreign minister"]


def test_received_assurances_from_is_the_givers_agree(code: Coder) -> None:
    text = "The miners received assurances from the Bolivian government."
    found = of_type(asserted(code(text)), "AGREE")
    assert found and _texts(found[0].actors) == ["the Bolivian government"]


def test_members_from_a_named_body_keep_their_origin(code: Coder) -> None:
    text = "Officials from the Nigerian government met the strikers in Abuja."
    found = of_type(asserted(code(text)), "CONSULT")
    assert found and "Officials from the Nigerian government" in _texts(found[0].actors)


# --- senses and participants -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The two parties battled for votes in the northern provinces.",
        "The new government launched a battle against corruption.",
    ],
)
def test_battle_for_an_abstract_stake_is_a_metaphor(code: Coder, text: str) -> None:
    assert not of_type(asserted(code(text)), "ASSAULT"), text


def test_battle_between_armed_parties_is_still_fighting(code: Coder) -> None:
    text = "Rebels battled government troops for control of the town."
    assert of_type(asserted(code(text)), "ASSAULT")


def test_air_support_is_its_owners_act(code: Coder) -> None:
    found = of_type(asserted(code("The offensive was backed by US air support.")), "SUPPORT")
    assert found and _texts(found[0].actors) == ["US"]


def test_roadblock_purpose_gives_the_target_and_absorbs_the_demand(code: Coder) -> None:
    text = "Farmers blocked the main highway to demand compensation from the Kenyan government."
    events = asserted(code(text))
    protest = of_type(events, "PROTEST")
    assert protest and _texts(protest[0].recipients) == ["the Kenyan government"]
    assert not of_type(events, "REQUEST")


def test_help_to_an_agent_noun_is_aid(code: Coder) -> None:
    found = of_type(asserted(code("Sweden helped the exiled dissidents.")), "AID")
    assert found and _texts(found[0].recipients) == ["the exiled dissidents"]


# --- parse repairs and background ----------------------------------------------------


def test_reduced_relative_misparsed_as_main_verb(code: Coder) -> None:
    text = "The students imprisoned for insulting the king were released on Monday by the junta."
    events = asserted(code(text))
    assert not of_type(events, "COERCE")
    release = of_type(events, "RETREAT")
    assert release and _texts(release[0].recipients) == ["The students"]


def test_coordinated_passive_shares_the_subject(code: Coder) -> None:
    found = of_type(asserted(code("Protesters marched and were dispersed by police.")), "ASSAULT")
    assert found and _texts(found[0].recipients) == ["Protesters"]


def test_clause_measured_from_is_background(code: Coder) -> None:
    text = "Peacekeepers left the border post on Monday, two weeks after rebels abducted a guard."
    assert not of_type(asserted(code(text)), "ASSAULT")


def test_gerund_of_a_charge_is_not_a_separate_event(code: Coder) -> None:
    text = "A Kenyan court jailed a Somali man for helping militants cross the border."
    assert _types(code, text) == ["COERCE"]


def test_pp_on_the_of_phrase_of_a_nominal_trigger(code: Coder) -> None:
    text = "Spain announced a suspension of air links with Morocco on Friday."
    found = of_type(asserted(code(text)), "SANCTION")
    assert found and _texts(found[0].recipients) == ["Morocco"]
