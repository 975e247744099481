""" "commit" is a promise only with "to": committing crimes is another sense."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Coder, of_type

pytestmark = pytest.mark.model


def test_committed_to_a_ceasefire_is_agree(code: Coder) -> None:
    agree = of_type(code("Iran committed to a ceasefire in Syria."), "AGREE")
    assert [[a.text for a in c.actors] for c in agree] == [["Iran"]]


def test_committed_crimes_is_not_agree(code: Coder) -> None:
    assert of_type(code("If they have committed crimes they should face trial."), "AGREE") == []
