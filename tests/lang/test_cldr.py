"""CLDR locale data merged with our tables (factcheck.lang.cldr)."""

import pytest

from factcheck.lang import cldr


@pytest.mark.parametrize("language, name, month", [
    ("id", "oktober", 10), ("id", "okt", 10), ("id", "agu", 8), ("id", "agt", 8), ("id", "pebruari", 2),
    ("en", "october", 10), ("en", "oct", 10), ("en", "sept", 9),
])
def test_month_names_merge_cldr_and_our_spellings(language, name, month):
    assert cldr.month_names(language)[name] == month


def test_languages_keep_their_own_names():
    assert "oktober" not in cldr.month_names("en") and "october" not in cldr.month_names("id")
    assert {"oktober", "october"} <= set(cldr.month_names("auto"))


def test_weekdays_are_python_weekdays():
    assert cldr.weekday_names("id")["jumat"] == cldr.weekday_names("en")["friday"] == 4
    assert cldr.weekday_names("id")["minggu"] == 6
    assert cldr.weekday_abbreviations("en")["fri"] == 4


def test_separators_and_date_order():
    assert cldr.separators("id") == (",", ".")
    assert cldr.separators("en") == (".", ",")
    assert cldr.day_first("id") and not cldr.day_first("en")


def test_scale_words():
    assert cldr.scale_words("id")["juta"] == 1_000_000
    assert cldr.scale_words("id")["milyar"] == cldr.scale_words("id")["miliar"] == 10**9
    assert cldr.scale_words("en")["billion"] == 10**9
    assert cldr.short_scales("id")["m"] == 10**9 and cldr.short_scales("en")["m"] == 10**6


def test_auto_merges_with_indonesian_winning():
    assert cldr.short_scales("auto")["m"] == 10**9
    assert cldr.month_names("auto")["agt"] == 8 and cldr.month_names("auto")["sept"] == 9
