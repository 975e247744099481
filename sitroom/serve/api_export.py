"""Exports of filtered events (JSONL, CSV, GeoJSON, Parquet) for the API and the CLI.

Every format reads the same rows as ``/api/events`` (reviewed values included,
rejected events left out unless asked for): one per linked event by default, with its
report count, sources and report ids; one per report with ``reports=true``
(``sitroom export --reports``). Parquet goes through DuckDB, an optional
dependency (``duckdb==1.4.4``), imported only when asked for.
"""

from __future__ import annotations

import csv
import importlib
import io
import json
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Annotated, Any, Literal

from fastapi import APIRouter, Query
from fastapi.responses import FileResponse, StreamingResponse
from starlette.background import BackgroundTask

from sitroom.errors import SitroomError
from sitroom.serve.api_db import Db, Filter, event_out
from sitroom.serve.api_errors import ApiError
from sitroom.store import queries
from sitroom.store.dialect import Connection
from sitroom.store.linked_queries import link_fields
from sitroom.store.queries import EventFilter

Format = Literal["jsonl", "csv", "geojson", "parquet"]
MEDIA = {
    "jsonl": "application/x-ndjson", "csv": "text/csv; charset=utf-8",
    "geojson": "application/geo+json", "parquet": "application/vnd.apache.parquet",
}  # fmt: skip
COLUMNS = (
    "event_id", "date", "date_precision", "event_type", "mode", "quad", "cameo",
    "actor_name", "actor_country", "actor_sector", "recipient_name", "recipient_country",
    "recipient_sector", "place", "place_country", "lat", "lon", "negated", "hypothetical",
    "future", "historical", "attributed_to", "confidence", "evidence", "article_id", "doc_id",
    "review", "codebook", "linked_id", "n_reports", "n_articles", "n_sources", "first_reported",
    "last_reported", "report_ids",
    # Added later, so last: readers of the earlier columns by position keep working.
    "date_source",
)  # fmt: skip


def _joined(actors: list[dict[str, Any]], key: str) -> str | None:
    values = [str(actor.get(key) or "") for actor in actors]
    return "; ".join(values) if any(values) else None


def flat(event: dict[str, Any]) -> dict[str, Any]:
    """One event as a flat row (several actors are joined with '; ')."""
    location = event.get("location") or {}
    review = event.get("review") or {}
    return {
        "event_id": event["event_id"], "date": event["date"],
        "date_precision": event["date_precision"], "event_type": event["event_type"],
        "mode": event.get("mode"), "quad": event.get("quad"), "cameo": event.get("cameo"),
        "actor_name": _joined(event["actor"], "name") or _joined(event["actor"], "text"),
        "actor_country": _joined(event["actor"], "country"),
        "actor_sector": _joined(event["actor"], "sector"),
        "recipient_name": _joined(event["recipient"], "name")
        or _joined(event["recipient"], "text"),
        "recipient_country": _joined(event["recipient"], "country"),
        "recipient_sector": _joined(event["recipient"], "sector"),
        "place": location.get("name") or location.get("text"),
        "place_country": location.get("country"), "lat": location.get("lat"),
        "lon": location.get("lon"), "negated": event["negated"],
        "hypothetical": event["hypothetical"], "future": event["future"],
        "historical": event["historical"], "attributed_to": event.get("attributed_to"),
        "confidence": event["confidence"], "evidence": event["evidence"]["sentence"],
        "article_id": event["article_id"], "doc_id": event["doc_id"],
        "review": review.get("status"), "codebook": event.get("codebook"),
        "linked_id": event.get("linked_id"), "n_reports": event.get("n_reports"),
        "n_articles": event.get("n_articles"), "n_sources": event.get("n_sources"),
        "first_reported": event.get("first_reported"),
        "last_reported": event.get("last_reported"),
        "report_ids": "; ".join(event.get("report_ids") or []) or None,
        "date_source": event.get("date_source"),
    }  # fmt: skip


def jsonl(events: Iterable[dict[str, Any]]) -> Iterator[str]:
    for event in events:
        yield json.dumps(event, ensure_ascii=False) + "\n"


def csv_lines(events: Iterable[dict[str, Any]]) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for event in events:
        writer.writerow(flat(event))
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    yield buffer.getvalue()


def geojson(events: Iterable[dict[str, Any]]) -> Iterator[str]:
    """A FeatureCollection of the located events (points), streamed feature by feature."""
    yield '{"type": "FeatureCollection", "features": ['
    first = True
    for event in events:
        location = event.get("location") or {}
        if location.get("lat") is None or location.get("lon") is None:
            continue
        properties = flat(event)
        feature = {
            "type": "Feature", "id": event["event_id"],
            "geometry": {"type": "Point", "coordinates": [location["lon"], location["lat"]]},
            "properties": properties,
        }  # fmt: skip
        yield ("" if first else ",\n") + json.dumps(feature, ensure_ascii=False)
        first = False
    yield "]}\n"


def write_parquet(events: Iterable[dict[str, Any]], out: Path) -> int:
    """Write flat rows to ``out`` as Parquet through DuckDB; returns the row count."""
    try:
        # Optional and heavy: imported by name so that it is needed only for Parquet.
        duckdb: Any = importlib.import_module("duckdb")
    except ImportError as err:
        raise SitroomError("--format parquet needs the optional duckdb==1.4.4 package") from err
    with tempfile.TemporaryDirectory() as tmp:
        rows = Path(tmp) / "rows.jsonl"
        count = 0
        with rows.open("w", encoding="utf-8") as handle:
            for event in events:
                handle.write(json.dumps(flat(event), ensure_ascii=False) + "\n")
                count += 1
        types = dict.fromkeys(COLUMNS, "VARCHAR") | {
            "quad": "INTEGER", "lat": "DOUBLE", "lon": "DOUBLE", "confidence": "DOUBLE",
            "negated": "BOOLEAN", "hypothetical": "BOOLEAN", "future": "BOOLEAN",
            "historical": "BOOLEAN", "n_reports": "INTEGER", "n_articles": "INTEGER",
            "n_sources": "INTEGER",
        }  # fmt: skip
        conn = duckdb.connect()
        conn.execute("SET autoinstall_known_extensions = false")
        columns = "{" + ", ".join(f"'{name}': '{kind}'" for name, kind in types.items()) + "}"
        # COPY takes no bound parameters: quote the two paths as SQL string literals.
        source, target = (str(path).replace("'", "''") for path in (rows, out))
        conn.execute(
            f"COPY (SELECT * FROM read_json('{source}', format='newline_delimited',"
            f" columns={columns})) TO '{target}' (FORMAT parquet)"
        )
        conn.close()
    return count


def events_for(
    conn: Connection, flt: EventFilter, *, sort: str = "-date", limit: int | None = None
) -> Iterator[dict[str, Any]]:
    """Contract JSON of each row, with its linked event's fields (see ``/api/events``)."""
    for result in queries.pages(conn, flt, sort=sort, limit=limit):
        for row, fields in zip(result.rows, link_fields(conn, result.rows), strict=True):
            yield event_out(row) | fields


def write(
    conn: Connection, flt: EventFilter, fmt: str, out: IO[str] | Path,
    *, limit: int | None = None,
) -> int:  # fmt: skip
    """Export to a text stream (jsonl, csv, geojson) or a path (any format); returns events."""
    count = 0

    def counted() -> Iterator[dict[str, Any]]:
        nonlocal count
        for event in events_for(conn, flt, limit=limit):
            count += 1
            yield event

    if fmt == "parquet":
        if not isinstance(out, Path):
            raise SitroomError("--format parquet needs --out FILE")
        return write_parquet(counted(), out)
    chunks = {"jsonl": jsonl, "csv": csv_lines, "geojson": geojson}[fmt](counted())
    if isinstance(out, Path):
        with out.open("w", encoding="utf-8", newline="") as handle:
            handle.writelines(chunks)
    else:
        out.writelines(chunks)
    return count


router = APIRouter(tags=["export"])


@router.get("/api/export", response_model=None)
def export(
    db: Db,
    flt: Filter,
    format: Format = "jsonl",
    limit: Annotated[int | None, Query(ge=1, le=1_000_000)] = None,
) -> StreamingResponse | FileResponse:
    """Every matching linked event (``reports=true``: report) as JSONL, CSV, GeoJSON, Parquet."""
    name = f"sitroom-events.{format}"
    headers = {"Content-Disposition": f'attachment; filename="{name}"'}
    if format == "parquet":
        tmp = Path(tempfile.mkdtemp(prefix="sitroom-export-")) / name
        try:
            write_parquet(events_for(db.conn(), flt, limit=limit), tmp)
        except SitroomError as err:
            raise ApiError(501, "not_available", str(err)) from err
        return FileResponse(
            tmp, media_type=MEDIA[format], headers=headers,
            background=BackgroundTask(_remove, tmp),
        )  # fmt: skip

    def stream() -> Iterator[str]:
        # A streamed body is pulled from several threads: use a connection of its own.
        conn = db.connect(same_thread=False)
        try:
            yield from {"jsonl": jsonl, "csv": csv_lines, "geojson": geojson}[format](
                events_for(conn, flt, limit=limit)
            )
        finally:
            conn.close()

    return StreamingResponse(stream(), media_type=MEDIA[format], headers=headers)


def _remove(path: Path) -> None:
    path.unlink(missing_ok=True)
    path.parent.rmdir()
