"""A generic party of the article's own conflict ("rebels", "civilians") takes its setting.

Long news names the state it is about by its towns and regions, then speaks of "the
rebels", "government forces" or "residents" without the state. Such a mention, when its
words, apposition, a place, a possessor and coreference gave it no country, takes the
state the document is clearly set in (``actor_peoples.scene_state``: at least three of its
towns and regions, twice as many as in any other state), only if

- its words are one of the domestic party heads of ``lookups/actors/setting.yml`` after
  determiners and quantities ("the rebels", "dozens of civilians") and nothing else: a
  name, a demonym or a foreign word ("Turkish-backed rebels", "foreign fighters") keeps
  its own reading;
- its sentence names no place of another state ("civilians in Iraq", "fled to Jordan").

Towns count once however often named: an aside ("as in Srebrenica") sets no article.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from pathlib import Path

from pydantic import BaseModel, ConfigDict, field_validator, model_validator

from sitroom import datafile
from sitroom.model import Mention, Place, Sentence
from sitroom.resolve.actor_peoples import scene_state
from sitroom.resolve.actor_text import fold

SETTING_FILE = Path(__file__).parent / "lookups" / "actors" / "setting.yml"


class SettingFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    heads: list[str]
    leading: list[str]
    foreign: list[str]

    @field_validator("heads", "leading", "foreign")
    @classmethod
    def _plain(cls, words: list[str]) -> list[str]:
        bad = [w for w in words if w != fold(w) or "-" in w or not w.strip()]
        if bad:
            raise ValueError(f"entries must be folded lower case, hyphens as spaces: {bad}")
        return words

    @model_validator(mode="after")
    def _disjoint(self) -> SettingFile:
        clash = [h for h in self.heads if set(h.split()) & set(self.foreign)]
        if clash:
            raise ValueError(f"heads must hold no foreign word: {clash}")
        return self


@functools.cache
def load_setting(path: Path = SETTING_FILE) -> SettingFile:
    return datafile.load(path, SettingFile, what="actor setting lookup")


def _words(text: str) -> list[str]:
    return fold(text).replace("-", " ").replace("’", "'").split()


def domestic_party(text: str, lookup: SettingFile | None = None) -> bool:
    """ "the rebels", "dozens of civilians": a listed head after leading words only."""
    lookup = lookup or load_setting()
    words = _words(text)
    if any(w in lookup.foreign for w in words):
        return False
    lead = 0
    while lead < len(words) and (words[lead] in lookup.leading or words[lead].isdigit()):
        lead += 1
    return " ".join(words[lead:]) in lookup.heads


def setting_state(
    mention: Mention, sentence: Sentence | None, places: Sequence[Place]
) -> str | None:
    """The state the document is set in, for a generic domestic party whose sentence puts
    no other state as the place; else None."""
    if sentence is None or not domestic_party(mention.text):
        return None
    # Distinct towns: one town named five times ("as in Srebrenica") sets no article.
    distinct = list({(p.country, p.geonameid or fold(p.text)): p for p in places}.values())
    scene = scene_state(distinct)
    if scene is None:
        return None
    # Any place of another state in the sentence: it may be where the party is.
    elsewhere = any(
        p.country != scene
        and sentence.start <= p.start < sentence.end
        and not mention.start <= p.start < mention.end
        for p in places
    )
    return None if elsewhere else scene
