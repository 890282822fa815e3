"""`factcheck index update | status | init` as a user runs them, and `check`, `find` and
`draft` on a machine whose only copy of the sources is a PostgreSQL index (started by the
tests). A password in the index URL is never printed."""

from __future__ import annotations

import json
import shutil

import pytest

import factcheck.sources.index

from helpers import example_project, invoke
from pgserver import new_database

PASSWORD = "s3cret-Pa55"


@pytest.fixture
def project(tmp_path, monkeypatch):
    """The bundled example (sources and claims) plus ten filler sources, as the working
    directory, with the archive threshold lowered to ten sources."""
    monkeypatch.setattr(factcheck.sources.index, "ARCHIVE_MIN_SOURCES", 10)
    monkeypatch.delenv("FACTCHECK_CACHE_DIR", raising=False)
    example_project(tmp_path, monkeypatch, claims=True)
    for n in range(10):
        (tmp_path / "sources" / f"filler{n}.txt").write_text(f"Filler text number {n} about nothing much.\n")
    return tmp_path


def with_password(url: str) -> str:
    return url.replace("postgresql://postgres@", f"postgresql://postgres:{PASSWORD}@")


def test_update_and_status_of_the_embedded_index(project):
    result = invoke("index", "update")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("index .factcheck/index-") and "11 source files; 11 new contents indexed" \
        in result.stdout
    status = invoke("index", "status")
    assert status.exit_code == 0, status.output
    rows = dict(line.split(None, 1) for line in status.stdout.replace("last update", "last-update").splitlines())
    assert rows["backend"] == "SQLite (embedded)" and rows["files"] == "11" and rows["contents"] == "11 distinct"
    assert rows["last-update"].endswith("Z") and rows["texts"] == "read from the sources folder"
    again = invoke("index", "update")
    assert "0 new contents indexed" in again.stdout


def test_update_names_a_missing_folder(project):
    result = invoke("index", "update", "--sources", "nowhere")
    assert result.exit_code == 2 and "nowhere: no such folder" in result.stderr


def test_a_shared_index_serves_a_machine_without_the_sources(project, pg_url):
    (project / "factcheck.toml").write_text(f'index = "{with_password(pg_url)}"\n')
    outputs = []
    for args in (["index", "update"], ["index", "status"], ["config"]):
        result = invoke(*args)
        assert result.exit_code == 0, result.output
        outputs.append(result.output)
    assert "postgresql://postgres:***@127.0.0.1" in outputs[0]
    assert "PostgreSQL" in outputs[1] and "files        11" in outputs[1]
    assert "kept (machines without the sources folder can check)" in outputs[1]
    assert 'index = "postgresql://postgres:***@127.0.0.1' in outputs[2]
    here = invoke("check", "--format", "json")
    found_here = invoke("find", "beras seharga Rp70.000 bisa ditebus", "--format", "json")
    shutil.rmtree(project / "sources")  # the worker's machine: claims, and the index
    there = invoke("check", "--format", "json")
    assert there.exit_code == here.exit_code == 0, there.output
    assert there.stdout == here.stdout and json.loads(there.stdout)["summary"]["pass"] == 8
    found_there = invoke("find", "beras seharga Rp70.000 bisa ditebus", "--format", "json")
    assert found_there.stdout == found_here.stdout and json.loads(found_there.stdout)["results"]
    draft = project / "draft.md"
    draft.write_text("Andra Soni berkata, “Kami akan terus berupaya.”\n", encoding="utf-8")
    drafted = invoke("draft", "draft.md", "--format", "json")
    assert drafted.exit_code in (0, 1), drafted.output
    assert json.loads(drafted.stdout)["results"]
    every = outputs + [here.output, there.output, found_there.output, drafted.output]
    assert not any(PASSWORD in text for text in every)


def test_the_environment_names_the_index_over_the_file(project, pg_url, monkeypatch):
    (project / "factcheck.toml").write_text('index = "postgresql://nobody@127.0.0.1:1/none"\n')
    monkeypatch.setenv("FACTCHECK_INDEX", with_password(pg_url))
    shown = invoke("config")
    assert "# environment FACTCHECK_INDEX" in shown.stdout and PASSWORD not in shown.stdout
    assert invoke("index", "update").exit_code == 0


def test_an_unreachable_index_is_an_error_naming_it_without_the_password(project, pg_server):
    url = f"postgresql://editor:{PASSWORD}@127.0.0.1:{pg_server.port + 1}/archive"
    (project / "factcheck.toml").write_text(f'index = "{url}"\n')
    assert invoke("check").exit_code == 0  # claims naming their sources need no index
    (project / "claims" / "any.yaml").write_text('claims:\n  - id: a\n    quote: "Filler text number 3 about"\n')
    for args in (["index", "update"], ["index", "status"], ["check"], ["find", "beras seharga Rp70.000"]):
        result = invoke(*args)
        assert result.exit_code == 2, (args, result.output)
        assert "cannot open the index postgresql://editor:***@127.0.0.1:" in result.stderr
        assert PASSWORD not in result.output and "Traceback" not in result.output


def test_a_bad_index_setting_is_refused(project):
    (project / "factcheck.toml").write_text('index = "mysql://root:hunter2@db/x"\n')
    result = invoke("check")
    assert result.exit_code == 2
    assert "'index' must be a postgresql://" in result.stderr and "hunter2" not in result.stderr


def test_init_lays_out_a_sharded_index(project, pg_server, pg_server2):
    coordinator = new_database(pg_server)
    shards = [new_database(pg_server), new_database(pg_server2)]
    (project / "factcheck.toml").write_text(f'index = "{with_password(coordinator)}"\n')
    result = invoke("index", "init", "--shard", shards[0], "--shard", with_password(shards[1]))
    assert result.exit_code == 0, result.output
    assert "laid out with its postings in 2 shards" in result.stdout and PASSWORD not in result.stdout
    assert invoke("index", "update").exit_code == 0
    status = invoke("index", "status").stdout
    assert f"127.0.0.1:{pg_server2.port}/" in status and PASSWORD not in status
    serial = invoke("check", "--format", "json")
    shutil.rmtree(project / "sources")
    assert invoke("check", "--format", "json").stdout == serial.stdout
    again = invoke("index", "init", "--shard", shards[0], "--shard", shards[1])
    assert again.exit_code == 2 and "already holds an index" in again.stderr
