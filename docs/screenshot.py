"""The picture of the HTML report in the README and the docs: the bundled misquote example
(examples/misquote.yaml) checked, its HTML report opened in headless Chromium, the top of
the page saved as a PNG.

    .venv/bin/python docs/screenshot.py [--output docs/img/misquote-report.png] [--chromium /usr/bin/chromium]

Needs Debian's chromium (apt-get install chromium) and the playwright package (a test
dependency); it never downloads a browser.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
WIDTH, HEIGHT = 1000, 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=ROOT / "docs" / "img" / "misquote-report.png")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    options = parser.parse_args()
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as folder:
        page_file = Path(folder) / "report.html"
        done = subprocess.run([sys.executable, "-m", "factcheck", "check", "examples/misquote.yaml",
                               "--isolated", "--format", f"html:{page_file}"], cwd=ROOT, capture_output=True, text=True)
        if done.returncode != 1 or not page_file.is_file():  # the example fails: it holds misquotes
            print(f"factcheck check examples/misquote.yaml: exit {done.returncode}\n{done.stderr}", file=sys.stderr)
            return 1
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=options.chromium, args=ARGS)
            page = browser.new_page(viewport={"width": WIDTH, "height": HEIGHT}, color_scheme="light")
            page.goto(page_file.as_uri())
            options.output.parent.mkdir(parents=True, exist_ok=True)
            first = page.locator("article.claim").first.bounding_box()  # the summary, filters, first claim
            page.screenshot(path=str(options.output),
                            clip={"x": 0, "y": 0, "width": WIDTH, "height": first["y"] + first["height"] + 16})
            browser.close()
    print(f"wrote {options.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
