"""Saved web pages, through trafilatura: the article's main text, boilerplate dropped
(menus, footers, share buttons, comments), and its title, author, date and site name.

Paragraphs are separated by blank lines, so a quotation left open at a paragraph's end can
continue in the next (see `factcheck.text.quotations`) and locations can name the paragraph.

Bounded: a page over MAX_HTML_BYTES is refused; one with more than MAX_EXTRACTED_ELEMENTS
elements (trafilatura's time grows faster than a page's size: 300,000 paragraphs took
minutes) is read block by block instead, every paragraph's text kept, boilerplate included.
"""

from __future__ import annotations

import logging

from factcheck.sources.readers.base import Document, ReadError

META_KEYS = {"title": "title", "author": "author", "published": "date", "outlet": "sitename", "url": "url"}
MAX_HTML_BYTES = 16 * 1024 * 1024
MAX_EXTRACTED_ELEMENTS = 15_000  # beyond this, every block's text is read instead (boilerplate kept)
_BLOCKS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "td", "th", "dd", "dt", "figcaption")
_NOT_TEXT = ("script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "button")


def read(data: bytes, shown: str, charset: str | None = None) -> Document:
    """The main text of an HTML page (bytes; `charset` from an HTTP header, if any)."""
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ReadError(f"{shown}: looks like a binary file (it contains NUL bytes), not HTML")
    if len(data) > MAX_HTML_BYTES:
        raise ReadError(f"{shown}: {len(data):,} bytes of HTML: over the limit of {MAX_HTML_BYTES:,} bytes for a "
                        "web page (save its text, or convert it with `factcheck sources add`, in parts)")
    if data.count(b"<") > 2 * MAX_EXTRACTED_ELEMENTS:  # trafilatura's time grows faster than the page
        return _every_block(data, shown)
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


def _every_block(data: bytes, shown: str) -> Document:
    """A page too large for main-text extraction: the text of every block (paragraph, heading,
    list item, cell), in time linear in its size; menus, scripts and the like left out."""
    from lxml import etree
    from lxml import html as lxml_html

    try:
        root = lxml_html.document_fromstring(data)
    except (etree.ParserError, ValueError) as exc:
        raise ReadError(f"{shown}: not a readable HTML page ({exc})") from None
    for element in root.xpath("|".join(f"//{tag}" for tag in _NOT_TEXT)):
        element.drop_tree()
    blocks = root.xpath("|".join(f"//{tag}" for tag in _BLOCKS))
    inside = set(blocks)
    paragraphs = [" ".join(block.text_content().split()) for block in blocks
                  if not any(ancestor in inside for ancestor in block.iterancestors())]
    paragraphs = [p for p in paragraphs if p]
    if not paragraphs:
        raise ReadError(f"{shown}: no article text found in the HTML page")
    title = " ".join((root.findtext(".//title") or "").split())
    return Document("\n\n".join(paragraphs) + "\n", "html", meta={"title": title} if title else {}, extracted=True)
