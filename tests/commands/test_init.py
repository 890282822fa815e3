"""`factcheck init`: a working project, never overwriting."""

import re
import shutil
import subprocess

import pytest
import yaml

from factcheck.commands.init import CI_CHOICES, files
from factcheck.commands.origin import Origin, from_direct_url
from helpers import ROOT, broken_references, invoke


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


def test_generated_hooks_are_the_published_hooks_run_locally():
    published = {h["id"]: h for h in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))}
    local = yaml.safe_load(files("none")[".pre-commit-config.yaml"])["repos"][0]
    assert local["repo"] == "local"
    for hook in local["hooks"]:
        assert hook["id"] in published
        mine = {k: hook.get(k) for k in ("entry", "files", "pass_filenames", "require_serial")}
        assert mine == {k: published[hook["id"]].get(k) for k in mine}, hook["id"]
        assert hook["require_serial"] is True  # one run, one summary, however many files


@pytest.mark.parametrize("ci", ["github", "gitlab"])
def test_generated_ci_keeps_every_report_it_writes(ci):
    planned = files(ci, origin=Origin("https://git.example/newsroom/factcheck", "a" * 40))
    if ci == "github":
        job = yaml.safe_load(planned[".github/workflows/factcheck.yml"])["jobs"]["factcheck"]
        commands = " ".join(s["run"] for s in job["steps"] if "run" in s)
        upload = next(s for s in job["steps"] if s.get("uses", "").startswith("actions/upload-artifact@"))
        assert upload["if"] == "always()"
        kept = {upload["with"]["path"]}
        install = job["env"]["FACTCHECK"]
    else:
        job = yaml.safe_load(planned[".gitlab-ci.yml"])["factcheck"]
        commands = " ".join(job["script"])
        assert job["artifacts"]["when"] == "always"
        kept = set(job["artifacts"]["paths"]) | set(job["artifacts"]["reports"].values())
        install = job["variables"]["FACTCHECK"]
    written = set(re.findall(r"--format \w+:(\S+)", commands))
    assert written and written == kept
    assert install == "git+https://git.example/newsroom/factcheck@" + "a" * 40


def test_generated_files_name_only_pages_and_headings_that_exist():
    for ci in CI_CHOICES:
        for path, text in files(ci).items():
            assert broken_references(text) == [], path
    for path in ("action.yml", ".pre-commit-hooks.yaml", ".ci/run"):
        assert broken_references((ROOT / path).read_text(encoding="utf-8")) == [], path


def git(*args: str) -> str | None:
    done = subprocess.run(["git", "-C", str(ROOT), *args], capture_output=True, text=True)
    return done.stdout.strip() if done.returncode == 0 else None


@pytest.mark.skipif(shutil.which("git") is None or git("rev-parse", "HEAD") is None,
                    reason="needs factcheck's git checkout")
def test_ci_installs_the_commit_installed_here():
    """factcheck runs from this checkout (pip install -e .): CI gets its HEAD commit."""
    workflow = files("github")[".github/workflows/factcheck.yml"]
    commit = git("rev-parse", "HEAD")
    assert f'@{commit}"' in workflow
    assert git("cat-file", "-e", f"{commit}^{{commit}}") == ""


@pytest.mark.parametrize("record, origin", [
    ({"url": "https://github.com/newsroom/factcheck", "vcs_info": {"vcs": "git", "commit_id": "b" * 40}},
     Origin("https://github.com/newsroom/factcheck", "b" * 40)),
    ({"url": "file:///src/factcheck", "dir_info": {"editable": True}},
     Origin("ssh://git@github.com/newsroom/factcheck.git", "c" * 40)),  # a clone of an ssh remote
    ({"url": "https://example.org/factcheck-0.1.0.tar.gz", "archive_info": {}}, Origin(None, None)),
    ({}, Origin(None, None)),
])
def test_where_factcheck_was_installed_from(record, origin):
    answers = {("rev-parse", "--verify", "--quiet", "HEAD^{commit}"): "c" * 40,
               ("remote", "get-url", "origin"): "git@github.com:newsroom/factcheck.git"}
    assert from_direct_url(record, lambda folder, *args: answers[args]) == origin


def test_a_clone_without_a_reachable_remote_pins_its_commit_only():
    origin = from_direct_url({"url": "file:///src/factcheck", "dir_info": {}},
                             lambda folder, *args: "/home/me/factcheck" if args[0] == "remote" else "d" * 40)
    assert origin == Origin(None, "d" * 40)
    assert "@" + "d" * 40 in files("gitlab", origin=origin)[".gitlab-ci.yml"]
