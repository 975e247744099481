"""The actor knowledge base: contents, validation errors, no network."""

from __future__ import annotations

import datetime as dt
import shutil
import socket
from pathlib import Path

import pytest

from sitroom.errors import ConfigError
from sitroom.model import Annotations, Mention
from sitroom.resolve import actor_kb
from sitroom.resolve.actor_kb import LOOKUP_DIR, NON_STATE, default_kb, load


def test_kb_covers_every_state() -> None:
    kb = default_kb()
    assert len(kb.countries) >= 195
    assert {"TUR", "MMR", "CIV", "PSE", "KOS", "VAT", "TWN"} <= set(kb.countries)
    assert all(len(code) == 3 and code.isupper() for code in kb.countries)


def test_kb_sizes() -> None:
    kb = default_kb()
    groups = [o for o in kb.organisations.values() if o.kind == "group"]
    assert len(groups) >= 50
    assert len(kb.persons) >= 300
    assert all(p.country in kb.countries or p.country in NON_STATE for p in kb.persons.values())


def test_kb_office_holder_by_date() -> None:
    kb = default_kb()
    holder = kb.holder("TUR", "president", dt.date(2024, 5, 1))
    assert holder is not None and holder.id == "person:recep-tayyip-erdogan"
    assert kb.holder("TUR", "president", dt.date(1995, 5, 1)) is None


def test_kb_office_holder_by_organisation() -> None:
    kb = default_kb()
    nato = kb.holder("igo:nato", "secretary_general", dt.date(2020, 1, 1))
    arab_league = kb.holder("igo:arab-league", "secretary_general", dt.date(2020, 1, 1))
    assert nato is not None and nato.name == "Jens Stoltenberg"
    assert arab_league is not None and arab_league.name == "Ahmed Aboul Gheit"


def _copy(tmp_path: Path) -> Path:
    target = tmp_path / "actors"
    shutil.copytree(LOOKUP_DIR, target, ignore=shutil.ignore_patterns("*.py"))
    return target


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize(
    ("file", "old", "new", "expected"),
    [
        (
            "persons.yml",
            "{role: president, from: 2014-08-28, to: null}",
            "{role: president, from: 2014-08-28, to: 2010-01-01}",
            "Recep Tayyip Erdoğan",
        ),
        (
            "persons.yml",
            "{role: president, from: 2014-08-28, to: null}",
            "{role: sultan, from: 2014-08-28}",
            "offices.1.role",
        ),
        ("persons.yml", "country: TUR, qid: Q39259", "country: XYZ, qid: Q39259", ".country"),
        (
            "organisations.yml",
            "country: SYR, sector: REB, government_from",
            "country: SYR, sector: XXX, government_from",
            "group:hts",
        ),
        (
            "organisations.yml",
            "kind: igo, country: UNO, qid: Q1065",
            "kind: club, country: UNO, qid: Q1065",
            "organisations.0 (igo:un).kind",
        ),
        ("sectors.yml", "  MIL: [army,", "  ARMY: [army,", "strong.ARMY"),
        ("countries.yml", "code: TUR", "code: tur", "countries."),
        ("sectors.yml", '"from", "in",', "from, on, in,", "words.split"),
        ("sectors.yml", "  former: [", "  formerly: [", "words"),
    ],
)
def test_kb_invalid_file_names_file_and_key(
    tmp_path: Path, file: str, old: str, new: str, expected: str
) -> None:
    directory = _copy(tmp_path)
    _replace(directory / file, old, new)
    with pytest.raises(ConfigError) as caught:
        load(directory)
    assert file in str(caught.value)
    assert expected in str(caught.value)


def test_kb_broken_yaml_names_file(tmp_path: Path) -> None:
    directory = _copy(tmp_path)
    (directory / "persons.yml").write_text("persons: [unclosed\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"persons\.yml: cannot read"):
        load(directory)


def test_kb_duplicate_id_is_an_error(tmp_path: Path) -> None:
    directory = _copy(tmp_path)
    _replace(directory / "organisations.yml", "id: igo:unhcr,", "id: igo:un,")
    with pytest.raises(ConfigError, match=r"organisations\.yml.*igo:un.*duplicate id"):
        load(directory)


def test_resolution_never_opens_a_socket(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    actor_kb.default_kb.cache_clear()
    from sitroom.resolve.actors import document_resolver

    text = "Ankara said Turkish troops shelled the YPG."
    annotations = Annotations(sentences=(), entities=(), toponyms=(), times=())
    resolve = document_resolver(text, annotations, published=dt.date(2024, 1, 1))
    actor = resolve(Mention("Turkish troops", 12, 26))
    assert (actor.country, actor.sector) == ("TUR", "MIL")
