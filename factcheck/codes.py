"""Stable finding codes, shared by every report format.

A code never changes meaning once published. Letters group them: ``Q`` quote checks,
``A`` speakers and attributed statements, ``D`` date checks, ``F`` figure checks, ``S``
the source itself (changed, guessed encoding, transcript annotations), ``E`` claims or
sources that could not be checked. Within a letter the hundreds give the severity: ``1xx``
cosmetic or a note (the claim still passes), ``2xx`` minor (warn), ``3xx`` material (fail).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Code:
    code: str
    name: str
    severity: str  # note | warn | fail | error
    summary: str


_TABLE = [
    # cosmetic: listed as notes, the claim passes
    ("Q101", "quote-mark-style", "note", "Quotation marks or apostrophes differ only in style (“ ” „ « » ' \")."),
    ("Q102", "dash-or-ellipsis-style", "note", "Dashes or ellipses differ only in style (- – — or … ...)."),
    ("Q103", "spacing", "note", "Spaces, line breaks, invisible or compatibility characters differ."),
    ("Q104", "first-letter-case", "note", "Only the case of the quote's first letter differs."),
    ("Q105", "edge-punctuation", "note", "Punctuation at the start or end of the quote differs."),
    ("Q106", "marked-omission", "note", "Words omitted and marked with an ellipsis; nothing material left out."),
    ("Q107", "bracketed-insertion", "note", "An editor's [bracketed] insertion or replacement; its words are not matched."),
    # minor: warn
    ("Q201", "punctuation-changed", "warn", "Punctuation inside the quote differs from the source."),
    ("Q202", "case-changed", "warn", "Capitalisation inside the quote differs from the source."),
    ("Q203", "narration-as-quote", "warn", "The words are in the source, but as narration, not inside quotation marks."),
    ("Q204", "number-written-differently", "warn", "A number is written differently but has the same value (Rp70.000 / Rp 70 ribu)."),
    # material: fail
    ("Q301", "number-changed", "fail", "A number was changed, added or removed."),
    ("Q302", "negation-changed", "fail", "A negation (not, tidak, never, belum, …) was added or removed."),
    ("Q303", "name-changed", "fail", "A proper name was changed."),
    ("Q304", "word-changed", "fail", "A word was changed."),
    ("Q305", "word-added", "fail", "The quote has words the source does not."),
    ("Q306", "word-removed", "fail", "Words of the source were left out without an ellipsis."),
    ("Q307", "fragments-out-of-order", "fail", "The parts around an ellipsis appear in the source in another order."),
    ("Q308", "spliced-quote", "fail", "The parts around an ellipsis come from different quotations."),
    ("Q309", "omission-hides-negation", "fail", "The words left out by an ellipsis or brackets hold a negation or the passage spans too much."),
    ("Q310", "quote-not-found", "fail", "The quote is not in the source."),
    # attribution: who said it (quote claims with a speaker, attribution claims)
    ("A101", "speaker-confirmed", "note", "The source gives the words to the claimed speaker (the cue and name it uses are shown)."),
    ("A102", "statement-supported", "note", "A statement the source attributes to the speaker supports the claim."),
    ("A201", "speaker-undetermined", "warn", "The source's speaker for these words cannot be determined."),
    ("A202", "speaker-name-ambiguous", "warn", "The claim's speaker name fits more than one person in the source."),
    ("A203", "support-weak", "warn", "What the source attributes to the speaker only partly supports the claim."),
    ("A301", "speaker-wrong", "fail", "The source gives the words to someone else."),
    ("A302", "speaker-not-in-source", "fail", "The claim's speaker matches nobody the source names."),
    ("A303", "statement-contradicted", "fail", "The speaker's statement disagrees with the claim (a negation, number or name differs)."),
    ("A304", "statement-of-someone-else", "fail", "The source attributes the statement to someone else."),
    ("A305", "statement-not-found", "fail", "The source attributes nothing like the claim to the speaker."),
    # date claims
    ("D101", "relative-date", "note", "The source's relative date (kemarin, last Friday) was resolved against its published date."),
    ("D102", "year-from-published", "note", "The source gives no year; it was taken from its published date."),
    ("D103", "date-order", "note", "A numeric date that reads both ways was read in the source language's day/month order."),
    ("D201", "weekday-mismatch", "warn", "The source's weekday contradicts its own date (Kamis (24/10/2025))."),
    ("D202", "date-range-only", "warn", "The source gives only a week or month, which holds the claim's date."),
    ("D203", "date-incomplete", "warn", "The source gives no year or only a weekday, and what it gives agrees."),
    ("D204", "date-order-ambiguous", "warn", "The day/month order of the source's numeric date cannot be decided."),
    ("D301", "date-differs", "fail", "The source dates the event on another day."),
    ("D302", "date-not-found", "fail", "The source has the context but gives no date near it."),
    ("D303", "date-context-not-found", "fail", "The claim's context is not in the source."),
    ("D304", "date-unanchored", "fail", "The source's date is relative and it has no published date to resolve it."),
    # figure claims
    ("F101", "figure-written-differently", "note", "The source writes the same value differently (Rp 20 ribu / Rp20.000)."),
    ("F102", "figure-within-tolerance", "note", "The source's figure differs within the claim's tolerance."),
    ("F103", "figure-unit-unstated", "note", "One side gives the number without its currency or unit."),
    ("F201", "figure-separators-ambiguous", "warn", "The figure reads two ways (1.500 / 1,500) and the language is unknown."),
    ("F301", "figure-differs", "fail", "The source gives another value for what the context describes."),
    ("F302", "figure-not-found", "fail", "The source has the context but gives no figure near it."),
    ("F303", "figure-context-not-found", "fail", "The claim's context is not in the source."),
    ("F304", "figure-unit-differs", "fail", "The source gives the number in another unit (% / percentage points, Rp / US$)."),
    # the source itself
    ("S001", "source-changed", "warn", "The source changed since it was verified: its sha256 is not the one the claim pins."),
    ("S002", "encoding-guessed", "warn", "The source is not UTF-8 or UTF-16; its legacy encoding was guessed."),
    ("S003", "transcript-annotation", "note", "A transcript annotation inside the quote ([inaudible], (crosstalk), …) was not matched."),
    # the claim could not be checked
    ("E001", "source-missing", "error", "The claim's source was not found."),
    ("E002", "claim-invalid", "error", "The claim is malformed: unknown or missing keys, wrong value types."),
    ("E003", "kind-not-supported", "error", "This kind of claim cannot be checked yet."),
    ("E004", "duplicate-id", "error", "Two claims in one file share an id."),
    ("E005", "source-unreadable", "error", "The source file could not be read (encoding, binary, front matter)."),
    ("E006", "claim-file-invalid", "error", "The claim file could not be read or parsed."),
]

CODES: dict[str, Code] = {row[0]: Code(*row) for row in _TABLE}
