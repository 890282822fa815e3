"""Every format, end to end through the CLI, against golden files; plus each format's own
validity: SARIF against the OASIS schema, JUnit parsed by the standard library, the JSON
report against its published schema.

Golden files are real runs on tests/report/golden/project (a claim per outcome: pass,
fail, warn, suppressed by ignore, unused ignore, suppressed by the baseline, error, an
unreadable claim file, a stale baseline entry). After an intended change, regenerate with
FACTCHECK_UPDATE_GOLDEN=1 and read the diff before committing it.
"""

import json
import os
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest

from factcheck import __version__
from factcheck.report import FORMATS

from helpers import ROOT, invoke

GOLDEN = Path(__file__).resolve().parent / "golden"
SUFFIX = {"full": "txt", "concise": "txt", "json": "json", "jsonl": "jsonl", "sarif": "sarif", "junit": "xml",
          "github": "txt", "gitlab": "json", "markdown": "md", "html": "html"}


@pytest.fixture
def golden_project(tmp_path, monkeypatch):
    shutil.copytree(GOLDEN / "project", tmp_path, dirs_exist_ok=True)
    shutil.copytree(ROOT / "sources", tmp_path / "sources")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(fmt: str, *extra: str):
    return invoke("check", "--baseline", "baseline.json", "--format", fmt, *extra)


def test_every_format_has_a_golden_file():
    assert set(SUFFIX) == set(FORMATS)


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_golden(golden_project, fmt):
    result = run(fmt)
    assert result.exit_code == 2, result.output  # an error claim and an unreadable file
    out = result.stdout.replace(__version__, "<version>")
    golden = GOLDEN / f"{fmt}.{SUFFIX[fmt]}"
    if os.environ.get("FACTCHECK_UPDATE_GOLDEN"):
        golden.write_text(out, encoding="utf-8")
    assert out == golden.read_text(encoding="utf-8")
    # summaries go to standard error, and only the human report carries one on stdout
    assert ("7 claims: 3 pass, 2 warn, 1 fail, 1 error" in result.stdout) == (fmt in ("full", "markdown", "html"))
    if fmt != "full":
        assert "7 claims: 3 pass, 2 warn, 1 fail, 1 error" in result.stderr


@pytest.mark.parametrize("fmt", ["json", "sarif", "gitlab"])
def test_machine_formats_print_only_their_document(golden_project, fmt):
    json.loads(run(fmt).stdout)


def test_jsonl_lines_are_each_json(golden_project):
    lines = [json.loads(line) for line in run("jsonl").stdout.splitlines()]
    assert [line["type"] for line in lines] == ["result"] * 7 + ["error", "notice", "summary"]
    assert lines[-1] == {"type": "summary", "version": 1, "total": 7, "pass": 3, "warn": 2, "fail": 1, "error": 1}


def sarif_schema_path() -> Path:
    return Path(os.environ.get("FACTCHECK_SARIF_SCHEMA", ROOT.parent / "shared" / "spec" / "sarif-schema-2.1.0.json"))


def test_sarif_is_valid_against_the_sarif_schema(golden_project):
    path = sarif_schema_path()
    if not path.is_file():
        pytest.skip(f"no SARIF schema at {path} (set FACTCHECK_SARIF_SCHEMA)")
    schema = json.loads(path.read_text(encoding="utf-8"))
    document = json.loads(run("sarif").stdout)
    validator = jsonschema.validators.validator_for(schema)(schema)
    errors = sorted(validator.iter_errors(document), key=str)
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:5])


def test_sarif_results(golden_project):
    run_ = json.loads(run("sarif").stdout)["runs"][0]
    rules = run_["tool"]["driver"]["rules"]
    by_claim = {r["properties"]["claimId"]: r for r in run_["results"] if "properties" in r}
    rice = by_claim["rice"]
    assert rice["ruleId"] == "Q301" and rules[rice["ruleIndex"]]["id"] == "Q301"
    assert rice["level"] == "error"
    region = rice["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], rice["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]) == \
        (6, "claims/story.yaml")
    related = rice["relatedLocations"][0]["physicalLocation"]
    assert related["artifactLocation"]["uri"] == "sources/banten-bengkulu.md"
    assert related["region"]["startLine"] == 15 and "Rp20.000" in related["region"]["snippet"]["text"]
    assert "Failing example" in rules[rice["ruleIndex"]]["help"]["text"]
    assert by_claim["villages"]["suppressions"] == [
        {"kind": "inSource", "justification": "the outlet corrected the quote on 25 October"}]
    assert by_claim["adopted"]["suppressions"][0]["kind"] == "external"
    assert "suppressions" not in rice


def test_fingerprints_survive_moving_a_claim_but_not_editing_it(golden_project):
    def prints(fmt):
        if fmt == "sarif":
            results = json.loads(run(fmt).stdout)["runs"][0]["results"]
            return {r["properties"]["claimId"]: r["partialFingerprints"]["factcheckFinding/v1"]
                    for r in results if "properties" in r}
        issues = json.loads(run(fmt).stdout)
        return {i["description"].rsplit("(claim ", 1)[-1].rstrip(")"): i["fingerprint"] for i in issues}

    before = {fmt: prints(fmt) for fmt in ("sarif", "gitlab")}
    story = golden_project / "claims" / "story.yaml"
    text = story.read_text(encoding="utf-8")
    story.write_text(text.replace("claims:\n", "claims:\n  - id: new-first\n    quote: Ini contoh\n", 1)
                     .replace("Rp25.000", "Rp26.000"), encoding="utf-8")
    after = {fmt: prints(fmt) for fmt in ("sarif", "gitlab")}
    for fmt in ("sarif", "gitlab"):
        assert after[fmt]["comma"] == before[fmt]["comma"]  # moved down two lines: same
        assert after[fmt]["rice"] != before[fmt]["rice"]  # its text changed: new finding
    assert len(set(before["gitlab"].values())) == len(before["gitlab"])  # unique


def test_junit_parses_with_one_testcase_per_claim(golden_project):
    root = ET.fromstring(run("junit").stdout)
    assert root.tag == "testsuites"
    assert {k: root.get(k) for k in ("tests", "failures", "errors", "skipped")} == {
        "tests": "9", "failures": "1", "errors": "2", "skipped": "2"}
    cases = {case.get("name"): case for case in root.iter("testcase")}
    assert cases["claims/story.yaml:rice"].find("failure").get("type") == "Q301"
    assert cases["claims/story.yaml:elsewhere"].find("error") is not None
    assert cases["claims/story.yaml:villages"].find("skipped") is not None
    assert cases["claims/story.yaml:adopted"].find("skipped") is not None
    assert cases["claims/broken.yaml:(claim file)"].find("error").get("type") == "E006"
    assert list(cases["claims/story.yaml:verbatim"]) == []
    assert cases["claims/story.yaml:comma"].find("failure") is None  # a warning passes …


def test_junit_fails_warnings_under_fail_on_warn(golden_project):
    root = ET.fromstring(run("junit", "--fail-on", "warn").stdout)
    cases = {case.get("name"): case for case in root.iter("testcase")}
    assert cases["claims/story.yaml:comma"].find("failure").get("type") == "Q201"  # … unless asked
    assert cases["claims/story.yaml:(X002)"].find("failure") is not None


def test_junit_survives_control_characters(golden_project):
    (golden_project / "sources" / "odd.txt").write_text('"Kata \x01 aneh di sini," ujarnya.\n', encoding="utf-8")
    (golden_project / "claims" / "odd.yaml").write_text('source: odd\nclaims:\n  - quote: "Kata aneh di situ"\n',
                                                       encoding="utf-8")
    result = invoke("check", "claims/odd.yaml", "--format", "junit")
    ET.fromstring(result.stdout)  # no control character reached the XML


def test_json_report_matches_its_published_schema(golden_project):
    schema = json.loads((ROOT / "schemas" / "report.schema.json").read_text(encoding="utf-8"))
    document = json.loads(run("json").stdout)
    jsonschema.validate(document, schema)
    broken = dict(document, results=[{k: v for k, v in document["results"][0].items() if k != "status"}])
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, schema)


def test_markdown_cells_cannot_break_the_table(golden_project):
    (golden_project / "claims" / "pipe.yaml").write_text(
        'source: banten-bengkulu\nclaims:\n  - id: "a|b <script>"\n    quote: "Ini | contoh praktik baik yang patut kita pelajari"\n',
        encoding="utf-8")
    out = invoke("check", "claims/pipe.yaml", "--format", "markdown").stdout
    row = next(line for line in out.splitlines() if "a\\|b" in line)
    assert row.count("|") - row.count("\\|") == 6
    assert "<script>" not in out and "\\<script\\>" in out


def test_a_format_can_go_to_a_file_while_another_goes_to_stdout(golden_project):
    result = run("concise", "--format", "sarif:reports/out.sarif", "--format", "junit:reports/junit.xml")
    assert result.stdout.startswith("claims/broken.yaml:3:1: E006 error")
    assert json.loads((golden_project / "reports" / "out.sarif").read_text(encoding="utf-8"))["version"] == "2.1.0"
    ET.parse(golden_project / "reports" / "junit.xml")
    assert "\x1b[" not in (golden_project / "reports" / "out.sarif").read_text(encoding="utf-8")


def test_two_formats_on_stdout_is_a_usage_error(golden_project):
    result = run("json", "--format", "sarif")
    assert result.exit_code == 2
    assert "only one format can go to standard output" in result.stderr
    assert result.stdout == ""


def test_unknown_format_is_a_usage_error(golden_project):
    result = run("yaml")
    assert result.exit_code == 2
    assert "unknown format 'yaml'; choose from full, concise" in result.stderr


def test_odd_file_names_stay_valid(golden_project):
    folder = golden_project / "claims" / "berita baru"
    folder.mkdir()
    (folder / "ü,1.yaml").write_text('source: banten-bengkulu\nclaims:\n  - quote: "Ini contoh praktik buruk"\n',
                                     encoding="utf-8")
    sarif = json.loads(invoke("check", "claims/berita baru", "--format", "sarif").stdout)
    (result,) = sarif["runs"][0]["results"]
    assert result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "claims/berita%20baru/%C3%BC%2C1.yaml"
    github = invoke("check", "claims/berita baru", "--format", "github").stdout
    assert github.startswith("::error file=claims/berita baru/ü%2C1.yaml,line=3,col=5,")


def test_gitlab_issues_have_what_code_quality_requires(golden_project):
    issues = json.loads(run("gitlab").stdout)
    assert len(issues) == 6  # fail, warn, unused ignore, error, unreadable file, stale entry; no skipped
    for issue in issues:
        assert {"description", "check_name", "fingerprint", "severity", "location"} <= set(issue)
        assert issue["severity"] in ("info", "minor", "major", "critical", "blocker")
        assert isinstance(issue["location"]["path"], str) and issue["location"]["lines"]["begin"] >= 1


def test_sources_read_from_extracted_text_point_at_time_not_lines(golden_project):
    (golden_project / "sources" / "interview.vtt").write_text(
        "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Helmi Hasan>Kami berharap ada kunjungan balasan dari Banten.\n",
        encoding="utf-8")
    (golden_project / "claims" / "vtt.yaml").write_text(
        'source: interview\nclaims:\n  - quote: "Kami berharap ada kunjungan balasan dari Bengkulu"\n', encoding="utf-8")
    result = invoke("check", "claims/vtt.yaml", "--format", "sarif")
    document = json.loads(result.stdout)
    (related,) = document["runs"][0]["results"][0]["relatedLocations"]
    assert related["physicalLocation"]["artifactLocation"]["uri"] == "sources/interview.vtt"
    assert "region" not in related["physicalLocation"]  # extracted lines are not the file's
    assert related["properties"]["time"] == "00:00:01.000" and related["properties"]["speaker"] == "Helmi Hasan"
    assert "@ 00:00:01.000, Helmi Hasan" in related["message"]["text"]
    path = sarif_schema_path()
    if path.is_file():
        schema = json.loads(path.read_text(encoding="utf-8"))
        jsonschema.validators.validator_for(schema)(schema).validate(document)
