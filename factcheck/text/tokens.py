"""Split text into tokens that keep their offsets into the original text.

A token is a word, a number, a symbol (%, $, …), punctuation, an ellipsis, or (in claims
only) an editor's [bracketed] insertion. Letters and digits never share a token, so
"Rp70.000" and "Rp 70.000" give the same words.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import KW_ONLY, dataclass, field
from itertools import accumulate
from operator import itemgetter, sub

from factcheck.text.normalize import COMBINING, INVISIBLE, WORD_JOINERS, fold_punct, fold_word

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


# Between tokens: spaces and underscores, the only characters no token pattern takes.
# Matching them explicitly makes the matches of a pattern tile the text, so offsets follow
# from the matches' lengths (see `tokenize`).
_GAP = r"[\s_]*"


def _compile(kinds: list[str], word: str = _WORD) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a pattern finding gap + token as plain strings, the same with a group per kind)."""
    grouped = "|".join(f"(?P<{k}>{word if k == WORD else _PATTERNS[k]})" for k in kinds)
    plain = "|".join(f"(?:{word if k == WORD else _PATTERNS[k]})" for k in kinds)
    return re.compile(f"{_GAP}(?:{plain})"), re.compile(f"{_GAP}(?:{grouped})")


# sources: the commonest kinds first, as the regex engine tries alternatives in order
_SOURCE_RE = _compile([WORD, NUMBER, ELLIPSIS, SYMBOL, PUNCT])
_PLAIN_SOURCE_RE = _compile([WORD, NUMBER, ELLIPSIS, SYMBOL, PUNCT], _PLAIN_WORD)
_CLAIM_RE = _compile([ELLIPSIS, "bracketed_word", BRACKET, NUMBER, WORD, SYMBOL, PUNCT])
_NEEDS_FULL = re.compile(f"[{COMBINING}{INVISIBLE}]")
_SEEN: dict[re.Pattern[str], dict[str, tuple[str, str, int]]] = {}  # piece -> (kind, key, width)
_MATCHED_KEY: dict[str, str] = {}  # source piece -> its key when a word, number or symbol, else ""
_SEEN_LIMIT = 500_000


@dataclass
class Tokens:
    """Tokens of `text` as parallel lists (compact for multi-megabyte sources)."""

    text: str
    _: KW_ONLY
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
    end = len(text) if end is None else end
    pieces, seen = _pieces(text, start, end, claim)
    found = list(map(seen.__getitem__, pieces))
    ends = list(accumulate(map(len, pieces), initial=start))[1:]
    keys = list(map(itemgetter(1), found))
    tokens = Tokens(text, kinds=list(map(itemgetter(0), found)), keys=keys,
                    starts=list(map(sub, ends, map(itemgetter(2), found))), ends=ends)
    if "" in keys:  # a lone invisible character is no token
        keep = [i for i, key in enumerate(keys) if key]
        for column in (tokens.kinds, tokens.keys, tokens.starts, tokens.ends):
            column[:] = [column[i] for i in keep]
    return tokens


def word_keys(text: str, start: int = 0) -> list[str]:
    """The keys of the words, numbers and symbols of a source's text[start:]: the same as
    from `tokenize`, without the offsets (for the index, which reads whole archives)."""
    pieces, _ = _pieces(text, start, len(text), False)
    return list(filter(None, map(_MATCHED_KEY.__getitem__, pieces)))


def _pieces(text: str, start: int, end: int, claim: bool) -> tuple[list[str], dict[str, tuple[str, str, int]]]:
    """The text's pieces, each a gap and a token, and a table piece -> (kind, key, width);
    `_MATCHED_KEY` learns each new piece's key when it is a word, number or symbol."""
    if claim:
        finder, classifier = _CLAIM_RE
    else:
        finder, classifier = _SOURCE_RE if _NEEDS_FULL.search(text, start, end) else _PLAIN_SOURCE_RE
    # Speed (multi-megabyte sources, whole archives): the matches come back as strings that
    # tile the text from `start`, so offsets follow from their lengths; each distinct string
    # is classified once per run.
    pieces = finder.findall(text, start, end)
    if len(_MATCHED_KEY) > _SEEN_LIMIT or len(_SEEN.get(classifier, ())) > _SEEN_LIMIT:  # bounded memory
        _SEEN.clear()
        _MATCHED_KEY.clear()
    seen = _SEEN.setdefault(classifier, {})
    for piece in set(pieces).difference(seen):
        seen[piece] = found = _classify(classifier, piece)
        if not claim:
            _MATCHED_KEY.setdefault(piece, found[1] if found[0] in MATCHED_KINDS else "")
    return pieces, seen


def _classify(classifier: re.Pattern[str], piece: str) -> tuple[str, str, int]:
    m = classifier.fullmatch(piece)
    kind = m.lastgroup
    raw = m.group(kind)
    width = len(raw)
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
    return kind, key, width


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
