"""CAMEO code, quad class and PLOVER intensity of a type and mode, from ``codebook.yml``."""

from __future__ import annotations

import functools
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from sitroom import datafile
from sitroom.errors import ConfigError
from sitroom.model import EVENT_TYPES

CODEBOOK_FILE = Path(__file__).parent / "codebook.yml"
VERBAL_QUADS = frozenset({1, 3})  # verbal cooperation and verbal conflict


class ModeEntry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    cameo: str
    intensity: float | None = None  # PLOVER base score of the mode, when the manual gives one


class TypeEntry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    quad: int = Field(ge=1, le=4)
    intensity: float = Field(ge=-10, le=10)
    cameo: str
    modes: dict[str, ModeEntry] = {}
    future_of: dict[str, str] = {}  # AGREE only: CAMEO code for a future form of a type
    threat_mode: str | None = None  # THREATEN mode when this type is announced or made conditional
    threat_modes: dict[str, str] = {}  # ... by the mode of this type, where it differs


class Codebook(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    types: dict[str, TypeEntry]

    def check(self, path: Path) -> None:
        missing = [name for name in EVENT_TYPES if name not in self.types]
        unknown = [name for name in self.types if name not in EVENT_TYPES]
        if missing or unknown:
            raise ConfigError(f"{path}: types: missing {missing}, unknown {unknown}")


@functools.cache
def load(path: Path = CODEBOOK_FILE) -> Codebook:
    book = datafile.load(path, Codebook, what="codebook")
    book.check(path)
    return book


def threat_mode(event_type: str, mode: str | None) -> str | None:
    """The THREATEN mode of a threatened ``event_type`` action."""
    entry = load().types[event_type]
    if mode is not None and mode in entry.threat_modes:
        return entry.threat_modes[mode]
    return entry.threat_mode


def known_mode(event_type: str, mode: str | None) -> bool:
    return mode is None or mode in load().types[event_type].modes


def codes(
    event_type: str, mode: str | None, *, future_of: str | None = None
) -> tuple[str, int, float]:
    """``(cameo, quad, intensity)``: the mode's values where it has them, else the type's."""
    entry = load().types[event_type]
    cameo, intensity = entry.cameo, entry.intensity
    if future_of is not None and future_of in entry.future_of:
        cameo = entry.future_of[future_of]
    if mode is not None and mode in entry.modes:
        cameo = entry.modes[mode].cameo
        mode_intensity = entry.modes[mode].intensity
        if mode_intensity is not None:
            intensity = mode_intensity
    return cameo, entry.quad, intensity
