"""Local runner: one process, or N worker processes each loading spaCy once."""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterable, Iterator
from itertools import islice

from sitroom.model import RawDocument, Skip
from sitroom.run.pipeline import Outcome, process_partition


def _chunks(raws: Iterable[RawDocument | Skip], size: int) -> Iterator[list[RawDocument | Skip]]:
    iterator = iter(raws)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _work(chunk: list[RawDocument | Skip]) -> list[Outcome]:
    return list(process_partition(chunk, batch_size=len(chunk)))


def run(
    raws: Iterable[RawDocument | Skip], *, workers: int = 1, batch_size: int = 32
) -> Iterator[Outcome]:
    """Analyse documents in input order; ``workers > 1`` spreads batches over processes."""
    if workers <= 1:
        yield from process_partition(raws, batch_size=batch_size)
        return
    # fork shares the loaded code; each worker still loads the model once (cached per process).
    context = multiprocessing.get_context("fork")
    with context.Pool(processes=workers) as pool:
        # imap keeps input order and only reads ahead a bounded number of chunks.
        for outcomes in pool.imap(_work, _chunks(raws, batch_size), chunksize=1):
            yield from outcomes
