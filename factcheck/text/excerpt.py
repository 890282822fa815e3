"""How much of a source a report may quote: the matched passage and its immediate context,
never a whole file.

A passage is normally about as long as the claim it matches. An ellipsis in a quote, a
sentence without punctuation or a long transcript turn can make it span most of a file, so
a passage longer than its claim plus 2 × CONTEXT characters is shown as its beginning and
its end, cut at spaces, with "…" (OMISSION) for the part left out. The words a finding
shows are whole chunks of the text (`whole_chunks`): "Rp20.000", not "20.000". Human
reports may also show the words just around a passage (`around`).
"""

from __future__ import annotations

from factcheck.model import Context

CONTEXT = 200  # characters of context a passage may have on each side of the claim's length
OMISSION = "…"
_LONG_WORD = 40  # characters the words around a passage may run on to finish a word


def cut(text: str, start: int, end: int, claim_length: int) -> tuple[str, tuple[int, int] | None]:
    """text[start:end], or its beginning and end joined by OMISSION when it is too long;
    with the offsets (in `text`) of the part left out, or None."""
    keep = claim_length + 2 * CONTEXT
    if end - start <= keep + len(OMISSION):
        return text[start:end], None
    head, tail = start + keep // 2, end - keep // 2
    while head > start and not text[head - 1].isspace():  # whole words, the spaces kept around "…"
        head -= 1
    while tail < end and not text[tail].isspace():
        tail += 1
    return text[start:head] + OMISSION + text[tail:end], (head, tail)


def whole_chunks(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen [start, end) to whole whitespace-separated chunks, less their outer punctuation,
    so a changed "20.000" shows as "Rp20.000"."""
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    while start < end and not text[start].isalnum() and text[start] != "[":
        start += 1
    while end > start and not text[end - 1].isalnum() and text[end - 1] not in "]%":
        end -= 1
    return start, end


def around(text: str, start: int, end: int, include: tuple[int, int] | None = None) -> Context:
    """The words of `text` just before `start` and after `end`, about CONTEXT characters
    each way, in whole words and never past the line holding them; reaching further (up to
    2 × CONTEXT) to take in `include`, a span that belongs with the passage (the cue naming
    its speaker)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    lo, hi = max(line_start, start - CONTEXT), min(line_end, end + CONTEXT)
    if include is not None:
        if line_start <= include[0] < lo and start - include[0] <= 2 * CONTEXT:
            lo = include[0]
        if hi < include[1] <= line_end and include[1] - end <= 2 * CONTEXT:
            hi = include[1]
    lo = _word_edge(text, lo, line_start, start, -1)
    hi = _word_edge(text, hi, line_end, end, 1)
    return Context(text[lo:start], text[end:hi], lo > line_start, hi < line_end)


def _word_edge(text: str, at: int, limit: int, passage: int, step: int) -> int:
    """`at` moved outward (step -1: back, 1: forward) to the edge of the word it cuts, but
    never past `limit`; a word longer than _LONG_WORD is dropped instead (towards `passage`)."""
    def cuts(i: int) -> bool:
        return i != limit and not (text[i - 1] if step < 0 else text[i]).isspace()

    out = at
    while cuts(out) and abs(out - at) < _LONG_WORD:
        out += step
    if not cuts(out):
        return out
    while at != passage and cuts(at):
        at -= step
    return at

