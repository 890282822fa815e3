"""Files in and out: every write whole or not at all, every read bounded, paths as reports show them.

Writing: the content goes to a temporary file in the target's own folder (so the final step
is a rename on one file system), is flushed to disk, and is then renamed over the target,
or, when an existing file must not be replaced, hard-linked to it (which fails if the target
appeared meanwhile). An interrupted write (an exception, Ctrl-C, a SIGTERM turned into an
exit by `factcheck.cli.main`) removes the temporary file; only a SIGKILL or a power cut can
leave one behind, named `.NAME.XXXXXXXX.tmp`, and never a half-written NAME.

Reading: size limits, UTF-8 or UTF-16, binary files refused.
"""

from __future__ import annotations

import codecs
import os
import stat
import tempfile
from pathlib import Path

from factcheck.trust import kind_of

# -- writing -------------------------------------------------------------------------------


def write_atomic(path: Path, content: bytes | str, *, replace: bool = True) -> None:
    """Write `content` (text is written as UTF-8 with LF line ends) to `path`, creating its
    folder. Without `replace`, an existing `path` is never touched: FileExistsError."""
    data = content.encode("utf-8") if isinstance(content, str) else content
    path.parent.mkdir(parents=True, exist_ok=True)
    if not replace and path.exists():
        raise FileExistsError(path)
    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.chmod(temp, _mode(path))
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        if replace:
            os.replace(temp, path)
            return
        try:
            os.link(temp, path)  # fails if the file appeared meanwhile: no overwrite race
        except FileExistsError:
            raise
        except OSError:  # no hard links on this file system
            if path.exists():
                raise FileExistsError(path) from None
            os.replace(temp, path)
    finally:
        if os.path.lexists(temp):
            os.unlink(temp)


def _mode(path: Path) -> int:
    """The replaced file's permissions, else what the umask allows (mkstemp's are 0600);
    never executable: factcheck writes data, and a report replacing a script must not run."""
    try:
        return path.lstat().st_mode & 0o666
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


# -- reading -------------------------------------------------------------------------------


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
        # opened without blocking, so a FIFO or a terminal is refused below instead of
        # waiting forever for a writer
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "rb") as handle:
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise TextError(shown, f"{what} must be a regular file, not {kind_of(info.st_mode)}")
            if info.st_size > limit:
                raise TextError(shown, f"{info.st_size:,} bytes is over the limit of {limit:,} bytes for {what}")
            # read in pieces up to one byte past the limit: the file may have grown since, or
            # not know its size (/proc), and one read of `limit` bytes would allocate all of it
            pieces, total = [], 0
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


def display_path(path: Path) -> str:
    """`path` relative to the working directory when it is below it, with forward slashes."""
    try:
        return Path(os.path.relpath(path)).as_posix()
    except ValueError:  # another drive on Windows
        return path.as_posix()


def real_path(path: Path) -> Path:
    """`path` absolute, with every symbolic link followed (as far as it exists)."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return Path(os.path.abspath(path))
