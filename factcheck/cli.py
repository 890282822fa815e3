"""The command line: `factcheck check [PATH...]`.

Results go to standard output, problems with the command line to standard error. Exit
status: 0 every claim passed or warned, 1 a claim failed, 2 the command line was wrong, a
claim file could not be read, or a claim could not be checked.
"""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from factcheck import __version__

app = typer.Typer(
    name="factcheck",
    help="Verify the quotes in claim files against their sources.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)


class Format(str, Enum):
    full = "full"
    json = "json"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"factcheck {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Show the version and exit."),
) -> None:
    """Verify quotes and claims against their sources."""


@app.command()
def check(
    paths: Optional[list[Path]] = typer.Argument(
        None, help="Claim files, or folders searched for *.yaml and *.yml. Default: ./claims", show_default=False
    ),
    sources: Path = typer.Option(Path("sources"), "--sources", "-s", help="Folder of source documents."),
    output_format: Format = typer.Option(Format.full, "--format", "-f", help="Report format."),
) -> None:
    """Check every claim and report pass / warn / fail / error with the evidence."""
    from factcheck.pipeline import UsageError, run

    try:
        report = run(paths or [Path("claims")], sources)
    except UsageError as exc:
        typer.echo(f"factcheck: error: {exc}", err=True)
        raise typer.Exit(2) from None
    if output_format is Format.json:
        from factcheck.report.json import render

        sys.stdout.write(render(report))
    else:
        from rich.console import Console

        from factcheck.report import terminal

        console = Console(highlight=False, soft_wrap=not sys.stdout.isatty())
        terminal.render(report, console)
    for problem in report.problems:
        typer.echo(f"{problem.file}:{problem.line}:{problem.column}: {problem.message}", err=True)
    raise typer.Exit(report.exit_code)


def main() -> None:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):  # never crash on a terminal that cannot show a character
            stream.reconfigure(errors="backslashreplace")
    app()
