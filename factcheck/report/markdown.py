"""`--format markdown`: a report for a pull-request comment or a GitHub job summary.

A heading with the counts, then a table of the claims that did not pass (or were only
skipped), one row per finding. Table cells are escaped so a claim's words cannot break the
table or inject markup.
"""

from __future__ import annotations

import re

from factcheck.model import Report
from factcheck.report import Options, flat, issues, summary_line

_BADGE = {"error": "🟣 error", "fail": "🔴 fail", "warn": "🟡 warn", "skipped": "⚪ skipped"}
_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")


def cell(text: str) -> str:
    """`text` safe inside a table cell: one line, Markdown and HTML characters escaped."""
    return _SPECIAL.sub(r"\\\1", flat(text))


def render(report: Report, options: Options) -> str:
    out = [f"### factcheck — {summary_line(report)}", ""]
    rows = []
    for result in report.results:
        claim = result.claim
        for issue in issues(result):
            code = issue.finding.code or "—"
            message = issue.finding.message
            if issue.suppressed:
                message += f" ({issue.suppressed.by}: {issue.suppressed.reason})"
            rows.append(f"| {_BADGE[issue.status]} | {cell(report.place(claim))} | {cell(claim.id)} | "
                        f"{code} | {cell(message)} |")
    for problem in report.problems + report.notices:
        status = "error" if problem in report.problems else "warn"
        rows.append(f"| {_BADGE[status]} | {cell(problem.file)}:{problem.line} | | {problem.code} | "
                    f"{cell(problem.message)} |")
    if rows:
        out += ["| status | where | claim | code | finding |", "|---|---|---|---|---|", *rows]
    else:
        out.append("Every claim passed.")
    return "\n".join(out) + "\n"
