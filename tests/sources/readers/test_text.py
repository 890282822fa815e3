import codecs

import pytest

from factcheck.sources.readers import ReadError, format_for
from factcheck.sources.readers.text import read

SAMPLE = "“Kami tidak akan menaikkan tarif,” kata Gubernur. Café, naïve, déjà vu.\n"


@pytest.mark.parametrize("data", [
    SAMPLE.encode("utf-8"), codecs.BOM_UTF8 + SAMPLE.encode("utf-8"), SAMPLE.encode("utf-16"),
])
def test_unicode_is_read_silently(data):
    document = read(data, "text", "s.txt")
    assert document.text == SAMPLE and document.warnings == [] and not document.extracted


def test_legacy_encoding_is_guessed_with_a_warning():
    document = read(SAMPLE.encode("cp1252"), "text", "old.txt")
    assert document.text == SAMPLE
    assert document.warnings == ["old.txt: not UTF-8; decoded as cp1252 (a guess): check the quotes and save the file as UTF-8"]


def test_binary_is_still_refused():
    with pytest.raises(ReadError, match="bin.txt: looks like a binary file"):
        read(bytes(range(256)) * 8, "text", "bin.txt")


def test_markdown_front_matter_and_declared_layout():
    document = read(b"---\ntitle: T\nformat: vtt\n---\n[00:00:01.000] A: hi\n", "markdown", "t.md")
    assert document.meta == {"title": "T", "format": "vtt"}
    assert document.format == "vtt" and document.text[document.body_start:].startswith("[00:00:01.000]")
    assert read(b"---\nformat: html\n---\nText\n", "markdown", "h.md").format == "markdown"


def test_broken_front_matter_names_file_and_line():
    with pytest.raises(ReadError, match=r"^b.md:\d+:\d+: front matter"):
        read(b"---\ntitle: [unclosed\n---\nText\n", "markdown", "b.md")


def test_formats_by_extension():
    assert [format_for(n) for n in ("a.PDF", "b.htm", "c.vtt", "d.srt", "e.md", "f.txt", "g.docx", "noext", "x.y/z")] == [
        "pdf", "html", "vtt", "srt", "markdown", "text", None, None, None]
