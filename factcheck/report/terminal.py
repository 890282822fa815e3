"""The human report: grouped by claim file, the source's words beside the claim's.

Without colour (piped output, NO_COLOR) differences are marked in the text itself:
``{+claim words+}`` and ``[-source words-]``, as wdiff does.
"""

from __future__ import annotations

from rich.console import Console
from rich.text import Text

from factcheck.codes import CODES
from factcheck.text.excerpt import OMISSION
from factcheck.model import Evidence, Mark, Report, Result, Status
from factcheck.report import location_label, segments, summary_extras

STATUS_STYLE = {
    Status.PASS: "bold green",
    Status.WARN: "bold yellow",
    Status.FAIL: "bold red",
    Status.ERROR: "bold magenta",
}
SEVERITY_STYLE = {"fail": "bold red", "warn": "yellow", "note": "dim", "error": "magenta"}
EXTRA_STYLE = {"problems": STATUS_STYLE[Status.ERROR], "suppressed": "dim", "notices": "bold yellow"}
INDENT = " " * 9


def render(report: Report, console: Console) -> None:
    for file in report.file_order():
        console.print(Text(file, style="bold underline"))
        for problem in (p for p in report.problems if p.file == file):
            line = Text("  ")
            line.append("ERROR", STATUS_STYLE[Status.ERROR])
            line.append(f"  {problem.file}:{problem.line}:{problem.column}: {problem.message} [{problem.code}]")
            console.print(line)
        for result in (r for r in report.results if r.claim.file == file):
            _result(result, console, report.place(result.claim))
        for notice in (n for n in report.notices if n.file == file):
            line = Text("  ")
            line.append("WARN ", STATUS_STYLE[Status.WARN])
            line.append(f"  {notice.file}:{notice.line}: {notice.message} [{notice.code}]")
            console.print(line)
        console.print()
    console.print(summary(report))


def summary(report: Report) -> Text:
    counts = report.counts()
    text = Text(f"{counts['total']} claim{'s' if counts['total'] != 1 else ''}: ")
    parts = [(status, counts[status.value]) for status in Status]
    for n, (status, count) in enumerate(parts):
        text.append(f"{count} {status.value}", STATUS_STYLE[status] if count else "dim")
        text.append(", " if n < len(parts) - 1 else "")
    for extra, kind in summary_extras(report):
        text.append(f"; {extra}", EXTRA_STYLE[kind])
    return text


def _result(result: Result, console: Console, place: str) -> None:
    claim, verdict = result.claim, result.verdict
    head = Text("  ")
    if result.skipped:
        head.append("SKIP ", "bold dim")
    else:
        head.append(f"{verdict.status.value.upper():5}", STATUS_STYLE[verdict.status])
    head.append(f"  {claim.id}", "bold")
    head.append(f"  {place}", "cyan")
    head.append(f"  {verdict.message}")
    console.print(head)
    for suppressed in result.suppressed:
        if suppressed.finding.severity != "note":
            line = Text(INDENT)
            line.append(suppressed.finding.code, "dim")
            line.append(f" {CODES[suppressed.finding.code].name}", "dim")
            line.append(f"  skipped ({suppressed.by}: {suppressed.reason})  {suppressed.finding.message}", "dim")
            console.print(line)
    if verdict.status is Status.PASS:
        return
    plain = console.color_system is None
    if verdict.evidence is not None and verdict.claim_text:
        console.print(_labelled("claim ", _marked(verdict.claim_text, 0, verdict.marks, "claim", plain)))
        console.print(_labelled("source", _source_text(verdict.evidence, verdict.marks, plain)))
    for finding in verdict.findings:
        if finding.message == verdict.message:
            continue  # already the headline
        line = Text(INDENT)
        line.append(finding.code, SEVERITY_STYLE[finding.severity])
        line.append(f" {CODES[finding.code].name}", "dim")
        line.append(f"  {finding.message}")
        console.print(line)


def _labelled(label: str, body: Text) -> Text:
    text = Text(INDENT)
    text.append(label, "dim")
    text.append("  ")
    text.append_text(body)
    return text


def _source_text(evidence: Evidence, marks: tuple[Mark, ...], plain: bool) -> Text:
    if evidence.omitted is None:
        text = _marked(evidence.text, evidence.start, marks, "source", plain)
    else:  # a cut passage: its beginning, "…", its end
        head, tail = evidence.omitted
        split = head - evidence.start
        text = _marked(evidence.text[:split], evidence.start, marks, "source", plain)
        text.append(OMISSION, "dim")
        text.append_text(_marked(evidence.text[split + len(OMISSION):], tail, marks, "source", plain))
    text.append(f"  ({location_label(evidence)})", "cyan")
    return text


def _marked(text: str, offset: int, marks: tuple[Mark, ...], side: str, plain: bool) -> Text:
    """`text` (starting at `offset` in its document) with this side's marks highlighted."""
    out = Text()
    open_, close = ("{+", "+}") if side == "claim" else ("[-", "-]")
    for piece, severity in segments(text, offset, marks, side):
        if severity is None:
            out.append(_flat(piece))
        else:
            out.append(f"{open_}{_flat(piece)}{close}" if plain else _flat(piece), SEVERITY_STYLE[severity] + " underline")
    return out


def _flat(text: str) -> str:
    return text.replace("\r", " ").replace("\n", " ")
