"""Find what a claim's `context` describes in a source: the sentences holding its words.

Date and figure claims name an event or quantity in words ("beras ditebus", "signed the
agreement"); the sentences of the source that hold most of those words are where the
source states its date or figure. Words match loosely, since a source inflects what a
claim names: "tebus" / "ditebus", "harga" / "seharga", "signed" / "signing",
"penandatanganan" / "menandatangani".
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import KW_ONLY, dataclass, field
from functools import cached_property

from rapidfuzz import fuzz

from factcheck.lang import tables
from factcheck.text.document import Source
from factcheck.text.tokens import MATCHED_KINDS, NUMBER, PUNCT, WORD, Tokens, tokenize

MIN_SHARE = 0.5  # a sentence must hold at least this share of the context's words
CLAUSE_PENALTY = 3  # words a comma or semicolon between a context word and a value counts for
AFTER_WEIGHT = 1.5  # a word after a value describes it less often than one before ("ditebus Rp20.000")
_BOUNDARY = re.compile(r"\s*\n\s*|(?<=[.!?…])[\"”’')\]]*\s+(?=[\"“‘'(\[]?[A-Z])")
_CLAUSE_MARKS = frozenset({",", ";", ":"})


@dataclass(frozen=True)
class Passage:
    """A sentence of a source holding the context's words."""

    start: int  # the sentence, as offsets into the source's text
    end: int
    share: float  # share of the context's words found in it
    hits: tuple[tuple[int, int], ...]  # where the context's words are, as offsets
    _: KW_ONLY
    text: str = field(repr=False, default="")  # the source's whole text

    @cached_property
    def tokens(self) -> Tokens:
        """The sentence's tokens (offsets those of the source)."""
        return tokenize(self.text, self.start, self.end)


def context_words(context: str) -> list[str]:
    """The words of `context` to look for: function words left out unless that leaves none."""
    tokens = tokenize(context)
    keys = [k for k, kind in zip(tokens.keys, tokens.kinds) if kind in (WORD, NUMBER)]
    content = [k for k in keys if k not in tables().stopwords]
    return list(dict.fromkeys(content or keys))


def similar(a: str, b: str) -> bool:
    """Are two word keys forms of one word ("tebus"/"ditebus", "signed"/"signing")?"""
    if a == b:
        return True
    if min(len(a), len(b)) < 4:
        return False
    if min(len(a), len(b)) >= 5 and (a in b or b in a):  # "harga" in "seharga"; not "rice" in "price"
        return True
    prefix = len(_common_prefix(a, b))
    if prefix >= 4 and prefix >= 0.6 * min(len(a), len(b)):
        return True
    return min(len(a), len(b)) >= 6 and fuzz.ratio(a, b) >= 80  # "penandatanganan" / "menandatangani"


def _common_prefix(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n]


def sentences(source: Source) -> list[tuple[int, int]]:
    """The source's sentences (and headings, lines) as offset ranges, after the front matter."""
    spans, start, text = [], source.body_start, source.text
    for m in _BOUNDARY.finditer(text, source.body_start):
        if m.start() > start:
            spans.append((start, m.start()))
        start = m.end()
    if start < len(text.rstrip()):
        spans.append((start, len(text.rstrip())))
    return spans


def find_context(context: str, source: Source) -> list[Passage]:
    """The sentences holding at least MIN_SHARE of the context's words, best first."""
    wanted = context_words(context)
    if not wanted:
        return []
    positions: dict[int, set[int]] = {}  # source word position -> context words it matches
    for n, key in enumerate(wanted):
        for source_key, found in source.word_index.items():
            if similar(key, source_key):
                for p in found:
                    positions.setdefault(p, set()).add(n)
    if not positions:
        return []
    spans = sentences(source)
    starts = [s for s, _ in spans]
    by_sentence: dict[int, dict[int, set[int]]] = {}
    token_starts, source_words = source.tokens.starts, source.words
    for p, which in positions.items():
        offset = token_starts[source_words[p]]
        s = bisect_right(starts, offset) - 1
        if s >= 0 and offset < spans[s][1]:
            by_sentence.setdefault(s, {})[p] = which
    passages = []
    for s, hits in by_sentence.items():
        found = set().union(*hits.values())
        share = len(found) / len(wanted)
        if share >= MIN_SHARE:
            start, end = spans[s]
            offsets = tuple(sorted((token_starts[source_words[p]], source.tokens.ends[source_words[p]]) for p in hits))
            passages.append(Passage(start, end, share, offsets, text=source.text))
    return sorted(passages, key=lambda p: (-p.share, p.start))


def distance(passage: Passage, start: int, end: int) -> float:
    """How far the value at start..end is from the nearest context word, in words."""
    tokens = passage.tokens
    token_starts = tokens.starts

    def index(offset: int) -> int:
        return bisect_right(token_starts, offset) - 1

    value_first, value_last = index(start), index(end - 1)
    best = float("inf")
    for hit_start, _ in passage.hits:
        if start <= hit_start < end:
            return 0.0  # the context word is inside the value ("Jumat" of "Jumat (24/10/2025)")
        best = min(best, word_distance(tokens, index(hit_start), value_first, value_last))
    return best


def word_distance(tokens: Tokens, word: int, first: int, last: int) -> float:
    """How far token `word`, outside a value's tokens first..last, is from the value: the
    words (and numbers) between them plus one, a comma, semicolon or colon between counting
    CLAUSE_PENALTY more, and all of it AFTER_WEIGHT times when the word comes after the value.
    The one measure of nearness for both sides: a source's values around a claim's context
    (`distance`), a draft's words around its value (`factcheck.draft.extract`)."""
    lo, hi = (word, first) if word < first else (last, word)
    between = range(lo + 1, hi)
    gap = sum(tokens.kinds[t] in MATCHED_KINDS for t in between) + 1
    gap += CLAUSE_PENALTY * sum(tokens.kinds[t] == PUNCT and tokens.keys[t] in _CLAUSE_MARKS for t in between)
    return gap * (AFTER_WEIGHT if word > last else 1)
