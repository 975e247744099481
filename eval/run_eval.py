"""Score ``sitroom analyze`` on every visible gold set and check the floors.

Runs the real CLI (the contract evaluators use), then ``../shared/eval/score.py``.
Writes ``eval/results.json`` (full run) or ``eval/results-ci.json`` (CI slice) and
exits 1 when a figure falls below its floor in ``eval/floors.json``. Floors only rise.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SITROOM = ROOT / ".venv" / "bin" / "sitroom"

TASKS = {
    "plover-gsr-dev": "events",
    "petrarch2-gsr": "events",
    "case2021-acled-dev": "events",
    "lgl": "geo",
    "geovirus": "geo",
    "timebank-aquaint": "time",
    "article-extraction": "extract",
    "conll2003-dev": "ner",
}
# Headline figures per task: (name, path in score.py's JSON, higher is better).
METRICS: dict[str, list[tuple[str, str, bool]]] = {
    "events": [
        ("type_f1", "type_micro.f1", True),
        ("type_macro_f1", "type_macro_f1", True),
        ("dyad_f1", "dyad.f1", True),
        ("ece", "ece", False),
        ("no_event_fp_docs", "no_event_docs_with_prediction", False),
    ],
    "geo": [
        ("recognition_f1", "recognition.f1", True),
        ("acc_161km", "acc_161km", True),
        ("acc_161km_e2e", "acc_161km_end_to_end", True),
        ("auc", "auc", False),
    ],
    "time": [
        ("strict_f1", "strict.f1", True),
        ("relaxed_f1", "relaxed.f1", True),
        ("value_f1", "value.f1", True),
    ],
    "extract": [("f1", "f1", True), ("precision", "p", True), ("recall", "r", True)],
    "ner": [("typed_f1", "typed.f1", True), ("untyped_f1", "untyped.f1", True)],
}
# The CI slice: the first N documents of each set (enough to catch a regression).
CI_DOCS = {"lgl": 40, "geovirus": 30, "timebank-aquaint": 40, "conll2003-dev": 30,
           "article-extraction": 20}  # fmt: skip
CI_DEFAULT = 80


def _get(data: dict[str, Any], path: str) -> float | None:
    value: Any = data
    for key in path.split("."):
        if not isinstance(value, dict) or key not in value:
            return None
        value = value[key]
    return None if value is None else float(value)


def _head(path: Path, n: int | None, target: Path) -> Path:
    if n is None:
        return path
    with path.open(encoding="utf-8") as src, target.open("w", encoding="utf-8") as dst:
        for i, line in enumerate(src):
            if i >= n:
                break
            dst.write(line)
    return target


def evaluate(shared: Path, name: str, task: str, limit: int | None, work: Path) -> dict[str, Any]:
    folder = shared / "data" / name
    docs = _head(folder / "docs.jsonl", limit, work / f"{name}.docs.jsonl")
    gold = _head(folder / "gold.jsonl", limit, work / f"{name}.gold.jsonl")
    pred = work / f"{name}.pred.jsonl"
    started = time.perf_counter()
    with pred.open("w", encoding="utf-8") as out:
        subprocess.run([str(SITROOM), "analyze", str(docs)], stdout=out, check=True)
    seconds = time.perf_counter() - started
    scored = subprocess.run(
        [sys.executable, str(shared / "eval" / "score.py"), task, "--gold", str(gold),
         "--pred", str(pred), "--json"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    data = json.loads(scored.stdout.strip().splitlines()[-1])
    figures = {label: _get(data, path) for label, path, _ in METRICS[task]}
    return {"task": task, "docs": data.get("docs"), "seconds": round(seconds, 1), **figures}


def check(results: dict[str, dict[str, Any]], floors: dict[str, dict[str, float]]) -> list[str]:
    """Figures that fall below a floor (or above a ceiling, for lower-is-better ones)."""
    failures = []
    for name, figures in results.items():
        for label, _path, higher in METRICS[figures["task"]]:
            bound = floors.get(name, {}).get(label)
            value = figures.get(label)
            if bound is None:
                continue
            if value is None or (value < bound if higher else value > bound):
                failures.append(
                    f"{name} {label} = {value} ({'floor' if higher else 'ceiling'} {bound})"
                )
    return failures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--slice", choices=["full", "ci"], default="full")
    parser.add_argument("--only", nargs="*", help="Set names to run (default: all).")
    args = parser.parse_args()
    if not (args.shared / "eval" / "score.py").exists():
        print(f"eval: {args.shared} not found (a user's clone has no gold sets); nothing to score")
        return 0
    floors_all = json.loads((HERE / "floors.json").read_text(encoding="utf-8"))
    floors = floors_all.get(args.slice, {})
    results: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, task in TASKS.items():
            if args.only and name not in args.only:
                continue
            if not (args.shared / "data" / name / "gold.jsonl").exists():
                print(f"eval: {name}: no gold.jsonl, skipped")
                continue
            limit = CI_DOCS.get(name, CI_DEFAULT) if args.slice == "ci" else None
            results[name] = evaluate(args.shared, name, task, limit, Path(tmp))
            shown = "  ".join(
                f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}"
                for k, v in results[name].items() if k != "task"
            )  # fmt: skip
            print(f"{name:<20} {task:<8} {shown}", flush=True)
    out_name = "results.json" if args.slice == "full" else "results-ci.json"
    if not args.only:
        (HERE / out_name).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    failures = check(results, floors)
    for failure in failures:
        print(f"eval: below floor: {failure}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
