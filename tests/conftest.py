"""Shared test set-up: paths to fixtures and the bundled example."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "examples" / "000_1c38aa2193fbaeb8.txt"
FIXTURES = ROOT / "tests" / "fixtures"


@pytest.fixture
def seed_path() -> Path:
    return SEED
