"""Terminal conventions: when to use colour, and the progress bar on standard error."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO

from factcheck.run.pipeline import Progress

COLOR_CHOICES = ("auto", "always", "never")
PROGRESS_MIN_CLAIMS = 20  # fewer claims are checked too fast for a bar to help


def _set(name: str) -> bool:
    """An environment variable set to something other than empty (the NO_COLOR convention)."""
    return os.environ.get(name, "") != ""


def use_color(choice: str, stream: TextIO) -> bool:
    """`--color`: always and never win; auto honours NO_COLOR, then FORCE_COLOR, then
    TERM=dumb, and otherwise colours only a terminal."""
    if choice != "auto":
        return choice == "always"
    if _set("NO_COLOR"):
        return False
    if _set("FORCE_COLOR"):
        return True
    if os.environ.get("TERM") == "dumb":
        return False
    return _isatty(stream)


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def show_progress(stream: TextIO) -> bool:
    """A bar only on an interactive terminal (not in CI logs, not under TERM=dumb)."""
    return _isatty(stream) and os.environ.get("TERM") != "dumb" and not _set("CI")


@contextmanager
def progress_bar(stream: TextIO, color: bool, label: str = "checking claims",
                 minimum: int = PROGRESS_MIN_CLAIMS) -> Iterator[Progress]:
    """A callback (done, total) for `pipeline.run` or an index update, drawing a transient
    rich progress bar labelled `label` on `stream`, once there are at least `minimum` items."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress as Bar, TextColumn, TimeRemainingColumn

    console = Console(file=stream, force_terminal=True, color_system="auto" if color else None)
    bar = Bar(TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
              console=console, transient=True)
    task = None

    def update(done: int, total: int) -> None:
        nonlocal task
        if total < minimum:
            return
        if task is None:
            bar.start()
            task = bar.add_task("check", total=total)
        bar.update(task, completed=done)

    try:
        yield update
    finally:
        if task is not None:
            bar.stop()
