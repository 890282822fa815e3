"""One checker per claim kind; `check` resolves a claim's sources and dispatches."""

from __future__ import annotations

from collections.abc import Callable

from factcheck.checks.quote import check_quote
from factcheck.model import Claim, Finding, Status, Verdict
from factcheck.sources import Source, SourceError, SourceLibrary, display_path

Checker = Callable[[Claim, list[Source]], Verdict]
CHECKERS: dict[str, Checker] = {"quote": check_quote}


def _error(code: str, message: str) -> Verdict:
    return Verdict(Status.ERROR, message, (Finding(code, message),))


def check(claim: Claim, library: SourceLibrary) -> Verdict:
    """The verdict on one claim; never raises for bad input."""
    if claim.problems:
        return Verdict(Status.ERROR, claim.problems[0].message, claim.problems)
    checker = CHECKERS.get(claim.kind or "")
    if checker is None:
        return _error("E003", f"{claim.kind} claims are not supported yet; this version checks quotes")
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
                              f"{display_path(library.folder)} holds no .md or .txt files")
    return checker(claim, sources)


def _every_source(claim: Claim, library: SourceLibrary) -> list[Source] | None:
    """The sources a claim naming none is checked against: every one in the folder, or in a
    large archive those the index picks; [] when the index finds none, None when the folder
    is empty."""
    text = claim.fields.get("quote") or claim.fields.get("said")
    if text:
        from factcheck.index import archive_candidates

        picked = archive_candidates(library, text)
        if picked is not None:
            return picked
    return library.all() or None
