"""After judging: the editor's `ignore:` suppressions and the configured strictness.

A suppressed finding leaves the claim's findings for `Result.suppressed`, so it no longer
counts toward the claim's status, and every report still shows it as skipped. An `ignore`
code that matched nothing is itself a finding (X001).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from factcheck.model import RANK, Finding, Result, Status, Suppressed

STRICTNESS = ("lenient", "standard", "strict")
# what a warn-severity finding counts as under each strictness
_WARN_AS = {"lenient": Status.PASS, "standard": Status.WARN, "strict": Status.FAIL}

def settle(result: Result, strictness: str = "standard") -> Result:
    """Apply the claim's `ignore:` and the strictness to one checked claim."""
    claim, verdict = result.claim, result.verdict
    if not claim.ignore:
        return _restatus(result, strictness) if strictness != "standard" else result
    findings = verdict.findings
    checked = not any(f.severity == "error" for f in findings)  # an error means the checker never ran
    present = {f.code for f in findings}
    unused = [code for code in claim.ignore if code != "X001" and code not in present] if checked else []
    findings += tuple(Finding("X001", f"'ignore' lists {code}, but the claim has no {code} finding; remove it")
                      for code in unused)
    reason = claim.fields.get("reason", "")
    return suppress(replace(result, verdict=replace(verdict, findings=findings)),
                    lambda f: reason if f.code in claim.ignore else None, "ignore", strictness)


def suppress(result: Result, reason_for: Callable[[Finding], str | None], by: str, strictness: str) -> Result:
    """Move the findings `reason_for` gives a reason for into `result.suppressed`. Errors are
    never suppressed: a claim that could not be checked must not pass."""
    kept, suppressed = [], list(result.suppressed)
    for finding in result.verdict.findings:
        reason = None if finding.severity == "error" else reason_for(finding)
        if reason is None:
            kept.append(finding)
        else:
            suppressed.append(Suppressed(finding, by, reason))
    result = replace(result, verdict=replace(result.verdict, findings=tuple(kept)), suppressed=tuple(suppressed))
    return _restatus(result, strictness)


def _restatus(result: Result, strictness: str) -> Result:
    """The claim's status from the findings that still count."""
    verdict = result.verdict
    every = verdict.findings + tuple(s.finding for s in result.suppressed)
    # a status no finding explains (a checker's own judgement) is never lowered
    explained = max((RANK[f.severity] for f in every), default=-1)
    if verdict.status.rank > explained:
        return result
    status = Status.worst(_WARN_AS[strictness] if f.rescaled else Status.of(f.severity) for f in verdict.findings)
    return result if status is verdict.status else replace(result, verdict=replace(verdict, status=status))
