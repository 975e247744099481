"""Who is actor and who is recipient: venues, control, anaphors, lists, passives and
misattached clauses (codebook §"Participants")."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Coder, roles

pytestmark = pytest.mark.model


def _no_event(code: Coder, text: str, trigger: str) -> bool:
    return not [c for c in code(text) if trigger in c.trigger.text]


# Venues -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "About 200 farmers protested at Victoria Station on Monday.",
        "Hundreds of students rallied in Tahrir Square on Friday.",
    ],
)
def test_where_a_protest_is_held_is_not_its_target(code: Coder, text: str) -> None:
    _, recipients = roles(code, text, "")
    assert recipients == []


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("Nurses protested outside the health ministry.", "the health ministry"),
        ("Dozens of fishermen demonstrated outside the Danish embassy.", "the Danish embassy"),
    ],
)
def test_an_institution_a_protest_is_held_at_is_addressed(
    code: Coder, text: str, recipient: str
) -> None:
    assert roles(code, text, "")[1] == [recipient]


def test_a_facility_a_protest_is_held_on_is_no_implied_target(code: Coder) -> None:
    text = "Dozens of farmers protested on Westminster Bridge on Monday."
    assert roles(code, text, "protested") == (["Dozens of farmers"], [])


# Possessors of what is done to someone --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "recipient"),
    [
        ("Their capture was confirmed by the ministry on Monday.", "capture", "Their"),
        ("The reporter's abduction angered the union.", "abduction", "The reporter"),
    ],
)
def test_lone_possessor_of_a_change_undergoes_it(
    code: Coder, text: str, trigger: str, recipient: str
) -> None:
    assert roles(code, text, trigger) == ([], [recipient])


def test_possessor_with_an_of_object_is_the_agent(code: Coder) -> None:
    assert roles(code, "Norway's capture of the port angered Sweden.", "capture")[0] == ["Norway"]


# Control -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        ("The treaty enabled the rebels to seize the airport.", "seize", "the rebels"),
        ("Norway gave way, letting Danish bombers into the skies it patrols to strike the rebels.",
         "strike", "Danish bombers"),
        ("The court stopped the ministry from helping the militia.", "helping", "the ministry"),
        ("Two reporters were punished by the regime for helping the rebels.", "helping",
         "Two reporters"),
        ("We will resist the Danish efforts at annexing the island.", "annexing", "Danish"),
        ("The dispute showed friction between Oslo and Bergen, which employed Sami militias as "
         "proxies to battle the rebels.", "battle", "Sami militias"),
        ("On Friday Danish troops shot at a column of volunteers entering the northern valley "
         "to help the rebels.", "help", "volunteers"),
    ],
)  # fmt: skip
def test_controller_of_a_complement(code: Coder, text: str, trigger: str, actor: str) -> None:
    assert roles(code, text, trigger)[0] == [actor]


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        ("The minister trained the volunteers to fight the militia.", "fight", "the volunteers"),
        ("Norway armed the militias to fight the rebels.", "fight", "the militias"),
    ],
)
def test_object_provided_for_a_purpose_does_it(
    code: Coder, text: str, trigger: str, actor: str
) -> None:
    assert roles(code, text, trigger)[0] == [actor]


def test_purpose_of_an_arrest_is_the_arresters(code: Coder) -> None:
    assert roles(code, "Police arrested the protesters to end the riot.", "arrested")[0] == [
        "Police"
    ]


def test_infinitive_of_a_verb_that_takes_one_stays_in_the_relative(code: Coder) -> None:
    text = "Oslo allowed Danish jets into the valley that it wants to bomb."
    assert roles(code, text, "bomb")[0] == ["it"]


def test_gerund_of_a_possessed_noun(code: Coder) -> None:
    actors, _ = roles(
        code, "The envoy's insistence on meeting the rebels angered the army.", "meet"
    )
    assert "The envoy" in actors


# "The former", "the latter" ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        ("Rebels vowed to fight the Danish army and their Swedish allies after the latter "
         "seized the port.", "seized", "their Swedish allies"),
        ("Oslo and Bergen have quarrelled about the former's backing of the Sami rebels.",
         "backing", "Oslo"),
        ("The army fought the rebels for weeks before the latter captured the town.",
         "captured", "the rebels"),
    ],
)  # fmt: skip
def test_former_and_latter_pick_a_party_named_before(
    code: Coder, text: str, trigger: str, actor: str
) -> None:
    assert roles(code, text, trigger)[0] == [actor]


# Lists and relative clauses --------------------------------------------------------------


def test_participle_after_a_list_modifies_the_list_not_a_later_conjunct(code: Coder) -> None:
    text = (
        "The brigade is a group of miners, students and teachers fighting the militia since March "
        "under the command of the army and its allies."
    )
    actors, recipients = roles(code, text, "fighting")
    assert actors[0] == "a group of miners"
    assert not any("army" in a or "allies" in a for a in actors)
    assert recipients == ["the militia"]


def test_singular_relative_after_a_list_is_the_last_member(code: Coder) -> None:
    text = "The aid reassured allies such as Norway and Denmark, which backs the mission."
    assert roles(code, text, "backs")[0] == ["Denmark"]


def test_title_before_a_possessor_is_no_party(code: Coder) -> None:
    text = "He is cooperating with the Danish premier Anna Berg’s main backers, Sweden and Finland."
    actors, _ = roles(code, text, "cooperating")
    assert not any(a.startswith("the Danish premier") for a in actors)
    assert {"Sweden", "Finland"} <= set(actors)


def test_thing_listed_beside_a_party_is_no_party(code: Coder) -> None:
    text = (
        "The rebels hoped that more backing from Europe for their cause, as well as the "
        "rebuilding of the valley, would come."
    )
    _, recipients = roles(code, text, "backing")
    assert not any("rebuilding" in r for r in recipients)


# Two-sided fights, shares and involvement -----------------------------------------------


def test_who_faces_a_battle_fights_it(code: Coder) -> None:
    text = "So the Sami had to face a long battle to protect the valley from the advancing militia."
    assert roles(code, text, "battle") == (["the Sami"], ["the advancing militia"])


def test_subject_of_engaged_in_takes_part(code: Coder) -> None:
    text = "The rebels are still engaged in combat with the army in the east."
    assert roles(code, text, "combat")[0] == ["The rebels", "the army"]


def test_owner_of_a_contribution_takes_part(code: Coder) -> None:
    text = "The militias hoped their part in the battle against the jihadists would be rewarded."
    assert roles(code, text, "battle") == (["their"], ["the jihadists"])


def test_nominal_event_renaming_a_possessed_noun(code: Coder) -> None:
    text = "The envoy's last trip, a visit to Oman on Monday, drew criticism."
    assert roles(code, text, "visit") == (["The envoy"], ["Oman"])


def test_common_modifier_of_an_attack_with_a_subject_is_its_kind(code: Coder) -> None:
    text = "Rebel officers stayed behind to launch guerrilla attacks against the army."
    assert roles(code, text, "attacks") == (["Rebel officers"], ["the army"])


# Passives and victims --------------------------------------------------------------------


def test_tally_of_bare_participles_names_victims(code: Coder) -> None:
    text = "Twelve soldiers wounded, four villages burned and two hospitals bombed."
    assert roles(code, text, "bombed") == ([], ["two hospitals"])


def test_participle_before_a_passive_is_the_subjects(code: Coder) -> None:
    text = "Negotiating with the rebels in secret, the envoy was criticised by the army."
    assert "the army" not in roles(code, text, "Negotiating")[0]


def test_participle_after_a_passive_is_the_agents(code: Coder) -> None:
    text = "The town was shelled by the army, killing five civilians."
    assert roles(code, text, "killing")[0] == ["the army"]


@pytest.mark.parametrize(
    ("text", "trigger", "victim"),
    [
        ("The journalist was killed in a drone strike in Kandahar last year.", "strike",
         "The journalist"),
        ("Three aid workers reportedly died in a Danish airstrike outside Mosul.",
         "airstrike", "Three aid workers"),
    ],
)  # fmt: skip
def test_who_died_in_an_attack_is_its_target_not_the_place(
    code: Coder, text: str, trigger: str, victim: str
) -> None:
    assert roles(code, text, trigger)[1] == [victim]


def test_followers_are_not_whom_they_follow(code: Coder) -> None:
    text = "Those influenced by the exiled cleric started demanding the release of the prisoners."
    for candidate in code(text):
        assert not any("cleric" in m.text for m in candidate.actors)


# Misattached clauses ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "actor"),
    [
        ("The new militia seems determined to break the truce, launching raids on villagers.",
         "raids", "The new militia"),
        ("Praising his hosts for their help, the envoy signed a deal on trade.", "Praising",
         "the envoy"),
        ("The minister said the army would hold the town, continue to fight the rebels and "
         "rebuild the roads.", "fight", "the army"),
    ],
)  # fmt: skip
def test_subject_of_a_misattached_clause(code: Coder, text: str, trigger: str, actor: str) -> None:
    assert roles(code, text, trigger)[0] == [actor]


def test_topic_inside_a_clause_on_the_object_is_no_host(code: Coder) -> None:
    text = "Delegates went to Yalta to attend a forum presented as a prelude to talks in Norway."
    assert roles(code, text, "attend")[1] == []


def test_where_a_person_comes_from_is_no_participant(code: Coder) -> None:
    text = (
        "Ahmed, a mother of four from south Oslo, and Karim, also from south Oslo, were "
        "detained last month."
    )
    assert roles(code, text, "detained")[1] == ["Ahmed", "Karim"]


@pytest.mark.parametrize(
    ("text", "recipients"),
    [
        ("The militants vowed to launch a war against the police and their allies.",
         ["the police", "their allies"]),
        ("The jihadists vowed to wipe them out.", ["them"]),
    ],
)  # fmt: skip
def test_whom_a_vowed_act_targets(code: Coder, text: str, recipients: list[str]) -> None:
    assert roles(code, text, "vowed")[1] == recipients


@pytest.mark.parametrize(
    ("text", "from_place"),
    [
        ("Dozens of farmers protested in Leeds on Monday.", True),
        ("Dozens of farmers protested against the ministry on Monday.", False),
    ],
)
def test_a_recipient_taken_from_where_it_happened_is_marked(
    code: Coder, text: str, from_place: bool
) -> None:
    # The resolver drops such a town (a capital stands for its state): relevance.py.
    found = [c for c in code(text) if c.event_type == "PROTEST"]
    assert found and found[0].recipients
    assert found[0].place_recipient is from_place


# Quotative inversion ----------------------------------------------------------------------


def test_speaker_after_an_inverted_warning_is_its_actor(code: Coder) -> None:
    text = ("Thousands of dockers could walk out if the port board cuts their wages, "
            "warn union officials.")  # fmt: skip
    actors, recipients = roles(code, text, "warn")
    assert (actors, recipients) == (["union officials"], [])


def test_warned_addressee_of_a_conjunct_stays_a_recipient(code: Coder) -> None:
    text = "The minister arrived and, smiling, warned the protesters."
    actors, recipients = roles(code, text, "warned")
    assert (actors, recipients) == (["The minister"], ["the protesters"])


# Authored artefacts ------------------------------------------------------------------------


def test_criticised_comments_stand_for_their_author(code: Coder) -> None:
    text = "The farmers union criticised Ms Lindqvist's comments."
    _, recipients = roles(code, text, "criticised")
    assert recipients == ["Ms Lindqvist"]


def test_a_main_subject_artefact_is_kept_whole(code: Coder) -> None:
    actors, _ = roles(code, "Ms Lindqvist's speech called for higher tariffs.", "called for")
    assert actors == ["Ms Lindqvist's speech"]
