"""Confidence: a raw score from features, mapped through a calibration table (data).

The raw score is a logistic combination of evidence features (pattern
strength, argument completeness, named-entity support, sentence length, quad
class, ...) whose weights were fitted on the dev sets' outputs (the ``news_*`` features,
never set on those short texts, on reviewed news articles instead). ``calibration.yml``
holds those weights and maps the raw score to a probability: isotonic
(pool-adjacent-violators) bins, interpolated linearly between bin centres, so the
map is monotonic and stays in [0, 1]. ``fit_weights`` and ``fit`` rebuild it.
"""

from __future__ import annotations

import functools
import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from pydantic import BaseModel, ConfigDict, Field, model_validator

from sitroom import datafile

CALIBRATION_FILE = Path(__file__).parent / "calibration.yml"
MIN_PROBABILITY, MAX_PROBABILITY = 0.05, 0.95
# The dev gold sets have at most this many sentences a document: the ``news_*``
# features fire only above it, so the dev-fitted part of the score is untouched.
SHORT_TEXT_SENTENCES = 5


@dataclass(frozen=True, slots=True)
class Features:
    """What the raw score is computed from (all cheap, all from the sentence)."""

    strength: float  # the pattern's prior
    has_actor: bool
    has_recipient: bool
    named_participant: bool  # a participant carries an NER label
    nominal: bool  # triggered by a noun rather than a verb
    sentence_tokens: int
    attributed: bool
    future: bool
    quad: int = 0  # PLOVER quad class of the coded type
    converted: bool = False  # retyped by a PLOVER rule (future -> AGREE, conditional -> THREATEN)
    merged: int = 1  # mentions of the same event in the document
    rivals: int = 0  # asserted events of other types in the same sentence (competing readings)
    document_sentences: int = 0  # sentences in the whole document (long-form news vs short gold)

    def vector(self) -> dict[str, float]:
        """Named feature values; ``calibration.yml`` holds one weight per name."""
        news = self.document_sentences > SHORT_TEXT_SENTENCES
        return {
            "bias": 1.0,
            "strength": self.strength,
            "has_actor": float(self.has_actor),
            "has_recipient": float(self.has_recipient),
            "named_participant": float(self.named_participant),
            "nominal": float(self.nominal),
            "long_sentence": float(self.sentence_tokens > 40),
            "attributed": float(self.attributed),
            "future": float(self.future),
            "converted": float(self.converted),
            "merged": float(min(self.merged - 1, 3)),
            "rivals": float(min(self.rivals, 3)),
            # News articles (longer than any dev text): a lower base rate, and reviewers
            # judge verbal conflict (quad 3) more often and material conflict (quad 4,
            # "attacked the plan") less often right than the dev gold does.
            "news_document": float(news),
            "news_quad3": float(news and self.quad == 3),
            "news_quad4": float(news and self.quad == 4),
            "quad1": float(self.quad == 1),
            "quad2": float(self.quad == 2),
            "quad3": float(self.quad == 3),
        }


def raw_score(features: Features, weights: dict[str, float] | None = None) -> float:
    """Logistic combination of the features with the fitted weights, in (0, 1)."""
    w = weights if weights is not None else table().weights
    z = sum(w.get(name, 0.0) * value for name, value in features.vector().items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


class Table(BaseModel):
    """Calibration points: raw score -> probability, both increasing."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    fitted_on: list[str] = []
    weights: dict[str, float] = Field(min_length=1)  # logistic weights per feature name
    points: list[tuple[float, float]] = Field(min_length=1)

    @model_validator(mode="after")
    def _monotonic(self) -> Table:
        raws = [raw for raw, _ in self.points]
        probs = [prob for _, prob in self.points]
        if raws != sorted(raws) or probs != sorted(probs):
            raise ValueError("points must increase in raw score and in probability")
        if not all(0.0 <= value <= 1.0 for value in raws + probs):
            raise ValueError("points must lie in [0, 1]")
        return self


@functools.cache
def table(path: Path = CALIBRATION_FILE) -> Table:
    return datafile.load(path, Table, what="calibration")


def calibrate(raw: float, points: Sequence[tuple[float, float]] | None = None) -> float:
    """Piecewise-linear, monotonic map of a raw score to a probability in [0, 1]."""
    pts = list(points if points is not None else table().points)
    if raw <= pts[0][0]:
        return pts[0][1]
    for (x0, y0), (x1, y1) in itertools.pairwise(pts):
        if raw <= x1:
            share = 0.0 if x1 == x0 else (raw - x0) / (x1 - x0)
            return y0 + share * (y1 - y0)
    return pts[-1][1]


def ece(probabilities: Sequence[float], outcomes: Sequence[float]) -> float:
    """Expected calibration error over ten equal-width bins, as ``score.py`` computes it
    (an outcome may be a share: two reviewers' verdicts averaged)."""
    bins: dict[int, list[tuple[float, float]]] = {}
    for p, y in zip(probabilities, outcomes, strict=True):
        bins.setdefault(min(int(p * 10), 9), []).append((p, y))
    n = max(1, len(probabilities))
    return sum(abs(sum(p for p, _ in b) - sum(y for _, y in b)) for b in bins.values()) / n


def fit(
    raws: Sequence[float],
    correct: Sequence[bool],
    *,
    bins: int = 8,
    low: float = MIN_PROBABILITY,
    high: float = MAX_PROBABILITY,
) -> list[tuple[float, float]]:
    """Isotonic fit (pool adjacent violators) summarised as ``bins`` equal-count points
    whose probabilities are clamped to [low, high]."""
    pairs = sorted(zip(raws, correct, strict=True))
    if not pairs:
        return [(0.0, 0.0), (1.0, 1.0)]
    # Blocks of [sum raw, sum correct, count], merged while they decrease.
    blocks: list[list[float]] = []
    for raw, ok in pairs:
        blocks.append([raw, float(ok), 1.0])
        while len(blocks) > 1 and blocks[-2][1] / blocks[-2][2] > blocks[-1][1] / blocks[-1][2]:
            last = blocks.pop()
            for k in range(3):
                blocks[-1][k] += last[k]
    # Spread blocks back over items, then take equal-count bins.
    items = [(b[0] / b[2], b[1] / b[2]) for b in blocks for _ in range(int(b[2]))]
    size = max(1, len(items) // bins)
    points: list[tuple[float, float]] = []
    for start in range(0, len(items), size):
        chunk = items[start : start + size]
        x = round(sum(raw for raw, _ in chunk) / len(chunk), 4)
        y = round(sum(acc for _, acc in chunk) / len(chunk), 4)
        if points and x <= points[-1][0]:
            continue
        # A dev bin that was always right still earns no certainty on unseen text.
        y = min(max(y, low), high)
        points.append((x, max(y, points[-1][1]) if points else y))
    return points


def fit_weights(
    vectors: Sequence[dict[str, float]],
    correct: Sequence[bool],
    *,
    l2: float = 1.0,
    steps: int = 3000,
    counts: Sequence[float] | None = None,
) -> dict[str, float]:
    """L2-regularised logistic regression by gradient descent (a dozen weights).

    ``counts`` weighs each item (an item counted k times is the same as k copies of it).
    """
    names = sorted({name for vector in vectors for name in vector})
    x = np.array([[vector.get(name, 0.0) for name in names] for vector in vectors])
    x = x.reshape(len(vectors), len(names))
    y = np.array([float(ok) for ok in correct])
    c = np.ones(len(y)) if counts is None else np.array(counts, dtype=float)
    n = max(1.0, float(c.sum()))
    # The bias is not shrunk: only evidence weights are regularised.
    shrink = np.array([0.0 if name == "bias" else l2 / n for name in names])
    w = np.zeros(len(names))
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30.0, 30.0)))
        w -= 0.5 * (x.T @ (c * (p - y)) / n + shrink * w)
    return {name: round(float(value), 4) for name, value in zip(names, w, strict=True)}
