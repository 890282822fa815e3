"""`factcheck validate`: the schema only, no sources."""

from helpers import invoke


def test_valid_files_need_no_sources(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "claims").mkdir()
    (tmp_path / "claims" / "a.yaml").write_text("source: nowhere\nclaims:\n  - quote: Apa saja\n", encoding="utf-8")
    result = invoke("validate")
    assert result.exit_code == 0
    assert result.stdout == "" and result.stderr == "1 claim file, 1 claim: all valid\n"


def test_every_problem_is_a_line_naming_file_line_and_code(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "claims").mkdir()
    (tmp_path / "claims" / "bad.yaml").write_text("""\
claims:
  - qoute: Apa saja
  - id: x
    quote: a
  - id: x
    quote: b
    ignore: [Q301]
""", encoding="utf-8")
    (tmp_path / "claims" / "broken.yaml").write_text("claims: [\n", encoding="utf-8")
    result = invoke("validate")
    assert result.exit_code == 2
    assert result.stdout.splitlines() == [
        "claims/bad.yaml:2:5: E002 error line 2: unknown key 'qoute' (nearest known key: 'quote') (claim 1)",
        "claims/bad.yaml:5:5: E002 error line 5: 'ignore' needs 'reason' (claim x)",
        "claims/bad.yaml:5:5: E004 error line 5: duplicate id 'x' (first used on line 3) (claim x)",
        "claims/broken.yaml:2:1: E006 error while parsing a flow node expected the node content, but found '<stream end>'",
    ]
    assert result.stderr == "2 claim files, 3 claims: 4 problems\n"


def test_a_missing_path_is_a_usage_error(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = invoke("validate", "nope.yaml")
    assert result.exit_code == 2 and "nope.yaml: no such file or folder" in result.stderr
