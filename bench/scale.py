"""Scale-out figures, taken in one run: workers, bare spaCy, Spark, and memory on 100k documents.

1. docs/s of the local runner with 1 and 2 workers on a Guardian sample, and
   bare spaCy ``nlp.pipe`` (1 process and ``n_process=2``) on the same texts;
   peak RSS of the worker processes (resident pages, shared ones included).
2. Spark ``local[2]`` on the same corpus (session start and a warm-up excluded),
   when pyspark is installed.
3. 100,000 tiny synthetic JSONL documents streamed through the reader and the
   2-worker runner, analysis stubbed to cleaning only (the NLP cost is item 1's
   business): RSS of the parent sampled along the way must stay flat.

Prints the figures and writes ``bench/results/scale.json`` (with corpus digest,
git SHA, versions, CPU count). Targets: 2 workers >= 1.7x one; sitroom >= 0.8x
bare spaCy; <= 1.5 GB per worker; Spark within 25% of the local runner.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import spacy

from sitroom import __version__, clean, ingest, nlp
from sitroom.model import Analysis, RawDocument, Skip
from sitroom.run import local, process_partition

HERE = Path(__file__).resolve().parent


def _rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def _worker_peak_mb() -> float:
    """Largest peak RSS (VmHWM) among this process's live children: the runner's workers."""
    peak = 0.0
    me = str(os.getpid())
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            if stat[1] != me:
                continue
            for line in (entry / "status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    peak = max(peak, int(line.split()[1]) / 1024)
        except (OSError, IndexError):
            continue  # the process ended meanwhile
    return peak


def corpus(path: Path, limit: int) -> list[RawDocument]:
    raws = [raw for raw in ingest.read([str(path)]) if isinstance(raw, RawDocument)]
    return raws[:limit]


def time_spacy(texts: list[str], processes: int) -> float:
    pipeline = spacy.load(nlp.MODEL_NAME)
    started = time.perf_counter()
    for _doc in pipeline.pipe(texts, batch_size=32, n_process=processes):
        pass
    return time.perf_counter() - started


def time_runner(raws: list[RawDocument], workers: int, batch_size: int) -> tuple[float, int, float]:
    """Seconds, events found, and the workers' peak RSS (read before they exit)."""
    started = time.perf_counter()
    events = 0
    peak = 0.0
    for done, outcome in enumerate(local.run(raws, workers=workers, batch_size=batch_size), 1):
        events += len(outcome.events) if isinstance(outcome, Analysis) else 0
        if workers > 1 and done % 10 == 0:
            peak = max(peak, _worker_peak_mb())  # cheap: a few /proc reads per 10 documents
    return time.perf_counter() - started, events, peak


def time_spark(path: Path, raws: list[RawDocument], rounds: int, batch_size: int) -> dict[str, Any]:
    """Spark local[2] against the 2-worker local runner, alternated in the same minutes."""
    from sitroom.run import spark as spark_runner  # noqa: PLC0415 - optional extra

    started = time.perf_counter()
    session = spark_runner.session("local[2]", app_name="sitroom-bench")
    start_s = time.perf_counter() - started
    lines = path.read_text(encoding="utf-8").splitlines()
    spark_best = local_best = float("inf")
    with tempfile.TemporaryDirectory() as folder:
        warm = Path(folder) / "warm.jsonl"
        warm.write_text("\n".join(lines[:4]) + "\n", encoding="utf-8")
        spark_runner.analyse(session, [str(warm)], out=f"{folder}/warm-out")  # loads spaCy
        sample = Path(folder) / "sample.jsonl"
        sample.write_text("\n".join(lines[: len(raws)]) + "\n", encoding="utf-8")
        for _ in range(rounds):
            local_best = min(local_best, time_runner(raws, 2, batch_size)[0])
            started = time.perf_counter()
            report = spark_runner.analyse(session, [str(sample)], out=f"{folder}/out")
            spark_best = min(spark_best, time.perf_counter() - started)
    session.stop()
    return {
        "spark_session_start_s": round(start_s, 2), "spark_s": round(spark_best, 2),
        "spark_local_2_workers_s": round(local_best, 2),
        "spark_vs_local_2": round(spark_best / local_best, 3),
        "spark_articles": report.articles, "spark_events": report.events,
    }  # fmt: skip


def _clean_only(raws: Iterable[RawDocument | Skip], *, batch_size: int = 32) -> Iterator[Any]:
    """Stand-in for ``process_partition`` in the memory run: cleaning, no NLP."""
    for raw in raws:
        if isinstance(raw, Skip):
            yield raw
            continue
        result = clean.clean(raw)
        yield result if isinstance(result, Skip) else Analysis(article=result[0])


def flat_memory(n: int, workers: int) -> dict[str, Any]:
    """RSS of the parent while ``n`` tiny documents stream through reader and runner."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "tiny.jsonl"
        with path.open("w", encoding="utf-8") as handle:
            for i in range(n):
                text = f"Police arrested {i % 97} protesters in Berlin on Sunday, number {i}."
                handle.write(json.dumps({"id": f"t{i}", "text": text}) + "\n")
        real, local.process_partition = local.process_partition, _clean_only  # type: ignore[assignment]
        samples: list[tuple[int, float]] = []
        started = time.perf_counter()
        try:
            stream = local.run(ingest.read([str(path)]), workers=workers, batch_size=64)
            for done, _outcome in enumerate(stream, start=1):
                if done % (n // 10) == 0:
                    samples.append((done, round(_rss_mb(), 1)))
        finally:
            local.process_partition = real  # type: ignore[assignment]
        seconds = time.perf_counter() - started
    first = samples[0][1]
    return {
        "flat_docs": n, "flat_seconds": round(seconds, 1), "flat_rss_mb_samples": samples,
        "flat_rss_growth_mb": round(max(mb for _, mb in samples) - first, 1),
    }  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=HERE.parent.parent / "shared")
    parser.add_argument("--docs", type=int, default=60)
    parser.add_argument("--batch-size", type=int, default=8)  # small chunks balance 2 workers
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--flat-docs", type=int, default=100_000)
    parser.add_argument("--no-spark", action="store_true")
    args = parser.parse_args()
    path = args.shared / "data" / "guardian-syria" / "docs.jsonl"
    raws = corpus(path, args.docs)
    texts = [raw.text or "" for raw in raws]
    words = sum(len(text.split()) for text in texts)
    # Load everything in the parent before forking: workers inherit a warm model.
    nlp.load()
    list(process_partition(raws[:2]))
    load_before = os.getloadavg()[0]
    # The VM is shared and noisy: alternate the runs and keep the best of each.
    spacy_1 = spacy_2 = one = two = float("inf")
    events = events_2 = 0
    worker_peak = 0.0
    for _ in range(args.rounds):
        spacy_1 = min(spacy_1, time_spacy(texts, 1))
        spacy_2 = min(spacy_2, time_spacy(texts, 2))
        seconds, events, _ = time_runner(raws, 1, args.batch_size)
        one = min(one, seconds)
        seconds, events_2, peak = time_runner(raws, 2, args.batch_size)
        two = min(two, seconds)
        worker_peak = max(worker_peak, peak)
    figures: dict[str, Any] = {
        "corpus": str(path), "corpus_sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
        "docs": len(raws), "words": words,
        "docs_per_s_1_worker": round(len(raws) / one, 2),
        "docs_per_s_2_workers": round(len(raws) / two, 2),
        "speedup_2_workers": round(one / two, 2),
        "spacy_docs_per_s_1_process": round(len(raws) / spacy_1, 2),
        "spacy_docs_per_s_2_processes": round(len(raws) / spacy_2, 2),
        "ratio_to_spacy_1": round(spacy_1 / one, 3),
        "ratio_to_spacy_2": round(spacy_2 / two, 3),
        "peak_rss_mb_per_worker": round(worker_peak, 1),
        "peak_rss_mb_parent": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "events_1_worker": events, "events_2_workers": events_2,
        "loadavg_before": round(load_before, 2), "loadavg_after": round(os.getloadavg()[0], 2),
    }  # fmt: skip
    if not args.no_spark and importlib.util.find_spec("pyspark") is not None:
        figures.update(time_spark(path, raws, args.rounds, args.batch_size))
    else:
        figures["spark"] = "skipped: pyspark not installed (pip install -e '.[spark]')"
    figures.update(flat_memory(args.flat_docs, 2))
    figures.update({
        "sitroom_version": __version__, "spacy_version": spacy.__version__,
        "python": platform.python_version(), "cpus": os.cpu_count(),
        "git_sha": subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, text=True,
                                  check=False).stdout.strip(),
        "when": time.strftime("%Y-%m-%dT%H:%M:%S"),
    })  # fmt: skip
    for key, value in figures.items():
        if key not in {"corpus_sha256", "flat_rss_mb_samples"}:
            print(f"{key:<30} {value}")
    out = HERE / "results"
    out.mkdir(exist_ok=True)
    (out / "scale.json").write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
