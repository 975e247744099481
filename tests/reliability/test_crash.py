"""kill -9 in the middle of ``sitroom ingest``, then again: nothing lost, nothing duplicated."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.reliability.corpus import write_corpus

pytestmark = pytest.mark.model

TABLES = ("articles", "sentences", "entities", "places", "times", "events", "event_actors")


def _ingest(corpus: Path, db: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "SITROOM_BATCH_SIZE": "5"}  # ten transactions over the corpus
    command = [sys.executable, "-m", "sitroom.serve.cli", "ingest", str(corpus), "--db", str(db)]
    return subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )


def _count(db: Path, table: str = "articles") -> int:
    if not db.exists():
        return 0
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return int(conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.OperationalError:  # not created or migrated yet
        return 0


def _snapshot(db: Path) -> dict[str, object]:
    conn = sqlite3.connect(db)
    try:
        data: dict[str, object] = {t: _count(db, t) for t in TABLES}
        data["event_ids"] = sorted(r[0] for r in conn.execute("SELECT event_id FROM events"))
        data["article_ids"] = sorted(r[0] for r in conn.execute("SELECT article_id FROM articles"))
        data["integrity"] = conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()
    return data


def test_sigkill_after_the_first_batch_then_rerun_equals_a_clean_run(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus.jsonl", n=50)
    crashed = tmp_path / "crashed.db"
    process = _ingest(corpus, crashed)
    deadline = time.monotonic() + 120
    while _count(crashed) == 0 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    process.send_signal(signal.SIGKILL)
    process.communicate()  # reaps it and closes its pipe
    killed_at = _count(crashed)
    assert 0 < killed_at < 50, f"the kill must land mid-run (articles at kill: {killed_at})"
    assert process.returncode == -signal.SIGKILL

    again = _ingest(corpus, crashed)
    _, errors = again.communicate(timeout=180)
    assert again.returncode == 0, errors.decode()

    clean = tmp_path / "clean.db"
    single = _ingest(corpus, clean)
    _, errors = single.communicate(timeout=180)
    assert single.returncode == 0, errors.decode()

    after_crash, reference = _snapshot(crashed), _snapshot(clean)
    assert reference["articles"] == 50 and reference["events"]
    assert after_crash == reference
    assert after_crash["integrity"] == "ok"
