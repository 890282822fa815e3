"""Tests for factcheck.sources.library: reading sources (front matter) and resolving `source:` references."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from docmaker import INTERVIEW_VTT, make_pdf
from factcheck.sources import library as sources
from factcheck.sources.library import SourceError, SourceLibrary, read_source

from helpers import write

FRONT = "---\ntitle: Banten dan Bengkulu\nyear: 2025\nprice: 70.000\ntags: [a, b]\n---\n"
BODY = "SERANG – Banten dan Bengkulu.\n“Kami berharap,” ujarnya.\n"


@pytest.fixture(autouse=True)
def in_tmp(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # display paths are relative to the working directory


def first_word(source) -> str:
    return source.tokens.surface(source.words[0])


# --- read_source ---------------------------------------------------------------------------


def test_markdown_front_matter(tmp_path):
    source = read_source(write(tmp_path / "news.md", FRONT + BODY))
    assert source.id == "news"
    assert source.display == "news.md"
    assert source.text == FRONT + BODY  # the whole file, so offsets are the file's own
    assert source.body_start == len(FRONT)
    assert source.meta == {"title": "Banten dan Bengkulu", "year": "2025", "price": "70.000"}  # lists skipped
    # tokens start after the front matter ...
    assert source.tokens.starts[0] == len(FRONT)
    assert "title" not in source.word_keys and "2025" not in source.word_keys
    assert source.word_keys[:3] == ["serang", "banten", "dan"]
    # ... and line numbers count the front matter lines
    assert source.lines.position(source.tokens.starts[0]) == (7, 1)
    kami = source.word_keys.index("kami")
    assert source.lines.position(source.tokens.starts[source.words[kami]]) == (8, 2)


def test_quotations_skip_the_front_matter(tmp_path):
    text = '---\ntitle: "A quoted title"\n---\nHe said “yes” today.\n'
    source = read_source(write(tmp_path / "q.md", text))
    (quotation,) = source.quotations.quotations
    assert text[quotation.start : quotation.end] == "“yes”"


def test_explicit_id(tmp_path):
    assert read_source(write(tmp_path / "news.md", BODY), "my-id").id == "my-id"


@pytest.mark.parametrize(
    ("text", "body_start", "meta"),
    [
        ("---\r\ntitle: X\r\n---\r\nBody\r\n", 20, {"title": "X"}),  # CRLF
        ("---\ntitle: X\n...\nBody\n", 17, {"title": "X"}),  # YAML's '...' closes too
        ("---\n---\nBody\n", 8, {}),  # empty front matter
        ("---\ntitle: X\n---", 16, {"title": "X"}),  # nothing after it
    ],
)
def test_front_matter_variants(tmp_path, text, body_start, meta):
    source = read_source(write(tmp_path / "s.md", text))
    assert (source.body_start, source.meta) == (body_start, meta)


@pytest.mark.parametrize(
    "text",
    [
        "No front matter here.\n---\n",
        "Intro\n---\ntitle: X\n---\n",  # not at the very start
        "---\ntitle: X\nnever closed\n",
    ],
)
def test_no_front_matter(tmp_path, text):
    source = read_source(write(tmp_path / "s.md", text))
    assert source.body_start == 0
    assert source.meta == {}
    assert source.tokens.starts[0] == 0


def test_txt_has_no_front_matter(tmp_path):
    text = "---\ntitle: X\n---\nBody\n"
    source = read_source(write(tmp_path / "plain.txt", text))
    assert source.body_start == 0
    assert source.meta == {}
    assert "title" in source.word_keys


@pytest.mark.parametrize("name", ["a.markdown", "b.MD", "c.TXT"])
def test_supported_suffixes_any_case(tmp_path, name):
    assert read_source(write(tmp_path / name, "Words here.\n")).word_keys == ["words", "here"]


@pytest.mark.parametrize(("name", "shown"), [("report.docx", "'.docx'"), ("README", "(no extension)")])
def test_unsupported_suffix(tmp_path, name, shown):
    path = write(tmp_path / name, "text")
    with pytest.raises(SourceError) as info:
        read_source(path)
    assert info.value.code == "E005"
    assert info.value.message.startswith(name + ":")
    assert shown in info.value.message
    assert ".md" in info.value.message  # says what is supported


@pytest.mark.parametrize(
    ("front", "where"),
    [
        ("---\ntitle: ok\nbad: : x\n---\n", "bad.md:3:6:"),  # line 3 of the file, not of the front matter
        ("---\ntitle: [unclosed\n---\n", "bad.md:3:"),
        ("---\n- a\n- b\n---\n", "bad.md:2:"),  # not a mapping
    ],
)
def test_malformed_front_matter(tmp_path, front, where):
    path = write(tmp_path / "bad.md", front + "Body\n")
    with pytest.raises(SourceError) as info:
        read_source(path)
    assert info.value.code == "E005"
    assert info.value.message.startswith(where)
    assert "front matter" in info.value.message


def test_front_matter_duplicate_key_lines_count_from_the_file(tmp_path):
    path = write(tmp_path / "dup.md", "---\ntitle: a\ntitle: b\n---\nBody\n")
    with pytest.raises(SourceError) as info:
        read_source(path)
    assert info.value.message.startswith("dup.md:3:")
    assert "first on line 2" in info.value.message


def test_unreadable_source_is_e005(tmp_path):
    path = tmp_path / "bin.md"
    path.write_bytes(b"\x00\x01\x02binary")
    with pytest.raises(SourceError) as info:
        read_source(path)
    assert info.value.code == "E005"
    assert "binary" in info.value.message


# --- SourceLibrary ---------------------------------------------------------------------------


@pytest.fixture
def library(tmp_path) -> SourceLibrary:
    write(tmp_path / "sources" / "banten-bengkulu.md", FRONT + BODY)
    write(tmp_path / "sources" / "zeta.txt", "Zeta words.\n")
    write(tmp_path / "sources" / "alpha.markdown", "Alpha words.\n")
    write(tmp_path / "sources" / "notes.docx", "not a source format")
    (tmp_path / "sources" / "folder.md").mkdir()
    write(tmp_path / "claims" / "local.txt", "Local words.\n")
    write(tmp_path / "claims" / "sub" / "deep.md", "Deep words.\n")
    return SourceLibrary(tmp_path / "sources")


def test_ids_are_sorted_readable_formats_only(library):
    assert library.ids() == ["alpha", "banten-bengkulu", "zeta"]


def test_ids_of_a_missing_folder(tmp_path):
    library = SourceLibrary(tmp_path / "nowhere")
    assert library.ids() == []
    assert library.all() == []


def test_all(library):
    assert [s.id for s in library.all()] == ["alpha", "banten-bengkulu", "zeta"]


@pytest.mark.parametrize(
    ("ref", "source_id", "relative"),
    [
        ("banten-bengkulu", "banten-bengkulu", "sources/banten-bengkulu.md"),
        ("zeta", "zeta", "sources/zeta.txt"),
        ("zeta.txt", "zeta", "sources/zeta.txt"),
        ("alpha", "alpha", "sources/alpha.markdown"),
        ("local.txt", "local", "claims/local.txt"),  # relative to the claim file's folder
        ("sub/deep.md", "deep", "claims/sub/deep.md"),
        ("../sources/zeta.txt", "zeta", "sources/zeta.txt"),
    ],
)
def test_resolve(library, tmp_path, ref, source_id, relative):
    source = library.resolve(ref, tmp_path / "claims")
    assert source.id == source_id
    assert source.path == (tmp_path / relative).resolve()
    assert source.display == relative


def test_resolve_missing_names_what_was_looked_for_and_suggests(library, tmp_path):
    with pytest.raises(SourceError) as info:
        library.resolve("banten-bengkulo", tmp_path / "claims")
    error = info.value
    assert error.code == "E001"
    assert "'banten-bengkulo' not found" in error.message
    for tried in ("sources/banten-bengkulo.{md,markdown,txt,html,htm,xhtml,pdf,vtt,srt}", "claims/banten-bengkulo"):
        assert tried in error.message
    assert error.message.endswith("closest: banten-bengkulu")


def test_resolve_missing_without_anything_close(library, tmp_path):
    with pytest.raises(SourceError) as info:
        library.resolve("qqqqqqqq", tmp_path / "claims")
    assert info.value.code == "E001"
    assert "closest" not in info.value.message


def test_resolve_a_directory_is_not_a_source(library, tmp_path):
    with pytest.raises(SourceError) as info:
        library.resolve("folder", tmp_path / "claims")
    assert info.value.code == "E001"


def test_resolve_in_an_empty_library_says_so(tmp_path):
    (tmp_path / "empty").mkdir()
    with pytest.raises(SourceError) as info:
        SourceLibrary(tmp_path / "empty").resolve("x", tmp_path)
    assert "empty has no sources" in info.value.message


def test_resolve_unsupported_file_is_e005(library, tmp_path):
    with pytest.raises(SourceError) as info:
        library.resolve("notes.docx", tmp_path / "claims")
    assert info.value.code == "E005"


def test_each_file_is_read_once(library, tmp_path, monkeypatch):
    calls: list[Path] = []
    real = sources.read_source

    def counting(path, source_id=None):
        calls.append(path)
        return real(path, source_id)

    monkeypatch.setattr(sources, "read_source", counting)
    first = library.resolve("zeta", tmp_path / "claims")
    again = library.resolve("zeta.txt", tmp_path / "claims")
    by_path = library.resolve("../sources/zeta.txt", tmp_path / "claims")
    assert first is again is by_path
    assert len(calls) == 1
    library.resolve("alpha", tmp_path)
    assert len(calls) == 2


def test_a_bad_source_is_read_once_and_fails_every_time(tmp_path, monkeypatch):
    write(tmp_path / "sources" / "bad.md", "---\nx: [\n---\nBody\n")
    library = SourceLibrary(tmp_path / "sources")
    calls = []
    real = sources.read_source
    monkeypatch.setattr(sources, "read_source", lambda path, source_id=None: calls.append(path) or real(path, source_id))
    for _ in range(2):
        with pytest.raises(SourceError) as info:
            library.resolve("bad", tmp_path)
        assert info.value.code == "E005"
    assert len(calls) == 1


def test_source_words_and_index(tmp_path):
    source = read_source(write(tmp_path / "w.txt", "Ia berkata: ia datang, Rp70.000!\n"))
    assert source.word_keys == ["ia", "berkata", "ia", "datang", "rp", "70.000"]
    assert source.word_index["ia"] == [0, 2]
    assert [source.tokens.surface(i) for i in source.words] == ["Ia", "berkata", "ia", "datang", "Rp", "70.000"]


def test_an_archive_keeps_only_the_recently_used_sources_read(library, monkeypatch):
    monkeypatch.setattr(SourceLibrary, "KEEP", 2)
    reads: list[str] = []
    real = sources.read_source

    def counting(path, source_id=None):
        reads.append(source_id)
        return real(path, source_id)

    monkeypatch.setattr(sources, "read_source", counting)
    folder = library.folder
    for ref in ("alpha", "zeta", "alpha", "banten-bengkulu", "alpha", "zeta"):
        library.resolve(ref, folder)
    # alpha stays (used again before banten-bengkulu came); zeta was the least recently used
    assert reads == ["alpha", "zeta", "banten-bengkulu", "zeta"]


# --- formats: locations in the editor's terms, skipped spans, speaker turns ---------------------


def put(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data if isinstance(data, bytes) else data.encode())
    return path


def test_text_locations_are_the_files_own(tmp_path):
    source = read_source(put(tmp_path / "a.md", "---\ntitle: T\n---\nOne.\nTwo words here.\n"))
    where = source.locate(source.text.index("words"))
    assert (where.line, where.column, where.page, where.time, where.extracted) == (5, 5, None, None, False)
    assert where.where() == "line 5"
    assert source.sha256 == hashlib.sha256(source.path.read_bytes()).hexdigest()


def test_pdf_pages_and_page_marks_are_not_words(tmp_path):
    source = read_source(put(tmp_path / "r.pdf", make_pdf([["Alpha beta."], ["Gamma delta."]])))
    assert source.locate(source.text.index("Gamma")).page == 2
    assert source.locate(source.text.index("Alpha")).where() == "page 1"
    assert source.word_keys == ["alpha", "beta", "gamma", "delta"]  # "<!-- page 2 -->" skipped


def test_transcript_turns_speakers_and_times(tmp_path):
    source = read_source(put(tmp_path / "i.vtt", INTERVIEW_VTT))
    offset = source.text.index("tidak hanya")
    where = source.locate(offset)
    assert (where.time, where.speaker, where.extracted) == ("00:00:09.500", "Helmi Hasan", True)
    assert where.where() == "00:00:09.500, Helmi Hasan"
    assert source.turn_at(offset).speaker == "Helmi Hasan"
    assert source.turn_at(source.text.index("tujuan")).speaker == "Rina Wulandari"
    assert [t.speaker for t in source.turns] == ["Rina Wulandari", "Helmi Hasan", "Andra Soni"]
    assert source.turns[1].time == "00:00:05.000"
    assert "inaudible" not in source.word_keys and "ph" not in source.word_keys
    assert "helmi" not in source.word_keys  # labels are not words either
    assert source.annotations(0, len(source.text)) == ["(ph)", "[inaudible]"]
    assert source.quotations.quotations == []  # no quotation marks: all speech


def test_visible_blanks_skipped_spans(tmp_path):
    source = read_source(put(tmp_path / "i.vtt", INTERVIEW_VTT))
    start = source.text.index("ingin meniru")
    end = source.text.index("tetapi")
    assert source.visible(start, end) == "ingin meniru   "


def test_markdown_converted_from_a_transcript_keeps_times_with_its_own_lines(tmp_path):
    text = "---\nformat: vtt\n---\n[00:00:01.000] Helmi Hasan: Kami datang.\n[00:00:03.000] Andra Soni: Selamat datang.\n"
    source = read_source(put(tmp_path / "i.md", text))
    where = source.locate(source.text.index("Selamat"))
    assert (where.line, where.time, where.speaker, where.extracted) == (5, "00:00:03.000", "Andra Soni", False)


def test_articles_have_no_speaker_turns(tmp_path):
    source = read_source(put(tmp_path / "a.txt", "SERANG: kata dia.\n"))
    assert source.turns == [] and source.turn_at(0) is None


def test_unsupported_and_unreadable(tmp_path):
    with pytest.raises(SourceError, match="unsupported source format '.docx'") as info:
        read_source(put(tmp_path / "x.docx", b"PK"))
    assert info.value.code == "E005"
    with pytest.raises(SourceError, match="not a readable PDF"):
        read_source(put(tmp_path / "y.pdf", b"%PDF-1.4 garbage"))


def test_library_finds_every_format_and_prefers_the_converted_markdown(tmp_path):
    folder = tmp_path / "sources"
    put(folder / "report.pdf", make_pdf([["Original."]]))
    put(folder / "report.md", "---\nformat: pdf\n---\n<!-- page 1 -->\n\nConverted.\n")
    put(folder / "talk.srt", "1\n00:00:01,000 --> 00:00:02,000\nHALO: hi\n")
    put(folder / "notes.docx", b"PK")
    library = SourceLibrary(folder)
    assert library.ids() == ["report", "talk"]
    report = library.resolve("report", tmp_path)
    assert report.path.name == "report.md" and report.locate(report.text.index("Converted")).page == 1


def test_a_quotation_runs_on_across_a_page_break(tmp_path):
    pages = [["Intro line here.", "“Program ini menjangkau 70.000 keluarga"], ["di seluruh Banten,” ujarnya.", "Penutup."]]
    source = read_source(put(tmp_path / "cross.pdf", make_pdf(pages)))
    (quotation,) = source.quotations.quotations
    assert quotation.closed
    assert source.quotations.at(source.text.index("seluruh")) is quotation
    assert source.quotations.at(source.text.index("Penutup")) is None


def test_pdf_quotations_run_across_line_breaks(tmp_path):
    pages = [["He said: “We will not", "raise the tariff,” and left.", "“Another", "one.”"]]
    source = read_source(put(tmp_path / "lines.pdf", make_pdf(pages)))
    texts = [source.text[q.start : q.end] for q in source.quotations.quotations]
    assert texts == ["“We will not\nraise the tariff,”", "“Another\none.”"]
