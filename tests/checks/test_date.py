"""Date claims on the bundled Indonesian article and an English one."""

import pytest

from factcheck.checks.date import check_date
from factcheck.model import Status, Verdict

from helpers import claim, read


def date(source, day: str, context: str, language: str = "auto") -> Verdict:
    fields = {"date": day, "context": context}
    return check_date(claim("date", fields, language=language), [source])


def codes(verdict: Verdict) -> list[str]:
    return [f.code for f in verdict.findings]


@pytest.mark.parametrize("context", ["menandatangani nota kesepahaman", "penandatanganan nota kesepahaman",
                                     "Banten dan Bengkulu menandatangani kerja sama"])
def test_the_signing_on_24_october_passes(article, context):
    verdict = date(article, "2025-10-24", context)
    assert verdict.status is Status.PASS, verdict.message
    assert codes(verdict) == []
    assert verdict.message.startswith('the source says "Jumat (24/10/2025)"')
    assert verdict.evidence.line == 6


def test_the_signing_on_25_october_fails_with_the_sources_date(article):
    verdict = date(article, "2025-10-25", "menandatangani nota kesepahaman")
    assert verdict.status is Status.FAIL
    assert codes(verdict) == ["D301"]
    assert "2025-10-24 (Friday)" in verdict.message and '"Jumat (24/10/2025)"' in verdict.message
    (mark,) = [m for m in verdict.marks if m.side == "source"]
    assert article.text[mark.start : mark.end] == "Jumat (24/10/2025)"


def test_a_context_without_a_date_fails(article):
    # "setiap Jumat" (every Friday) is no date
    verdict = date(article, "2025-10-24", "pasar murah di masjid-masjid")
    assert verdict.status is Status.FAIL and codes(verdict) == ["D302"]


def test_a_context_not_in_the_source_fails(article):
    verdict = date(article, "2025-10-24", "banjir bandang")
    assert verdict.status is Status.FAIL and codes(verdict) == ["D303"]


# English, published 2025-10-25: (date, context, status, codes)
ENGLISH_CASES = [
    ("2025-10-24", "signed a rice supply agreement", Status.PASS, []),
    ("2025-10-23", "signed a rice supply agreement", Status.FAIL, ["D301"]),
    ("2025-10-24", "minister visited the port", Status.PASS, ["D101"]),  # "yesterday"
    ("2025-10-25", "minister visited the port", Status.FAIL, ["D101", "D301"]),
    ("2025-10-31", "first shipment will leave", Status.PASS, ["D101"]),  # "next Friday"
    ("2025-10-23", "committee met to review the quotas", Status.PASS, []),  # 10/23/2025, month first
]


@pytest.mark.parametrize("day, context, status, expected", ENGLISH_CASES)
def test_english_dates(english, day, context, status, expected):
    verdict = date(english, day, context)
    assert verdict.status is status, verdict.message
    assert codes(verdict) == expected


def test_a_weekday_contradicting_its_date_warns(tmp_path):
    source = read(tmp_path, "s.md", "---\nlanguage: id\n---\nNota kesepahaman ditandatangani pada Kamis (24/10/2025).\n")
    verdict = date(source, "2025-10-24", "nota kesepahaman ditandatangani")
    assert verdict.status is Status.WARN and codes(verdict) == ["D201"]
    assert "Thursday, but 2025-10-24 (Friday)" in verdict.message


def test_relative_dates_need_a_published_date(tmp_path):
    source = read(tmp_path, "s.md", "---\nlanguage: id\n---\nGubernur meninjau pasar kemarin.\n")
    verdict = date(source, "2025-10-24", "gubernur meninjau pasar")
    assert verdict.status is Status.FAIL and codes(verdict) == ["D304"]
    assert "published" in verdict.message
    anchored = read(tmp_path, "t.md", "---\nlanguage: id\npublished: 2025-10-25\n---\nGubernur meninjau pasar kemarin.\n")
    assert date(anchored, "2025-10-24", "gubernur meninjau pasar").status is Status.PASS
    assert date(anchored, "2025-10-23", "gubernur meninjau pasar").status is Status.FAIL


def test_a_week_or_month_only_warns_when_it_holds_the_date(tmp_path):
    source = read(tmp_path, "s.md", "---\nlanguage: id\npublished: 2025-10-25\n---\nHarga beras naik pekan lalu.\n")
    inside = date(source, "2025-10-15", "harga beras naik")
    assert inside.status is Status.WARN and codes(inside) == ["D202"]
    assert date(source, "2025-10-22", "harga beras naik").status is Status.FAIL


def test_a_date_without_a_year_or_anchor_warns(tmp_path):
    source = read(tmp_path, "s.txt", "Harga beras naik pada 15 Oktober, kata pejabat itu.\n")
    assert codes(date(source, "2025-10-15", "harga beras naik")) == ["D203"]
    assert codes(date(source, "2025-10-16", "harga beras naik")) == ["D301"]


def test_numeric_order_follows_the_source_language(tmp_path):
    indonesian = read(tmp_path, "id.md", "---\nlanguage: id\n---\nRapat digelar pada 10/11/2025 di kantor gubernur.\n")
    assert date(indonesian, "2025-11-10", "rapat digelar").status is Status.PASS
    assert codes(date(indonesian, "2025-11-10", "rapat digelar")) == ["D103"]
    wrong = date(indonesian, "2025-10-11", "rapat digelar")
    assert wrong.status is Status.FAIL and "the other way round, which Indonesian does not" in wrong.message
    english = read(tmp_path, "en.md", "---\nlanguage: en\n---\nThe meeting was held on 11/10/2025 downtown.\n")
    assert date(english, "2025-11-10", "meeting was held").status is Status.PASS
    wrong = date(english, "2025-10-11", "meeting was held")
    assert wrong.status is Status.FAIL and "the other way round, which English does not" in wrong.message


def test_an_unknown_language_flags_an_ambiguous_order(tmp_path):
    source = read(tmp_path, "x.txt", "Rapat: 10/11/2025.\n")
    for day in ("2025-11-10", "2025-10-11"):
        verdict = date(source, day, "rapat")
        assert verdict.status is Status.WARN and codes(verdict) == ["D204"]


def test_a_transcripts_date_is_reported_by_time_and_speaker(tmp_path):
    source = read(tmp_path, "wawancara.md", "---\nformat: transcript\nlanguage: id\n---\n"
                   "[00:01:02.500] Helmi Hasan: Kami menandatangani nota kesepahaman pada Jumat (24/10/2025).\n")
    verdict = date(source, "2025-10-24", "menandatangani nota kesepahaman")
    assert verdict.status is Status.PASS, verdict.message
    assert "00:01:02.500, Helmi Hasan" in verdict.message
