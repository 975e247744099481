"""Validation of ``resolve/lookups/time.yml``: a bad file names the file and the key."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from sitroom.errors import ConfigError
from sitroom.resolve.time_lookups import LOOKUP_FILE, load_rules


def write(tmp_path: Path, data: object) -> Path:
    path = tmp_path / "time.yml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    return path


def packaged() -> dict[str, object]:
    data = yaml.safe_load(LOOKUP_FILE.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def test_packaged_rules_load() -> None:
    rules = load_rules()
    assert any(entry.id == "now" for entry in rules.lexicon)
    assert rules.reject.fullmatch("6-year-old")


@pytest.mark.parametrize(
    ("change", "key"),
    [
        ({"reject": ["("]}, "reject"),
        ({"future_cues": "(unclosed"}, "future_cues"),
        ({"strip_leading": [True]}, "strip_leading.0"),
        ({"lexicon": [{"id": "x", "pattern": "now", "value": "NOW_REF"}]}, "lexicon.0.value"),
        ({"lexicon": [{"id": "x", "pattern": "now", "value": None, "typo": 1}]}, "lexicon.0.typo"),
        ({"part_of_day": None}, "part_of_day"),
        ({"holidays": [{"id": "x", "names": "x day", "month": 13, "day": 1}]}, "holidays.0.month"),
        ({"holidays": [{"id": "x", "names": "x day", "month": 1}]}, "holidays.0"),  # no rule
        (
            {"holidays": [{"id": "x", "names": "x", "month": 1, "day": 1, "easter": 0}]},
            "holidays.0",
        ),  # two rules
        ({"holidays": [{"id": "x", "names": "(", "easter": 0}]}, "holidays.0.names"),
    ],
)
def test_invalid_rules_raise_config_error_naming_file_and_key(
    tmp_path: Path, change: dict[str, object], key: str
) -> None:
    path = write(tmp_path, packaged() | change)
    with pytest.raises(ConfigError) as caught:
        load_rules(path)
    assert str(path) in str(caught.value)
    assert key in str(caught.value)


def test_missing_key_raises_config_error(tmp_path: Path) -> None:
    data = packaged()
    del data["split_on"]
    with pytest.raises(ConfigError, match="split_on"):
        load_rules(write(tmp_path, data))


def test_unreadable_file_raises_config_error(tmp_path: Path) -> None:
    path = tmp_path / "time.yml"
    path.write_text("lexicon: [unclosed", encoding="utf-8")
    with pytest.raises(ConfigError, match="cannot read"):
        load_rules(path)
    with pytest.raises(ConfigError, match="cannot read"):
        load_rules(tmp_path / "missing.yml")


def test_holidays_load_with_their_rules() -> None:
    rules = load_rules()
    by_id = {rule.id: rule for rule in rules.holidays}
    assert (by_id["christmas"].month, by_id["christmas"].day) == (12, 25)
    assert (by_id["thanksgiving-us"].weekday, by_id["thanksgiving-us"].nth) == (3, 4)
    assert by_id["easter"].easter == 0
    assert any(entry.id == "holiday" for entry in rules.lexicon)
