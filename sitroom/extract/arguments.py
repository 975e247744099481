"""Participants from the dependency parse: roles of a trigger, noun phrases, coordination."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Token

from sitroom.extract.agents import NAME_LABELS, entity_end, entity_start, is_agent, name_tokens
from sitroom.extract.lexicon import frames
from sitroom.model import Mention

SUBJECTS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECTS = frozenset({"nsubjpass", "csubjpass"})
OBJECTS = frozenset({"dobj", "obj"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom", "whose"})
# Left dependents that belong to the name of a participant.
NP_LEFT = frozenset(
    {"det", "amod", "compound", "poss", "nummod", "nmod", "quantmod", "predet", "punct"}
)
TARGET_PREPS = frozenset({"with", "to", "against", "on", "in", "into"})
LOCATIVE_ROLES = frozenset({"in", "near", "along", "into", "at", "outside"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "NORP"})


def is_verbal(token: Token) -> bool:
    return token.pos_ in {"VERB", "AUX"} or token.tag_.startswith("VB")


# "is opposed to", "is committed to": adjectival participles, not passives.
STATIVE_PARTICIPLES = frozenset({"oppose", "commit", "prepare", "determine", "devote", "dedicate"})


def _stative(verb: Token) -> bool:
    return verb.lemma_.lower() in STATIVE_PARTICIPLES and not any(
        child.dep_ == "agent" for child in verb.children
    )


def _is_passive(verb: Token) -> bool:
    if _stative(verb):
        return False
    return any(child.dep_ in PASSIVE_SUBJECTS or child.dep_ == "auxpass" for child in verb.children)


def conjuncts(token: Token) -> list[Token]:
    """The token and the tokens coordinated with it ("A, B and C")."""
    found = [token]
    for child in token.children:
        if child.dep_ == "conj" and child.pos_ in {"NOUN", "PROPN", "PRON"}:
            found.extend(conjuncts(child))
    return found


def relative_head(token: Token) -> Token:
    """Public alias: the antecedent a relative pronoun stands for (or the token itself)."""
    return _relative_head(token)


def _relative_head(token: Token) -> Token:
    """ "forces who attacked": the relative pronoun stands for the modified noun."""
    if token.lower_ in RELATIVE_PRONOUNS:
        clause = next((t for t in token.ancestors if t.dep_ in {"relcl", "acl"}), None)
        if clause is not None:
            return clause.head
    return token


def _np_bounds(head: Token) -> tuple[int, int]:
    """Token range of the noun phrase named by ``head`` (no clauses, appositions, conjuncts)."""
    start = head.i
    for child in reversed(list(head.lefts)):  # nearest first, while contiguous
        if child.dep_ not in NP_LEFT or child.right_edge.i != start - 1:
            break
        if child.dep_ == "punct" and child.text not in {"-", "'"}:
            break
        start = child.left_edge.i
    end = head.i + 1
    for child in head.rights:
        if child.i != end:
            break
        if child.dep_ in {"compound", "flat", "nummod"}:
            end = child.right_edge.i + 1
        elif child.dep_ == "prep" and _keeps_pp(child):
            objects = [obj for obj in child.children if obj.dep_ == "pobj"]
            # The PP's own noun phrase, without the clauses hanging off it.
            end = _np_bounds(objects[0])[1] if objects else child.i + 1
        else:
            break
    doc = head.doc
    # Never start on a comma or conjunction left over from a coordination.
    while start < head.i and (doc[start].is_punct or doc[start].dep_ == "cc"):
        start += 1
    return start, end


def _keeps_pp(prep: Token) -> bool:
    """ "members of X", "a court in Guyana": the PP names who the participant is."""
    objects = [child for child in prep.children if child.dep_ == "pobj"]
    if prep.lower_ == "of":
        return True
    return prep.lower_ in {"in", "from"} and any(obj.ent_type_ in PLACE_LABELS for obj in objects)


def mention(head: Token) -> Mention:
    """The whole noun phrase headed by ``head`` as a ``Mention``."""
    head = _relative_head(head)
    start, end = _np_bounds(head)
    if head.ent_type_ in NAME_LABELS:
        # "Barack Obama" parsed as two phrases: the mention covers the whole name.
        start, end = min(start, entity_start(head)), max(end, entity_end(head))
    span = head.doc[start:end]
    # The NER label of the head, else of a name inside the phrase ("Kampuchean guerrilla camps").
    label = next((t.ent_type_ for t in (head, *span) if t.ent_type_ in NAME_LABELS), None)
    return Mention(span.text, span.start_char, span.end_char, label)


NOT_PARTICIPANTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"})


def mentions(heads: Iterable[Token]) -> Iterator[Mention]:
    """One mention per conjunct, and one per coordinated national modifier."""
    for token in heads:
        if token.ent_type_ in NOT_PARTICIPANTS:
            continue
        owner = _relative_head(_owner(token))
        others = [c for t in name_tokens(owner) if t != owner for c in conjuncts(t)[1:]]
        for conjunct in dict.fromkeys([*conjuncts(owner), *others]):
            yield from _split_modifiers(conjunct)


def _owner(head: Token) -> Token:
    """ "Serbia's suppression of unrest" -> Serbia; "the advance of armed factions" -> factions."""
    if head.lemma_.lower() not in frames().proxies or head.ent_type_:
        return head
    for child in head.children:
        if child.dep_ == "poss":
            return child
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in {"of", "by"}:
            objects = [obj for obj in child.children if obj.dep_ == "pobj"]
            if objects:
                return objects[0]
    for child in head.lefts:
        if child.dep_ in {"amod", "compound"} and child.ent_type_ in {"NORP", "GPE", "ORG"}:
            return child  # "the Iranian missile test" -> Iranian
    return head


def _split_modifiers(head: Token) -> Iterator[Mention]:
    """ "Hungarian and Romanian officials" names two participants."""
    coordinated = [
        child for child in head.lefts
        if child.dep_ in {"amod", "compound"} and any(c.dep_ == "conj" for c in child.children)
    ]  # fmt: skip
    if not coordinated:
        yield mention(head)
        return
    first = coordinated[0]
    members = [first, *(c for c in first.children if c.dep_ == "conj")]
    for modifier in members[:-1]:
        yield Mention(
            modifier.text, modifier.idx, modifier.idx + len(modifier), modifier.ent_type_ or None
        )
    whole = mention(head)
    # The last conjunct keeps the head: "Hungarian and Romanian officials" -> "Romanian officials".
    start = members[-1].idx
    yield Mention(head.doc.text[start : whole.end], start, whole.end, members[-1].ent_type_ or None)


def _pobjs(token: Token, preps: frozenset[str]) -> list[Token]:
    """Objects of ``token``'s prepositions in ``preps`` ("on Monday" is a time, not a party)."""
    found: list[Token] = []
    for child in token.children:
        if child.dep_ not in {"prep", "agent", "dative"} or child.lower_ not in preps:
            continue
        for obj in child.children:
            if obj.dep_ not in {"pobj", "pcomp"}:
                continue
            if obj.ent_type_ not in NOT_PARTICIPANTS:
                found.append(obj)
                continue
            # "met with President Bashar Assad Tuesday": the small model heads the phrase
            # with the date; the name before it is the participant.
            names = [c for c in obj.lefts if c.dep_ == "compound" and c.ent_type_ in NAME_LABELS]
            found.extend(names[-1:])
    return found


def subject_of(  # noqa: PLR0911, PLR0912 - one exit per construction
    verb: Token, *, depth: int = 0
) -> list[Token]:
    """Grammatical (active) subject, climbing conjunction, control and participles."""
    if depth > 4:
        return []
    if verb.pos_ == "ADJ" and verb.dep_ == "acomp" and is_verbal(verb.head):
        return subject_of(verb.head, depth=depth + 1)  # "Norway is willing to send"
    passive = _is_passive(verb) or (
        verb.dep_ == "conj"
        and verb.tag_ == "VBN"
        and is_verbal(verb.head)
        and _is_passive(verb.head)
    )
    if passive:
        return _pobjs(verb, frozenset({"by"})) or (
            _pobjs(verb.head, frozenset({"by"})) if verb.dep_ == "conj" else []
        )
    subjects = SUBJECTS | PASSIVE_SUBJECTS if _stative(verb) else SUBJECTS
    direct = [child for child in verb.children if child.dep_ in subjects]
    if direct:
        return direct
    head = verb.head
    if verb.dep_ == "conj" and is_verbal(head):
        if _is_passive(head) and verb.tag_ != "VBN":
            # "was indicted by the court and will resign": the indicted one resigns.
            return [c for c in head.children if c.dep_ in PASSIVE_SUBJECTS]
        return subject_of(head, depth=depth + 1)
    if verb.dep_ == "xcomp":
        if is_verbal(head) and _is_passive(head):
            # "Obama is scheduled to attend", "was pressured by Congress to help": the
            # passive subject acts in the complement (raising and passive object control).
            raised = [c for c in head.children if c.dep_ in PASSIVE_SUBJECTS]
            if raised:
                return raised
        if head.lemma_.lower() in frames().object_control:
            objects = [c for c in head.children if c.dep_ in OBJECTS | {"dative"}]
            if objects:
                return objects
            on = _pobjs(head, frozenset({"on", "upon"}))
            if on:
                return on
        return subject_of(head, depth=depth + 1) if is_verbal(head) or head.pos_ == "ADJ" else []
    purpose = verb.dep_ == "advcl" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
    )
    if (verb.dep_ in {"advcl", "pcomp"} and verb.tag_ == "VBG") or purpose:
        anchor = head.head if verb.dep_ == "pcomp" else head
        if anchor.pos_ in {"NOUN", "PROPN"} and anchor.dep_ in OBJECTS:
            anchor = anchor.head  # "made advances, capturing X": the maker captures
        return subject_of(anchor, depth=depth + 1) if is_verbal(anchor) else []
    if verb.dep_ in {"relcl", "acl"} and verb.tag_ != "VBN":
        return [head]
    if head.pos_ == "ADJ" and verb.dep_ == "xcomp":
        return subject_of(head, depth=depth + 1)
    return []


def object_of(verb: Token) -> list[Token]:
    """Direct object (or the passive subject; or the noun a reduced passive modifies)."""
    if _is_passive(verb):
        return [child for child in verb.children if child.dep_ in PASSIVE_SUBJECTS]
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and not _stative(verb):
        return [verb.head]
    if (
        verb.dep_ == "conj"
        and verb.tag_ == "VBN"
        and is_verbal(verb.head)
        and _is_passive(verb.head)
    ):
        # "were killed or wounded": the coordinated participle shares the passive subject.
        return [c for c in verb.head.children if c.dep_ in PASSIVE_SUBJECTS]
    objects = [child for child in verb.children if child.dep_ in OBJECTS]
    # "told Putin that ...": some parses make the addressee a dative.
    return objects or [c for c in verb.children if c.dep_ == "dative" and c.pos_ != "ADP"]


def noun_subject(noun: Token) -> list[Token]:
    """Agent of a nominal event: "Israel's raid", "the offensive by the group", "Israeli raids"."""
    found = [child for child in noun.children if child.dep_ == "poss"]
    found += _pobjs(noun, frozenset({"by"}))
    if found:
        return found
    # "Israeli raids", and through a compound modifier "Israeli tank shelling".
    modifiers = [c for c in noun.lefts if c.dep_ in {"amod", "compound"}]
    modifiers += [g for c in modifiers if c.dep_ == "compound" for g in c.lefts if g.dep_ == "amod"]
    return [child for child in modifiers if child.ent_type_ in NAME_LABELS - {"PERSON"}]


def role_heads(  # noqa: PLR0911 - a flat dispatch over roles reads best
    trigger: Token, role: str, *, frame: Token
) -> list[Token]:
    """Head tokens filling ``role`` for a trigger whose clause head is ``frame``.

    ``frame`` is the verb that carries the clause: the trigger itself, or the light
    verb of a nominal event ("launched an offensive").
    """
    nominal = trigger.pos_ in {"NOUN", "PROPN"}
    if role == "subject":
        if nominal and frame.i == trigger.i:
            return noun_subject(trigger)
        found = subject_of(frame) if is_verbal(frame) or frame.pos_ == "ADJ" else []
        if not found and frame.pos_ == "ADJ" and frame.dep_ in {"acomp", "amod"}:
            found = subject_of(frame.head) if is_verbal(frame.head) else []
        return found or (noun_subject(trigger) if nominal else [])
    if role == "object":
        if nominal:
            return _pobjs(trigger, frozenset({"against", "on", "at"}))
        return object_of(trigger)
    if role == "dative":
        return [c for c in trigger.children if c.dep_ == "dative" and c.pos_ != "ADP"] + _pobjs(
            trigger, frozenset({"to"})
        )
    if role == "poss":
        return [child for child in trigger.children if child.dep_ == "poss"]
    if role == "nmod":
        return [
            c
            for c in trigger.lefts
            if c.dep_ in {"amod", "compound"} and c.ent_type_ in NAME_LABELS
        ]
    if role == "comp_subject":
        return _complement_subjects(trigger)
    if role == "comp_object":
        return _complement_objects(trigger)
    preps = frozenset({role})
    found = _located(_pobjs(trigger, preps), role)
    if not found and frame.i != trigger.i:
        found = _pobjs(frame, preps)
    if not found:
        found = _object_pps(trigger, preps)
    return list(dict.fromkeys(found))


def _object_pps(trigger: Token, preps: frozenset[str]) -> list[Token]:
    """ "discussed the conflict with Putin": the PP often attaches one level too low."""
    objects = [c for c in trigger.children if c.dep_ in OBJECTS | PASSIVE_SUBJECTS]
    # "launched artillery, mortar and rocket fire against X": any conjunct's PP.
    for child in [member for obj in objects for member in conjuncts(obj)]:
        found = _pobjs(child, preps) + [
            obj for sub in child.children if sub.dep_ == "prep" for obj in _pobjs(sub, preps)
        ]  # fmt: skip
        if not found:
            # Deeper in the object phrase only a name will do ("suspended part of
            # an aid program for Bosnia").
            found = [
                obj for sub in child.subtree if sub.dep_ == "prep"
                for obj in _pobjs(sub.head, preps)
                if obj.ent_type_ in NAME_LABELS
            ]  # fmt: skip
        if found:
            return found
    return []


def _complement_objects(trigger: Token) -> list[Token]:
    """ "threatened to attack South Korea", "to break off relations with Congo": the target."""
    found: list[Token] = []
    for comp in trigger.children:
        if comp.dep_ != "xcomp":
            continue
        objects = object_of(comp)
        named = [o for o in objects if o.ent_type_ in NAME_LABELS or o.pos_ == "PROPN"]
        targets = _pobjs(comp, TARGET_PREPS) + [
            p for o in objects for p in _pobjs(o, TARGET_PREPS)
        ]  # fmt: skip
        named_targets = [t for t in targets if t.ent_type_ in NAME_LABELS or t.pos_ == "PROPN"]
        found.extend(named or named_targets)  # an unnamed object is what, not whom
    return found


def _located(found: list[Token], role: str) -> list[Token]:
    """ "in X", "at X" name a participant only when X is a named place or an agent
    ("fired at the government"), not a mere place ("at the building")."""
    if role not in LOCATIVE_ROLES:
        return found
    return [t for t in found if is_agent(t)]


def _complement_subjects(trigger: Token) -> list[Token]:
    """ "demanded that the government end curbs": the government is asked."""
    for child in trigger.children:
        if child.dep_ in {"ccomp", "xcomp"}:
            found = [c for c in child.children if c.dep_ in SUBJECTS | PASSIVE_SUBJECTS]
            if found:
                return found
    objects = [c for c in trigger.children if c.dep_ in OBJECTS]
    if objects and any(c.dep_ in {"xcomp", "ccomp"} for c in trigger.children):
        return objects
    return _pobjs(trigger, frozenset({"on", "upon"}))
