"""Evidence shared by the checkers and `factcheck find`, and the verdict that counts of several."""

from __future__ import annotations

from factcheck.checks.evidence import best_verdict, prepare, similarity, words_evidence
from factcheck.model import Status, Verdict
from factcheck.text.locate import locate


def _verdict(status: Status, score: float | None, article) -> Verdict:
    evidence = None
    if score is not None:
        claim = prepare("beras seharga Rp70.000")
        evidence = words_evidence(article, 0, 1, score, claim)
    return Verdict(status, f"{status.value} {score}", evidence=evidence)


def test_the_best_verdict_is_the_least_serious_then_the_best_evidenced(article):
    fail, warn_low, warn_high = (_verdict(Status.FAIL, 99.0, article), _verdict(Status.WARN, 40.0, article),
                                 _verdict(Status.WARN, 80.0, article))
    assert best_verdict([fail, warn_low, warn_high]) is warn_high
    no_evidence = _verdict(Status.WARN, None, article)
    assert best_verdict([no_evidence, warn_low]) is warn_low
    assert best_verdict(iter([warn_high, _verdict(Status.WARN, 80.0, article)])) is warn_high  # first of equals


def test_words_evidence_shows_the_aligned_words_where_the_editor_finds_them(article):
    claim = prepare("beras seharga Rp70.000 bisa ditebus Rp20.000")
    a = locate(claim.items, article).alignment
    evidence = words_evidence(article, a.start, a.end - 1, similarity(claim, article, a.start, a.end - 1), claim)
    assert evidence.text == "beras seharga Rp70.000 bisa ditebus Rp20.000"
    assert evidence.score == 100.0 and evidence.found
    assert article.text[evidence.start:evidence.end] == evidence.text
    assert (evidence.line, evidence.column) == (evidence.location.line, evidence.location.column)
