"""The local runner's scheduling: order, bounded read-ahead, time limit, dead workers.

``process_partition`` is replaced by a fake (inherited by the forked workers), so
these tests load no model and run in a few seconds.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterable, Iterator

import pytest

from sitroom.model import Analysis, RawDocument, Skip, SkipReason
from tests import factories

from sitroom.run import local  # isort: skip


def _fake_partition(
    raws: Iterable[RawDocument | Skip], *, batch_size: int = 32
) -> Iterator[Analysis | Skip]:
    for raw in raws:
        if isinstance(raw, Skip):
            yield raw
            continue
        if raw.text == "slow":
            time.sleep(60)
        if raw.text == "crash":
            os._exit(9)  # a segfault or the OOM killer, as seen from the parent
        yield factories.analysis(factories.article(doc_id=raw.doc_id))


@pytest.fixture(autouse=True)
def _fake(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(local, "process_partition", _fake_partition)
    monkeypatch.setattr(local, "STARTUP_GRACE", 0.0)


def _raws(n: int, special: dict[int, str] | None = None) -> list[RawDocument | Skip]:
    special = special or {}
    raws: list[RawDocument | Skip] = []
    for i in range(n):
        if special.get(i) == "skip":
            raws.append(Skip(SkipReason.MALFORMED_JSON, "bad", f"t.jsonl:{i + 1}"))
        else:
            raws.append(RawDocument(doc_id=f"d{i}", source="t.jsonl", text=special.get(i, "ok")))
    return raws


def _ids(outcomes: Iterable[Analysis | Skip]) -> list[str | None]:
    return [o.doc_id if isinstance(o, Skip) else o.article.doc_id for o in outcomes]


@pytest.mark.parametrize("batch_size", [1, 3, 50])
def test_order_is_kept_with_two_workers(batch_size: int) -> None:
    raws = _raws(20, {4: "skip"})
    outcomes = list(local.run(raws, workers=2, batch_size=batch_size, doc_timeout=30))
    assert _ids(outcomes) == [None if i == 4 else f"d{i}" for i in range(20)]


def test_read_ahead_is_bounded() -> None:
    consumed = 0

    def endless() -> Iterator[RawDocument | Skip]:
        nonlocal consumed
        while True:
            consumed += 1
            yield RawDocument(doc_id=f"d{consumed}", source="t.jsonl", text="ok")

    outputs = local.run(endless(), workers=2, batch_size=4, doc_timeout=30)
    for _ in range(10):
        next(outputs)
    outputs.close()  # the workers are stopped; the endless input was never drained
    # At most 2 chunks per worker in flight, plus the 10 already yielded.
    assert consumed <= 10 + local._AHEAD * 2 * 4 + 4


def test_a_stuck_document_times_out_and_the_run_goes_on() -> None:
    raws = _raws(7, {3: "slow"})
    started = time.monotonic()
    outcomes = list(local.run(raws, workers=2, batch_size=3, doc_timeout=0.5))
    assert time.monotonic() - started < 15
    assert _ids(outcomes) == [f"d{i}" for i in range(7)]
    stuck = outcomes[3]
    assert isinstance(stuck, Skip) and stuck.reason is SkipReason.TIMEOUT
    assert "0.5 s per document" in stuck.detail
    assert all(isinstance(o, Analysis) for i, o in enumerate(outcomes) if i != 3)


def test_a_dying_worker_is_replaced_and_its_document_reported() -> None:
    raws = _raws(6, {1: "crash", 2: "skip"})
    outcomes = list(local.run(raws, workers=2, batch_size=4, doc_timeout=30))
    assert _ids(outcomes) == ["d0", "d1", None, "d3", "d4", "d5"]
    dead = outcomes[1]
    assert isinstance(dead, Skip) and dead.reason is SkipReason.FAILED
    assert "died" in dead.detail
    assert isinstance(outcomes[2], Skip) and outcomes[2].reason is SkipReason.MALFORMED_JSON


def test_one_worker_runs_in_process() -> None:
    outcomes = list(local.run(_raws(3), workers=1, batch_size=2))
    assert _ids(outcomes) == ["d0", "d1", "d2"]


def test_the_time_limit_comes_from_the_doc_timeout_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SITROOM_DOC_TIMEOUT", "1")
    outcomes = list(local.run(_raws(2, {0: "slow"}), workers=2, batch_size=2))
    assert isinstance(outcomes[0], Skip) and outcomes[0].reason is SkipReason.TIMEOUT
    assert "1 s per document" in outcomes[0].detail
    assert isinstance(outcomes[1], Analysis)
