import json

from factcheck.model import Evidence, Finding, Problem, Report, Result, Status, Verdict
from factcheck.report.json import render

from helpers import claim


def _result(status: Status, findings=(), evidence=None, kind="quote") -> Result:
    quote = claim(kind, {"quote": "x"}, file="claims/a.yaml", line=4, column=5, id="c1", sources=("s",))
    return Result(quote, Verdict(status, f"{status.value} message", tuple(findings), evidence))


def test_document_shape_and_summary():
    evidence = Evidence(source_id="s", path="sources/s.md", start=10, end=20, line=3, column=2, end_line=3,
                        end_column=12, text="the words", score=97.5)
    report = Report(
        results=[
            _result(Status.FAIL, [Finding("Q301", "number changed", "25", "20")], evidence),
            _result(Status.PASS),
        ],
        problems=[Problem(file="claims/b.yaml", line=2, column=7, code="E006", message="duplicate key")],
    )
    document = json.loads(render(report))
    assert document["version"] == 1
    assert document["summary"] == {"total": 2, "pass": 1, "warn": 0, "fail": 1, "error": 0}
    first = document["results"][0]
    assert first["file"] == "claims/a.yaml" and first["line"] == 4 and first["id"] == "c1"
    assert first["status"] == "fail" and first["message"] == "fail message"
    assert first["codes"] == ["Q301"]
    assert first["findings"][0] == {"code": "Q301", "name": "number-changed", "severity": "fail",
                                    "message": "number changed", "claim_text": "25", "source_text": "20"}
    assert first["source"]["line"] == 3 and first["source"]["text"] == "the words"
    assert first["score"] == 97.5
    assert document["results"][1]["source"] is None and document["results"][1]["score"] is None
    assert document["errors"] == [{"file": "claims/b.yaml", "line": 2, "column": 7, "code": "E006",
                                   "message": "duplicate key"}]


def test_non_ascii_is_kept_readable():
    report = Report(results=[_result(Status.PASS)])
    report.results[0] = Result(report.results[0].claim, Verdict(Status.PASS, "“kutipan” ditemukan"))
    assert "“kutipan” ditemukan" in render(report)


def test_exit_codes_follow_the_contract():
    assert Report(results=[_result(Status.PASS), _result(Status.WARN)]).exit_code == 0
    assert Report(results=[_result(Status.PASS), _result(Status.FAIL)]).exit_code == 1
    assert Report(results=[_result(Status.FAIL), _result(Status.ERROR)]).exit_code == 2
    assert Report(problems=[Problem(file="f", line=1, column=1, code="E006", message="bad")]).exit_code == 2
