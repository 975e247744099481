"""The ``sitroom`` command: parses options, calls one function, formats the result.

The commands live by what they do: ``cli_analyze`` runs the pipeline, ``cli_query`` reads the
store; serving and the small commands stay here, with the one place that lists them all.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Annotated

import typer

from sitroom import __version__, settings
from sitroom.errors import SitroomError
from sitroom.serve import cli_analyze, cli_query
from sitroom.serve.cli_options import DbOption, err, fail, out
from sitroom.store import is_postgres

app = typer.Typer(
    help="sitroom: offline political-event monitor. News in; PLOVER events with sources out.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
gazetteer_app = typer.Typer(
    help="The offline gazetteer index (GeoNames data).", no_args_is_help=True
)
app.add_typer(gazetteer_app, name="gazetteer")


def serve(
    *,
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="Address to listen on (loopback by default).")] = (
        "127.0.0.1"
    ),
    port: Annotated[int, typer.Option(min=1, max=65535)] = 8000,
    workers: Annotated[int, typer.Option(min=1, max=64, help="Server processes.")] = 1,
) -> None:
    """Serve the JSON API and the web page; reviews need SITROOM_API_TOKEN set."""
    import os  # noqa: PLC0415 - the server's imports stay out of the other commands

    import uvicorn  # noqa: PLC0415

    from sitroom.serve.api import create_app  # noqa: PLC0415

    location = str(settings.get("db", db))
    try:
        api = create_app(location, token=os.environ.get("SITROOM_API_TOKEN"))  # migrates
    except SitroomError as error:
        raise fail(error) from error
    err.print(f"sitroom: serving on http://{host}:{port}/ (API docs at /docs)", highlight=False)
    if workers == 1:
        uvicorn.run(api, host=host, port=port, log_level="warning")
        return
    # Worker processes import the app by name; they find the store through the environment.
    os.environ["SITROOM_DB"] = location if is_postgres(location) else str(Path(location).resolve())
    uvicorn.run(
        "sitroom.serve.api:app_from_env", factory=True, host=host, port=port,
        workers=workers, log_level="warning",
    )  # fmt: skip


@gazetteer_app.command("build")
def gazetteer_build() -> None:
    """Build the gazetteer index from the installed GeoNames packages (once per version)."""
    from sitroom.resolve import gazetteer  # noqa: PLC0415

    path = gazetteer.ensure()
    err.print(f"gazetteer index ready: {path}", highlight=False)


def about() -> None:
    """Versions, codebook, data sources and their licences."""
    from sitroom import ABOUT  # noqa: PLC0415

    out.print(f"sitroom {__version__}", markup=False)
    out.print(ABOUT, markup=False)


# The order here is the order of ``sitroom --help``.
app.command()(cli_analyze.analyze)
app.command("ingest")(cli_analyze.ingest_command)
app.command()(cli_query.events)
app.command()(cli_query.show)
app.command()(cli_analyze.explain)
app.command()(serve)
app.command("export")(cli_query.export_command)
app.command("spark")(cli_analyze.spark_command)
app.command()(cli_analyze.watch)
app.command()(about)


def main() -> None:
    """Console-script entry point."""
    logging.basicConfig(level=logging.WARNING, format="sitroom: %(levelname)s: %(message)s")
    app()


if __name__ == "__main__":
    main()
