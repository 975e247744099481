"""The JSON API and the page that is its client (``sitroom serve``).

Read-only unless a review token is configured. Routes::

    GET  /api/version                 GET /api/events            GET /api/events/{id}
    GET  /api/articles/{id}           GET /api/stats/timeline    GET /api/stats/network
    GET  /api/stats/places            GET /api/export            GET /api/events/{id}/history
    POST /api/events/{id}/review      (token)                    GET /docs, /openapi.json
    GET  /                            the page (static files in web/)
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import FastAPI, Query
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, Response
from fastapi.staticfiles import StaticFiles

from sitroom import __version__
from sitroom.model import CODEBOOK
from sitroom.serve import api_errors
from sitroom.serve.api_db import (
    Database,
    Db,
    Filter,
    article_head,
    event_out,
    event_out_text,
    fetch_event,
)
from sitroom.serve.api_errors import ApiError
from sitroom.serve.api_export import router as export_router
from sitroom.serve.api_review import router as review_router
from sitroom.serve.api_stats import StatsCache
from sitroom.serve.api_stats import router as stats_router
from sitroom.store import links, queries
from sitroom.store.dialect import Connection
from sitroom.store.linked_queries import link_fields

WEB = Path(__file__).parent / "web"
API_VERSION = 1


def app_from_env() -> FastAPI:
    """The app for ``uvicorn --factory`` and worker processes: store from ``SITROOM_DB``."""
    from sitroom import settings  # noqa: PLC0415 - only the server needs settings here

    return create_app(str(settings.get("db")), token=os.environ.get("SITROOM_API_TOKEN"))


def create_app(db_path: str | Path, *, token: str | None = None) -> FastAPI:
    """The API over the store at ``db_path`` (a SQLite file or a PostgreSQL URL); reviews
    are allowed only when ``token`` is set."""
    app = FastAPI(
        title="sitroom",
        version=__version__,
        description="Political events (PLOVER) with their evidence. Every page is a client.",
        docs_url=None,  # served below from vendored files: nothing may load from a CDN
        redoc_url=None,
    )
    app.state.db = Database(db_path)
    app.state.token = token or None
    app.state.stats_cache = StatsCache()
    api_errors.install(app)

    @app.get("/api/version")
    def version(db: Db) -> dict[str, Any]:
        return {
            "sitroom": __version__, "api": API_VERSION, "schema": db.schema,
            "codebook": CODEBOOK, "review_enabled": app.state.token is not None,
        }  # fmt: skip

    # async on purpose: a page query takes about a millisecond, less than the hop to a
    # worker thread; the slow paths (sorting many matches) are avoided in queries.page.
    @app.get("/api/events")
    async def list_events(
        db: Db,
        flt: Filter,
        sort: Literal["-date", "date", "-confidence", "confidence"] = "-date",
        limit: Annotated[int, Query(ge=1, le=500)] = 50,
        cursor: Annotated[str | None, Query(max_length=400)] = None,
    ) -> Response:
        """Linked events matching the filters, newest first; follow ``next_cursor``.

        One row per linked event (a real-world event and every report of it): the fields
        of its first matching report in the sort order, plus ``linked_id``, ``n_reports``,
        ``n_articles``, ``n_sources``, ``first_reported``, ``last_reported`` and
        ``report_ids``. A linked event matches when any of its reports does. With
        ``reports=true``: one row per report (with the same linked-event fields).
        """
        conn = db.conn()
        try:
            result = queries.page(conn, flt, sort=sort, limit=limit, cursor=cursor)
        except ValueError as err:
            raise ApiError(400, "invalid_cursor", str(err)) from err
        # Spliced from the stored JSON text: parsing and re-encoding 500 events costs more
        # than the query itself.
        events = ",".join(
            event_out_text(row)[:-1] + ", " + json.dumps(fields)[1:]
            for row, fields in zip(result.rows, link_fields(conn, result.rows), strict=True)
        )
        unit = "report" if flt.reports else "linked_event"
        body = (
            f'{{"events": [{events}], "count": {len(result.rows)}, "unit": "{unit}",'
            f' "next_cursor": {json.dumps(result.next_cursor)}}}'
        )
        return Response(body, media_type="application/json")

    @app.get("/api/events/{event_id}")
    def get_event(db: Db, event_id: str) -> dict[str, Any]:
        """One event with its evidence, its article's provenance and its attribution.

        ``linked``: the linked event it reports (counts), ``reports``: every report of
        it in the order they were linked (empty if never linked), ``other_reports``: the
        same without this one."""
        conn = db.conn()
        data = event_out(fetch_event(conn, event_id))
        article = conn.execute(
            "SELECT * FROM articles WHERE article_id = ?", (data["article_id"],)
        ).fetchone()
        data["article"] = article_head(article) if article else None
        data["linked"], data["reports"] = _linked(conn, event_id)
        data["other_reports"] = [r for r in data["reports"] if r["event_id"] != event_id]
        return data

    @app.get("/api/articles/{article_id}")
    def get_article(db: Db, article_id: str) -> dict[str, Any]:
        """An article's text and every event coded from it (rejected ones marked, not hidden)."""
        conn = db.conn()
        row = conn.execute(
            "SELECT * FROM articles WHERE article_id = ? OR doc_id = ? ORDER BY article_id LIMIT 1",
            (article_id, article_id),
        ).fetchone()
        if row is None:
            raise ApiError(404, "not_found", f"no article {article_id!r}")
        events = conn.execute(
            queries.SELECT_EVENTS + " WHERE e.article_id = ? ORDER BY e.sentence_index, e.event_id",
            (row["article_id"],),
        ).fetchall()
        return {
            **article_head(row),
            "published_from": row["published_from"],
            "text": row["text"],
            "events": [event_out(event) for event in events],
        }

    app.include_router(stats_router)
    app.include_router(export_router)
    app.include_router(review_router)

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url="/openapi.json",
            title="sitroom API",
            swagger_js_url="/static/vendor/swagger-ui-bundle.js",
            swagger_css_url="/static/vendor/swagger-ui.css",
            swagger_favicon_url="/static/favicon.svg",
        )

    app.mount("/static", StaticFiles(directory=WEB), name="static")

    @app.get("/", include_in_schema=False)
    def index() -> HTMLResponse:
        return HTMLResponse((WEB / "index.html").read_text(encoding="utf-8"))

    return app


def _linked(conn: Connection, event_id: str) -> tuple[dict[str, Any] | None, list[dict[str, Any]]]:
    """The linked event this report belongs to, and all its reports (sources, evidence)."""
    linked = links.linked_event(conn, event_id)
    if linked is None:
        return None, []
    summary = {
        "linked_id": linked.linked_id, "n_reports": linked.n_reports,
        "n_articles": linked.n_articles, "n_sources": linked.n_sources,
        "first_reported": linked.first_reported, "last_reported": linked.last_reported,
    }  # fmt: skip
    return summary, [_report(report) for report in linked.reports]


def _report(report: links.LinkedReport) -> dict[str, Any]:
    return {
        "event_id": report.event_id, "article_id": report.article_id, "doc_id": report.doc_id,
        "title": report.title, "url": report.url, "source": report.source,
        "reported": report.reported, "evidence": report.evidence,
        "attributed_to": report.attributed_to, "score": report.score,
        "reasons": list(report.reasons),
    }  # fmt: skip
