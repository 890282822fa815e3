"""Check a draft's claims against the sources (never the draft itself), by the same
pipeline as `factcheck check`, plus the draft's own findings: A103 (the draft does not say
who spoke a quotation; the source's speaker is shown), D205 and F202 (a date or figure that
cannot be checked, `factcheck.draft.extract` says why)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from factcheck.draft.extract import Found, find_claims
from factcheck.model import Finding, Report, Result, Status, Verdict
from factcheck.run.pipeline import check
from factcheck.run.policy import settle
from factcheck.sources.library import SourceError, SourceLibrary
from factcheck.speakers import attribution_at, speech
from factcheck.text.document import Source


@dataclass
class DraftRun:
    """A checked draft: the report, and the draft it is about."""

    report: Report
    draft: Source


def check_draft(draft: Source, library: SourceLibrary, *, language: str = "auto", strictness: str = "standard",
                progress=None) -> DraftRun:
    """Find the draft's claims and check each against the sources (never the draft itself)."""
    found = find_claims(draft, language)
    others = _other_sources(draft, library)
    report = Report(files=[draft.display], columns=True)
    for done, item in enumerate(found, start=1):
        claim = item.claim if others is None else replace(item.claim, sources=others)
        verdict = _unchecked(item) if item.unchecked else check(claim, library)
        if claim.kind == "quote" and "speaker" not in claim.fields and verdict.evidence is not None:
            verdict = _speaker_note(verdict, item, library, draft)
        report.results.append(settle(Result(claim, verdict), strictness))
        if progress is not None:
            progress(done, len(found))
    return DraftRun(report, draft)


def _other_sources(draft: Source, library: SourceLibrary) -> tuple[str, ...] | None:
    """The ids to check against when the draft is itself in the sources folder (None: all)."""
    try:
        inside = draft.path.resolve().parent == library.folder.resolve()
    except OSError:
        return None
    if not inside:
        return None
    return tuple(i for i in library.ids() if i != draft.path.stem)


UNCHECKED = {"date": "D205", "figure": "F202"}
DRAFT_CODES = ("A103", *UNCHECKED.values())  # findings about the draft's own reading, not in emitted claims


def _unchecked(item: Found) -> Verdict:
    kind = item.claim.kind
    text = item.claim.fields[kind]
    finding = Finding(UNCHECKED[kind], f'the draft\'s {kind} "{text}" is not checked: {item.unchecked}', text)
    return Verdict(Status.WARN, finding.message, (finding,), claim_text=text)


def _speaker_note(verdict: Verdict, item: Found, library: SourceLibrary, draft: Source) -> Verdict:
    """A103: the draft does not say who spoke; say whom the source gives the words to."""
    attribution = speech(draft).at(item.start)
    if attribution is not None and attribution.speaker is not None:
        why = f"it reads as {attribution.speaker.full}, but no form of that name means only them in the draft"
    else:
        why = attribution.reason if attribution is not None and attribution.reason else "no speaker found"
    evidence = verdict.evidence
    message = f"the draft does not say who spoke this ({why}), so the speaker is not checked"
    if evidence.found:
        try:
            source = library.resolve(evidence.source_id, library.folder)
        except SourceError:
            source = None
        said = attribution_at(source, evidence.start, evidence.end) if source is not None else None
        if said is not None and said.speaker is not None:
            message += f"; {source.id} gives the words to {said.speaker.full}"
    finding = Finding("A103", message)
    return replace(verdict, findings=verdict.findings + (finding,))


def not_checked(result: Result) -> bool:
    return any(f.code in UNCHECKED.values() for f in result.verdict.findings)
