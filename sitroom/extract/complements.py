"""The parties of an event's clausal complement: whom a threat or demand is about
("threatened to attack X", "demanded that the government end curbs")."""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.extract.agents import NAME_LABELS, is_agent, is_word
from sitroom.extract.clauses import (
    FOR,
    OBJECTS,
    PASSIVE_SUBJECTS,
    SUBJECTS,
    object_of,
    pobjs,
    prep_objects,
)
from sitroom.extract.lexicon import agents, frames

TARGET_PREPS = frozenset({"with", "to", "against", "on", "in", "into"})
# "refused to hand over two suspects (to X)": what changes hands is the theme; whom it is
# handed to (the "to" phrase) is the party.
TRANSFER_VERBS = frozenset({"hand", "extradite", "deliver", "surrender", "transfer"})


def complement_objects(trigger: Token) -> list[Token]:
    """ "threatened to attack South Korea", "to break off relations with Congo": the target."""
    found: list[Token] = []
    for comp in trigger.children:
        if comp.dep_ != "xcomp":
            continue
        objects = [] if _transfer(comp) else object_of(comp)
        # "vowed to wipe them out": a personal pronoun is whom, too.
        named = [
            o for o in objects
            if o.ent_type_ in NAME_LABELS or o.pos_ == "PROPN" or (o.tag_ == "PRP" and is_agent(o))
            or _marked_party(comp, o)
        ] or _authors(objects)  # fmt: skip
        targets = pobjs(comp, TARGET_PREPS) + [
            p for o in objects for p in pobjs(o, TARGET_PREPS)
        ]  # fmt: skip
        # "to launch a war against the police": an "against" phrase names whom, named or not.
        named_targets = [
            t for t in targets
            if t.ent_type_ in NAME_LABELS or t.pos_ == "PROPN"
            or (t.head.lower_ == "against" and is_agent(t))
        ]  # fmt: skip
        found.extend(named or named_targets)  # an unnamed object is what, not whom
    return found


def _authors(objects: list[Token]) -> list[Token]:
    """ "refused to accept Syria's denials": words or plans stand for their named author."""
    return [
        c for o in objects if is_word(o, agents().authored) for c in o.children
        if c.dep_ == "poss" and (c.ent_type_ in NAME_LABELS or c.pos_ == "PROPN")
    ]  # fmt: skip


def _transfer(verb: Token) -> bool:
    word = verb.lemma_.lower()
    over = any(c.dep_ == "prt" and c.lower_ == "over" for c in verb.children)
    return word in TRANSFER_VERBS or (word == "turn" and over)


def complement_subjects(trigger: Token) -> list[Token]:
    """ "demanded that the government end curbs": the government is asked."""
    for child in trigger.children:
        if child.dep_ in {"ccomp", "xcomp"}:
            found = [c for c in child.children if c.dep_ in SUBJECTS | PASSIVE_SUBJECTS]
            if found:
                return extraposed_subjects(child) or found
    objects = [c for c in trigger.children if c.dep_ in OBJECTS]
    if objects and any(c.dep_ in {"xcomp", "ccomp"} for c in trigger.children):
        return objects
    return pobjs(trigger, frozenset({"on", "upon"})) or _for_subjects(trigger)


def _infinitives(trigger: Token) -> list[Token]:
    return [
        c for c in trigger.children if c.dep_ in {"xcomp", "advcl"}
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
    ]  # fmt: skip


def for_marks(trigger: Token) -> list[Token]:
    """ "called for Quito to free them": the parser makes "for" the mark of the infinitive;
    it is still the verb's preposition ("call for")."""
    return [
        m for c in _infinitives(trigger) for m in c.children
        if m.dep_ == "mark" and m.lower_ == "for" and m.i < c.i
        # a party acting: "for the truce to begin", "for him to be freed" ask no one
        and any(s.dep_ in SUBJECTS and is_agent(s) for s in c.children)
    ]  # fmt: skip


def _for_subjects(trigger: Token) -> list[Token]:
    """ "advocated for Quito to free them": the party of a "for X to" infinitive."""
    if not _infinitives(trigger):
        return []
    marked = [
        c for m in for_marks(trigger) for c in m.head.children if c.dep_ in SUBJECTS and is_agent(c)
    ]  # fmt: skip
    return marked or [o for o in pobjs(trigger, frozenset({"for"})) if is_agent(o)]


def extraposed_subjects(clause: Token) -> list[Token]:
    """ "said it was unacceptable for Chile to stay": the party of an extraposed "for X to"
    clause, not the placeholder "it"."""
    if not any(c.dep_ in SUBJECTS and c.lower_ == "it" for c in clause.children):
        return []
    found = [o for o in prep_objects(clause, FOR) if is_agent(o)]
    for sub in clause.children:  # "for Chile to keep": "Chile" as the infinitive's subject
        if sub.dep_ in {"advcl", "xcomp", "ccomp"} and any(
            m.dep_ == "mark" and m.lower_ == "for" for m in sub.children
        ):
            found += [c for c in sub.children if c.dep_ in SUBJECTS and is_agent(c)]
    return found


def _marked_party(comp: Token, obj: Token) -> bool:
    """ "vowed to strangle a Kurd-led border force", "to crush the Elbonian army": an agent
    noun a name marks as someone's is whom (not one's own troops sent: "to send troops")."""
    verb = comp.lemma_.lower()
    if not is_agent(obj) or verb in frames().deploying_verbs or verb in frames().provision_verbs:
        return False
    return any(t.ent_type_ in NAME_LABELS for t in obj.subtree if t.i < obj.i)
