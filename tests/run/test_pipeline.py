"""The run as a whole: a large archive checked through its index, and checks in parallel."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import factcheck.sources.index

from helpers import invoke

WORDS = ("kami warga desa pasar beras harga murah jalan rumah sakit sekolah anak guru petani "
         "nelayan kota hujan panas pagi sore malam hari bulan tahun").split()


def sentence(n: int) -> str:
    # words picked by the digits of n: every document's sentences differ
    return " ".join(WORDS[(n * 7 + k * k * 3 + k) % len(WORDS)] + ("" if k % 4 else str(n)) for k in range(12))


@pytest.fixture
def archive(tmp_path, monkeypatch):
    """Twelve sources and claims naming none, with the archive threshold lowered to ten."""
    monkeypatch.setattr(factcheck.sources.index, "ARCHIVE_MIN_SOURCES", 10)
    monkeypatch.delenv("FACTCHECK_CACHE_DIR", raising=False)
    monkeypatch.chdir(tmp_path)
    sources = tmp_path / "sources"
    sources.mkdir()
    for d in range(12):
        body = "\n\n".join(f"“{sentence(d * 10 + s)},” katanya." for s in range(5))
        (sources / f"doc{d:02d}.md").write_text(body + "\n", encoding="utf-8")
    lines = ["claims:"]
    for c in range(24):
        d, s = c % 12, c % 5
        quote = sentence(d * 10 + s)
        if c % 3 == 1:
            quote = quote.replace(str(d * 10 + s), str(d * 10 + s + 1), 1)  # a changed number
        if c % 6 == 5:
            quote = "zebra quokka axolotl narwhal platypus"  # in no source
        lines += [f"  - id: c{c}", f"    quote: {json.dumps(quote)}"]
    Path(tmp_path / "claims").mkdir()
    (tmp_path / "claims" / "story.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return tmp_path


def results(output: str) -> list[dict]:
    return json.loads(output)["results"]


def test_archive_claims_are_checked_through_the_index(archive):
    result = invoke("check", "--format", "json")
    assert result.exit_code == 1, result.output
    by_id = {r["id"]: r for r in results(result.stdout)}
    for c in range(24):
        r = by_id[f"c{c}"]
        if c % 6 == 5:
            assert r["status"] == "fail" and r["codes"] == ["Q310"]
            assert "in none of the 12 sources" in r["message"]
        elif c % 3 == 1:
            assert r["status"] == "fail" and "Q301" in r["codes"]
            assert r["source"]["id"] == f"doc{c % 12:02d}"
        else:
            assert r["status"] == "pass", r
            assert r["source"]["id"] == f"doc{c % 12:02d}"
    assert (archive / ".factcheck" / ".gitignore").is_file()


def test_small_folder_is_checked_without_an_index(archive, monkeypatch):
    monkeypatch.setattr(factcheck.sources.index, "ARCHIVE_MIN_SOURCES", 100)
    result = invoke("check", "--format", "json")
    absent = {r["id"]: r for r in results(result.stdout)}["c5"]
    assert absent["status"] == "fail" and "in none of" not in absent["message"]  # every source aligned
    assert not (archive / ".factcheck").exists()


def test_parallel_report_is_the_serial_report(archive):
    serial = invoke("check", "--format", "json")
    parallel = invoke("check", "--format", "json", "--jobs", "2")
    assert parallel.exit_code == serial.exit_code == 1
    assert parallel.stdout == serial.stdout
    full_serial = invoke("check")
    full_parallel = invoke("check", "-j", "0")
    assert full_parallel.stdout == full_serial.stdout


def test_jobs_must_not_be_negative(archive):
    result = invoke("check", "--jobs", "-1")
    assert result.exit_code == 2


def test_an_internal_error_is_that_claims_error_and_the_others_are_checked(tmp_path, monkeypatch):
    from factcheck.checks import quote

    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("FACTCHECK_RAISE_INTERNAL")  # tests fail on it; users get E008
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "s.md").write_text("“Kami siap membantu warga desa,” katanya.\n", "utf-8")
    (tmp_path / "claims.yaml").write_text('source: s\nclaims:\n  - id: boom\n    quote: "Kami siap membantu"\n'
                                          '  - id: fine\n    quote: "membantu warga desa"\n', "utf-8")
    judge = quote.judge

    def failing(claim, source):
        if claim.text == "Kami siap membantu":
            raise IndexError("list index out of range")
        return judge(claim, source)

    monkeypatch.setattr(quote, "judge", failing)
    result = invoke("check", "claims.yaml", "--format", "json")
    assert result.exit_code == 2
    boom, fine = results(result.stdout)
    assert boom["status"] == "error" and boom["codes"] == ["E008"]
    assert "internal error while checking this claim (IndexError: list index out of range)" in boom["message"]
    assert fine["status"] == "pass"


def test_a_claim_over_its_time_budget_is_stopped_and_the_others_are_checked(tmp_path, monkeypatch):
    import time

    from factcheck.checks import quote

    monkeypatch.chdir(tmp_path)
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "s.md").write_text("“Kami siap membantu warga desa,” katanya.\n", "utf-8")
    (tmp_path / "claims.yaml").write_text('source: s\nclaims:\n  - id: slow\n    quote: "Kami siap membantu"\n'
                                          '  - id: fine\n    quote: "membantu warga desa"\n', "utf-8")
    judge = quote.judge

    def slow(claim, source):
        if claim.text == "Kami siap membantu":
            while True:  # as a pathological input would, were it not bounded
                time.sleep(0.01)
        return judge(claim, source)

    monkeypatch.setattr(quote, "judge", slow)
    started = time.monotonic()
    result = invoke("check", "claims.yaml", "--format", "json", "--claim-timeout", "1")
    assert time.monotonic() - started < 30
    assert result.exit_code == 2
    stopped, fine = results(result.stdout)
    assert stopped["codes"] == ["E009"] and "took longer than 1 seconds" in stopped["message"]
    assert fine["status"] == "pass"
    (tmp_path / "factcheck.toml").write_text("claim-timeout = 0\n", "utf-8")
    refused = invoke("check", "claims.yaml")
    assert refused.exit_code == 2 and "'claim-timeout' must be a number of seconds from 1 to 3600" in refused.stderr
