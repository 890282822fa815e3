"""Tests for factcheck.text.locate: finding a claim's region in a (long) source."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from factcheck.text.align import ELLIPSIS_GAP, EQUAL, SUB
from factcheck.text.locate import locate
from factcheck.sources.library import read_source
from factcheck.text.document import Source
from factcheck.text.tokens import ELLIPSIS, NUMBER, SYMBOL, WORD, tokenize

QUOTE = "Kami berharap nantinya ada kunjungan balasan dari Banten ke Bengkulu"
VOCAB = "lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt".split()


def items(text: str) -> list[str]:
    """Claim items as the quote check builds them: word keys, ellipses as gaps."""
    tokens = tokenize(text, claim=True)
    return [ELLIPSIS_GAP if kind == ELLIPSIS else key for kind, key in zip(tokens.kinds, tokens.keys)
            if kind in (WORD, NUMBER, SYMBOL, ELLIPSIS)]


def filler(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(VOCAB) for _ in range(n))


def make_source(path: Path, text: str) -> Source:
    path.write_text(text, encoding="utf-8")
    return read_source(path)


@pytest.fixture
def long_source(tmp_path) -> tuple[Source, int]:
    """About 6000 filler words with the quote planted, in quotation marks, in the middle."""
    rng = random.Random(42)
    text = filler(rng, 3000) + ".\n\n“" + QUOTE + ",” ujarnya.\n\n" + filler(rng, 3000) + ".\n"
    source = make_source(tmp_path / "long.md", text)
    return source, source.word_keys.index("kami")


def matched_text(source: Source, match) -> str:
    a = match.alignment
    start = source.tokens.starts[source.words[a.start]]
    end = source.tokens.ends[source.words[a.end - 1]]
    return source.text[start:end]


def test_finds_the_quote_in_a_long_source(long_source):
    source, planted = long_source
    match = locate(items(QUOTE), source)
    assert match is not None
    a = match.alignment
    assert (a.start, a.end) == (planted, planted + 10)
    assert [op.kind for op in a.ops] == [EQUAL] * 10
    assert matched_text(source, match) == QUOTE
    assert match.inside_quotes == 1.0


def test_finds_the_quote_with_one_changed_word(long_source):
    source, planted = long_source
    match = locate(items(QUOTE.replace("balasan", "kembali")), source)
    assert match is not None
    a = match.alignment
    assert (a.start, a.end) == (planted, planted + 10)
    kinds = [op.kind for op in a.ops]
    assert kinds.count(SUB) == 1 and kinds.count(EQUAL) == 9
    (sub,) = [op for op in a.ops if op.kind == SUB]
    assert source.word_keys[sub.sj] == "balasan"


def test_finds_the_quote_with_an_ellipsis(long_source):
    source, planted = long_source
    match = locate(items("Kami berharap nantinya … dari Banten ke Bengkulu"), source)
    assert match is not None
    assert (match.alignment.start, match.alignment.end) == (planted, planted + 10)
    assert match.alignment.equal == 7


def test_single_word_claim(long_source):
    source, planted = long_source
    match = locate(items("Bengkulu"), source)
    assert match is not None
    assert (match.alignment.start, match.alignment.end) == (planted + 9, planted + 10)


def test_misspelled_quote_still_points_near_the_passage(long_source):
    # no claim word occurs in the source, so no seed: the fuzzy fallback picks the region
    source, planted = long_source
    claim = items("Kamu berharapp nantinyaa adaa kunjungann balasann darii Bantenn kee Bengkuluu")
    assert not any(key in source.word_index for key in claim)
    match = locate(claim, source)
    assert match is not None
    a = match.alignment
    assert a.equal == 0
    assert a.start < planted + 10 and a.end > planted  # overlaps the planted quote


def test_no_claim_word_in_the_source_matches_nothing(long_source):
    source, _ = long_source
    match = locate(items("zzz yyy xxx"), source)
    # either nothing or only the closest passage, never a word claimed as equal
    assert match is None or match.alignment.equal == 0


def test_prefers_the_passage_inside_quotation_marks(tmp_path):
    rng = random.Random(1)
    text = "Kami berharap ada kunjungan. " + filler(rng, 60) + "\n\n“Kami berharap ada kunjungan,” katanya.\n"
    source = make_source(tmp_path / "two.md", text)
    match = locate(items("Kami berharap ada kunjungan"), source)
    assert match is not None
    assert match.alignment.start > 0  # the second occurrence, the quoted one
    assert match.inside_quotes == 1.0


def test_narration_only_is_found_outside_quotes(tmp_path):
    source = make_source(tmp_path / "narr.txt", "Gubernur berharap ada kunjungan balasan.\n")
    match = locate(items("berharap ada kunjungan"), source)
    assert match is not None
    assert match.alignment.equal == 3
    assert match.inside_quotes == 0.0


def test_picks_the_better_of_two_similar_passages(tmp_path):
    rng = random.Random(3)
    text = (
        filler(rng, 200) + " kami berharap ada kunjungan dari jakarta. "
        + filler(rng, 200) + " kami berharap ada kunjungan balasan dari banten. " + filler(rng, 200)
    )
    source = make_source(tmp_path / "pair.txt", text)
    match = locate(items("kami berharap ada kunjungan balasan dari banten"), source)
    assert match.alignment.equal == 7
    assert "balasan" in matched_text(source, match)


@pytest.mark.parametrize("text", ["", "---\ntitle: only front matter\n---\n", "“ … ” !"])
def test_no_words_in_the_source(tmp_path, text):
    assert locate(items("kami berharap"), make_source(tmp_path / "empty.md", text)) is None


def test_only_gaps_in_the_claim(long_source):
    source, _ = long_source
    assert locate([ELLIPSIS_GAP], source) is None


@pytest.mark.parametrize("where", ["start", "end"])
def test_quote_at_the_very_start_or_end_of_a_source(tmp_path, where):
    # the first word has no previous word and the last none after it: seeds must not wrap around
    rng = random.Random(5)
    text = f"{QUOTE} {filler(rng, 300)}" if where == "start" else f"{filler(rng, 300)} {QUOTE}"
    source = make_source(tmp_path / "edge.txt", text)
    match = locate(items(QUOTE), source)
    n = len(items(QUOTE))
    assert match.alignment.equal == n
    expected = 0 if where == "start" else len(source.words) - n
    assert match.alignment.start == expected


def test_pair_of_common_words_is_found_from_either_side(tmp_path):
    # "ipsum" is everywhere and "kunjungan" once: the rarer word's positions are scanned
    text = "ipsum " * 50 + "ipsum kunjungan balasan " + "ipsum " * 50
    source = make_source(tmp_path / "common.txt", text)
    for quote, start in (("ipsum kunjungan", 50), ("kunjungan balasan ipsum", 51)):
        match = locate(items(quote), source)
        assert match.alignment.equal == len(items(quote))
        assert match.alignment.start == start


def test_a_quote_longer_than_the_old_window_is_found():
    """Windows stopped at 5,000 words, so a longer quote could never be found."""
    rng = random.Random(11)
    vocabulary = ["".join(rng.choice("abdegiklmnoprstu") for _ in range(6)) for _ in range(30_000)]
    words_ = [rng.choice(vocabulary) for _ in range(20_000)]
    source = Source("s", Path("s.txt"), "s.txt", " ".join(words_))
    quote = words_[7_000:13_000]
    match = locate(quote, source)
    assert match is not None and match.alignment.equal == 6_000 and match.alignment.start == 7_000


def test_a_claim_repeating_a_common_pair_gathers_bounded_seeds():
    """`a1a1…` against a source of `a1` gave 50 million word-pair seeds."""
    from factcheck.text import locate as module

    source = Source("s", Path("s.txt"), "s.txt", "a1" * 5000)
    claim = items("a1" * 4999 + "b")
    assert len(module._seeds(claim, source)) <= module.MAX_SEEDS + 5000
    match = locate(claim, source)
    assert match is None or match.alignment.equal < len(claim)  # not found, but answered
