"""Evidence: the passage of a source a checker shows for a claim, and how close it is.

Every checker's verdict carries the source's words it judged (`Evidence`), in the
source file's own coordinates: the words a quote aligned with (`words_evidence`, scored by
`similarity`), the sentence where a date or figure was found (`passage_evidence`), a
statement the source attributes (`span_evidence`). A quote's words are prepared once for
the aligner (`prepare`); `factcheck find` uses the same preparation, evidence and score.
Of several verdicts on one claim, `best_verdict` is the one that counts.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import KW_ONLY, dataclass, field

from factcheck.model import Evidence, Verdict
from factcheck.text.align import BRACKET_GAP, ELLIPSIS_GAP
from factcheck.text.context import Passage
from factcheck.text.document import Source
from factcheck.text.excerpt import around, cut
from factcheck.text.tokens import BRACKET, ELLIPSIS, MATCHED_KINDS, Tokens, tokenize

WINDOW = 90  # characters of a long sentence shown on each side of the value


@dataclass
class PreparedQuote:
    """The claim's tokens and the items aligned with the source (words and gap markers)."""

    text: str
    tokens: Tokens
    _: KW_ONLY
    items: list[str] = field(default_factory=list)
    item_token: list[int] = field(default_factory=list)  # item index -> token index
    edge_gaps: list[str] = field(default_factory=list)  # gaps stripped from the quote's ends
    language: str = "auto"  # the claim's language: how its numbers are read

    @property
    def word_count(self) -> int:
        return sum(item not in (ELLIPSIS_GAP, BRACKET_GAP) for item in self.items)

    def fragments(self) -> list[tuple[int, int]]:
        """Item ranges between ellipses."""
        ranges, start = [], 0
        for i, item in enumerate(self.items):
            if item == ELLIPSIS_GAP:
                ranges.append((start, i))
                start = i + 1
        ranges.append((start, len(self.items)))
        return [r for r in ranges if r[1] > r[0]]


def prepare(text: str, language: str = "auto") -> PreparedQuote:
    """Tokenize a quote and build its alignment items; edge gaps are set aside."""
    tokens = tokenize(text, claim=True)
    claim = PreparedQuote(text, tokens, language=language)
    for t, kind in enumerate(tokens.kinds):
        if kind in MATCHED_KINDS:
            item = tokens.keys[t]
        elif kind in (ELLIPSIS, BRACKET):
            item = ELLIPSIS_GAP if kind == ELLIPSIS else BRACKET_GAP
            if claim.items and claim.items[-1] in (ELLIPSIS_GAP, BRACKET_GAP):
                if item == ELLIPSIS_GAP:  # "[…] …" and the like: the widest gap wins
                    claim.items[-1], claim.item_token[-1] = item, t
                continue
        else:
            continue
        claim.items.append(item)
        claim.item_token.append(t)
    while claim.items and claim.items[0] in (ELLIPSIS_GAP, BRACKET_GAP):
        claim.edge_gaps.append(claim.items.pop(0))
        claim.item_token.pop(0)
    while claim.items and claim.items[-1] in (ELLIPSIS_GAP, BRACKET_GAP):
        claim.edge_gaps.append(claim.items.pop())
        claim.item_token.pop()
    return claim


def similarity(claim: PreparedQuote, source: Source, first: int, last: int) -> float:
    """0-100: how alike the quote's words and source words first..last (inclusive positions
    in `source.words`) are, letter by letter."""
    from rapidfuzz import fuzz

    claim_words = " ".join(item for item in claim.items if item not in (ELLIPSIS_GAP, BRACKET_GAP))
    return fuzz.ratio(claim_words, " ".join(source.word_keys[first : last + 1]))


def span_evidence(source: Source, start: int, end: int, text: str, score: float, found: bool = True,
                  omitted: tuple[int, int] | None = None) -> Evidence:
    """Evidence for source.text[start:end], shown as `text`, located in the editor's terms,
    with the words around it for human reports."""
    location = source.locate(start)
    end_line, end_column = source.lines.position(end)
    return Evidence(source_id=source.id, path=source.display, start=start, end=end, line=location.line,
                    column=location.column, end_line=end_line, end_column=end_column, text=text, score=score,
                    found=found, location=location, omitted=omitted, context=around(source.text, start, end))


def words_evidence(source: Source, first: int, last: int, score: float, claim: PreparedQuote,
                   found: bool = True) -> Evidence:
    """Evidence for source words first..last (inclusive positions in `source.words`); a
    passage much longer than the claim (an ellipsis spanning pages) is shown cut."""
    tokens = source.tokens
    start, end = tokens.starts[source.words[first]], tokens.ends[source.words[last]]
    text, omitted = cut(source.text, start, end, len(claim.text))
    return span_evidence(source, start, end, text, round(score, 1), found, omitted)


def passage_evidence(source: Source, passage: Passage, focus: tuple[int, int] | None = None) -> Evidence:
    """The passage as evidence, scored by the share of the context's words it holds; a long
    sentence is cut to a window around `focus`."""
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
    text, omitted = cut(source.text, start, end, 0)  # a sentence without full stops can be very long
    return span_evidence(source, start, end, text, round(100 * passage.share, 1), omitted=omitted)


def best_verdict(verdicts: Iterable[Verdict]) -> Verdict:
    """The verdict that counts of several on one claim (one per source, or per place in a
    source): the least serious status, then the highest evidence score; the first of equals."""
    return min(verdicts, key=lambda v: (v.status.rank, -(v.evidence.score if v.evidence else 0)))
