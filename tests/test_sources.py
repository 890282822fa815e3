"""Sources read by format: locations in the editor's terms, skipped spans, speaker turns."""

import hashlib

import pytest

from docmaker import INTERVIEW_VTT, make_pdf
from factcheck.sources import SourceError, SourceLibrary, read_source


def write(path, data):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data if isinstance(data, bytes) else data.encode())
    return path


def test_text_locations_are_the_files_own(tmp_path):
    source = read_source(write(tmp_path / "a.md", "---\ntitle: T\n---\nOne.\nTwo words here.\n"))
    where = source.locate(source.text.index("words"))
    assert (where.line, where.column, where.page, where.time, where.extracted) == (5, 5, None, None, False)
    assert where.where() == "line 5"
    assert source.sha256 == hashlib.sha256(source.path.read_bytes()).hexdigest()


def test_pdf_pages_and_page_marks_are_not_words(tmp_path):
    source = read_source(write(tmp_path / "r.pdf", make_pdf([["Alpha beta."], ["Gamma delta."]])))
    assert source.locate(source.text.index("Gamma")).page == 2
    assert source.locate(source.text.index("Alpha")).where() == "page 1"
    assert source.word_keys == ["alpha", "beta", "gamma", "delta"]  # "<!-- page 2 -->" skipped


def test_transcript_turns_speakers_and_times(tmp_path):
    source = read_source(write(tmp_path / "i.vtt", INTERVIEW_VTT))
    offset = source.text.index("tidak hanya")
    where = source.locate(offset)
    assert (where.time, where.speaker, where.extracted) == ("00:00:09.500", "Helmi Hasan", True)
    assert where.where() == "00:00:09.500, Helmi Hasan"
    assert source.speaker_at(offset) == "Helmi Hasan"
    assert source.speaker_at(source.text.index("tujuan")) == "Rina Wulandari"
    assert [t.speaker for t in source.turns] == ["Rina Wulandari", "Helmi Hasan", "Andra Soni"]
    assert source.turns[1].time == "00:00:05.000"
    assert "inaudible" not in source.word_keys and "ph" not in source.word_keys
    assert "helmi" not in source.word_keys  # labels are not words either
    assert source.annotations(0, len(source.text)) == ["(ph)", "[inaudible]"]
    assert source.quotations.quotations == []  # no quotation marks: all speech


def test_visible_blanks_skipped_spans(tmp_path):
    source = read_source(write(tmp_path / "i.vtt", INTERVIEW_VTT))
    start = source.text.index("ingin meniru")
    end = source.text.index("tetapi")
    assert source.visible(start, end) == "ingin meniru   "


def test_markdown_converted_from_a_transcript_keeps_times_with_its_own_lines(tmp_path):
    text = "---\nformat: vtt\n---\n[00:00:01.000] Helmi Hasan: Kami datang.\n[00:00:03.000] Andra Soni: Selamat datang.\n"
    source = read_source(write(tmp_path / "i.md", text))
    where = source.locate(source.text.index("Selamat"))
    assert (where.line, where.time, where.speaker, where.extracted) == (5, "00:00:03.000", "Andra Soni", False)


def test_articles_have_no_speaker_turns(tmp_path):
    source = read_source(write(tmp_path / "a.txt", "SERANG: kata dia.\n"))
    assert source.turns == [] and source.speaker_at(0) is None


def test_unsupported_and_unreadable(tmp_path):
    with pytest.raises(SourceError, match="unsupported source format '.docx'") as info:
        read_source(write(tmp_path / "x.docx", b"PK"))
    assert info.value.code == "E005"
    with pytest.raises(SourceError, match="not a readable PDF"):
        read_source(write(tmp_path / "y.pdf", b"%PDF-1.4 garbage"))


def test_library_finds_every_format_and_prefers_the_converted_markdown(tmp_path):
    folder = tmp_path / "sources"
    write(folder / "report.pdf", make_pdf([["Original."]]))
    write(folder / "report.md", "---\nformat: pdf\n---\n<!-- page 1 -->\n\nConverted.\n")
    write(folder / "talk.srt", "1\n00:00:01,000 --> 00:00:02,000\nHALO: hi\n")
    write(folder / "notes.docx", b"PK")
    library = SourceLibrary(folder)
    assert library.ids() == ["report", "talk"]
    report = library.resolve("report", tmp_path)
    assert report.path.name == "report.md" and report.locate(report.text.index("Converted")).page == 1
