"""Random text through the figure and date finders and checkers: spans always point at the
text they report, and nothing raises."""

import datetime as dt

from fuzzbudget import fuzz
from hypothesis import given
from hypothesis import strategies as st

from factcheck.checks.date import check_date
from factcheck.checks.figure import check_figure
from factcheck.text.dates import find_dates
from factcheck.text.numbers import find_figures, parse_figure

from helpers import ROOT, claim, read
FUZZ = fuzz(150)
# text built mostly from what figures and dates are made of, with odd characters mixed in
PIECES = st.sampled_from([
    "Rp", "Rp.", "US$", "$", "€", "IDR", " ", " ", "0", "1", "2", "24", "10", "2025", "1.500", "2,35", ".", ",", "/",
    "-", ":", "%", "(", ")", "ribu", "juta", "miliar", "rb", "M", "m", "bn", "dua", "puluh", "setengah", "half", "a",
    "million", "rupiah", "persen", "poin", "Jumat", "Friday", "Oktober", "Okt.", "Oct.", "kemarin", "lalu",
    "last", "pekan", "pada", "on", "\u00a0", "\u200b", "２", "١", "\u0301", "\n",
])
TEXT = st.lists(st.one_of(PIECES, st.text(max_size=3)), max_size=30).map("".join)
LANGUAGE = st.sampled_from(["id", "en", "auto"])


@FUZZ
@given(text=TEXT, language=LANGUAGE)
def test_found_spans_are_the_text_they_report(text, language):
    for figure in find_figures(text, language):
        assert text[figure.start : figure.end] == figure.text and figure.values
    for mention in find_dates(text, language, dt.date(2025, 10, 25)):
        assert text[mention.start : mention.end] == mention.text
        assert mention.first is None or mention.first <= mention.last
    parse_figure(text, language)


@FUZZ
@given(value=TEXT, context=TEXT, language=LANGUAGE)
def test_checkers_never_raise(article, value, context, language):
    figure = claim("figure", {"figure": value or "1", "context": context or "x"}, base_dir=ROOT, language=language)
    assert check_figure(figure, [article]).status.value in ("pass", "warn", "fail", "error")
    date = claim("date", {"date": "2025-10-24", "context": context or "x"}, base_dir=ROOT, language=language)
    assert check_date(date, [article]).status.value in ("pass", "fail", "warn")


def test_a_source_made_of_figures_and_dates(tmp_path):
    source = read(tmp_path, "s.md", "---\npublished: 0001-01-01\n---\nRp1.500 kemarin, Jumat (31/02/2025), " * 50)
    date = claim("date", {"date": "2025-10-24", "context": "kemarin Jumat"}, base_dir=tmp_path, language="id")
    assert check_date(date, [source]).status.value == "fail"
