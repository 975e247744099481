"""Analyst reviews: confirm, reject or correct an event, with an audit row for every change.

A correction is written into the event itself (flat columns, actors and ``data``) so that
every filter, aggregate and export sees the reviewed values; ``event_reviews`` keeps the
original coding and the reviewed one, and ``review_audit`` every step from one to the
other. Re-ingesting a changed article re-codes its events; ``reapply`` puts the reviews
back on top of the fresh coding (the fresh coding becomes the new ``original``).
A date set by an analyst has ``date_source`` ``review`` (``REVIEWED_DATE``); a date
cleared by one, ``none``.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any, Literal

from sitroom.errors import StoreError
from sitroom.store import dialect
from sitroom.store.dialect import DB_ERRORS, Connection

Action = Literal["confirm", "reject", "correct"]
STATUS: dict[str, str] = {"confirm": "confirmed", "reject": "rejected", "correct": "corrected"}
# The date_source of a date an analyst set, beside the coder's text, context, published, none.
REVIEWED_DATE = "review"


@dataclass(frozen=True, slots=True)
class ReviewResult:
    status: str
    before: dict[str, Any]
    after: dict[str, Any]


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def current_data(conn: Connection, event_id: str) -> dict[str, Any] | None:
    row = conn.execute("SELECT data FROM events WHERE event_id = ?", (event_id,)).fetchone()
    return json.loads(row[0]) if row else None


def apply(
    conn: Connection,
    event_id: str,
    *,
    action: Action,
    after: dict[str, Any],
    reviewer: str,
    reason: str,
) -> ReviewResult:
    """Record one review in one transaction; ``after`` is the full event JSON to keep."""
    try:
        dialect.begin_write(conn)
        before = current_data(conn, event_id)
        if before is None:
            raise StoreError(f"no event {event_id!r}")
        now = _now()
        review = conn.execute(
            "SELECT original FROM event_reviews WHERE event_id = ?", (event_id,)
        ).fetchone()
        original = review[0] if review else json.dumps(before, ensure_ascii=False)
        status = STATUS[action]
        after_text = json.dumps(after, ensure_ascii=False)
        conn.execute(
            "INSERT INTO event_reviews VALUES (?,?,?,?,?,?,?) ON CONFLICT(event_id) DO UPDATE SET"
            " status = excluded.status, current = excluded.current,"
            " reviewer = excluded.reviewer, reviewed_at = excluded.reviewed_at,"
            " reason = excluded.reason",
            (event_id, status, original, after_text, reviewer, now, reason),
        )
        conn.execute(
            "INSERT INTO review_audit (event_id, reviewer, at, action, before, after, reason)"
            " VALUES (?,?,?,?,?,?,?)",
            (event_id, reviewer, now, action, json.dumps(before, ensure_ascii=False),
             after_text, reason),
        )  # fmt: skip
        if after != before:
            _write_coding(conn, event_id, after)
        conn.execute("COMMIT")
    except StoreError:
        dialect.rollback(conn)
        raise
    except DB_ERRORS as err:
        dialect.rollback(conn)
        raise StoreError(f"cannot record the review of {event_id}: {err}") from err
    return ReviewResult(status, before, after)


def _write_coding(conn: Connection, event_id: str, data: dict[str, Any]) -> None:
    """Put reviewed values where the queries look: flat columns, actor rows and ``data``."""
    location = data.get("location") or {}
    conn.execute(
        "UPDATE events SET event_type = ?, mode = ?, quad = ?, cameo = ?, date = ?,"
        " date_precision = ?, date_source = ?, negated = ?, hypothetical = ?, future = ?,"
        " historical = ?, lat = ?, lon = ?, place = ?, data = ? WHERE event_id = ?",
        (
            data["event_type"], data.get("mode"), data.get("quad"), data.get("cameo"),
            data.get("date"), data.get("date_precision") or "none", data.get("date_source"),
            int(data["negated"]), int(data["hypothetical"]), int(data["future"]),
            int(data["historical"]),
            location.get("lat"), location.get("lon"),
            location.get("name") or location.get("text"),
            json.dumps(data, ensure_ascii=False), event_id,
        ),
    )  # fmt: skip
    conn.execute("DELETE FROM event_actors WHERE event_id = ?", (event_id,))
    conn.executemany(
        "INSERT INTO event_actors VALUES (?,?,?,?,?,?,?,?)",
        [
            (event_id, role, i, a.get("text") or a.get("name") or "", a.get("name"),
             a.get("country"), a.get("sector"), a.get("id"))
            for role in ("actor", "recipient")
            for i, a in enumerate(data.get(role) or [])
        ],
    )  # fmt: skip


def history(conn: Connection, event_id: str) -> dict[str, Any] | None:
    """The original coding, the current one, the review status and every audit row."""
    current = current_data(conn, event_id)
    if current is None:
        return None
    review = conn.execute(
        "SELECT status, original FROM event_reviews WHERE event_id = ?", (event_id,)
    ).fetchone()
    audit = conn.execute(
        "SELECT audit_id, reviewer, at, action, before, after, reason FROM review_audit"
        " WHERE event_id = ? ORDER BY audit_id",
        (event_id,),
    ).fetchall()
    return {
        "event_id": event_id,
        "status": review["status"] if review else None,
        "original": json.loads(review["original"]) if review else current,
        "current": current,
        "audit": [
            {
                "id": row["audit_id"],
                "reviewer": row["reviewer"],
                "at": row["at"],
                "action": row["action"],
                "reason": row["reason"],
                "before": json.loads(row["before"]),
                "after": json.loads(row["after"]),
            }
            for row in audit
        ],
    }


def reapply(conn: Connection) -> int:
    """Re-apply reviews over events that were re-coded since; returns how many were."""
    rows = conn.execute(
        "SELECT r.event_id, r.current, e.data FROM event_reviews r"
        " JOIN events e ON e.event_id = r.event_id WHERE r.current != e.data"
    ).fetchall()
    try:
        dialect.begin_write(conn)
        for row in rows:
            conn.execute(
                "UPDATE event_reviews SET original = ? WHERE event_id = ?",
                (row["data"], row["event_id"]),
            )
            _write_coding(conn, row["event_id"], json.loads(row["current"]))
        conn.execute("COMMIT")
    except DB_ERRORS as err:
        dialect.rollback(conn)
        raise StoreError(f"cannot re-apply reviews: {err}") from err
    return len(rows)
