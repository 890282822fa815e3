"""Where this factcheck was installed from, so `init` can pin CI to the same commit.

pip records it in the installed distribution's `direct_url.json` (PEP 610): a git URL and
the commit it resolved to, or the local folder it was installed from (then the folder's git
checkout says which commit, and its `origin` remote where CI can fetch it). Until factcheck
has releases, a commit is the one pin that exists.
"""

from __future__ import annotations

import json
import re
import subprocess
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from urllib.parse import unquote, urlparse

PLACEHOLDER = "https://github.com/YOUR-ORG/factcheck"  # where CI cannot know the repository
_COMMIT = re.compile(r"[0-9a-f]{40}")
_SCP = re.compile(r"(?P<user>[\w.-]+)@(?P<host>[\w.-]+):(?P<path>[^/].*)")  # git@host:org/repo.git


@dataclass(frozen=True)
class Origin:
    repository: str | None  # a URL pip can install from in CI (https:// or ssh://)
    commit: str | None

    def pip_spec(self) -> str:
        """`git+URL@COMMIT`; the placeholder URL or `main` stand where either is unknown."""
        return f"git+{self.repository or PLACEHOLDER}@{self.commit or 'main'}"


def installed() -> Origin:
    """The origin of the installed factcheck, as far as pip and git know it."""
    try:
        record = metadata.distribution("factcheck").read_text("direct_url.json")
    except metadata.PackageNotFoundError:
        record = None
    try:
        return from_direct_url(json.loads(record) if record else {})
    except (ValueError, AttributeError, TypeError):
        return Origin(None, None)


def from_direct_url(record: dict, git=None) -> Origin:
    """The origin a PEP 610 record gives; `git(folder, *args)` asks a local checkout
    (default: the git command, when installed)."""
    git = git or _git
    url = record.get("url") or ""
    vcs = record.get("vcs_info") or {}
    if vcs.get("vcs") == "git" and _COMMIT.fullmatch(vcs.get("commit_id") or ""):
        return Origin(remote_url(url), vcs["commit_id"])
    if "dir_info" in record and url.startswith("file:"):
        folder = Path(unquote(urlparse(url).path))
        commit = git(folder, "rev-parse", "--verify", "--quiet", "HEAD^{commit}")
        remote = git(folder, "remote", "get-url", "origin")
        return Origin(remote_url(remote) if remote else None, commit if commit and _COMMIT.fullmatch(commit) else None)
    return Origin(None, None)


def remote_url(url: str) -> str | None:
    """`url` as pip's `git+` wants it, or None when CI could not reach it (a local path)."""
    scp = _SCP.fullmatch(url)
    if scp and "://" not in url:
        return f"ssh://{scp['user']}@{scp['host']}/{scp['path']}"
    return url if url.startswith(("https://", "http://", "ssh://")) else None


def _git(folder: Path, *args: str) -> str | None:
    try:
        done = subprocess.run(["git", "-C", str(folder), *args], capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout.strip() if done.returncode == 0 else None
