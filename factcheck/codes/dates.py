"""D: date claims (`date` + `context`), the date a source gives for an event."""

from __future__ import annotations

from factcheck.codes.code import Code, Example

SIGNED = "Banten dan Bengkulu menandatangani nota kesepahaman {when}.\n"
PUBLISHED = "---\npublished: 2025-10-25\n---\n"  # front matter: the day the source was published
INDONESIAN = "---\nlanguage: id\n---\n"
DRAFT = "drafts/story.md"


def date(when: str, says: str = "", *, day: str = "2025-10-24", front: str = "",
         context: str = "menandatangani nota kesepahaman") -> Example:
    """A date claim on the signing, against a source that dates it `when`."""
    return Example(f"- date: {day}\n  context: {context}", front + SIGNED.format(when=when), says)


def draft(when: str, says: str = "") -> Example:
    """`factcheck draft` on a draft dating the signing `when`."""
    return Example("", SIGNED.format(when="pada Jumat (24/10/2025)"), says,
                   files=((DRAFT, SIGNED.format(when=when)),), args=f"draft {DRAFT}")


WHERE = ("The sentences of the source holding at least half of `context`'s words, and at least two of them "
         "(function words such as \"yang\", \"di\", \"the\", \"of\" left out), are where it speaks of the "
         "event; words match as forms of one word (`tebus` / `ditebus`, `signed` / `signing`, `penandatanganan` "
         "/ `menandatangani`). Only the sentences holding the most of them describe it: in each that states "
         "a date, the date the context's words surround most closely (a comma between counting extra) is the "
         "source's date for the event. A sentence holding fewer of them — the dateline, another event — "
         "never lends its date; one right before or after, in the same paragraph, only warns (D206).")
EXPRESSIONS = ("The date expressions read are numeric dates (`24/10/2025`, `24-10-25`, `24.10.2025`, "
               "`2025-10-24`), written ones (`24 Oktober 2025`, `24 Okt. 2025`, `Oct. 24, 2025`, `24th "
               "October`), a month (`Oktober 2025`), a weekday before a date (`Jumat (24/10/2025)`, `Friday, "
               "Oct. 24`), ranges of days (`24–26 Oktober 2025`, `24 hingga 26 Oktober`, `Oct. 24-26`), relative "
               "words (`kemarin`, `Jumat lalu`, `pekan lalu`; `yesterday`, `last Friday`, `last week`) and "
               "counted offsets (`3 hari lalu`, `dua pekan lalu`, `sepekan lalu`; `two weeks ago`, `a week ago`). "
               "In Indonesian a weekday alone counts only after a cue (pada, hari, sejak), so \"setiap Jumat\" "
               "and \"salat Jumat\" are no dates; English news dates events by a weekday alone (\"was approved "
               "Tuesday\"): the latest such day up to the published date, or the next one after a future word "
               "in its clause (\"will vote Thursday\", \"runs through Thursday\"); not \"every Friday\", "
               "\"Good Friday\", \"Friday prayers\". No whole-text date search is made.")

CODES = (
    Code("D101", "relative-date", "note",
         "The source's relative date (kemarin, last Friday) was resolved against its published date.",
         "Relative words are counted from the source's `published` date (its front matter): kemarin, "
         "kemarin dulu, hari ini, besok, lusa, Jumat lalu, Jumat pekan lalu, pada Jumat (the latest Friday "
         "up to the published day), pekan lalu, bulan lalu; yesterday, today, tomorrow, last Friday, next "
         "Friday, on Friday, last week, last month. The note shows the day it counts to. A number before a "
         "relative phrase (\"dua pekan lalu\", two weeks ago) makes it no date. Without a published date "
         "it is D304.",
         date("pada Jumat (24/10/2025)"),
         date("kemarin", '"kemarin" is 2025-10-24 (Friday), counted from the published date 2025-10-25',
              front=PUBLISHED)),
    Code("D102", "year-from-published", "note",
         "The source gives no year; it was taken from its published date.",
         "A date without a year (\"24 Oktober\", \"Oct. 24\") takes the year that puts it nearest the "
         "source's published date. A weekday named with it decides the year too. Without a published date "
         "it is D203.",
         date("pada 24 Oktober 2025", front=PUBLISHED),
         date("pada 24 Oktober", '"24 Oktober" gives no year; 2025 from the published date', front=PUBLISHED)),
    Code("D104", "date-in-range", "note",
         "The source gives a range of days, and the claim's day lies inside it.",
         "A range of days in the source (`24–26 Oktober 2025`, `24 hingga 26 Oktober`, `Oct. 24-26`) dates an "
         "event that takes every one of them: a claim of any of its days passes with this note. A week or a "
         "month the source names instead of a day (`pekan lalu`, `Oktober 2025`) is D202.",
         date("pada 24 Oktober 2025"),
         date("pada 24–26 Oktober 2025", "within the days the source gives", day="2025-10-25")),
    Code("D103", "date-order", "note",
         "A numeric date that reads both ways was read in the source language's day/month order.",
         "A numeric date such as 03/10/2025 is 3 October or 10 March. It is read in the order of the "
         "source's language: Indonesian day first, English month first (`10/24/2025` has only one "
         "reading). The language is the source's front matter `language`, else the language whose function "
         "words it uses; a weekday named with the date decides too. When no language is known, it is D204.",
         date("pada Jumat (24/10/2025)"),
         date("pada 03/10/2025", """read in the source language's order; "03/10/2025" would be 2025-03-10 """
                                 "(Monday) read the other way round", day="2025-10-03", front=INDONESIAN)),
    Code("D201", "weekday-mismatch", "warn",
         "The source's weekday contradicts its own date (Kamis (24/10/2025)).",
         "The source names a weekday that its own date does not fall on (\"Kamis (24/10/2025)\": 24 "
         "October 2025 was a Friday): one of the two is wrong in the source, so the date it gives is "
         "uncertain even when it agrees with the claim.",
         date("pada Jumat (24/10/2025)"),
         date("pada Kamis (24/10/2025)",
              'the source says "Kamis (24/10/2025)": Thursday, but 2025-10-24 (Friday)')),
    Code("D202", "date-range-only", "warn",
         "The source gives only a week or month, which holds the claim's date.",
         "The source gives only a span (\"pekan lalu\", \"Oktober 2025\", last week) that holds the "
         "claim's date: it agrees, but does not confirm the day. A span that does not hold it is D301.",
         date("pada Jumat (24/10/2025)"),
         date("pada Oktober 2025",
              'the source says only "Oktober 2025" (2025-10-01 (Wednesday) – 2025-10-31 (Friday))')),
    Code("D203", "date-incomplete", "warn",
         "The source gives no year or only a weekday, and what it gives agrees.",
         "The source's date cannot be placed in time: it has no year and the source no published date "
         "(\"24 Oktober\"), or it is a weekday alone (\"pada Jumat\"). What it gives agrees with the "
         "claim, but does not confirm the date; add `published:` to the source's front matter.",
         date("pada 24 Oktober 2025"),
         date("pada 24 Oktober", 'the source says "24 Oktober": it gives no year; what it gives agrees')),
    Code("D204", "date-order-ambiguous", "warn",
         "The day/month order of the source's numeric date cannot be decided.",
         "The source's numeric date reads both ways (03/10/2025: 3 October or 10 March) and neither the "
         "source nor the claim file says its language (short texts rarely show it by their function "
         "words). Set `language: id` or `en` in the source's front matter; then it is D103.",
         date("pada 03/10/2025", day="2025-10-03", front=INDONESIAN),
         date("pada 03/10/2025", 'the order of day and month is ambiguous: "03/10/2025" would be 2025-03-10 '
                                 "(Monday) read the other way round; set the source's language to decide",
              day="2025-10-03")),
    Code("D205", "draft-date-unchecked", "warn",
         "`factcheck draft`: a date in the draft names no single day (a month, a week, a relative date "
         "without `published:`), so it is not checked.",
         "`factcheck draft` checks every date of a draft article against the sources, as a date claim "
         "whose context is the words around it. A date that names no single day (a month, a week, a "
         "relative date in a draft without `published:` in its front matter) cannot be checked so; it is "
         "listed, and left out of the claims `--emit-claims` writes.",
         draft("pada Jumat (24/10/2025)"),
         draft("pada Oktober 2025",
               'the draft\'s date "Oktober 2025" is not checked: it names 2025-10-01 – 2025-10-31, not a '
               "single day")),
    Code("D206", "date-loosely-tied", "warn",
         "The source ties the date to the event only loosely: from the next sentence, or one of several.",
         "The sentences holding the context's words state no date, but the sentence right before or after "
         "them, in the same paragraph, does: it may date the same event (\"… pada Jumat (24/10/2025). "
         "Penandatanganan tersebut dilakukan …\"), or another. Or the context's words are spread over "
         "sentences holding one each, and they give different dates. The claim agrees with one but is not "
         "passed without a look. A date further away never counts. " + WHERE,
         date("pada Jumat (24/10/2025)"),
         Example("- date: 2025-10-24\n  context: penandatanganan dilakukan gubernur",
                 "Banten dan Bengkulu menandatangani nota kesepahaman pada Jumat (24/10/2025). Penandatanganan "
                 "itu dilakukan langsung oleh kedua gubernur.\n",
                 'the source gives the date "Jumat (24/10/2025)" in the sentence before the one that speaks of '
                 "the context")),
    Code("D301", "date-differs", "fail",
         "The source dates the event on another day.",
         WHERE + " That date is another day than the claim's (the source's date and words are shown; a "
         "numeric date is read in the source language's order, and the message says when the other order "
         "would have agreed).",
         date("pada Jumat (24/10/2025)"),
         date("pada Jumat (24/10/2025)", 'date differs: the source dates it 2025-10-24 (Friday) ("Jumat '
                                         '(24/10/2025)"), the claim 2025-10-25 (Saturday)', day="2025-10-25")),
    Code("D302", "date-not-found", "fail",
         "The source speaks of the event but dates nothing for it.",
         "The sentences holding the most of the context's words state no date, nor do the sentences right "
         "before and after them: the source dates nothing for the event. A date elsewhere in it — the "
         "dateline's, another event's — is not this event's (\"Kami berharap nantinya ada kunjungan balasan\" "
         "is dated by nothing, whatever day the article's signing took place). " + EXPRESSIONS,
         date("pada Jumat (24/10/2025)"),
         date("di Serang", 'article dates nothing for "menandatangani nota kesepahaman": the sentence that '
                           "speaks of it (line 1) gives no date")),
    Code("D303", "date-context-not-found", "fail",
         "The claim's context is not in the source.",
         "No sentence of the source holds at least half of the context's words and two of them (all of a "
         "one-word context), so the source does not speak of the event (or speaks of it in other words: give "
         "the context in the source's). " + WHERE,
         date("pada Jumat (24/10/2025)"),
         date("pada Jumat (24/10/2025)", 'the context "meresmikan jembatan baru" is not in article',
              context="meresmikan jembatan baru")),
    Code("D304", "date-unanchored", "fail",
         "The source's date is relative and it has no published date to resolve it.",
         "The source dates the event with relative words (\"kemarin\", \"last Friday\") and has no "
         "`published` date in its front matter to count them from, so it gives no date at all. Add "
         "`published: YYYY-MM-DD` to the source's front matter (then it is D101).",
         date("kemarin", front=PUBLISHED),
         date("kemarin", 'the source says "kemarin" but gives no published date to resolve it (add '
                         "`published: YYYY-MM-DD` to its front matter)")),
)
