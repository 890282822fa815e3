from pathlib import Path

import pytest

from factcheck.sources import Source, read_source

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def article() -> Source:
    """The bundled Indonesian example article."""
    return read_source(ROOT / "sources" / "banten-bengkulu.md")
