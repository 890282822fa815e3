"""What tests share: the repository's root, the bundled example, the browser."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent  # the repository

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
