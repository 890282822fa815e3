"""Tests for factcheck.text.align: semi-global alignment of claim items against source words."""

from __future__ import annotations

import functools
import random

import pytest

from factcheck.text.align import (
    ADD,
    BRACKET_GAP,
    BRACKET_LIMIT,
    CLAIM_ONLY,
    DROP,
    ELLIPSIS_GAP,
    EQUAL,
    GAP,
    MATCH,
    SOURCE_ONLY,
    SUB,
    SUBSTITUTE,
    Alignment,
    align,
)

E, B = ELLIPSIS_GAP, BRACKET_GAP
GAPS = (E, B)
SCORE = {EQUAL: MATCH, SUB: SUBSTITUTE, CLAIM_ONLY: ADD, SOURCE_ONLY: DROP, GAP: 0}


def words(text: str) -> list[str]:
    return text.split()


def steps(alignment: Alignment) -> list[tuple]:
    return [(op.kind, op.ci, op.sj, op.sj_end) for op in alignment.ops]


def check_consistent(claim: list[str], source: list[str], alignment: Alignment) -> None:
    """The ops are a valid alignment whose score is the reported score."""
    ops = alignment.ops
    assert [op.ci for op in ops if op.ci is not None] == list(range(len(claim)))  # every item once, in order
    for before, after in zip(ops, ops[1:]):
        assert after.sj == before.sj_end  # the source is walked without holes
    assert sum(SCORE[op.kind] for op in ops) == alignment.score
    for op in ops:
        width = op.sj_end - op.sj
        if op.kind == GAP:
            assert claim[op.ci] in GAPS
            if claim[op.ci] == B:
                assert width <= BRACKET_LIMIT
        else:
            assert op.ci is None or claim[op.ci] not in GAPS
        if op.kind == EQUAL:
            assert width == 1 and source[op.sj] == claim[op.ci]
        elif op.kind == SUB:
            assert width == 1 and source[op.sj] != claim[op.ci]
        elif op.kind == CLAIM_ONLY:
            assert width == 0
        elif op.kind == SOURCE_ONLY:
            assert width == 1 and op.ci is None
    used = [op for op in ops if op.kind != CLAIM_ONLY]
    if used:
        assert alignment.start == used[0].sj
        assert alignment.end == used[-1].sj_end
    assert alignment.equal == sum(op.kind == EQUAL for op in ops)


def test_exact_match_with_free_start_and_end():
    claim, source = words("a b c"), words("x y a b c z")
    result = align(claim, source)
    assert (result.score, result.start, result.end, result.equal) == (3 * MATCH, 2, 5, 3)
    assert steps(result) == [(EQUAL, 0, 2, 3), (EQUAL, 1, 3, 4), (EQUAL, 2, 4, 5)]


def test_substitution():
    result = align(words("kami berharap ada kunjungan kembali"), words("lalu kami berharap ada kunjungan balasan dari"))
    assert [op.kind for op in result.ops] == [EQUAL, EQUAL, EQUAL, EQUAL, SUB]
    assert result.ops[-1].sj == 5
    assert result.score == 4 * MATCH + SUBSTITUTE


def test_claim_only_word():
    result = align(words("a b x c d"), words("a b c d"))
    assert steps(result) == [(EQUAL, 0, 0, 1), (EQUAL, 1, 1, 2), (CLAIM_ONLY, 2, 2, 2), (EQUAL, 3, 2, 3), (EQUAL, 4, 3, 4)]
    assert result.score == 4 * MATCH + ADD


def test_source_only_word():
    result = align(words("a b c d"), words("a b y c d"))
    assert steps(result) == [(EQUAL, 0, 0, 1), (EQUAL, 1, 1, 2), (SOURCE_ONLY, None, 2, 3), (EQUAL, 2, 3, 4), (EQUAL, 3, 4, 5)]
    assert result.score == 4 * MATCH + DROP


def test_ellipsis_gap_consumes_any_number_of_words_for_free():
    filler = [f"w{i}" for i in range(200)]
    claim, source = ["a", "b", E, "y", "z"], ["q", "a", "b", *filler, "y", "z", "q"]
    result = align(claim, source)
    assert result.score == 4 * MATCH
    assert [op.kind for op in result.ops] == [EQUAL, EQUAL, GAP, EQUAL, EQUAL]
    gap = result.ops[2]
    assert (gap.ci, gap.sj, gap.sj_end) == (2, 3, 203)
    assert (result.start, result.end) == (1, 205)


def test_ellipsis_gap_may_be_empty():
    result = align(["a", E, "b"], ["a", "b"])
    assert result.score == 2 * MATCH
    assert result.ops[1].sj == result.ops[1].sj_end


@pytest.mark.parametrize("hidden", range(BRACKET_LIMIT + 1))
def test_bracket_gap_covers_up_to_the_limit(hidden):
    source = ["a", *[f"w{i}" for i in range(hidden)], "z"]
    result = align(["a", B, "z"], source)
    assert result.score == 2 * MATCH
    assert [op.kind for op in result.ops] == [EQUAL, GAP, EQUAL]
    assert result.ops[1].sj_end - result.ops[1].sj == hidden


def test_bracket_gap_one_word_over_the_limit_costs_a_drop():
    source = ["a", *[f"w{i}" for i in range(BRACKET_LIMIT + 1)], "z"]
    result = align(["a", B, "z"], source)
    assert result.score == 2 * MATCH + DROP
    check_consistent(["a", B, "z"], source, result)


def test_bracket_gap_far_over_the_limit_does_not_bridge():
    source = ["a", *[f"w{i}" for i in range(3 * BRACKET_LIMIT)], "z"]
    result = align(["a", B, "z"], source)
    assert result.score < 2 * MATCH
    assert result.equal == 1  # only one of the two ends can match


def test_unrelated_words_are_substituted_or_added():
    result = align(words("m n"), words("a b c"))
    assert result.equal == 0
    assert result.score == 2 * SUBSTITUTE


def test_empty_source():
    result = align(words("a b"), [])
    assert [op.kind for op in result.ops] == [CLAIM_ONLY, CLAIM_ONLY]
    assert result.score == 2 * ADD
    assert (result.start, result.end) == (0, 0)


def test_empty_claim():
    result = align([], words("a b"))
    assert result.ops == () and result.score == 0


# --- against a brute-force reference -----------------------------------------------------------


def reference_score(claim: list[str], source: list[str]) -> int:
    """Best score by exhaustive recursion: free start and end, gaps as documented."""
    n, m = len(claim), len(source)

    @functools.lru_cache(maxsize=None)
    def best(i: int, j: int) -> int:
        if i == n:
            return 0  # free end
        item = claim[i]
        if item == E:
            return max(best(i + 1, k) for k in range(j, m + 1))
        if item == B:
            return max(best(i + 1, k) for k in range(j, min(m, j + BRACKET_LIMIT) + 1))
        options = [ADD + best(i + 1, j)]
        if j < m:
            options.append((MATCH if source[j] == item else SUBSTITUTE) + best(i + 1, j + 1))
            if i > 0:
                options.append(DROP + best(i, j + 1))
        return max(options)

    return max(best(0, j) for j in range(m + 1))  # free start


def _random_cases(count: int, seed: int):
    rng = random.Random(seed)
    for _ in range(count):
        claim = [
            rng.choice([E, B]) if rng.random() < 0.2 else rng.choice("abcd") for _ in range(rng.randint(1, 7))
        ]
        source = [rng.choice("abcd") for _ in range(rng.randint(0, 3 * BRACKET_LIMIT))]
        yield claim, source


def test_score_is_optimal_and_ops_are_consistent():
    for claim, source in _random_cases(600, seed=20251024):
        result = align(claim, source)
        assert result.score == reference_score(claim, source), (claim, source)
        check_consistent(claim, source, result)


def test_verbatim_shortcut_gives_what_the_table_gives():
    from factcheck.text.align import _align_table

    rng = random.Random(7)
    for _ in range(400):
        source = [rng.choice("abc") for _ in range(rng.randint(1, 25))]
        start = rng.randrange(len(source))
        claim = source[start : start + rng.randint(1, 6)]  # words that occur verbatim, maybe twice
        assert align(claim, source) == _align_table(claim, source), (claim, source)


# -- long claims: anchored alignment within a cell budget (issue 17) ----------------------------
def _text(rng: random.Random, n: int, vocabulary: int = 400) -> list[str]:
    return [f"w{rng.randrange(vocabulary)}" for _ in range(n)]


@pytest.mark.parametrize("seed", range(6))
def test_anchored_alignment_is_consistent_and_as_good_as_the_table(seed):
    """Above the cell budget, anchors on rare shared pairs split the work; on a changed quote
    of real-like text it finds what the full table finds."""
    rng = random.Random(seed)
    source = _text(rng, 900)
    claim = source[200:500]
    for k in rng.sample(range(len(claim)), 20):  # words changed, dropped, added
        claim[k] = rng.choice(["changed", "other", claim[k]])
    del claim[rng.randrange(len(claim))]
    claim.insert(rng.randrange(len(claim)), "added")
    if seed % 2:
        claim[150:160] = [E]  # an ellipsis for ten words
    full = align(claim, source, max_cells=None)
    anchored = align(claim, source, max_cells=1000)
    check_consistent(claim, source, anchored)
    assert anchored.equal >= full.equal - 2 and anchored.score >= full.score - 10
    assert (anchored.start, anchored.end) == (full.start, full.end)


def test_a_stretch_beyond_the_budget_is_left_unmatched_not_aligned():
    claim, source = ["a", "b"] * 300, ["b", "a"] * 300 + ["c"]  # no pair rare enough to anchor
    alignment = align(claim + ["z"], source, max_cells=1000)
    check_consistent(claim + ["z"], source, alignment)
    assert alignment.equal == 0
