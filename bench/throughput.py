"""Throughput of sitroom's pipeline vs bare spaCy ``nlp.pipe`` on the same corpus, same run.

Prints documents/s and words/s of both and their ratio, and writes a JSON record
(figures, corpus digest, git SHA, versions, CPU count) to ``bench/results/``.
Runs alternate (spaCy, sitroom, spaCy, sitroom) and keep the best of each, since
the machine is shared and noisy.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import subprocess
import time
from pathlib import Path
from typing import Any

import spacy

from sitroom import __version__, ingest
from sitroom.model import RawDocument
from sitroom.nlp import MODEL_NAME
from sitroom.run import process_partition

HERE = Path(__file__).resolve().parent
FIXTURE = HERE.parent / "tests" / "fixtures" / "bench" / "docs.jsonl"


def corpus(shared: Path, limit: int) -> tuple[Path, list[RawDocument]]:
    path = shared / "data" / "guardian-syria" / "docs.jsonl"
    if not path.exists():
        path = FIXTURE
    raws = [raw for raw in ingest.read([str(path)]) if isinstance(raw, RawDocument)]
    return path, raws[:limit]


def time_spacy(texts: list[str]) -> float:
    nlp = spacy.load(MODEL_NAME)
    started = time.perf_counter()
    for _doc in nlp.pipe(texts, batch_size=32):
        pass
    return time.perf_counter() - started


def time_sitroom(raws: list[RawDocument]) -> tuple[float, int, int]:
    started = time.perf_counter()
    docs = events = 0
    for outcome in process_partition(raws, batch_size=32):
        docs += 1
        events += len(getattr(outcome, "events", ()))
    return time.perf_counter() - started, docs, events


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=HERE.parent.parent / "shared")
    parser.add_argument("--docs", type=int, default=80)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    path, raws = corpus(args.shared, args.docs)
    texts = [raw.text or "" for raw in raws]
    words = sum(len(text.split()) for text in texts)
    time_sitroom(raws[:2])  # warm-up: model load, gazetteer, pattern compilation
    spacy_best = sitroom_best = float("inf")
    n_out = n_events = 0
    for _ in range(args.rounds):
        spacy_best = min(spacy_best, time_spacy(texts))
        seconds, n_out, n_events = time_sitroom(raws)
        sitroom_best = min(sitroom_best, seconds)
    figures: dict[str, Any] = {
        "corpus": str(path),
        "corpus_sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
        "docs": len(raws),
        "words": words,
        "spacy_docs_per_s": round(len(raws) / spacy_best, 2),
        "spacy_words_per_s": round(words / spacy_best),
        "sitroom_docs_per_s": round(len(raws) / sitroom_best, 2),
        "sitroom_words_per_s": round(words / sitroom_best),
        "ratio_sitroom_to_spacy": round(spacy_best / sitroom_best, 3),
        "sitroom_output_docs": n_out,
        "sitroom_events": n_events,
        "sitroom_version": __version__,
        "spacy_version": spacy.__version__,
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "git_sha": subprocess.run(
            ["git", "rev-parse", "HEAD"], capture_output=True, text=True, check=False
        ).stdout.strip(),
        "when": time.strftime("%Y-%m-%dT%H:%M:%S"),
    }
    for key in ("docs", "words", "spacy_docs_per_s", "spacy_words_per_s", "sitroom_docs_per_s",
                "sitroom_words_per_s", "ratio_sitroom_to_spacy", "sitroom_events"):  # fmt: skip
        print(f"{key:<26} {figures[key]}")
    out = HERE / "results"
    out.mkdir(exist_ok=True)
    (out / "throughput.json").write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
