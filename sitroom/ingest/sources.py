"""``read``: paths (files, folders, ``-`` for standard input) to raw documents.

What a path holds, by suffix (case-insensitive):

- ``.jsonl`` (and ``-``): one JSON document per line, read line by line, so a
  corpus of any size streams; ``max_bytes`` bounds each line.
- ``.txt``: one document, the file's text; ``doc_id`` is the file name.
- ``.html`` / ``.htm``: one page; ``doc_id`` is the file name.
- ``.rss`` / ``.atom`` / ``.xml``: a feed, one document per entry (``feeds``).
- ``.warc`` / ``.warc.gz``: one document per HTML response record (``warc``),
  streamed; ``max_bytes`` bounds each record's payload.

A folder is walked recursively in name order; hidden entries (``.git``,
``.DS_Store``) are passed over and symlinked folders are not followed (no
loops). Every bad file or line becomes a ``Skip`` in its place and the stream
goes on. Only a top-level path that does not exist, or a top-level folder that
cannot be listed, raises ``SourceError``, and it does so when ``read`` is
called, before anything is yielded.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from sitroom.errors import SourceError
from sitroom.ingest.decode import decode_html, decode_text, is_binary
from sitroom.ingest.records import parse_record
from sitroom.model import RawDocument, Skip, SkipReason

STDIN = "-"
KINDS = {
    ".jsonl": "jsonl", ".txt": "text", ".html": "html", ".htm": "html",
    ".rss": "feed", ".atom": "feed", ".xml": "feed", ".warc": "warc", ".warc.gz": "warc",
}  # fmt: skip
# Containers streamed record by record: ``max_bytes`` bounds a record, not the file.
_STREAMED = frozenset({"jsonl", "warc"})
_SNIFF = 8192
_DRAIN = 1 << 20

Item = RawDocument | Skip


def read(paths: Sequence[str], *, max_bytes: int = 50_000_000) -> Iterator[Item]:
    """Raw documents (or ``Skip`` values) from ``paths``, in order, streamed.

    ``max_bytes`` bounds a ``.txt``/``.html`` file (checked before reading)
    and each JSONL line. Raises ``SourceError`` at once for a missing path.
    """
    if isinstance(paths, str):  # a lone path, not a sequence of one-letter paths
        paths = [paths]
    for path in paths:
        if path == STDIN:
            continue
        if not os.path.exists(path):
            raise SourceError(f"{path}: no such file or folder")
        if os.path.isdir(path) and not os.access(path, os.R_OK | os.X_OK):
            raise SourceError(f"{path}: folder cannot be read")
    return _stream(list(paths), max_bytes)


def _stream(paths: list[str], max_bytes: int) -> Iterator[Item]:
    for path in paths:
        if path == STDIN:
            yield from _jsonl(_stdin(), "<stdin>", max_bytes)
        elif os.path.isdir(path):
            yield from _walk(Path(path), max_bytes)
        else:
            yield from _file(Path(path), max_bytes)


def _stdin() -> BinaryIO:
    # Bytes, not text: a bad line must become a Skip, not a decoding error.
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is None:
        raise SourceError("standard input is not readable as bytes")
    return buffer  # type: ignore[no-any-return]


def _walk(folder: Path, max_bytes: int) -> Iterator[Item]:
    try:
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError as err:
        yield Skip(SkipReason.UNREADABLE, f"cannot list folder: {err.strerror}", str(folder))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        try:
            if entry.is_dir(follow_symlinks=False):
                yield from _walk(path, max_bytes)
            elif entry.is_symlink() and path.is_dir():
                yield Skip(SkipReason.UNSUPPORTED, "symlinked folder not followed", str(path))
            else:
                yield from _file(path, max_bytes)
        except OSError as err:
            yield Skip(SkipReason.UNREADABLE, err.strerror or str(err), str(path))


def _refuse(path: Path, kind: str | None, max_bytes: int) -> Skip | None:
    """Why ``path`` cannot be read as a document, judged before reading it."""
    source = str(path)
    if kind is None:
        suffix = path.suffix or "(no suffix)"
        detail = f"unknown file type {suffix!r}; expected {', '.join(KINDS)}"
        return Skip(SkipReason.UNSUPPORTED, detail, source)
    try:
        size = path.stat().st_size
    except OSError as err:
        return Skip(SkipReason.UNREADABLE, err.strerror or str(err), source)
    if not path.is_file():
        return Skip(SkipReason.UNSUPPORTED, "not a regular file", source)
    if size == 0:
        return Skip(SkipReason.EMPTY, "empty file", source)
    if kind not in _STREAMED and size > max_bytes:
        return Skip(SkipReason.TOO_LARGE, f"{size:,} bytes (limit {max_bytes:,})", source)
    return None


def _kind(path: Path) -> str | None:
    name = path.name.lower()
    if name.endswith(".warc.gz"):
        return "warc"
    return KINDS.get(path.suffix.lower())


def _file(path: Path, max_bytes: int) -> Iterator[Item]:
    kind = _kind(path)
    refused = _refuse(path, kind, max_bytes)
    if refused is not None:
        yield refused
    elif kind == "jsonl":
        yield from _jsonl_file(path, max_bytes)
    elif kind == "warc":
        # warcio and feedparser load on demand: every CLI command imports this module.
        from sitroom.ingest.warc import read_warc  # noqa: PLC0415

        yield from read_warc(path, max_bytes=max_bytes)
    else:
        try:
            data = path.read_bytes()
        except OSError as err:
            yield Skip(SkipReason.UNREADABLE, err.strerror or str(err), str(path))
            return
        if kind == "feed":
            from sitroom.ingest.feeds import parse_feed  # noqa: PLC0415

            yield from parse_feed(data, source=str(path))
        else:
            yield _document(data, kind == "html", str(path), path.name)


def _document(data: bytes, html: bool, source: str, name: str) -> Item:
    """One ``.txt`` or ``.html`` file as a document."""
    if is_binary(data):
        return Skip(SkipReason.BINARY, "NUL bytes: not a text file", source)
    if html:
        decoded = decode_html(data)
        text = decoded[0] if decoded else None
        problem = "not valid UTF-8, nor in the charset it declares (cp1252 when none)"
    else:
        text = decode_text(data)
        problem = "not valid UTF-8"
    if text is None:
        return Skip(SkipReason.ENCODING, problem, source)
    if not text.strip():
        return Skip(SkipReason.EMPTY, "only whitespace", source)
    if html:
        return RawDocument(doc_id=name, source=source, html=text)
    return RawDocument(doc_id=name, source=source, text=text)


def _jsonl_file(path: Path, max_bytes: int) -> Iterator[Item]:
    source = str(path)
    try:
        handle = path.open("rb")
    except OSError as err:
        yield Skip(SkipReason.UNREADABLE, err.strerror or str(err), source)
        return
    with handle:
        if is_binary(handle.read(_SNIFF)):
            yield Skip(SkipReason.BINARY, "NUL bytes: not a JSONL file", source)
            return
        handle.seek(0)
        yield from _jsonl(handle, source, max_bytes)


def _lines(handle: BinaryIO, max_bytes: int) -> Iterator[tuple[int, bytes | None]]:
    """``(line number, bytes)``, with ``None`` for a line over ``max_bytes`` (never held whole)."""
    number = 0
    while line := handle.readline(max_bytes + 1):
        number += 1
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while (rest := handle.readline(_DRAIN)) and not rest.endswith(b"\n"):
                pass
            yield number, None
        else:
            yield number, line


def _jsonl(handle: BinaryIO, name: str, max_bytes: int) -> Iterator[Item]:
    seen = False
    try:
        for number, line in _lines(handle, max_bytes):
            source = f"{name}:{number}"
            if line is None:
                yield Skip(SkipReason.TOO_LARGE, f"line over {max_bytes:,} bytes", source)
                continue
            item = parse_record(line, source=source, position=number - 1)
            if item is not None:
                seen = True
                yield item
    except OSError as err:
        yield Skip(SkipReason.UNREADABLE, err.strerror or str(err), name)
        return
    if not seen:
        yield Skip(SkipReason.EMPTY, "no JSON lines", name)
