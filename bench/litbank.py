"""Read LitBank's quotation layer (English novels) into texts with gold speakers. Used by
bench/speakers.py only; the data stays in ../shared/datasets/litbank-quotes (CC BY 4.0:
Sims & Bamman, EMNLP 2020; Bamman, Lewke & Mansoor, LREC 2020; see NOTICE.md there).

Each `NAME_brat.txt` is tokenised, one sentence a line, without paragraph breaks. Text is
rebuilt from the tokens with ordinary spacing (no space before , . ; : ! ? ) or a clitic
such as n't / 's, none after an opening mark or "(" and before a closing one; Gutenberg's
"_" emphasis marks dropped). Paragraphs are not in the data, so they are guessed from the
text alone, never from the annotation: a line that starts in lower case continues the
sentence before (the corpus's splitter cuts '“…?” cried his wife'); a line inside an open
quotation continues it; a line that starts with an opening mark, or follows one that ended
with a closing mark, starts a paragraph, and so does a quotation opening right after one
closed inside a line; a chapter's heading ("CHAPTER I.", a title in capitals after it) is a
paragraph of its own; any other line continues the paragraph. Novels break a paragraph at every change of
speaker, so this keeps those breaks; it also breaks between two quotations of one speaker
that share a paragraph in the book, which makes cue-less turns harder than in the book.

A straight '"' or "'" standing alone opens at the start of a line or after an opening
context (space, "(" or another opening mark) and otherwise alternates within the line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

OPENING = {"“", "‘"}
CLOSING = {"”", "’"}
STRAIGHT = {'"', "'"}
NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "%", "...", "…"}
NO_SPACE_AFTER = {"(", "["}
CLITICS = {"n't", "'s", "'re", "'ll", "'ve", "'d", "'m", "'", "'S"}


@dataclass
class Quote:
    id: str
    start: int  # character offsets in the book's rebuilt text, quotation marks included
    end: int
    speaker: str = ""  # the annotation's entity id ("Mrs_Bennet-7"), "" when not attributed


@dataclass
class Book:
    name: str  # the file name without "_brat.txt": "1342_pride_and_prejudice"
    text: str = ""
    quotes: list[Quote] = field(default_factory=list)


ITALICS = "_"
_HEADINGS = {"chapter", "book", "part", "volume"}
_NUMBERS = re.compile(r"^(\d+|[IVXLC]+|ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE|TEN|FIRST|SECOND|THIRD)\.?$")


def _heading(tokens: list[str]) -> int:
    """How many tokens of a line are a chapter's heading glued to its first sentence ("CHAPTER
    I. Down the Rabbit-Hole Alice was …" → "CHAPTER I."; "CHAPTER I A RED-HAIRED GIRL It
    was …" → the title in capitals too); 0 when the line opens with none."""
    if len(tokens) < 3 or tokens[0].casefold() not in _HEADINGS or not _NUMBERS.match(tokens[1]):
        return 0
    k = 2 + (tokens[2] == ".")
    while k + 1 < len(tokens) and tokens[k].isupper() and tokens[k + 1].isupper() and tokens[k] not in OPENING:
        k += 1  # a title in capitals, up to the sentence's first word
    return k


def _clitic(token: str) -> bool:
    return token.replace("’", "'") in CLITICS and token not in STRAIGHT


def _roles(tokens: list[str], inside: dict[str, bool]) -> list[str]:
    """"open" / "close" / "" for each token of a line. `inside` (updated): is a quotation
    opened by '"' or by "'" open, carried over from the line before; each mark is tracked on
    its own, so a dialect apostrophe ("t' ee") does not turn a double mark around."""
    roles = []
    for k, token in enumerate(tokens):
        if token in OPENING:
            roles.append("open")
        elif token in CLOSING:
            roles.append("close")
        elif token in STRAIGHT:
            previous = tokens[k - 1] if k else ""
            opens = k == 0 or previous in NO_SPACE_AFTER or previous in OPENING or not inside[token]
            if k + 1 == len(tokens):
                opens = False
            roles.append("open" if opens else "close")
            inside[token] = opens
        else:
            roles.append("")
    return roles


def _open_after(tokens: list[str], roles: list[str], was_open: bool) -> bool:
    """Does a quotation stay open after the line (its last mark opens, or it had no mark and
    the line before left one open)?"""
    marks = [r for r in roles if r]
    return marks[-1] == "open" if marks else was_open


def read_book(txt: Path) -> Book:
    """One book: its rebuilt text and its attributed quotations."""
    lines = [line.split(" ") if line else [] for line in txt.read_text(encoding="utf-8").split("\n")]
    if lines and not lines[-1]:
        lines.pop()
    book = Book(txt.name.removesuffix("_brat.txt"))
    parts: list[str] = []
    offset = 0
    spans: list[list[tuple[int, int]]] = []  # per line, per token: (start, end)
    inside = False  # the line before left a quotation open
    straight = {'"': False, "'": False}
    ended_closed = False
    gap = ""
    for number, tokens in enumerate(lines):
        roles = _roles(tokens, straight)
        first = tokens[0] if tokens else ""
        if number:
            if first[:1].islower() or inside or (first and not first[:1].isalnum() and first not in OPENING
                                                  and first not in STRAIGHT and first not in NO_SPACE_AFTER):
                gap = " "
            elif first in OPENING or first in STRAIGHT or ended_closed:
                gap = "\n\n"
            else:
                gap = " "
            parts.append(gap)
            offset += len(gap)
        line_spans = []
        previous_role, previous = "", ""
        heading = _heading(tokens) if number == 0 or ended_closed or gap == "\n\n" else 0
        for k, (token, role) in enumerate(zip(tokens, roles)):
            if token == ITALICS:  # Gutenberg's _emphasis_ marks: no text
                line_spans.append((offset, offset))
                continue
            space = bool(previous) and previous_role != "open" and previous not in NO_SPACE_AFTER \
                and role != "close" and token not in NO_SPACE_BEFORE and not _clitic(token)
            if previous and (k == heading or role == "open" and previous_role == "close"):
                # a chapter's heading is a paragraph of its own; a quotation opening right after one
                # closed is another speaker's turn ('… joins with me ----" "Florence can speak …')
                parts.append("\n\n")
                offset += 2
            elif space:
                parts.append(" ")
                offset += 1
            line_spans.append((offset, offset + len(token)))
            parts.append(token)
            offset += len(token)
            previous_role, previous = role, token
        spans.append(line_spans)
        ended_closed = bool(roles) and roles[-1] == "close"
        inside = _open_after(tokens, roles, inside)
    book.text = "".join(parts)
    ann = txt.with_name(txt.name.removesuffix(".txt") + ".ann")
    speakers: dict[str, str] = {}
    quotes: list[Quote] = []
    for row in ann.read_text(encoding="utf-8").splitlines() if ann.exists() else []:
        cells = row.split("\t")
        if cells[0] == "QUOTE":
            s_line, s_tok, e_line, e_tok = (int(c) for c in cells[2:6])
            quotes.append(Quote(cells[1], spans[s_line][s_tok][0], spans[e_line][e_tok][1]))
        elif cells[0] == "ATTRIB":
            speakers[cells[1]] = cells[2]
    for quote in quotes:
        quote.speaker = speakers.get(quote.id, "")
    book.quotes = sorted(quotes, key=lambda q: q.start)
    return book


def read_books(folder: Path) -> list[Book]:
    """Every book of the folder, in name order."""
    return [read_book(path) for path in sorted(folder.glob("*_brat.txt"))]


# Words that make an entity id a description or a role rather than a name a claim would
# give ("a_girl", "his_mother", "The_boy", "I", "Narrator", "Uncle").
_NOT_NAMES = {
    "a", "an", "the", "my", "his", "her", "our", "their", "your", "one", "another", "that", "this",
    "i", "you", "they", "we", "he", "she", "narrator", "young", "old", "other",
}


def speaker_name(entity: str, text: str) -> str | None:
    """The name a claim would give the speaker of an entity id, or None when the id is a
    description ("a_girl", "his_mother"), a pronoun ("I") or a name the book never writes.

    Ids spell the mention with "_" for a space, "__" for ". " after an abbreviation and
    "___" for ", " before a description: "Mrs__Rachel_Lynde-0" is "Mrs. Rachel Lynde",
    "Emma_Woodhouse___handsome___clever…" is "Emma Woodhouse". A name in capitals
    ("JOHN_REED") is written in title case."""
    body = re.sub(r"-\d+$", "", entity).split("___")[0]
    body = body.replace("__", ". ").replace("_s_", "'s ").replace("_", " ").strip()
    words = body.split()
    if len(words) > 1 and words[0] == "The" and words[1][:1].isupper():
        words = words[1:]  # "The_White_Rabbit": White Rabbit
    if not words or words[0].casefold().rstrip(".") in _NOT_NAMES or not words[0][:1].isupper() or "'" in body:
        return None  # a description or a possessive ("Tom's aunt")
    while words and not words[-1][:1].isupper():  # "Rudolf narrator", "Robert brother"
        words.pop()
    words = [w.title() if w.isupper() and len(w) > 2 else w for w in words]
    name = " ".join(words)
    if not _written_as_name(words[-1].rstrip("."), text):
        return None
    return name


_ABBREVIATIONS = ("Mr.", "Mrs.", "Ms.", "Dr.", "St.")


def _written_as_name(word: str, text: str) -> bool:
    """Does the narration write the word capitalised inside a sentence (after a lower-case
    word, a comma or a title such as "Mr."), as a name is, not only at a sentence's start or
    where a character calls someone so ("“Uncle, you are not well”" names no one)?"""
    narration = re.sub(r"[“\"][^”\"]*[”\"]", " ", text)
    for m in re.finditer(rf"(\S+)\s+{re.escape(word)}\b", narration):
        before = m.group(1)
        if before[-1:] not in ".!?“\"‘'" or before.endswith(_ABBREVIATIONS):
            return True
    return False
