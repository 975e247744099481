"""What a commissive speech act commits to: the class of the act vowed, pledged or
promised ("vowed to crush", "to plough on", "to cooperate") decides its PLOVER type
(docs/codebook.md, type rule 3; ``lexicon/commissive.yml``)."""

from __future__ import annotations

import functools
from typing import Literal

from spacy.tokens import Token

from sitroom.extract.clauses import has_negation, lemma
from sitroom.extract.lexicon import Words, _Lexicon, _load

Content = Literal["harm", "persist", "cooperate"]
# Acts whose announcement is a threat (conversion.FUTURE_TO_THREATEN, without REJECT:
# a promised refusal is coded on its own verb, ``refusal_content``).
CONFLICT_TYPES = frozenset({"PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "THREATEN"})
PARTICLE_DEPS = frozenset({"prt", "advmod", "prep", "acomp", "dobj"})


class Commissive(_Lexicon):
    """Word lists of ``lexicon/commissive.yml``."""

    harm_verbs: Words  # "vowed to crush the rebels"
    struggle_verbs: Words  # "vowed to continue their escalation"
    struggle_nouns: Words  # the struggle carried on
    persist_verbs: Words  # "vowed to plough on"
    yield_verbs: Words  # "vowed never to surrender" (negated)
    cooperative_verbs: Words  # "vowed to cooperate"


@functools.cache
def commissive() -> Commissive:
    return _load("commissive.yml", Commissive)


def contents(token: Token) -> list[Token]:
    """The verbs a commissive commits to: its clausal complements and "to"-gerunds
    ("committed to blocking"), with their conjuncts."""
    found = [c for c in token.children if c.dep_ in {"xcomp", "ccomp"}] + [
        g for p in token.children if p.dep_ == "prep" and p.lower_ == "to"
        for g in p.children if g.dep_ == "pcomp"
    ]  # fmt: skip
    return found + [conj for verb in found for conj in verb.conjuncts if conj.pos_ == "VERB"]


def _forms(verb: Token) -> set[str]:
    """The verb's lemma and its "verb particle" forms ("plough on", "bring to")."""
    base = lemma(verb)
    return {base} | {
        f"{base} {c.lower_}" for c in verb.children if c.dep_ in PARTICLE_DEPS
    }  # fmt: skip


def _conflict_trigger(verb: Token) -> bool:
    """Is the verb itself a conflict act under some pattern ("to storm", "to expel")?"""
    # Imported here: constraints checks this module's classes (a cycle at import time).
    from sitroom.extract.constraints import satisfies  # noqa: PLC0415
    from sitroom.extract.patterns import default_patterns  # noqa: PLC0415

    return any(
        event_type in CONFLICT_TYPES and "VERB" in pattern.pos
        and satisfies(pattern, verb, verb) is not None
        for event_type, pattern in default_patterns().candidates(lemma(verb))
    )  # fmt: skip


def content_class(verb: Token) -> Content | None:
    """The class of one committed act; ``None`` for one's own task ("to work hard")."""
    lex = commissive()
    forms = _forms(verb)
    if has_negation(verb):
        # "vowed never to surrender": yielding refused; other negated acts are no harm.
        return "persist" if forms & lex.yield_verbs else None
    if forms & lex.persist_verbs:
        return "persist"
    if forms & lex.harm_verbs or _conflict_trigger(verb):
        return "harm"
    objects = [c for c in verb.children if c.dep_ in {"dobj", "attr"}]
    if forms & lex.struggle_verbs and any(lemma(o) in lex.struggle_nouns for o in objects):
        return "harm"
    if forms & lex.cooperative_verbs:
        return "cooperate"
    return None


def commits_to(token: Token, wanted: Content) -> bool:
    """Does the commissive ``token`` commit to an act of class ``wanted``?"""
    return any(content_class(verb) == wanted for verb in contents(token))
