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

Domestic politics names its state by its institutions instead of its towns: "ministers",
"MPs", "the unions" of a report on Labour and the Commons are British. A document whose
parties, legislatures and civil bodies (knowledge-base institutions of sector PTY, LEG,
LAB, MED or BUS: "Labour", "MSPs", "the TUC", "Congress", "the Knesset") belong to one
state, named at least twice and twice as often as any other state's, has that state as
its home; the domestic bodies of ``home_heads`` ("the Court of Appeal", "the electoral
commission"), a person with a title the home confers (``home_titles``: "Lord Hale") and an
unknown civil-society body ("the Association of Foster Carers", else coded NGO) take it
when the towns set no scene, on the same conditions.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

from pydantic import BaseModel, ConfigDict, field_validator, model_validator

from sitroom import datafile
from sitroom.model import Mention, Place, Sentence
from sitroom.resolve.actor_kb import Entry, KnowledgeBase
from sitroom.resolve.actor_peoples import scene_state
from sitroom.resolve.actor_text import fold

SETTING_FILE = Path(__file__).parent / "lookups" / "actors" / "setting.yml"


class SettingFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    heads: list[str]
    home_heads: list[str]
    home_titles: dict[str, list[str]]
    leading: list[str]
    foreign: list[str]

    @field_validator("heads", "home_heads", "leading", "foreign")
    @classmethod
    def _plain(cls, words: list[str]) -> list[str]:
        bad = [w for w in words if w != fold(w) or "-" in w or not w.strip()]
        if bad:
            raise ValueError(f"entries must be folded lower case, hyphens as spaces: {bad}")
        return words

    @field_validator("home_titles")
    @classmethod
    def _titles(cls, titles: dict[str, list[str]]) -> dict[str, list[str]]:
        bad = [w for words in titles.values() for w in words if w != fold(w) or " " in w]
        bad += [code for code in titles if len(code) != 3 or not code.isupper()]
        if bad:
            raise ValueError(f"home titles: one lower-case word each, under a state code: {bad}")
        return titles

    @model_validator(mode="after")
    def _disjoint(self) -> SettingFile:
        clash = [h for h in self.heads + self.home_heads if set(h.split()) & set(self.foreign)]
        if clash:
            raise ValueError(f"heads must hold no foreign word: {clash}")
        return self


@functools.cache
def load_setting(path: Path = SETTING_FILE) -> SettingFile:
    return datafile.load(path, SettingFile, what="actor setting lookup")


def _words(text: str) -> list[str]:
    return fold(text).replace("-", " ").replace("’", "'").split()


def _head(text: str, lookup: SettingFile) -> str | None:
    """The words after leading ones, or None when a foreign word is among them."""
    words = _words(text)
    if any(w in lookup.foreign for w in words):
        return None
    lead = 0
    while lead < len(words) and (words[lead] in lookup.leading or words[lead].isdigit()):
        lead += 1
    return " ".join(words[lead:])


def domestic_party(text: str, lookup: SettingFile | None = None) -> bool:
    """ "the rebels", "dozens of civilians": a listed head after leading words only."""
    lookup = lookup or load_setting()
    return _head(text, lookup) in lookup.heads


def domestic_body(text: str, lookup: SettingFile | None = None) -> bool:
    """ "ministers", "the unions": a body of ``home_heads`` after leading words only."""
    lookup = lookup or load_setting()
    return _head(text, lookup) in lookup.home_heads


def home_titled(text: str, home: str, lookup: SettingFile | None = None) -> bool:
    """ "Lord Hale", "Dame Ann Lyle": a title the ``home`` state confers, then a name."""
    lookup = lookup or load_setting()
    words = text.split()
    if words and words[0].lower() in {"the", "a"}:
        words = words[1:]
    return (
        len(words) >= 2
        and words[0][:1].isupper()
        and fold(words[0]) in lookup.home_titles.get(home, ())
        and all(w[:1].isupper() for w in words[1:])
    )


# Bodies only domestic news names: parties, legislatures, unions, health and business
# bodies (not a government's or army's seat, which foreign news names as often).
_HOME_SECTORS = frozenset({"PTY", "LEG", "LAB", "MED", "BUS"})


def home_state(kb: KnowledgeBase, named: Iterable[tuple[Entry, ...]]) -> str | None:
    """The state whose domestic bodies the document names (``named``: what each name the
    knowledge base finds in it names): at least twice, and twice as often as any other
    state's."""
    counts: Counter[str] = Counter()
    for entries in named:
        orgs = {kb.organisations[e.ref] for e in entries if e.kind == "org"}
        owners = {o.country for o in orgs if o.kind == "institution" and o.sector in _HOME_SECTORS}
        if len(owners) == 1 and (owner := owners.pop()) in kb.countries:
            counts[owner] += 1
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2:
        return None
    second = ranked[1][1] if len(ranked) > 1 else 0
    return ranked[0][0] if ranked[0][1] >= 2 * second else None


def setting_state(
    mention: Mention,
    sentence: Sentence | None,
    places: Sequence[Place],
    home: str | None = None,
    *,
    civil: bool = False,
) -> str | None:
    """The state the document is set in, for a generic domestic party (or, from its
    ``home``, a domestic body, a titled person or a ``civil`` society body) whose sentence
    puts no other state as the place; else None."""
    if sentence is None:
        return None
    generic = domestic_party(mention.text)
    body = home is not None and (
        domestic_body(mention.text)
        or (civil and _head(mention.text, load_setting()) is not None)  # not "International"
        or home_titled(mention.text, home)
    )
    if not generic and not body:
        return None
    # Distinct towns: one town named five times ("as in Srebrenica") sets no article.
    distinct = list({(p.country, p.geonameid or fold(p.text)): p for p in places}.values())
    scene = scene_state(distinct) if generic else None
    scene = scene or (home if body else None)
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
