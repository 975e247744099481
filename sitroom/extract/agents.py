"""Who can be a participant: names, personal pronouns and agent nouns (token tests).

PLOVER's actor and recipient are entities (codebook §"Participants"): a named person,
organisation, state or group, a personal pronoun standing for one, or a noun phrase
headed by an agent noun ("the government", "security forces", "protesters"), never an
event, document or abstract noun ("the signing", "a report", "a call").
"""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.extract.lexicon import agents

NAME_LABELS = frozenset({"GPE", "LOC", "FAC", "NORP", "ORG", "PERSON"})

# Entity labels that never name who acts ("the 1994 genocide", "a Memorandum").
NOT_AGENT_LABELS = frozenset(
    {
        "WORK_OF_ART", "LAW", "EVENT", "PRODUCT", "LANGUAGE", "DATE", "TIME", "MONEY",
        "PERCENT", "QUANTITY", "ORDINAL", "CARDINAL",
    }
)  # fmt: skip
# Pronouns that refer to no one in particular or to a proposition, not to a party.
NON_REFERRING = frozenset(
    {
        "this", "that", "these", "those", "something", "anything", "nothing", "everything",
        "what", "whatever", "all", "both", "each", "none", "some", "any", "much", "many",
        "more", "most", "few", "several", "one", "it's", "there", "itself",
    }
)  # fmt: skip


def agent_noun(token: Token) -> bool:
    """A common noun naming who acts: listed, or derived with an agentive suffix."""
    lexicon = agents()
    words = {token.text.lower(), token.lemma_.lower()}
    if words & lexicon.nouns:
        return True
    if words & lexicon.not_agents:
        return False
    return any(
        word.endswith(suffix) and len(word) > len(suffix) + 2
        for word in words
        for suffix in lexicon.suffixes
    )


def is_agent(token: Token) -> bool:
    """Can ``token`` head a participant by itself?"""
    if token.ent_type_ in NAME_LABELS:
        return True
    if token.ent_type_ in NOT_AGENT_LABELS or token.like_num:
        return False
    if token.pos_ == "PRON":
        return token.text.lower() not in NON_REFERRING
    if token.pos_ == "PROPN":
        return True
    if token.pos_ == "ADJ":  # "rebel", "military" tagged as adjectives before a noun
        lexicon = agents()
        plain = token.lower_ in lexicon.plain_adjectives
        return token.dep_ in {"amod", "compound"} and token.lower_ in lexicon.nouns and not plain
    return token.pos_ in {"NOUN", "X"} and agent_noun(token)


def entity_start(token: Token) -> int:
    """First token of the named entity ``token`` belongs to."""
    i = token.i
    while i > 0 and token.doc[i].ent_iob_ == "I":
        i -= 1
    return i


def entity_end(token: Token) -> int:
    """End (exclusive) of the named entity ``token`` belongs to, without a final "'s"."""
    i = token.i + 1
    while i < len(token.doc) and token.doc[i].ent_iob_ == "I" and token.doc[i].dep_ != "case":
        i += 1
    return i


def name_tokens(token: Token) -> list[Token]:
    """ "Barack Obama and Vladimir Putin" parsed with "Putin" joined to "Obama": a name's
    conjuncts hang off any of its tokens."""
    if token.ent_type_ not in NAME_LABELS:
        return [token]
    return list(token.doc[entity_start(token) : entity_end(token)])
