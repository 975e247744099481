"""A document's plain country for its titled persons, courts, charities, local police and
repeated head nouns (hand-made articles)."""

from __future__ import annotations

import datetime as dt

from sitroom.model import Actor, Mention, Place
from sitroom.resolve.actor_kb import default_kb
from sitroom.resolve.actor_rules import read_recased
from sitroom.resolve.actors import document_resolver
from tests.resolve.test_actors import annotations

DAY = dt.date(2005, 3, 1)
HOME = "Labour and the Tories clashed over the budget in a long debate. "


def _resolve(
    text: str,
    words: list[str],
    entities: tuple[tuple[str, str], ...] = (),
    places: tuple[Place, ...] = (),
) -> list[Actor]:
    resolve = document_resolver(text, annotations(text, entities), published=DAY, places=places)
    found = []
    for word in words:
        at = text.index(word)
        found.append(resolve(Mention(word, at, at + len(word))))
    return found


def _place(text: str, name: str, country: str) -> Place:
    at = text.index(name)
    return Place(name, at, at + len(name), country=country, resolution=4)


def test_a_title_the_home_state_confers_gives_its_country() -> None:
    text = HOME + "Lord Pellow accused ministers of arrogance"
    assert _resolve(text, ["Lord Pellow"])[0].country == "GBR"
    text = HOME + "Dame Ivy Corran praised the plan"
    assert _resolve(text, ["Dame Ivy Corran"])[0].country == "GBR"
    # No home state: a title alone gives no country.
    text = "The budget was debated for hours. Lord Pellow accused ministers of arrogance"
    assert _resolve(text, ["Lord Pellow"])[0].country is None
    # A home state that confers no such title.
    text = "Democrats and Republicans clashed in Congress. Lord Pellow accused them"
    assert _resolve(text, ["Lord Pellow"])[0].country is None


def test_a_titled_person_known_before_takes_the_home_state() -> None:
    text = HOME + "Prince Edric met the survivors. Prince Edric later apologised"
    second = text.rindex("Prince Edric")
    resolve = document_resolver(text, annotations(text, (("Prince Edric", "PERSON"),)),
                                published=DAY)  # fmt: skip
    actor = resolve(Mention("Prince Edric", second, second + len("Prince Edric"), "PERSON"))
    assert actor.country == "GBR"


def test_courts_and_commissions_of_the_home_state() -> None:
    text = HOME + "The Court of Appeal backed the ministers"
    court = _resolve(text, ["The Court of Appeal"])[0]
    assert (court.country, court.sector) == ("GBR", "JUD")
    text = HOME + "The electoral commission urged parties to publish their accounts"
    assert _resolve(text, ["The electoral commission"])[0].country == "GBR"
    text = "The budget was debated for hours. The Court of Appeal backed the ministers"
    assert _resolve(text, ["The Court of Appeal"])[0].country is None


def test_a_civil_society_body_of_the_home_state() -> None:
    text = HOME + "The Association of Foster Carers criticised ministers"
    assert _resolve(text, ["The Association of Foster Carers"])[0].country == "GBR"
    # Without a home state, or international by name, it is coded NGO.
    text = "The budget was debated for hours. The Association of Foster Carers criticised it"
    assert _resolve(text, ["The Association of Foster Carers"])[0].country == "NGO"
    text = HOME + "The International Association of Carers criticised ministers"
    assert _resolve(text, ["The International Association of Carers"])[0].country == "NGO"


def test_a_sentence_initial_article_is_no_name() -> None:
    kb = default_kb()
    assert read_recased(kb, "The Court of Appeal", None).sector == "JUD"
    assert read_recased(kb, "Tom King", None).sector is None  # a name, not a monarch


def test_a_place_named_police_department_is_that_place_s_police() -> None:
    kb = default_kb()
    assert read_recased(kb, "the Dunmore Police Department", None).sector == "COP"
    text = "Two cases were under investigation by the Dunmore Police Department"
    police = _resolve(text, ["the Dunmore Police Department"],
                      places=(_place(text, "Dunmore", "USA"),))[0]  # fmt: skip
    assert (police.country, police.sector) == ("USA", "COP")
    # Not a body a town owns: "the Kabul embassy" is no Afghan embassy.
    text = "Two cases were raised with the Dunmore embassy"
    embassy = _resolve(text, ["the Dunmore embassy"], places=(_place(text, "Dunmore", "AFG"),))
    assert embassy[0].country is None


def test_a_city_of_two_states_takes_the_place_resolver_s_reading() -> None:
    text = "A nurse was hurt in the clinic bombing in Birmingham, Ala., last year"
    us = _resolve(text, ["A nurse"], places=(_place(text, "Birmingham", "USA"),))[0]
    assert us.country == "USA"
    assert _resolve(text, ["A nurse"])[0].country == "GBR"  # the knowledge base's city


def test_a_nameless_police_takes_the_state_of_its_earlier_mentions() -> None:
    text = "German police searched the flat. Police suspect the girl's aunt took her"
    assert _resolve(text, ["German police", "Police"], (("German", "NORP"),))[1].country == "DEU"
    # Two states' police before: none of them.
    text = "German police and Dutch police met. Police suspect the girl's aunt took her"
    entities = (("German", "NORP"), ("Dutch", "NORP"))
    assert _resolve(text, ["German police", "Dutch police", "Police"], entities)[2].country is None
