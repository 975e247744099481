"""Toponyms -> places: recognition (``place_mentions``), then resolution in document context.

Resolution scores every gazetteer candidate of a mention::

    log10(population) + feature prior + context bonuses - alias penalty

Context bonuses: the country or first-level division of the candidate is named, a
"City, ST" pair, a kind word ("County"), nearness to the other resolved places, support
from candidates of the document's other names within 50 km (``place_focus``: local news
names places near each other), and, for a division, other divisions of its country
("Michigan, Oregon, Ohio").

Context is gathered in passes: first the mentions that resolve without help (countries,
states, "City, State" pairs, unique names), then everything again with the countries and
first-level divisions those gave ("Springfield" after "Illinois"), then once more with
the whole document's resolutions. A name keeps one sense per document, weak mentions
included. A mention the gazetteer lacks is finally put at the point of the nearest place
mentioned with it (``place_backoff``), without a name or id.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from sitroom.model import Annotations, EventCandidate, Mention, Place
from sitroom.resolve import gazetteer as gazetteer_index
from sitroom.resolve import place_focus
from sitroom.resolve.gazetteer import MAIN, WATER_CODES, Entry, Gazetteer, normalise
from sitroom.resolve.gazetteer_points import km
from sitroom.resolve.place_backoff import backoff
from sitroom.resolve.place_lookups import PlaceLookups, lookup, site_lookup
from sitroom.resolve.place_lookups import load as load_lookups
from sitroom.resolve.place_mentions import recognise

# Feature priors (log10 units): a bare "Georgia" is the country before the US state,
# a capital beats its same-named province ("Kyiv"), a county needs the word "County".
_PRIOR = {"PCLI": 3.0, "ADM1": 0.5, "RGN": 0.5, "PPLC": 1.5, "PPL": 0.0, "ADM2": -1.5}
# Waters have no population: they weigh like a country of a million people, so that "the
# Pacific" is the ocean unless context names the state of a town called Pacific.
_PRIOR.update(dict.fromkeys(WATER_CODES, 9.0))
_ALIAS_PENALTY = 1.5  # alternate names are noisy: "Paris" is an alias of many villages
_COUNTRY_BONUS = 3.5  # a state or town of the country is named
_NAMED_COUNTRY_BONUS = 2.0  # only the country itself is ("U.S. officials in Paris")
_ADMIN1_BONUS = 2.0
_PAIR_BONUS = 6.0  # "Springfield, Ill.": the state is stated
_WIDE = frozenset(
    {"PCLI", "CONT", "RGN", *WATER_CODES}
)  # too large for their point to place neighbours
_KIND_BONUS = 4.0  # "Aleppo province", "Fulton County"
_NEAR_BONUS = 1.0  # within 200 km of another place of the document
_FOCUS_BONUS = 1.0  # per other name with a candidate close by (place_focus), up to:
_FOCUS_CAP = 2
_SIBLING_BONUS = 2.0  # an ADM1 among other ADM1s of its country
_DATELINE = re.compile(
    r"^\s*([A-Z][A-Z.'\- ]{2,40}?)(?:,\s*[A-Z][\w.' ]{1,30})?\s*(?:\(|[-—–]{1,2}\s)"
)


@dataclass
class _Context:
    """Resolved places of the document, each with the name that gave it.

    A name never supports itself: "Georgia" alone must not vote for Georgia.
    """

    countries: dict[str, set[str]] = field(default_factory=dict)
    local: dict[str, set[str]] = field(default_factory=dict)  # countries of sub-national places
    admin1: dict[tuple[str, str], set[str]] = field(default_factory=dict)
    points: list[tuple[str, float, float]] = field(default_factory=list)
    support: dict[int, int] = field(default_factory=dict)  # place_focus.support
    divisions: dict[str, set[str]] = field(default_factory=dict)  # country -> names of ADM1s

    def add(self, key: str, entry: Entry) -> None:
        if entry.country:
            self.countries.setdefault(entry.country, set()).add(key)
            if entry.feature_code != "PCLI":
                self.local.setdefault(entry.country, set()).add(key)
        if entry.feature_code == "ADM1" and entry.country:
            self.divisions.setdefault(entry.country, set()).add(key)
        if entry.admin1 and entry.cc2 and entry.feature_code not in {"PCLI", "CONT"}:
            self.admin1.setdefault((entry.cc2, entry.admin1), set()).add(key)
        if entry.lat is not None and entry.lon is not None and entry.feature_code not in _WIDE:
            self.points.append((key, entry.lat, entry.lon))

    def has_country(self, country: str | None, key: str) -> bool:
        return bool(country) and bool(self.countries.get(country or "", set()) - {key})

    def has_local(self, country: str | None, key: str) -> bool:
        """A state or town of ``country`` is named: the story is set there."""
        return bool(country) and bool(self.local.get(country or "", set()) - {key})

    def sibling_divisions(self, country: str | None, key: str) -> int:
        """How many other first-level divisions of ``country`` the document names."""
        return len(self.divisions.get(country or "", set()) - {key})

    def has_admin1(self, cc2: str | None, admin1: str | None, key: str) -> bool:
        return bool(self.admin1.get((cc2 or "", admin1 or ""), set()) - {key})


@dataclass(frozen=True, slots=True)
class _Hints:
    """What the text around a mention says about it."""

    state: str | None = None  # US state code of a "City, ST" pair
    country: str | None = None  # ISO3 of a "City, Country" pair
    kind: str | None = None  # ADM1/ADM2 when "province"/"County" is said


def places(
    text: str, annotations: Annotations, *, gazetteer: Gazetteer | None = None
) -> tuple[Place, ...]:
    """Every toponym mention of the document, resolved where possible."""
    gaz = gazetteer or gazetteer_index.open_index()
    lookups = load_lookups()
    mentions, weak = recognise(text, annotations, gaz, lookups)
    span = dateline_span(text)
    # NER often misses an all-capitals dateline; it is a place if the gazetteer knows it.
    if (
        span
        and not any(m.start < span[1] and span[0] < m.end for m in mentions)
        and lookup(text[span[0] : span[1]], gaz, lookups)
    ):
        mentions.append(Mention(text[span[0] : span[1]], *span))
        mentions.sort(key=lambda mention: mention.start)
    candidates: list[list[tuple[Entry, int]]] = []
    inside: list[bool] = []  # "Vancouver International Airport": a site in a place
    for mention in mentions:
        options = lookup(mention.text, gaz, lookups)
        site = not options
        if site:
            options = site_lookup(mention.text, gaz, lookups)
        candidates.append(options)
        inside.append(site and bool(options))
    hints = [
        _hints(text, mention, gaz, lookups, listing=_dominant(options))
        for mention, options in zip(mentions, candidates, strict=True)
    ]

    keys = [normalise(mention.text) for mention in mentions]
    # Weak mentions ("Winfield" tagged ORG) vote too: a town name near the others is
    # evidence for them even before it is confirmed as a place itself.
    voters = [
        (
            normalise(mention.text),
            [entry for entry, kind in gaz.lookup(mention.text) if kind == MAIN],
        )
        for mention in weak
    ]
    support = place_focus.support(
        [
            (key, [entry for entry, _ in options])
            for key, options in zip(keys, candidates, strict=True)
        ]
        + voters
    )
    context = _Context(support=support)
    for key, options, hint in zip(keys, candidates, hints, strict=True):
        if len(options) == 1 or (options and (hint.state or hint.country or _dominant(options))):
            context.add(key, _best(key, options, hint, _Context(support=support)))
    chosen: list[Entry | None] = []
    for _ in range(2):
        chosen = [
            _best(key, options, hint, context) if options else None
            for key, options, hint in zip(keys, candidates, hints, strict=True)
        ]
        context = _Context(support=support)
        for key, entry in zip(keys, chosen, strict=True):
            if entry:
                context.add(key, entry)
    chosen = _one_sense(mentions, chosen)
    found = [
        _place(mention, entry, site=site)
        for mention, entry, site in zip(mentions, chosen, inside, strict=True)
    ]
    resolved = {key: entry for key, entry in zip(keys, chosen, strict=True) if entry}
    found += [_place(mention, entry) for mention, entry in _confirmed(weak, gaz, context, resolved)]
    return tuple(backoff(sorted(found, key=lambda place: place.start)))


def _confirmed(
    weak: list[Mention], gaz: Gazetteer, context: _Context, resolved: dict[str, Entry]
) -> list[tuple[Mention, Entry | None]]:
    """Weak mentions whose town lies in a state or near a place the document names.

    A confirmed name the document already resolved keeps that sense (one sense per
    discourse): "Guerrero" after "the state of Guerrero" is the state, not a village of it.
    """
    kept: list[tuple[Mention, Entry | None]] = []
    for mention in weak:
        key = normalise(mention.text)
        towns = [
            entry
            for entry, kind in gaz.lookup(mention.text)
            if kind == MAIN
            and entry.feature_code in {"PPL", "PPLC", "ADM2"}
            and (
                context.has_admin1(entry.cc2, entry.admin1, key)
                or _near(key, entry, context.points)
            )
        ]
        if towns:
            best = max(towns, key=lambda entry: entry.population)
            kept.append((mention, resolved.get(key, best)))
    return kept


def _hints(
    text: str, mention: Mention, gaz: Gazetteer, lookups: PlaceLookups, *, listing: bool = False
) -> _Hints:
    """Pair and kind hints. ``listing``: the mention is itself a country or state, so a
    full name after its comma continues a list ("Georgia, Oklahoma", "Iraq, Iran"); only
    an abbreviation still pairs ("Washington, Pa.")."""
    after = text[mention.end : mention.end + 40]
    kind = None
    word = re.match(r"\s+(\w+)", after)
    if word and normalise(word.group(1)) in lookups.kind_words:
        kind = lookups.kind_words[normalise(word.group(1))]
    elif normalise(mention.text).split()[-1:] and normalise(mention.text).split()[-1] in (
        lookups.kind_words
    ):
        kind = lookups.kind_words[normalise(mention.text).split()[-1]]
    pair = re.match(r",\s*((?:[A-Z][\w.]*\.?)(?:\s[A-Z][\w.]*)?)", after)
    if not pair:
        return _Hints(kind=kind)
    words = pair.group(1)
    for size in (len(words.split()), 1):
        second = " ".join(words.split()[:size])
        key = normalise(second)
        if second in lookups.dotted_states or (
            key in lookups.state_abbreviations and second.isupper()
        ):
            return _Hints(state=lookups.state_abbreviations[key], kind=kind)
        if listing:
            continue
        for entry, entry_kind in gaz.lookup(lookups.aliases.get(key, second)):
            if entry_kind != MAIN and key not in lookups.aliases:
                continue
            if entry.feature_code == "ADM1" and entry.cc2 == "US" and entry.admin1:
                return _Hints(state=entry.admin1, kind=kind)
            if entry.feature_code == "PCLI":
                return _Hints(country=entry.country, kind=kind)
    return _Hints(kind=kind)


def _dominant(options: list[tuple[Entry, int]]) -> bool:
    """One candidate is a country or state by its main name: no help needed."""
    return any(kind == MAIN and entry.feature_code in {"PCLI", "ADM1"} for entry, kind in options)


def _score(key: str, entry: Entry, kind: int, hint: _Hints, context: _Context) -> float:
    score = math.log10(entry.population + 1) + _PRIOR.get(entry.feature_code, 0.0)
    if kind != MAIN:
        score -= _ALIAS_PENALTY
    if context.has_local(entry.country, key):
        score += _COUNTRY_BONUS
    elif context.has_country(entry.country, key):
        score += _NAMED_COUNTRY_BONUS
    if entry.feature_code not in {"PCLI", "ADM1"} and context.has_admin1(
        entry.cc2, entry.admin1, key
    ):
        score += _ADMIN1_BONUS
    if hint.state and entry.cc2 == "US" and entry.admin1 == hint.state:
        score += _PAIR_BONUS
    if hint.country and entry.country == hint.country:
        score += _PAIR_BONUS
    if entry.feature_code == "ADM1" and context.sibling_divisions(entry.country, key) >= 2:
        score += _SIBLING_BONUS  # "Michigan, Oregon, New Mexico": a list of states
    if hint.kind and entry.feature_code == hint.kind:
        score += _KIND_BONUS
    if entry.feature_code not in _WIDE and _near(key, entry, context.points):
        score += _NEAR_BONUS
    score += _FOCUS_BONUS * min(context.support.get(entry.geonameid, 0), _FOCUS_CAP)
    return score


def _near(key: str, entry: Entry, points: list[tuple[str, float, float]]) -> bool:
    if entry.lat is None or entry.lon is None:
        return False
    return any(
        other != key and km(entry.lat, entry.lon, lat, lon) < 200 for other, lat, lon in points
    )


def _best(key: str, options: list[tuple[Entry, int]], hint: _Hints, context: _Context) -> Entry:
    def rank(option: tuple[Entry, int]) -> tuple[float, int]:
        return (_score(key, option[0], option[1], hint, context), -option[0].geonameid)

    return max(options, key=rank)[0]


def _one_sense(mentions: list[Mention], chosen: list[Entry | None]) -> list[Entry | None]:
    """Every mention of a name gets the sense most of its mentions got."""
    votes: dict[str, Counter[int]] = {}
    entries: dict[int, Entry] = {}
    for mention, entry in zip(mentions, chosen, strict=True):
        if entry:
            votes.setdefault(normalise(mention.text), Counter())[entry.geonameid] += 1
            entries[entry.geonameid] = entry
    result: list[Entry | None] = []
    for mention, entry in zip(mentions, chosen, strict=True):
        counter = votes.get(normalise(mention.text))
        if entry and counter and counter[entry.geonameid] * 2 <= sum(counter.values()):
            result.append(entries[counter.most_common(1)[0][0]])  # a minority sense yields
        else:
            result.append(entry)
    return result


def _place(mention: Mention, entry: Entry | None, *, site: bool = False) -> Place:
    """The record; a ``site`` (airport, jail, park of a town) is resolution 5, sub-city."""
    if entry is None:
        return Place(text=mention.text, start=mention.start, end=mention.end)
    return Place(
        text=mention.text, start=mention.start, end=mention.end, name=entry.name,
        country=entry.country, lat=entry.lat, lon=entry.lon,
        geonameid=entry.geonameid if entry.geonameid > 0 else None,  # derived regions: none
        feature_code=entry.feature_code, resolution=5 if site else entry.resolution,
        admin1=entry.admin1_name, population=entry.population or None,
    )  # fmt: skip


def event_location(
    candidate: EventCandidate, places: Sequence[Place], *, text: str
) -> Place | None:
    """Where the event happened: a resolved toponym of its own clause, else the dateline."""
    for mention in candidate.places:
        for place in places:
            if place.start < mention.end and mention.start < place.end and place.lat is not None:
                return place
    return dateline(places, text=text)


def dateline(places: Sequence[Place], *, text: str) -> Place | None:
    """The resolved place of a dateline opening the text ("BAGHDAD (Reuters) -")."""
    span = dateline_span(text)
    if span is None:
        return None
    start, end = span
    for place in places:
        if place.start < end and start < place.end and place.lat is not None:
            return place
    return None


def dateline_span(text: str) -> tuple[int, int] | None:
    """Offsets of the capitalised place name of an opening dateline, if any."""
    match = _DATELINE.match(text)
    if not match:
        return None
    start, end = match.span(1)
    end = start + len(text[start:end].rstrip(" ,."))
    return (start, end) if end > start else None
