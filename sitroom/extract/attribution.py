"""Who the report cites: "X said", "according to X", carried over "it said" follow-ons."""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitroom.extract.agents import is_agent
from sitroom.extract.clauses import PASSIVE_SUBJECTS, SUBJECTS, lemma
from sitroom.extract.lexicon import attribution
from sitroom.extract.phrases import doc_text, mention
from sitroom.extract.triggers import Match

FIRST_PERSON = frozenset({"i", "we"})


def _according_to(sent: Span) -> str | None:
    for token in sent:
        if token.lower_ == "according":
            for prep in token.children:
                if prep.lower_ == "to":
                    objects = [c for c in prep.children if c.dep_ == "pobj"]
                    if objects:
                        return mention(objects[0]).text
    return None


def _source(verb: Token, previous: str | None) -> str | None:
    """Subject of a reporting verb; "it"/"the statement" continue the previous source."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
    if not subjects:
        # "was quoted as saying", "was reported": the agent, if named.
        subjects = [
            obj for c in verb.children if c.dep_ == "agent"
            for obj in c.children if obj.dep_ == "pobj"
        ]  # fmt: skip
    if not subjects or subjects[0].dep_ in PASSIVE_SUBJECTS:
        return None
    subject = subjects[0]
    lexicon = attribution()
    continuing = lemma(subject) in lexicon.continuing_sources and previous is not None
    if continuing and (
        subject.pos_ == "PRON" or any(c.lower_ in {"the", "this"} for c in subject.children)
    ):
        return previous
    if subject.lower_ in FIRST_PERSON:
        # "I told them ..." inside a quote: the quote's speaker, named before, is the source.
        return previous
    return _source_text(subject, lexicon.document_sources)


def _source_text(subject: Token, documents: frozenset[str]) -> str | None:
    """The cited source's words; ``None`` when the subject is no agent or document."""
    nouns = [c for c in subject.children if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"}]
    if subject.pos_ == "ADJ" and nouns:
        # "Current and former US officials": the parser heads the phrase with the adjective.
        end = mention(nouns[-1]).end
        return doc_text(subject.doc)[subject.idx : end]
    # "her discovery revealed", a misparsed "'s": no one is cited. People in the plural
    # ("witnesses said", "residents told") are sources whatever the noun.
    plural = subject.tag_ in {"NNS", "NNPS"}
    if not (is_agent(subject) or plural or lemma(subject) in documents):
        return None
    # "Obama and Putin said": coordinated named speakers are all cited, not the first alone.
    named = [c for c in subject.children if c.dep_ == "conj" and c.pos_ == "PROPN" and is_agent(c)]
    joined = any(c.dep_ == "cc" and c.lower_ == "and" for c in subject.children)
    if subject.pos_ == "PROPN" and named and joined:
        return doc_text(subject.doc)[mention(subject).start : mention(named[-1]).end]
    return mention(subject).text


def _reporting_verbs(sent: Span) -> list[Token]:
    verbs = attribution().reporting_verbs
    found = [t for t in sent if lemma(t) in verbs and t.pos_ in {"VERB", "AUX"}]
    # The outermost report names the cited source ("X told Y that ..., the statement said").
    return sorted(found, key=lambda t: len(list(t.ancestors)))


def sentence_source(sent: Span, previous: str | None) -> str | None:
    """The source cited for the sentence as a whole (the main reporting clause)."""
    found = _according_to(sent)
    if found:
        return found
    for verb in _reporting_verbs(sent):
        if verb.dep_ in {"ROOT", "parataxis"} or verb.head.dep_ == "ROOT":
            source = _source(verb, previous)
            if source:
                return source
    return None


def attributed_to(match: Match, sent: Span, previous: str | None) -> str | None:
    """Source of one event: the reporting verb that governs it or sits beside its clause."""
    according = _according_to(sent)
    if according:
        return according
    trigger = match.frame
    ancestors = [trigger, *trigger.ancestors]
    for verb in _reporting_verbs(sent):
        if verb.i in {match.token.i, match.frame.i}:
            continue
        governs = verb in ancestors[1:]
        beside = verb.dep_ in {"parataxis", "ccomp", "advcl"} and verb.head in ancestors
        if governs or beside:
            source = _source(verb, previous)
            if source:
                return source
    return None
