"""Date finding, table-driven in both languages: written, numeric, weekday and relative forms."""

import datetime as dt

import pytest

from factcheck.text.dates import find_dates

PUBLISHED = dt.date(2025, 10, 25)  # a Saturday

# (language, text, the span found, first day, last day, weekday named)
FOUND = [
    ("id", "resmi menandatangani nota pada Jumat (24/10/2025).", "Jumat (24/10/2025)", "2025-10-24", "2025-10-24", 4),
    ("id", "Jumat, 24 Okt 2025", "Jumat, 24 Okt 2025", "2025-10-24", "2025-10-24", 4),
    ("id", "pada 24 Oktober 2025 lalu", "24 Oktober 2025", "2025-10-24", "2025-10-24", None),
    ("id", "tanggal 24-10-2025", "24-10-2025", "2025-10-24", "2025-10-24", None),
    ("id", "pada 24.10.25", "24.10.25", "2025-10-24", "2025-10-24", None),
    ("id", "2025-10-24", "2025-10-24", "2025-10-24", "2025-10-24", None),
    ("id", "sejak Oktober 2025", "Oktober 2025", "2025-10-01", "2025-10-31", None),
    ("id", "pada 17 Agt 2025", "17 Agt 2025", "2025-08-17", "2025-08-17", None),
    ("id", "Jumat (24/10)", "Jumat (24/10)", "2025-10-24", "2025-10-24", 4),
    ("id", "pada Kamis ( 23 / 10 / 2025) rapat", "Kamis ( 23 / 10 / 2025)", "2025-10-23", "2025-10-23", 3),
    ("id", "pada 24 Oktober", "24 Oktober", "2025-10-24", "2025-10-24", None),
    ("id", "Ia datang kemarin.", "kemarin", "2025-10-24", "2025-10-24", None),
    ("id", "akan kembali lusa", "lusa", "2025-10-27", "2025-10-27", None),
    ("id", "rapat Jumat lalu", "Jumat lalu", "2025-10-24", "2025-10-24", 4),
    ("id", "rapat Jumat pekan lalu", "Jumat pekan lalu", "2025-10-17", "2025-10-17", 4),
    ("id", "rapat pada Jumat", "Jumat", "2025-10-24", "2025-10-24", 4),
    ("id", "rapat pekan lalu", "pekan lalu", "2025-10-13", "2025-10-19", None),
    ("id", "rapat minggu lalu", "minggu lalu", "2025-10-13", "2025-10-19", None),
    ("id", "pada hari Minggu lalu", "Minggu lalu", "2025-10-19", "2025-10-19", 6),
    ("id", "bulan lalu", "bulan lalu", "2025-09-01", "2025-09-30", None),
    ("en", "signed on Oct. 24, 2025, officials said", "Oct. 24, 2025", "2025-10-24", "2025-10-24", None),
    ("en", "Friday, October 24, 2025", "Friday, October 24, 2025", "2025-10-24", "2025-10-24", 4),
    ("en", "on 24th October 2025", "24th October 2025", "2025-10-24", "2025-10-24", None),
    ("en", "on 10/24/2025", "10/24/2025", "2025-10-24", "2025-10-24", None),
    ("en", "He arrived yesterday.", "yesterday", "2025-10-24", "2025-10-24", None),
    ("en", "they met last Friday", "last Friday", "2025-10-24", "2025-10-24", 4),
    ("en", "they meet next Friday", "next Friday", "2025-10-31", "2025-10-31", 4),
    ("en", "they met on Friday", "Friday", "2025-10-24", "2025-10-24", 4),
    ("en", "the talks last week", "last week", "2025-10-13", "2025-10-19", None),
    # counted offsets from the published date: days and weeks give a day, months and years their span
    ("id", "tes cepat dua pekan lalu", "dua pekan lalu", "2025-10-11", "2025-10-11", None),
    ("id", "datang 3 hari lalu", "3 hari lalu", "2025-10-22", "2025-10-22", None),
    ("id", "tiga hari yang lalu", "tiga hari yang lalu", "2025-10-22", "2025-10-22", None),
    ("id", "sepekan lalu", "sepekan lalu", "2025-10-18", "2025-10-18", None),
    ("id", "dua bulan lalu", "dua bulan lalu", "2025-08-01", "2025-08-31", None),
    ("en", "two weeks ago", "two weeks ago", "2025-10-11", "2025-10-11", None),
    ("en", "a week ago", "a week ago", "2025-10-18", "2025-10-18", None),
    ("en", "5 days ago", "5 days ago", "2025-10-20", "2025-10-20", None),
    # ranges of days
    ("id", "festival 24–26 Oktober 2025", "24–26 Oktober 2025", "2025-10-24", "2025-10-26", None),
    ("id", "pada 24 hingga 26 Oktober", "24 hingga 26 Oktober", "2025-10-24", "2025-10-26", None),
    ("en", "held Oct. 24-26", "Oct. 24-26", "2025-10-24", "2025-10-26", None),
    # English news dates by a weekday alone: the latest such day, or the next after a future word
    ("en", "The bill was approved Tuesday.", "Tuesday", "2025-10-21", "2025-10-21", 1),
    ("en", "Lai Mohammed Sunday said the talks failed.", "Sunday", "2025-10-19", "2025-10-19", 6),
    ("en", "Trump is expected to sign it Thursday.", "Thursday", "2025-10-30", "2025-10-30", 3),
    ("en", "The warning runs through Saturday.", "Saturday", "2025-10-25", "2025-10-25", 5),
]


@pytest.mark.parametrize("language, text, span, first, last, weekday", FOUND)
def test_dates_are_found_and_read(language, text, span, first, last, weekday):
    found = find_dates(text, language, PUBLISHED)
    assert len(found) == 1, found
    mention = found[0]
    assert mention.text == span == text[mention.start : mention.end]
    assert (mention.first, mention.last) == (dt.date.fromisoformat(first), dt.date.fromisoformat(last))
    assert mention.weekday == weekday


@pytest.mark.parametrize("language, text", [
    ("id", "setiap Jumat di masjid-masjid diadakan pasar murah untuk anak-anak yang salat Jumat"),
    ("id", "inflasi 2,35 persen dan 1.500 orang"),
    ("id", "skor 2/1 di babak pertama"),  # day/month without a year counts only after a weekday
    ("id", "31/02/2025"),  # no such day
    ("en", "prices may 5 times rise"),  # "may" is a month only capitalised
    ("en", "Friday prayers"),  # a weekday alone is a date in English news, but not before "prayers"
    ("en", "Shops close every Friday."),
])
def test_what_is_not_a_date(language, text):
    assert find_dates(text, language, PUBLISHED) == []


def test_numeric_order_follows_the_language_and_keeps_the_other_reading():
    (ours,) = find_dates("10/11/2025", "id")
    assert ours.first == dt.date(2025, 11, 10) and ours.other_reading == dt.date(2025, 10, 11)
    (theirs,) = find_dates("10/11/2025", "en")
    assert theirs.first == dt.date(2025, 10, 11) and theirs.other_reading == dt.date(2025, 11, 10)
    (plain,) = find_dates("24/10/2025", "en")  # only one reading is a date
    assert plain.first == dt.date(2025, 10, 24) and plain.other_reading is None


def test_the_weekday_settles_the_order():
    # Indonesian order reads 10 November (a Monday); 11 October 2025 was the Saturday
    (mention,) = find_dates("Sabtu (10/11/2025)", "id")
    assert mention.first == dt.date(2025, 10, 11) and mention.other_reading is None


def test_a_contradicting_weekday_is_kept():
    (mention,) = find_dates("Kamis (24/10/2025)", "id")
    assert mention.first == dt.date(2025, 10, 24) and mention.weekday == 3


def test_without_an_anchor_relative_dates_stay_unplaced():
    kemarin, jumat, oktober = find_dates("kemarin; pada Jumat; pada 24 Oktober", "id")
    assert kemarin.first is None and kemarin.relative
    assert jumat.first is None and jumat.weekday == 4
    assert oktober.first is None and oktober.month_day == (10, 24)


def test_a_year_is_inferred_nearest_the_anchor():
    (mention,) = find_dates("pada 30 Desember", "id", dt.date(2026, 1, 2))
    assert mention.first == dt.date(2025, 12, 30) and mention.year_inferred


def test_a_named_weekday_settles_the_year():
    # published 1 April 2020; 7 November was a Saturday in 2020, a Thursday in 2019
    (mention,) = find_dates("pada Sabtu (7/11)", "id", dt.date(2020, 4, 1))
    assert mention.first == dt.date(2020, 11, 7)


def test_offsets_are_those_of_the_whole_text():
    text = "Judul\nPada Jumat (24/10/2025) kemarin."
    found = find_dates(text, "id", PUBLISHED, start=6)
    assert [text[m.start : m.end] for m in found] == ["Jumat (24/10/2025)", "kemarin"]
