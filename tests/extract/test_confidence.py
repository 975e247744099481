"""The calibration map is monotonic, stays in [0, 1], and its fit is isotonic."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sitroom.errors import ConfigError
from sitroom.extract import confidence
from tests.extract.conftest import Coder

unit = st.floats(min_value=0.0, max_value=1.0, allow_nan=False)


@given(unit, unit)
def test_calibration_is_monotonic_and_bounded(a: float, b: float) -> None:
    low, high = sorted((a, b))
    p_low, p_high = confidence.calibrate(low), confidence.calibrate(high)
    assert 0.0 <= p_low <= p_high <= 1.0


def test_packaged_table_is_fitted_and_capped() -> None:
    table = confidence.table()
    assert table.fitted_on, "calibration.yml should record the sets it was fitted on"
    assert table.points[-1][1] <= confidence.MAX_PROBABILITY


def test_raw_score_rises_with_evidence() -> None:
    weak = confidence.Features(
        strength=0.3, has_actor=False, has_recipient=False, named_participant=False,
        nominal=True, sentence_tokens=60, attributed=False, future=False, quad=4,
    )  # fmt: skip
    strong = confidence.Features(
        strength=0.8, has_actor=True, has_recipient=True, named_participant=True,
        nominal=False, sentence_tokens=20, attributed=False, future=False, quad=4,
    )  # fmt: skip
    assert confidence.raw_score(weak) < confidence.raw_score(strong)


def test_fit_is_isotonic() -> None:
    raws = [i / 100 for i in range(100)]
    correct = [(i % 10) < i // 10 for i in range(100)]  # accuracy rises with the raw score
    points = confidence.fit(raws, correct, bins=5)
    probs = [p for _, p in points]
    assert probs == sorted(probs)
    assert all(0.0 <= p <= 1.0 for p in probs)


def test_fit_weights_learns_the_sign() -> None:
    vectors = [{"bias": 1.0, "good": float(i % 2)} for i in range(200)]
    correct = [i % 2 == 1 for i in range(200)]
    weights = confidence.fit_weights(vectors, correct, l2=0.1, steps=500)
    assert weights["good"] > 1.0


def test_decreasing_table_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "calibration.yml"
    path.write_text(
        "weights: {bias: 0}\npoints:\n  - [0.2, 0.9]\n  - [0.8, 0.1]\n", encoding="utf-8"
    )
    with pytest.raises(ConfigError, match=r"calibration\.yml"):
        confidence.table.__wrapped__(path)


def _features(document_sentences: int, quad: int = 4) -> confidence.Features:
    return confidence.Features(
        strength=0.8, has_actor=True, has_recipient=True, named_participant=True,
        nominal=False, sentence_tokens=20, attributed=False, future=False, quad=quad,
        document_sentences=document_sentences,
    )  # fmt: skip


NEWS = ("news_document", "news_quad3", "news_quad4")


def test_news_features_are_unset_on_short_texts() -> None:
    # The dev sets have at most 5 sentences a document: there the features are 0 and the
    # score is what the dev fit made it.
    for n in (0, 1, 5):
        for quad in (1, 2, 3, 4):
            assert not any(_features(n, quad).vector()[name] for name in NEWS)
    assert _features(6, 3).vector()["news_quad3"] == 1.0
    assert _features(6, 4).vector()["news_quad4"] == 1.0


def test_news_length_document_scores_lower() -> None:
    # A 6-12 sentence wire story is news too (long_document only fired above 12).
    for quad in (1, 2, 3, 4):
        short, news = _features(5, quad), _features(8, quad)
        assert confidence.raw_score(news) < confidence.raw_score(short)


def test_news_verbal_conflict_loses_less_than_material_conflict() -> None:
    def drop(quad: int) -> float:
        return confidence.raw_score(_features(5, quad)) - confidence.raw_score(_features(20, quad))

    assert drop(3) < drop(1) < drop(4)


def test_event_deep_in_a_long_document_scores_lower(code: Coder) -> None:
    event = "Syrian government forces shelled the town of Douma on Monday."
    filler = [
        f"The {word} committee will publish its annual report next spring."
        for word in (
            "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
            "eighth", "ninth", "tenth", "eleventh", "twelfth",
        )
    ]  # fmt: skip
    short = [c for c in code(event) if c.event_type == "ASSAULT"]
    text = " ".join([*filler[:9], event, *filler[9:]])
    long = [c for c in code(text) if c.event_type == "ASSAULT"]
    assert len(short) == 1 and len(long) == 1
    assert long[0].sentence_index >= 8
    assert long[0].score < short[0].score


def test_fit_weights_counts_are_copies() -> None:
    vectors = [{"bias": 1.0, "good": float(i % 3 == 0)} for i in range(30)]
    correct = [i % 3 == 0 or i % 5 == 0 for i in range(30)]
    counts = [1 + i % 2 for i in range(30)]
    copied = [(v, ok) for v, ok, k in zip(vectors, correct, counts, strict=True) for _ in range(k)]
    by_count = confidence.fit_weights(vectors, correct, l2=2.0, steps=300, counts=counts)
    by_copy = confidence.fit_weights(
        [v for v, _ in copied], [ok for _, ok in copied], l2=2.0, steps=300
    )
    assert by_count == pytest.approx(by_copy, abs=1e-4)


def test_ece_weighs_each_bin_by_its_share() -> None:
    # Bin 0.8-0.9: scores sum to 1.65, 1 right (gap 0.65); bin 0.2-0.3: 0.2, none right.
    assert confidence.ece([0.8, 0.85, 0.2], [1.0, 0.0, 0.0]) == pytest.approx((0.65 + 0.2) / 3)
    assert confidence.ece([0.5, 0.5], [0.5, 0.5]) == pytest.approx(0.0)  # averaged verdicts
