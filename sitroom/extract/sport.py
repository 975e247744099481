"""Sports reports (docs/codebook.md, "Sports reports"): results are not political events.

In a match report the contest verbs name results and play ("beat X by four wickets",
"shot a 67", "hit his shot wide"), a team's "visit" is an away match and country names
are team names, so they would read as interstate attacks and visits. A trigger with a
sports sense (``sport.yml`` ``contest_lemmas``) codes no event when the document is a sports
report (a sports-desk headline slug, or dense sports vocabulary) or when its own clause
holds sports evidence (a scoreline, "by four wickets"), unless a participant is political
or a security force ("police fired tear gas at fans after the match" stays).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from spacy.tokens import Doc, Token

from sitroom.extract.agents import forms
from sitroom.extract.lexicon import Words, _Lexicon, _load
from sitroom.extract.phrases import doc_text
from sitroom.extract.triggers import Match
from sitroom.model import Mention


class Sport(_Lexicon):
    """Word lists of ``lexicon/sport.yml``."""

    desk_slugs: Words  # "CRICKET - ...": a sports-desk headline
    strong_terms: Words  # "innings", "halftime", "birdie": sport alone
    weak_terms: Words  # "match", "title", "round": shared with other news
    min_points: float  # a sports document has this much evidence at least
    min_density: float  # ... and this much per ``per_tokens`` tokens
    per_tokens: int
    contest_lemmas: Words  # triggers with a sports sense ("beat", "visit", "back")
    political_nouns: Words  # "police", "troops", "minister": a political participant
    crowd_nouns: Words  # "fans": political only in violence
    crowd_types: Words


@functools.cache
def sport() -> Sport:
    return _load("sport.yml", Sport)


# Scorelines ("6-3", "2 - 1", "228-9"), not dates ("1996-08-30") or ages ("21-year-old").
SCORELINE = re.compile(r"(?<![\w.:/-])\d{1,3} ?- ?\d{1,3}(?![\w.:/-])")
# Golf scores against par: "nine-under-par", "a three-under 68", "15-under".
PAR = re.compile(
    r"\b(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"-(?:under|over)\b",
    re.IGNORECASE,
)
# Cricket margins: "by an innings", "by 107 runs", "by four wickets".
MARGIN = re.compile(r"\bby (?:an innings|\w+ (?:runs|wickets|strokes|shots))\b", re.IGNORECASE)
SLUG = re.compile(r"\A\s*([A-Za-z][A-Za-z0-9 /]{1,40}?)\s*[-:]")
CACHE_KEY = "sitroom.sport_report"


def _scores(text: str) -> int:
    return sum(len(p.findall(text)) for p in (SCORELINE, PAR, MARGIN))


def _points(tokens: Iterable[Token]) -> tuple[float, int]:
    """Sports evidence of ``tokens``: points (weak terms count half) and strong hits."""
    words = sport()
    points, strong = 0.0, 0
    for token in tokens:
        found = forms(token)
        if found & words.strong_terms:
            points, strong = points + 1, strong + 1
        elif found & words.weak_terms:
            points += 0.5
    return points, strong


def desk_slug(text: str) -> bool:
    """ "CRICKET - ...", "Soccer - ...", "Boxing-Bruno quits": a sports-desk headline."""
    first = text.lstrip().split("\n", 1)[0]
    found = SLUG.match(first)
    if found is None:
        return False
    words = re.split(r"[\s/]+", found.group(1).lower())
    slugs = sport().desk_slugs
    return any(" ".join(words[-n:]) in slugs for n in (1, 2, 3) if n <= len(words))


def sports_report(doc: Doc) -> bool:
    """Is ``doc`` a sports report (headline slug, or dense sports vocabulary)? Cached."""
    if CACHE_KEY not in doc.user_data:
        doc.user_data[CACHE_KEY] = _sports_report(doc)
    return bool(doc.user_data[CACHE_KEY])


def _sports_report(doc: Doc) -> bool:
    text = doc_text(doc)
    if desk_slug(text):
        return True
    words = sport()
    points = _points(doc)[0] + _scores(text)
    density = points * words.per_tokens / max(len(doc), 1)
    return points >= words.min_points and density >= words.min_density


def clause_tokens(match: Match) -> list[Token]:
    """The tokens of the trigger's own clause, without the trigger and its frame verb."""
    head = match.frame if match.frame.i != match.token.i else match.token
    return [t for t in head.subtree if t.i not in {match.token.i, match.frame.i}]


def sports_clause(match: Match) -> bool:
    """A scoreline, a margin or a word of sport alone in the trigger's own clause."""
    tokens = clause_tokens(match)
    if not tokens:
        return False
    span = match.token.doc[min(t.i for t in tokens) : max(t.i for t in tokens) + 1]
    return _points(tokens)[1] > 0 or _scores(span.text) > 0


def _political(match: Match, participants: Iterable[Mention]) -> bool:
    words = sport()
    found = {w.strip("'\".,") for m in participants for w in m.text.lower().split()}
    crowd = match.event_type.lower() in words.crowd_types and bool(found & words.crowd_nouns)
    return bool(found & words.political_nouns) or crowd


def non_event(
    match: Match, actors: tuple[Mention, ...], recipients: tuple[Mention, ...]
) -> str | None:
    """Why a contest verb is a sports result here, or ``None``."""
    if not forms(match.token) & sport().contest_lemmas:
        return None
    if _political(match, (*actors, *recipients)):
        return None
    if sports_report(match.token.doc):
        return "sports report: a contest verb with no political participant"
    if sports_clause(match):
        return "sports result: a score or sports term in the clause"
    return None
