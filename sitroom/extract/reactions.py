"""What a speaker voices about another party's future: harm it announces ("said the rebels
would pay a heavy price", PLOVER THREATEN), acts it says that party owes ("insisted
that Ankara must withdraw", PLOVER REQUEST) or owed and failed to do ("said Ankara should
have withdrawn", PLOVER ACCUSE). The other party must be a political one:
"said the harvest would suffer" or "said a man like him should not be jailed" ask and
threaten no party."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from sitroom.extract.agents import NAME_LABELS, is_agent, is_word
from sitroom.extract.clauses import OBJECTS, has_negation, lemma
from sitroom.extract.lexicon import agents
from sitroom.extract.lexicon_speech import reaction

FUTURE_AUX = frozenset({"will", "would", "'ll", "wo", "shall"})
DEONTIC_AUX = frozenset({"must", "should", "ought"})
# "should have acted": an obligation one failed to meet ("must have known" infers).
REPROACH_AUX = frozenset({"should", "ought"})
# Pronouns that stand for a third party; "we must", "you should" speak of the speaker's
# own side or of anyone, "it must" of a proposition as often as of a party.
THIRD_PERSON = frozenset({"he", "she", "they", "him", "her", "them"})


def _subject(clause: Token) -> Token | None:
    """The first nominal subject of a clause: the party of a reported clause, the speaker of
    the saying verb."""
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


def _plural(token: Token) -> bool:
    return token.tag_ in {"NNS", "NNPS"} or "Plur" in token.morph.get("Number", [])


def _group(token: Token) -> bool:
    """Plural, or a body of people ("the rebels", "Hamas", "the ministry")."""
    return (
        _plural(token)
        or token.ent_type_ in NAME_LABELS - {"PERSON"}
        or is_word(token, reaction().collectives)
    )


def _same_person(speaker: Token, pronoun: Token) -> bool:
    """Can a third-person pronoun stand for the speaker? "they" for a group ("the rebels
    said they would"), "he"/"she" for one person of that gender."""
    if pronoun.lower_ in {"they", "them"}:
        return _group(speaker)
    if _group(speaker):
        return False
    if speaker.pos_ == "PRON":  # "she said he must go": another person
        return speaker.morph.get("Gender", []) == pronoun.morph.get("Gender", [])
    return True  # "the minister said he would", "Ortiz said he would"


def _other(speaker: Token | None, party: Token) -> bool:
    """ "Peru said it must act", "the rebels said they would pay": a party that is the
    speaker itself is asked nothing; "the minister said they must" asks others."""
    if speaker is None:
        return True
    if party.pos_ == "PRON":
        return not _same_person(speaker, party)
    return speaker.lower_ != party.lower_


def _clauses(trigger: Token) -> list[Token]:
    found = [c for c in trigger.children if c.dep_ == "ccomp"]
    return found + [c for clause in found for c in clause.conjuncts if c.pos_ in {"VERB", "AUX"}]


def _auxes(clause: Token) -> set[str]:
    return {c.lower_ for c in clause.children if c.dep_ == "aux"}


def _perfect(clause: Token) -> bool:
    """ "should have acted", "ought to have warned": a past participle under "have"."""
    return clause.tag_ == "VBN" and "have" in _auxes(clause)


def _harm(clause: Token) -> bool:
    """ "will suffer", "would pay dearly", "will face the consequences"."""
    lex = reaction()
    objects = [c for c in clause.children if c.dep_ in OBJECTS]
    if lemma(clause) in lex.harm_verbs:
        # "will pay the salaries" or "would pay for the reconstruction" pays no price;
        # "will pay a price", "will pay", "will pay dearly for it" do.
        if objects:
            return any(is_word(o, lex.harm_nouns) for o in objects)
        degrees = any(c.dep_ == "advmod" and is_word(c, lex.harm_degrees) for c in clause.children)
        purpose = any(c.dep_ == "prep" and c.lower_ == "for" for c in clause.children)
        return degrees or not purpose
    return lemma(clause) in lex.face_verbs and any(is_word(o, lex.harm_nouns) for o in objects)


def _political_speaker(trigger: Token) -> bool:
    """Any speaker but a private person ("the farmer said"); the parser may head the
    speaker's phrase with a participle ("the Red Cross operating in X said")."""
    speaker = _subject(trigger)  # none for "Insisting that X must ..., Y said"
    return speaker is None or speaker.ent_type_ in NAME_LABELS or not _private(speaker)


def _voiced_of_another(trigger: Token, holds: Callable[[Token], bool]) -> bool:
    """A political speaker says of another party a clause for which ``holds`` is true."""
    if not _political_speaker(trigger):
        return False
    for clause in _clauses(trigger):
        party = _subject(clause)
        if party is None or not (holds(clause) and _party(party)):
            continue
        if _other(_subject(trigger), party):
            return True
    return False


def announces_harm(trigger: Token) -> bool:
    """Does the speaker announce that another party will come to harm?"""
    return _voiced_of_another(
        trigger, lambda c: bool(_auxes(c) & FUTURE_AUX) and not has_negation(c) and _harm(c)
    )


def _mandative(trigger: Token, clause: Token) -> bool:
    """ "Insisted that he withdraw": a bare verb with no modal after a verb of demanding is
    a subjunctive, what the party must do ("insisted he withdrew" reports it). A plural
    present reads so only out of tense ("insisted they withdraw") or in a purpose ("wrote
    to insist they withdraw"): "they insist voters face cuts" is a claim."""
    if lemma(trigger) not in reaction().mandative_verbs or _auxes(clause):
        return False
    purpose = any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children)
    out_of_tense = trigger.tag_ in {"VBD", "VBN"} or purpose
    return clause.tag_ == "VB" or (clause.tag_ == "VBP" and out_of_tense)


def owed_by_party(trigger: Token) -> bool:
    """Does the speaker say that another party must or should act ("said Ankara must
    withdraw", "insisted they withdraw")? A passive ("should be excluded") names no one asked."""
    return _voiced_of_another(
        trigger,
        lambda c: (
            (bool(_auxes(c) & DEONTIC_AUX) or _mandative(trigger, c))
            and not _perfect(c)
            and lemma(c) not in reaction().stative_verbs
        ),
    )


def reproaches(trigger: Token) -> bool:
    """Does the speaker say that another party should have acted otherwise ("said the
    ministry should have acted sooner", "should not have signed")? A missed obligation
    asks nothing any more; it faults the party (PLOVER ACCUSE)."""
    return _voiced_of_another(trigger, lambda c: bool(_auxes(c) & REPROACH_AUX) and _perfect(c))
