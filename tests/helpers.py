"""What tests share: the repository's root and the bundled example, the command line as a
user runs it, files written for a test, and claims and sources built in memory."""

from __future__ import annotations

import shutil
from pathlib import Path

from typer.testing import CliRunner, Result

from factcheck.cli import app
from factcheck.model import Claim
from factcheck.sources.library import read_source
from factcheck.speakers import speech
from factcheck.text.document import Source

ROOT = Path(__file__).resolve().parent.parent  # the repository
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
