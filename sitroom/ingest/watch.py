"""One round of ``sitroom watch``: fetch feeds (and pages), keep the raw answers, list new entries.

Everything fetched in a round goes to a folder ``RAW/<UTC time>/``:

- ``responses.warc.gz``: every HTTP answer (feeds, pages) as WARC response
  records, with its headers: the provenance of what was read;
- ``<feed>.jsonl``: the round's *new* entries in the ``analyze`` input format,
  which the caller ingests through the normal path. Each feed's file has the
  same name every round, so article ids stay stable across rounds.

``RAW/state.json`` keeps the conditional-GET validators and the entries
already seen per feed. The caller saves it only after the ingest succeeded: a
round interrupted half-way is simply redone (the store upserts idempotently).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from warcio.statusandheaders import StatusAndHeaders  # type: ignore[import-untyped]
from warcio.warcwriter import WARCWriter  # type: ignore[import-untyped]

from sitroom.errors import SourceError
from sitroom.ingest.decode import decode_html
from sitroom.ingest.feeds import parse_feed
from sitroom.ingest.fetch import Fetcher, Response
from sitroom.model import RawDocument, Skip

_SEEN_LIMIT = 5000  # entries remembered per feed: far more than any feed lists at once
_EVERY = re.compile(r"(\d+(?:\.\d+)?)\s*([smhd]?)")
_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_every(text: str) -> float:
    """Seconds of ``15m``, ``90s``, ``1h``, ``1d`` or a plain number of seconds."""
    found = _EVERY.fullmatch(text.strip().lower())
    if found is None or float(found.group(1)) <= 0:
        raise SourceError(f"bad interval {text!r}: expected e.g. 90s, 15m, 1h")
    return float(found.group(1)) * _UNITS[found.group(2)]


def read_feed_list(path: Path) -> list[str]:
    """Feed URLs of a text file, one per line; blank lines and ``#`` comments are ignored."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as err:
        raise SourceError(f"{path}: cannot read the feed list: {err}") from err
    urls = [line.split("#", 1)[0].strip() for line in lines]
    urls = [url for url in urls if url]
    bad = [url for url in urls if urlsplit(url).scheme not in {"http", "https"}]
    if bad:
        raise SourceError(f"{path}: not an http(s) URL: {bad[0]!r}")
    return urls


@dataclass(slots=True)
class WatchState:
    """Validators and seen entries, persisted as ``state.json``."""

    validators: dict[str, dict[str, str]] = field(default_factory=dict)
    seen: dict[str, list[str]] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path) -> WatchState:
        if not path.exists():
            return cls()
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return cls(validators=dict(data["validators"]), seen=dict(data["seen"]))
        except (OSError, ValueError, KeyError, TypeError) as err:
            raise SourceError(f"{path}: unreadable watch state: {err}") from err

    def save(self, path: Path) -> None:
        """Write atomically: a crash leaves the old state or the new, never half of one."""
        data = {"validators": self.validators, "seen": self.seen}
        partial = path.with_suffix(".tmp")
        partial.write_text(json.dumps(data, indent=1, sort_keys=True), encoding="utf-8")
        partial.replace(path)


@dataclass(slots=True)
class Round:
    """What one round fetched and left to ingest."""

    folder: Path
    paths: list[str] = field(default_factory=list)  # JSONL files of new entries
    skips: list[Skip] = field(default_factory=list)
    feeds_changed: int = 0
    feeds_unchanged: int = 0
    new_entries: int = 0
    pages: int = 0
    seen: dict[str, list[str]] = field(default_factory=dict)  # to merge into the state
    validators: dict[str, dict[str, str]] = field(default_factory=dict)

    def commit(self, state: WatchState) -> None:
        """Take the round into ``state``: call once its documents are safely stored."""
        state.validators = self.validators
        state.seen.update(self.seen)


def _slug(url: str) -> str:
    parts = urlsplit(url)
    host = re.sub(r"[^a-z0-9.-]", "-", parts.netloc.lower())
    return f"{host}-{hashlib.sha256(url.encode()).hexdigest()[:10]}"


class _Archive:
    """The round's raw answers as a gzipped WARC file, opened on first use."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._handle: io.BufferedWriter | None = None
        self._writer: Any = None

    def add(self, response: Response) -> None:
        if self._writer is None:
            self._handle = self.path.open("wb")
            self._writer = WARCWriter(self._handle, gzip=True)
        reason = "Not Modified" if response.not_modified else "OK"
        http = StatusAndHeaders(
            f"{response.status} {reason}", list(response.headers), protocol="HTTP/1.1"
        )
        date = response.fetched.strftime("%Y-%m-%dT%H:%M:%SZ")
        # The length is given so warcio does not spool the body to a temporary file.
        record = self._writer.create_warc_record(
            response.url, "response", payload=io.BytesIO(response.body),
            length=len(response.body), http_headers=http, warc_headers_dict={"WARC-Date": date},
        )  # fmt: skip
        self._writer.write_record(record)

    def close(self) -> None:
        if self._handle is not None:
            self._handle.close()


def _record(raw: RawDocument) -> dict[str, str | None]:
    """A feed entry in the ``analyze`` JSONL input format."""
    return {
        "id": raw.doc_id, "text": raw.text, "html": raw.html, "title": raw.title,
        "published": raw.published.isoformat() if raw.published else None,
        "url": raw.url, "outlet": raw.outlet,
    }  # fmt: skip


def _page_fetcher(fetcher: Fetcher, archive: _Archive, wanted: set[str], result: Round) -> Any:
    def fetch_page(url: str) -> str | None:
        if url not in wanted:
            return None
        response = fetcher.get(url, conditional=False)
        if isinstance(response, Skip):
            result.skips.append(response)
            return None  # the entry keeps its summary
        archive.add(response)
        result.pages += 1
        decoded = decode_html(response.body)
        return decoded[0] if decoded else None

    return fetch_page


def _new_entries(
    feed_url: str, response: Response, *, seen: set[str], fetch: Fetcher | None, archive: _Archive,
    result: Round,
) -> Iterator[RawDocument]:  # fmt: skip
    first = list(parse_feed(response.body, source=feed_url))
    fresh = [item for item in first if isinstance(item, RawDocument) and item.doc_id not in seen]
    result.skips.extend(item for item in first if isinstance(item, Skip))
    if not fresh:
        return
    if fetch is None:
        yield from fresh
        return
    wanted = {item.url for item in fresh if item.url}
    page_of = _page_fetcher(fetch, archive, wanted, result)
    new_ids = {item.doc_id for item in fresh}
    for item in parse_feed(response.body, source=feed_url, fetch_page=page_of):
        if isinstance(item, RawDocument) and item.doc_id in new_ids:
            yield item


def run_round(
    feeds: list[str], *, raw_dir: Path, fetcher: Fetcher, state: WatchState, fetch_pages: bool
) -> Round:
    """Fetch each feed once (conditionally), then the pages of its new entries if asked."""
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    result = Round(folder=raw_dir / stamp)
    result.folder.mkdir(parents=True, exist_ok=True)
    archive = _Archive(result.folder / "responses.warc.gz")
    # A copy: the state learns the new validators only when the round is committed.
    fetcher.validators = {url: dict(known) for url, known in state.validators.items()}
    result.validators = fetcher.validators
    try:
        for feed_url in feeds:
            response = fetcher.get(feed_url)
            if isinstance(response, Skip):
                result.skips.append(response)
                continue
            archive.add(response)
            if response.not_modified:
                result.feeds_unchanged += 1
                continue
            result.feeds_changed += 1
            seen = set(state.seen.get(feed_url, ()))
            fresh = list(
                _new_entries(
                    feed_url, response, seen=seen, fetch=fetcher if fetch_pages else None,
                    archive=archive, result=result,
                )
            )  # fmt: skip
            if not fresh:
                continue
            path = result.folder / f"{_slug(feed_url)}.jsonl"
            with path.open("w", encoding="utf-8") as handle:
                for raw in fresh:
                    handle.write(json.dumps(_record(raw), ensure_ascii=False) + "\n")
            result.paths.append(str(path))
            result.new_entries += len(fresh)
            keys = state.seen.get(feed_url, []) + [raw.doc_id for raw in fresh]
            result.seen[feed_url] = keys[-_SEEN_LIMIT:]
    finally:
        archive.close()
    return result
