"""A transcript's turns as the speech of the people their labels name."""

from __future__ import annotations

from factcheck.speakers import attribution_at, people_named, speech


TRANSCRIPT = """\
[00:00:01] Gubernur Andra Soni: Kami menerima kunjungan Gubernur Bengkulu hari ini.
[00:00:05] Ini kesempatan yang baik bagi kedua provinsi.
[00:00:09] Helmi Hasan: Kami berharap ada kunjungan balasan dari Banten ke Bengkulu.
[00:00:14] Terima kasih semuanya.
"""  # the last line is still Helmi Hasan's turn


def test_a_transcript_turn_is_the_speech_of_its_label(tmp_path):
    from factcheck.sources.library import read_source

    path = tmp_path / "interview.md"
    path.write_text("---\nformat: transcript\n---\n" + TRANSCRIPT, encoding="utf-8")
    s = read_source(path)
    found = [(a.how, a.speaker.name if a.speaker else None, a.cue) for a in speech(s).attributions]
    assert found == [("turn", "Andra Soni", "00:00:01.000"), ("turn", "Helmi Hasan", "00:00:09.000")]
    assert speech(s).attributions[0].mention == "Gubernur Andra Soni"
    second_cue = s.text.index("Ini kesempatan")
    assert attribution_at(s, second_cue, second_cue + 10).speaker.name == "Andra Soni"  # the same turn
    assert [p.name for p in people_named(s, "Andra")] == ["Andra Soni"]
    assert [p.name for p in people_named(s, "Gubernur Andra Soni")] == ["Andra Soni"]


def test_a_label_several_people_share_or_no_label_leaves_the_turn_undetermined(tmp_path):
    from factcheck.sources.library import read_source

    path = tmp_path / "panel.md"
    path.write_text("---\nformat: transcript\n---\n[00:00:01] Sambutan dimulai.\n"
                    "[00:00:03] Joko Widodo: Kami akan membangun jalan baru.\n"
                    "[00:00:05] Joko Anwar: Film ini tentang keluarga.\n"
                    "[00:00:09] Joko: Saya setuju sekali.\n", encoding="utf-8")
    found = [(a.how, a.speaker.name if a.speaker else None, a.ambiguous, a.reason) for a in speech(read_source(path)).attributions]
    assert found == [
        ("undetermined", None, False, "the transcript does not label this turn"),
        ("turn", "Joko Widodo", False, ""),
        ("turn", "Joko Anwar", False, ""),
        ("undetermined", None, True, 'the label "Joko" could be more than one person'),
    ]
