"""The whole run: find claim files, read them, check every claim, collect a report."""

from __future__ import annotations

import os
from pathlib import Path

from factcheck.checks import check
from factcheck.claims import read_claim_file
from factcheck.model import Claim, Report, Result, Verdict
from factcheck.sources import SourceLibrary

CLAIM_SUFFIXES = (".yaml", ".yml")


class UsageError(Exception):
    """The command line names something that does not exist."""


def claim_files(paths: list[Path]) -> list[tuple[Path, str]]:
    """Each claim file to read with the name reports give it: folders searched recursively,
    in sorted order, a file named on the command line as given."""
    found: list[tuple[Path, str]] = []
    for path in paths:
        if path.is_dir():
            for file in sorted(path.rglob("*")):
                if file.suffix.lower() in CLAIM_SUFFIXES and file.is_file():
                    found.append((file, (path / file.relative_to(path)).as_posix()))
        elif path.is_file():
            found.append((path, path.as_posix()))
        else:
            raise UsageError(f"{path.as_posix()}: no such file or folder")
    return list(dict.fromkeys(found))


def run(paths: list[Path], sources: Path, jobs: int = 1) -> Report:
    """Check every claim in `paths` against the sources in folder `sources`, in `jobs`
    processes (0: one per core); the report is the same whatever `jobs` is."""
    library = SourceLibrary(sources)
    report = Report()
    claims: list[Claim] = []
    for path, shown in claim_files(paths):
        claim_file = read_claim_file(path, shown)
        report.files.append(shown)
        report.problems.extend(claim_file.problems)
        claims.extend(claim_file.claims)
    verdicts = _check_in_parallel(claims, library, jobs) if _workers(jobs, len(claims)) > 1 else \
        [check(claim, library) for claim in claims]
    report.results.extend(map(Result, claims, verdicts))
    return report


MIN_CLAIMS_PER_WORKER = 8  # below this, starting processes costs more than it saves
_library: SourceLibrary | None = None  # a worker process's own library


def _workers(jobs: int, claims: int) -> int:
    jobs = jobs or os.cpu_count() or 1
    return max(1, min(jobs, claims // MIN_CLAIMS_PER_WORKER))


def _check_in_parallel(claims: list[Claim], library: SourceLibrary, jobs: int) -> list[Verdict]:
    from concurrent.futures import ProcessPoolExecutor

    from factcheck.index import ARCHIVE_MIN_SOURCES, index_for

    if len(library.paths()) >= ARCHIVE_MIN_SOURCES:
        index_for(library)  # bring the index up to date once, before the workers read it
    workers = _workers(jobs, len(claims))
    # consecutive claims go to one worker, as they tend to share sources it then reads once
    chunk = max(1, len(claims) // (workers * 4))
    with ProcessPoolExecutor(workers, initializer=_start_worker, initargs=(library.folder,)) as pool:
        return list(pool.map(_check_one, claims, chunksize=chunk))  # map keeps the claims' order


def _start_worker(folder: Path) -> None:
    global _library
    _library = SourceLibrary(folder)


def _check_one(claim: Claim) -> Verdict:
    assert _library is not None
    return check(claim, _library)
