"""Who speaks a quotation: the attribution written just outside its quotation marks.

A first-person pronoun inside quotation marks is the voice of whoever the report
attributes the quotation to, whatever reporting verbs the quotation itself holds ("the
commander insisted I fight", told by a captive: "I" is the captive). The attribution is
read from the text around the marks, not from the event's parse:

- before the opening mark, ending its clause: "The ministry said: “We ...", "the
  council's command wrote in a letter: “...";
- after the closing mark: "“We ...,” the ministry said", "“...,” said the minister";
- a quotation that goes on after its attribution ("“A,” she said. “B ...") or over a
  paragraph without a closing mark takes the speaker of the part before it.

Only a noun phrase or he/she/they is a speaker: "and told the minister: “..." names no
speaker in its clause, so nothing is inferred.
"""

from __future__ import annotations

import re

from sitroom.resolve.actor_kb import KnowledgeBase
from sitroom.resolve.actor_text import fold

_OPEN, _CLOSE = "“", "”"
_CLOSER = re.compile(r"”|’’|\"")
_BREAK = re.compile(r"[.!?\n“”\"]")
# A speaker ends at a clause boundary: ", seen by X, the command said:" -> "the command".
_CLAUSE = re.compile(r"[,;(]|\b(?:and|but|as|while|when|then)\s", re.IGNORECASE)
_WORD = re.compile(r"[\w’'\-.]+")
_DETERMINERS = frozenset({"the", "a", "an"})
PRONOUN_SPEAKERS = _PRONOUNS = frozenset({"he", "she", "they"})
_MAX_WORDS, _MAX_TAIL = 8, 5


def quotation(text: str, at: int, *, reach: int = 600) -> tuple[int, int | None] | None:
    """The opening mark of the quotation ``at`` is in, and its closing mark (None when the
    quotation runs on without one); None outside quotation marks."""
    base = max(0, at - reach)
    before = text[base:at]
    opener = before.rfind(_OPEN)
    if opener >= 0 and opener > before.rfind(_CLOSE):
        # Not the closing mark of a later quotation: a paragraph may leave its own open.
        limit = text.find(_OPEN, at, at + reach)
        closing = _CLOSER.search(text, at, limit if limit >= 0 else min(len(text), at + reach))
        return base + opener, closing.start() if closing else None
    mark = text.rfind('"', text.rfind("\n", 0, at) + 1, at)  # straight marks: own line only
    if mark < 0 or not _opens(text, mark):
        return None
    marks = (m.start() for m in re.compile('"').finditer(text, at))
    closer = next((m for m in marks if not _opens(text, m)), None)
    return mark, closer


def _opens(text: str, mark: int) -> bool:
    """Whether the straight mark at ``mark`` opens a quotation: it follows a space, a line
    start or an opening bracket and precedes a word. Read by direction, not by counting
    marks, as a paragraph of a quotation that runs on opens anew without closing the last
    ("... rises. "I have met ...")."""
    before = text[mark - 1] if mark > 0 else " "
    after = text[mark + 1] if mark + 1 < len(text) else " "
    return (before.isspace() or before in "([{-—–:") and not after.isspace()


def quoted(text: str, start: int, *, reach: int = 600) -> bool:
    """Whether ``start`` is inside quotation marks: curly quotes opened before it and not
    closed since (a quotation may run over sentences), or an odd number of straight
    quotes before it in its line."""
    return quotation(text, start, reach=reach) is not None


def _phrase(kb: KnowledgeBase, words: list[str], text: str, start: int) -> tuple[int, int] | None:
    """The speaker's span if ``words`` (text from ``start``) read as a noun phrase."""
    if not words or len(words) > _MAX_WORDS:
        return None
    first = fold(words[0])
    if len(words) == 1 and first in _PRONOUNS:
        return start, start + len(words[0])
    if first in kb.words["first_plural"] or first in kb.words["first_singular"]:
        return None
    if not (words[0][:1].isupper() or first in _DETERMINERS):
        return None
    if first in _PRONOUNS or first in {"it", "you", "this", "that", "there"}:
        return None
    end = text.find(words[-1], start) + len(words[-1])
    return start, end


def _before(kb: KnowledgeBase, text: str, opener: int) -> tuple[int, int] | None:
    """ "X said: “" / "X told reporters, “": X, when X opens the clause before the mark."""
    lo = max(0, opener - 300)
    lead = text[lo:opener]
    breaks = list(_BREAK.finditer(lead))
    lo += breaks[-1].end() if breaks else 0
    clause = text[lo:opener].rstrip()
    if not clause.endswith((":", ",")):
        return None
    cuts = list(_CLAUSE.finditer(clause[:-1]))
    offset = lo + (cuts[-1].end() if cuts else 0)
    words = list(_WORD.finditer(text, offset, opener - 1))
    verbs = [i for i, m in enumerate(words) if fold(m.group()) in kb.words["quote_verbs"]]
    if not verbs or len(words) - verbs[0] - 1 > _MAX_TAIL:
        return None
    subject = words[: verbs[0]]
    if subject and fold(subject[-1].group()).endswith("ly"):  # "the ministry reportedly said"
        subject = subject[:-1]
    if not subject:
        return None
    return _phrase(kb, [m.group() for m in subject], text, subject[0].start())


def _after(kb: KnowledgeBase, text: str, closer: int) -> tuple[int, int] | None:
    """ "”, the minister said" / "” said the minister." / "”, Ana Ruiz, a nurse, said": the
    speaker named after the mark (before an apposition's comma)."""
    mark = _CLOSER.match(text, closer)
    start = closer + (len(mark.group()) if mark else 1)
    tail = text[start : start + 200]
    stop = re.search(r"[.;:!?“”\"\n]", tail)
    end = start + (stop.start() if stop else len(tail))
    words = list(_WORD.finditer(text, start, end))
    verbs = [i for i, m in enumerate(words) if fold(m.group()) in kb.words["quote_verbs"]]
    if not verbs or verbs[0] > _MAX_WORDS * 2 or len(words) - verbs[0] - 1 > _MAX_TAIL:
        return None
    verb = verbs[0]
    subject = words[verb + 1 :] if verb == 0 else words[:verb]  # "said the minister"
    if subject and fold(subject[-1].group()).endswith("ly"):  # "Ana Ruiz reportedly told"
        subject = subject[:-1]
    comma = text.find(",", subject[0].start(), subject[-1].end()) if subject else -1
    if comma >= 0:  # the head before an apposition: "Ana Ruiz, a nurse, said"
        subject = [m for m in subject if m.end() <= comma]
    if not subject:
        return None
    return _phrase(kb, [m.group() for m in subject], text, subject[0].start())


def quote_speaker(
    kb: KnowledgeBase, text: str, at: int, *, depth: int = 2
) -> tuple[int, int] | None:
    """The span naming who speaks the quotation ``at`` is in, else None."""
    bounds = quotation(text, at)
    if bounds is None:
        return None
    opener, closer = bounds
    found = _before(kb, text, opener)
    if found is None and closer is not None:
        found = _after(kb, text, closer)
    if found is not None or depth == 0:
        return found
    if text[opener] != _OPEN:
        return _resumed_straight(kb, text, opener, depth)
    # A quotation resumed: after "“A,” she said. " or a paragraph left open ("“A ... “B").
    before = text[max(0, opener - 300) : opener]
    last_open, last_close = before.rfind(_OPEN), before.rfind(_CLOSE)
    if last_open > last_close:
        return quote_speaker(kb, text, opener - len(before) + last_open + 1, depth=depth - 1)
    gap = before[last_close + 1 :] if last_close >= 0 else ""
    if last_close >= 0 and len(re.findall(r"[.!?](?:\s|$)", gap)) <= 1:  # one sentence between
        resumed = _after(kb, text, opener - len(before) + last_close)
        if resumed is not None and resumed[1] < opener:
            return resumed
    return None


def _resumed_straight(
    kb: KnowledgeBase, text: str, opener: int, depth: int
) -> tuple[int, int] | None:
    """The speaker of a straight-quoted paragraph that resumes a quotation: the one left
    open before it in its line ("X said: "A ... "B"), or closed just before it with its
    attribution (""A," she said. "B")."""
    last = text.rfind('"', text.rfind("\n", 0, opener) + 1, opener)
    if last < 0:
        return None
    if _opens(text, last):
        return quote_speaker(kb, text, last + 1, depth=depth - 1)
    ends = list(re.finditer(r"[.!?](?:\s|$)", text[last + 1 : opener]))
    if len(ends) != 1 or text[last + 1 + ends[0].end() : opener].strip():
        return None  # only the attribution's own sentence between: "A," she said. "B
    resumed = _after(kb, text, last)
    return resumed if resumed is not None and resumed[1] < opener else None
