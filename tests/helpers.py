"""What tests share: the repository's root and the bundled example, the command line as a
user runs it, files written for a test, claims and sources built in memory, the browser, and
the documentation's anchors."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from typer.testing import CliRunner, Result

from factcheck.cli import app
from factcheck.model import Claim
from factcheck.sources.library import read_source
from factcheck.speakers import speech
from factcheck.text.document import Source

ROOT = Path(__file__).resolve().parent.parent  # the repository
DOC_PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]  # the documentation
runner = CliRunner()


def invoke(*args: str) -> Result:
    """Run `factcheck ARGS` as a user runs it. Whatever the input, it must end with an exit
    status of the contract (0, 1, 2) and no traceback."""
    result = runner.invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output
    assert result.exit_code in (0, 1, 2), result.output
    return result


def write(path: Path, text: str) -> Path:
    """`text` written to `path` (UTF-8), its folders made."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def example_project(root: Path, monkeypatch, *, claims: bool = False) -> Path:
    """The bundled example's sources (and its claims) copied under `root`, which becomes the
    working directory."""
    shutil.copytree(ROOT / "sources", root / "sources")
    if claims:
        shutil.copytree(ROOT / "claims", root / "claims")
    monkeypatch.chdir(root)
    return root


def claim(kind: str, fields: dict[str, str], **given) -> Claim:
    """A claim of `kind` with `fields`, as a claim file at c.yaml line 1 would give it, on
    every source; `given` sets any other field (file, line, sources, language, ignore …)."""
    return Claim(**{"file": "c.yaml", "line": 1, "column": 1, "id": "t", "kind": kind, "fields": fields,
                    "sources": (), "base_dir": Path("."), **given})


def source(text: str, source_id: str = "s", **given) -> Source:
    """A source in memory, as if read from `<source_id>.txt`; `given` sets any other field
    (meta, body_start …)."""
    return Source(source_id, Path(f"{source_id}.txt"), f"{source_id}.txt", text, **given)


def read(folder: Path, name: str, text: str) -> Source:
    """A source written to folder/name and read as `factcheck check` reads it."""
    return read_source(write(folder / name, text))


def speakers(text: str) -> list[str | None]:
    """The speaker (full mention) of each quotation of a source holding `text`, in order."""
    return [a.speaker.full if a.speaker else None for a in speech(source(text)).attributions]


# Headless Chromium for the HTML report's browser tests: Debian's package (.ci/run installs
# it), driven by playwright; never a browser playwright downloads itself.
CHROMIUM = Path(os.environ.get("FACTCHECK_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def browser_missing() -> str | None:
    """Why the browser tests cannot run here, or None when they can."""
    if not CHROMIUM.is_file():
        return f"needs Chromium at {CHROMIUM} (apt-get install chromium; .ci/run installs it)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "needs the playwright package (pip install -e '.[test]')"
    return None


def anchors(markdown_file: Path) -> set[str]:
    """The anchors of a Markdown file's headings, as MkDocs (Python-Markdown's toc) makes them."""
    from markdown.extensions.toc import slugify

    found, fenced = set(), False
    for line in markdown_file.read_text(encoding="utf-8").splitlines():
        if line.startswith("```"):
            fenced = not fenced
        elif not fenced and line.startswith("#"):
            found.add(slugify(line.lstrip("#").strip().replace("`", ""), "-"))
    return found


def broken_references(text: str) -> list[str]:
    """The `README.md#anchor` and `docs/PAGE.md#anchor` references in `text` that name a
    file or heading the repository does not have."""
    import re

    broken = []
    for path, anchor in re.findall(r"\b(README\.md|docs/[\w/-]+\.md)(?:#([\w-]+))?", text):
        target = ROOT / path
        if not target.is_file() or (anchor and anchor not in anchors(target)):
            broken.append(f"{path}#{anchor}" if anchor else path)
    return broken
