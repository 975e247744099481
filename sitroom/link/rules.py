"""Linking rules and thresholds from ``rules.yml``, validated at load."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from sitroom.errors import ConfigError
from sitroom.model import EVENT_TYPES

RULES_PATH = Path(__file__).with_name("rules.yml")
STOPWORDS_PATH = Path(__file__).with_name("stopwords.txt")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class _Tolerance(_Strict):
    day: int = Field(ge=0)
    week: int = Field(ge=0)
    month: int = Field(ge=0)
    year: int = Field(ge=0)


class _Weights(_Strict):
    same_type: float
    compatible_type: float
    actor: float
    recipient: float
    crossed: float
    same_place: float
    nested_place: float
    exact_date: float
    near_date: float
    word: float
    name: float
    words_max: float
    undated: float


class _Fractions(_Strict):
    country_sector: float = Field(ge=0, le=1)
    country: float = Field(ge=0, le=1)


class _Stories(_Strict):
    cosine: float = Field(gt=0, le=1)
    window_days: int = Field(ge=0)
    top_terms: int = Field(ge=1)
    min_term_chars: int = Field(ge=1)


class _Cluster(_Strict):
    date_slack_days: int = Field(ge=0)
    sector_blocs: list[list[str]]

    @model_validator(mode="after")
    def _blocs_are_disjoint(self) -> _Cluster:
        seen: set[str] = set()
        for bloc in self.sector_blocs:
            for code in bloc:
                if code in seen:
                    raise ValueError(f"sector_blocs: {code} is in two blocs")
                seen.add(code)
        return self


class _RulesFile(_Strict):
    version: str
    compatible_types: list[list[str]]
    symmetric_types: list[str]
    date_tolerance_days: _Tolerance
    undated_lookback_days: int = Field(ge=0)
    max_interval_days: int = Field(ge=1)
    bucket_days: int = Field(ge=1)
    weights: _Weights
    match_fraction: _Fractions
    threshold: float = Field(gt=0)
    threshold_same_article: float = Field(gt=0)
    cluster: _Cluster
    stories: _Stories

    @model_validator(mode="after")
    def _groups_are_types(self) -> _RulesFile:
        for name in self.symmetric_types:
            if name not in EVENT_TYPES:
                raise ValueError(f"symmetric_types: unknown PLOVER type {name!r}")
        seen: set[str] = set()
        for group in self.compatible_types:
            for name in group:
                if name not in EVENT_TYPES:
                    raise ValueError(f"compatible_types: unknown PLOVER type {name!r}")
                if name in seen:
                    raise ValueError(f"compatible_types: {name} is in two groups")
                seen.add(name)
        return self


@dataclass(frozen=True, slots=True)
class Rules:
    """The validated rules; ``group`` maps each type to its blocking group."""

    version: str
    group: dict[str, str]
    symmetric: frozenset[str]
    tolerance: dict[str, int]
    undated_lookback_days: int
    max_interval_days: int
    bucket_days: int
    weights: dict[str, float]
    fraction: dict[str, float]
    threshold: float
    threshold_same_article: float
    cluster_date_slack_days: int
    sector_bloc: dict[str, int]  # sector code -> its bloc (see rules.yml ``sector_blocs``)
    story_cosine: float
    story_window_days: int
    story_top_terms: int
    min_term_chars: int
    stopwords: frozenset[str]


def parse_rules(
    raw: Any, *, source: str = "rules.yml", stopwords: frozenset[str] = frozenset()
) -> Rules:
    """Validate a rules mapping; a bad file raises ``ConfigError`` naming file and key."""
    try:
        spec = _RulesFile.model_validate(raw)
    except ValidationError as err:
        first = err.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "(top)"
        raise ConfigError(f"{source}: {where}: {first['msg']}") from err
    group = {name: name for name in EVENT_TYPES}
    for members in spec.compatible_types:
        for name in members:
            group[name] = "+".join(sorted(members))
    return Rules(
        version=spec.version,
        group=group,
        symmetric=frozenset(spec.symmetric_types),
        tolerance=spec.date_tolerance_days.model_dump(),
        undated_lookback_days=spec.undated_lookback_days,
        max_interval_days=spec.max_interval_days,
        bucket_days=spec.bucket_days,
        weights=spec.weights.model_dump(),
        fraction={"id": 1.0, **spec.match_fraction.model_dump()},
        threshold=spec.threshold,
        threshold_same_article=spec.threshold_same_article,
        cluster_date_slack_days=spec.cluster.date_slack_days,
        sector_bloc={
            code: number for number, bloc in enumerate(spec.cluster.sector_blocs) for code in bloc
        },
        story_cosine=spec.stories.cosine,
        story_window_days=spec.stories.window_days,
        story_top_terms=spec.stories.top_terms,
        min_term_chars=spec.stories.min_term_chars,
        stopwords=stopwords,
    )


@cache
def load_rules(path: Path = RULES_PATH) -> Rules:
    """The rules file, read and validated once per process."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        lines = STOPWORDS_PATH.read_text(encoding="utf-8").splitlines()
    except (OSError, yaml.YAMLError) as err:
        raise ConfigError(f"{path}: cannot read linking rules: {err}") from err
    stopwords = frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))
    return parse_rules(raw, source=str(path), stopwords=stopwords)
