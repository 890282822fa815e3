"""`factcheck sources add PATH|URL`: a document made into `sources/<id>.md`.

The Markdown file holds the document's text as `factcheck.sources.readers` extracts it, under front
matter recording where it came from (title, url, outlet, published, retrieved, format, and
the sha256 of the original bytes), so later checks need neither the network nor the
original file. Nothing is overwritten without `force`, and the file appears whole or not
at all (written to a temporary file in the same folder, then linked or renamed into place).

This is the only place factcheck uses the network: http and https only (redirects too),
with a timeout, a size cap and the content type checked.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from factcheck import __version__

from factcheck import files as atomic
from factcheck.sources.readers import FORMATS, READERS, ReadError, format_for, read
from factcheck.files import display_path
from factcheck.sources.library import MAX_SOURCE_BYTES, SourceError, read_bytes, read_source

TIMEOUT = 20.0  # seconds, for the whole download
MAX_DOWNLOAD_BYTES = 32 * 1024 * 1024
CHUNK = 64 * 1024
CONTENT_TYPES = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "application/pdf": "pdf",
    "text/vtt": "vtt",
    "application/x-subrip": "srt",
    "text/srt": "srt",
    "text/plain": "text",
    "text/markdown": "markdown",
    "text/x-markdown": "markdown",
}
UNTYPED = ("application/octet-stream", "binary/octet-stream")  # decided by extension or content
META_ORDER = ("title", "author", "outlet", "published", "url", "file", "retrieved", "format", "pages", "sha256")
_ID = re.compile(r"[^\W_][\w.-]{0,119}")


class IngestError(Exception):
    """Why a document could not be added; the message is for the user."""


@dataclass(frozen=True, kw_only=True)
class Added:
    path: Path  # the Markdown file written
    id: str
    format: str
    sha256: str  # of the written file: what a claim's `sha256:` pins
    words: int
    warnings: tuple[str, ...]


@dataclass(frozen=True)
class Fetched:
    data: bytes
    url: str  # after redirects
    content_type: str | None
    charset: str | None


def add(target: str, folder: Path, source_id: str | None = None, fmt: str | None = None, force: bool = False,
        timeout: float = TIMEOUT, max_bytes: int | None = None) -> Added:
    """Convert the file or URL `target` into `folder/<id>.md`; raises IngestError."""
    if fmt is not None and fmt not in READERS:
        raise IngestError(f"unknown format {fmt!r} (known: {', '.join(READERS)})")
    meta: dict[str, str] = {}
    original: Path | None = None  # a local file, which may stay beside its conversion
    if "://" in target:
        fetched = fetch(target, timeout, max_bytes)
        data, charset, shown = fetched.data, fetched.charset, fetched.url
        fmt = fmt or _format_of_download(fetched)
        name = urllib.parse.urlsplit(fetched.url).path.rstrip("/").rsplit("/", 1)[-1]
        stem = name.rsplit(".", 1)[0] if format_for(name) else name
        stem = stem or urllib.parse.urlsplit(fetched.url).hostname or ""
        meta["url"] = fetched.url
    else:
        original = path = Path(target)
        if not path.is_file():
            raise IngestError(f"{target}: no such file")
        shown, charset, stem = display_path(path), None, path.stem
        fmt = fmt or format_for(path.name)
        if fmt is None:
            raise IngestError(f"{shown}: unknown format {path.suffix or '(no extension)'!r}; "
                              f"give one with --format ({', '.join(READERS)})")
        try:
            data = read_bytes(path, shown, MAX_SOURCE_BYTES)
        except SourceError as exc:
            raise IngestError(exc.message) from None
        meta["file"] = path.name
    try:
        document = read(data, fmt, shown, charset)
    except ReadError as exc:
        raise IngestError(str(exc)) from None

    source_id = source_id if source_id is not None else slug(stem)
    if not _ID.fullmatch(source_id):
        raise IngestError(f"{source_id!r} cannot be a source id: use letters, digits, '.', '-' and '_', "
                          f"starting with a letter or digit")
    folder.mkdir(parents=True, exist_ok=True)
    target_path = folder / f"{source_id}.md"
    _check_id_free(folder, source_id, target_path, original, force)

    record = {"retrieved": dt.datetime.now(dt.timezone.utc).date().isoformat(), "sha256": hashlib.sha256(data).hexdigest()}
    if fmt == "markdown":  # a file converted before keeps its record of the original
        record.update({key: document.meta[key] for key in record if key in document.meta})
    # what the document says about itself, then where it came from
    meta = document.meta | meta | record | {"format": document.format if fmt == "markdown" else fmt}
    body = document.text[document.body_start:]
    content = (front_matter(meta) + body.lstrip("\n")).encode("utf-8")
    write_atomic(target_path, content, force)
    written = read_source(target_path, source_id)
    return Added(path=target_path, id=source_id, format=meta["format"], sha256=written.sha256, words=len(written.words),
                 warnings=tuple(document.warnings))


def slug(name: str) -> str:
    """A source id from a file name or URL segment: "Siaran Pers (final).PDF" → "siaran-pers-final"."""
    text = re.sub(r"[^\w.]+", "-", urllib.parse.unquote(name).lower()).strip("-._")
    return re.sub(r"-{2,}", "-", text)[:80].strip("-._") or "source"


def front_matter(meta: dict[str, str]) -> str:
    """YAML front matter, every value a double-quoted string (JSON strings are valid YAML)."""
    keys = [k for k in META_ORDER if k in meta] + sorted(k for k in meta if k not in META_ORDER)
    lines = [f"{key}: {json.dumps(meta[key], ensure_ascii=False)}" for key in keys]
    return "---\n" + "\n".join(lines) + "\n---\n"


def _check_id_free(folder: Path, source_id: str, target_path: Path, original: Path | None, force: bool) -> None:
    if target_path.exists() and not force:
        raise IngestError(f"{display_path(target_path)} already exists; use --force to replace it "
                          f"or --id to choose another id")
    for suffix in FORMATS:
        other = folder / f"{source_id}{suffix}"
        if other == target_path or not other.exists():
            continue
        if original is not None and other.resolve() == original.resolve():
            continue  # the original, kept beside its conversion: the .md is found first
        raise IngestError(f"{display_path(other)} already has the id {source_id!r}; choose another with --id")


def write_atomic(path: Path, content: bytes, replace: bool) -> None:
    """Write `path` whole or not at all; without `replace`, never over an existing file."""
    try:
        atomic.write_atomic(path, content, replace=replace)
    except FileExistsError:
        raise IngestError(f"{display_path(path)} already exists; use --force to replace it") from None


# -- fetching ---------------------------------------------------------------------------------
class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        if urllib.parse.urlsplit(newurl).scheme.lower() not in ("http", "https"):
            raise IngestError(f"refused a redirect to {newurl}: only http and https are fetched")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def fetch(url: str, timeout: float = TIMEOUT, max_bytes: int | None = None) -> Fetched:
    """Download `url` (http or https) within `timeout` seconds and `max_bytes` bytes."""
    max_bytes = max_bytes or MAX_DOWNLOAD_BYTES
    parts = urllib.parse.urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise IngestError(f"{url}: only http and https URLs are fetched")
    opener = urllib.request.build_opener(_HttpOnlyRedirects)
    request = urllib.request.Request(url, headers={
        "User-Agent": f"factcheck/{__version__} (sources add)",
        "Accept": "text/html,application/xhtml+xml,application/pdf,text/vtt,application/x-subrip,text/plain;q=0.8",
    })
    deadline = time.monotonic() + timeout
    try:
        with opener.open(request, timeout=timeout) as response:
            header = response.headers.get("Content-Type")
            content_type = response.headers.get_content_type() if header else None
            if content_type and content_type not in CONTENT_TYPES and content_type not in UNTYPED:
                raise IngestError(f"{url}: unsupported content type {content_type!r} "
                                  f"(expected HTML, PDF, WebVTT, SRT or text)")
            length = response.headers.get("Content-Length", "")
            if length.isdigit() and int(length) > max_bytes:
                raise IngestError(f"{url}: {int(length):,} bytes is over the limit of {max_bytes:,} bytes")
            chunks, size = [], 0
            while chunk := response.read(CHUNK):
                size += len(chunk)
                if size > max_bytes:
                    raise IngestError(f"{url}: more than {max_bytes:,} bytes; over the limit")
                if time.monotonic() > deadline:
                    raise IngestError(f"{url}: timed out after {timeout:g} seconds")
                chunks.append(chunk)
            return Fetched(b"".join(chunks), response.geturl(), content_type, response.headers.get_content_charset())
    except urllib.error.HTTPError as exc:
        raise IngestError(f"{url}: HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        raise IngestError(f"{url}: cannot fetch: {exc.reason}") from None
    except TimeoutError:
        raise IngestError(f"{url}: timed out after {timeout:g} seconds") from None
    except OSError as exc:
        raise IngestError(f"{url}: cannot fetch: {exc.strerror or exc}") from None


def _format_of_download(fetched: Fetched) -> str:
    """The reader for a download: its content type, else its URL's extension, else its bytes."""
    if fetched.content_type in CONTENT_TYPES:
        return CONTENT_TYPES[fetched.content_type]
    by_name = format_for(urllib.parse.urlsplit(fetched.url).path)
    if by_name:
        return by_name
    head = fetched.data[:2048].lstrip()
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.lstrip(b"\xef\xbb\xbf").startswith(b"WEBVTT"):
        return "vtt"
    if b"<html" in head.lower() or head.lower().startswith(b"<!doctype html"):
        return "html"
    raise IngestError(f"{fetched.url}: cannot tell the document's format; give one with --format")
