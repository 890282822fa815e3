import json

import pytest

from docmaker import INTERVIEW_SRT, INTERVIEW_VTT
from factcheck.sources.readers import ReadError
from factcheck.sources.readers.transcript import layout, normal_time, read
from helpers import invoke, write


def test_vtt_cues_become_lines_with_time_and_voice():
    document = read(INTERVIEW_VTT.encode(), "vtt", "i.vtt")
    lines = document.text.splitlines()
    assert lines[0] == "[00:00:01.000] Rina Wulandari: Apa tujuan kunjungan Bapak ke Banten?"
    assert lines[1].startswith("[00:00:05.000] Helmi Hasan: Kami datang untuk belajar dari program pembangunan Pemprov")
    assert lines[2].startswith("[00:00:09.500] Bengkulu tidak hanya")  # same speaker: no new label
    assert lines[3] == "[00:01:02.040] Andra Soni: Kami senang sekali menerima kunjungan ini."


def test_srt_labels_and_times():
    text = read(INTERVIEW_SRT.encode(), "srt", "c.srt").text
    cues = layout(text).cues
    assert [(c.time, c.speaker) for c in cues] == [
        ("00:00:01.000", "INTERVIEWER"), ("00:00:04.500", "ANDRA SONI"), ("00:00:08.500", "ANDRA SONI")]


def test_layout_skips_stamps_labels_and_annotations():
    text = ("[00:00:01.000] Helmi Hasan: Kami datang (ph) ke sini [inaudible 00:00:02] hari ini.\n"
            "Jadi kami bilang: bagus (tertawa) sekali\n"
            "Speaker 2 (01:02): Hello there (through translator)\n"
            "00:01:05 Interviewer: next (a real aside)\n")
    result = layout(text)
    skipped = [text[a:b] for a, b in result.skipped]
    assert "[00:00:01.000]" in skipped and "Helmi Hasan:" in skipped and "Speaker 2 (01:02):" in skipped
    assert [text[a:b] for a, b in result.noise] == [
        "(ph)", "[inaudible 00:00:02]", "(tertawa)", "(through translator)"]
    assert "(a real aside)" not in skipped
    assert [(c.time, c.speaker) for c in result.cues] == [
        ("00:00:01.000", "Helmi Hasan"), ("00:00:01.000", "Helmi Hasan"),  # "Jadi kami bilang" is no name
        ("00:01:02.000", "Speaker 2"), ("00:01:05.000", "Interviewer")]


def test_labels_may_hold_name_particles_but_not_prepositions():
    # one list of particles (factcheck.lang name_particles) for transcripts and the speaker engine
    text = ("[00:00:01] Ahmad bin Said: Kami siap.\n"
            "[00:00:04] Maria dos Santos: We are ready.\n"
            "Kami di Jakarta: semua aman.\n")
    assert [c.speaker for c in layout(text).cues] == ["Ahmad bin Said", "Maria dos Santos", "Maria dos Santos"]


def test_a_speaker_with_a_name_particle_is_checked_from_the_command_line(tmp_path, monkeypatch):
    write(tmp_path / "sources" / "panel.md", "---\nformat: transcript\nlanguage: en\n---\n"
          "[00:00:01] Host: Are you ready?\n"
          "[00:00:03] Maria dos Santos: We are ready to work with Bengkulu on rice.\n")
    write(tmp_path / "claims" / "panel.yaml", "source: panel\nclaims:\n"
          "  - quote: We are ready to work with Bengkulu on rice.\n    speaker: Maria dos Santos\n")
    monkeypatch.chdir(tmp_path)
    result = invoke("check", "claims/panel.yaml", "--format", "json")
    assert result.exit_code == 0, result.stdout
    (only,) = json.loads(result.stdout)["results"]
    assert only["status"] == "pass", only


@pytest.mark.parametrize("stamp, expected", [
    ("1:02", "00:01:02.000"), ("00:00:01,5", "00:00:01.500"), ("1:02:03.04", "01:02:03.040")])
def test_normal_time(stamp, expected):
    assert normal_time(stamp) == expected


def test_malformed_or_empty_files_are_refused():
    with pytest.raises(ReadError, match="x.vtt: not a valid VTT file"):
        read(b"no header here\n", "vtt", "x.vtt")
    with pytest.raises(ReadError, match="no cues with text"):
        read(b"WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n\n", "vtt", "e.vtt")
