"""Q: quote claims, word by word against the source's quotation."""

from __future__ import annotations

import json

from factcheck.codes.code import Code, Example


def quote(source: str, words: str, says: str = "", **claim: str) -> Example:
    """A quote claim (with any other keys, e.g. a speaker) against a one-paragraph source."""
    lines = [f"- quote: {json.dumps(words, ensure_ascii=False)}"]
    lines += [f"  {key}: {value}" for key, value in claim.items()]
    return Example("\n".join(lines), source, says)


CODES = (
    # cosmetic: listed as notes, the claim passes
    Code("Q101", "quote-mark-style", "note",
         "Quotation marks or apostrophes differ only in style (“ ” „ « » ' \").",
         "Matching treats every style of quotation mark and apostrophe as one: “ ” „ « » ‘ ’ ' and \". "
         "The difference is listed for an editor who keeps a house style; the claim passes.",
         quote("“Ini ‘program unik’ kami,” katanya.", "Ini ‘program unik’ kami"),
         quote("“Ini ‘program unik’ kami,” katanya.", "Ini 'program unik' kami",
               "\"'\" written as \"‘\" in the source")),
    Code("Q102", "dash-or-ellipsis-style", "note",
         "Dashes or ellipses differ only in style (- – — or … ...).",
         "A hyphen, an en dash and an em dash between words are one dash, and `…`, `...` and `. . .` "
         "one ellipsis. The difference is listed; the claim passes.",
         quote("“Jalan ini — katanya — sudah rampung,” ujarnya.", "Jalan ini — katanya — sudah rampung"),
         quote("“Jalan ini — katanya — sudah rampung,” ujarnya.", "Jalan ini - katanya - sudah rampung",
               "\"-\" written as \"—\" in the source")),
    Code("Q103", "spacing", "note",
         "Spaces, line breaks, invisible or compatibility characters differ.",
         "Matching ignores spacing and line breaks, soft hyphens and zero-width characters, and Unicode "
         "compatibility forms (NFKC: a non-breaking space, the ligature ﬁ). The difference is listed; "
         "the claim passes.",
         quote("“Kami siap membantu,” katanya.", "Kami siap membantu"),
         quote("“Kami siap membantu,” katanya.", "Kami  siap membantu",
               "spacing or line breaks differ")),
    Code("Q104", "first-letter-case", "note",
         "Only the case of the quote's first letter differs.",
         "A quote that starts in the middle of the source's sentence may capitalise its first word, and "
         "one that continues the story's sentence may not: only the first letter's case differing is "
         "cosmetic. A case changed inside the quote is Q202.",
         quote("“Kita bisa saling berbagi,” ujarnya.", "Kita bisa saling berbagi"),
         quote("“Kita bisa saling berbagi,” ujarnya.", "kita bisa saling berbagi",
               "\"Kita\" begins with a different case")),
    Code("Q105", "edge-punctuation", "note",
         "Punctuation at the start or end of the quote differs.",
         "Punctuation at the quote's edges (the source's comma before its closing quotation mark, a "
         "full stop the story adds) is not among the words quoted. Punctuation changed inside the quote "
         "is Q201.",
         quote("“Kita bisa saling berbagi, kata dia,” ujarnya.", "Kita bisa saling berbagi"),
         quote("“Kita bisa saling berbagi, kata dia,” ujarnya.", "Kita bisa saling berbagi.",
               "punctuation at the start or end of the quote differs from the source")),
    Code("Q106", "marked-omission", "note",
         "Words omitted and marked with an ellipsis; nothing material left out.",
         "An ellipsis (`...`, `…` or `. . .`) marks words of the source left out; it may stand for any "
         "number of them within one quotation. It is a note when what was left out holds no negation; "
         "otherwise it is Q309. Parts in another order than the source's are Q307, parts from different "
         "quotations Q308.",
         quote("“Kita bisa saling berbagi hal positif agar manfaatnya lebih luas,” ujarnya.",
               "Kita bisa saling berbagi hal positif agar manfaatnya lebih luas"),
         quote("“Kita bisa saling berbagi hal positif agar manfaatnya lebih luas,” ujarnya.",
               "Kita bisa saling berbagi ... agar manfaatnya lebih luas",
               "\"...\" leaves out 2 words")),
    Code("Q107", "bracketed-insertion", "note",
         "An editor's [bracketed] insertion or replacement; its words are not matched.",
         "`[text]` in a quote is the editor's: an insertion, or a replacement for up to eight words of "
         "the source (`[Banten dan Bengkulu]` for \"Kita\"; `[T]he` changes a letter's case). Its words "
         "are not matched. When the words it replaces hold a negation, it is Q309.",
         quote("“Kita bisa saling berbagi hal positif,” ujar Andra.", "Kita bisa saling berbagi hal positif"),
         quote("“Kita bisa saling berbagi hal positif,” ujar Andra.",
               "[Banten dan Bengkulu] bisa saling berbagi hal positif",
               "an editor's [bracketed] words at the start or end are not matched")),
    Code("Q108", "interrupting-cue-left-out", "note",
         "The cue interrupting the source's quotation (“…,” kata Andra, “…”) is left out between its parts.",
         "A source may interrupt one quotation with its cue: “Kami siap,” kata Andra Soni, “untuk bekerja "
         "sama.” A quote joining the two parts without the cue and without an ellipsis keeps the "
         "speaker's words in their order; only the cue is left out.",
         quote("“Kami siap,” kata Andra Soni, “untuk bekerja sama dengan Bengkulu.”", "Kami siap"),
         quote("“Kami siap,” kata Andra Soni, “untuk bekerja sama dengan Bengkulu.”",
               "Kami siap untuk bekerja sama dengan Bengkulu",
               "the cue \"kata Andra Soni\" between the parts of the quotation is left out")),
    # minor: warn
    Code("Q201", "punctuation-changed", "warn",
         "Punctuation inside the quote differs from the source.",
         "A comma added or removed, a full stop for a comma: the words are the source's, but the quote "
         "is not exact. Punctuation at the quote's edges is Q105.",
         quote("“Ini contoh praktik baik yang patut kita pelajari,” ujarnya.",
               "Ini contoh praktik baik yang patut kita pelajari"),
         quote("“Ini contoh praktik baik yang patut kita pelajari,” ujarnya.",
               "Ini contoh praktik baik, yang patut kita pelajari",
               "punctuation changed: the source says \"baik yang\", the claim \"baik, yang\"")),
    Code("Q202", "case-changed", "warn",
         "Capitalisation inside the quote differs from the source.",
         "A letter inside the quote has another case than in the source (\"Praktik Baik\" for \"praktik "
         "baik\"). Only the first letter's case differing is Q104.",
         quote("“Ini contoh praktik baik yang patut kita pelajari,” ujarnya.",
               "Ini contoh praktik baik yang patut kita pelajari"),
         quote("“Ini contoh praktik baik yang patut kita pelajari,” ujarnya.",
               "Ini contoh Praktik Baik yang patut kita pelajari",
               "capitalisation changed: the source says \"praktik\", the claim \"Praktik\"")),
    Code("Q203", "narration-as-quote", "warn",
         "The words are in the source, but as narration, not inside quotation marks.",
         "The story puts in someone's mouth what the source only reports in its own words. A source's "
         "direct quotations are found by pairing quotation marks of every style (“…”, „…“, «…», \"…\", "
         "and the Indonesian habit of ”…” for both ends); a quotation left open at a paragraph's end "
         "continues in the next paragraph that opens with a quotation mark. A source with no quotation "
         "marks at all (a speech) and every transcript, even where a speaker quotes someone, are taken as all "
         "speech, so Q203 is never reported for them.",
         quote("Gubernur menyebut program itu contoh praktik baik. “Kami akan mempelajarinya,” ujarnya.",
               "Kami akan mempelajarinya"),
         quote("Gubernur menyebut program itu contoh praktik baik. “Kami akan mempelajarinya,” ujarnya.",
               "program itu contoh praktik baik",
               "the source has these words as narration, not inside quotation marks")),
    Code("Q204", "number-written-differently", "warn",
         "A number is written differently but has the same value (Rp70.000 / Rp 70 ribu).",
         "Numbers in quotes are compared by value, with their currency or unit: `Rp70.000`, `Rp 70 ribu` "
         "and `70 ribu rupiah` are one amount. The values agree, but the quote's words are not the "
         "source's. Another value is Q301.",
         quote("“Beras seharga Rp70.000 bisa ditebus Rp20.000,” ujarnya.",
               "Beras seharga Rp70.000 bisa ditebus Rp20.000"),
         quote("“Beras seharga Rp70.000 bisa ditebus Rp20.000,” ujarnya.",
               "Beras seharga Rp 70 ribu bisa ditebus Rp20.000",
               "number written differently, same value: the source says \"Rp70.000\", the claim \"70 ribu\"")),
    # material: fail
    Code("Q301", "number-changed", "fail",
         "A number was changed, added or removed.",
         "Numbers, in digits or in words, are compared by value with their currency or unit: a changed "
         "value, currency or unit, or a number added or removed, is a misquote. The same value written "
         "differently is Q204.",
         quote("“Beras seharga Rp70.000 bisa ditebus Rp20.000,” ujarnya.",
               "Beras seharga Rp70.000 bisa ditebus Rp20.000"),
         quote("“Beras seharga Rp70.000 bisa ditebus Rp20.000,” ujarnya.",
               "Beras seharga Rp70.000 bisa ditebus Rp25.000",
               "number changed: the source says \"Rp20.000\", the claim \"Rp25.000\"")),
    Code("Q302", "negation-changed", "fail",
         "A negation (not, tidak, never, belum, …) was added or removed.",
         "A negation added or removed reverses what was said: tidak, tak, bukan, belum, jangan, nggak, "
         "tanpa; not, n't, never, no, cannot, without, … (the per-language tables are in "
         "factcheck/lang/).",
         quote("“Kami tidak akan menaikkan harga,” katanya.", "Kami tidak akan menaikkan harga"),
         quote("“Kami tidak akan menaikkan harga,” katanya.", "Kami akan menaikkan harga",
               "negation removed: the source says \"tidak\", the claim leaves it out")),
    Code("Q303", "name-changed", "fail",
         "A proper name was changed.",
         "A capitalised word of the source (a person, a place, a body) is replaced by another.",
         quote("“Saya belajar banyak dari Banten,” kata Helmi.", "Saya belajar banyak dari Banten"),
         quote("“Saya belajar banyak dari Banten,” kata Helmi.", "Saya belajar banyak dari Bengkulu",
               "name changed: the source says \"Banten\", the claim \"Bengkulu\"")),
    Code("Q304", "word-changed", "fail",
         "A word was changed.",
         "A word of the source is replaced by another that is no number, negation or name (those are "
         "Q301, Q302, Q303).",
         quote("“Ini contoh praktik baik yang patut kita pelajari,” ujarnya.",
               "Ini contoh praktik baik yang patut kita pelajari"),
         quote("“Ini contoh praktik baik yang patut kita pelajari,” ujarnya.",
               "Ini contoh praktik baik yang patut kami pelajari",
               "word changed: the source says \"kita\", the claim \"kami\"")),
    Code("Q305", "word-added", "fail",
         "The quote has words the source does not.",
         "The quote has words the source does not have at that place. An editor's own words go in "
         "[brackets] (Q107).",
         quote("“Ini contoh praktik baik yang patut kita pelajari,” ujarnya.",
               "Ini contoh praktik baik yang patut kita pelajari"),
         quote("“Ini contoh praktik baik yang patut kita pelajari,” ujarnya.",
               "Ini contoh praktik baik sekali yang patut kita pelajari",
               "words added that the source does not have: \"sekali\"")),
    Code("Q306", "word-removed", "fail",
         "Words of the source were left out without an ellipsis.",
         "Words of the source are missing from the quote and no ellipsis marks the omission. Mark it "
         "with `...` (then it is Q106, or Q309 when what is left out holds a negation).",
         quote("“Ini contoh praktik baik yang patut kita pelajari,” ujarnya.",
               "Ini contoh praktik baik yang patut kita pelajari"),
         quote("“Ini contoh praktik baik yang patut kita pelajari,” ujarnya.",
               "Ini contoh praktik yang patut kita pelajari",
               "words of the source left out without an ellipsis: \"baik\"")),
    Code("Q307", "fragments-out-of-order", "fail",
         "The parts around an ellipsis appear in the source in another order.",
         "Every part of the quote is in the source, but the quote puts them in another order than the "
         "speaker's.",
         quote("“Pemerintah Provinsi Banten luar biasa, terutama dalam hal pembangunan infrastruktur. Ini "
               "menarik, karena Banten tetap mampu membangun jalan hingga ke wilayah pedesaan,” ujar Helmi.",
               "Pemerintah Provinsi Banten luar biasa … Banten tetap mampu membangun jalan hingga ke "
               "wilayah pedesaan"),
         quote("“Pemerintah Provinsi Banten luar biasa, terutama dalam hal pembangunan infrastruktur. Ini "
               "menarik, karena Banten tetap mampu membangun jalan hingga ke wilayah pedesaan,” ujar Helmi.",
               "Banten tetap mampu membangun jalan hingga ke wilayah pedesaan … Pemerintah Provinsi "
               "Banten luar biasa",
               "a fragment of the quote is in the source in another order")),
    Code("Q308", "spliced-quote", "fail",
         "The parts around an ellipsis come from different quotations.",
         "An ellipsis joins words from two quotations of the source (two statements, perhaps made on "
         "different occasions or by different people) into one.",
         quote("“Kami membangun jalan di desa,” ujarnya. Ia menambahkan, “Anggaran kami memang terbatas.”",
               "Anggaran kami memang terbatas"),
         quote("“Kami membangun jalan di desa,” ujarnya. Ia menambahkan, “Anggaran kami memang terbatas.”",
               "Kami membangun jalan di desa ... Anggaran kami memang terbatas",
               "\"...\" joins words from two different quotations")),
    Code("Q309", "omission-hides-negation", "fail",
         "The words left out by an ellipsis or brackets hold a negation or the passage spans too much.",
         "What an ellipsis or a [bracket] stands for holds a negation, so the quote may say the opposite "
         "of the source (\"tidak hanya\" / \"not only\" left out whole is not one).",
         quote("“Kami tidak akan menaikkan harga tahun ini,” katanya.",
               "Kami tidak akan menaikkan harga tahun ini"),
         quote("“Kami tidak akan menaikkan harga tahun ini,” katanya.",
               "Kami ... akan menaikkan harga tahun ini",
               "\"...\" leaves out a negation the source has: \"tidak\"")),
    Code("Q310", "quote-not-found", "fail",
         "The quote is not in the source.",
         "Fewer than 60% of the quote's words are found in any passage of the source; the closest "
         "passage and its score (0–100) are shown. Word pairs of the quote found side by side in the "
         "source pick the candidate passages, each aligned with the quote word by word; with no pair at "
         "all, rapidfuzz's partial-ratio alignment picks the closest.",
         quote("“Kami siap membantu warga desa,” katanya.", "Kami siap membantu warga desa"),
         quote("“Kami siap membantu warga desa,” katanya.", "Semua warga mendapat bantuan gratis",
               "the quote is not in article; the closest passage (line 1) matches 1 of its 5 words")),
    Code("Q311", "negation-cut-off", "fail",
         "The quote is cut right next to a negation of the source that turns it round.",
         "The word right before the quote in the source negates it (\"Jangan | untuk beli mobil\", "
         "\"I don't | know the reason\", \"tanpa | menggunakan APBD\"), or the quote ends on an auxiliary "
         "and the source's next word negates it (\"The suspect was | not at home\", \"sudah | tidak "
         "terkendali\"): every word is the source's, but the quote says the opposite. A negation "
         "separated from the quote by punctuation (\"Tidak. Kami akan …\", \"No, we will …\") belongs "
         "to another clause and does not count; nor does one closing an alternative (\"mau atau tidak "
         "kita …\", \"or not\"), nor \"tidak hanya\" / \"not only\" after the quote. An ellipsis at the "
         "quote's edge does not excuse the cut. The negation words are the language tables' "
         "(factcheck/lang/).",
         quote("“Jangan untuk beli mobil ya, uangnya untuk sekolah,” kata Ganjar.",
               "Jangan untuk beli mobil ya"),
         quote("“Jangan untuk beli mobil ya, uangnya untuk sekolah,” kata Ganjar.",
               "Untuk beli mobil ya",
               "the quote starts right after \"Jangan\" in the source, which negates it")),
)
