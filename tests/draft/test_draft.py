"""`factcheck draft`: a draft's quotations, speakers, figures and dates checked against the
sources, as an editor runs it (typer's CliRunner), and the pieces it is made of."""

import json
import shutil
from dataclasses import replace

import pytest

from factcheck.draft.check import DRAFT_CODES
from factcheck.draft.extract import find_claims, quote_text, read_draft
from factcheck.sources.library import read_source
from factcheck.speakers import speech

from helpers import ROOT, example_project, invoke, write  # noqa: E402

# The bundled article (sources/banten-bengkulu.md) retold, its quotes reworded in known ways.
DRAFT_ID = """\
---
title: Banten dan Bengkulu teken kerja sama
language: id
---
# Banten dan Bengkulu teken kerja sama

Pemerintah Provinsi Banten dan Pemerintah Provinsi Bengkulu menandatangani nota kesepahaman kerja sama di Serang pada Jumat (24/10/2025).

“Alhamdulillah, hari ini kami menerima kunjungan Gubernur Bengkulu untuk penandatanganan kerja sama dalam pemanfaatan potensi daerah serta peningkatan pelayanan publik,” ujar Gubernur Banten Andra Soni.

Andra terkesan dengan pasar murah di Bengkulu. Di sana beras seharga Rp70.000 bisa ditebus Rp20.000.

“Mereka bisa membeli kebutuhan pokok dengan harga terjangkau, misalnya beras seharga Rp70.000 bisa ditebus Rp25.000 tanpa menggunakan APBD atau APBN,” tutur Andra.

Gubernur Bengkulu Helmi Hasan memuji pembangunan di Banten. “Perhatian pemerintahnya hanya pada kewenangan provinsi, tetapi juga menjangkau hingga ke desa-desa,” ujarnya.

“Pemerintah Provinsi Banten luar biasa, terutama dalam hal pembangunan infrastruktur. … Banten tetap mampu membangun jalan hingga ke wilayah pedesaan,” kata Helmi.

“Kami berharap nantinya ada kunjungan balasan dari Banten ke Bengkulu,” kata Andra Soni.
"""
# id -> (line, column in the draft, status, the codes that count (notes aside), source line)
EXPECTED_ID = {
    "date-1": (7, 119, "pass", [], 6),
    "quote-1": (9, 1, "pass", [], 9),  # faithful
    "figure-1": (11, 70, "pass", [], 15),
    "figure-2": (11, 92, "pass", [], 15),
    "quote-2": (13, 1, "fail", ["Q301"], 15),  # Rp20.000 changed to Rp25.000
    "quote-3": (15, 61, "fail", ["Q302"], 17),  # "tidak" dropped
    "quote-4": (17, 1, "pass", [], 17),  # a marked ellipsis
    "quote-5": (19, 1, "fail", ["A301"], 19),  # Helmi's words given to Andra
}

SOURCE_EN = """\
---
title: City council approves new bridge
language: en
published: 2025-03-14
---
SPRINGFIELD — The city council approved a $12 million bridge over the Mill River on Thursday, March 13, 2025, after a two-hour debate.

"This bridge will connect the east side to jobs and schools, and it will be finished within two years," Mayor Linda Park said.

"We do not have the money for a project of this size, and the taxpayers will pay for it," said council member David Ortiz, who voted against the plan.

"I will not support a plan that raises property taxes," Ortiz said.

Park said the state would cover 40 percent of the cost.

"We have waited for this bridge for twenty years. The people of the east side deserve better roads, safer crossings and a city that keeps its promises," Park added.
"""
DRAFT_EN = """\
# Springfield approves its Mill River bridge

The Springfield city council approved a $12 million bridge over the Mill River on Thursday, March 13, 2025.

"This bridge will connect the east side to jobs and schools, and it will be finished within two years," Mayor Linda Park said.

"We have waited for this bridge for thirty years," Park said.

"We do not have the money for a project of this size," said Mayor Linda Park.

Council member David Ortiz was not convinced. "I will support a plan that raises property taxes," Ortiz said.

"The people of the east side deserve better roads … and a city that keeps its promises," Park added.

The state will cover 45 percent of the cost.
"""
EXPECTED_EN = {
    "figure-1": (3, 41, "pass", [], 6),
    "date-1": (3, 83, "pass", [], 6),
    "quote-1": (5, 1, "pass", [], 8),  # faithful
    "quote-2": (7, 1, "fail", ["Q301"], 16),  # twenty changed to thirty
    "quote-3": (9, 1, "fail", ["A301"], 10),  # Ortiz's words given to Park
    "quote-4": (11, 47, "fail", ["Q302"], 12),  # "not" dropped
    "quote-5": (13, 1, "pass", [], 16),  # a marked ellipsis
    "figure-2": (15, 22, "fail", ["F301"], 14),  # 40 percent changed to 45
}


@pytest.fixture
def project(tmp_path, monkeypatch):
    """The bundled source, the English source and both drafts, as the working directory."""
    example_project(tmp_path, monkeypatch)
    write(tmp_path / "sources" / "council.md", SOURCE_EN)
    write(tmp_path / "drafts" / "story.md", DRAFT_ID)
    write(tmp_path / "drafts" / "bridge.md", DRAFT_EN)
    return tmp_path


def draft_json(*args: str) -> tuple[int, dict]:
    result = invoke("draft", *args, "--format", "json")
    assert "Traceback" not in result.output
    return result.exit_code, json.loads(result.stdout)


def verdicts(report: dict) -> dict[str, tuple]:
    return {r["id"]: (r["line"], r["column"], r["status"],
                      [f["code"] for f in r["findings"] if f["severity"] != "note"],
                      r["source"]["line"] if r["source"] else None)
            for r in report["results"]}


@pytest.mark.parametrize("draft, expected, source", [
    ("drafts/story.md", EXPECTED_ID, "sources/banten-bengkulu.md"),
    ("drafts/bridge.md", EXPECTED_EN, "sources/council.md"),
], ids=["indonesian", "english"])
def test_reworded_quotes_get_exactly_the_expected_verdicts(project, draft, expected, source):
    code, report = draft_json(draft)
    assert code == 1
    assert verdicts(report) == expected
    assert {r["file"] for r in report["results"]} == {draft}
    assert {r["source"]["path"] for r in report["results"]} == {source}


def test_speakers_come_from_the_drafts_cues(project):
    _, report = draft_json("drafts/story.md")
    speakers = {r["id"]: next((f["message"] for f in r["findings"] if f["code"] in ("A101", "A301")), None)
                for r in report["results"] if r["kind"] == "quote"}
    assert "Andra Soni" in speakers["quote-1"] and "Helmi Hasan" in speakers["quote-3"]
    assert "gives these words to Gubernur Bengkulu Helmi Hasan" in speakers["quote-5"]
    assert speakers["quote-5"].endswith("not Andra Soni")


def test_full_report_shows_draft_and_source_locations(project):
    result = invoke("draft", "drafts/story.md", "--format", "full")
    assert result.exit_code == 1
    out = result.stdout
    assert "FAIL   quote-2  drafts/story.md:13:1  misquote" in out  # the draft's line and column
    assert "{+Rp25.000+}" in out and "[-Rp20.000-]" in out
    assert "(sources/banten-bengkulu.md:15:128)" in out
    assert "8 claims: 5 pass, 0 warn, 3 fail, 0 error" in out


@pytest.mark.parametrize("fmt, expected", [
    ("concise", "drafts/story.md:13:1: Q301 fail"),
    ("jsonl", '"file": "drafts/story.md", "line": 13, "column": 1'),
    ("sarif", '"uri": "drafts/story.md"'),
    ("junit", 'name="drafts/story.md:quote-2"'),
    ("github", "::error file=drafts/story.md,line=13,col=1,title=factcheck Q301 number-changed::"),
    ("gitlab", '"path": "drafts/story.md"'),
    ("markdown", "| drafts/story.md:15:61 | quote-3 | Q302 |"),
])
def test_every_report_format_of_check(project, fmt, expected):
    result = invoke("draft", "drafts/story.md", "--format", fmt)
    assert result.exit_code == 1
    assert expected in result.stdout


def test_exit_policy_is_that_of_check(project):
    assert invoke("draft", "drafts/story.md", "--fail-on", "never").exit_code == 0
    write(project / "drafts" / "good.md", "“Ini contoh praktik baik yang patut kita pelajari,” tutur Andra.\n")
    assert invoke("draft", "drafts/good.md").exit_code == 0
    write(project / "drafts" / "month.md", "Kedua gubernur menandatangani nota kesepahaman pada Oktober 2025.\n")
    result = invoke("draft", "drafts/month.md", "--format", "concise")
    assert result.exit_code == 0
    assert 'D205 warn the draft\'s date "Oktober 2025" is not checked' in result.stdout
    assert invoke("draft", "drafts/month.md", "--fail-on", "warn").exit_code == 1


def test_changed_figure_in_the_narration_fails(project):
    write(project / "drafts" / "rice.md", "Di Bengkulu beras seharga Rp70.000 bisa ditebus Rp25.000.\n")
    code, report = draft_json("drafts/rice.md")
    assert code == 1
    assert verdicts(report) == {"figure-1": (1, 27, "pass", [], 15), "figure-2": (1, 49, "fail", ["F301"], 15)}
    assert 'the source gives "Rp20.000"' in report["results"][1]["message"]


def test_quotation_without_a_speaker_shows_the_sources(project):
    write(project / "drafts" / "anon.md", "Kunjungan itu berakhir.\n\n"
          "“Kami berharap nantinya ada kunjungan balasan dari Banten ke Bengkulu.”\n")
    code, report = draft_json("drafts/anon.md")
    assert code == 0
    (result,) = report["results"]
    notes = {f["code"]: f["message"] for f in result["findings"]}
    assert "A103" in notes and notes["A103"].endswith("banten-bengkulu gives the words to Gubernur Bengkulu Helmi Hasan")
    assert invoke("draft", "drafts/anon.md", "--emit-claims", "anon.yaml").exit_code == 0
    emitted = (project / "anon.yaml").read_text(encoding="utf-8")
    assert "    # no speaker: the draft does not say who spoke this" in emitted and "speaker:" not in emitted.replace(
        "# no speaker:", "")


@pytest.mark.parametrize("draft, source, speaker, failing", [
    ("drafts/story.md", "banten-bengkulu", "Helmi Hasan", "13:1"),
    ("drafts/bridge.md", "council", "David Ortiz", "7:1"),
], ids=["indonesian", "english"])
def test_emitted_claims_validate_and_check_reproduces_the_verdicts(project, draft, source, speaker, failing):
    result = invoke("draft", draft, "--emit-claims", "claims/story.yaml", "--format", "json")
    assert result.exit_code == 1
    assert "wrote 8 claims to claims/story.yaml" in result.stderr
    from_draft = json.loads(result.stdout)
    emitted = (project / "claims" / "story.yaml").read_text(encoding="utf-8")
    assert f'source: "{source}"' in emitted and f'speaker: "{speaker}"' in emitted
    assert f"# {draft}:{failing}: fail" in emitted

    assert invoke("validate", "claims/story.yaml").exit_code == 0
    checked = invoke("check", "claims/story.yaml", "--format", "json")
    assert checked.exit_code == 1
    from_claims = json.loads(checked.stdout)

    def comparable(report: dict) -> list:
        return [(r["id"], r["kind"], r["status"], [c for c in r["codes"] if c not in DRAFT_CODES],
                 r["source"]["path"], r["source"]["line"], r["source"]["column"]) for r in report["results"]]

    assert comparable(from_claims) == comparable(from_draft)
    assert [r["file"] for r in from_claims["results"]] == ["claims/story.yaml"] * 8


def test_emitted_claims_never_overwrite_without_force(project):
    target = write(project / "claims" / "story.yaml", "# the editor's own file\n")
    result = invoke("draft", "drafts/story.md", "--emit-claims", "claims/story.yaml")
    assert result.exit_code == 2
    assert "claims/story.yaml exists; use --force to overwrite it" in result.stderr
    assert target.read_text(encoding="utf-8") == "# the editor's own file\n"
    forced = invoke("draft", "drafts/story.md", "--emit-claims", "claims/story.yaml", "--force")
    assert forced.exit_code == 1
    assert target.read_text(encoding="utf-8").count("  - id: ") == 8
    assert not [p for p in target.parent.iterdir() if p.name != "story.yaml"]  # no temporary file left


@pytest.mark.parametrize("target, what", [("drafts/story.md", "the draft"),
                                          ("sources/claims.yaml", "the sources folder sources")])
def test_emitted_claims_never_land_on_the_draft_or_in_the_sources(project, target, what):
    before = (project / "drafts" / "story.md").read_bytes()
    result = invoke("draft", "drafts/story.md", "--emit-claims", target, "--force")
    assert result.exit_code == 2
    assert f"{target}: refusing to write the claims over {what}" in result.stderr
    assert (project / "drafts" / "story.md").read_bytes() == before
    assert not (project / "sources" / "claims.yaml").exists()


def test_unchecked_dates_are_listed_in_the_emitted_file_not_as_claims(project):
    write(project / "drafts" / "month.md", "Kedua gubernur menandatangani nota kesepahaman pada Oktober 2025.\n")
    assert invoke("draft", "drafts/month.md", "--emit-claims", "out.yaml").exit_code == 0
    text = (project / "out.yaml").read_text(encoding="utf-8")
    assert "claims: []" in text and "# date-1 (drafts/month.md:1:53) not emitted" in text
    assert invoke("validate", "out.yaml").exit_code == 0


def test_a_draft_in_the_sources_folder_is_not_its_own_source(project):
    shutil.copy(project / "drafts" / "story.md", project / "sources" / "story.md")
    code, report = draft_json("sources/story.md")
    assert code == 1
    assert {r["source"]["path"] for r in report["results"]} == {"sources/banten-bengkulu.md"}


def test_html_draft(project):
    write(project / "drafts" / "story.html", "<html><body><article><h1>Kerja sama</h1>"
          "<p>“Kami berharap nantinya ada kunjungan balasan dari Banten ke Bengkulu,” kata Andra Soni.</p>"
          "<p>Di Bengkulu beras seharga Rp70.000 bisa ditebus Rp20.000 saja, katanya.</p>"
          "</article></body></html>")
    code, report = draft_json("drafts/story.html")
    assert code == 1
    assert [(r["id"], r["status"], r["codes"]) for r in report["results"]] == [
        ("quote-1", "fail", ["A301"]), ("figure-1", "pass", []), ("figure-2", "pass", [])]


def test_word_draft(project):
    import docx

    document = docx.Document()
    document.add_paragraph("Kerja sama Banten dan Bengkulu")
    document.add_paragraph("“Kami berharap nantinya ada kunjungan balasan dari Banten ke Bengkulu,” kata Andra Soni.")
    document.add_paragraph("Di Bengkulu beras seharga Rp70.000 bisa ditebus Rp25.000.")
    document.save(project / "drafts" / "story.docx")
    code, report = draft_json("drafts/story.docx")
    assert code == 1
    assert [(r["id"], r["line"], r["status"], r["codes"]) for r in report["results"]] == [
        ("quote-1", 2, "fail", ["A301"]), ("figure-1", 3, "pass", []), ("figure-2", 3, "fail", ["F301"])]
    concise = invoke("draft", "drafts/story.docx").stdout  # line: the paragraph
    assert "drafts/story.docx:3:49: F301 fail" in concise


@pytest.mark.parametrize("args, message", [
    (["drafts/missing.md"], "drafts/missing.md: no such file"),
    (["drafts/story.md", "--sources", "nowhere"], "nowhere: no sources to check the draft against"),
    (["drafts/story.odt"], "drafts/story.odt: unsupported draft format '.odt' (supported: .docx, .htm"),
    (["drafts/fake.docx"], "drafts/fake.docx: not a Word document (.docx)"),
    (["drafts/story.md", "--format", "nonsense"], "unknown format 'nonsense'"),
])
def test_bad_input_exits_2_with_a_message(project, args, message):
    write(project / "drafts" / "story.odt", "not a draft")
    write(project / "drafts" / "fake.docx", "not a zip")
    result = invoke("draft", *args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert "Traceback" not in result.output


def test_a_draft_with_nothing_to_check_passes(project):
    write(project / "drafts" / "empty.md", "Belum ada isi.\n")
    result = invoke("draft", "drafts/empty.md", "--format", "json")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["summary"]["total"] == 0


# -- what the draft is read for ------------------------------------------------------------

def test_found_in_the_bundled_article_read_as_a_draft():
    """Read as a draft, the bundled article yields its five quotations with their speakers
    and its one date; its figures are all inside quotations, so they are checked there."""
    found = find_claims(read_source(ROOT / "sources" / "banten-bengkulu.md"))
    kinds = [f.claim.kind for f in found]
    assert kinds.count("quote") == 5 and kinds.count("date") == 1 and kinds.count("figure") == 0
    speakers = [f.claim.fields.get("speaker") for f in found if f.claim.kind == "quote"]
    assert speakers == ["Andra Soni", "Andra Soni", "Andra Soni", "Helmi Hasan", "Helmi Hasan"]


def test_interrupted_quotation_is_one_quote_bridged_by_an_ellipsis(tmp_path):
    path = write(tmp_path / "d.md", "“Kami siap,” kata Andra Soni, “untuk bekerja sama dengan Bengkulu.”\n")
    draft = read_draft(path)
    (attribution,) = speech(draft).attributions
    assert quote_text(draft, attribution) == "Kami siap … untuk bekerja sama dengan Bengkulu."


def test_years_and_quoted_figures_are_not_figure_claims(tmp_path):
    path = write(tmp_path / "d.md", "Pada 2025 harga beras naik menjadi Rp15.000 per kilogram.\n\n"
                                    "“Harga Rp20.000 terlalu mahal untuk warga,” kata Andra Soni.\n")
    found = find_claims(read_draft(path), "id")
    assert [(f.claim.kind, f.claim.fields.get("figure")) for f in found] == [("figure", "Rp15.000"), ("quote", None)]


def test_context_singles_out_the_value_among_its_neighbours(tmp_path):
    path = write(tmp_path / "d.md", "Di Bengkulu beras seharga Rp70.000 bisa ditebus Rp20.000.\n")
    first, second = find_claims(read_draft(path), "id")
    assert "ditebus" not in first.claim.fields["context"].split()[:1]
    assert "seharga" in first.claim.fields["context"]
    assert "ditebus" in second.claim.fields["context"] and "seharga" not in second.claim.fields["context"]


def test_a_share_after_a_count_is_found_by_its_own_kind(tmp_path):
    """"28.294 suara atau 29,08 persen": every word is nearer the count, but the checker
    prefers a share for a share, so the words still lead to the percentage."""
    path = write(tmp_path / "d.md", "Pasangan nomor urut 01 mendapat perolehan 28.294 suara atau 29,08 persen.\n")
    draft = read_draft(path)
    found = {f.claim.fields["figure"]: f for f in find_claims(draft, "id") if f.claim.kind == "figure"}
    share = found["29,08 persen"]
    assert share.unchecked is None and share.claim.fields["context"]
    from factcheck.run.pipeline import check
    from factcheck.sources.library import SourceLibrary

    assert check(replace(share.claim, sources=("d",)), SourceLibrary(tmp_path, (tmp_path,))).status.value == "pass"
    wrong = replace(share.claim, fields={**share.claim.fields, "figure": "30,08 persen"}, sources=("d",))
    assert [f.code for f in check(wrong, SourceLibrary(tmp_path, (tmp_path,))).findings] == ["F301"]


def test_a_figure_with_no_words_of_its_own_is_not_checked(project):
    write(project / "drafts" / "list.md", "Tersangka mencatat 212, 216, dan 218 KUHP.\n")  # "Pasal 212" would be a name
    code, report = draft_json("drafts/list.md")
    assert code == 1  # (the bundled source says nothing of it)
    assert [(r["id"], r["status"], r["codes"]) for r in report["results"]] == [
        ("figure-1", "fail", ["F303"]), ("figure-2", "warn", ["F202"]), ("figure-3", "fail", ["F303"])]
    assert report["results"][1]["message"] == ('the draft\'s figure "216" is not checked: '
                                               "the draft gives no words around it to find it by")


def test_the_drafts_stated_language_comes_first(tmp_path):
    stated = read_draft(write(tmp_path / "a.md", "---\nlanguage: en\n---\nThe fee rose to 1.500 dollars.\n"))
    assert {f.claim.language for f in find_claims(stated, "id")} == {"en"}
    unstated = read_draft(write(tmp_path / "b.md", "The council said that the fee for the bridge rose to 1.500 "
                                                   "dollars, and it was not the first time that it did so.\n"))
    assert {f.claim.language for f in find_claims(unstated, "id")} == {"id"}
    assert {f.claim.language for f in find_claims(unstated)} == {"en"}  # guessed from its words


def test_in_a_large_archive_the_verdicts_are_the_same(project):
    """From 100 sources on, quotes are looked for through the source index (issue 7)."""
    for n in range(110):
        write(project / "sources" / f"filler-{n}.txt", f"Berita {n}: hujan deras turun sejak pagi di kota {n}, "
                                                        "warga diminta waspada terhadap banjir.\n")
    code, report = draft_json("drafts/story.md")
    assert code == 1
    assert verdicts(report) == EXPECTED_ID


# -- bad drafts ----------------------------------------------------------------------------

def test_binary_draft_is_refused(project):
    (project / "drafts" / "bin.md").write_bytes(b"\x00\x01\x02\xff" * 100)
    result = invoke("draft", "drafts/bin.md")
    assert result.exit_code == 2
    assert result.stderr.startswith("factcheck: error: drafts/bin.md")


def test_configuration_applies_sources_and_strictness(project):
    (project / "sources").rename(project / "archive")
    write(project / "factcheck.toml", 'sources = "archive"\nstrictness = "strict"\n')
    write(project / "drafts" / "month.md", "Kedua gubernur menandatangani nota kesepahaman pada Oktober 2025.\n")
    result = invoke("draft", "drafts/month.md", "--format", "concise")
    assert result.exit_code == 1  # the D205 warning counts as a failure under strict
    assert "D205 fail" in result.stdout
    assert invoke("draft", "drafts/month.md", "--isolated").exit_code == 2  # no ./sources


def test_no_report_is_written_over_the_draft(project):
    before = (project / "drafts" / "story.md").read_bytes()
    result = invoke("draft", "drafts/story.md", "--format", "json:drafts/story.md")
    assert result.exit_code == 2
    assert "drafts/story.md: refusing to write a report or baseline over a claim file being checked" in result.stderr
    assert (project / "drafts" / "story.md").read_bytes() == before


def test_a_range_in_the_draft_is_a_claim_that_reads_as_one(tmp_path):
    """"antara 15 dan 20 orang": the claim keeps "antara", without which "15 dan 20" is two values."""
    path = write(tmp_path / "d.md", "Setiap hari posko itu melayani antara 15 dan 20 orang pemudik.\n")
    (figure,) = [f for f in find_claims(read_draft(path), "id") if f.claim.kind == "figure"]
    assert figure.claim.fields["figure"] == "antara 15 dan 20 orang"
    from factcheck.run.pipeline import check
    from factcheck.sources.library import SourceLibrary

    verdict = check(replace(figure.claim, sources=("d",)), SourceLibrary(tmp_path, (tmp_path,)))
    assert verdict.status.value == "pass", verdict.message
