"""Pair scoring: do two reports describe the same real-world event, and why.

A pair is vetoed (``None``) when something rules it out: incompatible types, a
different polarity (a denial is not a report of the deed), dates too far apart,
two distinct places, acting sides that name different participants, or nothing
in common but type and time (no participant, place or name). Otherwise the score
is the sum of the weights of what agrees, kept with its reasons.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from sitroom.link.reports import Party, Report, Where, specific_id, tolerance
from sitroom.link.rules import Rules


@dataclass(frozen=True, slots=True)
class Match:
    score: float
    reasons: tuple[str, ...]


def _same_party(a: Party, b: Party, *, same_article: bool) -> str | None:
    """How two participants match ("id", "country_sector", "country"), or None."""
    if a.id and a.id == b.id and (same_article or specific_id(a.id)):
        return "id"
    if a.country and a.country == b.country:
        if a.sector and b.sector:
            # SYR/GOV and SYR/REB are opposite sides, not one participant.
            return "country_sector" if a.sector == b.sector else None
        return "country"
    return None


def _side(
    left: tuple[Party, ...], right: tuple[Party, ...], rules: Rules, *, same_article: bool
) -> tuple[float, str] | None:
    """The best match between two sides: (fraction of the weight, label)."""
    best: tuple[float, str] | None = None
    for a in left:
        for b in right:
            how = _same_party(a, b, same_article=same_article)
            if how is None:
                continue
            label = a.id if how == "id" else "/".join(x for x in (a.country, a.sector) if x)
            fraction = rules.fraction[how]
            if best is None or fraction > best[0]:
                best = (fraction, str(label))
    return best


def _known(side: tuple[Party, ...]) -> tuple[Party, ...]:
    """Participants that can contradict another: a country or a global id."""
    return tuple(p for p in side if p.country or specific_id(p.id))


def places(a: Where | None, b: Where | None) -> tuple[str, str | None]:
    """("same" | "nested" | "conflict" | "unknown", reason)."""
    if a is None or b is None:
        return "unknown", None
    same_id = a.geonameid is not None and a.geonameid == b.geonameid
    if same_id or (a.name and b.name and a.name.lower() == b.name.lower()):
        return "same", f"same place {a.name}"
    if not (a.country and b.country) or a.country != b.country:
        return ("conflict" if a.country and b.country else "unknown"), None
    coarse = [p for p in (a, b) if (p.resolution or 0) <= 2]
    if coarse:
        # A country or province contains the other place: the vaguer report nests.
        return "nested", f"{b.name if coarse[0] is a else a.name} within {coarse[0].name}"
    return "conflict", None


def _dates(a: Report, b: Report, rules: Rules) -> tuple[str, str | None]:
    """("exact" | "near" | "undated" | "unknown" | "conflict", reason)."""
    if a.lo is None or a.hi is None or b.lo is None or b.hi is None:
        return "unknown", None
    vague = [(r.hi or 0) - (r.lo or 0) > rules.max_interval_days for r in (a, b)]
    if vague[0] != vague[1] and a.article_id != b.article_id:
        # "In 2018" would link every dated 2018 report of its type: a hub, not evidence.
        # Two year-dated reports may still link (their own blocking keys, see reports.py).
        return "conflict", None
    pad = max(tolerance(a, rules), tolerance(b, rules))
    if a.lo - pad > b.hi or b.lo - pad > a.hi:
        return "conflict", None
    if not (a.dated and b.dated):
        return "undated", "undated report (publication date used)"
    if a.precision == b.precision == "day" and a.date == b.date:
        return "exact", f"same day {a.date}"
    return "near", f"dates {a.date}/{b.date} within {pad}d"


def _parties(a: Report, b: Report, rules: Rules) -> tuple[float, list[str]] | None:
    """Points and reasons from the participants; ``None`` when the acting sides disagree."""
    same_article = a.article_id == b.article_id
    if a.event_type in rules.symmetric and b.event_type in rules.symmetric:
        # "X met Y" and "Y met X" are one meeting: compare everyone with everyone.
        a = replace(a, actor=a.actor + a.recipient, recipient=())
        b = replace(b, actor=b.actor + b.recipient, recipient=())
    actor = _side(a.actor, b.actor, rules, same_article=same_article)
    recipient = _side(a.recipient, b.recipient, rules, same_article=same_article)
    crossed = _side(a.actor, b.recipient, rules, same_article=same_article) or _side(
        a.recipient, b.actor, rules, same_article=same_article
    )
    symmetric = not a.recipient and not b.recipient and a.event_type in rules.symmetric
    if _known(a.actor) and _known(b.actor) and actor is None and not crossed and not symmetric:
        return None  # both say who acted, and they disagree (a meeting may list one side)
    weights = rules.weights
    total, reasons = 0.0, []
    for name, hit in (("actor", actor), ("recipient", recipient)):
        if hit:
            total += weights[name] * hit[0]
            reasons.append(f"{name} {hit[1]}")
    if crossed and not (actor or recipient):
        total += weights["crossed"]
        reasons.append(f"participant {crossed[1]} on either side")
    return total, reasons


def score(a: Report, b: Report, rules: Rules) -> Match | None:
    """Score one pair of reports, or ``None`` when a rule rules the pair out."""
    weights = rules.weights
    if a.polarity != b.polarity:
        return None
    if a.event_type == b.event_type:
        total, reasons = weights["same_type"], [f"type {a.event_type}"]
    elif rules.group.get(a.event_type) == rules.group.get(b.event_type):
        total, reasons = weights["compatible_type"], [f"types {a.event_type}~{b.event_type}"]
    else:
        return None
    when, when_why = _dates(a, b, rules)
    where, where_why = places(a.place, b.place)
    parties = _parties(a, b, rules)
    if when == "conflict" or where == "conflict" or parties is None:
        return None
    names = sorted(a.names & b.names)
    if not (parties[1] or where == "same" or names):
        return None  # nothing but the type and time in common
    for part, why in ((f"{when}_date", when_why), (f"{where}_place", where_why)):
        if why is not None:
            total += weights[part.removesuffix("_date") if when == "undated" else part]
            reasons.append(why)
    total += parties[0]
    reasons += parties[1]
    shared = sorted(a.words & b.words)
    if shared:
        # Names (Afrin, Shayrat) count extra: they tell events of one type apart.
        points = weights["word"] * len(shared) + weights["name"] * len(names)
        total += min(weights["words_max"], points)
        reasons.append("shared words " + ", ".join(shared[:6]))
    return Match(score=round(total, 3), reasons=tuple(reasons))


def link(a: Report, b: Report, rules: Rules) -> Match | None:
    """The match when it reaches the threshold (lower within one article), else ``None``."""
    match = score(a, b, rules)
    same_article = a.article_id == b.article_id
    threshold = rules.threshold_same_article if same_article else rules.threshold
    if match is None or match.score + 1e-9 < threshold:
        return None
    return match
