"""Sports reports and non-political readings code no event (docs/codebook.md, "Sports
reports" and "Non-events")."""

from __future__ import annotations

import pytest

from sitroom.extract.sport import desk_slug
from tests.extract.conftest import Coder, of_type

pytestmark = pytest.mark.model

SLUGGED = "HOCKEY - PORTUGAL DOWN DENMARK .\nOSLO 2019-04-06\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("CRICKET - KENT TAKE THE LEAD .\nLONDON", True),
        ("Boxing-Kowalski retires on doctor 's advice .", True),
        ("Boys basketball: Eastfield ousted from state tournament.", True),
        ("NFL AMERICAN FOOTBALL-QUARTERBACK RETIRES .", True),
        ("Minister quits over budget - agency .", False),
        ("Golf club fire - police suspect arson .", False),
    ],
)
def test_desk_slugs(text: str, expected: bool) -> None:
    assert desk_slug(text) is expected


@pytest.mark.parametrize(
    "body",
    [
        "Portugal beat Denmark on Saturday in the second game of the series .",
        "Portugal attacked Denmark throughout the first period .",
        "The Portuguese made their first visit to Denmark since 2001 .",
    ],
)
def test_a_sports_report_has_no_interstate_events(code: Coder, body: str) -> None:
    found = code(SLUGGED + body)
    assert of_type(found, "ASSAULT") == [] and of_type(found, "CONSULT") == []


def test_the_same_sentence_outside_sport_is_an_attack(code: Coder) -> None:
    assert of_type(code("Portugal attacked Denmark throughout the first period ."), "ASSAULT")


@pytest.mark.parametrize(
    "text",
    [
        "Yesterday Portugal beat Denmark by six wickets at Lord 's .",
        "Portugal beat Denmark 3-1 in Lisbon on Sunday .",
        "Marta Silva shot a four-under-par 68 in the second round .",
    ],
)
def test_a_score_in_the_clause_is_a_result(code: Coder, text: str) -> None:
    assert of_type(code(text), "ASSAULT") == []


def test_police_in_a_sports_report_stay(code: Coder) -> None:
    found = code(
        SLUGGED + "Police fired tear gas at rival fans outside the stadium after the game ."
    )
    assert of_type(found, "ASSAULT")


def test_dense_sports_vocabulary_without_a_slug(code: Coder) -> None:
    text = (
        "Eastfield win the league title .\nThe Eastfield coach hailed his team after the "
        "match . Eastfield beat Westbrook 4-2 with two goals in the final quarter-final "
        "minutes . The striker scored twice and the goalkeeper saved a penalty . The club "
        "now lead the standings by six points with two games of the season left . Their "
        "captain said the semifinal would be harder . Eastfield attacked Westbrook from the "
        "first whistle ."
    )
    assert of_type(code(text), "ASSAULT") == []


def test_a_right_to_strike_is_no_attack(code: Coder) -> None:
    text = (
        "In 1911 he also got the Senate to pass his Labour Relations Act which gave trade "
        "unions more freedom to strike ."
    )
    assert of_type(code(text), "ASSAULT") == []


def test_a_circumstance_restricts_no_one(code: Coder) -> None:
    text = "The monitors said their work was restricted by the fact that they had six staff ."
    assert of_type(code(text), "COERCE") == []


def test_a_party_still_restricts(code: Coder) -> None:
    text = "The monitors said their work was restricted by the army ."
    assert of_type(code(text), "COERCE")


def test_an_agency_disclaimer_is_no_promise(code: Coder) -> None:
    text = "The agency has not checked these reports and does not guarantee their accuracy ."
    assert of_type(code(text), "AGREE") == []


@pytest.mark.parametrize(
    "text",
    [
        "Estonian Prime Minister Juri Tamm visits wife Mari in hospital .",
        "Her children had visited the first lady , but Prime Minister Juri Tamm had only spoken "
        "to her by telephone .",
    ],
)
def test_a_visit_or_call_to_kin_is_private(code: Coder, text: str) -> None:
    assert of_type(code(text), "CONSULT") == []


def test_a_visit_to_a_president_stays(code: Coder) -> None:
    text = "Estonian Prime Minister Juri Tamm visits President Alar Kask in Tallinn ."
    assert of_type(code(text), "CONSULT")
