"""The whole run: find claim files, read them, check every claim, settle, collect a report."""

from __future__ import annotations

import glob
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck.checks import check
from factcheck.claims import read_claim_file
from factcheck.model import Report, Result
from factcheck.policy import settle
from factcheck.sources import SourceLibrary

if TYPE_CHECKING:
    from factcheck.baseline import Baseline

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
        baseline: Baseline | None = None, progress: Progress | None = None,
        roots: tuple[Path, ...] | None = None, allow_outside_root: bool = False) -> Report:
    """Check every claim in `paths` against the sources in folder `sources`. `language` is
    the default for claim files that name none; `progress` is told after every claim; sources
    must be inside `roots` (default: the working directory) unless `allow_outside_root`."""
    library = SourceLibrary(sources, roots, allow_outside_root)
    report = Report()
    claims = []
    for path, shown in claim_files(paths):
        claim_file = read_claim_file(path, shown, language)
        report.files.append(shown)
        report.problems.extend(claim_file.problems)
        claims.extend(claim_file.claims)
    for done, claim in enumerate(claims, start=1):
        report.results.append(settle(Result(claim, check(claim, library)), strictness))
        if progress is not None:
            progress(done, len(claims))
    return baseline.apply(report, strictness) if baseline is not None else report
