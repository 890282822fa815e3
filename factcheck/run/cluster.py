"""`factcheck check --scheduler tcp://HOST:PORT`: claims checked on a Dask cluster.

Claims go to the workers in chunks of consecutive claims (they tend to share sources,
which a worker then reads once); each worker reads the sources from the PostgreSQL index,
not from files, so it needs no copy of the archive, only factcheck installed (with
`factcheck[dask,postgresql]`) and a route to the index's server. Verdicts come back in the
claims' order: the report is byte-identical to a serial run's.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

from factcheck.model import Claim, Verdict
from factcheck.files import display_path
from factcheck.sources.index import IndexUnavailable, index_for, library_for
from factcheck.sources.index.location import is_server
from factcheck.sources.library import SourceLibrary

Check = Callable[[Claim, SourceLibrary], Verdict]
CHUNK = 25  # claims per task: large enough that scheduling costs little, small enough to spread
CONNECT_SECONDS = 30


class ClusterError(Exception):
    """The cluster cannot be used (no Dask, no scheduler there, no server index)."""


_local = threading.local()  # a worker thread's libraries, by what they were made from


def _check_chunk(check: Check, claims: list[Claim], folder: str, roots: tuple[str, ...], allow_outside_root: bool,
                 index: str) -> list[Verdict]:
    """Run on a worker: the verdicts on `claims`, sources read from the index."""
    key = (folder, roots, allow_outside_root, index)
    libraries = _local.__dict__.setdefault("libraries", {})
    library = libraries.get(key)
    if library is None:
        library = libraries[key] = library_for(Path(folder), tuple(Path(r) for r in roots), allow_outside_root,
                                               index, remote=True)
    return [check(claim, library) for claim in claims]


def check_on_cluster(claims: list[Claim], library: SourceLibrary, scheduler: str, check: Check) -> Iterator[Verdict]:
    """The verdicts on `claims`, in order, from the Dask cluster at `scheduler`; `check` is
    the per-claim dispatcher (`factcheck.run.pipeline.check`, sent by reference)."""
    if not is_server(library.index):
        raise ClusterError("--scheduler needs the sources in a PostgreSQL index that every worker reads: set "
                           "index = \"postgresql://…\" in factcheck.toml or FACTCHECK_INDEX")
    try:
        from distributed import Client
    except ImportError:
        raise ClusterError("--scheduler needs Dask: pip install 'factcheck[dask]'") from None
    if library.archive is None:
        index_for(library)  # bring the shared index up to date with this folder before the workers read it
    try:
        client = Client(scheduler, timeout=CONNECT_SECONDS, set_as_default=False)
    except (OSError, TimeoutError) as exc:
        raise ClusterError(f"cannot reach the Dask scheduler {scheduler}: {exc}") from None
    # the folder as reports show it, so that a worker elsewhere shows the same paths
    args = (display_path(library.folder), tuple(r.as_posix() for r in library.roots), library.allow_outside_root,
            library.index)
    with client:
        futures = [client.submit(_check_chunk, check, claims[i : i + CHUNK], *args, pure=False)
                   for i in range(0, len(claims), CHUNK)]
        try:
            for future in futures:
                yield from future.result()
        except IndexUnavailable:
            raise
        except Exception as exc:  # a worker lost, the scheduler gone: the run ends, not a claim
            raise ClusterError(f"the Dask cluster at {scheduler} failed: {type(exc).__name__}: {exc}") from None
        finally:
            client.cancel(futures)
