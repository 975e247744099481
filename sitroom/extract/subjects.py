"""Who acts in a clause: its grammatical (active) subject, through conjunction, control,
participles and passives (``subject_of``), and the parties of a nominal event a verb of
involvement takes ("engaged in combat with X": ``engaged_parties``)."""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.extract.agents import is_agent, is_word, misread_participle
from sitroom.extract.clauses import (
    OBJECTS,
    PASSIVE_SUBJECTS,
    SUBJECTS,
    WITH,
    is_passive,
    is_verbal,
    pobjs,
    reduced_passive,
    stative,
    to_infinitive,
)
from sitroom.extract.controllers import (
    controller,
    document_sender,
    light_carrier,
    shared_passive,
)
from sitroom.extract.lexicon import attribution, frames
from sitroom.extract.nominals import hands_of, whose_antecedent
from sitroom.extract.phrases import RELATIVE_PRONOUNS
from sitroom.extract.reattach import (
    journey_before,
    list_start,
    modal_sibling,
    preceding_relative,
    relative_object_gap,
)

FURTHER = frozenset({"further", "farther", "far"})
TIME_ADJUNCT_PREPS = frozenset({"after", "following"})
# Verbs of saying beyond the attribution lexicon that invert after a quoted clause.
_INVERTING = frozenset({"warn", "argue", "predict", "urge", "complain", "suggest", "believe"})
_FINITE = frozenset({"VB", "VBP", "VBZ", "VBD"})
# Acts of speech and commitment only a party performs (``_reported_thing``).
_SPEECH_ACTS = frozenset(
    {"promise", "pledge", "vow", "deny", "admit", "apologise", "apologize", "call", "urge",
     "demand", "accuse", "criticise", "criticize", "condemn", "reject", "refuse", "agree",
     "warn", "threaten", "ask", "appeal", "welcome", "praise"}
)  # fmt: skip

# "engaged in combat with X": the subject takes part in the nominal event (participles too:
# the small model may lemmatise them as adjectives).
INVOLVED = frozenset(
    {"engage", "involve", "embroil", "lock", "mire", "bog", "entangle", "engaged", "involved",
     "embroiled", "locked", "mired", "bogged", "entangled"}
)  # fmt: skip


def _judge_agent(verb: Token) -> list[Token]:
    """ "was described as alarming by the envoy": the parser hangs the verb's "by" on the
    adjective of its "as" phrase; an adjective takes no agent of its own, nor does a quoted
    label ("as a 'rogue state' by the envoy"): the quote closes the label before "by"."""
    return [
        obj for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "as"
        for word in prep.children if word.pos_ == "ADJ" or _quoted_label(word)
        for obj in pobjs(word, frozenset({"by"}))
    ]  # fmt: skip


def _quoted_label(word: Token) -> bool:
    """A noun whose "by" phrase follows a closing quotation mark ("a 'terror state' by")."""
    return word.pos_ in {"NOUN", "PROPN"} and any(
        prep.lower_ == "by" and prep.i > 0 and word.doc[prep.i - 1].is_quote
        for prep in word.children
    )


def subject_of(  # noqa: PLR0911, PLR0912, PLR0915 - one exit per construction
    verb: Token, *, depth: int = 0
) -> list[Token]:
    """Grammatical (active) subject, climbing conjunction, control and participles."""
    if depth > 4:
        return []
    if whose_antecedent(verb) is not None:  # "the envoy, whose abduction by X": X acts
        return pobjs(verb, frozenset({"by"})) + hands_of(verb)
    if verb.pos_ == "ADJ" and verb.dep_ in {"acomp", "oprd"} and is_verbal(verb.head):
        return subject_of(verb.head, depth=depth + 1)  # "Norway is willing to send"
    if verb.dep_ == "csubj" and verb.tag_ == "VBG" and verb.i < verb.head.i:
        # "Praising his hosts, the envoy said ...": a fronted participle the parser took for
        # a clausal subject beside the verb's own subject is an adjunct of that subject.
        own = [c for c in verb.head.children if c.dep_ == "nsubj"]
        if own:
            return own
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
        return (
            [misread_participle(h) for h in pobjs(verb, frozenset({"by"}))]
            or hands_of(verb)
            or (pobjs(verb.head, frozenset({"by"})) if verb.dep_ == "conj" else [])
            or _judge_agent(verb)
        )
    subjects = SUBJECTS | PASSIVE_SUBJECTS if stative(verb) else SUBJECTS
    # "X will rise, warn unions.": an inverted speaker when the verb has no subject before it.
    direct = [c for c in verb.children if c.dep_ in subjects] or inverted_speaker(verb)
    if direct:
        return direct
    head = verb.head
    own = [c for c in verb.children if c.dep_ in OBJECTS and c.lower_ not in RELATIVE_PRONOUNS]
    if verb.dep_ == "conj" and own and relative_object_gap(head):
        # "take back fighters that we captured and put them on trial": a conjunct with its
        # own object continues the clause above the relative, not the relative clause.
        above = head.head.head
        return subject_of(above, depth=depth + 1) if is_verbal(above) else []
    if verb.dep_ == "conj" and is_verbal(head):
        modal = modal_sibling(verb)
        if modal is not None:
            return subject_of(modal, depth=depth + 1)
        if _reported_thing(verb, head):
            return subject_of(head.head, depth=depth + 1)
        if is_passive(head) and verb.tag_ != "VBN":
            if own and is_word(head, frames().harm_participles):
                # "One man was killed after a rocket struck X", parsed "was killed and struck
                # X": who was killed or wounded does not act on another in the same breath.
                return []
            # "was indicted by the court and will resign": the indicted one resigns.
            return [c for c in head.children if c.dep_ in PASSIVE_SUBJECTS]
        return subject_of(head, depth=depth + 1)
    if verb.dep_ == "xcomp":
        if head.dep_ == "acl" and reduced_passive(head):
            # "men killed fighting X": the noun the participle modifies is killed, and it
            # is the one who was fighting (the agent of "killed" is not).
            return [list_start(head.head, head)]
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
    journey = journey_before(verb) if purpose else None
    if journey is not None:
        return subject_of(journey, depth=depth + 1)
    if (verb.dep_ in {"advcl", "pcomp"} and verb.tag_ == "VBG") or purpose:
        sender = document_sender(verb)  # "published a letter from X asking for Y"
        if sender is not None:
            return sender
        clause = preceding_relative(verb) if verb.tag_ == "VBG" else None
        if clause is not None:
            return subject_of(clause, depth=depth + 1)
        anchor = head.head if verb.dep_ == "pcomp" else head
        if anchor.pos_ in {"NOUN", "PROPN"} and anchor.dep_ in OBJECTS:
            anchor = anchor.head  # "made advances, capturing X": the maker captures
        if verb.tag_ == "VBG" and verb.i < anchor.i and is_verbal(anchor) and is_passive(anchor):
            # "X, meeting in Y, is shunned by Z": a participle before a passive verb is
            # controlled by its surface subject, not by its agent (", killing five" after it
            # is the act's result, done by the agent).
            return [c for c in anchor.children if c.dep_ in PASSIVE_SUBJECTS]
        return subject_of(anchor, depth=depth + 1) if is_verbal(anchor) else []
    if verb.dep_ in {"relcl", "acl"} and not reduced_passive(verb):
        sender = document_sender(verb)  # "dropped leaflets urging X"
        if sender is not None:
            return sender
        return [list_start(head, verb) if verb.dep_ == "acl" else head]
    if verb.dep_ == "acl":
        # "Assad, supported by Moscow": a reduced passive; the noun it modifies undergoes it
        # ("the volunteer killed in a raid" is the one killed, never the killer).
        return pobjs(verb, frozenset({"by"})) or hands_of(verb)
    return []


def _reported_thing(verb: Token, head: Token) -> bool:
    """ "She said the cuts were needed and promised ...": a speech act the parser coordinated
    with a reported state (a copula or a passive) or with a clause whose subject is no party
    (cuts do not promise) is the speaker's second act; an act reported of a party keeps the
    parse ("said the envoy lied and promised")."""
    if head.dep_ != "ccomp" or not is_verbal(head.head):
        return False
    if head.head.lemma_.lower() not in attribution().reporting_verbs:
        return False
    word = verb.lemma_.lower()
    if word not in _SPEECH_ACTS and word not in attribution().reporting_verbs:
        return False
    own = [c for c in head.children if c.dep_ in SUBJECTS | PASSIVE_SUBJECTS]
    if not own:
        return False
    if head.lemma_.lower() == "be" or is_passive(head):
        return True
    return not any(is_agent(c) or c.pos_ == "PRON" for c in own)


def inverted_speaker(verb: Token) -> list[Token]:
    """ "Fares will rise, warn rail unions.": quotative inversion. A reporting verb after
    its content clause and a comma, with no subject of its own, whose one noun phrase after
    it ends the sentence, has that phrase for its speaker, not for its object (the parser
    reads it as an object, or climbs to the content clause's subject)."""
    word = verb.lemma_.lower()
    if word == "tell" or (word not in _INVERTING and word not in attribution().reporting_verbs):
        return []  # "told reporters" names an addressee
    sent = verb.sent
    if verb.dep_ == "conj" and any(t.dep_ == "cc" for t in verb.doc[verb.head.i : verb.i]):
        return []  # "arrived and, smiling, said ...": a conjunct shares its subject
    if verb.tag_ not in _FINITE or verb.i - 2 <= sent.start or verb.doc[verb.i - 1].text != ",":
        return []
    after = [c for c in verb.children if c.i > verb.i and not (c.is_punct or c.is_space)]
    if len(after) != 1 or after[0].dep_ not in OBJECTS | {"dep", "attr"}:
        return []
    speaker = after[0]
    rest = [t for t in verb.doc[speaker.right_edge.i + 1 : sent.end] if t.is_alpha or t.is_digit]
    if rest or speaker.pos_ not in {"NOUN", "PROPN"}:
        return []
    return [speaker]


def engaged_parties(noun: Token) -> list[Token]:
    """ "X are engaged in combat with Y", "X would engage in hostilities": the subject of a
    verb of involvement is a party to the nominal event in its "in" phrase; so is the
    subject of a clause with an "after talks with Y" adjunct (``adjunct_meeting``)."""
    prep = noun.head
    if adjunct_meeting(noun):
        return subject_of(prep.head)
    joined = _joined_in(noun)
    if joined:
        return joined
    if noun.dep_ != "pobj" or prep.lower_ != "in":
        return []
    further = any(c.lower_ in FURTHER for c in prep.head.children)
    if not is_word(prep.head, INVOLVED) and not (prep.head.lemma_ == "go" and further):
        return []  # "went further in its criticism of X": the goer criticises
    governor = prep.head
    if any(c.dep_ in OBJECTS for c in governor.children):
        return []  # "engaged the rebels in a firefight": the verb itself is the act
    # "are engaged in": a stative participle, its subject (passive or not) takes part.
    # (the parser may hang that subject on the auxiliary: "are" <- "the rebels").
    helpers = [governor, *(c for c in governor.children if c.dep_ in {"aux", "auxpass"})]
    found = [c for h in helpers for c in h.children if c.dep_ in SUBJECTS | PASSIVE_SUBJECTS]
    found = found or (subject_of(governor) if is_verbal(governor) else [])
    if not found and governor.dep_ in {"acomp", "oprd"} and is_verbal(governor.head):
        found = subject_of(governor.head)
    return found


def _joined_in(noun: Token) -> list[Token]:
    """ "X will join Y in a visit to Z", "joined Y on a tour": both the joiner and the one
    joined take part in the nominal event."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in {"in", "on"}:
        return []
    verb = prep.head
    if verb.lemma_.lower() != "join" or not is_verbal(verb):
        return []
    joined = [c for c in verb.children if c.dep_ in OBJECTS]
    if not joined:
        return []
    return subject_of(verb) + joined


def adjunct_meeting(noun: Token) -> bool:
    """ "after talks with the health board, the trust ...": a meeting noun with a "with"
    party in a time adjunct of a clause with a subject is a meeting of that subject with the
    party ("after a meeting with friends" names no party)."""
    return (
        noun.dep_ == "pobj"
        and is_word(noun, frames().partner_meeting_nouns)
        and noun.head.lower_ in TIME_ADJUNCT_PREPS
        and is_verbal(noun.head.head)
        and bool(subject_of(noun.head.head))
        and any(is_agent(obj) for obj in pobjs(noun, WITH))
    )
