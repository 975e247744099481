"""A refusal told as a negated cooperation and as a REJECT is one REJECT (docs/codebook.md,
One event, several mentions). Invented sentences."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Coder

pytestmark = pytest.mark.model


def test_negated_attendance_and_refusal_are_one_reject(code: Coder) -> None:
    text = ("The Northern Alliance did not attend the peace conference in Oslo on Saturday. "
            "The alliance refused to attend the conference, saying it favoured the "
            "government.")  # fmt: skip
    found = [e for e in code(text) if e.event_type in ("REJECT", "CONSULT")]
    assert [(e.event_type, e.sentence_index, e.flags.negated) for e in found] == [
        ("REJECT", 0, False)
    ]
    assert found[0].mode == "meet"
    assert any("restated as REJECT" in line for line in found[0].why)


def test_a_refusal_of_something_else_stays_apart(code: Coder) -> None:
    text = ("The farmers union did not attend the meeting with the ministry on Monday. "
            "The union opposed the new tax on fuel.")  # fmt: skip
    found = sorted((e.event_type, e.flags.negated) for e in code(text))
    assert ("CONSULT", True) in found and ("REJECT", False) in found
