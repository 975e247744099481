"""Fit the news-only confidence weights on reviewed everyday-news outputs.

The dev-fitted weights and isotonic points of ``calibration.yml`` stay fixed; only
features that are zero on every dev-set event (document-length buckets: the dev
texts have <= 5 sentences) are fitted, by log-loss of the calibrated probability,
so the dev-set scores do not move.

``pool`` re-runs the current tree on each reviewed sample and keeps, for every event
of a reviewed listing that today's output still holds (same document, sentence,
trigger text and type), its ``confidence.Features`` and the reviewers' verdicts
(OK/PART = right, WRONG = wrong; several reviewers are averaged into a soft label).
``fit`` fits the news weights on the pool and reports leave-one-sample-out ECE/AUC.
Review files are read only from the paths given on the command line.

    .venv/bin/python eval/news_calibration.py pool --out POOL.json \\
        --review NAME INPUT.jsonl LISTING.md VERDICTS.md [--review ...]
    .venv/bin/python eval/news_calibration.py fit POOL.json [--features a,b]
"""

from __future__ import annotations

import argparse
import ast
import dataclasses
import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path

import numpy as np

from sitroom import ingest
from sitroom.extract import coder, confidence
from sitroom.model import Analysis
from sitroom.run.pipeline import process_partition

Key = tuple[str, str, str, str]  # doc id, sentence, trigger text, event type
# Candidate news-only features: each is zero on every dev-set event (<= 5 sentences).
# calibration.yml uses news_document, news_quad3 and news_quad4 (confidence.Features).
NEWS: dict[str, Callable[[dict[str, float]], float]] = {
    "mid_document": lambda r: float(5 < r["document_sentences"] <= 12),
    "long_document": lambda r: float(r["document_sentences"] > 12),
    "news_document": lambda r: float(r["document_sentences"] > 5),
    "late_sentence": lambda r: float(r["sentence_index"] >= 6),
    "news_attributed": lambda r: float(r["document_sentences"] > 5 and r["attributed"]),
    "news_unnamed": lambda r: float(r["document_sentences"] > 5 and not r["named_participant"]),
    "news_rivals": lambda r: float(r["document_sentences"] > 5 and r["rivals"] > 0),
    "news_quad3": lambda r: float(r["document_sentences"] > 5 and r["quad"] == 3),
    "news_quad4": lambda r: float(r["document_sentences"] > 5 and r["quad"] == 4),
    "news_future": lambda r: float(r["document_sentences"] > 5 and r["future"]),
}


def _listing(path: Path) -> dict[tuple[str, int], Key]:
    """(doc, event number) -> key, from a ``list.py`` listing."""
    out: dict[tuple[str, int], Key] = {}
    doc, head, trigger = "", None, None
    for line in path.read_text(encoding="utf-8").splitlines():
        if m := re.match(r"## (\S+) ", line):
            doc = m.group(1)
        elif m := re.match(r"E(\d+)\. (\S+?)/", line):
            head, trigger = (int(m.group(1)), m.group(2)), None
        elif (m := re.search(r"\| trigger: (['\"].*['\"]) \(\S+\)$", line)) and head:
            trigger = str(ast.literal_eval(m.group(1)))
        elif line.startswith("   > ") and head and trigger is not None:
            out[(doc, head[0])] = (doc, line[5:], trigger, head[1])
            head = None
    return out


def _verdicts(path: Path, keys: dict[tuple[str, int], Key]) -> dict[Key, bool]:
    out: dict[Key, bool] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"\W*(\S+) E(\d+)\W+(OK|PART|WRONG)", line)
        if m and (m.group(1), int(m.group(2))) in keys:
            out[keys[(m.group(1), int(m.group(2)))]] = m.group(3) != "WRONG"
    return out


def _features(paths: Iterable[Path]) -> dict[Key, dict[str, float]]:
    """Run the pipeline, spying on ``coder.scored`` for each event's features."""
    seen: dict[tuple[str, int, int, str], dict[str, float]] = {}
    original = coder.scored

    def spy(doc, annotations, **kwargs):  # type: ignore[no-untyped-def]
        items = original(doc, annotations, **kwargs)
        for candidate, features in items:
            row = {k: float(v) for k, v in dataclasses.asdict(features).items()}
            row["sentence_index"] = float(candidate.sentence_index)
            where = (
                doc.text,
                candidate.sentence.start,
                candidate.trigger.start,
                candidate.event_type,
            )
            seen.setdefault(where, row)
        return items

    coder.scored = spy
    out: dict[Key, dict[str, float]] = {}
    try:
        raws = ingest.read([str(p) for p in paths], max_bytes=50_000_000)
        for outcome in process_partition(raws, batch_size=8):
            if not isinstance(outcome, Analysis):
                continue
            text = outcome.article.text
            for event in outcome.events:
                where = (text, event.evidence.start, event.trigger.start, event.event_type)
                row = seen.get(where)
                if row is not None:
                    row = {**row, "confidence": event.confidence}
                    sentence = event.evidence.sentence.rstrip("\n")
                    key = (outcome.article.doc_id, sentence, event.trigger.text, event.event_type)
                    out.setdefault(key, row)
    finally:
        coder.scored = original
    return out


def pool(reviews: list[list[str]]) -> list[dict[str, object]]:
    """Reviewed events still in today's output, with their features and mean verdict."""
    by_input: dict[str, list[list[str]]] = defaultdict(list)
    for name, source, listing, verdicts in reviews:
        by_input[source].append([name, listing, verdicts])
    rows: list[dict[str, object]] = []
    for source, specs in by_input.items():
        found = _features([Path(source)])
        votes: dict[tuple[str, Key], list[bool]] = defaultdict(list)
        for name, listing, verdicts in specs:
            for key, ok in _verdicts(Path(verdicts), _listing(Path(listing))).items():
                votes[(name, key)].append(ok)
        for (name, key), oks in votes.items():
            if key in found:
                label = sum(oks) / len(oks)
                rows.append({"sample": name, "key": list(key), "label": label, **found[key]})
        print(f"{source}: {len(votes)} reviewed, {sum(k in found for _, k in votes)} matched")
    return rows


Rows = list[dict[str, float]]


def _arrays(rows: Rows, names: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Dev logit (news features off), news feature matrix, soft labels."""
    dev = {k: v for k, v in confidence.table().weights.items() if k not in NEWS}
    z = []
    for row in rows:
        # Each stored float back to the field's type (bool / int / float).
        fields = {
            f.name: type(getattr(DEFAULTS, f.name))(row[f.name])
            for f in dataclasses.fields(confidence.Features)
        }
        vector = confidence.Features(**fields).vector()
        z.append(sum(dev.get(k, 0.0) * v for k, v in vector.items()))
    x = np.array([[NEWS[n](row) for n in names] for row in rows]).reshape(len(rows), len(names))
    return np.array(z), x, np.array([row["label"] for row in rows])


DEFAULTS = confidence.Features(0.0, False, False, False, False, 0, False, False)


def probability(z: np.ndarray, x: np.ndarray, w: np.ndarray) -> np.ndarray:
    """``confidence.calibrate(raw_score(...))`` vectorised (the map is ``np.interp``)."""
    points = confidence.table().points
    raw = 1.0 / (1.0 + np.exp(-np.clip(z + x @ w, -30.0, 30.0)))
    return np.asarray(np.interp(raw, [a for a, _ in points], [b for _, b in points]))


def log_loss(p: np.ndarray, y: np.ndarray, c: np.ndarray) -> float:
    p = np.clip(p, 1e-4, 1 - 1e-4)
    return float(-(c * (y * np.log(p) + (1 - y) * np.log(1 - p))).sum() / c.sum())


def auc(p: np.ndarray, y: np.ndarray) -> float:
    """Soft-label AUC: each item is y positive and 1 - y negative."""
    gt = (p[:, None] > p[None, :]) + 0.5 * (p[:, None] == p[None, :])
    pairs = np.outer(y, 1 - y)
    return float((gt * pairs).sum() / max(pairs.sum(), 1e-9))


def fit_news(z: np.ndarray, x: np.ndarray, y: np.ndarray, c: np.ndarray) -> np.ndarray:
    """Coordinate descent on a 0.05 grid in [-4, 2] (the map is piecewise linear)."""
    w = np.zeros(x.shape[1])
    grid = np.round(np.arange(-4.0, 2.0001, 0.05), 2)
    for _ in range(4):
        for j in range(x.shape[1]):
            best = (log_loss(probability(z, x, w), y, c), w[j])
            for value in grid:
                w[j] = value
                best = min(best, (log_loss(probability(z, x, w), y, c), value))
            w[j] = best[1]
    return w


def report(rows: Rows, names: list[str], fixed: dict[str, float] | None = None) -> None:
    """In-sample weights, then leave-one-sample-out ECE/AUC per sample."""
    z, x, y = _arrays(rows, names)
    samples = np.array([row["sample"] for row in rows])
    sizes = {s: float((samples == s).sum()) for s in set(samples.tolist())}
    c = np.array([1.0 / sizes[s] for s in samples])  # each sample weighs the same

    def weights(mask: np.ndarray) -> np.ndarray:
        if fixed is not None:
            return np.array([fixed.get(n, 0.0) for n in names])
        return fit_news(z[mask], x[mask], y[mask], c[mask])

    w = weights(np.ones(len(y), dtype=bool))
    print(f"features {names or '-'}: weights {dict(zip(names, w.round(2).tolist(), strict=True))}")
    eces = []
    for s in sorted(sizes):
        held = samples == s
        wh = weights(~held)
        p = probability(z[held], x[held], wh)
        eces.append(confidence.ece(p.tolist(), y[held].tolist()))
        print(
            f"  {s:5} n {int(held.sum()):4} acc {y[held].mean():.3f} mean {p.mean():.3f}"
            f" ece {eces[-1]:.3f} auc {auc(p, y[held]):.3f} w {wh.round(2).tolist()}"
        )
    print(f"  mean ece {np.mean(eces):.3f} worst {max(eces):.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    make = sub.add_parser("pool", help="re-run the tree on reviewed samples")
    make.add_argument("--review", nargs=4, action="append", required=True,
                      metavar=("NAME", "INPUT", "LISTING", "VERDICTS"))  # fmt: skip
    make.add_argument("--out", type=Path, required=True)
    use = sub.add_parser("fit", help="fit news weights, leave-one-sample-out figures")
    use.add_argument("pool", type=Path)
    use.add_argument("--features", default="mid_document,long_document")
    use.add_argument("--fixed", default="", help="NAME=W,... instead of fitting")
    args = parser.parse_args()
    if args.command == "pool":
        args.out.write_text(json.dumps(pool(args.review)), encoding="utf-8")
        return
    rows = json.loads(args.pool.read_text(encoding="utf-8"))
    names = [n for n in args.features.split(",") if n]
    fixed = {k: float(v) for k, v in (p.split("=") for p in args.fixed.split(",") if p)}
    report(rows, names, fixed or None)


if __name__ == "__main__":
    main()
