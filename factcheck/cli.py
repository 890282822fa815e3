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
SOURCES_OPTION = typer.Option(None, "--sources", "-s", show_default=False,
                              help="Folder of source documents (default: sources, or the configuration's).")
FORMAT_HELP = ("Report format, FORMAT or FORMAT:PATH to write it to a file; repeatable. Formats: full, concise, "
               "json, jsonl, sarif, junit, github, gitlab, markdown, html. Default: full on a terminal, concise "
               "otherwise, github when GITHUB_ACTIONS=true.")


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
    sources: Optional[Path] = SOURCES_OPTION,
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
        paths=paths or [], sources=sources, formats=formats, fail_on=fail_on.value if fail_on else None,
        color=color.value, config=config, isolated=isolated, baseline=baseline, write_baseline=write_baseline,
        jobs=jobs, allow_outside_root=allow_outside_root)))


class FindFormat(str, Enum):
    text = "text"
    json = "json"


@app.command()
def find(
    text: str = typer.Argument(..., help="The passage to look for."),
    sources: Optional[Path] = SOURCES_OPTION,
    limit: int = typer.Option(10, "--limit", "-n", min=1, help="Show at most this many passages."),
    min_score: float = typer.Option(50.0, "--min-score", min=0, max=100, help="Hide passages scoring less (0-100)."),
    output_format: FindFormat = typer.Option(FindFormat.text, "--format", "-f", help="Output format."),
    config: Optional[Path] = CONFIG_OPTION,
    isolated: bool = ISOLATED_OPTION,
) -> None:
    """Where in the sources a passage, or something close to it, occurs: ranked, with the
    location, score and speaker. Exit 0 found, 1 nothing found, 2 bad input."""
    from factcheck.commands import find as command

    raise typer.Exit(command.execute(text, sources, limit, min_score, output_format.value, config, isolated))


@app.command()
def draft(
    article: Path = typer.Argument(..., metavar="ARTICLE", dir_okay=False,
                                   help="The draft: Markdown, plain text, HTML or Word (.docx)."),
    sources: Optional[Path] = SOURCES_OPTION,
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
    from factcheck.commands import draft as command
    from factcheck.commands.check import CheckOptions

    options = CheckOptions(paths=[article], sources=sources, formats=formats, fail_on=fail_on.value if fail_on else None,
                           color=color.value, config=config, isolated=isolated, allow_outside_root=allow_outside_root)
    raise typer.Exit(command.execute(options, emit_claims, force))


@app.command()
def validate(
    paths: Optional[list[Path]] = typer.Argument(None, help="Claim files or folders. Default: the configured "
                                                 "claims (./claims)", show_default=False),
    config: Optional[Path] = CONFIG_OPTION,
    isolated: bool = ISOLATED_OPTION,
) -> None:
    """Check claim files against the schema only: fast, no sources read."""
    from factcheck.commands import validate as command

    raise typer.Exit(command.execute(paths or [], config, isolated))


@app.command()
def explain(
    code: Optional[str] = typer.Argument(None, help="A finding code such as Q301. Default: list them all.",
                                         show_default=False),
    markdown: bool = typer.Option(False, "--markdown", help="Print the reference page of every code "
                                  "(docs/codes.md) in Markdown."),
) -> None:
    """What a finding code means, with a passing and a failing example."""
    from factcheck.commands import explain as command

    raise typer.Exit(command.execute(code, markdown))


@app.command()
def init(
    folder: Path = typer.Argument(Path("."), help="The project folder.", file_okay=False),
    ci: CI = typer.Option(CI.github, "--ci", help="Which CI job to write."),
) -> None:
    """Start a project: claims/, sources/, factcheck.toml, pre-commit hooks, a CI job. Never overwrites."""
    from factcheck.commands import init as command

    raise typer.Exit(command.execute(folder, ci.value))


@app.command("config")
def show_config(config: Optional[Path] = CONFIG_OPTION, isolated: bool = ISOLATED_OPTION) -> None:
    """Print the effective settings and where each came from."""
    from factcheck.commands import show_config as command

    raise typer.Exit(command.execute(config, isolated))


@app.command()
def schema(name: SchemaName = typer.Argument(..., help="claims: claim files; report: the JSON report.")) -> None:
    """Print a JSON Schema: for claim files (editor completion) or the JSON report."""
    from factcheck.commands import schema as command

    raise typer.Exit(command.execute(name.value))


sources_app = typer.Typer(help="Build the sources folder.", no_args_is_help=True)
app.add_typer(sources_app, name="sources")
ReaderName = Enum("ReaderName", {name: name for name in READERS}, type=str)


@sources_app.command("add")
def sources_add(
    target: str = typer.Argument(..., metavar="PATH|URL", help="A document file, or an http(s) URL to download."),
    source_id: Optional[str] = typer.Option(None, "--id", help="The source's id. Default: from the file or URL name."),
    force: bool = typer.Option(False, "--force", help="Replace an existing sources/<id>.md."),
    sources: Optional[Path] = SOURCES_OPTION,
    reader: Optional[ReaderName] = typer.Option(None, "--format", help="Read the document as this format "
                                                "(default: by extension or content type)."),
    timeout: float = typer.Option(20.0, "--timeout", min=0.1, help="Seconds allowed for a download."),
    config: Optional[Path] = CONFIG_OPTION,
    isolated: bool = ISOLATED_OPTION,
) -> None:
    """Convert a document (HTML, PDF, WebVTT, SRT, text) into sources/<id>.md with front matter."""
    from factcheck.commands import sources_add as command

    raise typer.Exit(command.execute(target, sources, source_id, reader.value if reader else None, force, timeout,
                                     config, isolated))


class QuotesFormat(str, Enum):
    table = "table"
    json = "json"
    yaml = "yaml"


@app.command()
def quotes(
    refs: list[str] = typer.Argument(..., metavar="SOURCE...", help="Source files, folders of sources, or source ids."),
    sources: Optional[Path] = typer.Option(None, "--sources", "-s", show_default=False,
                                           help="Folder where source ids are looked up (default: sources, or "
                                           "the configuration's)."),
    output_format: QuotesFormat = typer.Option(QuotesFormat.table, "--format", "-f",
                                               help="table, json, or yaml (a claims file to edit)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write to this file instead of standard output."),
    force: bool = typer.Option(False, "--force", help="Overwrite the --output file if it exists."),
    config: Optional[Path] = CONFIG_OPTION,
    isolated: bool = ISOLATED_OPTION,
) -> None:
    """List every quotation in the sources with its speaker, cue and location."""
    from factcheck.commands import quotes as command

    raise typer.Exit(command.execute(refs, sources, output_format.value, output, force, config, isolated))


def _exit_on_sigterm(signum, frame) -> None:
    raise SystemExit(128 + signum)  # unwinds, so a file being written is removed, not left half-written


def main() -> None:
    import signal

    signal.signal(signal.SIGTERM, _exit_on_sigterm)
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):  # never crash on a terminal that cannot show a character
            stream.reconfigure(errors="backslashreplace")
    app()
