"""How much of a source a report may quote: the matched passage and its immediate context,
never a whole file.

A passage is normally about as long as the claim it matches. An ellipsis in a quote, a
sentence without punctuation or a long transcript turn can make it span most of a file, so
a passage longer than its claim plus 2 × CONTEXT characters is shown as its beginning and
its end, cut at spaces, with "…" (OMISSION) for the part left out.
"""

from __future__ import annotations

import re

CONTEXT = 200  # characters of context a passage may have on each side of the claim's length
OMISSION = "…"
_WORD = re.compile(r"\w+")


def measure(claim: str) -> int:
    """How long a claim counts as for `cut`: its words and a space between each, so that
    padding (a quote followed by 9,000 "!") does not widen what a report shows of a source."""
    words = _WORD.findall(claim)
    return sum(map(len, words)) + max(0, len(words) - 1)


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
