"""The token view: which words are no names in the source's language, accents, sentence ends, places."""

from __future__ import annotations

from factcheck.speakers import people_named, speech

from helpers import source, speakers


def test_the_sources_language_decides_which_words_are_no_names():
    text = ("Anggota KPU Manado Sunday Rompas mengatakan, surat suara akan segera dicetak.\n\n"
            "”Kami sudah siap untuk mencetak semuanya,” ujarnya.")
    s = source(text, meta={"language": "id"})
    (attribution,) = speech(s).attributions
    assert attribution.speaker.name.endswith("Sunday Rompas")  # "Sunday" is a weekday only in English
    assert people_named(s, "Sunday Rompas") == [attribution.speaker]


def test_names_match_without_accents():
    s = source('José Álvarez, the club\'s president, smiled.\n\n"We did it in the end," Álvarez said.')
    assert speakers(s.text) == ["José Álvarez"]
    assert [p.name for p in people_named(s, "Jose Alvarez")] == ["José Álvarez"]


def test_a_web_address_in_a_role_does_not_end_the_sentence():
    text = ("“Banyak investor asing ingin masuk ke negeri ini,” kata Head of Nusantaraventures.id Rudi Hartono.")
    assert speech(source(text)).attributions[0].speaker.name == "Rudi Hartono"


def test_a_lower_case_place_noun_does_not_make_the_next_name_a_place():
    # "sepanjang jalan Risma": along the way, Risma …; a street would be "Jalan …"
    text = ("Menteri Sari Utami mengatakan, bantuan sudah dikirim ke Wali Kota Surabaya Tri Rismaharini dan "
            "Wali Kota Malang Budi Santoso.\n\nSepanjang jalan Risma menyapa warga.\n\n"
            "Di sepanjang jalan Wali Kota Risma terus mengingatkan warga memakai masker.\n\n"
            "“Tolong pakai masker, rumah sakit kita sudah penuh,” katanya.")
    assert speakers(text)[-1] == "Wali Kota Surabaya Tri Rismaharini"
