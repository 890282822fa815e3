"""What date and figure claims share: the value a source states nearest a claim's context.

The sentences holding the context's words are taken best first (the share of the
context's words they hold); the first sentences holding any value of the kind wanted
are searched, and in each the value nearest the context's words is the one the source
gives for it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from factcheck.text.context import Passage, distance, find_context
from factcheck.text.excerpt import cut
from factcheck.model import Evidence, Finding, Status, Verdict
from factcheck.text.document import Source

V = TypeVar("V")  # a value found in a source: a Figure or a DateMention (start, end, text)
WINDOW = 90  # characters of a long sentence shown on each side of the value


@dataclass(frozen=True)
class Candidate(Generic[V]):
    passage: Passage
    value: V  # the value nearest the context's words in that sentence
    others: tuple[V, ...]  # the sentence's other values, nearest first


def candidates(context: str, source: Source, find: Callable[[Passage], Sequence[V]],
               prefer: Callable[[V], bool] = lambda v: True) -> tuple[list[Passage], list[Candidate[V]]]:
    """The context's sentences, and for the best of them holding values, the value nearest
    the context in each (values `prefer` accepts first)."""
    passages = find_context(context, source)
    for share in sorted({p.share for p in passages}, reverse=True):
        found = []
        for passage in (p for p in passages if p.share == share):
            # page marks and transcript timestamps or labels are not the document's words
            values = [v for v in find(passage) if source.visible(v.start, v.end) == v.text]
            if not values:
                continue
            ranked = sorted(values, key=lambda v: (not prefer(v), distance(passage, v.start, v.end), v.start))
            found.append(Candidate(passage, ranked[0], tuple(ranked[1:])))
        if found:
            return passages, found
    return passages, []


def evidence(source: Source, passage: Passage, focus: tuple[int, int] | None = None) -> Evidence:
    """The passage as evidence; a long sentence is cut to a window around `focus`."""
    start, end = passage.start, passage.end
    if focus is not None and end - start > 3 * WINDOW:
        text = source.text
        lo = max(start, focus[0] - WINDOW)
        hi = min(end, focus[1] + WINDOW)
        while lo > start and not text[lo - 1].isspace():
            lo -= 1
        while hi < end and not text[hi].isspace():
            hi += 1
        start, end = lo, hi
    location = source.locate(start)
    end_line, end_column = source.lines.position(end)
    text, omitted = cut(source.text, start, end, 0)  # a sentence without full stops can be very long
    return Evidence(source.id, source.display, start, end, location.line, location.column, end_line, end_column,
                    text, round(100 * passage.share, 1), location=location, omitted=omitted)


def status_of(findings: Sequence[Finding]) -> Status:
    """The status of the worst finding."""
    severities = {f.severity for f in findings}
    for severity, status in (("error", Status.ERROR), ("fail", Status.FAIL), ("warn", Status.WARN)):
        if severity in severities:
            return status
    return Status.PASS


def nothing_near(what: str, context: str, source: Source, passages: Sequence[Passage], written: str, *,
                 no_context: str, no_value: str) -> Verdict:
    """The failing verdict when the context is not in the source (code `no_context`) or no
    `what` ("date", "figure") is near it (code `no_value`)."""
    if not passages:
        finding = Finding(no_context, f'the context "{context}" is not in {source.id}')
        return Verdict(Status.FAIL, finding.message, (finding,), claim_text=written)
    where = evidence(source, passages[0])
    finding = Finding(no_value, f'{source.id} gives no {what} near "{context}" ({where.location.where()})',
                      source_text=where.text)
    return Verdict(Status.FAIL, finding.message, (finding,), where, written)
