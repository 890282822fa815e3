"""The whole run: find claim files, read them, check every claim, collect a report."""

from __future__ import annotations

from pathlib import Path

from factcheck.checks import check
from factcheck.claims import read_claim_file
from factcheck.model import Report, Result
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


def run(paths: list[Path], sources: Path) -> Report:
    """Check every claim in `paths` against the sources in folder `sources`."""
    library = SourceLibrary(sources)
    report = Report()
    for path, shown in claim_files(paths):
        claim_file = read_claim_file(path, shown)
        report.files.append(shown)
        report.problems.extend(claim_file.problems)
        report.results.extend(Result(claim, check(claim, library)) for claim in claim_file.claims)
    return report
