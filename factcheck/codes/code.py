"""What a finding code is (`Code`) and how its examples are written (`Example`).

An example is a small project that `factcheck` runs as an editor would: a source, a claim
file, and whatever else the code is about (a draft, a baseline, a broken claim file).
tests/codes/test_examples.py runs every one and checks that the failing example reports
its code, with the words the example says it reports, and that the passing one passes
without it, so an example cannot drift from what factcheck does.
"""

from __future__ import annotations

from dataclasses import dataclass

SEVERITIES = ("note", "warn", "fail", "error")
SOURCE_ID = "article"  # the example's source: sources/article.md
SOURCE_PATH = f"sources/{SOURCE_ID}.md"
CLAIMS_PATH = "claims/story.yaml"


@dataclass(frozen=True)
class Example:
    """A project that shows a code (or, in a code's passing example, its absence)."""

    claims: str = ""  # the claims of claims/story.yaml, as YAML list items; the file's source is `article`
    source: str = ""  # the text of sources/article.md; "" for no such file
    says: str = ""  # the failing example: (the start of) the finding's message, as factcheck reports it
    files: tuple[tuple[str, str], ...] = ()  # the project's other files (path, text), e.g. a draft
    args: str = "check"  # factcheck's command line, without the report format
    encoding: str = "utf-8"  # how sources/article.md is saved
    comment: str = ""  # what the files cannot show

    def project(self) -> dict[str, str]:
        """Every file of the project by its path (relative to the project's folder)."""
        found = {}
        if self.source:
            found[SOURCE_PATH] = self.source
        if self.claims:
            found[CLAIMS_PATH] = f"source: {SOURCE_ID}\nclaims:\n" + "".join(
                f"  {line}\n" if line else "\n" for line in self.claims.splitlines())
        return found | dict(self.files)


@dataclass(frozen=True)
class Code:
    """A finding code: stable once published; its text lives here only. A code that is no
    longer reported is kept, `retired` naming its successor, so claim files that `ignore:`
    it stay valid (and are told it suppresses nothing, X001)."""

    code: str
    name: str
    severity: str  # note | warn | fail | error
    summary: str  # one line
    explanation: str  # what it means and when it is reported, in a paragraph or two
    passing: Example  # a claim that passes without this code
    failing: Example  # a claim reported with this code (for a note: still passing; retired: with `retired`)
    retired: str = ""  # the code reported instead once this one is no longer reported; "" while it is

    def __post_init__(self) -> None:
        if self.severity not in SEVERITIES:
            raise ValueError(f"{self.code}: severity {self.severity!r} is not one of {SEVERITIES}")
