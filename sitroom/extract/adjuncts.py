"""What stands beside an event rather than in its content (docs/codebook.md, "Events
beside another event"): time and fronted adjuncts, coordinated predicates, participles
with their own agent, answered appeals, and topics of talk.

``triggers`` asks these questions while climbing from a trigger to an absorbing one.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.extract.agents import is_agent
from sitroom.extract.clauses import is_verbal, lemma, pobjs
from sitroom.extract.lexicon import frames
from sitroom.extract.nominals import voicers
from sitroom.extract.patterns import PatternSet
from sitroom.extract.phrases import PLAIN_RELATIVES

# "Before invading the town, A told B ...", "during talks in Oslo, A urged ...": a time
# adjunct of an absorbing trigger says when it happened, never what it is about.
TIME_PREPS = frozenset(
    {"before", "after", "since", "while", "during", "amid", "amidst", "following", "throughout"}
)
# "talked of recalling its envoy", "talk about pulling out": what is talked of (even with
# no partner, when the talk is no CONSULT) is a topic, not an act.
TOPIC_PREPS = frozenset({"of", "about"})
SPEAKER_PREPS = frozenset({"from", "by"})


def beside(token: Token) -> bool:
    """Is ``token`` an adjunct or a second predicate of its head rather than its content?

    A time adjunct ("*before invading* the town, A told B to ..."), a fronted adjunct ("*in
    a phone call* to X, A urged Y") and a coordinated predicate ("accused B of bad faith
    *and delivered* an ultimatum") are events beside their head's, not what it is about."""
    head = token.head
    if token.dep_ == "prep" and is_verbal(head):
        return token.lower_ in TIME_PREPS or token.i < head.i
    return token.dep_ == "conj" and is_verbal(token) and is_verbal(head)


def own_agent(verb: Token, patterns: PatternSet) -> bool:
    """ "accused B of stalling, a charge *refuted by* B": a participle with its own agent on
    an event or statement noun reports that agent's response, not the content of the
    event around it. On a thing ("a demand for the return of property *seized by* X") it
    stays inside that content, and so does the participle's own purpose ("a protest staged
    by students to oppose X")."""
    noun = verb.head
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and any(c.dep_ == "agent" for c in verb.children)
        and (
            bool(patterns.candidates(lemma(noun))) or lemma(noun) in frames().answerable_statements
        )
    )


def answered(noun: Token) -> bool:
    """ "the UN's calls for a truce were ignored", "Kyiv's demand was rejected": an owned
    appeal that the clause is about (the passive subject of a response) was made; it is its
    owner's REQUEST. As an object ("Moscow rejected Kyiv's demand") the response's dyad
    already carries it."""
    owned = any(c.dep_ == "poss" and c.lower_ not in PLAIN_RELATIVES for c in noun.children)
    return (
        owned
        and lemma(noun) in frames().appeal_nouns
        and noun.dep_ == "nsubjpass"
        and lemma(noun.head) in frames().response_verbs
    )


def topic_gerund(token: Token) -> bool:
    """ "talked of recalling its envoy": a gerund after "of/about" under a word of talk or
    thought is what is talked of, not an act."""
    return (
        token.dep_ == "pcomp"
        and token.tag_ == "VBG"
        and token.head.lower_ in TOPIC_PREPS
        and lemma(token.head.head) in frames().topic_heads
    )


def voiced(noun: Token) -> bool:
    """ "a request from the mayor to move the summit", "denied accusations made by the
    senator": a speech-act noun naming its speaker in a "from"/"by" phrase, or in the agent
    of a participle that only says who voiced it, was made by that speaker; it is an act of
    its own even inside another event. A bare "the accusations" leaves the speaker open."""
    if lemma(noun) not in frames().voiced_nouns or noun.pos_ != "NOUN":
        return False
    return any(is_agent(s) for s in pobjs(noun, SPEAKER_PREPS) + voicers(noun))
