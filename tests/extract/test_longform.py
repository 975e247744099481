"""Long-form news: senses and non-events found by reading feature articles
(docs/codebook.md): blocked proposals, sieges, revoked status, intransitive senses,
standing policies, generic relative clauses, habits and permissions."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Coder, asserted, of_type

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "Moves in the assembly to censure the cabinet have been blocked by the ruling party.",
        "The United States blocked the resolution on Tuesday.",
        "Beijing thwarted a bid to refer the case to the tribunal.",
    ],
)
def test_blocking_a_proposal_is_reject(code: Coder, text: str) -> None:
    found = code(text)
    assert len(of_type(found, "REJECT")) == 1
    assert of_type(found, "COERCE") == []


def test_blocking_a_road_is_still_no_reject(code: Coder) -> None:
    assert of_type(code("Farmers blocked the highway near the capital."), "REJECT") == []


@pytest.mark.parametrize(
    "text",
    [
        "Government troops besieging the town said they had pushed into the centre.",
        "Army units encircled the rebel-held city of Homs.",
    ],
)
def test_a_siege_is_assault(code: Coder, text: str) -> None:
    found = code(text)
    assert len(of_type(found, "ASSAULT")) == 1
    assert of_type(found, "PROTEST") == []


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The interior minister stripped the cleric of his citizenship.", "The interior minister"),
        ("The cabinet revoked the passports of six activists.", "The cabinet"),
    ],
)
def test_revoked_status_is_sanction(code: Coder, text: str, actor: str) -> None:
    sanction = of_type(code(text), "SANCTION")
    assert [a.text for c in sanction for a in c.actors] == [actor]


def test_intransitive_dispersal_is_no_crowd_control(code: Coder) -> None:
    assert of_type(code("The militants had dispersed before the final battle."), "ASSAULT") == []
    police = of_type(code("Police dispersed the protesters with tear gas."), "ASSAULT")
    assert [c.mode for c in police] == ["crowd-control"]


def test_closing_in_is_no_ban(code: Coder) -> None:
    assert of_type(code("As government forces closed in, the rebels fled."), "COERCE") == []
    assert len(of_type(code("The junta closed the newspaper."), "COERCE")) == 1


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The foreign ministry has consistently advised against travel to Yemen.", "SANCTION"),
        ("The regime has long been accused of torturing prisoners.", "ACCUSE"),
        ("The law allows the state to revoke the citizenship of dual nationals.", "SANCTION"),
        ("The law punishes anyone who attacks a police officer.", "ASSAULT"),
    ],
)
def test_standing_generic_and_permitted_acts_are_unasserted(
    code: Coder, text: str, event_type: str
) -> None:
    found = of_type(code(text), event_type)
    assert found, "the trigger is still read, only not asserted"
    assert asserted(found) == []


def test_one_time_advice_stays_asserted(code: Coder) -> None:
    found = code("The foreign ministry advised against travel to Yemen on Monday.")
    assert len(asserted(of_type(found, "SANCTION"))) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The envoy said it would be safe to rescue the hostages.",
        "The agency said it was difficult to deliver aid to the province.",
    ],
)
def test_an_evaluated_act_is_unasserted(code: Coder, text: str) -> None:
    assert asserted(code(text)) == []


def test_an_evaluated_speaker_still_acted(code: Coder) -> None:
    found = code("The envoy is right in calling for an international force.")
    assert len(asserted(of_type(found, "REQUEST"))) == 1


def test_a_cause_is_no_party_that_helps(code: Coder) -> None:
    assert of_type(code("Hamas is only helped along by far-right extremism."), "AID") == []
    aid = of_type(code("The rebels were helped by Turkish intelligence."), "AID")
    assert [a.text for c in aid for a in c.actors] == ["Turkish intelligence"]


def test_repatriating_citizens_coerces_no_one(code: Coder) -> None:
    assert of_type(code("Sweden repatriated six of its citizens from the camp."), "COERCE") == []
    assert len(of_type(code("Sweden deported six foreign nationals."), "COERCE")) == 1


def test_entering_needs_a_party(code: Coder) -> None:
    travel = code("Long queues are the main obstacle to entering the camps.")
    assert of_type(travel, "ASSAULT") == []
    assert len(of_type(code("Rebel fighters entered the town of Saraqeb."), "ASSAULT")) == 1


def test_what_a_force_was_raised_for_is_no_act(code: Coder) -> None:
    text = "A militia raised by the governor to fight the rebels disbanded."
    raised = of_type(code(text), "ASSAULT")
    assert raised and asserted(raised) == []
    fired = code("Police opened fire to disperse the protesters.")
    assert asserted(of_type(fired, "ASSAULT"))


def test_telling_a_party_to_act_is_an_order(code: Coder) -> None:
    found = code("The commander told his soldiers to attack the village.")
    assert [a.text for c in of_type(found, "REQUEST") for a in c.recipients] == ["his soldiers"]
    assert of_type(found, "CONSULT") == [] and asserted(of_type(found, "ASSAULT")) == []
    talk = code("Erdogan told Putin that the talks would resume.")
    assert of_type(talk, "CONSULT") and of_type(talk, "REQUEST") == []


def test_a_reduced_passive_names_its_agent(code: Coder) -> None:
    text = "The convoy, ambushed by gunmen near the border, turned back."
    found = of_type(code(text), "ASSAULT")
    assert [(a.text, r.text) for c in found for a in c.actors for r in c.recipients] == [
        ("gunmen", "The convoy")
    ]


def test_a_descriptive_participle_is_a_state(code: Coder) -> None:
    assert of_type(code("Assad, supported by Moscow, spoke on Monday."), "SUPPORT") == []
    assert of_type(code("Fighters fled the territory occupied by the militia."), "ASSAULT") == []


def test_weapons_used_are_an_attack(code: Coder) -> None:
    found = of_type(code("Government forces used chemical weapons against civilians."), "ASSAULT")
    assert [(c.mode, [r.text for r in c.recipients]) for c in found] == [
        ("unconventional", ["civilians"])
    ]
    assert of_type(code("Officials used the money to build schools."), "ASSAULT") == []


def test_being_in_detention_is_a_state(code: Coder) -> None:
    assert of_type(code("Thousands of their citizens are in detention in Syria."), "COERCE") == []
    assert len(of_type(code("Police detained thousands of citizens in Syria."), "COERCE")) == 1


def test_no_one_in_particular_acts_in_any_tense(code: Coder) -> None:
    met = of_type(code("No one who met the leader was allowed to carry a phone."), "CONSULT")
    assert met and asserted(met) == []
    attack = code("Those who attacked the embassy were arrested on Monday.")
    assert asserted(of_type(attack, "ASSAULT"))


def test_a_mislemmatised_past_form_still_triggers(code: Coder) -> None:
    # The small model lemmatises "raped" as "rap"; the surface form minus "-d" is tried.
    found = of_type(code("Soldiers raped women in the village."), "ASSAULT")
    assert [[r.text for r in c.recipients] for c in found] == [["women"]]


def test_a_rank_word_as_adjective_is_no_party(code: Coder) -> None:
    found = of_type(
        code("Britain admits it faces a major challenge to prosecute the fighters."), "ACCUSE"
    )
    assert found and all(a.text != "a major challenge" for c in found for a in c.actors)
    assert asserted(found) == []  # the infinitive of "challenge" is no act


def test_only_the_question_is_asked(code: Coder) -> None:
    found = code("The minister asked for forgiveness, saying: what else could I do?")
    assert len(asserted(of_type(found, "REQUEST"))) == 1
    asked = code("\u201cWhy are we bombarded by the army day and night?\u201d")
    assert of_type(asked, "ASSAULT") and asserted(asked) == []


def test_taking_back_fighters_is_no_capture(code: Coder) -> None:
    back = code("Britain should take back its fighters held by the Kurds.")
    assert of_type(back, "ASSAULT") == []
    assert len(of_type(code("Rebels took back the town of Saraqeb."), "ASSAULT")) == 1


def test_a_bare_call_is_no_conversation(code: Coder) -> None:
    assert of_type(code("Trump's call came as he prepared to claim victory."), "CONSULT") == []
    phone = of_type(code("Erdogan held a phone call with Putin on Monday."), "CONSULT")
    assert [c.mode for c in phone] == ["phone"]


def test_an_elided_conditional_not_negates_only_its_condition(code: Coder) -> None:
    text = "He said that if they did not the allies would be forced to release them."
    assert all(not c.flags.negated for c in code(text))
    assert all(c.flags.negated for c in code("The allies did not release the prisoners."))


def test_an_attempt_is_done_only_for_conflict(code: Coder) -> None:
    tried = of_type(code("The army is trying to force the rebels to surrender."), "RETREAT")
    assert tried and asserted(tried) == []
    attack = code("The militants tried to assassinate the prime minister.")
    assert len(asserted(of_type(attack, "ASSAULT"))) == 1


def test_an_army_deploying_troops_is_the_actor(code: Coder) -> None:
    found = of_type(code("The army deployed troops to the border near Kharkiv."), "MOBILIZE")
    assert [a.text for c in found for a in c.actors] == ["The army"]
    missile = code("The airliner was blown up by a surface-to-air missile.")
    assert all(not c.actors for c in of_type(missile, "ASSAULT"))


def test_sending_forces_to_attack_is_one_conflict_event(code: Coder) -> None:
    found = code("Russia has sent in aircraft to attack the province of Idlib.")
    assert [c.event_type for c in found] == ["ASSAULT"]
