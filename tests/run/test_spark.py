"""The Spark runner on local[2]: same articles and events as the local runner, contract columns.

One session for the module (it takes ~9 s to start). Skipped, with the reason
printed, when pyspark is not installed; CI installs the ``spark`` extra and sets
``SITROOM_REQUIRE_SPARK=1``, which turns a missing pyspark into a failure.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

if os.environ.get("SITROOM_REQUIRE_SPARK"):  # CI: a missing extra fails instead of skipping
    import pyspark  # noqa: F401
else:
    pytest.importorskip("pyspark", reason="pyspark not installed: pip install -e '.[spark]'")

from pyspark.sql import SparkSession
from typer.testing import CliRunner

from sitroom import ingest
from sitroom.contract import analysis_json, event_json
from sitroom.model import Analysis
from sitroom.run import spark as spark_runner
from sitroom.run.local import run as run_local
from tests import factories
from tests.ingest.test_warc import PAGE, write_warc

pytestmark = [pytest.mark.spark, pytest.mark.model]

DOCS = [
    {"id": "s1", "title": "Ministers meet", "published": "2024-03-05",
     "text": "The foreign ministers of France and Germany met in Paris on Monday."},
    {"id": "s2", "published": "2024-03-06",
     "text": "Russian forces shelled the city of Kharkiv on Tuesday, Ukrainian officials said."},
    {"id": "s3", "text": "Police arrested twelve protesters in Berlin on Sunday."},
]  # fmt: skip


@pytest.fixture(scope="module")
def spark() -> Iterator[SparkSession]:
    session = spark_runner.session("local[2]", app_name="sitroom-tests")
    yield session
    session.stop()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("spark-in")
    lines = [json.dumps(doc) for doc in DOCS]
    lines.insert(1, "{broken json")
    (folder / "docs.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    write_warc(folder / "crawl.warc.gz", [("https://a.example/1", "text/html", PAGE)])
    return folder


@pytest.fixture(scope="module")
def output(spark: SparkSession, corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("spark-out")
    report = spark_runner.analyse(
        spark, [str(corpus / "docs.jsonl"), str(corpus / "*.warc.gz")], out=str(out)
    )
    assert (report.articles, report.issues) == (4, 1)
    return out


def _rows(spark: SparkSession, out: Path, table: str) -> list[dict[str, Any]]:
    return [row.asDict(recursive=True) for row in spark.read.parquet(str(out / table)).collect()]


def test_columns_are_the_contract_fields(spark: SparkSession, output: Path) -> None:
    sample = factories.analysis()
    article_keys = [key for key in analysis_json(sample) if key != "events"]
    event_keys = ["article_id", "doc_id", *event_json(sample.events[0], explain=True)]
    assert spark.read.parquet(str(output / "articles")).columns == article_keys
    assert spark.read.parquet(str(output / "events")).columns == event_keys
    assert spark.read.parquet(str(output / "issues")).columns == ["doc_id", "source", "error"]


def test_same_output_as_the_local_runner(spark: SparkSession, corpus: Path, output: Path) -> None:
    raws = ingest.read([str(corpus / "docs.jsonl"), str(corpus / "crawl.warc.gz")])
    local = [o for o in run_local(raws, workers=1) if isinstance(o, Analysis)]
    expected = {a.article.article_id: analysis_json(a, explain=True) for a in local}
    articles = {row["article_id"]: row for row in _rows(spark, output, "articles")}
    assert set(articles) == set(expected)
    for article_id, data in expected.items():
        events = data.pop("events")
        assert articles[article_id] == data  # every field, nested ones included, round-trips
        for event in events:
            event.update(article_id=article_id, doc_id=data["doc_id"])
    spark_events = sorted(_rows(spark, output, "events"), key=lambda e: e["event_id"])
    local_events = sorted(
        (e for a in local for e in analysis_json(a, explain=True)["events"]),
        key=lambda e: e["event_id"],
    )
    assert [e["event_id"] for e in spark_events] == [e["event_id"] for e in local_events]
    assert spark_events  # the corpus has events: the comparison above is not vacuous
    (issue,) = _rows(spark, output, "issues")
    assert issue["source"].endswith("docs.jsonl:2") and issue["error"].startswith("malformed-json")


def test_parquet_input(spark: SparkSession, tmp_path: Path) -> None:
    source = tmp_path / "in.parquet"
    spark.createDataFrame(DOCS[:2]).write.parquet(str(source))
    report = spark_runner.analyse(spark, [str(source)], out=str(tmp_path / "out"), partitions=1)
    assert (report.articles, report.issues) == (2, 0)
    ids = {row["doc_id"] for row in _rows(spark, tmp_path / "out", "articles")}
    assert ids == {"s1", "s2"}


def test_cli_spark_command(spark: SparkSession, corpus: Path, tmp_path: Path) -> None:
    # Last in the module: the command stops the (shared) session when done.
    out = tmp_path / "cli-out"
    args = ["spark", str(corpus / "docs.jsonl"), "--out", str(out), "--master", "local[2]"]
    result = CliRunner().invoke(app_cli(), args)
    assert result.exit_code == 0, result.output
    assert "3 articles" in result.output
    assert (out / "events").is_dir()


def app_cli() -> Any:
    from sitroom.serve.cli import app

    return app
