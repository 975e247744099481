"""Readings with no political party (docs/codebook.md, "Non-events").

A right ("gave unions more freedom to strike") is no act. A conflict verb whose passive
"by" cause is a circumstance ("restricted by the fact that ...", "hampered by a lack of
staff") has no one who acts; a visit or call to one's own kin ("visited his wife in
hospital") is private, not a meeting of parties (PLOVER CONSULT).
"""

from __future__ import annotations

import functools

from spacy.tokens import Token

from sitroom.extract.agents import is_agent, is_word
from sitroom.extract.clauses import is_passive, prep_objects
from sitroom.extract.lexicon import Words, _Lexicon, _load, modality
from sitroom.extract.phrases import mention_head, mention_span
from sitroom.extract.triggers import Match
from sitroom.model import Mention


class NonPolitical(_Lexicon):
    """Word lists of ``lexicon/nonpolitical.yml``."""

    abstract_causes: Words  # "restricted by the fact that": a circumstance, no party
    cause_types: Words  # types whose cause must be a party, weapon or attack
    kin_nouns: Words  # "visited his wife": a private visit
    right_nouns: Words  # "the freedom to strike": what a party may do


OBJECT_PRONOUNS = frozenset({"her", "him"})
PARTNER_PREPS = frozenset({"to", "with"})


@functools.cache
def nonpolitical() -> NonPolitical:
    return _load("nonpolitical.yml", NonPolitical)


def _causes(token: Token) -> list[Token]:
    """The passive "by" phrase of ``token`` (also a reduced relative: "means restricted by")."""
    if not (is_passive(token) or (token.dep_ == "acl" and token.tag_ == "VBN")):
        return []
    return [o for c in token.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]


def _right(verb: Token) -> Token | None:
    """ "more freedom to strike": the right noun an infinitive depends on, if unowned."""
    noun = verb.head
    if verb.dep_ not in {"acl", "relcl"} or not is_word(noun, nonpolitical().right_nouns):
        return None
    # "defended the right of the troops to fire", "its right to expel": an owned right,
    # defended or exercised in a case at hand, is left to the act.
    owned = any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for c in noun.children)
    return None if owned or noun.head.lemma_.lower() in modality().exercising_verbs else noun


def _kin_word(token: Token) -> bool:
    first_lady = token.lemma_.lower() == "lady" and any(c.lower_ == "first" for c in token.children)
    return first_lady or is_word(token, nonpolitical().kin_nouns)


def _person(token: Token) -> bool:
    return token.ent_type_ == "PERSON" or (token.pos_ == "NOUN" and is_agent(token))


def _kin(head: Token, actor_ids: set[int]) -> bool:
    """ "wife Naina", "the first lady": the head or its title is kin; "spoke to her" after
    "visited the first lady": a pronoun whose nearest person before it is kin."""
    if head.lower_ in OBJECT_PRONOUNS:
        before = [
            t for t in reversed(head.sent[: head.i - head.sent.start])
            if t.i not in actor_ids and _person(t)
        ]  # fmt: skip
        return bool(before) and _kin_word(before[0])
    heads = [head, *(c for c in head.children if c.dep_ in {"compound", "appos"})]
    return any(_kin_word(h) for h in heads)


def non_event(
    match: Match, actors: tuple[Mention, ...], recipients: tuple[Mention, ...]
) -> str | None:
    """Why ``match`` has no political party, or ``None``."""
    words = nonpolitical()
    kind = match.event_type.lower()
    right = _right(match.token)
    if right is not None:
        return f"a right ('{right.text} to {match.token.text}'), no act"
    if kind in words.cause_types:
        causes = _causes(match.token)
        if causes and all(is_word(c, words.abstract_causes) for c in causes):
            return f"a circumstance as cause ('{causes[0].text}'), no party acts"
    if kind == "consult":
        doc = match.token.doc
        # The one met: the recipient, or the partner of "spoke to/with her" (the parser's
        # object of the preposition: a possessive-looking "her" is no listed participant).
        met = [h for h in (mention_head(doc, r) for r in recipients) if h is not None]
        if not recipients and match.pattern.symmetric:
            met = prep_objects(match.token, PARTNER_PREPS)
        own = {t.i for m in actors for t in mention_span(doc, m) or ()}
        if met and all(_kin(head, own) for head in met):
            return f"a private visit or call to kin ('{met[0].text}')"
    return None
