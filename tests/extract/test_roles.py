"""Who fills the actor and recipient slots: the side fought, relative antecedents,
stray coordinated modifiers, meeting venues and the speaker of "told"."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from sitroom.extract.phrases import conjuncts
from tests.extract.conftest import Coder, asserted, of_type

pytestmark = pytest.mark.model


def _roles(code: Coder, text: str, event_type: str) -> tuple[list[str], list[str]]:
    found = of_type(code(text), event_type)
    assert found, f"no {event_type} in {text!r}"
    return [m.text for m in found[0].actors], [m.text for m in found[0].recipients]


@pytest.mark.parametrize(
    ("text", "actors", "recipients"),
    [
        ("Kurdish militias fought jihadist fighters near the dam.", ["Kurdish militias"],
         ["jihadist fighters"]),
        ("The veterans say the SDF has borne the brunt of fighting the Taliban.", ["the SDF"],
         ["the Taliban"]),
        ("Kurdish units battled the militants in the hills.", ["Kurdish units"],
         ["the militants"]),
    ],
)  # fmt: skip
def test_the_side_fought_is_the_recipient(
    code: Coder, text: str, actors: list[str], recipients: list[str]
) -> None:
    assert _roles(code, text, "ASSAULT") == (actors, recipients)


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("The army and the rebels fought for three days.", ["The army", "the rebels"]),
        ("Government troops fought with the rebels near the border.",
         ["Government troops", "the rebels"]),
        ("Heavy fighting between the army and the rebels erupted on Monday.",
         ["the army", "the rebels"]),
    ],
)  # fmt: skip
def test_two_sided_fighting_keeps_every_party_as_actor(
    code: Coder, text: str, actors: list[str]
) -> None:
    assert _roles(code, text, "ASSAULT") == (actors, [])


@pytest.mark.parametrize(
    ("text", "actor", "not_participant"),
    [
        ("Analysts say the PKK is fighting a separatist war inside Turkey.", "the PKK", "war"),
        ("The allies keep the focus on fighting jihadist terrorism.", "The allies", "terrorism"),
    ],
)
def test_a_war_fought_is_no_participant(
    code: Coder, text: str, actor: str, not_participant: str
) -> None:
    actors, recipients = _roles(code, text, "ASSAULT")
    assert actor in actors
    assert not any(not_participant in m for m in [*actors, *recipients])


def test_a_kind_of_fighting_gives_way_to_its_possessor(code: Coder) -> None:
    # The war is no party, but its possessor is who wages it.
    _, recipients = _roles(code, "The rebels condemned the army's war on civilians.", "ACCUSE")
    assert recipients == ["the army"]


def test_who_stands_for_the_person_not_a_pp_inside_the_phrase(code: Coder) -> None:
    text = (
        "She married a British volunteer with Kenyan roots, who was killed in a Turkish airstrike."
    )
    actors, recipients = _roles(code, text, "ASSAULT")
    assert actors == ["Turkish"]
    assert recipients == ["a British volunteer"]


def test_who_keeps_an_agent_antecedent(code: Coder) -> None:
    text = "The colonel, who was killed in an Iraqi airstrike, had led the convoy."
    assert _roles(code, text, "ASSAULT") == (["Iraqi"], ["The colonel"])


def _coordination(words: list[str], pos: list[str], ents: list[str]) -> Doc:
    """ "between X and Y1 (Y2)": every conjunct hangs off X, as the small parser builds it."""
    deps = ["pobj", "cc"] + ["conj"] * (len(words) - 2)
    return Doc(Vocab(), words=words, pos=pos, deps=deps, heads=[0] * len(words), ents=ents)


def test_bare_noun_right_before_a_conjunct_is_its_modifier() -> None:
    doc = _coordination(
        ["Kurds", "and", "neighbouring", "Turkey"], ["PROPN", "CCONJ", "NOUN", "PROPN"],
        ["B-NORP", "O", "O", "B-GPE"],
    )  # fmt: skip
    assert [t.text for t in conjuncts(doc[0])] == ["Kurds", "Turkey"]


def test_separate_conjuncts_all_stay() -> None:
    doc = Doc(
        Vocab(), words=["rebels", ",", "soldiers", "and", "police"],
        pos=["NOUN", "PUNCT", "NOUN", "CCONJ", "NOUN"],
        deps=["pobj", "punct", "conj", "cc", "conj"], heads=[0, 0, 0, 0, 0],
    )  # fmt: skip
    assert [t.text for t in conjuncts(doc[0])] == ["rebels", "soldiers", "police"]


def test_stray_modifier_through_the_parser(code: Coder) -> None:
    text = "The pullout could spark renewed fighting between the Kurds and neighbouring Turkey."
    actors, _ = _roles(code, text, "ASSAULT")
    assert actors == ["the Kurds", "Turkey"]


def test_coordinated_names_all_stay(code: Coder) -> None:
    text = "The pullout could lead to fighting between Armenia, Georgia and Azerbaijan."
    actors, _ = _roles(code, text, "ASSAULT")
    assert actors == ["Armenia", "Georgia", "Azerbaijan"]


def test_a_lone_place_modifier_of_a_meeting_is_its_venue(code: Coder) -> None:
    # "Geneva" was the only actor: no party is named, so no CONSULT is coded.
    assert of_type(code("The Geneva talks resumed on Monday."), "CONSULT") == []


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("The US-China talks resumed on Monday.", ["US-China"]),
        ("The NATO summit opened on Monday.", ["NATO"]),
    ],
)
def test_paired_places_and_bodies_are_meeting_parties(
    code: Coder, text: str, actors: list[str]
) -> None:
    assert _roles(code, text, "CONSULT") == (actors, [])


def test_the_speaker_of_told_is_an_actor(code: Coder) -> None:
    # A region or body speaks too; CONSULT is symmetric, the addressee is a party.
    text = "The plan was dropped after Europe told Washington it was a bad idea to go on."
    consult = of_type(asserted(code(text)), "CONSULT")
    assert [m.text for m in consult[0].actors] == ["Europe", "Washington"]


@pytest.mark.parametrize(
    "text",
    [
        "The Oslo station bombing killed nine commuters.",
        "The Russian embassy attack killed nine people.",  # the embassy was the target
    ],
)
def test_an_attack_heading_the_subject_is_no_actor(code: Coder, text: str) -> None:
    # The bombing is the event itself and its place modifier is where it happened.
    actors, recipients = _roles(code, text, "ASSAULT")
    assert actors == []
    assert any("nine" in m for m in recipients)


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("The Hamas ambush killed four soldiers.", ["The Hamas ambush"]),
        ("US air strikes killed 20 militants.", ["US air strikes"]),
        ("Turkish and Iraqi air strikes killed nine militants.", ["Turkish", "Iraqi air strikes"]),
        ("Saudi-led air strikes killed nine militants.", ["Saudi-led air strikes"]),
        ("The bombing by the rebels killed nine people.", ["the rebels"]),
    ],
)
def test_who_carried_out_the_attack_is_its_actor(code: Coder, text: str, actors: list[str]) -> None:
    assert _roles(code, text, "ASSAULT")[0] == actors


def test_an_attack_and_its_bomber_in_one_sentence_are_one_event(code: Coder) -> None:
    text = "The concert attack in June killed nine people after an attacker detonated explosives."
    assaults = of_type(code(text), "ASSAULT")
    assert [[m.text for m in a.actors] for a in assaults] == [["an attacker"]]


def test_a_legal_measure_is_no_actor_of_its_relative_clause(code: Coder) -> None:
    text = "Officials can impose ASBO exclusion orders, which restrict their movement."
    assert _roles(code, text, "COERCE")[0] == []


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("The militia, which controls the road, restricted their movement.", ["The militia"]),
        ("The minister's orders restrict their movement.", ["The minister"]),
    ],
)
def test_an_agent_antecedent_or_a_measures_owner_still_acts(
    code: Coder, text: str, actors: list[str]
) -> None:
    assert _roles(code, text, "COERCE")[0] == actors


def test_a_conjunct_with_its_own_object_shares_the_main_subject(code: Coder) -> None:
    # "put them on trial" continues "repatriate", not the relative clause "that we detained".
    text = (
        "The senator said Poland and Austria should repatriate the militants that we detained"
        " in Iraq and put them on trial."
    )
    assert _roles(code, text, "ACCUSE")[0] == ["Poland", "Austria"]


def test_a_conjunct_sharing_the_relative_gap_keeps_its_subject(code: Coder) -> None:
    text = "The envoy said Spain should free the hostages whom the militia seized and tortured."
    assert _roles(code, text, "ASSAULT") == (["the militia"], ["the hostages"])


# --- Passive patients, control and coordination (codebook "Who fills the slots") ---


@pytest.mark.parametrize(
    ("text", "event_type", "actors", "recipients"),
    [
        # coordinated participles share one passive auxiliary
        ("The activist was beaten, detained and tortured.", "COERCE", [], ["The activist"]),
        ("Karim was shot twice, detained several times and tortured in custody.", "COERCE", [],
         ["Karim"]),
        # "reported being V-ed and V-ed": the raised subject undergoes both
        ("The migrants reported being turned back at the border and threatened by guards.",
         "THREATEN", ["guards"], ["The migrants"]),
        # a participle small clause
        ("The minister would prefer the diplomats expelled.", "COERCE", [], ["the diplomats"]),
    ],
)  # fmt: skip
def test_a_passive_subject_is_the_recipient(
    code: Coder, text: str, event_type: str, actors: list[str], recipients: list[str]
) -> None:
    assert _roles(code, text, event_type) == (actors, recipients)


@pytest.mark.parametrize(
    ("text", "event_type", "actor"),
    [
        ("The rebels were routed and retreated to the hills.", "RETREAT", "The rebels"),
        ("France was obliged to withdraw its soldiers from Mali.", "RETREAT", "France"),
        ("The president is scheduled to attend the summit in Paris.", "CONSULT", "The president"),
    ],
)
def test_active_conjuncts_and_raising_keep_the_subject_as_actor(
    code: Coder, text: str, event_type: str, actor: str
) -> None:
    assert _roles(code, text, event_type)[0] == [actor]


def test_a_by_agent_inside_a_non_agent_subject_does_not_act(code: Coder) -> None:
    found = code(
        "The records held by the inspectors in Geneva will not provide help to the regime."
    )
    assert not [c for c in found if any("inspectors" in a.text for a in c.actors)]


def test_a_speaking_report_still_stands_for_its_issuer(code: Coder) -> None:
    text = "A report released by the UN accused the army of torture."
    assert _roles(code, text, "ACCUSE")[0] == ["the UN"]


@pytest.mark.parametrize(
    ("text", "event_type", "actor"),
    [
        ("Moscow put pressure on the Syrian president to make concessions to the rebels.",
         "CONCEDE", "the Syrian president"),
        ("The king's invitation to the prime minister to visit Madrid was criticised.", "CONSULT",
         "the prime minister"),
        ("Iran's attempt to seize the tanker failed.", "COERCE", "Iran"),
        ("The commission has brought a legal case against Poland for refusing to accept refugees.",
         "REJECT", "Poland"),
        ("The United States defended the right of Russian troops to fire on militants.",
         "ASSAULT", "Russian troops"),
        ("The minister promised the unions to raise wages.", "AGREE", "The minister"),
    ],
)  # fmt: skip
def test_who_controls_an_infinitive_or_gerund(
    code: Coder, text: str, event_type: str, actor: str
) -> None:
    assert _roles(code, text, event_type)[0] == [actor]


def test_a_with_partner_is_never_the_sole_actor(code: Coder) -> None:
    text = "An accord was signed to exchange data with the UN tribunal."
    assert "the UN tribunal" not in _roles(code, text, "COOPERATE")[0]
    signed = "The charity signed a pact with the tribunal to exchange data."
    assert _roles(code, signed, "COOPERATE")[0][0] == "The charity"


@pytest.mark.parametrize(
    ("text", "event_type", "recipients"),
    [
        ("Moscow demanded the handover of heavy weapons.", "REQUEST", []),
        ("Congress moved to block the sale of fighter jets to Turkey.", "REJECT", ["Turkey"]),
        ("Washington condemned the Iranian missile test.", "ACCUSE", ["Iranian"]),
        ("Officials praised Japan's assistance to the flood victims.", "SUPPORT", ["Japan"]),
    ],
)
def test_a_non_agent_recipient_gives_way_or_is_dropped(
    code: Coder, text: str, event_type: str, recipients: list[str]
) -> None:
    assert _roles(code, text, event_type)[1] == recipients


@pytest.mark.parametrize(
    ("text", "event_type", "actors"),
    [
        ("Spain, the UK, Italy and Greece imposed sanctions on Syria.", "SANCTION",
         ["Spain", "the UK", "Italy", "Greece"]),
        ("The council members, in particular Russia, criticised the resolution.", "ACCUSE",
         ["The council members", "Russia"]),
        ("Several states, notably Hungary, refused to accept refugees.", "REJECT",
         ["Several states", "Hungary"]),
        ("Russia's president, Vladimir Putin, criticised the resolution.", "ACCUSE",
         ["Russia's president"]),
        # other names of one group, in brackets, are no list of parties
        ("The Nusra Front (Fatah al-Sham or the Conquest Front) attacked army posts near Idlib.",
         "ASSAULT", ["The Nusra Front"]),
    ],
)  # fmt: skip
def test_every_listed_or_singled_out_subject_acts(
    code: Coder, text: str, event_type: str, actors: list[str]
) -> None:
    assert _roles(code, text, event_type)[0] == actors


@pytest.mark.parametrize(
    ("text", "actors", "recipients"),
    [
        ("The release of the hostages by the rebels was welcomed.", ["the rebels"],
         ["the hostages"]),
        ("Norland's release of forty fishermen ended the row.", ["Norland"],
         ["forty fishermen"]),
    ],
)  # fmt: skip
def test_the_released_are_the_recipients_of_a_release(
    code: Coder, text: str, actors: list[str], recipients: list[str]
) -> None:
    assert _roles(code, text, "RETREAT") == (actors, recipients)


def test_the_release_of_a_document_frees_nobody(code: Coder) -> None:
    assert not of_type(code("The release of the annual report angered the unions."), "RETREAT")
