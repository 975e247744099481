"""Event coder: spaCy Doc -> PLOVER ``EventCandidate`` list (patterns are data)."""

from sitroom.extract.coder import EXTRACTOR, events

__all__ = ["EXTRACTOR", "events"]
