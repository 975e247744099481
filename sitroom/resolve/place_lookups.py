"""Load and validate ``lookups/places.yml``; look a surface up with its help.

The file holds aliases, US state abbreviations, demonyms, kind words, qualifiers and
short forms; ``lookup`` turns a surface into the gazetteer entries it may name.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from pydantic import BaseModel, ConfigDict, field_validator

from sitroom import datafile
from sitroom.resolve.gazetteer import MAIN, WATER_CODES, Entry, Gazetteer, normalise

LOOKUP_FILE = Path(__file__).parent / "lookups" / "places.yml"
_KINDS = frozenset({"ADM1", "ADM2"})
_ALIAS_MIN = 100_000
_STRONG = frozenset({"PCLI", "ADM1", "CONT", "RGN", *WATER_CODES})


class PlacesFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    aliases: dict[str, str]
    us_states: dict[str, list[str]]
    demonyms: list[str]
    kind_words: dict[str, list[str]]
    qualifiers: list[str]
    not_alone: list[str]
    outlets: list[str]
    institutions: list[str]
    residents: list[str]
    abbreviations: dict[str, str]
    prefixes: list[str]

    @field_validator("us_states")
    @classmethod
    def _codes(cls, states: dict[str, list[str]]) -> dict[str, list[str]]:
        bad = [code for code in states if len(code) != 2 or not code.isupper()]
        if bad:
            raise ValueError(f"state codes must be two capitals: {bad}")
        return states

    @field_validator("kind_words")
    @classmethod
    def _kinds(cls, kinds: dict[str, list[str]]) -> dict[str, list[str]]:
        if set(kinds) - _KINDS:
            raise ValueError(f"kinds must be among {sorted(_KINDS)}")
        return kinds


@dataclass(frozen=True, slots=True)
class PlaceLookups:
    """The validated file, keyed by ``gazetteer.normalise`` forms."""

    aliases: dict[str, str]  # normalised spelling -> gazetteer name
    state_abbreviations: dict[str, str]  # "ga" -> "GA" (normalised drops the dot)
    dotted_states: dict[str, str]  # "Ga." -> "GA": abbreviations safe on their own
    demonyms: frozenset[str]
    kind_words: dict[str, str]  # "county" -> "ADM2"
    qualifiers: frozenset[str]  # "northeast" of "Northeast Georgia"
    not_alone: frozenset[str]  # "North": no place on its own
    outlets: frozenset[str]  # "times" of "The New York Times": the name of a newspaper
    institutions: frozenset[str]  # "police" of "Gainesville Police": a town's institution
    residents: frozenset[str]  # "woman" of "a Columbia woman": the name is a place
    abbreviations: dict[str, str]  # "st" -> "saint": a first word spelled out
    prefixes: tuple[str, ...]  # "city of ": words before the name itself


def _country_demonyms() -> set[str]:
    found: set[str] = set()
    for item in resources.files("countryinfo").joinpath("data").iterdir():
        if item.name.endswith(".json"):
            with item.open("rb") as handle:
                demonym = json.load(handle).get("demonym")
            if demonym:
                found.add(normalise(demonym))
    return found


def parse(path: Path) -> PlaceLookups:
    """Validate one places file; ``ConfigError`` names the file and the key."""
    data = datafile.load(path, PlacesFile, what="places file")
    abbreviations = {
        normalise(spelling): code
        for code, spellings in data.us_states.items()
        for spelling in spellings
    }
    dotted = {
        spelling: code
        for code, spellings in data.us_states.items()
        for spelling in spellings
        if "." in spelling
    }
    kinds = {normalise(word): kind for kind, words in data.kind_words.items() for word in words}
    return PlaceLookups(
        aliases={normalise(key): value for key, value in data.aliases.items()},
        state_abbreviations=abbreviations,
        dotted_states=dotted,
        demonyms=frozenset({normalise(word) for word in data.demonyms} | _country_demonyms()),
        kind_words=kinds,
        qualifiers=frozenset(normalise(word) for word in data.qualifiers),
        not_alone=frozenset(normalise(word) for word in data.not_alone),
        outlets=frozenset(normalise(word) for word in data.outlets),
        institutions=frozenset(normalise(word) for word in data.institutions),
        residents=frozenset(normalise(word) for word in data.residents),
        abbreviations={
            normalise(short): normalise(full) for short, full in data.abbreviations.items()
        },
        prefixes=tuple(normalise(prefix) + " " for prefix in data.prefixes),
    )


@functools.cache
def load() -> PlaceLookups:
    """The bundled lookups, parsed once per process."""
    return parse(LOOKUP_FILE)


def lookup(surface: str, gaz: Gazetteer, lookups: PlaceLookups) -> list[tuple[Entry, int]]:
    """Gazetteer entries a surface may name, with how (main name or alias)."""
    key = normalise(surface)
    if surface in lookups.dotted_states or (
        key in lookups.state_abbreviations and surface == key.upper() and len(key) == 2
    ):
        return _state(lookups.state_abbreviations[key], gaz)
    options = list(gaz.lookup(lookups.aliases.get(key, surface)))
    if key in lookups.aliases:
        options += [(entry, MAIN) for entry, _ in gaz.lookup(surface)]
    words = surface.split()
    if not options and len(words) > 1 and normalise(words[0]) in lookups.qualifiers:
        return lookup(" ".join(words[1:]), gaz, lookups)
    if not options and len(words) > 1 and normalise(words[-1]) in lookups.kind_words:
        return lookup(" ".join(words[:-1]), gaz, lookups)  # "Sumatra province"
    if not options and len(words) > 1:
        longer = lookups.abbreviations.get(normalise(words[0]))
        if longer:
            return lookup(" ".join([longer, *words[1:]]), gaz, lookups)  # "St. Marc"
        for prefix in lookups.prefixes:
            if key.startswith(prefix):
                rest = " ".join(words[len(prefix.split()) :])
                return lookup(rest, gaz, lookups)  # "City of Santa Ana"
    options = [(entry, kind) for entry, kind in options if entry.lat is not None]
    if any(kind == MAIN for _, kind in options):
        # Alternate names of small places are noise once a place has this main name
        # ("Paris" is also an alias of a Georgia town); big places keep theirs (Kiev).
        options = [
            (entry, kind)
            for entry, kind in options
            if kind == MAIN or entry.population >= _ALIAS_MIN or entry.feature_code in _STRONG
        ]
    return options


def site_lookup(surface: str, gaz: Gazetteer, lookups: PlaceLookups) -> list[tuple[Entry, int]]:
    """Candidates of the longest leading words that name a place by its main name."""
    words = surface.split()
    for size in range(len(words) - 1, 0, -1):
        if normalise(words[size - 1]) in lookups.qualifiers:
            continue  # "South" of "South Ossetia" names nothing by itself
        head = [
            (entry, kind)
            for entry, kind in lookup(" ".join(words[:size]), gaz, lookups)
            if entry.feature_code != "RGN"  # "Cape" of "Cape Verde" is no site's town
        ]
        if any(kind == MAIN for _, kind in head):  # an alias alone is too weak here
            return head
    return []


def _state(code: str, gaz: Gazetteer) -> list[tuple[Entry, int]]:
    entry = gaz.admin1("US", code)
    return [(entry, MAIN)] if entry else []
