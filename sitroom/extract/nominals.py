"""Participants of nominal events ("Israel's raid", "killed in a rebel attack", "faced
pressure from X", "their capture"): helpers of ``arguments``."""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.extract.agents import ARMED_MODIFIERS, NAME_LABELS, is_agent, is_attack, perpetrator
from sitroom.extract.clauses import OBJECTS, OF, is_passive, is_verbal, lemma, pobjs
from sitroom.extract.lexicon import agents, frames

OF_BY = frozenset({"of", "by"})
LED = frozenset({"lead", "led"})


def theme_possessor(noun: Token) -> list[Token]:
    """ "their capture", "the reporter's abduction": the possessor of a singular nominal of
    a change done to someone (``theme_nouns``) with no "of" object and no "by" agent is the
    one it is done to, not the doer ("Israel's capture of the town" keeps its agent)."""
    if noun.tag_ != "NN" or noun.lemma_.lower() not in agents().theme_nouns:
        return []
    if pobjs(noun, OF_BY):
        return []
    return [child for child in noun.children if child.dep_ == "poss"]


def share_holders(noun: Token) -> list[Token]:
    """ "their contribution to the battle against X", "Iran's role in the war": the owner of
    a share in a nominal event is a party to it."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in {"to", "in"}:
        return []
    share = prep.head
    if share.lemma_.lower() not in frames().share_nouns:
        return []
    return [c for c in share.children if c.dep_ == "poss"]


def voicers(noun: Token) -> list[Token]:
    """ "a complaint from the union", "accusations made by the senator": the "from" object
    of a speech-act noun (``frames.voiced_nouns``; "criticism from the minister down" is a
    range), or the agent of a participle that only says who voiced it."""
    lex = frames()
    found = pobjs(noun, frozenset({"from"})) if lemma(noun) in lex.voiced_nouns else []
    return found + [
        agent for participle in noun.children
        if participle.dep_ == "acl" and lemma(participle) in lex.voicing_participles
        for agent in pobjs(participle, frozenset({"by"}))
    ]  # fmt: skip


def noun_subject(noun: Token) -> list[Token]:
    """Agent of a nominal event: "Israel's raid", "the offensive by the group", "Israeli raids"."""
    themes = theme_possessor(noun)
    found = [child for child in noun.children if child.dep_ == "poss" and child not in themes]
    found += pobjs(noun, frozenset({"by"})) + hands_of(noun) + voicers(noun)
    if found or themes:
        return found
    if noun.dep_ == "appos" and not is_agent(noun.head):
        # "the envoy's first stop, a visit to Oman": the event renames its owner's noun.
        owners = [c for c in noun.head.children if c.dep_ == "poss"]
        if owners:
            return owners
    # "UN-led talks", "Qatari-brokered talks": who leads or brokers takes part (an attack
    # keeps its whole phrase: "Saudi-led air strikes", ``agents``).
    leaders = _leaders(noun, frames().leading_participles)
    if leaders and not is_attack(noun):
        return leaders
    # "Israeli raids", and through a compound modifier "Israeli tank shelling".
    modifiers = [c for c in noun.lefts if c.dep_ in {"amod", "compound"}]
    modifiers += [g for c in modifiers if c.dep_ == "compound" for g in c.lefts if g.dep_ == "amod"]
    found = _carried_out(noun, [c for c in modifiers if agentive_modifier(c)])
    return found or _attack_leaders(noun)


def _leaders(noun: Token, participles: frozenset[str]) -> list[Token]:
    """ "UN-led talks", "a French-led bombing": the name before a leading participle."""
    return [
        g for c in noun.lefts
        if c.dep_ == "amod" and c.lemma_.lower() in participles
        for g in c.lefts if g.dep_ in {"npadvmod", "compound", "nmod"} and g.ent_type_
    ]  # fmt: skip


def _attack_leaders(noun: Token) -> list[Token]:
    """ "a French-led bombing": who leads an attack carried it out. Only "led": "backed" or
    "sponsored" names a supporter, not the attacker."""
    acting = noun.dep_ == "nsubj" or (noun.dep_ == "pobj" and noun.head.lower_ == "by")
    if not is_attack(noun) or acting:
        return []  # "hit by a French-led offensive": the verb's agent, phrase and all
    return [g for g in _leaders(noun, LED) if perpetrator(g, noun)]


def agentive_modifier(token: Token) -> bool:
    """ "Israeli raids", "a rebel attack", "army shelling": a name or an agent noun."""
    if token.ent_type_ in NAME_LABELS - {"PERSON"}:
        return True
    if token.dep_ not in {"compound", "amod"} or token.lower_ not in ARMED_MODIFIERS:
        return False
    doc = token.doc
    if token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].lower_ in {"anti", "pro"}:
        return False  # "anti-government demonstrations": the government is the target
    return token.pos_ in {"NOUN", "ADJ"}  # "a rebel attack": "rebel" is tagged JJ


def suffered_in(noun: Token) -> Token | None:
    """ "five soldiers were killed in a rebel attack", "they died in an airstrike": the
    passive or dying verb whose subject suffered the nominal event."""
    head = noun.head
    if noun.dep_ != "pobj" or head.lower_ not in {"in", "during", "by"}:
        return None
    verb = head.head
    dying = verb.lemma_.lower() in frames().death_verbs
    return verb if is_verbal(verb) and (is_passive(verb) or dying) else None


def split_gerund(verb: Token) -> Token | None:
    """ "were killed in Israeli tank shelling": a gerund the parser split from its modifier
    noun (the object of "in") and attached as a clause to the passive verb."""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.i == 0:
        return None
    before = verb.doc[verb.i - 1]
    prep = before.head
    attached = before.dep_ == "pobj" and prep.lower_ in {"in", "by"} and prep.head == verb.head
    return before if attached and is_passive(verb.head) else None


def undergoing(noun: Token) -> Token | None:
    """The verb whose subject undergoes the nominal event: "faced pressure", "received
    aid", "came under attack", "fended off an offensive"."""
    head = noun.head
    if noun.dep_ in OBJECTS and head.lemma_.lower() in frames().undergoing_verbs:
        return head
    repelling = head.lemma_.lower() in frames().repelling_verbs
    if noun.dep_ in OBJECTS and repelling and is_attack(noun):
        return head  # "the defenders repelled the offensive": they were attacked
    if noun.dep_ == "pobj" and head.lower_ == "under" and head.head.lemma_.lower() in {
        "come", "be", "remain", "fall"
    }:  # fmt: skip
        return head.head
    return None


def agentive_modifiers(trigger: Token) -> list[Token]:
    """The "nmod" role: a name or armed-body modifier that carried out the event."""
    found = _carried_out(trigger, [
        c for c in trigger.lefts
        if c.dep_ in {"amod", "compound"} and (c.ent_type_ in NAME_LABELS or agentive_modifier(c))
    ])  # fmt: skip
    return found or _attack_leaders(trigger)


def _carried_out(event: Token, modifiers: list[Token]) -> list[Token]:
    """The agentive ``modifiers`` of ``event``; of an attack only those naming its perpetrator
    ("the Berlin market bombing": a place modifier is where it happened)."""
    if not is_attack(event):
        return modifiers
    return [c for c in modifiers if perpetrator(c, event)]


def hands_of(event: Token) -> list[Token]:
    """ "killed at the hands of militias", "his death at the hands of X": the doer."""
    return [
        obj for prep in event.children if prep.dep_ == "prep" and prep.lower_ == "at"
        for hands in prep.children if hands.dep_ == "pobj" and hands.lower_ == "hands"
        for obj in pobjs(hands, OF)
    ]  # fmt: skip


def whose_antecedent(verb: Token) -> Token | None:
    """ "the governor, whose killing by X ...": a theme nominal (``theme_nouns``) the parser
    made a verb of "whose"; the relative's antecedent is the one killed, never the killer."""
    if verb.lower_ not in agents().theme_nouns:
        return None
    if not any(c.lower_ == "whose" and c.dep_ in {"poss", "nsubj"} for c in verb.children):
        return None
    clause = verb  # "whose killing ... leaves": the relative clause may be the verb above
    for _ in range(3):
        if clause.dep_ == "relcl":
            return clause.head
        clause = clause.head
    return None


def rescue_verb(noun: Token) -> Token | None:
    """ "Norway came to Estonia's aid": the motion verb whose subject helps; the possessor
    of the noun is the one helped, not the helper (``rescue_nouns``)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "to":
        return None
    if noun.lemma_.lower() not in frames().rescue_nouns:
        return None
    if not any(c.dep_ == "poss" for c in noun.children):
        return None
    verb = prep.head
    return verb if is_verbal(verb) and verb.lemma_.lower() in frames().rescue_verbs else None


def journey_clause(noun: Token) -> Token | None:
    """ "On a visit to X, he embraced Y": the verb of the clause that a journey phrase with no
    traveller of its own modifies; its subject is the traveller (``journey_nouns``)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in {"on", "during"}:
        return None
    if noun.lemma_.lower() not in frames().journey_nouns or noun_subject(noun):
        return None
    verb = prep.head
    return verb if prep.dep_ == "prep" and is_verbal(verb) else None
