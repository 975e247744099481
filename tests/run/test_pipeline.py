"""process_partition: order kept, bad records in place, failures isolated, workers agree."""

from __future__ import annotations

import datetime as dt

import pytest

from sitroom import run
from sitroom.model import Analysis, RawDocument, Skip, SkipReason
from sitroom.run import local, pipeline

pytestmark = pytest.mark.model


def _raw(doc_id: str, text: str) -> RawDocument:
    return RawDocument(doc_id=doc_id, source="t.jsonl", text=text, published=dt.date(2024, 3, 5))


RAWS: list[RawDocument | Skip] = [
    _raw("a", "Police arrested twelve protesters in Berlin on Sunday."),
    Skip(SkipReason.MALFORMED_JSON, "line is not JSON", "t.jsonl:2"),
    _raw("b", "The foreign ministers of France and Germany met in Paris on Monday."),
    _raw("c", "Russian forces shelled Kharkiv on Tuesday."),
]


def _ids(outcomes: list[Analysis | Skip]) -> list[str | None]:
    return [o.doc_id if isinstance(o, Skip) else o.article.doc_id for o in outcomes]


def test_order_is_kept_and_skips_stay_in_place() -> None:
    outcomes = list(run.process_partition(RAWS, batch_size=2))
    assert _ids(outcomes) == ["a", None, "b", "c"]
    assert isinstance(outcomes[1], Skip)


def test_a_failing_document_is_reported_and_the_rest_go_on(monkeypatch: pytest.MonkeyPatch) -> None:
    real = pipeline._analysis

    def flaky(article, doc, annotations, extractor):  # type: ignore[no-untyped-def]
        if article.doc_id == "b":
            raise RuntimeError("boom")
        return real(article, doc, annotations, extractor)

    monkeypatch.setattr(pipeline, "_analysis", flaky)
    outcomes = list(run.process_partition(RAWS, batch_size=8))
    assert _ids(outcomes) == ["a", None, "b", "c"]
    failed = outcomes[2]
    assert isinstance(failed, Skip) and failed.reason is SkipReason.FAILED
    assert "boom" in failed.detail
    assert isinstance(outcomes[3], Analysis)


def test_two_workers_give_the_same_output_as_one() -> None:
    one = list(local.run(RAWS, workers=1, batch_size=1))
    two = list(local.run(RAWS, workers=2, batch_size=1))
    assert one == two


def test_analyze_text_api() -> None:
    import sitroom

    analysis = sitroom.analyze(
        "Police arrested twelve protesters in Berlin.", published="2024-03-05"
    )
    assert analysis.article.published == dt.date(2024, 3, 5)
    assert analysis.sentences and analysis.entities


def test_text_over_max_chars_is_skipped_with_reason(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SITROOM_MAX_CHARS", "20")
    outcomes = list(run.process_partition([_raw("long", "A sentence well over twenty chars.")]))
    skip = outcomes[0]
    assert isinstance(skip, Skip) and skip.reason is SkipReason.TOO_LARGE
    assert "limit 20" in skip.detail
