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

from helpers import ROOT, write
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


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
def test_action_script_runs_factcheck_with_its_inputs(action_step, tmp_path):
    shutil.copytree(ROOT / "sources", tmp_path / "sources")
    write(tmp_path / "claims" / "a.yaml",
          'source: banten-bengkulu\nclaims:\n  - quote: "beras seharga Rp70.000 bisa ditebus Rp25.000"\n')
    script = tmp_path / "step.sh"
    script.write_text(action_step["run"], encoding="utf-8")
    output = tmp_path / "github_output"
    output.write_text("", encoding="utf-8")
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
               GITHUB_OUTPUT=str(output), FC_PATHS="claims/a.yaml", FC_FAIL_ON="never", FC_BASELINE="",
               FC_SARIF="out.sarif", FC_ARGS="--color never")
    done = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", str(script)], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("::error file=claims/a.yaml,line=3,col=5,title=factcheck Q301")
    assert output.read_text(encoding="utf-8") == "exit-code=0\n"
    assert (tmp_path / "out.sarif").is_file()
    env["FC_FAIL_ON"] = "fail"
    failed = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", str(script)], cwd=tmp_path, env=env,
                            capture_output=True, text=True, timeout=120)
    assert failed.returncode == 1
    assert output.read_text(encoding="utf-8").endswith("exit-code=1\n")
