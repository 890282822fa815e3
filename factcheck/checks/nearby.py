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

from factcheck.checks.evidence import passage_evidence
from factcheck.text.context import Passage, distance, find_context
from factcheck.model import Finding, Status, Verdict
from factcheck.text.document import Source

V = TypeVar("V")  # a value found in a source: a Figure or a DateMention (start, end, text)


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


def nothing_near(what: str, context: str, source: Source, passages: Sequence[Passage], written: str, *,
                 no_context: str, no_value: str) -> Verdict:
    """The failing verdict when the context is not in the source (code `no_context`) or no
    `what` ("date", "figure") is near it (code `no_value`)."""
    if not passages:
        finding = Finding(no_context, f'the context "{context}" is not in {source.id}')
        return Verdict(Status.FAIL, finding.message, (finding,), claim_text=written)
    where = passage_evidence(source, passages[0])
    finding = Finding(no_value, f'{source.id} gives no {what} near "{context}" ({where.location.where()})',
                      source_text=where.text)
    return Verdict(Status.FAIL, finding.message, (finding,), where, claim_text=written)
