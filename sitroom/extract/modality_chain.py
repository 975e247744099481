"""The governors a trigger inherits its modality from, and the ones other stages ask
about: a taken decision, a readiness, a motive, an obligation, a denial."""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.extract.agents import is_agent, is_word
from sitroom.extract.clauses import CLAUSE_SUBJECTS, lemma, to_infinitive
from sitroom.extract.lexicon import attribution, modality
from sitroom.extract.modality_scope import taken
from sitroom.extract.triggers import Match, is_purpose

# Edges climbed from the trigger to the verbs whose modality it inherits.
GOVERNING_EDGES = frozenset({"xcomp", "ccomp", "dobj", "pobj", "prep", "pcomp", "acomp", "conj"})


def chain(match: Match) -> list[Token]:
    """Trigger, its frame, and the governors up to the clause that reports it."""
    path = [match.token] if match.frame.i == match.token.i else [match.token, match.frame]
    return path + climb(match.frame)


def climb(token: Token) -> list[Token]:
    """The governors of ``token`` whose modality it inherits, nearest first."""
    governors: list[Token] = []
    reporting = attribution().reporting_verbs
    for _ in range(6):
        # Adverbial clauses ("even though ...", "as ...") do not pass on modality;
        # purpose clauses do ("prepared to resume shelling").
        if not (token.dep_ in GOVERNING_EDGES or is_purpose(token)) or token.head.i == token.i:
            break
        if token.dep_ == "prep" and token.lower_ in modality().scope_barriers:
            break  # "after taking the town, Turkey sought to ...": a time adjunct keeps its own
        if token.dep_ == "conj":
            # A coordinated verb shares the auxiliaries and governors of the verb it is
            # coordinated with ("asked X to take back the fighters and put them on trial"),
            # unless it has its own subject or auxiliary ("will not attack but will talk").
            head = conjunct_head(token)
            if head is None:
                break
            token = head
            governors.append(token)
            continue
        token = token.head
        if lemma(token) in reporting:
            break
        governors.append(token)
    return governors


def noun_content(token: Token) -> Token | None:
    """The noun whose infinitive clause ``token`` heads ("a plan to attack"), if any."""
    infinitive = token.dep_ in {"acl", "relcl"} and to_infinitive(token)
    return token.head if infinitive and token.head.pos_ in {"NOUN", "PROPN"} else None


def misattached_noun(token: Token) -> Token | None:
    """ "concerns over the campaign to reclaim X": the parser may hang a noun's infinitive on
    the clause's verb; right after a prepositional object it is still that noun's content
    (an object before "to" is the controller instead: "urged the rebels to attack")."""
    if token.dep_ != "xcomp" or not to_infinitive(token) or token.i < 2:
        return None
    to, noun = token.doc[token.i - 1], token.doc[token.i - 2]
    if to.lower_ != "to" or noun.pos_ != "NOUN" or noun.dep_ != "pobj":
        return None
    return noun


def decided(match: Match) -> Token | None:
    """The decision noun whose infinitive the trigger is ("his decision to strip her
    citizenship"), when taken: a decided act, announced but no threat."""
    return taken_decision(chain(match))


def taken_decision(path: list[Token]) -> Token | None:
    """The taken decision noun whose infinitive ends ``path`` (a ``chain``), if any."""
    noun = noun_content(path[-1])
    return noun if noun is not None and taken(noun) else None


def posture(match: Match) -> Token | None:
    """The readiness verb governing the trigger ("prepared to resume shelling"), if any."""
    for token in chain(match)[1:]:
        if lemma(token) in modality().posture_governors:
            return token
    return None


def motive(match: Match) -> Token | None:
    """The desire verb of a subordinate clause the trigger is the content of ("went because
    they want to kill Isis", "fighters who seek to topple him"): a motive, neither the
    act nor a threat of it. A main-clause "X wants to attack Y" stays a stated intention."""
    for token in chain(match)[1:]:
        if lemma(token) in modality().motive_governors:
            return token if token.dep_ in {"advcl", "relcl", "acl"} else None
    return None


def purpose(match: Match) -> Token | None:
    """The verb of keeping whose purpose infinitive is the trigger's clause ("would retain a
    force *to fight* the insurgents"): a standing mission, not an announced act ("would send
    troops to attack the town" announces the attack)."""
    for token in {match.token.i: match.token, match.frame.i: match.frame}.values():
        if is_purpose(token) and lemma(token.head) in modality().mission_verbs:
            return token.head
    return None


def obligation(match: Match) -> Token | None:
    """The obligation word governing the trigger ("denied it was *bound* to observe the
    truce", "said it was not *obliged* to withdraw"), if any."""
    words = modality().obligation_words
    return next((t for t in chain(match)[1:] if is_word(t, words)), None)


def denied(match: Match) -> Token | None:
    """The verb of denial governing the trigger ("denied that it was bound to ..."), if any."""
    words = modality().negating_governors
    return next((t for t in chain(match)[1:] if lemma(t) in words), None)


# Tensed forms, which cannot sit under "to", "do" or a modal (unlike VB, VBP, VBN).
TENSED_TAGS = frozenset({"VBD", "VBZ"})


def _tense(verb: Token) -> str | None:
    """The tense (VBD past, VBZ present) of the finite clause above an infinitive ("did
    not want to go": past), so that a tensed conjunct of the infinitive that agrees with it
    is read as that clause's own conjunct (not a mistagged base form: "wants to ... lay")."""
    for token in (verb, *verb.ancestors):
        tags = [token.tag_, *(c.tag_ for c in token.children if c.dep_ == "aux")]
        if "VBD" in tags:
            return "VBD"
        if "VBZ" in tags or "VBP" in tags:
            return "VBZ"
        if token.dep_ not in {"xcomp", "conj"}:
            return None
    return None


def _modal(verb: Token) -> bool:
    """Does ``verb`` carry a modal auxiliary ("would publish", "will meet")?"""
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def _thing_clause(verb: Token) -> bool:
    """A complement clause whose subject is a common noun that names no party ("his
    forecasts were too rosy"): an agentive verb coordinated after it has another subject."""
    if verb.dep_ != "ccomp":
        return False
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subject is not None and subject.pos_ == "NOUN" and not is_agent(subject)


def conjunct_head(conj: Token) -> Token | None:
    """The verb whose auxiliaries and governors a coordinated verb shares ("should take back
    the fighters and put them on trial"), or None when it is a clause of its own, with its
    own subject or finite auxiliary ("will not attack but will negotiate"). A conjunct with
    its own object that the parser hung on a relative clause whose object is the gap ("take
    back the fighters that we captured and put them on trial") belongs to the clause of the
    relative's noun."""
    if any(
        c.dep_ in CLAUSE_SUBJECTS or (c.dep_ == "aux" and c.lower_ != "to") for c in conj.children
    ):
        return None
    head = conj.head
    if conj.tag_ in TENSED_TAGS and head.tag_ == "VB" and _tense(head) == conj.tag_:
        # "had not wanted to walk out and urged new talks": a tensed verb cannot share
        # an infinitive's "to" or a "did"/modal, so it is coordinated with a finite clause.
        return None
    if conj.tag_ in TENSED_TAGS and head.tag_ == "VB" and _modal(head):
        # "said his party would publish plans and attacked the rival's": the parser hangs
        # the past verb on the modal's verb, but it cannot share "would".
        return None
    if conj.tag_ in TENSED_TAGS and _thing_clause(head):
        # "said the remarks were not racist and refused to apologise": remarks cannot
        # refuse, so the tensed verb is the reporter's own act, outside that clause.
        return None
    own_object = any(c.dep_ in {"dobj", "obj"} for c in conj.children)
    noun = head.head
    if head.dep_ == "relcl" and own_object and noun.dep_ in {"dobj", "obj"}:
        objects = [c for c in head.children if c.dep_ in {"dobj", "obj"}]
        if all(c.tag_ in {"WDT", "WP"} for c in objects):
            return noun.head  # the relative clause's object is its gap: "put them" is not in it
    return head
