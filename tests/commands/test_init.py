"""`factcheck init`: a working project, never overwriting."""

import yaml

from helpers import invoke


def test_init_scaffolds_a_project_that_checks(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = invoke("init")
    assert result.exit_code == 0, result.output
    for path in ("factcheck.toml", "claims/example.yaml", "sources/example.md", "schemas/claims.schema.json",
                 ".pre-commit-config.yaml", ".github/workflows/factcheck.yml"):
        assert (tmp_path / path).is_file(), path
        assert f"created {path}" in result.stdout
    for path in (".pre-commit-config.yaml", ".github/workflows/factcheck.yml"):
        yaml.safe_load((tmp_path / path).read_text(encoding="utf-8"))
    assert (tmp_path / "claims" / "example.yaml").read_text(encoding="utf-8").startswith(
        "# yaml-language-server: $schema=../schemas/claims.schema.json")
    check = invoke("check")
    assert check.exit_code == 0, check.output
    assert invoke("validate").exit_code == 0
    assert invoke("config").stdout.startswith("# configuration file: factcheck.toml")


def test_init_never_overwrites(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "factcheck.toml").write_text("fail-on = 'warn'\n", encoding="utf-8")
    (tmp_path / "claims").mkdir()
    (tmp_path / "claims" / "story.yaml").write_text("claims:\n", encoding="utf-8")
    result = invoke("init", "--ci", "gitlab")
    assert result.exit_code == 0
    assert "kept    factcheck.toml" in result.stdout
    assert (tmp_path / "factcheck.toml").read_text(encoding="utf-8") == "fail-on = 'warn'\n"
    assert not (tmp_path / "claims" / "example.yaml").exists()  # an existing project gets no example
    assert yaml.safe_load((tmp_path / ".gitlab-ci.yml").read_text(encoding="utf-8"))["factcheck"]["artifacts"][
        "reports"] == {"codequality": "gl-code-quality-report.json", "junit": "factcheck-junit.xml"}
    again = invoke("init", "--ci", "gitlab")
    assert "created" not in again.stdout


def test_init_into_another_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = invoke("init", "news", "--ci", "none")
    assert "created news/factcheck.toml" in result.stdout
    assert not (tmp_path / "news" / ".github").exists()
