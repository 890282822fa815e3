"""What tests share: the repository's root, and sources made of a few lines of text."""

from __future__ import annotations

from pathlib import Path

from factcheck.speakers import speech
from factcheck.text.document import Source

ROOT = Path(__file__).resolve().parent.parent  # the repository


def source(text: str, language: str = "") -> Source:
    """A plain-text source holding `text` (its language read from its words, or `language`)."""
    meta = {"language": language} if language else {}
    return Source("s", Path("s.txt"), "s.txt", text, meta=meta)


def speakers(text: str) -> list[str | None]:
    """The speaker (full mention) of each quotation of `text`, in order."""
    return [a.speaker.full if a.speaker else None for a in speech(source(text)).attributions]
