"""The whole run: find claim files, read them, check every claim, settle, collect a report."""

from __future__ import annotations

import glob
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck.checks import CHECKERS, with_source_findings
from factcheck.claims.claimfile import read_claim_file
from factcheck.files import display_path, real_path
from factcheck.model import Claim, Finding, Report, Result, Status, Verdict
from factcheck.run.policy import settle
from factcheck.sources.library import SourceError, SourceLibrary
from factcheck.text.document import Source
from factcheck.trust import Boundary, OutOfTime, Refused, deadline, die_with_parent

if TYPE_CHECKING:
    from factcheck.run.baseline import Baseline

CLAIM_SUFFIXES = (".yaml", ".yml")
DEFAULT_TIMEOUT = 120.0  # seconds one claim may take (`claim-timeout`)
RAISE_ENV = "FACTCHECK_RAISE_INTERNAL"  # "1": an internal error is raised, not reported (the tests set it)
Progress = Callable[[int, int], None]  # (claims checked, claims in all)


class UsageError(Exception):
    """The command line names something that does not exist."""


def claim_files(paths: list[Path], boundary: Boundary | None = None, by_user: bool = True) -> list[tuple[Path, str]]:
    """Each claim file to read with the name reports give it: folders searched recursively,
    in sorted order, a file named on the command line as given, a glob pattern expanded.

    With a `boundary`, every file found must be one it lets factcheck read (`by_user`: the
    command line named `paths`, not the configuration file); the path returned is then the
    resolved one, read as such. Raises UsageError."""
    found: list[tuple[Path, str]] = []
    for path in paths:
        if boundary is not None and not boundary.allow_outside:
            fixed = Path(*path.parts[:_first_magic(path)]) or Path(".")  # a glob's folder part
            try:
                boundary.check_place(fixed, "a claim path", by_user)
            except Refused as exc:
                raise UsageError(str(exc)) from None
        if path.is_dir():
            found.extend((file, (path / file.relative_to(path)).as_posix()) for file in _walk(path))
        elif path.is_file():
            found.append((path, path.as_posix()))
        elif glob.has_magic(str(path)):
            matches = sorted(Path(m) for m in glob.glob(str(path), recursive=True))
            files = [m for m in matches if m.is_file() and m.suffix.lower() in CLAIM_SUFFIXES]
            if not files:
                raise UsageError(f"{path.as_posix()}: no claim files match")
            found.extend((m, m.as_posix()) for m in files)
        elif path.exists() or path.is_symlink():
            raise UsageError(f"{path.as_posix()}: not a claim file or folder")
        else:
            raise UsageError(f"{path.as_posix()}: no such file or folder")
    if boundary is not None:
        try:
            found = [(boundary.readable(file, "a claim file", by_user), shown) for file, shown in found]
        except Refused as exc:
            raise UsageError(str(exc)) from None
    return list(dict.fromkeys(found))


def _first_magic(path: Path) -> int:
    return next((i for i, part in enumerate(path.parts) if glob.has_magic(part)), len(path.parts))


def _walk(folder: Path) -> list[Path]:
    """The claim files below `folder`, sorted; a folder reached twice (through links) is
    searched once, so a link loop ends."""
    files, seen = [], set()
    for current, folders, names in os.walk(folder, followlinks=True):
        here = real_path(Path(current))
        if here in seen:
            folders[:] = []
            continue
        seen.add(here)
        folders.sort()
        files += [Path(current, name) for name in names if Path(name).suffix.lower() in CLAIM_SUFFIXES]
    return sorted(file for file in files if file.is_file())


def run(paths: list[Path], sources: Path, *, language: str = "auto", strictness: str = "standard",
        baseline: Baseline | None = None, progress: Progress | None = None, jobs: int = 1,
        roots: tuple[Path, ...] | None = None, allow_outside_root: bool = False,
        claims_by_user: bool = True, timeout: float | None = DEFAULT_TIMEOUT, index: str | None = None,
        scheduler: str | None = None) -> Report:
    """Check every claim in `paths` against the sources in folder `sources`. `language` is
    the default for claim files that name none; `progress` is told after every claim; `jobs`
    processes check them (0: one per core), or the Dask cluster at `scheduler` does, and the
    report is the same whatever they are; sources must be inside `roots` (default: the
    working directory) unless `allow_outside_root`, and so must claim files, unless
    `claims_by_user` (the command line named them) and they are outside the first root;
    `timeout`: seconds each claim may take; `index` is the configured index (None: the
    embedded one). Raises IndexUnavailable when a server index cannot be used."""
    from factcheck.sources.index import library_for

    library = library_for(sources, roots, allow_outside_root, index)
    boundary = Boundary.at(roots[0] if roots else Path.cwd(), tuple(roots or ())[1:], allow_outside_root)
    report = Report()
    claims: list[Claim] = []
    for path, shown in claim_files(paths, boundary, claims_by_user):
        claim_file = read_claim_file(path, shown, language)
        report.files.append(shown)
        report.problems.extend(claim_file.problems)
        claims.extend(claim_file.claims)
    if scheduler is not None:
        from factcheck.run.cluster import check_on_cluster

        verdicts = check_on_cluster(claims, library, scheduler, check)
    elif _workers(jobs, len(claims)) > 1:
        verdicts = _check_in_parallel(claims, library, jobs, timeout)
    else:
        verdicts = (check(claim, library, timeout) for claim in claims)
    for done, (claim, verdict) in enumerate(zip(claims, verdicts), start=1):
        report.results.append(settle(Result(claim, verdict), strictness))
        if progress is not None:
            progress(done, len(claims))
    return baseline.apply(report, strictness) if baseline is not None else report


def _error(code: str, message: str) -> Verdict:
    return Verdict(Status.ERROR, message, (Finding(code, message),))


def check(claim: Claim, library: SourceLibrary, timeout: float | None = DEFAULT_TIMEOUT) -> Verdict:
    """The verdict on one claim: its sources resolved, then its kind's checker, within
    `timeout` seconds. Never raises: a claim that could not be checked is an error (E008
    when factcheck itself failed, E009 when it took too long), and the others are checked."""
    try:
        with deadline(timeout):
            return _check(claim, library)
    except OutOfTime:
        return _error("E009", f"checking this claim took longer than {timeout:g} seconds, so it was stopped "
                              "(raise the limit with --claim-timeout, or split the claim or its source)")
    except Exception as exc:  # noqa: BLE001 - one claim must not take down the run
        if os.environ.get(RAISE_ENV) == "1":
            raise
        what = f"{type(exc).__name__}: {exc}"
        return _error("E008", f"internal error while checking this claim ({what[:200]}); the other claims were "
                              "checked. Please report this with the claim and its source")


def _check(claim: Claim, library: SourceLibrary) -> Verdict:
    if claim.problems:
        return Verdict(Status.ERROR, claim.problems[0].message, claim.problems)
    checker = CHECKERS.get(claim.kind or "")
    if checker is None:
        return _error("E003", f"{claim.kind} claims are not supported yet; this version checks quotes, attributions, "
                              "dates and figures")
    try:
        named = [library.resolve(ref, claim.base_dir) for ref in claim.sources]
        # one file named twice ("s", "s.md", "./sources/s.md") is checked once
        sources = list({id(source): source for source in named}.values()) or _every_source(claim, library)
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
_timeout: float | None = DEFAULT_TIMEOUT


def _workers(jobs: int, claims: int) -> int:
    jobs = jobs or os.cpu_count() or 1
    return max(1, min(jobs, claims // MIN_CLAIMS_PER_WORKER))


def _check_in_parallel(claims: list[Claim], library: SourceLibrary, jobs: int,
                       timeout: float | None = DEFAULT_TIMEOUT) -> Iterator[Verdict]:
    from concurrent.futures import ProcessPoolExecutor

    from factcheck.sources.index import ARCHIVE_MIN_SOURCES, index_for

    if len(library.paths()) >= ARCHIVE_MIN_SOURCES:
        index_for(library)  # bring the index up to date once, before the workers read it
    workers = _workers(jobs, len(claims))
    # consecutive claims go to one worker, as they tend to share sources it then reads once
    chunk = max(1, len(claims) // (workers * 4))
    with ProcessPoolExecutor(workers, initializer=_start_worker, initargs=(
            library.folder, library.roots, library.allow_outside_root, library.index, timeout)) as pool:
        yield from pool.map(_check_one, claims, chunksize=chunk)  # map keeps the claims' order


def _start_worker(folder: Path, roots: tuple[Path, ...], allow_outside_root: bool, index: str | None,
                  timeout: float | None) -> None:
    from factcheck.sources.index import library_for

    global _library, _timeout
    die_with_parent()
    _library = library_for(folder, roots, allow_outside_root, index)
    _timeout = timeout


def _check_one(claim: Claim) -> Verdict:
    assert _library is not None
    return check(claim, _library, _timeout)
