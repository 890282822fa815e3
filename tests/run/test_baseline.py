"""Baselines: write, apply, survive moves, retire on edits, report stale entries."""

import json

import pytest

from factcheck.run.baseline import Baseline, BaselineError

from helpers import example_project, invoke, write

STORY = """\
source: banten-bengkulu
claims:
  - id: rice
    quote: "beras seharga Rp70.000 bisa ditebus Rp25.000"
  - id: comma
    quote: "Ini contoh praktik baik, yang patut kita pelajari"
  - id: fine
    quote: "Ini contoh praktik baik yang patut kita pelajari"
"""


@pytest.fixture
def project(tmp_path, monkeypatch):
    example_project(tmp_path, monkeypatch)
    write(tmp_path / "claims" / "story.yaml", STORY)
    return tmp_path


def check(*args: str):
    return invoke("check", *args)


def test_adopting_on_an_existing_corpus(project):
    assert check().exit_code == 1
    written = check("--write-baseline", "factcheck-baseline.json")
    assert written.exit_code == 0, written.output
    assert "wrote 2 baseline entries to factcheck-baseline.json" in written.stderr
    document = json.loads((project / "factcheck-baseline.json").read_text(encoding="utf-8"))
    assert [(e["file"], e["id"], e["code"]) for e in document["entries"]] == [
        ("claims/story.yaml", "comma", "Q201"), ("claims/story.yaml", "rice", "Q301")]
    assert all(len(e["hash"]) == 16 and "line" not in e for e in document["entries"])
    again = check("--baseline", "factcheck-baseline.json", "--fail-on", "warn")
    assert again.exit_code == 0
    assert "2 findings suppressed" in again.stderr


def test_rewriting_gives_the_same_bytes(project):
    check("--write-baseline", "b.json")
    first = (project / "b.json").read_bytes()
    check("--write-baseline", "b.json")
    assert (project / "b.json").read_bytes() == first


def test_entries_survive_moving_claims_and_retire_when_the_text_changes(project):
    check("--write-baseline", "b.json")
    story = project / "claims" / "story.yaml"
    story.write_text(STORY.replace("claims:\n", "claims:\n  - id: new\n    quote: Ini contoh praktik baik\n", 1),
                     encoding="utf-8")
    assert check("--baseline", "b.json").exit_code == 0  # lines moved: still suppressed
    story.write_text(STORY.replace("Rp25.000", "Rp26.000"), encoding="utf-8")
    result = check("--baseline", "b.json")
    assert result.exit_code == 1  # an edited claim is checked afresh
    assert "claims/story.yaml:3:5: Q301 fail" in result.stdout
    assert "claims/story.yaml:3:5: X002 warn baseline entry no longer matches: claim 'rice' Q301" in result.stdout


def test_removed_claims_and_files_leave_stale_entries(project):
    check("--write-baseline", "b.json")
    (project / "claims" / "story.yaml").write_text(STORY.replace("id: rice", "id: rice-renamed"), encoding="utf-8")
    result = check("--baseline", "b.json")
    assert "X002 warn baseline entry no longer matches: claim 'rice' Q301 (no such claim any more)" in result.stdout
    (project / "claims" / "story.yaml").unlink()
    (project / "claims" / "other.yaml").write_text("claims:\n", encoding="utf-8")
    gone = check("--baseline", "b.json", "--format", "json")
    assert [n["code"] for n in json.loads(gone.stdout)["notices"]] == ["X002", "X002"]


def test_entries_for_files_not_checked_this_run_are_not_stale(project):
    (project / "claims" / "other.yaml").write_text(STORY, encoding="utf-8")
    check("--write-baseline", "b.json")
    result = check("claims/story.yaml", "--baseline", "b.json", "--format", "json")
    assert json.loads(result.stdout)["notices"] == []


def test_the_baseline_is_keyed_relative_to_its_own_folder(project, monkeypatch):
    check("--write-baseline", "ci/b.json")
    entry = json.loads((project / "ci" / "b.json").read_text(encoding="utf-8"))["entries"][0]
    assert entry["file"] == "../claims/story.yaml"
    monkeypatch.chdir(project / "claims")
    result = check("story.yaml", "--sources", "../sources", "--baseline", "../ci/b.json")
    assert result.exit_code == 0, result.output


def test_baseline_setting_in_the_configuration(project):
    check("--write-baseline", "b.json")
    (project / "factcheck.toml").write_text('baseline = "b.json"\n', encoding="utf-8")
    assert check().exit_code == 0


@pytest.mark.parametrize("text, message", [
    (None, "no such baseline file (create one with --write-baseline b.json)"),
    ("{", "b.json:1:2: not valid JSON"),
    ('{"entries": []}', "not a factcheck baseline"),
    ('{"version": 1, "entries": [{"file": "x"}]}', "entry 1 needs the texts file, id, code and hash"),
])
def test_bad_baseline_files_are_usage_errors(project, text, message):
    if text is not None:
        (project / "b.json").write_text(text, encoding="utf-8")
    result = check("--baseline", "b.json")
    assert result.exit_code == 2
    assert message in result.stderr and "Traceback" not in result.output
    with pytest.raises(BaselineError):
        Baseline.load(project / "b.json")


def test_a_failed_write_leaves_the_old_baseline(project, monkeypatch):
    check("--write-baseline", "b.json")
    before = (project / "b.json").read_bytes()
    (project / "claims" / "story.yaml").write_text(STORY.replace("Rp25.000", "Rp26.000"), encoding="utf-8")

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("factcheck.files.os.replace", broken_replace)
    result = check("--write-baseline", "b.json")
    assert result.exit_code == 2 and "cannot write the baseline: No space left on device" in result.stderr
    assert (project / "b.json").read_bytes() == before
    assert [p.name for p in project.iterdir() if p.name.startswith(".b.json")] == []  # no temporary left


def test_errors_are_never_baselined_or_ignored(tmp_path, monkeypatch):
    """A claim whose source is missing cannot be checked: recording or ignoring E001 must
    not turn it into a pass."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sources").mkdir()
    write(tmp_path / "claims" / "c.yaml",
          "claims:\n  - id: gone\n    source: nowhere\n    quote: Ini contoh\n"
          "  - id: ignored\n    source: nowhere\n    quote: Ini contoh\n    ignore: [E001]\n    reason: we know\n")
    wrote = invoke("check", "--write-baseline", "base.json", "--format", "json")
    assert wrote.exit_code == 2
    assert '"E001"' not in (tmp_path / "base.json").read_text(encoding="utf-8")
    again = invoke("check", "--baseline", "base.json", "--format", "json")
    assert again.exit_code == 2
    statuses = {r["id"]: r["status"] for r in json.loads(again.stdout)["results"]}
    assert statuses == {"gone": "error", "ignored": "error"}
