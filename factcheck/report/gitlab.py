"""`--format gitlab`: GitLab Code Quality JSON (a list of issues), for merge-request widgets.

Each finding that counts is an issue at the claim's line, with a fingerprint that stays
the same while the claim's file, id and text do. Suppressed findings and notes are left
out: Code Quality has no way to show them.
"""

from __future__ import annotations

import hashlib

from factcheck.codes import CODES
from factcheck.model import Report
from factcheck.report import Options, fingerprint, issues, json_text

_SEVERITY = {"warn": "minor", "fail": "major", "error": "critical"}


def render(report: Report, options: Options) -> str:
    out = []
    for result in report.results:
        claim = result.claim
        for issue in issues(result, skipped=False):
            code = issue.finding.code
            out.append({
                "type": "issue",
                "check_name": f"factcheck/{code} {CODES[code].name}" if code else "factcheck",
                "description": f"{code + ' ' if code else ''}{issue.finding.message} (claim {claim.id})",
                "categories": ["Bug Risk"],
                "severity": _SEVERITY[issue.status],
                "fingerprint": fingerprint(issue),
                "location": {"path": claim.file, "lines": {"begin": claim.line}},
            })
    for problem in report.problems + report.notices:
        key = "\0".join((problem.file, problem.code, problem.message))
        out.append({
            "type": "issue",
            "check_name": f"factcheck/{problem.code} {CODES[problem.code].name}",
            "description": f"{problem.code} {problem.message}",
            "categories": ["Bug Risk"],
            "severity": _SEVERITY[CODES[problem.code].severity],
            "fingerprint": hashlib.sha256(key.encode("utf-8")).hexdigest()[:32],
            "location": {"path": problem.file, "lines": {"begin": problem.line}},
        })
    return json_text(out) + "\n"
