"""The nearness measure the context search and the draft's context words share."""

from __future__ import annotations

from factcheck.text.context import AFTER_WEIGHT, CLAUSE_PENALTY, Passage, distance, word_distance
from factcheck.text.tokens import tokenize

TEXT = "beras seharga Rp70.000 bisa ditebus Rp20.000, kata dia"


def _index(tokens, word: str) -> int:
    return next(i for i, (s, e) in enumerate(zip(tokens.starts, tokens.ends)) if TEXT[s:e] == word)


def _extent(tokens, value: str) -> tuple[int, int]:
    """The first and last token of `value` in TEXT ("Rp20.000" is "Rp" and "20.000")."""
    start = TEXT.index(value)
    inside = [i for i, s in enumerate(tokens.starts) if start <= s < start + len(value)]
    return inside[0], inside[-1]


def test_words_between_count_and_a_word_after_counts_less():
    tokens = tokenize(TEXT)
    first, last = _extent(tokens, "Rp20.000")
    assert word_distance(tokens, _index(tokens, "ditebus"), first, last) == 1
    assert word_distance(tokens, _index(tokens, "bisa"), first, last) == 2
    after = word_distance(tokens, _index(tokens, "kata"), first, last)
    assert after == (1 + CLAUSE_PENALTY) * AFTER_WEIGHT  # a comma between, and the word comes after


def test_the_source_side_measures_from_the_nearest_context_word():
    start = TEXT.index("ditebus")
    passage = Passage(0, len(TEXT), 1.0, ((start, start + len("ditebus")),), text=TEXT)
    near, far = TEXT.index("Rp20.000"), TEXT.index("Rp70.000")
    assert distance(passage, near, near + 8) == 1
    assert distance(passage, far, far + 8) == 2 * AFTER_WEIGHT  # "bisa" between; the word comes after it
    assert distance(passage, start, start + 3) == 0.0  # the context word inside the value
