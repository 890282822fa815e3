"""S, E and X: the source itself, what could not be checked, and what the run reports on
suppressions and baselines."""

from __future__ import annotations

from factcheck.codes.code import CLAIMS_PATH, Code, Example

HELP = "“Kami siap membantu warga desa,” katanya.\n"
HELP_SHA256 = "569efa1085b04c7aa614c00259de9e87ce5d439141fc5d2df08091717d162fe2"  # of HELP in UTF-8
QUOTE = '- quote: "Kami siap membantu warga desa"'
RICE = "“Beras ditebus Rp20.000 di masjid,” katanya.\n"
BASELINE = "factcheck-baseline.json"
# the baseline `factcheck check --write-baseline` writes for claim rice quoting "Rp25.000" (Q301)
RICE_BASELINE = ('{"version": 1, "entries": [{"file": "claims/story.yaml", "id": "rice", "code": "Q301", '
                 '"hash": "5fe35045d9e340c5"}]}\n')
INTERVIEW = "sources/interview.vtt"
VTT = "WEBVTT\n\n00:01:02.000 --> 00:01:06.000\n<v Helmi Hasan>Kami berharap {gap}ada kunjungan balasan.\n"


def helping(claims: str = QUOTE, says: str = "", **fields) -> Example:
    """Claims against the one-line source HELP."""
    return Example(claims, HELP, says, **fields)


SOURCES = (
    Code("S001", "source-changed", "warn",
         "The source changed since it was verified: its sha256 is not the one the claim pins.",
         "A claim, or a claim file, may pin the sha256 of its source file (what `sha256sum sources/x.md` or "
         "`factcheck sources add` prints). When the file no longer has that hash, its claims are still "
         "checked but warn, so an edit to a verified source is noticed. A pin is the hash of one file, so it "
         "needs exactly one source (E002 otherwise); it is of the file as stored (for a converted `.md`, the "
         "`.md` itself).",
         helping(f"{QUOTE}\n  sha256: {HELP_SHA256}"),
         Example(f"{QUOTE}\n  sha256: {HELP_SHA256}", "“Kami siap membantu warga desa, kata Helmi,” katanya.\n",
                 "sources/article.md changed since it was verified: its sha256 is ca2ac6844d63…, the claim pins "
                 "569efa1085b0…",
                 comment="the source was edited after the claim pinned its sha256")),
    Code("S002", "encoding-guessed", "warn",
         "The source is not UTF-8 or UTF-16; its legacy encoding was guessed.",
         "Text is read as UTF-8 (with or without BOM) or UTF-16 with a BOM. A file in a legacy encoding "
         "(Windows-1252 and the like) is decoded with charset-normalizer's guess, and every claim matched "
         "in it warns until it is saved as UTF-8 (`factcheck sources add` does that).",
         helping(),
         helping(says="not UTF-8; decoded as cp1252 (a guess)", encoding="cp1252")),
    Code("S003", "transcript-annotation", "note",
         "A transcript annotation inside the quote ([inaudible], (crosstalk), …) was not matched.",
         "In transcripts (WebVTT, SRT, transcript text), timestamps, speaker labels and annotations — "
         "`(ph)`, `[inaudible]`, `(crosstalk)`, `[laughter]`, `(through translator)`, `[tidak terdengar]`, "
         "`(tertawa)` … (the tables are in factcheck/lang/) — are not the speaker's words: a quote is matched "
         "across them, and an annotation inside the quote is listed.",
         Example('- quote: "Kami berharap ada kunjungan balasan"\n  source: interview',
                 files=((INTERVIEW, VTT.format(gap="")),)),
         Example('- quote: "Kami berharap ada kunjungan balasan"\n  source: interview',
                 says="the transcript has [inaudible] inside the quote; not matched",
                 files=((INTERVIEW, VTT.format(gap="[inaudible] ")),))),
)

ERRORS = (
    Code("E001", "source-missing", "error",
         "The claim's source was not found.",
         "A claim names its source (or its file does) by id, the file's name without the extension in the "
         "sources folder, or by a path relative to the claim file. When no such file exists, the claim "
         "cannot be checked: the message names the paths looked at and the closest existing ids. A claim "
         "that names no source is checked against every source in the folder; when the folder holds none, "
         "that is E001 too.",
         helping(),
         helping(f"{QUOTE}\n  source: artikel",
                 "source 'artikel' not found (looked for sources/artikel.{md,…}, sources/artikel, "
                 "claims/artikel); closest: article")),
    Code("E002", "claim-invalid", "error",
         "The claim is malformed: unknown or missing keys, wrong value types.",
         "The claim cannot be checked as written: an unknown key (the nearest known key is named), no kind "
         "or two of `quote`, `said`, `date`, `figure`, `said` without `speaker`, `date` or `figure` "
         "without `context`, a date not written YYYY-MM-DD, a figure that is no figure, `ignore` without "
         "`reason` or with an unknown code, a `sha256` pinning more or less than one source, a value over "
         "10,000 characters. The claim is an error; the file's other claims are still checked. "
         "`factcheck validate` finds these without reading a source.",
         helping(),
         helping('- qoute: "Kami siap membantu warga desa"',
                 "line 3: unknown key 'qoute' (nearest known key: 'quote')")),
    Code("E003", "kind-not-supported", "error",
         "This kind of claim cannot be checked yet.",
         "The claim is of a kind this version has no checker for. A claim file cannot make one (a key "
         "naming another kind is an unknown key, E002); a program that hands the pipeline claims of its own "
         "kinds (`factcheck.run.pipeline.check`) gets this error for them rather than a verdict.",
         helping(),
         helping("- zoning: R-2\n  context: lahan pasar murah",
                 "zoning claims are not supported yet; this version checks quotes, attributions, dates and "
                 "figures",
                 comment="a claim of kind zoning, made by a program, not read from a claim file")),
    Code("E004", "duplicate-id", "error",
         "Two claims in one file share an id.",
         "A claim's `id` names it in reports, baselines and suppressions, so it must be unique in its file. "
         "The second claim with the id is an error; the first is checked.",
         helping(f"- id: help\n  {QUOTE[2:]}\n- id: villages\n  {QUOTE[2:]}"),
         helping(f"- id: help\n  {QUOTE[2:]}\n- id: help\n  {QUOTE[2:]}",
                 "line 5: duplicate id 'help' (first used on line 3)")),
    Code("E005", "source-unreadable", "error",
         "The source file could not be read (encoding, binary, front matter).",
         "The source exists but cannot be read: a binary file, an unsupported extension, invalid front "
         "matter, a file over 64 MB (67,108,864 bytes) or a text over 8,388,608 characters, a PDF without a "
         "text layer (a scan: run OCR first), a page with no article text. The message gives the reason; "
         "every claim using the source is an error.",
         helping(),
         Example(QUOTE, "---\npublished: [2025-10-24\n---\n" + HELP,
                 "sources/article.md:3:1: front matter: while parsing a flow sequence expected ',' or ']', "
                 "but got '<stream end>'")),
    Code("E006", "claim-file-invalid", "error",
         "The claim file could not be read or parsed.",
         "The claim file as a whole cannot be read: a YAML syntax error, a duplicate mapping key, a file "
         "that is empty, binary or not UTF-8, not a mapping with a `claims:` list, or over a limit (8 MiB, "
         "1,000,000 nodes or 8,388,608 characters with aliases expanded, 64 levels of nesting). None of its "
         "claims is checked. Claim files are read with YAML's safe subset only: tags such as `!!python/…` "
         "are refused.",
         helping(),
         Example(source=HELP, says="while scanning a quoted scalar found unexpected end of stream",
                 files=((CLAIMS_PATH, 'source: article\nclaims:\n  - quote: "Kami siap membantu warga desa\n'),))),
    Code("E007", "source-outside-root", "error",
         "The claim's source is outside the project root (directly or through a symbolic link).",
         "A claim file is untrusted input (in CI it may come from anyone's pull request), so every source a "
         "claim uses must be inside the project root (the folder holding the configuration file, else the "
         "working directory) once symbolic links are followed: `source: /proc/self/environ`, `source: "
         "../../etc/passwd` or a link in `sources/` to a file elsewhere would have their words quoted into a "
         "public log. The file is never read. `--allow-outside-root` (or `allow-outside-root = true`) lifts "
         "the rule for trusted setups.",
         helping(),
         helping(f"{QUOTE}\n  source: ../../outside.md",
                 "source '../../outside.md' is …/outside.md, outside the project root …; sources must be inside "
                 "the project (factcheck check --allow-outside-root allows others)",
                 files=(("../outside.md", HELP),))),
)

SUPPRESSIONS = (
    Code("X001", "unused-ignore", "warn",
         "A claim's 'ignore:' lists a code that matched none of its findings.",
         "A claim may suppress known and accepted findings with `ignore:` (one code or a list) and a "
         "`reason`: they no longer count, and every report shows them as skipped with the reason. A code "
         "that matches none of the claim's findings is reported, so suppressions do not outlive their "
         "reason; add X001 to the list to silence that too. Errors (E codes) are never suppressed.",
         Example('- id: rice\n  quote: "Beras ditebus Rp25.000 di masjid"\n  ignore: [Q301]\n'
                 "  reason: the outlet misprinted the price", RICE,
                 comment="the claim's Q301 is suppressed: reported as skipped, with the reason"),
         Example('- id: rice\n  quote: "Beras ditebus Rp20.000 di masjid"\n  ignore: [Q301]\n'
                 "  reason: the outlet misprinted the price", RICE,
                 "'ignore' lists Q301, but the claim has no Q301 finding")),
    Code("X002", "stale-baseline-entry", "warn",
         "A baseline entry matched no finding: its claim was fixed, edited or removed.",
         "A baseline (`factcheck check --write-baseline FILE`, then `--baseline FILE` or `baseline = …` in "
         "the configuration) records today's warnings and failures so only new ones are reported. Each "
         "entry is keyed by the claim file, the claim's id, the code and a hash of the claim's text, never "
         "line numbers: moving a claim keeps it suppressed, editing its text checks it afresh. An entry that "
         "matches nothing in a file that was checked (or no longer exists) is reported; rewrite the file "
         "with `--write-baseline` to drop it.",
         Example('- id: rice\n  quote: "Beras ditebus Rp25.000 di masjid"', RICE,
                 files=((BASELINE, RICE_BASELINE),), args=f"check --baseline {BASELINE}",
                 comment="the baseline records the claim's Q301: it is suppressed"),
         Example('- id: rice\n  quote: "Beras ditebus Rp20.000 di masjid"', RICE,
                 "baseline entry no longer matches: claim 'rice' Q301 (the claim changed or its finding is gone)",
                 files=((BASELINE, RICE_BASELINE),), args=f"check --baseline {BASELINE}",
                 comment="the quote was corrected after the baseline recorded its Q301")),
)
