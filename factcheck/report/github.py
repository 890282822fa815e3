"""`--format github`: GitHub Actions workflow commands, one annotation per finding.

`::error file=claims/a.yaml,line=3,col=5,title=factcheck Q301 number-changed::message`:
the annotation sits on the claim's line in the pull request. Data is escaped (`%`, CR, LF)
and so are properties (also `:` and `,`), as the runner's toolkit does. Suppressed findings
and cosmetic notes are not annotated. Chosen automatically when GITHUB_ACTIONS=true.
"""

from __future__ import annotations

from factcheck.codes import CODES
from factcheck.model import Report
from factcheck.report import Options, issues, visible

_COMMAND = {"error": "error", "fail": "error", "warn": "warning"}


def escape_data(text: str) -> str:
    """Text for a workflow command: control characters shown as escapes (`visible`), and what
    the runner decodes (%, CR, LF) escaped, so the command stays one line."""
    return visible(text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(level: str, message: str, **properties: str | int) -> str:
    props = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items())
    return f"::{level} {props}::{escape_data(message)}"


def render(report: Report, options: Options) -> str:
    out = []
    for result in report.results:
        claim = result.claim
        for issue in issues(result, skipped=False):
            code = issue.finding.code
            title = f"factcheck {code} {CODES[code].name}" if code else f"factcheck {issue.status}"
            out.append(command(_COMMAND[issue.status], f"{issue.finding.message} (claim {claim.id})",
                               file=claim.file, line=claim.line, col=claim.column, title=title))
    for problem in report.problems + report.notices:
        out.append(command(_COMMAND[CODES[problem.code].severity], problem.message, file=problem.file,
                           line=problem.line, col=problem.column,
                           title=f"factcheck {problem.code} {CODES[problem.code].name}"))
    return "".join(line + "\n" for line in out)
