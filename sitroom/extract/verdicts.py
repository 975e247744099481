"""Judicial acts: a verdict pronounced or pleaded, and a doer that is a court.

"the jury found him guilty", "was found guilty of fraud" pronounce a conviction;
"pleaded not guilty / innocent" rebuts the charge. The verdict adjective hangs on the
verb as a predicative ("was found *guilty*") or as a small clause ("found *the mayor
guilty*"); "not" on it turns guilt into innocence.
"""

from __future__ import annotations

from typing import Literal

from spacy.tokens import Token

from sitroom.extract.clauses import IN, OF, WITH, lemma, prep_objects
from sitroom.extract.lexicon_speech import evaluation
from sitroom.extract.patterns import Pattern
from sitroom.extract.senses import doers

Verdict = Literal["guilty", "innocent"]
FINDINGS = frozenset({"ccomp", "xcomp", "oprd", "dobj", "acomp"})
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


def _norm(token: Token) -> bool:
    norms = evaluation().norms
    return lemma(token) in norms or token.lower_ in norms


def _denied(word: Token) -> bool:
    return any(c.dep_ == "neg" for c in (*word.children, *word.head.children))


def finds_unlawful(ruling: Token) -> bool:
    """A ruling's complement states an unlawful act without naming its author: "ruled it
    illegal", "ruled that the men were held in breach of the law", "ruled that detaining
    them breaks the convention", "said the rules were incompatible with human rights law".
    The judicial subject is checked by the caller; "ruled it was not unlawful" finds none."""
    lex = evaluation()
    for comp in ruling.children:
        if comp.dep_ not in FINDINGS:
            continue
        words = [comp, *(c for c in comp.children if c.dep_ in {"acomp", "oprd"})]
        for word in words:
            if _denied(word):
                continue
            if word.lower_ in lex.unlawful:
                return True
            if word.lower_ in lex.at_odds and any(map(_norm, prep_objects(word, WITH))):
                return True
        breaches = [b for b in prep_objects(comp, IN) if lemma(b) in lex.breaches]
        if any(_norm(n) for b in breaches for n in prep_objects(b, OF)) and not _denied(comp):
            return True
        acts = [c for c in comp.children if c.dep_ == "csubj"]  # "detaining them breaks ..."
        broken = [c for c in comp.children if c.dep_ == "dobj" and _norm(c)]
        if acts and broken and lemma(comp) in lex.breaking and not _denied(comp):
            return True
    return False
