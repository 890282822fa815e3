"""GitHub workflow commands: escaping as the runner's toolkit does it."""

from factcheck.model import Finding, Report, Result, Status, Verdict
from factcheck.report import render
from factcheck.report.github import command, escape_data, escape_property

from helpers import claim


def test_data_escapes_percent_cr_and_lf_only():
    assert escape_data("100% sure\r\nnext: a, b") == "100%25 sure%0D%0Anext: a, b"


def test_properties_also_escape_colon_and_comma():
    assert escape_property("C:\\claims\\a,b.yaml\n50%") == "C%3A\\claims\\a%2Cb.yaml%0A50%25"


def test_percent_is_escaped_first_so_escapes_are_not_doubled():
    assert escape_data("%0A") == "%250A"


def test_command_layout():
    assert command("warning", "two\nlines", file="a,b.yaml", line=3, title="x: y") == \
        "::warning file=a%2Cb.yaml,line=3,title=x%3A y::two%0Alines"


def test_a_hostile_claim_cannot_inject_a_second_command():
    hostile = claim("quote", {"quote": "q"}, file="claims/odd: name, here.yaml", line=2, column=5, id="id")
    finding = Finding("Q304", "word changed\n::error::injected")
    report = Report([Result(hostile, Verdict(Status.FAIL, "m", (finding,)))])
    out = render(report, "github")
    assert [line.startswith("::") for line in out.splitlines()] == [True]  # one command, one line
    assert out == ("::error file=claims/odd%3A name%2C here.yaml,line=2,col=5,title=factcheck Q304 word-changed"
                   "::word changed%0A::error::injected (claim id)\n")


def test_suppressed_and_cosmetic_findings_are_not_annotated():
    quote = claim("quote", {"quote": "q"}, file="claims/a.yaml", line=2, column=5, id="id")
    report = Report([Result(quote, Verdict(Status.PASS, "m", (Finding("Q101", "quote marks"),)))])
    assert render(report, "github") == ""
