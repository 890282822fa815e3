"""`factcheck index update | status | init`: the source index as a shared service.

`update` builds or refreshes the index of the sources folder (the embedded SQLite one, or the
PostgreSQL server that `index` / `FACTCHECK_INDEX` names), `status` shows it, `init` lays a
PostgreSQL index out with its postings sharded across servers. Messages never show a
server's password.
"""

from __future__ import annotations

import sys
import time
from contextlib import nullcontext
from pathlib import Path

from factcheck.commands import fail, settings
from factcheck.run.config import ConfigError
from factcheck.run.console import progress_bar, show_progress, use_color
from factcheck.sources.index import IndexUnavailable, SourceIndex
from factcheck.sources.index.location import is_server
from factcheck.sources.library import SourceLibrary

PROGRESS_MIN_CONTENTS = 50  # fewer are indexed too fast for a bar to help


def update(sources: Path | None, config: Path | None, isolated: bool) -> int:
    """Bring the index up to date with the sources folder; prints what was done."""
    try:
        configured = settings(config, isolated, sources)
    except ConfigError as exc:
        return fail(str(exc))
    folder = configured["sources"]
    if not folder.is_dir():
        return fail(f"{folder.as_posix()}: no such folder (use --sources DIR)")
    library = SourceLibrary(folder, configured.source_roots(), configured["allow-outside-root"])
    bar = progress_bar(sys.stderr, use_color("auto", sys.stderr), "indexing sources", PROGRESS_MIN_CONTENTS) \
        if show_progress(sys.stderr) else nullcontext(None)
    start = time.perf_counter()
    try:
        index = SourceIndex(folder, url=configured["index"])
        with bar as callback:
            stats = index.refresh(library.inside(), callback)
        where = index.backend.location
        index.close()
    except IndexUnavailable as exc:
        return fail(str(exc))
    print(f"index {where}: {stats.files} source files; {stats.indexed} new contents indexed, {stats.rehashed} "
          f"files re-hashed, {stats.removed} removed; {time.perf_counter() - start:.1f} s")
    return 0


def status(sources: Path | None, config: Path | None, isolated: bool) -> int:
    """Print the index's backend, location, counts, size and last update."""
    try:
        configured = settings(config, isolated, sources)
        index = SourceIndex(configured["sources"], url=configured["index"])
        state = index.backend.status()
        index.close()
    except (ConfigError, IndexUnavailable) as exc:
        return fail(str(exc))
    rows = [("backend", "PostgreSQL" if state.backend == "postgresql" else "SQLite (embedded)"),
            ("location", state.location)]
    if state.shards:
        rows.append(("shards", ", ".join(state.shards)))
    rows += [("files", f"{state.files:,}"), ("contents", f"{state.contents:,} distinct"),
             ("postings", f"{state.postings:,}"), ("size", f"{state.size_bytes / 1e6:,.1f} MB"),
             ("last update", state.updated or "never"),
             ("texts", "kept (machines without the sources folder can check)" if state.stores_text
              else "read from the sources folder")]
    width = max(len(name) for name, _ in rows)
    sys.stdout.write("".join(f"{name:<{width}}  {value}\n" for name, value in rows))
    return 0


def init(shards: list[str], config: Path | None, isolated: bool) -> int:
    """Lay out the configured PostgreSQL index with its postings on `shards`."""
    from factcheck.sources.index.location import check, redacted
    from factcheck.sources.index.shards import init_sharded

    try:
        url = settings(config, isolated)["index"]
        for shard in shards:
            check(shard)
    except ConfigError as exc:
        return fail(str(exc))
    except ValueError as exc:
        return fail(f"--shard {exc}")
    if not is_server(url):
        return fail("factcheck index init lays out a PostgreSQL index: set index = \"postgresql://…\" in "
                    "factcheck.toml, or FACTCHECK_INDEX")
    try:
        init_sharded(url, shards)
    except IndexUnavailable as exc:
        return fail(str(exc))
    print(f"index {redacted(url)}: laid out with its postings in {len(shards)} shards: "
          f"{', '.join(redacted(s) for s in shards)}")
    return 0
