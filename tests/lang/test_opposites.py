"""The tables a `said:` claim is judged with: opposites (WordNet for English, written for
Indonesian), irregular forms, denials, hedges and clause breaks."""

import subprocess
import sys
from pathlib import Path

import pytest

from factcheck.lang import tables
from factcheck.text.stems import stems
from helpers import ROOT

WORDNET = Path("/usr/share/wordnet")


@pytest.mark.parametrize("language", ["id", "en"])
def test_every_antonym_pair_is_two_different_words(language):
    for pair in tables(language).antonyms:
        a, b = pair.split()
        assert a != b and pair == pair.lower(), pair
        assert stems(a, language).isdisjoint(stems(b, language)), pair  # else a word would oppose itself


def test_english_opposites_and_forms_are_wordnets():
    en = tables("en")
    assert {"fall rise", "strong weak", "realistic unrealistic", "bad good", "few many"} <= en.antonyms
    assert en.word_forms["rose"] == "rise" and en.word_forms["worst"] == "bad" and en.word_forms["children"] == "child"
    assert len(en.antonyms) > 3000


def test_indonesian_opposites_are_written_as_roots_and_met_in_any_form():
    from factcheck.checks.statement import Paraphrase

    assert {"naik turun", "tinggi rendah", "dukung tolak", "buka tutup"} <= tables("id").antonyms
    opposite = Paraphrase("x", "id")._opposite
    for a, b in (("meningkat", "menurun"), ("menyetujui", "menolak"), ("dibuka", "ditutup"),
                 ("tertinggi", "terendah"), ("kenaikan", "penurunan")):
        assert opposite(a, b) and opposite(b, a), (a, b)
    assert not opposite("naik", "naik") and not opposite("naik", "tinggi")


def test_denials_hedges_and_clause_breaks_are_kept_apart():
    for language in ("id", "en"):
        t = tables(language)
        assert t.denials and t.hedges and t.clause_breaks
        assert not t.hedges & t.negations and not t.denials & t.negations
    assert "membantah" in tables("id").lead_ins  # a denial reports speech: "X membantah …" is X's statement


@pytest.mark.skipif(not (WORDNET / "data.adj").exists(), reason="WordNet (Debian's wordnet-base) not installed")
def test_the_english_lexicon_is_bench_wordnet_lexicons_output():
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "wordnet_lexicon.py"), "--check"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
