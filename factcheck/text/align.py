"""Word-by-word alignment of a claim with a window of source words.

A semi-global alignment: the source may start and end anywhere in the window for free,
every claim word must be accounted for. Claim items are word keys, or gaps: an ellipsis
(`ELLIPSIS_GAP`) consumes any number of source words at no cost, a [bracket]
(`BRACKET_GAP`) up to `BRACKET_LIMIT` words. The output is a list of operations the
judge classifies.
"""

from __future__ import annotations

from dataclasses import dataclass

ELLIPSIS_GAP = "\x00..."
BRACKET_GAP = "\x00[]"
BRACKET_LIMIT = 8

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


def align(claim: list[str], source: list[str]) -> Alignment:
    """Best semi-global alignment of `claim` items against the `source` word keys."""
    start = _verbatim(claim, source)
    if start is not None:  # the commonest case, and the one whose answer is known: skip the table
        ops = tuple(Op(EQUAL, i, start + i, start + i + 1) for i in range(len(claim)))
        return Alignment(MATCH * len(claim), ops, start, start + len(claim))
    return _align_table(claim, source)


def _verbatim(claim: list[str], source: list[str]) -> int | None:
    """Where the claim's words first occur verbatim and whole in `source` (no gaps): what
    the table would find, as that is the only way to score a match for every word and the
    table prefers the earliest end."""
    if not claim or ELLIPSIS_GAP in claim or BRACKET_GAP in claim:
        return None
    n, first, j = len(claim), claim[0], -1
    try:
        while True:
            j = source.index(first, j + 1)
            if source[j : j + n] == claim:
                return j
    except ValueError:
        return None


def _align_table(claim: list[str], source: list[str]) -> Alignment:
    n, m = len(claim), len(source)
    prev = [0] * (m + 1)  # row 0: the source may start anywhere
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
    end = max(range(m + 1), key=lambda j: (prev[j], -j))
    return _traceback(claim, source, pointers, prev[end], end)


def _traceback(claim: list[str], source: list[str], pointers: list[list[int]], score: int, end: int) -> Alignment:
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
    ops.reverse()
    used = [op for op in ops if op.kind != CLAIM_ONLY]
    start = used[0].sj if used else j
    return Alignment(score, tuple(ops), start, max([op.sj_end for op in used], default=start))
