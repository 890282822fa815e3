"""Character normalisation: what counts as the same character when matching.

Normalisation works token by token (see `factcheck.text.tokens`), so every token keeps its
offsets into the original text and nothing needs mapping back.
"""

from __future__ import annotations

import unicodedata

INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"  # soft hyphen, zero-width characters, BOM
COMBINING = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
DOUBLE_QUOTES = "\"“”„‟«»〝〞＂″"
SINGLE_QUOTES = "'‘’‚‛‹›`´ʼ′"
DASHES = "-‐‑‒–—―−﹘﹣－"
WORD_JOINERS = "'’ʼ‘-‐‑"  # apostrophes and hyphens inside a word

_QUOTE_MARKS = DOUBLE_QUOTES + SINGLE_QUOTES
_PUNCT_TABLE = str.maketrans(
    {**{c: '"' for c in _QUOTE_MARKS}, **{c: "-" for c in DASHES}, **{c: None for c in INVISIBLE}}
)
_WORD_TABLE = str.maketrans(
    {**{c: "'" for c in SINGLE_QUOTES}, **{c: "-" for c in DASHES}, **{c: None for c in INVISIBLE}}
)


def fold_word(text: str) -> str:
    """Matching key of a word: NFKC, invisible characters dropped, one apostrophe, casefolded."""
    if text.isascii() and "`" not in text:
        return text.lower()
    return unicodedata.normalize("NFKC", text.translate(_WORD_TABLE)).translate(_WORD_TABLE).casefold()


def fold_punct(text: str) -> str:
    """Matching key of punctuation: every quotation mark is '"', every dash '-'."""
    folded = unicodedata.normalize("NFKC", text.translate(_PUNCT_TABLE)).translate(_PUNCT_TABLE)
    return "..." if folded in ("...", "…") else folded


def is_quote_mark(char: str) -> bool:
    return char in _QUOTE_MARKS


def is_dash(char: str) -> bool:
    return char in DASHES


def has_invisible(text: str) -> bool:
    return any(c in INVISIBLE for c in text) or unicodedata.normalize("NFKC", text) != text
