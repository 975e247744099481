"""Candidates of different names that lie close together support each other."""

from __future__ import annotations

from sitroom.resolve.gazetteer import Entry
from sitroom.resolve.place_focus import support


def town(gid: int, name: str, lat: float, lon: float, code: str = "PPL") -> Entry:
    return Entry(gid, name, code, "USA", "US", None, None, None, lat, lon, 1000)


NEW_LONDON_CT = town(1, "New London", 41.36, -72.10)
NEW_LONDON_IA = town(2, "New London", 40.93, -91.40)
WINFIELD_IA = town(3, "Winfield", 41.12, -91.44)
WINFIELD_NJ = town(4, "Winfield", 40.64, -74.29)


def test_place_focus_near_candidates_of_other_names_support_each_other() -> None:
    found = support(
        [("new london", [NEW_LONDON_CT, NEW_LONDON_IA]), ("winfield", [WINFIELD_IA, WINFIELD_NJ])]
    )
    assert found == {2: 1, 3: 1}


def test_place_focus_same_name_never_supports_itself() -> None:
    twin = town(5, "New London", 40.95, -91.38)
    assert support([("new london", [NEW_LONDON_IA, twin])]) == {}


def test_place_focus_counts_names_not_candidates() -> None:
    mount_pleasant = town(6, "Mount Pleasant", 40.96, -91.56)
    found = support(
        [("new london", [NEW_LONDON_IA]), ("winfield", [WINFIELD_IA]),
         ("mount pleasant", [mount_pleasant]), ("winfield", [WINFIELD_IA])]
    )  # fmt: skip
    assert found[NEW_LONDON_IA.geonameid] == 2


def test_place_focus_countries_and_states_do_not_vote() -> None:
    iowa = town(7, "Iowa", 41.0, -91.4, code="ADM1")
    assert support([("new london", [NEW_LONDON_IA]), ("iowa", [iowa])]) == {}
