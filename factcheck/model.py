"""Plain data passed between the pipeline's stages: claims in, verdicts out.

A record of more than four fields takes at most its first few positionally, the rest by
keyword (`kw_only`, or the `_: KW_ONLY` marker), so every call says what it passes.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import KW_ONLY, dataclass, field
from enum import Enum
from pathlib import Path

from factcheck.codes import CODES


class Status(str, Enum):
    """A claim's outcome, ordered from best to worst (`rank`)."""

    PASS = "pass"
    WARN = "warn"
    FAIL = "fail"
    ERROR = "error"

    @property
    def rank(self) -> int:
        """The status's place in the one ordering of statuses and severities (`RANK`)."""
        return RANK[self.value]

    @classmethod
    def of(cls, severity: str) -> Status:
        """The status a finding of this severity gives its claim (a note leaves it passing)."""
        return cls.PASS if severity == "note" else cls(severity)

    @classmethod
    def worst(cls, statuses: Iterable[Status]) -> Status:
        """The most serious of `statuses`; PASS when there are none."""
        return max(statuses, key=lambda s: s.rank, default=cls.PASS)

    @classmethod
    def of_findings(cls, findings: Iterable[Finding]) -> Status:
        """The status of the most serious finding; PASS when there are none."""
        return cls.worst(cls.of(f.severity) for f in findings)


# Claim statuses and finding severities, from least to most serious: the one ordering of
# both. A note ranks with pass: it never makes a claim worse.
RANK = {"pass": 0, "note": 0, "warn": 1, "fail": 2, "error": 3}
# A claim file's key for each kind of claim, in the order a claim's text is looked for.
KIND_KEYS = {"quote": "quote", "said": "attribution", "date": "date", "figure": "figure"}
# Strictness is about the claim's wording; warnings about the source itself (S: it changed,
# its encoding was guessed) and the run (X: suppressions, baselines) always count as warnings.
STRICTNESS_EXEMPT = ("S", "X")


@dataclass(frozen=True, kw_only=True)
class Problem:
    """Something wrong with a claim file as a whole (it could not be read or parsed)."""

    file: str
    line: int
    column: int
    code: str
    message: str


@dataclass
class ClaimFile:
    path: Path
    display: str
    claims: list[Claim] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


@dataclass(frozen=True)
class Finding:
    """One difference or problem, identified by a stable code (see `factcheck.codes`)."""

    code: str
    message: str
    claim_text: str | None = None  # the claim's words involved, as written
    source_text: str | None = None  # the source's words involved, as written

    @property
    def severity(self) -> str:
        return CODES[self.code].severity

    @property
    def rescaled(self) -> bool:
        """Whether strictness changes what this finding counts as."""
        return self.severity == "warn" and not self.code.startswith(STRICTNESS_EXEMPT)


@dataclass(frozen=True, kw_only=True)
class Claim:
    """One claim as written, every value kept as the string the editor typed."""

    file: str  # the claim file as shown in reports
    line: int
    column: int
    id: str
    kind: str | None  # quote | attribution | date | figure; None when malformed
    fields: dict[str, str]
    sources: tuple[str, ...]  # source references; empty means "every source"
    base_dir: Path  # folder of the claim file, for relative source paths
    language: str = "auto"
    problems: tuple[Finding, ...] = ()  # why the claim cannot be checked (E002, E004)
    sha256: str | None = None  # the pinned hash of its one source's file, lowercase hex
    ignore: tuple[str, ...] = ()  # finding codes the editor suppressed (with fields["reason"])

    def text_hash(self) -> str:
        """A short, stable hash of what the claim says (whitespace runs count as one space):
        how baselines and report fingerprints recognise a claim whose line moved."""
        text = next((self.fields[k] for k in KIND_KEYS if k in self.fields), None)
        if text is None:
            text = "\n".join(f"{k}={v}" for k, v in sorted(self.fields.items()))
        return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Mark:
    """A highlighted range for renderers: `side` is "claim" or "source", offsets in that text."""

    side: str
    start: int
    end: int
    severity: str  # note | warn | fail, or "cue": the source's words naming the speaker


@dataclass(frozen=True)
class Location:
    """A place in a source in the editor's terms: always a line and column of the source's
    text, plus a PDF page, a transcript cue's start time and its speaker where known.

    `extracted` is True when the text was extracted from the file (HTML, PDF, VTT, SRT read
    directly): its lines are then those of the extracted text, not of the file, and the
    paragraph (HTML), page or time is what the editor can open.
    """

    line: int
    column: int
    _: KW_ONLY
    page: int | None = None
    time: str | None = None  # HH:MM:SS.mmm of the transcript cue
    speaker: str | None = None  # the transcript turn's speaker
    paragraph: int | None = None  # of extracted HTML (or Word) text
    extracted: bool = False

    def where(self) -> str:
        """Short form for messages: "line 15", "page 3", "00:01:02.500, Helmi Hasan"."""
        if self.time:
            return self.time + (f", {self.speaker}" if self.speaker else "")
        if self.page:
            return f"page {self.page}"
        if self.paragraph:
            return f"paragraph {self.paragraph}"
        return f"line {self.line}"


@dataclass(frozen=True)
class Context:
    """The source's words just around a passage, within its line (factcheck.text.excerpt.around)."""

    before: str = ""
    after: str = ""
    cut_before: bool = False  # the line goes on before `before`
    cut_after: bool = False  # … and after `after`


@dataclass(frozen=True, kw_only=True)
class Evidence:
    """Where in a source the claim was matched, in the source file's own coordinates."""

    source_id: str
    path: str
    start: int  # character offsets into the source file's text
    end: int
    line: int
    column: int
    end_line: int
    end_column: int
    text: str  # the source's own words
    score: float  # 0-100 similarity of claim and matched passage
    found: bool = True  # False: this is only the closest passage
    location: Location | None = None  # where `start` is, in the editor's terms
    omitted: tuple[int, int] | None = None  # offsets of the middle `text` leaves out (factcheck.text.excerpt)
    context: Context = Context()  # the words around `text` in the source, for human reports


@dataclass(frozen=True)
class Verdict:
    """What a checker returns for one claim."""

    status: Status
    message: str
    findings: tuple[Finding, ...] = ()
    evidence: Evidence | None = None
    _: KW_ONLY
    claim_text: str = ""  # the claim text the marks refer to
    marks: tuple[Mark, ...] = ()


@dataclass(frozen=True)
class Suppressed:
    """A finding kept out of the claim's status by an `ignore:` or a baseline entry."""

    finding: Finding
    by: str  # "ignore" | "baseline"
    reason: str


@dataclass(frozen=True)
class Result:
    claim: Claim
    verdict: Verdict  # after suppressions: findings and status are what still counts
    suppressed: tuple[Suppressed, ...] = ()

    @property
    def skipped(self) -> bool:
        """True when suppressions alone made this claim pass."""
        return self.verdict.status is Status.PASS and any(s.finding.severity != "note" for s in self.suppressed)


@dataclass
class Report:
    results: list[Result] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)  # claim files that could not be read (E006)
    _: KW_ONLY
    notices: list[Problem] = field(default_factory=list)  # run-level findings, e.g. stale baseline entries (X002)
    files: list[str] = field(default_factory=list)  # claim files in the order read
    columns: bool = False  # claims sit in running text (a draft): human reports give their column too

    def place(self, claim: Claim) -> str:
        """Where a claim is, as human reports show it: `file:line`, or `file:line:column`."""
        return f"{claim.file}:{claim.line}" + (f":{claim.column}" if self.columns else "")

    def file_order(self) -> list[str]:
        """Claim files in the order read, then any others the results, problems or notices name."""
        named = [r.claim.file for r in self.results] + [p.file for p in self.problems + self.notices]
        return list(dict.fromkeys(self.files + named))

    def counts(self) -> dict[str, int]:
        counts = {"total": len(self.results)} | {s.value: 0 for s in Status}
        for result in self.results:
            counts[result.verdict.status.value] += 1
        return counts

    @property
    def exit_code(self) -> int:
        """0 all passed or warned, 1 a claim failed, 2 a file or claim errored (the contract)."""
        return self.exit_code_for("fail")

    def exit_code_for(self, fail_on: str) -> int:
        """The exit status under `--fail-on` fail | warn | never. A file or claim that could
        not be checked is 2 whatever the setting; the setting decides what else is 1."""
        counts = self.counts()
        if self.problems or counts["error"]:
            return 2
        if fail_on == "never":
            return 0
        if counts["fail"]:
            return 1
        warned = counts["warn"] or any(CODES[n.code].severity == "warn" for n in self.notices)
        return 1 if fail_on == "warn" and warned else 0
