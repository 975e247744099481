"""Review endpoints: confirm, reject or correct an event (token only), and its history.

No token configured: every write is refused with 403 (the server is read-only).
A token configured but missing or wrong in ``Authorization: Bearer ...``: 401.
"""

from __future__ import annotations

import hmac
import re
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Header, Request
from pydantic import BaseModel, ConfigDict, Field

from sitroom.errors import SitroomError
from sitroom.extract import codebook
from sitroom.model import EVENT_TYPES
from sitroom.serve.api_db import Db, event_out, fetch_event
from sitroom.serve.api_errors import ApiError
from sitroom.store import review

router = APIRouter(prefix="/api/events", tags=["review"])

EventType = Literal[EVENT_TYPES]  # type: ignore[valid-type]
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
PRECISION = {4: "year", 7: "month", 10: "day"}


class ActorIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str | None = Field(None, max_length=200)
    name: str | None = Field(None, max_length=200)
    country: str | None = Field(None, pattern=r"^[A-Z]{3}$")
    sector: str | None = Field(None, pattern=r"^[A-Z]{2,4}$")
    id: str | None = Field(None, max_length=200)


class PlaceIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=200)
    country: str | None = Field(None, pattern=r"^[A-Z]{3}$")
    lat: float | None = Field(None, ge=-90, le=90)
    lon: float | None = Field(None, ge=-180, le=180)


class Changes(BaseModel):
    """The fields an analyst may correct; a field left out keeps its coded value."""

    model_config = ConfigDict(extra="forbid")

    event_type: EventType | None = None
    mode: str | None = Field(None, max_length=40)
    actor: list[ActorIn] | None = Field(None, max_length=20)
    recipient: list[ActorIn] | None = Field(None, max_length=20)
    location: PlaceIn | None = None
    date: str | None = Field(None, pattern=DATE.pattern)
    negated: bool | None = None
    hypothetical: bool | None = None
    future: bool | None = None
    historical: bool | None = None


class ReviewIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    action: Literal["confirm", "reject", "correct"]
    reason: str = Field(min_length=1, max_length=2000)
    reviewer: str = Field("analyst", min_length=1, max_length=100)
    changes: Changes | None = None


def require_token(request: Request, authorization: str | None) -> None:
    token: str | None = request.app.state.token
    if token is None:
        raise ApiError(403, "read_only", "reviews are disabled: no SITROOM_API_TOKEN configured")
    scheme, _, given = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.encode(), token.encode()):
        raise ApiError(
            401, "unauthorized", "a valid 'Authorization: Bearer <token>' header is needed",
            headers={"WWW-Authenticate": "Bearer"},
        )  # fmt: skip


def corrected(before: dict[str, Any], changes: Changes) -> dict[str, Any]:
    """The event JSON with the analyst's values; codes derived from the type follow it."""
    after = {key: value for key, value in before.items() if key not in {"review"}}
    given = changes.model_fields_set
    for key in ("negated", "hypothetical", "future", "historical"):
        if key in given and getattr(changes, key) is not None:
            after[key] = getattr(changes, key)
    for role in ("actor", "recipient"):
        actors = getattr(changes, role)
        if role in given and actors is not None:
            after[role] = [
                {"text": a.text or a.name, "name": a.name, "country": a.country,
                 "sector": a.sector, "id": a.id, "start": None, "end": None, "antecedent": None}
                for a in actors
            ]  # fmt: skip
    if "location" in given:
        place = changes.location
        after["location"] = (
            None
            if place is None
            else {"text": place.name, "start": None, "end": None, "name": place.name,
                  "country": place.country, "lat": place.lat, "lon": place.lon,
                  "geonameid": None, "feature_code": None, "resolution": None}
        )  # fmt: skip
    if "date" in given:
        after["date"] = changes.date
        after["date_precision"] = PRECISION[len(changes.date)] if changes.date else "none"
        # The analyst vouches for the date (even one resubmitted unchanged): no longer the
        # coder's reading, nor a publication-day stand-in.
        after["date_source"] = review.REVIEWED_DATE if changes.date else "none"
    if "event_type" in given or "mode" in given:
        event_type = changes.event_type or after["event_type"]
        mode = changes.mode if "mode" in given else after.get("mode")
        if event_type != after["event_type"] and "mode" not in given:
            mode = None  # the old mode belongs to the old type
        if not codebook.known_mode(event_type, mode):
            raise ApiError(422, "invalid_request", f"mode {mode!r} is not a mode of {event_type}")
        cameo, quad, intensity = codebook.codes(event_type, mode)
        after.update(event_type=event_type, mode=mode, cameo=cameo, quad=quad,
                     intensity=intensity)  # fmt: skip
    return after


@router.post("/{event_id}/review")
def review_event(
    request: Request,
    db: Db,
    event_id: str,
    body: ReviewIn,
    authorization: Annotated[str | None, Header()] = None,
) -> dict[str, Any]:
    """Confirm, reject or correct an event; the change and its reason go to the audit trail."""
    require_token(request, authorization)
    conn = db.conn()
    before = event_out(fetch_event(conn, event_id))
    for key in ("review", "article_id", "doc_id"):
        before.pop(key, None)
    if body.action == "correct":
        if body.changes is None or not body.changes.model_fields_set:
            raise ApiError(422, "invalid_request", "a correction needs 'changes'")
        after = corrected(before, body.changes)
    elif body.changes is not None:
        raise ApiError(422, "invalid_request", f"'{body.action}' takes no 'changes'")
    else:
        after = before
    try:
        review.apply(
            conn, event_id, action=body.action, after=after,
            reviewer=body.reviewer, reason=body.reason,
        )  # fmt: skip
    except SitroomError as err:
        raise ApiError(409, "conflict", str(err)) from err
    return event_out(fetch_event(conn, event_id))


@router.get("/{event_id}/history")
def event_history(db: Db, event_id: str) -> dict[str, Any]:
    """The original coding, the current one and every review step (who, when, why)."""
    result = review.history(db.conn(), event_id)
    if result is None:
        raise ApiError(404, "not_found", f"no event {event_id!r}")
    return result
