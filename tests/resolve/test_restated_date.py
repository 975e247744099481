"""A merged event takes the explicit date of another of its mentions (docs/codebook.md,
One event, several mentions). Invented sentences, through the whole pipeline."""

from __future__ import annotations

import pytest

import sitroom

pytestmark = pytest.mark.model


def test_undated_mention_takes_the_date_a_later_mention_gives() -> None:
    text = ("Government troops pounded the port town of Keriva, killing dozens of civilians. "
            "Officials said the troops began the assault on Friday.")  # fmt: skip
    found = [e for e in sitroom.analyze(text, published="2019-03-06").events
             if e.event_type == "ASSAULT"]  # fmt: skip
    assert len(found) == 1
    assert found[0].evidence.start == 0  # the earliest mention stays the evidence
    assert (found[0].date, found[0].date_source) == ("2019-03-01", "text")


def test_own_date_is_kept() -> None:
    text = ("Government troops pounded the port town of Keriva on Tuesday, killing dozens. "
            "Officials said the troops had begun the assault days before.")  # fmt: skip
    found = [e for e in sitroom.analyze(text, published="2019-03-06").events
             if e.event_type == "ASSAULT"]  # fmt: skip
    assert found and found[0].date == "2019-03-05"


def test_an_unmerged_event_takes_no_other_date() -> None:
    text = ("Government troops pounded the port town of Keriva, killing dozens of civilians. "
            "In the north, rebels shelled a convoy on Friday.")  # fmt: skip
    found = [e for e in sitroom.analyze(text, published="2019-03-06").events
             if e.event_type == "ASSAULT"]  # fmt: skip
    dates = {e.actor[0].text if e.actor else "": e.date for e in found}
    assert dates.get("Government troops") != "2019-03-01", dates
