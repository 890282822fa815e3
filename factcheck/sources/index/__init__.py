"""A persisted index of the sources folder, for finding which sources may hold a passage.

The index maps word 3-grams to the sources containing them (`factcheck.sources.index.grams`).
By default it lives in the project's cache folder, `.factcheck/` (or `$FACTCHECK_CACHE_DIR`),
one SQLite file per sources folder; `index = "postgresql://…"` in the configuration (or
`$FACTCHECK_INDEX`) puts it on a PostgreSQL server shared by every editor, CI job and
worker, which also keeps each source's text. Either way it is keyed by each file's content
hash, built on first use and brought up to date on every use from the sources folder:
files whose size or modification time changed are re-hashed, and only new contents are read
and indexed; removed files are dropped. A machine without the sources folder reads the
sources' texts from a server index (`library_for`).
"""

from __future__ import annotations

import hashlib
import os
import sys
import time
from array import array
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from factcheck.files import write_atomic
from factcheck.sources.index.backend import Backend, FileState, StoredDocument
from factcheck.sources.index.grams import passage_grams, source_grams
from factcheck.sources.index.location import ENV, IndexUnavailable, is_server

if TYPE_CHECKING:
    from factcheck.sources.library import SourceLibrary
    from factcheck.text.document import Source

__all__ = ["ENV", "IndexUnavailable", "SourceIndex", "index_for", "library_for", "archive_candidates"]
Progress = Callable[[int, int], None]  # (contents indexed, contents to index)

CACHE_ENV = "FACTCHECK_CACHE_DIR"
CACHE_DIR = ".factcheck"
ARCHIVE_MIN_SOURCES = 100  # from this many sources on, `check` asks the index first
CANDIDATES = 8  # at most this many sources aligned per claim when the index picks them …
CANDIDATE_SHARE = 0.5  # … of which those sharing at least this share of the best one's grams
COMMON = 1000  # a gram in more sources than this says too little to be looked up
PARALLEL_FROM = 200  # new contents from which reading them in one process per core pays
_SETTLE_NS = 2_000_000_000  # a file modified this recently may change again within its mtime tick


@dataclass(frozen=True)
class RefreshStats:
    files: int  # source files in the folder
    indexed: int  # contents read and indexed this time
    rehashed: int  # files whose size or mtime changed
    removed: int


def cache_dir() -> Path:
    """The project's cache folder: `$FACTCHECK_CACHE_DIR`, else `.factcheck` here."""
    return Path(os.environ.get(CACHE_ENV) or CACHE_DIR)


def _open_backend(folder: Path, url: str | None = None) -> Backend:
    """The PostgreSQL index at `url` when one is named; else the index file of `folder` in
    the cache folder, or an index in memory, for this run, when that cannot be used (a
    read-only checkout, a full disk, a cache folder or file the repository planted as a
    symbolic link, another program's database), with a warning."""
    if is_server(url):
        from factcheck.sources.index.postgres import PostgresBackend

        return PostgresBackend(url)
    import sqlite3

    from factcheck.sources.index.sqlite import SqliteBackend

    where = cache_dir()
    key = hashlib.sha256(str(folder.resolve()).encode("utf-8", "surrogatepass")).hexdigest()[:16]
    path = where / f"index-{key}.sqlite3"
    try:
        _check_cache(where, path)
        where.mkdir(parents=True, exist_ok=True)
        ignore = where / ".gitignore"
        if not ignore.exists():
            write_atomic(ignore, "# factcheck's cache: safe to delete\n*\n")
        return SqliteBackend(path)
    except (OSError, sqlite3.Error) as exc:
        why = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        warn(f"cannot use the index in {Path(os.path.abspath(where)).as_posix()} ({why}); using an index in memory "
             "for this run")
        return SqliteBackend(":memory:")


def _check_cache(where: Path, path: Path) -> None:
    """Refuse (OSError) a cache folder or index file that a symbolic link or a special file
    stands in for: the repository may have planted it to make factcheck write elsewhere."""
    named = os.environ.get(CACHE_ENV)  # the environment's choice of folder is trusted; its files are not
    for candidate in ([] if named else [where]) + [path] + [Path(f"{path}{s}") for s in ("-wal", "-shm", "-journal")]:
        if candidate.is_symlink():
            raise OSError(f"{candidate.as_posix()} is a symbolic link, not followed")
        if candidate.exists() and not (candidate.is_dir() if candidate == where else candidate.is_file()):
            raise OSError(f"{candidate.as_posix()} is not a regular {'folder' if candidate == where else 'file'}")


_WARNED: set[str] = set()


def warn(message: str) -> None:
    """Tell the user (on standard error, once per process) that the run goes on without something."""
    if message not in _WARNED:
        _WARNED.add(message)
        print(f"factcheck: warning: {message}", file=sys.stderr)


class SourceIndex:
    """The index of one sources folder (in the server `url`, if given); `refresh()` before
    `search()`. Raises IndexUnavailable when the server cannot be used."""

    def __init__(self, folder: Path, backend: Backend | None = None, url: str | None = None):
        self.folder = folder
        self.backend = backend or _open_backend(folder, url)
        self.pid = os.getpid()  # a connection must not be used across a fork

    def refresh(self, paths: list[Path] | None = None, progress: Progress | None = None) -> RefreshStats:
        """Bring the index up to date with the folder (whose source files are `paths`, when
        already listed); waits while another run updates it. `progress` is told as new
        contents are indexed."""
        from factcheck.sources.library import SourceLibrary

        listing = {path.name: path for path in (SourceLibrary(self.folder).paths() if paths is None else paths)}
        stats = {name: path.stat() for name, path in listing.items()}
        if not _stale(self.backend.files(), stats):
            return RefreshStats(len(listing), 0, 0, 0)
        with self.backend.writing() as writer:
            known = writer.files()  # again, under the lock: another run may have done the work
            removed = sorted(set(known) - set(listing))
            for name in removed:
                writer.remove_file(name)
            now = time.time_ns()
            changed: dict[str, FileState] = {}
            unknown: dict[str, Path] = {}  # content hash -> a file with that content
            for name in sorted(listing):
                st, old = stats[name], known.get(name)
                if old and old.size == st.st_size and old.mtime_ns == st.st_mtime_ns:
                    continue
                size, digest = _digest(listing[name])
                mtime = st.st_mtime_ns if now - st.st_mtime_ns > _SETTLE_NS else -1
                changed[name] = FileState(size, mtime, digest)
                if digest not in unknown and not writer.has_content(digest):
                    unknown[digest] = listing[name]
            keep = self.backend.stores_text
            for done, (digest, (grams, document)) in enumerate(
                    zip(unknown, _all_grams(list(unknown.values()), keep)), start=1):
                writer.add_content(digest, grams, document)
                if progress is not None:
                    progress(done, len(unknown))
            for name, state in changed.items():
                writer.set_file(name, state)
        return RefreshStats(len(listing), len(unknown), len(changed), len(removed))

    def search(self, text: str, limit: int = CANDIDATES) -> list[tuple[str, int]] | None:
        """Source file names sharing the most word 3-grams with `text`, best first, as (name,
        grams shared); None when the text has no three words in a row to look for."""
        grams = passage_grams(text)
        if not grams:
            return None
        return self.backend.search(grams, limit, COMMON)

    def candidates(self, text: str) -> list[str] | None:
        """The source ids worth aligning `text` with: those sharing at least half as many
        grams as the best (a source sharing far fewer cannot hold the passage); None as for
        `search`."""
        hits = self.search(text)
        if hits is None:
            return None
        enough = hits[0][1] * CANDIDATE_SHARE if hits else 0
        return list(dict.fromkeys(Path(name).stem for name, shared in hits if shared >= enough))

    def close(self) -> None:
        self.backend.close()


def _digest(path: Path) -> tuple[int, str]:
    """The size and content hash of a file, read in pieces (a huge file is not held in memory)."""
    digest, size = hashlib.blake2b(digest_size=20), 0
    with path.open("rb") as handle:
        while piece := handle.read(1 << 20):
            digest.update(piece)
            size += len(piece)
    return size, digest.hexdigest()


def _stale(known: dict[str, FileState], stats: dict[str, os.stat_result]) -> bool:
    if known.keys() != stats.keys():
        return True
    return any(known[n].size != st.st_size or known[n].mtime_ns != st.st_mtime_ns for n, st in stats.items())


def _grams_of(path: Path, keep: bool = False) -> tuple[array, StoredDocument | None]:
    """The grams of a source as `check` reads it (none for a file it cannot read), and the
    document as read when the backend keeps texts (`keep`)."""
    from factcheck.sources.library import SourceError, read_source
    from factcheck.text.tokens import word_keys

    try:
        source = read_source(path)
    except SourceError as exc:
        return array("q"), StoredDocument(error_code=exc.code, error=exc.message) if keep else None
    # word_keys() is the fast path to the same keys when no span (page mark, cue time) is skipped
    keys = source.word_keys if source.skipped else word_keys(source.text, source.body_start)
    document = StoredDocument(text=source.text, body_start=source.body_start, meta=source.meta, format=source.format,
                              extracted=source.extracted, sha256=source.sha256, warnings=source.warnings) if keep else None
    return array("q", source_grams(keys)), document


def _grams_and_text(path: Path) -> tuple[array, StoredDocument | None]:
    return _grams_of(path, True)


def _all_grams(paths: list[Path], keep: bool = False) -> Iterator[tuple[array, StoredDocument | None]]:
    """`_grams_of` each path, in order; a large batch in one process per core."""
    work = _grams_and_text if keep else _grams_of
    workers = min(os.cpu_count() or 1, 4)
    if len(paths) < PARALLEL_FROM or workers < 2:
        yield from map(work, paths)
        return
    from concurrent.futures import ProcessPoolExecutor

    from factcheck.trust import die_with_parent

    with ProcessPoolExecutor(workers, initializer=die_with_parent) as pool:
        yield from pool.map(work, paths, chunksize=16)


_OPEN: WeakKeyDictionary[SourceLibrary, SourceIndex] = WeakKeyDictionary()


def index_for(library: SourceLibrary) -> SourceIndex:
    """The index of the library's folder, brought up to date once for the library's life
    (a run), and opened by each process for itself. A library reading from the index (no
    local copy of the folder) leaves it as it is."""
    index = _OPEN.get(library)
    if index is None or index.pid != os.getpid():
        import sqlite3

        from factcheck.sources.index.sqlite import SqliteBackend

        index = _OPEN[library] = SourceIndex(library.folder, url=library.index)
        if library.archive is None:
            try:
                index.refresh(library.inside())  # never a file outside the project: the cache may be shared
            except (OSError, sqlite3.Error) as exc:  # a full disk, an I/O error: the run goes on
                if library.index is not None or index.backend.location == ":memory:":
                    raise
                warn(f"cannot update the index {index.backend.location} ({exc}); using an index in memory for "
                     "this run")
                index.close()
                index = _OPEN[library] = SourceIndex(library.folder, SqliteBackend(":memory:"))
                index.refresh(library.inside())
    return index


class StoredArchive:
    """The sources as a server index keeps them, for a machine without the folder
    (`SourceLibrary.archive`)."""

    def __init__(self, url: str):
        self.url = url
        self._backend: Backend | None = None
        self._pid = 0
        self._names: list[str] | None = None

    def __getstate__(self) -> dict:  # sent to worker processes without its connection
        return {"url": self.url, "_backend": None, "_pid": 0, "_names": None}

    @property
    def backend(self) -> Backend:
        if self._backend is None or self._pid != os.getpid():
            self._backend, self._pid = _open_backend(Path("."), self.url), os.getpid()
        return self._backend

    @property
    def location(self) -> str:
        return self.backend.location

    def names(self) -> list[str]:
        """The file names the index holds, sorted."""
        if self._names is None:
            self._names = sorted(self.backend.files())
        return self._names

    def source(self, name: str, path: Path, display: str) -> Source:
        """The source stored as `name`, located as `path` shown as `display`; raises
        SourceError as reading the file would have."""
        from factcheck.sources.library import SourceError
        from factcheck.sources.readers import TRANSCRIPTS
        from factcheck.text.document import Source

        stored = self.backend.document(name)
        if stored is None:
            raise SourceError("E001", f"source {name!r} is no longer in the index {self.location}")
        if stored.error_code:
            raise SourceError(stored.error_code, stored.error or f"{display}: unreadable")
        layout = None
        if stored.format in TRANSCRIPTS:
            from factcheck.sources.readers.transcript import layout as transcript_layout

            layout = transcript_layout(stored.text, stored.body_start)
        return Source(Path(name).stem, path, display, stored.text, body_start=stored.body_start,
                      meta=dict(stored.meta), format=stored.format, extracted=stored.extracted, sha256=stored.sha256,
                      warnings=stored.warnings, transcript=layout)


def library_for(folder: Path, roots: tuple[Path, ...] | None = None, allow_outside_root: bool = False,
                index: str | None = None, remote: bool = False) -> SourceLibrary:
    """The sources of `folder`, with the index `index` (None: the embedded one). With a
    server index they are read from the index when the folder is not here, or always when
    `remote` (a worker of a cluster)."""
    from factcheck.sources.library import SourceLibrary

    archive = StoredArchive(index) if is_server(index) and (remote or not folder.is_dir()) else None
    return SourceLibrary(folder, roots, allow_outside_root, index=index, archive=archive)


def archive_candidates(library: SourceLibrary, text: str) -> list[Source] | None:
    """For a claim naming no source: the sources of a large folder the index says may hold
    `text`, best first (possibly none). None when every source should be checked: the folder
    is small, or the text has no three words in a row to look for."""
    paths = library.paths()
    if len(paths) < ARCHIVE_MIN_SOURCES:
        return None
    ids = index_for(library).candidates(text)
    if ids is None:
        return None
    return [library.resolve(source_id, library.folder) for source_id in ids]
