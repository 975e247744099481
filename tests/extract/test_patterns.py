"""Pattern and lexicon files are validated at load; errors name the file and the key."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitroom.errors import ConfigError
from sitroom.extract import codebook, lexicon
from sitroom.extract.patterns import PATTERN_DIR, default_patterns, load_patterns
from sitroom.model import EVENT_TYPES

GOOD = """\
type: ASSAULT
patterns:
  - id: assault.test
    lemmas: [attack]
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def test_packaged_patterns_cover_every_type() -> None:
    patterns = default_patterns()
    assert {event_type for event_type, _ in patterns.by_id.values()} == set(EVENT_TYPES)
    assert len(list(PATTERN_DIR.glob("*.yml"))) == 16


def test_good_file_loads(tmp_path: Path) -> None:
    patterns = load_patterns(write(tmp_path, "assault.yml", GOOD))
    assert [p.id for _, p in patterns.candidates("attack")] == ["assault.test"]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (GOOD.replace("ASSAULT", "FIGHT"), "type"),
        (GOOD.replace("lemmas: [attack]", "lemmas: []"), "patterns.0.lemmas"),
        (GOOD + "    actor: [subjekt]\n", "patterns.0.actor.0"),
        (GOOD + "    strength: 1.5\n", "patterns.0.strength"),
        (GOOD + "    colour: red\n", "patterns.0.colour"),
        # Unquoted YAML "on" is a boolean: caught, not silently a role.
        (GOOD + "    recipient: [on]\n", "patterns.0.recipient.0"),
    ],
)
def test_invalid_file_names_file_and_key(tmp_path: Path, text: str, key: str) -> None:
    with pytest.raises(ConfigError) as err:
        load_patterns(write(tmp_path, "bad.yml", text))
    assert "bad.yml" in str(err.value) and key in str(err.value)


def test_duplicate_pattern_id_is_an_error(tmp_path: Path) -> None:
    write(tmp_path, "a.yml", GOOD)
    write(tmp_path, "b.yml", GOOD)
    with pytest.raises(ConfigError, match="already in"):
        load_patterns(tmp_path)


def test_unreadable_yaml_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read"):
        load_patterns(write(tmp_path, "x.yml", "type: [unclosed\n"))


def test_empty_directory_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no pattern files"):
        load_patterns(tmp_path)


def test_lexicon_missing_key_names_it(tmp_path: Path) -> None:
    write(tmp_path, "modality.yml", "negation: [not]\n")
    with pytest.raises(ConfigError, match=r"modality\.yml.*negating_governors"):
        lexicon._load("modality.yml", lexicon.Modality, tmp_path)


def test_codebook_has_every_type_and_our_choices() -> None:
    book = codebook.load()
    assert set(book.types) == set(EVENT_TYPES)
    assert book.types["SANCTION"].quad == 4  # the manual contradicts itself; see docs/codebook.md
    assert book.types["ACCUSE"].intensity < 0
    assert codebook.codes("CONSULT", "phone") == ("041", 1, 1.5)
    assert codebook.codes("AGREE", None, future_of="CONSULT")[0] == "036"
    assert codebook.threat_mode("COERCE", "arrest") == "arrest"


def test_every_pattern_mode_is_a_codebook_mode() -> None:
    for event_type, pattern in default_patterns().by_id.values():
        modes = [pattern.mode, *pattern.mode_cues]
        for mode in modes:
            assert codebook.known_mode(event_type, mode), (pattern.id, mode)
