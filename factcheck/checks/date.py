"""Date claims: the source must date the event `context` describes on that day.

In the source's sentences holding the context's words, the date expression nearest those
words is the source's date for the event: "Jumat (24/10/2025)", "24 Oktober 2025", "Oct.
24, 2025", or a relative one ("kemarin", "Jumat lalu", "last Friday") resolved against
the source's `published` date. A weekday that contradicts its own date is flagged.

Examples of every code it reports are in `factcheck.codes` (`factcheck explain CODE`).
"""

from __future__ import annotations

import datetime as dt

from factcheck.checks.evidence import best_verdict, passage_evidence
from factcheck.checks.nearby import Candidate, candidates, nothing_near
from factcheck.lang import tables
from factcheck.text.context import Passage
from factcheck.text.dates import DateMention, find_dates
from factcheck.model import Claim, Finding, Mark, Status, Verdict
from factcheck.text.document import Source

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def check_date(claim: Claim, sources: list[Source]) -> Verdict:
    """Judge a date claim against each of its sources; the best verdict wins."""
    day = dt.date.fromisoformat(claim.fields["date"].strip())  # validated when the claim was read
    verdicts = [judge(claim, day, source) for source in sources]
    return best_verdict(verdicts)


def judge(claim: Claim, day: dt.date, source: Source) -> Verdict:
    """The date claim against one source."""
    language = source.language if source.language != "auto" else claim.language
    context = " ".join(claim.fields["context"].split())
    written = claim.fields["date"].strip()

    def dates(passage: Passage) -> list[DateMention]:
        return find_dates(source.text, language, source.published, passage.start, passage.end)

    passages, found = candidates(context, source, dates)
    if not found:
        return nothing_near("date", context, source, passages, written, no_context="D303", no_value="D302")
    verdicts = [_judge_one(day, written, source, c, language) for c in found]
    return best_verdict(verdicts)


def _judge_one(day: dt.date, written: str, source: Source, found: Candidate[DateMention],
               language: str) -> Verdict:
    said = found.value
    where = passage_evidence(source, found.passage, (said.start, said.end))
    findings = _compare(day, said, source, language)
    if said.weekday is not None and said.exact and said.first.weekday() != said.weekday:
        named = _WEEKDAYS[said.weekday]
        findings.append(Finding("D201", f'the source says "{said.text}": {named}, but {_long(said.first)}',
                                written, said.text))
    status = Status.of_findings(findings)
    severity = {Status.FAIL: "fail", Status.WARN: "warn"}.get(status, "note")
    marks = (Mark("claim", 0, len(written), severity), Mark("source", said.start, said.end, severity))
    at = f"{source.id} ({where.location.where()})"
    top = next((f for f in findings if f.severity in ("fail", "warn")), None)
    if status is Status.FAIL:
        message = f"{top.message} — {at}"
    else:
        message = f'the source says "{said.text}" — {at}' + (f"; {top.message}" if top else "")
    return Verdict(status, message, tuple(findings), where, claim_text=written, marks=marks)


def _compare(day: dt.date, said: DateMention, source: Source, language: str) -> list[Finding]:
    """Findings on the claim's `day` against the source's date expression."""
    text, claimed = said.text, _long(day)
    if said.first is None:  # not placed in time: compare what the source does give
        if said.relative and said.weekday is None:
            return [Finding("D304", f'the source says "{text}" but gives no published date to resolve it '
                                    f"(add `published: YYYY-MM-DD` to its front matter)", None, text)]
        if said.month_day is not None:
            agrees = said.month_day == (day.month, day.day)
            what = "gives no year"
        else:
            agrees = said.weekday == day.weekday()
            what = "gives only the weekday, with no published date to place it"
        if not agrees:
            return [Finding("D301", f'date differs: the source says "{text}", the claim {claimed}', None, text)]
        return [Finding("D203", f'the source says "{text}": it {what}; what it gives agrees', None, text)]
    if not said.exact:
        span = f"{_long(said.first)} – {_long(said.last)}"
        if said.first <= day <= said.last:
            return [Finding("D202", f'the source says only "{text}" ({span})', None, text)]
        return [Finding("D301", f'date differs: the source says "{text}" ({span}), the claim {claimed}', None, text)]
    notes = []
    if said.relative:
        notes.append(Finding("D101", f'"{text}" is {_long(said.first)}, counted from the published date '
                                     f"{source.published.isoformat()}"))
    if said.year_inferred:
        notes.append(Finding("D102", f'"{text}" gives no year; {said.first.year} from the published date'))
    if said.first == day:
        if said.other_reading is not None:
            other = f'"{text}" would be {_long(said.other_reading)} read the other way round'
            if language == "auto":
                notes.append(Finding("D204", f"the order of day and month is ambiguous: {other}; "
                                             f"set the source's language to decide", None, text))
            else:
                notes.append(Finding("D103", f"read in the source language's order; {other}"))
        return notes
    message = f'date differs: the source dates it {_long(said.first)} ("{text}"), the claim {claimed}'
    if said.other_reading == day:
        if language == "auto":
            return notes + [Finding("D204", f'the order of day and month is ambiguous: "{text}" is '
                                            f"{claimed} read month first; set the source's language to decide",
                                    None, text)]
        message += f" (that would be reading it the other way round, which {tables(language).name} does not)"
    return notes + [Finding("D301", message, None, text)]


def _long(day: dt.date) -> str:
    """A date as reports show it, whatever the languages: "2025-10-24 (Friday)"."""
    return f"{day.isoformat()} ({_WEEKDAYS[day.weekday()]})"

