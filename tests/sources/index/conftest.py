"""What the index tests share: a sources folder of documents that share words in turns."""

import pytest

WORDS = "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike".split()


@pytest.fixture
def folder(tmp_path, monkeypatch):
    """Six documents, each a different rotation of WORDS, in tmp_path/sources; the index
    cache in tmp_path/cache."""
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path / "cache"))
    sources = tmp_path / "sources"
    sources.mkdir()
    for n in range(6):
        text = " ".join(WORDS[n:] + WORDS[:n]) + f". Document number {n} ends here.\n"
        (sources / f"doc{n}.txt").write_text(text, encoding="utf-8")
    return sources
