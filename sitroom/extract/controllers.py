"""Who does what a clause leaves without a subject of its own (``arguments``).

- A participle that shares a passive ("was shot, held and beaten", "reported being stopped
  and searched") or a participle small clause ("want them deported") has a patient, not an
  agent: its surface subject is the recipient; only a "by" phrase acts.
- Object control: "put pressure on X to V", "an invitation to X to V" (X does V); a
  non-agent noun's own possessor controls its infinitive ("X's attempt to V") or gerund
  ("X's focus on V-ing"); "a case against Y for V-ing", "fined Y for V-ing", "Y was fined
  for V-ing" (Y does V); "stopped X from V-ing"; "used X as proxies to V"; "trained X to V";
  an infinitive stranded in a relative clause inside an object-control complement ("let
  the bombers into the skies it patrols to strike X").
- A sent text that words a demand ("dropped leaflets urging X") speaks for its sender.
- A tally of bare participles ("40 dead and two clinics shelled") is reduced passives.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.extract.agents import is_agent
from sitroom.extract.clauses import (
    AGAINST,
    OBJECTS,
    OF,
    PASSIVE_SUBJECTS,
    is_passive,
    is_verbal,
    pobjs,
    to_infinitive,
)
from sitroom.extract.lexicon import agents, frames
from sitroom.extract.reattach import stranded_possessor

PARTICIPLES = frozenset({"VBN", "VBD"})
OWN_ARGUMENTS = frozenset(
    {"nsubj", "nsubjpass", "aux", "auxpass", "dobj", "obj", "dative", "ccomp", "attr"}
)
ADDRESSEES = frozenset({"on", "upon", "to"})
AS = frozenset({"as"})
OWNER_LABELS = frozenset({"NORP", "GPE", "ORG"})
# Written texts that are sent or handed out and word a demand or a message.
SENT_TEXTS = frozenset(
    {"leaflet", "flyer", "pamphlet", "letter", "message", "statement", "note", "communique",
     "ultimatum", "petition", "declaration", "memo", "text", "notice"}
)  # fmt: skip


def _bare_participle(verb: Token) -> bool:
    """A past participle with no subject, auxiliary or object of its own."""
    return (
        verb.tag_ in PARTICIPLES
        and not any(c.dep_ in OWN_ARGUMENTS for c in verb.children)
        and verb.lemma_.lower() not in agents().intransitive_verbs
    )


def shared_passive(  # noqa: PLR0911 - one exit per construction
    verb: Token, depth: int = 0
) -> list[Token] | None:
    """The patients of a participle that shares a passive, or ``None`` if it has none."""
    if depth > 4:
        return None
    counted = _tally(verb)
    if counted:
        return counted  # "40 dead, 90 wounded and two clinics shelled"
    governor = verb.head.lemma_.lower() in agents().small_clause_verbs
    if verb.tag_ == "VBN" and verb.dep_ in {"ccomp", "xcomp", "oprd"} and governor:
        own = [c for c in verb.children if c.dep_ == "nsubj"]
        helpers = [c for c in verb.children if c.dep_ in {"aux", "auxpass", *OBJECTS}]
        if own and not helpers:
            return own  # "would rather see them deported": a participle small clause
    head = verb.head
    if verb.dep_ not in {"conj", "advcl"} or head.i > verb.i or not is_verbal(head):
        return None
    if not _bare_participle(verb) or (verb.dep_ == "advcl" and verb.tag_ != "VBN"):
        return None
    if is_passive(head):
        own = [c for c in head.children if c.dep_ in PASSIVE_SUBJECTS]
        if own or head.dep_ != "xcomp":
            return own
        # "reported being stopped and searched": the raised subject of the passive.
        return [c for c in head.head.children if c.dep_ == "nsubj"]
    if verb.dep_ == "conj" and any(
        c.dep_ == "xcomp" and c.i < verb.i and c.tag_ == "VBN" and is_passive(c)
        for c in head.children
    ):  # "said they were being followed and threatened": the parser hangs it on "said"
        return [c for c in head.children if c.dep_ == "nsubj"]
    inner = shared_passive(head, depth + 1)
    return inner if inner else None


def _bare_predicate(token: Token) -> bool:
    """ "dead", "wounded", "bombed" with no auxiliary, object or agent of its own."""
    if token.pos_ == "ADJ":
        return not any(c.dep_ in {"aux", "auxpass", "cop"} for c in token.children)
    return token.tag_ in PARTICIPLES and not any(
        c.dep_ in OWN_ARGUMENTS - {"nsubj", "ccomp"} or c.dep_ == "agent" for c in token.children
    )


def _counted(token: Token) -> bool:
    return token.like_num or any(c.dep_ == "nummod" or c.like_num for c in token.children)


def _tally(verb: Token) -> list[Token]:
    """ "Ten soldiers killed, three villages burned and two schools bombed": in a tally of
    counted subjects with bare participles (no auxiliary, no object), each participle is a
    reduced passive; its subject is what was hit, not who hit it."""
    if verb.tag_ not in PARTICIPLES or verb.lemma_.lower() in agents().intransitive_verbs:
        return []
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and _counted(c)]
    if not subjects or not _bare_predicate(verb):
        return []
    members = [verb.head] if verb.dep_ in {"conj", "advcl", "ccomp"} else []
    members += [c for c in verb.children if c.dep_ in {"conj", "advcl", "ccomp"}]
    listed = any(
        _bare_predicate(m) and m.lemma_.lower() not in agents().intransitive_verbs
        and any(c.dep_ in {"nsubj", "npadvmod"} and _counted(c) for c in m.children)
        for m in members
    )  # fmt: skip
    return subjects if listed else []


def controller(verb: Token) -> list[Token]:
    """Who does an infinitive or gerund that the syntax gives to someone else's subject."""
    if to_infinitive(verb):
        return _infinitive_controller(verb)
    if verb.tag_ == "VBG" and verb.dep_ == "pcomp":
        return _gerund_controller(verb)
    return []


def _infinitive_controller(verb: Token) -> list[Token]:  # noqa: PLR0911, PLR0912 - one exit each
    head = verb.head
    control = frames().object_control
    cast = _cast_as(verb)
    if cast:
        return cast
    if verb.dep_ == "acl" and head.pos_ in {"NOUN", "PROPN"}:
        if head.lemma_.lower() in control:  # "an invitation to X to visit"
            found = pobjs(head, ADDRESSEES)
            if found:
                return found
        if not is_agent(head):  # "X's attempt to seize", not "X's troops to protect"
            return _noun_owners(head) or [o for o in pobjs(head, OF) if is_agent(o)]
        return []
    if verb.dep_ not in {"advcl", "xcomp"}:
        return []
    if head.dep_ == "relcl":
        found = _stranded_control(verb)
        if found:
            return found
    provided = _provided(verb)
    if provided:
        return provided
    if is_verbal(head):
        for obj in head.children:  # "put pressure on X to V"
            if obj.dep_ in OBJECTS and obj.lemma_.lower() in control:
                found = pobjs(obj, ADDRESSEES) + pobjs(head, frozenset({"on", "upon"}))
                if found:
                    return found
    return []


def _provided(verb: Token) -> list[Token]:
    """ "trained the rebels to fight X", "armed the militias to hold it": the party made or
    equipped does the purpose (not "arrested protesters to end the riot": the arrester's)."""
    if verb.dep_ != "advcl" or verb.head.lemma_.lower() not in frames().provision_verbs:
        return []
    return [o for o in verb.head.children if o.dep_ in OBJECTS and is_agent(o)]


def _gerund_controller(verb: Token) -> list[Token]:  # noqa: PLR0911 - one exit per construction
    head, anchor = verb.head, verb.head.head
    if head.lower_ == "for":
        # "a case against Y for refusing", "fined Y for refusing", "Y was fined for refusing"
        if is_verbal(anchor) and is_passive(anchor):
            return [c for c in anchor.children if c.dep_ in PASSIVE_SUBJECTS]
        objects = [c for c in anchor.children if c.dep_ in OBJECTS]
        against = pobjs(anchor, AGAINST) + [p for o in objects for p in pobjs(o, AGAINST)]
        return against or [o for o in objects if is_agent(o)]
    if is_passive(verb):
        return []  # "saved X from being attacked": X undergoes it
    if head.lower_ == "from" and anchor.lemma_.lower() in frames().from_control:
        # "stopped X from helping", "X was barred from travelling"
        if is_passive(anchor):
            return [c for c in anchor.children if c.dep_ in PASSIVE_SUBJECTS]
        return [c for c in anchor.children if c.dep_ in OBJECTS and is_agent(c)]
    if is_verbal(anchor):
        # "resist the Danish efforts at annexing X": the PP hung on the verb right after
        # its object belongs to that object.
        before = [o for o in anchor.children if o.dep_ in OBJECTS and o.right_edge.i == head.i - 1]
        anchor = before[0] if before else anchor
    if anchor.pos_ == "NOUN" and not is_agent(anchor):
        return _noun_owners(anchor)  # "X's focus on attacking", "the Danish bid at seizing"
    return []


def _cast_as(verb: Token) -> list[Token]:
    """ "employed local militias as proxies to battle X": an object cast as an agent ("as" an
    agent noun) does the infinitive, wherever it hangs (on the verb or on the agent noun)."""
    head = verb.head
    if verb.dep_ == "acl" and head.dep_ == "pobj" and head.head.lower_ == "as" and is_agent(head):
        governor = head.head.head
    elif verb.dep_ in {"advcl", "xcomp"} and any(
        o.pos_ == "NOUN" and is_agent(o) for o in pobjs(head, AS)
    ):
        governor = head
    else:
        return []
    return [o for o in governor.children if o.dep_ in OBJECTS] if is_verbal(governor) else []


def _noun_owners(noun: Token) -> list[Token]:
    """Who a non-agent noun belongs to: its possessor, else a name modifying it ("the
    Danish efforts")."""
    owners = [c for c in noun.children if c.dep_ == "poss"] or stranded_possessor(noun)
    return owners or [
        c for c in noun.lefts if c.dep_ in {"amod", "compound"} and c.ent_type_ in OWNER_LABELS
    ]


def _stranded_control(verb: Token) -> list[Token]:
    """ "let the bombers into the skies it patrols to strike X": an infinitive the parser
    hangs on a relative clause inside the complement of an object-control verb that has no
    infinitive of its own belongs to that verb: its object does it (not the relative's
    subject). Verbs that take an infinitive themselves keep it ("the area it wants to bomb")."""
    clause = verb.head
    if clause.lemma_.lower() in frames().infinitive_takers:
        return []
    noun = clause.head
    if noun.dep_ != "pobj":
        return []
    governor = noun.head.head  # the verb, or its object the PP hangs on
    if governor.pos_ in {"NOUN", "PROPN"} and governor.dep_ in {*OBJECTS, "ccomp"}:
        objects, governor = [governor], governor.head
    else:
        objects = [c for c in governor.children if c.dep_ in OBJECTS]
    if governor.lemma_.lower() not in frames().object_control or not is_verbal(governor):
        return []
    if any(c.dep_ in {"xcomp", "ccomp"} and to_infinitive(c) for c in governor.children):
        return []
    return [o for o in objects if is_agent(o) and o.i < noun.i]


def document_sender(verb: Token) -> list[Token] | None:
    """ "jets dropped leaflets urging X to V", "issued a statement calling for Y": a written
    text that asks or says something speaks for whoever sent it (the subject of the verb it
    is the object of, or the "by" agent of a passive). ``None`` if not such a text."""
    if verb.dep_ == "advcl" and verb.tag_ == "VBG":
        # "published a letter from the farmers asking for X", the participle parsed on the
        # verb: only a text that names its own sender speaks here.
        texts = [c for c in verb.head.children if c.dep_ in OBJECTS and c.i < verb.i]
        named = [o for t in texts if t.lemma_.lower() in SENT_TEXTS for o in _senders(t)]
        return named or None
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or noun.lemma_.lower() not in SENT_TEXTS:
        return None
    # "a letter from the farmers asking for X": the letter's own sender, not whoever
    # publishes or receives it.
    if _senders(noun):
        return _senders(noun)
    sender = noun.head
    if noun.dep_ in OBJECTS and is_verbal(sender):
        return [c for c in sender.children if c.dep_ in {"nsubj"} and is_agent(c)]
    if noun.dep_ in PASSIVE_SUBJECTS and is_verbal(sender):
        return pobjs(sender, frozenset({"by"}))
    return None


def _senders(text: Token) -> list[Token]:
    return [o for o in pobjs(text, frozenset({"from", "by"})) if is_agent(o)]


def light_carrier(verb: Token) -> tuple[Token, list[Token]] | None:
    """ "signed a deal to V": the verb whose subject does V; "signed a pact with X to V"
    (the parser hangs the infinitive on X): X is a co-party, not the only one."""
    if verb.dep_ != "acl" or not to_infinitive(verb):
        return None
    noun, partners = verb.head, []
    if noun.dep_ == "pobj" and noun.head.lower_ == "with" and is_agent(noun):
        partners, noun = [noun], noun.head.head
    if is_agent(noun) or noun.dep_ not in OBJECTS or not is_verbal(noun.head):
        return None
    return noun.head, partners
