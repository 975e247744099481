"""Word lists of speech and procedure: ``lexicon/{procedures,evaluation,reaction}.yml``."""

from __future__ import annotations

import functools

from sitroom.extract.lexicon import Words, _Lexicon, _load


class Procedures(_Lexicon):
    """One body's own procedure and questions put to a speaker (``procedures.yml``)."""

    deliberation_verbs: Words  # "the federation is discussing the matter"
    deliberative_bodies: Words  # chambers, committees, parties and their members
    conference_nouns: Words  # "during the party conference"
    setting_preps: Words  # a conference as the time or place of another clause
    internal_conference_modifiers: Words  # "its spring conference"
    publication_verbs: Words  # "will announce its proposals"
    publication_nouns: Words  # proposals, plans, a manifesto
    electorate_nouns: Words  # "ask the voters for their support"
    electoral_asks: Words  # support, votes, backing
    attraction_nouns: Words  # "broaden its appeal": attractiveness, no plea
    attraction_words: Words  # the verbs and modifiers of that sense
    question_verbs: Words  # "was asked about", "asked if"
    answer_verbs: Words  # "was asked to respond"
    belief_verbs: Words  # "people thinking that ..."
    generic_believers: Words  # people in general


@functools.cache
def procedures() -> Procedures:
    return _load("procedures.yml", Procedures)


class Evaluation(_Lexicon):
    """Word lists of ``lexicon/evaluation.yml``."""

    negative: Words  # "unacceptable", "a farce": a judgement of wrongdoing
    undermining: Words  # "an attempt to circumvent": an act aimed at undoing another's
    attempt_nouns: Words  # "attempt", "bid", "ploy"
    dismissive: Words  # "dismissed X as Y": the verb itself judges
    act_nouns: Words  # "the move", "the plan": someone's act, judged
    charges: Words  # "dismissed the allegations": denying a charge is REJECT
    affronts: Words  # "an attack on", "an insult to": an act against what a party holds
    affronted: Words  # "sovereignty", "the constitution": what an affront is against
    responsible: Words  # "held X responsible/accountable": blame assigned
    harms: Words  # "responsible for the deaths": a harm one can be blamed for
    voicing: Words  # "expressed/voiced concern": the verb that states a stance noun
    qualms: Words  # "concern", "reservations": a stance noun of disapproval
    qualmed: Words  # "concerned", "alarmed": a stance adjective of disapproval
    critical: Words  # "critical of X", "scathing about X's plan": disapproval of a party
    faulting: Words  # "misguided", "a gimmick": a fault, only of a party or its act
    labels: Words  # "a traitor", "a liar": a dysphemism, only of a party
    going: Words  # "went on the offensive over X's remarks": the verb of the idiom
    offensives: Words  # "on the offensive", "on the attack": the noun of the idiom
    numbers: Words  # "the figures", "the polls": a count faulted, no party
    breaking: Words  # "ruled that X breached the law": a verb of breaking a norm
    norms: Words  # "the law", "human rights", "the convention": what is broken
    judicial: Words  # "court", "judges", "tribunal": who can find a breach in law
    unlawful: Words  # "ruled it illegal": a finding of unlawfulness, whatever "it" is
    breaches: Words  # "held in breach of the law": a noun of breaking a norm
    at_odds: Words  # "incompatible with human rights law": at odds with a norm


@functools.cache
def evaluation() -> Evaluation:
    return _load("evaluation.yml", Evaluation)


class Reaction(_Lexicon):
    """Word lists of ``lexicon/reaction.yml``."""

    harm_verbs: Words  # "will suffer", "will pay": harm the complement's subject undergoes
    face_verbs: Words  # "will face", "will bear": harm named by the object
    harm_nouns: Words  # "consequences", "a heavy price": what is faced
    harm_degrees: Words  # "will pay dearly for it": harm, though "pay for" names no price
    private_people: Words  # "a man", "her son": no political party
    collectives: Words  # "the ministry said they/he would": a body of people, not one person
    stative_verbs: Words  # "should have its own delegation": a claim, no act asked of it
    mandative_verbs: Words  # "insisted that they withdraw": a subjunctive demand


@functools.cache
def reaction() -> Reaction:
    return _load("reaction.yml", Reaction)
