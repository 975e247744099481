"""Political relevance: verbal and cooperative events of private persons only are dropped."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitroom.errors import ConfigError
from sitroom.model import Actor, EventCandidate, Mention, Span
from sitroom.resolve import relevance
from sitroom.run.pipeline import analyze_text


def _candidate(event_type: str, *mentions: Mention) -> EventCandidate:
    return EventCandidate(
        event_type=event_type, sentence_index=0, sentence=Span(0, 40),
        trigger=Mention("helped", 10, 16), pattern="t", actors=mentions,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("event_type", "mention", "actor", "private"),
    [
        ("AID", Mention("she", 0, 3), Actor("she"), True),
        ("CONSULT", Mention("residents", 0, 9), Actor("residents", sector="CVL"), True),
        ("AID", Mention("the army", 0, 8), Actor("the army", sector="MIL"), False),
        ("AID", Mention("they", 0, 4), Actor("they", country="JOR"), False),
        ("AID", Mention("Ann Lee", 0, 7, "PERSON"), Actor("Ann Lee"), False),
        ("ASSAULT", Mention("she", 0, 3), Actor("she"), False),  # violence is political
        ("RETREAT", Mention("hostages", 0, 8), Actor("hostages", sector="CVL"), False),
    ],
)
def test_private_only(event_type: str, mention: Mention, actor: Actor, private: bool) -> None:
    assert relevance.private_only(_candidate(event_type, mention), (actor,)) is private


def test_rules_are_validated(tmp_path: Path) -> None:
    bad = tmp_path / "relevance.yml"
    bad.write_text("version: 1\ntypes: [HELP]\nprivate_sectors: []\nname_labels: []\n")
    with pytest.raises(ConfigError, match="relevance"):
        relevance.rules(bad)


@pytest.mark.model
def test_private_anecdotes_are_not_stored_but_politics_is() -> None:
    text = "A neighbour helped me with the children. Jordan sent aid to the refugees in the camp."
    events = analyze_text(text, published="2020-05-04").events
    assert [e.event_type for e in events] == ["AID"]
    assert events[0].actor[0].country == "JOR"


def test_an_unresolved_place_is_no_actor() -> None:
    candidate = _candidate("ASSAULT", Mention("Raqqa", 4, 9))
    place, army = Actor("Raqqa", start=4, end=9), Actor("the army", sector="MIL", start=20, end=28)
    actors, recipients = relevance.without_places(candidate, (place, army), ())
    assert (actors, recipients) == ((army,), (place,))
    # A verbal act keeps no place as its target; a resolved capital stays an actor.
    talks = _candidate("CONSULT", Mention("Munich", 0, 6, "GPE"))
    assert relevance.without_places(talks, (Actor("Munich", start=0, end=6),), ()) == ((), ())
    moscow = Actor("Moscow", country="RUS", sector="GOV", start=0, end=6)
    assert relevance.without_places(talks, (moscow,), ()) == ((moscow,), ())


@pytest.mark.model
def test_a_place_named_offensive_is_its_target() -> None:
    text = "Kurdish fighters joined the Raqqa offensive in June."
    events = analyze_text(text, published="2020-05-04").events
    assert [([a.text for a in e.actor], [r.text for r in e.recipient]) for e in events] == [
        (["Kurdish fighters"], ["Raqqa"])
    ]


def test_a_phrase_naming_a_place_is_still_a_party() -> None:
    candidate = _candidate("SUPPORT", Mention("Paris-funded partners", 0, 21, "GPE"))
    partners = Actor("Paris-funded partners", start=0, end=21)
    toponyms = (Mention("Paris", 0, 5, "GPE"),)
    kept = relevance.without_places(candidate, (partners,), (), toponyms=toponyms)
    assert kept == ((partners,), ())
