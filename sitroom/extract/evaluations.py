"""Negative evaluations voiced about a party or its act: "described the incursion as
reckless", "dismissed the summit as a charade", "said the blockade was illegal", "held X
responsible for the killings", "expressed concern about X's offensive", "said the ministry
should have acted sooner" (PLOVER ACCUSE). The judged thing must be a party, a party's
marked act ("the Freedonian blockade") or an act noun; "said the food was awful" judges
nothing political. Milder faults ("misguided", "a gimmick") count only of a party or an act
owned by another party than the speaker."""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.extract.agents import NAME_LABELS, is_agent
from sitroom.extract.clauses import lemma, prep_objects
from sitroom.extract.complements import extraposed_subjects
from sitroom.extract.lexicon_speech import evaluation
from sitroom.extract.patterns import default_patterns
from sitroom.extract.reactions import reproaches
from sitroom.extract.verdicts import finds_unlawful

PREDICATIVE = frozenset({"oprd", "acomp", "attr"})
# The parser hangs "as reckless" on "as" in many ways.
AS_DEPS = frozenset({"pobj", "amod", "acomp", "pcomp", "advmod", "attr", "dobj", "npadvmod"})
ABOUT = frozenset({"about", "over", "at"})
OWN = frozenset({"its", "their", "our", "my", "your"})
QUANTIFIERS = frozenset({"few", "some", "many", "most", "several", "all", "any", "no", "every"})


def _with_conjuncts(tokens: list[Token]) -> list[Token]:
    return tokens + [c for t in tokens for c in t.conjuncts]


def _judgements(trigger: Token) -> list[Token]:
    """What the trigger predicates of the judged thing: "as reckless", "a violation", or
    the predicate of a copular complement ("said the blockade was illegal")."""
    found = [c for c in trigger.children if c.dep_ in PREDICATIVE]
    # "described the move as provocative": the parser may hang "as" on the object.
    objects = [c for c in trigger.children if c.dep_ == "dobj"]
    # "branded the mayor a fraud": the parser may take the predicate for a second object.
    found += objects[1:]
    # "branded his actions 'reckless'": an adjective after its noun is the object's
    # predicate the parser hung on the noun (English puts attributive adjectives first).
    found += [c for o in objects for c in o.children if c.dep_ == "amod" and c.i > o.i]
    for prep in [c for head in [trigger, *objects] for c in head.children]:
        if prep.dep_ == "prep" and prep.lower_ == "as":
            found += [c for c in prep.children if c.dep_ in AS_DEPS]
    for comp in trigger.children:
        negated = any(c.dep_ == "neg" for c in comp.children)
        if comp.dep_ == "ccomp" and lemma(comp) == "be" and not negated:
            found += [c for c in comp.children if c.dep_ in {"acomp", "attr"}]
        elif comp.dep_ == "ccomp" and lemma(comp) in evaluation().responsible:
            found.append(comp)  # "held Ankara accountable": the parser's small clause
        elif _passive(comp) and not negated:
            found.append(comp)  # "said the money was misdirected": the participle judges
    return _with_conjuncts(found)


def _passive(comp: Token) -> bool:
    return (
        comp.dep_ == "ccomp"
        and comp.tag_ == "VBN"
        and any(c.dep_ == "auxpass" for c in comp.children)
    )


def _affront(word: Token) -> bool:
    """ "an attack on our sovereignty", "an insult to the constitution"."""
    lex = evaluation()
    return lemma(word) in lex.affronts and any(
        lemma(obj) in lex.affronted
        for obj in prep_objects(word, frozenset({"on", "to", "of", "against", "upon"}))
    )


def _blame(word: Token) -> bool:
    """ "responsible for the killings", "accountable": blame for a harm or an act, not a
    task ("responsible for security")."""
    lex = evaluation()
    if lemma(word) not in lex.responsible:
        return False
    fors = [p for p in word.children if p.dep_ == "prep" and p.lower_ == "for"]
    causes = [c for p in fors for c in p.children if c.dep_ in {"pobj", "pcomp"}]
    return not fors or any(
        lemma(c) in lex.harms
        or lemma(c) in lex.negative
        or bool(default_patterns().candidates(lemma(c)))
        for c in causes
    )


def _negative(word: Token) -> bool:
    lex = evaluation()
    if lemma(word) in lex.negative or word.lower_ in lex.negative:
        return True
    if _affront(word) or _blame(word):
        return True
    if lemma(word) in lex.attempt_nouns:  # "an attempt to circumvent the process"
        return any(lemma(c) in lex.undermining for c in word.children if c.dep_ in {"acl", "xcomp"})
    # "a flagrant violation", "a dangerous provocation", "a terror army": the noun or its
    # modifier judges.
    return word.pos_ in {"NOUN", "PROPN"} and any(
        c.dep_ in {"amod", "compound"} and lemma(c) in lex.negative for c in word.children
    )


def _judged(trigger: Token) -> Token | None:
    """The thing judged: the object ("described X as"), the passive subject ("X was
    described as"), or the subject of the copular complement ("said X was")."""
    for comp in trigger.children:
        # "argued it was unacceptable for X to stay - a reference to Y": the parser may take an
        # appended apposition for an object; the extraposed party is what is judged.
        copular = comp.dep_ == "ccomp" and lemma(comp) == "be"
        extraposed = extraposed_subjects(comp) if copular else []
        if extraposed:
            return extraposed[0]
    for child in trigger.children:
        if child.dep_ in {"dobj", "nsubjpass"}:
            return child
    for comp in trigger.children:
        if comp.dep_ == "ccomp" and lemma(comp) in evaluation().responsible:
            subjects = [c for c in comp.children if c.dep_ == "nsubj"]
            return subjects[0] if subjects else None  # "held Ankara accountable"
    for comp in trigger.children:
        if comp.dep_ == "ccomp" and lemma(comp) == "be":
            # "said the blockade was illegal" (an extraposed subject was taken above)
            subjects = [c for c in comp.children if c.dep_ == "nsubj"]
            return subjects[0] if subjects else None
        if _passive(comp):
            subjects = [c for c in comp.children if c.dep_ == "nsubjpass"]
            return subjects[0] if subjects else None
    return None


def _political(thing: Token) -> bool:
    """A party, a party's act ("Freedonia's move", "the Freedonian blockade") or an act."""
    if thing.tag_ == "PRP" and thing.lower_ in {"it", "this", "that"}:
        return False  # "said it was unacceptable": what "it" is stays open
    if is_agent(thing):
        return True
    if lemma(thing) in evaluation().charges:
        return False  # "dismissed the allegations as baseless" denies a charge (REJECT)
    marked = any(
        c.dep_ in {"poss", "amod", "compound", "nmod"}
        and (c.ent_type_ in NAME_LABELS or is_agent(c))
        for c in thing.children
    )
    act = lemma(thing) in evaluation().act_nouns or bool(
        default_patterns().candidates(lemma(thing))
    )
    return marked or act


def _hyphenated(word: Token) -> str:
    """ "build-up" split by the tokenizer into "build - up" is one word again."""
    doc, i = word.doc, word.i
    if i >= 2 and doc[i - 1].text == "-" and doc[i - 1].whitespace_ == "":
        return f"{doc[i - 2].lower_}-{word.lower_}"
    return lemma(word)


def _owners(thing: Token) -> list[Token]:
    """Who an act is marked as: "Freedonia's", "the Freedonian", "by the ministry". A
    possessive pronoun ("its plan") may be the speaker's own."""
    marks = [
        c for c in thing.children
        if c.dep_ in {"poss", "amod", "compound", "nmod"}
        and (c.ent_type_ in NAME_LABELS or is_agent(c)) and c.lower_ not in OWN
    ]  # fmt: skip
    return marks + [o for o in prep_objects(thing, frozenset({"by"})) if is_agent(o)]


def _party_act(thing: Token) -> bool:
    """An act marked as a party's: "Freedonia's offensive", "the plan by the ministry"."""
    word = _hyphenated(thing)
    act = word in evaluation().act_nouns or bool(default_patterns().candidates(word))
    return act and bool(_owners(thing))


def _voices_qualm(trigger: Token) -> bool:
    """ "expressed concern about X's offensive", "voiced reservations over the X plan": a
    stance noun stated by a verb of voicing, about a party's act. A worry about people
    ("concern for the hostages", "about the refugees") blames no one."""
    lex = evaluation()
    head = trigger.head
    return (
        lemma(trigger) in lex.qualms
        and trigger.dep_ == "dobj"
        and lemma(head) in lex.voicing
        and any(_party_act(o) for o in prep_objects(trigger, ABOUT))
    )


def _qualmed(trigger: Token) -> bool:
    """ "said he was concerned about X's offensive", "is alarmed by the X decision": a
    predicative stance adjective about a party's act ("the parties concerned" is none)."""
    if trigger.lower_ not in evaluation().qualmed or trigger.dep_ in {"amod", "acl"}:
        return False
    return any(_party_act(o) for o in prep_objects(trigger, ABOUT))


def _critical(trigger: Token) -> bool:
    """ "was critical of the minister", "scathing about X's handling": an adjective of
    disapproval of a party or of another party's act."""
    if trigger.dep_ in {"amod", "acl"}:
        return False  # "a critical moment"
    objects = prep_objects(trigger, frozenset({"of", "about"}))
    return any((is_agent(o) and o.pos_ != "PRON") or _party_act(o) for o in objects)


def _worded(word: Token, words: frozenset[str]) -> bool:
    """The judgement word, or an adjective on it, is one of ``words``: a fault found
    ("misguided", "a cynical gimmick", lexicon ``faulting``) or a dysphemism for a party
    ("a traitor", "a rogue regime", ``labels``)."""
    return (
        lemma(word) in words
        or word.lower_ in words
        or any(c.dep_ == "amod" and c.lower_ in words for c in word.children)
    )


def _faults_another(trigger: Token, thing: Token) -> bool:
    """A fault found in a party ("said the minister was wrong") or in an act owned by a
    party other than the speaker ("called the ministry's plan misguided")."""
    lex = evaluation()
    if lemma(thing) in lex.charges | lex.numbers or thing.lower_ in lex.numbers:
        return False  # "said the figures were wrong" faults a count, not its author
    if not any(_worded(j, lex.faulting) for j in _judgements(trigger)):
        return False
    if thing.dep_ == "dobj" and any(c.dep_ == "ccomp" for c in trigger.children):
        return False  # "told the minister: 'it is disappointing'": the addressee is not judged
    speakers = {c.lower_ for c in trigger.children if c.dep_ == "nsubj"}
    if is_agent(thing) and thing.pos_ != "PRON":
        return thing.lower_ not in speakers
    return _party_act(thing) and all(o.lower_ not in speakers for o in _owners(thing))


def _condemns(trigger: Token, thing: Token) -> bool:
    """A judgement of wrongdoing of a party or an act, owned or not."""
    if not _political(thing):
        return False
    # "dismissed the summit as a meeting of friends": the verb judges an act; a person
    # "dismissed as coach" loses a post, so only an active verb on a non-party counts.
    dismissed = thing.dep_ == "dobj" and not is_agent(thing)
    if (
        dismissed
        and lemma(trigger) in evaluation().dismissive
        and any(c.dep_ == "prep" and c.lower_ == "as" and any(c.children) for c in trigger.children)
    ):
        return True
    # "called the governor a traitor"; a plan is no liar, and "a few officers were racist"
    # labels a share of a class, no party.
    labelled = is_agent(thing) and not any(
        c.dep_ in {"amod", "det", "nummod"} and c.lower_ in QUANTIFIERS for c in thing.children
    )
    labels = evaluation().labels
    return any(_negative(j) or (labelled and _worded(j, labels)) for j in _judgements(trigger))


def _on_the_offensive(trigger: Token) -> bool:
    """ "went on the offensive over the minister's remarks": a verbal attack over a party's
    act or statement. An armed side "goes on the offensive against" a party or "over the
    weekend", so only an "over" object that is an act counts."""
    lex = evaluation()
    topics = prep_objects(trigger, frozenset({"over"}))
    return any(
        lemma(o) in lex.offensives for o in prep_objects(trigger, frozenset({"on"}))
    ) and any(lemma(t) in lex.act_nouns or _party_act(t) for t in topics)


def evaluates(trigger: Token) -> bool:
    """Does the trigger voice a negative judgement of a party or its act?"""
    if lemma(trigger) in evaluation().going:
        return _on_the_offensive(trigger)
    if trigger.pos_ == "NOUN":
        return _voices_qualm(trigger)
    if trigger.lower_ in evaluation().critical:
        return _critical(trigger)
    if trigger.lower_ in evaluation().qualmed:
        return _qualmed(trigger)
    thing = _judged(trigger)
    return reproaches(trigger) or (
        thing is not None and (_faults_another(trigger, thing) or _condemns(trigger, thing))
    )


def finds_breach(trigger: Token) -> bool:
    """ "the court ruled that the measures breached human rights law", "the judges ruled the
    ban was unlawful": a judicial subject finds a party or its act in breach of a legal norm,
    or judges it negatively."""
    lex = evaluation()
    subjects = [c for c in trigger.children if c.dep_ == "nsubj"]
    if not any(lemma(t) in lex.judicial for s in subjects for t in s.subtree):
        return False
    for comp in trigger.children:
        if comp.dep_ != "ccomp" or lemma(comp) not in lex.breaking:
            continue
        subjects = [c for c in comp.children if c.dep_ == "nsubj"]
        broken = [c for c in comp.children if c.dep_ == "dobj" and lemma(c) in lex.norms]
        if broken and subjects and _political(subjects[0]):
            return True
    return finds_unlawful(trigger) or evaluates(trigger)


def party_or_act(thing: Token) -> bool:
    """A party ("the council") or an act marked as a party's ("the government's refusal")."""
    return is_agent(thing) or _party_act(thing)
