"""Who can be a participant: names, personal pronouns and agent nouns (token tests).

PLOVER's actor and recipient are entities (codebook §"Participants"): a named person,
organisation, state or group, a personal pronoun standing for one, or a noun phrase
headed by an agent noun ("the government", "security forces", "protesters"), never an
event, document or abstract noun ("the signing", "a report", "a call").
"""

from __future__ import annotations

from collections.abc import Container

from spacy.tokens import Token

from sitroom.extract.lexicon import agents, frames

NAME_LABELS = frozenset({"GPE", "LOC", "FAC", "NORP", "ORG", "PERSON"})
# Entity labels of places proper (``phrases.PLACE_LABELS`` adds peoples, NORP).
TOPONYM_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Entity labels of dates and times of day.
TIME_LABELS = frozenset({"DATE", "TIME"})
# "the former", "the latter": a party named before (resolved in ``anaphors``).
ANAPHORS = frozenset({"former", "latter"})

# Common nouns that, as modifiers, name who carries out an act ("a rebel attack", "an army
# raid"); others name its victims or its kind ("civilian killings", "military aid").
ARMED_MODIFIERS = frozenset(
    {"army", "rebel", "militia", "militant", "insurgent", "guerrilla", "guerilla",
     "police", "government", "regime", "coalition", "jihadist", "terrorist", "gang", "navy",
     "separatist"}
)  # fmt: skip

ARMED_BODIES = frozenset({"force", "forces", "army", "navy", "military"})
DEFINITE = frozenset({"the", "this", "these", "that", "those"})
# Armed machines any side may fly: alone they name no force (``unowned_machine``).
UNMANNED = frozenset({"drone", "drones", "quadcopter", "quadcopters", "uav", "uavs"})

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


def forms(token: Token) -> set[str]:
    """The word as written and its lemma, lower case: lexicon lists may hold either."""
    return {token.lower_, token.lemma_.lower()}


def is_word(token: Token, words: Container[str]) -> bool:
    """Is ``token``, as written or as its lemma, one of ``words``?"""
    return token.lower_ in words or token.lemma_.lower() in words


def agent_noun(token: Token) -> bool:
    """A common noun naming who acts: listed, or derived with an agentive suffix."""
    lexicon = agents()
    words = forms(token)
    if words & lexicon.nouns:
        return True
    if words & lexicon.not_agents:
        return False
    return any(
        word.endswith(suffix) and len(word) > len(suffix) + 2
        for word in words
        for suffix in lexicon.suffixes
    )


def is_agent(token: Token) -> bool:  # noqa: PLR0911 - one exit per kind of head
    """Can ``token`` head a participant by itself?"""
    if token.ent_type_ in NAME_LABELS:
        return True
    if token.ent_type_ in NOT_AGENT_LABELS or token.like_num:
        return False
    if token.pos_ == "PRON":
        return token.text.lower() not in NON_REFERRING
    if token.lower_ in ANAPHORS and token.dep_ not in {"amod", "compound", "advmod"}:
        return True  # "the latter" stands for a party named before (``anaphors``)
    if token.pos_ == "PROPN":
        return True
    if token.pos_ == "ADJ":  # "rebel", "military" tagged as adjectives before a noun
        lexicon = agents()
        plain = token.lower_ in lexicon.plain_adjectives
        return token.dep_ in {"amod", "compound"} and token.lower_ in lexicon.nouns and not plain
    return token.pos_ in {"NOUN", "X"} and agent_noun(token)


def misread_participle(head: Token) -> Token:
    """ "by a sniper hiding in the yard": the parser may tag the participle as the noun the
    agent compounds ("sniper hiding"); the agent noun before it is the head."""
    attack = is_word(head, agents().attacks)  # "a police shooting in X" is the attack
    if head.tag_ != "NN" or not head.lower_.endswith("ing") or is_agent(head) or attack:
        return head
    before = [c for c in head.lefts if c.dep_ == "compound" and c.i == head.i - 1]
    if (
        before
        and before[0].pos_ == "NOUN"
        and is_agent(before[0])
        and any(c.dep_ == "prep" for c in head.rights)
    ):
        return before[0]
    return head


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


def is_attack(token: Token) -> bool:
    """ "the bombing", "a Taliban ambush": a violent act, never a party itself."""
    return token.pos_ == "NOUN" and is_word(token, agents().attacks)


def perpetrator(modifier: Token, attack: Token) -> bool:
    """ "the Isis attack", "the Russian airstrike", "a rebel raid", "US air strikes": a
    modifier naming who carried out ``attack``; not a place ("the Berlin market bombing").
    """
    if modifier.ent_type_ in {"NORP", "ORG", "GPE"}:
        end = entity_end(modifier)
    elif modifier.lower_ in ARMED_MODIFIERS and not modifier.ent_type_:  # "a rebel raid"
        end = modifier.i + 1
    else:  # persons, facilities and other words: places or kinds
        return False
    # Only means may follow: a noun after the party names what or where was attacked ("the
    # Berlin market bombing", "the Russian embassy attack", "an army base raid").
    between = modifier.doc[end : attack.i]
    # Another party may stand between: "Syrian and Russian air strikes".
    # An armed body naming the party's own service is part of it: "a Syrian air force onslaught".
    means = agents().attack_means | ARMED_BODIES
    return all(
        t.lower_ in means or t.is_punct or t.dep_ == "cc" or t.ent_type_ in {"NORP", "ORG", "GPE"}
        for t in between
    )


def is_goods(token: Token) -> bool:
    """ "the sale of fighter jets", "the handover of weapons": arms that change hands are what
    is transferred, never a party (as a subject a jet still stands for its force)."""
    return is_word(token, agents().arms | frames().instruments)


def unowned_machine(token: Token) -> bool:
    """ "a drone struck the post", "killed by drones": militias fly drones as well as armies,
    so a drone stands for its force only with its owner named on it ("a Russian drone", "the
    army's drones") or when definite ("the drones": introduced before); an indefinite one
    alone is the weapon, its user unknown. (A jet or tank still stands for a state military.)
    """
    if token.pos_ != "NOUN" or not is_word(token, UNMANNED):
        return False
    return not any(
        child.lower_ in DEFINITE
        or (child.dep_ in {"amod", "compound", "poss", "nmod"}
        and (child.ent_type_ in NAME_LABELS or child.pos_ in {"PROPN", "PRON"}
             or agent_noun(child) or child.lower_ in ARMED_MODIFIERS))
        for child in token.children
    )  # fmt: skip
