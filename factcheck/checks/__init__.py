"""One checker per claim kind; `check` resolves a claim's sources and dispatches."""

from __future__ import annotations

from collections.abc import Callable

from factcheck.checks.attribution import check_attribution
from factcheck.checks.quote import check_quote
from factcheck.model import Claim, Finding, Status, Verdict
from factcheck.sources import Source, SourceError, SourceLibrary, display_path

Checker = Callable[[Claim, list[Source]], Verdict]
CHECKERS: dict[str, Checker] = {"quote": check_quote, "attribution": check_attribution}


def _error(code: str, message: str) -> Verdict:
    return Verdict(Status.ERROR, message, (Finding(code, message),))


def check(claim: Claim, library: SourceLibrary) -> Verdict:
    """The verdict on one claim; never raises for bad input."""
    if claim.problems:
        return Verdict(Status.ERROR, claim.problems[0].message, claim.problems)
    checker = CHECKERS.get(claim.kind or "")
    if checker is None:
        return _error("E003", f"{claim.kind} claims are not supported yet; this version checks quotes and attributions")
    try:
        sources = [library.resolve(ref, claim.base_dir) for ref in claim.sources] or library.all()
    except SourceError as exc:
        return _error(exc.code, exc.message)
    if not sources:
        return _error("E001", f"no source to check against: the claim names none and "
                              f"{display_path(library.folder)} holds no .md or .txt files")
    return checker(claim, sources)
