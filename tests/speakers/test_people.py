"""The people registry: short forms, first letters and blends joined to a person; shared names kept apart."""

from __future__ import annotations

from factcheck.speakers import people_named, speech

from helpers import source, speakers


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


def test_a_nickname_made_of_the_starts_of_two_name_words_joins_the_person():
    text = ("Presiden Suto Widarto membuka rapat kabinet. Dalam pidatonya, Sutowi mengatakan ekonomi tumbuh. "
            "“Pertumbuhan kita lebih tinggi dari perkiraan,” katanya.")
    article = source(text)
    assert [p.name for p in people_named(article, "Suto Widarto")] == ["Suto Widarto"]
    assert speech(article).attributions[0].speaker.name == "Suto Widarto"
    # a word that only shares a beginning with one name word joins no one
    other = source("Presiden Suto Widarto membuka rapat. Sutoyo mengatakan, “Pertumbuhan kita lebih tinggi.”")
    assert [p.name for p in people_named(other, "Sutoyo")] == ["Sutoyo"]


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
    assert last.speaker is None and last.reason.startswith("ambiguous") and last.ambiguous
    assert len(people_named(s, "Joko")) == 2


def test_a_role_alone_means_the_person_holding_it():
    text = ("Presiden Joko Widodo dan Wakil Presiden Ma'ruf Amin membuka rapat.\n\n"
            "“Semua program harus jalan minggu ini,” kata Presiden.")
    assert speakers(text) == ["Presiden Joko Widodo"]


def test_a_subheading_glued_to_a_sentence_opening_with_its_word_names_no_one():
    text = ("Ketua kelompok Rudi Hartono mengatakan, penyu makin jarang bertelur.\n\n"
            "Kendala Kendala cuaca masih ada karena sebagian warga menilai musim hujan datang lebih awal.\n\n"
            "“Sarang di pantai utara paling sering tergenang,” ujarnya.")
    assert speakers(text) == ["Ketua kelompok Rudi Hartono"]


def test_titles_that_tell_sex_keep_two_people_apart():
    text = ("“My dear Mr. Bennet,” said Mrs. Bennet, “have you heard?”\n\n"
            "Mr. Bennet replied that he had not.\n\n"
            "“But it is,” returned she.")
    found = speech(source(text))
    assert sorted((p.full, p.gender) for p in found.people) == [("Mr. Bennet", "m"), ("Mrs. Bennet", "f")]
    assert [p.full for p in people_named(source(text), "Mrs Bennet")] == ["Mrs. Bennet"]
    last = found.attributions[-1]  # "she" cannot be Mr. Bennet, the speaker before
    assert last.speaker is None and "not to Mr. Bennet" in last.reason


def test_a_slip_in_a_long_name_joins_the_person():
    text = ("Kepala Ekonom DBS Rob Subbaraman menilai Vietnam menarik modal asing.\n\n"
            "Subarraman menambahkan, Indonesia harus berbenah.\n\n"
            "“Indonesia tetap harus berjuang,” ujarnya.")
    assert speakers(text) == ["Kepala Ekonom DBS Rob Subbaraman"]
    assert [p.name for p in speech(source(text)).people if p.spoke] == ["Rob Subbaraman"]
