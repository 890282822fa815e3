"""The SQLite index backend (standard library; one file under the project's `.factcheck/`).

Tables: `contents` (one row per distinct content hash, with its grams, so they can be taken
out again), `files` (name → size, mtime, content) and `buckets`, the postings. A posting is
one 64-bit number: the gram's top 40 bits above a 24-bit content id. Sorted, postings fall
into 16,384 buckets by their top 14 bits, one row each holding a sorted array: a lookup is
one row read and a binary search, and indexing sorts numbers and writes one row per bucket
rather than one per gram, which is what makes building fast.

Every change runs in one `BEGIN IMMEDIATE` transaction: a second writer waits for the first,
and readers (WAL mode) see the state before or after it, never half of it.
"""

from __future__ import annotations

import sqlite3
from array import array
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from factcheck.sources.index.backend import FileState, Status, StoredDocument
from factcheck.sources.index.grams import fingerprint

SCHEMA_VERSION = 2
APPLICATION_ID = 0x46434B49  # "FCKI" in the database header: the file is a factcheck index
WAIT_SECONDS = 600  # how long a run waits for another run's index update
FLUSH_POSTINGS = 4_000_000  # merge into the buckets every so many new postings (8 bytes each: bounds memory)
CONTENT_BITS, BUCKET_SHIFT = 24, 50  # 16.7 million contents at most; 2**14 buckets
_GRAM_BITS = ((1 << 64) - 1) ^ ((1 << CONTENT_BITS) - 1)  # the top 40 bits, unsigned
_CONTENT_MASK = (1 << CONTENT_BITS) - 1
_SCHEMA = [
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE contents (id INTEGER PRIMARY KEY, digest TEXT NOT NULL UNIQUE, grams BLOB NOT NULL)",
    "CREATE TABLE files (name TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL, "
    "content INTEGER NOT NULL REFERENCES contents(id))",
    "CREATE INDEX files_content ON files(content)",
    "CREATE TABLE buckets (bucket INTEGER PRIMARY KEY, postings BLOB NOT NULL)",
]


def _ours(db: sqlite3.Connection) -> bool:
    """Is the database a factcheck index, or empty (so that it may become one)?"""
    if db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID:
        return True
    return db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0


def _unpack(blob: bytes) -> array:
    values = array("Q")
    values.frombytes(blob)
    return values


class ForeignDatabase(sqlite3.DatabaseError):
    """An SQLite database that is not a factcheck index: it is left alone."""


class SqliteBackend:
    """A gram index in the SQLite file `path` (":memory:" for one that is not kept).

    A database is used only if it is ours (its application_id says so, or it is empty):
    another SQLite file found at the index's path raises ForeignDatabase and is not
    touched; a file that is not a database at all (a damaged index) is replaced."""

    stores_text = False  # the sources folder is on this machine: texts are read from it

    def __init__(self, path: Path | str):
        self.location = str(path)
        try:
            self._db = self._connect()
        except ForeignDatabase:
            raise
        except sqlite3.DatabaseError:  # not a database, or damaged: it is only a cache
            if self.location == ":memory:":
                raise
            self._discard()
            self._db = self._connect()

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.location, timeout=WAIT_SECONDS, isolation_level=None, check_same_thread=False)
        try:
            if not _ours(db):  # asked before anything is written to it
                raise ForeignDatabase(f"{self.location} is an SQLite database but not a factcheck index")
            db.execute("PRAGMA journal_mode=WAL")  # readers never wait for a writer
            db.execute("PRAGMA synchronous=NORMAL")
            self._db = db
            self._ensure_schema()
        except BaseException:
            db.close()
            raise
        return db

    def _discard(self) -> None:
        for suffix in ("", "-wal", "-shm"):
            Path(self.location + suffix).unlink(missing_ok=True)

    def _current(self) -> bool:
        if self._db.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
            return False
        row = self._db.execute("SELECT value FROM meta WHERE key = 'grams'").fetchone()
        return bool(row) and row[0] == fingerprint()

    def _ensure_schema(self) -> None:
        if self._current():
            return
        with self._transaction():
            if self._current():  # another run made it while this one waited
                return
            for table in ("buckets", "files", "contents", "meta"):
                self._db.execute(f"DROP TABLE IF EXISTS {table}")
            for statement in _SCHEMA:
                self._db.execute(statement)
            self._db.execute("INSERT INTO meta VALUES ('grams', ?)", (fingerprint(),))
            self._db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
            self._db.execute(f"PRAGMA application_id={APPLICATION_ID}")

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        self._db.execute("BEGIN IMMEDIATE")  # takes the write lock now, waiting for any other writer
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def files(self) -> dict[str, FileState]:
        return _files(self._db)

    @contextmanager
    def writing(self) -> Iterator[_Writer]:
        with self._transaction():
            writer = _Writer(self._db)
            yield writer
            writer.flush()
            self._db.execute("INSERT OR REPLACE INTO meta VALUES ('updated', ?)", (_now(),))

    def search(self, grams: set[int], limit: int, common: int) -> list[tuple[str, int]]:
        by_bucket: dict[int, list[int]] = defaultdict(list)
        for gram in grams:
            low = gram & _GRAM_BITS
            by_bucket[low >> BUCKET_SHIFT].append(low)
        marks = ",".join("?" * len(by_bucket))
        rows = self._db.execute(f"SELECT bucket, postings FROM buckets WHERE bucket IN ({marks})", list(by_bucket))
        shared: Counter[int] = Counter()
        for bucket, blob in rows:
            postings = _unpack(blob)
            for low in by_bucket[bucket]:
                first, last = bisect_left(postings, low), bisect_left(postings, low + (1 << CONTENT_BITS))
                if last - first <= common:
                    shared.update(p & _CONTENT_MASK for p in postings[first:last])
        if not shared:
            return []
        # every content tied with the limit-th best, so that ties are broken by file name, not
        # by the order contents happened to be indexed in (the same report from any cache)
        counts = sorted(shared.values(), reverse=True)
        cutoff = counts[min(limit, len(counts)) - 1]
        best = [content for content, count in shared.items() if count >= cutoff]
        hits = []
        for i in range(0, len(best), 500):
            chunk = best[i : i + 500]
            query = f"SELECT name, content FROM files WHERE content IN ({','.join('?' * len(chunk))})"
            hits += [(name, shared[content]) for name, content in self._db.execute(query, chunk)]
        return sorted(hits, key=lambda hit: (-hit[1], hit[0]))[:limit]

    def document(self, name: str) -> StoredDocument | None:
        return None

    def status(self) -> Status:
        def one(query: str) -> int:
            return self._db.execute(query).fetchone()[0]

        postings = sum(len(blob) for (blob,) in self._db.execute("SELECT postings FROM buckets")) // 8
        updated = self._db.execute("SELECT value FROM meta WHERE key = 'updated'").fetchone()
        size = one("PRAGMA page_count") * one("PRAGMA page_size")
        return Status(backend="sqlite", location=self.location, files=one("SELECT count(*) FROM files"),
                      contents=one("SELECT count(*) FROM contents"), postings=postings, size_bytes=size,
                      updated=updated[0] if updated else None)

    def close(self) -> None:
        self._db.close()


def _now() -> str:
    import datetime as dt

    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")


class _Writer:
    """Collects new postings; `flush` merges them (and removals) into the buckets."""

    def __init__(self, db: sqlite3.Connection):
        self._db = db
        self._new: defaultdict[int, array] = defaultdict(lambda: array("Q"))  # bucket -> new postings
        self._pending = 0  # how many postings `_new` holds

    def files(self) -> dict[str, FileState]:
        return _files(self._db)

    def has_content(self, digest: str) -> bool:
        return self._db.execute("SELECT 1 FROM contents WHERE digest = ?", (digest,)).fetchone() is not None

    def add_content(self, digest: str, grams: set[int], document: StoredDocument | None = None) -> None:
        content = self._db.execute("INSERT INTO contents (digest, grams) VALUES (?, ?)",
                                   (digest, array("q", grams).tobytes())).lastrowid
        if content > _CONTENT_MASK:
            raise sqlite3.DatabaseError("the index is full: delete the .factcheck folder to rebuild it")
        # Each posting goes straight into its bucket: sorting 16,384 buckets of a few hundred
        # postings each at merge time is several times faster than sorting millions at once.
        new = self._new
        for gram in grams:
            posting = (gram & _GRAM_BITS) | content
            new[posting >> BUCKET_SHIFT].append(posting)
        self._pending += len(grams)
        if self._pending > FLUSH_POSTINGS:
            self._merge()

    def set_file(self, name: str, state: FileState) -> None:
        self._db.execute(
            "INSERT OR REPLACE INTO files (name, size, mtime_ns, content) "
            "SELECT ?, ?, ?, id FROM contents WHERE digest = ?",
            (name, state.size, state.mtime_ns, state.digest),
        )

    def remove_file(self, name: str) -> None:
        self._db.execute("DELETE FROM files WHERE name = ?", (name,))

    def flush(self) -> None:
        """Drop the contents no file uses any more, then merge the new postings."""
        gone: set[int] = set()
        touched: set[int] = set()
        orphans = "SELECT id, grams FROM contents WHERE id NOT IN (SELECT content FROM files)"
        for content, blob in self._db.execute(orphans).fetchall():
            gone.add(content)
            grams = array("q")
            grams.frombytes(blob)
            touched.update((gram & _GRAM_BITS) >> BUCKET_SHIFT for gram in grams)
        self._db.executemany("DELETE FROM contents WHERE id = ?", ((c,) for c in gone))
        self._merge(gone, touched)

    def _merge(self, gone: frozenset[int] | set[int] = frozenset(), touched: set[int] | None = None) -> None:
        """Rewrite every bucket that gets new postings or loses those of `gone` contents."""
        touched = set(touched or ()) | self._new.keys()
        old = self._buckets(touched)
        rows = []
        for bucket in sorted(touched):
            postings = self._new[bucket].tolist() if bucket in self._new else []
            if bucket in old:
                kept = _unpack(old[bucket])
                postings += [p for p in kept if p & _CONTENT_MASK not in gone] if gone else kept
            postings.sort()
            rows.append((bucket, array("Q", postings).tobytes()))
        self._db.executemany("INSERT OR REPLACE INTO buckets VALUES (?, ?)", rows)
        self._new.clear()
        self._pending = 0

    def _buckets(self, wanted: set[int]) -> dict[int, bytes]:
        if len(wanted) > 2048:  # most of them: one pass over the table
            return dict(self._db.execute("SELECT bucket, postings FROM buckets"))
        found: dict[int, bytes] = {}
        ordered = sorted(wanted)
        for i in range(0, len(ordered), 500):
            chunk = ordered[i : i + 500]
            query = f"SELECT bucket, postings FROM buckets WHERE bucket IN ({','.join('?' * len(chunk))})"
            found.update(self._db.execute(query, chunk))
        return found


def _files(db: sqlite3.Connection) -> dict[str, FileState]:
    # two scans joined here rather than a JOIN, which reads each content's row, grams and all
    # (3x slower: this runs on every refresh), in one read transaction (one snapshot)
    own = not db.in_transaction
    if own:
        db.execute("BEGIN")
    try:
        digests = dict(db.execute("SELECT id, digest FROM contents"))  # the covering index on digest
        rows = db.execute("SELECT name, size, mtime_ns, content FROM files").fetchall()
    finally:
        if own:
            db.execute("COMMIT")
    return {name: FileState(size, mtime, digests[content]) for name, size, mtime, content in rows}
