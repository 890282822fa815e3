"""One module per command. Each `execute(...)` takes the parsed options, prints its results
to standard output and its messages to standard error, and returns the exit status;
`factcheck.cli` only parses the command line and dispatches here."""

from __future__ import annotations

import sys
from pathlib import Path

from factcheck.run import config as configuration


def fail(message: str) -> int:
    """Report an error the way every command does (on one line, control characters in names
    from the repository shown as escapes); returns exit status 2."""
    from factcheck.report import flat

    print(f"factcheck: error: {flat(message)}", file=sys.stderr)
    return 2


def settings(config: Path | None, isolated: bool, sources: Path | None = None) -> configuration.Config:
    """The configuration (found upward, or `config`, or none with `isolated`) with the
    command line's `--sources` over it; raises ConfigError."""
    settings = configuration.load(config, isolated)
    settings.override("sources", sources)
    return settings
