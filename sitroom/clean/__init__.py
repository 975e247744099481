"""clean: raw documents -> articles (HTML extraction, debris, splitting dumps, dates).

``clean(raw) -> list[Article] | Skip`` is the stage's verb; the debris rules
are data in ``debris.yml``.
"""

from sitroom.clean.cleaner import clean

__all__ = ["clean"]
