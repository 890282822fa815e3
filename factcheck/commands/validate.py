"""`factcheck validate`: claim files against the schema only, without reading any source.

Every problem `factcheck check` would report before looking at a source (YAML syntax,
file shape, unknown keys, missing or doubled kinds, bad dates, duplicate ids, unknown
codes in `ignore`) is found, as `file:line:col: CODE error message` lines.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

from factcheck.claims.claimfile import read_claim_file
from factcheck.commands import fail, settings
from factcheck.run.config import ConfigError
from factcheck.report import flat
from factcheck.run.pipeline import UsageError, claim_files
from factcheck.trust import Boundary


@dataclass
class Validation:
    files: int = 0
    claims: int = 0
    lines: list[str] = field(default_factory=list)

    @property
    def summary(self) -> str:
        verdict = "all valid" if not self.lines else f"{len(self.lines)} problem{'s' if len(self.lines) != 1 else ''}"
        return (f"{self.files} claim file{'s' if self.files != 1 else ''}, "
                f"{self.claims} claim{'s' if self.claims != 1 else ''}: {verdict}")


def execute(paths: list[Path], config: Path | None = None, isolated: bool = False) -> int:
    """Print each problem as a line, the summary on standard error; exit 2 when any."""
    try:
        configured = settings(config, isolated)
        boundary = configured.boundary()
        validation = validate(paths or configured["claims"], configured["language"], boundary,
                              bool(paths) or not configured.from_file("claims"))
    except (ConfigError, UsageError) as exc:
        return fail(str(exc))
    for line in validation.lines:
        print(flat(line))
    print(validation.summary, file=sys.stderr)
    return 2 if validation.lines else 0


def validate(paths: list[Path], language: str = "auto", boundary: Boundary | None = None,
             by_user: bool = True) -> Validation:
    """Read every claim file under `paths` (raises pipeline.UsageError for a missing path, or
    one the trust `boundary` refuses)."""
    validation = Validation()
    for path, shown in claim_files(paths, boundary, by_user):
        claim_file = read_claim_file(path, shown, language)
        validation.files += 1
        validation.claims += len(claim_file.claims)
        for problem in claim_file.problems:
            validation.lines.append(f"{problem.file}:{problem.line}:{problem.column}: {problem.code} error {problem.message}")
        for claim in claim_file.claims:
            for finding in claim.problems:
                validation.lines.append(f"{claim.file}:{claim.line}:{claim.column}: {finding.code} error "
                                        f"{finding.message} (claim {claim.id})")
    return validation
