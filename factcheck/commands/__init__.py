"""One module per command. Each `execute(...)` takes the parsed options, prints its results
to standard output and its messages to standard error, and returns the exit status;
`factcheck.cli` only parses the command line and dispatches here."""

from __future__ import annotations

import sys
from pathlib import Path

from factcheck.run import config as configuration


def fail(message: str) -> int:
    """Report an error the way every command does; returns exit status 2."""
    print(f"factcheck: error: {message}", file=sys.stderr)
    return 2


def settings(config: Path | None, isolated: bool, sources: Path | None = None) -> configuration.Config:
    """The configuration (found upward, or `config`, or none with `isolated`) with the
    command line's `--sources` over it; raises ConfigError."""
    settings = configuration.load(config, isolated)
    settings.override("sources", sources)
    return settings
