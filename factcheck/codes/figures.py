"""F: figure claims (`figure` + `context`), the value a source gives for what the context describes."""

from __future__ import annotations

from factcheck.codes.code import Code, Example

RICE = "Di Bengkulu, beras seharga Rp70.000 bisa ditebus Rp20.000 di masjid.\n"
STORE = "Gudang itu menyimpan 1.500 ton beras.\n"
INFLATION = "Inflation rose 0.2 percentage points to 2.35% in September.\n"
DRAFT = "drafts/story.md"


def figure(figure: str, says: str = "", *, source: str = RICE, context: str = "beras ditebus",
           tolerance: str = "") -> Example:
    """A figure claim on what the rice is redeemed for, against a one-line source."""
    claim = f"- figure: {figure}\n  context: {context}" + (f"\n  tolerance: {tolerance}" if tolerance else "")
    return Example(claim, source, says)


def draft(text: str, says: str = "") -> Example:
    """`factcheck draft` on a draft with the figure as given in `text`."""
    return Example("", RICE, says, files=((DRAFT, text),), args=f"draft {DRAFT}")


READING = ("A figure is read with the claim's language (the claim file's `language:`, else the source's) and "
           "the source's with the source's (its front matter's or guessed, else the claim's): Indonesian `.` "
           "groups thousands and `,` marks decimals (`Rp1,5 miliar` is 1,500,000,000), English the reverse.")
WHERE = ("The sentences of the source holding at least half of `context`'s words and two of them (function "
         "words left out; forms of one word match: `tebus` / `ditebus`, `harga` / `seharga`) are where it "
         "speaks of what the figure counts. Only the sentences holding the most of them describe it: in each "
         "that states a figure, the figure the context's words surround most closely is the source's figure "
         "for it (for each context word its nearest occurrence, counted in words; a comma or semicolon "
         "between counts extra, and a figure after the words is preferred, as in \"ditebus Rp20.000\"; a "
         "figure of the claim's kind, money, a share or a measure, or followed by the word the claim counts, "
         "is preferred). A sentence holding fewer of them never lends its figure; one right before or after, "
         "in the same paragraph, only warns (F203).")

CODES = (
    Code("F101", "figure-written-differently", "note",
         "The source writes the same value differently (Rp 20 ribu / Rp20.000).",
         "Figures are compared by value. Scale words (ribu, juta, miliar/milyar, triliun; thousand, million, "
         "billion; `rb`, `jt`, `M`, `bn`, `m` after a currency), number words (dua puluh, seratus, setengah; "
         "seventy thousand, one and a half million), currencies (Rp, IDR, rupiah, US$, $, USD, dolar AS, "
         "dollars, €, euro), percentages (%, persen, percent) and percentage points are understood, so "
         "`Rp20.000`, `Rp 20 ribu`, `20000 rupiah` and `dua puluh ribu rupiah` are one value. " + READING,
         figure("Rp20.000"),
         figure("Rp 20 ribu", 'written differently: the source has "Rp20.000"')),
    Code("F102", "figure-within-tolerance", "note",
         "The source's figure differs within the claim's tolerance.",
         "A figure claim may give a `tolerance` for a rounded figure: an amount (`500`, `Rp1.000`) or a share "
         "of the claim's figure (`5%`). A source's figure that differs by no more passes, with this note. "
         "Approximating words before a figure (\"sekitar\", \"about\") are ignored: give a tolerance.",
         figure("Rp20.000", tolerance="Rp500"),
         figure("Rp19.500", 'within the tolerance: the source gives "Rp20.000" (20000 IDR), the claim '
                            '"Rp19.500" (19500 IDR)', tolerance="Rp500")),
    Code("F103", "figure-unit-unstated", "note",
         "One side gives the number without its currency or unit.",
         "The claim or the source gives the number without its currency or unit (`20.000` for `Rp20.000`); "
         "the values agree. A number in another unit is F304.",
         figure("Rp20.000"),
         figure('"20.000"', "the claim gives the number without its unit")),
    Code("F104", "figure-in-range", "note",
         "The source gives a range, and the claim's value lies inside it.",
         "A range in the source — `$11 million to $12 million`, `10 hingga 15 persen`, `antara 10 dan 15 "
         "persen`, `10-15 persen` — holds every value from its lower to its upper end: a claim of either end or "
         "of a value between passes with this note. A range claimed is compared end to end. \"from $250 million "
         "to $310 million\" (a change) is two values, not a range, unless a range word comes before it "
         "(\"ranged from\"); \"dari 10 menjadi 12 persen\" likewise.",
         figure("$11 million to $12 million", source="The bill includes $11 million to $12 million for wildfire "
                "recovery grants.\n", context="wildfire recovery grants"),
         figure("$11 million", 'within the range the source gives: "$11 million to $12 million"',
                source="The bill includes $11 million to $12 million for wildfire recovery grants.\n",
                context="wildfire recovery grants")),
    Code("F201", "figure-separators-ambiguous", "warn",
         "The figure reads two ways (1.500 / 1,500) and the language is unknown.",
         READING + " A figure that reads both ways (`1.500`: 1500, or 1.5 in English) when neither "
         "language is known warns; set `language: id` or `en` in the claim file or the source's front "
         "matter.",
         figure('"1.500"', source="---\nlanguage: id\n---\n" + STORE, context="gudang menyimpan beras"),
         figure('"1.500"', '"1.500" reads as 1500 or 1.5; set the language (language: id or en) to decide',
                source=STORE, context="gudang menyimpan beras")),
    Code("F202", "draft-figure-unchecked", "warn",
         "`factcheck draft`: a figure in the draft has no words around it (in its sentence) to find it by in "
         "a source, so it is not checked.",
         "`factcheck draft` checks every figure of a draft article against the sources, as a figure claim "
         "whose context is the words around it in its sentence. A figure with no such words (a table cell, a "
         "list of numbers) cannot be found so; it is listed, and left out of the claims `--emit-claims` "
         "writes.",
         draft("Di Bengkulu, beras bisa ditebus Rp20.000.\n"),
         draft("| Harga |\n|---|\n| Rp20.000 |\n",
               'the draft\'s figure "Rp20.000" is not checked: the draft gives no words around it to find it '
               "by")),
    Code("F203", "figure-loosely-tied", "warn",
         "The source ties the figure to the context only loosely: from the next sentence, or one of several.",
         "The sentences holding the context's words state no figure, but the sentence right before or after "
         "them, in the same paragraph, does; it may be the same quantity's, or another's. Or the context's "
         "words are spread over sentences holding one each, and they give different figures. The claim "
         "agrees with one but is not passed without a look. " + WHERE,
         figure("Rp20.000"),
         Example("- figure: Rp20.000\n  context: program pasar murah masjid",
                 "Di Bengkulu, beras bisa ditebus Rp20.000. Program pasar murah itu digelar di masjid-masjid.\n",
                 'the source gives the figure "Rp20.000" in the sentence before the one that speaks of the '
                 "context")),
    Code("F301", "figure-differs", "fail",
         "The source gives another value for what the context describes.",
         WHERE + " That figure has another value than the claim's (beyond its `tolerance`, if any); the "
         "source's figure is shown, and so is one of the claim's value further away in the same sentence.",
         figure("Rp20.000"),
         figure("Rp25.000", 'figure differs: the source gives "Rp20.000" (20000 IDR), the claim "Rp25.000" '
                            "(25000 IDR)")),
    Code("F302", "figure-not-found", "fail",
         "The source speaks of what the figure counts but gives no figure for it.",
         "The sentences holding the most of the context's words state no figure (a date, a time of day or a "
         "year alone is none), nor do the sentences right before and after them. A figure elsewhere in the "
         "source is another quantity's. " + WHERE,
         figure("Rp20.000"),
         figure("Rp20.000", 'article gives no figure for "beras ditebus": the sentence that speaks of it (line 1) gives no figure',
                source="Di Bengkulu, beras bisa ditebus murah di masjid.\n")),
    Code("F303", "figure-context-not-found", "fail",
         "The claim's context is not in the source.",
         "No sentence of the source holds at least half of the context's words and two of them (all of a "
         "one-word context), so the source does not speak of what the figure counts (or speaks of it in "
         "other words: give the context in the source's). "
         + WHERE,
         figure("Rp20.000"),
         figure("Rp20.000", 'the context "minyak goreng dijual" is not in article', context="minyak goreng dijual")),
    Code("F304", "figure-unit-differs", "fail",
         "The source gives its figure in another unit (% / percentage points, Rp / US$, hours / km).",
         "The source's figure for the context is in a unit the claim's cannot be: another currency (`Rp` / "
         "`US$`), a percentage for percentage points (`25%` / `25 poin persentase`, a unit of their own), or "
         "another measure (`48 jam` / `48 km`). Units of one measure convert and are compared by value: `3 km` "
         "is `3.000 meter`, `2 hari` is `48 jam`, `5 ton` is `5.000 kg`; months and years do not convert to "
         "days. Units are read from CLDR's unit names (jam, hari, minggu/pekan, bulan, tahun; hours, days, "
         "weeks, months, years; km, mil, meter, kg, ton, hektar, acre, liter, mph, MW, °C …) and the language "
         "tables (orang, jiwa, warga; people, persons; unit, units). Words after a claim's figure that are "
         "no unit (`3.608 kasus`) say what it counts: they join the context, and the source's figure "
         "followed by them is preferred.",
         figure("0.2 percentage points", source=INFLATION, context="inflation rose"),
         figure("0.2%", 'unit differs: the source gives "0.2 percentage points" (0.2 percentage points), the '
                        'claim "0.2%" (0.2 %)', source=INFLATION, context="inflation rose")),
)
