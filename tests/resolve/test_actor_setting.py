"""A generic party of the article's conflict takes the state the article is set in
(hand-made multi-sentence articles)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from sitroom.errors import ConfigError
from sitroom.model import Actor, Mention, Place
from sitroom.resolve.actor_setting import SETTING_FILE, domestic_party, load_setting
from sitroom.resolve.actors import document_resolver
from tests.resolve.test_actors import annotations

DAY = dt.date(2019, 5, 1)
TOWNS = "Fighting went on in Gao, Kidal and Timbuktu"


def _places(text: str, towns: dict[str, str]) -> tuple[Place, ...]:
    return tuple(Place(name, text.index(name), text.index(name) + len(name), country=country,
                       resolution=4) for name, country in towns.items())  # fmt: skip


def _actor(text: str, words: str, towns: dict[str, str]) -> Actor:
    at = text.index(words)
    resolve = document_resolver(text, annotations(text), published=DAY,
                                places=_places(text, towns))  # fmt: skip
    return resolve(Mention(words, at, at + len(words)))


MALI = {"Gao": "MLI", "Kidal": "MLI", "Timbuktu": "MLI"}


def test_a_generic_party_takes_the_setting_state() -> None:
    text = f"{TOWNS}. The rebels shelled a market"
    assert (_actor(text, "The rebels", MALI).country, _actor(text, "The rebels", MALI).sector) == (
        "MLI", "REB")  # fmt: skip
    text = f"{TOWNS}. Dozens of civilians fled"
    assert _actor(text, "Dozens of civilians", MALI).country == "MLI"


def test_foreign_fighters_take_no_setting() -> None:
    text = f"{TOWNS}. Foreign fighters shelled a market"
    assert _actor(text, "Foreign fighters", MALI).country is None
    text = f"{TOWNS}. Coalition forces shelled a market"
    assert _actor(text, "Coalition forces", MALI).country is None


def test_a_sentence_set_in_another_state_takes_no_setting() -> None:
    text = f"{TOWNS}. Residents of Zinder marched"
    towns = {**MALI, "Zinder": "NER"}
    assert _actor(text, "Residents", towns).country is None


def test_an_article_with_no_clear_setting_gives_none() -> None:
    text = "Fighting went on in Gao, Kidal and Zinder. The rebels shelled a market"
    even = {"Gao": "MLI", "Kidal": "MLI", "Zinder": "NER"}
    assert _actor(text, "The rebels", even).country is None
    # One town named three times is an aside, not a setting.
    text = "As in Gao, and Gao, and Gao. The rebels shelled a market"
    places = tuple(Place("Gao", i, i + 3, country="MLI", resolution=4, geonameid=1)
                   for i in (6, 15, 24))  # fmt: skip
    resolve = document_resolver(text, annotations(text), published=DAY, places=places)
    at = text.index("The rebels")
    assert resolve(Mention("The rebels", at, at + 10)).country is None


def test_only_listed_heads_after_leading_words() -> None:
    assert domestic_party("at least 20 civilians")
    assert domestic_party("pro-government militias")
    assert not domestic_party("Turkish-backed rebels")
    assert not domestic_party("international peacekeepers")
    assert not domestic_party("fighters")


def test_setting_file_is_validated(tmp_path: Path) -> None:
    bad = tmp_path / "setting.yml"
    bad.write_text(SETTING_FILE.read_text().replace("riot police,", "riot police, foreign rebels,"))
    with pytest.raises(ConfigError):
        load_setting(bad)
    bad.write_text(SETTING_FILE.read_text().replace("riot police,", "Riot-Police,"))
    with pytest.raises(ConfigError):
        load_setting(bad)
