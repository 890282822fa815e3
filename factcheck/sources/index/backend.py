"""What an index backend must do; `sqlite` (embedded, the default) and `postgres` (a shared
server, optionally sharded) are the two shipped.

The backend stores, per content hash, the set of word 3-grams of that content, and per
source file its size, modification time and content hash. A backend that `stores_text` also
keeps each content's document as read (text, front matter, format), so that a machine
without a copy of the sources folder can check claims from the index alone. See
docs/index.md.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import Protocol


@dataclass(frozen=True)
class FileState:
    """What the index remembers of one source file (`name` relative to the sources folder)."""

    size: int
    mtime_ns: int  # -1: not trusted, re-hash next time (the file was written very recently)
    digest: str  # content hash of the file's bytes


@dataclass(frozen=True)
class StoredDocument:
    """A source as its reader gave it (`factcheck.text.document.Source`'s fields that come
    from the file), or why it could not be read (`error_code`, `error`)."""

    text: str = ""
    body_start: int = 0
    meta: dict[str, str] = field(default_factory=dict)
    format: str = "text"
    extracted: bool = False
    sha256: str = ""
    warnings: tuple[str, ...] = ()
    error_code: str | None = None  # E005 when the file could not be read; `error` says why
    error: str | None = None


@dataclass(frozen=True)
class Status:
    """What `factcheck index status` shows."""

    backend: str  # "sqlite" | "postgresql"
    location: str  # where it lives; a server address never carries its password
    files: int
    contents: int  # distinct contents (identical files share one)
    postings: int  # (gram, content) pairs
    size_bytes: int  # on disk, all tables and indexes
    updated: str | None  # ISO 8601 UTC time of the last change, None if never
    shards: tuple[str, ...] = ()  # the servers holding the postings, when sharded
    stores_text: bool = False


class Writer(Protocol):
    """Changes made inside `Backend.writing()`, applied all at once when it ends."""

    def files(self) -> dict[str, FileState]: ...

    def has_content(self, digest: str) -> bool: ...

    def add_content(self, digest: str, grams: set[int], document: StoredDocument | None = None) -> None: ...

    def set_file(self, name: str, state: FileState) -> None: ...

    def remove_file(self, name: str) -> None: ...


class Backend(Protocol):
    """A persisted gram index. Readers always see a complete, consistent state."""

    location: str  # where the index lives, for messages (never with a password)
    stores_text: bool  # whether `add_content` wants each document, and `document` gives it back

    def files(self) -> dict[str, FileState]:
        """Every indexed file as last recorded."""
        ...

    def writing(self) -> AbstractContextManager[Writer]:
        """Exclusive, atomic changes: a second writer waits; contents no file uses are dropped."""
        ...

    def search(self, grams: set[int], limit: int, common: int) -> list[tuple[str, int]]:
        """Up to `limit` file names sharing the most of `grams`, as (name, grams shared), best
        first, ties by name; a gram found in more than `common` contents is ignored."""
        ...

    def document(self, name: str) -> StoredDocument | None:
        """The stored document of file `name`; None when there is no such file or the backend
        keeps no texts."""
        ...

    def status(self) -> Status: ...

    def close(self) -> None: ...
