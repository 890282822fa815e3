"""Word-by-word alignment of a claim with a window of source words.

A semi-global alignment: the source may start and end anywhere in the window for free,
every claim word must be accounted for. Claim items are word keys, or gaps: an ellipsis
(`ELLIPSIS_GAP`) consumes any number of source words at no cost, a [bracket]
(`BRACKET_GAP`) up to `BRACKET_LIMIT` words. The output is a list of operations the
judge classifies.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

ELLIPSIS_GAP = "\x00..."
BRACKET_GAP = "\x00[]"
BRACKET_LIMIT = 8
MAX_CELLS = 300_000  # alignment-table cells (claim items × source words) one alignment may cost
ANCHOR_REPEATS = 4  # a word pair occurring more often than this (in the claim or the source) anchors nothing

MATCH, SUBSTITUTE, ADD, DROP = 3, -1, -2, -2
_DIAG, _UP, _LEFT = -1, -2, -3  # pointers; gap rows store the source column the gap began at

EQUAL, SUB, CLAIM_ONLY, SOURCE_ONLY, GAP = "equal", "sub", "claim-only", "source-only", "gap"


@dataclass(frozen=True)
class Op:
    """One step: claim item `ci` (or None) against source words [sj, sj_end)."""

    kind: str  # equal | sub | claim-only | source-only | gap
    ci: int | None
    sj: int
    sj_end: int


@dataclass(frozen=True)
class Alignment:
    score: int
    ops: tuple[Op, ...]
    start: int  # first source word used (window position)
    end: int  # one past the last source word used

    @property
    def equal(self) -> int:
        return sum(op.kind == EQUAL for op in self.ops)


def align(claim: list[str], source: list[str], max_cells: int | None = MAX_CELLS) -> Alignment:
    """Best semi-global alignment of `claim` items against the `source` word keys.

    The table costs a cell per claim item and source word (about a microsecond each); above
    `max_cells`, words the two share in a few places anchor the alignment and only the
    stretches between anchors are aligned, each within what is left of `max_cells` (a
    stretch beyond it is left unmatched). Long quotes are found that way in time linear in
    their length; a text repeating a few words over and over is not found (it anchors nothing)."""
    start = _verbatim(claim, source)
    if start is not None:  # the commonest case, and the one whose answer is known: skip the table
        ops = tuple(Op(EQUAL, i, start + i, start + i + 1) for i in range(len(claim)))
        return Alignment(MATCH * len(claim), ops, start, start + len(claim))
    if max_cells is None or len(claim) * len(source) <= max_cells:
        return _align_table(claim, source)
    return _anchored(claim, source, max_cells)


def _verbatim(claim: list[str], source: list[str]) -> int | None:
    """Where the claim's words first occur verbatim and whole in `source` (no gaps): what
    the table would find, as that is the only way to score a match for every word and the
    table prefers the earliest end."""
    if not claim or ELLIPSIS_GAP in claim or BRACKET_GAP in claim:
        return None
    n, first, last, j = len(claim), claim[0], claim[-1], -1
    try:
        while True:
            j = source.index(first, j + 1)
            if j + n > len(source):
                return None
            # the last word first: in a repetitive source, most starts fail there, unsliced
            if source[j + n - 1] == last and source[j : j + n] == claim:
                return j
    except ValueError:
        return None


def _align_table(claim: list[str], source: list[str], free_start: bool = True, free_end: bool = True) -> Alignment:
    """The full table. `free_start`/`free_end`: the source may start/end anywhere (else every
    source word before/after the claim's is accounted for, as left out)."""
    n, m = len(claim), len(source)
    prev = [0] * (m + 1) if free_start else [DROP * j for j in range(m + 1)]  # row 0
    pointers: list[list[int]] = []
    for i in range(1, n + 1):
        item = claim[i - 1]
        row = [0] * (m + 1)
        ptr = [0] * (m + 1)
        if item in (ELLIPSIS_GAP, BRACKET_GAP):
            limit = m if item == ELLIPSIS_GAP else BRACKET_LIMIT
            best_j = 0
            for j in range(m + 1):
                if j - best_j > limit:  # the best start fell out of a bracket's reach
                    best_j = max(range(j - limit, j + 1), key=lambda k: (prev[k], k))
                elif prev[j] >= prev[best_j]:
                    best_j = j
                row[j], ptr[j] = prev[best_j], best_j
        else:
            row[0], ptr[0] = prev[0] + ADD, _UP
            for j in range(1, m + 1):
                diag = prev[j - 1] + (MATCH if source[j - 1] == item else SUBSTITUTE)
                up = prev[j] + ADD
                left = row[j - 1] + DROP
                if diag >= up and diag >= left:
                    row[j], ptr[j] = diag, _DIAG
                elif up >= left:
                    row[j], ptr[j] = up, _UP
                else:
                    row[j], ptr[j] = left, _LEFT
        pointers.append(ptr)
        prev = row
    end = max(range(m + 1), key=lambda j: (prev[j], -j)) if free_end else m
    return _traceback(claim, source, pointers, prev[end], end, free_start)


def _traceback(claim: list[str], source: list[str], pointers: list[list[int]], score: int, end: int,
               free_start: bool = True) -> Alignment:
    ops: list[Op] = []
    i, j = len(claim), end
    while i > 0:
        p = pointers[i - 1][j]
        if claim[i - 1] in (ELLIPSIS_GAP, BRACKET_GAP):
            ops.append(Op(GAP, i - 1, p, j))
            i, j = i - 1, p
        elif p == _DIAG:
            kind = EQUAL if source[j - 1] == claim[i - 1] else SUB
            ops.append(Op(kind, i - 1, j - 1, j))
            i, j = i - 1, j - 1
        elif p == _UP:
            ops.append(Op(CLAIM_ONLY, i - 1, j, j))
            i -= 1
        else:
            ops.append(Op(SOURCE_ONLY, None, j - 1, j))
            j -= 1
    if not free_start:
        ops += [Op(SOURCE_ONLY, None, k - 1, k) for k in range(j, 0, -1)]
        j = 0
    ops.reverse()
    used = [op for op in ops if op.kind != CLAIM_ONLY]
    start = used[0].sj if used else j
    return Alignment(score, tuple(ops), start, max([op.sj_end for op in used], default=start))


def _anchored(claim: list[str], source: list[str], budget: int) -> Alignment:
    """Align around anchors: the longest chain of word pairs the claim and the source share in
    at most ANCHOR_REPEATS places each, in the same order on both sides. The stretches
    between anchors are aligned with the table, the first with a free start and the last with
    a free end, while `budget` cells last; a stretch beyond it is left unmatched."""
    n, m = len(claim), len(source)
    bounds = [(-1, -1), *_anchors(claim, source), (n, m)]
    ops: list[Op] = []
    score = 0
    for (i0, p0), (i1, p1) in zip(bounds, bounds[1:]):
        first, last = i0 < 0, i1 == n
        part = claim[i0 + 1 : i1]
        lo, hi = p0 + 1, p1
        if first and last:
            lo, hi = 0, m
        elif first and ELLIPSIS_GAP not in part:  # a free start reaches back a little past the words
            lo = max(0, p1 - 2 * len(part) - BRACKET_LIMIT - 2)
        elif last and ELLIPSIS_GAP not in part:
            hi = min(m, p0 + 1 + 2 * len(part) + BRACKET_LIMIT + 2)
        if part or not (first or last):
            if len(part) * (hi - lo) <= budget:
                budget -= len(part) * (hi - lo)
                found = _align_table(part, source[lo:hi], free_start=first, free_end=last)
                ops += [Op(op.kind, op.ci + i0 + 1 if op.ci is not None else None, op.sj + lo, op.sj_end + lo)
                        for op in found.ops]
                score += found.score
            else:
                unmatched = _unmatched(part, i0 + 1, lo, hi, first or last)
                ops += unmatched
                score += sum(ADD if op.kind == CLAIM_ONLY else DROP if op.kind == SOURCE_ONLY else 0
                             for op in unmatched)
        if i1 < n:
            ops.append(Op(EQUAL, i1, p1, p1 + 1))
            score += MATCH
    used = [op for op in ops if op.kind != CLAIM_ONLY]
    start = used[0].sj if used else 0
    return Alignment(score, tuple(ops), start, max([op.sj_end for op in used], default=start))


def _anchors(claim: list[str], source: list[str]) -> list[tuple[int, int]]:
    """(claim index, source index) of matching words, both increasing: the longest chain of
    the word pairs shared in at most ANCHOR_REPEATS places on each side."""
    wanted: dict[tuple[str, str], list[int]] = {}
    for i in range(len(claim) - 1):
        pair = (claim[i], claim[i + 1])
        if ELLIPSIS_GAP not in pair and BRACKET_GAP not in pair:
            wanted.setdefault(pair, []).append(i)
    wanted = {pair: at for pair, at in wanted.items() if len(at) <= ANCHOR_REPEATS}
    found: dict[tuple[str, str], list[int]] = {}
    for p in range(len(source) - 1):
        pair = (source[p], source[p + 1])
        if pair in wanted:
            found.setdefault(pair, []).append(p)
    points = sorted(((i, -p) for pair, ps in found.items() if len(ps) <= ANCHOR_REPEATS
                     for i in wanted[pair] for p in ps))
    # the longest chain increasing in both: patience sorting over source positions, with claim
    # positions ascending and, for one claim position, source positions descending (so that
    # no chain takes one claim position twice)
    tails: list[int] = []  # the smallest source position ending a chain of each length
    ends: list[int] = []  # the point ending it
    back = [-1] * len(points)
    for k, (_, negative) in enumerate(points):
        at = bisect_left(tails, -negative)
        back[k] = ends[at - 1] if at else -1
        if at == len(tails):
            tails.append(-negative)
            ends.append(k)
        else:
            tails[at], ends[at] = -negative, k
    chain: list[tuple[int, int]] = []
    k = ends[-1] if ends else -1
    while k >= 0:
        chain.append((points[k][0], -points[k][1]))
        k = back[k]
    cells: list[tuple[int, int]] = []
    for i, p in reversed(chain):  # each pair anchors both its words
        for cell in ((i, p), (i + 1, p + 1)):
            if not cells or (cell[0] > cells[-1][0] and cell[1] > cells[-1][1]):
                cells.append(cell)
    return cells


def _unmatched(part: list[str], offset: int, lo: int, hi: int, edge: bool) -> list[Op]:
    """A stretch too long to align: its claim items added, its source words (between two
    anchors) left out, or taken by an ellipsis in it."""
    ops = [Op(CLAIM_ONLY, offset + k, lo, lo) for k, item in enumerate(part) if item not in (ELLIPSIS_GAP, BRACKET_GAP)]
    gap = next((offset + k for k, item in enumerate(part) if item == ELLIPSIS_GAP), None)
    if gap is not None and not edge:
        return [op for op in ops if op.ci < gap] + [Op(GAP, gap, lo, hi)] + [op for op in ops if op.ci > gap]
    return ops if edge else ops + [Op(SOURCE_ONLY, None, p, p + 1) for p in range(lo, hi)]
