"""`factcheck find TEXT` as a user runs it: ranked passages from every source."""

from __future__ import annotations

import json
import shutil

import pytest

from factcheck.commands import find as finder

from helpers import ROOT, example_project, invoke, write


@pytest.fixture
def project(tmp_path, monkeypatch):
    """The bundled example plus two more sources, as the working directory."""
    monkeypatch.delenv("FACTCHECK_CACHE_DIR", raising=False)
    example_project(tmp_path, monkeypatch)
    write(tmp_path / "sources" / "echo.txt",
          "Kemarin sore, seorang warga berkata bahwa beras seharga Rp70.000 bisa ditebus Rp25.000 di pasar.\n")
    write(tmp_path / "sources" / "other.md", "Nothing to see here, only other words.\n")
    return tmp_path


def test_find_ranks_passages_with_their_location(project):
    result = invoke("find", "beras seharga Rp70.000 bisa ditebus Rp20.000")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].startswith(" 1. banten-bengkulu  sources/banten-bengkulu.md:15:")
    assert "score 100.0  (8/8 words)" in lines[0]
    assert lines[1].strip() == "beras seharga Rp70.000 bisa ditebus Rp20.000"
    assert lines[2].startswith(" 2. echo  sources/echo.txt:1:")  # the changed figure ranks second
    assert "(7/8 words)" in lines[2]
    assert len(lines) == 4  # other.md shares nothing


def test_find_json(project):
    result = invoke("find", "beras seharga Rp70.000 bisa ditebus", "--format", "json", "-n", "1")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["version"] == 1 and doc["query"] == "beras seharga Rp70.000 bisa ditebus"
    (hit,) = doc["results"]
    assert hit["rank"] == 1 and hit["score"] == 100.0
    assert hit["source"]["id"] in ("banten-bengkulu", "echo")
    assert hit["speaker"] == ("Andra Soni" if hit["source"]["id"] == "banten-bengkulu" else None)
    assert hit["source"]["text"] == "beras seharga Rp70.000 bisa ditebus"
    assert set(hit["source"]) == {"id", "path", "line", "column", "end_line", "end_column", "text", "where"}
    assert hit["source"]["where"] == f"line {hit['source']['line']}"


def test_find_builds_the_index_in_the_project_cache(project):
    invoke("find", "beras seharga Rp70.000")
    assert (project / ".factcheck" / ".gitignore").is_file()
    assert list((project / ".factcheck").glob("index-*.sqlite3"))


def test_find_tolerates_small_differences_and_short_texts(project):
    result = invoke("find", "beras seharga Rp70.000 dapat ditebus Rp20.000")
    assert result.exit_code == 0
    assert "(7/8 words)" in result.stdout.splitlines()[0]
    short = invoke("find", "Rp20.000")  # too short for the index: every source is aligned
    assert short.exit_code == 0 and "banten-bengkulu" in short.stdout


def test_find_nothing_exits_1(project):
    result = invoke("find", "zebra quokka axolotl narwhal")
    assert result.exit_code == 1
    assert result.stdout == ""


@pytest.mark.parametrize(("args", "message"), [
    (["find", "… , ."], "the text has no words to look for"),
    (["find", "beras seharga", "--sources", "nowhere"], "nowhere holds no sources"),
])
def test_find_bad_input_exits_2(project, args, message):
    result = invoke(*args)
    assert result.exit_code == 2
    assert message in result.stderr


def test_a_transcript_passage_names_its_speaker(project):
    from docmaker import INTERVIEW_VTT

    (project / "sources" / "interview.vtt").write_text(INTERVIEW_VTT, encoding="utf-8")
    result = invoke("find", "Kami senang sekali menerima kunjungan ini", "-f", "json", "-n", "1")
    (hit,) = json.loads(result.stdout)["results"]
    assert hit["source"]["id"] == "interview" and hit["speaker"] == "Andra Soni"
    assert hit["source"]["where"] == "00:01:02.040, Andra Soni"
    text = invoke("find", "Kami senang sekali menerima kunjungan ini", "-n", "1")
    assert "(00:01:02.040, Andra Soni)  score 100.0" in text.stdout and "speaker Andra Soni" in text.stdout
    article = invoke("find", "beras seharga Rp70.000 bisa ditebus Rp20.000", "-f", "json", "-n", "1")
    assert json.loads(article.stdout)["results"][0]["speaker"] == "Andra Soni"  # "tutur Andra"


def test_speaker_comes_from_one_function(project, monkeypatch):
    monkeypatch.setattr(finder, "speaker_name_at", lambda source, start, end: "Andra Soni")
    result = invoke("find", "beras seharga Rp70.000 bisa ditebus Rp20.000", "-f", "json", "-n", "1")
    assert json.loads(result.stdout)["results"][0]["speaker"] == "Andra Soni"
    text = invoke("find", "beras seharga Rp70.000 bisa ditebus Rp20.000", "-n", "1")
    assert "speaker Andra Soni" in text.stdout


def test_find_names_the_speaker_the_attribution_engine_determines(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    sources = tmp_path / "sources"
    sources.mkdir()
    shutil.copy(ROOT / "sources" / "banten-bengkulu.md", sources)
    result = invoke("find", "Kami berharap nantinya ada kunjungan balasan", "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["results"][0]["speaker"] == "Helmi Hasan"
    narration = invoke("find", "Penandatanganan tersebut dilakukan langsung", "--format", "json")
    assert json.loads(narration.stdout)["results"][0]["speaker"] is None
