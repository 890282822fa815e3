"""The trust boundary: which files factcheck may read and write, and how long it may spend.

Everything in the repository is untrusted: claim files, sources, the configuration file,
baselines, `.factcheck/`, and symbolic links among them may all come from a stranger's pull
request that CI checks out and runs factcheck on, often as root. Only the command line and
the environment (the CI owner's) may lift a rule. The rules, all enforced here:

- Every path is resolved once (symbolic links followed) and then used as resolved.
- A file read must be a regular file inside the project root: not a symbolic link leading
  out of it, not a device, FIFO or socket, nothing under /proc, /sys or /dev. A path named on
  the command line that lies outside the root is the caller's choice and is read; one
  inside the root that leads out through a link is not.
- A file written (reports, baselines, claims files, sources) goes inside the root unless
  the command line names a place outside it; never into `.git`, a virtual environment or
  another hidden tool folder (`.github`, `.venv`, `.husky`…), never through a symbolic link,
  never over a device, FIFO or folder, and a report or baseline never over a file factcheck
  did not write (`ours` recognises its own outputs). Nothing written is executable.
- Work on untrusted input runs under a wall-clock `deadline`, a last guard behind the
  limits that keep it bounded.
"""

from __future__ import annotations

import os
import signal
import stat
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ALLOW_OUTSIDE_ENV = "FACTCHECK_ALLOW_OUTSIDE_ROOT"  # "1": the CI owner lifts confinement of sources
SYSTEM_FOLDERS = ("/proc", "/sys", "/dev")  # their files are the system's, not documents
VENV_MARKERS = ("pyvenv.cfg", "conda-meta")  # a folder holding one of these is an environment
OWNED_SAMPLE = 64 * 1024  # bytes of an existing file read to tell whether factcheck wrote it


class Refused(Exception):
    """A path the trust boundary does not let factcheck read or write; the message says why."""


def allow_outside_from_environment() -> bool:
    """Whether the environment (the CI owner's) lifts the confinement of sources."""
    return os.environ.get(ALLOW_OUTSIDE_ENV, "").strip().lower() in ("1", "true", "yes")


def real(path: Path) -> Path:
    """`path` absolute with every symbolic link followed (as far as it exists)."""
    try:
        return Path(os.path.realpath(path))
    except (OSError, ValueError):
        return Path(os.path.abspath(path))


def _lexical(path: Path) -> Path:
    return Path(os.path.normpath(os.path.abspath(path)))


def _within(path: Path, folder: Path) -> bool:
    return path == folder or path.is_relative_to(folder)


def system_file(resolved: Path) -> bool:
    """Is `resolved` under /proc, /sys or /dev (where "files" are the running system)?"""
    return os.name == "posix" and any(_within(resolved, Path(folder)) for folder in SYSTEM_FOLDERS)


def kind_of(mode: int) -> str:
    """What a non-regular file is, in words."""
    for test, name in ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a FIFO (named pipe)"),
                       (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
                       (stat.S_ISSOCK, "a socket"), (stat.S_ISLNK, "a symbolic link")):
        if test(mode):
            return name
    return "not a regular file"


@dataclass(frozen=True)
class Boundary:
    """The project root (resolved) and what the command line or environment allows beyond it."""

    root: Path
    trusted: tuple[Path, ...] = ()  # folders the command line named (a --sources outside the root)
    allow_outside: bool = False  # files may be read anywhere (--allow-outside-root, or the environment); never written

    @classmethod
    def at(cls, root: Path, trusted: tuple[Path, ...] = (), allow_outside: bool = False) -> Boundary:
        return cls(real(root), tuple(real(t) for t in trusted), allow_outside)

    def inside(self, resolved: Path) -> bool:
        """Is the resolved path inside the root or a folder the command line named?"""
        return any(_within(resolved, folder) for folder in (self.root, *self.trusted))

    def check_place(self, path: Path, what: str, by_user: bool = False, resolved: Path | None = None) -> None:
        """Refuse `path` (`resolved`: as its links lead) unless it is inside the root, or the
        command line (`by_user`) named a place outside it; raises Refused."""
        resolved = resolved or real(path)
        if self.inside(resolved):
            return
        if by_user and not self.inside(_lexical(path)):
            return  # the command line named a place outside the project (links there are not the repository's)
        through = " through a symbolic link" if _lexical(path) != resolved else ""
        raise Refused(f"{path.as_posix()}: {what} leads{through} to {resolved.as_posix()}, outside the project "
                      f"root {self.root.as_posix()}")

    def readable(self, path: Path, what: str = "a file", by_user: bool = False) -> Path:
        """The resolved path of a regular file factcheck may read; raises Refused.
        `by_user`: the command line named it (so a place outside the root is allowed)."""
        resolved = real(path)
        if system_file(resolved):
            raise Refused(f"{path.as_posix()}: {what} cannot be {resolved.as_posix()}, a file of the running system")
        if not self.allow_outside:
            self.check_place(path, what, by_user, resolved)
        try:
            mode = os.stat(resolved).st_mode
        except OSError:
            return resolved  # missing: the caller says so in its own words
        if not stat.S_ISREG(mode):
            raise Refused(f"{path.as_posix()}: {what} must be a regular file, not {kind_of(mode)}")
        return resolved

    def writable(self, path: Path, what: str = "a report", by_user: bool = False,
                 ours: Callable[[bytes, bytes], bool] | None = None) -> Path:
        """The path to write `path` at: its folder resolved, its name kept; raises Refused.

        `ours(head, tail)` tells whether an existing file's first and last bytes are an output
        of factcheck; when given, no other file (save an empty one) is replaced."""
        parent = real(path.parent)
        target = parent / path.name
        if path.name in ("", ".", "..") or system_file(target):
            raise Refused(f"{path.as_posix()}: factcheck does not write {what} there")
        self.check_place(path, what, by_user, target)
        folder = self._tool_folder(target)
        if folder is not None:
            raise Refused(f"{path.as_posix()}: refusing to write {what} into {folder}")
        try:
            info = os.lstat(target)
        except FileNotFoundError:
            return target
        except OSError as exc:
            raise Refused(f"{path.as_posix()}: cannot write {what}: {exc.strerror or exc}") from None
        if stat.S_ISLNK(info.st_mode):
            raise Refused(f"{path.as_posix()}: is a symbolic link; factcheck does not write {what} through one")
        if not stat.S_ISREG(info.st_mode):
            raise Refused(f"{path.as_posix()}: is {kind_of(info.st_mode)}; factcheck writes {what} only to a "
                          "regular file")
        if ours is not None and (info.st_size or info.st_mode & 0o111) and not ours(*_sample(target, info.st_size)):
            raise Refused(f"{path.as_posix()}: exists and is not a factcheck output; refusing to replace it with "
                          f"{what} (remove it, or choose another path)")
        return target

    def _tool_folder(self, target: Path) -> str | None:
        """The `.git`, virtual environment or hidden folder `target` would be in, if any."""
        parts = target.parts
        if ".git" in parts[:-1]:
            return "a .git folder"
        if not _within(target, self.root):
            return None  # a place the command line chose outside the project
        relative = target.relative_to(self.root).parts[:-1]
        folder = self.root
        for part in relative:
            folder = folder / part
            if part.startswith("."):
                return f"the hidden folder {folder.relative_to(self.root).as_posix()}/ (tools keep their files there)"
            if any((folder / marker).exists() for marker in VENV_MARKERS):
                return f"the virtual environment {folder.relative_to(self.root).as_posix()}/"
        return None


def _sample(path: Path, size: int) -> tuple[bytes, bytes]:
    """The first and last OWNED_SAMPLE bytes of a regular file (never blocking)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return b"", b""
    try:
        head = os.read(fd, OWNED_SAMPLE)
        tail = head
        if size > OWNED_SAMPLE:
            os.lseek(fd, max(0, size - OWNED_SAMPLE), os.SEEK_SET)
            tail = os.read(fd, OWNED_SAMPLE)
        return head, tail
    finally:
        os.close(fd)


# -- time ------------------------------------------------------------------------------------


class OutOfTime(BaseException):
    """Raised inside work that ran past its `deadline`. A BaseException, so that no
    `except Exception` on the way turns it into another error."""


@contextmanager
def deadline(seconds: float | None) -> Iterator[None]:
    """Run the body for at most `seconds` of wall-clock time, then raise OutOfTime in it.

    A last guard: limits keep the work bounded, this catches what they miss. It needs a
    POSIX interval timer and the main thread (where factcheck and its worker processes do
    their work); elsewhere, or with no `seconds`, the body runs unguarded."""
    if not seconds or not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread() \
            or signal.getitimer(signal.ITIMER_REAL)[0]:  # already under a deadline: that one holds
        yield
        return
    running = True

    def expire(signum, frame) -> None:
        if running:
            raise OutOfTime()

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        running = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


# -- processes -------------------------------------------------------------------------------


def die_with_parent() -> None:
    """Make this (worker) process end when the process that started it does, even by kill -9:
    a worker must not run on, orphaned, after its run was stopped."""
    parent = os.getppid()
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(1, signal.SIGKILL, 0, 0, 0) == 0:  # PR_SET_PDEATHSIG (Linux)
            if os.getppid() != parent:  # the parent died before the request took effect
                os._exit(1)
            return
    except (OSError, AttributeError):
        pass

    def watch() -> None:  # elsewhere: notice being orphaned within a second
        import time

        while os.getppid() == parent:
            time.sleep(1)
        os._exit(1)

    threading.Thread(target=watch, name="factcheck-parent-watch", daemon=True).start()
