"""A place is where, never who: the town a person comes from is not "who"."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Coder, of_type

pytestmark = pytest.mark.model


def _assault(code: Coder, text: str) -> tuple[list[str], list[str]]:
    found = of_type(code(text), "ASSAULT")
    assert found, f"no ASSAULT in {text!r}"
    return [m.text for m in found[0].actors], [m.text for m in found[0].recipients]


def test_who_after_a_home_town_is_the_person(code: Coder) -> None:
    _, recipients = _assault(
        code, "She is the sister of a pharmacist from Raqqa who was abducted by gunmen in 2014."
    )
    assert recipients == ["a pharmacist from Raqqa"]
