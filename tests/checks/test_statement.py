"""A `said:` paraphrase against one statement: support, explicit contradiction, or neither."""

import pytest

from factcheck.checks.statement import Paraphrase


def read(said: str, statement: str, language: str, context: str = "", denied: bool = False):
    return Paraphrase(said, language).compare(statement, context or statement, denied)


@pytest.mark.parametrize("said, statement, language", [
    ("kunjungan ke Banten bertujuan belajar", "kunjungannya ke Banten bertujuan untuk belajar", "id"),  # stems
    ("warga dapat menebus beras Rp70.000 dengan Rp20.000", "warga bisa menebus beras seharga Rp70.000 hanya "
                                                           "dengan Rp20.000", "id"),  # figures by value
    ("the outbreak was contained", "the outbreak was contained, she said", "en"),
    ("reading scores fell at two high schools", "reading scores fell at 2 high schools", "en"),  # two is 2
    ("the bill gave too much power to the FCC", "the bill gave too much power to the Federal Communications "
                                                "Commission", "en"),  # an acronym's initials
    ("the budget will not raise taxes", "the new budget would not raise taxes", "en"),
])
def test_a_faithful_paraphrase_is_supported(said, statement, language):
    reading = read(said, statement, language)
    assert reading.supports and not reading.missing, reading


@pytest.mark.parametrize("said, statement, language, says", [
    ("harga pangan turun dalam tiga bulan terakhir", "harga pangan naik dalam tiga bulan terakhir", "id",
     '"naik" where the claim says "turun", its opposite'),
    ("jumlah penumpang meningkat 12 persen", "jumlah penumpang menurun 12 persen", "id", "opposite"),  # by stem
    ("the target was realistic", "the target was unrealistic", "en", "opposite"),  # a negative prefix
    ("this is the smallest program in a generation", "this is the biggest program in a generation", "en",
     "opposite"),  # WordNet: big / small, through the degrees
    ("cases could fall again in winter", "cases could rise again in winter", "en", "opposite"),
    ("every contact was traced within five days", "we traced every contact within two days", "en",
     '"two days" where the claim says "five days"'),
    ("the fire was started in May", "the fire was started in March", "en", '"March" where the claim says "May"'),
    ("pedagang di Surabaya sulit mendapat barang", "pedagang di Medan sulit mendapat barang", "id", '"Medan"'),
    ("airnya bisa dipakai masak", "airnya bau, tidak bisa dipakai masak", "id", "negated in the source"),
    ("he said we should walk away", "I never said we should walk away", "en", "negated in the source"),
    ("program beras murah sudah merata", "program beras murah belum merata", "id", "negated in the source"),
])
def test_an_explicit_contradiction_is_named(said, statement, language, says):
    reading = read(said, statement, language)
    assert reading.conflict and not reading.supports, reading
    assert says in reading.conflict


@pytest.mark.parametrize("said, statement, language", [
    # another word in the same place that is no known opposite: a person must confirm
    ("the media reported his remarks correctly", "his remarks had been misunderstood and twisted by the media",
     "en"),
    ("walking away now would be a success", "walking away now would be a disaster", "en"),
    # a word the claim drops that made the statement only possible
    ("he had checked the tank", "I should have checked the tank", "en"),
    ("musim hujan datang lebih awal", "musim hujan mungkin datang lebih awal", "id"),
    # a negation in a relative clause governs none of the claim's words: cannot be told either way
    ("warga tetap dilayani", "warga yang tidak punya KTP tetap dilayani", "id"),
    # the same opposite twice over ("not up" for "down") is neither
    ("prices did not fall", "prices rose", "en"),
])
def test_neither_support_nor_contradiction_warns(said, statement, language):
    reading = read(said, statement, language)
    assert not reading.supports and not reading.conflict, reading


def test_a_negation_governing_a_shared_word_in_both_is_no_reversal():
    reading = read("competition would not ease this year",
                   "competition was the biggest threat and would not ease this year", "en")
    assert not reading.conflict and not reading.unclear
    assert not read("tidak hanya satu pemain yang cedera", "hanya satu pemain yang cedera", "id").conflict


def test_words_only_in_the_context_fill_in_but_do_not_make_a_contradiction():
    context = "Gubernur Banten Andra Soni mengatakan program beras murah tidak menggunakan APBD. Menurut dia, " \
              "dana program berasal dari kerja sama dengan perusahaan swasta."
    statement = "dana program berasal dari kerja sama dengan perusahaan swasta"
    assert read("dana program beras murah berasal dari kerja sama dengan swasta", statement, "id", context).supports
    # most words only around the statement: not enough to call it a contradiction
    assert not read("program beras murah menggunakan APBN", statement, "id", context).conflict


def test_a_denying_verb_reverses_what_it_reports():
    assert read("pabriknya tidak mencemari sumur", "pabriknya mencemari sumur", "id", denied=True).supports
    denied = read("pabriknya mencemari sumur", "pabriknya mencemari sumur", "id", denied=True)
    assert denied.conflict == "the source denies it"


def test_what_is_missing_is_named_as_written():
    reading = read("Boeing would raise 737 production to 38 jets", "the company would raise production to 38 jets",
                   "en")
    assert reading.missing == ("Boeing", "737") and not reading.supports and not reading.conflict


def test_a_number_that_is_no_figure_is_compared_as_a_word_not_a_value():
    """ "Pasal 212" is a name's number: no figure, so nothing to hold another value against
    (it took the judge down with an AttributeError)."""
    reading = read("tersangka dijerat Pasal 212 KUHP", "polisi menjerat tersangka dengan Pasal 216 KUHP", "id")
    assert not reading.supports
