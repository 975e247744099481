"""PLOVER's type rules for future and conditional events (docs/codebook.md).

Committed future cooperation is AGREE, announced or conditional conflict is THREATEN,
a refused cooperation is REJECT; a writer's guess or a mere motive stays hypothetical.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Token

from sitroom.extract import codebook, modality_chain, modality_pending, modality_states
from sitroom.extract.clauses import lemma
from sitroom.extract.lexicon import modality as modality_cues
from sitroom.extract.triggers import Match
from sitroom.model import Flags

FUTURE_TO_AGREE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID"})
# A voiced future yielding act is an intent to yield (CAMEO 035, AGREE in the crosswalk).
VOICED_TO_AGREE = frozenset({"RETREAT", "CONCEDE"})
# Announced or conditional conflict actions are threats (codebook choice, docs/codebook.md).
FUTURE_TO_THREATEN = frozenset({"PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "REJECT"})
# Refusing to cooperate: the REJECT mode names what is refused.
REFUSABLE = {"CONSULT": "meet", "SUPPORT": None, "COOPERATE": None, "AID": "assist", "AGREE": None}
CONDITIONAL_OFFERS = FUTURE_TO_AGREE | {"AGREE", "RETREAT", "CONCEDE"}
CONDITION_MARKS = frozenset({"if", "unless"})


def _condition(match: Match) -> str | None:
    """ "will withdraw unless ...": the mark of a condition attached to the event's clause.
    Under a habitual present ("if they try to flee they often get shot") "if" means
    "whenever": a habit, no condition."""
    if modality_states.generic_present(match):
        return None
    for token in (match.token, match.frame):
        for clause in token.children:
            if clause.dep_ == "advcl":
                for mark in clause.children:
                    if mark.dep_ == "mark" and mark.lower_ in CONDITION_MARKS:
                        return mark.lower_
    return None


def _warrant(match: Match, event_type: str, flags: Flags, why: list[str]) -> bool:
    """ "has been wanted for arrest since 2015": a warrant out is a standing threat of
    arrest, asserted; the arrest itself is no future act of anyone named."""
    if event_type != "COERCE" or flags.negated or flags.hypothetical:
        return False
    held = modality_pending.warrant(modality_chain.chain(match))
    if held is not None:
        why.append(f"type: COERCE under a warrant ('{held.text} for') coded THREATEN")
    return held is not None


def _guessed(match: Match) -> str | None:
    """The epistemic modal of the event's clause ("could attack"), if any."""
    words = modality_cues().epistemic_modals
    for token in (match.token, match.frame):
        for child in token.children:
            if child.dep_ == "aux" and child.lower_ in words:
                return child.lower_
    return None


def _refused_obligation(
    match: Match, event_type: str, flags: Flags, *, voiced: bool
) -> Token | None:
    """ "denied that it was bound to observe the ceasefire", "said it was not obliged to
    withdraw": a party that denies it owes a cooperative or yielding act refuses it. A
    writer's "X is not bound to ..." (no source, no denial) states a legal position."""
    if not flags.negated or event_type not in REFUSABLE.keys() | VOICED_TO_AGREE:
        return None
    owed = modality_chain.obligation(match)
    if owed is None or not (voiced or modality_chain.denied(match) is not None):
        return None
    return owed


def _refusal(
    match: Match, event_type: str, flags: Flags, why: list[str], *, voiced: bool
) -> tuple[str, str | None, str | None, Flags] | None:
    """Type rule 5: refused cooperation, announced refusals to yield, denied obligations."""
    if flags.future and flags.negated and event_type in REFUSABLE:
        # "would not provide support": a refused cooperation is a REJECT, and it is asserted.
        why.append(f"type: negated future {event_type} coded REJECT (a refusal)")
        # "said it would not attend": the stated refusal is the act, done when voiced.
        future = flags.future and not voiced
        return (
            "REJECT",
            REFUSABLE[event_type],
            None,
            dataclasses.replace(flags, negated=False, future=future),
        )
    if flags.future and flags.negated and voiced and event_type in VOICED_TO_AGREE:
        # "said they would not withdraw", "insisted it would never hand back the town": an
        # announced refusal to yield (CAMEO 124), the mirror of the voiced intent to yield.
        why.append(f"type: announced negated {event_type} coded REJECT (refusal to yield)")
        return "REJECT", "yield", None, dataclasses.replace(flags, negated=False, future=False)
    refused = _refused_obligation(match, event_type, flags, voiced=voiced)
    if refused is None:
        return None
    why.append(f"type: {event_type} not owed ('{refused.text}') coded REJECT (a refusal)")
    unflagged = dataclasses.replace(flags, negated=False, hypothetical=False, future=False)
    return "REJECT", REFUSABLE.get(event_type, "yield"), None, unflagged


def convert(  # noqa: PLR0911, PLR0912 - one exit per PLOVER type rule
    match: Match,
    event_type: str,
    mode: str | None,
    flags: Flags,
    why: list[str],
    *,
    voiced: bool,
    scheduled: bool = False,
) -> tuple[str, str | None, str | None, Flags]:
    """PLOVER's type rules for future and conditional events: AGREE or THREATEN."""
    condition = _condition(match)
    # Voiced by a source, a conditional is that source's warning or offer; unvoiced, an
    # epistemic modal is the writer's guess ("rebels could attack if the truce fails").
    guess = _guessed(match) if condition and not voiced else None
    if guess:
        why.append(f"hypothetical: '{guess}' ... '{condition}' unattributed: a guess")
    # Only a party's commitment is an AGREE or THREATEN: a future the writer reports as a
    # timetable or a prediction ("Obama will meet Putin in Zurich", "the government will
    # attend any talks if ...") keeps its type.
    committed = voiced or not scheduled
    if condition and not guess and not committed and flags.future:
        why.append(f"future: '{condition}' clause on the writer's prediction, no offer or threat")
        guess = condition
    if condition and not guess and (flags.future or flags.hypothetical) and not flags.negated:
        if condition == "unless" or event_type in FUTURE_TO_THREATEN:
            why.append(f"type: {event_type} conditional on '{condition}' coded THREATEN")
            mode = codebook.threat_mode(event_type, mode)
            return "THREATEN", mode, None, dataclasses.replace(flags, hypothetical=False)
        if event_type in CONDITIONAL_OFFERS:
            why.append(f"type: {event_type} offered on condition '{condition}' coded AGREE")
            return "AGREE", None, event_type, dataclasses.replace(flags, hypothetical=False)
    refusal = _refusal(match, event_type, flags, why, voiced=voiced)
    if refusal is not None:
        return refusal
    sought = modality_chain.motive(match) if event_type in FUTURE_TO_AGREE else None
    if flags.future and sought is not None:
        # "heads to Beijing, seeking to mend ties": an aim of a subordinate clause is a
        # motive, no commitment (the cooperative mirror of the conflict motive rule).
        why.append(f"hypothetical: {event_type} only sought ('{sought.text}'), no AGREE")
        return event_type, mode, None, dataclasses.replace(flags, hypothetical=True)
    if flags.future and event_type in FUTURE_TO_AGREE and committed:
        why.append(f"type: future {event_type} coded AGREE (PLOVER)")
        return "AGREE", None, event_type, flags
    if flags.future and event_type in VOICED_TO_AGREE and voiced and not flags.negated:
        why.append(f"type: announced {event_type} coded AGREE (intent to yield, CAMEO 035)")
        return "AGREE", None, event_type, flags
    ready = modality_chain.posture(match) if event_type == "ASSAULT" else None
    if flags.future and ready is not None and not flags.negated:
        # PLOVER MOBILIZE is a force posture short of force: readiness to strike is one.
        why.append(f"type: ASSAULT prepared ('{ready.text}') coded MOBILIZE")
        return "MOBILIZE", "troops", None, dataclasses.replace(flags, future=False)
    wanted = modality_chain.motive(match) if event_type in FUTURE_TO_THREATEN else None
    if flags.future and wanted is not None:
        why.append(f"hypothetical: {event_type} only wanted ('{wanted.text}'), no threat")
        return event_type, mode, None, dataclasses.replace(flags, hypothetical=True)
    aim = modality_chain.purpose(match) if event_type in FUTURE_TO_THREATEN else None
    if flags.future and aim is not None and not flags.negated:
        # "would retain a force to fight the insurgents": a standing mission, no threat.
        why.append(f"hypothetical: {event_type} the purpose of '{aim.text}', no threat")
        return event_type, mode, None, dataclasses.replace(flags, hypothetical=True)
    decision = modality_chain.decided(match) if event_type in FUTURE_TO_THREATEN else None
    if flags.future and decision is not None:
        # "Javid's decision to strip her citizenship": a decision is no coercive warning.
        why.append(f"type: {event_type} decided ('{decision.text}'), kept (a decision, no threat)")
        return event_type, mode, None, flags
    if _warrant(match, event_type, flags, why):
        return "THREATEN", codebook.threat_mode(event_type, mode), None, flags
    stance = event_type == "REJECT" and lemma(match.token) in modality_cues().stance_rejections
    if flags.future and stance and not flags.negated:
        # "will oppose the bypass": the opposition is declared, a REJECT; voiced,
        # it is done when said (like a stated refusal, rule 5).
        why.append(f"type: future REJECT of stance ('{match.token.text}') kept, no threat")
        return event_type, mode, None, dataclasses.replace(flags, future=not voiced)
    if flags.future and event_type in FUTURE_TO_THREATEN and not flags.hypothetical and committed:
        if flags.negated:
            # "never meant to walk out", "will not attack": no act is announced, so
            # there is no warning; the act keeps its type, negated.
            why.append(f"type: negated future {event_type} kept (no act announced)")
            return event_type, mode, None, flags
        why.append(f"type: announced {event_type} coded THREATEN")
        return "THREATEN", codebook.threat_mode(event_type, mode), None, flags
    return event_type, mode, None, flags
