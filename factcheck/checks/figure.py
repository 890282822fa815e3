"""Figure claims: the source must give that value for what `context` describes.

The figure is read with the claim's language (else the source's): "Rp20.000", "Rp 20
ribu", "20000 rupiah" and "20 ribu rupiah" are one value. In the source's sentences
holding the context's words, the figure nearest those words is the source's figure for
it; it must equal the claim's, or lie within the claim's `tolerance` ("500", "Rp1.000",
or "5%" of the claim's figure).

Examples of every code it reports are in `factcheck.codes` (`factcheck explain CODE`).
"""

from __future__ import annotations

from decimal import Decimal

from factcheck.checks.evidence import best_verdict, passage_evidence
from factcheck.checks.nearby import Candidate, candidates, nothing_near
from factcheck.text.context import Passage
from factcheck.text.dates import find_dates
from factcheck.model import Claim, Finding, Mark, Status, Verdict
from factcheck.text.numbers import PERCENT, POINTS, Figure, describe, find_figures, parse_figure, same_value, units_agree
from factcheck.text.document import Source


def check_figure(claim: Claim, sources: list[Source]) -> Verdict:
    """Judge a figure claim against each of its sources; the best verdict wins."""
    text = claim.fields["figure"]
    if parse_figure(text, claim.language) is None:
        return _invalid(claim, f"'figure' {text!r} is not a figure (write e.g. Rp20.000, 20 ribu, 25%, 1.5 million)")
    if "tolerance" in claim.fields and _tolerance(claim, parse_figure(text, claim.language), claim.language) is None:
        return _invalid(claim, f"'tolerance' {claim.fields['tolerance']!r} must be an amount (500, Rp1.000) or a percentage (5%)")
    verdicts = [judge(claim, source) for source in sources]
    return best_verdict(verdicts)


def _invalid(claim: Claim, message: str) -> Verdict:
    finding = Finding("E002", f"line {claim.line}: {message}")
    return Verdict(Status.ERROR, finding.message, (finding,))


def _tolerance(claim: Claim, figure: Figure, language: str) -> Decimal | None:
    """The claim's tolerance as an absolute amount (0 without one); None when unreadable."""
    written = claim.fields.get("tolerance")
    if written is None:
        return Decimal(0)
    tolerance = parse_figure(written, language)
    if tolerance is None:
        return None
    if tolerance.unit == PERCENT:
        return abs(figure.value) * tolerance.value / 100
    return tolerance.value


def judge(claim: Claim, source: Source) -> Verdict:
    """The figure claim against one source."""
    language = claim.language if claim.language != "auto" else source.language
    source_language = source.language if source.language != "auto" else claim.language
    written = claim.fields["figure"]
    # a figure only the claim's own language reads ("half" under auto, in an Indonesian source)
    figure = parse_figure(written, language) or parse_figure(written, claim.language)
    tolerance = _tolerance(claim, figure, language)
    context = " ".join(claim.fields["context"].split())

    def figures(passage: Passage) -> list[Figure]:
        dates = find_dates(source.text, source_language, source.published, passage.start, passage.end)
        return [f for f in find_figures(source.text, source_language, passage.start, passage.end)
                if not any(f.start < d.end and d.start < f.end for d in dates)]

    passages, found = candidates(context, source, figures,
                                 prefer=lambda f: preferred(figure, f))
    if not found:
        return nothing_near("figure", context, source, passages, written, no_context="F303", no_value="F302")
    verdicts = [_judge_one(figure, tolerance, written, source, c) for c in found]
    return best_verdict(verdicts)


def _judge_one(figure: Figure, tolerance: Decimal, written: str, source: Source, found: Candidate[Figure]) -> Verdict:
    said = found.value
    where = passage_evidence(source, found.passage, (said.start, said.end))
    findings: list[Finding] = []
    both = f'the source gives "{said.text}" ({describe(said)}), the claim "{written}" ({describe(figure)})'
    equal = same_value(figure, said)
    if not units_agree(figure, said):
        code = "F304" if equal else "F301"
        findings.append(Finding(code, f"{'unit differs' if equal else 'figure differs'}: {both}", written, said.text))
    elif not equal and not same_value(figure, said, tolerance):
        message = f"figure differs: {both}"
        elsewhere = [f for f in found.others if same_value(figure, f) and units_agree(figure, f)]
        if elsewhere:
            message += f'; "{elsewhere[0].text}" in the same sentence is further from the context'
        findings.append(Finding("F301", message, written, said.text))
    else:
        if not equal:
            findings.append(Finding("F102", f"within the tolerance: {both}", written, said.text))
        elif _squash(said.text) != _squash(written):
            findings.append(Finding("F101", f'written differently: the source has "{said.text}"', written, said.text))
        if (figure.unit is None) != (said.unit is None):
            side = "the source" if said.unit is None else "the claim"
            findings.append(Finding("F103", f"{side} gives the number without its unit"))
        if figure.ambiguous or said.ambiguous:
            readings = figure if figure.ambiguous else said
            values = " or ".join(format(v.normalize(), "f") for v in readings.values)
            findings.append(Finding("F201", f'"{readings.text}" reads as {values}; set the language '
                                            f"(language: id or en) to decide"))
    status = Status.of_findings(findings)
    severity = {Status.FAIL: "fail", Status.WARN: "warn"}.get(status, "note")
    marks = (Mark("claim", 0, len(written), severity), Mark("source", said.start, said.end, severity))
    at = f"{source.id} ({where.location.where()})"
    if status is Status.FAIL:
        message = f"{findings[0].message} — {at}"
    else:
        message = f'the source gives "{said.text}" — {at}'
        if status is Status.WARN:
            message += f"; {next(f.message for f in findings if f.severity == 'warn')}"
    return Verdict(status, message, tuple(findings), where, claim_text=written, marks=marks)


def preferred(claimed: Figure, found: Figure) -> bool:
    """Is `found` of the claimed figure's kind (money, or a share), so preferred when several are near?"""
    return claimed.unit is None or _kind(found.unit) == _kind(claimed.unit)


def _kind(unit: str | None) -> str | None:
    """Money, or a share (% and percentage points): a figure of the claim's kind is preferred."""
    return "share" if unit in (PERCENT, POINTS) else "money" if unit else None


def _squash(text: str) -> str:
    return "".join(text.split()).casefold()
