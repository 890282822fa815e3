"""Every file factcheck writes is written here: whole or not at all.

The content goes to a temporary file in the target's own folder (so the final step is a
rename on one file system), is flushed to disk, and is then renamed over the target, or,
when an existing file must not be replaced, hard-linked to it (which fails if the target
appeared meanwhile). An interrupted write (an exception, Ctrl-C, a SIGTERM turned into an
exit by `factcheck.cli.main`) removes the temporary file; only a SIGKILL or a power cut can
leave one behind, named `.NAME.XXXXXXXX.tmp`, and never a half-written NAME.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


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
    """The replaced file's permissions, else what the umask allows (mkstemp's are 0600)."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
