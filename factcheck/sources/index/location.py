"""Where an index lives, as the configuration names it, and how messages show it.

`index = "postgresql://user:password@host:5432/db"` (or `FACTCHECK_INDEX`) names a shared
server; nothing names the embedded SQLite index under `.factcheck/`. A password, in the URL
or as its `password=` parameter, is never shown: `redacted` is what every message, status
line and report prints.
"""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

ENV = "FACTCHECK_INDEX"
SCHEMES = ("postgresql", "postgres")


class IndexUnavailable(Exception):
    """The configured index cannot be used (server unreachable, refused, of another
    version); the message names it without its password."""


def is_server(url: str | None) -> bool:
    """Whether `url` names a PostgreSQL index (rather than the embedded default)."""
    return bool(url) and urlsplit(url).scheme in SCHEMES


def check(url: str) -> str:
    """`url` if it can name an index; raises ValueError saying what is wrong (without the
    password)."""
    parts = urlsplit(url)
    if parts.scheme not in SCHEMES:
        raise ValueError(f"must be a postgresql://USER@HOST:PORT/DATABASE URL, not {redacted(url)!r}")
    return url


def redacted(url: str) -> str:
    """`url` with any password replaced by `***` (userinfo and the `password` parameter)."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "(an index URL that cannot be parsed)"
    netloc = parts.netloc
    if "@" in netloc:
        userinfo, host = netloc.rsplit("@", 1)
        user, has_password, _ = userinfo.partition(":")
        netloc = f"{user}:***@{host}" if has_password else f"{user}@{host}"
    query = urlencode([(k, "***" if k.lower() == "password" else v) for k, v in parse_qsl(parts.query)], safe="*")
    return urlunsplit((parts.scheme, netloc, parts.path, query, ""))
