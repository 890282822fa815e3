"""Speakers: cues, carry-over, pronouns, short names, titles, and the word tables behind them."""

from pathlib import Path

import pytest

from factcheck.lang import words
from factcheck.text.document import Source
from factcheck.speakers.analysis import people_named, speaker_at, speech


def source(text: str, language: str = "") -> Source:
    meta = {"language": language} if language else {}
    return Source("s", Path("s.txt"), "s.txt", text, meta=meta)


def speakers(text: str) -> list[str | None]:
    """The speaker (full mention) of each quotation, in order."""
    return [a.speaker.full if a.speaker else None for a in speech(source(text)).attributions]


# -- the bundled article --------------------------------------------------------------------


def test_the_five_quotes_of_the_article_resolve_to_their_speakers(article):
    found = [(a.how, a.cue, a.speaker.name) for a in speech(article).attributions]
    assert found == [
        ("named", "ujar", "Andra Soni"),  # “…,” ujar Andra Soni
        ("pronoun", "tambahnya", "Andra Soni"),  # Ia berharap … “…,” tambahnya
        ("named", "tutur", "Andra Soni"),  # “…,” tutur Andra: a short form of the name
        ("pronoun", "ujarnya", "Helmi Hasan"),  # Gubernur Bengkulu Helmi Hasan mengatakan, … “…,” ujarnya
        ("pronoun", "pungkasnya", "Helmi Hasan"),  # Helmi turut membawa … “…,” pungkasnya
    ]


def test_titles_are_stripped_but_kept_as_aliases(article):
    helmi = next(p for p in speech(article).people if p.name == "Helmi Hasan")
    assert helmi.full == "Gubernur Bengkulu Helmi Hasan"
    assert {"gubernur", "bengkulu"} <= helmi.roles
    assert "Helmi" in helmi.aliases


@pytest.mark.parametrize("claimed", ["Helmi Hasan", "Helmi", "Gubernur Bengkulu Helmi Hasan", "Gubernur Bengkulu",
                                     "helmi hasan"])
def test_a_claim_may_name_a_person_in_any_of_the_forms_the_source_uses(article, claimed):
    assert [p.name for p in people_named(article, claimed)] == ["Helmi Hasan"]


def test_names_the_source_does_not_use_match_nobody(article):
    assert people_named(article, "Budi Santoso") == []
    assert people_named(article, "Andra Hasan") == []  # parts of two people are no one


def test_statements_reported_without_quotation_marks_have_their_speaker(article):
    reported = [(s.speaker.name, s.cue) for s in speech(article).statements if not s.direct]
    assert ("Andra Soni", "berharap") in reported  # "Ia berharap …" after Andra Soni spoke
    assert ("Andra Soni", "mengungkapkan") in reported
    assert ("Helmi Hasan", "mengatakan") in reported


def test_narration_has_no_speaker(article):
    offset = article.text.index("Penandatanganan tersebut")
    assert speaker_at(article, offset, offset + 40) is None


# -- Indonesian cues ------------------------------------------------------------------------------


def test_lead_in_with_the_name_before_the_verb():
    text = "Kepala Dinas Kesehatan Budi Santoso mengatakan, “Vaksin sudah tiba di semua puskesmas.”"
    assert speakers(text) == ["Kepala Dinas Kesehatan Budi Santoso"]


def test_menurut_names_the_speaker():
    text = "Menurut Rina Wulandari, “harga beras sudah turun sejak pekan lalu.”"
    assert speakers(text) == ["Rina Wulandari"]


def test_a_quotation_without_a_cue_continues_the_current_speaker():
    text = ("“Harga cabai naik dua kali lipat,” kata pedagang Siti Aminah.\n\n"
            "“Pembeli jadi berkurang sejak bulan lalu.”")
    assert speakers(text) == ["pedagang Siti Aminah", "pedagang Siti Aminah"]


def test_a_pronoun_after_the_cue_refers_back():
    text = ("Ketua RT Ahmad Yani mengatakan, warga sudah diberi tahu.\n\n"
            "“Semua rumah sudah kami datangi satu per satu,” kata dia.")
    assert speakers(text) == ["Ketua RT Ahmad Yani"]


def test_a_quotation_nobody_is_given_is_undetermined():
    (attribution,) = speech(source("Hujan turun sejak pagi.\n\n“Jalan ini sudah banjir sejak subuh tadi.”")).attributions
    assert attribution.speaker is None
    assert attribution.reason == "no cue and no earlier speaker"


def test_a_nya_cue_with_nobody_before_is_undetermined():
    (attribution,) = speech(source("“Semua berjalan lancar hari ini,” ujarnya.")).attributions
    assert attribution.speaker is None and attribution.how == "undetermined"


# -- names ------------------------------------------------------------------------------------------


def test_a_short_form_joins_the_full_name_given_earlier():
    text = ("Ajun Komisaris Roland Manurung menjelaskan, pelaku sudah ditangkap.\n\n"
            "“Pelaku kami tangkap di rumahnya,” ujar Roland.")
    s = source(text)
    assert speakers(text) == ["Ajun Komisaris Roland Manurung"]
    assert [p.name for p in people_named(s, "AKP Roland Manurung")] == ["Roland Manurung"]


def test_a_short_form_may_be_the_first_letters_of_a_name():
    text = ("Wali Kota Surabaya Tri Rismaharini meninjau pasar.\n\n"
            "“Ayo, maskernya langsung dipakai,” ujar Risma.")
    assert speakers(text) == ["Wali Kota Surabaya Tri Rismaharini"]


def test_two_people_who_share_a_name_part_stay_two():
    text = ("Joko Widodo dan Joko Anwar hadir di acara itu.\n\n"
            "“Film ini untuk semua orang,” kata Joko Anwar.\n\n"
            "“Saya senang sekali menontonnya,” kata Joko Widodo.\n\n"
            "“Kita perlu lebih banyak bioskop,” kata Joko.")
    s = source(text)
    names = sorted(p.name for p in speech(s).people if p.name.startswith("Joko"))
    assert names == ["Joko Anwar", "Joko Widodo"]
    assert speakers(text)[:2] == ["Joko Anwar", "Joko Widodo"]
    last = speech(s).attributions[2]
    assert last.speaker is None and last.reason.startswith("ambiguous")
    assert len(people_named(s, "Joko")) == 2


def test_a_role_alone_means_the_person_holding_it():
    text = ("Presiden Joko Widodo dan Wakil Presiden Ma'ruf Amin membuka rapat.\n\n"
            "“Semua program harus jalan minggu ini,” kata Presiden.")
    assert speakers(text) == ["Presiden Joko Widodo"]


# -- English ------------------------------------------------------------------------------------


ENGLISH = [
    ('"The budget puts families first," said Mayor Linda Park.', "Mayor Linda Park"),
    ('"The budget puts families first," Linda Park said.', "Linda Park"),
    ('Linda Park said: "The budget puts families first."', "Linda Park"),
    ('According to Linda Park, "the budget puts families first."', "Linda Park"),
    ('"The budget puts families first," said fire chief Victor Duarte.', "fire chief Victor Duarte"),
]


@pytest.mark.parametrize("text, speaker", ENGLISH)
def test_english_cues_in_either_order(text, speaker):
    assert speakers(text) == [speaker]


def test_english_pronouns_and_roles_refer_back():
    text = ("Prime Minister Anna Kowalski defended the plan.\n\n"
            '"This is the fairest reform in a generation," she said.\n\n'
            '"Nobody will pay more," the prime minister added.')
    assert speakers(text) == ["Prime Minister Anna Kowalski"] * 2


def test_english_subject_changes_the_current_speaker():
    text = ('"We have the votes," said Senator Maria Gonzalez.\n\n'
            'Her opponent, Sen. Thomas Reed, disagreed. "Nothing is settled yet," he said.')
    assert speakers(text) == ["Senator Maria Gonzalez", "Sen. Thomas Reed"]


# -- the word tables ---------------------------------------------------------------------------------


def test_indonesian_cue_tables():
    assert {"kata", "ujar", "tutur", "tambah", "pungkas", "imbuh"} <= words("SPEECH_CUES", "id")
    assert {"katanya", "ujarnya", "tambahnya", "pungkasnya", "tuturnya"} <= words("SPEECH_CUES_PRONOUN", "id")
    assert {"mengatakan", "menyatakan", "menjelaskan", "menambahkan"} <= words("LEAD_INS", "id")
    assert {"ia", "dia", "beliau"} <= words("SPEAKER_PRONOUNS", "id")
    assert {"gubernur", "kepala dinas", "komisaris besar", "h", "dr"} <= words("TITLES", "id")


def test_english_cue_tables():
    assert {"said", "says", "told", "added", "asked", "wrote", "noted"} <= words("SPEECH_CUES", "en")
    assert "according to" in words("ACCORDING_TO", "en")
    assert {"he", "she", "they"} <= words("SPEAKER_PRONOUNS", "en")
    assert {"mr", "dr", "sen", "president"} <= words("TITLES", "en")
    assert not words("SPEECH_CUES_PRONOUN", "en")


def test_names_match_without_accents():
    s = source('José Álvarez, the club\'s president, smiled.\n\n"We did it in the end," Álvarez said.')
    assert speakers(s.text) == ["José Álvarez"]
    assert [p.name for p in people_named(s, "Jose Alvarez")] == ["José Álvarez"]


def test_cues_of_either_language_in_one_source():
    text = ('The minister spoke in Jakarta on Monday. She was asked about the budget.\n\n'
            'Ma’ruf Amin mengatakan, ＂Kami siap bekerja keras untuk rakyat,＂ ujar Ma’ruf.')
    assert speakers(text) == ["Ma’ruf Amin"]


# -- transcripts --------------------------------------------------------------------------


TRANSCRIPT = """\
[00:00:01] Gubernur Andra Soni: Kami menerima kunjungan Gubernur Bengkulu hari ini.
[00:00:05] Ini kesempatan yang baik bagi kedua provinsi.
[00:00:09] Helmi Hasan: Kami berharap ada kunjungan balasan dari Banten ke Bengkulu.
[00:00:14] Terima kasih semuanya.
"""  # the last line is still Helmi Hasan's turn


def test_a_transcript_turn_is_the_speech_of_its_label(tmp_path):
    from factcheck.sources.library import read_source

    path = tmp_path / "interview.md"
    path.write_text("---\nformat: transcript\n---\n" + TRANSCRIPT, encoding="utf-8")
    s = read_source(path)
    found = [(a.how, a.speaker.name if a.speaker else None, a.cue) for a in speech(s).attributions]
    assert found == [("turn", "Andra Soni", "00:00:01.000"), ("turn", "Helmi Hasan", "00:00:09.000")]
    assert speech(s).attributions[0].mention == "Gubernur Andra Soni"
    second_cue = s.text.index("Ini kesempatan")
    assert speaker_at(s, second_cue, second_cue + 10).speaker.name == "Andra Soni"  # the same turn
    assert [p.name for p in people_named(s, "Andra")] == ["Andra Soni"]
    assert [p.name for p in people_named(s, "Gubernur Andra Soni")] == ["Andra Soni"]


def test_the_sources_language_decides_which_words_are_no_names():
    text = ("Anggota KPU Manado Sunday Rompas mengatakan, surat suara akan segera dicetak.\n\n"
            "”Kami sudah siap untuk mencetak semuanya,” ujarnya.")
    s = source(text, language="id")
    (attribution,) = speech(s).attributions
    assert attribution.speaker.name.endswith("Sunday Rompas")  # "Sunday" is a weekday only in English
    assert people_named(s, "Sunday Rompas") == [attribution.speaker]


# -- long roles that run on to the name -----------------------------------------------------


@pytest.mark.parametrize("text, name", [
    # after a cue: a role with commas, a body and a lower-case role word before the name
    ("“Kami akan memperluas layanan ke seluruh kecamatan,” kata Kepala Bagian Umum dan Humas, "
     "Rumah Sakit Sejahtera, Budi Pranata, Senin.", "Budi Pranata"),
    ("“Harga beras akan turun bulan depan,” kata pengamat ekonomi Universitas Nusantara, Dewi Lestari.",
     "Dewi Lestari"),
    # a lead-in verb: the role's acronym in brackets and a linking word do not end it
    ("Ketua Asosiasi Nelayan di Pantai (Asnel) Kota Damai Rudi Hartono mengatakan, hasil tangkapan turun. "
     "“Cuaca buruk membuat kami tidak melaut,” ujarnya.", "Rudi Hartono"),
])
def test_a_long_role_runs_on_to_the_name_that_ends_it(text, name):
    attribution = speech(source(text)).attributions[-1]
    assert attribution.speaker is not None and attribution.speaker.name == name


def test_a_verb_after_a_role_ends_it_before_any_later_name():
    # "kata Presiden menanggapi Wati": Wati is the object, not the speaker
    text = ("Presiden Joko Susanto membuka rapat. “Kita harus bekerja lebih cepat lagi,” kata Presiden "
            "menanggapi Wati Handayani.")
    assert speakers(text) == ["Presiden Joko Susanto"]


def test_a_citation_in_brackets_is_not_part_of_a_role():
    text = ("Presiden Joko Susanto meninjau lokasi. “Pembangunan selesai tahun depan,” kata Presiden "
            "(Harian Pagi, 2/3/2020).")
    assert speakers(text) == ["Presiden Joko Susanto"]


def test_a_capitalised_according_to_opens_a_sentence_after_a_glued_heading():
    # a subheading without a full stop runs into the next sentence: "Harga pangan Menurut Rudi, …"
    text = ("Menteri Sari Utami mengatakan, stok cukup. “Kami menjamin stok beras aman sampai akhir tahun,” ujarnya.\n\n"
            "Harga pangan Menurut Rudi Hartono, harga akan naik.\n\n"
            "“Permintaan naik menjelang hari raya,” katanya.")
    assert speakers(text) == ["Menteri Sari Utami", "Rudi Hartono"]


def test_a_speech_verb_in_a_purpose_clause_makes_no_one_a_speaker():
    # "untuk memastikan": to make sure, not a report of speech by the clause's subject
    text = ("Menteri Sari Utami mengatakan, stok cukup.\n\n"
            "Bank Nusantara yang dipimpin Direktur Rudi Hartono bekerja untuk memastikan harga stabil.\n\n"
            "“Kami menjamin stok beras aman sampai akhir tahun,” katanya.")
    assert speakers(text) == ["Menteri Sari Utami"]


def test_a_claim_name_with_a_word_the_text_uses_as_an_ordinary_word_still_finds_the_person():
    # "Lalu" (a Sasak title, and "then") is never read as part of a name in the text
    article = source("Lalu Darmawan, pengelola dermaga, mengatakan kapal kembali beroperasi. "
                     "“Penumpang mulai datang lagi setiap hari,” kata Darmawan.")
    assert [p.name for p in people_named(article, "Lalu Darmawan")] == ["Darmawan"]
    assert people_named(article, "Lalu Santoso") == []


def test_a_nickname_made_of_the_starts_of_two_name_words_joins_the_person():
    text = ("Presiden Suto Widarto membuka rapat kabinet. Dalam pidatonya, Sutowi mengatakan ekonomi tumbuh. "
            "“Pertumbuhan kita lebih tinggi dari perkiraan,” katanya.")
    article = source(text)
    assert [p.name for p in people_named(article, "Suto Widarto")] == ["Suto Widarto"]
    assert speech(article).attributions[0].speaker.name == "Suto Widarto"
    # a word that only shares a beginning with one name word joins no one
    other = source("Presiden Suto Widarto membuka rapat. Sutoyo mengatakan, “Pertumbuhan kita lebih tinggi.”")
    assert [p.name for p in people_named(other, "Sutoyo")] == ["Sutoyo"]


def test_a_titled_role_ending_in_a_place_then_a_demonstrative_refers_back():
    text = ("Presiden Suto Widarto meminta daerah bekerja keras. Mantan Gubernur Sulawesi itu pun kembali "
            "menyampaikan pentingnya masker. “Kami minta semua kantor memeriksa tamu di pintu,” tuturnya.")
    assert speakers(text) == ["Presiden Suto Widarto"]


def test_a_role_that_runs_on_to_a_demonstrative_refers_back():
    # without "ini", "politisi" alone would be the person last given that role, Tegar Putra
    text = ("Politisi Tegar Putra berbicara kemarin.\n\nKetua DPR Sari Utami berharap warga tetap di rumah.\n\n"
            "“Mari kita rayakan hari raya dengan sederhana,” kata politisi dari Partai Damai ini.")
    assert speakers(text) == ["Ketua DPR Sari Utami"]


def test_a_long_role_keeps_the_place_before_the_name_out_of_the_name():
    text = ("Operasi di Sulteng berlanjut.\n\n"
            "Peneliti pada Lembaga Kajian dan Studi Hukum (LKSH) Sulteng Rudi Hartono menyatakan, operasi harus "
            "dilanjutkan.\n\n“Ini kesempatan untuk menuntaskan kasus,” katanya.")
    article = source(text)
    attribution = speech(article).attributions[0]
    assert attribution.speaker is not None and people_named(article, "Rudi Hartono") == [attribution.speaker]


def test_a_place_after_the_name_does_not_continue_the_role():
    text = ("“Belum ada kabar dari pusat sampai hari ini,” kata Kepala Dusun Mekar, Budi Pranata di Kabupaten "
            "Sleman, Daerah Istimewa Yogyakarta.")
    assert speech(source(text)).attributions[0].speaker.name == "Budi Pranata"


def test_a_name_that_opens_the_clause_before_its_role_is_the_subject():
    text = ("Dedi, Kepala Regu A dari Pos Pemadam Kebakaran Sektor II, menuturkan, selang tidak mengalirkan air.\n\n"
            "“Kami menyambung selang dari gedung sebelah,” ucapnya.")
    assert speech(source(text)).attributions[0].speaker.name == "Dedi"


def test_a_lower_case_place_noun_does_not_make_the_next_name_a_place():
    # "sepanjang jalan Risma": along the way, Risma …; a street would be "Jalan …"
    text = ("Menteri Sari Utami mengatakan, bantuan sudah dikirim ke Wali Kota Surabaya Tri Rismaharini dan "
            "Wali Kota Malang Budi Santoso.\n\nSepanjang jalan Risma menyapa warga.\n\n"
            "Di sepanjang jalan Wali Kota Risma terus mengingatkan warga memakai masker.\n\n"
            "“Tolong pakai masker, rumah sakit kita sudah penuh,” katanya.")
    assert speakers(text)[-1] == "Wali Kota Surabaya Tri Rismaharini"


def test_a_subheading_glued_to_a_sentence_opening_with_its_word_names_no_one():
    text = ("Ketua kelompok Rudi Hartono mengatakan, penyu makin jarang bertelur.\n\n"
            "Kendala Kendala cuaca masih ada karena sebagian warga menilai musim hujan datang lebih awal.\n\n"
            "“Sarang di pantai utara paling sering tergenang,” ujarnya.")
    assert speakers(text) == ["Ketua kelompok Rudi Hartono"]


def test_a_web_address_in_a_role_does_not_end_the_sentence():
    text = ("“Banyak investor asing ingin masuk ke negeri ini,” kata Head of Nusantaraventures.id Rudi Hartono.")
    assert speech(source(text)).attributions[0].speaker.name == "Rudi Hartono"


def test_questioning_and_criticising_verbs_make_their_subject_the_speaker():
    text = ("“Armada baru kami mulai beroperasi pekan depan,” kata Direktur Sari Utami.\n\n"
            "Rudi Hartono mempertanyakan langkah perusahaan itu.\n\n"
            "“Aturannya belum jelas sama sekali,” katanya.")
    assert speakers(text) == ["Direktur Sari Utami", "Rudi Hartono"]
