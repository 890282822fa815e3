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
    rich_markup_mode=None,  # plain help: `--help` starts fast, without rich's tables and markup
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
    jobs: int = typer.Option(1, "--jobs", "-j", min=0, help="Check in this many processes (0: one per core)."),
) -> None:
    """Check every claim and report pass / warn / fail / error with the evidence."""
    from factcheck.pipeline import UsageError, run

    try:
        report = run(paths or [Path("claims")], sources, jobs)
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


class FindFormat(str, Enum):
    text = "text"
    json = "json"


@app.command()
def find(
    text: str = typer.Argument(..., help="The passage to look for."),
    sources: Path = typer.Option(Path("sources"), "--sources", "-s", help="Folder of source documents."),
    limit: int = typer.Option(10, "--limit", "-n", min=1, help="Show at most this many passages."),
    min_score: float = typer.Option(50.0, "--min-score", min=0, max=100, help="Hide passages scoring less (0-100)."),
    output_format: FindFormat = typer.Option(FindFormat.text, "--format", "-f", help="Output format."),
) -> None:
    """Where in the sources a passage, or something close to it, occurs: ranked, with the
    location, score and speaker. Exit 0 found, 1 nothing found, 2 bad input."""
    from factcheck import find as finder

    try:
        hits = finder.find(text, sources, limit, min_score)
    except finder.FindError as exc:
        typer.echo(f"factcheck: error: {exc}", err=True)
        raise typer.Exit(2) from None
    if output_format is FindFormat.json:
        sys.stdout.write(finder.render_json(text, hits))
    else:
        sys.stdout.write(finder.render_text(hits))
        if not hits:
            typer.echo("no passage found", err=True)
    raise typer.Exit(0 if hits else 1)


def main() -> None:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):  # never crash on a terminal that cannot show a character
            stream.reconfigure(errors="backslashreplace")
    app()
