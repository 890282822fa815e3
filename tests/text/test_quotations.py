"""Tests for factcheck.text.quotations: direct quotations in a source."""

from __future__ import annotations

import pytest

from factcheck.text.quotations import QuotationIndex, find_quotations, paragraphs


def quoted(text: str, start: int = 0) -> list[str]:
    return [text[q.start : q.end] for q in find_quotations(text, start)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He said “hello there” and left.", ["“hello there”"]),
        ("Dia berkata ”halo semua” lalu pergi.", ["”halo semua”"]),  # Indonesian: ” at both ends
        ("”Satu,” katanya. ”Dua.”", ["”Satu,”", "”Dua.”"]),
        ("Er sagte „Guten Tag“ und ging.", ["„Guten Tag“"]),
        ("Er sagte „Guten Tag” und ging.", ["„Guten Tag”"]),
        ("Il a dit «bonjour» et «au revoir».", ["«bonjour»", "«au revoir»"]),
        ('He said "hello there" and "bye".', ['"hello there"', '"bye"']),
        ('Kata dia:"halo"', ['"halo"']),
        ("She said, “I’m here, it’s Jum’at.”", ["“I’m here, it’s Jum’at.”"]),  # apostrophes inside
        ("a “nested ‘single’ quote” b", ["“nested ‘single’ quote”"]),
        ("The 5\" screen and “real quote”.", ["“real quote”"]),  # an inch mark opens nothing
        ("No quotations at all.", []),
    ],
)
def test_quotation_styles(text, expected):
    assert quoted(text) == expected


def test_quotations_are_closed_and_numbered():
    found = find_quotations("“a” and “b”")
    assert [(q.start, q.end, q.group, q.closed) for q in found] == [(0, 3, 0, True), (8, 11, 1, True)]


def test_unclosed_quotation_runs_to_the_paragraph_end():
    text = "He said “this is never closed.\n\nNext paragraph."
    (quotation,) = find_quotations(text)
    assert not quotation.closed
    assert text[quotation.start : quotation.end] == "“this is never closed."


def test_a_new_opener_ends_an_unclosed_quotation():
    text = "He said “first. Then “second” later."
    found = find_quotations(text)
    assert [text[q.start : q.end] for q in found] == ["“first. Then ", "“second”"]
    assert [q.closed for q in found] == [False, True]


@pytest.mark.parametrize("opener", ["“", "”", '"', "«"])
def test_unclosed_quotation_continues_when_next_paragraph_opens_with_a_mark(opener):
    closer = {"“": "”", "”": "”", '"': '"', "«": "»"}[opener]
    text = f"{opener}First part of a long quote.\n\n{opener}Second part continues.{closer}\n\nNarration {opener}new{closer}."
    first, second, third = find_quotations(text)
    assert (first.closed, second.closed, third.closed) == (False, True, True)
    assert first.group == second.group
    assert third.group != second.group


def test_continuation_over_several_paragraphs():
    found = find_quotations("“A\n\n“B\n\n“C”\n\n“D”")
    assert [q.group for q in found] == [0, 0, 0, 1]


def test_unclosed_quotation_does_not_continue_into_narration():
    text = "“First part of a long quote.\n\nNarration with “its own” quote."
    first, second = find_quotations(text)
    assert text[second.start : second.end] == "“its own”"
    assert first.group != second.group


def test_closed_quotation_does_not_continue():
    first, second = find_quotations("“A.”\n\n“B.”")
    assert first.group != second.group


def test_open_quotation_does_not_skip_a_narration_paragraph():
    text = "“First part, never closed.\n\nSecond paragraph is narration.\n\n“A new quote.”"
    first, second = find_quotations(text)
    assert first.group != second.group


def test_lines_are_paragraphs_when_there_are_no_blank_lines():
    text = "“Open at line end\n“continued here.”\nNarration “x”."
    found = find_quotations(text)
    assert [q.group for q in found] == [0, 0, 1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He said ‘hello there’ and left.", ["‘hello there’"]),
        ("He said 'hello there' and left.", ["'hello there'"]),
        ("He said ‘hello’ and “bye”.", ["“bye”"]),  # the paragraph uses double quotes: singles are not top-level
        ("He said 'hi' to the students' parents.", ["'hi'"]),
    ],
)
def test_single_quotes_only_in_paragraphs_without_double_quotes(text, expected):
    assert quoted(text) == expected


def test_single_quotes_per_paragraph():
    text = "First ‘single’ here.\n\nSecond “double” and ‘inner’."
    assert quoted(text) == ["‘single’", "“double”"]


@pytest.mark.parametrize(
    "text",
    ["Don't stop, it's Jum'at and rock'n'roll.", "Don’t stop, it’s Jum’at.", "The 90's were fine."],
)
def test_apostrophes_are_not_quotes(text):
    assert find_quotations(text) == []


def test_british_quotation_continues_in_next_paragraph():
    first, second = find_quotations("‘First part.\n\n‘Second part.’")
    assert first.group == second.group


def test_start_skips_front_matter_and_keeps_offsets():
    text = '---\ntitle: "T"\n---\nbody “q” here'
    body = text.index("body")
    found = find_quotations(text, body)
    assert [text[q.start : q.end] for q in found] == ["“q”"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a\nb\n\nc\n  \n d\n", [(0, 3), (5, 6), (11, 13)]),  # blank lines separate paragraphs
        ("a\nb\nc", [(0, 1), (2, 3), (4, 5)]),  # no blank lines: every line
        ("\n\na\n\n", [(2, 3)]),
    ],
)
def test_paragraphs(text, expected):
    assert paragraphs(text) == expected


def test_quotation_index_at():
    text = "ab “cd” ef “gh” ij"
    index = QuotationIndex(find_quotations(text))
    inside = [i for i in range(len(text)) if index.at(i) is not None]
    assert inside == [3, 4, 5, 6, 11, 12, 13, 14]  # opening mark included, end exclusive
    assert index.at(5).start == 3
    assert index.at(12).start == 11
    assert index.at(0) is None and index.at(7) is None and index.at(len(text) - 1) is None


def test_quotation_index_empty():
    assert QuotationIndex([]).at(0) is None


def spans(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quotations(text)]


def test_every_style_of_quotation_mark_pairs():
    text = ("“Satu dua tiga,” kata A. „Empat lima enam“ kata B. «Tujuh delapan sembilan» kata C. "
            '"Sepuluh sebelas dua belas," said D.')
    assert spans(text) == ["“Satu dua tiga,”", "„Empat lima enam“", "«Tujuh delapan sembilan»",
                           '"Sepuluh sebelas dua belas,"']


def test_the_same_closing_mark_at_both_ends():
    text = "”Kami sudah siap sejak pagi,” ujar Andra. ”Semua berjalan lancar,” tambahnya."
    assert spans(text) == ["”Kami sudah siap sejak pagi,”", "”Semua berjalan lancar,”"]


def test_a_quotation_left_open_continues_in_the_next_paragraph():
    text = "“Paragraf pertama tanpa penutup.\n\n“Paragraf kedua menutupnya,” kata Andra.\n\nNarasi biasa."
    found = find_quotations(text)
    assert [q.closed for q in found] == [False, True]
    assert found[0].group == found[1].group


def test_a_new_quotation_after_narration_is_a_new_group():
    text = "“Satu dua tiga,” kata A.\n\nNarasi di antara.\n\n“Empat lima enam,” kata B."
    found = find_quotations(text)
    assert found[0].group != found[1].group


def test_nested_single_quotes_do_not_break_the_outer_quotation():
    text = "“Dia bilang ‘tidak ada’ kepada kami semua,” ujar Helmi. Don't split on apostrophes."
    (quote,) = find_quotations(text)
    assert text[quote.start : quote.end] == "“Dia bilang ‘tidak ada’ kepada kami semua,”"
    assert [text[a:b] for a, b in quote.inner] == ["‘tidak ada’"]


def test_single_quotes_are_quotations_where_no_double_marks_are_used():
    text = "'We will not back down,' she said, and didn't."
    assert spans(text) == ["'We will not back down,'"]


def test_scare_quotes_and_titles_are_not_speech():
    text = ("Program “pasar murah” dan buku “Kerja Sama Banten Bengkulu” dibahas. "
            "“Ini contoh praktik baik,” tutur Andra.")
    found = find_quotations(text)
    assert [(text[q.start : q.end], q.speech) for q in found] == [
        ("“pasar murah”", False), ("“Kerja Sama Banten Bengkulu”", False), ("“Ini contoh praktik baik,”", True)]


def test_a_short_sentence_of_short_words_is_speech():
    text = '"We did it," Alvarez said.'
    (quote,) = find_quotations(text)
    assert quote.speech


def test_a_quotation_interrupted_by_its_cue_is_one_statement():
    text = "“Kami siap,” kata Andra, “untuk bekerja keras.” Lalu ia pergi. “Besok lagi,” ujarnya."
    found = find_quotations(text)
    assert [text[q.start : q.end] for q in found] == ["“Kami siap,”", "“untuk bekerja keras.”", "“Besok lagi,”"]
    assert found[0].group == found[1].group != found[2].group


def test_quotations_separated_by_a_sentence_stay_apart():
    text = '"We will not raise taxes," she said. "Our plan is ready."'
    first, second = find_quotations(text)
    assert first.group != second.group


def test_a_double_quotation_closed_by_a_single_mark_before_its_cue_ends_there():
    # a typing slip: “…, ’ kata X — the quotation must not run on into the next one
    text = "“Jembatan itu selesai bulan depan, ’ kata Budi. Lalu ia pergi. “Saya yakin,” kata Sari."
    found = [(text[q.start : q.end], q.closed) for q in find_quotations(text)]
    assert found == [("“Jembatan itu selesai bulan depan, ’", True), ("“Saya yakin,”", True)]


def test_a_nested_single_quotation_ending_in_a_comma_does_not_close_the_double_one():
    text = "“Dia bilang ‘tidak bisa,’ lalu pergi begitu saja,” kata Sari."
    assert [text[q.start : q.end] for q in find_quotations(text)] == ["“Dia bilang ‘tidak bisa,’ lalu pergi begitu saja,”"]


def test_one_long_paragraph_full_of_quotations():
    """Each quotation's nested quotations were looked for in a copy of the paragraph up to it:
    8.7 MB took minutes. Now each quotation's own span is scanned, once."""
    piece = "“Kami ‘siap’ bekerja,” kata dia, "
    text = piece * 20_000  # one paragraph
    found = find_quotations(text)
    assert len(found) == 20_000
    assert all(q.closed and len(q.inner) == 1 for q in found)
    assert found[-1].inner[0][0] == text.rindex("‘")


def test_a_stray_closing_single_mark_is_judged_without_rescanning_the_quotation():
    text = "“Ini " + "kata, ’ kata Budi, " * 3 + "selesai.” ujarnya ‘kutipan’ lagi"
    (first,) = [q for q in find_quotations(text) if q.start == 0]
    assert first.end == text.index("’") + 1  # the typing slip closes the quotation, as before
