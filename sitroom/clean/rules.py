"""The debris rules of ``debris.yml``, validated at load (pydantic at the edge)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from sitroom.errors import ConfigError

RULES_FILE = Path(__file__).with_name("debris.yml")


class _RulesFile(BaseModel):
    """The schema of ``debris.yml``; unknown keys are errors, not silently ignored."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    lines: list[str]
    patterns: list[str]
    share_words: list[str]
    credits: list[str]
    repeat_min_chars: int = Field(ge=1)
    repeat_min_words: int = Field(ge=1)
    repeat_window: int = Field(ge=1)
    headline_max_words: int = Field(ge=1)
    headline_window: int = Field(ge=1)

    @field_validator("patterns", "credits")
    @classmethod
    def _compiles(cls, values: list[str]) -> list[str]:
        for value in values:
            try:
                re.compile(value)
            except re.error as err:
                raise ValueError(f"bad regex {value!r}: {err}") from err
        return values

    @field_validator("credits")
    @classmethod
    def _has_credit_group(cls, values: list[str]) -> list[str]:
        for value in values:
            if "credit" not in re.compile(value).groupindex:
                raise ValueError(f"credit regex {value!r} lacks a (?P<credit>...) group")
        return values


@dataclass(frozen=True, slots=True)
class Rules:
    """Compiled debris rules."""

    lines: frozenset[str]
    patterns: tuple[re.Pattern[str], ...]
    share_words: frozenset[str]
    credits: tuple[re.Pattern[str], ...]
    repeat_min_chars: int
    repeat_min_words: int
    repeat_window: int
    headline_max_words: int
    headline_window: int


def _error(path: Path, err: ValidationError) -> ConfigError:
    first = err.errors()[0]
    key = ".".join(str(part) for part in first["loc"]) or "<root>"
    return ConfigError(f"{path}: key {key}: {first['msg']}")


def parse_rules(text: str, *, path: Path = RULES_FILE) -> Rules:
    """Validate and compile rules given as YAML text; ``ConfigError`` names file and key."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as err:
        raise ConfigError(f"{path}: invalid YAML: {err}") from err
    try:
        spec = _RulesFile.model_validate(data)
    except ValidationError as err:
        raise _error(path, err) from err
    return Rules(
        lines=frozenset(line.strip().casefold() for line in spec.lines),
        patterns=tuple(re.compile(pattern) for pattern in spec.patterns),
        share_words=frozenset(word.casefold() for word in spec.share_words),
        # Anchored at the end of the trimmed line: a credit closes a caption.
        credits=tuple(re.compile(rf"(?:{pattern})\s*$") for pattern in spec.credits),
        repeat_min_chars=spec.repeat_min_chars,
        repeat_min_words=spec.repeat_min_words,
        repeat_window=spec.repeat_window,
        headline_max_words=spec.headline_max_words,
        headline_window=spec.headline_window,
    )


@cache
def load_rules(path: Path = RULES_FILE) -> Rules:
    """The rules of ``path`` (the packaged ``debris.yml`` by default), loaded once."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as err:
        raise ConfigError(f"{path}: cannot read: {err}") from err
    return parse_rules(text, path=path)
