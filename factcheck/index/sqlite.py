"""The SQLite index backend (standard library; one file under the project's `.factcheck/`).

Tables: `contents` (one row per distinct content hash, with its grams as a blob so they can
be removed without a second index), `postings` (gram, content) clustered by gram, `files`
(name → size, mtime, content). Writes run in one `BEGIN IMMEDIATE` transaction, so a
second writer waits for the first and readers see the state before or after, never half.
"""

from __future__ import annotations

import sqlite3
from array import array
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from factcheck.index.backend import FileState
from factcheck.index.grams import fingerprint

SCHEMA_VERSION = 1
WAIT_SECONDS = 600  # how long a run waits for another run's index update
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS contents (id INTEGER PRIMARY KEY, digest TEXT NOT NULL UNIQUE, grams BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS files (
    name TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL,
    content INTEGER NOT NULL REFERENCES contents(id)
);
CREATE INDEX IF NOT EXISTS files_content ON files(content);
CREATE TABLE IF NOT EXISTS postings (gram INTEGER NOT NULL, content INTEGER NOT NULL, PRIMARY KEY (gram, content)) WITHOUT ROWID;
"""


class SqliteBackend:
    """A gram index in the SQLite file `path` (":memory:" for one that is not kept)."""

    def __init__(self, path: Path | str):
        self.location = str(path)
        try:
            self._db = self._connect()
            self._ensure_schema()
        except sqlite3.DatabaseError:  # not a database, or damaged: it is only a cache
            if self.location == ":memory:":
                raise
            self._discard()
            self._db = self._connect()
            self._ensure_schema()

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.location, timeout=WAIT_SECONDS, isolation_level=None, check_same_thread=False)
        db.execute("PRAGMA journal_mode=WAL")  # readers never wait for a writer
        db.execute("PRAGMA synchronous=NORMAL")
        return db

    def _discard(self) -> None:
        for suffix in ("", "-wal", "-shm"):
            Path(self.location + suffix).unlink(missing_ok=True)

    def _ensure_schema(self) -> None:
        version = self._db.execute("PRAGMA user_version").fetchone()[0]
        if version == SCHEMA_VERSION and self._meta("grams") == fingerprint():
            return
        with self._transaction():
            version = self._db.execute("PRAGMA user_version").fetchone()[0]  # another run may have done it
            if version == SCHEMA_VERSION and self._meta("grams") == fingerprint():
                return
            for table in ("postings", "files", "contents", "meta"):
                self._db.execute(f"DROP TABLE IF EXISTS {table}")
            for statement in _SCHEMA.split(";"):
                if statement.strip():
                    self._db.execute(statement)
            self._db.execute("INSERT INTO meta VALUES ('grams', ?)", (fingerprint(),))
            self._db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")

    def _meta(self, key: str) -> str | None:
        try:
            row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        except sqlite3.OperationalError:  # no such table: a new file
            return None
        return row[0] if row else None

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
            yield _Writer(self._db)
            # contents no file refers to any more
            for content_id, blob in self._db.execute(
                "SELECT id, grams FROM contents WHERE id NOT IN (SELECT content FROM files)"
            ).fetchall():
                self._db.executemany("DELETE FROM postings WHERE gram = ? AND content = ?",
                                     ((gram, content_id) for gram in _unpack(blob)))
                self._db.execute("DELETE FROM contents WHERE id = ?", (content_id,))

    def search(self, grams: set[int], limit: int, common: int) -> list[tuple[str, int]]:
        shared: Counter[int] = Counter()
        query = "SELECT content FROM postings WHERE gram = ? LIMIT ?"
        for gram in sorted(grams):
            contents = [row[0] for row in self._db.execute(query, (gram, common + 1))]
            if len(contents) <= common:
                shared.update(contents)
        if not shared:
            return []
        ranked = sorted(shared.items(), key=lambda item: -item[1])
        # every file of the best contents; enough contents to fill `limit` even when files share them
        best = dict(ranked[: limit])
        marks = ",".join("?" * len(best))
        rows = self._db.execute(f"SELECT name, content FROM files WHERE content IN ({marks})", list(best))
        hits = sorted(((name, best[content]) for name, content in rows), key=lambda hit: (-hit[1], hit[0]))
        return hits[:limit]

    def close(self) -> None:
        self._db.close()


class _Writer:
    def __init__(self, db: sqlite3.Connection):
        self._db = db

    def files(self) -> dict[str, FileState]:
        return _files(self._db)

    def has_content(self, digest: str) -> bool:
        return self._db.execute("SELECT 1 FROM contents WHERE digest = ?", (digest,)).fetchone() is not None

    def add_content(self, digest: str, grams: set[int]) -> None:
        ordered = sorted(grams)
        cursor = self._db.execute("INSERT INTO contents (digest, grams) VALUES (?, ?)",
                                  (digest, array("q", ordered).tobytes()))
        content_id = cursor.lastrowid
        self._db.executemany("INSERT INTO postings VALUES (?, ?)", ((gram, content_id) for gram in ordered))

    def set_file(self, name: str, state: FileState) -> None:
        self._db.execute(
            "INSERT OR REPLACE INTO files (name, size, mtime_ns, content) "
            "SELECT ?, ?, ?, id FROM contents WHERE digest = ?",
            (name, state.size, state.mtime_ns, state.digest),
        )

    def remove_file(self, name: str) -> None:
        self._db.execute("DELETE FROM files WHERE name = ?", (name,))


def _files(db: sqlite3.Connection) -> dict[str, FileState]:
    rows = db.execute("SELECT name, size, mtime_ns, digest FROM files JOIN contents ON content = contents.id")
    return {name: FileState(size, mtime, digest) for name, size, mtime, digest in rows}


def _unpack(blob: bytes) -> array:
    grams = array("q")
    grams.frombytes(blob)
    return grams
