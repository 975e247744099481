"""Acronyms a document defines: "the Libyan Unity Council (LUC)" makes "the LUC" that body."""

from __future__ import annotations

import datetime as dt

from sitroom.model import Mention
from sitroom.resolve.actor_groups import document_participants
from tests.resolve.test_actors import annotations

DAY = dt.date(2024, 6, 1)


def _resolve(
    text: str, entities: tuple[tuple[str, str], ...], mention: str
) -> tuple[str | None, str | None]:
    participants = document_participants(text, annotations(text, entities), published=DAY)
    start = text.rindex(mention)
    (actor,) = participants.resolve((Mention(mention, start, start + len(mention)),))
    return actor.country, actor.antecedent


def test_a_defined_acronym_is_the_full_name() -> None:
    text = "The Libyan Unity Council (LUC) met. Later the LUC walked out"
    ents = (("The Libyan Unity Council", "ORG"),)
    assert _resolve(text, ents, "the LUC") == ("LBY", "The Libyan Unity Council")


def test_a_defined_acronym_is_an_antecedent() -> None:
    text = "The Libyan Unity Council (LUC) met. Algeria, one of the LUC's backers, urged it to stay"
    ents = (("The Libyan Unity Council", "ORG"), ("Algeria", "GPE"))
    participants = document_participants(text, annotations(text, ents), published=DAY)
    participants.resolve((Mention("Algeria", text.index("Algeria"), text.index("Algeria") + 7),))
    start = text.index("it to")
    (it,) = participants.resolve((Mention("it", start, start + 2),))
    assert it.country == "LBY"


def test_an_acronym_not_defined_stays_unknown() -> None:
    text = "The Libyan Unity Council met. Later the LUC walked out"
    ents = (("The Libyan Unity Council", "ORG"),)
    assert _resolve(text, ents, "the LUC") == (None, None)
