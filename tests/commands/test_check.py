"""`factcheck check` as CI runs it: exit policy, format choice, colour, step summary."""

import io
import json
from pathlib import Path

import pytest

from factcheck.run.console import progress_bar, show_progress, use_color
from factcheck.run.pipeline import run

from helpers import example_project, invoke, write

CLAIMS = {
    "pass": 'source: banten-bengkulu\nclaims:\n  - quote: "Ini contoh praktik baik yang patut kita pelajari"\n',
    "warn": 'source: banten-bengkulu\nclaims:\n  - quote: "Ini contoh praktik baik, yang patut kita pelajari"\n',
    "fail": 'source: banten-bengkulu\nclaims:\n  - quote: "beras seharga Rp70.000 bisa ditebus Rp25.000"\n',
    "error": 'source: nowhere\nclaims:\n  - quote: "Ini contoh praktik baik"\n',
    "broken": 'claims:\n  - quote: "unclosed\n',
}


@pytest.fixture
def project(tmp_path, monkeypatch):
    example_project(tmp_path, monkeypatch)
    for name, text in CLAIMS.items():
        write(tmp_path / "claims" / f"{name}.yaml", text)
    return tmp_path


# outcome -> exit status under --fail-on fail, warn, never
MATRIX = {
    "pass": (0, 0, 0),
    "warn": (0, 1, 0),
    "fail": (1, 1, 0),
    "error": (2, 2, 2),
    "broken": (2, 2, 2),
}


@pytest.mark.parametrize("outcome", MATRIX)
@pytest.mark.parametrize("fail_on", ["fail", "warn", "never"])
def test_exit_code_matrix(project, outcome, fail_on):
    result = invoke("check", f"claims/{outcome}.yaml", "--fail-on", fail_on)
    assert result.exit_code == MATRIX[outcome][("fail", "warn", "never").index(fail_on)], result.output


def test_default_fail_on_is_fail(project):
    assert invoke("check", "claims/warn.yaml").exit_code == 0
    assert invoke("check", "claims/fail.yaml").exit_code == 1


def test_the_worst_outcome_decides(project):
    assert invoke("check", "claims/pass.yaml", "claims/warn.yaml", "--fail-on", "warn").exit_code == 1
    assert invoke("check", "claims/fail.yaml", "claims/error.yaml").exit_code == 2


def test_a_stale_baseline_entry_fails_only_under_fail_on_warn(project):
    (project / "b.json").write_text(json.dumps({"version": 1, "entries": [
        {"file": "claims/pass.yaml", "id": "gone", "code": "Q301", "hash": "0" * 16}]}), encoding="utf-8")
    assert invoke("check", "claims/pass.yaml", "--baseline", "b.json").exit_code == 0
    result = invoke("check", "claims/pass.yaml", "--baseline", "b.json", "--fail-on", "warn")
    assert result.exit_code == 1
    assert "X002 warn baseline entry no longer matches: claim 'gone' Q301" in result.stdout


def test_bad_fail_on_is_a_usage_error(project):
    assert invoke("check", "--fail-on", "sometimes").exit_code == 2


def test_concise_is_the_default_off_a_terminal(project):
    result = invoke("check", "claims/fail.yaml")
    assert result.stdout == ('claims/fail.yaml:3:5: Q301 fail number changed: the source says "Rp20.000", '
                             'the claim "Rp25.000" (claim 1)\n')
    assert result.stderr == "1 claim: 0 pass, 0 warn, 1 fail, 0 error\n"


def test_github_is_the_default_in_github_actions_with_a_step_summary(project, monkeypatch):
    summary = project / "summary.md"
    summary.write_text("earlier step\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    result = invoke("check", "claims/fail.yaml", "claims/pass.yaml")
    assert result.exit_code == 1
    assert result.stdout.startswith("::error file=claims/fail.yaml,line=3,col=5,title=factcheck Q301")
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("earlier step\n### factcheck — 2 claims: 1 pass, 0 warn, 1 fail, 0 error")  # appended
    assert "| 🔴 fail | claims/fail.yaml:3 | 1 | Q301 |" in text


def test_an_explicit_format_wins_over_github_actions(project, monkeypatch):
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    result = invoke("check", "claims/fail.yaml", "--format", "json")
    assert json.loads(result.stdout)["summary"]["fail"] == 1


@pytest.mark.parametrize("env, option, coloured", [
    ({}, [], False),  # not a terminal
    ({"FORCE_COLOR": "1"}, [], True),
    ({"FORCE_COLOR": "1", "NO_COLOR": "1"}, [], False),  # NO_COLOR wins
    ({"NO_COLOR": "1"}, ["--color", "always"], True),  # the command line wins
    ({"FORCE_COLOR": "1"}, ["--color", "never"], False),
    ({"TERM": "dumb"}, ["--color", "always"], True),
])
@pytest.mark.parametrize("fmt", ["full", "concise"])
def test_colour(project, monkeypatch, env, option, coloured, fmt):
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    result = invoke("check", "claims/fail.yaml", "--format", fmt, *option)
    assert ("\x1b[" in result.stdout) is coloured


def test_machine_formats_and_files_are_never_coloured(project, monkeypatch):
    monkeypatch.setenv("FORCE_COLOR", "1")
    result = invoke("check", "claims/fail.yaml", "-f", "json", "-f", "full:out.txt")
    assert "\x1b[" not in result.stdout
    assert "\x1b[" not in (project / "out.txt").read_text(encoding="utf-8")


class Stream(io.StringIO):
    def __init__(self, tty: bool):
        super().__init__()
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


def test_use_color_on_a_terminal(monkeypatch):
    assert use_color("auto", Stream(True)) is True
    assert use_color("auto", Stream(False)) is False
    monkeypatch.setenv("TERM", "dumb")
    assert use_color("auto", Stream(True)) is False
    monkeypatch.setenv("NO_COLOR", "")  # set but empty: ignored, as no-color.org says
    monkeypatch.setenv("TERM", "xterm")
    assert use_color("auto", Stream(True)) is True


def test_progress_bar_only_on_an_interactive_terminal(monkeypatch):
    assert show_progress(Stream(True)) is True
    assert show_progress(Stream(False)) is False
    monkeypatch.setenv("CI", "true")
    assert show_progress(Stream(True)) is False


def test_progress_is_reported_per_claim_and_drawn_for_many(project):
    calls = []
    run([Path("claims/pass.yaml"), Path("claims/warn.yaml")], Path("sources"), progress=lambda *a: calls.append(a))
    assert calls == [(1, 2), (2, 2)]
    stream = Stream(True)
    with progress_bar(stream, color=False) as update:
        for done in range(1, 26):
            update(done, 25)
    assert "checking claims" in stream.getvalue() and "25/25" in stream.getvalue()
    quiet = Stream(True)
    with progress_bar(quiet, color=False) as update:
        update(1, 3)  # too few claims for a bar
    assert quiet.getvalue() == ""
