"""Suppressions with `ignore:` + `reason:` (parsing, effect, X001) and strictness."""

import json
from pathlib import Path

import pytest

from factcheck.claims.claimfile import read_claim_file
from factcheck.model import Finding, Result, Status, Verdict
from factcheck.run.policy import settle

from helpers import claim, example_project, invoke, write


@pytest.fixture
def project(tmp_path, monkeypatch):
    example_project(tmp_path, monkeypatch)
    (tmp_path / "claims").mkdir()
    return tmp_path


def claims(tmp_path: Path, body: str):
    return read_claim_file(write(tmp_path / "c.yaml", "source: s\nclaims:\n" + body), "c.yaml").claims


def test_ignore_takes_a_code_or_a_list_and_needs_a_reason(tmp_path):
    one, many, no_reason, no_ignore = claims(tmp_path, """\
  - quote: a
    ignore: q301
    reason: misprint
  - quote: b
    ignore: [Q301, Q201, Q301]
    reason: "70.000"
  - quote: c
    ignore: [Q301]
  - quote: d
    reason: why
""")
    assert one.ignore == ("Q301",) and not one.problems and one.fields["reason"] == "misprint"
    assert many.ignore == ("Q301", "Q201") and many.fields["reason"] == "70.000"  # kept as text
    assert [f.message for f in no_reason.problems] == ["line 9: 'ignore' needs 'reason'"]
    assert [f.message for f in no_ignore.problems] == ["line 11: 'reason' needs 'ignore'"]


@pytest.mark.parametrize("value, message", [
    ("[Q999]", "line 5: 'ignore': unknown finding code 'Q999' (nearest known code:"),
    ("{Q301: yes}", "line 5: 'ignore' must be a finding code such as Q301, or a list of them; found a mapping"),
    ("[]", "line 5: 'ignore' is an empty list: give finding codes, or remove it"),
])
def test_bad_ignore_values_name_the_line(tmp_path, value, message):
    (claim,) = claims(tmp_path, f"  - quote: a\n    reason: r\n    ignore: {value}\n")
    assert claim.problems and claim.problems[0].code == "E002"
    assert message in " ".join(f.message for f in claim.problems)


def _result(findings, status, ignore=(), reason="r") -> Result:
    quote = claim("quote", {"quote": "q", "reason": reason}, line=3, column=5, id="c", ignore=ignore)
    return Result(quote, Verdict(status, "m", tuple(findings)))


def test_suppressed_findings_stop_counting_but_are_kept():
    result = settle(_result([Finding("Q301", "n"), Finding("Q201", "p")], Status.FAIL, ("Q301",)))
    assert result.verdict.status is Status.WARN
    assert [f.code for f in result.verdict.findings] == ["Q201"]
    assert [(s.finding.code, s.by, s.reason) for s in result.suppressed] == [("Q301", "ignore", "r")]
    assert not result.skipped  # still warns on its own


def test_a_claim_passing_only_thanks_to_ignore_is_skipped():
    result = settle(_result([Finding("Q301", "n"), Finding("Q106", "o")], Status.FAIL, ("Q301",)))
    assert result.verdict.status is Status.PASS and result.skipped


def test_an_unused_ignore_is_reported_and_can_itself_be_ignored():
    result = settle(_result([], Status.PASS, ("Q301",)))
    assert [f.code for f in result.verdict.findings] == ["X001"] and result.verdict.status is Status.WARN
    quiet = settle(_result([], Status.PASS, ("Q301", "X001")))
    assert quiet.verdict.status is Status.PASS and [s.finding.code for s in quiet.suppressed] == ["X001"]


def test_no_unused_ignore_when_the_claim_could_not_be_checked():
    result = settle(_result([Finding("E001", "missing")], Status.ERROR, ("Q301",)))
    assert [f.code for f in result.verdict.findings] == ["E001"] and result.verdict.status is Status.ERROR


@pytest.mark.parametrize("strictness, status", [("lenient", Status.PASS), ("standard", Status.WARN),
                                                ("strict", Status.FAIL)])
def test_strictness_decides_what_a_warning_counts_as(strictness, status):
    assert settle(_result([Finding("Q201", "p")], Status.WARN), strictness).verdict.status is status
    assert settle(_result([Finding("Q301", "n")], Status.FAIL), strictness).verdict.status is Status.FAIL


def test_strictness_leaves_warnings_about_the_source_and_the_run_alone():
    for code in ("S001", "X001"):
        assert settle(_result([Finding(code, "w")], Status.WARN), "lenient").verdict.status is Status.WARN
        assert settle(_result([Finding(code, "w")], Status.WARN), "strict").verdict.status is Status.WARN


def test_a_status_no_finding_explains_is_never_lowered():
    result = settle(_result([], Status.FAIL), "lenient")
    assert result.verdict.status is Status.FAIL


def test_through_the_cli(project):
    (project / "claims" / "s.yaml").write_text("""\
source: banten-bengkulu
claims:
  - id: villages
    quote: "Perhatian pemerintahnya hanya pada kewenangan provinsi"
    ignore: [Q302]
    reason: the outlet corrected the quote
""", encoding="utf-8")
    result = invoke("check", "--format", "json")
    assert result.exit_code == 0
    (only,) = json.loads(result.stdout)["results"]
    assert only["status"] == "pass" and only["skipped"] is True and only["findings"] == []
    assert only["suppressed"][0] | {"message": None} == {
        "code": "Q302", "name": "negation-changed", "severity": "fail", "message": None, "claim_text": None,
        "source_text": "tidak", "by": "ignore", "reason": "the outlet corrected the quote"}
