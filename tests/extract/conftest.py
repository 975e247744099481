"""Shared fixtures: the spaCy model is loaded once per test session."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from sitroom import extract, nlp
from sitroom.model import Article, EventCandidate

Coder = Callable[[str], list[EventCandidate]]


@pytest.fixture(scope="session")
def pipeline() -> Language:
    return nlp.load()


@pytest.fixture(scope="session")
def code(pipeline: Language) -> Coder:
    """Text -> the coder's candidates, through the real NLP stage."""

    def run(text: str) -> list[EventCandidate]:
        article = Article(article_id="t", doc_id="t", source="test", text=text)
        doc, annotations = nlp.annotate(article, nlp=pipeline)
        return extract.events(doc, annotations)

    return run


def asserted(candidates: list[EventCandidate]) -> list[EventCandidate]:
    return [c for c in candidates if not c.flags.negated and not c.flags.hypothetical]


def of_type(candidates: list[EventCandidate], event_type: str) -> list[EventCandidate]:
    return [c for c in candidates if c.event_type == event_type]


def by_pattern(code: Coder, text: str, pattern: str) -> list[tuple[str, list[str], list[str]]]:
    """(type, actor texts, recipient texts) of the candidates ``pattern`` coded in ``text``."""
    return [
        (c.event_type, [a.text for a in c.actors], [r.text for r in c.recipients])
        for c in code(text)
        if c.pattern == pattern
    ]


def type_patterns(code: Coder, text: str) -> set[tuple[str, str]]:
    """(type, pattern) of every candidate coded in ``text``."""
    return {(c.event_type, c.pattern) for c in code(text)}


def roles(code: Coder, text: str, trigger: str) -> tuple[list[str], list[str]]:
    """Actors and recipients of the event whose trigger contains ``trigger``."""
    found = [c for c in code(text) if trigger in c.trigger.text]
    assert found, f"no event on {trigger!r} in {text!r}"
    return [m.text for m in found[0].actors], [m.text for m in found[0].recipients]
