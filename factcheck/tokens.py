"""Split text into tokens that keep their offsets into the original text.

A token is a word, a number, a symbol (%, $, …), punctuation, an ellipsis, or (in claims
only) an editor's [bracketed] insertion. Letters and digits never share a token, so
"Rp70.000" and "Rp 70.000" give the same words.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from factcheck.normalize import COMBINING, INVISIBLE, WORD_JOINERS, fold_punct, fold_word

WORD, NUMBER, SYMBOL, PUNCT, ELLIPSIS, BRACKET = "word", "number", "symbol", "punct", "ellipsis", "bracket"
MATCHED_KINDS = frozenset({WORD, NUMBER, SYMBOL})  # the kinds compared word by word

_LETTER = rf"(?:[^\W\d_]|[{COMBINING}{INVISIBLE}])"
_ELLIPSIS = r"…|\.(?:[ \u00a0]?\.){2,}"
_WORD = rf"{_LETTER}+(?:[{re.escape(WORD_JOINERS)}]{_LETTER}+)*"
_PLAIN_WORD = rf"[^\W\d_]+(?:[{re.escape(WORD_JOINERS)}][^\W\d_]+)*"  # no combining marks: faster
_PATTERNS = {
    ELLIPSIS: rf"\[\s*(?:{_ELLIPSIS})\s*\]|\(\s*(?:{_ELLIPSIS})\s*\)|{_ELLIPSIS}",
    "bracketed_word": rf"\[{_LETTER}{{1,3}}\]{_WORD}",  # "[T]he": an editor's change of case
    BRACKET: r"\[[^\[\]\n]*\]",
    NUMBER: r"\d+(?:[.,:/]\d+)*",
    WORD: _WORD,
    SYMBOL: r"[%‰$€£¥₹₩₽¢#@&+=°§]",
    PUNCT: r"[^\w\s]",
}


def _compile(kinds: list[str], word: str = _WORD) -> re.Pattern[str]:
    return re.compile("|".join(f"(?P<{k}>{word if k == WORD else _PATTERNS[k]})" for k in kinds))


# sources: the commonest kinds first, as the regex engine tries alternatives in order
_SOURCE_RE = _compile([WORD, NUMBER, ELLIPSIS, SYMBOL, PUNCT])
_PLAIN_SOURCE_RE = _compile([WORD, NUMBER, ELLIPSIS, SYMBOL, PUNCT], _PLAIN_WORD)
_CLAIM_RE = _compile([ELLIPSIS, "bracketed_word", BRACKET, NUMBER, WORD, SYMBOL, PUNCT])
_NEEDS_FULL = re.compile(f"[{COMBINING}{INVISIBLE}]")


@dataclass
class Tokens:
    """Tokens of `text` as parallel lists (compact for multi-megabyte sources)."""

    text: str
    kinds: list[str] = field(default_factory=list)
    keys: list[str] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.kinds)

    def surface(self, i: int) -> str:
        """Token `i` as written."""
        return self.text[self.starts[i] : self.ends[i]]

    def matched(self) -> list[int]:
        """Indices of the tokens compared word by word (words, numbers, symbols)."""
        return [i for i, k in enumerate(self.kinds) if k in MATCHED_KINDS]


def tokenize(text: str, start: int = 0, end: int | None = None, claim: bool = False) -> Tokens:
    """Tokenize text[start:end]; offsets stay those of `text`.

    With `claim`, ellipses and [brackets] are editorial marks, and a bracketed letter
    attached to a word ("[T]he") is read as part of that word.
    """
    tokens = Tokens(text)
    if claim:
        pattern = _CLAIM_RE
    else:
        pattern = _SOURCE_RE if _NEEDS_FULL.search(text, start, len(text) if end is None else end) else _PLAIN_SOURCE_RE
    for m in pattern.finditer(text, start, len(text) if end is None else end):
        kind, raw = m.lastgroup, m.group()
        if kind == "bracketed_word":
            kind, raw = WORD, raw.replace("[", "").replace("]", "")
        if kind == WORD:
            key = fold_word(raw)
        elif kind == ELLIPSIS:
            key = "..."
        elif kind == PUNCT:
            key = fold_punct(raw)
        else:
            key = raw
        if not key:
            continue  # a lone invisible character
        tokens.kinds.append(kind)
        tokens.keys.append(key)
        tokens.starts.append(m.start())
        tokens.ends.append(m.end())
    return tokens


class LineIndex:
    """Offset to 1-based (line, column) for a text."""

    def __init__(self, text: str):
        self._starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect_right(self._starts, offset)
        return line, offset - self._starts[line - 1] + 1


def is_sentence_start(text: str, offset: int) -> bool:
    """True when nothing but quotation marks, brackets and spaces separate `offset` from the
    start of the text or the end of the previous sentence."""
    i = offset - 1
    while i >= 0 and (text[i].isspace() or fold_punct(text[i]) in ('"', "(", "[", "-")):
        if text[i] == "\n":
            return True
        i -= 1
    return i < 0 or text[i] in ".!?:;…"
