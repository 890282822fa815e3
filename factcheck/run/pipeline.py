"""The whole run: find claim files, read them, check every claim, settle, collect a report."""

from __future__ import annotations

import glob
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck.checks import CHECKERS, with_source_findings
from factcheck.claims.claimfile import read_claim_file
from factcheck.files import display_path
from factcheck.model import Claim, Finding, Report, Result, Status, Verdict
from factcheck.run.policy import settle
from factcheck.sources.library import SourceError, SourceLibrary
from factcheck.text.document import Source

if TYPE_CHECKING:
    from factcheck.run.baseline import Baseline

CLAIM_SUFFIXES = (".yaml", ".yml")
Progress = Callable[[int, int], None]  # (claims checked, claims in all)


class UsageError(Exception):
    """The command line names something that does not exist."""


def claim_files(paths: list[Path]) -> list[tuple[Path, str]]:
    """Each claim file to read with the name reports give it: folders searched recursively,
    in sorted order, a file named on the command line as given, a glob pattern expanded."""
    found: list[tuple[Path, str]] = []
    for path in paths:
        if path.is_dir():
            for file in sorted(path.rglob("*")):
                if file.suffix.lower() in CLAIM_SUFFIXES and file.is_file():
                    found.append((file, (path / file.relative_to(path)).as_posix()))
        elif path.is_file():
            found.append((path, path.as_posix()))
        elif glob.has_magic(str(path)):
            matches = sorted(Path(m) for m in glob.glob(str(path), recursive=True))
            files = [m for m in matches if m.is_file() and m.suffix.lower() in CLAIM_SUFFIXES]
            if not files:
                raise UsageError(f"{path.as_posix()}: no claim files match")
            found.extend((m, m.as_posix()) for m in files)
        else:
            raise UsageError(f"{path.as_posix()}: no such file or folder")
    return list(dict.fromkeys(found))


def run(paths: list[Path], sources: Path, *, language: str = "auto", strictness: str = "standard",
        baseline: Baseline | None = None, progress: Progress | None = None, jobs: int = 1,
        roots: tuple[Path, ...] | None = None, allow_outside_root: bool = False, index: str | None = None,
        scheduler: str | None = None) -> Report:
    """Check every claim in `paths` against the sources in folder `sources`. `language` is
    the default for claim files that name none; `progress` is told after every claim; `jobs`
    processes check them (0: one per core), or the Dask cluster at `scheduler` does, and the
    report is the same whatever they are; sources must be inside `roots` (default: the
    working directory) unless `allow_outside_root`; `index` is the configured index (None:
    the embedded one). Raises IndexUnavailable when a server index cannot be used."""
    from factcheck.sources.index import library_for

    library = library_for(sources, roots, allow_outside_root, index)
    report = Report()
    claims: list[Claim] = []
    for path, shown in claim_files(paths):
        claim_file = read_claim_file(path, shown, language)
        report.files.append(shown)
        report.problems.extend(claim_file.problems)
        claims.extend(claim_file.claims)
    if scheduler is not None:
        from factcheck.run.cluster import check_on_cluster

        verdicts = check_on_cluster(claims, library, scheduler, check)
    elif _workers(jobs, len(claims)) > 1:
        verdicts = _check_in_parallel(claims, library, jobs)
    else:
        verdicts = (check(claim, library) for claim in claims)
    for done, (claim, verdict) in enumerate(zip(claims, verdicts), start=1):
        report.results.append(settle(Result(claim, verdict), strictness))
        if progress is not None:
            progress(done, len(claims))
    return baseline.apply(report, strictness) if baseline is not None else report


def _error(code: str, message: str) -> Verdict:
    return Verdict(Status.ERROR, message, (Finding(code, message),))


def check(claim: Claim, library: SourceLibrary) -> Verdict:
    """The verdict on one claim: its sources resolved, then its kind's checker; never
    raises for bad input."""
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


MIN_CLAIMS_PER_WORKER = 8  # below this, starting processes costs more than it saves
_library: SourceLibrary | None = None  # a worker process's own library


def _workers(jobs: int, claims: int) -> int:
    jobs = jobs or os.cpu_count() or 1
    return max(1, min(jobs, claims // MIN_CLAIMS_PER_WORKER))


def _check_in_parallel(claims: list[Claim], library: SourceLibrary, jobs: int) -> Iterator[Verdict]:
    from concurrent.futures import ProcessPoolExecutor

    from factcheck.sources.index import ARCHIVE_MIN_SOURCES, index_for

    if len(library.paths()) >= ARCHIVE_MIN_SOURCES:
        index_for(library)  # bring the index up to date once, before the workers read it
    workers = _workers(jobs, len(claims))
    # consecutive claims go to one worker, as they tend to share sources it then reads once
    chunk = max(1, len(claims) // (workers * 4))
    with ProcessPoolExecutor(workers, initializer=_start_worker, initargs=(
            library.folder, library.roots, library.allow_outside_root, library.index)) as pool:
        yield from pool.map(_check_one, claims, chunksize=chunk)  # map keeps the claims' order


def _start_worker(folder: Path, roots: tuple[Path, ...], allow_outside_root: bool, index: str | None) -> None:
    from factcheck.sources.index import library_for

    global _library
    _library = library_for(folder, roots, allow_outside_root, index)


def _check_one(claim: Claim) -> Verdict:
    assert _library is not None
    return check(claim, _library)
