"""Tests for factcheck.text.tokens: tokens keep their offsets; keys fold what does not matter."""

from __future__ import annotations

import random
import re

import pytest

from factcheck.text.normalize import fold_punct, fold_word
from factcheck.text.tokens import (
    BRACKET,
    ELLIPSIS,
    MATCHED_KINDS,
    NUMBER,
    PUNCT,
    SYMBOL,
    WORD,
    LineIndex,
    is_sentence_start,
    tokenize,
)


def pairs(text: str, claim: bool = False) -> list[tuple[str, str]]:
    tokens = tokenize(text, claim=claim)
    return list(zip(tokens.kinds, tokens.keys))


def surfaces(text: str, claim: bool = False) -> list[str]:
    tokens = tokenize(text, claim=claim)
    return [tokens.surface(i) for i in range(len(tokens))]


@pytest.mark.parametrize(
    "text",
    [
        "Alhamdulillah, hari ini kami menerima “kunjungan” Gubernur…",
        "beras seharga Rp70.000 bisa ditebus Rp20.000 (24/10/2025).",
        "co\u00adoperate cafe\u0301 don’t anak-anak",
        "[T]he minister said [...] that [Banten] – “no”.",
    ],
)
@pytest.mark.parametrize("claim", [False, True])
def test_offsets_point_at_the_surface(text, claim):
    tokens = tokenize(text, claim=claim)
    assert len(tokens) == len(tokens.kinds) == len(tokens.keys) == len(tokens.starts) == len(tokens.ends)
    previous_end = 0
    for i in range(len(tokens)):
        assert tokens.starts[i] >= previous_end  # in order, not overlapping
        assert tokens.surface(i) == text[tokens.starts[i] : tokens.ends[i]]
        assert tokens.surface(i).strip() == tokens.surface(i)
        previous_end = tokens.ends[i]


def test_start_and_end_restrict_the_range_but_keep_offsets():
    text = "---\ntitle: x\n---\nhello world foo"
    tokens = tokenize(text, text.index("hello"), text.index(" foo"))
    assert tokens.keys == ["hello", "world"]
    assert tokens.starts[0] == text.index("hello")
    assert tokens.surface(1) == "world"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rp70.000", [(WORD, "rp"), (NUMBER, "70.000")]),
        ("Rp 70.000", [(WORD, "rp"), (NUMBER, "70.000")]),
        ("3,5%", [(NUMBER, "3,5"), (SYMBOL, "%")]),
        ("$5", [(SYMBOL, "$"), (NUMBER, "5")]),
        ("24/10/2025 12:30", [(NUMBER, "24/10/2025"), (NUMBER, "12:30")]),
        ("in 2025.", [(WORD, "in"), (NUMBER, "2025"), (PUNCT, ".")]),
        ("COVID19", [(WORD, "covid"), (NUMBER, "19")]),
        ("anak-anak", [(WORD, "anak-anak")]),
        ("praktik‑praktik", [(WORD, "praktik-praktik")]),  # non-breaking hyphen joins and folds
        ("don't", [(WORD, "don't")]),
        ("Jum'at", [(WORD, "jum'at")]),
        ("don’t", [(WORD, "don't")]),  # the curly apostrophe folds
        ("donʼt", [(WORD, "don't")]),
        ("word-", [(WORD, "word"), (PUNCT, "-")]),
        ("well—done", [(WORD, "well"), (PUNCT, "-"), (WORD, "done")]),
        ("“Kami,”", [(PUNCT, '"'), (WORD, "kami"), (PUNCT, ","), (PUNCT, '"')]),
        ("HARI Ini", [(WORD, "hari"), (WORD, "ini")]),
    ],
)
def test_kinds_and_keys(text, expected):
    assert pairs(text) == expected


def test_soft_hyphen_inside_a_word_is_ignored_in_the_key():
    tokens = tokenize("co\u00adoperate")
    assert tokens.keys == ["cooperate"]
    assert tokens.surface(0) == "co\u00adoperate"


def test_lone_invisible_character_is_no_token():
    assert pairs("a \u200b b") == [(WORD, "a"), (WORD, "b")]


@pytest.mark.parametrize("decomposed", ["cafe\u0301", "CAFE\u0301", "Cafe\u0301"])
def test_combining_marks_fold_like_precomposed(decomposed):
    tokens = tokenize(decomposed)
    assert len(tokens) == 1
    assert list(tokens.kinds) == [WORD]
    assert tokens.keys == tokenize("café").keys == [fold_word("café")]


@pytest.mark.parametrize("mark", ["…", "...", ". . .", ".\u00a0.\u00a0.", "....", "[...]", "[…]", "[ … ]", "(...)"])
def test_ellipsis_tokens_in_claims(mark):
    assert pairs(f"kata {mark} lain", claim=True) == [(WORD, "kata"), (ELLIPSIS, "..."), (WORD, "lain")]
    assert surfaces(f"kata {mark} lain", claim=True)[1] == mark


def test_two_dots_are_not_an_ellipsis():
    assert pairs("a .. b", claim=True) == [(WORD, "a"), (PUNCT, "."), (PUNCT, "."), (WORD, "b")]


@pytest.mark.parametrize("text", ["[Banten]", "[the governor]", "[ sic ]", "[]", "[Gubernur Banten Andra Soni]"])
def test_bracket_is_one_token_in_claims(text):
    tokens = tokenize(f"kata {text} lain", claim=True)
    assert list(tokens.kinds) == [WORD, BRACKET, WORD]
    assert tokens.surface(1) == text


def test_brackets_are_punctuation_in_sources():
    assert pairs("[Banten]") == [(PUNCT, "["), (WORD, "banten"), (PUNCT, "]")]


@pytest.mark.parametrize(("text", "key"), [("[T]he", "the"), ("[t]hings", "things"), ("[Ke]giatan", "kegiatan")])
def test_bracketed_letter_joined_to_a_word_is_that_word(text, key):
    tokens = tokenize(f"{text} rest", claim=True)
    assert list(tokens.kinds) == [WORD, WORD]
    assert tokens.keys == [key, "rest"]
    assert tokens.surface(0) == text  # the offsets still cover the brackets


def test_matched_are_words_numbers_and_symbols():
    tokens = tokenize("“Harga naik 5%,” katanya … [x]", claim=True)
    assert [tokens.surface(i) for i in tokens.matched()] == ["Harga", "naik", "5", "%", "katanya"]


def _reference(text: str, claim: bool) -> list[tuple[str, str, int, int]]:
    """Token by token with re.finditer, as tokenize did before it was made fast."""
    from factcheck.text import tokens as t

    _, pattern = t._CLAIM_RE if claim else t._SOURCE_RE
    out = []
    for m in re.finditer(pattern.pattern[len(t._GAP):], text):
        kind, raw = m.lastgroup, m.group()
        if kind == "bracketed_word":
            kind, raw = WORD, raw.replace("[", "").replace("]", "")
        key = {WORD: fold_word(raw), ELLIPSIS: "..."}.get(kind, raw)
        if kind == PUNCT:
            key = fold_punct(raw)
        if key:
            out.append((kind, key, m.start(), m.end()))
    return out


@pytest.mark.parametrize("claim", [False, True])
def test_fast_tokenizer_matches_the_token_by_token_reading(claim):
    # gaps of every sort between tokens: underscores, tabs, no-break spaces, marks
    rng = random.Random(7)
    parts = ["kata", "Rp70.000", "3,5", "%", "…", "...", "“", "”", ",", "_", "²", "x½", "\t", "\u00a0",
             "cafe\u0301", "co\u00adop", "\u200b", "[T]he", "[x y]", "anak-anak", "don’t", "\n", "  ", "日本"]
    for _ in range(50):
        text = "".join(rng.choice(parts) + rng.choice(["", " "]) for _ in range(40))
        tokens = tokenize(text, claim=claim)
        got = list(zip(tokens.kinds, tokens.keys, tokens.starts, tokens.ends))
        assert got == _reference(text, claim), text


def test_fast_tokenizer_keeps_offsets_inside_a_range():
    text = "__ab² cd_ ef"
    tokens = tokenize(text, 3, 10)
    assert [tokens.surface(i) for i in range(len(tokens))] == ["b²", "cd"]
    assert list(tokens.starts) == [3, 6]


# --- LineIndex -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("offset", "position"),
    [(0, (1, 1)), (1, (1, 2)), (2, (1, 3)), (3, (2, 1)), (5, (2, 3)), (6, (3, 1)), (7, (4, 1)), (9, (4, 3))],
)
def test_line_index_position(offset, position):
    # "ab\n" "cd\n" "\n" "ef": offsets 2 and 5 are newlines, 6 is the empty line
    assert LineIndex("ab\ncd\n\nef").position(offset) == position


def test_line_index_of_text_without_newlines():
    assert LineIndex("hello").position(4) == (1, 5)


# --- is_sentence_start -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Start here", "Start", True),
        ("Hello. World", "World", True),
        ("Really? Yes", "Yes", True),
        ("He said: “Quote", "Quote", True),
        ("Done! «Next", "Next", True),
        ("first line\nSecond", "Second", True),
        ("“Kami", "Kami", True),
        ("Hello world", "world", False),
        ("Gubernur Banten", "Banten", False),
        ("said “Quote", "Quote", False),
        ("x (Banten", "Banten", False),
        ("a, then", "then", False),
    ],
)
def test_is_sentence_start(text, word, expected):
    assert is_sentence_start(text, text.index(word)) is expected


# a long text is tokenized a chunk at a time (bounded memory): the chunks' seams must not show
_SEAM_PIECES = ["kata", "Rp70.000", "1.234,5", "...", ". . .", "…", "well-known", "don't", "—", "“", "”", " ",
                "  ", "\n", "\n\n", "_", "cafe\u0301", "a\u200bb", ".", ",", "x" * 300, " " * 400, "12:30", "%",
                "ﷺ"]


@pytest.mark.parametrize("seed", range(8))
def test_tokenizing_in_chunks_gives_the_tokens_of_one_pass(monkeypatch, seed):
    from factcheck.text import tokens as module

    rng = random.Random(seed)
    text = "".join(rng.choice(_SEAM_PIECES) for _ in range(1500))
    whole = tokenize(text)
    monkeypatch.setattr(module, "_CHUNK", rng.choice([700, 1024, 2000]))
    monkeypatch.setattr(module, "_MARGIN", 64)
    chunked = tokenize(text)
    assert (chunked.kinds, chunked.keys, list(chunked.starts), list(chunked.ends)) == \
        (whole.kinds, whole.keys, list(whole.starts), list(whole.ends))
    assert module.word_keys(text) == [k for k, kind in zip(whole.keys, whole.kinds) if kind in MATCHED_KINDS]
