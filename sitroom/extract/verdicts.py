"""Judicial acts: a verdict pronounced or pleaded, and a doer that is a court.

"the jury found him guilty", "was found guilty of fraud" pronounce a conviction;
"pleaded not guilty / innocent" rebuts the charge. The verdict adjective hangs on the
verb as a predicative ("was found *guilty*") or as a small clause ("found *the mayor
guilty*"); "not" on it turns guilt into innocence.
"""

from __future__ import annotations

from typing import Literal

from spacy.tokens import Token

from sitroom.extract.clauses import lemma
from sitroom.extract.lexicon_speech import evaluation
from sitroom.extract.patterns import Pattern
from sitroom.extract.senses import doers

Verdict = Literal["guilty", "innocent"]
PREDICATIVES = frozenset({"oprd", "acomp", "ccomp", "xcomp"})
GUILTY = frozenset({"guilty"})
INNOCENT = frozenset({"innocent", "blameless"})


def verdict_word(token: Token, verdict: Verdict) -> Token | None:
    """The predicative adjective stating ``verdict`` on ``token``, if any."""
    for child in token.children:
        if child.dep_ not in PREDICATIVES or child.lower_ not in GUILTY | INNOCENT:
            continue
        denied = any(c.dep_ == "neg" for c in child.children)
        guilty = child.lower_ in GUILTY and not denied
        if guilty == (verdict == "guilty"):
            return child
    return None


def judicial_doer(token: Token) -> bool:
    """The doer phrase names a court or a (quasi-)judicial body ("the High Court", "the
    appeal judges", "the tribunal"); "the minister dismissed the appeal" is no ruling."""
    judicial = evaluation().judicial
    return any(lemma(t) in judicial for doer in doers(token) for t in doer.subtree)


def judicial_fit(pattern: Pattern, token: Token) -> tuple[Token, ...] | None:
    """The verdict word to add to the trigger when ``pattern``'s judicial keys hold, else
    ``None``: "pleaded guilty" admits, "found not guilty" acquits, and "the minister
    dismissed the appeal" rules on nothing."""
    word = verdict_word(token, pattern.verdict) if pattern.verdict is not None else None
    if pattern.verdict is not None and word is None:
        return None
    if pattern.judicial_doer and not judicial_doer(token):
        return None
    return (word,) if word is not None else ()
