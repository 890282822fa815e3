"""Word documents (.docx), through python-docx: the body's paragraphs and table cells in
order, one paragraph of text each, and the document's title and author.

A paragraph's text is every text run in it, tracked insertions included and tracked
deletions left out (what the document reads as once its changes are accepted); tabs and
line breaks become spaces. Paragraphs are separated by blank lines, as for HTML, so
locations can name the paragraph.
"""

from __future__ import annotations

import io

from factcheck.sources.readers.base import Document, ReadError

META_KEYS = {"title": "title", "author": "author"}
MAX_XML_BYTES = 64 * 1024 * 1024  # of a document's XML parts once unzipped (a 1.5 MB file unzipped to 448 MB)


def _check_size(package, shown: str) -> None:
    """Refuse a package whose XML would unzip to more than MAX_XML_BYTES, before unzipping
    it (an entry cannot unzip past the size it declares: its check sum would fail)."""
    size = sum(info.file_size for info in package.infolist() if info.filename.lower().endswith((".xml", ".rels")))
    if size > MAX_XML_BYTES:
        raise ReadError(f"{shown}: {size:,} bytes of XML once unzipped: over the limit of {MAX_XML_BYTES:,} bytes "
                        "for a Word document")


def read(data: bytes, shown: str) -> Document:
    """The text of a .docx file's body."""
    import zipfile

    import docx
    from docx.oxml.ns import qn

    try:
        _check_size(zipfile.ZipFile(io.BytesIO(data)), shown)
        document = docx.Document(io.BytesIO(data))
    except ReadError:
        raise
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise ReadError(f"{shown}: not a Word document (.docx): {exc}") from None
    except Exception as exc:  # python-docx raises its own errors for damaged packages
        raise ReadError(f"{shown}: cannot read the Word document: {exc}") from None
    text_tag, spaces = qn("w:t"), {qn("w:tab"), qn("w:br"), qn("w:cr")}

    def paragraph_text(paragraph) -> str:
        parts = [(node.text or "") if node.tag == text_tag else " "
                 for node in paragraph._p.iter() if node.tag == text_tag or node.tag in spaces]
        return " ".join("".join(parts).split())

    paragraphs: list[str] = []
    seen: set[int] = set()

    def collect(container) -> None:
        for block in container.iter_inner_content():
            if hasattr(block, "rows"):  # a table: its cells, row by row (a merged cell once)
                for row in block.rows:
                    for cell in row.cells:
                        if id(cell._tc) not in seen:
                            seen.add(id(cell._tc))
                            collect(cell)
            else:
                paragraphs.append(paragraph_text(block))

    collect(document)
    paragraphs = [p for p in paragraphs if p]
    if not paragraphs:
        raise ReadError(f"{shown}: the Word document has no text")
    properties = document.core_properties
    meta = {key: " ".join(value.split()) for key, attribute in META_KEYS.items()
            if isinstance(value := getattr(properties, attribute, None), str) and value.strip()}
    return Document("\n\n".join(paragraphs) + "\n", "docx", meta=meta, extracted=True)
