"""Sentence splitting that knows the languages' abbreviations, initials and dotted abbreviations."""

import pytest

from factcheck.text.sentences import split


@pytest.mark.parametrize("language, text, expected", [
    ("en", "Mrs. Clinton met Mr. Trump on Sept. 22 in St. Pete. The vote followed.",
     ["Mrs. Clinton met Mr. Trump on Sept. 22 in St. Pete.", "The vote followed."]),
    ("en", "Gov. Ron Avery and Sen. Maria Lopez, D-N.M., spoke. J. R. R. Tolkien did not.",
     ["Gov. Ron Avery and Sen. Maria Lopez, D-N.M., spoke.", "J. R. R. Tolkien did not."]),
    ("en", "The U.S. Senate voted at 10:30 a.m. Monday. It passed.",
     ["The U.S. Senate voted at 10:30 a.m. Monday.", "It passed."]),
    ("id", "Gubernur bertemu Dr. Ir. H. Helmi Hasan di Jl. Sudirman No. 5. Ia pulang.",
     ["Gubernur bertemu Dr. Ir. H. Helmi Hasan di Jl. Sudirman No. 5.", "Ia pulang."]),
    ("id", "Kapolda Irjen Pol. M. Fadil Imran hadir. “Kami siap,” katanya.\nBaris baru",
     ["Kapolda Irjen Pol. M. Fadil Imran hadir.", "“Kami siap,” katanya.", "Baris baru"]),
])
def test_sentences_go_on_after_abbreviations_and_initials(language, text, expected):
    assert [text[a:b] for a, b in split(text, 0, language)] == expected
