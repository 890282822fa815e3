import io

from rich.console import Console

from factcheck.model import Evidence, Finding, Mark, Problem, Report, Result, Status, Verdict
from factcheck.report.terminal import render

from helpers import claim

SOURCE = "beras seharga Rp70.000 bisa ditebus Rp20.000 tanpa"
CLAIM = "bisa ditebus Rp25.000"


def _report() -> Report:
    rice = claim("quote", {"quote": CLAIM}, file="claims/a.yaml", line=7, column=5, id="rice", sources=("s",))
    evidence = Evidence(source_id="s", path="sources/s.md", start=23, end=44, line=9, column=24, end_line=9,
                        end_column=45, text=SOURCE[23:44], score=90.0)
    marks = (Mark("claim", 13, 21, "fail"), Mark("source", 36, 44, "fail"))
    verdict = Verdict(Status.FAIL, "misquote: number changed", (Finding("Q301", "number changed"),),
                      evidence, claim_text=CLAIM, marks=marks)
    ok = Result(claim("quote", {}, file="claims/a.yaml", line=12, column=5, id="ok"), Verdict(Status.PASS, "found"))
    problem = Problem(file="claims/b.yaml", line=3, column=9, code="E006", message="bad indentation")
    return Report([Result(rice, verdict), ok], [problem])


def _render(**console_options) -> str:
    buffer = io.StringIO()
    render(_report(), Console(file=buffer, width=200, **console_options))
    return buffer.getvalue()


def test_plain_output_marks_differences_in_the_text():
    out = _render(color_system=None)
    assert "claims/a.yaml\n" in out
    assert "FAIL   rice  claims/a.yaml:7  misquote: number changed" in out
    assert "claim   bisa ditebus {+Rp25.000+}" in out
    assert "source  bisa ditebus [-Rp20.000-]  (sources/s.md:9:24)" in out
    assert "Q301 number-changed  number changed" in out
    assert "PASS   ok  claims/a.yaml:12  found" in out
    assert "ERROR  claims/b.yaml:3:9: bad indentation [E006]" in out
    assert "2 claims: 1 pass, 0 warn, 1 fail, 0 error; 1 claim file problem" in out


def test_passing_claims_take_one_line():
    out = _render(color_system=None)
    ok_line = next(i for i, line in enumerate(out.splitlines()) if "PASS   ok" in line)
    assert out.splitlines()[ok_line + 1].strip() == ""


def test_colour_output_highlights_instead_of_marking():
    out = _render(force_terminal=True, color_system="standard")
    assert "\x1b[" in out
    assert "{+" not in out and "[-" not in out
