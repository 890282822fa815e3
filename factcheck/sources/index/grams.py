"""Word 3-grams: what the index stores for a source and looks up for a passage.

A gram is a signed 64-bit number made from three adjacent word keys (the keys `factcheck.text.tokens`
gives, so "Rp70.000" and "Rp 70.000" make the same grams). Ellipses and [brackets] in a
claim break its words into fragments; grams never span a gap.
"""

from __future__ import annotations

import zlib

from factcheck.text.tokens import BRACKET, ELLIPSIS, MATCHED_KINDS, tokenize

N = 3


_IDS: dict[str, int] = {}  # word key -> crc32, shared by every source of a run


def _word_ids(keys: list[str]) -> list[int]:
    if len(_IDS) > 1_000_000:
        _IDS.clear()
    ids, crc = _IDS, zlib.crc32
    for key in set(keys).difference(ids):
        ids[key] = crc(key.encode("utf-8", "surrogatepass"))
    return list(map(ids.__getitem__, keys))


def _grams(ids: list[int]) -> set[int]:
    # hash() of a tuple of ints is the same in every process and run (no hash seed for ints)
    return set(map(hash, zip(ids, ids[1:], ids[2:])))


def source_grams(keys: list[str]) -> set[int]:
    """The distinct grams of word keys (a source's `word_keys`)."""
    return _grams(_word_ids(keys))


def passage_grams(text: str) -> set[int]:
    """The distinct grams of a passage as a claim writes it (ellipses and brackets break it)."""
    tokens = tokenize(text, claim=True)
    fragments: list[list[str]] = [[]]
    for kind, key in zip(tokens.kinds, tokens.keys):
        if kind in MATCHED_KINDS:
            fragments[-1].append(key)
        elif kind in (ELLIPSIS, BRACKET):
            fragments.append([])
    grams: set[int] = set()
    for words in fragments:
        grams |= source_grams(words)
    return grams


def fingerprint() -> str:
    """Changes when the gram function would give other numbers (another Python's tuple hash)."""
    return f"n{N}-{_grams([1, 2, 3, 4]).pop()}"
