"""States that are no single event: habits ("used to attack", "would raid every week"),
generic and standing presents, standing roles ("the militia, which is fighting alongside
the army") and relations in the background ("its cooperation with Moscow is recent"),
and acts only evaluated ("it is not enough to protest") (docs/codebook.md, Modality)."""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.extract.clauses import CLAUSE_SUBJECTS, lemma, to_infinitive
from sitroom.extract.contractions import word
from sitroom.extract.lexicon import modality
from sitroom.extract.triggers import Match

OBJECTS = frozenset({"dobj", "obj", "dative"})
TIME_ENTITIES = frozenset({"DATE", "TIME"})


def used_to(verb: Token) -> bool:
    """ "used to have", "used to raid": the to-infinitive of "used" with no auxiliary (not
    the passive "tanks were used to attack", nor "is used to talking")."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.lower_ != "used" or head.tag_ not in {"VBD", "VBN"}:
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" and c.i == head.i + 1 for c in verb.children):
        return False
    return not any(c.dep_ in {"aux", "auxpass"} for c in head.children)


def habitual(match: Match, chain: list[Token]) -> str | None:
    """ "used to attack the convoys", "(said) they would attack every week": a habit is no
    single asserted event, and a reported habitual "would" is no future. A cooperative act
    "would" do regularly is a promise ("said it would send aid each month")."""
    lex = modality()
    for position, token in enumerate(chain[1:], start=1):
        below = chain[position - 1]
        if used_to(below) and not any(c.dep_ in {"dobj", "obj"} for c in token.children):
            return f"hypothetical: habitual '{token.text} to', not one event"
    for token in chain if match.event_type.lower() not in lex.offerable_types else ():
        if not any(c.dep_ == "aux" and word(c) == "would" for c in token.children):
            continue
        cues = {t.lower_ for t in token.subtree}
        if cues & lex.habitual_cues:
            return f"hypothetical: habitual 'would' on '{token.text}', not one event"
    return None


def generic_present(match: Match) -> str | None:
    """ "states that bomb hospitals", "militias often raid villages": the simple
    present of a kind (a relative clause on a bare plural) or of a habit (a frequency
    adverb) describes what is usual, not one asserted event. (A past "often shelled" is
    left asserted: news uses it for a reported series.)"""
    verb = match.frame if match.frame.pos_ in {"VERB", "AUX"} else match.token
    lex, head = modality(), verb.head
    nobody = head.lower_ in lex.generic_heads or any(
        c.dep_ == "det" and c.lower_ in {"no", "any", "every"} for c in head.children
    )
    if verb.dep_ == "relcl" and nobody:
        # "no one who met him", "anyone who attacked": no one in particular, in any tense.
        return f"hypothetical: generic '{head.text}', not one event"
    if verb.tag_ not in {"VBP", "VBZ"} or any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return _habitual_passive(verb)
    bare = not any(c.dep_ in {"det", "poss", "nummod"} for c in head.children)
    generic = head.tag_ == "NNS" and bare and not head.ent_type_
    if verb.dep_ == "relcl" and (generic or head.lower_ in lex.generic_heads):
        return f"hypothetical: generic present on '{head.text}', not one event"
    words = {t.lower_ for t in verb.subtree}
    timed = any(t.ent_type_ in TIME_ENTITIES for t in verb.subtree)
    timed = timed and not words & lex.habitual_cues  # "every day" is a habit's time
    if verb.dep_ == "relcl" and verb.tag_ == "VBP" and head.tag_ in {"NNS", "NNPS"} and not timed:
        # "the gangs who raid villages are criminals": a plural present relative with no
        # time is what the group does habitually ("who raided it on Sunday" is an event).
        return f"hypothetical: habitual present on '{head.text}', not one event"
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ in lex.habitual_cues:
            return f"hypothetical: habitual '{child.text}', not one event"
    return None


def _habitual_passive(verb: Token) -> str | None:
    """ "(if they try to flee) they often get shot", "aid workers are routinely detained": a
    present "be" or "get" passive with a frequency adverb is a habit like the active one."""
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    present = all(lemma(a) in {"be", "get"} and a.tag_ in {"VBP", "VBZ"} for a in auxes)
    if verb.tag_ != "VBN" or not auxes or not present:
        return None
    for token in (verb, *auxes):  # the parser hangs "often" on "get" as well
        cue = next((c for c in token.children if c.dep_ == "advmod"), None)
        if cue is not None and cue.lower_ in modality().habitual_cues:
            return f"hypothetical: habitual '{cue.text}', not one event"
    return None


def standing(chain: list[Token]) -> str | None:
    """ "has consistently advised against travel", "has long been accused", "a history of
    mounting assaults": a standing policy or a habit, in the present or present perfect."""
    lex = modality()
    for token in chain[:2]:
        auxes = {word(c) for c in token.children if c.dep_ in {"aux", "auxpass"}}
        present = token.tag_ in {"VBP", "VBZ"} or bool(auxes & {"has", "have", "is", "are"})
        if present and not auxes & {"had", "was", "were", "will", "would"}:
            for child in token.children:
                if child.dep_ == "advmod" and child.lower_ in lex.standing_cues:
                    return f"hypothetical: standing '{child.text}', not one event"
    for token in chain:
        noun = token.head.head
        of = token.dep_ in {"pcomp", "pobj"} and token.head.lower_ == "of"
        if of and noun.pos_ == "NOUN" and noun.lemma_.lower() in lex.habit_nouns:
            return f"hypothetical: habit ('{noun.text} of'), not one event"
    return None


def standing_role(match: Match) -> str | None:
    """ "the militia, which is fighting alongside the army", "guerrillas fighting inside
    the country": a present participle of a role verb on a group noun, with no opponent
    or target and no time, describes what the group is, not an event. "rebels fighting
    troops near the city on Monday" and "the militia that the army is fighting" (an
    object relative: both sides named) stay events."""
    verb = match.frame if match.frame.pos_ in {"VERB", "AUX"} else match.token
    if verb.tag_ != "VBG" or verb.dep_ not in {"acl", "relcl"} or verb.i < verb.head.i:
        return None
    lex = modality()
    if lemma(verb) not in lex.role_verbs or verb.head.pos_ not in {"NOUN", "PROPN"}:
        return None
    auxes = {word(c) for c in verb.children if c.dep_ == "aux"}
    if verb.dep_ == "relcl" and not auxes & {"is", "are", "'s"}:
        return None  # "which was fighting", "that has fought": a narrated past
    if any(_targeted(child) for child in verb.children):
        return None
    return f"hypothetical: standing role of '{verb.head.text}' ('{verb.text}'), not an event"


def _targeted(child: Token) -> bool:
    """An opponent or target ("fighting the army", "against the army"), a subject of its
    own ("that Ankara is fighting") or a time ("near the city on Monday")."""
    if child.dep_ in OBJECTS or (child.dep_ == "nsubj" and child.tag_ not in {"WDT", "WP"}):
        return True
    if child.dep_ == "prep" and child.lower_ in modality().opponent_preps:
        return True
    return child.dep_ == "npadvmod" or any(t.ent_type_ in TIME_ENTITIES for t in child.subtree)


def background_relation(match: Match) -> str | None:
    """ "its cooperation with Moscow is recent", "includes a deal", "as part of his
    growing cooperation", "rows over Washington's support": a relation noun as the
    subject of a copula or stative verb, or in a background adjunct, is no event ("the
    cooperation has been scaled back" reports a change: left to the change verb)."""
    noun = match.token
    lex = modality()
    if noun.pos_ != "NOUN" or match.frame.i != noun.i or lemma(noun) not in lex.relation_nouns:
        return None
    first = noun
    for _ in range(4):  # "his defiance (of the courts) and his growing cooperation ... seem"
        if first.dep_ == "conj" or (first.dep_ == "pobj" and first.head.lower_ == "of"):
            first = first.head.head if first.dep_ == "pobj" else first.head
    if first.dep_ in {"nsubj", "nsubjpass"} and lemma(first.head) in lex.stative_verbs:
        return f"hypothetical: relation '{noun.text}' described ('{first.head.text}'), not an event"
    token = noun
    for _ in range(3):
        if token.dep_ not in {"pobj", "conj"} or token.head.i == token.i:
            return None
        token = token.head
        if token.dep_ == "prep" and token.lower_ in lex.background_relation_preps:
            return f"hypothetical: relation '{noun.text}' in a background '{token.text}'"
        if token.dep_ == "prep":
            token = token.head  # "as part of his cooperation": climb to "part"
    return None


def evaluated(chain: list[Token]) -> str | None:
    """ "it is not enough to protest", "helping the regime win is a gamble", "to arm them
    would be a mistake": an actorless infinitive or gerund that is the subject of a
    copula, or the complement of a copula with an expletive or demonstrative subject, is
    only evaluated ("she is right in calling for talks" asserts the call)."""
    for below in chain:
        copula = below.head
        if lemma(copula) != "be" or copula.i == below.i:
            continue
        verbal = to_infinitive(below) or below.tag_ == "VBG"
        if not verbal or any(c.dep_ in CLAUSE_SUBJECTS | {"poss"} for c in below.children):
            continue
        if below.dep_ in {"csubj", "csubjpass"}:
            return f"hypothetical: '{below.text}' only evaluated ('{copula.text}'), not an act"
        subjects = [c for c in copula.children if c.dep_ in {"nsubj", "expl"}]
        empty = any(s.lower_ in modality().empty_subjects for s in subjects)
        judged = any(c.dep_ in {"acomp", "attr", "neg"} for c in copula.children)
        if below.dep_ == "xcomp" and empty and judged:  # not "it is there to fight"
            return f"hypothetical: '{below.text}' only evaluated ('{copula.text}'), not an act"
    return None
