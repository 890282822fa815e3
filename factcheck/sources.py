"""Read source documents and resolve the `source:` references of claims."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from factcheck.textio import TextError, read_text
from factcheck.quotations import QuotationIndex, find_quotations
from factcheck.tokens import MATCHED_KINDS, LineIndex, Tokens, tokenize
from factcheck.yamlstrict import YamlError, YMap, YScalar, load

TEXT_SUFFIXES = (".md", ".markdown", ".txt")
MAX_SOURCE_BYTES = 64 * 1024 * 1024
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)


class SourceError(Exception):
    """A source that cannot be used; `code` is E001 (missing) or E005 (unreadable)."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass
class Source:
    """A document's text with what matching needs, computed once on first use."""

    id: str
    path: Path
    display: str  # the path as reports show it
    text: str  # the whole file, front matter included, so positions are the file's own
    body_start: int = 0  # offset where the text after the front matter begins
    meta: dict[str, str] = field(default_factory=dict)

    @cached_property
    def tokens(self) -> Tokens:
        return tokenize(self.text, self.body_start)

    @cached_property
    def words(self) -> list[int]:
        """Token indices of the words, numbers and symbols, in order."""
        return self.tokens.matched()

    @cached_property
    def word_keys(self) -> list[str]:
        keys = self.tokens.keys
        return [keys[i] for i in self.words]

    @cached_property
    def word_index(self) -> dict[str, list[int]]:
        """Each word key to its positions in `words`."""
        index: dict[str, list[int]] = {}
        for position, key in enumerate(self.word_keys):
            index.setdefault(key, []).append(position)
        return index

    @cached_property
    def quotations(self) -> QuotationIndex:
        return QuotationIndex(find_quotations(self.text, self.body_start))

    @cached_property
    def lines(self) -> LineIndex:
        return LineIndex(self.text)


def display_path(path: Path) -> str:
    """`path` relative to the working directory when it is below it, with forward slashes."""
    try:
        return Path(os.path.relpath(path)).as_posix()
    except ValueError:  # another drive on Windows
        return path.as_posix()


def read_source(path: Path, source_id: str | None = None) -> Source:
    """Load a .txt or .md source; raises SourceError with a message naming the file."""
    shown = display_path(path)
    if path.suffix.lower() not in TEXT_SUFFIXES:
        raise SourceError("E005", f"{shown}: unsupported source format {path.suffix or '(no extension)'!r} "
                          f"(supported: {', '.join(TEXT_SUFFIXES)})")
    try:
        text = read_text(path, shown, MAX_SOURCE_BYTES)
    except TextError as exc:
        raise SourceError("E005", str(exc)) from None
    body_start, meta = 0, {}
    if path.suffix.lower() != ".txt":
        body_start, meta = _front_matter(text, shown)
    return Source(source_id or path.stem, path, shown, text, body_start, meta)


def _front_matter(text: str, shown: str) -> tuple[int, dict[str, str]]:
    m = _FRONT_MATTER.match(text)
    if not m:
        return 0, {}
    try:
        node = load(m.group(1) or "", first_line=2)
    except YamlError as exc:
        raise SourceError("E005", f"{shown}:{exc.line}:{exc.column}: front matter: {exc.message}") from None
    if node is not None and not isinstance(node, YMap):
        raise SourceError("E005", f"{shown}:2: front matter must be a mapping of keys to values")
    meta = {k.value: v.value for k, v in (node.items if node else ()) if isinstance(v, YScalar)}
    return m.end(), meta


class SourceLibrary:
    """The sources folder plus any files claims name by path; each file read once."""

    KEEP = 128  # sources kept read (and tokenized) at once; an archive's others are read again

    def __init__(self, folder: Path):
        self.folder = folder
        self._cache: dict[Path, Source | SourceError] = {}
        self._paths: list[Path] | None = None

    def paths(self) -> list[Path]:
        """The source files in the folder, sorted by name (listed once)."""
        if self._paths is None:
            folder = self.folder
            found = folder.iterdir() if folder.is_dir() else ()
            self._paths = sorted(p for p in found if p.suffix.lower() in TEXT_SUFFIXES and p.is_file())
        return self._paths

    def ids(self) -> list[str]:
        """Ids of the sources in the folder, sorted."""
        return sorted({p.stem for p in self.paths()})

    def all(self) -> list[Source]:
        """Every source in the folder (for claims that name none)."""
        return [self.resolve(source_id, self.folder) for source_id in self.ids()]

    def resolve(self, ref: str, base_dir: Path) -> Source:
        """The source a claim means by `ref`: an id in the folder, else a path from the claim file."""
        tried = [self.folder / (ref + suffix) for suffix in TEXT_SUFFIXES]
        tried += [self.folder / ref, base_dir / ref]
        for candidate in tried:
            if candidate.is_file():
                return self._load(candidate.resolve(), candidate.stem)
        raise SourceError("E001", self._missing_message(ref, tried))

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
        where = ", ".join(dict.fromkeys(display_path(p) for p in tried))
        message = f"source {ref!r} not found (looked for {where})"
        close = [match for match, _, _ in process.extract(ref, ids, limit=3, score_cutoff=60)]
        if close:
            message += "; closest: " + ", ".join(close)
        elif not ids:
            message += f"; {display_path(self.folder)} has no sources (use --sources DIR)"
        return message
