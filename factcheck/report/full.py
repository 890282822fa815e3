"""`--format full`: the human report of terminal.py, as text for a stream or a file."""

from __future__ import annotations

import io
import os

from rich.console import Console

from factcheck.model import Report
from factcheck.report import Options
from factcheck.report import terminal


def render(report: Report, options: Options) -> str:
    buffer = io.StringIO()
    console = Console(file=buffer, highlight=False, force_terminal=options.color, no_color=not options.color,
                      color_system=_color_system(options.color), width=options.width or 100,
                      soft_wrap=options.width is None, emoji=False)
    terminal.render(report, console)
    return buffer.getvalue()


def _color_system(color: bool) -> str | None:
    if not color:
        return None
    # rich detects the terminal's palette, but refuses any under TERM=dumb, where only
    # --color always brings us
    return "standard" if os.environ.get("TERM") == "dumb" else "auto"
