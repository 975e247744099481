"""One SETTINGS table. Precedence: CLI > environment ``SITROOM_*`` > ``sitroom.toml`` > default."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sitroom.errors import ConfigError


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    default: Any
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("db", "sitroom.db", "Path of the SQLite store (or a postgresql:// URL)."),
    Setting(
        "data_dir", None, "Where built data (the gazetteer index) lives; default ~/.cache/sitroom."
    ),
    Setting(
        "max_bytes", 50_000_000, "Inputs larger than this many bytes are skipped as too large."
    ),
    Setting(
        "max_chars", 1_000_000, "Cleaned texts longer than this are skipped (spaCy's own limit)."
    ),
    Setting("batch_size", 32, "Documents per spaCy batch and per store transaction."),
    Setting("workers", 1, "Worker processes for analyze/ingest."),
    Setting(
        "doc_timeout", 120, "Seconds one document may take before it is skipped (workers > 1)."
    ),
)

_BY_NAME = {setting.name: setting for setting in SETTINGS}


def _from_toml(path: Path) -> dict[str, Any]:
    if not path.exists():
        return {}
    try:
        with path.open("rb") as handle:
            table = tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as err:
        raise ConfigError(f"{path}: {err}") from err
    values = table.get("sitroom", table)
    unknown = sorted(set(values) - set(_BY_NAME))
    if unknown:
        raise ConfigError(f"{path}: unknown setting(s) {', '.join(unknown)}")
    return dict(values)


def get(name: str, override: Any = None, *, config: Path = Path("sitroom.toml")) -> Any:
    """The value of one setting, honouring the precedence rule."""
    if name not in _BY_NAME:
        raise ConfigError(f"unknown setting {name!r}")
    if override is not None:
        return override
    env = os.environ.get(f"SITROOM_{name.upper()}")
    default = _BY_NAME[name].default
    if env is not None:
        if isinstance(default, int) and not isinstance(default, bool):
            try:
                return int(env)
            except ValueError as err:
                raise ConfigError(f"SITROOM_{name.upper()}={env!r} is not a whole number") from err
        return env
    file_values = _from_toml(config)
    if name in file_values:
        return file_values[name]
    return default


def data_dir() -> Path:
    """Folder for data built at set-up (gazetteer index); created on demand."""
    configured = get("data_dir")
    base = Path(configured) if configured else Path.home() / ".cache" / "sitroom"
    base.mkdir(parents=True, exist_ok=True)
    return base
