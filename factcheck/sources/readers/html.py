"""Saved web pages, through trafilatura: the article's main text, boilerplate dropped
(menus, footers, share buttons, comments), and its title, author, date and site name.

Paragraphs are separated by blank lines, so a quotation left open at a paragraph's end can
continue in the next (see `factcheck.text.quotations`) and locations can name the paragraph.
"""

from __future__ import annotations

import logging

from factcheck.sources.readers.base import Document, ReadError

META_KEYS = {"title": "title", "author": "author", "published": "date", "outlet": "sitename", "url": "url"}


def read(data: bytes, shown: str, charset: str | None = None) -> Document:
    """The main text of an HTML page (bytes; `charset` from an HTTP header, if any)."""
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ReadError(f"{shown}: looks like a binary file (it contains NUL bytes), not HTML")
    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)  # its warnings are not ours to print
    page: bytes | str = data
    if charset:
        try:
            page = data.decode(charset)
        except (LookupError, UnicodeDecodeError):
            page = data  # a wrong header: let trafilatura detect the encoding
    found = trafilatura.bare_extraction(
        page, with_metadata=True, include_comments=False, include_tables=True, deduplicate=False
    )
    text = (found.text if found is not None else "") or ""
    paragraphs = [" ".join(line.split()) for line in text.split("\n")]
    paragraphs = [p for p in paragraphs if p]
    if not paragraphs:
        raise ReadError(f"{shown}: no article text found in the HTML page")
    meta = {}
    for key, attribute in META_KEYS.items():
        value = getattr(found, attribute, None)
        if isinstance(value, str) and value.strip():
            meta[key] = " ".join(value.split())
    return Document("\n\n".join(paragraphs) + "\n", "html", meta=meta, extracted=True)
