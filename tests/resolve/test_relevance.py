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


def _doc_person(name: str) -> Actor:
    """A person the resolver gave only a document id and a country (no office)."""
    return Actor(name, country="GBR", id="doc-actor_1", start=0, end=len(name))


@pytest.mark.parametrize(
    ("event_type", "mention", "actor", "private"),
    [
        ("AID", Mention("she", 0, 3), Actor("she"), True),
        ("CONSULT", Mention("residents", 0, 9), Actor("residents", sector="CVL"), True),
        ("AID", Mention("the army", 0, 8), Actor("the army", sector="MIL"), False),
        ("AID", Mention("they", 0, 4), Actor("they", country="JOR"), False),
        ("AID", Mention("Ann Lee", 0, 7, "PERSON"), Actor("Ann Lee"), True),  # no office
        ("ASSAULT", Mention("she", 0, 3), Actor("she"), False),  # violence is political
        ("RETREAT", Mention("hostages", 0, 8), Actor("hostages", sector="CVL"), False),
        # The office or title in the mention's own words, unread by the resolver.
        ("REQUEST", Mention("transport spokesman Ivo Marsh", 0, 29, "PERSON"),
         Actor("transport spokesman Ivo Marsh"), False),
        ("SUPPORT", Mention("Lord Pelling", 0, 12, "PERSON"), _doc_person("Lord Pelling"), False),
        ("SUPPORT", Mention("his minister", 0, 12), Actor("his minister"), False),
        ("SUPPORT", Mention("Ivo Lord", 0, 8, "PERSON"), _doc_person("Ivo Lord"), True),
        ("AID", Mention("a family friend", 0, 15), Actor("a family friend"), True),
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


def _person_candidate(event_type: str, *mentions: Mention) -> EventCandidate:
    return EventCandidate(
        event_type=event_type, sentence_index=0, sentence=Span(0, 60),
        trigger=Mention("met", 10, 13), pattern="t", actors=mentions,
    )  # fmt: skip


def _one(text: str, country: str, label: str | None = None, **more: str) -> tuple[Mention, Actor]:
    actor = Actor(text, country=country, start=0, end=len(text), **more)
    return Mention(text, 0, len(text), label), actor


@pytest.mark.parametrize(
    ("mention", "actor", "private"),
    [
        # A person with a home but no office ("Ola Berg, 31, from Tromvik, met ...").
        (*_one("Ola Berg", "NOR", "PERSON", id="doc-actor_1"), True),
        (*_one("she", "NOR", id="doc-actor_1"), True),
        # Titled, or known to the knowledge base: political.
        (*_one("Ola Berg", "NOR", "PERSON", id="doc-actor_1", sector="GOV"), False),
        (*_one("he", "TUR", id="person:x"), False),
        # A body is political by its country alone.
        (*_one("the relief committee", "NOR", id="doc-actor_2"), False),
    ],
)
def test_a_person_needs_an_office(mention: Mention, actor: Actor, private: bool) -> None:
    assert relevance.private_only(_person_candidate("CONSULT", mention), (actor,)) is private


def test_a_person_known_to_the_resolver_is_a_person_whatever_the_ner_says() -> None:
    # "she met Campbell" after "Anna Campbell, 26, from Lewes": "Campbell" tagged ORG.
    mention, actor = _one("Campbell", "GBR", "ORG", id="doc-actor_3")
    candidate = _person_candidate("CONSULT", mention)
    assert not relevance.private_only(candidate, (actor,))
    assert relevance.private_only(candidate, (actor,), people=frozenset({"doc-actor_3"}))


@pytest.mark.model
def test_private_meetings_are_dropped_but_official_ones_kept() -> None:
    text = (
        "Lena Hart, 29, from Bristol, agreed to help her neighbour. "
        "The Danish foreign minister agreed to help the refugees."
    )
    events = analyze_text(text, published="2020-05-04").events
    assert [(e.event_type, e.actor[0].country) for e in events] == [("AGREE", "DNK")]


def test_a_person_named_like_a_town_is_no_place() -> None:
    # "Florence" is also a city; as a PERSON mention it stays the actor.
    candidate = _candidate("REQUEST", Mention("Florence", 0, 8, "PERSON"))
    florence = Actor("Florence", start=0, end=8)
    assert relevance.without_places(candidate, (florence,), ()) == ((florence,), ())
    town = _candidate("REQUEST", Mention("Florence", 0, 8, "GPE"))
    assert relevance.without_places(town, (florence,), ()) == ((), ())
    # "she", resolved through an earlier name, is no place either.
    she = Actor("she", start=0, end=3, antecedent="Florence")
    assert relevance.without_places(_candidate("REQUEST", Mention("she", 0, 3)), (she,), ()) == (
        (she,),
        (),
    )


def _protest(from_place: bool) -> EventCandidate:
    return EventCandidate(
        event_type="PROTEST", sentence_index=0, sentence=Span(0, 40),
        trigger=Mention("marched", 10, 17), pattern="t", place_recipient=from_place,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("place", "from_place", "kept"),
    [
        ("Leeds", True, False),  # a town where the protest was held: only where
        ("Ankara", True, True),  # a capital: the state
        ("Turkey", True, True),
        ("Leeds", False, True),  # an explicit target ("against Leeds") stays
    ],
)
def test_a_protest_town_is_no_recipient(place: str, from_place: bool, kept: bool) -> None:
    recipient = (Actor(place, country="TUR"),)
    found = relevance.venue_recipients(_protest(from_place), recipient)
    assert found == (recipient if kept else ())
