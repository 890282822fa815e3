"""What every command shares (factcheck.commands): one `--sources` option, resolved through
the configuration, so a project's `sources = "…"` setting is where every command looks."""

from __future__ import annotations

import json
import shutil

import pytest

from helpers import ROOT, invoke, write


@pytest.fixture
def archive_project(tmp_path, monkeypatch):
    """A project whose sources live in archive/, as its factcheck.toml says; no sources/ folder."""
    monkeypatch.delenv("FACTCHECK_CACHE_DIR", raising=False)
    shutil.copytree(ROOT / "sources", tmp_path / "archive")
    write(tmp_path / "factcheck.toml", 'sources = "archive"\n')
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_find_looks_in_the_configured_sources_folder(archive_project):
    result = invoke("find", "beras seharga Rp70.000 bisa ditebus Rp20.000", "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["results"][0]["source"]["path"] == "archive/banten-bengkulu.md"


def test_quotes_finds_a_source_id_in_the_configured_folder(archive_project):
    result = invoke("quotes", "banten-bengkulu", "--format", "json")
    assert result.exit_code == 0, result.output
    assert {q["path"] for q in json.loads(result.stdout)["quotes"]} == {"archive/banten-bengkulu.md"}


def test_sources_add_writes_into_the_configured_folder(archive_project):
    write(archive_project / "notes.txt", "Rapat dimulai pukul sembilan pagi.\n")
    result = invoke("sources", "add", "notes.txt")
    assert result.exit_code == 0, result.output
    assert (archive_project / "archive" / "notes.md").is_file()
    assert not (archive_project / "sources").exists()


def test_the_command_line_wins_over_the_configuration(archive_project):
    write(archive_project / "other" / "memo.md", "Kami tidak akan menaikkan harga tahun ini.\n")
    result = invoke("find", "tidak akan menaikkan harga", "--sources", "other", "--format", "json")
    assert [r["source"]["id"] for r in json.loads(result.stdout)["results"]] == ["memo"]


def test_isolated_ignores_the_configured_folder(archive_project):
    result = invoke("quotes", "banten-bengkulu", "--isolated")
    assert result.exit_code == 2
    assert "source 'banten-bengkulu' not found" in result.stderr


def test_a_broken_configuration_is_an_error_for_every_command(archive_project):
    write(archive_project / "factcheck.toml", "sources = \n")
    for args in (["find", "beras"], ["quotes", "banten-bengkulu"], ["sources", "add", "x.txt"], ["config"]):
        result = invoke(*args)
        assert result.exit_code == 2, args
        assert "factcheck.toml: invalid TOML" in result.stderr, args
