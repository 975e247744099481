"""PLOVER auxiliary modes of one event, read off its clause: negated, hypothetical, future,
historical; each flag comes with a ``why`` line naming the cue."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from sitroom.extract import modality_chain as governors
from sitroom.extract import modality_pending as pending
from sitroom.extract import modality_states as states
from sitroom.extract.clauses import YEAR, lemma
from sitroom.extract.contractions import auxiliaries, word
from sitroom.extract.lexicon import modality
from sitroom.extract.modality_content import (
    called_for,
    conditional_obligation,
    conditioned,
    delivered,
    displayed,
    grounds,
    imagined,
    intended,
    own_chain,
    realised_decision,
    reduced_purpose,
    unconfirmed,
)
from sitroom.extract.modality_history import HISTORICAL_GAP, dated, reaching_back, undated
from sitroom.extract.modality_scope import (
    durative,
    exercised,
    habitual_clause,
    imperative,
    negated,
    option_governor,
    predicate_host,
    requested,
    taken,
    task,
    unreported,
)
from sitroom.extract.triggers import Match, is_purpose
from sitroom.model import Flags, Mention

QUESTION_STARTS = frozenset({":", ";", "\u201c", '"'})


@dataclass(frozen=True, slots=True)
class Modality:
    flags: Flags
    why: tuple[str, ...]
    # The future is only the writer's schedule ("will meet", "is scheduled to attend"),
    # not a party's stated intention or reported promise ("plans to", "said it would").
    scheduled: bool = False


def _reported_by(token: Token) -> Token | None:
    """The reporting verb whose complement holds ``token`` ("announced it would ...")."""
    reporting = modality().reporting_for_would
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head  # "would prohibit aid and would deny entry": one report
    for ancestor in token.ancestors:
        if ancestor.pos_ in {"VERB", "AUX"}:
            # Only the nearest clause-taking verb counts: "hoped X would" is no report.
            return ancestor if lemma(ancestor) in reporting else None
    return None


def claimed_by(token: Token) -> Token | None:
    """The non-factive verb ("claimed", "alleged") whose complement clause holds ``token``."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head  # "claimed that ISIL attacked Iraq and took Mosul": both claimed
    if token.dep_ != "ccomp":
        return None
    governor = token.head
    return governor if lemma(governor) in modality().claim_governors else None


def _hypothetical(match: Match, chain: list[Token]) -> str | None:
    lex = modality()
    unrealised = _unrealised(match, chain)
    if unrealised:
        return unrealised
    condition = conditioned(match) or pending.elided_condition(chain) or _prospect(match)
    condition = condition or pending.precondition(chain)
    if condition:
        return condition
    for position, token in enumerate(chain):
        for aux in auxiliaries(token):
            if word(aux) in lex.hypothetical_modals:
                if word(aux) == "would" and _reported_by(token) is not None:
                    continue  # "announced it would": a future, handled there
                return f"hypothetical: modal '{aux.text}' on '{token.text}'"
        for child in token.children:
            if child.dep_ == "mark" and child.lower_ in lex.conditional_marks:
                return f"hypothetical: condition '{child.text}' on '{token.text}'"
        below = chain[max(position - 1, 0)]
        governor = _governor(token, below) if token.i != match.token.i else None
        if governor is not None:
            return f"hypothetical: governed by '{governor.text}'"
    unasserted = _unasserted(match, chain) or requested(chain)
    return _attempted(match, chain) or unasserted or unreported(chain)


def _necessity(verb: Token, below: Token) -> bool:
    """ "will have to agree", "has to withdraw": a necessity not in the past states no act;
    "had to flee" (past) tells that it was done."""
    if lemma(verb) not in modality().necessity_verbs or verb.tag_ not in {"VB", "VBP", "VBZ"}:
        return False
    if verb.dep_ == "relcl":
        return False  # "the levers they have to press X": the object gap, a means
    to = any(c.dep_ == "aux" and c.lower_ == "to" for c in below.children)
    return below.dep_ == "xcomp" and to


def _attempted(match: Match, chain: list[Token]) -> str | None:
    """ "trying to force them to surrender": an attempted cooperative act is not done."""
    lex = modality()
    if match.event_type.lower() not in lex.attempt_types:
        return None
    for token in chain[1:]:
        if lemma(token) in lex.attempt_governors:
            return f"hypothetical: only attempted ('{token.text}')"
    return None


def _governor(token: Token, below: Token) -> Token | None:
    """``token`` or, for a copula with an infinitive, its adjective ("it was difficult to
    deliver aid"), when it leaves the act it governs unasserted. ("She is right in
    calling for talks" asserts the call.) Also a present necessity ("will have to agree")."""
    words = modality().hypothetical_governors
    if _necessity(token, below) or (option_governor(token) and below.dep_ != "conj"):
        return token  # "will have to agree"; "has not ruled out sending troops"
    if lemma(token) in words:
        return None if _granted(token) or _warned_intention(token, below) else token
    if below.dep_ != "xcomp":
        return None
    return next((c for c in token.children if c.dep_ == "acomp" and lemma(c) in words), None)


def _prospect(match: Match) -> str | None:
    """ "little prospect of America agreeing to cut emissions": the parser hangs the gerund
    on the noun or on the subject inside its "of"-phrase, not under the "of"."""
    token = match.frame
    if token.tag_ != "VBG" or token.dep_ != "acl":
        return None
    noun = token.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        noun = noun.head.head
    if noun.pos_ != "NOUN" or lemma(noun) not in modality().hypothetical_governors:
        return None
    return f"hypothetical: governed by '{noun.text}'"


def _warned_intention(verb: Token, below: Token) -> bool:
    """ "warned that its troops *intended to* advance on B": a warning that reports a party's
    stated intention voices that intention (a future act, type rule 3), unlike a warned
    outcome ("warned that the fighting could spread")."""
    lex = modality()
    if lemma(verb) not in lex.warning_governors or below.dep_ != "ccomp":
        return False
    subject = any(c.dep_ in {"nsubj", "nsubjpass"} for c in below.children)
    return subject and lemma(below) in lex.future_governors and below.pos_ in {"VERB", "ADJ", "AUX"}


def _granted(verb: Token) -> bool:
    """ "enabled the police to detain them", "had allowed the convoy to enter": a permission
    told in the past reports the act it let happen; "the law allows the state to revoke"
    (present) and "did not allow" (base form) do not."""
    if lemma(verb) not in modality().implicative_permissions:
        return False
    perfect = verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and word(c) in {"has", "have", "had"} for c in verb.children
    )
    return verb.tag_ == "VBD" or perfect


def _unrealised(match: Match, chain: list[Token]) -> str | None:
    """Questions, habits and the infinitive of a noun assert no event."""
    if _in_question(match.token):
        return "hypothetical: asked, not asserted (a question)"
    directive = imperative(chain)
    if directive:
        return directive
    habit = states.habitual(match, chain) or states.generic_present(match)
    habit = habit or states.standing(chain) or durative(match, chain) or habitual_clause(chain)
    habit = habit or task(chain) or intended(chain) or conditional_obligation(chain)
    state = states.standing_role(match) or states.background_relation(match)
    state = state or states.evaluated(chain)
    # a slogan's wording, the grounds of a judgement, an unconfirmed or requested clause
    unasked = displayed(match) or grounds(chain) or unconfirmed(match) or called_for(chain)
    unasked = unasked or imagined(match, chain) or pending.until_pending(chain)
    if habit or state or unasked:
        return habit or state or unasked
    purpose = next((t for t in chain[:2] if is_purpose(t) or reduced_purpose(t)), None)
    made = purpose is not None and purpose.head.tag_ == "VBN" and purpose.head.dep_ == "acl"
    # "stayed behind to launch raids": staying for an act states an intention, not the act
    made = made or (purpose is not None and lemma(purpose.head) in modality().waiting_verbs)
    if purpose is not None and (made or reduced_purpose(purpose)):
        # "a force raised to fight Isis", or a reduced relative parsed as the main verb
        # ("villagers trained to fight the rebels now guard the roads"): what a thing was
        # made for, not an act (a purpose of a reported act, "opened fire to disperse
        # them", tells of the act itself).
        return f"hypothetical: purpose of '{purpose.head.text}', not asserted"
    noun = governors.noun_content(chain[-1]) or governors.misattached_noun(chain[0])
    content = noun is not None and lemma(noun) not in modality().future_governors
    realised = taken(noun) or exercised(noun) or delivered(noun) if noun is not None else False
    if noun is not None and content and not realised:
        # "the right of X to fire", "an effort to free them": a noun's infinitive is no act.
        return f"hypothetical: content of '{noun.text}', not an act"
    return None


def _in_question(token: Token) -> bool:
    """Is ``token`` inside the question a sentence ends with? A question quoted or
    introduced after a colon ("asked for help, saying: what else could I do?") leaves
    what comes before it asserted."""
    sent = token.sent
    if not sent.text.rstrip(" \"'\u201d\u2019").endswith("?"):
        return False
    # The question starts after the last colon, semicolon or opening quote before its end.
    starts = [t.i for t in sent[:-1] if t.text in QUESTION_STARTS and t.i > sent.start]
    return not starts or token.i > max(starts)


def _unasserted(match: Match, chain: list[Token]) -> str | None:
    """Acts only claimed ("claimed that X attacked") or wished of another party
    ("wants Putin to attack"): the text does not assert them."""
    claimant = claimed_by(match.frame)
    if claimant is not None:
        return f"hypothetical: only claimed ('{claimant.text}')"
    for token in chain[:2]:
        # "the army allegedly shelled the camp": the hedge of a claim on the act itself.
        hedge = next((c for c in token.children if c.lower_ in modality().claim_adverbs), None)
        if hedge is not None and hedge.dep_ == "advmod":
            return f"hypothetical: only claimed ('{hedge.text}')"
    for position, token in enumerate(chain[1:], start=1):
        wish = lemma(token) in modality().desire_governors
        if wish and not _intends(token, chain[position - 1]):
            return f"hypothetical: wished by '{token.text}' of another party"
    return None


def _future(match: Match, chain: list[Token]) -> tuple[str, bool] | None:
    """The future cue and whether it is only a schedule (an auxiliary or "scheduled to")."""
    lex = modality()
    intended = _offered_or_planned(match, chain)
    if intended:
        return intended, False
    for position, token in enumerate(chain):
        for aux in auxiliaries(token):
            if word(aux) in lex.future_auxiliaries:
                return f"future: '{aux.text}' on '{token.text}'", True
            if word(aux) == "would" and _reported_by(token) is not None:
                return f"future: reported 'would' on '{token.text}'", False
        # "announced sanctions": the light verb of a nominal event is the act itself.
        light = token.i == match.frame.i and match.frame.i != match.token.i
        if position and not light and _intends(token, chain[position - 1]):
            scheduled = lemma(token) in lex.schedule_governors
            return f"future: governed by '{token.text}'", scheduled
        if _going_to(token):
            return "future: 'going to'", True
    ahead = pending.ahead(match, chain)  # "during his trip, he will ...", "is to visit"
    return (ahead, True) if ahead else None


def _going_to(token: Token) -> bool:
    """ "is going to attack", "’s going to": the progressive "be going to" right before an
    infinitive; not a motion ("punished for going abroad to fight", "going to Chad to fight")."""
    if token.lower_ != "going" or not any(c.dep_ == "aux" for c in token.children):
        return False
    if token.i + 1 >= len(token.doc) or token.doc[token.i + 1].lower_ != "to":
        return False
    infinitive = token.doc[token.i + 1].head  # "going to attack": "to" is the xcomp's
    return infinitive.dep_ == "xcomp" and infinitive.head.i == token.i


def _offered_or_planned(match: Match, chain: list[Token]) -> str | None:
    """ "offered aid", "offering further support" (an offer is a future act, PLOVER AGREE)
    and "a plan to send aid" (the infinitive of an intention noun)."""
    lex = modality()
    offerable = match.event_type.lower() in lex.offerable_types
    for token in chain[:2] if offerable else ():
        if lemma(token) in lex.offer_verbs:
            return f"future: offered ('{token.text}')"
    noun = governors.noun_content(chain[-1]) or governors.misattached_noun(chain[0])
    if noun is not None and lemma(noun) in lex.future_governors:
        return f"future: intended ('{noun.text}')"
    if noun is not None and taken(noun):
        return f"future: decided ('{noun.text}')"
    return None


def _intends(governor: Token, below: Token) -> bool:
    """An intention governs its own subject's act through control ("plans to visit",
    "ready to send"), not someone else's ("wants Putin to attack")."""
    if lemma(governor) not in modality().future_governors or governor.pos_ == "ADP":
        return False  # "due to the veto" (a preposition: because of) is no schedule
    if below.dep_ not in {"xcomp", "acomp", "dobj", "pobj", "prep"}:
        return False
    if below.dep_ == "prep" and below.lower_ != "for":
        return False  # "plans for an attack", not "due to Russia's vetoes" (because of)
    return not any(c.dep_ in {"dobj", "obj"} and c.i != below.i for c in governor.children)


def read(match: Match, *, times: tuple[Mention, ...], latest_year: int | None) -> Modality:
    """Flags of one matched event, with the cue behind each."""
    chain = governors.chain(match)
    why: list[str] = []
    owned = own_chain(match)  # "the fight to repel Saddam's invasion", "not act on X's call"
    negation = negated(match, owned or chain)
    # A participle on a predicate noun shares its clause's hypothetical or future mode
    # ("would have to be among those sanctioned"), not its negation.
    host = predicate_host(match)
    moded = chain if host is None else [*chain, host, *governors.climb(host)]
    moded = owned or moded
    hypothetical = _hypothetical(match, moded)
    # "is wanted for arrest": a standing warrant (THREATEN, conversion), nobody's intention
    warranted = pending.warrant(chain) is not None
    future_cue = None if warranted else _future(match, moded)
    timetable = pending.agenda(match)
    if timetable is not None:
        # "(an attempt to bypass) the talks due to resume": the noun's own timetable, not
        # the clause around it, says when it happens.
        negation, hypothetical = None, None
        future_cue = (f"future: scheduled ('{timetable.text}')", True)
    future = future_cue[0] if future_cue else None
    decision = governors.taken_decision(chain) if future_cue else None
    done = decision and realised_decision(decision, latest_year, HISTORICAL_GAP)
    historical = dated(times, latest_year)
    if not future:  # "fought in the Spanish civil war", "had once served"
        # The undated cue first: a year cue falls in the resolver when the year is another
        # noun's ("in its 2014 offensive"), a placing cue stands.
        historical = undated(match, chain, latest_year, HISTORICAL_GAP) or historical
        historical = historical or reaching_back(match, times)
    future, historical = (None, done) if done else (future, historical)
    for reason in (negation, hypothetical, future, historical):
        if reason:
            why.append(reason)
    flags = Flags(
        negated=negation is not None,
        hypothetical=hypothetical is not None,
        future=future is not None,
        historical=historical is not None,
    )
    return Modality(flags, tuple(why), scheduled=bool(future_cue and future_cue[1]))


def latest_year(texts: list[str]) -> int | None:
    """The latest year named in the document's time expressions (its likely "now")."""
    years = [int(year) for text in texts for year in YEAR.findall(text)]
    return max(years) if years else None
