"""Tests for the SQLite index backend: incremental, content-keyed, safe to share."""

from __future__ import annotations

import multiprocessing
import os
import sqlite3
from pathlib import Path


from factcheck.sources.index import SourceIndex, cache_dir
from factcheck.sources.index.sqlite import SqliteBackend

def names(index: SourceIndex, text: str) -> list[str]:
    return [name for name, _ in index.search(text) or []]


def test_build_then_search(folder):
    index = SourceIndex(folder)
    stats = index.refresh()
    assert (stats.files, stats.indexed) == (6, 6)
    assert names(index, "Document number 3 ends here")[0] == "doc3.txt"
    # "lima mike alpha bravo": both grams in doc2-doc5 (…mike alpha bravo…), one in doc1 (…mike
    # alpha), none in doc0; ties by name
    assert index.search("lima mike alpha bravo") == [(f"doc{n}.txt", 2) for n in range(2, 6)] + [("doc1.txt", 1)]
    hits = index.search("echo foxtrot golf")
    assert {name for name, _ in hits} == {f"doc{n}.txt" for n in range(5)}  # doc5 starts at foxtrot
    assert index.search("zulu yankee xray") == []
    assert index.search("two words") is None  # nothing to look up: the caller checks every source


def test_cache_folder_with_gitignore(folder):
    SourceIndex(folder).refresh()
    assert (cache_dir() / ".gitignore").read_text().splitlines()[-1] == "*"
    assert len(list(cache_dir().glob("index-*.sqlite3"))) == 1


def test_second_run_reuses_the_index(folder):
    SourceIndex(folder).refresh()
    again = SourceIndex(folder)
    stats = again.refresh()
    assert stats.indexed == 0 and stats.removed == 0
    assert names(again, "Document number 4 ends here")[0] == "doc4.txt"


def test_changed_added_and_removed_files(folder):
    SourceIndex(folder).refresh()
    (folder / "doc1.txt").write_text("A wholly new text about something else entirely.\n", encoding="utf-8")
    (folder / "doc2.txt").unlink()
    (folder / "extra.md").write_text("---\ntitle: x\n---\nThe extra file speaks here.\n", encoding="utf-8")
    index = SourceIndex(folder)
    stats = index.refresh()
    assert (stats.files, stats.indexed, stats.removed) == (6, 2, 1)
    assert names(index, "Document number 1 ends here") == []
    assert names(index, "about something else entirely") == ["doc1.txt"]
    assert names(index, "Document number 2 ends here") == []
    assert names(index, "The extra file speaks") == ["extra.md"]
    assert names(index, "title x the extra") == []  # front matter is not the text


def test_same_content_is_indexed_once(folder):
    (folder / "copy.txt").write_bytes((folder / "doc3.txt").read_bytes())
    index = SourceIndex(folder)
    assert index.refresh().indexed == 6
    assert names(index, "Document number 3 ends here")[:2] == ["copy.txt", "doc3.txt"]
    (folder / "doc3.txt").unlink()
    index = SourceIndex(folder)
    index.refresh()
    assert names(index, "Document number 3 ends here") == ["copy.txt"]  # the content stays for the copy


def test_unreadable_source_is_recorded_without_words(folder):
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02 not text")
    index = SourceIndex(folder)
    assert index.refresh().files == 7
    assert SourceIndex(folder).refresh().indexed == 0  # not read again next time


def test_damaged_index_file_is_rebuilt(folder):
    SourceIndex(folder).refresh()
    (path,) = cache_dir().glob("index-*.sqlite3")
    for extra in cache_dir().glob("index-*.sqlite3-*"):
        extra.unlink()
    path.write_bytes(b"this is not a database" * 100)
    index = SourceIndex(folder)
    assert index.refresh().indexed == 6
    assert names(index, "Document number 5 ends here")[0] == "doc5.txt"


def test_cache_folder_that_cannot_be_made_falls_back_to_memory(folder, tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(blocker / "cache"))
    index = SourceIndex(folder)
    assert index.backend.location == ":memory:"
    index.refresh()
    assert names(index, "Document number 0 ends here")[0] == "doc0.txt"


def test_an_index_of_another_format_is_rebuilt(folder):
    SourceIndex(folder).refresh()
    (path,) = cache_dir().glob("index-*.sqlite3")
    db = sqlite3.connect(path)
    db.execute("PRAGMA user_version=999")
    db.commit()
    db.close()
    assert SourceIndex(folder).refresh().indexed == 6


def _refresh(folder: str, queue) -> None:
    try:
        index = SourceIndex(Path(folder))
        index.refresh()
        queue.put(names(index, "Document number 2 ends here"))
    except BaseException as exc:  # reported to the test, not lost in the child
        queue.put(repr(exc))


def test_two_runs_racing_both_see_a_complete_index(folder):
    for n in range(6, 60):
        (folder / f"doc{n}.txt").write_text(f"Filler {n} " * 200 + f"Document number {n} ends here.\n")
    context = multiprocessing.get_context("spawn" if os.name == "nt" else "fork")
    queue = context.Queue()
    runs = [context.Process(target=_refresh, args=(str(folder), queue)) for _ in range(2)]
    for run in runs:
        run.start()
    results = [queue.get(timeout=60) for _ in runs]
    for run in runs:
        run.join(timeout=60)
    assert results == [["doc2.txt"], ["doc2.txt"]]
    index = SourceIndex(folder)
    assert index.refresh().indexed == 0
    assert len(index.backend.files()) == 60


def test_backend_counts_shared_grams_and_skips_common_ones(tmp_path):
    backend = SqliteBackend(tmp_path / "i.sqlite3")
    from factcheck.sources.index.backend import FileState

    with backend.writing() as writer:  # b's content is indexed first, a's second
        writer.add_content("h2", {1 << 40, -5 << 40})
        writer.add_content("h1", {1 << 40, 2 << 40, 3 << 40})
        writer.set_file("a", FileState(1, 1, "h1"))
        writer.set_file("b", FileState(1, 1, "h2"))
    assert backend.search({1 << 40, 2 << 40, 3 << 40}, 10, 10) == [("a", 3), ("b", 1)]
    assert backend.search({-5 << 40}, 10, 10) == [("b", 1)]
    assert backend.search({1 << 40}, 10, 1) == []  # in two contents: too common at 1
    assert backend.search({1 << 40}, 1, 10) == [("a", 1)]  # a tie is broken by name
    with backend.writing() as writer:
        writer.remove_file("a")
    assert backend.search({2 << 40}, 10, 10) == []
    assert backend.files() == {"b": FileState(1, 1, "h2")}
