"""Undated history: named past eras and wars, past decades, a former "once", relative
clauses on a past time (docs/codebook.md, Modality, historical)."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Coder, of_type

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of Irish volunteers fought in the Korean war.",
        "Soviet troops attacked the town during the cold war.",
        "Rebels attacked the town during the years of the cold war.",
        "The militia attacked villages in the 1930s, a report said in 2017.",
        "The rebels once attacked the capital.",
        "Many still remember the 1980s, when the army besieged the city. Talks resumed in 2017.",
    ],
)
def test_historical_without_a_date(code: Coder, text: str) -> None:
    events = of_type(code(text), "ASSAULT")
    assert events and events[0].flags.historical
    assert any(r.startswith("historical:") for r in events[0].why)


@pytest.mark.parametrize(
    "text",
    [
        "Rebels attacked the town on Monday.",
        "The rebels once again attacked the capital.",
        "Once the troops withdrew, the rebels attacked the town.",
        # an undated "previously" is often days or weeks old in news: not history
        "The general had previously attacked rebel bases in Chad.",
        # "since" does not place the act in the era
        "Rebels clashed with the army for the first time since the cold war.",
        # a decade not over well before the document's latest year
        "The militia attacked villages in the 2010s, a report said in 2017.",
        # a thing of a recent year
        "The militia attacked the port in its 2017 campaign, a report said in 2018.",
    ],
)
def test_not_historical(code: Coder, text: str) -> None:
    events = of_type(code(text), "ASSAULT")
    assert events and not any(e.flags.historical for e in events)


def test_placed_in_a_thing_of_a_past_year(code: Coder) -> None:
    """The year is the noun's ("its 2012 campaign"): the resolver drops a plain year cue
    (it cannot date the verb), so the placing cue must give the reason."""
    events = of_type(
        code("The militia attacked the port in its 2012 campaign, a report said in 2017."),
        "ASSAULT",
    )
    verb = [e for e in events if e.trigger.text == "attacked"]
    assert verb and verb[0].flags.historical
    assert verb[0].why[0].startswith("historical: placed in")


def test_used_to_is_a_former_time(code: Coder) -> None:
    events = of_type(
        code("We in Ruritania used to have a regime that detained people without trial."), "COERCE"
    )
    assert events and all(e.flags.historical for e in events)


def test_instrumental_used_to_is_no_habit(code: Coder) -> None:
    events = of_type(code("Tanks were used to attack the town on Monday."), "ASSAULT")
    assert events and not any(e.flags.hypothetical or e.flags.historical for e in events)
