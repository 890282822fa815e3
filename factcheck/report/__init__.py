"""Renderers: they turn a `Report` into text and do nothing else. One module per format.

`render(report, name, options)` is the one entry point; each module has
`render(report, options) -> str`.
"""

from __future__ import annotations

import hashlib
import importlib
import json as _json  # (the name json is the submodule report.json)
import re
from dataclasses import KW_ONLY, dataclass
from pathlib import Path

from factcheck.model import RANK, Evidence, Finding, Mark, Report, Result, Status, Suppressed

# format name -> (module under factcheck.report, what it is for)
FORMATS: dict[str, tuple[str, str]] = {
    "full": ("full", "the human report, grouped by claim file, with the source's words"),
    "concise": ("concise", "one line per finding: file:line:col: CODE status message"),
    "json": ("json", "one JSON document (the version 1 contract; schemas/report.schema.json)"),
    "jsonl": ("jsonl", "one JSON object per line: each result, file problem and notice, then the summary"),
    "sarif": ("sarif", "SARIF 2.1.0 for code scanning"),
    "junit": ("junit", "JUnit XML, one testcase per claim"),
    "github": ("github", "GitHub Actions workflow commands (annotations)"),
    "gitlab": ("gitlab", "GitLab Code Quality JSON"),
    "markdown": ("markdown", "Markdown for a pull-request comment or job summary"),
    "html": ("html", "one self-contained HTML page: charts, filters, claim and source side by side"),
}


# -- output is data, never commands ------------------------------------------------------------
# What a claim file, a source or a file name holds reaches terminals, CI logs, annotations and
# scripts: control characters (escape sequences, DEL, C1 controls), line and paragraph
# separators and bidirectional overrides are shown as escapes, never written raw; a lone
# surrogate (which no file may hold) is U+FFFD.
_C0 = "\x00-\x1f"
_OTHERS = "\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff\ufffe\uffff\ud800-\udfff"
_UNSAFE = re.compile(f"[{_C0}{_OTHERS}]")
_UNSAFE_KEEPING_LINES = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f{_OTHERS}]")  # tabs and line ends kept
_JSON_UNSAFE = re.compile(f"[{_OTHERS}]")  # JSON escapes the C0 controls itself


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    if "\ud800" <= char <= "\udfff":
        return "\ufffd"
    return f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}"


def flat(text: str) -> str:
    """`text` on one line (whitespace runs, line breaks included, are one space) with every
    control character shown as an escape: safe in any line-based format and on a terminal."""
    return _UNSAFE.sub(_escape, " ".join(text.split()))


def inline(text: str) -> str:
    """`flat`, keeping a space at either end where `text` has whitespace there: a piece of a
    line set beside other pieces (a highlighted word and the words around it)."""
    stripped = text.strip()
    if not stripped:
        return " " if text else ""
    return (" " if text[0].isspace() else "") + flat(stripped) + (" " if text[-1].isspace() else "")


def visible(text: str) -> str:
    """`text` with its line ends and tabs kept and every other control character shown as
    an escape (multi-line fields: XML reports, GitHub annotations)."""
    return _UNSAFE_KEEPING_LINES.sub(_escape, text)


def json_text(document: object, indent: int | None = 2) -> str:
    """`document` as JSON, non-ASCII text as it is, except what `flat` escapes (which JSON
    would otherwise write raw); lone surrogates become U+FFFD, so the text encodes as UTF-8."""
    text = _json.dumps(document, ensure_ascii=False, indent=indent)
    return _JSON_UNSAFE.sub(lambda m: "\ufffd" if "\ud800" <= m.group() <= "\udfff" else f"\\u{ord(m.group()):04x}",
                            text)


@dataclass(frozen=True)
class Options:
    color: bool = False
    width: int | None = None  # the terminal's width; None when not a terminal
    fail_on: str = "fail"  # formats without a "warning" outcome (JUnit) fail warnings under "warn"


@dataclass(frozen=True)
class Output:
    """One `--format FORMAT[:PATH]`: where a format goes (None: standard output)."""

    format: str
    path: Path | None = None

    def __str__(self) -> str:
        return self.format if self.path is None else f"{self.format}:{self.path.as_posix()}"


def parse_output(spec: str) -> Output:
    """`FORMAT` or `FORMAT:PATH`; raises ValueError naming the known formats."""
    name, _, path = spec.partition(":")
    name = name.strip().lower()
    if name not in FORMATS:
        raise ValueError(f"unknown format {name!r}; choose from {', '.join(FORMATS)}")
    if _ and not path.strip():
        raise ValueError(f"{spec!r}: no file after the colon")
    return Output(name, Path(path) if path.strip() else None)


def render(report: Report, name: str, options: Options = Options()) -> str:
    module = importlib.import_module(f"factcheck.report.{FORMATS[name][0]}")
    return module.render(report, options)


@dataclass(frozen=True)
class Issue:
    """One line of a findings list: a finding that counts, or one that was suppressed."""

    result: Result
    finding: Finding
    status: str  # fail | warn | error, or "skipped"
    occurrence: int  # 0 for the first finding with this code in the claim, 1 for the next …
    _: KW_ONLY
    suppressed: Suppressed | None = None  # by what and why, when status is "skipped"


def issues(result: Result, skipped: bool = True) -> list[Issue]:
    """The claim's findings worth a line (notes aside), then its suppressed ones.

    An issue's status is its finding's severity as the claim's status counted it: under
    `strictness = "lenient"` warnings are left out, under "strict" they show as fail. A
    claim whose status no finding explains gets one line with the verdict's message."""
    out: list[Issue] = []
    seen: dict[str, int] = {}

    def add(finding: Finding, status: str, suppressed: Suppressed | None = None) -> None:
        out.append(Issue(result, finding, status, seen.get(finding.code, 0), suppressed=suppressed))
        seen[finding.code] = seen.get(finding.code, 0) + 1

    claim_status = result.verdict.status.value
    top = max((RANK[f.severity] for f in result.verdict.findings), default=0)
    for finding in result.verdict.findings:
        status = finding.severity
        if status == "note" or (RANK[status] > RANK[claim_status] and finding.rescaled):
            continue
        add(finding, claim_status if finding.rescaled and top < RANK[claim_status] else status)
    if claim_status != "pass" and not out:
        add(Finding("", result.verdict.message), claim_status)
    if skipped:
        for s in result.suppressed:
            if s.finding.severity != "note":
                add(s.finding, "skipped", s)
    return out


def summary_extras(report: Report) -> list[tuple[str, str]]:
    """What the counts leave out, as (text, kind): kind is "problems", "suppressed" or "notices"."""
    def plural(n: int, word: str) -> str:
        return f"{n} {word}{'s' if n != 1 else ''}"

    suppressed = sum(1 for r in report.results for s in r.suppressed if s.finding.severity != "note")
    extras = [(plural(len(report.problems), "claim file problem"), "problems") if report.problems else None,
              (plural(suppressed, "finding") + " suppressed", "suppressed") if suppressed else None,
              (plural(len(report.notices), "notice"), "notices") if report.notices else None]
    return [extra for extra in extras if extra is not None]


def summary_line(report: Report) -> str:
    """`5 claims: 4 pass, 0 warn, 1 fail, 0 error` plus problems, suppressions and notices."""
    counts = report.counts()
    text = f"{counts['total']} claim{'s' if counts['total'] != 1 else ''}: " + ", ".join(
        f"{counts[s.value]} {s.value}" for s in Status)
    return text + "".join("; " + extra for extra, _ in summary_extras(report))


def fingerprint(issue: Issue) -> str:
    """A stable id for a finding across runs: claim file, claim id, code, the claim's text
    and the finding's place among its code's findings, never line numbers."""
    claim = issue.result.claim
    key = "\0".join((claim.file, claim.id, issue.finding.code, claim.text_hash(), str(issue.occurrence)))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def location_label(evidence: Evidence) -> str:
    """"sources/a.md:15:3"; for extracted text the page, time and speaker or paragraph
    instead of its line ("sources/r.pdf, page 3", "sources/i.vtt @ 00:01:02.500, Helmi Hasan")."""
    where = evidence.location
    if where is None:
        return f"{evidence.path}:{evidence.line}:{evidence.column}"
    label = evidence.path if where.extracted else f"{evidence.path}:{where.line}:{where.column}"
    if where.time:
        label += f" @ {where.time}" + (f", {where.speaker}" if where.speaker else "")
    elif where.page:
        label += f", page {where.page}"
    elif where.paragraph:
        label += f", paragraph {where.paragraph}"
    elif where.extracted:
        label += f", extracted line {where.line}"
    return label


def segments(text: str, offset: int, marks: tuple[Mark, ...], side: str,
             kinds: tuple[str, ...] = ("fail", "warn")) -> list[tuple[str, str | None]]:
    """`text`, which starts at `offset` in its document, cut into runs of (piece, kind): the
    kind (a mark's severity, one of `kinds`) where one of this side's marks covers the piece,
    None between. Of overlapping marks the first is shown."""
    spans = sorted(
        (max(m.start - offset, 0), min(m.end - offset, len(text)), m.severity)
        for m in marks
        if m.side == side and m.severity in kinds and m.end > offset and m.start < offset + len(text)
    )
    out: list[tuple[str, str | None]] = []
    at = 0
    for start, end, kind in spans:
        if start < at:
            continue
        if start > at:
            out.append((text[at:start], None))
        out.append((text[start:end], kind))
        at = end
    if at < len(text):
        out.append((text[at:], None))
    return out


# -- recognising factcheck's own outputs ----------------------------------------------------
# A report is written over an existing file only when that file is one of factcheck's own
# reports (factcheck.trust): what each format always begins (or, for `full`, ends) with.
_HEADS = (
    b'{\n  "version": 1,\n  "summary": {\n    "total": ',  # json
    b'{\n  "version": 1,\n  "comment": "factcheck baseline',  # a baseline (factcheck.run.baseline)
    b'{"type": "result", ', b'{"type": "error", ', b'{"type": "notice", ', b'{"type": "summary", ',  # jsonl
    b'<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="factcheck"',  # junit
    b"### factcheck \xe2\x80\x94 ",  # markdown
    b"[]\n", b'[\n  {\n    "type": "issue",\n    "check_name": "factcheck',  # gitlab
)
_SARIF = re.compile(rb'\A\{\s*"\$schema": "[^"]*sarif[^"]*",\s*"version": "2\.1\.0",\s*"runs": \[\s*\{\s*"tool": '
                    rb'\{\s*"driver": \{\s*"name": "factcheck"')
_CONCISE = re.compile(rb"[^\n]*:\d+:\d+: (?:[A-Z]\d{3} )?(?:error|fail|warn|skipped) [^\n]*")
_GITHUB = re.compile(rb"::(?:error|warning|notice) [^\n]*title=factcheck[^\n]*")
_SUMMARY = re.compile(rb"(?:\x1b\[[0-9;]*m)*\d+ claims?: .*\d+ error")
_HTML = re.compile(rb"\A<!DOCTYPE html>\n<html[^>]*>\n<head>\n(?:<meta [^\n]*\n){1,4}<title>factcheck \xe2\x80\x94 ")


def written_by_factcheck(head: bytes, tail: bytes) -> bool:
    """Do these first and last bytes of a file look like a report factcheck wrote?"""
    if head.startswith(_HEADS) or _SARIF.match(head) or _HTML.match(head):
        return True
    lines = head.split(b"\n")[:-1][:50]  # whole lines (the last piece is "" or cut off)
    if lines and all(_CONCISE.fullmatch(line) or _GITHUB.fullmatch(line) for line in lines if line):
        return any(lines)
    last = tail.rstrip(b"\n").rpartition(b"\n")[2]
    return bool(_SUMMARY.match(last))  # full: ends with its summary line
