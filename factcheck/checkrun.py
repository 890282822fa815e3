"""`factcheck check` end to end: settings, the pipeline, the baseline, the outputs, the
exit status. The command line's options arrive as `CheckOptions`; nothing here parses argv."""

from __future__ import annotations

import os
import shutil
import sys
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path

from factcheck import config as configuration
from factcheck.atomic import write_atomic
from factcheck.baseline import Baseline, BaselineError
from factcheck.console import progress_bar, show_progress, use_color
from factcheck.pipeline import UsageError, run
from factcheck.report import Options, Output, parse_output, render, summary_line


@dataclass
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


def _error(message: str) -> int:
    print(f"factcheck: error: {message}", file=sys.stderr)
    return 2


def default_outputs() -> list[Output]:
    """github in GitHub Actions, full on a terminal, concise otherwise."""
    if os.environ.get("GITHUB_ACTIONS") == "true":
        return [Output("github")]
    return [Output("full" if sys.stdout.isatty() else "concise")]


def source_roots(config: configuration.Config) -> tuple[Path, ...]:
    """Where sources may be: the project root, and a sources folder named on the command
    line (whoever runs the command chose it; a claim or configuration file did not)."""
    if config.origins["sources"] == "command line":
        return (config.root, config["sources"])
    return (config.root,)


def execute(options: CheckOptions) -> int:
    """Run the check; returns the exit status."""
    try:
        config = configuration.load(options.config, options.isolated)
        config.override("sources", options.sources)
        config.override("fail-on", options.fail_on)
        config.override("format", [parse_output(spec) for spec in options.formats or []])
        config.override("baseline", options.baseline)
        config.override("allow-outside-root", options.allow_outside_root or None)
    except (configuration.ConfigError, ValueError) as exc:
        return _error(str(exc))
    outputs = config["format"] or default_outputs()
    to_stdout = [o for o in outputs if o.path is None]
    if len(to_stdout) > 1:
        return _error("only one format can go to standard output; send the others to files with "
                      f"FORMAT:PATH (got {', '.join(o.format for o in to_stdout)})")
    baseline = None
    if config["baseline"] is not None and options.write_baseline is None:
        try:
            baseline = Baseline.load(config["baseline"])
        except BaselineError as exc:
            return _error(str(exc))

    color = use_color(options.color, sys.stdout)
    progress = progress_bar(sys.stderr, use_color(options.color, sys.stderr)) if show_progress(sys.stderr) \
        else nullcontext(None)
    try:
        with progress as callback:
            report = run(options.paths or config["claims"], config["sources"], language=config["language"],
                         strictness=config["strictness"], baseline=baseline, progress=callback,
                         jobs=options.jobs, roots=source_roots(config),
                         allow_outside_root=config["allow-outside-root"])
    except UsageError as exc:
        return _error(str(exc))

    if options.write_baseline is not None:
        written = Baseline.from_report(options.write_baseline, report)
        try:
            written.save()
        except OSError as exc:
            return _error(f"{options.write_baseline.as_posix()}: cannot write the baseline: {exc.strerror or exc}")
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
                return _error(f"{output.path.as_posix()}: cannot write the report: {exc.strerror or exc}")
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
