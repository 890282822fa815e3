"""Figure claims: the source must give that value for what `context` describes.

The figure is read with the claim's language (else the source's): "Rp20.000", "Rp 20
ribu", "20000 rupiah" and "20 ribu rupiah" are one value; "48 jam", "3 km", "200 orang"
carry a unit (factcheck.text.units: "3 km" is "3.000 meter", "48 hours" is no distance), and
a claim's figure may end in what it counts ("3.608 kasus"): the source's figure followed by
that word is preferred.
In the source's sentences holding the context's words, the figure nearest those words is
the source's figure for it; it must equal the claim's, or lie within the claim's
`tolerance` ("500", "Rp1.000", or "5%" of the claim's figure). A value inside a range the
source gives ("$11 million to $12 million") passes with a note; a range claimed is compared
end to end. A year standing alone ("Pilkada 2020") and a time of day are no figures.

Examples of every code it reports are in `factcheck.codes` (`factcheck explain CODE`).
"""

from __future__ import annotations

import re
from decimal import Decimal

from factcheck.checks.evidence import best_verdict, passage_evidence
from factcheck.checks.nearby import Candidate, candidates, judged, neighbour_finding, nothing_near
from factcheck.text.context import Passage
from factcheck.text.dates import find_dates
from factcheck.model import Claim, Finding, Mark, Status, Verdict
from factcheck.text import units
from factcheck.text.context import similar
from factcheck.text.numbers import (PERCENT, POINTS, Figure, describe, find_figures, parse_figure, same_value, units_agree,
                                    within)
from factcheck.text.document import Source


def check_figure(claim: Claim, sources: list[Source]) -> Verdict:
    """Judge a figure claim against each of its sources; the best verdict wins."""
    text = claim.fields["figure"]
    claimed = claimed_figure(text, claim.language)
    if claimed is None:
        return _invalid(claim, f"'figure' {text!r} is not a figure (write e.g. Rp20.000, 20 ribu, 25%, 1.5 million, "
                               f"48 jam, 3 km, 200 orang)")
    if "tolerance" in claim.fields and _tolerance(claim, claimed[0], claim.language) is None:
        return _invalid(claim, f"'tolerance' {claim.fields['tolerance']!r} must be an amount (500, Rp1.000) or a percentage (5%)")
    verdicts = [judge(claim, source) for source in sources]
    return best_verdict(verdicts)


def claimed_figure(text: str, language: str) -> tuple[Figure, str] | None:
    """A claim's figure and the words after it that say what it counts ("3.608 kasus" ->
    3608, "kasus"); None when no figure leads the text."""
    figure = parse_figure(text, language)
    if figure is not None:
        return figure, ""
    words = text.split()
    for cut in range(len(words) - 1, max(0, len(words) - 4), -1):
        head, tail = " ".join(words[:cut]), words[cut:]
        figure = parse_figure(head, language)
        if figure is not None and all(w.replace("-", "").isalpha() for w in tail):
            return figure, " ".join(tail)
    return None


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
    figure, counted = claimed_figure(written, language) or claimed_figure(written, claim.language)
    tolerance = _tolerance(claim, figure, language)
    context = " ".join(claim.fields["context"].split())

    def figures(passage: Passage) -> list[Figure]:
        return figures_for(figure, source, source_language, passage)

    passages, found = candidates(context, source, figures, prefer=lambda f: preferred(figure, f),
                                 counts=lambda f: bool(counted) and _followed_by(source.text, f, counted),
                                 fits=lambda f: units_agree(figure, f))
    return judged(found, lambda c: _judge_one(figure, tolerance, written, source, c),
                  lambda: nothing_near("figure", "gives no figure", context, source, passages, written,
                                       no_context="F303", no_value="F302"), loose="F203")


def _judge_one(figure: Figure, tolerance: Decimal, written: str, source: Source, found: Candidate[Figure]) -> Verdict:
    said = found.value
    where = passage_evidence(source, found.passage, (said.start, said.end))
    findings: list[Finding] = []
    both = f'the source gives "{said.text}" ({describe(said)}), the claim "{written}" ({describe(figure)})'
    equal = same_value(figure, said)
    if not units_agree(figure, said):
        findings.append(Finding("F304", f"unit differs: {both}", written, said.text))
    elif within(figure, said):
        findings.append(Finding("F104", f'within the range the source gives: "{said.text}" ({describe(said)})',
                                written, said.text))
    elif not equal and not same_value(figure, said, tolerance):
        message = f"figure differs: {both}"
        elsewhere = [f for f in found.others if same_value(figure, f) and units_agree(figure, f)]
        if elsewhere:
            message += f'; "{elsewhere[0].text}" in the same sentence is further from the context'
        findings.append(Finding("F301", message, written, said.text))
    else:
        if not equal:
            findings.append(Finding("F102", f"within the tolerance: {both}", written, said.text))
        elif not _squash(said.text).startswith(_squash(written)) and not _squash(written).startswith(_squash(said.text)):
            # a unit one side leaves out is F103's, not a figure written differently
            findings.append(Finding("F101", f'written differently: the source has "{said.text}"', written, said.text))
        if (figure.unit is None) != (said.unit is None):
            side = "the source" if said.unit is None else "the claim"
            findings.append(Finding("F103", f"{side} gives the number without its unit"))
        if figure.ambiguous or said.ambiguous:
            readings = figure if figure.ambiguous else said
            values = " or ".join(format(v.normalize(), "f") for v in readings.values)
            findings.append(Finding("F201", f'"{readings.text}" reads as {values}; set the language '
                                            f"(language: id or en) to decide"))
    aside = neighbour_finding("F203", found, "the figure")
    if aside is not None:
        findings.append(aside)
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


def figures_for(claimed: Figure, source: Source, language: str, passage: Passage) -> list[Figure]:
    """The figures of a passage that may be the claimed figure's: no date, no year standing
    alone (unless the claim is one), no fraction in words for a claim of one or more."""
    dates = find_dates(source.text, language, source.published, passage.start, passage.end)
    return [f for f in find_figures(source.text, language, passage.start, passage.end)
            if not any(f.start < d.end and d.start < f.end for d in dates)
            and not (_bare_year(f) and not _bare_year(claimed)) and not (_word_fraction(f) and claimed.value >= 1)]


def preferred(claimed: Figure, found: Figure) -> bool:
    """Is `found` of the claimed figure's kind (money, a share, a measure of the same
    dimension), so preferred when the context ties several alike?"""
    return claimed.unit is None or _kind(found.unit) == _kind(claimed.unit)


def _followed_by(text: str, found: Figure, counted: str) -> bool:
    """Is the source's figure followed by the word the claim's counts ("294 kematian")?"""
    following = text[found.end : found.end + 40].split()
    return bool(following) and similar(following[0].strip(".,;:").casefold(), counted.split()[0].casefold())


def _kind(unit: str | None) -> str | None:
    """Money, a share (% and percentage points) or what a unit measures: a figure of the
    claim's kind is preferred."""
    if unit in (PERCENT, POINTS):
        return "share"
    if units.is_unit(unit):
        return units.dimension(unit)
    return "money" if unit else None


def _bare_year(figure: Figure) -> bool:
    """A year standing alone ("Pilkada 2020", "in 2019", "2018 - 2019"): no figure of a claim."""
    return figure.unit is None and all(re.fullmatch(r"(19|20)\d\d", n) for n in re.findall(r"\d+", figure.text)) \
        and bool(re.fullmatch(r"\d{4}(\s*[-–]\s*\d{4})?", figure.text))


def _word_fraction(figure: Figure) -> bool:
    """A fraction in words without a unit ("separuh", "seperempat badan sungai", "half of them"):
    a share of something, no figure of a claim of one or more."""
    return figure.unit is None and figure.value < 1 and not any(c.isdigit() for c in figure.text)


def _squash(text: str) -> str:
    return "".join(text.split()).casefold()
