"""Shared by the robustness tests: a small project as the working directory, and the
command line run as a user runs it."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from helpers import invoke

SOURCE = ("“Kami tidak hanya bekerja untuk hari ini,” ujar Andra Soni. Harga beras Rp20.000 "
          "pada Jumat (24/10/2025).\n\n\"We did it,\" she said.\n")


@pytest.fixture
def project(tmp_path, monkeypatch) -> Path:
    """claims/ and sources/ (one article, `s.md`) under a project root holding factcheck.toml,
    as the working directory."""
    root = tmp_path / "project"
    (root / "claims").mkdir(parents=True)
    (root / "sources").mkdir()
    (root / "sources" / "s.md").write_text(SOURCE, encoding="utf-8")
    (root / "factcheck.toml").write_text('sources = "sources"\n', encoding="utf-8")
    monkeypatch.chdir(root)
    return root


def check_json(*args: str) -> tuple[int, dict]:
    result = invoke("check", *args, "--format", "json")
    return result.exit_code, json.loads(result.stdout)


def tree(root: Path) -> dict[str, bytes]:
    """Every file below `root` with its bytes (symbolic links as their target)."""
    return {p.relative_to(root).as_posix(): (os.readlink(p).encode() if p.is_symlink() else p.read_bytes())
            for p in sorted(root.rglob("*")) if p.is_file() or p.is_symlink()}
