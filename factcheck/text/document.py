"""A source document in memory: its text and what matching needs, computed once on first use.

A `Source` is the text that quotes are matched in, plus what turns an offset into a
location an editor can open (`locate`): line and column, and the PDF page or the transcript
cue's time and speaker. Spans that are not the document's words (page marks, timestamps,
speaker labels, transcript annotations) are `skipped`: they yield no tokens, so matching
steps over them. Reading files is `factcheck.sources`'s job; what analyses of a document
compute (its speakers, say) is kept with it through `derived`, so this module knows none of them.
"""

from __future__ import annotations

import datetime as dt
import re
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import KW_ONLY, dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, TypeVar

from factcheck.model import Location
from factcheck.text.quotations import QuotationIndex, find_quotations
from factcheck.text.tokens import LineIndex, Tokens, tokenize

# A PDF page starts at a line `<!-- page N -->` (written by the PDF reader).
PAGE_MARK = re.compile(r"^<!-- page (\d+) -->[ \t]*$", re.M)
_PAGE_BREAK = re.compile(rf"\s*{PAGE_MARK.pattern}\s*", re.M)  # with the blank lines around it
_LAYOUT_BREAK = re.compile(r"(?<!\n)\n(?![ \t]*\n)")  # a line break that is not a blank line
T = TypeVar("T")


@dataclass(frozen=True)
class Cue:
    """One line of transcript text: its span, start time and speaker (None if unknown)."""

    start: int
    end: int
    time: str | None
    speaker: str | None


@dataclass
class Layout:
    """A transcript's cues and the spans of its text that are not the speakers' words."""

    cues: list[Cue]
    skipped: list[tuple[int, int]]  # timestamps, labels and annotations: not matched
    noise: list[tuple[int, int]]  # the annotations among them


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
    _: KW_ONLY
    body_start: int = 0  # offset where the text after the front matter begins
    meta: dict[str, str] = field(default_factory=dict)
    format: str = "text"  # text | markdown | html | pdf | vtt | srt | transcript
    extracted: bool = False  # text converted from the file (HTML, PDF, VTT, SRT): lines are not the file's
    sha256: str = ""  # of the file's bytes
    warnings: tuple[str, ...] = ()  # how it was read (a guessed encoding: S002)
    transcript: Layout | None = None  # a transcript's cues (from `factcheck.sources.readers.transcript`)
    _derived: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def derived(self, key: str, compute: Callable[[Source], T]) -> T:
        """What `compute` makes of this document, computed once and kept with it under `key`:
        how analyses in higher layers (`factcheck.speakers`) cache their results here."""
        try:
            return self._derived[key]
        except KeyError:
            value = self._derived[key] = compute(self)
            return value

    @cached_property
    def tokens(self) -> Tokens:
        tokens = tokenize(self.text, self.body_start)
        if not self.skipped:
            return tokens
        skipped, starts = self.skipped, self._skipped_starts
        keep = [i for i, begin in enumerate(tokens.starts)
                if (k := bisect_right(starts, begin) - 1) < 0 or begin >= skipped[k][1]]
        return Tokens(self.text, kinds="".join(tokens.kinds[i] for i in keep), keys=[tokens.keys[i] for i in keep],
                      starts=array("i", (tokens.starts[i] for i in keep)),
                      ends=array("i", (tokens.ends[i] for i in keep)))

    @cached_property
    def words(self) -> array:
        """Token indices of the words, numbers and symbols, in order."""
        return self.tokens.matched()

    @cached_property
    def word_keys(self) -> list[str]:
        keys = self.tokens.keys
        return [keys[i] for i in self.words]

    @cached_property
    def word_index(self) -> WordIndex:
        """Each word key to its positions in `words` (in order)."""
        return WordIndex(self.word_keys)

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
    def _pages(self) -> list[tuple[int, int, int]]:
        """(start, end, number) of each page mark of a PDF's text."""
        if self.format != "pdf":
            return []
        return [(m.start(), m.end(), int(m.group(1))) for m in PAGE_MARK.finditer(self.text, self.body_start)]

    @cached_property
    def skipped(self) -> list[tuple[int, int]]:
        """Sorted, disjoint spans that are not the document's words."""
        spans = sorted([(a, b) for a, b, _ in self._pages] + (self.transcript.skipped if self.transcript else []))
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
        for cue in self.transcript.cues if self.transcript else ():
            if turns and turns[-1].speaker == cue.speaker:
                turns[-1] = Turn(turns[-1].start, cue.end, cue.speaker, turns[-1].time)
            else:
                turns.append(Turn(cue.start, cue.end, cue.speaker, cue.time))
        return turns

    def turn_at(self, offset: int) -> Turn | None:
        """The transcript speaker turn holding `offset` (None outside every turn: always so in a
        source that is no transcript)."""
        return _at(self.turns, self._turn_starts, offset)

    @cached_property
    def _skipped_starts(self) -> list[int]:
        return [start for start, _ in self.skipped]

    @cached_property
    def _page_starts(self) -> list[int]:
        return [start for start, _, _ in self._pages]

    @cached_property
    def _cue_starts(self) -> list[int]:
        return [cue.start for cue in self.transcript.cues] if self.transcript else []

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
        if self.transcript:
            cue = _at(self.transcript.cues, self._cue_starts, offset)
            if cue:
                time, speaker = cue.time, cue.speaker
        elif self.extracted and self.format in ("html", "docx"):
            paragraph = self.text.count("\n\n", self.body_start, offset) + 1
        return Location(line, column, page=page, time=time, speaker=speaker, paragraph=paragraph,
                        extracted=self.extracted)

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
        noise = self.transcript.noise if self.transcript else ()
        return [self.text[a:b] for a, b in noise if a >= start and b <= end]


class WordIndex:
    """Word keys to their positions, in order, in three flat columns: the distinct keys
    sorted, where each key's positions begin, and every position grouped by key. About 12
    bytes a distinct word and 4 a word; a dict of an array per key would cost 150 bytes a
    distinct word, most of them seen once or twice. Positions come as read-only sequences
    (memoryviews) of ints; a lookup is a binary search."""

    def __init__(self, keys: list[str]):
        distinct = sorted(set(keys))
        number = {key: n for n, key in enumerate(distinct)}
        counts = array("i", bytes(4 * len(distinct)))
        for key in keys:
            counts[number[key]] += 1
        begins = array("i", bytes(4 * (len(distinct) + 1)))
        for n, count in enumerate(counts):
            begins[n + 1] = begins[n] + count
        cursor = array("i", begins[:-1])
        positions = array("i", bytes(4 * len(keys)))
        for position, key in enumerate(keys):
            n = number[key]
            positions[cursor[n]] = position
            cursor[n] += 1
        self._keys, self._begins, self._positions = distinct, begins, memoryview(positions)

    def _number(self, key: str) -> int:
        n = bisect_left(self._keys, key)
        return n if n < len(self._keys) and self._keys[n] == key else -1

    def get(self, key: str, default=None):
        n = self._number(key)
        return default if n < 0 else self._positions[self._begins[n] : self._begins[n + 1]]

    def __getitem__(self, key: str):
        n = self._number(key)
        if n < 0:
            raise KeyError(key)
        return self._positions[self._begins[n] : self._begins[n + 1]]

    def __contains__(self, key: str) -> bool:
        return self._number(key) >= 0

    def __len__(self) -> int:
        return len(self._keys)

    def __iter__(self):
        """The distinct keys, sorted (as a dict iterates its keys)."""
        return iter(self._keys)

    def items(self):
        """(key, positions) for every key, in key order."""
        return ((key, self._positions[self._begins[n] : self._begins[n + 1]]) for n, key in enumerate(self._keys))


def _at(spans: list, starts: list[int], offset: int):
    """The item of `spans` (sorted, with .end; `starts` their starts) holding `offset`, else None."""
    k = bisect_right(starts, offset) - 1
    return spans[k] if k >= 0 and offset < spans[k].end else None
