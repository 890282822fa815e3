"""Attribution claims: what the source attributes to a speaker, paraphrased."""

import pytest

from factcheck.checks.attribution import check_attribution, cue_span
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


def test_weak_support_warns(article):
    verdict = judge(article, "Helmi", "Banten mampu membangun jalan desa walau pajak daerah naik tajam")
    assert verdict.status is Status.WARN
    assert codes(verdict) == {"A203"}


def test_nothing_like_it_fails(article):
    verdict = judge(article, "Helmi", "harga minyak goreng akan naik bulan depan")
    assert verdict.status is Status.FAIL
    assert codes(verdict) == {"A305"}


def test_a_speaker_the_source_does_not_name_fails(article):
    verdict = judge(article, "Budi Santoso", PURPOSE)
    assert codes(verdict) == {"A302"}


def test_english_reported_speech():
    text = ("Mayor Linda Park said that the new budget would not raise taxes.\n\n"
            "Council member Raj Patel said the city was spending money it did not have.")
    council = source(text, "council")
    said = claim("attribution", {"speaker": "Linda Park", "said": "the budget will not raise taxes"})
    assert check_attribution(said, [council]).status is Status.PASS
    swapped = claim("attribution", {"speaker": "Raj Patel", "said": "the budget will not raise taxes"})
    verdict = check_attribution(swapped, [council])
    assert verdict.status is Status.FAIL and codes(verdict) == {"A304"}


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
