"""How much of a source a report may quote: the matched passage and its immediate context,
never a whole file.

A passage is normally about as long as the claim it matches. An ellipsis in a quote, a
sentence without punctuation or a long transcript turn can make it span most of a file, so
a passage longer than its claim plus 2 × CONTEXT characters is shown as its beginning and
its end, cut at spaces, with "…" (OMISSION) for the part left out. The words a finding
shows are whole chunks of the text (`whole_chunks`): "Rp20.000", not "20.000".
"""

from __future__ import annotations

CONTEXT = 200  # characters of context a passage may have on each side of the claim's length
OMISSION = "…"


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
