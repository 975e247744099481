"""Refit the event-confidence calibration (``sitroom/extract/calibration.yml``).

Codes the visible dev sets with the current coder, labels every asserted candidate
the way ``score.py events`` does (within a document and type, the most confident
candidates are matched to gold events first), then fits

1. logistic weights over the ``confidence.Features`` vector, then
2. an isotonic map raw score -> probability, summarised as a few points.

Each set weighs the same (smaller sets are repeated), so the fit does not follow the
largest set only. The gold sets are read from ``../shared/data`` at run time and
never copied into the repository.

Leave-one-set-out (``--loo``, ``--grid``) fits on two sets and reports the ECE on the
third, for each set: how the calibration transfers to a gold set of another kind. The
sets are coded and labelled once (under the packaged weights); the held-out set is
relabelled under the fitted weights, as the scorer would.

    .venv/bin/python eval/fit_calibration.py              # print weights, points, ECE
    .venv/bin/python eval/fit_calibration.py --loo        # + leave-one-set-out ECE
    .venv/bin/python eval/fit_calibration.py --grid       # ... over the grid, best first
    .venv/bin/python eval/fit_calibration.py --write      # also rewrite calibration.yml
"""

from __future__ import annotations

import argparse
import itertools
import json
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from sitroom import nlp
from sitroom.extract import coder, confidence
from sitroom.model import Article

ROOT = Path(__file__).resolve().parent.parent
SETS = ("plover-gsr-dev", "petrarch2-gsr", "case2021-acled-dev")
# The weight of each set in the pool (1 if not listed). The fit minimises the pooled
# error, not the worst set's: petrarch2-gsr (CAMEO-coder test sentences, the set whose
# gold conventions differ most) weighs 1.3, the weight with the lowest worst-set ECE in
# a scan from 0.5 to 1.75 (at 1.3: 0.100 / 0.099 / 0.049 for plover / petrarch / case;
# at 1.0: 0.093 / 0.102 / 0.052; at 0.5: 0.070 / 0.116 / 0.047). Rescan after a refit.
DEFAULT_WEIGHTS: dict[str, float] = {"petrarch2-gsr": 1.3}
# Features that are never set on the dev sets (short texts) and were fitted by hand on
# reviewed long-form articles: a refit keeps their weights from calibration.yml.
HAND_FITTED = ("news_document", "news_quad3", "news_quad4")
Item = tuple[confidence.Features, bool]


def _read(path: Path) -> list[dict[str, object]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


@dataclass(frozen=True, slots=True)
class Group:
    """One document's asserted candidates of one type, and how many of them gold holds."""

    wanted: int
    found: tuple[confidence.Features, ...]


@dataclass(frozen=True, slots=True)
class Setting:
    """The fit's hyperparameters."""

    l2: float = 8.0  # L2 penalty of the evidence weights
    bins: int = 6  # isotonic summary points
    set_weights: tuple[tuple[str, float], ...] = tuple(DEFAULT_WEIGHTS.items())
    low: float = confidence.MIN_PROBABILITY  # probability clamps of the points
    high: float = confidence.MAX_PROBABILITY


DEFAULT = Setting()
Fitted = tuple[dict[str, float], list[tuple[float, float]]]


def groups(data: Path, name: str) -> list[Group]:
    """Code one set and group its asserted candidates by document and type."""
    docs = _read(data / name / "docs.jsonl")
    gold = {str(row["id"]): row for row in _read(data / name / "gold.jsonl")}
    articles = [
        Article(article_id=str(d["id"]), doc_id=str(d["id"]), source=name, text=str(d["text"]))
        for d in docs
    ]
    out: list[Group] = []
    for article, doc, found_in in nlp.annotate_many(articles, nlp=nlp.load()):
        wanted: dict[str, int] = defaultdict(int)
        events = gold[str(article.doc_id)]["events"]
        assert isinstance(events, list)
        for event in events:
            wanted[event["event_type"]] += 1
        by_type: dict[str, list[confidence.Features]] = defaultdict(list)
        for candidate, features in coder.scored(doc, found_in):
            if not (candidate.flags.negated or candidate.flags.hypothetical):
                by_type[candidate.event_type].append(features)
        out += [Group(wanted[t], tuple(found)) for t, found in by_type.items()]
    return out


def label(found: list[Group], weights: dict[str, float] | None = None) -> list[Item]:
    """Each candidate with whether it is a type-level true positive, as ``score.py events``
    decides: within a document and type the most confident ones are matched first."""
    items: list[Item] = []
    for group in found:
        ranked = sorted(group.found, key=lambda f: -confidence.raw_score(f, weights))
        items += [(f, rank < group.wanted) for rank, f in enumerate(ranked)]
    return items


def fit_sets(train: dict[str, list[Item]], setting: Setting) -> Fitted:
    """Weights and points fitted on the pooled sets, each set counted as one (times its
    weight in ``setting``): a smaller set's items count more, not the largest set only."""
    extra = dict(setting.set_weights)
    largest = max(len(items) for items in train.values())
    pool = [
        (item, max(1, round(largest / len(items) * extra.get(name, 1.0))))
        for name, items in train.items()
        for item in items
    ]
    correct = [ok for (_, ok), _ in pool]
    weights = confidence.fit_weights(
        [f.vector() for (f, _), _ in pool], correct, l2=setting.l2, counts=[k for _, k in pool]
    )
    kept = confidence.table().weights
    weights.update({name: kept[name] for name in HAND_FITTED if name in kept})
    raws = [confidence.raw_score(f, weights) for (f, _), k in pool for _ in range(k)]
    repeated = [ok for (_, ok), k in pool for _ in range(k)]
    points = confidence.fit(raws, repeated, bins=setting.bins, low=setting.low, high=setting.high)
    return weights, points


def ece(items: list[Item], weights: dict[str, float], points: list[tuple[float, float]]) -> float:
    """Expected calibration error of the labelled items under ``weights`` and ``points``."""
    probabilities = [
        confidence.calibrate(confidence.raw_score(features, weights), points)
        for features, _ in items
    ]
    return confidence.ece(probabilities, [float(ok) for _, ok in items])


def leave_one_out(
    found: dict[str, list[Group]], setting: Setting, labels: dict[str, list[Item]] | None = None
) -> dict[str, float]:
    """For each set: fit on the others, ECE on it (relabelled under the fitted weights)."""
    labels = labels or {name: label(g) for name, g in found.items()}
    out: dict[str, float] = {}
    for held, held_groups in found.items():
        weights, points = fit_sets({n: v for n, v in labels.items() if n != held}, setting)
        out[held] = ece(label(held_groups, weights), weights, points)
    return out


def write(weights: dict[str, float], points: list[tuple[float, float]]) -> None:
    lines = [
        "# Confidence calibration (see confidence.py), refitted by eval/fit_calibration.py:",
        "# logistic weights per feature, then isotonic points raw -> probability, on the",
        "# asserted events of the dev sets below (weights: DEFAULT_WEIGHTS in the script).",
        f"# {', '.join(HAND_FITTED)}: never set on these sets; weight kept from the previous",
        "# file (fitted by hand on reviewed long-form articles, see docs/codebook.md).",
        "fitted_on: [" + ", ".join(SETS) + "]",
        "weights:",
        *(f"  {name}: {value}" for name, value in weights.items()),
        "points:",
        *(f"  - [{x}, {y}]" for x, y in points),
    ]
    confidence.CALIBRATION_FILE.write_text("\n".join(lines) + "\n", encoding="utf-8")


# The hyperparameter grid of ``--grid`` (petrarch2-gsr's weight: the set whose gold
# conventions differ most; the other two count as one set each). The held-out ECE is
# mostly the gap between the sets' accuracies, so it alone rewards shrinking the scores
# to a near-constant map: before adopting a setting, check the all-sets refit per set
# and that long-document scores still spread (see calibration.yml, stop 17).
GRID_L2 = (4.0, 8.0, 16.0, 32.0, 64.0, 128.0)
GRID_BINS = (3, 4, 5, 6, 8)
GRID_PETRARCH = (0.5, 0.7, 1.0, 1.3)
GRID_CLAMPS = ((0.05, 0.85), (0.05, 0.9), (0.05, 0.93), (0.05, 0.95))


def grid() -> list[Setting]:
    return [
        Setting(l2, bins, (("petrarch2-gsr", w),), low, high)
        for l2, bins, w, (low, high) in itertools.product(
            GRID_L2, GRID_BINS, GRID_PETRARCH, GRID_CLAMPS
        )
    ]


def _show(ecs: dict[str, float]) -> str:
    return " / ".join(f"{value:.4f}" for value in ecs.values()) + f"  worst {max(ecs.values()):.4f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--l2", type=float, default=DEFAULT.l2, help="L2 penalty of the weights")
    parser.add_argument("--bins", type=int, default=DEFAULT.bins, help="isotonic summary points")
    parser.add_argument("--low", type=float, default=DEFAULT.low, help="lowest probability")
    parser.add_argument("--high", type=float, default=DEFAULT.high, help="highest probability")
    parser.add_argument(
        "--weight", action="append", default=[], metavar="SET=W",
        help="weight of one set in the pool (default: DEFAULT_WEIGHTS, else 1)",
    )  # fmt: skip
    parser.add_argument("--loo", action="store_true", help="leave-one-set-out ECE of the setting")
    parser.add_argument("--grid", action="store_true", help="leave-one-set-out ECE over the grid")
    parser.add_argument("--top", type=int, default=15, help="settings --grid prints")
    parser.add_argument("--write", action="store_true", help="rewrite calibration.yml")
    args = parser.parse_args()
    found = {name: groups(args.shared / "data", name) for name in SETS}
    # Labelled once, under the packaged weights (what the coder outputs today).
    labels = {name: label(g) for name, g in found.items()}
    now = confidence.table()
    print("calibration.yml (in-sample):", _show(
        {n: ece(label(g, now.weights), now.weights, now.points) for n, g in found.items()}
    ))  # fmt: skip
    extra = dict(DEFAULT_WEIGHTS)
    extra.update({name: float(w) for name, w in (pair.split("=", 1) for pair in args.weight)})
    setting = Setting(args.l2, args.bins, tuple(extra.items()), args.low, args.high)
    if args.loo or args.grid:
        print("leave-one-set-out ECE (" + " / ".join(SETS) + ")")
        print(f"  {setting}: {_show(leave_one_out(found, setting, labels))}")
    if args.grid:
        scored = [(leave_one_out(found, s, labels), s) for s in grid()]
        scored.sort(key=lambda pair: (max(pair[0].values()), sum(pair[0].values())))
        for ecs, s in scored[: args.top]:
            print(f"  {s}: {_show(ecs)}")
        return
    weights, points = fit_sets(labels, setting)
    print("weights", weights)
    print("points", points)
    for name, g in found.items():
        items = label(g, weights)
        accuracy = sum(ok for _, ok in items) / max(1, len(items))
        print(f"{name}: {len(items)} events, accuracy {accuracy:.3f}, "
              f"ECE {ece(items, weights, points):.4f}")  # fmt: skip
    if args.write:
        write(weights, points)


if __name__ == "__main__":
    main()
