"""Idioms of political debate and provided services read literally (docs/codebook.md,
"Figurative and wrong senses"; invented sentences)."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Coder

pytestmark = pytest.mark.model


def _types(code: Coder, text: str) -> set[str]:
    return {e.event_type for e in code(text)}


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # A retort made in words, not a blow.
        ("The home secretary hit back by saying Liberal attitudes had kept the party out of "
         "office.", "ASSAULT"),
        # A campaign or procedure called an exercise is no troop drill.
        ("The ministry is now engaged in a costly propaganda exercise to win over voters.",
         "MOBILIZE"),
        # A reception met is how words were taken, not a meeting.
        ("The premier's remarks met a frosty reception from the German chancellor.", "CONSULT"),
        # A veto or a right given up is no laying down of arms.
        ("The Liberals say the prime minister is surrendering a crucial veto over quotas.",
         "RETREAT"),
        # Rights are breached only figuratively.
        ("The inmate Tom Hale said that the prison regime breached his human rights.",
         "ASSAULT"),
        # Making out common ground is discerning it.
        ("France was well placed to make out the common ground between Russia and the EU, the "
         "minister suggested.", "ASSAULT"),
        # A service or a tourist product offered is provision, no commitment.
        ("Consular staff at the embassy can offer only emergency passport service this week.",
         "AGREE"),
        ("Tourists still flock to the beach resorts that Tanzania offers.", "AGREE"),
        # Web content is hosted as a service.
        ("We are looking for a braver web provider to host the Valdor Pages, the group said.",
         "CONSULT"),
        ("We are searching for a bolder internet provider to host the Kessel Files, the "
         "statement said.", "CONSULT"),
    ],
)  # fmt: skip
def test_idiom_is_not_the_event(code: Coder, text: str, event_type: str) -> None:
    assert event_type not in _types(code, text), text


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The army hit back at the rebels with artillery on Monday.", "ASSAULT"),
        ("Troops from Chad began a military exercise near the border.", "MOBILIZE"),
        ("The rebels surrendered their weapons to the army.", "RETREAT"),
        ("Norway offered to host peace talks between the two factions.", "AGREE"),
        ("President Lula hosted the Argentine president in Brasilia.", "CONSULT"),
        ("The foreign minister met his Dutch counterpart at a reception in Oslo.", "CONSULT"),
    ],
)  # fmt: skip
def test_literal_sense_is_still_the_event(code: Coder, text: str, event_type: str) -> None:
    assert event_type in _types(code, text), text
