"""Speech cues in either order, in either language, subjects of lead-in verbs, and the word tables behind them."""

from __future__ import annotations

import pytest

from factcheck.lang import tables
from factcheck.speakers import speech

from helpers import source, speakers


def test_lead_in_with_the_name_before_the_verb():
    text = "Kepala Dinas Kesehatan Budi Santoso mengatakan, “Vaksin sudah tiba di semua puskesmas.”"
    assert speakers(text) == ["Kepala Dinas Kesehatan Budi Santoso"]


def test_menurut_names_the_speaker():
    text = "Menurut Rina Wulandari, “harga beras sudah turun sejak pekan lalu.”"
    assert speakers(text) == ["Rina Wulandari"]


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


def test_cues_of_either_language_in_one_source():
    text = ('The minister spoke in Jakarta on Monday. She was asked about the budget.\n\n'
            'Ma’ruf Amin mengatakan, ＂Kami siap bekerja keras untuk rakyat,＂ ujar Ma’ruf.')
    assert speakers(text) == ["Ma’ruf Amin"]


def test_a_name_that_opens_the_clause_before_its_role_is_the_subject():
    text = ("Dedi, Kepala Regu A dari Pos Pemadam Kebakaran Sektor II, menuturkan, selang tidak mengalirkan air.\n\n"
            "“Kami menyambung selang dari gedung sebelah,” ucapnya.")
    assert speech(source(text)).attributions[0].speaker.name == "Dedi"


def test_questioning_and_criticising_verbs_make_their_subject_the_speaker():
    text = ("“Armada baru kami mulai beroperasi pekan depan,” kata Direktur Sari Utami.\n\n"
            "Rudi Hartono mempertanyakan langkah perusahaan itu.\n\n"
            "“Aturannya belum jelas sama sekali,” katanya.")
    assert speakers(text) == ["Direktur Sari Utami", "Rudi Hartono"]


def test_indonesian_cue_tables():
    assert {"kata", "ujar", "tutur", "tambah", "pungkas", "imbuh"} <= tables("id").speech_cues
    assert {"katanya", "ujarnya", "tambahnya", "pungkasnya", "tuturnya"} <= tables("id").speech_cues_pronoun
    assert {"mengatakan", "menyatakan", "menjelaskan", "menambahkan"} <= tables("id").lead_ins
    assert {"ia", "dia", "beliau"} <= tables("id").speaker_pronouns
    assert {"gubernur", "kepala dinas", "komisaris besar", "h", "dr"} <= tables("id").titles


def test_english_cue_tables():
    assert {"said", "says", "told", "added", "asked", "wrote", "noted"} <= tables("en").speech_cues
    assert "according to" in tables("en").according_to
    assert {"he", "she", "they"} <= tables("en").speaker_pronouns
    assert {"mr", "dr", "sen", "president"} <= tables("en").titles
    assert not tables("en").speech_cues_pronoun


def test_a_name_after_a_lower_case_word_is_no_subject_of_the_lead_in():
    # "Covid" is a short form of "Satgas Penanganan Covid", yet the object of "laju virus"
    text = ("Rekomendasi datang dari Satgas Penanganan Covid-19.\n\n"
            "Dalam upaya mengerem laju virus Covid-19, Jojo Rohi mengusulkan parameter.\n\n"
            "“Satgas yang paling berkompeten,” ujarnya.")
    assert [p.full for p in speech(source(text)).people if p.spoke] == ["Jojo Rohi"]
    assert speakers(text) == ["Jojo Rohi"]


def test_a_role_runs_on_to_the_name_right_before_the_lead_in():
    text = ("Area Supervisor Jabar 2 PT Eigerindo Multi Produk Industri Zafrullah Sunyaruri menuturkan, "
            "persiapan dilakukan sejak April.\n\n"
            "“Kami tinggal menyesuaikan jam kerja,” ujarnya.\n\n"
            "Presiden Joko Widodo didampingi Menteri Sari Utami mengatakan, stok aman.\n\n"
            "“Tidak perlu panik,” katanya.")
    names = [a.speaker.name for a in speech(source(text)).attributions]
    assert names[0].endswith("Zafrullah Sunyaruri") and names[1] == "Joko Widodo"


def test_a_lead_in_a_few_words_before_the_quotation():
    text = ("Jo Marsh looked up. Nobody spoke for a minute; then Meg March said in an altered tone, "
            "“You know the reason Mother proposed not having any presents.”")
    (attribution,) = speech(source(text)).attributions
    assert attribution.speaker.full == "Meg March" and attribution.how == "lead-in" and attribution.basis == "cue"
