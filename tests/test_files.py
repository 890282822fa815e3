"""Tests for factcheck.files: whole files or none (interrupted writes: tests/robustness/test_files.py),
decoding and safe reading of text files, display paths."""

from __future__ import annotations

import codecs

import pytest

from factcheck.files import TextError, decode, display_path, read_text, write_atomic


def test_writes_are_whole_and_keep_the_permissions(tmp_path):
    path = tmp_path / "sub" / "f.txt"
    write_atomic(path, "één\n")
    assert path.read_bytes() == "één\n".encode()
    path.chmod(0o640)
    write_atomic(path, b"two")
    assert path.read_bytes() == b"two" and path.stat().st_mode & 0o777 == 0o640
    with pytest.raises(FileExistsError):
        write_atomic(path, b"three", replace=False)
    assert path.read_bytes() == b"two"
    assert sorted(p.name for p in path.parent.iterdir()) == ["f.txt"]

TEXT = "Gubernur “Andra” — Jum’at\nbaris dua é\n"


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-le", "utf-16-be"],
)
def test_decodes_utf8_and_utf16_with_bom(data):
    assert decode(data, "f.txt") == TEXT  # and the BOM is not part of the text


@pytest.mark.parametrize("data", [b"", codecs.BOM_UTF8])
def test_empty_text(data):
    assert decode(data, "f.txt") == ""


def test_nul_bytes_mean_binary():
    with pytest.raises(TextError) as info:
        decode(b"%PDF-1.7\x00\x01\x02", "doc.md")
    message = str(info.value)
    assert message.startswith("doc.md:")
    assert "binary" in message


def test_utf16_without_bom_is_not_guessed():
    with pytest.raises(TextError, match="binary"):
        decode("abc".encode("utf-16-le"), "f.txt")


@pytest.mark.parametrize(
    ("data", "line"),
    [
        (b"caf\xe9", 1),
        (b"line one\nline two\nli\xffne three\n", 3),
        (b"ok\n\n\n\xc3(\n", 4),  # a broken two-byte sequence
    ],
)
def test_invalid_utf8_names_the_file_and_line(data, line):
    with pytest.raises(TextError) as info:
        decode(data, "claims/x.yaml")
    message = str(info.value)
    assert message.startswith(f"claims/x.yaml:{line}:")
    assert "UTF-8" in message


def test_invalid_utf8_names_the_byte():
    with pytest.raises(TextError, match="0xff"):
        decode(b"ab\xffcd", "f.txt")


def test_invalid_utf16_is_an_error():
    with pytest.raises(TextError, match="UTF-16"):
        decode(codecs.BOM_UTF16_LE + b"a\x00\x00\xd8", "f.txt")  # a lone high surrogate


def test_read_text(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(codecs.BOM_UTF8 + TEXT.encode())
    assert read_text(path, "a.txt", 1000) == TEXT


def test_size_limit(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * 101)
    assert read_text(path, "big.txt", 101) == "x" * 101  # the limit itself is allowed
    with pytest.raises(TextError) as info:
        read_text(path, "big.txt", 100)
    message = str(info.value)
    assert message.startswith("big.txt:")
    assert "101" in message and "100" in message


@pytest.mark.parametrize("make", [lambda p: None, lambda p: p.mkdir()], ids=["missing", "directory"])
def test_unreadable_path(tmp_path, make):
    path = tmp_path / "thing.txt"
    make(path)
    with pytest.raises(TextError) as info:
        read_text(path, "thing.txt", 10_000)
    assert str(info.value).startswith("thing.txt: cannot read")


def test_display_paths_are_relative_below_the_working_directory(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert display_path(tmp_path / "sources" / "a.md") == "sources/a.md"
    assert display_path(tmp_path.parent / "b.md") == "../b.md"
