"""Quotation spans: every style of mark, continued paragraphs, nested quotes, scare quotes."""

from factcheck.quotations import find_quotations


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
