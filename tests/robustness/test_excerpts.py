"""Reports quote the matched passage and its immediate context, never a whole file: in
every format, for found and not-found quotes, figures, dates, statements and `quotes`."""

from __future__ import annotations

import re

import pytest

from helpers import invoke

FORMATS = ("full", "concise", "json", "jsonl", "sarif", "junit", "github", "gitlab", "markdown")
LINES = 300
MARK = re.compile(r"mark(\d{3})x")


def source_text() -> str:
    lines = [f"Baris mark{i:03d}x membahas pembangunan daerah dan anggaran tahun ini." for i in range(LINES)]
    lines[100] = "“Kami tidak hanya bekerja untuk hari ini,” ujar Andra Soni mark100x."
    lines[150] = "Harga beras ditebus Rp20.000 pada Jumat (24/10/2025) mark150x."
    lines[200] = "Andra Soni mengatakan kunjungan itu bertujuan belajar program pembangunan mark200x."
    return "\n\n".join(lines) + "\n"  # a paragraph per line, no sentence runs on


CLAIMS = """\
source: big
claims:
  - id: found
    quote: "Kami tidak hanya bekerja untuk hari ini"
  - id: misquote
    quote: "Kami hanya bekerja untuk hari esok"
  - id: not-found
    quote: "Sama sekali tidak ada kata yang cocok di sumber"
  - id: spanning
    quote: "Baris mark001x membahas … tahun ini mark298x"
  - id: figure
    figure: Rp25.000
    context: beras ditebus
  - id: date
    date: 2025-10-23
    context: beras ditebus
  - id: said
    speaker: Andra Soni
    said: kunjungan bertujuan belajar program pembangunan
  - id: long
    quote: "{long}"
"""


@pytest.fixture
def big(project):
    (project / "sources" / "big.md").write_text(source_text(), "utf-8")
    long = " ".join(f"membahas pembangunan daerah mark{i:03d}x" for i in range(20, 60))  # a long misquote
    (project / "claims" / "c.yaml").write_text(CLAIMS.format(long=long), "utf-8")
    return project


@pytest.mark.parametrize("fmt", FORMATS)
def test_reports_show_passages_not_files(big, fmt):
    result = invoke("check", "--format", fmt)
    assert result.exit_code == 1
    shown = {int(n) for n in MARK.findall(result.stdout)}
    # the long misquote names 40 marks itself; the sources' passages add a few lines at most
    from_claims = set(range(20, 60)) | {1, 298}
    assert len(shown - from_claims) <= 12, sorted(shown - from_claims)


def test_quotes_lists_quotations_not_files(big):
    for fmt in ("table", "json", "yaml"):
        result = invoke("quotes", "big", "--format", fmt)
        assert result.exit_code == 0
        assert {int(n) for n in MARK.findall(result.stdout)} <= {100}, fmt


def test_find_shows_passages_not_files(big):
    for fmt in ("text", "json"):
        result = invoke("find", "Baris mark001x membahas … tahun ini mark298x", "--format", fmt)
        shown = {int(n) for n in MARK.findall(result.stdout)}
        assert len(shown) <= 12, (fmt, sorted(shown))
