"""Plain text and Markdown, read as they are (positions are the file's own).

UTF-8 (with or without BOM) and UTF-16 with a BOM are read silently. Anything else is
decoded with charset-normalizer's guess and a warning (S002): a legacy file saved by an
older Windows editor is still checked, but the editor is told to convert it.
"""

from __future__ import annotations

import re

from factcheck.sources.readers.base import MAX_TEXT_CHARS, TRANSCRIPTS, Document, ReadError, too_long
from factcheck.files import TextError
from factcheck.files import decode as decode_unicode
from factcheck.yamlstrict import YamlError, YMap, YScalar, load

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# Indonesian and English legacy files are nearly always Windows-1252; on short texts the
# detector often ranks another Latin code page first with no real evidence for it.
PREFERRED_LEGACY = "cp1252"
PREFERENCE_MARGIN = 0.1  # how much more "chaos" the preferred encoding may show


def read(data: bytes, fmt: str, shown: str) -> Document:
    """A text, Markdown or transcript-text document; Markdown front matter parsed."""
    text, warnings = decode(data, shown)
    document = Document(text, fmt, warnings=warnings)
    if fmt != "text":
        document.body_start, document.meta = front_matter(text, shown)
        declared = document.meta.get("format", "").strip().lower()
        if declared == "pdf" or declared in TRANSCRIPTS:
            document.format = declared  # converted by `sources add`: keep its layout
    return document


def decode(data: bytes, shown: str) -> tuple[str, list[str]]:
    """The text of `data` and any warning about how it was decoded."""
    try:
        return decode_unicode(data, shown), []
    except TextError as exc:
        refused = str(exc)
    if len(data) > MAX_TEXT_CHARS:  # a legacy code page has a byte a character: too long, and slow to guess
        raise ReadError(f"{refused}; {len(data):,} bytes in a legacy encoding: {too_long()}")
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data))
    if not matches:
        raise ReadError(refused)
    best, encoding = matches[0], matches[0].encoding
    for match in matches:
        if PREFERRED_LEGACY in match.could_be_from_charset and match.chaos <= best.chaos + PREFERENCE_MARGIN:
            best, encoding = match, PREFERRED_LEGACY  # (code pages decoding alike are listed together)
            break
    binary = b"\x00" in data[:8192]
    if binary and not encoding.startswith(("utf_16", "utf_32")):
        raise ReadError(refused)
    text = str(best)
    if _CONTROL.search(text.lstrip("\ufeff")):
        raise ReadError(refused)
    name = encoding.replace("_", "-")
    return text, [f"{shown}: not UTF-8; decoded as {name} (a guess): check the quotes and save the file as UTF-8"]


def front_matter(text: str, shown: str) -> tuple[int, dict[str, str]]:
    """Where the body starts after YAML front matter, and its scalar values."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return 0, {}
    try:
        node = load(m.group(1) or "", first_line=2)
    except YamlError as exc:
        raise ReadError(f"{shown}:{exc.line}:{exc.column}: front matter: {exc.message}") from None
    if node is not None and not isinstance(node, YMap):
        raise ReadError(f"{shown}:2: front matter must be a mapping of keys to values")
    meta = {k.value: v.value for k, v in (node.items if node else ()) if isinstance(v, YScalar)}
    return m.end(), meta
