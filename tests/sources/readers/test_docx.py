import io

import docx
import pytest
from docx.oxml import parse_xml

from factcheck.sources.readers import ReadError, read
from factcheck.sources.library import read_source

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def make_docx(*paragraphs: str, table: list[list[str]] | None = None, title: str = "") -> bytes:
    document = docx.Document()
    document.core_properties.title = title
    document.core_properties.author = "Rina Wulandari"
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, text in enumerate(row):
                grid.cell(r, c).text = text
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_paragraphs_tables_and_title():
    data = make_docx("Kerja sama Banten dan Bengkulu", "“Kami siap,” kata Andra.",
                     table=[["harga", "Rp20.000"]], title="Draf berita")
    document = read(data, "docx", "d.docx")
    assert document.extracted and document.format == "docx"
    assert document.text == "Kerja sama Banten dan Bengkulu\n\n“Kami siap,” kata Andra.\n\nharga\n\nRp20.000\n"
    assert document.meta == {"title": "Draf berita", "author": "Rina Wulandari"}


def test_tracked_changes_read_as_accepted():
    document = docx.Document()
    paragraph = document.add_paragraph("Perhatian pemerintahnya ")
    paragraph._p.append(parse_xml(f'<w:del {W} w:id="1" w:author="A"><w:r><w:delText>tidak </w:delText></w:r></w:del>'))
    paragraph._p.append(parse_xml(f'<w:ins {W} w:id="2" w:author="A">'
                                  '<w:r><w:t xml:space="preserve">hanya </w:t></w:r></w:ins>'))
    paragraph.add_run("pada provinsi")
    out = io.BytesIO()
    document.save(out)
    assert read(out.getvalue(), "docx", "d.docx").text == "Perhatian pemerintahnya hanya pada provinsi\n"


def test_not_a_word_document_or_empty_is_refused():
    with pytest.raises(ReadError, match="d.docx: not a Word document"):
        read(b"PK\x03\x04 not really", "docx", "d.docx")
    with pytest.raises(ReadError, match="e.docx: the Word document has no text"):
        read(make_docx(), "docx", "e.docx")


def test_locations_name_the_paragraph(tmp_path):
    path = tmp_path / "d.docx"
    path.write_bytes(make_docx("Judul", "Paragraf kedua.", "“Kami siap membantu warga,” kata Andra."))
    source = read_source(path, fmt="docx")  # (a draft format: `factcheck draft` reads it so)
    offset = source.text.index("Kami siap")
    assert source.locate(offset).where() == "paragraph 3"
    assert source.locate(offset).extracted


def test_a_document_whose_xml_unzips_to_too_much_is_refused_before_unzipping(monkeypatch):
    """A 1.5 MB .docx expanding to 448 MB of XML took 4 GB in `draft`."""
    from docmaker import docx_bomb
    from factcheck.sources.readers import docx as reader

    data = docx_bomb(20 * 1024 * 1024)
    assert len(data) < 200_000
    monkeypatch.setattr(reader, "MAX_XML_BYTES", 10 * 1024 * 1024)
    with pytest.raises(ReadError, match="once unzipped: over the limit of 10,485,760 bytes for a Word document"):
        read(data, "docx", "bomb.docx")
