"""Scraping debris: repeated blocks, junk lines, photo captions, dumps of several articles.

A text in which nothing is detected comes back unchanged, byte for byte, so
that offsets computed on it line up with the input. Otherwise it is rebuilt
from trimmed lines, paragraphs kept apart by one blank line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from enum import Enum

from sitroom.clean.rules import Rules
from sitroom.model import Caption

_SPACES = re.compile(r"\s+")
_SHARE_SPLIT = re.compile(r"[\s|/·•,;:\-–—]+")
_SENTENCE_END = ".,;:"
_QUOTES = "\"'”’»)"
_MAX_CAPTION_CHARS = 400  # a credit line after a longer block is not that block's credit
_FILLERS = frozenset({"on"})


class Kind(Enum):
    BLANK = "blank"
    DEBRIS = "debris"
    CREDIT = "credit"  # a credit alone on its line ("Photo: Jane Doe/Reuters")
    CAPTION = "caption"  # a line that ends with a credit
    TEXT = "text"


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the input: trimmed text, its offset in the input and what it is."""

    start: int
    text: str
    kind: Kind
    key: str = ""  # whitespace-collapsed text: what repeats is compared on this
    desc: str = ""  # caption text without its credit
    credit: str | None = None
    glued: bool = False  # credit glued to the sentence before it: "2024.(AP)"


@dataclass(frozen=True, slots=True)
class Piece:
    """One article body found in a text, before ids and dates."""

    text: str
    title: str | None
    captions: tuple[Caption, ...]
    changed: bool


def _collapse(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def _is_debris(text: str, rules: Rules) -> bool:
    if text.casefold() in rules.lines:
        return True
    if any(pattern.fullmatch(text) for pattern in rules.patterns):
        return True
    words = [word for word in _SHARE_SPLIT.split(text.casefold()) if word]
    return (
        0 < len(words) <= 8
        and all(word in rules.share_words for word in words)
        and any(word not in _FILLERS for word in words)
    )


def classify(text: str, start: int, rules: Rules) -> Line:
    """What one trimmed line is: blank, debris, a caption with its credit, or text."""
    if not text:
        return Line(start, text, Kind.BLANK)
    if _is_debris(text, rules):
        return Line(start, text, Kind.DEBRIS, key=_collapse(text))
    for pattern in rules.credits:
        found = pattern.search(text)
        if found is None:
            continue
        credit = _collapse(found["credit"])
        desc = text[: found.start()].rstrip()
        if not desc:
            return Line(start, text, Kind.CREDIT, key=_collapse(text), credit=credit)
        glued = not text[found.start() - 1].isspace()
        key = f"{_collapse(desc)}\x00{credit}"
        return Line(start, text, Kind.CAPTION, key=key, desc=desc, credit=credit, glued=glued)
    return Line(start, text, Kind.TEXT, key=_collapse(text))


def split_lines(text: str, rules: Rules) -> list[Line]:
    """Classify every ``\\n``-separated line, keeping its offset in ``text``."""
    lines: list[Line] = []
    position = 0
    for raw in text.split("\n"):
        trimmed = raw.strip()
        lead = len(raw) - len(raw.lstrip())
        lines.append(classify(trimmed, position + lead, rules))
        position += len(raw) + 1
    return lines


def _looks_like_headline(key: str, rules: Rules) -> bool:
    words = key.split()
    if not 3 <= len(words) <= rules.headline_max_words:
        return False
    return key.rstrip(_QUOTES)[-1:] not in _SENTENCE_END


def _prose(line: Line, rules: Rules) -> bool:
    """Whether ``line`` reads like a sentence rather than a short header."""
    if len(line.key) < rules.repeat_min_chars:
        return False
    sentence = line.key.rstrip(_QUOTES)[-1:] in ".!?"
    return sentence or len(line.key.split()) >= rules.repeat_min_words


def headline_starts(lines: Sequence[Line], rules: Rules) -> list[int]:
    """Indexes where an article starts: the first of a headline repeated nearby.

    Scrapers that dump pages back to back repeat each headline a few lines
    apart (page title, then article header) with only captions and debris in
    between; a body sentence, or a question in an interview, does not.
    """
    rank: dict[int, int] = {}
    seen: dict[str, list[int]] = {}
    counts: dict[str, int] = {}
    for index, line in enumerate(lines):
        if line.kind is Kind.BLANK:
            continue
        rank[index] = len(rank)
        counts[line.key] = counts.get(line.key, 0) + 1
        if line.kind is Kind.TEXT:
            seen.setdefault(line.key, []).append(index)
    starts = []
    for key, where in seen.items():
        if len(where) < 2 or not _looks_like_headline(key, rules):
            continue
        first, second = where[0], where[1]
        if rank[second] - rank[first] > rules.headline_window:
            continue
        if first > 0 and lines[first - 1].kind is not Kind.BLANK:
            continue  # a headline opens a block
        between = lines[first + 1 : second]
        if any(_prose(line, rules) and counts[line.key] == 1 for line in between):
            continue  # new prose between the two: the line is a recurring header, not a title
        starts.append(first)
    return sorted(starts)


def _keep(lines: Sequence[Line], drop: frozenset[str], rules: Rules) -> tuple[list[Line], bool]:
    """The lines of one article worth keeping, and whether anything was removed or fixed."""
    kept: list[Line] = []
    last: dict[str, int] = {}  # key -> rank (among non-blank lines) of its last occurrence
    rank = 0
    changed = False
    for line in lines:
        if line.kind is Kind.BLANK:
            kept.append(line)
            continue
        rank += 1
        if line.kind is Kind.DEBRIS or line.key in drop:
            changed = True
            continue
        if line.kind is Kind.CREDIT:
            changed = True
            above = kept[-1] if kept else None
            # A credit on its own line belongs to the caption just above it.
            if above and above.kind is Kind.TEXT and len(above.text) <= _MAX_CAPTION_CHARS:
                kept[-1] = replace(above, kind=Kind.CAPTION, desc=above.text, credit=line.credit)
            continue
        previous = last.get(line.key)
        last[line.key] = rank
        if previous is not None and (
            line.kind is Kind.CAPTION
            or (rank - previous <= rules.repeat_window and _prose(line, rules))
        ):
            changed = True
            continue
        changed = changed or line.glued
        kept.append(line)
    return kept, changed


def _render(lines: Sequence[Line]) -> tuple[str, tuple[Caption, ...]]:
    """Join kept lines; a run of blank lines becomes one paragraph break."""
    parts: list[str] = []
    captions: list[Caption] = []
    position = 0
    blank = False
    for line in lines:
        if line.kind is Kind.BLANK:
            blank = bool(parts)
            continue
        if parts:
            separator = "\n\n" if blank else "\n"
            parts.append(separator)
            position += len(separator)
        blank = False
        text = line.text
        if line.kind is Kind.CAPTION:
            if line.glued:
                text = f"{line.desc} {text[len(line.desc) :].lstrip()}"
            captions.append(Caption(position, position + len(line.desc), line.credit))
        parts.append(text)
        position += len(text)
    return "".join(parts), tuple(captions)


Block = tuple[int, int, str | None]


def _blocks(lines: Sequence[Line], *, split: bool, rules: Rules) -> Iterator[Block]:
    """``(lo, hi, headline)`` line ranges of the articles in the text."""
    starts = headline_starts(lines, rules)
    content = [i for i, line in enumerate(lines) if line.kind in (Kind.TEXT, Kind.CAPTION)]
    if not split:
        opens = bool(starts) and bool(content) and starts[0] == content[0]
        yield 0, len(lines), lines[starts[0]].text if opens else None
        return
    bounds = [*starts, len(lines)]
    if not starts or any(lo < starts[0] for lo in content):
        yield 0, bounds[0], None  # text before the first headline
    for lo, hi in zip(starts, bounds[1:], strict=True):
        yield lo, hi, lines[lo].text


def scrub(text: str, *, rules: Rules, split: bool = False, title: str | None = None) -> list[Piece]:
    """The article bodies in ``text``, debris removed; ``split`` cuts a dump into articles.

    ``title`` is the headline given with the text: lines equal to it are
    removed from the body. Pieces may be empty; the caller decides what that means.
    """
    lines = split_lines(text, rules)
    given = _collapse(title) if title else None
    pieces: list[tuple[list[Line], str | None, bool]] = []
    for lo, hi, headline in _blocks(lines, split=split, rules=rules):
        drop = frozenset(key for key in (given, headline and _collapse(headline)) if key)
        kept, changed = _keep(lines[lo:hi], drop, rules)
        pieces.append((kept, headline, changed))
    if len(pieces) == 1 and not pieces[0][2]:
        kept, headline, _ = pieces[0]
        captions = tuple(
            Caption(line.start, line.start + len(line.desc), line.credit)
            for line in kept
            if line.kind is Kind.CAPTION
        )
        return [Piece(text, headline, captions, changed=False)]
    result = []
    for kept, headline, _ in pieces:
        body, captions = _render(kept)
        result.append(Piece(body, headline, captions, changed=True))
    return result
