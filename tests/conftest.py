import os

import pytest

from factcheck.sources.library import read_source
from factcheck.text.document import Source
from helpers import CHROMIUM, CHROMIUM_ARGS, ROOT, browser_missing


@pytest.fixture(scope="session")
def article() -> Source:
    """The bundled Indonesian example article."""
    return read_source(ROOT / "sources" / "banten-bengkulu.md")


@pytest.fixture(autouse=True)
def plain_environment(monkeypatch):
    """Tests see neither the CI they run in nor the developer's colour settings."""
    for name in ("GITHUB_ACTIONS", "GITHUB_STEP_SUMMARY", "NO_COLOR", "FORCE_COLOR", "CI"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("TERM", "xterm")


# Decided when the tests are collected, before plain_environment hides CI: in CI (.ci/run,
# which installs Chromium) a missing browser fails the browser tests instead of skipping them.
_BROWSER_MISSING = browser_missing()
_IN_CI = os.environ.get("CI") == "true"


@pytest.fixture(scope="session")
def browser():
    """A headless Chromium (Debian's), through playwright."""
    if _BROWSER_MISSING:
        if _IN_CI:
            pytest.fail(_BROWSER_MISSING)
        pytest.skip(_BROWSER_MISSING)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()
