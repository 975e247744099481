"""Undated history: an act placed in a named past era or war ("fought in the Spanish civil
war", "during the cold war"), in a past decade ("in the 1930s"), or at a former time
("the group once controlled the town"), or in a thing of a past year ("in its 2014
offensive") is historical without a date
(docs/codebook.md, Modality)."""

from __future__ import annotations

import re

from spacy.tokens import Token

from sitroom.extract.agents import is_word
from sitroom.extract.clauses import YEAR, is_year
from sitroom.extract.lexicon import modality
from sitroom.extract.modality_states import used_to
from sitroom.extract.phrases import doc_text
from sitroom.extract.triggers import Match
from sitroom.model import Mention

# Years before the latest year of the document by at least this much are history.
HISTORICAL_GAP = 2
DECADE = re.compile(r"^(1[89]\d0|20[0-2]0)s$")
DETERMINERS = frozenset({"the", "a", "an", "this", "that"})
YEAR_MODIFIERS = frozenset({"compound", "nummod", "amod", "npadvmod", "nmod"})
# "the past two years", "the last few decades": a window of several years up to now.
LONG_WINDOW = re.compile(
    r"^the (?:past|last|previous) (?:\d+|two|three|four|five|six|seven|eight|nine|ten|few|"
    r"several|couple of) (?:years|decades)$",
    re.I,
)
TALLY_MIN = 100
TALLY_WORDS = frozenset({"hundreds", "thousands", "millions", "dozens", "scores"})
CLAUSAL = frozenset({"relcl", "acl", "prep", "appos", "advcl", "punct", "cc", "conj"})


def dated(times: tuple[Mention, ...], latest_year: int | None) -> str | None:
    """A year of the event's own time expressions well before the document's latest one."""
    if latest_year is None:
        return None
    for mention in times:
        years = [int(y) for y in YEAR.findall(mention.text)]
        if years and max(years) <= latest_year - HISTORICAL_GAP:
            return f"historical: '{mention.text}' is well before {latest_year}"
    return None


def reaching_back(match: Match, times: tuple[Mention, ...]) -> str | None:
    """ "have been killed in the past two years": an act placed in a window of several years
    up to now is background of those years, not news of the day (a week-long window is
    dated instead, resolve/time_context.py). Not an act that goes on ("has been fighting
    for the past two years") nor a series "over" the window."""
    doc = match.token.doc
    if match.frame.tag_ == "VBG" or _tally(match.frame):
        return None
    for mention in times:
        if not LONG_WINDOW.match(" ".join(mention.text.split())):
            continue
        before = _word_before(doc_text(doc), mention.start)
        if before.lower() in {"in", "during", "within"}:
            return f"historical: '{before} {mention.text}' reaches back years"
    return None


def _word_before(text: str, end: int) -> str:
    """The last whitespace-separated word of ``text[:end]`` (``text[:end].split()[-1]``, or
    ""), read back from ``end`` instead of splitting the whole document before it."""
    stop = min(end, len(text))
    while stop > 0 and text[stop - 1].isspace():
        stop -= 1
    start = stop
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return text[start:stop]


def _tally(verb: Token) -> bool:
    """ "has shot more than 9,000 militants over three years": a count of hundreds
    or more is a series running up to now, not one old act."""
    for arg in verb.children:
        if arg.dep_ not in {"dobj", "nsubjpass", "nsubj"}:
            continue
        for token in arg.subtree:
            if token.lower_ in TALLY_WORDS:
                return True
            digits = token.text.replace(",", "")
            if token.like_num and digits.isdigit() and int(digits) >= TALLY_MIN:
                return True
    return False


def undated(match: Match, chain: list[Token], latest_year: int | None, gap: int) -> str | None:
    """The era, decade or "once" that places the event in the past, if any."""
    own = [match.token] if match.frame.i == match.token.i else [match.token, match.frame]
    for token in (*own, *chain[:1]):
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ in modality().era_preps:
                era = _era(prep, latest_year, gap)
                if era:
                    return f"historical: placed in {era}"
        former = _former(token)
        if former is not None:
            return f"historical: '{former.text} {token.text}', a former time"
    used = next((t for t in (match.frame, *match.frame.ancestors) if used_to(t)), None)
    if used is not None:
        # "we used to have a regime that detained people": a former state of affairs.
        return f"historical: '{used.head.text} to {used.text}', a former time"
    for clause in (match.frame, *match.frame.ancestors):
        # "the 1990s, when Ankara was at war with a movement calling for ...": an event
        # inside a relative clause on a past era, decade or year is told of that time.
        era = _past_noun(clause.head, latest_year, gap) if clause.dep_ == "relcl" else None
        if era:
            return f"historical: told of {era}"
    return None


def _era(prep: Token, latest_year: int | None, gap: int) -> str | None:
    for obj in (c for c in prep.children if c.dep_ == "pobj"):
        if is_word(obj, modality().era_frame_nouns):
            of = [p for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"]
            objs = [o for p in of for o in p.children if o.dep_ == "pobj"]
        else:
            objs = [obj]
        era = next((e for e in (_past_noun(n, latest_year, gap) for n in objs) if e), None)
        if era:
            return era
    return None


def _past_noun(noun: Token, latest_year: int | None, gap: int) -> str | None:
    """ "the Spanish civil war" (a named era), "the 1930s" (a decade that ended well before
    the document's latest year), "2003" (such a year), by the noun phrase without its
    clauses and prepositional phrases."""
    outside = {t.i for c in noun.children if c.dep_ in CLAUSAL for t in c.subtree}
    words = [t.lower_ for t in noun.subtree if not t.is_punct and t.i not in outside]
    while words and words[0] in DETERMINERS:
        words = words[1:]
    phrase = " ".join(words)
    if any(_has(phrase, era) for era in modality().historical_eras):
        return f"'{phrase}', a past era"
    if latest_year is None:
        return None
    decade = next((DECADE.match(w) for w in words if DECADE.match(w)), None)
    if decade and int(decade.group(1)) + 9 <= latest_year - gap:
        return f"'{phrase}', a past decade"  # "the 1930s" counts up to 1939
    if is_year(noun) and int(noun.text) <= latest_year - gap:
        return f"'{phrase}', a past year"
    # "in its 2014 offensive": a year modifying the noun dates the thing the noun names, so
    # an act placed in it is of that year (the resolver does not date the verb by it).
    if not is_year(noun) and any(
        c.dep_ in YEAR_MODIFIERS and is_year(c) and int(c.text) <= latest_year - gap
        for c in noun.children
    ):
        return f"'{phrase}', of a past year"
    return None


def _has(phrase: str, era: str) -> bool:
    """Does ``phrase`` name ``era`` ("the first world war", not "a cold warrior")?"""
    return re.search(rf"(?:^| ){re.escape(era)}(?:$| )", phrase) is not None


def _former(verb: Token) -> Token | None:
    """ "the group once controlled", "that had formerly served": a pre-verbal "once" or
    "formerly" after the subject on a past verb; not "at once", "once again", nor the
    conjunction "once they withdrew"."""
    if verb.tag_ not in {"VBD", "VBN"}:
        return None
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    doc = verb.doc
    for adverb in verb.children:
        if adverb.dep_ != "advmod" or adverb.lower_ not in modality().former_adverbs:
            continue
        before = doc[adverb.i - 1].lower_ if adverb.i > 0 else ""
        after = doc[adverb.i + 1].lower_ if adverb.i + 1 < len(doc) else ""
        if before in {"at", "never", "not"} or after in {"again", "more", "and"}:
            continue  # "at once", "never once", "once again", "once and for all"
        if adverb.i < verb.i and any(s.i < adverb.i for s in subjects):
            return adverb
    return None
