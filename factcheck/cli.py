"""The command line: `factcheck check [PATH...]`, `factcheck quotes SOURCE...` and the
editors' commands.

Results go to standard output, progress, summaries and problems with the command line to
standard error. Exit status: 0 every claim passed or warned, 1 a claim failed (under
`--fail-on`), 2 the command line was wrong, a claim file could not be read, or a claim
could not be checked. Command bodies live in their modules; this file only parses options.
"""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from factcheck import __version__
from factcheck.sources.readers import READERS

app = typer.Typer(
    name="factcheck",
    help="Verify the quotes in claim files against their sources.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # plain help: `--help` starts fast, without rich's tables and markup
)


class FailOn(str, Enum):
    fail = "fail"
    warn = "warn"
    never = "never"


class Color(str, Enum):
    auto = "auto"
    always = "always"
    never = "never"


class CI(str, Enum):
    github = "github"
    gitlab = "gitlab"
    none = "none"


class SchemaName(str, Enum):
    claims = "claims"
    report = "report"


CONFIG_OPTION = typer.Option(None, "--config", help="Read settings from this file instead of searching for one.",
                             dir_okay=False)
ISOLATED_OPTION = typer.Option(False, "--isolated", help="Ignore every configuration file.")
FORMAT_HELP = ("Report format, FORMAT or FORMAT:PATH to write it to a file; repeatable. Formats: full, concise, "
               "json, jsonl, sarif, junit, github, gitlab, markdown. Default: full on a terminal, concise "
               "otherwise, github when GITHUB_ACTIONS=true.")


def _fail(message: str) -> None:
    typer.echo(f"factcheck: error: {message}", err=True)
    raise typer.Exit(2)


def _settings(config: Optional[Path], isolated: bool):
    from factcheck.run.config import ConfigError, load

    try:
        return load(config, isolated)
    except ConfigError as exc:
        _fail(str(exc))


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
        None, help="Claim files, folders searched for *.yaml and *.yml, or globs. Default: the configured "
        "claims (./claims).", show_default=False
    ),
    sources: Optional[Path] = typer.Option(None, "--sources", "-s", help="Folder of source documents (default: sources, or the configuration's).",
                                           show_default=False),
    formats: Optional[list[str]] = typer.Option(None, "--format", "-f", metavar="FORMAT[:PATH]", help=FORMAT_HELP,
                                                show_default=False),
    fail_on: Optional[FailOn] = typer.Option(None, "--fail-on", help="Exit 1 on a failed claim (fail), also on a "
                                             "warning (warn), or never; errors always exit 2 (default: fail, or the configuration's).",
                                             show_default=False),
    color: Color = typer.Option(Color.auto, "--color", help="Colour: auto (a terminal, unless NO_COLOR or "
                                "TERM=dumb; FORCE_COLOR forces it), always or never."),
    baseline: Optional[Path] = typer.Option(None, "--baseline", help="Do not report the findings recorded in this "
                                            "baseline file; report its stale entries.", dir_okay=False),
    write_baseline: Optional[Path] = typer.Option(None, "--write-baseline", help="Record the current findings in "
                                                  "this baseline file (replacing it).", dir_okay=False),
    config: Optional[Path] = CONFIG_OPTION,
    isolated: bool = ISOLATED_OPTION,
    jobs: int = typer.Option(1, "--jobs", "-j", min=0, help="Check in this many processes (0: one per core); "
                             "the report is the same as a serial run's."),
    allow_outside_root: bool = typer.Option(False, "--allow-outside-root", help="Read sources outside the project "
                                            "root (the configuration file's folder, else the working directory), "
                                            "also through symbolic links. Not for untrusted claim files."),
) -> None:
    """Check every claim and report pass / warn / fail / error with the evidence."""
    from factcheck.commands.check import CheckOptions, execute

    raise typer.Exit(execute(CheckOptions(
        paths or [], sources, formats, fail_on.value if fail_on else None, color.value, config, isolated,
        baseline, write_baseline, jobs, allow_outside_root)))


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
    from factcheck.commands import find as finder

    try:
        hits = finder.find(text, sources, limit, min_score)
    except finder.FindError as exc:
        _fail(str(exc))
    if output_format is FindFormat.json:
        sys.stdout.write(finder.render_json(text, hits))
    else:
        sys.stdout.write(finder.render_text(hits))
        if not hits:
            typer.echo("no passage found", err=True)
    raise typer.Exit(0 if hits else 1)


@app.command()
def draft(
    article: Path = typer.Argument(..., metavar="ARTICLE", dir_okay=False,
                                   help="The draft: Markdown, plain text, HTML or Word (.docx)."),
    sources: Optional[Path] = typer.Option(None, "--sources", "-s", show_default=False,
                                           help="Folder of source documents (default: sources, or the "
                                           "configuration's)."),
    formats: Optional[list[str]] = typer.Option(None, "--format", "-f", metavar="FORMAT[:PATH]", help=FORMAT_HELP,
                                                show_default=False),
    fail_on: Optional[FailOn] = typer.Option(None, "--fail-on", help="As for check: fail, warn or never.",
                                             show_default=False),
    color: Color = typer.Option(Color.auto, "--color", help="Colour: auto, always or never."),
    emit_claims: Optional[Path] = typer.Option(None, "--emit-claims", help="Also write what was found as a claims "
                                               "file, each claim naming the source it was found in.", dir_okay=False),
    force: bool = typer.Option(False, "--force", help="Overwrite the --emit-claims file if it exists."),
    config: Optional[Path] = CONFIG_OPTION,
    isolated: bool = ISOLATED_OPTION,
    allow_outside_root: bool = typer.Option(False, "--allow-outside-root", help="Read sources outside the project "
                                            "root, as for check."),
) -> None:
    """Check a draft article: every quotation with its speaker, every figure and date, against the sources."""
    from factcheck.commands.check import CheckOptions, execute
    from factcheck.draft.extract import collector

    if emit_claims is not None and emit_claims.exists() and not force:
        _fail(f"{emit_claims.as_posix()} exists; use --force to overwrite it")
    # the draft is the run's input: no report is written over it
    raise typer.Exit(execute(CheckOptions([article], sources, formats, fail_on.value if fail_on else None,
                                          color.value, config, isolated, allow_outside_root=allow_outside_root),
                             collector(article, emit_claims, force)))


@app.command()
def validate(
    paths: Optional[list[Path]] = typer.Argument(None, help="Claim files or folders. Default: the configured "
                                                 "claims (./claims)", show_default=False),
    config: Optional[Path] = CONFIG_OPTION,
    isolated: bool = ISOLATED_OPTION,
) -> None:
    """Check claim files against the schema only: fast, no sources read."""
    from factcheck.run.pipeline import UsageError
    from factcheck.commands.validate import validate as run_validation

    settings = _settings(config, isolated)
    try:
        validation = run_validation(paths or settings["claims"], settings["language"])
    except UsageError as exc:
        _fail(str(exc))
    for line in validation.lines:
        typer.echo(line)
    typer.echo(validation.summary, err=True)
    raise typer.Exit(2 if validation.lines else 0)


@app.command()
def explain(code: Optional[str] = typer.Argument(None, help="A finding code such as Q301. Default: list them all.",
                                                 show_default=False)) -> None:
    """What a finding code means, with a passing and a failing example."""
    from factcheck.claims.claimfile import nearest
    from factcheck.codes import CODES
    from factcheck.commands.explain import explain as explanation, listing

    if code is None:
        typer.echo(listing(), nl=False)
        return
    info = CODES.get(code.strip().upper())
    if info is None:
        _fail(f"unknown code {code!r} (nearest: {nearest(code.strip().upper(), tuple(CODES))}); "
              "`factcheck explain` lists them all")
    typer.echo(explanation(info), nl=False)


@app.command()
def init(
    folder: Path = typer.Argument(Path("."), help="The project folder.", file_okay=False),
    ci: CI = typer.Option(CI.github, "--ci", help="Which CI job to write."),
) -> None:
    """Start a project: claims/, sources/, factcheck.toml, pre-commit hooks, a CI job. Never overwrites."""
    from factcheck.commands.init import init as scaffold, report_lines

    try:
        done = scaffold(folder, ci.value)
    except OSError as exc:
        _fail(f"cannot create files in {folder.as_posix()}: {exc.strerror or exc}")
    for line in report_lines(done, folder):
        typer.echo(line)


@app.command("config")
def show_config(config: Optional[Path] = CONFIG_OPTION, isolated: bool = ISOLATED_OPTION) -> None:
    """Print the effective settings and where each came from."""
    for line in _settings(config, isolated).lines():
        typer.echo(line)


@app.command()
def schema(name: SchemaName = typer.Argument(..., help="claims: claim files; report: the JSON report.")) -> None:
    """Print a JSON Schema: for claim files (editor completion) or the JSON report."""
    from factcheck.commands.schema import render

    typer.echo(render(name.value), nl=False)


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
    from factcheck.sources.ingest import IngestError, add

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
    from factcheck.commands import quotes as quotelist
    from factcheck.files import write_atomic

    exists = f"{output.as_posix()} exists; use --force to overwrite it" if output is not None else ""
    if output is not None and output.exists() and not force:
        _fail(exists)
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
        try:
            write_atomic(output, text, replace=force)
        except FileExistsError:
            _fail(exists)  # it appeared while the sources were read
        except OSError as exc:
            _fail(f"{output.as_posix()}: cannot write: {exc.strerror or exc}")
        typer.echo(f"wrote {len(found)} quotations to {output.as_posix()}", err=True)


def _exit_on_sigterm(signum, frame) -> None:
    raise SystemExit(128 + signum)  # unwinds, so a file being written is removed, not left half-written


def main() -> None:
    import signal

    signal.signal(signal.SIGTERM, _exit_on_sigterm)
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):  # never crash on a terminal that cannot show a character
            stream.reconfigure(errors="backslashreplace")
    app()
