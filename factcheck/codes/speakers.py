"""A: who said it, for quote claims with a `speaker` and attribution claims (`said`)."""

from __future__ import annotations

from factcheck.codes.code import Code, Example

VISIT = """\
Gubernur Bengkulu Helmi Hasan mengatakan, kunjungannya ke Banten bertujuan untuk belajar dari program pembangunan Pemprov Banten.
“Kami berharap nantinya ada kunjungan balasan dari Banten,” ujar Helmi.
Gubernur Banten Andra Soni menyambut baik kunjungan itu. “Kita bisa saling berbagi hal positif,” tambahnya.
"""
TWO_JOKOS = """\
Presiden Joko Widodo dan sutradara Joko Anwar hadir di Jakarta.
“Film Indonesia harus mendunia,” kata {who}.
"""
PROBABLE = """\
Gubernur Banten Andra Soni mengatakan, kerja sama itu penting.
Acara itu juga dihadiri Gubernur Bengkulu Helmi Hasan.
“Kami siap bekerja sama,” ujarnya.
"""
DRAFT = "drafts/story.md"


def _said(speaker: str, said: str, says: str = "") -> Example:
    return Example(f"- said: {said}\n  speaker: {speaker}", VISIT, says)


def _quote(speaker: str, says: str = "", words: str = "Kita bisa saling berbagi hal positif",
           source: str = VISIT) -> Example:
    return Example(f'- quote: "{words}"\n  speaker: {speaker}', source, says)


def _draft(text: str, says: str = "") -> Example:
    return Example("", VISIT, says, files=((DRAFT, text),), args=f"draft {DRAFT}")


CODES = (
    Code("A101", "speaker-confirmed", "note",
         "The source gives the words to the claimed speaker (the cue and name it uses are shown).",
         "A quote claim with a `speaker` passes only on explicit evidence: a cue naming that person beside "
         "the quotation (“…,” ujar Andra Soni; “…,” said Smith; Smith said, “…”; Menurut Andra, “…”; "
         "“…,” according to the Equal Opportunity Board), or an unbroken chain back to one: a -nya cue, a "
         "pronoun (\"kata dia\", \"he said\") or cue-less quotations carrying on the speaker a cue named, "
         "with nobody else named in between. The person may be named in any form the source uses "
         "(\"Helmi Hasan\", \"Helmi\", \"Gubernur Bengkulu Helmi Hasan\"). Cues, titles and roles come "
         "from the per-language tables in factcheck/lang/. In a transcript, each speaker turn is the speech "
         "of the person its label names. The note names the evidence: the cue, or the chain and where it "
         "starts.",
         Example('- quote: "Kita bisa saling berbagi hal positif"', VISIT),
         _quote("Andra Soni", 'speaker confirmed: Gubernur Banten Andra Soni ("tambahnya" refers back to '
                              '"Gubernur Banten Andra Soni" (line 3), nobody else named between)')),
    Code("A102", "statement-supported", "note",
         "A statement the source gives the speaker explicitly supports the claim in every word.",
         "An attribution claim (`speaker` + `said`) is a paraphrase. It is compared with every statement "
         "the source attributes to someone, quoted or reported (\"X mengatakan, …\", \"Menurut X, …\", "
         "\"X said that …\"). It passes only when a statement the source gives the speaker explicitly (a "
         "cue naming them, or a chain back to one that no other person's name interrupts) holds every "
         "figure, name and content word of the claim (words by stem: \"menggunakan\" is \"guna\", "
         "\"reported\" is \"reports\"; figures by value and unit; the sentence around the statement may "
         "supply a title or topic word) and agrees in negation, with no word such as \"might\" or "
         "\"mungkin\" left out. Function words and verbs that only report speech (\"mengatakan\", "
         "\"explained\") may differ. The note shows the statement's line and its cue.",
         Example('- quote: "Kami berharap nantinya ada kunjungan balasan dari Banten"', VISIT),
         _said("Helmi Hasan", "kunjungan ke Banten bertujuan belajar dari program pembangunan",
               "supported by what Gubernur Bengkulu Helmi Hasan says (line 1, reported, \"mengatakan\"")),
    Code("A103", "draft-speaker-unstated", "note",
         "`factcheck draft`: the draft does not say who spoke a quotation, so its speaker is not checked "
         "(the source's is shown).",
         "`factcheck draft` checks every quotation of a draft article and, when the draft says who spoke "
         "it, its speaker. When the draft names nobody for a quotation, its speaker is not checked; the "
         "note says whom the source gives the words to, so the editor can add the attribution.",
         _draft("“Kami berharap nantinya ada kunjungan balasan dari Banten,” ujar Helmi Hasan.\n"),
         _draft("“Kami berharap nantinya ada kunjungan balasan dari Banten.”\n",
                "the draft does not say who spoke this (no cue and no earlier speaker), so the speaker is "
                "not checked; article gives the words to Gubernur Bengkulu Helmi Hasan")),
    Code("A201", "speaker-undetermined", "warn",
         "The source's speaker for these words cannot be determined.",
         "The source gives the words to nobody it can be sure of: the quotation has no cue and no earlier "
         "speaker, its cue uses a short name that fits two people, a sentence introduces it with a colon "
         "without naming a speaker (\"Sebuah spanduk berbunyi: “…”\"), the words address the speaker "
         "before by name (\"…, Matthew?\"), or the words are narration or quoted as a term or a title. "
         "When the source describes the speaker without naming them (\"said his wife\", \"the young man "
         "answered\"), a claim naming a person warns too: the description may be theirs; a claim naming "
         "the description itself (\"pemudik\" for \"jawab pemudik\") passes. For an attribution claim: "
         "the statement is in the source but its speaker cannot be determined. The claim's speaker is "
         "neither confirmed nor contradicted.",
         _quote("Joko Widodo", words="Film Indonesia harus mendunia", source=TWO_JOKOS.format(who="Joko Widodo")),
         _quote("Joko Widodo", 'speaker undetermined: ambiguous: "Joko" could be more than one person (line 2)',
                words="Film Indonesia harus mendunia", source=TWO_JOKOS.format(who="Joko"))),
    Code("A202", "speaker-name-ambiguous", "warn",
         "The claim's speaker name fits more than one person in the source.",
         "The claim names the speaker by a form two people of the source share (\"Joko\" for Joko Widodo "
         "and Joko Anwar), so it does not say which of them spoke, even when the source's speaker is one of "
         "them; give the name in full. Two names that each have a part the other lacks stay two people.",
         _quote("Joko Widodo", words="Film Indonesia harus mendunia", source=TWO_JOKOS.format(who="Joko Widodo")),
         _quote("Joko", '"Joko" fits more than one person in article (Presiden Joko Widodo, Joko Anwar); the '
                        "source gives the words to Presiden Joko Widodo",
                words="Film Indonesia harus mendunia", source=TWO_JOKOS.format(who="Joko Widodo"))),
    Code("A203", "support-weak", "warn",
         "What the source attributes to the speaker does not confirm all of the claim.",
         "The speaker's closest statement is about what the claim says, but a person must confirm the "
         "rest: the message names the claim's words it does not have (\"it does not say \"correctly\"\"), "
         "or says why its negation cannot be told, or that it says something the claim leaves out "
         "(\"might\"). A paraphrase in other words than the source's warns here: factcheck knows stems and "
         "opposites, not synonyms. A claim fails only on an explicit contradiction (A303).",
         _said("Helmi Hasan", "kunjungan ke Banten bertujuan belajar dari program pembangunan"),
         _said("Helmi Hasan", "kunjungan ke Banten bertujuan untuk rapat anggaran tahunan",
               'not confirmed by what Gubernur Bengkulu Helmi Hasan says: it does not say "rapat", "anggaran", '
               '"tahunan" (line 1)')),
    Code("A204", "speaker-probable", "warn",
         "The source probably gives the words to the claimed speaker, but no cue names them for these words.",
         "A quotation's speaker is confirmed only by a cue naming them beside it, or by an unbroken chain "
         "back to one (a -nya cue, a pronoun or cue-less quotations, with nobody else named between). When "
         "the chain is broken (another person is named in between), the speaker is the subject of a "
         "sentence without a speech verb, or the quotation is a turn in a dialogue with no cue, the "
         "source's speaker is only inferred: the claim is neither confirmed nor contradicted, and the "
         "message says what the inference rests on. An attribution claim (`said`) warns here too when the "
         "statement that supports it is only inferred to be the speaker's.",
         _quote("Andra Soni", words="Kita bisa saling berbagi hal positif"),
         _quote("Andra Soni", "speaker probable, not confirmed: Gubernur Banten Andra Soni, but no cue names "
                              "the speaker of these words", words="Kami siap bekerja sama",
                source=PROBABLE)),
    Code("A205", "speaker-probably-other", "warn",
         "The source seems to give the words to someone else, but no cue names them for these words.",
         "The source's speaker for the quotation differs from the claim's, but it is only inferred (see "
         "A204): a person must confirm who spoke. A claim fails (A301) only when a cue, or an unbroken "
         "chain back to one, gives the words to someone else. An attribution claim (`said`) warns here "
         "when the statement that supports it is only inferred to be someone else's.",
         _quote("Andra Soni", words="Kita bisa saling berbagi hal positif"),
         _quote("Helmi Hasan", "speaker not confirmed: article seems to give these words to Gubernur Banten "
                               "Andra Soni, not Helmi Hasan", words="Kami siap bekerja sama", source=PROBABLE)),
    Code("A206", "speaker-name-fuller", "warn",
         "The claim names the speaker more fully than the source ever does.",
         "The claim's speaker has every name word of the source's speaker and more (\"Gabriel Syme\" where "
         "the source only says \"Syme\"). That is not a wrong speaker, and it passes when the source gives "
         "that fuller name anywhere (even inside a quotation); when it never does, a person must confirm "
         "the name elsewhere.",
         _quote("Andra Soni", words="Kita bisa saling berbagi hal positif"),
         _quote("Andra Soni Wijaya", "article gives these words to Gubernur Banten Andra Soni",
                words="Kita bisa saling berbagi hal positif")),
    Code("A207", "statement-absent", "warn",
         "The source attributes nothing like the claim to the speaker: confirm it elsewhere.",
         "No statement the source attributes to the speaker holds even 35% of the claim's words, and no one "
         "else's says it either; the closest statement is shown. Absence is no evidence of the contrary (the "
         "statement may be narration factcheck does not read as speech, or in another source), so the claim "
         "warns rather than fails. Reported too when the claim's speaker is nobody the source names and "
         "nobody in it says this.",
         _said("Helmi Hasan", "kunjungan ke Banten bertujuan belajar dari program pembangunan"),
         _said("Helmi Hasan", "Banten akan membangun bandara baru tahun depan",
               "article attributes nothing like this to Gubernur Bengkulu Helmi Hasan; the closest statement "
               "(line 1) has 33% of the claim's words; confirm it elsewhere")),
    Code("A301", "speaker-wrong", "fail",
         "The source gives the words to someone else.",
         "The source gives the quotation explicitly to another person than the claim's speaker: a cue "
         "beside it names them, or an unbroken chain leads back to such a cue. It fails too when the cue "
         "gives the words to someone the source does not name (\"kata seorang warga\", \"jawab pemudik\", "
         "\"said a resident\") and the claim names a person the source names, never given that role. The "
         "message names that person (or description) and the evidence. When the source's speaker is only "
         "inferred, the claim warns (A205).",
         _quote("Andra Soni"),
         _quote("Helmi Hasan", 'wrong speaker: article gives these words to Gubernur Banten Andra Soni '
                               '("tambahnya" refers back to "Gubernur Banten Andra Soni" (line 3), nobody else '
                               'named between), not Helmi Hasan')),
    Code("A302", "speaker-not-in-source", "fail",
         "The claim's speaker matches nobody the source names.",
         "Nobody the source names matches the claim's speaker, and the source gives the words explicitly to "
         "someone else (otherwise the claim warns: A201, A205); the message lists whom it names. Names "
         "compare without case or accents (\"Jose Alvarez\" is \"José Álvarez\"), titles and roles apart "
         "(\"Gubernur Bengkulu Helmi Hasan\" is Helmi Hasan), and a short form matches the full name "
         "(\"Andra\"). A role alone (\"kata Presiden\") means the person last named with that role.",
         _quote("Andra Soni"),
         _quote("Rohidin Mersyah", 'speaker "Rohidin Mersyah" matches nobody named in article (it names '
                                   "Gubernur Bengkulu Helmi Hasan, Gubernur Banten Andra Soni)")),
    Code("A303", "statement-contradicted", "fail",
         "The speaker's statement says the opposite of the claim (a negation, number, name or opposite word).",
         "A statement the source gives the speaker explicitly, holding most of the claim's words, "
         "contradicts it explicitly: a negation (tidak, belum, never; a denying verb such as \"membantah\") "
         "governs a word of the claim in one and stands nowhere before it in the other; or it has another "
         "figure or name where the claim has its own (between the same neighbouring words: \"two days\" / "
         "\"five days\", \"in March\" / \"in May\"); or an opposite word: \"naik\" / \"turun\", "
         "\"strong\" / \"weak\", \"realistic\" / \"unrealistic\". Opposites come from the language "
         "tables: WordNet 3.0's antonym pairs for English (factcheck/lang/en_lexicon.txt, made by "
         "bench/wordnet_lexicon.py), a written table for Indonesian (factcheck/lang/id.py).",
         _said("Helmi Hasan", "kunjungan ke Banten bertujuan belajar dari program pembangunan"),
         _said("Helmi Hasan", "kunjungan ke Banten tidak bertujuan belajar dari program pembangunan",
               'Gubernur Bengkulu Helmi Hasan says otherwise: "bertujuan" is negated in the claim but not in '
               "the source (line 1)")),
    Code("A304", "statement-of-someone-else", "fail",
         "The source attributes the statement to someone else.",
         "A statement that says what the claim says (nearly every word of it, nothing contradicting) is in "
         "the source, and the source gives it explicitly (a cue, or an unbroken chain back to one) to "
         "another person than the claim's speaker, who says nothing like it. When that person is only "
         "inferred, the claim warns (A205).",
         _said("Helmi Hasan", "kunjungan ke Banten bertujuan belajar dari program pembangunan"),
         _said("Andra Soni", "kunjungan ke Banten bertujuan belajar dari program pembangunan",
               "article attributes this to Gubernur Bengkulu Helmi Hasan, not Andra Soni (line 1)")),
    Code("A305", "statement-not-found", "fail",
         "Retired: the source attributed nothing like the claim to the speaker (now A207, a warning).",
         "Such a claim used to fail. Absence of a statement is no evidence of the contrary, so "
         "it now warns with A207, saying what to confirm; A305 is no longer reported. It stays known so that "
         "claim files that `ignore:` it remain valid (such an `ignore:` suppresses nothing: X001).",
         _said("Helmi Hasan", "kunjungan ke Banten bertujuan belajar dari program pembangunan"),
         _said("Helmi Hasan", "Banten akan membangun bandara baru tahun depan",
               "article attributes nothing like this to Gubernur Bengkulu Helmi Hasan"),
         retired="A207"),
)
