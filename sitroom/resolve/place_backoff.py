"""Place a toponym the gazetteer does not know near the places mentioned with it.

The gazetteer holds every town of 500 people or more, so a name it lacks is most often a
smaller place (a village, a camp, a suburb) or a local spelling, and text names places
next to the places they lie in or near ("the village of X, near Y"; "X, a suburb of Y").
An unknown mention therefore takes the point of the nearest resolved mention in the text
that is a town, district or province; only when the document names no such place does it
take the country named nearest. Continents and macro-regions are too wide to say
anything. The result carries no name, gazetteer id or feature code, only the point,
country and resolution of the place it was put at: an estimate, not a resolution.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from sitroom.model import Place
from sitroom.resolve.gazetteer import WATER_CODES

_TOO_WIDE = frozenset({"CONT", "RGN", *WATER_CODES})
_COUNTRY = "PCLI"


def backoff(found: Sequence[Place]) -> list[Place]:
    """``found`` with every mention that has no point placed by its nearest neighbour."""
    anchors = [
        place for place in found if place.lat is not None and place.feature_code not in _TOO_WIDE
    ]
    local = [place for place in anchors if place.feature_code != _COUNTRY]
    result: list[Place] = []
    for place in found:
        if place.lat is not None:
            result.append(place)
            continue
        pool = local or anchors
        if not pool:
            result.append(place)
            continue
        anchor = min(pool, key=lambda other: (_gap(place, other), other.start))
        result.append(
            replace(
                place,
                country=anchor.country,
                lat=anchor.lat,
                lon=anchor.lon,
                resolution=anchor.resolution,
                admin1=anchor.admin1,
                estimated=True,
            )
        )
    return result


def _gap(place: Place, other: Place) -> int:
    """Characters between two mentions (0 when they touch or overlap)."""
    return max(other.start - place.end, place.start - other.end, 0)
