"""Toponym recognition that must not depend on the order of Python's hash-seeded sets."""

from __future__ import annotations

from sitroom.model import Annotations
from sitroom.resolve import place_lookups, place_mentions


def _repeat_spans(text: str, known: list[str]) -> list[str]:
    empty = Annotations(sentences=(), entities=(), toponyms=(), times=())
    return [m.text for m in place_mentions._repeats(text, known, empty, [])]


def test_repeats_take_the_longest_known_name_whatever_the_order() -> None:
    text = "Inmates held at Port Velar Bay were moved. Port Velar Bay camp stays open."
    for known in (["Port Velar", "Port Velar Bay"], ["Port Velar Bay", "Port Velar"]):
        assert _repeat_spans(text, known) == ["Port Velar Bay", "Port Velar Bay"]


def test_repeats_also_find_capitalised_copies_once() -> None:
    text = "Troops reached Kessa. KESSA was quiet."
    assert sorted(_repeat_spans(text, ["Kessa"])) == ["KESSA", "Kessa"]


def test_a_bare_compass_word_is_no_place_but_a_compass_name_is() -> None:
    lookups = place_lookups.load()
    assert not place_mentions.is_place_like("North", lookups)
    assert not place_mentions.is_place_like("Southeast", lookups)
    assert place_mentions.is_place_like("North Dakota", lookups)
    assert place_mentions.is_place_like("East Timor", lookups)
