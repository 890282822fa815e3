"""A checked draft's claims as a claims file (`factcheck draft --emit-claims`): each claim
names the source it was found in, so `factcheck check` on the file gives the same verdicts."""

from __future__ import annotations

import json

from factcheck.draft.check import DraftRun, not_checked
from factcheck.lang import LANGUAGES


def emit_claims(run: DraftRun, command: str) -> str:
    """The draft's claims as a claims file: each with the source it was found in, the
    draft's location and verdict in a comment. Dates and figures that were not checked
    (D205, F202) are listed as comments."""
    draft = run.draft
    languages = {r.claim.language for r in run.report.results}
    lines = [_comment(f"# Claims found in {draft.display} by `{command}`."),
             "# Each names the source it was found in; `factcheck check` on this file gives the same verdicts."]
    if len(languages) == 1 and next(iter(languages)) in LANGUAGES:
        lines.append(f"language: {next(iter(languages))}")
    lines.append("claims:")
    emitted = 0
    for result in run.report.results:
        claim, verdict = result.claim, result.verdict
        where = _comment(f"{claim.file}:{claim.line}:{claim.column}")
        if not_checked(result):
            lines.append(f"  # {claim.id} ({where}) not emitted: {_comment(verdict.message)}")
            continue
        emitted += 1
        lines.append(f"  - id: {claim.id}  # {where}: {verdict.status.value}")
        evidence = verdict.evidence
        if evidence is not None and evidence.found:
            at = f"{evidence.path}:{evidence.line}:{evidence.column}"
            if evidence.location is not None and evidence.location.extracted:
                at = f"{evidence.path} ({evidence.location.where()})"
            lines.append(f"    source: {_scalar(evidence.source_id)}  # {_comment(at)}")
        elif claim.sources:
            lines.append(f"    source: [{', '.join(_scalar(s) for s in claim.sources)}]  # not found in any of them")
        else:
            lines.append("    # not found in any source: checked against every source")
        note = next((f.message for f in verdict.findings if f.code == "A103"), None)
        if note is not None:
            lines.append(f"    # no speaker: {_comment(note)}")
        for key in ("speaker", "quote", "figure", "date", "context"):
            if key in claim.fields:
                lines.append(f"    {key}: {_scalar(claim.fields[key])}")
    if not emitted:
        lines[lines.index("claims:")] = "claims: []"
    return "\n".join(lines) + "\n"


def _comment(text: str) -> str:
    """Text for a YAML comment: on one line."""
    return " ".join(text.split())


def _scalar(text: str) -> str:
    """A YAML double-quoted scalar (JSON's string syntax is a subset of YAML's)."""
    return json.dumps(text, ensure_ascii=False)
