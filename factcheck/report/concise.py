"""`--format concise`: one line per finding, `file:line:col: CODE status message`.

Passing claims and cosmetic notes print nothing; suppressed findings show as `skipped`
with their reason. Lines are sorted by file, line and column, as compilers print them.
"""

from __future__ import annotations

from factcheck.model import Report
from factcheck.report import Options, flat, issues

_COLOR = {"error": "\x1b[1;35m", "fail": "\x1b[1;31m", "warn": "\x1b[33m", "skipped": "\x1b[2m"}
_RESET = "\x1b[0m"


def lines(report: Report, color: bool = False) -> list[str]:
    """The report's lines, unterminated."""
    rows: list[tuple[str, int, int, str, str, str]] = []  # file, line, column, code, status, text
    for result in report.results:
        claim = result.claim
        for issue in issues(result):
            why = issue.suppressed
            note = f"claim {claim.id}" + (f"; {why.by}: {why.reason}" if why else "")
            rows.append((claim.file, claim.line, claim.column, issue.finding.code, issue.status,
                         f"{issue.finding.message} ({note})"))
    for problem in report.problems:
        rows.append((problem.file, problem.line, problem.column, problem.code, "error", problem.message))
    for notice in report.notices:
        rows.append((notice.file, notice.line, notice.column, notice.code, "warn", notice.message))
    out = []
    for file, line, column, code, status, text in sorted(rows, key=lambda r: r[:3]):
        shown = f"{_COLOR[status]}{status}{_RESET}" if color else status
        out.append(f"{flat(file)}:{line}:{column}: {code + ' ' if code else ''}{shown} {flat(text)}")
    return out


def render(report: Report, options: Options) -> str:
    return "".join(line + "\n" for line in lines(report, options.color))
