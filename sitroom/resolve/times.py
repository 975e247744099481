"""PLACEHOLDER: replaced by the time normaliser."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sitroom.model import Annotations, DatePrecision, EventCandidate, TimeExpr


def times(text: str, annotations: Annotations, *, published: dt.date | None) -> tuple[TimeExpr, ...]:
    """Every temporal expression with its TIMEX3 value (None when it cannot be normalised)."""
    del text, published
    return tuple(TimeExpr(m.text, m.start, m.end, None) for m in annotations.times)


def event_date(
    candidate: EventCandidate, times: Sequence[TimeExpr], *, published: dt.date | None
) -> tuple[str | None, DatePrecision]:
    """The event's date (``YYYY-MM-DD``/``YYYY-MM``/``YYYY``) and its precision."""
    del candidate, times, published
    return None, "none"
