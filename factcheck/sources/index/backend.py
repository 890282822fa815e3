"""What an index backend must do; `factcheck.sources.index.sqlite` is the one shipped.

The backend stores, per content hash, the set of word 3-grams of that content, and per
source file its size, modification time and content hash. See docs/index.md for how this
maps onto PostgreSQL (pg_trgm) or OpenSearch.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class FileState:
    """What the index remembers of one source file (`name` relative to the sources folder)."""

    size: int
    mtime_ns: int  # -1: not trusted, re-hash next time (the file was written very recently)
    digest: str  # content hash of the file's bytes


class Writer(Protocol):
    """Changes made inside `Backend.writing()`, applied all at once when it ends."""

    def files(self) -> dict[str, FileState]: ...

    def has_content(self, digest: str) -> bool: ...

    def add_content(self, digest: str, grams: set[int]) -> None: ...

    def set_file(self, name: str, state: FileState) -> None: ...

    def remove_file(self, name: str) -> None: ...


class Backend(Protocol):
    """A persisted gram index. Readers always see a complete, consistent state."""

    location: str  # where the index lives, for messages

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

    def close(self) -> None: ...
