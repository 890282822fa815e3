"""`factcheck sources add PATH|URL`: convert a document into sources/<id>.md with front matter."""

from __future__ import annotations

import sys
from pathlib import Path

from factcheck.commands import fail, settings
from factcheck.run.config import ConfigError
from factcheck.sources.ingest import IngestError, add


def execute(target: str, sources: Path | None, source_id: str | None, reader: str | None, force: bool,
            timeout: float, config: Path | None = None, isolated: bool = False) -> int:
    """Add the document; the sources folder is `--sources`, else the configuration's."""
    try:
        configuration = settings(config, isolated, sources)
    except ConfigError as exc:
        return fail(str(exc))
    folder = configuration["sources"]
    try:
        added = add(target, folder, source_id, reader, force, timeout, boundary=configuration.boundary(),
                    by_user=not configuration.from_file("sources"))
    except IngestError as exc:
        return fail(str(exc))
    for warning in added.warnings:
        print(f"factcheck: warning: {warning}", file=sys.stderr)
    print(f"added {added.path.as_posix()}: id {added.id}, {added.format}, {added.words:,} words, "
          f"sha256 {added.sha256}")
    return 0
