"""Toponym recognition: NER GPE/LOC/FAC candidates, cleaned, plus gazetteer-backed recovery.

NER misses many toponyms in local news: "Texas" tagged ORG, "Gainesville" tagged PERSON,
"Alexandria" inside "Alexandria Police Department", a second mention left untagged. We
recover them with two document-level rules that need evidence, not just a name match:
a span the NER already called a place elsewhere in the document ("one sense per
discourse"), or a country/ADM1 name at the head of an organisation ("Iraq's Defense
Ministry", "Texas Department of ..."), or a division named with its kind word ("Butler
County Sheriff's Office"). A name coordinated with a place is one (``place_lists``); a
town heading a local institution ("Gainesville Police") is a weak mention, kept only if
the other places agree. Demonyms ("Iraqi") are never places.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

from sitroom.model import Annotations, Mention
from sitroom.resolve.gazetteer import MAIN, Gazetteer, normalise
from sitroom.resolve.place_lists import coordinated
from sitroom.resolve.place_lookups import PlaceLookups

_LEADING = re.compile(r"^(?:the|The|THE)\s+")
_TRAILING = re.compile(r"(?:['’]s|['’]|[,;:])$")  # a final "." belongs to "Ga.", "D.C."
_STRONG = frozenset({"PCLI", "ADM1"})
_HOSTS = frozenset({"ORG", "FAC", "EVENT", "LOC", "GPE"})  # entities a toponym may sit in


def trim(text: str, mention: Mention) -> Mention | None:
    """Drop a leading article and a trailing possessive; None when nothing is left."""
    surface = text[mention.start : mention.end]
    start, end = mention.start, mention.end
    lead = _LEADING.match(surface)
    if lead:
        start += lead.end()
    tail = _TRAILING.search(text[start:end])
    if tail:
        end = start + tail.start()
    if end <= start:
        return None
    return Mention(text[start:end], start, end, mention.label)


def is_place_like(surface: str, lookups: PlaceLookups) -> bool:
    """Capitalised, not a demonym, not a bare compass word, not a bare number."""
    key = normalise(surface)
    if not surface[:1].isupper() or key in lookups.demonyms or key in lookups.not_alone:
        return False
    return any(char.isalpha() for char in surface)


def strong_name(surface: str, gazetteer: Gazetteer, lookups: PlaceLookups) -> bool:
    """A country or first-level division called by its main name or a listed alias."""
    key = normalise(surface)
    if key in lookups.aliases:
        return True
    if key in lookups.qualifiers:
        return False  # "Central", "Western": divisions of some country, but mostly words
    return any(
        kind == MAIN and entry.feature_code in _STRONG for entry, kind in gazetteer.lookup(surface)
    )


def named_division(surface: str, gazetteer: Gazetteer, lookups: PlaceLookups) -> bool:
    """A division called by its name and its kind word: "Butler County", "Kanawha County".

    The kind word says what the name is, so it is a place even at the head of an
    organisation ("Butler County Sheriff's Office") and even when it is no big one.
    """
    words = normalise(surface).split()
    if len(words) < 2 or words[-1] not in lookups.kind_words:
        return False
    kind = lookups.kind_words[words[-1]]
    return any(
        entry_kind == MAIN and entry.feature_code == kind
        for entry, entry_kind in gazetteer.lookup(surface)
    )


def recognise(
    text: str, annotations: Annotations, gazetteer: Gazetteer, lookups: PlaceLookups
) -> tuple[list[Mention], list[Mention]]:
    """Toponym mentions of one document, in text order, without overlaps, and weak ones.

    Weak mentions are whole ORG/PERSON spans that are a town's name ("Gainesville"
    tagged PERSON): the caller keeps them only if the document's other places agree.
    """
    found: list[Mention] = []
    for raw in annotations.toponyms:
        mention = trim(text, raw)
        if mention and is_place_like(mention.text, lookups):
            found.append(_completed(text, mention, gazetteer, lookups))
    known = {
        mention.text
        for mention in found
        if gazetteer.lookup(mention.text) or normalise(mention.text) in lookups.aliases
    }
    hosts = [ent for ent in annotations.entities if ent.label in _HOSTS]
    for ent in hosts:
        if normalise(ent.text).split()[-1:] and normalise(ent.text).split()[-1] in lookups.outlets:
            continue  # "The New York Times" is a newspaper, not a place
        for surface, offset in _heads(ent.text):
            if (
                surface in known
                or strong_name(surface, gazetteer, lookups)
                or named_division(surface, gazetteer, lookups)
            ):
                found.append(
                    Mention(surface, ent.start + offset, ent.start + offset + len(surface))
                )
                break
    for ent in annotations.entities:
        # A PERSON/NORP span that is exactly a known place name of this document.
        if ent.label == "PERSON" and ent.text in known:
            found.append(Mention(ent.text, ent.start, ent.end))
    found.extend(_repeats(text, known, annotations, found))
    found.extend(_untagged(text, annotations, gazetteer, lookups))
    kept = _without_overlaps(found)
    people = [
        Mention(ent.text, ent.start, ent.end, ent.label)
        for ent in annotations.entities
        if ent.label == "PERSON"
    ]
    kept = _without_overlaps(kept + coordinated(text, kept, people, gazetteer, lookups))
    surnames = {
        word
        for ent in annotations.entities
        if ent.label == "PERSON"
        for word in ent.text.split()[1:]
    }
    weak = [
        Mention(ent.text, ent.start, ent.end)
        for ent in annotations.entities
        if ent.label in {"ORG", "PERSON"}
        and is_place_like(ent.text, lookups)
        and not (ent.label == "PERSON" and ent.text in surnames)  # "Clinton" of "Bill Clinton"
        and any(kind == MAIN for _, kind in gazetteer.lookup(ent.text))
        and not any(ent.start < other.end and other.start < ent.end for other in kept)
    ]
    weak += _organisation_heads(annotations, gazetteer, lookups, [*kept, *weak])
    residents = [mention for mention in weak if _names_residents(text, mention, lookups)]
    if residents:
        kept = sorted([*kept, *residents], key=lambda mention: mention.start)
        weak = [mention for mention in weak if mention not in residents]
    return kept, weak


_RESIDENT = re.compile(r"(?:[ \t]+([a-z]+)|-(based)\b)")


def _names_residents(text: str, mention: Mention, lookups: PlaceLookups) -> bool:
    """A name used of where people live or a firm sits: "a Columbia woman", "three
    Gainesville residents", "a Columbia-based firm". Only a place is used so."""
    after = _RESIDENT.match(text, mention.end)
    return after is not None and (after.group(1) or after.group(2)) in lookups.residents


def _organisation_heads(
    annotations: Annotations, gazetteer: Gazetteer, lookups: PlaceLookups, taken: list[Mention]
) -> list[Mention]:
    """Town names a local institution is named after: "Gainesville" of "Gainesville Police".

    Only before a word of local government ("Police", "City Council", "Township"), which
    says the name is the town it serves; schools, firms and newspapers are often named
    after people or places elsewhere. As for a whole ORG span, such a head is only a weak
    mention, kept when the document's other places agree.
    """
    found: list[Mention] = []
    for ent in annotations.entities:
        words = normalise(ent.text).split()
        if ent.label != "ORG" or len(words) < 2 or words[-1] in lookups.outlets:
            continue
        if any(ent.start < other.end and other.start < ent.end for other in taken):
            continue
        for surface, offset in _heads(ent.text):
            if surface == ent.text or not is_place_like(surface, lookups):
                continue
            after = normalise(ent.text[offset + len(surface) :]).split()[:1]
            if (
                after
                and after[0] in lookups.institutions
                and any(kind == MAIN for _, kind in gazetteer.lookup(surface))
            ):
                start = ent.start + offset
                found.append(Mention(surface, start, start + len(surface)))
                break
    return found


_NEXT_WORD = re.compile(r"(?:[ \t]+|-)([\w’']+)")


def _completed(text: str, mention: Mention, gazetteer: Gazetteer, lookups: PlaceLookups) -> Mention:
    """A span the NER cut short, completed to the country or division it begins.

    "Democratic Republic (of the)" before "Congo", "Guinea" before "-Bissau": the longest
    run of up to three following words that makes a strong name.
    """
    ends: list[int] = []
    cursor = mention.end
    while len(ends) < 3 and (word := _NEXT_WORD.match(text, cursor)):
        cursor = word.end()
        ends.append(cursor)
    for end in reversed(ends):
        if strong_name(text[mention.start : end], gazetteer, lookups):
            return Mention(text[mention.start : end], mention.start, end, mention.label)
    return mention


def _heads(entity_text: str) -> Iterable[tuple[str, int]]:
    """Candidate toponyms inside an entity: leading word runs, then what follows "of"."""
    lead = _LEADING.match(entity_text)  # "The Indiana State Police"
    skip = lead.end() if lead else 0
    words = [(match.group(), match.start()) for match in re.finditer(r"\S+", entity_text)]
    words = [(word, start) for word, start in words if start >= skip]
    for size in range(min(len(words), 4), 0, -1):
        last, last_start = words[size - 1]
        end = last_start + len(last)
        surface = entity_text[skip:end]
        cleaned = _TRAILING.sub("", surface)
        if cleaned:
            yield cleaned, skip
    of = re.search(r"\bof (?:the )?", entity_text)
    if of:
        tail = _TRAILING.sub("", entity_text[of.end() :])
        if tail:
            yield tail, of.end()


def _repeats(
    text: str, known: Collection[str], annotations: Annotations, found: list[Mention]
) -> list[Mention]:
    """Other occurrences of names the NER tagged as places here (also in capitals)."""
    people = [ent for ent in annotations.entities if ent.label in {"PERSON", "NORP"}]
    taken = [(mention.start, mention.end) for mention in found]
    extra: list[Mention] = []
    # Longest names first, in a fixed order: "Guantanamo Bay" must take its span before
    # "Guantanamo" does, whatever the set's (hash-seeded) iteration order.
    for surface in sorted(known, key=lambda name: (-len(name), name)):
        if len(surface) < 3:
            continue
        for variant in dict.fromkeys((surface, surface.upper())):
            pattern = re.compile(rf"(?<![\w.]){re.escape(variant)}(?![\w-])")
            for match in pattern.finditer(text):
                start, end = match.span()
                if any(start < b and a < end for a, b in taken):
                    continue
                if any(start < ent.end and ent.start < end for ent in people):
                    continue  # "Paris Hilton", "Georgian"
                extra.append(Mention(text[start:end], start, end))
                taken.append((start, end))
    return extra


_CAPITALISED = re.compile(r"[A-Z][\w’'-]*\.?(?:[ \t]+[A-Z][\w’'-]*\.?){0,3}")
_BIG_CITY = 1_000_000


def _untagged(
    text: str, annotations: Annotations, gazetteer: Gazetteer, lookups: PlaceLookups
) -> list[Mention]:
    """Capitalised names outside every entity that can only be big places.

    The small NER model misses "Türkiye" or "Aleppo" in some sentences; a country,
    first-level division or city of a million by its main name is safe to take.
    """
    extra: list[Mention] = []
    for run in _CAPITALISED.finditer(text):
        if any(run.start() < ent.end and ent.start < run.end() for ent in annotations.entities):
            continue
        words = [(word.start(), word.end()) for word in re.finditer(r"\S+", run.group())]
        for size in range(len(words), 0, -1):
            start, end = run.start() + words[0][0], run.start() + words[size - 1][1]
            surface = _TRAILING.sub("", text[start:end]).rstrip(".")
            if surface and is_place_like(surface, lookups) and _big(surface, gazetteer, lookups):
                extra.append(Mention(surface, start, start + len(surface)))
                break
    return extra


def _big(surface: str, gazetteer: Gazetteer, lookups: PlaceLookups) -> bool:
    if normalise(surface) in lookups.aliases:
        return True
    if normalise(surface) in lookups.qualifiers:
        return False  # "Central" of "Central Java": some country's division, but a word
    return gazetteer.names_big_place(surface, _BIG_CITY)


def _without_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Keep the first of overlapping mentions (NER ones come first), then sort."""
    kept: list[Mention] = []
    for mention in mentions:
        if not any(mention.start < other.end and other.start < mention.end for other in kept):
            kept.append(mention)
    return sorted(kept, key=lambda mention: mention.start)
