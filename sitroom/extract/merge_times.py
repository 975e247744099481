"""When and where two mentions happen, as far as ``merge`` needs it: times that say two acts.

Across sentences news restates one event with other time words ("on Wednesday night"), so
only contradicting years or calendar days, differing places taken (across sentences),
differing times within one sentence, or a year named by one distant sentence only (not a
deadline: "until 2030") keep two
mentions apart (docs/codebook.md, One event, several mentions). A distant report set at
other places is ``merge_recounted.placed_apart``.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from sitroom.extract import restate
from sitroom.extract.clauses import YEAR
from sitroom.extract.merge_parties import FUNCTION_WORDS, WORD
from sitroom.extract.phrases import doc_text
from sitroom.model import EventCandidate, Mention

MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
DAY = r"(?:0?[1-9]|[12]\d|3[01])(?!\d)"
# "on 3 May", "May 19th": a calendar day, as precise as news dates an incident. Months are
# capitalised and days run to 31: "10 may have died", "in July 36 died" name no day.
CALENDAR_DAY = re.compile(
    rf"\b({DAY})(?:st|nd|rd|th)?\s+({MONTHS})\b|\b({MONTHS})\s+({DAY})(?:st|nd|rd|th)?\b"
)
# "to defer the vote until 31 May 2030": the end of a span that an unrealised verb (base
# form: infinitive, modal) sets is the content's time, not a year the act is set in, so it
# marks no background ("ruled until 2003" does).
DEADLINE_WORDS = frozenset({"until", "till"})
DEADLINE = re.compile(
    rf"\b(?:{'|'.join(sorted(DEADLINE_WORDS))})\s+"
    rf"(?:(?:{MONTHS}|\d{{1,2}}(?:st|nd|rd|th)?)\W+){{0,3}}\d{{4}}\b"
)
# A length of time ("lasted an hour", "for two days") says how long, not when.
DURATION = re.compile(
    r"^(?:for\s+)?(?:an?|one|two|three|several|few|many|\d+)\s+(?:hour|minute|day|week|month)s?$",
    re.IGNORECASE,
)


def words(mentions: tuple[Mention, ...]) -> frozenset[str]:
    """Content words of the mentions (participants, places, times)."""
    return frozenset(
        word.removesuffix("s")  # "missiles" and "the third missile" name the same party
        for m in mentions
        for word in WORD.findall(m.text.lower())
        if word not in FUNCTION_WORDS
    )


def years(candidate: EventCandidate) -> frozenset[str]:
    """Years of its time expressions and of the cue of its historical flag."""
    texts = [m.text for m in candidate.times]
    texts += [why for why in candidate.why if why.startswith("historical:")]
    return frozenset(year for text in texts for year in YEAR.findall(text))


def points(times: tuple[Mention, ...]) -> tuple[Mention, ...]:
    return tuple(m for m in times if not DURATION.match(m.text.strip()))


def times_differ(a: EventCandidate, b: EventCandidate) -> bool:
    """Both mentions have time expressions (not durations) and they share no word."""
    times_a, times_b = points(a.times), points(b.times)
    return bool(times_a and times_b and not words(times_a) & words(times_b))


def calendar_days(candidate: EventCandidate, doc: Doc | None) -> frozenset[tuple[str, str]]:
    """(day, month) its time expressions name; for a nominal trigger whose date hangs on
    the casualty verb ("30 died in shelling on 19 May"), those of its sentence."""
    texts = [m.text for m in candidate.times]
    if not texts and doc is not None:
        texts = [doc_text(doc)[candidate.sentence.start : candidate.sentence.end]]
    found = set()
    for text in texts:
        for match in CALENDAR_DAY.finditer(text):
            day, month = (match[1], match[2]) if match[1] else (match[4], match[3])
            found.add((str(int(day)), month.lower()))
    return frozenset(found)


def dated_apart(a: EventCandidate, b: EventCandidate, doc: Doc | None = None) -> bool:
    """Their times say two acts."""
    years_a, years_b = years(a), years(b)
    if years_a and years_b and not years_a & years_b:
        return True  # "invaded Iraq in 2003" and "liberated Kuwait in 1991": two acts
    days_a, days_b = calendar_days(a, doc), calendar_days(b, doc)
    if days_a and days_b and not days_a & days_b:
        return True  # "died in shelling on 3 May ... on 19 May": a list of incidents
    if doc is not None and a.sentence_index != b.sentence_index:
        # "retook Qaim. ... after losing Tikrit to the army": a place taken is
        # what a capture is; two places, two captures (within a sentence, "took X after
        # recapturing Y" tells the stages of one operation).
        taken_a, taken_b = restate.taken_places(doc, a), restate.taken_places(doc, b)
        if taken_a and taken_b and not taken_a & taken_b:
            return True
    # "which captured Mosul in 2017, attacked Raqqa last week": two dated acts (across
    # sentences, news restates one event with other time words: "on Wednesday night").
    return a.sentence_index == b.sentence_index and times_differ(a, b)


def year_apart(a: EventCandidate, b: EventCandidate, doc: Doc | None) -> bool:
    """More than a sentence apart, and only one of their sentences names a year."""
    if doc is None or abs(a.sentence_index - b.sentence_index) <= 1:
        return False
    return bool(_sentence_years(doc, a)) != bool(_sentence_years(doc, b))


def dated_later(a: EventCandidate, b: EventCandidate) -> bool:
    """The later of two mentions names a year of its own and the earlier none: background
    told after the news ("in 2016, when it sent troops to fight X"), not its restatement."""
    later, earlier = (a, b) if a.sentence_index > b.sentence_index else (b, a)
    return bool(years(later)) and not years(earlier)


def _sentence_years(doc: Doc, candidate: EventCandidate) -> list[str]:
    start, end = candidate.sentence.start, candidate.sentence.end
    text = doc_text(doc)[start:end]
    if not any(
        token.lower_ in DEADLINE_WORDS and token.head.tag_ == "VB"
        for token in doc.char_span(start, end, alignment_mode="expand") or ()
    ):
        return YEAR.findall(text)
    return YEAR.findall(DEADLINE.sub(" ", text))
