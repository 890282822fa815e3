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
