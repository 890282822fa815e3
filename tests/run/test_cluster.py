"""`factcheck check --scheduler`: claims checked on a Dask cluster (a small LocalCluster
over TCP, started by the test) whose workers read the sources from a PostgreSQL index; the
report is byte-identical to a serial run's."""

from __future__ import annotations

import json
import shutil

import pytest


from helpers import invoke
from test_pipeline import archive  # noqa: F401 (fixture: 12 sources, 24 claims naming none)



@pytest.fixture(scope="module")
def scheduler():
    distributed = pytest.importorskip("distributed", reason="Dask is not installed (pip install 'factcheck[dask]')")
    # two workers as threads of this process (so the test's settings reach them), talking TCP
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False, protocol="tcp",
                                  host="127.0.0.1", dashboard_address=None) as cluster:
        yield cluster.scheduler_address


def test_cluster_report_is_the_serial_report(archive, pg_url, scheduler, monkeypatch):  # noqa: F811
    monkeypatch.setenv("FACTCHECK_INDEX", pg_url)
    (archive / "claims" / "named.yaml").write_text(  # a claim naming its source, and a missing one
        "claims:\n  - id: n1\n    source: doc03\n    quote: kami warga\n"
        "  - id: n2\n    source: doc99\n    quote: kami warga desa\n", encoding="utf-8")
    serial = invoke("check", "--format", "json")
    assert serial.exit_code == 2, serial.output  # doc99 is an error
    assert scheduler.startswith("tcp://127.0.0.1:")
    shutil.move(archive / "sources", archive / "elsewhere")  # the workers have no copy: only the index
    spread = invoke("check", "--format", "json", "--scheduler", scheduler)
    assert spread.exit_code == 2, spread.output
    assert spread.stdout == serial.stdout
    statuses = [r["status"] for r in json.loads(spread.stdout)["results"]]
    assert statuses.count("fail") >= 8 and statuses.count("pass") >= 8 and statuses.count("error") == 1


def test_cluster_needs_a_server_index(archive, scheduler):  # noqa: F811
    result = invoke("check", "--scheduler", scheduler)
    assert result.exit_code == 2
    assert "--scheduler needs the sources in a PostgreSQL index" in result.stderr


def test_an_unreachable_scheduler_is_an_error(archive, pg_url, monkeypatch):  # noqa: F811
    pytest.importorskip("distributed")
    monkeypatch.setenv("FACTCHECK_INDEX", pg_url)
    monkeypatch.setattr("factcheck.run.cluster.CONNECT_SECONDS", 1)
    result = invoke("check", "--scheduler", "tcp://127.0.0.1:1")
    assert result.exit_code == 2
    assert "cannot reach the Dask scheduler tcp://127.0.0.1:1" in result.stderr
