"""What every reader shares: the `Document` it returns, `ReadError`, the text size limit."""

from __future__ import annotations

from dataclasses import KW_ONLY, dataclass, field

# A source's text is tokenized and indexed in memory, about 65 bytes per character: this
# bounds a run to about half a gigabyte per source (War and Peace is 3.2 million characters).
MAX_TEXT_CHARS = 8 * 1024 * 1024
TRANSCRIPTS = frozenset({"vtt", "srt", "transcript"})  # formats laid out as transcript lines


class ReadError(Exception):
    """A document that cannot be read; the message names the file (and line, if known)."""


@dataclass
class Document:
    """What a reader found: the text, where its body starts, and what it knows about it."""

    text: str
    format: str  # the reader's name, or the `format:` of Markdown front matter
    _: KW_ONLY
    body_start: int = 0
    meta: dict[str, str] = field(default_factory=dict)
    extracted: bool = False  # the text was converted from the file, not read as it is
    warnings: list[str] = field(default_factory=list)


def too_long() -> str:
    return f"over the limit of {MAX_TEXT_CHARS:,} characters for a source's text"
