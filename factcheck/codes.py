"""Stable finding codes, shared by every report format.

A code never changes meaning once published. Letters group them: ``Q`` quote checks,
``A`` speakers and attributed statements, ``D`` date checks, ``F`` figure checks, ``S``
the source itself (changed, guessed encoding, transcript annotations), ``E`` claims or
sources that could not be checked. Within a letter the hundreds give the severity: ``1xx``
cosmetic or a note (the claim still passes), ``2xx`` minor (warn), ``3xx`` material (fail).

``X`` codes (suppressions and baselines) are reported by the run itself, not by a checker.
"""

from __future__ import annotations

import json
from dataclasses import dataclass


@dataclass(frozen=True)
class Code:
    code: str
    name: str
    severity: str  # note | warn | fail | error
    summary: str
    passing: str | None = None  # `factcheck explain` examples (claim YAML); see EXAMPLES
    failing: str | None = None


_TABLE = [
    # cosmetic: listed as notes, the claim passes
    ("Q101", "quote-mark-style", "note", "Quotation marks or apostrophes differ only in style (“ ” „ « » ' \")."),
    ("Q102", "dash-or-ellipsis-style", "note", "Dashes or ellipses differ only in style (- – — or … ...)."),
    ("Q103", "spacing", "note", "Spaces, line breaks, invisible or compatibility characters differ."),
    ("Q104", "first-letter-case", "note", "Only the case of the quote's first letter differs."),
    ("Q105", "edge-punctuation", "note", "Punctuation at the start or end of the quote differs."),
    ("Q106", "marked-omission", "note", "Words omitted and marked with an ellipsis; nothing material left out."),
    ("Q107", "bracketed-insertion", "note", "An editor's [bracketed] insertion or replacement; its words are not matched."),
    ("Q108", "interrupting-cue-left-out", "note", "The cue interrupting the source's quotation (“…,” kata Andra, “…”) is left out between its parts."),
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
    ("A103", "draft-speaker-unstated", "note", "`factcheck draft`: the draft does not say who spoke a quotation, so its speaker is not checked (the source's is shown)."),
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
    ("D205", "draft-date-unchecked", "warn", "`factcheck draft`: a date in the draft names no single day (a month, a week, a relative date without `published:`), so it is not checked."),
    ("D301", "date-differs", "fail", "The source dates the event on another day."),
    ("D302", "date-not-found", "fail", "The source has the context but gives no date near it."),
    ("D303", "date-context-not-found", "fail", "The claim's context is not in the source."),
    ("D304", "date-unanchored", "fail", "The source's date is relative and it has no published date to resolve it."),
    # figure claims
    ("F101", "figure-written-differently", "note", "The source writes the same value differently (Rp 20 ribu / Rp20.000)."),
    ("F102", "figure-within-tolerance", "note", "The source's figure differs within the claim's tolerance."),
    ("F103", "figure-unit-unstated", "note", "One side gives the number without its currency or unit."),
    ("F201", "figure-separators-ambiguous", "warn", "The figure reads two ways (1.500 / 1,500) and the language is unknown."),
    ("F202", "draft-figure-unchecked", "warn", "`factcheck draft`: a figure in the draft has no words around it (in its sentence) to find it by in a source, so it is not checked."),
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
    ("E007", "source-outside-root", "error", "The claim's source is outside the project root (directly or through a symbolic link)."),
    ("E008", "internal-error", "error", "factcheck failed while checking the claim (a bug: please report it); the other claims were checked."),
    ("E009", "claim-time-exceeded", "error", "Checking the claim took longer than its time budget (claim-timeout), so it was stopped."),
    # suppressions and baselines
    ("X001", "unused-ignore", "warn", "A claim's 'ignore:' lists a code that matched none of its findings."),
    ("X002", "stale-baseline-entry", "warn", "A baseline entry matched no finding: its claim was fixed, edited or removed."),
]

# A passing and a failing example per code, shown by `factcheck explain`. A code without one
# here is explained with the examples in the docstring of the checker module that names
# codes of its letter (see factcheck/explain.py). A "# source:" line gives the source's words.
EXAMPLES: dict[str, tuple[str, str]] = {
    "E001": ("source: banten-bengkulu   # sources/banten-bengkulu.md exists",
             "source: banten-bengkul    # no such file in sources/\n# error: E001 source 'banten-bengkul' not found; closest: banten-bengkulu"),
    "E002": ('- quote: "Ini contoh praktik baik"',
             '- qoute: "Ini contoh praktik baik"\n# error: E002 unknown key \'qoute\' (nearest known key: \'quote\')'),
    "E003": ('- quote: "Ini contoh praktik baik"',
             "# a claim of a kind a newer factcheck added, checked with an older one\n"
             "# error: E003 (every kind this version knows — quote, attribution, date, figure — is checked)"),
    "E004": ("- id: rice\n  quote: ...\n- id: villages\n  quote: ...",
             "- id: rice\n  quote: ...\n- id: rice\n  quote: ...\n# error: E004 duplicate id 'rice'"),
    "E005": ("# sources/notes.md saved as UTF-8 text",
             "# sources/notes.md saved as UTF-16 without a BOM, or a PDF renamed .md\n# error: E005 looks like a binary file"),
    "E006": ("claims:\n  - quote: \"Ini contoh praktik baik\"",
             "claims:\n  - quote: \"Ini contoh praktik baik\n# error: E006 found unexpected end of stream (the file's claims are not checked)"),
    "E007": ("source: banten-bengkulu   # sources/banten-bengkulu.md, inside the project",
             "source: ../../etc/passwd  # or /proc/self/environ, or a symbolic link in sources/ to a file elsewhere\n"
             "# error: E007 source '../../etc/passwd' is /etc/passwd, outside the project root /work/newsroom; "
             "sources must be inside the project (factcheck check --allow-outside-root allows others)"),
    "E008": ('- quote: "Ini contoh praktik baik"   # checked, whatever its words',
             "# a claim whose checking hits a bug in factcheck\n"
             "# error: E008 internal error while checking this claim (IndexError: list index out of range); "
             "the other claims were checked"),
    "E009": ('- quote: "Ini contoh praktik baik"   # checked in milliseconds',
             "# a claim that would take longer than claim-timeout (120 seconds unless set) to check\n"
             "# error: E009 checking this claim took longer than 120 seconds, so it was stopped"),
    "S001": ("source: banten-bengkulu\nsha256: <sha256sum of sources/banten-bengkulu.md when it was verified>\n"
             "# the file is unchanged",
             "source: banten-bengkulu\nsha256: <sha256sum of sources/banten-bengkulu.md when it was verified>\n"
             "# the file was edited since\n# warn: S001 sources/banten-bengkulu.md changed since it was verified"),
    "S002": ("# sources/notes.txt saved as UTF-8 (or UTF-16 with a BOM)",
             "# sources/notes.txt saved by an old editor as Windows-1252\n# warn: S002 the encoding was guessed"),
    "S003": ("# source sources/interview.vtt: <v Helmi>Kami berharap ada kunjungan balasan.\n"
             'quote: "Kami berharap ada kunjungan balasan"',
             "# source sources/interview.vtt: <v Helmi>Kami berharap [inaudible] ada kunjungan balasan.\n"
             'quote: "Kami berharap ada kunjungan balasan"\n# note: S003 the transcript has [inaudible] inside the quote'),
    "X001": ('quote: "beras seharga Rp70.000 bisa ditebus Rp25.000"\nignore: [Q301]\nreason: the outlet misprinted the price',
             'quote: "beras seharga Rp70.000 bisa ditebus Rp20.000"\nignore: [Q301]\nreason: no longer needed\n'
             "# warn: X001 ignore lists Q301, but the claim has no Q301 finding"),
    "X002": ("# factcheck-baseline.json records (claims/story.yaml, rice, Q301, hash of the quote)\n"
             "# and claim rice is unchanged and still has that Q301 finding",
             "# claim rice was corrected, edited or removed, so its Q301 entry matches nothing\n"
             "# warn: X002 baseline entry no longer matches: claim 'rice' Q301"),
    # speakers: the bundled article, sources/banten-bengkulu.md
    "A101": ('# source: “Kita bisa saling berbagi …,” tambahnya.   (after "Ia berharap", Andra Soni)\n'
             '- quote: "Kita bisa saling berbagi hal positif"',
             '- quote: "Kita bisa saling berbagi hal positif"\n  speaker: Andra Soni\n'
             '# note: A101 the source gives these words to Andra Soni ("tambahnya")'),
    "A102": ("- speaker: Helmi Hasan\n  said: kunjungan ke Banten bertujuan belajar dari program pembangunan",
             "- speaker: Helmi Hasan\n  said: kunjungan ke Banten bertujuan belajar dari program pembangunan\n"
             "# note: A102 supported by what Helmi Hasan says: Helmi Hasan mengatakan, kunjungannya ke Banten …"),
    "A103": ('# draft: “Kami berharap nantinya ada kunjungan balasan,” ujar Helmi Hasan.',
             '# draft: “Kami berharap nantinya ada kunjungan balasan.”   (no speaker named)\n'
             '# note: A103 the draft does not say who spoke this; banten-bengkulu gives the words to Gubernur Bengkulu Helmi Hasan'),
    "D205": ('# draft: … menandatangani nota kesepahaman pada Jumat (24/10/2025).',
             '# draft: … menandatangani nota kesepahaman pada Oktober 2025.\n'
             '# warn: D205 the draft\'s date "Oktober 2025" is not checked: it names 2025-10-01 – 2025-10-31, not a single day'),
    "F202": ('# draft: Di Bengkulu beras seharga Rp70.000 bisa ditebus Rp20.000.',
             '# draft: a table cell holding only "Rp20.000"\n'
             '# warn: F202 the draft\'s figure "Rp20.000" is not checked: the draft gives no words around it to find it by'),
    "A201": ('# source: Andra Soni said: “We are ready.”\n- quote: "We are ready"\n  speaker: Andra Soni',
             '# source: “We are ready,” the statement said.   (no person named)\n'
             '- quote: "We are ready"\n  speaker: Andra Soni\n# warn: A201 the source does not say who spoke these words'),
    "A202": ('# source names Joko Widodo only\n- quote: "…"\n  speaker: Joko',
             '# source names Joko Widodo and Joko Anwar\n- quote: "…"\n  speaker: Joko\n'
             '# warn: A202 "Joko" fits more than one person in the source'),
    "A203": ("- speaker: Helmi Hasan\n  said: kunjungan ke Banten bertujuan belajar dari program pembangunan",
             "- speaker: Helmi Hasan\n  said: kunjungan ke Banten untuk rapat anggaran dan peninjauan jalan desa\n"
             "# warn: A203 what Helmi Hasan says only partly supports the claim"),
    "A301": ('- quote: "Kami berharap nantinya ada kunjungan balasan"\n  speaker: Helmi Hasan',
             '- quote: "Kami berharap nantinya ada kunjungan balasan"\n  speaker: Andra Soni\n'
             "# fail: A301 the source gives these words to Helmi Hasan (\"pungkasnya\"), not Andra Soni"),
    "A302": ('- quote: "Kami berharap nantinya ada kunjungan balasan"\n  speaker: Helmi Hasan',
             '- quote: "Kami berharap nantinya ada kunjungan balasan"\n  speaker: Rohidin Mersyah\n'
             "# fail: A302 nobody named Rohidin Mersyah in the source"),
    "A303": ("- speaker: Helmi Hasan\n  said: Banten tetap mampu membangun jalan hingga ke desa",
             "- speaker: Helmi Hasan\n  said: Banten tidak mampu membangun jalan hingga ke desa\n"
             "# fail: A303 the speaker's statement disagrees: negation"),
    "A304": ("- speaker: Helmi Hasan\n  said: kunjungan ke Banten bertujuan belajar dari program pembangunan",
             "- speaker: Andra Soni\n  said: kunjungan ke Banten bertujuan belajar dari program pembangunan\n"
             "# fail: A304 the source attributes this to Helmi Hasan, not Andra Soni"),
    "A305": ("- speaker: Andra Soni\n  said: pelayanan kesehatan menjadi fokus kerja sama",
             "- speaker: Andra Soni\n  said: Banten akan membangun bandara baru tahun depan\n"
             "# fail: A305 the source attributes nothing like this to Andra Soni"),
}

# Quote codes: (the source's words, a quote that passes, a quote that raises the code);
# tests/test_explain.py runs the quote judge on each.
QUOTE_EXAMPLES: dict[str, tuple[str, str, str]] = {
    "Q101": ("“Ini ‘program unik’ kami,” katanya.",
             "Ini ‘program unik’ kami",
             "Ini 'program unik' kami"),
    "Q102": ("“Jalan ini — katanya — sudah rampung,” ujarnya.",
             "Jalan ini — katanya — sudah rampung",
             "Jalan ini - katanya - sudah rampung"),
    "Q103": ("“Kami siap membantu,” katanya.",
             "Kami siap membantu",
             "Kami  siap membantu"),
    "Q104": ("“Kita bisa saling berbagi,” ujarnya.",
             "Kita bisa saling berbagi",
             "kita bisa saling berbagi"),
    "Q105": ("“Kita bisa saling berbagi, kata dia,” ujarnya.",
             "Kita bisa saling berbagi",
             "Kita bisa saling berbagi."),
    "Q106": ("“Kita bisa saling berbagi hal positif agar manfaatnya lebih luas,” ujarnya.",
             "Kita bisa saling berbagi hal positif agar manfaatnya lebih luas",
             "Kita bisa saling berbagi ... agar manfaatnya lebih luas"),
    "Q107": ("“Kita bisa saling berbagi hal positif,” ujar Andra.",
             "Kita bisa saling berbagi hal positif",
             "[Banten dan Bengkulu] bisa saling berbagi hal positif"),
    "Q108": ("“Kami siap,” kata Andra Soni, “untuk bekerja sama dengan Bengkulu.”",
             "Kami siap",
             "Kami siap untuk bekerja sama dengan Bengkulu"),
    "Q201": ("“Ini contoh praktik baik yang patut kita pelajari,” ujarnya.",
             "Ini contoh praktik baik yang patut kita pelajari",
             "Ini contoh praktik baik, yang patut kita pelajari"),
    "Q202": ("“Ini contoh praktik baik yang patut kita pelajari,” ujarnya.",
             "Ini contoh praktik baik yang patut kita pelajari",
             "Ini contoh Praktik Baik yang patut kita pelajari"),
    "Q203": ("Gubernur menyebut program itu contoh praktik baik. “Kami akan mempelajarinya,” ujarnya.",
             "Kami akan mempelajarinya",
             "program itu contoh praktik baik"),
    "Q301": ("“Beras seharga Rp70.000 bisa ditebus Rp20.000,” ujarnya.",
             "Beras seharga Rp70.000 bisa ditebus Rp20.000",
             "Beras seharga Rp70.000 bisa ditebus Rp25.000"),
    "Q302": ("“Kami tidak akan menaikkan harga,” katanya.",
             "Kami tidak akan menaikkan harga",
             "Kami akan menaikkan harga"),
    "Q303": ("“Saya belajar banyak dari Banten,” kata Helmi.",
             "Saya belajar banyak dari Banten",
             "Saya belajar banyak dari Bengkulu"),
    "Q304": ("“Ini contoh praktik baik yang patut kita pelajari,” ujarnya.",
             "Ini contoh praktik baik yang patut kita pelajari",
             "Ini contoh praktik baik yang patut kami pelajari"),
    "Q305": ("“Ini contoh praktik baik yang patut kita pelajari,” ujarnya.",
             "Ini contoh praktik baik yang patut kita pelajari",
             "Ini contoh praktik baik sekali yang patut kita pelajari"),
    "Q306": ("“Ini contoh praktik baik yang patut kita pelajari,” ujarnya.",
             "Ini contoh praktik baik yang patut kita pelajari",
             "Ini contoh praktik yang patut kita pelajari"),
    "Q307": ("“Pemerintah Provinsi Banten luar biasa, terutama dalam hal pembangunan infrastruktur. Ini menarik, karena Banten tetap mampu membangun jalan hingga ke wilayah pedesaan,” ujar Helmi.",
             "Pemerintah Provinsi Banten luar biasa … Banten tetap mampu membangun jalan hingga ke wilayah pedesaan",
             "Banten tetap mampu membangun jalan hingga ke wilayah pedesaan … Pemerintah Provinsi Banten luar biasa"),
    "Q308": ("“Kami membangun jalan di desa,” ujarnya. Ia menambahkan, “Anggaran kami memang terbatas.”",
             "Anggaran kami memang terbatas",
             "Kami membangun jalan di desa … Anggaran kami memang terbatas"),
    "Q309": ("“Kami tidak akan menaikkan harga tahun ini,” katanya.",
             "Kami tidak akan menaikkan harga tahun ini",
             "Kami … akan menaikkan harga tahun ini"),
    "Q310": ("“Kami siap membantu warga desa,” katanya.",
             "Kami siap membantu warga desa",
             "Semua warga mendapat bantuan gratis"),
}


def _quote_example(code: str, severity: str, source: str, passing: str, failing: str) -> tuple[str, str]:
    def claim(quote: str) -> str:
        return f"# source: {source}\nquote: {json.dumps(quote, ensure_ascii=False)}"
    return claim(passing), claim(failing) + f"\n# {severity}: {code}"


EXAMPLES |= {row[0]: _quote_example(row[0], row[2], *QUOTE_EXAMPLES[row[0]]) for row in _TABLE
             if row[0] in QUOTE_EXAMPLES}

CODES: dict[str, Code] = {row[0]: Code(*row, *EXAMPLES.get(row[0], ())) for row in _TABLE}
