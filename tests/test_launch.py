"""Fast start: `--version` and `--help` load nothing they do not need."""

from __future__ import annotations

import subprocess
import sys

import pytest

from factcheck import __version__

PROBE = """
import sys
sys.argv = ["factcheck", *sys.argv[1:]]
from factcheck.launch import main
try:
    main()
except SystemExit:
    pass
heavy = sorted({m.split(".")[0] for m in sys.modules} & {"rapidfuzz", "rich", "yaml", "sqlite3", "typer"})
loaded = sorted(m for m in sys.modules if m.startswith("factcheck."))
print("LOADED", heavy, loaded, file=sys.stderr)
"""


def probe(*args: str) -> tuple[str, str]:
    run = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True, check=True)
    return run.stdout, run.stderr.split("LOADED", 1)[1]


def test_version_imports_no_library():
    out, loaded = probe("--version")
    assert out == f"factcheck {__version__}\n"
    assert loaded.split("]")[0] == " ["  # none of the heavy libraries
    assert "factcheck.cli" not in loaded


@pytest.mark.parametrize("args", [["--help"], ["check", "--help"], ["find", "--help"]])
def test_help_loads_no_matcher_renderer_or_parser(args):
    out, loaded = probe(*args)
    assert "Usage: factcheck" in out
    assert "rapidfuzz" not in loaded and "rich" not in loaded and "yaml" not in loaded
    assert "factcheck.run.pipeline" not in loaded and "factcheck.sources.index" not in loaded


def test_python_dash_m_answers_version():
    run = subprocess.run([sys.executable, "-m", "factcheck", "--version"], capture_output=True, text=True)
    assert run.stdout == f"factcheck {__version__}\n" and run.returncode == 0
