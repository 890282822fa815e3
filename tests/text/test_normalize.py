"""Tests for factcheck.text.normalize: what counts as the same character."""

from __future__ import annotations

import pytest

from factcheck.text.normalize import (
    DASHES,
    DOUBLE_QUOTES,
    INVISIBLE,
    SINGLE_QUOTES,
    fold_punct,
    fold_word,
    has_invisible,
    is_dash,
    is_quote_mark,
)

@pytest.mark.parametrize("mark", list(DOUBLE_QUOTES + SINGLE_QUOTES), ids=lambda m: f"U+{ord(m):04X}")
def test_fold_punct_every_quote_mark_is_a_straight_double_quote(mark):
    assert fold_punct(mark) == '"'


@pytest.mark.parametrize("dash", list(DASHES), ids=lambda d: f"U+{ord(d):04X}")
def test_fold_punct_every_dash_is_a_hyphen(dash):
    assert fold_punct(dash) == "-"


@pytest.mark.parametrize(
    ("text", "key"),
    [("…", "..."), ("...", "..."), ("．", "."), ("！", "!"), ("，", ","), (",", ","), ("\u00ad", ""), ("%", "%")],
)
def test_fold_punct_other(text, key):
    assert fold_punct(text) == key


@pytest.mark.parametrize(
    ("word", "key"),
    [
        ("Banten", "banten"),
        ("HARI", "hari"),
        ("Don’t", "don't"),  # every single quote mark is one apostrophe
        ("donʼt", "don't"),
        ("don‘t", "don't"),
        ("don`t", "don't"),
        ("anak–anak", "anak-anak"),  # dashes are one hyphen
        ("anak‑anak", "anak-anak"),
        ("co\u00adoperate", "cooperate"),  # invisible characters dropped
        ("zero\u200bwidth", "zerowidth"),
        ("\ufeffbom", "bom"),
        ("ﬁne", "fine"),  # NFKC
        ("Ｆｕｌｌ", "full"),
        ("Straße", "strasse"),  # casefold, not lower
        ("cafe\u0301", "café"),  # composed
        ("CAFÉ", "café"),
    ],
)
def test_fold_word(word, key):
    assert fold_word(word) == key


def test_fold_word_ascii_and_unicode_paths_agree():
    assert fold_word("STRASSE") == fold_word("Straße")
    assert fold_word("Don't") == fold_word("DON’T")


@pytest.mark.parametrize("char", list(INVISIBLE), ids=lambda c: f"U+{ord(c):04X}")
def test_invisible_characters_are_removed_from_words(char):
    assert fold_word(f"ab{char}cd") == "abcd"
    assert has_invisible(f"ab{char}cd")


@pytest.mark.parametrize(("text", "expected"), [("plain", False), ("café", False), ("ﬁ", True), ("cafe\u0301", True)])
def test_has_invisible_includes_compatibility_and_decomposed_text(text, expected):
    assert has_invisible(text) is expected


@pytest.mark.parametrize(("char", "expected"), [("“", True), ("'", True), ("«", True), ("a", False), ("-", False)])
def test_is_quote_mark(char, expected):
    assert is_quote_mark(char) is expected


@pytest.mark.parametrize(("char", "expected"), [("—", True), ("–", True), ("-", True), ("_", False), ("~", False)])
def test_is_dash(char, expected):
    assert is_dash(char) is expected
