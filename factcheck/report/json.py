"""The JSON report (see README.md, "JSON report"; the contract is version 1)."""

from __future__ import annotations

import json

from factcheck.codes import CODES
from factcheck.model import Evidence, Location, Report, Result

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
        "codes": sorted({f.code for f in verdict.findings}),
        "findings": [
            {
                "code": f.code,
                "name": CODES[f.code].name,
                "severity": f.severity,
                "message": f.message,
                "claim_text": f.claim_text,
                "source_text": f.source_text,
            }
            for f in verdict.findings
        ],
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


def render(report: Report) -> str:
    document = {
        "version": VERSION,
        "summary": report.counts(),
        "results": [result_dict(r) for r in report.results],
        "errors": [
            {"file": p.file, "line": p.line, "column": p.column, "code": p.code, "message": p.message}
            for p in report.problems
        ],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
