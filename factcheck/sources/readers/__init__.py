"""Readers: a document's bytes to the text that quotes are matched in.

A reader is chosen by the file's extension (`FORMATS`), or given explicitly (a `format:`
key in Markdown front matter, `factcheck sources add --format`). Text and Markdown are
read as they are, so positions are the file's own; HTML, PDF, WebVTT and SRT are converted
to text (`Document.extracted`), which is also what `factcheck sources add` writes out.

Converted text keeps what locations need, in plain-text conventions a reader of the saved
Markdown can see: a PDF page starts at a ``<!-- page N -->`` line; a transcript has one
line per cue, ``[HH:MM:SS.mmm] Speaker: words``, the label only where the speaker changes.
The heavy libraries (trafilatura, pypdf, webvtt-py, python-docx) are imported only when
such a file is read.
"""

from __future__ import annotations

from factcheck.sources.readers.base import MAX_TEXT_CHARS, TRANSCRIPTS, Document, ReadError, too_long  # noqa: F401 (re-exported)

FORMATS = {  # in the order a source id is looked up: a converted .md before its original
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".pdf": "pdf",
    ".vtt": "vtt",
    ".srt": "srt",
}
READERS = ("text", "markdown", "html", "pdf", "vtt", "srt", "transcript")
_TEXT_READERS = ("text", "markdown", "transcript", "vtt", "srt")  # at most 4 bytes a character


def format_for(name: str) -> str | None:
    """The reader for a file name or URL path, by extension; None when unknown."""
    dot = name.rfind(".")
    return FORMATS.get(name[dot:].lower()) if dot >= 0 and "/" not in name[dot:] else None


def read(data: bytes, fmt: str, shown: str, charset: str | None = None) -> Document:
    """Read `data` with reader `fmt` (one of READERS); `shown` names the document in
    messages, `charset` is a hint (an HTTP header's). Refuses a text over MAX_TEXT_CHARS."""
    if fmt in _TEXT_READERS and len(data) > 4 * MAX_TEXT_CHARS:  # certainly too long: not worth decoding
        raise ReadError(f"{shown}: {len(data):,} bytes of text: {too_long()}")
    document = _read(data, fmt, shown, charset)
    if len(document.text) > MAX_TEXT_CHARS:
        raise ReadError(f"{shown}: {len(document.text):,} characters of text: {too_long()}")
    return document


def _read(data: bytes, fmt: str, shown: str, charset: str | None) -> Document:
    if fmt in ("text", "markdown", "transcript"):
        from factcheck.sources.readers import text

        return text.read(data, fmt, shown)
    if fmt == "html":
        from factcheck.sources.readers import html

        return html.read(data, shown, charset)
    if fmt == "pdf":
        from factcheck.sources.readers import pdf

        return pdf.read(data, shown)
    if fmt in ("vtt", "srt"):
        from factcheck.sources.readers import transcript

        return transcript.read(data, fmt, shown)
    if fmt == "docx":  # drafts only (`factcheck draft`); not yet a source format
        from factcheck.sources.readers import docx

        return docx.read(data, shown)
    raise ReadError(f"unknown format {fmt!r} (known: {', '.join(READERS)})")
