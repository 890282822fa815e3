"""The command line as a user runs it: typer's runner, plus one real subprocess."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck import __version__

from helpers import example_project, invoke, write


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A copy of the bundled example, as the working directory."""
    return example_project(tmp_path, monkeypatch, claims=True)


def test_bundled_example_passes(project):
    result = invoke("check", "--format", "full")
    assert result.exit_code == 0, result.output
    assert result.stdout.count("PASS") == 8
    assert "8 claims: 8 pass, 0 warn, 0 fail, 0 error" in result.stdout
    assert 'signing-date  claims/banten-bengkulu.yaml:34  the source says "Jumat (24/10/2025)"' in result.stdout
    assert 'rice-redeemed-price  claims/banten-bengkulu.yaml:38  the source gives "Rp20.000"' in result.stdout


def test_misquote_fails_with_the_sources_words(project):
    write(project / "claims" / "story.yaml", """\
source: banten-bengkulu
claims:
  - id: rice
    quote: "beras seharga Rp70.000 bisa ditebus Rp25.000"
""")
    result = invoke("check", "claims/story.yaml", "--format", "full")
    assert result.exit_code == 1
    out = result.stdout
    assert "FAIL   rice  claims/story.yaml:3" in out
    assert "Q301" in out and 'the source says "Rp20.000"' in out
    assert "[-Rp20.000-]" in out and "{+Rp25.000+}" in out  # marked without colour
    assert "sources/banten-bengkulu.md:15:" in out


def test_json_report_follows_the_contract(project):
    write(project / "claims" / "story.yaml", """\
source: banten-bengkulu
claims:
  - quote: "Ini contoh praktik baik yang patut kami pelajari"
  - id: ok
    quote: "Ini contoh praktik baik yang patut kita pelajari"
""")
    result = invoke("check", "claims", "--format", "json")
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert report["version"] == 1
    assert report["summary"] == {"total": 10, "pass": 9, "warn": 0, "fail": 1, "error": 0}
    first = next(r for r in report["results"] if r["file"] == "claims/story.yaml")
    assert {k: first[k] for k in ("file", "line", "id", "kind", "status")} == {
        "file": "claims/story.yaml", "line": 3, "id": "1", "kind": "quote", "status": "fail"}
    assert first["codes"] == ["Q304"]
    assert first["source"]["path"] == "sources/banten-bengkulu.md"
    assert first["source"]["line"] == 15
    assert "kita" in first["source"]["text"]
    assert 0 < first["score"] < 100
    assert report["errors"] == []


def test_yaml_syntax_error_names_file_line_and_column(project):
    write(project / "claims" / "bad.yaml", "claims:\n  - quote: \"unclosed\n")
    result = invoke("check", "claims/bad.yaml")
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert result.stderr.startswith("claims/bad.yaml:3:1: ")


def test_unknown_key_is_an_error_naming_the_nearest_key(project):
    write(project / "claims" / "typo.yaml", "source: banten-bengkulu\nclaims:\n  - qoute: Ini contoh\n")
    result = invoke("check", "claims/typo.yaml", "--format", "json")
    assert result.exit_code == 2
    (only,) = json.loads(result.stdout)["results"]
    assert only["status"] == "error"
    assert "unknown key 'qoute' (nearest known key: 'quote')" in only["message"]
    assert only["codes"] == ["E002"]


def test_missing_source_suggests_the_closest_id(project):
    write(project / "claims" / "m.yaml", "source: banten-bengkul\nclaims:\n  - quote: Ini contoh praktik baik\n")
    result = invoke("check", "claims/m.yaml", "--format", "full")
    assert result.exit_code == 2
    assert "ERROR" in result.stdout
    assert "source 'banten-bengkul' not found" in result.stdout
    assert "closest: banten-bengkulu" in result.stdout


def test_date_and_figure_claims_are_checked(project):
    write(project / "claims" / "d.yaml", """\
source: banten-bengkulu
claims:
  - date: 2025-10-24
    context: menandatangani nota kesepahaman
  - figure: 70.000
    context: beras
  - id: wrong-day
    date: 2025-10-25
    context: menandatangani nota kesepahaman
""")
    result = invoke("check", "claims/d.yaml", "--format", "json")
    assert result.exit_code == 1
    results = json.loads(result.stdout)["results"]
    assert [(r["kind"], r["status"]) for r in results] == [("date", "pass"), ("figure", "pass"), ("date", "fail")]
    assert results[2]["codes"] == ["D301"]
    assert results[2]["source"]["line"] == 6 and "Jumat (24/10/2025)" in results[2]["source"]["text"]


def test_scalars_are_read_as_written(project):
    write(project / "sources" / "tiny.txt", 'He answered: "no".\n')
    write(project / "claims" / "s.yaml", "source: tiny\nclaims:\n  - quote: no\n")
    result = invoke("check", "claims/s.yaml", "--format", "json")
    assert result.exit_code == 0, result.stdout
    assert json.loads(result.stdout)["results"][0]["source"]["text"] == "no"


def test_source_given_as_a_path_relative_to_the_claim_file(project):
    write(project / "claims" / "notes" / "interview.txt", '"We never said that," she said.\n')
    write(project / "claims" / "p.yaml", "claims:\n  - quote: We never said that\n    source: notes/interview.txt\n")
    result = invoke("check", "claims/p.yaml")
    assert result.exit_code == 0, result.stdout


def test_claims_without_a_source_are_checked_against_every_source(project):
    write(project / "sources" / "other.txt", '"Completely unrelated words here," he said.\n')
    write(project / "claims" / "any.yaml", "claims:\n  - quote: Ini contoh praktik baik yang patut kita pelajari\n")
    result = invoke("check", "claims/any.yaml", "--format", "json")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["results"][0]["source"]["id"] == "banten-bengkulu"


def test_sources_option(project):
    (project / "sources").rename(project / "docs")
    assert invoke("check").exit_code == 2
    assert invoke("check", "--sources", "docs").exit_code == 0


def test_binary_claim_file_is_refused_cleanly(project):
    (project / "claims" / "bin.yaml").write_bytes(b"\x00\x01\x02garbage")
    result = invoke("check", "claims/bin.yaml")
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert "claims/bin.yaml:1:1: looks like a binary file" in result.stderr


def test_missing_path_is_a_usage_error(project):
    result = invoke("check", "nope.yaml")
    assert result.exit_code == 2
    assert "nope.yaml: no such file or folder" in result.stderr


def test_unknown_option_is_a_usage_error(project):
    assert invoke("check", "--frobnicate").exit_code == 2


def test_version():
    result = invoke("--version")
    assert result.exit_code == 0
    assert result.stdout.strip() == f"factcheck {__version__}"


def test_console_script_runs_in_a_subprocess(project):
    script = shutil.which("factcheck", path=str(Path(sys.executable).parent))
    assert script, "the factcheck console script is not installed next to this Python"
    done = subprocess.run([script, "check", "--format", "json"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["summary"]["pass"] == 8
    module = subprocess.run([sys.executable, "-m", "factcheck", "--version"], capture_output=True, text=True)
    assert module.stdout.strip() == f"factcheck {__version__}"


def test_figure_and_date_misstatements_show_the_sources_value(project):
    write(project / "claims" / "story.yaml", """\
source: banten-bengkulu
language: id
claims:
  - id: rice
    figure: Rp25.000
    context: beras ditebus
  - id: signed
    date: 2025-10-25
    context: menandatangani nota kesepahaman
""")
    result = invoke("check", "claims/story.yaml", "--format", "full")
    assert result.exit_code == 1
    out = result.stdout
    assert 'FAIL   rice  claims/story.yaml:4  figure differs: the source gives "Rp20.000"' in out
    assert "{+Rp25.000+}" in out and "[-Rp20.000-]" in out
    assert "sources/banten-bengkulu.md:15:" in out and "F301 figure-differs" in out
    assert "FAIL   signed  claims/story.yaml:7  date differs: the source dates it 2025-10-24 (Friday)" in out
    assert "[-Jumat (24/10/2025)-]" in out and "D301 date-differs" in out


def test_english_relative_dates_use_the_published_date(project):
    write(project / "sources" / "deal.md", """\
---
published: 2025-10-25
---
The ministers signed the rice agreement yesterday in Hanoi, officials said.
""")
    write(project / "claims" / "en.yaml", """\
source: deal
claims:
  - date: 2025-10-24
    context: ministers signed the rice agreement
""")
    result = invoke("check", "claims/en.yaml", "--format", "json")
    assert result.exit_code == 0, result.stdout
    (only,) = json.loads(result.stdout)["results"]
    assert only["status"] == "pass" and only["codes"] == ["D101"]
    assert only["source"]["text"].startswith("The ministers signed")


def test_tolerance_belongs_to_figure_claims(project):
    write(project / "claims" / "t.yaml", """\
source: banten-bengkulu
claims:
  - date: 2025-10-24
    context: menandatangani nota kesepahaman
    tolerance: 1
  - figure: Rp21.000
    context: beras ditebus
    tolerance: 5%
  - figure: banyak sekali
    context: beras ditebus
""")
    result = invoke("check", "claims/t.yaml", "--format", "json")
    assert result.exit_code == 2
    results = json.loads(result.stdout)["results"]
    assert [r["status"] for r in results] == ["error", "pass", "error"]
    assert "'tolerance' goes with a 'figure' claim only" in results[0]["message"]
    assert results[1]["codes"] == ["F102"]
    assert "is not a figure" in results[2]["message"] and "claims/t.yaml" == results[2]["file"]


def test_hostile_claim_files_get_clear_errors_in_file_order(project):
    bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{n}: &{n} [{', '.join(['*' + p] * 10)}]\n" for p, n in zip("abcdef", "bcdefg")) + "claims: []\n"
    write(project / "claims" / "1-bomb.yaml", bomb)
    write(project / "claims" / "2-surrogate.yaml", 'claims:\n  - quote: "\\ud800 lone"\n')
    write(project / "claims" / "3-tag.yaml", "claims:\n  - quote: !!python/object:os.system ls\n")
    result = invoke("check", "claims", "--format", "full")
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    err = result.stderr.splitlines()
    assert err[0].startswith("claims/1-bomb.yaml:") and "over the limit of 1,000,000 nodes for a claim file" in err[0]
    assert err[1] == "claims/2-surrogate.yaml:2:12: invalid character U+D800 (a lone surrogate)"
    assert err[2].startswith("claims/3-tag.yaml:2:") and "is not allowed" in err[2]
    out = result.stdout
    assert out.index("claims/1-bomb.yaml") < out.index("claims/2-surrogate.yaml") < out.index("claims/banten")


# -- speakers and attributions ------------------------------------------------------------------


def test_a_swapped_speaker_fails_the_check(project):
    write(project / "claims" / "story.yaml", """\
source: banten-bengkulu
claims:
  - id: swapped
    speaker: Helmi Hasan
    quote: "Kita bisa saling berbagi hal positif yang sudah dijalankan oleh kedua provinsi"
""")
    result = invoke("check", "claims/story.yaml", "--format", "full")
    assert result.exit_code == 1
    assert "A301 speaker-wrong" in result.stdout
    assert "gives these words to Gubernur Banten Andra Soni" in result.stdout


def test_attribution_claims_are_checked(project):
    write(project / "claims" / "said.yaml", """\
source: banten-bengkulu
claims:
  - id: purpose
    speaker: Helmi Hasan
    said: kunjungan ke Banten bertujuan belajar dari program pembangunan Pemprov Banten
  - id: wrong-person
    speaker: Andra Soni
    said: kunjungan ke Banten bertujuan belajar dari program pembangunan Pemprov Banten
""")
    result = invoke("check", "claims/said.yaml", "--format", "json")
    assert result.exit_code == 1
    results = {r["id"]: r for r in json.loads(result.stdout)["results"]}
    assert results["purpose"]["status"] == "pass" and results["purpose"]["codes"] == ["A102"]
    assert results["purpose"]["kind"] == "attribution"
    assert results["purpose"]["source"]["line"] == 16
    assert results["wrong-person"]["status"] == "fail" and results["wrong-person"]["codes"] == ["A304"]


def test_quotes_lists_every_quotation_with_its_speaker(project):
    result = invoke("quotes", "banten-bengkulu")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].startswith("sources/banten-bengkulu.md:9:1")
    assert [line.split()[1:3] for line in lines[:5]] == [["Andra", "Soni"]] * 3 + [["Helmi", "Hasan"]] * 2
    assert "tambahnya" in lines[1] and "tutur Andra" in lines[2] and "pungkasnya" in lines[4]
    assert "5 quotations, 5 with a speaker, 0 undetermined" in result.stdout


def test_quotes_as_json(project):
    result = invoke("quotes", "sources/banten-bengkulu.md", "--format", "json")
    assert result.exit_code == 0
    quotes = json.loads(result.stdout)["quotes"]
    assert [(q["speaker"], q["cue"], q["line"]) for q in quotes] == [
        ("Andra Soni", "ujar", 9), ("Andra Soni", "tambahnya", 11), ("Andra Soni", "tutur", 15),
        ("Helmi Hasan", "ujarnya", 17), ("Helmi Hasan", "pungkasnya", 19)]
    assert quotes[0]["speaker_full"] == "Gubernur Banten Andra Soni"
    assert quotes[0]["text"].startswith("Alhamdulillah, hari ini")
    assert [q["how"] for q in quotes] == ["named", "pronoun", "named", "pronoun", "pronoun"]


def test_quotes_yaml_is_a_claims_file_that_passes(project):
    result = invoke("quotes", "sources", "--format", "yaml", "--output", "claims/found.yaml")
    assert result.exit_code == 0, result.output
    written = (project / "claims" / "found.yaml").read_text(encoding="utf-8")
    assert 'speaker: "Helmi Hasan"  # pungkasnya (sources/banten-bengkulu.md:19)' in written
    check = invoke("check", "claims/found.yaml", "--format", "json")
    assert check.exit_code == 0, check.stdout
    assert json.loads(check.stdout)["summary"] == {"total": 5, "pass": 5, "warn": 0, "fail": 0, "error": 0}


def test_quotes_yaml_leaves_out_an_undetermined_speaker(project):
    write(project / "sources" / "rain.txt", "Hujan turun sejak pagi.\n\n“Jalan ini sudah banjir sejak subuh tadi.”\n")
    result = invoke("quotes", "rain", "--format", "yaml")
    assert result.exit_code == 0
    assert "speaker:" not in result.stdout
    assert "# speaker undetermined: no cue and no earlier speaker (sources/rain.txt:3)" in result.stdout
    write(project / "claims" / "rain.yaml", result.stdout)
    assert invoke("check", "claims/rain.yaml").exit_code == 0


def test_quotes_lists_the_words_of_someone_described_and_a_claim_on_them_passes(project):
    write(project / "sources" / "mudik.txt",
          "Gubernur Banten Andra Soni meninjau posko mudik di Merak.\n\n“Jalan sudah lancar,” kata Andra.\n\n"
          "“Tau Pak,” jawab pemudik.\n\n“Kami berangkat subuh tadi,” kata seorang warga.\n")
    table = invoke("quotes", "mudik")
    assert "3 quotations, 3 with a speaker, 0 undetermined" in table.stdout
    result = invoke("quotes", "mudik", "--format", "yaml")
    assert 'speaker: "pemudik"  # jawab pemudik (sources/mudik.txt:5)' in result.stdout
    assert 'speaker: "seorang warga"  # kata seorang warga (sources/mudik.txt:7)' in result.stdout
    write(project / "claims" / "mudik.yaml", result.stdout)
    assert invoke("check", "claims/mudik.yaml").exit_code == 0
    write(project / "claims" / "governor.yaml",
          "source: mudik\nclaims:\n  - quote: Tau Pak\n    speaker: Andra Soni\n")
    check = invoke("check", "claims/governor.yaml", "--format", "json")
    assert check.exit_code == 1 and json.loads(check.stdout)["results"][0]["codes"] == ["A301"]


def test_quotes_never_overwrites_a_file_unless_forced(project):
    target = write(project / "claims" / "mine.yaml", "# my own notes\n")
    result = invoke("quotes", "banten-bengkulu", "-f", "yaml", "-o", "claims/mine.yaml")
    assert result.exit_code == 2
    assert "claims/mine.yaml exists; use --force" in result.stderr
    assert target.read_text(encoding="utf-8") == "# my own notes\n"
    forced = invoke("quotes", "banten-bengkulu", "-f", "yaml", "-o", "claims/mine.yaml", "--force")
    assert forced.exit_code == 0
    assert "claims:" in target.read_text(encoding="utf-8")


def test_quotes_of_a_missing_source_is_an_error(project):
    result = invoke("quotes", "banten")
    assert result.exit_code == 2
    assert "source 'banten' not found" in result.stderr
    assert result.stdout == ""


def test_a_transcripts_speakers_are_its_turn_labels(project):
    write(project / "sources" / "interview.vtt", """\
WEBVTT

00:00:01.000 --> 00:00:05.000
<v Andra Soni>Kami menerima kunjungan Gubernur Bengkulu hari ini untuk kerja sama.

00:00:09.000 --> 00:00:14.000
<v Helmi Hasan>Kami berharap ada kunjungan balasan dari Banten ke Bengkulu.
""")
    write(project / "claims" / "interview.yaml", """\
source: interview
claims:
  - id: right
    speaker: Helmi Hasan
    quote: "Kami berharap ada kunjungan balasan dari Banten ke Bengkulu"
  - id: swapped
    speaker: Helmi Hasan
    quote: "Kami menerima kunjungan Gubernur Bengkulu hari ini"
""")
    result = invoke("check", "claims/interview.yaml", "--format", "json")
    assert result.exit_code == 1
    results = {r["id"]: r for r in json.loads(result.stdout)["results"]}
    assert results["right"]["status"] == "pass" and "A101" in results["right"]["codes"]
    assert results["swapped"]["status"] == "fail" and "A301" in results["swapped"]["codes"]
    listed = invoke("quotes", "interview")
    assert listed.exit_code == 0
    assert "sources/interview.vtt (00:00:01.000, Andra Soni)" in listed.stdout
    assert "2 quotations, 2 with a speaker" in listed.stdout
