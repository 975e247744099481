"""Acts the text places ahead of now without anyone intending them: the end point of an
"until" clause under a present or future main clause ("expects hard days ahead until the
town is retaken"), an act with an "only once/when" precondition ("will only visit once the
occupation has ended"), the "be to" timetable ("the minister is to visit Oslo"), a nominal
event with its own timetable ("the talks due to resume in Oslo") and a standing warrant
("has been wanted for arrest since 2015")
(docs/codebook.md, Modality)."""

from __future__ import annotations

from spacy.tokens import Token

from sitroom.extract.agents import is_agent
from sitroom.extract.clauses import PRESENT_TAGS, lemma, to_infinitive
from sitroom.extract.contractions import word
from sitroom.extract.lexicon import modality
from sitroom.extract.triggers import Match

PAST_AUXILIARIES = frozenset({"had", "was", "were", "did"})


def _past(verb: Token) -> bool:
    """A past main clause ("fought", "had held", "was shelling")."""
    auxes = {word(c) for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    return verb.tag_ == "VBD" or bool(auxes & PAST_AUXILIARIES)


def _present(verb: Token) -> bool:
    """A present clause, which an "until" clause uses for a time still ahead ("until the
    town falls", "until it is retaken", "until they have left")."""
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if auxes:
        return all(a.tag_ in PRESENT_TAGS for a in auxes)
    return verb.tag_ in PRESENT_TAGS


def until_pending(chain: list[Token]) -> str | None:
    """ "expects difficult days ahead until Raqqa is retaken", "will keep shelling until the
    rebels surrender": the end point of an "until" clause in the present, under a main clause
    that is not past, has not happened yet; "fought until the town fell" tells that it did."""
    marks = modality().until_marks
    for token in chain[:2]:
        clause = token
        while clause.dep_ == "conj" and clause.head.i != clause.i:
            clause = clause.head  # "until the town is retaken and the rebels surrender"
        if clause.dep_ != "advcl" or not any(
            c.dep_ == "mark" and c.lower_ in marks for c in clause.children
        ):
            continue
        main = clause.head
        if _present(token) and not _past(main) and main.pos_ in {"VERB", "AUX"}:
            return f"hypothetical: not yet done ('until' under '{main.text}')"
    return None


def precondition(chain: list[Token]) -> str | None:
    """ "will only visit Kabul once the occupation has ended", "will sign only when the
    troops have left": "only" makes the temporal clause a condition still unmet (a present
    or perfect clause under a main clause that is not past), so the act is not asserted."""
    lex = modality()
    for token in chain[:2]:
        if token.pos_ not in {"VERB", "AUX"} or _past(token):
            continue
        for clause in (c for c in token.children if c.dep_ == "advcl" and _present(c)):
            mark = next((c for c in clause.children if c.dep_ == "mark"), None)
            if mark is None or mark.lower_ not in lex.precondition_marks:
                continue
            before = mark.doc[mark.i - 1] if mark.i > 0 else None
            focused = any(c.dep_ == "advmod" and c.lower_ == "only" for c in token.children)
            if focused or (before is not None and before.lower_ == "only"):
                return f"hypothetical: precondition 'only {mark.text}' on '{token.text}'"
    return None


def ahead(match: Match, chain: list[Token]) -> str | None:
    """The writer's timetable: an event framing a future act, or a "be to" infinitive."""
    framed = during_future(match)
    if framed is not None:
        return f"future: during the act of '{framed.text}', still ahead"
    timetable = be_to(chain)
    return f"future: '{timetable.text} to', a timetable" if timetable is not None else None


def during_future(match: Match) -> Token | None:
    """ "During his trip, Straw will represent the G8": an event noun that frames a future
    act ("during", ``framing_future_preps``) takes place at that act's time, still ahead."""
    noun = match.token
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj":
        return None
    prep, lex = noun.head, modality()
    if prep.lower_ not in lex.framing_future_preps or prep.head.pos_ not in {"VERB", "AUX"}:
        return None
    verb = prep.head
    future = any(c.dep_ == "aux" and word(c) in lex.future_auxiliaries for c in verb.children)
    return verb if future else None


def be_to(chain: list[Token]) -> Token | None:
    """ "the minister is to visit Oslo", "the bill is to be debated": a present "be" with a
    "to"-infinitive is the writer's timetable (future). Not "the plan is to attack" (its
    content, see ``intended``), nor "is to blame", "is to be welcomed" (what is owed)."""
    lex = modality()
    for position, token in enumerate(chain[1:], start=1):
        below = chain[position - 1]
        if lemma(token) != "be" or token.tag_ not in PRESENT_TAGS:
            continue
        if below.dep_ != "xcomp" or below.head.i != token.i or not to_infinitive(below):
            return None
        between = token.doc[token.i + 1 : below.left_edge.i]
        if any(c.dep_ in {"acomp", "attr"} for c in token.children) or any(
            t.pos_ != "ADV" for t in between
        ):
            return None  # "it is not racist to talk about X": an extraposed subject
        subject = next((c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        owed = lemma(below) in lex.deontic_infinitives  # "is to blame", "is to be welcomed"
        if subject is None or subject.tag_ in {"WP", "WDT"} or owed:
            return None
        content = lex.intention_nouns | lex.expectation_nouns | lex.task_nouns
        if {lemma(subject), subject.lower_} & content:
            return None
        passive = any(c.dep_ == "auxpass" for c in below.children)
        return token if passive or is_agent(subject) else None
    return None


def agenda(match: Match) -> Token | None:
    """ "the talks due to resume in Oslo", "talks planned for later this month": the
    participle right after a nominal event that sets its own timetable, or an adjective of
    time ahead before it ("their imminent withdrawal", "the upcoming talks"). The event is then
    scheduled (future), whatever the clause around the noun does with it ("an attempt to
    bypass the talks due to resume")."""
    noun = match.token
    # "announced their imminent withdrawal", "the upcoming talks": a modifier of time ahead
    ahead = modality().agenda_modifiers
    modifier = next((c for c in noun.children if c.dep_ == "amod" and c.lower_ in ahead), None)
    if noun.pos_ == "NOUN" and modifier is not None:
        return modifier
    if noun.pos_ != "NOUN" or match.frame.i != noun.i or noun.i + 1 >= len(noun.doc):
        return None
    follower = noun.doc[noun.i + 1]
    if lemma(follower) not in modality().agenda_participles and follower.lower_ != "due":
        return None
    doc = noun.doc
    verb_next = follower.i + 2 < len(doc) and doc[follower.i + 2].tag_ == "VB"
    if follower.tag_ not in {"VBN", "JJ"} and not (follower.lower_ == "due" and verb_next):
        # "the talks set the stage": a finite verb; "talks due to the veto": because of
        return None
    # "due to resume", "planned for May" (the parser may hang the infinitive elsewhere)
    after = doc[follower.i + 1] if follower.i + 1 < len(doc) else None
    return follower if after is not None and after.lower_ in {"to", "for"} else None


def elided_condition(chain: list[Token]) -> str | None:
    """ "If not(,) they will be released": a clause-initial "if not" is a condition whose
    verb is elided ("if they are not charged"); the main clause is conditional on it."""
    for token in chain[:3]:
        for child in token.children:
            if child.lower_ == "not" and elided_if(child):
                return f"hypothetical: elided condition 'if not' on '{token.text}'"
    return None


def elided_if(neg: Token) -> bool:
    """A "not" right after a conditional "if" with no verb of its own: followed by a comma
    or by the subject of the clause it is attached to ("If not they will ...")."""
    doc = neg.doc
    if neg.i == 0 or doc[neg.i - 1].lower_ not in modality().conditional_marks:
        return False
    after = doc[neg.i + 1] if neg.i + 1 < len(doc) else None
    if after is None or after.is_punct:
        return True
    return after.dep_ in {"nsubj", "nsubjpass", "expl"} and after.head.i == neg.head.i


def warrant(chain: list[Token]) -> Token | None:
    """ "has been wanted for arrest since 2015", "is wanted for questioning": a passive
    "wanted" is a standing warrant against its subject, not its subject's intention."""
    for token in chain[1:3]:
        passive = any(c.dep_ == "auxpass" for c in token.children)
        if lemma(token) == "want" and token.tag_ == "VBN" and passive:
            return token
    return None
