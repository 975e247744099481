"""Local runner: one process, or N worker processes each loading spaCy once.

With ``workers > 1`` the parent hands one chunk of ``batch_size`` documents at a
time to each worker over its own pipe and reads the input only when a worker
is free, so at most ``2 * workers`` chunks are in memory whatever the corpus
size (``Pool.imap`` would drain the whole input iterator in a feeder thread).
Outputs come back in input order.

A chunk gets ``doc_timeout`` seconds per document. A chunk over its time, or
whose worker dies, is not lost: the worker is killed and replaced, and the
chunk is redone one document at a time, so the one pathological document
becomes a ``Skip`` (``TIMEOUT`` or ``FAILED``) in its place and the others are
analysed as usual.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess

from sitroom import settings
from sitroom.model import RawDocument, Skip, SkipReason
from sitroom.run.pipeline import Outcome, process_partition

Item = RawDocument | Skip
# Chunks waiting for a free worker or for their turn in the output, per worker.
_AHEAD = 2
# A fresh worker loads the spaCy model (a few seconds) before its first chunk.
STARTUP_GRACE = 30.0


@dataclass(frozen=True, slots=True)
class _Failure:
    problem: str
    timed_out: bool = False


def _work(conn: Connection) -> None:
    """Worker loop: a chunk in, its outcomes out, until ``None`` arrives."""
    while (chunk := conn.recv()) is not None:
        try:
            result: list[Outcome] | str = list(process_partition(chunk, batch_size=len(chunk)))
        except Exception as err:  # reported to the parent, which isolates the bad document
            result = f"{type(err).__name__}: {err}"
        conn.send(result)


@dataclass(slots=True)
class _Task:
    seq: int
    chunk: list[Item]
    single: bool  # a lone document redone after its chunk failed: no second retry
    result: list[Outcome] | None = None


@dataclass(slots=True)
class _Worker:
    process: BaseProcess
    conn: Connection
    task: _Task | None = None
    deadline: float = 0.0
    fresh: bool = True


@dataclass(slots=True)
class _Pool:
    workers: int
    doc_timeout: float
    context: multiprocessing.context.ForkContext = field(
        default_factory=lambda: multiprocessing.get_context("fork")
    )
    idle: list[_Worker] = field(default_factory=list)
    busy: list[_Worker] = field(default_factory=list)

    def start(self) -> None:
        for _ in range(self.workers):
            self.idle.append(self._spawn())

    def _spawn(self) -> _Worker:
        # fork shares the loaded code; each worker still loads the model once (cached per process).
        parent, child = self.context.Pipe()
        process = self.context.Process(target=_work, args=(child,), daemon=True)
        process.start()
        child.close()
        return _Worker(process, parent)

    def submit(self, task: _Task) -> None:
        worker = self.idle.pop()
        try:
            worker.conn.send(task.chunk)
        except OSError:  # it died while idle: a fresh one takes the chunk
            worker.process.kill()
            worker.process.join()
            worker.conn.close()
            worker = self._spawn()
            worker.conn.send(task.chunk)
        worker.task = task
        grace = STARTUP_GRACE if worker.fresh else 0.0
        worker.fresh = False
        worker.deadline = time.monotonic() + grace + self.doc_timeout * len(task.chunk)
        self.busy.append(worker)

    def collect(self) -> list[tuple[_Task, list[Outcome] | _Failure]]:
        """Wait for at least one worker to finish, fail or run out of time."""
        timeout = max(0.0, min(w.deadline for w in self.busy) - time.monotonic())
        ready = wait([w.conn for w in self.busy], timeout=timeout)
        done: list[tuple[_Task, list[Outcome] | _Failure]] = []
        now = time.monotonic()
        for worker in list(self.busy):
            task = worker.task
            if task is None:
                continue
            if worker.conn in ready:
                try:
                    received = worker.conn.recv()
                except (EOFError, OSError):  # the worker died (a crash or the OOM killer)
                    done.append((task, _Failure("the worker process died")))
                    self._replace(worker)
                    continue
                done.append((task, _Failure(received) if isinstance(received, str) else received))
                self.busy.remove(worker)
                worker.task = None
                self.idle.append(worker)
            elif now >= worker.deadline:
                limit = f"over the limit of {self.doc_timeout:g} s per document"
                done.append((task, _Failure(limit, timed_out=True)))
                self._replace(worker)
        return done

    def _replace(self, worker: _Worker) -> None:
        self.busy.remove(worker)
        worker.process.kill()
        worker.process.join()
        worker.conn.close()
        self.idle.append(self._spawn())

    def close(self) -> None:
        for worker in self.idle:
            with contextlib.suppress(OSError):  # a dead worker has nothing to stop
                worker.conn.send(None)
        for worker in self.busy + self.idle:
            worker.process.join(timeout=1 if worker in self.idle else 0)
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join()
            worker.conn.close()


def _skip_for(item: Item, failure: _Failure) -> Skip:
    if isinstance(item, Skip):
        return item
    reason = SkipReason.TIMEOUT if failure.timed_out else SkipReason.FAILED
    return Skip(reason, failure.problem, item.source, item.doc_id)


def _fill(
    pool: _Pool, source: Iterator[Item], pending: deque[_Task], retry: deque[_Task], size: int
) -> bool:
    """Give idle workers work, retries first; ``False`` once the input is exhausted."""
    while pool.idle:
        if retry:
            pool.submit(retry.popleft())
        elif len(pending) >= _AHEAD * pool.workers:
            return True  # the head is slow: read no further ahead
        elif chunk := list(islice(source, size)):
            seq = pending[-1].seq + 1 if pending else 0
            pending.append(_Task(seq, chunk, single=False))
            pool.submit(pending[-1])
        else:
            return False
    return True


def _parallel(
    raws: Iterable[Item], *, workers: int, batch_size: int, doc_timeout: float
) -> Iterator[Outcome]:
    source = iter(raws)
    pool = _Pool(workers, doc_timeout)
    pool.start()
    pending: deque[_Task] = deque()  # in input order; the head is the next to yield
    retry: deque[_Task] = deque()  # lone documents of a failed chunk, submitted first
    more = True
    try:
        while True:
            if more or retry:
                more = _fill(pool, source, pending, retry, batch_size) and more
            while pending and pending[0].result is not None:
                yield from pending.popleft().result or ()
            if not pool.busy:
                if not (more or retry or pending):
                    return
                continue
            for task, result in pool.collect():
                if not isinstance(result, _Failure):
                    task.result = result
                elif task.single or len(task.chunk) == 1:
                    task.result = [_skip_for(item, result) for item in task.chunk]
                else:
                    _isolate(task, pending, retry)
    finally:
        pool.close()


def _isolate(task: _Task, pending: deque[_Task], retry: deque[_Task]) -> None:
    """Replace a failed chunk in ``pending`` by one task per document, retried first."""
    index = pending.index(task)
    pending.remove(task)
    for offset, item in enumerate(task.chunk):
        # A Skip needs no worker: it is its own outcome.
        done: list[Outcome] | None = [item] if isinstance(item, Skip) else None
        single = _Task(task.seq, [item], single=True, result=done)
        pending.insert(index + offset, single)
        if single.result is None:
            retry.append(single)


def run(
    raws: Iterable[RawDocument | Skip],
    *,
    workers: int = 1,
    batch_size: int = 32,
    doc_timeout: float | None = None,
) -> Iterator[Outcome]:
    """Analyse documents in input order; ``workers > 1`` spreads chunks over processes.

    ``doc_timeout`` (seconds, default: the ``doc_timeout`` setting) applies with
    ``workers > 1``: in one process there is no one to stop a stuck document.
    """
    if workers <= 1:
        yield from process_partition(raws, batch_size=batch_size)
        return
    timeout = float(settings.get("doc_timeout") if doc_timeout is None else doc_timeout)
    yield from _parallel(raws, workers=workers, batch_size=batch_size, doc_timeout=timeout)
