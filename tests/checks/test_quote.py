"""The quote judge on the bundled article: misquotes fail with their code, benign variants pass."""

import pytest

from factcheck.checks.evidence import prepare
from factcheck.checks.quote import check_quote
from factcheck.model import Status, Verdict

from helpers import claim, read

SOURCE_QUOTES = [
    "Alhamdulillah, hari ini kami menerima kunjungan Gubernur Bengkulu untuk penandatanganan kerja sama "
    "dalam pemanfaatan potensi daerah serta peningkatan pelayanan publik",
    "Kita bisa saling berbagi hal positif yang sudah dijalankan oleh kedua provinsi, lalu dikolaborasikan "
    "agar manfaatnya lebih luas",
    "Saya lihat ada program unik di Bengkulu, setiap Jumat di masjid-masjid diadakan pasar murah untuk "
    "anak-anak yang salat Jumat. Mereka bisa membeli kebutuhan pokok dengan harga terjangkau, misalnya beras "
    "seharga Rp70.000 bisa ditebus Rp20.000 tanpa menggunakan APBD atau APBN. Ini contoh praktik baik yang "
    "patut kita pelajari",
    "Pemerintah Provinsi Banten luar biasa, terutama dalam hal pembangunan infrastruktur. Perhatian "
    "pemerintahnya tidak hanya pada kewenangan provinsi, tetapi juga menjangkau hingga ke desa-desa. Ini "
    "menarik, karena dengan efisiensi anggaran, Banten tetap mampu membangun jalan hingga ke wilayah pedesaan",
    "Kami berharap nantinya ada kunjungan balasan dari Banten ke Bengkulu. Sebelumnya, kami juga sudah "
    "melakukan kunjungan serupa ke Sumatera Utara, Lampung, dan Sumatera Selatan. Harapannya, semangat "
    "kolaborasi Banten dan Bengkulu serta daerah lainnya yang digaungkan Presiden bisa benar-benar diterapkan "
    "hingga ke daerah",
]


def judge(article, quote: str, **fields) -> Verdict:
    return check_quote(claim("quote", {"quote": quote, **fields}, sources=("banten-bengkulu",)), [article])


def codes(verdict: Verdict, severity: str | None = None) -> set[str]:
    return {f.code for f in verdict.findings if severity is None or f.severity == severity}


@pytest.mark.parametrize("quote", SOURCE_QUOTES)
def test_each_quote_of_the_article_is_found_verbatim(article, quote):
    verdict = judge(article, quote)
    assert verdict.status is Status.PASS
    assert verdict.message.startswith("quote found verbatim in banten-bengkulu")
    assert verdict.evidence.text == quote
    assert article.text[verdict.evidence.start : verdict.evidence.end] == quote


def test_evidence_points_into_the_original_file(article):
    verdict = judge(article, "beras seharga Rp70.000 bisa ditebus Rp20.000")
    lines = article.text.splitlines()
    line = lines[verdict.evidence.line - 1]
    assert line[verdict.evidence.column - 1 :].startswith("beras seharga Rp70.000")
    assert verdict.evidence.score == 100.0


MISQUOTES = [
    # (quote, the code it must fail with, the source's own words the finding must show)
    ("beras seharga Rp70.000 bisa ditebus Rp25.000 tanpa menggunakan APBD", "Q301", "Rp20.000"),
    ("misalnya beras seharga bisa ditebus Rp20.000 tanpa menggunakan APBD", "Q301", "Rp70.000"),
    ("Perhatian pemerintahnya hanya pada kewenangan provinsi, tetapi juga menjangkau", "Q302", "tidak"),
    ("Ini contoh praktik baik yang tidak patut kita pelajari", "Q302", None),
    ("Rp20.000 dengan menggunakan APBD atau APBN", "Q302", "tanpa"),
    ("hari ini kami menerima kunjungan Gubernur Lampung untuk penandatanganan kerja sama", "Q303", "Bengkulu"),
    ("Pemerintah Provinsi Jawa luar biasa, terutama dalam hal pembangunan infrastruktur", "Q303", "Banten"),
    ("Ini contoh praktik baik yang patut kami pelajari", "Q304", "kita"),
    ("Pemerintah Provinsi Banten sangat luar biasa, terutama dalam hal pembangunan infrastruktur", "Q305", None),
    ("Pemerintah Provinsi Banten luar biasa, terutama dalam pembangunan infrastruktur", "Q306", "hal"),
    ("Banten tetap mampu membangun jalan hingga ke wilayah pedesaan ... Pemerintah Provinsi Banten luar biasa",
     "Q307", None),
    ("Kita bisa saling berbagi hal positif … kami juga sudah melakukan kunjungan serupa ke Sumatera Utara",
     "Q308", None),
    ("Pemerintah Provinsi Banten luar biasa, terutama dalam hal pembangunan infrastruktur. Perhatian "
     "pemerintahnya … hanya pada kewenangan provinsi", "Q309", "tidak"),
    ("Presiden menyatakan dukungan penuh untuk seluruh program pembangunan di Sumatera", "Q310", None),
]


@pytest.mark.parametrize("quote, code, source_words", MISQUOTES, ids=[m[1] for m in MISQUOTES])
def test_misquotes_fail_with_their_code(article, quote, code, source_words):
    verdict = judge(article, quote)
    assert verdict.status is Status.FAIL
    assert code in codes(verdict, "fail")
    finding = next(f for f in verdict.findings if f.code == code)
    if source_words:
        assert source_words in finding.source_text
        assert source_words in finding.message


def test_at_least_ten_distinct_misquote_types_are_covered():
    assert len({code for _, code, _ in MISQUOTES}) >= 10


BENIGN = [
    # (quote, a code that must be noted, or None for verbatim)
    ("“Kami berharap nantinya ada kunjungan balasan dari Banten ke Bengkulu.”", "Q105"),
    ('"Kami berharap nantinya ada kunjungan balasan dari Banten ke Bengkulu"', "Q105"),
    ("kami berharap nantinya ada kunjungan balasan dari Banten ke Bengkulu", "Q104"),
    ("Kami   berharap nantinya ada\nkunjungan balasan dari Banten ke Bengkulu", None),
    ("beras seharga Rp 70.000 bisa ditebus Rp 20.000", "Q103"),
    ("Kami berharap nantinya ada kunjungan balasan dari Banten ke Bengkulu … kami juga sudah melakukan "
     "kunjungan serupa", "Q106"),
    ("Kita bisa saling berbagi hal positif . . . agar manfaatnya lebih luas", "Q106"),
    ("…saling berbagi hal positif yang sudah dijalankan oleh kedua provinsi…", "Q106"),
    ("Pemerintah Provinsi Banten luar biasa … Banten tetap mampu membangun jalan", "Q106"),
    ("Kita bisa saling berbagi hal positif yang sudah dijalankan oleh [Banten dan Bengkulu], lalu "
     "dikolaborasikan", "Q107"),
    ("[Gubernur Helmi] berharap nantinya ada kunjungan balasan dari Banten ke Bengkulu", "Q107"),
    ("Kami be\u00adrharap nantinya ada kun\u200bjungan balasan dari Banten ke Bengkulu", "Q103"),
    ("di masjid\u2011masjid diadakan pasar murah", "Q102"),
]


@pytest.mark.parametrize("quote, note", BENIGN)
def test_benign_variants_pass(article, quote, note):
    verdict = judge(article, quote)
    assert verdict.status is Status.PASS, [f.message for f in verdict.findings]
    if note:
        assert note in codes(verdict, "note")


def test_a_dash_for_a_comma_is_a_punctuation_change_not_a_pass(article):
    verdict = judge(article, "Kita bisa saling berbagi hal positif yang sudah dijalankan oleh kedua provinsi — "
                             "lalu dikolaborasikan")
    # a dash where the source has a comma changes the punctuation: a minor difference
    assert verdict.status in (Status.PASS, Status.WARN)
    if verdict.status is Status.WARN:
        assert codes(verdict, "warn") == {"Q201"}


def test_interior_punctuation_and_case_changes_warn(article):
    assert codes(judge(article, "Kami berharap nantinya ada kunjungan balasan dari Banten ke Bengkulu. "
                                "Sebelumnya kami juga sudah"), "warn") == {"Q201"}
    assert codes(judge(article, "Kami berharap nantinya ada kunjungan balasan dari banten ke Bengkulu"),
                 "warn") == {"Q202"}


def test_narration_presented_as_a_quote_warns(article):
    verdict = judge(article, "Penandatanganan tersebut dilakukan langsung oleh Gubernur Banten Andra Soni")
    assert verdict.status is Status.WARN
    assert codes(verdict, "warn") == {"Q203"}


def test_not_found_shows_the_closest_passage(article):
    verdict = judge(article, "Kami berharap kunjungan balasan Presiden ke Jakarta digelar tahun depan bersama Lampung")
    assert verdict.status is Status.FAIL
    assert codes(verdict) == {"Q310"}
    assert verdict.evidence is not None and not verdict.evidence.found
    assert "Kami berharap" in verdict.evidence.text
    assert "closest passage (line 19)" in verdict.message


def test_misquote_marks_the_words_that_differ(article):
    quote = "beras seharga Rp70.000 bisa ditebus Rp25.000"
    verdict = judge(article, quote)
    claim_marks = [quote[m.start : m.end] for m in verdict.marks if m.side == "claim"]
    source_marks = [article.text[m.start : m.end] for m in verdict.marks if m.side == "source"]
    assert claim_marks == ["Rp25.000"] or claim_marks == ["25.000"]
    assert source_marks in (["Rp20.000"], ["20.000"])


SPEAKERS = [  # each quote of the article, the name a story might give its speaker
    (SOURCE_QUOTES[0], "Andra Soni"),  # “…,” ujar Andra Soni
    (SOURCE_QUOTES[1], "Andra Soni"),  # Ia berharap … “…,” tambahnya
    (SOURCE_QUOTES[2], "Andra"),  # “…,” tutur Andra
    (SOURCE_QUOTES[3], "Helmi Hasan"),  # Gubernur Bengkulu Helmi Hasan mengatakan, … “…,” ujarnya
    (SOURCE_QUOTES[4], "Gubernur Bengkulu Helmi Hasan"),  # Helmi turut membawa … “…,” pungkasnya
]


@pytest.mark.parametrize("quote, speaker", SPEAKERS)
def test_the_right_speaker_passes(article, quote, speaker):
    verdict = judge(article, quote, speaker=speaker)
    assert verdict.status is Status.PASS, verdict.message
    assert codes(verdict) >= {"A101"}
    assert "speaker confirmed" in verdict.message


@pytest.mark.parametrize("quote, speaker", SPEAKERS)
def test_a_swapped_speaker_fails_naming_the_real_one(article, quote, speaker):
    other = "Helmi Hasan" if "Andra" in speaker else "Andra Soni"
    verdict = judge(article, quote, speaker=other)
    assert verdict.status is Status.FAIL
    assert codes(verdict, "fail") == {"A301"}
    real = "Andra Soni" if "Andra" in speaker else "Helmi Hasan"
    assert f"gives these words to Gubernur {'Banten' if 'Andra' in real else 'Bengkulu'} {real}" in verdict.message
    assert verdict.evidence.found  # the quote itself was found


def test_a_speaker_the_source_never_names_fails(article):
    verdict = judge(article, SOURCE_QUOTES[0], speaker="Budi Santoso")
    assert verdict.status is Status.FAIL
    assert codes(verdict, "fail") == {"A302"}


def test_a_misspelt_speaker_fails_with_the_closest_name(article):
    verdict = judge(article, SOURCE_QUOTES[0], speaker="Andra Sony")
    assert codes(verdict, "fail") == {"A302"}
    assert "closest: Gubernur Banten Andra Soni" in verdict.message


def test_narration_has_no_speaker_to_confirm(article):
    verdict = judge(article, "salah satu sektor yang menjadi fokus kerja sama Banten dan Bengkulu", speaker="Andra")
    assert verdict.status is Status.WARN
    assert codes(verdict, "warn") == {"Q203", "A201"}


def test_a_misquote_with_the_right_speaker_still_fails_for_the_words(article):
    verdict = judge(article, "beras seharga Rp70.000 bisa ditebus Rp25.000", speaker="Andra")
    assert verdict.status is Status.FAIL
    assert codes(verdict) >= {"Q301", "A101"}


def test_no_speaker_check_when_the_quote_is_not_found(article):
    verdict = judge(article, "sama sekali tidak ada di artikel ini", speaker="Andra")
    assert codes(verdict) == {"Q310"}
    assert verdict.message.endswith("speaker not checked: the quote was not found")


def test_best_source_wins(article, tmp_path):
    other = read(tmp_path, "other.txt", "Kami berharap nantinya ada kunjungan balasan dari Jakarta ke Bengkulu.")
    quote = claim("quote", {"quote": "Kami berharap nantinya ada kunjungan balasan dari Banten ke Bengkulu"})
    verdict = check_quote(quote, [other, article])
    assert verdict.status is Status.PASS
    assert verdict.evidence.source_id == "banten-bengkulu"


def test_a_quote_without_words_is_an_error(article):
    verdict = judge(article, "… …")
    assert verdict.status is Status.ERROR
    assert codes(verdict) == {"E002"}


def test_prepare_sets_edge_ellipses_aside():
    prepared = prepare("… kami berharap … ada [Banten] kunjungan …")
    assert prepared.word_count == 4
    assert prepared.items[0] == "kami" and prepared.items[-1] == "kunjungan"
    assert len(prepared.edge_gaps) == 2
    assert prepared.fragments() == [(0, 2), (3, 6)]


ENGLISH_SOURCE = """\
The minister spoke on Tuesday.

"We will not raise taxes on working families this year," she said. "Our plan — which we
published in May — costs 40 million dollars, and it doesn't touch pensions."
"""

ENGLISH = [
    ("We will not raise taxes on working families this year", Status.PASS, set()),
    ("We will raise taxes on working families this year", Status.FAIL, {"Q302"}),
    ("it does touch pensions", Status.FAIL, {"Q302"}),
    ("Our plan ... costs 50 million dollars", Status.FAIL, {"Q301"}),
    ("Our plan costs 40 million dollars", Status.FAIL, {"Q306"}),
    ("Our plan - which we published in May - costs 40 million dollars", Status.PASS, set()),
    ("[Our] plan ... costs 40 million dollars, and it doesn't touch pensions", Status.PASS, set()),
    ("this year ... Our plan", Status.FAIL, {"Q308"}),
    ("We will not raise taxes on working families this year, and never will", Status.FAIL, {"Q302"}),
    ("We will not raise taxes on working families this year or the next", Status.FAIL, {"Q305"}),
]


@pytest.mark.parametrize("quote, status, failing", ENGLISH)
def test_english_quotes(tmp_path, quote, status, failing):
    verdict = check_quote(claim("quote", {"quote": quote}), [read(tmp_path, "speech.txt", ENGLISH_SOURCE)])
    assert verdict.status is status, [f.message for f in verdict.findings]
    assert failing <= codes(verdict, "fail")


# Numbers inside quotes are compared by value: (quote, status, codes that must be there)
NUMBERS = [
    ("beras seharga Rp 70 ribu bisa ditebus Rp20.000", Status.WARN, {"Q204"}),
    ("beras seharga 70 ribu rupiah bisa ditebus Rp20.000", Status.WARN, {"Q204"}),
    ("beras seharga tujuh puluh ribu rupiah bisa ditebus Rp20.000", Status.WARN, {"Q204"}),
    ("beras seharga Rp70.000 bisa ditebus 20000 rupiah", Status.WARN, {"Q204"}),
    ("beras seharga Rp70.000 bisa ditebus Rp 25 ribu", Status.FAIL, {"Q301"}),
    ("beras seharga Rp70.000 bisa ditebus Rp20.000,00", Status.WARN, {"Q204"}),
    ("beras seharga Rp70.000 bisa ditebus US$20.000", Status.FAIL, {"Q301"}),  # another currency
    # the value is the same but a word around it changed: both are reported
    ("beras seharga Rp70.000 bisa dibeli Rp 20 ribu tanpa menggunakan APBD", Status.FAIL, {"Q204", "Q304"}),
]


@pytest.mark.parametrize("quote, status, expected", NUMBERS)
def test_numbers_in_quotes_are_compared_by_value(article, quote, status, expected):
    verdict = judge(article, quote)
    assert verdict.status is status, verdict.message
    assert expected <= codes(verdict)
    if "Q204" in expected:
        finding = next(f for f in verdict.findings if f.code == "Q204")
        assert finding.severity == "warn" and finding.source_text in ("Rp70.000", "Rp20.000")


def test_english_numbers_in_quotes_are_compared_by_value(tmp_path):
    source = read(tmp_path, "speech.txt", ENGLISH_SOURCE)
    same = check_quote(claim("quote", {"quote": "costs 40,000,000 dollars"}), [source])
    assert same.status is Status.WARN and codes(same) >= {"Q204"}
    other = check_quote(claim("quote", {"quote": "costs forty-five million dollars"}), [source])
    assert other.status is Status.FAIL and "Q301" in codes(other)


def test_an_ellipsis_may_bridge_a_quotation_interrupted_by_its_cue(tmp_path):
    source = read(tmp_path, "s.txt", "“Kami siap bekerja,” kata Gubernur Andra Soni, “untuk seluruh rakyat Banten.”\n")
    quote = claim("quote", {"quote": "Kami siap bekerja … untuk seluruh rakyat Banten", "speaker": "Andra Soni"})
    verdict = check_quote(quote, [source])
    assert verdict.status is Status.PASS, verdict.message
    assert codes(verdict) == {"Q106", "A101"}


INTERRUPTED = "“Kami siap,” kata Andra Soni, “untuk bekerja sama dengan Bengkulu.” Ia pulang. “Kami lelah,” ujarnya.\n"


@pytest.mark.parametrize("quote, status, code", [
    ("Kami siap untuk bekerja sama dengan Bengkulu", Status.PASS, "Q108"),  # the cue between the parts
    ("Kami siap … untuk bekerja sama dengan Bengkulu", Status.PASS, None),
    ("untuk bekerja sama dengan Bengkulu Kami lelah", Status.FAIL, "Q306"),  # narration between two quotations
])
def test_a_cue_interrupting_one_quotation_may_be_left_out(tmp_path, quote, status, code):
    verdict = check_quote(claim("quote", {"quote": quote}), [read(tmp_path, "s.txt", INTERRUPTED)])
    assert verdict.status is status, [f.message for f in verdict.findings]
    if code:
        assert code in codes(verdict)
