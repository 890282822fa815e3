"""`factcheck explain`: every code in the registry, with examples."""

import pytest

from factcheck.checks.quote import check_quote
from factcheck.codes import CODES, QUOTE_EXAMPLES
from factcheck.commands.explain import checker_examples
from factcheck.model import Status

from helpers import claim, invoke, source


@pytest.mark.parametrize("code", sorted(CODES))
def test_every_code_is_explained_with_both_examples(code):
    result = invoke("explain", code.lower())
    assert result.exit_code == 0
    info = CODES[code]
    assert result.stdout.startswith(f"{code} {info.name} ({info.severity})\n\n{info.summary}\n")
    if info.severity == "note" and info.passing:  # cosmetic: both examples pass, one with the note
        assert "Passing example, without it:" in result.stdout and "Passing example with it" in result.stdout
    else:  # its own examples, or its checker's
        assert "Passing example:" in result.stdout and "Failing example:" in result.stdout


@pytest.mark.parametrize("code", sorted(QUOTE_EXAMPLES))
def test_quote_examples_do_what_they_say(code):
    source_text, passing, failing = QUOTE_EXAMPLES[code]
    document = source(source_text + "\n")

    def judge(quote):
        return check_quote(claim("quote", {"quote": quote}, id="c", sources=("s",)), [document])

    good, bad = judge(passing), judge(failing)
    assert good.status is Status.PASS and code not in {f.code for f in good.findings}
    assert code in {f.code for f in bad.findings}
    assert bad.status.value == {"note": "pass", "warn": "warn", "fail": "fail"}[CODES[code].severity]


def test_codes_without_their_own_examples_use_their_checkers_docstring():
    module, examples = checker_examples("Q304")
    assert module == "factcheck.checks.quote"
    assert "Rp25.000" in examples["Failing"] and "pass:" in examples["Passing"]
    assert checker_examples("Z999") is None


def test_unknown_code_suggests_the_nearest():
    result = invoke("explain", "Q31")
    assert result.exit_code == 2 and "unknown code 'Q31' (nearest: Q3" in result.stderr


def test_without_a_code_every_code_is_listed():
    lines = invoke("explain").stdout.splitlines()
    assert [line.split()[0] for line in lines] == list(CODES)


def test_a_new_checkers_docstring_explains_its_codes(monkeypatch):
    import sys
    import types

    from factcheck import checks

    module = types.ModuleType("factcheck.checks.fake")
    module.__doc__ = """Zoning claims (Z101 zone-changed).

Passing example:
    - figure: Rp20.000
      context: beras ditebus

Failing example (source: beras ditebus Rp20.000)::

    - figure: Rp25.000
    # fail: Z101
"""

    def check_fake(claim, sources):
        raise AssertionError("not called")

    check_fake.__module__ = module.__name__
    monkeypatch.setitem(sys.modules, module.__name__, module)
    monkeypatch.setitem(checks.CHECKERS, "fake", check_fake)
    name, examples = checker_examples("Z102")
    assert name == "factcheck.checks.fake"
    assert examples["Passing"] == "- figure: Rp20.000\n  context: beras ditebus"
    assert examples["Failing"] == "(source: beras ditebus Rp20.000)\n- figure: Rp25.000\n# fail: Z101"
