"""What a draft article claims: its quotations, figures and dates as in-memory claims.

The draft is read like a source (`factcheck.sources.library.read_source`), so the same engines
find what it claims:

- **quotations**: every speech quotation with its speaker (`factcheck.speakers`, run on
  the draft) becomes a quote claim naming that speaker; a quotation interrupted by its cue
  ("Kami siap," kata Andra, "untuk bekerja.") is one quote, its parts joined by an ellipsis;
- **figures** and **dates** in the narration (`factcheck.text.numbers`, `factcheck.text.dates`;
  those inside quotations are checked with the quote) become figure and date claims whose
  `context` is made of the draft's own words next to the value (`make_context`);

each claim names no source, so it is checked against every source (the best match
counts), by the same checkers as `factcheck check` (`factcheck.draft.check`). The claims
live in memory with the draft's line and column; `factcheck.draft.emit` writes them as a
claims file naming the source each was found in. A date that names no single day and a
figure with no words around it are found but marked `unchecked` (D205, F202).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from factcheck.checks.figure import figures_for, preferred
from factcheck.checks.nearby import candidates
from factcheck.files import display_path
from factcheck.lang import LANGUAGES, tables
from factcheck.model import Claim
from factcheck.sources.library import SourceError, read_source
from factcheck.sources.readers import FORMATS
from factcheck.speakers import Attribution, Person, people_named, speech
from factcheck.text.context import Passage, noise_words, sentences, similar, word_distance
from factcheck.text.dates import DateMention, find_dates
from factcheck.text.document import Source
from factcheck.text.numbers import Figure, find_figures, units_agree
from factcheck.text.quotations import quoted_words
from factcheck.text.tokens import NUMBER, WORD

CONTEXT_WORDS = 4  # words a context is given …
MAX_CONTEXT_WORDS = 6  # … and at most, when fewer do not single out the value in the draft
YEARS = range(1900, 2101)  # a bare four-digit number in this range is a year, not a figure


@dataclass(frozen=True)
class Found:
    """One thing the draft claims, as an in-memory claim, and where it is in the draft."""

    claim: Claim
    start: int  # offsets of the quotation or value in the draft
    end: int
    unchecked: str | None = None  # why it cannot be checked (D205 for a date, F202 for a figure)


DRAFT_FORMATS = {".docx": "docx"}  # besides the source formats: Word, for drafts only


def read_draft(path: Path) -> Source:
    """The draft, read by its extension like a source (or as Word); raises SourceError
    naming the file."""
    suffix = path.suffix.lower()
    if suffix not in FORMATS and suffix not in DRAFT_FORMATS:
        known = ", ".join(sorted({*FORMATS, *DRAFT_FORMATS}))
        raise SourceError("E005", f"{display_path(path)}: unsupported draft format {suffix or '(no extension)'!r} "
                                  f"(supported: {known})")
    return read_source(path, path.stem, DRAFT_FORMATS.get(suffix))


def find_claims(draft: Source, language: str = "auto") -> list[Found]:
    """Every quotation, figure and date of the draft as a claim on every source, in order.
    The draft's language is its front matter's `language:`, else `language` (the
    configuration's), else the one its words show."""
    stated = draft.meta.get("language", "").strip().lower()[:2]
    language = stated if stated in LANGUAGES else language if language != "auto" else draft.language
    spoken = [(q.start, q.end) for q in draft.quotations.quotations if q.speech]
    found = [_quote(draft, a, language) for a in speech(draft).attributions]

    # the values as the checkers see them in a source (factcheck.checks.figure, .date)
    def dates_in(passage: Passage) -> list[DateMention]:
        return find_dates(draft.text, language, draft.published, passage.start, passage.end)

    def figures_in(passage: Passage) -> list[Figure]:
        dates = dates_in(passage)
        return [f for f in find_figures(draft.text, language, passage.start, passage.end) if not _overlaps(f, dates)]

    whole = Passage(draft.body_start, len(draft.text), 1.0, (), text=draft.text)
    dates, figures = dates_in(whole), figures_in(whole)
    values = dates + figures  # their words are no context
    for mention in dates:
        if not _inside(mention, spoken):
            found.append(_date(draft, mention, language, make_context(draft, mention, dates_in, values)))
    for figure in figures:
        if not _inside(figure, spoken) and not _is_year(figure):
            context = make_context(draft, figure, lambda p, figure=figure: figures_for(figure, draft, language, p),
                                   values, lambda f, figure=figure: preferred(figure, f),
                                   lambda f, figure=figure: units_agree(figure, f))
            found.append(Found(_claim(draft, figure.start, "figure", {"figure": _figure_text(draft, figure, language),
                                                                      "context": context},
                                      language), figure.start, figure.end,
                               None if context else "the draft gives no words around it to find it by"))
    found = sorted((f for f in found if f is not None), key=lambda f: f.start)
    counts: dict[str, int] = {}
    numbered = []
    for item in found:
        counts[item.claim.kind] = counts.get(item.claim.kind, 0) + 1
        numbered.append(replace(item, claim=replace(item.claim, id=f"{item.claim.kind}-{counts[item.claim.kind]}")))
    return numbered


def _inside(value, spans: list[tuple[int, int]]) -> bool:
    return any(a <= value.start < b for a, b in spans)


def _overlaps(figure: Figure, dates: list[DateMention]) -> bool:
    return any(figure.start < d.end and d.start < figure.end for d in dates)


def _figure_text(draft: Source, figure: Figure, language: str) -> str:
    """The figure as a claim gives it: a range with the "antara" / "between" that makes its
    "dan" / "and" a range's ("antara 15 dan 20 orang"; "15 dan 20 orang" alone is two values)."""
    if figure.upper is None:
        return figure.text
    before = re.search(r"(\w+)\s+$", draft.text[max(draft.body_start, figure.start - 30) : figure.start])
    if before and before.group(1).casefold() in tables(language).range_openers:
        return f"{before.group(1)} {figure.text}"
    return figure.text


def _is_year(figure: Figure) -> bool:
    return figure.unit is None and figure.text.isdigit() and len(figure.text) == 4 and int(figure.text) in YEARS


def _claim(draft: Source, start: int, kind: str, fields: dict[str, str], language: str) -> Claim:
    """A claim at the draft's line and column; in a draft extracted from HTML or Word,
    where each paragraph is one line of the text, the line is the paragraph's number."""
    line, column = draft.lines.position(start)
    line = draft.locate(start).paragraph or line
    return Claim(file=draft.display, line=line, column=column, id=kind, kind=kind, fields=fields, sources=(),
                 base_dir=draft.path.parent, language=language)


# -- quotations ---------------------------------------------------------------------------

def _quote(draft: Source, attribution: Attribution, language: str) -> Found | None:
    text = quote_text(draft, attribution)
    if not text:
        return None
    fields = {"quote": text}
    name = speaker_name(draft, attribution.speaker) if attribution.speaker is not None else None
    if name is not None:
        fields["speaker"] = name
    return Found(_claim(draft, attribution.start, "quote", fields, language), attribution.start, attribution.end)


def speaker_name(draft: Source, person: Person) -> str | None:
    """The name to give a quote claim's `speaker`: the person's name without titles when a
    claim naming it means this person in the draft, else the first form of theirs that
    does (the fullest, with titles, then each other form the draft uses); None when none
    does, as a claim naming them would then fail on a name the draft itself cannot place."""
    for name in dict.fromkeys([person.name, person.full, *sorted(person.aliases, key=len, reverse=True)]):
        if name and people_named(draft, name) == [person]:
            return name
    return None


def quote_text(draft: Source, attribution: Attribution) -> str:
    """The quoted words: marks and edge commas stripped; the parts of a quotation
    interrupted by its cue joined by an ellipsis, those continued in the next paragraph by
    a space."""
    out = ""
    previous_end = None
    for start, end in attribution.parts:
        part = quoted_words(draft.visible(start, end))
        if previous_end is not None:
            between = draft.text[previous_end:start]
            out += " " if not between.strip() else " … "
        out += part
        previous_end = end
    return out.strip()


# -- figures and dates --------------------------------------------------------------------

def _date(draft: Source, mention: DateMention, language: str, context: str) -> Found:
    unchecked = None
    if mention.exact:
        day = mention.first.isoformat()
    else:
        day = mention.text
        if mention.first is not None:
            unchecked = f"it names {mention.first.isoformat()} – {mention.last.isoformat()}, not a single day"
        elif mention.relative and draft.published is None:
            unchecked = "it is relative and the draft has no `published:` date in its front matter to count from"
        else:
            unchecked = "it gives no year and the draft has no `published:` date to take one from"
    if unchecked is None and not context:
        unchecked = "the draft gives no words around it to find it by"
    fields = {"date": day, "context": context}
    return Found(_claim(draft, mention.start, "date", fields, language), mention.start, mention.end, unchecked)


def make_context(draft: Source, value, find: Callable[[Passage], list], skip: list,
                 prefer: Callable[[object], bool] = lambda v: True, fits: Callable[[object], bool] = lambda v: True) -> str:
    """A few of the draft's words next to `value` that lead the context search
    (`factcheck.text.context`) back to it; `find` gives the values of its kind in a passage and
    `prefer` and `fits` those the checker prefers (`factcheck.checks.nearby.candidates`), `skip` the
    values whose words are no context.

    The words of the value's sentence are weighed as the source side weighs values around
    a context (`factcheck.text.context.word_distance`): by distance in words from the nearest of
    their forms in the sentence, a comma or semicolon counting extra, a word after the
    value counting less. A word nearer to another value of its kind in the sentence
    describes that one ("ditebus" in "beras seharga Rp70.000 bisa ditebus Rp20.000" is
    Rp20.000's): it is taken only after this value's own words, and only if searching the
    draft itself for the context still finds this value, nearer than any other. Function
    words, numbers and the words of values are never taken. The CONTEXT_WORDS best are
    taken, more (up to MAX_CONTEXT_WORDS) while the draft search does not single the value
    out, in the draft's order: words that single out the value in the draft tend to single
    out the same event in a source that tells it."""
    spans = sentences(draft)
    k = bisect_right([s for s, _ in spans], value.start) - 1
    start, end = spans[k] if k >= 0 else (value.start, value.end)
    sentence = Passage(start, max(end, value.end), 1.0, (), text=draft.text)
    tokens = sentence.tokens
    stop = noise_words()
    rivals = [v for v in find(sentence) if v.start != value.start]  # the checker weighs them all

    def extent(v) -> tuple[int, int]:
        inside = [i for i, s in enumerate(tokens.starts) if v.start <= s < v.end]
        return (inside[0], inside[-1]) if inside else (0, -1)

    own, others = extent(value), [extent(v) for v in rivals]
    matched = [j for j, kind in enumerate(tokens.kinds) if kind in (WORD, NUMBER)]
    ranked = []
    for i, kind in enumerate(tokens.kinds):
        key = tokens.keys[i]
        if kind != WORD or key in stop or len(key) < 2 or any(v.start <= tokens.starts[i] < v.end for v in skip):
            continue
        hits = [j for j in matched if similar(key, tokens.keys[j])]  # as the context search finds the word
        mine = min(_distance(tokens, j, own) for j in hits)
        theirs = [(min(_distance(tokens, j, o) for j in hits), v) for o, v in zip(others, rivals)]
        owned = all(mine < d or (mine == d and value.start < v.start) for d, v in theirs)
        ranked.append((not owned, mine, i))
    ranked.sort()
    chosen: list[int] = []
    def singles_out(indices: list[int]) -> bool:
        return _singles_out(draft, _words(draft, tokens, indices), value, find, prefer, fits)

    for not_owned, _, i in ranked:
        if len(chosen) >= MAX_CONTEXT_WORDS or (len(chosen) >= CONTEXT_WORDS and singles_out(chosen)):
            break
        if not not_owned or singles_out(chosen + [i]):
            chosen.append(i)
    return _words(draft, tokens, chosen)


def _distance(tokens, i: int, extent: tuple[int, int]) -> float:
    """How far word `i` is from the tokens first..last of a value (`context.word_distance`)."""
    first, last = extent
    return 0.0 if first <= i <= last else word_distance(tokens, i, first, last)


def _words(draft: Source, tokens, chosen: list[int]) -> str:
    return " ".join(dict.fromkeys(draft.text[tokens.starts[i]:tokens.ends[i]] for i in sorted(chosen)))


def _singles_out(draft: Source, context: str, value, find, prefer, fits) -> bool:
    """Does the context search on the draft tie `value` to the context, and nothing else?"""
    _, found = candidates(context, draft, find, prefer, fits=fits)
    return bool(found) and all(c.value.start == value.start and not c.neighbour for c in found)
