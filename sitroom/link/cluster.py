"""Incremental clustering of reports into linked events.

One article at a time, in input order:

1. restatements inside the article (headline, caption, lead, recap) are grouped
   first, with the lower same-article threshold;
2. each group looks up existing linked events through its blocking keys (an
   index lookup, never a scan), scores its members against theirs and joins the
   best one above the threshold (ties: higher score, then smaller linked id);
   otherwise it founds a new linked event whose id hashes its first report.

Linked events are never merged afterwards, so ingesting A then B gives the same
clusters as ingesting A and B in one batch in that order. Another order can
differ only where a report scores above the threshold against two linked events
(it bridges them): it joins whichever was founded first in that order.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from sitroom.ids import make_id
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


def restatements(reports: Sequence[Report], rules: Rules) -> list[list[Member]]:
    """Group one article's reports: each joins the earlier group it matches best."""
    groups: list[list[Member]] = []
    for report in sorted(reports, key=lambda r: (r.sentence_index, r.event_id)):
        best: tuple[int, str, Match] | None = None
        for number, group in enumerate(groups):
            for member, _, _ in group:
                match = link(report, member, rules)
                if match and (best is None or match.score > best[2].score):
                    best = (number, member.event_id, match)
        if best is None:
            groups.append([(report, None, None)])
        else:
            groups[best[0]].append((report, best[1], best[2]))
    return groups


def _best(
    group: list[Member], candidates: dict[str, list[Report]], rules: Rules
) -> tuple[str, Report, Report, Match] | None:
    """The best (linked id, member matched, report of the group, match)."""
    best: tuple[str, Report, Report, Match] | None = None
    for linked_id in sorted(candidates):
        for member in candidates[linked_id][-MAX_MEMBERS:]:
            for report, _, _ in group:
                if member.article_id == report.article_id:
                    continue  # restatements were settled inside the article
                match = link(report, member, rules)
                if match and (best is None or match.score > best[3].score):
                    best = (linked_id, member, report, match)
    return best


def link_article(reports: Sequence[Report], index: Index, rules: Rules) -> list[Assignment]:
    """Link one article's reports into the index; returns one assignment per report."""
    assignments: list[Assignment] = []
    for group in restatements(reports, rules):
        keys: set[str] = set()
        for report, _, _ in group:
            keys |= blocking_keys(report, rules)
        found = _best(group, index.candidates(keys), rules) if keys else None
        linked_id = found[0] if found else make_id("lnk", group[0][0].event_id)
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
            assignment = Assignment(
                event_id=report.event_id, linked_id=linked_id, matched_event_id=matched,
                score=match.score, reasons=match.reasons,
                keys=frozenset(blocking_keys(report, rules)),
            )  # fmt: skip
            index.add(report, assignment)
            assignments.append(assignment)
    return assignments


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
