"""`speech` and `attribution_at`: the speakers of the bundled article, read end to end, and how
the way each was found reads."""

from __future__ import annotations

import json

from factcheck.speakers import How, attribution_at, speech


def test_the_five_quotes_of_the_article_resolve_to_their_speakers(article):
    found = [(a.how, a.cue, a.speaker.name) for a in speech(article).attributions]
    assert found == [
        ("named", "ujar", "Andra Soni"),  # “…,” ujar Andra Soni
        ("pronoun", "tambahnya", "Andra Soni"),  # Ia berharap … “…,” tambahnya
        ("named", "tutur", "Andra Soni"),  # “…,” tutur Andra: a short form of the name
        ("pronoun", "ujarnya", "Helmi Hasan"),  # Gubernur Bengkulu Helmi Hasan mengatakan, … “…,” ujarnya
        ("pronoun", "pungkasnya", "Helmi Hasan"),  # Helmi turut membawa … “…,” pungkasnya
    ]


def test_narration_has_no_speaker(article):
    offset = article.text.index("Penandatanganan tersebut")
    assert attribution_at(article, offset, offset + 40) is None


def test_how_a_speaker_was_found_reads_as_its_word_in_text_and_json():
    # `factcheck quotes --format json` prints `how` as these words
    assert [str(h) for h in How] == ["named", "lead-in", "pronoun", "carried", "turn", "described", "undetermined"]
    assert json.dumps({"how": How.LEAD_IN}) == '{"how": "lead-in"}'
    assert f"{How.CARRIED}" == "carried" and How.TURN == "turn"
