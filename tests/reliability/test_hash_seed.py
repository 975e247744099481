"""The same input gives byte-identical output whatever Python's hash seed (set order)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.model

# Names that nest ("Port Velar Bay" / "Port Velar"), several countries and parties, so
# that set iteration order would show in places, actors and events if it leaked.
TEXT = (
    "Inmates held at Guantanamo Bay were flown to Kabul on Monday, officials in Washington said. "
    "Lawyers for two men freed from Guantanamo said the Pentagon had refused to release papers. "
    "The Labour government in London condemned the move and urged Washington to close the camp. "
    "France and Germany said they would send envoys to Kabul and Islamabad next week."
)


def _analyze(path: Path, seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run(
        [sys.executable, "-m", "sitroom.serve.cli", "analyze", str(path)],
        cwd=ROOT, env=env, capture_output=True, text=True, check=True,
    )  # fmt: skip
    return done.stdout


def test_output_does_not_depend_on_the_hash_seed(tmp_path: Path) -> None:
    path = tmp_path / "docs.jsonl"
    record = {"id": "a", "text": TEXT, "published": "2005-01-10"}
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    outputs = {seed: _analyze(path, seed) for seed in ("1", "2", "3")}
    assert '"Guantanamo Bay"' in outputs["1"]
    assert len(set(outputs.values())) == 1
