"""Can two reports be one event at all? The test that keeps a linked event consistent.

The pair score (``score.py``) asks whether a pair is *evidence* of one event. This asks
only whether anything rules it out, so it is looser: two reports of one event may share
nothing (one names the place, the other the attacker) and still belong together through
a third. Clustering requires it of every member a report joins (``cluster.py``), which
is what stops single-link chains: A~B and B~C put A and C together only if A and C are
compatible too.

Contradictions: two events of one sentence, another type family, another polarity, two
distinct places, acting sides from different countries (or from opposite blocs of one
country: the army and the rebels), or dates further apart than their padding plus
``cluster.date_slack_days``.
"""

from __future__ import annotations

from sitroom.link.reports import Party, Report, specific_id, tolerance
from sitroom.link.rules import Rules
from sitroom.link.score import places


def _opposed(a: Party, b: Party, rules: Rules) -> bool:
    """Are two participants certainly not one (the same country can hold both sides)?"""
    if a.id and a.id == b.id:
        return False
    if a.country and b.country:
        if a.country != b.country:
            return True
        blocs = (rules.sector_bloc.get(a.sector or ""), rules.sector_bloc.get(b.sector or ""))
        return None not in blocs and blocs[0] != blocs[1]
    return False


def _known(side: tuple[Party, ...]) -> tuple[Party, ...]:
    return tuple(p for p in side if p.country or specific_id(p.id))


def _sides_conflict(a: Report, b: Report, rules: Rules) -> bool:
    """Both name who acted, and none of one side can be an actor of the other, nor (a
    passive restatement coded the other way round) its target."""
    if a.event_type in rules.symmetric or b.event_type in rules.symmetric:
        # "Trump spoke to Erdogan" is often coded with one side only: a report of a meeting
        # names some of its parties. Only two full lists (two parties or more each) with
        # no party in common are two meetings.
        left, right = _known(a.actor + a.recipient), _known(b.actor + b.recipient)
        if len(left) < 2 or len(right) < 2:
            return False
        return all(_opposed(x, y, rules) for x in left for y in right)
    if not (_known(a.actor) and _known(b.actor)):
        return False
    pairs = [(x, y) for x in _known(a.actor) for y in _known(b.actor) + _known(b.recipient)]
    pairs += [(x, y) for x in _known(a.recipient) for y in _known(b.actor)]
    return all(_opposed(x, y, rules) for x, y in pairs)


def date_gap(a: Report, b: Report, rules: Rules) -> int | None:
    """Days between the two (padded) date intervals; 0 when they overlap, None if unknown."""
    if a.lo is None or a.hi is None or b.lo is None or b.hi is None:
        return None
    pad = max(tolerance(a, rules), tolerance(b, rules))
    return max(0, a.lo - b.hi - pad, b.lo - a.hi - pad)


def contradiction(a: Report, b: Report, rules: Rules) -> str | None:
    """Why ``a`` and ``b`` cannot report one event, or ``None`` when they can."""
    gap = date_gap(a, b, rules)
    checks = (
        # Two events the coder found in one sentence are two events ("pushed on Hama
        # after their capture of Aleppo"): a restatement comes in another sentence.
        (a.article_id == b.article_id and a.sentence_index == b.sentence_index, "one sentence"),
        (a.polarity != b.polarity, "polarity"),
        (rules.group.get(a.event_type, a.event_type) != rules.group.get(b.event_type, b.event_type),
         "type"),
        (gap is not None and gap > rules.cluster_date_slack_days, f"dates {gap} days apart"),
        (places(a.place, b.place)[0] == "conflict", "places"),
    )  # fmt: skip
    for failed, reason in checks:
        if failed:
            return reason
    return "acting sides" if _sides_conflict(a, b, rules) else None
