"""`factcheck explain CODE`: what a finding code means, with a passing and a failing example.

Examples come from the code's entry in codes.py (EXAMPLES), else from the docstring of the
checker module that names codes of the same letter ("Passing example …::" and "Failing
example …::" blocks), so codes added with a new checker are explained without more work.
"""

from __future__ import annotations

import re
import sys
import textwrap

from factcheck.claims.claimfile import nearest
from factcheck.codes import CODES, Code
from factcheck.commands import fail

_CODE = re.compile(r"\b([A-Z])\d{3}\b")
# "Passing example (source: …)::" or "Failing example:" and the indented block below it
_EXAMPLE = re.compile(r"^(Passing|Failing) examples?([^\n]*?):?:[ \t]*\n\n?((?:[ \t]+[^\n]*\n|[ \t]*\n)+)", re.M)


def checker_examples(code: str) -> tuple[str, dict[str, str]] | None:
    """(module name, {"Passing": text, "Failing": text}) from the checker docstring that
    names codes with `code`'s letter."""
    from factcheck.checks import CHECKERS

    for checker in CHECKERS.values():
        module = sys.modules[checker.__module__]
        doc = module.__doc__ or ""
        if code[0] in {m.group(1) for m in _CODE.finditer(doc)}:
            found = {m.group(1): (m.group(2).strip() + "\n" if m.group(2).strip() else "")
                     + textwrap.dedent(m.group(3)).strip() for m in _EXAMPLE.finditer(doc + "\n")}
            if found:
                return module.__name__, found
    return None


def execute(code: str | None) -> int:
    """Print the explanation of `code`, or every code one a line when None."""
    if code is None:
        sys.stdout.write(listing())
        return 0
    info = CODES.get(code.strip().upper())
    if info is None:
        return fail(f"unknown code {code!r} (nearest: {nearest(code.strip().upper(), tuple(CODES))}); "
                    "`factcheck explain` lists them all")
    sys.stdout.write(explain(info))
    return 0


def explain(info: Code) -> str:
    out = [f"{info.code} {info.name} ({info.severity})", "", info.summary]
    if info.passing or info.failing:
        labels = ("Passing example", "Failing example") if info.severity != "note" else \
            ("Passing example, without it", "Passing example with it (a note: the claim still passes)")
        for label, text in zip(labels, (info.passing, info.failing)):
            if text:
                out += ["", f"{label}:", textwrap.indent(text, "    ")]
    elif (found := checker_examples(info.code)) is not None:
        module, examples = found
        out += ["", f"Examples for this kind of claim (from {module}):"]
        for label in ("Passing", "Failing"):
            if label in examples:
                out += ["", f"{label} example:", textwrap.indent(examples[label], "    ")]
    else:
        out += ["", "No example yet."]
    return "\n".join(out) + "\n"


def listing() -> str:
    """Every code, one a line."""
    width = max(len(c.name) for c in CODES.values())
    return "".join(f"{c.code}  {c.name:<{width}}  {c.severity:<5}  {c.summary}\n" for c in CODES.values())
