"""Number parsing, table-driven in both languages: separators, scales, words, units."""

from decimal import Decimal

import pytest

from factcheck.text.numbers import POINTS, find_figures, parse_figure, read_digits, same_value, units_agree, within

# (language, text, value, unit)
FIGURES = [
    ("id", "Rp70.000", "70000", "IDR"),
    ("id", "Rp 70 ribu", "70000", "IDR"),
    ("id", "70 ribu rupiah", "70000", "IDR"),
    ("id", "Rp. 20.000", "20000", "IDR"),
    ("id", "Rp20rb", "20000", "IDR"),
    ("id", "Rp1,5 miliar", "1500000000", "IDR"),
    ("id", "Rp1,5 milyar", "1500000000", "IDR"),
    ("id", "Rp 2 triliun", "2000000000000", "IDR"),
    ("id", "Rp1,5 M", "1500000000", "IDR"),
    ("id", "IDR 5.000", "5000", "IDR"),
    ("id", "2,35", "2.35", None),
    ("id", "1.234.567", "1234567", None),
    ("id", "1.234,5", "1234.5", None),
    ("id", "dua puluh", "20", None),
    ("id", "dua belas", "12", None),
    ("id", "seratus", "100", None),
    ("id", "seribu lima ratus", "1500", None),
    # "puluh" and "ratus" multiply only the part of the group below them, not the whole group
    ("id", "dua ratus lima puluh", "250", None),
    ("id", "seratus tiga puluh", "130", None),
    ("id", "sembilan ratus sembilan puluh sembilan", "999", None),
    ("id", "seratus dua belas ribu", "112000", None),
    ("en", "two hundred fifty", "250", None),
    ("en", "twenty-five hundred", "2500", None),
    ("en", "one hundred and five", "105", None),
    ("id", "setengah", "0.5", None),
    ("id", "satu setengah juta", "1500000", None),
    ("id", "dua puluh lima ribu rupiah", "25000", "IDR"),
    ("id", "25%", "25", "%"),
    ("id", "25 persen", "25", "%"),
    ("id", "2 poin persentase", "2", POINTS),
    ("id", "US$5", "5", "USD"),
    ("id", "1,5 juta dolar AS", "1500000", "USD"),
    ("id", "sekitar 70 ribu", "70000", None),
    ("en", "70,000 rupiah", "70000", "IDR"),
    ("en", "1.5 million", "1500000", None),
    ("en", "1,500", "1500", None),
    ("en", "seventy thousand", "70000", None),
    ("en", "seventy-five", "75", None),
    ("en", "one hundred and five", "105", None),
    ("en", "one and a half million", "1500000", None),
    ("en", "half a million", "500000", None),
    ("en", "a million", "1000000", None),
    ("en", "$1.2bn", "1200000000", "USD"),
    ("en", "US$5m", "5000000", "USD"),
    ("en", "€3.5 million", "3500000", "EUR"),
    ("en", "USD 100", "100", "USD"),
    ("en", "40 percent", "40", "%"),
    ("en", "0.2 percentage points", "0.2", POINTS),
    ("en", "about 70 thousand", "70000", None),
]


@pytest.mark.parametrize("language, text, value, unit", FIGURES)
def test_figures_are_read_with_their_language(language, text, value, unit):
    figure = parse_figure(text, language)
    assert figure is not None, text
    assert figure.value == Decimal(value)
    assert figure.unit == unit
    assert not figure.ambiguous


@pytest.mark.parametrize("language, text", [
    ("id", "kata"), ("en", "5 m"), ("en", "5G"), ("id", "Rp"), ("id", "1.2.3"), ("id", "20 dan 30"),
])
def test_what_is_not_one_figure(language, text):
    assert parse_figure(text, language) is None


# (digits, language, readings): the language decides; unknown, both readings, grouping first
DIGITS = [
    ("70.000", "id", ["70000"]),
    ("70.000", "en", ["70.000"]),
    ("70,000", "en", ["70000"]),
    ("70,000", "id", ["70.000"]),
    ("1,5", "id", ["1.5"]),
    ("1.5", "id", ["1.5"]),  # not three digits after the separator: a decimal in any language
    ("0,500", "auto", ["0.500"]),
    ("1.500", "auto", ["1500", "1.500"]),
    ("1,500", "auto", ["1500", "1.500"]),
    ("12345", "auto", ["12345"]),
    ("1.2.3", "id", []),
]


@pytest.mark.parametrize("digits, language, readings", DIGITS)
def test_separators(digits, language, readings):
    assert read_digits(digits, language) == tuple(Decimal(r) for r in readings)


def test_an_ambiguous_figure_has_both_readings():
    figure = parse_figure("1.500", "auto")
    assert figure.ambiguous and figure.values == (Decimal("1500"), Decimal("1.500"))
    assert same_value(figure, parse_figure("1500", "id"))
    assert same_value(figure, parse_figure("1,5", "id"))


def test_figures_in_a_sentence_keep_their_offsets():
    text = ("Provinsi Banten (KP3B), pada Jumat (24/10/2025), salah satu sektor: beras seharga Rp70.000 "
            "bisa ditebus Rp20.000 dengan 5G.")
    found = find_figures(text, "id")
    assert [f.text for f in found] == ["Rp70.000", "Rp20.000"]  # not KP3B, the date, "satu" or 5G
    assert all(text[f.start : f.end] == f.text for f in found)


def test_numbers_inside_words_and_dates_are_no_figures():
    assert find_figures("Covid-19 pada 24/10/2025 pukul, Rabu ( 15 / 7 / 2020)", "id") == []


# -- units, ranges, times of day ------------------------------------------------------------

@pytest.mark.parametrize("language, text, value, unit", [
    ("id", "48 jam", "48", "duration-hour"),
    ("id", "3 km", "3", "length-kilometer"),
    ("id", "200 orang", "200", "people"),
    ("id", "5 ton", "5", "mass-tonne"),
    ("id", "tiga hari", "3", "duration-day"),
    ("id", "2,5 hektar", "2.5", "area-hectare"),
    ("en", "48 hours", "48", "duration-hour"),
    ("en", "120 mph", "120", "speed-mile-per-hour"),
    ("en", "62,000 acres", "62000", "area-acre"),
    ("en", "1,600 tons", "1600", "mass-tonne"),
    ("en", "twelve units", "12", "unit"),
])
def test_figures_with_units(language, text, value, unit):
    figure = parse_figure(text, language)
    assert figure is not None and figure.value == Decimal(value) and figure.unit == unit


def test_units_of_one_measure_convert_and_other_measures_do_not_agree():
    km, meters = parse_figure("3 km", "id"), parse_figure("3.000 meter", "id")
    assert same_value(km, meters) and units_agree(km, meters)
    assert same_value(parse_figure("2 hari", "id"), parse_figure("48 jam", "id"))
    assert not units_agree(parse_figure("48 jam", "id"), parse_figure("48 km", "id"))
    assert not units_agree(parse_figure("3 bulan", "id"), parse_figure("90 hari", "id"))  # no fixed ratio
    assert units_agree(parse_figure("48 jam", "id"), parse_figure("48", "id"))  # one side states none


@pytest.mark.parametrize("language, text, low, high, unit", [
    ("en", "$11 million to $12 million", "11000000", "12000000", "USD"),
    ("id", "10 hingga 15 persen", "10", "15", "%"),
    ("id", "antara 10 dan 15 persen", "10", "15", "%"),
    ("id", "10-15 persen", "10", "15", "%"),
    ("en", "ranged from $2 billion to $3 billion", "2000000000", "3000000000", "USD"),
])
def test_ranges_are_one_figure_with_two_ends(language, text, low, high, unit):
    (figure,) = find_figures(text, language)
    assert (figure.value, figure.upper, figure.unit) == (Decimal(low), Decimal(high), unit)
    assert within(parse_figure(f"{low}", language), figure)


@pytest.mark.parametrize("language, text, low, high", [
    ("id", "antara 15 dan 20 orang", "15", "20"),  # "dan" joins a range only after "antara"
    ("en", "between 15 and 20 people", "15", "20"),
    ("en", "15 to 20 people", "15", "20"),
])
def test_a_claims_range_may_start_with_its_opener(language, text, low, high):
    figure = parse_figure(text, language)
    assert figure is not None and (figure.value, figure.upper) == (Decimal(low), Decimal(high))


@pytest.mark.parametrize("language, text", [
    ("en", "Prices rose from 10 percent to 12 percent."),  # a change
    ("id", "Harga naik dari 10 persen menjadi 12 persen."),
    ("en", "It killed 10 people and injured 12 people."),  # "and" joins a range only after "between"
])
def test_changes_and_lists_are_two_figures(language, text):
    assert [f.upper for f in find_figures(text, language)] == [None, None]


@pytest.mark.parametrize("language, text", [
    ("id", "Rapat dimulai pukul 10.30 WIB."),
    ("id", "Rapat dimulai pukul 10.30."),
    ("en", "The polls closed at 8 p.m. on Tuesday."),
    ("en", "He left at 10:30 a.m."),
])
def test_times_of_day_are_no_figures(language, text):
    assert find_figures(text, language) == []
