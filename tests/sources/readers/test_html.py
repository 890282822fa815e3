import pytest

from docmaker import ARTICLE_HTML
from factcheck.sources.readers import ReadError
from factcheck.sources.readers.html import read


def test_main_text_without_boilerplate():
    document = read(ARTICLE_HTML.encode(), "a.html")
    assert document.extracted and document.format == "html"
    assert "“Kami tidak akan menaikkan tarif air tahun ini" in document.text
    assert "Program ini untuk 70.000 keluarga" in document.text
    for boilerplate in ("Beranda", "Langganan", "Hak cipta", "Baca juga", "Banjir di Lebak"):
        assert boilerplate not in document.text
    assert "\n\n" in document.text  # paragraphs stay apart


def test_metadata():
    meta = read(ARTICLE_HTML.encode(), "a.html").meta
    assert meta["author"] == "Rina Wulandari"
    assert meta["outlet"] == "Harian Contoh"
    assert meta["published"] == "2025-10-24"
    assert "tidak ada kenaikan tarif" in meta["title"]


def test_legacy_charset_from_a_header():
    page = ARTICLE_HTML.replace('<meta charset="utf-8">', "").encode("cp1252")
    document = read(page, "a.html", charset="windows-1252")
    assert "“Kami tidak akan menaikkan tarif air" in document.text


def test_page_without_text_or_binary_is_refused():
    with pytest.raises(ReadError, match="e.html: no article text"):
        read(b"<html><head><script>var a = 1;</script></head><body><div></div></body></html>", "e.html")
    with pytest.raises(ReadError, match="binary"):
        read(b"\x00\x01\x02<html>", "b.html")


def test_a_page_with_very_many_elements_is_read_block_by_block(monkeypatch):
    """trafilatura's time grows faster than the page (300,000 paragraphs: minutes)."""
    from factcheck.sources.readers import html

    monkeypatch.setattr(html, "MAX_EXTRACTED_ELEMENTS", 50)
    body = "".join(f"<p>Paragraf {n} berisi <b>kata</b> penting.</p>" for n in range(200))
    page = (f"<html><head><title>Judul</title><script>var x = 1;</script></head><body><nav>Menu</nav>"
            f"<ul><li><p>Dalam daftar</p></li></ul>{body}</body></html>")
    document = read(page.encode(), "many.html")
    paragraphs = document.text.split("\n\n")
    assert paragraphs[0] == "Dalam daftar" and paragraphs[1] == "Paragraf 0 berisi kata penting."
    assert len(paragraphs) == 201 and "Menu" not in document.text and "var x" not in document.text
    assert document.meta == {"title": "Judul"}


def test_a_page_over_the_size_limit_is_refused(monkeypatch):
    from factcheck.sources.readers import html

    monkeypatch.setattr(html, "MAX_HTML_BYTES", 1000)
    with pytest.raises(ReadError, match="over the limit of 1,000 bytes for a web page"):
        read(ARTICLE_HTML.encode(), "big.html")
