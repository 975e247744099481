"""The rules file is validated at load: a bad file names the file and the key."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from sitroom.errors import ConfigError
from sitroom.link.rules import RULES_PATH, load_rules, parse_rules


def _raw() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(RULES_PATH.read_text(encoding="utf-8"))
    return data


def test_rules_load_with_groups_and_stopwords() -> None:
    rules = load_rules()
    assert rules.group["ASSAULT"] == rules.group["COERCE"] != rules.group["ACCUSE"]
    assert "CONSULT" in rules.symmetric and "said" in rules.stopwords
    assert rules.threshold_same_article < rules.threshold


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"compatible_types": [["ASSAULT", "BOMB"]]}, "compatible_types: unknown PLOVER type"),
        ({"compatible_types": [["ASSAULT", "COERCE"], ["COERCE", "THREATEN"]]}, "two groups"),
        ({"symmetric_types": ["MEET"]}, "symmetric_types"),
        ({"threshold": -1}, "threshold"),
        ({"weights": {"same_type": 0.2}}, "weights."),
        ({"surprise": 1}, "surprise"),
        (
            {"cluster": {"date_slack_days": 7, "sector_blocs": [["GOV"], ["GOV", "REB"]]}},
            "two blocs",
        ),
        ({"cluster": {"date_slack_days": -1, "sector_blocs": []}}, "cluster.date_slack_days"),
    ],
)
def test_bad_rules_raise_config_error(change: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        parse_rules({**_raw(), **change}, source="rules.yml")


def test_unreadable_rules_raise_config_error(tmp_path: Path) -> None:
    bad = tmp_path / "rules.yml"
    bad.write_text("weights: [", encoding="utf-8")
    with pytest.raises(ConfigError, match="cannot read linking rules"):
        load_rules(bad)
