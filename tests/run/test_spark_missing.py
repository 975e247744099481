"""Without the spark extra, ``sitroom spark`` says how to install it (no traceback)."""

from __future__ import annotations

import sys

import pytest
from typer.testing import CliRunner

import sitroom.run
from sitroom.serve.cli import app


def test_spark_command_without_pyspark_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pyspark", None)  # import pyspark now fails
    monkeypatch.delitem(sys.modules, "sitroom.run.spark", raising=False)
    monkeypatch.delattr(sitroom.run, "spark", raising=False)  # else the cached module is reused
    result = CliRunner().invoke(app, ["spark", "x.jsonl", "--out", "o"])
    assert result.exit_code == 3
    assert "sitroom[spark]" in result.output
