"""Find where in a source a claim's words occur, without quadratic work over the source.

Word-pair seeds (two adjacent claim words found adjacent in the source) vote for regions;
the few best regions are then aligned word by word (`factcheck.text.align`). When no pair is
found at all, rapidfuzz's partial-ratio alignment over the whole source picks the closest
region instead, so a heavily changed quote still shows where it probably came from.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from itertools import repeat
from operator import itemgetter

from factcheck.text.align import BRACKET_GAP, ELLIPSIS_GAP, MATCH, SUBSTITUTE, Alignment, Op, align
from factcheck.text.document import Source

MAX_CANDIDATES = 3
COMMON = 5000  # a seed word occurring more often than this is too common to vote
ELLIPSIS_REACH = 400  # how many words an ellipsis may plausibly skip
MAX_WINDOW = 5000


@dataclass(frozen=True)
class Match:
    """An alignment whose source positions index `source.words` directly."""

    alignment: Alignment
    inside_quotes: float  # share of the matched source words inside quotation marks


def locate(items: list[str], source: Source) -> Match | None:
    """The best alignment of claim `items` (word keys and gap markers) in `source`."""
    keys = source.word_keys
    if not keys or not any(not _is_gap(item) for item in items):
        return None
    windows = _windows(items, source) or _fuzzy_window(items, source)
    words = [item for item in items if not _is_gap(item)]
    best: tuple | None = None
    for start, end in windows:
        if best is not None and _best_possible(words, keys[start:end]) < best[0][0]:
            continue  # cannot beat the best so far: spare the alignment (speed, same result)
        alignment = _shift(align(items, keys[start:end]), start)
        if best is not None and alignment.score < best[0][0]:
            continue
        inside = _inside_quotes(alignment, source)
        rank = (alignment.score, inside, -alignment.start)
        if best is None or rank > best[0]:
            best = (rank, Match(alignment, inside))
    return best[1] if best else None


def _best_possible(words: list[str], window: list[str]) -> int:
    """An upper bound of the alignment score of `words` in `window`: every word found there
    matches, every other costs at least a substitution."""
    present = set(window)
    found = sum(word in present for word in words)
    return MATCH * found + SUBSTITUTE * (len(words) - found)


def _is_gap(item: str) -> bool:
    return item in (ELLIPSIS_GAP, BRACKET_GAP)


def _seeds(items: list[str], source: Source) -> list[tuple[int, int]]:
    """(source position, claim index) of claim word pairs found side by side in the source."""
    index = source.word_index
    hits: list[tuple[int, int]] = []
    for j in range(len(items) - 1):
        a, b = items[j], items[j + 1]
        if _is_gap(a) or _is_gap(b):
            continue
        pa, pb = index.get(a, ()), index.get(b, ())
        if not pa or not pb or min(len(pa), len(pb)) > COMMON:
            continue
        # walk the rarer word's positions, keeping those next to the other word
        if len(pa) <= len(pb):
            hits.extend(zip(_next_to(pa, source.next_keys, b), repeat(j)))
        else:
            hits.extend(zip(map((-1).__add__, _next_to(pb, source.prev_keys, a)), repeat(j)))
    if not hits:  # single words between gaps, or no pair survived: single-word seeds
        for j, item in enumerate(items):
            positions = index.get(item, ()) if not _is_gap(item) else ()
            if len(positions) <= COMMON:
                hits.extend((p, j) for p in positions)
    return hits


def _next_to(positions: list[int], neighbours: list[str], key: str) -> list[int]:
    """The positions p (in order) where neighbours[p] == key."""
    # Speed: a common word has thousands of positions in a big source. One C-level gather,
    # then tuple.count and tuple.index (in C, comparing by identity first) find the few that
    # match, with no exception raised per word pair (that would cost a small source dearly).
    found = itemgetter(*positions)(neighbours) if len(positions) > 1 else (neighbours[positions[0]],)
    hits, i = [], -1
    for _ in range(found.count(key)):
        i = found.index(key, i + 1)
        hits.append(positions[i])
    return hits


def _windows(items: list[str], source: Source) -> list[tuple[int, int]]:
    """Source word ranges worth aligning, best first."""
    hits = sorted(_seeds(items, source))
    if not hits:
        return []
    n = len(items)
    pad = n // 4 + 3
    reach = n + pad + (ELLIPSIS_REACH if ELLIPSIS_GAP in items else 0)
    clusters: list[list[tuple[int, int]]] = [[hits[0]]]
    for hit in hits[1:]:
        if hit[0] - clusters[-1][-1][0] > reach:
            clusters.append([])
        clusters[-1].append(hit)
    clusters.sort(key=lambda c: (-len({j for _, j in c}), c[0][0]))
    total = len(source.word_keys)
    windows = []
    for cluster in clusters[:MAX_CANDIDATES]:
        start = max(0, min(p - j for p, j in cluster) - pad)
        end = min(total, max(p + n - j for p, j in cluster) + pad, start + MAX_WINDOW)
        windows.append((start, end))
    return windows


def _fuzzy_window(items: list[str], source: Source) -> list[tuple[int, int]]:
    """The region rapidfuzz finds closest, character by character, when no seed matched."""
    from rapidfuzz import fuzz

    keys = source.word_keys
    offsets, position = [], 0
    for key in keys:
        offsets.append(position)
        position += len(key) + 1
    words = [item for item in items if not _is_gap(item)]
    found = fuzz.partial_ratio_alignment(" ".join(words), " ".join(keys))
    if found is None:
        return []
    first = bisect_right(offsets, found.dest_start) - 1
    last = bisect_right(offsets, found.dest_end)
    pad = len(items) // 4 + 3
    return [(max(0, first - pad), min(len(keys), last + pad))]


def _shift(alignment: Alignment, offset: int) -> Alignment:
    ops = tuple(Op(op.kind, op.ci, op.sj + offset, op.sj_end + offset) for op in alignment.ops)
    return Alignment(alignment.score, ops, alignment.start + offset, alignment.end + offset)


def _inside_quotes(alignment: Alignment, source: Source) -> float:
    starts, words = source.tokens.starts, source.words
    used = [op.sj for op in alignment.ops if op.kind in ("equal", "sub")]
    if not used:
        return 0.0
    inside = sum(source.quotations.at(starts[words[p]]) is not None for p in used)
    return inside / len(used)
