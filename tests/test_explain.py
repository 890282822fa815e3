"""`factcheck explain`: every code in the registry, with examples."""

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.codes import CODES
from factcheck.explain import checker_examples

runner = CliRunner()


@pytest.mark.parametrize("code", sorted(CODES))
def test_every_code_is_explained_with_both_examples(code):
    result = runner.invoke(app, ["explain", code.lower()])
    assert result.exit_code == 0
    info = CODES[code]
    assert result.stdout.startswith(f"{code} {info.name} ({info.severity})\n\n{info.summary}\n")
    assert "Passing example" in result.stdout and "Failing example" in result.stdout


def test_codes_without_their_own_examples_use_their_checkers_docstring():
    module, examples = checker_examples("Q304")
    assert module == "factcheck.checks.quote"
    assert "Rp25.000" in examples["Failing"] and "pass:" in examples["Passing"]
    assert checker_examples("Z999") is None


def test_unknown_code_suggests_the_nearest():
    result = runner.invoke(app, ["explain", "Q31"])
    assert result.exit_code == 2 and "unknown code 'Q31' (nearest: Q3" in result.stderr


def test_without_a_code_every_code_is_listed():
    lines = runner.invoke(app, ["explain"]).stdout.splitlines()
    assert [line.split()[0] for line in lines] == list(CODES)
