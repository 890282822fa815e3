"""The command line: `factcheck check [PATH...]`, `factcheck quotes SOURCE...`.

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
from factcheck.readers import READERS

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


sources_app = typer.Typer(help="Build the sources folder.", no_args_is_help=True)
app.add_typer(sources_app, name="sources")
ReaderName = Enum("ReaderName", {name: name for name in READERS}, type=str)


@sources_app.command("add")
def sources_add(
    target: str = typer.Argument(..., metavar="PATH|URL", help="A document file, or an http(s) URL to download."),
    source_id: Optional[str] = typer.Option(None, "--id", help="The source's id. Default: from the file or URL name."),
    force: bool = typer.Option(False, "--force", help="Replace an existing sources/<id>.md."),
    sources: Path = typer.Option(Path("sources"), "--sources", "-s", help="Folder of source documents."),
    reader: Optional[ReaderName] = typer.Option(None, "--format", help="Read the document as this format "
                                                "(default: by extension or content type)."),
    timeout: float = typer.Option(20.0, "--timeout", min=0.1, help="Seconds allowed for a download."),
) -> None:
    """Convert a document (HTML, PDF, WebVTT, SRT, text) into sources/<id>.md with front matter."""
    from factcheck.ingest import IngestError, add

    try:
        added = add(target, sources, source_id, reader.value if reader else None, force, timeout)
    except IngestError as exc:
        typer.echo(f"factcheck: error: {exc}", err=True)
        raise typer.Exit(2) from None
    for warning in added.warnings:
        typer.echo(f"factcheck: warning: {warning}", err=True)
    typer.echo(f"added {added.path.as_posix()}: id {added.id}, {added.format}, {added.words:,} words, "
               f"sha256 {added.sha256}")


class QuotesFormat(str, Enum):
    table = "table"
    json = "json"
    yaml = "yaml"


@app.command()
def quotes(
    refs: list[str] = typer.Argument(..., metavar="SOURCE...", help="Source files, folders of sources, or source ids."),
    sources: Path = typer.Option(Path("sources"), "--sources", "-s", help="Folder where source ids are looked up."),
    output_format: QuotesFormat = typer.Option(QuotesFormat.table, "--format", "-f",
                                               help="table, json, or yaml (a claims file to edit)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write to this file instead of standard output."),
    force: bool = typer.Option(False, "--force", help="Overwrite the --output file if it exists."),
) -> None:
    """List every quotation in the sources with its speaker, cue and location."""
    from factcheck import quotelist

    if output is not None and output.exists() and not force:
        typer.echo(f"factcheck: error: {output.as_posix()} exists; use --force to overwrite it", err=True)
        raise typer.Exit(2)
    try:
        found = quotelist.rows(quotelist.resolve_sources(refs, sources))
    except quotelist.SourceError as exc:
        typer.echo(f"factcheck: error: {exc.message}", err=True)
        raise typer.Exit(2) from None
    render = {QuotesFormat.table: quotelist.render_table, QuotesFormat.json: quotelist.render_json,
              QuotesFormat.yaml: quotelist.render_yaml}[output_format]
    text = render(found)
    if output is None:
        sys.stdout.write(text)
    else:
        quotelist.write_atomically(output, text)
        typer.echo(f"wrote {len(found)} quotations to {output.as_posix()}", err=True)


def main() -> None:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):  # never crash on a terminal that cannot show a character
            stream.reconfigure(errors="backslashreplace")
    app()
