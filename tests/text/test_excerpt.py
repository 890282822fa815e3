"""Tests for factcheck.text.excerpt: a passage is shown whole, or its two ends around "…"."""

from factcheck.text.excerpt import CONTEXT, OMISSION, around, cut


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


def test_around_gives_whole_words_of_the_passage_line():
    text = "first line\nthe words before the passage and the words after it\nlast line"
    start = text.index("passage")
    context = around(text, start, start + len("passage"))
    assert (context.before, context.after) == ("the words before the ", " and the words after it")
    assert not context.cut_before and not context.cut_after  # the line ends, nothing more to show


def test_around_is_bounded_and_reaches_for_an_included_span():
    words = " ".join(f"w{n}" for n in range(400))
    start = words.index("w200 ")
    context = around(words, start, start + 4)
    assert context.cut_before and context.cut_after
    assert CONTEXT - 5 <= len(context.before) <= CONTEXT + 5 and context.before.startswith("w")
    assert context.after.endswith(tuple("0123456789"))  # a whole word, not a cut one
    cue = words.index("w270")
    reached = around(words, start, start + 4, include=(cue, cue + 4))
    assert reached.after.endswith("w270")
    too_far = words.index("w390")
    assert "w390" not in around(words, start, start + 4, include=(too_far, too_far + 4)).after
