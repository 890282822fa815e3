"""Quote claims: the words must be the source's own, directly quoted.

The quote is located fuzzily, then every difference is judged by its kind. Typography,
spacing, the first letter's case, punctuation at the edges and omissions marked with an
ellipsis are cosmetic; a changed number, negation, name or word is a misquote. Numbers
are compared by value: "Rp 70 ribu" for "Rp70.000" only warns (the words were changed).

Examples of every code it reports are in `factcheck.codes` (`factcheck explain CODE`).
"""

from __future__ import annotations

import math
from dataclasses import replace

from factcheck.checks.differences import Differences, worst_first
from factcheck.checks.evidence import PreparedQuote, best_verdict, prepare, similarity, words_evidence
from factcheck.text.locate import Match, locate
from factcheck.text.excerpt import around
from factcheck.model import Claim, Finding, Mark, Status, Verdict
from factcheck.text.document import Source

FOUND_SHARE = 0.6  # below this share of the claim's words matched, the quote is "not found"


def check_quote(claim: Claim, sources: list[Source]) -> Verdict:
    """Judge a quote claim against each of its sources; the best verdict wins."""
    prepared = prepare(claim.fields["quote"], claim.language)
    if not prepared.word_count:
        finding = Finding("E002", f"line {claim.line}: the quote has no words to look for")
        return Verdict(Status.ERROR, finding.message, (finding,))
    best = best_verdict(judge(prepared, source) for source in sources)
    if "speaker" in claim.fields:
        best = _with_speaker(best, claim.fields["speaker"], sources)
    return best


def _with_speaker(verdict: Verdict, speaker: str, sources: list[Source]) -> Verdict:
    """Add the speaker check (factcheck.checks.attribution) to a quote's verdict."""
    from factcheck.checks.attribution import cue_span, speaker_findings

    evidence = verdict.evidence
    if evidence is None or not evidence.found:
        return replace(verdict, message=verdict.message + "; speaker not checked: the quote was not found")
    source = next(s for s in sources if s.id == evidence.source_id and s.display == evidence.path)
    found = speaker_findings(source, evidence.start, evidence.end, speaker)
    findings = worst_first(verdict.findings + tuple(found))
    status = Status.worst((verdict.status, Status.of_findings(found)))
    marks = verdict.marks
    cue = cue_span(source, evidence.start, evidence.end)
    if cue is not None:  # shown with the passage in human reports
        marks += (Mark("source", *cue, "cue"),)
        evidence = replace(evidence, context=around(source.text, evidence.start, evidence.end, include=cue))
    return replace(verdict, status=status, message=f"{verdict.message}; {found[0].message}", findings=tuple(findings),
                   evidence=evidence, marks=marks)


def judge(claim: PreparedQuote, source: Source) -> Verdict:
    """Locate the prepared quote in one source and classify every difference."""
    match = locate(claim.items, source)
    if match is None or not _found(claim, match):
        return _not_found(claim, source, match)
    return Differences(claim, source, match).verdict()


def _found(claim: PreparedQuote, match: Match) -> bool:
    equal = match.alignment.equal
    needed = max(1, math.ceil(FOUND_SHARE * claim.word_count))
    return equal >= needed and (equal >= 2 or claim.word_count == 1)


def _not_found(claim: PreparedQuote, source: Source, match: Match | None) -> Verdict:
    if match is None or match.alignment.end <= match.alignment.start:
        why = "none of its words occur there" if match is None else "no passage there shares enough of its words"
        finding = Finding("Q310", f"the quote is not in {source.id}: {why}")
        return Verdict(Status.FAIL, finding.message, (finding,), claim_text=claim.text)
    a = match.alignment
    score = similarity(claim, source, a.start, a.end - 1)
    evidence = words_evidence(source, a.start, a.end - 1, score, claim, found=False)
    finding = Finding(
        "Q310",
        f"the quote is not in {source.id}; the closest passage ({evidence.location.where()}) "
        f"matches {a.equal} of its {claim.word_count} words (score {score:.0f})",
        source_text=evidence.text,
    )
    return Verdict(Status.FAIL, finding.message, (finding,), evidence, claim_text=claim.text)


