""" "The North"/"the South": a divided country's half, never a namesake region."""

from __future__ import annotations

from sitroom.model import Mention, Place
from sitroom.resolve.actors import document_resolver
from tests.resolve.test_actors import annotations
from tests.resolve.test_coref import DAY


def _resolve(text: str, word: str) -> str | None:
    start = text.rindex(word)
    # The gazetteer's namesake: a province called "North" of another state.
    region = Place(word, start, start + len(word), word, "CMR", feature_code="ADM1", resolution=2)
    resolve = document_resolver(text, annotations(text), published=DAY, places=(region,))
    return resolve(Mention("the " + word, start - 4, start + len(word))).country


def test_the_north_after_north_korea_is_north_korea() -> None:
    text = "North Korea tested a rocket. Envoys said the North broke the pact"
    assert _resolve(text, "North") == "PRK"


def test_the_north_after_the_southern_demonym_is_the_other_half() -> None:
    text = "South Korean ships sailed out. Envoys said the North broke the pact"
    assert _resolve(text, "North") == "PRK"


def test_the_south_without_a_divided_country_has_no_country() -> None:
    text = "South Africa hosted the summit. Envoys said the South broke the pact"
    assert _resolve(text, "South") is None
