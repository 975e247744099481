"""Linking: reports of one real-world event become one linked event; articles group into stories.

Plain functions over records (see ``cluster.link_article``); the store keeps the index
(``sitroom.store.links``). Rules and thresholds are data: ``rules.yml``.
"""

from sitroom.link.cluster import Assignment, Index, MemoryIndex, link_article, restatements
from sitroom.link.reports import Report, blocking_keys, compact_event, report_from_json, source_key
from sitroom.link.rules import Rules, load_rules, parse_rules
from sitroom.link.score import Match, link, score

__all__ = [
    "Assignment", "Index", "Match", "MemoryIndex", "Report", "Rules", "blocking_keys",
    "compact_event", "link", "link_article", "load_rules", "parse_rules", "report_from_json",
    "restatements", "score", "source_key",
]  # fmt: skip
