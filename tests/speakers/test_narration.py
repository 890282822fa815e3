"""The narration pass: carry-over of the current speaker, pronouns, undetermined quotations, reported speech."""

from __future__ import annotations

import pytest

from factcheck.speakers import speech

from helpers import source, speakers


def test_statements_reported_without_quotation_marks_have_their_speaker(article):
    reported = [(s.speaker.name, s.cue) for s in speech(article).statements if not s.direct]
    assert ("Andra Soni", "berharap") in reported  # "Ia berharap …" after Andra Soni spoke
    assert ("Andra Soni", "mengungkapkan") in reported
    assert ("Helmi Hasan", "mengatakan") in reported


def test_a_quotation_without_a_cue_continues_the_current_speaker():
    text = ("“Harga cabai naik dua kali lipat,” kata pedagang Siti Aminah.\n\n"
            "“Pembeli jadi berkurang sejak bulan lalu.”")
    assert speakers(text) == ["pedagang Siti Aminah", "pedagang Siti Aminah"]


def test_a_pronoun_after_the_cue_refers_back():
    text = ("Ketua RT Ahmad Yani mengatakan, warga sudah diberi tahu.\n\n"
            "“Semua rumah sudah kami datangi satu per satu,” kata dia.")
    assert speakers(text) == ["Ketua RT Ahmad Yani"]


def test_english_pronouns_and_roles_refer_back():
    text = ("Prime Minister Anna Kowalski defended the plan.\n\n"
            '"This is the fairest reform in a generation," she said.\n\n'
            '"Nobody will pay more," the prime minister added.')
    assert speakers(text) == ["Prime Minister Anna Kowalski"] * 2


def test_english_subject_changes_the_current_speaker():
    text = ('"We have the votes," said Senator Maria Gonzalez.\n\n'
            'Her opponent, Sen. Thomas Reed, disagreed. "Nothing is settled yet," he said.')
    assert speakers(text) == ["Senator Maria Gonzalez", "Sen. Thomas Reed"]


def test_a_quotation_nobody_is_given_is_undetermined():
    (attribution,) = speech(source("Hujan turun sejak pagi.\n\n“Jalan ini sudah banjir sejak subuh tadi.”")).attributions
    assert attribution.speaker is None
    assert attribution.reason == "no cue and no earlier speaker"


def test_a_nya_cue_with_nobody_before_is_undetermined():
    (attribution,) = speech(source("“Semua berjalan lancar hari ini,” ujarnya.")).attributions
    assert attribution.speaker is None and attribution.how == "undetermined"


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


def test_a_name_several_people_share_carries_no_one_over():
    # after "kata Joko" (Widodo or Anwar?), a quotation without a cue is not given to the last
    # speaker named in full: the current speaker is no longer known
    text = ("Joko Widodo dan Joko Anwar hadir di acara itu.\n\n"
            "“Saya senang sekali menontonnya,” kata Joko Widodo.\n\n"
            "“Kita perlu lebih banyak bioskop,” kata Joko.\n\n"
            "“Tiketnya juga harus murah.”")
    ambiguous, after = speech(source(text)).attributions[1:]
    assert ambiguous.speaker is None and ambiguous.ambiguous
    assert after.speaker is None and not after.ambiguous and after.reason == "no cue and no earlier speaker"
    without = text.replace("“Kita perlu lebih banyak bioskop,” kata Joko.\n\n", "")
    assert speakers(without) == ["Joko Widodo", "Joko Widodo"]  # carried over when nothing intervenes


def test_a_body_written_as_a_short_acronym_does_not_break_the_chain():
    # "BI" is a body wherever it stands alone ("upaya BI"), not the "BI" of "Gubernur BI Perry Warjiyo"
    text = ("Gubernur BI Perry Warjiyo mendorong bank memakai fasilitas repo.\n\n"
            "Ketua OJK Wimboh Santoso memastikan kebutuhan stimulus terpenuhi.\n\n"
            "OJK melengkapi upaya BI menjaga likuiditas.\n\n"
            "“Ini memberi keleluasaan untuk bank,” katanya.")
    (attribution,) = speech(source(text)).attributions
    assert attribution.speaker.name == "Wimboh Santoso" and attribution.basis == "chain"


def test_a_titled_person_named_between_breaks_the_chain():
    text = ("Ketua OJK Wimboh Santoso memastikan kebutuhan stimulus terpenuhi.\n\n"
            "Langkah itu melengkapi kebijakan Gubernur BI Perry Warjiyo.\n\n"
            "“Ini memberi keleluasaan untuk bank,” katanya.")
    (attribution,) = speech(source(text)).attributions
    assert attribution.speaker.name == "Wimboh Santoso" and attribution.basis == "inferred"
    assert "Perry Warjiyo is named in between" in attribution.note


def test_in_a_dialogue_a_new_paragraph_without_a_cue_is_only_inferred():
    text = ('"I know you will laugh at me," said Basil Hallward.\n\n'
            '"Laugh? Why should I?" said Lord Henry.\n\n'
            '"Because I have put too much of myself into it."\n\n'
            '"Nonsense, my dear fellow."\n\n'
            '"It is quite true, whatever you think."\n\n'
            '"Too much of yourself in it!" said Lord Henry.\n\n'
            'The room was silent for a while.\n\n'
            '"Yes, I knew you would; but it is quite true, all the same."')
    last = speech(source(text)).attributions[-1]
    assert last.speaker.full == "Lord Henry" and last.basis == "inferred"


@pytest.mark.parametrize("second", ['"Must you go so soon, Matthew?"', '"Matthew, you must not go," she said.'])
def test_words_that_address_the_speaker_before_are_not_theirs(second):
    text = f'"I am going to the station," said Matthew Cuthbert.\n\n{second}'
    last = speech(source(text)).attributions[-1]
    assert last.speaker is None and "address Matthew Cuthbert" in last.reason


def test_in_a_dialogue_a_pronoun_cue_opening_a_paragraph_is_only_inferred():
    text = ('"I know you will laugh at me," said Basil Hallward.\n\n'
            '"Laugh? Why should I?" said Lord Henry.\n\n'
            '"Because I have put too much of myself into it."\n\n'
            '"Nonsense, my dear fellow."\n\n'
            '"It is quite true, whatever you think," said Lord Henry.\n\n'
            'The room was silent for a while.\n\n'
            '"Yes, I knew you would," he said.')
    last = speech(source(text)).attributions[-1]
    assert last.how == "pronoun" and last.basis == "inferred"
