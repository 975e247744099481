"""Spark runner: ``process_partition`` in ``mapPartitions``, Parquet out.

Inputs (paths, globs or URIs Spark can read):

- ``*.jsonl``: read with ``textFile`` (split across tasks), one line per record,
  numbered per file so sources and ids match the local runner's;
- ``*.parquet`` (a file or a folder of them): rows with the JSONL fields;
- ``*.warc`` / ``*.warc.gz``: one task per file streams its records with
  warcio, the Common Crawl pattern (the path must be readable by the workers).

Each worker process loads spaCy once (Python workers are reused) and runs the
same pure ``process_partition`` as the local runner. Output, under ``out``:
``articles/``, ``events/`` and ``issues/`` Parquet folders whose columns are the
``analyze`` contract's fields (``spark_schema``). Nothing here assumes a local
master: ``local[N]`` only adds loopback bindings, the same code runs on a cluster.
"""

from __future__ import annotations

import datetime as dt
import glob
import json
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from pyspark import RDD, Accumulator, StorageLevel
from pyspark.sql import SparkSession

from sitroom.contract import analysis_json, skip_json
from sitroom.errors import SourceError
from sitroom.ingest.records import FIELDS, parse_record
from sitroom.ingest.warc import read_warc
from sitroom.model import RawDocument, Skip, SkipReason
from sitroom.run.pipeline import process_partition
from sitroom.run.spark_schema import SCHEMAS

# An input unit shipped to a task: (kind, source, payload, 0-based position).
Unit = tuple[str, str, str, int]
Output = tuple[str, str]  # (table, JSON object)


def session(master: str = "local[2]", *, app_name: str = "sitroom") -> SparkSession:
    """A Spark session; a ``local`` master is bound to 127.0.0.1 and uses this Python."""
    builder = SparkSession.builder.master(master).appName(app_name)
    builder = builder.config("spark.ui.enabled", "false")
    builder = builder.config("spark.ui.showConsoleProgress", "false")
    builder = builder.config("spark.sql.session.timeZone", "UTC")
    if master.startswith("local"):
        # Offline machine: no name lookup, nothing listening beyond loopback.
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
        builder = builder.config("spark.driver.host", "127.0.0.1")
        builder = builder.config("spark.driver.bindAddress", "127.0.0.1")
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def _kind(path: str) -> str | None:
    name = path.lower().rstrip("/")
    if name.endswith(".jsonl"):
        return "jsonl"
    if name.endswith((".warc", ".warc.gz")):
        return "warc"
    if name.endswith(".parquet") or (os.path.isdir(path) and glob.glob(f"{path}/*.parquet")):
        return "parquet"
    return None


def expand(inputs: Sequence[str]) -> list[tuple[str, str]]:
    """``(kind, path)`` of each input; local globs expanded, URIs passed through to Spark."""
    found: list[tuple[str, str]] = []
    for pattern in inputs:
        local = "://" not in pattern
        paths = sorted(glob.glob(pattern)) if local else [pattern]
        if local and not paths:
            raise SourceError(f"{pattern}: no such file or folder")
        for path in paths:
            kind = _kind(path)
            if kind is None:
                raise SourceError(f"{path}: expected .jsonl, .parquet or .warc(.gz) input")
            found.append((kind, path))
    return found


def _jsonable(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date | dt.datetime) else value


def _line_unit(path: str, pair: tuple[str, int]) -> Unit:
    return "jsonl", path, pair[0], pair[1]


def _row_unit(path: str, pair: tuple[Any, int]) -> Unit:
    record = {key: _jsonable(value) for key, value in pair[0].asDict().items()}
    return "record", path, json.dumps(record), pair[1]


def _units(spark: SparkSession, inputs: list[tuple[str, str]], partitions: int) -> RDD[Unit]:
    sc = spark.sparkContext
    parts: list[RDD[Unit]] = []
    for kind, path in inputs:
        if kind == "jsonl":
            lines = sc.textFile(path, minPartitions=partitions).zipWithIndex()
            parts.append(lines.map(partial(_line_unit, path)))
        elif kind == "parquet":
            frame = spark.read.parquet(path)
            columns = [name for name in FIELDS if name in frame.columns]
            parts.append(frame.select(*columns).rdd.zipWithIndex().map(partial(_row_unit, path)))
        else:
            parts.append(sc.parallelize([("warc", path, "", 0)], 1))
    units = sc.union(parts) if len(parts) > 1 else parts[0]
    # Many files of one kind: spread them; one big JSONL file is already split by textFile.
    return units if units.getNumPartitions() >= partitions else units.repartition(partitions)


def _raws(units: Iterable[Unit], max_bytes: int) -> Iterator[RawDocument | Skip]:
    """The documents of a task's input units, as the local readers would give them."""
    for kind, path, payload, index in units:
        if kind == "warc":
            yield from read_warc(Path(path), max_bytes=max_bytes)
            continue
        line = payload.encode("utf-8")
        source = f"{path}:{index + 1}"
        if len(line) > max_bytes:
            yield Skip(SkipReason.TOO_LARGE, f"line over {max_bytes:,} bytes", source)
            continue
        item = parse_record(line, source=source, position=index)
        if item is not None:
            yield item


def analyse_partition(
    units: Iterable[Unit], *, batch_size: int, max_bytes: int
) -> Iterator[Output]:
    """The task body: units in, ``(table, JSON)`` rows out (articles, events, issues)."""
    for outcome in process_partition(_raws(units, max_bytes), batch_size=batch_size):
        if isinstance(outcome, Skip):
            data = skip_json(outcome)
            del data["events"]
            yield "issues", json.dumps(data, ensure_ascii=False)
            continue
        data = analysis_json(outcome, explain=True)
        events = data.pop("events")
        yield "articles", json.dumps(data, ensure_ascii=False)
        for event in events:
            event.update(article_id=data["article_id"], doc_id=data["doc_id"])
            yield "events", json.dumps(event, ensure_ascii=False)


def _tallied(rows: Iterator[Output], tallies: dict[str, Accumulator[int]]) -> Iterator[Output]:
    for row in rows:
        tallies[row[0]].add(1)
        yield row


def _in_table(table: str, row: Output) -> bool:
    return row[0] == table


def _json_of(row: Output) -> str:
    return row[1]


@dataclass(frozen=True, slots=True)
class SparkReport:
    articles: int
    events: int
    issues: int
    out: str


def analyse(
    spark: SparkSession,
    inputs: Sequence[str],
    *,
    out: str,
    batch_size: int = 32,
    max_bytes: int = 50_000_000,
    partitions: int | None = None,
) -> SparkReport:
    """Analyse ``inputs`` on ``spark`` and write ``out/{articles,events,issues}`` (overwritten)."""
    tasks = partitions or spark.sparkContext.defaultParallelism
    units = _units(spark, expand(inputs), tasks)
    sc = spark.sparkContext
    # Counted as the rows are made: the report costs no extra pass over the data. (A task
    # retried after a failure counts twice; the Parquet output itself is exact.)
    tallies = {table: sc.accumulator(0) for table in SCHEMAS}
    rows = units.mapPartitions(
        lambda part: _tallied(
            analyse_partition(part, batch_size=batch_size, max_bytes=max_bytes), tallies
        )
    )
    # Three tables from one pass: keep the rows rather than analyse everything three times.
    rows.persist(StorageLevel.MEMORY_AND_DISK)
    try:
        for table, schema in SCHEMAS.items():
            texts = rows.filter(partial(_in_table, table)).map(_json_of)
            frame = spark.read.schema(schema).option("mode", "FAILFAST").json(texts)
            frame.write.mode("overwrite").parquet(f"{out.rstrip('/')}/{table}")
    finally:
        rows.unpersist()
    counts = {table: int(tally.value) for table, tally in tallies.items()}
    return SparkReport(counts["articles"], counts["events"], counts["issues"], out)
