"""The nearness measure the context search and the draft's context words share."""

from __future__ import annotations

import pytest

from factcheck.text.context import AFTER_WEIGHT, CLAUSE_PENALTY, Passage, similar, tie_values, word_distance
from factcheck.text.tokens import tokenize

TEXT = "beras seharga Rp70.000 bisa ditebus Rp20.000, kata dia"


def _index(tokens, word: str) -> int:
    return next(i for i, (s, e) in enumerate(zip(tokens.starts, tokens.ends)) if TEXT[s:e] == word)


def _extent(tokens, value: str) -> tuple[int, int]:
    """The first and last token of `value` in TEXT ("Rp20.000" is "Rp" and "20.000")."""
    start = TEXT.index(value)
    inside = [i for i, s in enumerate(tokens.starts) if start <= s < start + len(value)]
    return inside[0], inside[-1]


def test_words_between_count_and_a_word_after_counts_less():
    tokens = tokenize(TEXT)
    first, last = _extent(tokens, "Rp20.000")
    assert word_distance(tokens, _index(tokens, "ditebus"), first, last) == 1
    assert word_distance(tokens, _index(tokens, "bisa"), first, last) == 2
    after = word_distance(tokens, _index(tokens, "kata"), first, last)
    assert after == (1 + CLAUSE_PENALTY) * AFTER_WEIGHT  # a comma between, and the word comes after


def test_a_context_word_between_two_values_is_the_nearer_ones():
    start = TEXT.index("ditebus")
    passage = Passage(0, len(TEXT), 1.0, ((start, start + len("ditebus")),), text=TEXT,
                      hit_words=(frozenset({0}),))
    near, far = TEXT.index("Rp20.000"), TEXT.index("Rp70.000")
    # "ditebus" lies between Rp70.000 and Rp20.000, nearer Rp20.000: the one word is Rp20.000's
    assert tie_values(passage, [(far, far + 8), (near, near + 8)]) == [(0, 2 * AFTER_WEIGHT), (1, 1)]
    # a word before every value, not right next to one, is held by none: it counts only for nearness
    text = "Di Bengkulu, beras seharga Rp70.000 bisa ditebus Rp20.000"
    at, values = text.index("Bengkulu"), [(text.index("Rp70.000"), text.index("Rp70.000") + 8),
                                          (text.index("Rp20.000"), text.index("Rp20.000") + 8)]
    shared = Passage(0, len(text), 1.0, ((at, at + 8),), text=text, hit_words=(frozenset({0}),))
    assert [held for held, _ in tie_values(shared, values)] == [0, 0]
    right_before = Passage(0, len(text), 1.0, ((text.index("seharga"), text.index("seharga") + 7),), text=text,
                           hit_words=(frozenset({0}),))
    assert [held for held, _ in tie_values(right_before, values)] == [1, 0]  # "seharga Rp70.000"

@pytest.mark.parametrize("a, b", [
    ("tebus", "ditebus"), ("harga", "seharga"), ("signed", "signing"), ("penandatanganan", "menandatangani"),
    ("pembangunan", "membangun"), ("ekonomi", "perekonomian"), ("add", "adds"), ("kunjungan", "berkunjung"),
])
def test_forms_of_one_word_are_similar(a, b):
    assert similar(a, b) and similar(b, a)


@pytest.mark.parametrize("a, b", [
    ("sepeda", "seperti"), ("melaju", "melalui"), ("tersangka", "terjangkau"), ("rice", "price"),
])
def test_words_sharing_only_a_beginning_are_not(a, b):
    # the old rule (a shared four-letter prefix) matched these, and a bare year then read as a figure
    assert not similar(a, b)


def test_the_forms_index_finds_what_comparing_every_key_finds(article):
    """find_context looks a context word's forms up (by stem and ending) instead of comparing
    it with every key of the source: the same keys either way."""
    from factcheck.text.context import _Forms

    forms = _Forms(article)
    keys = sorted(article.word_index)
    for word in keys + ["tebus", "seharga", "penandatanganan", "sepeda", "melaju", "signing", "ab"]:
        assert forms.similar_to(word) == [k for k in keys if similar(word, k)], word
