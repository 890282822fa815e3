"""Attribution claims: what the source attributes to a speaker, paraphrased."""

import pytest

from factcheck.checks.attribution import check_attribution, cue_span
from factcheck.speakers import speech
from factcheck.model import Status, Verdict
from factcheck.text.document import Source

from helpers import claim, source


def judge(article: Source, speaker: str, said: str) -> Verdict:
    attribution = claim("attribution", {"speaker": speaker, "said": said}, sources=("banten-bengkulu",))
    return check_attribution(attribution, [article])


def codes(verdict: Verdict) -> set[str]:
    return {f.code for f in verdict.findings}


PURPOSE = "kunjungan ke Banten bertujuan belajar dari program pembangunan Pemprov Banten"


@pytest.mark.parametrize("speaker, said", [
    ("Helmi Hasan", PURPOSE),  # "Helmi Hasan mengatakan, kunjungannya ke Banten bertujuan …": reported speech
    ("Andra", "pelayanan kesehatan menjadi salah satu fokus kerja sama Banten dan Bengkulu"),  # Andra mengungkapkan
    ("Andra Soni", "kolaborasi Banten dan Bengkulu menjadi ajang saling belajar"),  # Ia berharap …
    ("Gubernur Bengkulu Helmi Hasan", "Banten tetap mampu membangun jalan hingga ke pedesaan"),  # a quotation
])
def test_a_paraphrase_of_what_the_speaker_said_passes(article, speaker, said):
    verdict = judge(article, speaker, said)
    assert verdict.status is Status.PASS, verdict.message
    assert codes(verdict) == {"A102"}
    assert verdict.evidence is not None and verdict.evidence.source_id == "banten-bengkulu"


def test_the_statement_of_someone_else_fails(article):
    verdict = judge(article, "Andra Soni", PURPOSE)
    assert verdict.status is Status.FAIL
    assert codes(verdict) == {"A304"}
    assert "attributes this to Gubernur Bengkulu Helmi Hasan, not Andra Soni" in verdict.message


def test_a_negation_the_source_does_not_have_fails(article):
    verdict = judge(article, "Helmi Hasan", PURPOSE.replace("bertujuan", "tidak bertujuan"))
    assert verdict.status is Status.FAIL
    assert codes(verdict) == {"A303"}
    assert '"bertujuan" is negated in the claim but not in the source' in verdict.message


def test_a_number_the_source_does_not_have_fails(article):
    verdict = judge(article, "Andra", "beras seharga Rp70.000 bisa ditebus Rp25.000 di masjid")
    assert verdict.status is Status.FAIL
    assert codes(verdict) == {"A303"}
    assert "25.000" in verdict.message


def test_weak_support_warns_naming_what_to_confirm(article):
    verdict = judge(article, "Helmi", "Banten mampu membangun jalan desa walau pajak daerah naik tajam")
    assert verdict.status is Status.WARN
    assert codes(verdict) == {"A203"}
    assert 'it does not say "pajak", "daerah", "naik", "tajam"' in verdict.message


def test_nothing_like_it_warns(article):
    verdict = judge(article, "Helmi", "harga minyak goreng akan naik bulan depan")
    assert verdict.status is Status.WARN  # absence is no evidence of the contrary
    assert codes(verdict) == {"A207"} and "confirm it elsewhere" in verdict.message


def test_a_speaker_the_source_does_not_name_fails_when_someone_else_says_it(article):
    verdict = judge(article, "Budi Santoso", PURPOSE)
    assert verdict.status is Status.FAIL and codes(verdict) == {"A302"}
    assert "it gives this to Gubernur Bengkulu Helmi Hasan" in verdict.message


def test_a_speaker_the_source_does_not_name_warns_when_nobody_says_it(article):
    verdict = judge(article, "Budi Santoso", "harga minyak goreng akan naik bulan depan")
    assert verdict.status is Status.WARN and codes(verdict) == {"A207"}


def test_english_reported_speech():
    text = ("Mayor Linda Park said that the new budget would not raise taxes.\n\n"
            "Council member Raj Patel said the city was spending money it did not have.")
    council = source(text, "council")
    said = claim("attribution", {"speaker": "Linda Park", "said": "the budget will not raise taxes"})
    assert check_attribution(said, [council]).status is Status.PASS
    swapped = claim("attribution", {"speaker": "Raj Patel", "said": "the budget will not raise taxes"})
    verdict = check_attribution(swapped, [council])
    assert verdict.status is Status.FAIL and codes(verdict) == {"A304"}


MEDIA = ("WASHINGTON — Rep. Martin Cole said Tuesday that his remarks about the trade deal had been "
         "misunderstood and twisted by the media.\n\n"
         "\"I never said we should walk away from Canada,\" Cole said. \"I said we should renegotiate.\"\n")


@pytest.mark.parametrize("said, status, code, says", [
    ("his remarks about the trade deal were misunderstood by the media", Status.PASS, "A102", "reported"),
    # sharing most words is not support: what "correctly" says must be confirmed
    ("the media reported his remarks about the trade deal correctly", Status.WARN, "A203",
     'it does not say "correctly"'),
    ("he said the US should walk away from Canada", Status.FAIL, "A303", "is negated in the source"),
    ("he never said the US should walk away from Canada", Status.WARN, "A203", '"US"'),
])
def test_what_the_speaker_said_is_judged_word_by_word(said, status, code, says):
    verdict = check_attribution(claim("attribution", {"speaker": "Martin Cole", "said": said}, language="en"),
                                [source(MEDIA, "cole")])
    assert (verdict.status, codes(verdict)) == (status, {code}), verdict.message
    assert says in verdict.message


WELLS = ("Tidak hanya Rodiyah, warga bernama Mulyati juga menyebut air sumurnya keruh sejak pabrik "
         "beroperasi.\n\n\"Airnya bau, tidak bisa dipakai masak,\" kata Mulyati.\n\n"
         "Rodiyah sendiri sudah dua bulan membeli air galon. \"Sebulan habis Rp300.000,\" ujar Rodiyah.\n")


@pytest.mark.parametrize("speaker, said, status", [
    ("Mulyati", "airnya bau dan tidak bisa dipakai masak", Status.PASS),
    ("Rodiyah", "airnya bau dan tidak bisa dipakai masak", Status.FAIL),  # Mulyati's words
    ("Mulyati", "airnya bisa dipakai masak", Status.FAIL),  # the negation dropped
    ("Rodiyah", "sebulan ia menghabiskan Rp100.000 untuk air galon", Status.FAIL),  # another figure
    # "Tidak hanya Rodiyah, … Mulyati juga menyebut …": neither passes Rodiyah nor fails Mulyati
    ("Rodiyah", "air sumurnya keruh sejak pabrik beroperasi", Status.WARN),
    ("Mulyati", "air sumurnya keruh sejak pabrik beroperasi", Status.WARN),
])
def test_a_speaker_named_beside_another_keeps_their_own_words(speaker, said, status):
    verdict = check_attribution(claim("attribution", {"speaker": speaker, "said": said}, language="id"),
                                [source(WELLS, "wells")])
    assert verdict.status is status, verdict.message


def test_a_chain_another_person_interrupts_is_not_explicit():
    text = ("Dan Ives, an analyst at Wedbush Securities, said the drop was an overreaction.\n\n"
            "Gene Munster of Deepwater Asset Management was less upbeat. He said competition from Chinese "
            "carmakers was the biggest threat to the margins.\n")
    tesla = source(text, "tesla")
    for speaker in ("Dan Ives", "Gene Munster"):  # "He said" follows Munster's sentence: neither is sure
        said = claim("attribution", {"speaker": speaker, "said": "competition from Chinese carmakers was the "
                                                                 "biggest threat to the margins"}, language="en")
        verdict = check_attribution(said, [tesla])
        assert verdict.status is Status.WARN, verdict.message


def test_a_denying_verb_negates_what_it_reports():
    text = "Manajer pabrik, Teguh Santoso, membantah pabriknya mencemari sumur warga.\n"
    factory = source(text, "factory")
    denied = claim("attribution", {"speaker": "Teguh Santoso", "said": "pabriknya tidak mencemari sumur warga"},
                   language="id")
    assert check_attribution(denied, [factory]).status is Status.PASS
    admitted = claim("attribution", {"speaker": "Teguh Santoso", "said": "pabriknya mencemari sumur warga"},
                     language="id")
    verdict = check_attribution(admitted, [factory])
    assert verdict.status is Status.FAIL and "denies" in verdict.message


@pytest.mark.parametrize("words, cue", [
    ("beras seharga Rp70.000 bisa ditebus Rp20.000", "tutur Andra"),  # after the quotation
    ("Alhamdulillah, hari ini kami menerima kunjungan", "ujar Andra Soni"),
    ("Kami berharap nantinya ada kunjungan balasan", "pungkasnya"),  # a -nya cue alone
])
def test_the_cue_naming_a_quotations_speaker_is_found(article, words, cue):
    start = article.text.index(words)
    span = cue_span(article, start, start + len(words))
    assert article.text[span[0]:span[1]] == cue


def test_a_cue_before_or_inside_the_quotation_is_found():
    text = 'Mayor Linda Park said: "We will not raise taxes this year."\n"We are ready," Park said, "to work."\n'
    council = source(text, "council")
    start = text.index("We will not")
    span = cue_span(council, start, start + 10)
    assert text[span[0]:span[1]] == "Mayor Linda Park said"  # a lead-in before it
    start = text.index("to work")
    span = cue_span(council, start, start + 7)
    assert text[span[0]:span[1]] == "Park said"  # between the parts of one quotation


def test_narration_has_no_cue(article):
    start = article.text.index("Penandatanganan tersebut")
    assert cue_span(article, start, start + 30) is None


# -- the speaker of a quote: asymmetric verdicts ------------------------------------------------

from factcheck.checks.attribution import speaker_findings  # noqa: E402

MUDIK = ("Gubernur Banten Andra Soni meninjau posko mudik di Merak.\n\n"
         "“Jalan sudah lancar,” kata Andra.\n\n"
         "“Tau Pak,” jawab pemudik.\n\n"
         "“Kami berangkat subuh tadi,” lanjut pemudik tersebut.")


def speaker_code(text: str, words: str, speaker: str) -> tuple[str, str]:
    article = source(text)
    start = article.text.index(words)
    (finding,) = speaker_findings(article, start, start + len(words), speaker)
    return finding.code, finding.message


@pytest.mark.parametrize("words", ["Tau Pak", "Kami berangkat subuh tadi"])
def test_words_of_someone_unnamed_fail_a_named_person_and_pass_their_description(words):
    code, message = speaker_code(MUDIK, words, "Andra Soni")
    assert code == "A301" and '"pemudik' in message and "someone it does not name" in message
    assert speaker_code(MUDIK, words, "pemudik")[0] == "A101"


def test_words_of_someone_described_warn_a_named_person():
    text = ("Mr. Bennet made no answer.\n\n"
            "“Do you not want to know who has taken it?” cried his wife impatiently.\n\n"
            "“You want to tell me, and I have no objection to hearing it.”")
    code, message = speaker_code(text, "Do you not want", "Mrs. Bennet")
    assert code == "A201" and '"cried his wife' in message
    # the description ends the chain: the next turn is not Mr. Bennet's by any cue
    assert speaker_code(text, "You want to tell me", "Mr. Bennet")[0] in ("A201", "A204", "A205")


def test_a_description_followed_by_a_name_is_that_person():
    text = "“Sekarang Rp 80.000 per kilo,” kata seorang pedagang, Sarmini.\n\nMenteri Budi Santoso hadir."
    assert speaker_code(text, "Sekarang Rp", "Sarmini")[0] == "A101"
    assert speaker_code(text, "Sekarang Rp", "Budi Santoso")[0] == "A301"


def test_an_organisation_or_its_statement_refers_back():
    text = ('The Pentagon said the exercise would go ahead. "The safety of our service members is our first '
            'priority," the statement said.')
    assert speaker_code(text, "The safety", "Pentagon")[0] == "A101"


def test_a_trader_described_then_named_is_referred_back_to():
    text = ("“Sekarang Rp 80.000 per kilo,” kata seorang pedagang, Sarmini.\n\n"
            "“Pembeli jadi sepi,” ujar pedagang itu.\n\nMenteri Budi Santoso hadir.")
    assert speaker_code(text, "Pembeli jadi sepi", "Sarmini")[0] == "A101"


@pytest.mark.parametrize("cue", ["sahut", "seloroh", "respon", "timpal", "harap"])
def test_indonesian_cue_verbs(cue):
    text = f"Gubernur Andra Soni hadir.\n\n“Semua warga harus ikut,” {cue} Wali Kota Budi Santoso."
    assert speaker_code(text, "Semua warga", "Budi Santoso")[0] == "A101"
    assert speaker_code(text, "Semua warga", "Andra Soni")[0] == "A301"


def test_a_name_ending_in_a_title_word():
    text = ("Kepala Bidang Humas Ajun Komisaris Besar Sandi Sultan membenarkan penangkapan itu.\n\n"
            "“Tersangka sudah kami tahan,” ujar Sandi.")
    assert speaker_code(text, "Tersangka sudah", "Sandi Sultan")[0] == "A101"


def test_according_to_after_the_quotation_and_a_label_with_an_outlet():
    text = ('The board ruled against Acme. "The policy discriminated against older workers," according to the '
            'Equal Opportunity Board.\n\nJane Roe, CNN: "The senator declined to comment on the report."\n\n'
            'Senator Mark Ellis left early.')
    assert speaker_code(text, "The policy", "Equal Opportunity Board")[0] == "A101"
    assert speaker_code(text, "The senator declined", "Jane Roe")[0] == "A101"
    assert speaker_code(text, "The senator declined", "Mark Ellis")[0] == "A301"


def test_an_appositive_name_after_a_role_is_the_speaker():
    text = ('"We will win this state," said the campaign\'s communications director, Jane Roe.\n\n'
            'Governor Tom Baker disagreed.')
    assert speaker_code(text, "We will win", "Jane Roe")[0] == "A101"
    assert speaker_code(text, "We will win", "Tom Baker")[0] == "A301"


def test_words_a_sentence_introduces_with_a_colon_are_not_the_speaker_before():
    text = ("Gubernur Banten Andra Soni menerima kunjungan itu. Sebuah spanduk di depan gedung berbunyi: "
            "“Selamat datang di Banten, tanah jawara yang ramah.”")
    code, message = speaker_code(text, "Selamat datang", "Andra Soni")
    assert code == "A201" and "introduces these words without naming a speaker" in message


def test_region_words_belong_to_the_title():
    text = "Gubernur Jawa Tengah Ganjar Pranowo meninjau banjir. “Kami membangun tanggul baru,” kata Ganjar."
    assert [p.name for p in speech(source(text)).people] == ["Ganjar Pranowo"]
    assert speaker_code(text, "Kami membangun", "Ganjar Pranowo")[0] == "A101"


def test_a_title_written_short_is_the_role_a_later_cue_names():
    text = ("Homeland Security Secretary Ana Ruiz spoke in El Paso.\n\nTexas Gov. Jim Barlow, a Republican, was not "
            'persuaded. "Come stand on the river with me and say that," the governor said.')
    assert speaker_code(text, "Come stand", "Jim Barlow")[0] == "A101"
    assert speaker_code(text, "Come stand", "Ana Ruiz")[0] == "A301"


def test_a_name_broken_by_a_line_after_its_title():
    text = ('The mill owners met on Friday. "We will not be dictated to by a committee of agitators," said Mr.\n'
            "Bounderby, who owns the largest of the mills.")
    code, message = speaker_code(text, "We will not", "Bounderby")
    assert code == "A101" and "Mr. Bounderby" in message


def test_a_short_line_a_speech_verb_announces_is_speech():
    text = ('Secretary of State Alan Brooks cried, "Enough!" when the question was repeated.\n\n'
            "Senator Ruth Okafor left the room.")
    assert speaker_code(text, "Enough", "Alan Brooks")[0] == "A101"
    assert speaker_code(text, "Enough", "Ruth Okafor")[0] == "A301"
def test_a_chain_from_the_speaker_named_as_subject_is_explicit():
    text = ("Gubernur Bengkulu Helmi Hasan mengatakan, kunjungannya ke Banten bertujuan untuk belajar.\n"
            "Gubernur Banten Andra Soni menyambut baik kunjungan itu. “Kita bisa saling berbagi hal positif,” "
            "tambahnya.\n")
    said = claim("attribution", {"speaker": "Andra Soni", "said": "kita bisa saling berbagi hal positif"},
                 language="id")
    assert check_attribution(said, [source(text, "visit")]).status is Status.PASS


# -- bounded work: a said: claim is one statement ------------------------------------------------

def test_a_said_claim_longer_than_one_statement_is_refused(article):
    long = " ".join(f"kata{n}" for n in range(61))
    verdict = judge(article, "Helmi Hasan", long)
    assert verdict.status is Status.ERROR and codes(verdict) == {"E002"}
    assert "at most 60 words, names and figures; this one has 61" in verdict.message


def test_a_long_said_claim_is_still_judged_against_what_the_speaker_says():
    """Over LONG_CLAIM units a claim first glances at each statement: those that share too
    few of its words are passed over, not the one that says it."""
    from factcheck.checks.statement import LONG_CLAIM, MAX_UNITS, Paraphrase

    words = ("roads bridges schools clinics markets harbours railways airports canals dams levees parks libraries "
             "museums stadiums theatres hospitals prisons courts barracks depots warehouses factories mills mines "
             "quarries farms orchards vineyards forests fisheries ranches dairies bakeries breweries tanneries "
             "foundries forges kilns smelters refineries pipelines").split()
    said = "the province will repair " + " ".join(words)
    assert LONG_CLAIM < len(Paraphrase(said, "en").hard) <= MAX_UNITS
    text = (f"Governor Ann Lee spoke on Monday. She said the province will repair {' '.join(words)}.\n\n"
            "Mayor Tom Baker said the city will pay for nothing of the kind.\n")
    verdict = check_attribution(claim("attribution", {"speaker": "Ann Lee", "said": said}, language="en"),
                                [source(text)])
    assert verdict.status is Status.PASS and codes(verdict) == {"A102"}, verdict.message
