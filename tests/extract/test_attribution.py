"""Who an event is attributed to: the cited source must be an agent or a document."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Coder, of_type

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Current and former US officials have said the army shelled the convoy.",
         "Current and former US officials"),
        ("A UN report said the militia had shelled the convoy.", "A UN report"),
        ("The militia shelled the convoy, the ministry said.", "the ministry"),
        ("The militia shelled the convoy, witnesses said.", "witnesses"),
        ("Gordon Pike and Maria Lund said the militia had shelled the convoy.",
         "Gordon Pike and Maria Lund"),
    ],
)  # fmt: skip
def test_agents_and_documents_are_cited(code: Coder, text: str, source: str) -> None:
    assert [e.attributed_to for e in of_type(code(text), "ASSAULT")] == [source]


def test_a_subject_that_is_no_agent_cites_no_one(code: Coder) -> None:
    events = of_type(code("Her arrival in the camp revealed that the militia shelled the convoy."),
                     "ASSAULT")  # fmt: skip
    assert [e.attributed_to for e in events] == [None]


def test_first_person_reporter_inside_a_quote_is_the_previous_source(code: Coder) -> None:
    text = (
        "The governor spoke to reporters in Kirkuk, the agency said. "
        "“I can confirm that the militia shelled the convoy.”"
    )
    attacks = [e for e in of_type(code(text), "ASSAULT") if e.sentence_index == 1]
    assert [e.attributed_to for e in attacks] == ["the agency"]
