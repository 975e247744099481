"""The content of a plan, strategy or option (not an act), conditional obligations, and
nominal events that keep their own status inside a modal clause (docs/codebook.md,
Modality)."""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.extract.clauses import OBJECTS, is_year, lemma, to_infinitive
from sitroom.extract.lexicon import modality
from sitroom.extract.triggers import Match, is_purpose


def _intention(noun: Token | None) -> bool:
    return noun is not None and {lemma(noun), noun.lower_} & modality().intention_nouns != set()


def intended(chain: list[Token]) -> str | None:
    """ "the strategy is to expel them", "the plan was to storm the airport and seize the
    ministers", "the slogan is that it is there only to fight", "organised a plot to
    shoot", "left options untried: cutting aid ..., or supporting ...", "calls for
    talks, disarming the army and attacking the bases": the content of an intention,
    plan, option or proposal is not done; every conjunct shares it. An intention
    carried out ("carried out a plan to seize") is the act."""
    lex = modality()
    for position, token in enumerate(chain[1:], start=1):
        below = chain[position - 1]
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if subject is not None and lemma(token) == "be" and _intention(subject):
            infinitive = to_infinitive(below) or below.tag_ == "VBG"
            that = below.dep_ == "ccomp" and any(c.dep_ == "mark" for c in below.children)
            if (infinitive and below.dep_ in {"xcomp", "advcl", "attr"}) or that:
                return f"hypothetical: content of '{subject.text}' ('{token.text}'), not an act"
        objects = [c for c in token.children if c.dep_ in OBJECTS]
        planned = next((o for o in objects if _intention(o) and o.i < below.i), None)
        content = below.dep_ == "xcomp" or is_purpose(below)
        if planned is not None and lemma(token) not in lex.exercising_verbs and content:
            return f"hypothetical: content of '{planned.text}', not an act"
    for link in chain:
        item, token = link, link.head
        while _listed(item, token) and token.tag_ == "VBG" and token.dep_ in {"advcl", "conj"}:
            item, token = token, token.head  # "options: cutting aid; dropping X; or backing Y"
        proposed = lemma(token) in lex.request_governors | lex.proposal_verbs
        plan = any(c.dep_ in OBJECTS and _intention(c) for c in token.children)
        if (proposed or plan) and _listed(item, token):
            return f"hypothetical: proposed or planned ('{token.text}'), not done"
    return None


def _listed(gerund: Token, governor: Token) -> bool:
    """A subjectless gerund set after its governor's object as one item of a list ("calls
    for talks, disarming the army and attacking the bases"; "options: cutting aid; or
    ..."), not a participle of an act done alongside ("opened fire, killing two")."""
    if gerund.tag_ != "VBG" or gerund.dep_ not in {"advcl", "appos"} or gerund.i < governor.i:
        return False
    if any(c.dep_ in {"nsubj", "mark", "aux"} for c in gerund.children):
        return False
    doc = gerund.doc
    colon = any(t.text in {":", ";"} for t in doc[governor.i : gerund.i])
    return colon or any(c.dep_ == "conj" for c in gerund.children)


def conditional_obligation(chain: list[Token]) -> str | None:
    """ "if he is to win the war, the north is where he must attack": an obligation under
    the condition of a governing clause is no act (a condition on the verb itself is left
    to the type rules in ``conversion``)."""
    lex = modality()
    for token in chain:
        if not any(c.dep_ == "aux" and c.lower_ in lex.obligation_modals for c in token.children):
            continue
        for clause in token.ancestors:  # "if ... must attack" itself: conversion.py
            for child in clause.children:
                marks = (m for m in child.children if m.dep_ == "mark")
                if child.dep_ == "advcl" and any(m.lower_ in lex.conditional_marks for m in marks):
                    return f"hypothetical: obligation '{token.text}' under a condition"
    return None


def own_chain(match: Match) -> list[Token] | None:
    """A nominal event with its own possessor or date ("Saddam's invasion", "last year's
    assault", "the 1980 invasion") keeps its own status: the modal or infinitive of the
    clause it is an argument of ("could match", "the fight to repel") does not reach it.
    The chain is then the noun and the nouns it is a complement of ("fears of Russia's
    invasion") or a denial of it. A planned or threatened one ("Russia's planned
    invasion") is not owned."""
    noun = match.token
    if noun.pos_ != "NOUN" or match.frame.i != noun.i:
        return None
    lex = modality()
    if any(c.dep_ == "amod" and lemma(c) in lex.unrealised_modifiers for c in noun.children):
        return None
    owned = any(
        c.dep_ == "poss" or (c.dep_ in {"nummod", "compound"} and is_year(c)) for c in noun.children
    )
    if not owned:
        return None
    chain, token = [noun], noun
    for _ in range(4):
        if token.dep_ not in {"pobj", "prep", "conj"} or token.head.i == token.i:
            break
        token = token.head
        if lemma(token) in lex.negating_governors:
            chain.append(token)  # "denied its attack": the denial still reaches it
        if token.pos_ not in {"NOUN", "PROPN", "ADP"}:
            break
        chain.append(token)
    return chain


def realised_decision(noun: Token, latest_year: int | None, gap: int) -> str | None:
    """ "Bush's 2003 decision to invade": a decision dated well before the document's
    present was carried out; its act is history, not a future one."""
    if latest_year is None:
        return None
    content = {t.i for c in noun.children if c.dep_ in {"acl", "relcl"} for t in c.subtree}
    for token in noun.subtree:
        old = is_year(token) and int(token.text) <= latest_year - gap
        if token.i not in content and old:
            return f"historical: decision '{noun.text}' dated {token.text}, carried out"
    return None
