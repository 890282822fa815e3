"""One checker per claim kind; `check` resolves a claim's sources and dispatches."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from factcheck.checks.attribution import check_attribution
from factcheck.checks.date import check_date
from factcheck.checks.figure import check_figure
from factcheck.checks.quote import check_quote
from factcheck.model import Claim, Finding, Status, Verdict
from factcheck.files import display_path
from factcheck.sources.library import SourceError, SourceLibrary
from factcheck.text.document import Source

Checker = Callable[[Claim, list[Source]], Verdict]
CHECKERS: dict[str, Checker] = {"quote": check_quote, "attribution": check_attribution, "date": check_date,
                               "figure": check_figure}


def _error(code: str, message: str) -> Verdict:
    return Verdict(Status.ERROR, message, (Finding(code, message),))


def check(claim: Claim, library: SourceLibrary) -> Verdict:
    """The verdict on one claim; never raises for bad input."""
    if claim.problems:
        return Verdict(Status.ERROR, claim.problems[0].message, claim.problems)
    checker = CHECKERS.get(claim.kind or "")
    if checker is None:
        return _error("E003", f"{claim.kind} claims are not supported yet; this version checks quotes, attributions, "
                              "dates and figures")
    try:
        sources = [library.resolve(ref, claim.base_dir) for ref in claim.sources] or _every_source(claim, library)
    except SourceError as exc:
        return _error(exc.code, exc.message)
    if sources == []:  # the archive index found no passage sharing three words in a row
        finding = Finding("Q310", f"the {claim.kind} is in none of the {len(library.paths())} sources: "
                                  f"no passage shares three words in a row with it")
        return Verdict(Status.FAIL, finding.message, (finding,))
    if sources is None:
        return _error("E001", f"no source to check against: the claim names none and "
                              f"{display_path(library.folder)} holds no sources")
    return with_source_findings(checker(claim, sources), claim, sources)


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
    status = max(verdict.status, Status.WARN, key=lambda s: s.rank)
    message = verdict.message + "".join(f"; {f.message}" for f in findings if f.code == "S001")
    return replace(verdict, status=status, findings=verdict.findings + tuple(findings), message=message)


def _every_source(claim: Claim, library: SourceLibrary) -> list[Source] | None:
    """The sources a claim naming none is checked against: every one in the folder, or in a
    large archive those the index picks; [] when the index finds none, None when the folder
    is empty."""
    text = claim.fields.get("quote") or claim.fields.get("said")
    if text:
        from factcheck.sources.index import archive_candidates

        picked = archive_candidates(library, text)
        if picked is not None:
            return picked
    return library.all() or None
