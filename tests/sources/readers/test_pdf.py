import pytest

from docmaker import make_pdf
from factcheck.sources.readers import ReadError
from factcheck.sources.readers.pdf import read, render


def test_pages_are_marked_and_metadata_kept():
    document = read(make_pdf([["First page words."], ["Second page words."]], title="Annual report"), "r.pdf")
    assert document.extracted and document.format == "pdf"
    assert document.meta == {"title": "Annual report", "pages": "2"}
    assert document.text.index("<!-- page 1 -->") < document.text.index("First page")
    assert document.text.index("<!-- page 2 -->") < document.text.index("Second page")


def test_hyphen_breaks_are_joined_but_real_hyphens_kept():
    text = render(["Pemba-\nngunan sekolah dan anak-\nanak di Jawa-\nBarat pada 2020-\n2021 selesai."])
    assert "Pembangunan sekolah" in text
    assert "anak-anak" in text and "Jawa-Barat" in text and "2020-2021" in text


def test_repeated_headers_footers_and_page_numbers_are_dropped():
    bodies = ["Rice prices fell.\nFarmers were glad.", "Water tariffs stay.\nThe budget holds.", "Schools open.\nTeachers agree."]
    pages = [f"LAPORAN TAHUNAN 2025\n{body}\nHalaman {n} dari 3" for n, body in enumerate(bodies, start=1)]
    text = render(pages + ["Last page has no header.\n4"])
    assert "LAPORAN TAHUNAN" not in text and "Halaman" not in text and "\n4\n" not in text
    assert all(body in text for body in bodies) and "Last page has no header." in text


def test_a_line_on_one_page_only_is_kept():
    text = render(["Unique heading\nBody one.", "Other heading\nBody two."])
    assert "Unique heading" in text and "Other heading" in text


def test_line_numbers_are_dropped_only_when_they_count_up():
    numbered = render(["1 The witness said that he did\n2 not see the car at all\n3 that night in the street."])
    assert "The witness said that he did\nnot see the car" in numbered
    figures = render(["12 apples were sold\n7 pears were sold\n3 plums were sold"])
    assert "12 apples" in figures and "7 pears" in figures


def test_not_a_pdf_and_no_text_layer_are_refused():
    with pytest.raises(ReadError, match="r.pdf: not a readable PDF"):
        read(b"%PDF-1.4\nthis is not really a pdf", "r.pdf")
    with pytest.raises(ReadError, match="no text layer"):
        read(make_pdf([[]]), "scan.pdf")


def test_pages_sharing_one_content_stream_are_extracted_once(monkeypatch):
    """200 pages drawing one slow stream were extracted 200 times (72 KB: 59 s)."""
    from pypdf import PageObject

    from docmaker import shared_stream_pdf

    calls = []
    extract = PageObject.extract_text
    monkeypatch.setattr(PageObject, "extract_text", lambda self, *a, **k: calls.append(1) or extract(self, *a, **k))
    document = read(shared_stream_pdf(30), "s.pdf")
    assert len(calls) == 1
    assert document.meta["pages"] == "30" and document.text.count("kata nomor 1000 dan") == 30


def test_text_over_the_limit_is_refused_by_the_page_that_passes_it(monkeypatch):
    """The limit was checked after every page was extracted (300 pages of 1 MB: 1.28 GB)."""
    from pypdf import PageObject

    from docmaker import compressed_pdf
    from factcheck.sources.readers import pdf

    monkeypatch.setattr(pdf, "MAX_TEXT_CHARS", 20_000)
    calls = []
    extract = PageObject.extract_text
    monkeypatch.setattr(PageObject, "extract_text", lambda self, *a, **k: calls.append(1) or extract(self, *a, **k))
    with pytest.raises(ReadError) as info:
        read(compressed_pdf(40, 8_000), "big.pdf")
    assert "more than 20,000 characters of text by page 3" in str(info.value)
    assert len(calls) == 3
