"""A source's tokens as speaker analysis reads them: word keys without accents, which tokens
are quoted, which paragraph each is in, and the predicates every part of the analysis asks
(`is_word`, `capitalised`, `sentence_end`, `joined`, `title_at`, …)."""

from __future__ import annotations

import re
import unicodedata
from array import array
from bisect import bisect_left
from functools import cache

from factcheck.lang import tables
from factcheck.text.document import Source
from factcheck.text.quotations import paragraphs
from factcheck.text.tokens import PUNCT, WORD, Tokens

_SENTENCE_END = frozenset({".", "!", "?", "…", "...", ";"})
MAX_TITLE_WORDS = 3  # the longest title, in words ("Wakil Ketua Umum")
_MIN_ACRONYM = 3  # a word in capitals this long or longer is an acronym: a body, not a name ("KPU")
_SHORT_ACRONYM = 2  # … and one this long when it stands alone somewhere ("jika BI", "satpol PP"; not "Mahfud MD")


@cache
def title_phrases(language: str) -> dict[tuple[str, ...], int]:
    """Every title as a tuple of words (multi-word titles match word by word)."""
    return {tuple(title.split()): len(title.split()) for title in tables(language).titles}


def plain(key: str) -> str:
    """A word key without accents, as editors often drop them ("Alvarez" for "Álvarez")."""
    if key.isascii():
        return key
    return "".join(c for c in unicodedata.normalize("NFKD", key) if not unicodedata.combining(c))


class TokenView:
    """The tokens of one source with what the analysis asks of each (indices out of range
    answer False, so callers may look one token past either end)."""

    def __init__(self, source: Source):
        self.source = source
        self.language = source.language  # id | en | auto: which words count as no names
        self.text = source.text
        self.tokens: Tokens = source.tokens
        self.keys = [plain(k) for k in self.tokens.keys]
        self.kinds = self.tokens.kinds
        self.n = len(self.keys)
        # per token, computed once (asked millions of times in a big source): a word that starts
        # with a capital (1) or a small letter (2)
        text, starts = self.text, self.tokens.starts
        self._case = bytes(kind == WORD and (1 if text[start].isupper() else 2 if text[start].islower() else 0)
                           for kind, start in zip(self.kinds, starts))
        # Cue words, titles, prepositions and the like are read in every language at once
        # (`shared`): news mixes them ("Vice President of Marketplace Bukalapak …, ujarnya");
        # words that would mislead in another language (not_names: "Sunday" is a name in
        # Indonesian) are the source language's own (`own`).
        self.shared = tables("auto")
        self.own = tables(self.language)
        self.quotations = list(source.quotations.quotations)
        self.quoted = self._quoted_tokens()
        self.paragraph = self._paragraph_ids()  # token -> paragraph number
        self.place_like = self._place_like()
        # words the text also writes in lower case: a capitalised one opens a sentence, names no one
        self.common = {self.keys[i] for i in self._cased(2)}

    def _quoted_tokens(self) -> bytearray:
        inside = bytearray(len(self.tokens))  # a byte a token, not a list slot
        starts, k = self.tokens.starts, 0
        for q in self.quotations:
            while k < len(starts) and starts[k] < q.start:
                k += 1
            j = k
            while j < len(starts) and starts[j] < q.end:
                inside[j] = 1
                j += 1
        return inside

    def _paragraph_ids(self) -> array:
        body = self.source.body_start
        bounds = [(a + body, b + body) for a, b in paragraphs(self.text[body:])]
        ids, p = array("i"), 0
        for start in self.tokens.starts:
            while p + 1 < len(bounds) and start >= bounds[p][1]:
                p += 1
            ids.append(p)
        return ids

    def _place_like(self) -> set[str]:
        """Capitalised words the text also uses as a place or organisation: after "di",
        "Provinsi", "Kementerian", …, or written in capitals (acronyms)."""
        markers = self.own.place_markers
        found = set(tables("auto").organisation_words)  # of every language: "Center of Reform" in Indonesian
        found |= self.shared.regions  # "Gubernur Jawa Tengah Ganjar Pranowo"
        starts, ends = self.tokens.starts, self.tokens.ends
        for i in self._cased(1):  # (an acronym, too, starts with a capital)
            if i == 0:
                continue
            if self.keys[i - 1] in markers and not (
                    i >= 2 and (self.keys[i - 2], self.keys[i - 1]) in title_phrases("auto")) and (
                    self.capitalised(i - 1) or self.keys[i - 1] in self.shared.prepositions):
                # "di Bengkulu", "Provinsi Banten"; not "sepanjang jalan Sari" (a street is "Jalan …")
                found.add(self.keys[i])
            if ends[i] - starts[i] >= _MIN_ACRONYM and self.text[starts[i] : ends[i]].isupper():
                found.add(self.keys[i])
            elif ends[i] - starts[i] == _SHORT_ACRONYM and self.text[starts[i] : ends[i]].isupper() \
                    and self.joined(i) and (self.is_word(i - 1) and self.surface(i - 1)[:1].islower()
                                            or self.is_punct(i - 1, "(")):
                found.add(self.keys[i])  # after a lower-case word or in brackets: no initials of a name
        return found

    def _cased(self, case: int):
        """The tokens that are words starting with a capital (1) or a small letter (2), in order."""
        return (m.start() for m in re.finditer(bytes([case]), self._case))

    # -- one token ------------------------------------------------------------------------
    def surface(self, i: int) -> str:
        return self.tokens.surface(i)

    def is_word(self, i: int) -> bool:
        return 0 <= i < self.n and self.kinds[i] == WORD

    def capitalised(self, i: int) -> bool:
        return 0 <= i < self.n and self._case[i] == 1

    def is_punct(self, i: int, marks: str | frozenset[str]) -> bool:
        return 0 <= i < self.n and self.kinds[i] == PUNCT and self.keys[i] in marks

    def sentence_end(self, i: int) -> bool:
        """Does token i end a sentence? ("H." and "Dr." before a name do not.)"""
        if not self.is_punct(i, _SENTENCE_END):
            return False
        ends, starts = self.tokens.ends, self.tokens.starts
        if self.keys[i] == "." and self.is_word(i + 1) and not self.surface(i + 1)[:1].isupper() \
                and ends[i - 1] == starts[i] and ends[i] == starts[i + 1]:
            return False  # a web address: "Nusantaraventures.id", "example.com"
        if self.keys[i] == "." and self.is_word(i - 1) and self.tokens.ends[i - 1] == self.tokens.starts[i]:
            prev = self.keys[i - 1]
            if len(prev) == 1 or prev in self.shared.titles:
                return not self.capitalised(i + 1)
        return True

    def title_at(self, i: int) -> int:
        """Number of tokens of the longest title starting at token i (0 if none); a title
        written as an abbreviation may carry its dot ("Dr.", "H.")."""
        best = 0
        for size in range(MAX_TITLE_WORDS, 0, -1):
            if i + size <= len(self.keys) and all(self.is_word(i + k) for k in range(size)):
                if tuple(self.keys[i : i + size]) in title_phrases("auto"):
                    best = size
                    break
        if best and self.is_punct(i + best, ".") and self.capitalised(i + best + 1):
            best += 1
        return best

    def name_word(self, i: int) -> bool:
        """A word that can be part of a name: capitalised, or an initial."""
        return self.capitalised(i) and not self.quoted[i]

    def joined(self, i: int) -> bool:
        """Is token i on the same line as token i - 1? Names never cross a line break, except
        a single one right after a title ("said Mr.⏎Bounderby", a hard-wrapped line)."""
        if i <= 0:
            return False
        gap = self.text[self.tokens.ends[i - 1] : self.tokens.starts[i]]
        if "\n" not in gap:
            return True
        title = i - 1 - self.is_punct(i - 1, ".")
        return gap.count("\n") == 1 and self.capitalised(i) and self.is_word(title) \
            and (self.keys[title],) in title_phrases("auto") and self.capitalised(title)

    # -- positions ------------------------------------------------------------------------
    def token_from(self, offset: int) -> int:
        """Index of the first token starting at or after `offset`."""
        return bisect_left(self.tokens.starts, offset)

    def clause_start(self, i: int) -> int:
        """First token of the narration sentence holding token i."""
        while i > 0 and not self.quoted[i - 1] and not self.sentence_end(i - 1) \
                and self.paragraph[i - 1] == self.paragraph[i]:
            i -= 1
        return i
