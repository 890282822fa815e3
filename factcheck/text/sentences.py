"""A document's sentences, as offset ranges: where a context's words are looked for together.

A sentence ends at a line break, or at ".", "!", "?" or "…" (and the closing quotation marks
or brackets after it) followed by a capital. Not after an abbreviation the language's tables
list ("Mr.", "Sept.", "St.", "Gov."; "Dr.", "Jl.", "Rp.", "Kab."), an initial ("M. Fadil",
"J. R. R."), or a dotted abbreviation ("U.S.", "a.m.", "D-N.M."): "Mrs. Clinton met Mr.
Trump on Sept. 22 in St. Pete" is one sentence. CLDR's sentence-break suppressions (through
ICU) and Wikimedia's sentencex were measured for this and split such news text more often
(bench notes in the README), so the lists are ours, per language (factcheck/lang/).
"""

from __future__ import annotations

import re

from factcheck.lang import tables
from factcheck.text.document import Source

_BOUNDARY = re.compile(r"\s*\n\s*|(?<=[.!?…])[\"”’')\]]*\s+(?=[\"“‘'(\[]?[A-Z])")
_LAST_WORD = re.compile(r"(?:^|(?<=[\s(\"“‘'\[—–]))(\S+)$")


def sentences(source: Source) -> list[tuple[int, int]]:
    """The source's sentences (and headings, lines) as offset ranges, after the front matter."""
    return source.derived("sentences", lambda s: split(s.text, s.body_start, s.language))


def split(text: str, start: int = 0, language: str = "auto") -> list[tuple[int, int]]:
    """The sentences of text[start:] as offset ranges."""
    abbreviations = tables(language).abbreviations
    spans = []
    for m in _BOUNDARY.finditer(text, start):
        if "\n" not in m.group() and _abbreviation(text, m.start(), abbreviations):
            continue
        if m.start() > start:
            spans.append((start, m.start()))
        start = m.end()
    if start < len(text.rstrip()):
        spans.append((start, len(text.rstrip())))
    return spans


def _abbreviation(text: str, end: int, abbreviations: frozenset[str]) -> bool:
    """Does the word ending at `end` (with its full stop) abbreviate rather than end a sentence?"""
    if text[end - 1 : end] != ".":
        return False
    m = _LAST_WORD.search(text, max(0, end - 40), end)
    if m is None:
        return False
    word = m.group(1).rstrip(".")
    if len(word) == 1 and word.isalpha():
        return True  # an initial: "M. Fadil Imran"
    if re.fullmatch(r"(?:[^\W\d_]{1,3}[.-])+[^\W\d_]{1,3}", word):
        return True  # "U.S", "a.m", "D-N.M", "S.H"
    return word.casefold() in abbreviations
