"""A polite HTTP client for feeds and article pages (stdlib ``urllib`` only).

Polite means:

- a ``User-Agent`` naming sitroom, and a timeout on every request;
- ``robots.txt`` obeyed per host (``urllib.robotparser``), its ``Crawl-delay``
  included; a ``robots.txt`` that cannot be fetched (network error, 5xx) means
  "disallow all" for the round, as RFC 9309 asks; a 4xx means "allow all";
- at most one request per ``min_interval`` seconds to the same host;
- retries with exponential backoff on network errors, 429 and 5xx, honouring
  a numeric ``Retry-After`` (capped);
- conditional GET: ``ETag`` / ``Last-Modified`` of earlier answers are sent
  back, so an unchanged feed costs a ``304`` and no body.

A failure is a value: ``get`` returns a ``Response`` or a ``Skip``.
"""

from __future__ import annotations

import datetime as dt
import time
import urllib.error
import urllib.request
import urllib.robotparser
from collections.abc import Callable
from dataclasses import dataclass, field
from email.message import Message
from http.client import HTTPException
from urllib.parse import urlsplit

from sitroom import __version__
from sitroom.model import Skip, SkipReason

USER_AGENT = f"sitroom/{__version__} (offline political-event monitor; polite feed reader)"
_MAX_RETRY_AFTER = 60.0


@dataclass(frozen=True, slots=True)
class FetchOptions:
    user_agent: str = USER_AGENT
    timeout: float = 20.0
    retries: int = 3  # extra attempts after the first
    backoff: float = 1.0  # first wait; doubles per attempt
    min_interval: float = 2.0  # seconds between two requests to one host
    max_bytes: int = 50_000_000


@dataclass(frozen=True, slots=True)
class Response:
    """One HTTP answer, kept whole for provenance."""

    url: str  # after redirects
    status: int
    headers: tuple[tuple[str, str], ...]
    body: bytes
    fetched: dt.datetime

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    def header(self, name: str) -> str | None:
        wanted = name.lower()
        return next((value for key, value in self.headers if key.lower() == wanted), None)


@dataclass(slots=True)
class _Answer:
    status: int
    headers: Message
    body: bytes
    url: str


def _retry_after(headers: Message | None, default: float) -> float:
    value = headers.get("Retry-After") if headers is not None else None
    if value is not None and value.strip().isdigit():
        return min(float(value), _MAX_RETRY_AFTER)
    return default


@dataclass(slots=True)
class Fetcher:
    """Fetches URLs politely; remembers validators, robots rules and host timings."""

    options: FetchOptions = field(default_factory=FetchOptions)
    # url -> {"etag": ..., "last_modified": ...}: persisted between rounds by the caller.
    validators: dict[str, dict[str, str]] = field(default_factory=dict)
    sleep: Callable[[float], None] = time.sleep
    clock: Callable[[], float] = time.monotonic
    _robots: dict[str, urllib.robotparser.RobotFileParser | Skip] = field(default_factory=dict)
    _last: dict[str, float] = field(default_factory=dict)
    _opener: urllib.request.OpenerDirector = field(default_factory=urllib.request.build_opener)
    requests: int = 0  # sent over the wire, for reports and tests
    _pause: float = 0.0  # the wait before the next retry

    def get(self, url: str, *, conditional: bool = True) -> Response | Skip:
        """GET ``url`` if robots.txt allows it; ``304`` comes back as a ``Response``."""
        if urlsplit(url).scheme not in {"http", "https"}:
            return Skip(SkipReason.UNSUPPORTED, "only http and https URLs are fetched", url)
        refused = self._robots_refusal(url)
        if refused is not None:
            return refused
        headers = {"User-Agent": self.options.user_agent}
        known = self.validators.get(url, {}) if conditional else {}
        if "etag" in known:
            headers["If-None-Match"] = known["etag"]
        if "last_modified" in known:
            headers["If-Modified-Since"] = known["last_modified"]
        answer = self._send(url, headers)
        if isinstance(answer, Skip):
            return answer
        if answer.status >= 400:
            return Skip(SkipReason.UNREADABLE, f"HTTP {answer.status}", url)
        if len(answer.body) > self.options.max_bytes:
            return Skip(SkipReason.TOO_LARGE, f"over {self.options.max_bytes:,} bytes", url)
        if answer.status == 200 and conditional:
            self._remember(url, answer.headers)
        return Response(
            url=answer.url, status=answer.status, headers=tuple(answer.headers.items()),
            body=answer.body, fetched=dt.datetime.now(dt.UTC),
        )  # fmt: skip

    def _robots_refusal(self, url: str) -> Skip | None:
        """Why robots.txt of the URL's host keeps sitroom from fetching it, or ``None``."""
        parts = urlsplit(url)
        host = f"{parts.scheme}://{parts.netloc}"
        if host not in self._robots:
            self._robots[host] = self._load_robots(host)
        rules = self._robots[host]
        if isinstance(rules, Skip):
            return Skip(SkipReason.UNREADABLE, f"robots.txt unreachable, so not fetched: "
                        f"{rules.detail}", url)  # fmt: skip
        if not rules.can_fetch(self.options.user_agent, url):
            return Skip(SkipReason.UNSUPPORTED, "disallowed by robots.txt", url)
        return None

    def _load_robots(self, host: str) -> urllib.robotparser.RobotFileParser | Skip:
        rules = urllib.robotparser.RobotFileParser(f"{host}/robots.txt")
        answer = self._send(f"{host}/robots.txt", {"User-Agent": self.options.user_agent})
        if isinstance(answer, Skip):
            return answer  # unreachable: disallow all for now
        # No robots.txt (4xx): no rules, everything allowed.
        lines = [] if answer.status >= 400 else answer.body.decode("utf-8", "replace").splitlines()
        rules.parse(lines)
        return rules

    def _remember(self, url: str, headers: Message) -> None:
        found = {"etag": headers.get("ETag"), "last_modified": headers.get("Last-Modified")}
        kept = {key: value for key, value in found.items() if value}
        if kept:
            self.validators[url] = kept

    def _wait_turn(self, url: str) -> None:
        parts = urlsplit(url)
        host = parts.netloc
        interval = self.options.min_interval
        rules = self._robots.get(f"{parts.scheme}://{host}")
        delay = None
        if isinstance(rules, urllib.robotparser.RobotFileParser):
            delay = rules.crawl_delay(self.options.user_agent)
        if delay is not None:
            interval = max(interval, float(delay))
        if host in self._last:
            wait = self._last[host] + interval - self.clock()
            if wait > 0:
                self.sleep(wait)
        self._last[host] = self.clock()

    def _send(self, url: str, headers: dict[str, str]) -> _Answer | Skip:
        """One request with retries; an HTTP error status is an answer, not a failure."""
        problem = "no attempt"
        for attempt in range(self.options.retries + 1):
            if attempt:
                self.sleep(self._pause)
            self._pause = self.options.backoff * 2**attempt
            self._wait_turn(url)
            self.requests += 1
            try:
                answer = self._open(url, headers)
            except (urllib.error.URLError, HTTPException, OSError) as err:
                problem = f"{type(err).__name__}: {getattr(err, 'reason', err)}"
                continue
            if answer.status == 429 or answer.status >= 500:
                problem = f"HTTP {answer.status}"
                self._pause = _retry_after(answer.headers, self._pause)
                continue
            return answer
        tries = self.options.retries + 1
        return Skip(SkipReason.UNREADABLE, f"{problem} (after {tries} attempts)", url)

    def _open(self, url: str, headers: dict[str, str]) -> _Answer:
        request = urllib.request.Request(url, headers=headers)
        limit = self.options.max_bytes + 1
        try:
            with self._opener.open(request, timeout=self.options.timeout) as reply:
                return _Answer(reply.status, reply.headers, reply.read(limit), reply.geturl())
        except urllib.error.HTTPError as err:  # 304, 4xx, 5xx: an answer with a status
            with err:
                body = err.read(limit) if err.fp is not None else b""
            return _Answer(err.code, err.headers, body, url)
