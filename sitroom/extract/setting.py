"""Where and when: toponyms and time expressions governed by the event's clause."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from sitroom.extract import lexicon
from sitroom.extract.arguments import object_of
from sitroom.extract.constraints import of_objects
from sitroom.extract.phrases import mention_head
from sitroom.extract.triggers import Match
from sitroom.model import Mention

# Edges a place or time expression may climb to reach the event's clause
# ("in the outskirts of Hama", "on Tuesday", "last week").
SETTING_EDGES = frozenset(
    {"pobj", "prep", "compound", "appos", "npadvmod", "tmod", "nmod", "conj", "pcomp", "amod",
     "nummod", "advmod", "obl", "dobj", "poss"}
)  # fmt: skip


def _governed(token: Token, anchors: set[int]) -> bool:
    for _ in range(8):
        if token.i in anchors:
            return True
        if token.dep_ not in SETTING_EDGES or token.head.i == token.i:
            return False
        if token.dep_ == "conj" and token.pos_ in {"VERB", "AUX"}:
            return False  # "shelled X on Monday and said on Tuesday": each clause its own
        token = token.head
    return token.i in anchors


def _locative(token: Token, anchors: set[int]) -> bool:
    """The path from ``token`` up to the clause enters it through a locative preposition."""
    words = lexicon.setting()
    path = [token]
    while path[-1].head.i not in anchors and path[-1].head.i != path[-1].i and len(path) < 8:
        path.append(path[-1].head)
    top = path[-1]
    if top.head.i not in anchors:
        return False
    if top.dep_ in {"dobj", "nsubjpass"} and top.lemma_.lower() in words.place_nouns:
        # "shelled villages on the outskirts of X": the place-like object carries the setting.
        preps = [t for t in path[:-1] if t.dep_ == "prep" and t.head.i == top.i]
        return bool(preps) and _locative_prep(preps[0], words)
    if top.dep_ != "prep":
        return False  # a topic (object) or a modifier of a participant, not a setting
    return _locative_prep(top, words)


def _locative_prep(prep: Token, words: lexicon.Setting) -> bool:
    if prep.lower_ == "on":
        objects = [child for child in prep.children if child.dep_ == "pobj"]
        return any(
            obj.ent_type_ in {"GPE", "LOC", "FAC"} or obj.lemma_.lower() in words.on_nouns
            for obj in objects
        )
    return prep.lower_ in words.locative_preps


def governed(
    doc: Doc,
    match: Match,
    items: tuple[Mention, ...],
    *,
    exclude: tuple[Mention, ...],
    locative: bool = False,
    subject_clause: bool = False,
) -> tuple[Mention, ...]:
    """Mentions of ``items`` attached to the trigger's clause and not inside a participant.
    ``subject_clause``: a nominal event that is a clause's subject also takes that clause's
    expressions ("their capture of Aleppo last week rocked ...": the parse hangs "last
    week" on "rocked"), and an act in a "when" clause relative to a time takes that time
    ("in 2016, when it sent troops to fight X"); used for times, not places."""
    anchors = {match.token.i, match.frame.i}
    antecedent = None
    if subject_clause and match.nominal and match.token.dep_ in {"nsubj", "nsubjpass"}:
        anchors.add(match.token.head.i)
    if subject_clause:
        antecedent = _when_antecedent(match.frame)
    if match.frame.dep_ == "conj":
        anchors.add(match.frame.head.i)  # "In June 2014, X breached A and occupied B"
    found: list[Mention] = []
    for item in items:
        if any(p.start < item.end and item.start < p.end for p in exclude):
            continue
        if antecedent is not None and item.start <= antecedent.idx < item.end:
            found.append(item)
            continue
        root = mention_head(doc, item)
        if root is None or root.i in anchors or not _governed(root, anchors):
            continue
        if _qualifies_participle(root):
            continue  # "US-led airstrikes", "Iran-backed militias": who leads, not where
        if locative and not _locative(root, anchors):
            continue
        found.append(item)
    return tuple(found)


# Clausal edges an act climbs to reach the clause that holds it ("sent troops to fight").
CLAUSE_EDGES = frozenset({"xcomp", "advcl", "conj", "ccomp"})
TIME_LABELS = frozenset({"DATE", "TIME"})


def _when_antecedent(token: Token) -> Token | None:
    """The time a relative "when" clause holding ``token`` refers to: in "in mid-2016, when
    it sent troops", "when" relates the clause to that time (whether the parse hangs it on
    the time or on the main verb), so its acts happened then."""
    for _ in range(4):
        when = next((c for c in token.children if c.dep_ == "advmod" and c.lower_ == "when"), None)
        if when is not None and token.dep_ in {"relcl", "advcl"}:
            doc = token.doc
            if token.dep_ == "relcl" and token.head.ent_type_ in TIME_LABELS:
                return token.head
            comma = when.i >= 2 and doc[when.i - 1].lower_ == ","
            before = doc[when.i - 2] if comma else None
            return before if before is not None and before.ent_type_ in TIME_LABELS else None
        if token.dep_ not in CLAUSE_EDGES or token.head.i == token.i:
            return None
        token = token.head
    return None


def _qualifies_participle(root: Token) -> bool:
    head = root.head
    qualifier = root.dep_ in {"npadvmod", "compound", "nmod"}
    return qualifier and head.dep_ == "amod" and head.tag_ == "VBN"


def object_places(doc: Doc, match: Match, items: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """Toponyms that are the trigger's object ("captured Aleppo", "the capture of the town
    of Kobani"): for a pattern that takes a place, the place is also where it happened."""
    if not match.pattern.object_is_location:
        return ()
    objects = {t.i for obj in object_of(match.token) + of_objects(match.token)
               for t in (obj, *obj.conjuncts)}  # fmt: skip
    found: list[Mention] = []
    for item in items:
        root = mention_head(doc, item)
        if root is None:
            continue
        # "the town of Kobani": the name hangs off the place noun through "of".
        of_phrase = root.dep_ == "pobj" and root.head.lower_ == "of"
        through_of = of_phrase and root.head.head.i in objects
        if root.i in objects or through_of:
            found.append(item)
    return tuple(found)
