"""Incremental clustering of reports into linked events.

One article at a time, in input order:

1. restatements inside the article (headline, caption, lead, recap) are grouped
   first, with the lower same-article threshold;
2. each group looks up existing linked events through its blocking keys (an
   index lookup, never a scan), scores its members against theirs and joins the
   best one above the threshold (ties: higher score, then smaller linked id);
   otherwise it founds a new linked event whose id hashes its first report.

One good match is not enough: a report joins a group or a linked event only if it
contradicts none of its members (``compat.contradiction``: another type family,
polarity, place or acting side, or dates too far apart). Without this, single-link
chains (A~B, B~C) merged different events: a recap dated "January" linked the launch
of an offensive on the 20th with an unrelated attack on the 5th. Every pair in a
linked event is therefore compatible: its dates lie within the slack of each other,
its places nest and its acting sides agree. The check reads the linked event's
``MAX_MEMBERS`` most recent reports (what ``Index.candidates`` returns): a bigger event
is checked against those only, so its date span can drift by one slack per
``MAX_MEMBERS`` reports.

Linked events are never merged afterwards, so ingesting A then B gives the same
clusters as ingesting A and B in one batch in that order. Another order can
differ only where a report is compatible with, and scores above the threshold
against, two linked events (it bridges them): it joins whichever was founded
first in that order, or where the report that founded an event in one order
contradicts a report that came before it in the other.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from sitroom.ids import make_id
from sitroom.link.compat import contradiction
from sitroom.link.reports import Report, blocking_keys
from sitroom.link.rules import Rules
from sitroom.link.score import Match, link

MAX_MEMBERS = 50  # most recent reports of a linked event compared: bounds the cost per article


@dataclass(frozen=True, slots=True)
class Assignment:
    """Where one report went and why."""

    event_id: str
    linked_id: str
    matched_event_id: str | None  # the report it matched; None for a founding report
    score: float
    reasons: tuple[str, ...]
    keys: frozenset[str]


class Index(Protocol):
    """Existing linked events, found by blocking key (in memory or in the store)."""

    def candidates(self, keys: set[str]) -> dict[str, list[Report]]:
        """Linked id -> its most recent member reports, for linked events sharing a key."""
        ...

    def add(self, report: Report, assignment: Assignment) -> None: ...


Member = tuple[Report, str | None, Match | None]  # report, restated report, match


def _join(
    report: Report, members: Sequence[Report], rules: Rules, *, skip_article: str | None = None
) -> tuple[bool, tuple[Report, Match] | None]:
    """(whether ``report`` contradicts a member, the member it matches best).

    Members of ``skip_article`` are checked for contradictions but not scored:
    restatements were settled inside the article.
    """
    best: tuple[Report, Match] | None = None
    for member in members:
        if contradiction(report, member, rules):
            return True, None
        if member.article_id == skip_article:
            continue
        match = link(report, member, rules)
        if match and (best is None or match.score > best[1].score):
            best = (member, match)
    return False, best


def restatements(reports: Sequence[Report], rules: Rules) -> list[list[Member]]:
    """Group one article's reports: each joins the earlier group it matches best."""
    groups: list[list[Member]] = []
    for report in sorted(reports, key=lambda r: (r.sentence_index, r.event_id)):
        best: tuple[int, Report, Match] | None = None
        for number, group in enumerate(groups):
            _, found = _join(report, [member for member, _, _ in group], rules)
            if found and (best is None or found[1].score > best[2].score):
                best = (number, *found)
        if best is None:
            groups.append([(report, None, None)])
        else:
            groups[best[0]].append((report, best[1].event_id, best[2]))
    return groups


Found = tuple[str, Report, Report, Match]  # linked id, member matched, report of the group


def _best(group: list[Member], candidates: dict[str, list[Report]], rules: Rules) -> Found | None:
    """The linked event the group matches best and contradicts nowhere."""
    best: Found | None = None
    for linked_id in sorted(candidates):
        found: Found | None = None
        members = candidates[linked_id][-MAX_MEMBERS:]
        for report, _, _ in group:
            contradicts, joined = _join(report, members, rules, skip_article=report.article_id)
            if contradicts:
                found = None
                break  # one report of the group cannot be this linked event
            if joined and (found is None or joined[1].score > found[3].score):
                found = (linked_id, joined[0], report, joined[1])
        if found and (best is None or found[3].score > best[3].score):
            best = found
    return best


def _assign(group: list[Member], found: Found | None, rules: Rules) -> list[Assignment]:
    """One assignment per report of a group, with the reason it is where it is."""
    linked_id = found[0] if found else make_id("lnk", group[0][0].event_id)
    out = []
    for report, restated, inner in group:
        matched: str | None
        if found and report is found[2]:
            matched, match = found[1].event_id, found[3]
        elif restated is not None and inner is not None:
            matched = restated
            match = Match(inner.score, ("restated in the same article", *inner.reasons))
        elif found:
            matched = found[2].event_id
            match = Match(1.0, ("restated in the same article as the linked report",))
        else:
            matched, match = None, Match(1.0, ("first report",))
        out.append(Assignment(
            event_id=report.event_id, linked_id=linked_id, matched_event_id=matched,
            score=match.score, reasons=match.reasons,
            keys=frozenset(blocking_keys(report, rules)),
        ))  # fmt: skip
    return out


def _rank(found: Found | None, number: int) -> tuple[int, float, int]:
    """Placement order of an article's groups: a match that restates the linked report's
    predicate ("capture" of "capturing") first, then the higher score, then text order;
    groups without a match last."""
    if found is None:
        return (2, 0.0, number)
    return (0 if found[1].predicate & found[2].predicate else 1, -found[3].score, number)


def link_article(reports: Sequence[Report], index: Index, rules: Rules) -> list[Assignment]:
    """Link one article's reports into the index; returns one assignment per report.

    The article's groups are placed best match first (``_rank``), whatever their order in
    the text: two events of one sentence ("advancing on Hama ... after their capture of
    Aleppo") contradict each other, so only the better match may join a linked event.
    """
    groups = restatements(reports, rules)
    candidates: list[dict[str, list[Report]]] = []
    for group in groups:
        keys: set[str] = set()
        for report, _, _ in group:
            keys |= blocking_keys(report, rules)
        found = index.candidates(keys) if keys else {}
        candidates.append({linked_id: list(members) for linked_id, members in found.items()})
    best = {number: _best(group, candidates[number], rules) for number, group in enumerate(groups)}
    placed: dict[int, list[Assignment]] = {}
    while len(placed) < len(groups):
        number = min(
            (n for n in range(len(groups)) if n not in placed), key=lambda n: _rank(best[n], n)
        )
        placed[number] = _assign(groups[number], best[number], rules)
        for (report, _, _), assignment in zip(groups[number], placed[number], strict=True):
            index.add(report, assignment)
        joined = best[number]
        if joined is None:
            continue
        for other in range(len(groups)):
            if other not in placed and joined[0] in candidates[other]:
                # The linked event now holds this group too: look again.
                candidates[other][joined[0]] += [report for report, _, _ in groups[number]]
                best[other] = _best(groups[other], candidates[other], rules)
    return [assignment for number in range(len(groups)) for assignment in placed[number]]


class MemoryIndex:
    """The index in memory: for tests, the gold evaluation and one-off batches."""

    def __init__(self) -> None:
        self.by_key: dict[str, set[str]] = {}
        self.members: dict[str, list[Report]] = {}

    def candidates(self, keys: set[str]) -> dict[str, list[Report]]:
        linked_ids = set().union(*(self.by_key.get(key, set()) for key in keys))
        return {linked_id: self.members[linked_id] for linked_id in linked_ids}

    def add(self, report: Report, assignment: Assignment) -> None:
        self.members.setdefault(assignment.linked_id, []).append(report)
        for key in assignment.keys:
            self.by_key.setdefault(key, set()).add(assignment.linked_id)

    def clusters(self) -> dict[str, list[str]]:
        """Linked id -> event ids of its reports, in linking order."""
        return {lid: [r.event_id for r in members] for lid, members in self.members.items()}
