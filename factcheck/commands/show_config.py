"""`factcheck config`: the effective settings and where each came from."""

from __future__ import annotations

from pathlib import Path

from factcheck.commands import fail, settings
from factcheck.run.config import ConfigError


def execute(config: Path | None, isolated: bool) -> int:
    """Print each setting as TOML with its origin (a file, the default)."""
    try:
        lines = settings(config, isolated).lines()
    except ConfigError as exc:
        return fail(str(exc))
    print("\n".join(lines))
    return 0
