"""The PostgreSQL index backend: one index shared by every editor, CI job and worker.

Tables, in the schema `factcheck` of the database the URL names (one database per archive):

- `meta` (key, value): layout version, the gram function's fingerprint, the shards, the
  time of the last update, the number of postings;
- `documents`: one row per distinct content hash, with the document as its reader gave it
  (text, front matter, format) and its grams, so that a machine without the sources folder
  can check claims, and a removed content's postings can be found again;
- `files` (name → size, mtime_ns, document);
- `postings` (gram, document), one row per distinct gram of a document, indexed on
  (gram, document): a lookup is an index-only scan.

Sharded (`factcheck.sources.index.shards` sets it up), `postings` is hash-partitioned by
gram, each partition a `postgres_fdw` foreign table on another server. Writers load each
shard directly, not through the coordinator: the gram is already a uniform 64-bit hash, so
the partitioning uses an identity hash function (`gram_ops`) and the shard of a gram is
`(gram + HASH_OFFSET) mod 2**64 mod shards` here as on the server.

Every update holds one advisory lock on the coordinator (a second writer waits, then finds
the work done) inside one transaction. With shards, new postings are committed on the
shards before the coordinator commits the documents and files that use them, and the
postings of removed documents are deleted after: a reader never sees a file whose postings
are missing, and a posting without a file is never counted (the search joins `files`).
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from array import array
from collections.abc import Iterator
from contextlib import contextmanager

from factcheck.sources.index.backend import FileState, Status, StoredDocument
from factcheck.sources.index.grams import fingerprint
from factcheck.sources.index.location import IndexUnavailable, redacted

try:
    import psycopg
    from psycopg.conninfo import conninfo_to_dict, make_conninfo
    from psycopg.types.json import Jsonb
except ImportError:  # pragma: no cover - the optional extra is not installed
    psycopg = None

SCHEMA = "factcheck"
LAYOUT_VERSION = "1"
LOCK = 0x66636B31  # the advisory lock every writer of an index takes ("fck1")
HASH_OFFSET = 0x49A0F4DD15E5A8E3  # PostgreSQL's hash_combine64(0, h) adds this to h
WAIT_SECONDS = 600  # how long a writer waits for another's update
FLUSH_POSTINGS = 2_000_000  # COPY the postings of a shard every so many (26 bytes each on the way)
BULK_FROM = 1_000_000  # into an empty table, this many postings load faster without the index, which is built after
IDS_AT_ONCE = 1000  # document ids taken from the sequence in one round trip
_COPY_HEADER = b"PGCOPY\n\xff\r\n\x00" + bytes(8)
_COPY_TRAILER = b"\xff\xff"

TABLES = f"""
CREATE TABLE {SCHEMA}.meta (key text PRIMARY KEY, value text NOT NULL);
CREATE TABLE {SCHEMA}.documents (
    id bigserial PRIMARY KEY, digest text NOT NULL UNIQUE, text text NOT NULL, body_start integer NOT NULL,
    format text NOT NULL, meta jsonb NOT NULL, extracted boolean NOT NULL, sha256 text NOT NULL,
    warnings jsonb NOT NULL, error_code text, error text, grams bytea NOT NULL);
CREATE TABLE {SCHEMA}.files (
    name text COLLATE "C" PRIMARY KEY, size bigint NOT NULL, mtime_ns bigint NOT NULL,
    document bigint NOT NULL REFERENCES {SCHEMA}.documents);
CREATE INDEX files_document ON {SCHEMA}.files (document);
"""
POSTINGS = f"CREATE TABLE {SCHEMA}.postings (gram bigint NOT NULL, document bigint NOT NULL)"
POSTINGS_INDEX = f"CREATE INDEX IF NOT EXISTS postings_gram ON {SCHEMA}.postings (gram, document)"

# The sources sharing most grams with the passage: grams in more than `common` documents
# dropped, every document tied with the `limit`-th kept, ties broken by name (code points).
SEARCH = f"""
WITH hits AS MATERIALIZED (SELECT gram, document FROM {SCHEMA}.postings WHERE gram = ANY(%(grams)s::bigint[])),
kept AS (SELECT gram FROM hits GROUP BY gram HAVING count(*) <= %(common)s),
shared AS (SELECT document, count(*) AS n FROM hits WHERE gram IN (SELECT gram FROM kept) GROUP BY document),
cut AS (SELECT n FROM shared ORDER BY n DESC OFFSET %(limit)s - 1 LIMIT 1)
SELECT f.name, s.n FROM shared s JOIN {SCHEMA}.files f ON f.document = s.document
WHERE s.n >= coalesce((SELECT n FROM cut), 0)
ORDER BY s.n DESC, f.name LIMIT %(limit)s
"""


def connect(url: str, autocommit: bool = True):
    """A connection to `url`; IndexUnavailable (naming the server without its password)."""
    if psycopg is None:
        raise IndexUnavailable(f"the index {redacted(url)} is on PostgreSQL, which needs psycopg: "
                               "pip install 'factcheck[postgresql]'")
    try:
        return psycopg.connect(url, autocommit=autocommit, connect_timeout=10, application_name="factcheck")
    except psycopg.Error as exc:
        raise IndexUnavailable(f"cannot open the index {redacted(url)}: {_reason(exc)}") from None


def _reason(exc: Exception) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


def shard_of(gram: int, shards: int) -> int:
    """The partition PostgreSQL's hash partitioning (with `gram_ops`) puts `gram` in."""
    return ((gram + HASH_OFFSET) & 0xFFFFFFFFFFFFFFFF) % shards


def shard_url(url: str, shard: dict[str, str]) -> str:
    """How to reach a shard recorded as `shard` (conninfo without a password): as the
    coordinator's user, with its password when the user is the same (else libpq's
    PGPASSWORD or ~/.pgpass)."""
    mine = conninfo_to_dict(url)
    params = {"user": mine.get("user"), **shard}
    if mine.get("password") and params.get("user") == mine.get("user"):
        params["password"] = mine["password"]
    return make_conninfo("", **{k: v for k, v in params.items() if v})


def copy_rows(grams: array, document: int) -> bytes:
    """(gram, document) rows in COPY's binary format, built with slice assignments (no loop
    per gram in Python)."""
    n = len(grams)
    be = array("q", grams)
    if sys.byteorder == "little":
        be.byteswap()
    raw = be.tobytes()
    buf = bytearray(26 * n)  # per row: 2 fields (int16), then length 8 (int32) and 8 bytes, twice
    buf[1::26] = b"\x02" * n
    buf[5::26] = b"\x08" * n
    buf[17::26] = b"\x08" * n
    for k in range(8):
        buf[6 + k :: 26] = raw[k::8]
    for k, byte in enumerate(document.to_bytes(8, "big", signed=True)):
        buf[18 + k :: 26] = bytes((byte,)) * n
    return bytes(buf)


class PostgresBackend:
    """A gram index in the PostgreSQL database `url` (created on first use)."""

    stores_text = True

    def __init__(self, url: str):
        self.url = url
        self.location = redacted(url)
        self._db = connect(url)
        try:
            self._shards = self._ensure_schema()
        except psycopg.Error as exc:
            self._db.close()
            raise IndexUnavailable(f"cannot use the index {self.location}: {_reason(exc)}") from None

    def _ensure_schema(self) -> list[dict[str, str]]:
        """The shards (none: postings are here), creating the tables when there are none."""
        with self._db.transaction():
            self._db.execute("SELECT pg_advisory_xact_lock(%s)", (LOCK,))  # two first runs: one creates
            exists = self._db.execute("SELECT to_regclass(%s) IS NOT NULL", (f"{SCHEMA}.meta",)).fetchone()[0]
            if not exists:
                self._db.execute(f"CREATE SCHEMA IF NOT EXISTS {SCHEMA}")
                self._db.execute(TABLES)
                self._db.execute(POSTINGS)
                self._db.execute(POSTINGS_INDEX)
                self._db.cursor().executemany(f"INSERT INTO {SCHEMA}.meta VALUES (%s, %s)",
                                     [("layout", LAYOUT_VERSION), ("grams", fingerprint()), ("shards", "[]"),
                                      ("postings", "0")])
            meta = dict(self._db.execute(f"SELECT key, value FROM {SCHEMA}.meta"))
        if meta.get("layout") != LAYOUT_VERSION or meta.get("grams") != fingerprint():
            raise IndexUnavailable(
                f"the index {self.location} was built by another version of factcheck (layout "
                f"{meta.get('layout')}, grams {meta.get('grams')}; this one: {LAYOUT_VERSION}, {fingerprint()}): "
                f"drop its schema {SCHEMA!r} and run `factcheck index update` to rebuild it")
        return json.loads(meta.get("shards", "[]"))

    @property
    def shards(self) -> tuple[str, ...]:
        """The shard servers, as messages show them."""
        return tuple(shown(s) for s in self._shards)

    def files(self) -> dict[str, FileState]:
        return _files(self._db)

    def search(self, grams: set[int], limit: int, common: int) -> list[tuple[str, int]]:
        rows = self._db.execute(SEARCH, {"grams": list(grams), "common": common, "limit": limit})
        return [(name, n) for name, n in rows]

    def document(self, name: str) -> StoredDocument | None:
        row = self._db.execute(
            f"SELECT d.text, d.body_start, d.meta, d.format, d.extracted, d.sha256, d.warnings, d.error_code, "
            f"d.error FROM {SCHEMA}.files f JOIN {SCHEMA}.documents d ON d.id = f.document WHERE f.name = %s",
            (name,)).fetchone()
        if row is None:
            return None
        text, body_start, meta, fmt, extracted, sha256, warnings, code, error = row
        return StoredDocument(text=text, body_start=body_start, meta=meta, format=fmt, extracted=extracted,
                              sha256=sha256, warnings=tuple(warnings), error_code=code, error=error)

    def status(self) -> Status:
        db = self._db
        files, documents = db.execute(f"SELECT (SELECT count(*) FROM {SCHEMA}.files), "
                                      f"(SELECT count(*) FROM {SCHEMA}.documents)").fetchone()
        meta = dict(db.execute(f"SELECT key, value FROM {SCHEMA}.meta"))
        size = db.execute("SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0) FROM pg_class c "
                          "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = %s AND c.relkind IN "
                          "('r', 'm')", (SCHEMA,)).fetchone()[0]
        for shard in self._shards:
            with connect(shard_url(self.url, shard)) as conn:
                size += conn.execute("SELECT pg_total_relation_size(%s)", (f"{SCHEMA}.postings",)).fetchone()[0]
        return Status(backend="postgresql", location=self.location, files=files, contents=documents,
                      postings=int(meta.get("postings", 0)), size_bytes=int(size), updated=meta.get("updated"),
                      shards=self.shards, stores_text=True)

    @contextmanager
    def writing(self) -> Iterator[_Writer]:
        targets = [connect(shard_url(self.url, s), autocommit=False) for s in self._shards]
        try:
            with self._db.transaction():
                self._db.execute(f"SET LOCAL lock_timeout = '{WAIT_SECONDS}s'")
                self._db.execute("SELECT pg_advisory_xact_lock(%s)", (LOCK,))
                writer = _Writer(self._db, targets or [self._db])
                yield writer
                removed = writer.flush()
                for target in targets:
                    target.commit()  # new postings before the files that use them
            if targets and removed:
                for target, rows in zip(targets, removed):
                    _delete_postings(target, rows)
                    target.commit()  # removed postings after the files that used them
            for i, target in enumerate(targets or [self._db]):
                if writer.built[i]:  # mark the new pages all-visible: searches become index-only scans
                    target.autocommit = True
                    target.execute(f"VACUUM {SCHEMA}.postings")
        except psycopg.Error as exc:
            raise IndexUnavailable(f"cannot update the index {self.location}: {_reason(exc)}") from None
        finally:
            for target in targets:
                target.close()

    def close(self) -> None:
        self._db.close()


def shown(shard: dict[str, str]) -> str:
    """A shard's recorded conninfo (never with a password) as a URL, for messages."""
    host, port, db = shard.get("host", ""), shard.get("port"), shard.get("dbname", "")
    return f"postgresql://{host}{':' + port if port else ''}/{db}"


def _files(db) -> dict[str, FileState]:
    rows = db.execute(f"SELECT f.name, f.size, f.mtime_ns, d.digest FROM {SCHEMA}.files f "
                      f"JOIN {SCHEMA}.documents d ON d.id = f.document")
    return {name: FileState(size, mtime, digest) for name, size, mtime, digest in rows}


def _delete_postings(conn, rows: list[tuple[int, array]]) -> None:
    for document, grams in rows:
        conn.execute(f"DELETE FROM {SCHEMA}.postings WHERE document = %s AND gram = ANY(%s::bigint[])",
                     (document, grams.tolist()))


def _text(value: str) -> str:
    """`value` as PostgreSQL can store it: NUL (which it cannot) as U+FFFD, a character of
    the same length that is no word either, so offsets and matches stay the same."""
    return value.replace("\0", "\ufffd") if "\0" in value else value


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")


class _Writer:
    """Collects the changes of one update; `flush` applies them in a safe order."""

    def __init__(self, db, targets: list):
        self._db = db
        self._targets = targets  # where postings go: the shards in partition order, or this database
        self._digests = {digest for (digest,) in db.execute(f"SELECT digest FROM {SCHEMA}.documents")}
        self._ids: list[int] = []
        self._documents: list[tuple] = []
        self._postings = [bytearray() for _ in targets]
        self._pending = 0
        self._added = 0
        self._bulk = [not t.execute(f"SELECT EXISTS (SELECT 1 FROM {SCHEMA}.postings)").fetchone()[0]
                      for t in targets]
        self._files: list[tuple[str, FileState]] = []
        self._removed: list[str] = []
        self.built = [False for _ in targets]  # per target: its postings index was rebuilt after a bulk load

    def files(self) -> dict[str, FileState]:
        return _files(self._db)

    def has_content(self, digest: str) -> bool:
        return digest in self._digests

    def add_content(self, digest: str, grams: set[int], document: StoredDocument | None = None) -> None:
        if not self._ids:
            self._ids = [i for (i,) in self._db.execute(
                f"SELECT nextval('{SCHEMA}.documents_id_seq') FROM generate_series(1, %s)", (IDS_AT_ONCE,))][::-1]
        doc_id = self._ids.pop()
        d = document or StoredDocument()
        values = array("q", sorted(grams))
        self._documents.append((doc_id, digest, _text(d.text), d.body_start,
                                Jsonb({_text(k): _text(v) for k, v in d.meta.items()}), d.format, d.extracted,
                                d.sha256, Jsonb([_text(w) for w in d.warnings]), d.error_code,
                                d.error and _text(d.error), values.tobytes()))
        self._digests.add(digest)
        if len(self._targets) == 1:
            self._postings[0] += copy_rows(values, doc_id)
        else:
            parts: list[array] = [array("q") for _ in self._targets]
            for gram in values:
                parts[shard_of(gram, len(parts))].append(gram)
            for buffer, part in zip(self._postings, parts):
                buffer += copy_rows(part, doc_id)
        self._pending += len(values)
        self._added += len(values)
        if len(self._documents) >= 500:
            self._copy_documents()
        if self._pending >= FLUSH_POSTINGS:
            self._copy_postings()

    def set_file(self, name: str, state: FileState) -> None:
        self._files.append((name, state))

    def remove_file(self, name: str) -> None:
        self._removed.append(name)

    def _copy_documents(self) -> None:
        columns = "id, digest, text, body_start, meta, format, extracted, sha256, warnings, error_code, error, grams"
        with self._db.cursor().copy(f"COPY {SCHEMA}.documents ({columns}) FROM STDIN") as copy:
            for row in self._documents:
                copy.write_row(row)
        self._documents.clear()

    def _copy_postings(self) -> None:
        for i, (target, rows) in enumerate(zip(self._targets, self._postings)):
            if not rows:
                continue
            if self._bulk[i] and self._added >= BULK_FROM:  # a first build: index once, after loading
                target.execute(f"DROP INDEX IF EXISTS {SCHEMA}.postings_gram")
                self._bulk[i] = None  # rebuilt in flush
            with target.cursor().copy(f"COPY {SCHEMA}.postings (gram, document) FROM STDIN (FORMAT BINARY)") as copy:
                copy.write(_COPY_HEADER + rows + _COPY_TRAILER)
            rows.clear()
        self._pending = 0

    def flush(self) -> list[list[tuple[int, array]]] | None:
        """Apply everything; returns, per shard, the (document, grams) whose postings are to
        be deleted once the coordinator has committed (None when this database holds them,
        and they are already deleted)."""
        db = self._db
        self._copy_documents()
        self._copy_postings()
        for i, target in enumerate(self._targets):
            if self._bulk[i] is None:
                target.execute("SET LOCAL maintenance_work_mem = '512MB'")
                target.execute(POSTINGS_INDEX)
                target.execute(f"ANALYZE {SCHEMA}.postings")
        self.built = [b is None for b in self._bulk]
        db.cursor().executemany(f"DELETE FROM {SCHEMA}.files WHERE name = %s", [(n,) for n in self._removed])
        db.cursor().executemany(
            f"INSERT INTO {SCHEMA}.files (name, size, mtime_ns, document) SELECT %s, %s, %s, id "
            f"FROM {SCHEMA}.documents WHERE digest = %s ON CONFLICT (name) DO UPDATE SET size = excluded.size, "
            f"mtime_ns = excluded.mtime_ns, document = excluded.document",
            [(name, s.size, s.mtime_ns, s.digest) for name, s in self._files])
        orphans = db.execute(f"DELETE FROM {SCHEMA}.documents d WHERE NOT EXISTS (SELECT 1 FROM {SCHEMA}.files f "
                             f"WHERE f.document = d.id) RETURNING id, grams").fetchall()
        removed: list[list[tuple[int, array]]] = [[] for _ in self._targets]
        deleted = 0
        for doc_id, blob in orphans:
            grams = array("q")
            grams.frombytes(blob)
            deleted += len(grams)
            if len(self._targets) == 1:
                removed[0].append((doc_id, grams))
                continue
            parts: list[array] = [array("q") for _ in self._targets]
            for gram in grams:
                parts[shard_of(gram, len(parts))].append(gram)
            for shard, part in zip(removed, parts):
                shard.append((doc_id, part))
        db.execute(f"UPDATE {SCHEMA}.meta SET value = (value::bigint + %s)::text WHERE key = 'postings'",
                   (self._added - deleted,))
        db.execute(f"INSERT INTO {SCHEMA}.meta VALUES ('updated', %s) ON CONFLICT (key) DO UPDATE "
                   f"SET value = excluded.value", (_now(),))
        if len(self._targets) == 1:
            _delete_postings(db, removed[0])
            return None
        return removed if orphans else None
