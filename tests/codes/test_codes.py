"""The registry: every code complete and consistent, and spelled out where it is raised."""

from __future__ import annotations

import ast
import re

import pytest

from factcheck.codes import CODES, GROUPS
from factcheck.codes.code import Code, Example

from helpers import ROOT  # noqa: E402

PACKAGE = ROOT / "factcheck"
CODE = re.compile(r"[A-Z]\d{3}")
SEVERITY_BY_HUNDREDS = {"1": "note", "2": "warn", "3": "fail"}


@pytest.mark.parametrize("code", list(CODES))
def test_every_code_is_complete(code):
    info = CODES[code]
    assert CODE.fullmatch(code) and info.code == code
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", info.name)
    assert info.summary and "\n" not in info.summary and info.summary.endswith(".")
    assert len(info.explanation) > len(info.summary) and info.explanation.endswith(".")
    assert info.failing.says and not info.passing.says  # the passing one reports no such finding


def test_the_letter_groups_hold_their_codes_and_the_hundreds_give_the_severity():
    assert [code for _, _, table in GROUPS for code in (c.code for c in table)] == list(CODES)
    for letter, _, table in GROUPS:
        for info in table:
            assert info.code[0] == letter
            if letter in "QADF":
                assert info.severity == SEVERITY_BY_HUNDREDS[info.code[1]], info.code
            elif letter == "E":
                assert info.severity == "error"


def test_names_are_unique():
    names = [c.name for c in CODES.values()]
    assert len(names) == len(set(names))


def test_a_retired_code_names_a_live_successor_of_its_letter():
    for code, info in CODES.items():
        if info.retired:
            assert info.retired in CODES and not CODES[info.retired].retired and info.retired[0] == code[0]


def test_a_severity_outside_the_four_is_refused():
    with pytest.raises(ValueError, match="severity 'fatal'"):
        Code("Z301", "zone-changed", "fatal", "A zone changed.", "A zone changed.", Example(), Example())


def _modules():
    for path in sorted(PACKAGE.rglob("*.py")):
        if "codes" not in path.relative_to(PACKAGE).parts:
            yield path, ast.parse(path.read_text(encoding="utf-8"))


def test_codes_are_spelled_out_where_they_are_raised():
    """Every code is written whole somewhere in the package outside factcheck/codes/, and no
    f-string builds one from a letter and a number (so grep finds where a code comes from)."""
    spelled, built = set(), []
    for path, tree in _modules():
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and CODE.fullmatch(node.value):
                spelled.add(node.value)
            if isinstance(node, ast.JoinedStr):
                parts = node.values
                for before, after in zip(parts, parts[1:]):
                    if isinstance(before, ast.FormattedValue) and isinstance(after, ast.Constant) \
                            and re.match(r"\d{3}(?!\d)", str(after.value)):
                        built.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert built == []
    assert spelled - set(CODES) == set(), "unknown codes in the package"
    live = {code for code, info in CODES.items() if not info.retired}
    assert live - spelled == set(), "codes never spelled out in the package"
    assert spelled & (set(CODES) - live) == set(), "a retired code is still raised"
