"""What a speaker voices about another party's future: harm it announces ("said the rebels
would pay a heavy price", PLOVER THREATEN) and acts it says that party owes ("insisted
that Ankara must withdraw", PLOVER REQUEST). The other party must be a political one:
"said the harvest would suffer" or "said a man like him should not be jailed" ask and
threaten no party."""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.extract.agents import NAME_LABELS, is_agent, is_word
from sitroom.extract.clauses import OBJECTS, lemma
from sitroom.extract.lexicon import agents, reaction

FUTURE_AUX = frozenset({"will", "would", "'ll", "wo", "shall"})
DEONTIC_AUX = frozenset({"must", "should", "ought"})
# Pronouns that stand for a third party; "we must", "you should" speak of the speaker's
# own side or of anyone, "it must" of a proposition as often as of a party.
THIRD_PERSON = frozenset({"he", "she", "they", "him", "her", "them"})


def _subject(clause: Token) -> Token | None:
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    return subjects[0] if subjects else None


def _private(token: Token) -> bool:
    return is_word(token, reaction().private_people) or is_word(token, agents().person_nouns)


def _party(token: Token) -> bool:
    """A political party: a name, a third-person pronoun or an agent noun for no private person."""
    if token.pos_ == "PRON":
        return token.lower_ in THIRD_PERSON
    if token.ent_type_ in NAME_LABELS:
        return True
    return not _private(token) and is_agent(token)


def _other(speaker: Token | None, party: Token) -> bool:
    """ "Peru said it must act": a party that is the speaker itself is asked nothing."""
    return speaker is None or speaker.lower_ != party.lower_


def _clauses(trigger: Token) -> list[Token]:
    found = [c for c in trigger.children if c.dep_ == "ccomp"]
    return found + [c for clause in found for c in clause.conjuncts if c.pos_ in {"VERB", "AUX"}]


def _auxes(clause: Token) -> set[str]:
    return {c.lower_ for c in clause.children if c.dep_ == "aux"}


def _negated(clause: Token) -> bool:
    return any(c.dep_ == "neg" for c in clause.children)


def _harm(clause: Token) -> bool:
    """ "will suffer", "would pay dearly", "will face the consequences"."""
    lex = reaction()
    objects = [c for c in clause.children if c.dep_ in OBJECTS]
    if lemma(clause) in lex.harm_verbs:
        # "will pay the salaries" pays no price; "will pay (dearly, a price)" does.
        return not objects or any(is_word(o, lex.harm_nouns) for o in objects)
    return lemma(clause) in lex.face_verbs and any(is_word(o, lex.harm_nouns) for o in objects)


def _speaker(trigger: Token) -> Token | None:
    subjects = [c for c in trigger.children if c.dep_ == "nsubj"]
    return subjects[0] if subjects else None


def _political_speaker(trigger: Token) -> bool:
    """Any speaker but a private person ("the farmer said"); the parser may head the
    speaker's phrase with a participle ("the Red Cross operating in X said")."""
    speaker = _speaker(trigger)  # none for "Insisting that X must ..., Y said"
    return speaker is None or speaker.ent_type_ in NAME_LABELS or not _private(speaker)


def announces_harm(trigger: Token) -> bool:
    """Does the speaker announce that another party will come to harm?"""
    if not _political_speaker(trigger):
        return False
    for clause in _clauses(trigger):
        party = _subject(clause)
        if (
            party is not None
            and _auxes(clause) & FUTURE_AUX
            and not _negated(clause)
            and _harm(clause)
            and _party(party)
            and _other(_speaker(trigger), party)
        ):
            return True
    return False


def owed_by_party(trigger: Token) -> bool:
    """Does the speaker say that another party must or should act ("said Ankara must
    withdraw")? A passive ("should be excluded") names no one asked."""
    if not _political_speaker(trigger):
        return False
    for clause in _clauses(trigger):
        party = _subject(clause)
        if (
            party is not None
            and _auxes(clause) & DEONTIC_AUX
            and lemma(clause) not in reaction().stative_verbs
            and _party(party)
            and _other(_speaker(trigger), party)
        ):
            return True
    return False
