"""Faults of the machine, not of the input: a full disk, a folder that cannot be written, a
run killed with kill -9. The run goes on where it can (an index in memory, with a warning),
says what failed where it cannot (exit 2, nothing half-written), and leaves no process behind.

Real faults are made in child processes (a file size limit stands in for a full disk), so the
machine running the tests is never short of anything."""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import invoke, tree

from factcheck import files

posix = pytest.mark.skipif(os.name != "posix" or not hasattr(signal, "SIGXFSZ"), reason="POSIX limits")
ARTICLE = "“Kami siap membantu warga desa di seluruh provinsi,” kata Gubernur.\n"


def run_limited(args: list[str], cwd: Path, file_size: int, timeout: float = 120) -> subprocess.CompletedProcess:
    """`factcheck ARGS` in a child whose files cannot grow past `file_size` bytes (as on a full
    disk: writes fail with EFBIG instead of ENOSPC)."""
    script = ("import resource, signal, sys\n"
              "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
              f"resource.setrlimit(resource.RLIMIT_FSIZE, ({file_size}, {file_size}))\n"
              "from factcheck.cli import main\n"
              "sys.argv = ['factcheck', *sys.argv[1:]]\n"
              "main()\n")
    return subprocess.run([sys.executable, "-c", script, *args], cwd=cwd, capture_output=True, text=True,
                          timeout=timeout)


def test_sources_add_into_a_file_named_as_the_folder(project):
    (project / "incoming.txt").write_text(ARTICLE, "utf-8")
    (project / "not-a-folder").write_text("x", "utf-8")
    result = invoke("sources", "add", "incoming.txt", "--sources", "not-a-folder")
    assert result.exit_code == 2 and "not-a-folder: not a folder" in result.stderr


@pytest.mark.parametrize("error", [errno.EROFS, errno.ENOSPC, errno.EACCES])
def test_sources_add_reports_a_failed_write(project, monkeypatch, error):
    (project / "incoming.txt").write_text(ARTICLE, "utf-8")
    before = tree(project)

    def fail(*args, **kwargs):
        raise OSError(error, os.strerror(error))

    monkeypatch.setattr(files.os, "fsync", fail)
    result = invoke("sources", "add", "incoming.txt")
    assert result.exit_code == 2
    assert f"sources/incoming.md: cannot write the source: {os.strerror(error)}" in result.stderr
    assert tree(project) == before  # nothing half-written


@posix
def test_sources_add_on_a_full_disk(project):
    (project / "big.txt").write_text(ARTICLE * 3000, "utf-8")
    done = run_limited(["sources", "add", "big.txt"], project, 64 * 1024)
    assert done.returncode == 2 and "cannot write the source" in done.stderr and "Traceback" not in done.stderr
    assert [p.name for p in (project / "sources").iterdir()] == ["s.md"]


@posix
def test_a_full_disk_during_the_index_write_leaves_the_run_going(project):
    for n in range(120):  # an archive: claims naming no source go through the index
        (project / "sources" / f"a{n:03d}.md").write_text(f"“Kalimat nomor {n} tentang anggaran daerah yang "
                                                          f"dibahas hari ini,” ujarnya.\n" * 40, "utf-8")
    (project / "claims" / "c.yaml").write_text(
        'claims:\n  - quote: "Kalimat nomor 7 tentang anggaran daerah yang dibahas hari ini"\n', "utf-8")
    for args in (["check", "--format", "concise"], ["find", "Kalimat nomor 7 tentang anggaran daerah"]):
        done = run_limited(args, project, 48 * 1024)
        assert done.returncode == 0, (args, done.stderr)
        assert "warning: cannot update the index" in done.stderr or "warning: cannot use the index" in done.stderr
        assert "using an index in memory for this run" in done.stderr and "Traceback" not in done.stderr
    assert "a007" in done.stdout


@posix
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc to find the workers")
def test_kill_9_during_an_index_build_leaves_no_worker_running(tmp_path):
    """The index reads a large batch of new sources in one process per core; killing the run
    must not leave them running, orphaned."""
    from factcheck.sources.index import PARALLEL_FROM

    sources = tmp_path / "sources"
    sources.mkdir()
    for n in range(PARALLEL_FROM + 60):
        (sources / f"d{n:03d}.md").write_text(f"Dokumen {n} tentang anggaran daerah. " * 3000, "utf-8")
    run = subprocess.Popen([sys.executable, "-m", "factcheck", "find", "anggaran daerah nomor"], cwd=tmp_path,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                           env={**os.environ, "FACTCHECK_CACHE_DIR": str(tmp_path / "cache")})
    try:
        workers: list[int] = []
        for _ in range(600):  # until the pool has started (or the run ended: the test proves nothing then)
            workers = children(run.pid)
            if workers or run.poll() is not None:
                break
            time.sleep(0.05)
        if not workers:
            pytest.skip("the run ended before its workers could be seen")
        os.kill(run.pid, signal.SIGKILL)
        run.wait(timeout=30)
        for _ in range(200):
            alive = [pid for pid in workers if running(pid)]
            if not alive:
                break
            time.sleep(0.05)
        assert alive == [], "workers outlived their run"
    finally:
        if run.poll() is None:
            run.kill()
        for pid in [pid for pid in locals().get("workers", []) if running(pid)]:
            os.kill(pid, signal.SIGKILL)  # (only when the test fails: no process of the test left behind)


def children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


def running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_a_pdf_glyph_mapped_to_a_lone_surrogate(project, monkeypatch):
    """It crashed `--format json:PATH` and `sources add` (UnicodeEncodeError)."""
    from pypdf import PageObject

    from docmaker import make_pdf

    (project / "sources" / "r.pdf").write_bytes(make_pdf([["placeholder"]]))
    monkeypatch.setattr(PageObject, "extract_text", lambda self, *a, **k: "Kami siap \ud835 membantu warga desa")
    (project / "claims" / "c.yaml").write_text('source: r\nclaims:\n  - quote: "Kami siap membantu"\n', "utf-8")
    result = invoke("check", "--format", "json:out.json")
    assert result.exit_code in (0, 1) and "\ufffd" in (project / "out.json").read_text("utf-8")
    result = invoke("sources", "add", "sources/r.pdf", "--id", "r2")
    assert result.exit_code == 0, result.stderr
    assert "Kami siap \ufffd membantu" in (project / "sources" / "r2.md").read_text("utf-8")

