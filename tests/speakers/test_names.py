"""A claim's speaker matched to the people of a source."""

from __future__ import annotations

import pytest

from factcheck.speakers import people_named

from helpers import source


@pytest.mark.parametrize("claimed", ["Helmi Hasan", "Helmi", "Gubernur Bengkulu Helmi Hasan", "Gubernur Bengkulu",
                                     "helmi hasan"])
def test_a_claim_may_name_a_person_in_any_of_the_forms_the_source_uses(article, claimed):
    assert [p.name for p in people_named(article, claimed)] == ["Helmi Hasan"]


def test_names_the_source_does_not_use_match_nobody(article):
    assert people_named(article, "Budi Santoso") == []
    assert people_named(article, "Andra Hasan") == []  # parts of two people are no one


def test_a_claim_name_with_a_word_the_text_uses_as_an_ordinary_word_still_finds_the_person():
    # "Lalu" (a Sasak title, and "then") is never read as part of a name in the text
    article = source("Lalu Darmawan, pengelola dermaga, mengatakan kapal kembali beroperasi. "
                     "“Penumpang mulai datang lagi setiap hari,” kata Darmawan.")
    assert [p.name for p in people_named(article, "Lalu Darmawan")] == ["Darmawan"]
    assert people_named(article, "Lalu Santoso") == []
