"""Name phrases: titles and roles split from names, roles that run on to a name, roles that refer back."""

from __future__ import annotations

import pytest

from factcheck.speakers import people_named, speech

from helpers import source, speakers


def test_titles_are_stripped_but_kept_as_aliases(article):
    helmi = next(p for p in speech(article).people if p.name == "Helmi Hasan")
    assert helmi.full == "Gubernur Bengkulu Helmi Hasan"
    assert {"gubernur", "bengkulu"} <= helmi.roles
    assert "Helmi" in helmi.aliases


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


def test_a_titled_role_ending_in_a_place_then_a_demonstrative_refers_back():
    text = ("Presiden Suto Widarto meminta daerah bekerja keras. Mantan Gubernur Sulawesi itu pun kembali "
            "menyampaikan pentingnya masker. “Kami minta semua kantor memeriksa tamu di pintu,” tuturnya.")
    assert speakers(text) == ["Presiden Suto Widarto"]


def test_a_role_that_runs_on_to_a_demonstrative_refers_back():
    # without "ini", "politisi" alone would be the person last given that role, Tegar Putra
    text = ("Politisi Tegar Putra berbicara kemarin.\n\nKetua DPR Sari Utami berharap warga tetap di rumah.\n\n"
            "“Mari kita rayakan hari raya dengan sederhana,” kata politisi dari Partai Damai ini.")
    assert speakers(text) == ["Ketua DPR Sari Utami"]


def test_a_word_that_is_no_name_alone_is_one_between_name_words():
    # "hari" (day) names no one alone, but "Agung Hari Setiyono" is a name, and "kata Hari" means him
    text = ("Kepala Pusat Penerangan Hukum Kejaksaan Agung Hari Setiyono mengungkapkan, kejaksaan memburu Joko.\n\n"
            "“Selanjutnya akan dilakukan pemeriksaan,” kata Hari.\n\n"
            "Pada Hari Senin, sidang dibuka.")
    assert speakers(text) == ["Kepala Pusat Penerangan Hukum Kejaksaan Agung Hari Setiyono"]
    assert [p.name for p in people_named(source(text), "Agung Hari Setiyono")] == ["Hari Setiyono"]


def test_a_possessive_names_its_owner_but_no_speaker():
    text = ("The parson had observed Durbeyfield's name on his waggon.\n\n"
            '"Daze my eyes, and isn\'t there?" said Durbeyfield.\n\n'
            "Lucy’s mother said, “You must have the room.”")
    found = speech(source(text))
    assert sorted(p.full for p in found.people) == ["Durbeyfield", "Lucy"]
    assert [a.speaker.full if a.speaker else None for a in found.attributions] == ["Durbeyfield", None]
