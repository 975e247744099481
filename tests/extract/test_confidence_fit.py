"""The offline refit (eval/fit_calibration.py): labelling and leave-one-set-out."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from sitroom.extract import confidence


def _script() -> ModuleType:
    path = Path(__file__).resolve().parents[2] / "eval" / "fit_calibration.py"
    spec = importlib.util.spec_from_file_location("fit_calibration", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses resolve their annotations through it
    spec.loader.exec_module(module)
    return module


fc = _script()


def _features(strong: bool) -> confidence.Features:
    return confidence.Features(
        strength=0.8 if strong else 0.3, has_actor=True, has_recipient=strong,
        named_participant=strong, nominal=not strong, sentence_tokens=20,
        attributed=False, future=False, quad=4,
    )  # fmt: skip


def _set(right: int) -> list[Any]:
    """Ten one-candidate documents, ``right`` of them holding a gold event of the type."""
    return [fc.Group(int(i < right), (_features(i % 2 == 0),)) for i in range(10)]


def test_label_matches_the_most_confident_candidates_first() -> None:
    group = fc.Group(1, (_features(False), _features(True)))
    assert [(f.strength, ok) for f, ok in fc.label([group])] == [(0.8, True), (0.3, False)]


def test_leave_one_out_holds_each_set_out(monkeypatch: pytest.MonkeyPatch) -> None:
    found = {"a": _set(9), "b": _set(9), "c": _set(1)}
    trained_on: list[set[str]] = []
    real = fc.fit_sets

    def spy(train: dict[str, Any], setting: object) -> object:
        trained_on.append(set(train))
        return real(train, setting)

    monkeypatch.setattr(fc, "fit_sets", spy)
    ecs = fc.leave_one_out(found, fc.Setting(l2=1.0, bins=2))
    assert trained_on == [{"b", "c"}, {"a", "c"}, {"a", "b"}]
    assert set(ecs) == {"a", "b", "c"}
    # Fitted on two mostly right sets, the mostly wrong one is badly over-confident;
    # a mostly right set is scored by a fit that saw one like it.
    assert ecs["c"] > 0.6
    assert ecs["a"] < ecs["c"]
