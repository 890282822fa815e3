"""Find the direct quotations in a source: spans between paired quotation marks.

Handles “…”, „…“, «…», "…", and the Indonesian press habit of ” at both ends; a quotation
left open at a paragraph's end continues in the next paragraph when that one opens with a
quotation mark, and one interrupted by its cue continues after it (“Kami siap,” kata Andra,
“untuk bekerja.”): the parts share a `group`. Single quotes count as top-level
quotations only in paragraphs that use no double quotation marks (British style); inside a
double-quoted span they are nested quotations (`inner`). Very short spans (scare quotes
around a word or two) and title-like ones (“Kerja Sama Banten”) are kept, so quoting them
is still quoting, but are not `speech`: nobody is looked for as their speaker.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left, bisect_right
from dataclasses import KW_ONLY, dataclass, replace

from factcheck.lang import tables
from factcheck.text.normalize import is_quote_mark

_OPENERS = "“„«‟〝"
_CLOSERS = "”»〞"
_AMBIGUOUS = "\"＂”"  # may open or close, decided by what surrounds them
_SINGLE_OPEN, _SINGLE_CLOSE, _SINGLE_AMBIGUOUS = "‘‚‹", "’›", "'"
_PAIR = {"„": "“‟”", "‚": "‘’"}  # German/Polish-style openers close with these


@dataclass(frozen=True, slots=True)  # slots: a text can hold hundreds of thousands
class Quotation:
    start: int  # offset of the opening mark
    end: int  # offset just after the closing mark (or the paragraph's end when left open)
    group: int  # quotations continued across paragraphs share a group
    closed: bool
    _: KW_ONLY
    inner: tuple[tuple[int, int], ...] = ()  # nested single-quoted spans
    speech: bool = True  # False for scare quotes and titles


MIN_SPEECH_WORDS = 3  # fewer words than this in a group: a scare quote, not a statement
_WORD_RE = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: blocks between blank lines, or lines if there are none."""
    separator = r"\n[ \t]*\n\s*" if re.search(r"\n[ \t]*\n", text.strip()) else r"\n\s*"
    spans, start = [], 0
    for m in re.finditer(separator, text):
        if m.start() > start:
            spans.append((start, m.start()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def find_quotations(text: str, start: int = 0) -> list[Quotation]:
    """All quotations in text[start:], in order."""
    found: list[Quotation] = []
    group = -1
    left_open = False  # did the previous paragraph end inside a quotation?
    for p_start, p_end in paragraphs(text[start:]):
        p_start, p_end = p_start + start, p_end + start
        para = text[p_start:p_end]
        singles = not any(c in para for c in _OPENERS + _CLOSERS + _AMBIGUOUS)
        openers = _SINGLE_OPEN + _SINGLE_AMBIGUOUS if singles else _OPENERS + _AMBIGUOUS
        continues = left_open and para[:1] in openers
        left_open = False
        previous = None
        for q_start, q_end, closed in _scan(para, singles):
            if not (continues and q_start == 0) and not (previous and _interrupted(para, previous, q_start)):
                group += 1
            inner = () if singles else tuple(
                (p_start + a, p_start + b) for a, b, shut in _scan(para, True, q_start + 1, q_end) if shut)
            found.append(Quotation(p_start + q_start, p_start + q_end, group, closed, inner=inner))
            left_open = not closed
            previous = (q_start, q_end, closed)
    return _mark_speech(text, found)


def _interrupted(para: str, previous: tuple[int, int, bool], start: int) -> bool:
    """Is the quotation at `start` the rest of the previous one, interrupted by its cue?
    “Kami siap,” kata Andra, “untuk bekerja.” / "We are ready," she said, "to work."
    """
    p_start, p_end, closed = previous
    gap = para[p_end:start].strip()
    return closed and para[p_start:p_end].rstrip(_CLOSERS + _AMBIGUOUS + _SINGLE_CLOSE + _SINGLE_AMBIGUOUS).endswith(",") \
        and gap.endswith(",") and not re.search(r"[.!?;:…]", gap) and len(gap.split()) <= 12


def _mark_speech(text: str, found: list[Quotation]) -> list[Quotation]:
    """Flag groups that are too short or look like a title as not speech."""
    groups: dict[int, list[Quotation]] = {}
    for q in found:
        groups.setdefault(q.group, []).append(q)
    not_speech = set()
    for group, parts in groups.items():
        inside = " ".join(text[q.start + 1 : q.end - (1 if q.closed else 0)] for q in parts)
        words = _WORD_RE.findall(inside)
        long_words = [w for w in words if len(w) > 3]  # "dan", "of", "the" may stay lower case in a title
        title_like = (len(words) <= 8 and not re.search(r"[.,;:!?…]\s*\S", inside.strip()) and len(long_words) >= 2
                      and all(w[0].isupper() or w[0].isdigit() for w in long_words))
        if title_like or len(words) < MIN_SPEECH_WORDS and not _answered(text, parts[-1]) \
                and not _announced(text, parts[0]):
            not_speech.add(group)
    return [replace(q, speech=False) if q.group in not_speech else q for q in found]


def _answered(text: str, last: Quotation) -> bool:
    """Is a short quotation a line of dialogue: closed after a comma, "?" or "!" and followed
    by a speech verb ("“Tau Pak,” jawab pemudik", '"No!" she cried')?"""
    if not last.closed or text[last.end - 2 : last.end - 1] not in {",", "?", "!"}:
        return False
    every = tables()
    cues = every.speech_cues | every.speech_cues_pronoun | every.lead_ins
    return any(w.casefold() in cues for w in _WORD_RE.findall(text[last.end : last.end + 40])[:2])


def _announced(text: str, first: Quotation) -> bool:
    """Is a short quotation a line of speech a speech verb announces with a comma or colon
    ('Secretary Alan Brooks cried, "Enough!"', "Ia menjawab: “Belum.”")?"""
    before = text[max(0, first.start - 40) : first.start].rstrip()
    if not before.endswith((",", ":")):
        return False
    every = tables()
    cues = every.speech_cues | every.lead_ins
    return any(w.casefold() in cues for w in _WORD_RE.findall(before)[-2:])


def _scan(para: str, singles: bool, begin: int = 0, end: int | None = None) -> list[tuple[int, int, bool]]:
    """The quotations of para[begin:end] (offsets in `para`), in time linear in its length."""
    end = len(para) if end is None else end
    openers, closers, ambiguous = (
        (_SINGLE_OPEN, _SINGLE_CLOSE, _SINGLE_AMBIGUOUS) if singles else (_OPENERS, _CLOSERS, _AMBIGUOUS)
    )
    spans: list[tuple[int, int, bool]] = []
    open_at, opener = -1, ""
    stray = "" if singles else _SINGLE_CLOSE + _SINGLE_AMBIGUOUS
    marks = re.compile("[" + re.escape(openers + closers + ambiguous + stray) + "]")
    single_opens: list[int] | None = None  # where single opening marks are, found when first needed
    for m in marks.finditer(para, begin, end):
        i, c = m.start(), m.group()
        if c in stray:
            if open_at < 0 or not _stray_close(para, open_at, i):
                continue
            if single_opens is None:
                single_opens = [k for k, ch in enumerate(para) if ch in _SINGLE_OPEN]
            k = bisect_left(single_opens, open_at)
            if k < len(single_opens) and single_opens[k] < i:
                continue  # a single quotation is open inside: the mark closes that
        if singles and _inside_word(para, i, end):
            continue  # an apostrophe: don't, Jum'at
        if open_at < 0:
            if c in openers or (c in ambiguous and _opens(para, i, end)):
                open_at, opener = i, c
            continue
        closes = c in _PAIR.get(opener, "") or c in closers or c in stray or \
            (c in ambiguous and not _opens(para, i, end))
        if closes:
            spans.append((open_at, i + 1, True))
            open_at = -1
        elif c in openers and _opens(para, i, end) and opener not in _PAIR:
            spans.append((open_at, i, False))  # the previous quotation was never closed
            open_at, opener = i, c
    if open_at >= 0:
        spans.append((open_at, end, False))
    return spans


def _stray_close(para: str, open_at: int, i: int) -> bool:
    """Could a single mark close a double-quoted span by a typing slip ("…, ’ kata Budi")? Only
    after a comma, before a lower-case word (the cue); `_scan` also checks that no single
    quotation is open inside."""
    after = para[i + 1 : i + 3]
    return bool(re.match(r",\s?$", para[max(open_at, i - 2) : i])) and len(after) == 2 and after[0].isspace() \
        and after[1].isalpha() and after[1].islower()


def _opens(para: str, i: int, end: int | None = None) -> bool:
    """A mark opens when it starts the paragraph or follows a space or bracket, and a word follows."""
    before = para[i - 1] if i else " "
    after = para[i + 1] if i + 1 < (len(para) if end is None else end) else " "
    return (before.isspace() or before in "([{—–-:") and not after.isspace()


def _inside_word(para: str, i: int, end: int | None = None) -> bool:
    return 0 < i < (len(para) if end is None else end) - 1 and para[i - 1].isalnum() and para[i + 1].isalnum()


class QuotationIndex:
    """The quotations of one text, searchable by offset."""

    def __init__(self, quotations: list[Quotation]):
        self.quotations = quotations
        self._starts = array("i", (q.start for q in quotations))

    def at(self, offset: int) -> Quotation | None:
        """The quotation containing `offset`, if any."""
        k = bisect_right(self._starts, offset) - 1
        if k >= 0 and self.quotations[k].start <= offset < self.quotations[k].end:
            return self.quotations[k]
        return None


_EDGE = " \t\r\n,;:"


def quoted_words(quoted: str) -> str:
    """The words of one quotation as written: its marks, edge commas and extra spacing removed."""
    text = quoted
    if text and is_quote_mark(text[0]):
        text = text[1:]
    if text and is_quote_mark(text[-1]):
        text = text[:-1]
    return " ".join(text.strip(_EDGE).split())
