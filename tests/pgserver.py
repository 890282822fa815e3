"""Throwaway PostgreSQL servers for tests: initdb into a temporary folder, a free port on
127.0.0.1, fsync off; stopped (and the folder removed) at the end of the session.

PostgreSQL refuses to run as root: as root the server runs as the `postgres` user
(`runuser -u postgres`). Without the server's binaries (Debian: `apt-get install
postgresql`) or psycopg (`pip install 'factcheck[postgresql]'`) the tests using these
fixtures are skipped with the reason; under CI (`CI=true`, as `.ci/run` runs, which installs
the server) they fail instead.
"""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest


def _bindir() -> Path | None:
    found = shutil.which("pg_ctl")
    if found:
        return Path(os.path.realpath(found)).parent
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), key=lambda p: int(p.split("/")[4]))
    return Path(versions[-1]).parent if versions else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Server:
    """A running server; `url(db)` is a URL for database `db` as the superuser `postgres`."""

    folder: Path
    port: int
    bindir: Path
    as_postgres: list[str]

    def url(self, db: str = "postgres", user: str = "postgres", password: str | None = None) -> str:
        auth = f"{user}:{password}" if password else user
        return f"postgresql://{auth}@127.0.0.1:{self.port}/{db}"

    def sql(self, statement: str, db: str = "postgres") -> None:
        import psycopg

        with psycopg.connect(self.url(db), autocommit=True) as conn:
            conn.execute(statement)

    def stop(self) -> None:
        subprocess.run(self.as_postgres + [str(self.bindir / "pg_ctl"), "-D", str(self.folder / "data"), "-m",
                                           "immediate", "-w", "stop"], capture_output=True)
        shutil.rmtree(self.folder, ignore_errors=True)


def skip_reason() -> str | None:
    """Why the servers cannot be started here, or None."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return "psycopg is not installed (pip install 'factcheck[postgresql]')"
    if _bindir() is None:
        return "PostgreSQL server binaries not found (Debian: apt-get install postgresql)"
    if os.geteuid() == 0 and (shutil.which("runuser") is None or subprocess.run(
            ["id", "postgres"], capture_output=True).returncode != 0):
        return "running as root without a postgres user to run the server as"
    return None


def start() -> Server:
    """Start a server in a new temporary folder."""
    bindir = _bindir()
    assert bindir is not None
    folder = Path(tempfile.mkdtemp(prefix="factcheck-pg-"))
    as_postgres: list[str] = []
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
        as_postgres = ["runuser", "-u", "postgres", "--"]
    data = folder / "data"
    subprocess.run(as_postgres + [str(bindir / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust",
                                  "-E", "UTF8", "--locale=C", "--no-sync", "--no-instructions"],
                   check=True, capture_output=True)
    for attempt in itertools.count():
        port = _free_port()
        options = (f"-p {port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={folder} -c fsync=off "
                   "-c synchronous_commit=off -c full_page_writes=off -c max_connections=50 "
                   "-c shared_buffers=32MB")
        started = subprocess.run(as_postgres + [str(bindir / "pg_ctl"), "-D", str(data), "-o", options, "-l",
                                                str(folder / "log"), "-w", "-t", "60", "start"], capture_output=True)
        if started.returncode == 0:
            return Server(folder, port, bindir, as_postgres)
        if attempt == 2:  # the port was taken between choosing and binding it, three times
            log = (folder / "log").read_text(errors="replace")[-2000:] if (folder / "log").exists() else ""
            shutil.rmtree(folder, ignore_errors=True)
            raise RuntimeError(f"PostgreSQL did not start: {started.stderr.decode(errors='replace')} {log}")
    raise AssertionError("unreachable")


_databases = itertools.count()


def new_database(server: Server) -> str:
    """A fresh, empty database on `server`; its URL."""
    name = f"t{os.getpid()}_{next(_databases)}"
    server.sql(f"CREATE DATABASE {name}")
    return server.url(name)


_IN_CI = os.environ.get("CI") == "true"  # read at collection, before tests hide CI's variables


@pytest.fixture(scope="session")
def pg_server():
    reason = skip_reason()
    if reason:
        if _IN_CI:
            pytest.fail(reason)
        pytest.skip(reason)
    server = start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def pg_server2(pg_server):
    """A second server, for a shard on another server."""
    server = start()
    yield server
    server.stop()


@pytest.fixture
def pg_url(pg_server) -> str:
    """A fresh database on the test server."""
    return new_database(pg_server)
