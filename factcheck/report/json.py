"""The JSON report (docs/reports.md#json; the contract is version 1, its JSON
Schema is built in factcheck/commands/schema.py, published as schemas/report.schema.json)."""

from __future__ import annotations

import json

from factcheck.codes import CODES
from factcheck.model import Evidence, Finding, Location, Problem, Report, Result
from factcheck.report import Options

VERSION = 1


def result_dict(result: Result) -> dict:
    claim, verdict = result.claim, result.verdict
    evidence = verdict.evidence
    return {
        "file": claim.file,
        "line": claim.line,
        "column": claim.column,
        "id": claim.id,
        "kind": claim.kind,
        "status": verdict.status.value,
        "message": verdict.message,
        "skipped": result.skipped,
        "codes": sorted({f.code for f in verdict.findings}),
        "findings": [finding_dict(f) for f in verdict.findings],
        "suppressed": [finding_dict(s.finding) | {"by": s.by, "reason": s.reason} for s in result.suppressed],
        "source": None if evidence is None else {
            "id": evidence.source_id,
            "path": evidence.path,
            "line": evidence.line,
            "column": evidence.column,
            "end_line": evidence.end_line,
            "end_column": evidence.end_column,
            "text": evidence.text,
            "found": evidence.found,
            **_location(evidence),
        },
        "score": None if evidence is None else evidence.score,
    }


def _location(evidence: Evidence) -> dict:
    """The editor's terms: PDF page, transcript time and speaker, HTML paragraph (or null);
    `extracted`: line and column count in the text extracted from the file."""
    where = evidence.location or Location(evidence.line, evidence.column)
    return {"page": where.page, "time": where.time, "speaker": where.speaker,
            "paragraph": where.paragraph, "extracted": where.extracted}


def finding_dict(finding: Finding) -> dict:
    return {
        "code": finding.code,
        "name": CODES[finding.code].name,
        "severity": finding.severity,
        "message": finding.message,
        "claim_text": finding.claim_text,
        "source_text": finding.source_text,
    }


def problem_dict(problem: Problem) -> dict:
    return {"file": problem.file, "line": problem.line, "column": problem.column, "code": problem.code,
            "message": problem.message}


def document(report: Report) -> dict:
    return {
        "version": VERSION,
        "summary": report.counts(),
        "results": [result_dict(r) for r in report.results],
        "errors": [problem_dict(p) for p in report.problems],
        "notices": [problem_dict(n) for n in report.notices],
    }


def render(report: Report, options: Options = Options()) -> str:
    return json.dumps(document(report), ensure_ascii=False, indent=2) + "\n"
