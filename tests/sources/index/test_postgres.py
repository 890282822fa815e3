"""The PostgreSQL index backend against a real server (started by the tests): the same
answers as the SQLite index, incremental, safe with racing writers, sharded over two
servers, and the sources' texts for a machine without the folder."""

from __future__ import annotations

import multiprocessing
import shutil
from pathlib import Path

import pytest

from factcheck.sources.index import IndexUnavailable, SourceIndex, library_for
from factcheck.sources.index.postgres import shard_of
from factcheck.sources.index.shards import init_sharded
from factcheck.sources.library import SourceError, read_source

from docmaker import INTERVIEW_VTT
from pgserver import new_database

QUERIES = ["Document number 3 ends here", "lima mike alpha bravo", "echo foxtrot golf", "zulu yankee xray",
           "about something else entirely", "The extra file speaks", "Filler 17 Filler 17 Filler"]


@pytest.fixture
def folder(folder):
    """The shared documents (conftest.py), a transcript and a Markdown file with front matter."""
    sources = folder
    (sources / "talk.vtt").write_text(INTERVIEW_VTT, encoding="utf-8")
    (sources / "front.md").write_text("---\ntitle: Front\nlanguage: en\n---\nThe extra file speaks here.\n",
                                      encoding="utf-8")
    return sources


def answers(index: SourceIndex) -> list:
    return [index.search(q) for q in QUERIES]


def test_same_answers_as_the_sqlite_index(folder, pg_url):
    server = SourceIndex(folder, url=pg_url)
    stats = server.refresh()
    assert (stats.files, stats.indexed) == (8, 8)
    embedded = SourceIndex(folder)
    embedded.refresh()
    assert answers(server) == answers(embedded)
    assert server.search("Document number 3 ends here")[0] == ("doc3.txt", 3)
    assert server.backend.location == pg_url  # no password in it to hide


def test_incremental_updates(folder, pg_url):
    SourceIndex(folder, url=pg_url).refresh()
    (folder / "doc1.txt").write_text("A wholly new text about something else entirely.\n", encoding="utf-8")
    (folder / "doc2.txt").unlink()
    (folder / "copy.txt").write_bytes((folder / "doc3.txt").read_bytes())
    index = SourceIndex(folder, url=pg_url)
    stats = index.refresh()
    assert (stats.files, stats.indexed, stats.removed) == (8, 1, 1)  # the copy's content is known
    assert [n for n, _ in index.search("Document number 3 ends here")][:2] == ["copy.txt", "doc3.txt"]
    assert index.search("Document number 2 ends here") == []
    assert index.search("Document number 1 ends here") == []
    assert [n for n, _ in index.search("about something else entirely")] == ["doc1.txt"]
    assert SourceIndex(folder, url=pg_url).refresh().indexed == 0
    state = index.backend.status()
    assert (state.backend, state.files, state.contents) == ("postgresql", 8, 7)  # doc2's content was dropped
    rows = index.backend._db.execute("SELECT (SELECT count(*) FROM factcheck.postings), "
                                     "(SELECT sum(length(grams) / 8) FROM factcheck.documents)").fetchone()
    assert rows[0] == rows[1] == state.postings  # no posting left of a removed content, none twice


def test_a_machine_without_the_folder_reads_the_sources_from_the_index(folder, pg_url, tmp_path):
    SourceIndex(folder, url=pg_url).refresh()
    (folder / "broken.pdf").write_bytes(b"not a PDF at all")
    (folder / "nul.txt").write_bytes("a NUL \0 in the text\n".encode())
    SourceIndex(folder, url=pg_url).refresh()
    elsewhere = tmp_path / "elsewhere" / "sources"  # no such folder here
    library = library_for(elsewhere, index=pg_url)
    assert library.archive is not None
    assert library.ids() == ["broken", "doc0", "doc1", "doc2", "doc3", "doc4", "doc5", "front", "nul",
                             "talk"]
    for name in ("doc3.txt", "front.md", "talk.vtt"):
        stored = library.resolve(Path(name).stem, tmp_path)
        local = read_source(folder / name)
        assert (stored.text, stored.body_start, stored.meta, stored.format, stored.extracted, stored.sha256) == \
               (local.text, local.body_start, local.meta, local.format, local.extracted, local.sha256)
        assert stored.transcript == local.transcript and stored.word_keys == local.word_keys
        assert stored.path == elsewhere / name
    # PostgreSQL text cannot hold NUL: stored as U+FFFD, which is no word either (same offsets)
    assert library.resolve("nul", tmp_path).text == read_source(folder / "nul.txt").text.replace("\0", "\ufffd")
    with pytest.raises(SourceError) as unreadable:
        library.resolve("broken", tmp_path)
    assert unreadable.value.code == "E005"
    with pytest.raises(SourceError) as missing:
        library.resolve("doc9", tmp_path)
    assert missing.value.code == "E001" and "closest: doc0" in missing.value.message
    assert library_for(folder, index=pg_url).archive is None  # with the folder here, its files are read


def _refresh(folder: str, url: str, queue) -> None:
    try:
        index = SourceIndex(Path(folder), url=url)
        index.refresh()
        queue.put([name for name, _ in index.search("Document number 2 ends here")])
    except BaseException as exc:  # reported to the test, not lost in the child
        queue.put(repr(exc))


def test_writers_racing_neither_corrupt_nor_duplicate(folder, pg_url):
    for n in range(6, 60):
        (folder / f"doc{n}.txt").write_text(f"Filler {n} " * 200 + f"Document number {n} ends here.\n")
    context = multiprocessing.get_context("fork")
    queue = context.Queue()
    runs = [context.Process(target=_refresh, args=(str(folder), pg_url, queue)) for _ in range(3)]
    for run in runs:
        run.start()
    results = [queue.get(timeout=120) for _ in runs]
    for run in runs:
        run.join(timeout=60)
    assert results == [["doc2.txt"]] * 3
    index = SourceIndex(folder, url=pg_url)
    assert index.refresh().indexed == 0
    db = index.backend._db
    assert db.execute("SELECT count(*), count(DISTINCT digest) FROM factcheck.documents").fetchone() == (62, 62)
    assert db.execute("SELECT count(*) FROM (SELECT gram, document FROM factcheck.postings GROUP BY 1, 2 "
                      "HAVING count(*) > 1) twice").fetchone()[0] == 0
    assert index.backend.status().postings == db.execute("SELECT count(*) FROM factcheck.postings").fetchone()[0]


def test_an_unreachable_server_is_a_clear_error_without_the_password(folder, pg_server):
    url = f"postgresql://editor:s3cret@127.0.0.1:{pg_server.port + 1}/nowhere"
    with pytest.raises(IndexUnavailable) as error:
        SourceIndex(folder, url=url)
    assert "s3cret" not in str(error.value)
    assert str(error.value).startswith("cannot open the index postgresql://editor:***@127.0.0.1:")


def test_sharded_over_two_servers(folder, pg_server, pg_server2):
    coordinator = new_database(pg_server)
    shards = [new_database(pg_server), new_database(pg_server2)]  # one beside the coordinator, one elsewhere
    init_sharded(coordinator, shards)
    for n in range(6, 30):
        (folder / f"doc{n}.txt").write_text(f"Filler {n} " * 50 + f"Document number {n} ends here.\n")
    sharded = SourceIndex(folder, url=coordinator)
    assert sharded.refresh().indexed == 32
    embedded = SourceIndex(folder)
    embedded.refresh()
    assert answers(sharded) == answers(embedded)
    import psycopg

    counts = []
    for shard, url in enumerate(shards):  # each shard holds its share, loaded directly
        with psycopg.connect(url) as conn:
            grams = [g for (g,) in conn.execute("SELECT gram FROM factcheck.postings")]
        assert grams and all(shard_of(g, 2) == shard for g in grams)
        counts.append(len(grams))
    status = sharded.backend.status()
    assert status.postings == sum(counts) and len(status.shards) == 2
    # the coordinator's partitioning puts every gram where the writer did
    with psycopg.connect(coordinator) as conn:
        assert conn.execute("SELECT count(*) FROM factcheck.postings").fetchone()[0] == sum(counts)
        assert conn.execute("SELECT count(*) FROM factcheck.postings_1").fetchone()[0] == counts[1]
    (folder / "doc7.txt").unlink()
    index = SourceIndex(folder, url=coordinator)
    assert index.refresh().removed == 1
    assert index.search("Document number 7 ends here") == []
    assert index.backend.status().postings < sum(counts)
    with pytest.raises(IndexUnavailable, match="already holds an index"):
        init_sharded(coordinator, shards)


def test_an_index_of_another_version_is_refused(folder, pg_url):
    index = SourceIndex(folder, url=pg_url)
    index.backend._db.execute("UPDATE factcheck.meta SET value = '0' WHERE key = 'layout'")
    with pytest.raises(IndexUnavailable, match="another version of factcheck"):
        SourceIndex(folder, url=pg_url)


def test_copy_of_the_folder_keeps_the_index(folder, pg_url, tmp_path):
    """Another machine's checkout (other paths, other times) re-hashes but indexes nothing."""
    SourceIndex(folder, url=pg_url).refresh()
    other = tmp_path / "checkout" / "sources"
    shutil.copytree(folder, other)
    stats = SourceIndex(other, url=pg_url).refresh()
    assert stats.indexed == 0 and stats.removed == 0


def test_a_first_large_build_indexes_its_postings_once_loaded(folder, pg_url, monkeypatch):
    from factcheck.sources.index import postgres

    monkeypatch.setattr(postgres, "BULK_FROM", 1)  # as for millions of postings: load, then index
    monkeypatch.setattr(postgres, "FLUSH_POSTINGS", 10)
    server = SourceIndex(folder, url=pg_url)
    server.refresh()
    embedded = SourceIndex(folder)
    embedded.refresh()
    assert answers(server) == answers(embedded)
    db = server.backend._db
    assert db.execute("SELECT to_regclass('factcheck.postings_gram') IS NOT NULL").fetchone()[0]
    assert db.execute("SELECT relallvisible > 0 FROM pg_class WHERE oid = 'factcheck.postings'::regclass") \
        .fetchone()[0]  # vacuumed: searches are index-only scans
    (folder / "late.txt").write_text("A later addition to the archive.\n")
    assert SourceIndex(folder, url=pg_url).refresh().indexed == 1  # into the indexed table now
    assert [n for n, _ in server.search("later addition to the archive")] == ["late.txt"]
