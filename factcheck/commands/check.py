"""`factcheck check` end to end: settings, the pipeline, the baseline, the outputs, the
exit status. The command line's options arrive as `CheckOptions`; nothing here parses argv."""

from __future__ import annotations

import glob
import os
import shutil
import sys
from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path

from factcheck.commands import fail
from factcheck.run import config as configuration
from factcheck.files import write_atomic
from factcheck.run.baseline import Baseline, BaselineError
from factcheck.run.console import progress_bar, show_progress, use_color
from factcheck.model import Report
from factcheck.run.pipeline import Progress, UsageError, claim_files, run
from factcheck.report import Options, Output, parse_output, render, summary_line
from factcheck.files import display_path, real_path

# what a command checks, given the settings and a progress callback: `check` its claim
# files (the default), `draft` the claims it finds in an article (factcheck.draft.extract)
Collect = Callable[[configuration.Config, "Progress | None"], Report]


@dataclass(kw_only=True)
class CheckOptions:
    paths: list[Path]
    sources: Path | None = None
    formats: list[str] | None = None
    fail_on: str | None = None
    color: str = "auto"
    config: Path | None = None
    isolated: bool = False
    baseline: Path | None = None
    write_baseline: Path | None = None
    jobs: int = 1  # processes checking claims (0: one per core)
    allow_outside_root: bool = False


def default_outputs() -> list[Output]:
    """github in GitHub Actions, full on a terminal, concise otherwise."""
    if os.environ.get("GITHUB_ACTIONS") == "true":
        return [Output("github")]
    return [Output("full" if sys.stdout.isatty() else "concise")]


def _outside_root(config: configuration.Config) -> str | None:
    """Why a path the configuration file sets is refused: claims to read or reports to write
    outside the project root (the file may come from anyone's pull request). Sources are
    confined one by one, as they are resolved (`SourceLibrary`)."""
    if config["allow-outside-root"]:
        return None
    root = real_path(config.root)
    named = [(name, path) for name in ("claims", "format") if config.origins[name] not in ("default", "command line")
             for path in (config["claims"] if name == "claims" else [o.path for o in config["format"] if o.path])]
    for name, path in named:
        fixed = Path(*path.parts[:_first_magic(path)])  # a glob's folder part
        if not real_path(fixed).is_relative_to(root):
            return (f"{config.origins[name]}: {name!r} names {path.as_posix()}, outside the project root "
                    f"{root.as_posix()} (allowed with --allow-outside-root)")
    return None


def _first_magic(path: Path) -> int:
    return next((i for i, part in enumerate(path.parts) if glob.has_magic(part)), len(path.parts))


def _overwrites_inputs(claims: list[Path], sources: Path, outputs: list[Output], baseline: Path | None) -> str | None:
    """Why a report or baseline file would be written over what the check reads: a claim file
    being checked, or anything in the sources folder."""
    try:
        inputs = {real_path(path) for path, _ in claim_files(claims)}
    except UsageError:
        inputs = set()  # reported when the check runs
    folder = real_path(sources)
    for target in [o.path for o in outputs if o.path is not None] + ([baseline] if baseline else []):
        real = real_path(target)
        if real in inputs or real.is_relative_to(folder):
            what = "a claim file being checked" if real in inputs else f"the sources folder {display_path(sources)}"
            return f"{target.as_posix()}: refusing to write a report or baseline over {what}"
    return None


def execute(options: CheckOptions, collect: Collect | None = None) -> int:
    """Run the check; returns the exit status. `collect` replaces reading claim files (and
    the baseline, which is about claim files); settings, confinement, outputs and exit
    policy stay."""
    try:
        config = configuration.load(options.config, options.isolated)
        config.override("sources", options.sources)
        config.override("fail-on", options.fail_on)
        config.override("format", [parse_output(spec) for spec in options.formats or []])
        config.override("baseline", options.baseline)
        config.override("allow-outside-root", options.allow_outside_root or None)
    except (configuration.ConfigError, ValueError) as exc:
        return fail(str(exc))
    outputs = config["format"] or default_outputs()
    claim_paths = options.paths or config["claims"]
    refused = _outside_root(config) or _overwrites_inputs(claim_paths, config["sources"], outputs, options.write_baseline)
    if refused:
        return fail(refused)
    to_stdout = [o for o in outputs if o.path is None]
    if len(to_stdout) > 1:
        return fail("only one format can go to standard output; send the others to files with "
                      f"FORMAT:PATH (got {', '.join(o.format for o in to_stdout)})")
    baseline = None
    if config["baseline"] is not None and options.write_baseline is None and collect is None:
        try:
            baseline = Baseline.load(config["baseline"])
        except BaselineError as exc:
            return fail(str(exc))

    color = use_color(options.color, sys.stdout)
    progress = progress_bar(sys.stderr, use_color(options.color, sys.stderr)) if show_progress(sys.stderr) \
        else nullcontext(None)
    try:
        with progress as callback:
            if collect is not None:
                report = collect(config, callback)
            else:
                report = run(claim_paths, config["sources"], language=config["language"],
                             strictness=config["strictness"], baseline=baseline, progress=callback,
                             jobs=options.jobs, roots=config.source_roots(),
                             allow_outside_root=config["allow-outside-root"])
    except UsageError as exc:
        return fail(str(exc))

    if options.write_baseline is not None:
        written = Baseline.from_report(options.write_baseline, report)
        try:
            written.save()
        except OSError as exc:
            return fail(f"{options.write_baseline.as_posix()}: cannot write the baseline: {exc.strerror or exc}")
        report = written.apply(report, config["strictness"])
        print(f"factcheck: wrote {len(written.entries)} baseline entries to {options.write_baseline.as_posix()}",
              file=sys.stderr)

    fail_on = config["fail-on"]
    for output in outputs:
        width = shutil.get_terminal_size().columns if output.path is None and sys.stdout.isatty() else None
        text = render(report, output.format, Options(color and output.path is None, width, fail_on))
        if output.path is None:
            sys.stdout.write(text)
            sys.stdout.flush()
        else:
            try:
                write_atomic(output.path, text)
            except OSError as exc:
                return fail(f"{output.path.as_posix()}: cannot write the report: {exc.strerror or exc}")
        if output.format == "github" and os.environ.get("GITHUB_STEP_SUMMARY"):
            _append_step_summary(Path(os.environ["GITHUB_STEP_SUMMARY"]), render(report, "markdown"))

    for problem in report.problems:
        print(f"{problem.file}:{problem.line}:{problem.column}: {problem.message}", file=sys.stderr)
    if not any(o.format == "full" and o.path is None for o in outputs):
        print(summary_line(report), file=sys.stderr)
    return report.exit_code_for(fail_on)


def _append_step_summary(path: Path, markdown: str) -> None:
    try:
        with path.open("a", encoding="utf-8") as summary:
            summary.write(markdown + "\n")
    except OSError as exc:
        print(f"factcheck: warning: cannot append to $GITHUB_STEP_SUMMARY ({path}): {exc.strerror or exc}",
              file=sys.stderr)
