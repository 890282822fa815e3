"""Editors never lose a file: only commands that exist to write write, every write goes
through factcheck.files, and an interrupted write leaves the old file (or none), whole."""

from __future__ import annotations

import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest

import factcheck
from factcheck import files as atomic
from factcheck.cli import app

from conftest import tree
from helpers import invoke, runner

PACKAGE = Path(factcheck.__file__).parent
CLAIMS = 'source: s\nclaims:\n  - id: ok\n    quote: "Kami tidak hanya bekerja"\n  - id: bad\n    quote: "Kami bekerja"\n'


def test_reading_commands_write_nothing(project):
    (project / "claims" / "c.yaml").write_text(CLAIMS, "utf-8")
    before = tree(project)
    for args in (["check"], *(["check", "--format", f] for f in ("full", "json", "jsonl", "sarif", "junit",
                                                                   "github", "gitlab", "markdown")),
                 ["check", "--baseline", "missing.json"], ["validate"], ["quotes", "sources"],
                 ["quotes", "s", "--format", "yaml"], ["find", "Kami tidak hanya bekerja"], ["explain", "Q301"],
                 ["config"], ["schema", "claims"]):
        invoke(*args)
    after = tree(project)
    assert {name for name in after if not name.startswith(".factcheck/")} == set(before)  # find's cache only
    assert all(after[name] == before[name] for name in before)


def test_an_interrupted_index_update_leaves_a_working_index(project, monkeypatch):
    from factcheck.sources import index

    for n in range(5):
        (project / "sources" / f"a{n}.md").write_text(f"“Kalimat nomor {n} tentang anggaran daerah,” ujarnya.\n",
                                                     "utf-8")
    grams = index._all_grams

    def interrupted(paths):
        iterator = grams(paths)
        yield next(iterator)
        raise KeyboardInterrupt

    monkeypatch.setattr(index, "_all_grams", interrupted)
    result = runner.invoke(app, ["find", "Kalimat nomor 3 tentang anggaran daerah", "--format", "json"])
    assert isinstance(result.exception, (KeyboardInterrupt, SystemExit))
    monkeypatch.setattr(index, "_all_grams", grams)
    resumed = invoke("find", "Kalimat nomor 3 tentang anggaran daerah", "--format", "json").stdout
    monkeypatch.setenv(index.CACHE_ENV, str(project.parent / "fresh-cache"))
    assert invoke("find", "Kalimat nomor 3 tentang anggaran daerah", "--format", "json").stdout == resumed
    assert '"id": "a3"' in resumed
    cached = sorted(p.name for p in (project / ".factcheck").iterdir())
    assert all(name == ".gitignore" or name.startswith("index-") for name in cached), cached


def interrupt(monkeypatch) -> None:
    """Make the next atomic write fail after its temporary file is written, as Ctrl-C would."""
    def fail(fd):
        raise KeyboardInterrupt
    monkeypatch.setattr(atomic.os, "fsync", fail)


WRITERS = {
    "baseline": (["check", "--write-baseline", "claims/baseline.json"], "claims/baseline.json"),
    "report": (["check", "--format", "sarif:claims/report.sarif"], "claims/report.sarif"),
    "quotes": (["quotes", "s", "--format", "yaml", "--output", "claims/new.yaml", "--force"], "claims/new.yaml"),
    "sources add": (["sources", "add", "incoming.txt", "--id", "s", "--force"], "sources/s.md"),
    "init": (["init", "."], "factcheck.toml"),
}


@pytest.mark.parametrize("writer", WRITERS)
@pytest.mark.parametrize("existing", [True, False])
def test_an_interrupted_write_leaves_the_old_file_or_none(project, monkeypatch, writer, existing):
    args, target = WRITERS[writer]
    (project / "claims" / "c.yaml").write_text(CLAIMS, "utf-8")
    (project / "incoming.txt").write_text("“Kata baru,” ujarnya.\n", "utf-8")
    path = project / target
    if existing:
        path.write_text("the editor's own file\n", "utf-8")
    elif path.exists():
        path.unlink()
    before = tree(project)
    interrupt(monkeypatch)
    result = runner.invoke(app, args)
    assert isinstance(result.exception, (KeyboardInterrupt, SystemExit)), result.exception
    assert tree(project) == before  # the old file whole, or still none; no temporary file left


# every call that can create or change a file; only factcheck/atomic.py may make them, and
# checkrun.py appends to GitHub's job summary file (not a user's file)
_WRITE_CALL = re.compile(r"\.write_(text|bytes)\(|\bopen\([^)]*['\"][wax+]b?['\"]|os\.(replace|rename|link|fdopen)\(|"
                         r"\.(rename|touch|symlink_to|hardlink_to)\(|shutil\.(copy|move)|mkstemp\(")
_ALLOWED = {("files.py", None), ("commands/check.py", 'path.open("a"')}


def test_every_file_write_goes_through_the_atomic_writer():
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not _WRITE_CALL.search(line):
                continue
            if any(path.relative_to(PACKAGE).as_posix() == name and (snippet is None or snippet in line) for name, snippet in _ALLOWED):
                continue
            offenders.append(f"{path.relative_to(PACKAGE)}:{number}: {line.strip()}")
    assert offenders == []


@pytest.mark.skipif(not hasattr(signal, "SIGTERM") or sys.platform == "win32", reason="POSIX signals")
def test_sigterm_during_a_write_leaves_the_old_file(tmp_path):
    """CI cancels a job with SIGTERM: the command exits (143) and the write unwinds."""
    target = tmp_path / "baseline.json"
    target.write_text("old\n", "utf-8")
    script = (
        "import signal, sys, time\n"
        "from pathlib import Path\n"
        "from factcheck import files as atomic, cli\n"
        "signal.signal(signal.SIGTERM, cli._exit_on_sigterm)  # as cli.main does\n"
        "def slow(fd):\n"
        "    print('writing', flush=True)\n"
        "    time.sleep(60)\n"
        "atomic.os.fsync = slow\n"
        "atomic.write_atomic(Path(sys.argv[1]), 'new\\n')\n"
    )
    process = subprocess.Popen([sys.executable, "-c", script, str(target)], stdout=subprocess.PIPE, text=True)
    assert process.stdout.readline() == "writing\n"
    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=30) == 128 + signal.SIGTERM
    assert target.read_text("utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["baseline.json"]


@pytest.mark.parametrize("args", [
    ["claims/c.yaml", "--format", "json:claims/c.yaml"],
    ["--format", "sarif:sources/report.sarif"],
    ["--format", "junit:sources/s.md"],
    ["--write-baseline", "sources/baseline.json"],
])
def test_reports_are_never_written_over_claims_or_into_sources(project, args):
    (project / "claims" / "c.yaml").write_text(CLAIMS, "utf-8")
    before = tree(project)
    result = invoke("check", *args)
    assert result.exit_code == 2 and "refusing to write a report or baseline over" in result.stderr
    assert tree(project) == before


@pytest.mark.parametrize("setting", ['claims = ["../elsewhere"]', 'claims = ["/etc/**/*.yaml"]',
                                     'format = ["json:../leak.json"]'])
def test_the_configuration_cannot_reach_outside_the_root(project, setting):
    (project / "claims" / "c.yaml").write_text(CLAIMS, "utf-8")
    (project / "factcheck.toml").write_text(setting + "\n", "utf-8")
    result = invoke("check")
    assert result.exit_code == 2 and "outside the project root" in result.stderr
    assert not (project.parent / "leak.json").exists()
    allowed = invoke("check", "--allow-outside-root")
    assert "outside the project root" not in allowed.stderr


def test_reports_inside_the_project_are_written(project):
    (project / "claims" / "c.yaml").write_text(CLAIMS, "utf-8")
    (project / "factcheck.toml").write_text('format = ["json:reports/out.json"]\n', "utf-8")
    assert invoke("check").exit_code == 1
    assert (project / "reports" / "out.json").read_text("utf-8").startswith("{")
