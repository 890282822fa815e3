"""The same inputs give byte-identical machine reports: whatever the hash seed of the
process, the order the file system lists the files in, or the number of --jobs."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from helpers import ROOT
FORMATS = ("json", "jsonl", "sarif", "junit", "gitlab", "markdown", "html", "concise")
STORIES = {
    "claims/a/story.yaml": ROOT / "claims" / "banten-bengkulu.yaml",
    "claims/b.yaml": 'source: banten-bengkulu\nclaims:\n  - id: misquote\n    speaker: Helmi Hasan\n'
                     '    quote: "Perhatian pemerintahnya hanya pada kewenangan provinsi"\n'
                     '  - id: figure\n    figure: Rp 25 ribu\n    context: beras ditebus\n'
                     '  - id: missing\n    quote: "x y"\n    source: nowhere\n',
    "claims/c.yml": "claims:\n  - quote: [unclosed\n",
    "claims/e.yaml": "source: banten-bengkulu\nclaims:\n" + "".join(  # enough claims for two --jobs workers
        f'  - quote: "Kita bisa saling berbagi hal positif {n}"\n' for n in range(16)),
    "claims/d.yaml": 'claims:\n  - id: any-source\n    quote: "Kita bisa saling berbagi hal positif"\n'
                     '    ignore: Q105\n    reason: test\n',
}


def make_project(root: Path, reverse: bool) -> Path:
    """The same files, created in one order or the other (so directory listings differ)."""
    items = sorted(STORIES.items(), reverse=reverse)
    sources = sorted((ROOT / "sources").iterdir(), reverse=reverse)
    (root / "sources").mkdir(parents=True)
    for source in sources:
        shutil.copy(source, root / "sources" / source.name)
    (root / "sources" / "zz-other.md").write_text("“Kita bisa saling berbagi,” kata Helmi.\n", "utf-8")
    for relative, content in items:
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content.read_text("utf-8") if isinstance(content, Path) else content, "utf-8")
    (root / "factcheck.toml").write_text('claims = ["claims"]\n', "utf-8")
    return root


def run(project: Path, seed: str, *options: str) -> dict[str, bytes]:
    """Every format of one `factcheck check` run, as bytes."""
    args = [sys.executable, "-m", "factcheck", "check", *options] + [f"--format={f}:out/{f}" for f in FORMATS]
    env = {**os.environ, "PYTHONHASHSEED": seed, "NO_COLOR": "1"}
    env.pop("GITHUB_ACTIONS", None)
    done = subprocess.run(args, cwd=project, env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 2, done.stderr  # a claim file is broken and a source missing
    assert "Traceback" not in done.stderr
    return {path.name: path.read_bytes() for path in sorted((project / "out").iterdir())}


def test_reports_are_byte_identical_across_runs_seeds_and_listing_orders(tmp_path):
    first = run(make_project(tmp_path / "one", reverse=False), "1")
    assert sorted(first) == sorted(FORMATS)
    again = run(tmp_path / "one", "2")
    other_order = run(make_project(tmp_path / "two", reverse=True), "3")
    in_parallel = run(tmp_path / "two", "4", "--jobs", "2")
    for name in first:
        assert again[name] == first[name], name
        assert other_order[name] == first[name], name
        assert in_parallel[name] == first[name], name
    json_report = first["json"].decode()
    assert str(tmp_path) not in json_report  # no absolute paths that would differ between checkouts
    assert json_report.index('"claims/a/story.yaml"') < json_report.index('"claims/b.yaml"') < \
        json_report.index('"claims/d.yaml"') < json_report.index('"errors"') < json_report.index('"claims/c.yml"')
