"""Data-file loading: validation errors name the file and the key (and the entry)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import BaseModel

from sitroom.datafile import EventTypes, load
from sitroom.errors import ConfigError


class Entry(BaseModel):
    name: str
    size: int


class File(BaseModel):
    entries: list[Entry]


class Rules(BaseModel):
    types: EventTypes


def test_valid_file_loads(tmp_path: Path) -> None:
    path = tmp_path / "ok.yml"
    path.write_text("entries:\n  - {name: a, size: 1}\n", "utf-8")
    assert load(path, File, what="test data").entries[0].size == 1


def test_invalid_entry_is_named(tmp_path: Path) -> None:
    path = tmp_path / "bad.yml"
    path.write_text("entries:\n  - {name: a, size: 1}\n  - {name: b, size: big}\n", "utf-8")
    with pytest.raises(ConfigError, match=r"bad\.yml: invalid test data at entries\.1 \(b\)\.size"):
        load(path, File, what="test data", name_entries=True)
    with pytest.raises(ConfigError, match=r"invalid test data at entries\.1\.size"):
        load(path, File, what="test data")


def test_unparsable_yaml_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "broken.yml"
    path.write_text("entries: [\n", "utf-8")
    with pytest.raises(ConfigError, match=r"broken\.yml: cannot read test data"):
        load(path, File, what="test data")


def test_event_types_are_checked_at_load(tmp_path: Path) -> None:
    good, bad = tmp_path / "good.yml", tmp_path / "bad.yml"
    good.write_text("types: [AGREE, ASSAULT]\n", "utf-8")
    bad.write_text("types: [AGREE, ASSUALT]\n", "utf-8")
    assert load(good, Rules, what="rules").types == {"AGREE", "ASSAULT"}
    with pytest.raises(ConfigError, match=r"types: .*unknown event types \['ASSUALT'\]"):
        load(bad, Rules, what="rules")
