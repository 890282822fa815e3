"""What date and figure claims share: the value a source ties to a claim's context.

A value belongs to the event or quantity the sentence around it speaks of. The sentences
holding the context's words are found (`factcheck.text.context.find_context`); only those
holding the most of them describe it. In each that states values of the kind wanted, the
value the context's words are tied to is the source's value for it: a word between two
values goes to the nearer (a comma between counts extra, so the clause first), the value
holding most of them wins, the nearest on a tie (`factcheck.text.context.tie_values`). When they state none, a value in the sentence just
before or after may still be the event's ("… pada Jumat (24/10/2025). Penandatanganan
tersebut dilakukan …"), but only to warn; a sentence holding fewer of the context's words —
the dateline, another event — never lends its value: the source then dates (or counts)
nothing for the context.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Generic, TypeVar

from factcheck.checks.evidence import best_verdict, passage_evidence
from factcheck.lang import tables
from factcheck.text.context import Passage, find_context, tie_values
from factcheck.text.sentences import sentences
from factcheck.model import Finding, Status, Verdict
from factcheck.text.document import Source

V = TypeVar("V")  # a value found in a source: a Figure or a DateMention (start, end, text)


@dataclass(frozen=True)
class Candidate(Generic[V]):
    passage: Passage  # the sentence the value is in
    value: V  # the value nearest the context's words in that sentence
    others: tuple[V, ...]  # the sentence's other values, nearest first
    neighbour: str = ""  # "before" / "after": the value is in the sentence next to the context's


def candidates(context: str, source: Source, find: Callable[[Passage], Sequence[V]],
               prefer: Callable[[V], bool] = lambda v: True, counts: Callable[[V], bool] = lambda v: False,
               fits: Callable[[V], bool] = lambda v: True) -> tuple[list[Passage], list[Candidate[V]]]:
    """The context's sentences (those that show the source speaks of it: `Passage.strong`),
    and for each of the best of them the value it ties to the context: the one followed by
    what the claim counts (`counts`), else the one holding most of the context's words (a
    value's unit word only for one that `fits` the claim: `tie_values`); on a tie one that
    fits, the nearest, one `prefer` accepts; failing that, the value of a sentence next to one."""
    passages = find_context(context, source)
    if not passages:
        return passages, []
    best = [p for p in passages if p.share == passages[0].share]
    found = [c for p in best if (c := _nearest(source, p, find, prefer, counts, fits)) is not None]
    passages = [p for p in passages if p.strong]
    if found:
        return passages, found
    spans = sentences(source)
    for passage in (p for p in best if p.strong):
        for side, index in (("before", passage.index - 1), ("after", passage.index + 1)):
            if 0 <= index < len(spans) and not _paragraph_break(source, passage, spans[index]):
                start, end = spans[index]
                # the neighbour's values, measured from the edge next to the context's sentence
                edge = passage.start if side == "before" else passage.end
                near = Passage(start, end, passage.share, ((edge, edge),), text=source.text, index=index)
                candidate = _nearest(source, near, find, prefer, counts, fits)
                if candidate is not None:
                    found.append(Candidate(near, candidate.value, candidate.others, side))
    return passages, found


def _nearest(source: Source, passage: Passage, find: Callable[[Passage], Sequence[V]],
             prefer: Callable[[V], bool], counts: Callable[[V], bool],
             fits: Callable[[V], bool]) -> Candidate[V] | None:
    # page marks and transcript timestamps or labels are not the document's words
    values = [v for v in find(passage) if source.visible(v.start, v.end) == v.text]
    if not values:
        return None
    ties = tie_values(passage, [(v.start, v.end) for v in values], [fits(v) for v in values])
    held, near = _one_quantity(source, values, [held for held, _ in ties], [near for _, near in ties])
    order = sorted(range(len(values)), key=lambda k: (not counts(values[k]), -held[k], not fits(values[k]), near[k],
                                                      not prefer(values[k]), values[k].start))
    return Candidate(passage, values[order[0]], tuple(values[k] for k in order[1:]))


def _one_quantity(source: Source, values: Sequence[V], held: list[int],
                  near: list[float]) -> tuple[list[int], list[float]]:
    """The context words each value holds and how near they are, values that name one
    quantity twice ("28.294 suara atau 29,08 persen") sharing theirs: the claim's kind decides
    between them."""
    links = tables(source.language).same_value_links
    held, near = list(held), list(near)
    order = sorted(range(len(values)), key=lambda k: values[k].start)
    for a, b in zip(order, order[1:]):
        gap = source.text[values[a].end : values[b].start]
        words = re.sub(r"[(),]", " ", gap).casefold().split()
        # the link, maybe after the word the first value counts: "28.294 suara atau 29,08 persen"
        linked = any(" ".join(words[-k:]) in links and len(words) - k <= 1 for k in range(1, min(3, len(words)) + 1))
        if linked or (len(words) <= 1 and "(" in gap):
            held[a] = held[b] = max(held[a], held[b])
            near[a] = near[b] = min(near[a], near[b])
    return held, near


def _paragraph_break(source: Source, passage: Passage, other: tuple[int, int]) -> bool:
    """Is there a blank line between the context's sentence and the other one?"""
    lo, hi = (other[1], passage.start) if other[0] < passage.start else (passage.end, other[0])
    return source.text.count("\n", lo, hi) >= 2


def judged(found: Sequence[Candidate[V]], judge: Callable[[Candidate[V]], Verdict],
           nothing: Callable[[], Verdict], loose: str) -> Verdict:
    """The best verdict on the candidates. A value of the sentence next to the context's only
    supports a claim (a warning): one that disagrees says nothing about the context's event,
    so with nothing else the source gives nothing for it (`nothing`). Sentences holding one
    word of a longer context each (`Passage.strong` false) that give different values leave
    it open which is the context's: the best is a warning (code `loose`)."""
    judged_ = [(c, v) for c in found if (v := judge(c)).status is not Status.FAIL or not c.neighbour]
    if not judged_:
        return nothing()
    best = best_verdict(v for _, v in judged_)
    weak = [c for c, _ in judged_ if not c.passage.strong]
    if weak and best.status is Status.PASS and len({v.status for _, v in judged_}) > 1:
        words = ", ".join(dict.fromkeys(f'"{source_words(c)}"' for c in weak))
        finding = Finding(loose, f"the sentences holding one word of the context each ({words}) give "
                                 f"different values; which is the context's is not clear")
        return replace(best, status=Status.WARN, findings=best.findings + (finding,),
                       message=f"{best.message}; {finding.message}")
    return best


def source_words(candidate: Candidate) -> str:
    """The context's words a candidate's sentence holds, as written there."""
    passage = candidate.passage
    return " ".join(dict.fromkeys(passage.text[a:b] for a, b in passage.hits))


def neighbour_finding(code: str, found: Candidate, what: str) -> Finding | None:
    """The warning that the value is in the sentence before or after the context's (code)."""
    if not found.neighbour:
        return None
    return Finding(code, f'the source gives {what} "{found.value.text}" in the sentence {found.neighbour} the one '
                         f"that speaks of the context, not in it", None, found.value.text)


def nothing_near(what: str, verb: str, context: str, source: Source, passages: Sequence[Passage], written: str, *,
                 no_context: str, no_value: str) -> Verdict:
    """The failing verdict when the context is not in the source (code `no_context`) or the
    source ties no `what` ("date", "figure") to it (code `no_value`; `verb`: "dates nothing",
    "gives no figure")."""
    if not passages:
        finding = Finding(no_context, f'the context "{context}" is not in {source.id}: no sentence holds '
                                      f"enough of its words")
        return Verdict(Status.FAIL, finding.message, (finding,), claim_text=written)
    where = passage_evidence(source, passages[0])
    finding = Finding(no_value, f'{source.id} {verb} for "{context}": the sentence that speaks of it '
                                f"({where.location.where()}) gives no {what}, nor do the sentences next to it",
                      source_text=where.text)
    return Verdict(Status.FAIL, finding.message, (finding,), where, claim_text=written)
