"""Participants from the dependency parse: the roles of a trigger (noun phrases: ``phrases``;
who acts in a clause: ``subjects``)."""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.extract.agents import NAME_LABELS, TIME_LABELS, is_agent, is_attack, is_goods, is_word
from sitroom.extract.clauses import (
    OBJECTS,
    OF,
    PASSIVE_SUBJECTS,
    SUBJECTS,
    is_passive,
    is_verbal,
    object_of,
    pobjs,
    to_infinitive,
)
from sitroom.extract.complements import complement_objects, complement_subjects
from sitroom.extract.controllers import shared_passive
from sitroom.extract.lexicon import agents, frames
from sitroom.extract.lexicon_speech import evaluation
from sitroom.extract.nominals import (
    agentive_modifiers,
    journey_clause,
    noun_subject,
    rescue_verb,
    share_holders,
    split_gerund,
    suffered_in,
    theme_possessor,
    undergoing,
    whose_antecedent,
)
from sitroom.extract.phrases import (
    PLACE_LABELS,
    conjuncts,
    mention,
    mentions,
    relative_head,
)
from sitroom.extract.purposes import defended_from, purpose_targets
from sitroom.extract.replies import answered_request
from sitroom.extract.subjects import engaged_parties, inverted_speaker, subject_of
from sitroom.extract.venues import located, without_venues

# Clause and noun-phrase helpers live in ``clauses`` and ``phrases``; callers import
# them from here too.
__all__ = [
    "OBJECTS", "PASSIVE_SUBJECTS", "PLACE_LABELS", "SUBJECTS", "conjuncts", "is_verbal", "mention",
    "mentions", "object_of",
    "relative_head", "role_heads", "without_venues",
]  # fmt: skip

# Roles naming the target of a nominal event; under such a verb, its subject.
TARGET_ROLES = frozenset({"object", "dative", "on", "upon", "to", "for", "against", "at"})
FROM = frozenset({"from"})
# "to help X": a purpose of giving that names whom it benefits (``_beneficiaries``).
HELP_VERBS = frozenset({"help", "support", "assist", "aid"})
CLAUSES = frozenset({"acl", "relcl", "advcl", "ccomp", "xcomp", "csubj"})


def role_heads(  # noqa: PLR0911 - one exit per construction
    trigger: Token, role: str, *, frame: Token
) -> list[Token]:
    """Head tokens filling ``role`` for a trigger whose clause head is ``frame``.

    ``frame`` is the verb that carries the clause: the trigger itself, or the light
    verb of a nominal event ("launched an offensive").
    """
    nominal = trigger.pos_ in {"NOUN", "PROPN"}
    modified = split_gerund(trigger)
    if modified is not None:
        # "killed in Israeli tank shelling", parsed "in [Israeli tank] [shelling]".
        if role in {"subject", "nmod"}:
            return noun_subject(modified)
        victims = [c for c in trigger.head.children if c.dep_ in PASSIVE_SUBJECTS]
        return victims if role in TARGET_ROLES and noun_subject(modified) else []
    rescuer = rescue_verb(trigger) if nominal else None
    if rescuer is not None:  # "came to X's aid": the comer helps X
        if role == "subject":
            return subject_of(rescuer)
        return [c for c in trigger.children if c.dep_ == "poss"] if role in TARGET_ROLES else []
    undergoer = undergoing(trigger) if nominal else None
    if undergoer is not None and trigger.lemma_.lower() in frames().contests:
        frame, undergoer = undergoer, None  # "faced a battle": a side of it, not its target
    if undergoer is None:
        found = _role_heads(trigger, role, frame=frame)
        # An attack, named or by its attacker: "killed in a rebel attack", "in a drone
        # strike", not "in riots".
        attacker = nominal and not found and (bool(noun_subject(trigger)) or is_attack(trigger))
        sufferer = suffered_in(trigger) if attacker else None
        if sufferer is not None and role in TARGET_ROLES:
            passive = [c for c in sufferer.children if c.dep_ in PASSIVE_SUBJECTS]
            return passive or subject_of(sufferer)  # "reportedly died in an airstrike"
        return found
    # "enjoyed the backing of Iran", "lack the support of X": the "of" object of an event
    # undergone is its doer ("their capture" and the like keep it as the one undergoing).
    doers = [] if is_word(trigger, agents().theme_nouns) else [
        h for h in pobjs(trigger, OF) if is_agent(h)  # not "criticism of its handling"
    ]  # fmt: skip
    if role == "subject":
        # "Obama faces pressure from Congress": Congress presses, Obama is pressed.
        return list(dict.fromkeys(noun_subject(trigger) + pobjs(trigger, FROM)
                                  + pobjs(undergoer, FROM) + doers))  # fmt: skip
    if role == "of" and doers:
        return []
    # "repelled an attack on Sunday": a time is no target.
    found = [h for h in _role_heads(trigger, role, frame=trigger) if h.ent_type_ not in TIME_LABELS]
    return found or (subject_of(undergoer) if role in TARGET_ROLES else [])


def _role_heads(  # noqa: PLR0911, PLR0912 - a flat dispatch over roles reads best
    trigger: Token, role: str, *, frame: Token
) -> list[Token]:
    nominal = trigger.pos_ in {"NOUN", "PROPN"}
    if role == "subject":
        if nominal and frame.i == trigger.i:
            journey = journey_clause(trigger)  # "On a visit to X, he ...": he travels
            return (
                noun_subject(trigger) or engaged_parties(trigger) or share_holders(trigger)
                or (subject_of(journey) if journey is not None else [])
            )  # fmt: skip
        found = subject_of(frame) if is_verbal(frame) or frame.pos_ == "ADJ" else []
        # "was alarmed at X": a participle of feeling is an adjective, its feeler the subject.
        adjectival = frame.pos_ == "ADJ" or frame.lower_ in evaluation().qualmed
        if not found and adjectival and frame.dep_ in {"acomp", "amod"}:
            found = subject_of(frame.head) if is_verbal(frame.head) else []
        return found or (noun_subject(trigger) or engaged_parties(trigger) if nominal else [])
    if role == "object":
        if nominal:
            return pobjs(trigger, frozenset({"against", "on", "at"})) or theme_possessor(trigger)
        victim = whose_antecedent(trigger)
        if victim is not None:
            return [victim]  # "the governor, whose killing ...": the governor
        patients = None if nominal else shared_passive(trigger)
        if patients is not None:
            return patients
        found = _past_instruments(object_of(trigger) or _raised_object(trigger))
        found = [h for h in found if h not in inverted_speaker(trigger)]  # ", warn unions."
        return found or answered_request(trigger)  # "X asked Y to V. Y refused."
    if role == "purpose":
        return purpose_targets(trigger, frame)
    if role == "dative":
        return [c for c in trigger.children if c.dep_ == "dative" and c.pos_ != "ADP"] + pobjs(
            trigger, frozenset({"to"})
        )
    if role == "benefit":
        return _beneficiaries(trigger)
    if role == "author":  # "denied his claims", "her claims were denied": whose words
        words = [trigger] if nominal else object_of(trigger)
        return [c for o in words if is_word(o, agents().authored)
                for c in o.children if c.dep_ == "poss"]  # fmt: skip
    if role == "poss":
        themes = theme_possessor(trigger)  # "their capture": they were captured
        return [child for child in trigger.children if child.dep_ == "poss" and child not in themes]
    if role == "nmod":
        found = agentive_modifiers(trigger)
        if frame.i != trigger.i and is_verbal(frame) and subject_of(frame):
            # "the members mounted guerrilla attacks": with a subject, a common-noun modifier
            # is the kind of attack; only a name still adds a party ("staged US-led raids").
            return [c for c in found if c.ent_type_]
        return found
    if role == "comp_subject":
        return complement_subjects(trigger)
    if role == "comp_object":
        return complement_objects(trigger)
    preps = frozenset({role})
    found = located(pobjs(trigger, preps), role)
    if not found and frame.i != trigger.i:
        found = pobjs(frame, preps)
    if not found:
        found = _object_pps(trigger, preps)
    if not found and role == "against":
        found = purpose_targets(trigger, frame) or defended_from(trigger, frame)
    if not found and role == "of" and nominal:
        found = theme_possessor(trigger)
    return list(dict.fromkeys(found))


def _beneficiaries(trigger: Token) -> list[Token]:
    """ "gave grants to help a refugee charity", "provide funds to help a panel run X": the
    party a purpose clause of helping names (its object, or the subject of "help X do")."""
    if pobjs(trigger, frozenset({"to", "for"})) or any(
        c.dep_ == "dative" for c in trigger.children
    ):
        return []  # "gave money to the schools to help them": the schools
    found: list[Token] = []
    for clause in trigger.children:
        if clause.dep_ not in {"advcl", "xcomp"} or not to_infinitive(clause):
            continue
        if clause.lemma_.lower() not in HELP_VERBS:
            continue
        helped = [c for c in clause.children if c.dep_ in OBJECTS] or [
            s for c in clause.children if c.dep_ in {"ccomp", "xcomp"}
            for s in c.children if s.dep_ in SUBJECTS
        ]  # fmt: skip
        found.extend(h for h in helped if is_agent(h))
    return found


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
        found = [o for o in pobjs(child, preps) if not is_goods(o) and not _origin(child, o)] + [
            obj for sub in child.children if sub.dep_ == "prep" for obj in pobjs(sub, preps)
            if not _origin(sub, obj)
        ]  # fmt: skip
        if not found:
            # Deeper in the object phrase only a name will do ("suspended part of
            # an aid program for Bosnia"), and never inside a clause on it ("attend a
            # forum presented as a prelude to talks in Norway": a topic, not the host).
            found = [
                obj for sub in child.subtree if sub.dep_ == "prep" and _in_phrase(sub, child)
                for obj in pobjs(sub.head, preps)
                if obj.ent_type_ in NAME_LABELS and not _origin(sub.head, obj)
            ]  # fmt: skip
        if found:
            return found
    return []


def _origin(holder: Token, place: Token) -> bool:
    """ "a mother of four from south Oslo": a place a party is "from" is where they come
    from, not whom the act is taken from."""
    from_pp = place.head.lower_ == "from"
    return from_pp and place.ent_type_ in {"GPE", "LOC"} and (is_agent(holder) or holder.like_num)


def _in_phrase(token: Token, top: Token) -> bool:
    """Is ``token`` inside the noun phrase of ``top`` without crossing a clause?"""
    while token.i != top.i:
        if token.dep_ in CLAUSES or token.head.i == token.i:
            return False
        token = token.head
    return True


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
