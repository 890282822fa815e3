"""One checker per claim kind (`CHECKERS`), each judging a claim against source documents."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from factcheck.checks.attribution import check_attribution
from factcheck.checks.date import check_date
from factcheck.checks.figure import check_figure
from factcheck.checks.quote import check_quote
from factcheck.model import Claim, Finding, Status, Verdict
from factcheck.text.document import Source

Checker = Callable[[Claim, list[Source]], Verdict]
CHECKERS: dict[str, Checker] = {"quote": check_quote, "attribution": check_attribution, "date": check_date,
                               "figure": check_figure}


def with_source_findings(verdict: Verdict, claim: Claim, sources: list[Source]) -> Verdict:
    """Add what is wrong with the source itself: a pinned sha256 that no longer matches
    (S001), an encoding that had to be guessed (S002, for the source the claim was matched in)."""
    findings = []
    if claim.sha256 and len(sources) == 1 and sources[0].sha256 != claim.sha256:
        findings.append(Finding("S001", f"{sources[0].display} changed since it was verified: its sha256 is "
                                        f"{sources[0].sha256[:12]}…, the claim pins {claim.sha256[:12]}…"))
    used = [s for s in sources if verdict.evidence and s.id == verdict.evidence.source_id]
    findings += [Finding("S002", warning) for source in used for warning in source.warnings]
    if not findings:
        return verdict
    status = Status.worst((verdict.status, Status.WARN))
    message = verdict.message + "".join(f"; {f.message}" for f in findings if f.code == "S001")
    return replace(verdict, status=status, findings=verdict.findings + tuple(findings), message=message)
