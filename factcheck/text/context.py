"""Find what a claim's `context` describes in a source: the sentences holding its words.

Date and figure claims name an event or quantity in words ("beras ditebus", "signed the
agreement"); the sentences of the source that hold most of those words are where the
source states its date or figure. Words match loosely, since a source inflects what a
claim names: "tebus" / "ditebus", "harga" / "seharga", "signed" / "signing",
"penandatanganan" / "menandatangani".
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import KW_ONLY, dataclass, field
from functools import cache, cached_property

from factcheck.lang import members, tables
from factcheck.text.document import Source
from factcheck.text.stems import snowball_stem
from factcheck.text.sentences import sentences
from factcheck.text.tokens import MATCHED_KINDS, NUMBER, PUNCT, WORD, Tokens, tokenize

MIN_SHARE = 0.5  # a sentence must hold at least this share of the context's words
MIN_WORDS = 2  # … and at least this many of them (all of a shorter context)
MAX_CONTEXT_WORDS = 24  # a context names an event in a few words; a longer one is cut, which bounds the search
CLAUSE_PENALTY = 3  # words a comma or semicolon between a context word and a value counts for
ADJACENT = 2  # a word at most this far from a value (one word between) is right next to it
AFTER_WEIGHT = 1.5  # a word after a value describes it less often than one before ("ditebus Rp20.000")
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
    index: int = -1  # the sentence's number in `sentences(source)`
    strong: bool = True  # holds MIN_WORDS of the context's words (all of a shorter one)
    hit_words: tuple[frozenset[int], ...] = ()  # for each hit, which of the context's words it is

    @cached_property
    def tokens(self) -> Tokens:
        """The sentence's tokens (offsets those of the source)."""
        return tokenize(self.text, self.start, self.end)


def context_words(context: str) -> list[str]:
    """The words of `context` to look for: function words left out unless that leaves none;
    the first MAX_CONTEXT_WORDS of them (each is compared with every word of the source)."""
    tokens = tokenize(context)
    keys = [k for k, kind in zip(tokens.keys, tokens.kinds) if kind in (WORD, NUMBER)]
    content = [k for k in keys if k not in noise_words()]
    return list(dict.fromkeys(content or keys))[:MAX_CONTEXT_WORDS]


@cache
def noise_words() -> frozenset[str]:
    """Words that say nothing of an event: function words, and speech verbs with the speaker
    as a pronoun ("katanya", "ujarnya"), which any quoted sentence may end with."""
    every = tables()
    return every.stopwords | every.speech_cues_pronoun


def similar(a: str, b: str) -> bool:
    """Are two word keys forms of one word ("tebus" / "ditebus", "signed" / "signing",
    "penandatanganan" / "menandatangani", "harga" / "seharga")? By the languages' Snowball
    stemmers, and a word inside another with at most "se-" / "ke-" before it; not by a shared
    beginning, which makes "sepeda" "seperti" and "tersangka" "terjangkau"."""
    if a == b:
        return True
    if min(len(a), len(b)) < 3:
        return False
    if any(snowball_stem(a, s) == snowball_stem(b, s) or snowball_stem(a, s) == b or a == snowball_stem(b, s) for s in _stemmers()):
        return True
    short, long = sorted((a, b), key=len)
    return len(short) >= 5 and long.endswith(short) and len(long) - len(short) <= 2  # "seharga"


@cache
def _stemmers() -> tuple[str, ...]:
    return tuple(t.stemmer for t in members("auto"))




class _Forms:
    """A source's word keys by stem and by ending, so the keys `similar` to a word are looked
    up, not compared with every key of the source. (Lists, not sets: most stems have one key,
    and the index lives as long as the source.)"""

    def __init__(self, source: Source):
        self.keys = source.word_index
        self.by_stem: dict[str, dict[str, list[str]]] = {stemmer: {} for stemmer in _stemmers()}
        self.by_tail: dict[str, list[str]] = {}  # a key without its first one or two letters
        for key in self.keys:
            if len(key) >= 3:
                for stemmer, index in self.by_stem.items():
                    index.setdefault(snowball_stem(key, stemmer), []).append(key)
            for cut in (1, 2):
                if len(key) - cut >= 5:
                    self.by_tail.setdefault(key[cut:], []).append(key)

    def similar_to(self, word: str) -> list[str]:
        """The source's keys `similar` to `word`, sorted."""
        found = {word} if word in self.keys else set()
        if len(word) >= 3:
            for stemmer, index in self.by_stem.items():
                stem = snowball_stem(word, stemmer)
                found.update(index.get(stem, ()))  # one stem
                if len(stem) >= 3 and stem in self.keys:
                    found.add(stem)  # the word's stem is a key ...
                found.update(index.get(word, ()))  # ... or a key's stem is the word
        if len(word) >= 5:
            found.update(self.by_tail.get(word, ()))  # "seharga" for "harga"
            found.update(word[cut:] for cut in (1, 2) if len(word) - cut >= 5 and word[cut:] in self.keys)
        return sorted(k for k in found if similar(word, k))


def find_context(context: str, source: Source) -> list[Passage]:
    """The sentences holding at least MIN_SHARE of the context's words, best first. One that
    holds fewer than MIN_WORDS of them is weak: it may give the context's value, but it does
    not show the source speaks of the context ("Presiden" alone is not "pemilihan presiden")."""
    wanted = context_words(context)
    if not wanted:
        return []
    positions: dict[int, set[int]] = {}  # source word position -> context words it matches
    forms = source.derived("context:forms", _Forms)
    index = source.word_index
    for n, key in enumerate(wanted):
        for source_key in forms.similar_to(key):
            for p in index[source_key]:
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
            ordered = sorted(hits)
            offsets = tuple((token_starts[source_words[p]], source.tokens.ends[source_words[p]]) for p in ordered)
            passages.append(Passage(start, end, share, offsets, text=source.text, index=s,
                                    strong=len(found) >= min(MIN_WORDS, len(wanted)),
                                    hit_words=tuple(frozenset(hits[p]) for p in ordered)))
    return sorted(passages, key=lambda p: (-p.share, p.start))


def tie_values(passage: Passage, spans: list[tuple[int, int]], fits: list[bool] | None = None) -> list[tuple[int, float]]:
    """For each value of a sentence (start, end offsets), the context's words it holds and
    how near the nearest of them is.

    A context word between two values belongs to the one it is nearer (`word_distance`: a
    comma counting extra, a word after its value counting less): "beras seharga Rp70.000 bisa
    ditebus Rp20.000" ties "ditebus" to Rp20.000, "landasan pacu sepanjang 3.250 meter, …
    dengan landasan pacu Bandara Adisutjipto yang hanya 2.200 meter" the airport's words to
    2.200 meter. Words before the first value or after the last describe them all (the
    subject they share) and are held by none — unless right next to one ("seharga Rp70.000",
    "sepanjang 3.250 meter"); they count only for nearness. A word inside a value (its unit:
    "tonnes" of "1.5 million tonnes") ties it only if it `fits` the claim (a claim of "$450 per
    tonne" is no mass)."""
    tokens = passage.tokens
    token_starts = tokens.starts

    def index(offset: int) -> int:
        return bisect_right(token_starts, offset) - 1

    extents = [(index(start), index(end - 1)) for start, end in spans]
    lowest, highest = min(first for first, _ in extents), max(last for _, last in extents)
    best: dict[int, tuple[float, int]] = {}  # context word -> (distance, value) of its nearest tie
    nearest = [float("inf")] * len(spans)
    for n, (hit_start, _) in enumerate(passage.hits):
        at = index(hit_start)
        gaps = [0.0 if first <= at <= last else word_distance(tokens, at, first, last) for first, last in extents]
        inside = [j for j, (first, last) in enumerate(extents) if first <= at <= last]
        if inside and fits is not None and not fits[inside[0]]:
            gaps[inside[0]] = float("inf")  # the unit of a value the claim cannot be
        for k, gap in enumerate(gaps):
            nearest[k] = min(nearest[k], gap)
        k = min(range(len(spans)), key=lambda j: (gaps[j], j))
        if gaps[k] == float("inf"):
            continue
        if not lowest < at < highest and gaps[k] > ADJACENT * (AFTER_WEIGHT if at > highest else 1):
            continue  # before or after every value, not right next to one: shared by them all
        for word in passage.hit_words[n] if passage.hit_words else (n,):
            if word not in best or gaps[k] < best[word][0]:
                best[word] = (gaps[k], k)
    held = [0] * len(spans)
    for _, k in best.values():
        held[k] += 1
    return list(zip(held, nearest))


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
