"""The gazetteer index: normalised keys, atomic idempotent builds, build-once ``ensure``."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from sitroom.resolve import gazetteer
from sitroom.resolve.gazetteer import ALIAS, MAIN, Entry, Gazetteer, Record, normalise, write


def records() -> list[Record]:
    turkey = Entry(298795, "Turkey", "PCLI", "TUR", "TR", None, None, None, 39.0, 35.0, 82_000_000)
    kyiv = Entry(703448, "Kyiv", "PPLC", "UKR", "UA", "12", None, None, 50.45, 30.52, 2_952_301)
    return [(turkey, ["Türkiye"]), (kyiv, ["Kiev", "Київ"])]


def dump(path: Path) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT * FROM name ORDER BY key, geonameid").fetchall()
    finally:
        conn.close()


@pytest.mark.parametrize(
    ("text", "key"),
    [("Türkiye", "turkiye"), ("ḨAMĀH", "hamah"), ("St. John's", "st johns"),
     ("Winston-Salem", "winston salem"), ("  New   York ", "new york")],
)  # fmt: skip
def test_gazetteer_normalise(text: str, key: str) -> None:
    assert normalise(text) == key


def test_gazetteer_lookup_main_names_and_aliases(tmp_path: Path) -> None:
    target = tmp_path / "g.sqlite"
    write(target, records())
    index = Gazetteer(target)
    assert [(entry.country, kind) for entry, kind in index.lookup("TURKIYE")] == [("TUR", ALIAS)]
    assert [(entry.name, kind) for entry, kind in index.lookup("kyiv")] == [("Kyiv", MAIN)]
    assert index.lookup("Kiev")[0][0].resolution == 4
    assert index.lookup("Atlantis") == ()


def test_gazetteer_rebuild_is_idempotent(tmp_path: Path) -> None:
    target = tmp_path / "g.sqlite"
    write(target, records())
    first = dump(target)
    write(target, records())
    assert dump(target) == first
    assert [path.name for path in tmp_path.iterdir()] == ["g.sqlite"]  # no temp file left


def test_gazetteer_failed_build_leaves_old_index(tmp_path: Path) -> None:
    target = tmp_path / "g.sqlite"
    write(target, records())
    before = dump(target)

    def broken() -> Iterator[Record]:
        yield records()[0]
        raise RuntimeError("package data unreadable")

    with pytest.raises(RuntimeError):
        write(target, broken())
    assert dump(target) == before
    assert [path.name for path in tmp_path.iterdir()] == ["g.sqlite"]


def test_gazetteer_racing_builders_leave_one_valid_index(tmp_path: Path) -> None:
    target = tmp_path / "g.sqlite"
    threads = [threading.Thread(target=write, args=(target, records())) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(dump(target)) == 5
    assert [path.name for path in tmp_path.iterdir()] == ["g.sqlite"]


def test_gazetteer_ensure_builds_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SITROOM_DATA_DIR", str(tmp_path))
    calls: list[Path] = []

    def fake_build(target: Path) -> None:
        calls.append(target)
        write(target, records())

    monkeypatch.setattr(gazetteer, "build", fake_build)
    first = gazetteer.ensure()
    second = gazetteer.ensure()
    assert first == second == tmp_path / f"gazetteer-{gazetteer.VERSION}.sqlite"
    assert calls == [first]


def test_gazetteer_missing_index_is_a_config_error(tmp_path: Path) -> None:
    from sitroom.errors import ConfigError

    with pytest.raises(ConfigError, match="gazetteer build"):
        Gazetteer(tmp_path / "absent.sqlite")
