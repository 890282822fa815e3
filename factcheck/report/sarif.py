"""`--format sarif`: SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.

One rule per finding code reported (ruleId = the code; help text and examples as
`factcheck explain` prints them); one result per finding that counts or was suppressed
(then with a `suppressions` entry), located at the claim in its YAML file, with
`relatedLocations` at the source passage it was matched to, and `partialFingerprints` that
survive moving the claim. Unreadable claim files and notices are results too.
"""

from __future__ import annotations

import json
from urllib.parse import quote

from factcheck import __version__
from factcheck.codes import CODES
from factcheck.codes.render import explain
from factcheck.model import Problem, Report
from factcheck.report import Issue, Options, fingerprint, issues, location_label

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {"note": "note", "warn": "warning", "fail": "error", "error": "error"}


def _uri(path: str) -> str:
    return quote(path.replace("\\", "/"), safe="/")


def _location(file: str, line: int, column: int) -> dict:
    return {"physicalLocation": {"artifactLocation": {"uri": _uri(file), "uriBaseId": "%SRCROOT%"},
                                 "region": {"startLine": max(line, 1), "startColumn": max(column, 1)}}}


def _rule(code: str) -> dict:
    info = CODES[code]
    text = explain(info)  # what `factcheck explain CODE` prints, examples included
    markdown = f"**{code} {info.name}** ({info.severity})\n\n```text\n{text.rstrip()}\n```"
    return {
        "id": code,
        "name": "".join(part.capitalize() for part in info.name.split("-")),
        "shortDescription": {"text": info.summary},
        "fullDescription": {"text": info.summary},
        "help": {"text": text, "markdown": markdown},
        "defaultConfiguration": {"level": _LEVEL[info.severity]},
        "properties": {"severity": info.severity, "tags": ["factcheck", info.severity]},
    }


def _issue(issue: Issue, rule_ids: list[str]) -> dict:
    claim, verdict, finding = issue.result.claim, issue.result.verdict, issue.finding
    result: dict = {}
    if finding.code:
        result |= {"ruleId": finding.code, "ruleIndex": rule_ids.index(finding.code)}
    result |= {
        "level": _LEVEL[issue.status] if issue.status != "skipped" else _LEVEL[finding.severity],
        "message": {"text": f"{finding.message} (claim {claim.id})"},
        "locations": [_location(claim.file, claim.line, claim.column)],
        "partialFingerprints": {"factcheckFinding/v1": fingerprint(issue)},
        "properties": {"claimId": claim.id, "claimStatus": verdict.status.value, "kind": claim.kind},
    }
    evidence = verdict.evidence
    if evidence is not None:
        where = evidence.location
        physical: dict = {"artifactLocation": {"uri": _uri(evidence.path), "uriBaseId": "%SRCROOT%"}}
        if where is None or not where.extracted:  # lines of text extracted from a PDF or HTML are not the file's
            physical["region"] = {"startLine": evidence.line, "startColumn": evidence.column,
                                  "endLine": evidence.end_line, "endColumn": max(evidence.end_column, 1),
                                  "snippet": {"text": evidence.text}}
        related = {"id": 1, "physicalLocation": physical,
                   "message": {"text": ("matched in " if evidence.found else "closest passage in ")
                               + f"{location_label(evidence)} (similarity {evidence.score:.0f})"}}
        if where is not None and where.extracted:
            related["properties"] = {k: v for k, v in (("page", where.page), ("time", where.time),
                                     ("speaker", where.speaker), ("paragraph", where.paragraph)) if v is not None}
            related["properties"]["snippet"] = evidence.text
        result["relatedLocations"] = [related]
    if issue.suppressed is not None:
        kind = "inSource" if issue.suppressed.by == "ignore" else "external"
        result["suppressions"] = [{"kind": kind, "justification": issue.suppressed.reason}]
    return result


def _problem(problem: Problem, rule_ids: list[str]) -> dict:
    return {"ruleId": problem.code, "ruleIndex": rule_ids.index(problem.code),
            "level": _LEVEL[CODES[problem.code].severity], "message": {"text": problem.message},
            "locations": [_location(problem.file, problem.line, problem.column)]}


def document(report: Report) -> dict:
    found = [i for r in report.results for i in issues(r)]
    others = report.problems + report.notices
    rule_ids = sorted({i.finding.code for i in found if i.finding.code} | {p.code for p in others})
    results = [_issue(i, rule_ids) for i in found] + [_problem(p, rule_ids) for p in others]
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "factcheck", "version": __version__, "semanticVersion": __version__,
                                "rules": [_rule(code) for code in rule_ids]}},
            "columnKind": "unicodeCodePoints",
            "invocations": [{"executionSuccessful": not report.problems}],
            "results": results,
        }],
    }


def render(report: Report, options: Options) -> str:
    return json.dumps(document(report), ensure_ascii=False, indent=2) + "\n"
