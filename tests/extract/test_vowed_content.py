"""A vow, pledge or promise is typed by what it commits to (codebook type rule 3,
``commissives.py``; invented sentences)."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Coder

pytestmark = pytest.mark.model


def _typed(code: Coder, text: str) -> list[tuple[str, str]]:
    return [(c.event_type, c.pattern) for c in code(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The harbour minister vowed to plough on with the toll scheme despite protests.",
        "The Elbonian cabinet is determined to press ahead with the dam.",
        "The Norland premier swore never to surrender to the strikers.",
        "Norland had insisted it would never bow to calls to hand back the enclave.",
    ],
)
def test_vowed_persistence_is_a_refusal_to_yield(code: Coder, text: str) -> None:
    assert ("REJECT", "reject.vow-persist") in _typed(code, text), text


@pytest.mark.parametrize(
    "text",
    [
        "The Elbonian president vowed to crush the rebels in Norland.",
        "The Elbonian general pledged to storm the rebel town.",
        "Strikers vowed to continue their escalation until wages rise.",
    ],
)
def test_vowed_harm_is_a_threat(code: Coder, text: str) -> None:
    assert "THREATEN" in [t for t, _ in _typed(code, text)], text


def test_vowed_cooperation_is_an_agreement(code: Coder) -> None:
    typed = _typed(code, "The farmers' union vowed to stay within the law.")
    assert typed == [("AGREE", "agree.vow")]


@pytest.mark.parametrize(
    "text",
    [
        "The Elbonian minister vowed to work hard for the voters.",
        "The Norland mayor vowed to plough on with the toll scheme.",
    ],
)
def test_vow_is_never_a_threat_without_harm(code: Coder, text: str) -> None:
    assert "THREATEN" not in [t for t, _ in _typed(code, text)], text
