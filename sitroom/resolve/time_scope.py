"""Which time expressions of a sentence belong to an event's own clause (rules: ``time.yml``).

A time expression dates an event only as an adverbial of the trigger's own clause or as a
modifier of the trigger noun itself. ``foreign`` holds the checks for every expression,
also one the coder attached (the parse may hang a noun-phrase modifier or a second
conjunct's time on the trigger):

- a modifier inside another noun phrase ("refused to extradite plotters of the 2016 coup":
  the year dates the coup, not the refusal), unless it modifies the trigger noun ("the 2003
  invasion", "last week's raid") or the noun phrase is the clause's time frame ("during the
  2014 offensive");
- a "since" phrase: the start of an ongoing act ("has shelled the town since 2014"), no
  point in time;
- a coordinated clause with its own auxiliary ("won in 2015 and is now assured of ...");
- a comparison phrase ("Like the town in 1993, the valley is besieged"): another case.

``same_clause`` adds the clause breaks checked for the expressions the coder did not attach.
"""

from __future__ import annotations

import re

from sitroom.model import EventCandidate, Mention, Span
from sitroom.resolve.time_lookups import TimeRules

# A quoted phrase closed within a stretch of text ("was “concerned” about") breaks no clause.
_QUOTED = re.compile(r"“[^“”]*”|\"[^\"]*\"")
_POSSESSIVE = re.compile(r"['’]s\b")
_NEXT_WORD = re.compile(r"\s+([\w-]+)")
_STRETCH_BREAK = re.compile(r"[,;:()\u2013\u2014]")
_WINDOW = 40  # characters looked at on either side of an expression


def foreign(
    text: str, candidate: EventCandidate, start: int, end: int, rules: TimeRules
) -> str | None:
    """Why the expression at ``start:end`` cannot date the candidate's event, or None."""
    sentence, trigger = candidate.sentence, candidate.trigger
    if text[start:end].endswith(("'s", "’s")):
        end -= 2  # a mention may keep the possessive ("last week's")
    if _heads(text, trigger, end, rules):
        return None  # "the 2003 invasion": the expression is the trigger noun's own
    if _np_modifier(text, sentence, start, end, rules):
        return f"'{text[start:end]}' modifies another noun"
    if _since(text, sentence, trigger, start, rules):
        return f"'{text[start:end]}' starts an ongoing act (since)"
    if _other_conjunct(text, candidate, start, end, rules):
        return f"'{text[start:end]}' belongs to another conjunct"
    if _compared(text, sentence, trigger, start, rules):
        return f"'{text[start:end]}' dates a case compared with (like, as in)"
    return None


def _heads(text: str, trigger: Mention, end: int, rules: TimeRules) -> bool:
    """The trigger is the noun the expression stands before ("last Saturday's gas attack")."""
    if trigger.start < end:
        return False
    gap = _POSSESSIVE.sub(" ", text[end : trigger.start], count=1)
    if gap and not gap[0].isspace():
        return False
    words = gap.split()
    return (
        len(words) <= rules.np_head_words
        and all(re.fullmatch(r"[\w.-]+", word) for word in words)
        and not any(word.lower() in rules.np_not_head for word in words)
    )


def _np_modifier(text: str, sentence: Span, start: int, end: int, rules: TimeRules) -> bool:
    """The expression modifies a noun: a possessive ("Monday's talks") or prenominal ("the
    2016 coup", "current tensions") one, outside a time-frame preposition."""
    after = text[end : end + _WINDOW]
    before = text[max(sentence.start, start - _WINDOW) : start]
    if _POSSESSIVE.match(after):
        return True
    following = _NEXT_WORD.match(after)
    if following is None or following.group(1).lower() in rules.np_not_head:
        return False
    chunk = text[start:end]
    if chunk.lower() in rules.np_adjectives:
        return True
    return (
        rules.np_prenominal.fullmatch(chunk) is not None
        and rules.np_before.search(before) is not None
        and rules.np_frame.search(before) is None
    )


def _since(text: str, sentence: Span, trigger: Mention, start: int, rules: TimeRules) -> bool:
    """A "since" opens the comma-free stretch before the expression, and the trigger is not
    inside that since-phrase."""
    prefix = text[sentence.start : start]
    breaks = list(_STRETCH_BREAK.finditer(prefix))
    offset = breaks[-1].end() if breaks else 0
    cues = list(rules.since.finditer(prefix, offset))
    if not cues:
        return False
    cue = sentence.start + cues[-1].start()
    return not cue < trigger.start < start


def _compared(text: str, sentence: Span, trigger: Mention, start: int, rules: TimeRules) -> bool:
    """A comparison cue ("like", "as in") opens the comma-free stretch before the expression,
    and the trigger is not inside that comparison phrase."""
    prefix = text[sentence.start : start]
    breaks = list(_STRETCH_BREAK.finditer(prefix))
    offset = breaks[-1].start() if breaks else 0
    cue = rules.comparison.search(prefix[offset:])
    if cue is None:
        return False
    return not sentence.start + offset + cue.start() < trigger.start < start


def _other_conjunct(
    text: str, candidate: EventCandidate, start: int, end: int, rules: TimeRules
) -> bool:
    """A conjunct with its own auxiliary lies between the expression and the trigger; a
    sentence-initial expression frames every conjunct."""
    sentence, trigger = candidate.sentence, candidate.trigger
    if end <= trigger.start:
        if _fronted(text, sentence, start):
            return False
        between = text[end : trigger.start]
    else:
        between = text[trigger.end : start]
    return rules.conjunct_boundary.search(_QUOTED.sub(" ", between)) is not None


def _fronted(text: str, sentence: Span, start: int) -> bool:
    lead = text[sentence.start : start]
    return len(lead.split()) <= 1 and not re.search(r"[\"“”«»]", lead)


def same_clause(
    text: str, candidate: EventCandidate, start: int, end: int, rules: TimeRules
) -> bool:
    """No clause break lies between the expression at ``start:end`` and the trigger."""
    trigger = candidate.trigger
    if end <= trigger.start:
        between = _QUOTED.sub(" ", text[end : trigger.start])
        if _fronted(text, candidate.sentence, start):
            return not rules.fronted_boundary.search(between)  # "In 2014, after ..., X attacked"
        return not (
            rules.clause_boundary.search(between)
            or _insertion(text, candidate, start, between, rules)
        )
    between = _QUOTED.sub(" ", text[trigger.end : start])
    return not (rules.clause_boundary.search(between) or rules.subordinate_start.search(between))


def _insertion(
    text: str, candidate: EventCandidate, start: int, between: str, rules: TimeRules
) -> bool:
    """The expression sits in a comma-delimited clause between the subject and the trigger
    ("the envoy, who was freed last May, said")."""
    lead = text[candidate.sentence.start : start]
    opening = lead.rfind(",")
    if opening <= 0 or "," not in between:
        return False
    return rules.insertion_start.search(lead[opening:]) is not None
