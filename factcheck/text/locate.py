"""Find where in a source a claim's words occur, without quadratic work over the source.

Word-pair seeds (two adjacent claim words found adjacent in the source) vote for regions;
the few best regions are then aligned word by word (`factcheck.text.align`). When no pair is
found at all, rapidfuzz's partial-ratio alignment over the whole source picks the closest
region instead, so a heavily changed quote still shows where it probably came from.
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from itertools import accumulate, repeat
from operator import itemgetter

from factcheck.text.align import BRACKET_GAP, ELLIPSIS_GAP, MATCH, SUBSTITUTE, Alignment, Op, align
from factcheck.text.document import Source

MAX_CANDIDATES = 3
COMMON = 5000  # a seed word occurring more often than this is too common to vote
ELLIPSIS_REACH = 400  # how many words an ellipsis may plausibly skip
MAX_WINDOW = 5000  # source words aligned at once (more when the claim itself is longer)
MAX_SEEDS = 50_000  # word-pair hits gathered for one claim
MAX_SEED_WORK = 300_000  # source positions looked at to gather them (about 0.2 s)
FUZZY_CELLS = 200_000_000  # characters of claim × characters of source: about 0.15 s of rapidfuzz


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
    """(source position, claim index) of claim word pairs found side by side in the source.

    Bounded, whatever the claim and source: each distinct pair is looked up once, the rarest
    first, until MAX_SEED_WORK source positions have been looked at or MAX_SEEDS hits found
    (a claim repeating "a1" against a source repeating it would otherwise give 50 million)."""
    index = source.word_index
    pairs: dict[tuple[str, str], list[int]] = {}
    for j in range(len(items) - 1):
        if not _is_gap(items[j]) and not _is_gap(items[j + 1]):
            pairs.setdefault((items[j], items[j + 1]), []).append(j)
    ranked = []
    for (a, b), at in pairs.items():
        pa, pb = index.get(a, ()), index.get(b, ())
        if pa and pb and min(len(pa), len(pb)) <= COMMON:
            ranked.append((min(len(pa), len(pb)), a, b, at))
    ranked.sort(key=lambda r: (r[0] * len(r[3]), r[1], r[2]))
    hits: list[tuple[int, int]] = []
    work = 0
    for cost, a, b, at in ranked:
        work += cost
        if hits and (work > MAX_SEED_WORK or len(hits) >= MAX_SEEDS):
            break
        pa, pb = index[a], index[b]
        # walk the rarer word's positions, keeping those next to the other word
        found = _next_to(pa, source.word_keys, b, 1) if len(pa) <= len(pb) else \
            [p - 1 for p in _next_to(pb, source.word_keys, a, -1)]
        for j in at[: max(1, (MAX_SEEDS - len(hits)) // max(1, len(found)))]:
            hits.extend(zip(found, repeat(j)))
    if not hits:  # single words between gaps, or no pair survived: single-word seeds, rarest first
        singles = sorted({item for item in items if not _is_gap(item) and 0 < len(index.get(item, ())) <= COMMON},
                         key=lambda item: (len(index[item]), item))
        for item in singles:
            for j, other in enumerate(items):
                if other == item:
                    hits.extend((p, j) for p in index[item])
            if len(hits) >= MAX_SEEDS:
                break
    return hits


def _next_to(positions: list[int], keys: list[str], key: str, step: int) -> list[int]:
    """The positions p (in order) where keys[p + step] == key."""
    # Speed: a common word has thousands of positions in a big source. One C-level gather,
    # then tuple.count and tuple.index (in C, comparing by identity first) find the few that
    # match, with no exception raised per word pair (that would cost a small source dearly).
    if step > 0 and positions[-1] + step >= len(keys):  # (positions are sorted) the last word has no next
        positions = positions[:-1]
    elif step < 0 and positions[0] + step < 0:
        positions = positions[1:]
    if not positions:
        return []
    shifted = list(map(step.__add__, positions))
    found = itemgetter(*shifted)(keys) if len(shifted) > 1 else (keys[shifted[0]],)
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
    widest = max(MAX_WINDOW, n + 2 * pad)  # never narrower than the claim: a long quote must fit
    windows = []
    for cluster in clusters[:MAX_CANDIDATES]:
        start = max(0, min(p - j for p, j in cluster) - pad)
        end = max(p + n - j for p, j in cluster) + pad
        if end - start > widest:  # hits all over (a repetitive source): where most agree on the offset
            start = max(0, _densest_offset(cluster, pad) - pad)
            end = start + n + 4 * pad + (ELLIPSIS_REACH if ELLIPSIS_GAP in items else 0)
        windows.append((start, min(total, end, start + widest)))
    return windows


def _densest_offset(hits: list[tuple[int, int]], width: int) -> int:
    """The source position where the claim would start by the offset (position − claim index)
    that the most claim words agree on, within `width`."""
    votes = Counter(offset for offset, _ in {((p - j) // width, j) for p, j in hits})  # one vote per claim word
    best = max(votes, key=lambda b: (votes[b] + votes.get(b + 1, 0), -b))
    return best * width


def _fuzzy_window(items: list[str], source: Source) -> list[tuple[int, int]]:
    """The region rapidfuzz finds closest, character by character, when no seed matched: a
    claim whose every word is misspelt still shows where it probably came from. Only when
    that is cheap (FUZZY_CELLS): compared character by character, a long claim against a
    long source would take minutes."""
    keys = source.word_keys
    words = [item for item in items if not _is_gap(item)]
    needle = " ".join(words)
    if len(needle) * (sum(map(len, keys)) + len(keys)) > FUZZY_CELLS:  # lengths after NFKC, as compared
        return []
    from rapidfuzz import fuzz

    found = fuzz.partial_ratio_alignment(needle, " ".join(keys))
    if found is None:
        return []
    # word i starts at character ends[i - 1] + i of the joined keys (one space between words)
    ends = array("i", accumulate(map(len, keys)))
    first = bisect_right(range(len(keys)), found.dest_start, key=lambda i: ends[i - 1] + i if i else 0) - 1
    last = bisect_right(range(len(keys)), found.dest_end, key=lambda i: ends[i - 1] + i if i else 0)
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
