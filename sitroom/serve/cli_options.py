"""What the CLI's commands share: options, the two consoles, the error exit."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console

from sitroom.errors import SitroomError
from sitroom.model import Skip

err = Console(stderr=True)
out = Console(highlight=False, soft_wrap=True)

Paths = Annotated[
    list[str] | None, typer.Argument(help="Files or folders; '-' or none: stdin (JSONL).")
]
DbOption = Annotated[str | None, typer.Option("--db", help="Store path (default: sitroom.db).")]
Workers = Annotated[
    int | None, typer.Option("--workers", min=1, help="Worker processes (default: setting).")
]
Since = Annotated[str | None, typer.Option(help="From date YYYY-MM-DD.")]
Until = Annotated[str | None, typer.Option(help="To date YYYY-MM-DD.")]
IncludeAll = Annotated[bool, typer.Option("--all", help="Include negated and hypothetical events.")]
PerReport = Annotated[
    bool,
    typer.Option(
        "--reports", help="One row per report (default: one per linked event, with counts)."
    ),
]


def fail(error: SitroomError) -> typer.Exit:
    """Print the error and return the exit to raise, with the error's exit code."""
    err.print(f"sitroom: error: {error}", markup=False, highlight=False)
    return typer.Exit(error.exit_code)


def print_skip(skip: Skip) -> None:
    """Report a skipped record on stderr; the run goes on."""
    err.print(skip.message(), markup=False, highlight=False)
