"""Read source documents and resolve the `source:` references of claims.

The reader is chosen by extension (see `factcheck.readers`). A `Source` is the text that
quotes are matched in, plus what turns an offset into a location an editor can open
(`locate`): line and column, and the PDF page or the transcript cue's time and speaker.
Spans that are not the document's words (page marks, timestamps, speaker labels,
transcript annotations) are `skipped`: they yield no tokens, so matching steps over them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck.model import Location
from factcheck.quotations import QuotationIndex, find_quotations
from factcheck.readers import FORMATS, TRANSCRIPTS, ReadError, read
from factcheck.readers.pdf import PAGE_MARK
from factcheck.textio import TextError, read_limited
from factcheck.tokens import LineIndex, Tokens, tokenize

MAX_SOURCE_BYTES = 64 * 1024 * 1024
_PAGE_BREAK = re.compile(rf"\s*{PAGE_MARK.pattern}\s*", re.M)  # with the blank lines around it
_LAYOUT_BREAK = re.compile(r"(?<!\n)\n(?![ \t]*\n)")  # a line break that is not a blank line
if TYPE_CHECKING:
    from factcheck.speakers import Speech


class SourceError(Exception):
    """A source that cannot be used; `code` is E001 (missing) or E005 (unreadable)."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True)
class Turn:
    """A transcript speaker turn: consecutive cues of one speaker (None when unlabelled)."""

    start: int
    end: int
    speaker: str | None
    time: str | None  # the first cue's start time


@dataclass
class Source:
    """A document's text with what matching needs, computed once on first use."""

    id: str
    path: Path
    display: str  # the path as reports show it
    text: str  # the whole file, front matter included, so positions are the file's own
    body_start: int = 0  # offset where the text after the front matter begins
    meta: dict[str, str] = field(default_factory=dict)
    format: str = "text"  # text | markdown | html | pdf | vtt | srt | transcript
    extracted: bool = False  # text converted from the file (HTML, PDF, VTT, SRT): lines are not the file's
    sha256: str = ""  # of the file's bytes
    warnings: tuple[str, ...] = ()  # how it was read (a guessed encoding: S002)

    @cached_property
    def tokens(self) -> Tokens:
        tokens = tokenize(self.text, self.body_start)
        if not self.skipped:
            return tokens
        kept = Tokens(self.text)
        for i, begin in enumerate(tokens.starts):
            k = bisect_right(self._skipped_starts, begin) - 1
            if k >= 0 and begin < self.skipped[k][1]:
                continue
            kept.kinds.append(tokens.kinds[i])
            kept.keys.append(tokens.keys[i])
            kept.starts.append(begin)
            kept.ends.append(tokens.ends[i])
        return kept

    @cached_property
    def words(self) -> list[int]:
        """Token indices of the words, numbers and symbols, in order."""
        return self.tokens.matched()

    @cached_property
    def word_keys(self) -> list[str]:
        keys = self.tokens.keys
        return [keys[i] for i in self.words]

    @cached_property
    def next_keys(self) -> list[str]:
        """`word_keys` shifted by one: the key after each position ("" after the last)."""
        return self.word_keys[1:] + [""]

    @cached_property
    def prev_keys(self) -> list[str]:
        """`word_keys` shifted the other way: the key before each position ("" before the first)."""
        return [""] + self.word_keys[:-1]

    @cached_property
    def word_index(self) -> dict[str, list[int]]:
        """Each word key to its positions in `words`."""
        index: dict[str, list[int]] = {}
        for position, key in enumerate(self.word_keys):
            index.setdefault(key, []).append(position)
        return index

    @cached_property
    def quotations(self) -> QuotationIndex:
        text = self.text
        if self._pages:
            # A PDF's line breaks are layout, not paragraphs, and a paragraph (and a
            # quotation) may run on across a page break; blanking keeps the offsets.
            text = _PAGE_BREAK.sub(lambda m: " " * len(m.group()), text)
            text = _LAYOUT_BREAK.sub(" ", text)
        return QuotationIndex(find_quotations(text, self.body_start))

    @cached_property
    def speech(self) -> Speech:
        """Speakers of its quotations and what it attributes to whom (factcheck.speakers)."""
        from factcheck.speakers import analyse

        return analyse(self)

    @cached_property
    def lines(self) -> LineIndex:
        return LineIndex(self.text)

    @cached_property
    def language(self) -> str:
        """"id" or "en": the front matter's `language`, else guessed from the words; "auto"
        when neither says."""
        from factcheck.lang import LANGUAGES, guess

        stated = self.meta.get("language", "").strip().lower()[:2]
        return stated if stated in LANGUAGES else guess(self.text[self.body_start :])

    @cached_property
    def published(self) -> dt.date | None:
        """The front matter's `published` date (YYYY-MM-DD, a time after it allowed); it
        anchors relative dates such as "kemarin" or "last Friday"."""
        value = self.meta.get("published", "").strip()
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None

    # -- layout: pages, transcript cues, skipped spans -----------------------------------
    @cached_property
    def _transcript(self):
        if self.format not in TRANSCRIPTS:
            return None
        from factcheck.readers.transcript import layout

        return layout(self.text, self.body_start)

    @cached_property
    def _pages(self) -> list[tuple[int, int, int]]:
        """(start, end, number) of each page mark of a PDF's text."""
        if self.format != "pdf":
            return []
        return [(m.start(), m.end(), int(m.group(1))) for m in PAGE_MARK.finditer(self.text, self.body_start)]

    @cached_property
    def skipped(self) -> list[tuple[int, int]]:
        """Sorted, disjoint spans that are not the document's words."""
        spans = sorted([(a, b) for a, b, _ in self._pages] + (self._transcript.skipped if self._transcript else []))
        merged: list[tuple[int, int]] = []
        for a, b in spans:
            if merged and a <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
            else:
                merged.append((a, b))
        return merged

    @cached_property
    def turns(self) -> list[Turn]:
        """Transcript speaker turns in order; empty for other sources."""
        turns: list[Turn] = []
        for cue in self._transcript.cues if self._transcript else ():
            if turns and turns[-1].speaker == cue.speaker:
                turns[-1] = Turn(turns[-1].start, cue.end, cue.speaker, turns[-1].time)
            else:
                turns.append(Turn(cue.start, cue.end, cue.speaker, cue.time))
        return turns

    def speaker_at(self, offset: int) -> str | None:
        """The transcript speaker whose turn holds `offset` (None: not a transcript, or unlabelled)."""
        turn = _at(self.turns, self._turn_starts, offset)
        return turn.speaker if turn else None

    @cached_property
    def _skipped_starts(self) -> list[int]:
        return [start for start, _ in self.skipped]

    @cached_property
    def _page_starts(self) -> list[int]:
        return [start for start, _, _ in self._pages]

    @cached_property
    def _cue_starts(self) -> list[int]:
        return [cue.start for cue in self._transcript.cues] if self._transcript else []

    @cached_property
    def _turn_starts(self) -> list[int]:
        return [turn.start for turn in self.turns]

    def locate(self, offset: int) -> Location:
        """Where `offset` is, in the terms an editor can open (see `Location`)."""
        line, column = self.lines.position(offset)
        page = time = speaker = paragraph = None
        if self._pages:
            k = bisect_right(self._page_starts, offset) - 1
            page = self._pages[k][2] if k >= 0 else None
        if self._transcript:
            cue = _at(self._transcript.cues, self._cue_starts, offset)
            if cue:
                time, speaker = cue.time, cue.speaker
        elif self.extracted and self.format in ("html", "docx"):
            paragraph = self.text.count("\n\n", self.body_start, offset) + 1
        return Location(line, column, page, time, speaker, paragraph, self.extracted)

    def visible(self, start: int, end: int) -> str:
        """text[start:end] with the skipped spans in it blanked out."""
        out, at = [], start
        first = max(0, bisect_right(self._skipped_starts, start) - 1)
        for a, b in self.skipped[first:]:
            if a >= end:
                break
            if b <= start:
                continue
            out.append(self.text[at : max(a, at)])
            out.append(" ")
            at = min(b, end)
        out.append(self.text[at:end])
        return "".join(out)

    def annotations(self, start: int, end: int) -> list[str]:
        """Transcript annotations ([inaudible], (ph), …) between offsets `start` and `end`."""
        noise = self._transcript.noise if self._transcript else ()
        return [self.text[a:b] for a, b in noise if a >= start and b <= end]


def _at(spans: list, starts: list[int], offset: int):
    """The item of `spans` (sorted, with .end; `starts` their starts) holding `offset`, else None."""
    k = bisect_right(starts, offset) - 1
    return spans[k] if k >= 0 and offset < spans[k].end else None


def display_path(path: Path) -> str:
    """`path` relative to the working directory when it is below it, with forward slashes."""
    try:
        return Path(os.path.relpath(path)).as_posix()
    except ValueError:  # another drive on Windows
        return path.as_posix()


def real_path(path: Path) -> Path:
    """`path` absolute, with every symbolic link followed (as far as it exists)."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return Path(os.path.abspath(path))


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
    return Source(source_id or path.stem, path, shown, document.text, document.body_start, document.meta,
                  document.format, document.extracted, hashlib.sha256(data).hexdigest(), tuple(document.warnings))


class SourceLibrary:
    """The sources folder plus any files claims name by path; each file read once.

    Confinement: a claim file is untrusted input (in CI it may come from anyone's pull
    request), so a source it names must be, once symbolic links are followed, inside one of
    `roots` (the project root, see `factcheck.checkrun`), unless `allow_outside_root`.
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
