"""A code's text as `factcheck explain` prints it (and SARIF ships it as help), the listing
of every code, and the reference page docs/codes.md (`factcheck explain --markdown`)."""

from __future__ import annotations

import textwrap

from factcheck.codes import CODES, GROUPS, reported_as
from factcheck.codes.code import CLAIMS_PATH, SOURCE_PATH, Code, Example

WIDTH = 92
PAGE = "docs/codes.md"


def labels(code: Code) -> tuple[str, str]:
    """What the passing and the failing example are called: a note's both pass."""
    if code.retired:
        return "Passing example", f"What was reported as {code.code} is now {code.retired}"
    if code.severity == "note":
        return "Passing example, without it", "Passing example with it (a note: the claim still passes)"
    return "Passing example", "Failing example"


def example(code: Code, shown: Example, failing: bool) -> str:
    """The example as a reader sees it: the files as comments, the claims as YAML, then the
    command line when it is not `factcheck check`, and what the failing one reports."""
    out = [f"# {shown.comment}"] if shown.comment else []
    for path, text in shown.project().items():
        if path == CLAIMS_PATH and shown.claims:
            continue  # shown as the claims below
        if path == CLAIMS_PATH:
            out += [f"# {path}:", *text.rstrip("\n").splitlines()]
            continue
        label = "source" if path == SOURCE_PATH else path
        if path == SOURCE_PATH and shown.encoding != "utf-8":
            label += f" (saved as {shown.encoding})"
        lines = text.rstrip("\n").splitlines()
        if len(lines) == 1:
            out.append(f"# {label}: {lines[0]}")
        else:
            out += [f"# {label}:", *(f"#   {line}".rstrip() for line in lines)]
    if shown.claims:
        out += shown.claims.splitlines()
    if shown.args != "check":
        out.append(f"$ factcheck {shown.args}")
    if failing:
        reported, severity = reported_as(code)
        out.append(f"# {severity}: {reported} {shown.says}".rstrip())
    return "\n".join(out)


def explain(code: Code) -> str:
    """What `factcheck explain CODE` prints: the code, its meaning and both examples."""
    out = [f"{code.code} {code.name} ({code.severity})", "", code.summary, "",
           textwrap.fill(code.explanation, WIDTH, break_on_hyphens=False)]
    for label, shown, failing in zip(labels(code), (code.passing, code.failing), (False, True)):
        out += ["", f"{label}:", textwrap.indent(example(code, shown, failing), "    ")]
    return "\n".join(out) + "\n"


def listing() -> str:
    """Every code, one a line."""
    width = max(len(c.name) for c in CODES.values())
    return "".join(f"{c.code}  {c.name:<{width}}  {c.severity:<5}  {c.summary}\n" for c in CODES.values())


def _anchor(code: Code) -> str:
    return f"{code.code}-{code.name}".lower()


def markdown() -> str:
    """The reference page of every code, docs/codes.md."""
    out = ["# Finding codes", "",
           f"<!-- Generated from factcheck/codes/ by `factcheck explain --markdown > {PAGE}`; do not edit. -->", "",
           "Every finding factcheck reports has a stable code: its letter says what it is about, and within "
           "a letter the hundreds give the severity: `1xx` a note (the claim still passes), `2xx` minor "
           "(warn), `3xx` material (fail); `E` codes are errors (the claim could not be checked). The "
           "configuration's `strictness` rescales the warnings about a claim's wording (Q2xx, D2xx, F2xx): "
           "`lenient` makes them notes, `strict` failures. A claim's `ignore:` suppresses codes it lists "
           "(see X001); errors are never suppressed. `factcheck explain CODE` prints a code's entry below.", "",
           "Each example is a small project run by the test suite (tests/codes/test_examples.py): the "
           "source `sources/article.md` (shown as `# source:`), the claims of `claims/story.yaml`, whose "
           "default source is `article`, other files where the code needs them, and what factcheck reports "
           "(`…` stands for words left out).", "",
           "| code | name | severity | summary |", "|---|---|---|---|"]
    out += [f"| [{c.code}](#{_anchor(c)}) | {c.name} | {c.severity} | {c.summary.replace('|', '&#124;')} |"
            for c in CODES.values()]
    for letter, title, table in GROUPS:
        out += ["", f"## {letter}: {title}"]
        for code in table:
            out += ["", f"### {code.code} {code.name}", "", f"**{code.severity}**: {code.summary}", "",
                    code.explanation]
            for label, shown, failing in zip(labels(code), (code.passing, code.failing), (False, True)):
                out += ["", f"{label}:", "", "```yaml", example(code, shown, failing), "```"]
    return "\n".join(out) + "\n"
