"""Pairwise precision and recall of linking on hand-labelled Guardian report pairs.

``fixtures/gold_pairs.jsonl``: 100 pairs of reports from guardian-syria (see
``fixtures/README.md``), 54 of the same event and 46 of similar but different events.
Floors only rise.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sitroom.link import MemoryIndex, Report, link, link_article, load_rules, report_from_json

GOLD = Path(__file__).parent / "fixtures" / "gold_pairs.jsonl"
PAIR_FLOOR = {"precision": 0.90, "recall": 0.80}
CLUSTER_FLOOR = {"precision": 0.90, "recall": 0.72}  # no merges: see cluster.py


def _report(data: dict[str, Any]) -> Report:
    return report_from_json(
        data, article_id=data["doc_id"], doc_id=data["doc_id"], published=data["published"],
        source="theguardian.com", rules=load_rules(),
    )  # fmt: skip


def _pairs() -> list[tuple[Report, Report, bool]]:
    rows = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()]
    return [(_report(row["a"]), _report(row["b"]), row["same"]) for row in rows]


def _precision_recall(decisions: list[tuple[bool, bool]]) -> dict[str, float]:
    tp = sum(1 for got, want in decisions if got and want)
    fp = sum(1 for got, want in decisions if got and not want)
    fn = sum(1 for got, want in decisions if want and not got)
    return {"precision": tp / (tp + fp), "recall": tp / (tp + fn)}


def test_gold_is_balanced_and_big_enough() -> None:
    pairs = _pairs()
    same = sum(want for _, _, want in pairs)
    assert len(pairs) >= 60 and 0.4 <= same / len(pairs) <= 0.6


def test_gold_pairwise_precision_recall_above_floor() -> None:
    rules = load_rules()
    scores = _precision_recall([(link(a, b, rules) is not None, want) for a, b, want in _pairs()])
    assert scores["precision"] >= PAIR_FLOOR["precision"], scores
    assert scores["recall"] >= PAIR_FLOOR["recall"], scores


def test_gold_clusters_precision_recall_above_floor() -> None:
    # All gold reports linked in publication order, one article at a time: do the two
    # reports of each pair end up in the same linked event?
    reports: dict[str, Report] = {}
    for a, b, _ in _pairs():
        reports.setdefault(a.event_id, a)
        reports.setdefault(b.event_id, b)
    by_article: dict[str, list[Report]] = {}
    for report in sorted(reports.values(), key=lambda r: (r.reported or "", r.article_id)):
        by_article.setdefault(report.article_id, []).append(report)
    index = MemoryIndex()
    for article_reports in by_article.values():
        link_article(article_reports, index, load_rules())
    cluster = {e: lid for lid, members in index.clusters().items() for e in members}
    decisions = [(cluster[a.event_id] == cluster[b.event_id], want) for a, b, want in _pairs()]
    scores = _precision_recall(decisions)
    assert scores["precision"] >= CLUSTER_FLOOR["precision"], scores
    assert scores["recall"] >= CLUSTER_FLOOR["recall"], scores
