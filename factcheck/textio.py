"""Read text files safely: size limits, UTF-8 or UTF-16, binary files refused."""

from __future__ import annotations

import codecs
from pathlib import Path


class TextError(Exception):
    """A file that cannot be read as text; str() gives `file[:line]: message`."""

    def __init__(self, shown: str, message: str, line: int | None = None):
        super().__init__(f"{shown}:{line}: {message}" if line else f"{shown}: {message}")
        self.message = message
        self.line = line


def read_text(path: Path, shown: str, limit: int, what: str = "a file") -> str:
    """The text of `path`, which is shown as `shown` in messages; `what` names the kind of
    file whose size `limit` is."""
    return decode(read_limited(path, shown, limit, what), shown)


def read_limited(path: Path, shown: str, limit: int, what: str) -> bytes:
    """The bytes of `path`, refusing more than `limit` with a message naming the limit and
    `what` it is for ("a claim file")."""
    try:
        size = path.stat().st_size
        if size > limit:
            raise TextError(shown, f"{size:,} bytes is over the limit of {limit:,} bytes for {what}")
        # read in pieces up to one byte past the limit: the file may have grown since, or not
        # know its size (/proc), and one read of `limit` bytes would allocate all of it
        pieces, total = [], 0
        with path.open("rb") as handle:
            while total <= limit and (piece := handle.read(min(limit + 1 - total, 1 << 20))):
                pieces.append(piece)
                total += len(piece)
        data = b"".join(pieces)
    except OSError as exc:
        raise TextError(shown, f"cannot read: {exc.strerror or exc}") from None
    if len(data) > limit:
        raise TextError(shown, f"more than {limit:,} bytes: over the limit of {limit:,} bytes for {what}")
    return data


def decode(data: bytes, shown: str) -> str:
    """Text of a file in UTF-8 (with or without BOM) or UTF-16 with a BOM."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise TextError(shown, f"invalid UTF-16 at byte {exc.start}") from None
    if b"\x00" in data[:8192]:
        raise TextError(shown, "looks like a binary file (it contains NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise TextError(shown, f"not valid UTF-8 (byte 0x{data[exc.start]:02x}); save the file as UTF-8", line) from None
