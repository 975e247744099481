"""Negation carried by a quantifier rather than by "not" ("nobody attacked", "no country
has recognised", "neither A nor B agreed", "attacked no one"), and negative-looking
words that assert the act ("not only shelled", "nothing but", "no sooner had ... than");
"no longer" denies the present act (docs/codebook.md, Modality)."""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.extract.clauses import lemma
from sitroom.extract.contractions import word
from sitroom.extract.lexicon import modality

SUBJECT_EDGES = frozenset({"nsubj", "nsubjpass"})
# Edges along which the event shares its governor's subject: control ("nobody tried to
# attack"), coordination without a subject of its own ("nobody besieged or shelled"), a
# noun trigger as the object of a light verb ("nobody launched an attack").
SHARED_SUBJECT_EDGES = frozenset({"xcomp", "conj", "dobj"})


def focus_not(neg: Token) -> bool:
    """ "not only shelled the town but also ...", "did not merely threaten": the "not"
    denies that the act is all there was, not the act."""
    following = neg.doc[neg.i + 1] if neg.i + 1 < len(neg.doc) else None
    return following is not None and following.lower_ in modality().focus_particles


def ceased(verb: Token) -> str | None:
    """ "no longer supports the rebels": the act is denied at the time reported (the
    earlier act is only presupposed and carries no date of its own)."""
    for child in verb.children:
        cessation = child.dep_ == "advmod" and child.lower_ in modality().cessation_adverbs
        if cessation and any(word(g) == "no" for g in child.children):
            return f"negated: 'no {child.text}' on '{verb.text}'"
    return None


def quantified(chain: list[Token]) -> str | None:
    """A negative quantifier as the subject of the event's clause ("nobody attacked",
    "none of the parties signed", "not a single state has recognised") or as the object
    of the trigger verb ("attacked no one") negates the event."""
    if not chain:
        return None
    trigger = chain[0]
    if trigger.pos_ in {"VERB", "AUX"}:
        for child in trigger.children:
            if child.dep_ == "dobj" and _no_one(child):
                return f"negated: object '{child.text}' of '{trigger.text}'"
    for token in chain:
        subject = next((c for c in token.children if c.dep_ in SUBJECT_EDGES), None)
        if subject is not None:
            negative = _no_one(subject)
            return f"negated: subject '{subject.text}' of '{token.text}'" if negative else None
        controller = any(c.dep_ in {"dobj", "dative"} for c in token.head.children)
        if token.dep_ not in SHARED_SUBJECT_EDGES or (token.dep_ == "xcomp" and controller):
            return None  # its own clause, or an object controls it ("asked them to attack")
    return None


def _no_one(noun: Token) -> bool:
    """ "nobody", "none of them", "no country", "neither A nor B", "not a single state";
    not "nothing but ...", "none other than ...", "no fewer than ..." (which assert)."""
    lex = modality()
    if word(noun) in lex.negative_pronouns:
        return not _excepted(noun)
    for child in noun.children:
        if child.dep_ in {"det", "neg", "preconj"} and word(child) in lex.negative_determiners:
            return not (focus_not(child) or _excepted(child))
    return False


def _excepted(quantifier: Token) -> bool:
    following = quantifier.doc[quantifier.i + 1] if quantifier.i + 1 < len(quantifier.doc) else None
    return following is not None and following.lower_ in modality().exceptive_words


def grounds_judge(gerund: Token) -> Token | None:
    """The judgement whose "for"-gerund ``gerund`` is ("punished for going abroad", "should
    not be in prison for providing aid"): a verb of judgement or a state of punishment
    (`punishment_states`, also as "be in ..."). Its negation and modal judge the punishment,
    not the grounds."""
    if gerund.dep_ != "pcomp" or gerund.tag_ != "VBG" or gerund.head.lower_ != "for":
        return None
    lex, judge = modality(), gerund.head.head
    if lemma(judge) in lex.grounds_governors or lemma(judge) in lex.punishment_states:
        return judge
    if lemma(judge) != "be":
        return None
    places = (c for c in judge.children if c.dep_ == "prep" and c.lower_ in {"in", "behind"})
    states = (n for p in places for n in p.children if n.dep_ == "pobj")
    return next((n for n in states if lemma(n) in lex.punishment_states), None)
