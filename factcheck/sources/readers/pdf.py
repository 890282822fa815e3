"""PDF reports and press releases, through pypdf's text layer.

Each page starts with a ``<!-- page N -->`` line (skipped in matching), so a quote's page
is known. Cleaning, because a PDF's text layer is laid out for print:

- words broken at a line's end by a hyphen are joined ("pemba-" + "ngunan"), except a
  reduplication ("anak-" + "anak" stays "anak-anak"), a capital or digits at the break;
- lines repeated at the top or bottom of most pages (running headers and footers, digits
  ignored so "Page 3 of 9" repeats) and bare page numbers there are dropped;
- line numbers at the start of most lines of a page (legal and parliamentary records) are
  dropped.

A PDF without a text layer (a scan) is refused: it needs OCR first.
"""

from __future__ import annotations

import io
import math
import re

from factcheck.sources.readers.base import MAX_TEXT_CHARS, Document, ReadError, too_long

EDGE_LINES = 2  # how many lines at each end of a page may be header or footer
REPEATED_SHARE = 0.5  # a line at the edge of at least this share of pages repeats
NUMBERED_SHARE = 0.6  # this share of a page's lines starting with a number: line numbers
_PAGE_NUMBER = re.compile(r"\W*(?:(?:page|halaman|hal\.?|p\.)\s*)?\d{1,4}(?:\s*(?:of|dari|/)\s*\d{1,4})?\W*", re.I)
_LINE_NUMBER = re.compile(r"[ \t]*(\d{1,4})[ \t]+(?=\S)")
_HYPHEN_BREAK = re.compile(r"(\w+)-[ \t]*\n[ \t]*(\w+)")


def read(data: bytes, shown: str) -> Document:
    """The text of every page, cleaned, each after its page mark."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise ReadError(f"{shown}: the PDF is encrypted with a password")
        pages = _texts(reader, shown)
        info = reader.metadata or {}
        meta = {key: str(info.get(name)).strip() for key, name in (("title", "/Title"), ("author", "/Author"))
                if info.get(name) and str(info.get(name)).strip()}
    except ReadError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
        # pypdf raises assorted errors on damaged files; none may escape as a traceback
        raise ReadError(f"{shown}: not a readable PDF ({type(exc).__name__}: {exc})") from None
    if not any(page.strip() for page in pages):
        raise ReadError(f"{shown}: the PDF has no text layer (a scan?); run OCR on it first")
    meta["pages"] = str(len(pages))
    return Document(render(pages), "pdf", meta=meta, extracted=True)


def _texts(reader, shown: str) -> list[str]:
    """Each page's text, stopping as soon as the text is over the limit (not after every page
    is extracted). Pages drawn by the same content stream with the same resources are
    extracted once: a file can make hundreds of pages share one slow stream."""
    texts: list[str] = []
    done: dict[tuple, str] = {}
    total = 0
    for page in reader.pages:
        key = _drawing(page)
        text = done.get(key) if key is not None else None
        if text is None:
            text = page.extract_text() or ""
            if key is not None:
                done[key] = text
        total += len(text)
        if total > MAX_TEXT_CHARS:
            raise ReadError(f"{shown}: more than {MAX_TEXT_CHARS:,} characters of text by page {len(texts) + 1}: "
                            f"{too_long()}")
        texts.append(text)
    return texts


def _drawing(page) -> tuple | None:
    """What draws a page: the ids of its content streams and its resources (their ids, or as
    written when given in the page itself); None when its content is not a shared object."""
    from pypdf.generic import ArrayObject, IndirectObject

    contents = page.raw_get("/Contents") if "/Contents" in page else None
    parts = list(contents) if isinstance(contents, ArrayObject) else [contents]
    if not all(isinstance(part, IndirectObject) for part in parts):
        return None
    resources = page.raw_get("/Resources") if "/Resources" in page else None
    described = (resources.idnum, resources.generation) if isinstance(resources, IndirectObject) else repr(resources)
    if len(described) > 10_000:
        return None
    return (*((part.idnum, part.generation) for part in parts), described)


def render(pages: list[str]) -> str:
    """Pages' raw text as cleaned text with page marks."""
    lines = [[line.rstrip() for line in page.replace("\r\n", "\n").replace("\r", "\n").split("\n")] for page in pages]
    lines = [_strip_line_numbers(page) for page in lines]
    repeated = _repeated_edges(lines)
    out = []
    for number, page in enumerate(lines, start=1):
        kept = _drop_edges(page, repeated)
        body = _HYPHEN_BREAK.sub(_join_hyphen, "\n".join(kept).strip())
        out.append(f"<!-- page {number} -->\n\n{body}\n" if body else f"<!-- page {number} -->\n")
    return "\n".join(out)


def _key(line: str) -> str:
    return re.sub(r"\d+", "#", " ".join(line.lower().split()))


def _edges(page: list[str]) -> list[int]:
    """Indices of the first and last few non-empty lines."""
    filled = [i for i, line in enumerate(page) if line.strip()]
    return sorted(set(filled[:EDGE_LINES] + filled[-EDGE_LINES:]))


def _repeated_edges(pages: list[list[str]]) -> set[str]:
    if len(pages) < 2:
        return set()
    counts: dict[str, int] = {}
    for page in pages:
        for key in {_key(page[i]) for i in _edges(page)}:
            counts[key] = counts.get(key, 0) + 1
    needed = max(2, math.ceil(REPEATED_SHARE * len(pages)))
    return {key for key, count in counts.items() if count >= needed}


def _drop_edges(page: list[str], repeated: set[str]) -> list[str]:
    drop = {i for i in _edges(page) if _key(page[i]) in repeated or _PAGE_NUMBER.fullmatch(page[i])}
    return [line for i, line in enumerate(page) if i not in drop]


def _strip_line_numbers(page: list[str]) -> list[str]:
    filled = [line for line in page if line.strip()]
    numbers = [m for m in (_LINE_NUMBER.match(line) for line in filled) if m]
    if len(filled) < 3 or len(numbers) < NUMBERED_SHARE * len(filled):
        return page
    values = [int(m.group(1)) for m in numbers]
    if sum(b > a for a, b in zip(values, values[1:])) < 0.8 * (len(values) - 1):
        return page  # not counting up: numbers that belong to the text
    return [_LINE_NUMBER.sub("", line, count=1) for line in page]


def _join_hyphen(m: re.Match[str]) -> str:
    before, after = m.group(1), m.group(2)
    if before.lower() == after.lower() or after[0].isupper() or after[0].isdigit() or before[-1].isdigit():
        return f"{before}-{after}"  # "anak-anak", "Jawa-Barat", "2020-2021": a real hyphen
    return before + after
