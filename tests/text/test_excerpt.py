"""Tests for factcheck.text.excerpt: a passage is shown whole, or its two ends around "…"."""

from factcheck.text.excerpt import CONTEXT, OMISSION, cut


def test_a_passage_about_as_long_as_the_claim_is_whole():
    text = "x" * 10 + "kata " * 100
    assert cut(text, 10, len(text), 100) == (text[10:], None)


def test_a_long_passage_keeps_its_ends_and_whole_words():
    words = [f"w{n:04d}" for n in range(2000)]
    text = " ".join(words)
    shown, (head, tail) = cut(text, 0, len(text), 20)
    assert shown.startswith("w0000 w0001") and shown.endswith("w1998 w1999")
    assert shown == text[:head] + OMISSION + text[tail:]
    assert text[head - 1] == " " and text[tail] == " "  # cut between words
    assert len(shown) <= 20 + 2 * CONTEXT + len(OMISSION)
    assert "w1000" not in shown
