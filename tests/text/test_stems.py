"""Stems: a paraphrase's words meet the source's in other forms."""

import pytest

from factcheck.text.stems import forms, same_word, stems


@pytest.mark.parametrize("a, b, language", [
    ("menggunakan", "guna", "id"), ("kunjungannya", "kunjungan", "id"), ("memasak", "masak", "id"),
    ("penurunan", "turun", "id"), ("reported", "reports", "en"), ("rose", "rise", "en"),  # WordNet's forms
    ("children", "child", "en"), ("fell", "falling", "en"),
])
def test_forms_of_one_word_are_the_same_word(a, b, language):
    assert same_word(a, b, language)


@pytest.mark.parametrize("a, b, language", [("naik", "turun", "id"), ("strong", "weak", "en"),
                                            ("membangun", "membantu", "id")])
def test_other_words_are_not(a, b, language):
    assert not same_word(a, b, language)


def test_numbers_are_their_own_stem_and_auto_takes_every_language():
    assert stems("2025", "id") == {"2025"}
    assert {"guna", "menggunakan"} <= stems("menggunakan", "auto")


def test_the_positive_degree_is_a_form_for_looking_up_opposites():
    assert stems("small", "en") <= forms("smallest", "en")
    assert stems("big", "en") <= forms("bigger", "en") and stems("happy", "en") <= forms("happier", "en")
    assert forms("smallest", "id") == stems("smallest", "id")  # English degrees only
