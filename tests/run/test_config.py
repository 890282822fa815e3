"""Configuration: discovery, precedence, validation, and `factcheck config`."""

import shutil
from pathlib import Path

import pytest

from factcheck.run.config import ConfigError, discover, load

from helpers import ROOT, invoke, write  # noqa: E402


def test_in_one_folder_factcheck_toml_then_dot_file_then_pyproject(tmp_path):
    write(tmp_path / "pyproject.toml", "[tool.factcheck]\nfail-on = 'never'\n")
    assert discover(tmp_path) == tmp_path / "pyproject.toml"
    write(tmp_path / ".factcheck.toml", "fail-on = 'warn'\n")
    assert discover(tmp_path) == tmp_path / ".factcheck.toml"
    write(tmp_path / "factcheck.toml", "fail-on = 'fail'\n")
    assert discover(tmp_path) == tmp_path / "factcheck.toml"


def test_the_nearest_folder_wins_and_a_foreign_pyproject_is_passed_over(tmp_path):
    write(tmp_path / "factcheck.toml", "fail-on = 'warn'\n")
    write(tmp_path / "a" / "pyproject.toml", "[tool.black]\nline-length = 100\n")
    write(tmp_path / "a" / "b" / ".factcheck.toml", "fail-on = 'never'\n")
    assert discover(tmp_path / "a") == tmp_path / "factcheck.toml"
    assert discover(tmp_path / "a" / "b") == tmp_path / "a" / "b" / ".factcheck.toml"
    assert discover(tmp_path / "a" / "b" / "c") == tmp_path / "a" / "b" / ".factcheck.toml"
    write(tmp_path / "a" / "pyproject.toml", "[tool.factcheck]\nfail-on = 'fail'\n")
    assert discover(tmp_path / "a") == tmp_path / "a" / "pyproject.toml"


def test_a_broken_foreign_pyproject_is_not_ours_to_report(tmp_path):
    write(tmp_path / "pyproject.toml", "this is [not toml\n")
    assert discover(tmp_path) is None


def test_precedence_defaults_file_command_line(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert load().values["fail-on"] == "fail" and load().origins["fail-on"] == "default"
    write(tmp_path / "factcheck.toml", "fail-on = 'warn'\nstrictness = 'strict'\n")
    config = load()
    assert (config["fail-on"], config.origins["fail-on"]) == ("warn", "factcheck.toml")
    config.override("fail-on", "never")
    assert (config["fail-on"], config.origins["fail-on"]) == ("never", "command line")
    config.override("strictness", None)  # an option not given changes nothing
    assert config["strictness"] == "strict"


def test_explicit_config_and_isolated(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "factcheck.toml", "fail-on = 'warn'\n")
    write(tmp_path / "ci" / "strict.toml", "fail-on = 'never'\nsources = '../docs'\n")
    config = load(Path("ci/strict.toml"))
    assert config["fail-on"] == "never"
    assert config["sources"] == Path("docs")  # relative to the file's folder
    assert load(isolated=True)["fail-on"] == "fail"
    with pytest.raises(ConfigError, match="cannot be used together"):
        load(Path("ci/strict.toml"), isolated=True)
    with pytest.raises(ConfigError, match="no such configuration file"):
        load(Path("missing.toml"))


@pytest.mark.parametrize("text, message", [
    ("fail_ony = 'warn'\n", "unknown setting 'fail_ony' (nearest: 'fail-on')"),
    ("fail-on = 'sometimes'\n", "'fail-on' must be one of fail, warn, never, not \"sometimes\""),
    ("strictness = 3\n", "'strictness' must be one of lenient, standard, strict, not 3"),
    ("format = ['yaml']\n", "unknown format 'yaml'"),
    ("claims = []\n", "'claims' must be a path or glob"),
    ("fail-on = \n", "factcheck.toml: invalid TOML"),
])
def test_bad_settings_are_usage_errors_naming_the_file(tmp_path, monkeypatch, text, message):
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "factcheck.toml", text)
    result = invoke("check")
    assert result.exit_code == 2
    assert message in result.stderr and "Traceback" not in result.output


def test_underscores_are_accepted_for_hyphens(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "factcheck.toml", "fail_on = 'warn'\n")
    assert load()["fail-on"] == "warn"


@pytest.fixture
def project(tmp_path, monkeypatch):
    shutil.copytree(ROOT / "sources", tmp_path / "docs")
    write(tmp_path / "stories" / "a" / "one.yaml",
          'source: banten-bengkulu\nclaims:\n  - quote: "Ini contoh praktik baik, yang patut kita pelajari"\n')
    write(tmp_path / "stories" / "b" / "two.yml",
          'source: banten-bengkulu\nclaims:\n  - quote: "beras seharga Rp70.000 bisa ditebus Rp25.000"\n')
    write(tmp_path / "stories" / "notes.txt", "not a claim file")
    write(tmp_path / "pyproject.toml", """\
[project]
name = "newsroom"

[tool.factcheck]
sources = "docs"
claims = ["stories/a/*.yaml"]
fail-on = "warn"
""")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_check_uses_the_configuration_from_a_subfolder(project, monkeypatch):
    (project / "stories" / "b").mkdir(exist_ok=True)
    monkeypatch.chdir(project / "stories" / "b")
    result = invoke("check")
    assert result.exit_code == 1, result.output  # fail-on warn, and only the glob's one claim (a warning)
    assert result.stdout.startswith("../a/one.yaml:3:5: Q201 warn")
    assert "1 claim:" in result.stderr


def test_command_line_beats_the_file(project):
    assert invoke("check", "--fail-on", "fail").exit_code == 0
    result = invoke("check", "stories/b/two.yml", "--fail-on", "fail")
    assert result.exit_code == 1 and "Q301" in result.stdout
    assert invoke("check", "--isolated", "--sources", "docs", "stories").exit_code == 1


def test_strictness_and_language_settings(project):
    write(project / "lenient.toml", 'sources = "docs"\nclaims = ["stories/a"]\nstrictness = "lenient"\nfail-on = "warn"\n')
    write(project / "strict.toml", 'sources = "docs"\nclaims = ["stories/a"]\nstrictness = "strict"\n')
    lenient = invoke("check", "--config", "lenient.toml")
    assert lenient.exit_code == 0 and lenient.stdout == ""  # the warning counts as a note
    strict = invoke("check", "--config", "strict.toml")
    assert strict.exit_code == 1
    assert strict.stdout.startswith("stories/a/one.yaml:3:5: Q201 fail")  # shown as what it counted as


def test_config_command_prints_values_and_origins(project):
    result = invoke("config")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == "# configuration file: pyproject.toml"
    assert any(line.startswith('fail-on = "warn"') and line.endswith("# pyproject.toml [tool.factcheck]")
               for line in lines)
    assert any(line.startswith('strictness = "standard"') and line.endswith("# default") for line in lines)
    assert any(line.startswith('claims = ["stories/a/*.yaml"]') for line in lines)
    isolated = invoke("config", "--isolated").stdout
    assert isolated.splitlines()[0] == "# configuration file: none" and 'fail-on = "fail"' in isolated


def test_a_glob_matching_nothing_is_a_usage_error(project):
    result = invoke("check", "stories/*/none-*.yaml")
    assert result.exit_code == 2 and "no claim files match" in result.stderr


def test_formats_from_the_file_write_relative_to_it(project, monkeypatch):
    write(project / "factcheck.toml", 'sources = "docs"\nclaims = ["stories"]\nformat = ["json", "junit:reports/j.xml"]\n')
    monkeypatch.chdir(project / "stories")
    result = invoke("check")
    assert result.stdout.startswith("{")
    assert (project / "reports" / "j.xml").is_file()
    assert invoke("check", "--format", "concise").stdout.startswith("a/one.yaml:3:5:")
