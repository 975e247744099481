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
