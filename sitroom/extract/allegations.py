"""Who may accuse and who may be accused in a claimed conflict act (codebook type rule 7):
"villagers claimed that the militia attacked them" is the villagers' ACCUSE of the
militia; "the group claims unknown gunmen abducted 27" names no one to accuse."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from sitroom.extract.agents import is_agent, is_word
from sitroom.extract.lexicon import modality
from sitroom.extract.phrases import mention_head
from sitroom.model import Mention

# The writer or the reader ("we claimed", "you could claim") is no party to an accusation.
SPEAKER_PRONOUNS = frozenset({"i", "me", "we", "us", "you", "one"})
COUNT_WORDS = frozenset({"dozens", "scores", "hundreds", "thousands", "tens", "millions"})
DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def claimant(doc: Doc, item: Mention) -> bool:
    """A party that can voice an accusation (the subject, already found agentive: a name, a
    collective such as "residents" or "witnesses", a report); not the writer or the reader."""
    head = mention_head(doc, item)
    return head is not None and not (head.pos_ == "PRON" and head.lower_ in SPEAKER_PRONOUNS)


def witnesses(heads: Iterable[Token]) -> list[Token]:
    """Subjects that voice a claim though they are no acting party ("witnesses", "locals",
    "relatives": `claimant_nouns`)."""
    nouns = modality().claimant_nouns
    return [h for h in heads if is_word(h, nouns)]


def identified(doc: Doc, item: Mention) -> bool:
    """An alleged perpetrator that names a party: a name ("Russian troops") or a definite
    group noun ("the militia", "government forces"); not a pronoun, a possessed noun ("its
    fighters": the claimant's own, a claim of responsibility), a bare or indefinite noun
    ("militants", "a group": in an armed group's claim, often its own men) or an unknown
    attacker ("the unidentified gunmen")."""
    if item.label:
        return True
    head = mention_head(doc, item)
    if head is None or head.pos_ == "PRON" or not is_agent(head):
        return False
    lex = modality()
    if is_word(head, lex.unidentified_heads):
        return False
    if any(c.dep_ in {"amod", "compound"} and c.lower_ in lex.unidentified_modifiers
           for c in head.children):  # fmt: skip
        return False
    return _specific(head)


def _specific(head: Token) -> bool:
    """ "the militia", "government forces", "Kurdish militants": definite, or with a
    modifier naming whose they are (not a pronoun: "its fighters")."""
    definite = any(c.dep_ == "det" and c.lower_ in DEFINITE for c in head.children)
    return definite or any(
        c.dep_ in {"amod", "compound"} and c.pos_ != "PRON" and (c.ent_type_ or is_agent(c))
        for c in head.children
    )


def target(doc: Doc, item: Mention) -> bool:
    """A target that an accusation can name: any but a count of victims ("claimed 27
    members were kidnapped by X", "dozens of civilians"), which is a casualty report relayed
    from the party, not an accusation (the act stays, only claimed)."""
    head = mention_head(doc, item)
    if head is None:
        return False
    counted = doc[head.left_edge.i : head.i + 1]
    return not any(t.like_num or t.lower_ in COUNT_WORDS for t in counted)
