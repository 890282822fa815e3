import pytest

from factcheck.sources.library import read_source
from factcheck.text.document import Source

from helpers import ROOT


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
