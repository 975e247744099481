"""Where a person is from: a home after the name, a birthplace, a city demonym, a naming
predicate; a repeated name; titles stay in their sentence (hand-made sentences)."""

from __future__ import annotations

import datetime as dt

from sitroom.model import Actor, Annotations, Entity, Place
from sitroom.resolve.actors import document_resolver
from tests.resolve.test_actor_peoples import _mention, _resolver
from tests.resolve.test_actors import annotations, resolve_one
from tests.resolve.test_coref import resolve_in

DAY = dt.date(2019, 5, 1)


def _resolve(
    text: str,
    names: tuple[tuple[str, int], ...],
    mention: tuple[str, int],
    *,
    places: tuple[Place, ...] = (),
) -> Actor:
    """Resolve the ``mention`` (words, occurrence) of ``text`` whose PERSON entities are
    ``names`` (words, occurrence)."""
    entities = tuple(
        Entity(m.text, m.start, m.end, "PERSON") for m in (_mention(text, *n) for n in names)
    )
    sentences = annotations(text).sentences
    resolve = document_resolver(
        text, Annotations(sentences, entities, (), ()), published=DAY, places=places
    )
    return resolve(_mention(text, *mention))


def test_a_home_after_the_name_gives_its_state() -> None:
    text = "Ola Berg, 31, from Tromvik, Troms, died on Friday. Berg left"
    places = (Place("Tromvik", 19, 26, country="NOR", resolution=4),)
    names = (("Ola Berg", 0), ("Berg", 1))
    assert _resolve(text, names, ("Ola Berg", 0), places=places).country == "NOR"
    assert _resolve(text, names, ("Berg", 1), places=places).country == "NOR"


def test_a_home_the_knowledge_base_knows_needs_no_place() -> None:
    text = "Tom Rae, of Birmingham, was arrested"
    assert resolve_in(text, (("Tom Rae", "PERSON"),), "Tom Rae").country == "GBR"


def test_a_birthplace_gives_the_state_it_mostly_means() -> None:
    actor = resolve_one("the Leeds-born paratrooper")
    assert (actor.country, actor.sector) == ("GBR", "MIL")


def test_a_birthplace_of_no_clear_state_gives_none() -> None:
    assert resolve_one("the Valencia-born medic").country is None  # Spain or Venezuela


def test_city_demonyms_are_of_their_state() -> None:
    assert resolve_one("a 40-year-old Glaswegian").country == "GBR"
    assert resolve_one("two Muscovites").country == "RUS"


def test_the_subject_of_a_naming_predicate_is_the_title() -> None:
    text = "A Danish soldier killed on patrol was named as Cpl Lars Holm. Cpl Holm served"
    actor = _resolve(text, (("Lars Holm", 0), ("Holm", 1)), ("Cpl Holm", 0))
    assert (actor.country, actor.sector) == ("DNK", "MIL")


def test_a_repeated_single_name_keeps_what_it_was_told() -> None:
    text = (
        "Mira, a Norwegian volunteer who asked that her surname be withheld for fear of trouble"
        " at home, spoke. Later Mira left"
    )
    actor = _resolve(text, (("Mira", 0), ("Mira", 1)), ("Mira", 1))
    assert actor.country == "NOR"


def test_a_title_does_not_run_over_the_sentence_before() -> None:
    text = "Clashes spread across Chad. Tomas Reyes arrived"
    assert resolve_in(text, (("Tomas Reyes", "PERSON"),), "Tomas Reyes").country is None


def test_a_private_persons_commanders_are_no_army_of_that_state() -> None:
    text = "Mira, a Norwegian volunteer, said her commanders had left"
    actor = resolve_in(text, (("Mira", "PERSON"),), "her commanders")
    assert (actor.country, actor.sector) == (None, "MIL")
    text = "The Norwegian minister said her soldiers had left"
    actor = resolve_in(text, (), "her soldiers")
    assert (actor.country, actor.sector) == ("NOR", "MIL")


def test_the_surname_of_an_unknown_person_is_no_place() -> None:
    text = "Omar Haddad Tarin was detained. Tarin was moved"
    places = (Place("Tarin", 32, 37, country="AFG", resolution=4),)
    resolve = _resolver(text, (("Omar Haddad Tarin", "PERSON"),), places)
    actor = resolve(_mention(text, "Tarin", occurrence=1))
    assert (actor.country, actor.antecedent) == (None, "Omar Haddad Tarin")
