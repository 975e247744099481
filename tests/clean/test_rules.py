"""clean.rules: debris.yml is validated at load and errors name the file and key."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitroom.clean.rules import RULES_FILE, load_rules, parse_rules
from sitroom.errors import ConfigError

GOOD = RULES_FILE.read_text(encoding="utf-8")


def test_packaged_rules_load() -> None:
    rules = load_rules()
    assert "advertisement" in rules.lines
    assert rules.credits and rules.patterns
    assert rules.repeat_window >= 1


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (GOOD.replace("repeat_window: 6", "repeat_window: 0"), "repeat_window"),
        (GOOD + "\nunknown_key: 1\n", "unknown_key"),
        (GOOD.replace("  - '[A-Z]{1,3}'", "  - '[A-Z'"), "patterns"),
        (GOOD.replace("(?P<credit>AP|AFP", "(?P<who>AP|AFP"), "credit"),
        ("lines: [\n", "invalid YAML"),
    ],
)
def test_bad_rules_raise_config_error_naming_file_and_key(text: str, words: str) -> None:
    path = Path("/rules/debris.yml")
    with pytest.raises(ConfigError, match=r"/rules/debris\.yml") as caught:
        parse_rules(text, path=path)
    assert words in str(caught.value)


def test_missing_rules_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read"):
        load_rules(tmp_path / "nope.yml")
