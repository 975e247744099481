"""Participants from the dependency parse: the roles of a trigger (noun phrases: ``phrases``)."""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.extract.agents import (
    ARMED_MODIFIERS,
    NAME_LABELS,
    entity_start,
    is_agent,
    is_attack,
    is_goods,
    perpetrator,
)
from sitroom.extract.clauses import (
    OBJECTS,
    PASSIVE_SUBJECTS,
    SUBJECTS,
    is_passive,
    is_verbal,
    object_of,
    pobjs,
    stative,
    to_infinitive,
)
from sitroom.extract.controllers import controller, light_carrier, shared_passive
from sitroom.extract.lexicon import frames
from sitroom.extract.phrases import (
    PLACE_LABELS,
    RELATIVE_PRONOUNS,
    conjuncts,
    mention,
    mentions,
    relative_head,
)
from sitroom.extract.purposes import purpose_targets

# Clause and noun-phrase helpers live in ``clauses`` and ``phrases``; callers import
# them from here too.
__all__ = [
    "OBJECTS", "PASSIVE_SUBJECTS", "PLACE_LABELS", "SUBJECTS", "conjuncts", "is_verbal", "mention",
    "mentions", "object_of",
    "relative_head", "role_heads", "subject_of", "without_venues",
]  # fmt: skip

TARGET_PREPS = frozenset({"with", "to", "against", "on", "in", "into"})
# Verbs whose subject undergoes the event named by their object ("received aid from X").
UNDERGOING_VERBS = frozenset(
    {"face", "receive", "get", "suffer", "undergo", "endure", "win", "gain", "obtain", "accept"}
)
# Roles naming the target of a nominal event; under such a verb, its subject.
TARGET_ROLES = frozenset({"object", "dative", "on", "upon", "to", "for", "against", "at"})
FROM = frozenset({"from"})
LOCATIVE_ROLES = frozenset({"in", "near", "along", "into", "at", "outside"})
VENUE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def subject_of(  # noqa: PLR0911, PLR0912 - one exit per construction
    verb: Token, *, depth: int = 0
) -> list[Token]:
    """Grammatical (active) subject, climbing conjunction, control and participles."""
    if depth > 4:
        return []
    if verb.pos_ == "ADJ" and verb.dep_ == "acomp" and is_verbal(verb.head):
        return subject_of(verb.head, depth=depth + 1)  # "Norway is willing to send"
    if shared_passive(verb) is not None:  # "was shot, held and beaten": only "by" acts
        return pobjs(verb, frozenset({"by"}))
    controlled = controller(verb)  # "pressed X to V", "X's attempt to V"
    if controlled:
        return controlled
    carried = light_carrier(verb)  # "signed a deal (with X) to V": the signer (and X)
    if carried is not None:
        return subject_of(carried[0], depth=depth + 1) + carried[1]
    passive = is_passive(verb) or (
        verb.dep_ == "conj"
        and verb.tag_ == "VBN"
        and is_verbal(verb.head)
        and is_passive(verb.head)
    )
    if passive:
        return pobjs(verb, frozenset({"by"})) or (
            pobjs(verb.head, frozenset({"by"})) if verb.dep_ == "conj" else []
        )
    subjects = SUBJECTS | PASSIVE_SUBJECTS if stative(verb) else SUBJECTS
    direct = [child for child in verb.children if child.dep_ in subjects]
    if direct:
        return direct
    head = verb.head
    own = [c for c in verb.children if c.dep_ in OBJECTS and c.lower_ not in RELATIVE_PRONOUNS]
    if verb.dep_ == "conj" and own and _relative_object_gap(head):
        # "take back fighters that we captured and put them on trial": a conjunct with its
        # own object continues the clause above the relative, not the relative clause.
        above = head.head.head
        return subject_of(above, depth=depth + 1) if is_verbal(above) else []
    if verb.dep_ == "conj" and is_verbal(head):
        if is_passive(head) and verb.tag_ != "VBN":
            # "was indicted by the court and will resign": the indicted one resigns.
            return [c for c in head.children if c.dep_ in PASSIVE_SUBJECTS]
        return subject_of(head, depth=depth + 1)
    if verb.dep_ == "xcomp":
        if is_verbal(head) and is_passive(head):
            # "Obama is scheduled to attend", "was pressured by Congress to help": the
            # passive subject acts in the complement (raising and passive object control).
            raised = [c for c in head.children if c.dep_ in PASSIVE_SUBJECTS]
            if raised:
                return raised
        if head.lemma_.lower() in frames().object_control:
            objects = [c for c in head.children if c.dep_ in OBJECTS | {"dative"}]
            if objects:
                return objects
            on = pobjs(head, frozenset({"on", "upon"}))
            if on:
                return on
        return subject_of(head, depth=depth + 1) if is_verbal(head) or head.pos_ == "ADJ" else []
    purpose = verb.dep_ == "advcl" and to_infinitive(verb)
    if (verb.dep_ in {"advcl", "pcomp"} and verb.tag_ == "VBG") or purpose:
        clause = _preceding_relative(verb) if verb.tag_ == "VBG" else None
        if clause is not None:
            return subject_of(clause, depth=depth + 1)
        anchor = head.head if verb.dep_ == "pcomp" else head
        if anchor.pos_ in {"NOUN", "PROPN"} and anchor.dep_ in OBJECTS:
            anchor = anchor.head  # "made advances, capturing X": the maker captures
        return subject_of(anchor, depth=depth + 1) if is_verbal(anchor) else []
    if verb.dep_ in {"relcl", "acl"} and verb.tag_ != "VBN":
        return [head]
    if verb.dep_ == "acl":
        return pobjs(verb, frozenset({"by"}))  # "Assad, supported by Moscow": a reduced passive
    if head.pos_ == "ADJ" and verb.dep_ == "xcomp":
        return subject_of(head, depth=depth + 1)
    return []


def _relative_object_gap(clause: Token) -> bool:
    """A relative clause on an object whose own object is the gap ("fighters that we
    captured", "fighters we captured")."""
    if clause.dep_ != "relcl" or clause.head.dep_ not in OBJECTS:
        return False
    objects = [c for c in clause.children if c.dep_ in OBJECTS]
    return all(c.lower_ in RELATIVE_PRONOUNS for c in objects)


def _preceding_relative(verb: Token) -> Token | None:
    """ "the group that has made advances in Aleppo, capturing the city": a participle
    after a relative clause continues it (the parser attaches it to the main verb)."""
    doc = verb.doc
    if verb.dep_ != "advcl" or verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    for token in [doc[verb.i - 2], *doc[verb.i - 2].ancestors]:
        if token.dep_ == "relcl":
            return token if token.i < verb.i and is_agent(token.head) else None
        if token.i == verb.head.i:
            return None
    return None


def noun_subject(noun: Token) -> list[Token]:
    """Agent of a nominal event: "Israel's raid", "the offensive by the group", "Israeli raids"."""
    found = [child for child in noun.children if child.dep_ == "poss"]
    found += pobjs(noun, frozenset({"by"}))
    if found:
        return found
    # "Israeli raids", and through a compound modifier "Israeli tank shelling".
    modifiers = [c for c in noun.lefts if c.dep_ in {"amod", "compound"}]
    modifiers += [g for c in modifiers if c.dep_ == "compound" for g in c.lefts if g.dep_ == "amod"]
    # "the Berlin market bombing": a place modifier of an attack is where it happened.
    attack = is_attack(noun)
    return [c for c in modifiers if _agentive_modifier(c) and (not attack or perpetrator(c, noun))]


def _agentive_modifier(token: Token) -> bool:
    """ "Israeli raids", "a rebel attack", "army shelling": a name or an agent noun."""
    if token.ent_type_ in NAME_LABELS - {"PERSON"}:
        return True
    if token.dep_ not in {"compound", "amod"} or token.lower_ not in ARMED_MODIFIERS:
        return False
    doc = token.doc
    if token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].lower_ in {"anti", "pro"}:
        return False  # "anti-government demonstrations": the government is the target
    return token.pos_ in {"NOUN", "ADJ"}  # "a rebel attack": "rebel" is tagged JJ


def _suffered_in(noun: Token) -> Token | None:
    """ "five soldiers were killed in a rebel attack": the passive verb whose subject
    suffered the nominal event."""
    head = noun.head
    if noun.dep_ != "pobj" or head.lower_ not in {"in", "during", "by"}:
        return None
    verb = head.head
    return verb if is_verbal(verb) and is_passive(verb) else None


def _split_gerund(verb: Token) -> Token | None:
    """ "were killed in Israeli tank shelling": a gerund the parser split from its modifier
    noun (the object of "in") and attached as a clause to the passive verb."""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.i == 0:
        return None
    before = verb.doc[verb.i - 1]
    prep = before.head
    attached = before.dep_ == "pobj" and prep.lower_ in {"in", "by"} and prep.head == verb.head
    return before if attached and is_passive(verb.head) else None


def _undergoing(noun: Token) -> Token | None:
    """The verb whose subject undergoes the nominal event: "faced pressure", "received
    aid", "came under attack"."""
    head = noun.head
    if noun.dep_ in OBJECTS and head.lemma_.lower() in UNDERGOING_VERBS:
        return head
    if noun.dep_ == "pobj" and head.lower_ == "under" and head.head.lemma_.lower() in {
        "come", "be", "remain", "fall"
    }:  # fmt: skip
        return head.head
    return None


def role_heads(trigger: Token, role: str, *, frame: Token) -> list[Token]:
    """Head tokens filling ``role`` for a trigger whose clause head is ``frame``.

    ``frame`` is the verb that carries the clause: the trigger itself, or the light
    verb of a nominal event ("launched an offensive").
    """
    nominal = trigger.pos_ in {"NOUN", "PROPN"}
    modified = _split_gerund(trigger)
    if modified is not None:
        # "killed in Israeli tank shelling", parsed "in [Israeli tank] [shelling]".
        if role in {"subject", "nmod"}:
            return noun_subject(modified)
        victims = [c for c in trigger.head.children if c.dep_ in PASSIVE_SUBJECTS]
        return victims if role in TARGET_ROLES and noun_subject(modified) else []
    undergoer = _undergoing(trigger) if nominal else None
    if undergoer is None:
        found = _role_heads(trigger, role, frame=frame)
        # Only an attack with a named attacker: "killed in a rebel attack", not "in riots".
        attacker = nominal and not found and bool(noun_subject(trigger))
        sufferer = _suffered_in(trigger) if attacker else None
        if sufferer is not None and role in TARGET_ROLES:
            return [c for c in sufferer.children if c.dep_ in PASSIVE_SUBJECTS]
        return found
    if role == "subject":
        # "Obama faces pressure from Congress": Congress presses, Obama is pressed.
        return list(dict.fromkeys(noun_subject(trigger) + pobjs(trigger, FROM)
                                  + pobjs(undergoer, FROM)))  # fmt: skip
    found = _role_heads(trigger, role, frame=trigger)
    return found or (subject_of(undergoer) if role in TARGET_ROLES else [])


def _role_heads(  # noqa: PLR0911, PLR0912 - a flat dispatch over roles reads best
    trigger: Token, role: str, *, frame: Token
) -> list[Token]:
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
            return pobjs(trigger, frozenset({"against", "on", "at"}))
        patients = None if nominal else shared_passive(trigger)
        if patients is not None:
            return patients
        return _past_instruments(object_of(trigger) or _raised_object(trigger))
    if role == "purpose":
        return purpose_targets(trigger, frame)
    if role == "dative":
        return [c for c in trigger.children if c.dep_ == "dative" and c.pos_ != "ADP"] + pobjs(
            trigger, frozenset({"to"})
        )
    if role == "poss":
        return [child for child in trigger.children if child.dep_ == "poss"]
    if role == "nmod":
        attack = is_attack(trigger)
        return [
            c
            for c in trigger.lefts
            if c.dep_ in {"amod", "compound"}
            and (c.ent_type_ in NAME_LABELS or _agentive_modifier(c))
            and (not attack or perpetrator(c, trigger))
        ]
    if role == "comp_subject":
        return _complement_subjects(trigger)
    if role == "comp_object":
        return _complement_objects(trigger)
    preps = frozenset({role})
    found = _located(pobjs(trigger, preps), role)
    if not found and frame.i != trigger.i:
        found = pobjs(frame, preps)
    if not found:
        found = _object_pps(trigger, preps)
    if not found and role == "against":
        found = purpose_targets(trigger, frame)
    return list(dict.fromkeys(found))


def without_venues(noun: Token, heads: list[Token]) -> list[Token]:
    """Heads of a two-sided nominal event ("talks", "summit", "clashes") without a lone
    place-name modifier: "the Munich security conference", "the Sochi summit" name where it
    is held (left for the place stage), not a party. Paired names ("US-China talks",
    "EU-Turkey summit"), demonyms, bodies and persons stay."""
    modifiers = [h for h in heads if h.head == noun and h.dep_ in {"compound", "amod", "nmod"}]
    names = {entity_start(t) for m in modifiers for t in m.subtree if t.ent_type_ in NAME_LABELS}
    if len(names) != 1 or any(c.dep_ == "conj" for m in modifiers for c in m.children):
        return heads
    return [h for h in heads if h not in modifiers or h.ent_type_ not in VENUE_LABELS]


def _object_pps(trigger: Token, preps: frozenset[str]) -> list[Token]:
    """ "discussed the conflict with Putin": the PP often attaches one level too low."""
    objects = [c for c in trigger.children if c.dep_ in OBJECTS | PASSIVE_SUBJECTS]
    if trigger.pos_ in {"NOUN", "PROPN"}:
        # "a suspension of air links with Serbia": a nominal trigger's object is its "of" phrase.
        objects += [
            obj for prep in trigger.children if prep.dep_ == "prep" and prep.lower_ == "of"
            for obj in prep.children if obj.dep_ == "pobj"
        ]  # fmt: skip
    # "launched artillery, mortar and rocket fire against X": any conjunct's PP.
    for child in [member for obj in objects for member in conjuncts(obj)]:
        found = [o for o in pobjs(child, preps) if not is_goods(o)] + [
            obj for sub in child.children if sub.dep_ == "prep" for obj in pobjs(sub, preps)
        ]  # fmt: skip
        if not found:
            # Deeper in the object phrase only a name will do ("suspended part of
            # an aid program for Bosnia").
            found = [
                obj for sub in child.subtree if sub.dep_ == "prep"
                for obj in pobjs(sub.head, preps)
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
        targets = pobjs(comp, TARGET_PREPS) + [
            p for o in objects for p in pobjs(o, TARGET_PREPS)
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
    return pobjs(trigger, frozenset({"on", "upon"}))


def _raised_object(verb: Token) -> list[Token]:
    """ "a missile believed to be fired": the noun the reduced relative modifies."""
    head = verb.head
    if verb.dep_ == "xcomp" and is_passive(verb) and head.dep_ == "acl" and head.tag_ == "VBN":
        return [head.head]
    return []


def _past_instruments(objects: list[Token]) -> list[Token]:
    """ "downed by a missile fired by rebels": when the object of the act is its weapon,
    the target is what the weapon struck (the passive subject of the clause it is in)."""
    weapons = frames().instruments
    if not objects or any(obj.lemma_.lower() not in weapons for obj in objects):
        return objects
    found: list[Token] = []
    for weapon in objects:
        head = weapon.head
        if weapon.dep_ == "pobj" and head.dep_ == "agent" and is_verbal(head.head):
            found.extend(c for c in head.head.children if c.dep_ in PASSIVE_SUBJECTS)
        elif weapon.dep_ in SUBJECTS and is_verbal(head):
            found.extend(object_of(head))
    return found or objects
