"""Participants from a clause linked in time: "was arrested when armed police raided the
hotel" names the arresters in the when-clause, not in a "by" phrase."""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.extract.agents import TIME_LABELS
from sitroom.extract.clauses import SUBJECTS, is_passive, is_verbal

# Taking someone or something by force: a passive use names its takers nowhere else.
SEIZING = frozenset(
    {"arrest", "detain", "apprehend", "nab", "capture", "seize", "abduct", "kidnap"}
)  # fmt: skip
# Who makes arrests and captures: security and armed bodies (not "protesters", "neighbours").
ENFORCERS = frozenset(
    {"police", "policeman", "policemen", "officer", "officers", "troops", "soldier",
     "soldiers", "forces", "army", "gendarme", "gendarmes", "gendarmerie", "agents",
     "guards", "commandos", "militiamen", "militia", "gunmen", "marines"}
)  # fmt: skip
# Markers of a simultaneous clause ("when", "as"); "after"/"before" may name another act.
SIMULTANEOUS = frozenset({"when", "as"})


def takers(verb: Token) -> list[Token]:
    """Subject of a when/as-clause under a passive seizing ``verb`` without a "by" agent,
    when that subject is a security or armed body."""
    if verb.lemma_.lower() not in SEIZING or not is_verbal(verb) or not is_passive(verb):
        return []
    for clause in verb.sent:
        if clause.dep_ not in {"advcl", "relcl"} or not _linked(clause, verb):
            continue
        found = [s for s in clause.children if s.dep_ in SUBJECTS and s.lower_ in ENFORCERS]
        if found:
            return found
    return []


def _linked(clause: Token, verb: Token) -> bool:
    """A when/as-clause whose nearest finite governor is ``verb``. The small model may hang
    it as a relative clause on an apposition ("Ames, 40 miles north of X, when police
    raided ..."), or below a participle ("while visiting X, when ...")."""
    markers = [c for c in clause.children if c.dep_ in {"advmod", "mark"} and c.i < clause.i]
    if not any(c.lower_ in SIMULTANEOUS for c in markers):
        return False
    if clause.dep_ == "relcl" and (clause.head.ent_type_ in TIME_LABELS or is_verbal(clause.head)):
        return False  # "the day when ...": a time described, not an event's setting
    token = clause.head
    while token.i != verb.i:
        finite = is_verbal(token) and token.tag_ not in {"VBG", "VBN"}
        if finite or token.head.i == token.i or token.dep_ in {"ccomp", "xcomp", "relcl"}:
            return False
        token = token.head
    return True
