"""A refusal told twice: as a negated cooperation and as a REJECT (for ``merge``).

News reports one refusal in several ways: "the alliance did not attend the summit", "it
refused to attend the summit", "will not attend" (coded REJECT by ``conversion``). Such
mentions are one REJECT when they name the same refused act or its object; the event keeps
its usual mention, coded REJECT (docs/codebook.md, One event, several mentions).
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Doc

from sitroom.extract import codebook, restate
from sitroom.extract.confidence import Features
from sitroom.extract.conversion import REFUSABLE
from sitroom.model import EventCandidate

Status = tuple[bool, bool, bool, bool]


def kind(candidate: EventCandidate, status: Status) -> tuple[str, Status]:
    """Type and status (negated, hypothetical, historical, future); a refusal is a REJECT,
    done when decided, whether the refused act lies ahead or not."""
    flags = candidate.flags
    if candidate.event_type == "REJECT":
        return "REJECT", (flags.negated, flags.hypothetical, flags.historical, False)
    if flags.negated and candidate.event_type in REFUSABLE:
        return "REJECT", (False, flags.hypothetical, flags.historical, False)
    return candidate.event_type, status


def one_refusal(doc: Doc | None, a: EventCandidate, b: EventCandidate) -> bool:
    """Both name the same refused act or object ("did not attend the summit" ... "rejected
    the invitation to the summit"; not "... opposed the fuel tax"). Needs the parse."""
    if doc is None:
        return False
    first, second = restate.content(doc, a), restate.content(doc, b)
    return any(
        restate.derived(word, other) or restate.derived(other, word)
        for word in first
        for other in second
    )


def as_refusal(
    candidate: EventCandidate, features: Features, rejection: EventCandidate
) -> tuple[EventCandidate, Features]:
    """The kept mention of a refusal, coded REJECT (codebook rule 5) if it is not."""
    if candidate.event_type == "REJECT":
        return candidate, features
    mode = rejection.mode or REFUSABLE.get(candidate.event_type)
    mode = mode if codebook.known_mode("REJECT", mode) else None
    cameo, quad, intensity = codebook.codes("REJECT", mode)
    why = f"type: negated {candidate.event_type} restated as REJECT ('{rejection.trigger.text}')"
    flags = dataclasses.replace(candidate.flags, negated=False, future=False)
    recoded = dataclasses.replace(
        candidate, event_type="REJECT", mode=mode, flags=flags, cameo=cameo, quad=quad,
        intensity=intensity, why=(*candidate.why, why),
    )  # fmt: skip
    return recoded, dataclasses.replace(features, quad=quad, converted=True)
