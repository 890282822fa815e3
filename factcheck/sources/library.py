"""Read source documents and resolve the `source:` references of claims.

The reader is chosen by extension (see `factcheck.sources.readers`); what it gives becomes a
`factcheck.text.document.Source`, the in-memory document every analysis works on.
`SourceLibrary` is the sources folder with confinement: a claim names a source by id or
path, and only files inside the project root are read.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Callable, Protocol

from factcheck.files import TextError, display_path, read_limited, real_path
from factcheck.sources.readers import FORMATS, TRANSCRIPTS, ReadError, read
from factcheck.text.document import Source
from factcheck.trust import system_file

MAX_SOURCE_BYTES = 64 * 1024 * 1024


class SourceError(Exception):
    """A source that cannot be used; `code` is E001 (missing) or E005 (unreadable)."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message


def read_bytes(path: Path, shown: str, limit: int = MAX_SOURCE_BYTES) -> bytes:
    """The bytes of `path`, refusing files over `limit`; raises SourceError (E005)."""
    try:
        return read_limited(path, shown, limit, "a source file")
    except TextError as exc:
        raise SourceError("E005", str(exc)) from None


def read_source(path: Path, source_id: str | None = None, fmt: str | None = None) -> Source:
    """Load a source with the reader for its extension (or `fmt`); raises SourceError
    with a message naming the file."""
    shown = display_path(path)
    fmt = fmt or FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise SourceError("E005", f"{shown}: unsupported source format {path.suffix or '(no extension)'!r} "
                          f"(supported: {', '.join(FORMATS)})")
    data = read_bytes(path, shown)
    try:
        document = read(data, fmt, shown)
    except ReadError as exc:
        raise SourceError("E005", str(exc)) from None
    layout = None
    if document.format in TRANSCRIPTS:
        from factcheck.sources.readers.transcript import layout as transcript_layout

        layout = transcript_layout(document.text, document.body_start)
    return Source(source_id or path.stem, path, shown, document.text, body_start=document.body_start,
                  meta=document.meta, format=document.format, extracted=document.extracted,
                  sha256=hashlib.sha256(data).hexdigest(), warnings=tuple(document.warnings), transcript=layout)


def _chars(found: Source | SourceError) -> int:
    return len(found.text) if isinstance(found, Source) else 0


def _is_file(entry: os.DirEntry) -> bool:
    """A regular file, or a link to one (a link loop or a broken link is not)."""
    try:
        return entry.is_file()
    except OSError:
        return False


class Archive(Protocol):
    """Where sources come from when this machine has no copy of the folder: a server index
    that keeps their texts (`factcheck.sources.index.StoredArchive`)."""

    location: str

    def names(self) -> list[str]:
        """The source files' names, sorted."""
        ...

    def source(self, name: str, path: Path, display: str) -> Source:
        """The source stored as `name`; raises SourceError."""
        ...


class SourceLibrary:
    """The sources folder plus any files claims name by path; each file read once. With an
    `archive`, the folder's sources are the archive's instead (no file is read).

    Confinement: a claim file is untrusted input (in CI it may come from anyone's pull
    request), so a source it names must be, once symbolic links are followed, inside one of
    `roots` (the project root, see `factcheck.commands.check`), unless `allow_outside_root`.
    Otherwise `source: /proc/self/environ`, or a link in sources/ to ~/.ssh/id_rsa, would
    have its words quoted into a public CI log."""

    KEEP = 128  # sources kept read (and tokenized) at once; an archive's others are read again
    KEEP_CHARS = 4 * 1024 * 1024  # … and characters of their text (see _load)

    def __init__(self, folder: Path, roots: tuple[Path, ...] | None = None, allow_outside_root: bool = False,
                 index: str | None = None, archive: Archive | None = None):
        self.folder = folder
        self.index = index  # the configured index (None: the embedded one), see factcheck.sources.index
        self.archive = archive
        real = list(dict.fromkeys(real_path(root) for root in (roots if roots is not None else (Path.cwd(),))))
        self.roots = tuple(r for r in real if not any(r != other and r.is_relative_to(other) for other in real))
        self.allow_outside_root = allow_outside_root
        self._cache: dict[Path, Source | SourceError] = {}
        self._paths: list[Path] | None = None
        self._stored_names: frozenset[str] | None = None
        self._links: set[str] = set()  # names in the folder that are symbolic links

    def paths(self) -> list[Path]:
        """The source files in the folder, sorted by name (listed once)."""
        if self._paths is None:
            folder = self.folder
            if self.archive is not None:
                self._paths = [folder / name for name in self.archive.names()]
            else:
                # one directory read (no stat per file but for links), names sorted as strings:
                # what an archive of thousands of files costs on every run
                names: list[str] = []
                try:
                    with os.scandir(folder) as entries:
                        for entry in entries:
                            if os.path.splitext(entry.name)[1].lower() in FORMATS and _is_file(entry):
                                names.append(entry.name)
                                if entry.is_symlink():
                                    self._links.add(entry.name)
                except OSError:  # no such folder, or not one
                    pass
                self._paths = [folder / name for name in sorted(names)]
        return self._paths

    def ids(self) -> list[str]:
        """Ids of the sources in the folder, sorted."""
        return sorted({p.stem for p in self.paths()})

    def inside(self) -> list[Path]:
        """`paths()` without the files that lead outside the roots (which `resolve` refuses):
        what the index may read."""
        paths = self.paths()
        if self.allow_outside_root or self.archive is not None:
            return paths
        if self._inside(real_path(self.folder)):  # then only a symbolic link can lead out
            return [p for p in paths if p.name not in self._links or self._inside(real_path(p))]
        return [p for p in paths if self._inside(real_path(p))]

    def _inside(self, real: Path) -> bool:
        return any(real.is_relative_to(root) for root in self.roots)

    def all(self) -> list[Source]:
        """Every source in the folder (for claims that name none)."""
        return [self.resolve(source_id, self.folder) for source_id in self.ids()]

    def resolve(self, ref: str, base_dir: Path) -> Source:
        """The source a claim means by `ref`: an id in the folder, else a path from the claim
        file. Raises SourceError: E001 not found, E005 unreadable, E007 outside the root."""
        if "\0" in ref:
            raise SourceError("E001", f"source {ref!r} not found: a path cannot hold a NUL character")
        if self.archive is not None:
            return self._stored(ref, base_dir)
        tried = [self.folder / (ref + suffix) for suffix in FORMATS]
        tried += [self.folder / ref, base_dir / ref]
        for candidate in tried:
            try:
                if not candidate.is_file():
                    continue
                real = candidate.resolve(strict=True)
            except (OSError, RuntimeError):  # a name too long, a symbolic link loop, no permission
                continue
            self.confine(ref, candidate, real)
            return self._load(real, lambda: read_source(real, candidate.stem))
        raise SourceError("E001", self._missing_message(ref, tried))

    def confine(self, ref: str, path: Path, real: Path) -> None:
        """Refuse (E007) the file `path`, `real` once links are followed, when it is outside
        every root and that is not allowed."""
        if self.allow_outside_root or any(real.is_relative_to(root) for root in self.roots):
            if system_file(real):  # /proc/self/environ, a device: never, whatever is allowed
                raise SourceError("E007", f"source {ref!r} is {real.as_posix()}, a file of the running system, "
                                  "not a document; sources must be files inside the project")
            return
        roots = " or ".join(root.as_posix() for root in self.roots)
        link = " (through a symbolic link)" if os.path.normpath(path.absolute()) != str(real) else ""
        raise SourceError("E007", f"source {ref!r} is {real.as_posix()}{link}, outside the project root {roots}; "
                          "sources must be inside the project (factcheck check --allow-outside-root allows others)")

    def _load(self, path: Path, read: Callable[[], Source]) -> Source:
        """The source at `path`, from the cache or `read()`, kept in the cache."""
        found = self._cache.pop(path, None)
        if found is None:
            try:
                found = read()
            except SourceError as exc:
                found = exc
            # forget the least recently used: beyond KEEP sources (an archive), or beyond KEEP_CHARS
            # of text or the new source's own, whichever is more (what a source costs in memory
            # grows with its text: memory stays in proportion to the largest source)
            budget = max(self.KEEP_CHARS, _chars(found))
            while self._cache and (len(self._cache) >= self.KEEP or self._chars() + _chars(found) > budget):
                del self._cache[next(iter(self._cache))]
        self._cache[path] = found  # (re)inserted last: the dict is in order of use
        if isinstance(found, SourceError):
            raise found
        return found

    def _chars(self) -> int:
        return sum(map(_chars, self._cache.values()))

    def _stored(self, ref: str, base_dir: Path) -> Source:
        """The archive's source that `ref` means: an id, a file name, or a path from the claim
        file into the folder, found in the order a local folder would be searched."""
        if self._stored_names is None:
            self._stored_names = frozenset(self.archive.names())
        names = self._stored_names
        by_path = Path(os.path.normpath(base_dir / ref))
        in_folder = by_path.name if by_path.parent == Path(os.path.normpath(self.folder)) else None
        for name in [ref + suffix for suffix in FORMATS] + [ref, in_folder]:
            if name in names:
                path = self.folder / name
                return self._load(path, lambda: self.archive.source(name, path, display_path(path)))
        # the same message as for a folder here, so that a report does not depend on where it ran
        tried = [self.folder / (ref + suffix) for suffix in FORMATS] + [self.folder / ref, base_dir / ref]
        raise SourceError("E001", self._missing_message(ref, tried))

    def _missing_message(self, ref: str, tried: list[Path]) -> str:
        from rapidfuzz import process

        ids = self.ids()
        by_suffix = f"{display_path(self.folder / ref)}.{{{','.join(suffix[1:] for suffix in FORMATS)}}}"
        where = ", ".join(dict.fromkeys([by_suffix] + [display_path(p) for p in tried[len(FORMATS):]]))
        message = f"source {ref!r} not found (looked for {where})"
        close = [match for match, _, _ in process.extract(ref, ids, limit=3, score_cutoff=60)]
        if close:
            message += "; closest: " + ", ".join(close)
        elif not ids:
            message += f"; {display_path(self.folder)} has no sources (use --sources DIR)"
        return message
