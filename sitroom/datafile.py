"""Versioned YAML data files: read, validate with pydantic, fail naming file and key."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, TypeVar

import yaml
from pydantic import AfterValidator, BaseModel, ValidationError

from sitroom.errors import ConfigError
from sitroom.model import EVENT_TYPES

M = TypeVar("M", bound=BaseModel)


def _known_event_types(types: frozenset[str]) -> frozenset[str]:
    unknown = types - set(EVENT_TYPES)
    if unknown:
        raise ValueError(f"unknown event types {sorted(unknown)}")
    return types


# A data file's set of PLOVER event types, checked at load ("ASSUALT" fails naming the key).
EventTypes = Annotated[frozenset[str], AfterValidator(_known_event_types)]


def error_key(error: ValidationError, raw: Any = None) -> str:
    """``key.path: message`` of the first error; a list entry is named by its id or name."""
    first = error.errors()[0]
    loc = first["loc"]
    key = ".".join(str(part) for part in loc) or "<root>"
    # Name the entry, not only its index: "persons.12 (Vladimir Putin).offices.0.from".
    if len(loc) > 1 and isinstance(loc[1], int) and isinstance(raw, dict):
        try:
            entry = raw[loc[0]][loc[1]]
            label = entry.get("id") or entry.get("name") or entry.get("code")
        except (KeyError, IndexError, TypeError, AttributeError):
            label = None
        if label:
            key = f"{loc[0]}.{loc[1]} ({label})" + "".join(f".{part}" for part in loc[2:])
    return f"{key}: {first['msg']}"


def read_yaml(path: Path, *, what: str) -> Any:
    """The parsed YAML of ``path``; ``ConfigError`` when it cannot be read or parsed."""
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as err:
        raise ConfigError(f"{path}: cannot read {what}: {err}") from err


def load(path: Path, model: type[M], *, what: str, name_entries: bool = False) -> M:
    """Read ``path`` and validate it as ``model``; errors name the file and the key.

    With ``name_entries`` a list entry in the key is also named by its id or name.
    """
    raw = read_yaml(path, what=what)
    try:
        return model.model_validate(raw)
    except ValidationError as err:
        key = error_key(err, raw if name_entries else None)
        raise ConfigError(f"{path}: invalid {what} at {key}") from err
