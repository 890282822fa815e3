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

from factcheck.files import TextError, display_path, read_limited, real_path
from factcheck.sources.readers import FORMATS, TRANSCRIPTS, ReadError, read
from factcheck.text.document import Source

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


class SourceLibrary:
    """The sources folder plus any files claims name by path; each file read once.

    Confinement: a claim file is untrusted input (in CI it may come from anyone's pull
    request), so a source it names must be, once symbolic links are followed, inside one of
    `roots` (the project root, see `factcheck.commands.check`), unless `allow_outside_root`.
    Otherwise `source: /proc/self/environ`, or a link in sources/ to ~/.ssh/id_rsa, would
    have its words quoted into a public CI log."""

    KEEP = 128  # sources kept read (and tokenized) at once; an archive's others are read again

    def __init__(self, folder: Path, roots: tuple[Path, ...] | None = None, allow_outside_root: bool = False):
        self.folder = folder
        real = list(dict.fromkeys(real_path(root) for root in (roots if roots is not None else (Path.cwd(),))))
        self.roots = tuple(r for r in real if not any(r != other and r.is_relative_to(other) for other in real))
        self.allow_outside_root = allow_outside_root
        self._cache: dict[Path, Source | SourceError] = {}
        self._paths: list[Path] | None = None

    def paths(self) -> list[Path]:
        """The source files in the folder, sorted by name (listed once)."""
        if self._paths is None:
            folder = self.folder
            found = folder.iterdir() if folder.is_dir() else ()
            self._paths = sorted(p for p in found if p.suffix.lower() in FORMATS and p.is_file())
        return self._paths

    def ids(self) -> list[str]:
        """Ids of the sources in the folder, sorted."""
        return sorted({p.stem for p in self.paths()})

    def inside(self) -> list[Path]:
        """`paths()` without the files that lead outside the roots (which `resolve` refuses):
        what the index may read."""
        if self.allow_outside_root:
            return self.paths()
        return [p for p in self.paths() if any(real_path(p).is_relative_to(root) for root in self.roots)]

    def all(self) -> list[Source]:
        """Every source in the folder (for claims that name none)."""
        return [self.resolve(source_id, self.folder) for source_id in self.ids()]

    def resolve(self, ref: str, base_dir: Path) -> Source:
        """The source a claim means by `ref`: an id in the folder, else a path from the claim
        file. Raises SourceError: E001 not found, E005 unreadable, E007 outside the root."""
        if "\0" in ref:
            raise SourceError("E001", f"source {ref!r} not found: a path cannot hold a NUL character")
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
            return self._load(real, candidate.stem)
        raise SourceError("E001", self._missing_message(ref, tried))

    def confine(self, ref: str, path: Path, real: Path) -> None:
        """Refuse (E007) the file `path`, `real` once links are followed, when it is outside
        every root and that is not allowed."""
        if self.allow_outside_root or any(real.is_relative_to(root) for root in self.roots):
            return
        roots = " or ".join(root.as_posix() for root in self.roots)
        link = " (through a symbolic link)" if os.path.normpath(path.absolute()) != str(real) else ""
        raise SourceError("E007", f"source {ref!r} is {real.as_posix()}{link}, outside the project root {roots}; "
                          "sources must be inside the project (factcheck check --allow-outside-root allows others)")

    def _load(self, path: Path, source_id: str) -> Source:
        found = self._cache.pop(path, None)
        if found is None:
            if len(self._cache) >= self.KEEP:  # an archive: forget the least recently used
                del self._cache[next(iter(self._cache))]
            try:
                found = read_source(path, source_id)
            except SourceError as exc:
                found = exc
        self._cache[path] = found  # (re)inserted last: the dict is in order of use
        if isinstance(found, SourceError):
            raise found
        return found

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
