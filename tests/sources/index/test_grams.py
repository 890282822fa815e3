"""Tests for factcheck.sources.index.grams: the same words make the same grams, gaps break them."""

from factcheck.sources.index.grams import fingerprint, passage_grams, source_grams
from factcheck.text.document import Source
from factcheck.text.tokens import word_keys


def keys(text: str) -> list[str]:
    return word_keys(text)


def test_three_words_make_one_gram():
    assert len(source_grams(["a", "b", "c"])) == 1
    assert source_grams(["a", "b"]) == set()
    assert source_grams(["a", "b", "c"]) != source_grams(["a", "c", "b"])


def test_passage_and_source_agree_whatever_the_typography():
    source = source_grams(keys("“Beras seharga Rp70.000 bisa ditebus,” katanya."))
    assert passage_grams("beras seharga Rp 70.000 bisa ditebus") <= source
    assert passage_grams("BERAS SEHARGA Rp70.000 BISA") <= source


def test_ellipses_and_brackets_break_a_passage():
    assert passage_grams("one two … three four") == set()
    assert passage_grams("one two [three] four five") == set()
    assert len(passage_grams("one two three … four five six")) == 2


def test_grams_are_the_same_in_every_run():
    assert fingerprint() == fingerprint()
    assert len(source_grams(["x", "y", "z", "x", "y", "z"])) == 3  # xyz, yzx, zxy


def test_word_keys_are_the_sources_own(tmp_path):
    text = "---\ntitle: t\n---\nCafe\u0301 co\u00adoperate, “don’t” Rp70.000 … 3,5% a\u200b b_c\n"
    source = Source("s", tmp_path / "s.md", "s.md", text, body_start=text.index("Cafe"))
    assert word_keys(text, source.body_start) == source.word_keys
    assert word_keys("plain words only") == ["plain", "words", "only"]
