"""`speech` and `attribution_at`: the speakers of the bundled article, read end to end."""

from __future__ import annotations

from factcheck.speakers import attribution_at, speech


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
