"""Every code's examples do what they say: each is written out as a project and run as an
editor runs factcheck (`factcheck check` or `draft`, JSON report). The failing example must
report its code, with the words its `says` gives and the status of its severity; the passing
one must pass without it. Together the failing examples raise every code."""

from __future__ import annotations

import json
import os
import re
import shlex
import tempfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest
import yaml

from factcheck.codes import CODES, reported_as
from factcheck.codes.code import CLAIMS_PATH, SOURCE_ID, SOURCE_PATH, Example
from factcheck.model import RANK, Claim, Status
from factcheck.run.pipeline import check
from factcheck.sources.library import SourceLibrary

from helpers import invoke


@dataclass(frozen=True)
class Outcome:
    """What factcheck reported on an example."""

    findings: tuple[tuple[str, str], ...]  # (code, message) of every finding, problem and notice
    status: str  # the worst: of the claims, "error" for a claim file not read, "warn" for a notice

    def messages(self, code: str) -> list[str]:
        return [message for found, message in self.findings if found == code]


def write(example: Example, project: Path) -> None:
    for path, text in example.project().items():
        target = project / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(text.encode(example.encoding if path == SOURCE_PATH else "utf-8"))


def run_cli(example: Example) -> Outcome:
    """The example run from its project folder with a JSON report."""
    with tempfile.TemporaryDirectory() as tmp:
        project = Path(tmp) / "project"
        write(example, project)
        before = Path.cwd()
        os.chdir(project)
        try:
            result = invoke(*shlex.split(example.args), "--format", "json", "--isolated")
        finally:
            os.chdir(before)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    document = json.loads(result.stdout)
    findings = [(f["code"], f["message"]) for r in document["results"] for f in r["findings"]]
    findings += [(p["code"], p["message"]) for p in document["errors"] + document["notices"]]
    statuses = [r["status"] for r in document["results"]]
    statuses += ["error"] * len(document["errors"]) + ["warn"] * len(document["notices"])
    assert result.exit_code == (2 if "error" in statuses else 1 if "fail" in statuses else 0)
    return Outcome(tuple(findings), max(statuses, key=RANK.__getitem__, default="pass"))


def run_pipeline_with_unknown_kind(example: Example) -> Outcome:
    """E003's failing example: a claim file cannot hold a claim of a kind without a checker
    (its key is unknown: E002), so the claim it shows is handed to the pipeline as a program
    using factcheck would."""
    [fields] = yaml.safe_load(example.claims)
    with tempfile.TemporaryDirectory() as tmp:
        project = Path(tmp)
        write(example, project)
        claim = Claim(file=CLAIMS_PATH, line=3, column=5, id="1", kind=next(iter(fields)), fields=fields,
                      sources=(SOURCE_ID,), base_dir=project / "claims")
        verdict = check(claim, SourceLibrary(project / "sources", (project,)))
    return Outcome(tuple((f.code, f.message) for f in verdict.findings), verdict.status.value)


def run_pipeline_with_a_broken_checker(example: Example, code: str) -> Outcome:
    """E008's and E009's failing examples: no input makes factcheck fail (that would be a bug)
    or take minutes (that is what the limits prevent), so a program hands the pipeline a
    quote claim whose checker raises, or takes too long."""
    import time

    from factcheck.checks import CHECKERS

    def broken(claim, sources):
        if code == "E008":
            return [][0]
        while True:
            time.sleep(0.01)

    [fields] = yaml.safe_load(example.claims or '- quote: "Kami siap"')
    saved, raising = CHECKERS["quote"], os.environ.pop("FACTCHECK_RAISE_INTERNAL", None)
    CHECKERS["quote"] = broken
    try:
        with tempfile.TemporaryDirectory() as tmp:
            project = Path(tmp)
            write(example, project)
            claim = Claim(file=CLAIMS_PATH, line=3, column=5, id="1", kind="quote", fields=fields,
                          sources=(SOURCE_ID,), base_dir=project / "claims")
            verdict = check(claim, SourceLibrary(project / "sources", (project,)), timeout=1)
    finally:
        CHECKERS["quote"] = saved
        if raising is not None:
            os.environ["FACTCHECK_RAISE_INTERNAL"] = raising
    return Outcome(tuple((f.code, f.message) for f in verdict.findings), verdict.status.value)


@cache
def outcome(code: str, failing: bool) -> Outcome:
    info = CODES[code]
    if code == "E003" and failing:
        return run_pipeline_with_unknown_kind(info.failing)
    if code in ("E008", "E009") and failing:
        return run_pipeline_with_a_broken_checker(info.failing, code)
    return run_cli(info.failing if failing else info.passing)


def says(expected: str, message: str) -> bool:
    """Does `message` read as `expected` says, "…" standing for any words?"""
    return re.search(".*".join(map(re.escape, expected.split("…"))), message) is not None


@pytest.mark.parametrize("code", list(CODES))
def test_the_failing_example_reports_the_code(code):
    info = CODES[code]
    found = outcome(code, failing=True)
    reported, severity = reported_as(info)  # a retired code's example reports its successor, never the code
    assert found.messages(reported), f"{reported} not reported; found {found.findings}"
    assert any(says(info.failing.says, m) for m in found.messages(reported)), (info.failing.says,
                                                                                found.messages(reported))
    assert found.status == Status.of(severity).value
    assert not info.retired or not found.messages(code)


@pytest.mark.parametrize("code", list(CODES))
def test_the_passing_example_passes_without_the_code(code):
    found = outcome(code, failing=False)
    assert found.status == "pass" and not found.messages(code), found.findings


def test_every_code_is_raised_by_an_example():
    raised = {found for code in CODES for found, _ in outcome(code, failing=True).findings}
    live = {code for code, info in CODES.items() if not info.retired}
    assert raised >= live, f"never raised: {sorted(live - raised)}"
    assert not raised & (set(CODES) - live), "a retired code is reported"


def test_the_example_runner_reads_a_failing_check():
    found = run_cli(Example('- quote: "Kami tidak siap"', "“Kami siap,” katanya.\n"))
    assert found.status == "fail" and [code for code, _ in found.findings] == ["Q302"]
    assert says("negation added: … the claim", found.messages("Q302")[0])
    assert not says("negation removed", found.messages("Q302")[0])
