"""Load and validate ``lookups/places.yml`` (aliases, US state abbreviations, demonyms)."""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from pydantic import BaseModel, ConfigDict, field_validator

from sitroom import datafile
from sitroom.resolve.gazetteer import normalise

LOOKUP_FILE = Path(__file__).parent / "lookups" / "places.yml"
_KINDS = frozenset({"ADM1", "ADM2"})


class PlacesFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    aliases: dict[str, str]
    us_states: dict[str, list[str]]
    demonyms: list[str]
    kind_words: dict[str, list[str]]
    qualifiers: list[str]
    outlets: list[str]

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
    outlets: frozenset[str]  # "times" of "The New York Times": the name of a newspaper


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
        outlets=frozenset(normalise(word) for word in data.outlets),
    )


@functools.cache
def load() -> PlaceLookups:
    """The bundled lookups, parsed once per process."""
    return parse(LOOKUP_FILE)
