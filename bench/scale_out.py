"""Benchmark: the source index beyond one machine — SQLite, PostgreSQL, PostgreSQL sharded
over two servers — and claims checked with --jobs 1, 2 and on a Dask cluster.

    .venv/bin/python bench/scale_out.py [--docs 4000 40000] [--claims 2000] [--queries 500]

For each archive size (generated as bench/archive.py does: ~6 KB documents of synthetic
prose with quotations) and each backend it prints: the cold build (a new index, every
document read), an update after one file changed, a refresh with nothing changed, the size
on disk, the query latency (p50/p95 of `SourceIndex.search` for a quote, over TCP for the
servers) and the recall (the quoted document among the candidates `check` aligns, for exact
and one-word-changed quotes; no candidate at all for absent ones). Then, on the first size,
`factcheck check` on `--claims` claims naming no source: --jobs 1 and 2 (SQLite), and with
`--scheduler` on a local Dask cluster of two worker processes reading the PostgreSQL index
with no copy of the sources; the verdicts must be identical.

The PostgreSQL servers are throwaway ones (tests/pgserver.py: initdb in a temporary folder,
fsync off), on this machine: the latencies are loopback TCP, not a network's.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench"), str(ROOT / "tests")]

from archive import make_claims, make_corpus  # noqa: E402

BUILD = """
import sys, time
from pathlib import Path
from factcheck.sources.index import SourceIndex
url = sys.argv[2] if len(sys.argv) > 2 else None
start = time.perf_counter()
stats = SourceIndex(Path(sys.argv[1]), url=url).refresh()
print(time.perf_counter() - start, stats.indexed)
"""


def refresh(corpus: Path, url: str | None, env: dict) -> float:
    """Seconds to bring the index up to date in a new process (as a CI job would)."""
    out = subprocess.run([sys.executable, "-c", BUILD, str(corpus)] + ([url] if url else []), env=env,
                         capture_output=True, text=True)
    if out.returncode:
        sys.exit(f"index update failed: {out.stderr[-3000:]}")
    return float(out.stdout.split()[0])


def queries(ids: list[str], texts: list[str], count: int, seed: int = 5) -> list[tuple[str, str | None]]:
    """(quote, the document it comes from or None): a third exact, a third with one word
    changed, a third absent."""
    rng = random.Random(seed)
    absent = [w + "x" for w in "".join(texts[:3]).split()[:5000]]
    out = []
    for q in range(count):
        n = rng.randint(8, 20)
        if q % 3 == 2:
            out.append((" ".join(rng.choice(absent) for _ in range(n)), None))
            continue
        d = rng.randrange(len(ids))
        words = texts[d].split("---\n")[-1].split()
        start = rng.randrange(len(words) - n)
        span = words[start : start + n]
        if q % 3 == 1:
            span[rng.randrange(1, n - 1)] = rng.choice(absent)
        out.append((" ".join(span), ids[d]))
    return out


def measure_queries(corpus: Path, url: str | None, asked: list[tuple[str, str | None]]) -> tuple[float, float, float, float]:
    """p50 and p95 milliseconds of a search, recall of present quotes, share of absent ones
    with no candidate."""
    from factcheck.sources.index import SourceIndex

    index = SourceIndex(corpus, url=url)
    for quote, _ in asked[:20]:  # warm: connection, prepared statements, caches
        index.candidates(quote)
    times, found, present, empty, absent = [], 0, 0, 0, 0
    for quote, source in asked:
        start = time.perf_counter()
        picked = index.candidates(quote)
        times.append(time.perf_counter() - start)
        if source is None:
            absent += 1
            empty += not picked
        else:
            present += 1
            found += source in (picked or [])
    index.close()
    times.sort()
    return (statistics.median(times) * 1000, times[int(len(times) * 0.95)] * 1000, found / present, empty / absent)


def size_of(corpus: Path, url: str | None, env: dict) -> tuple[int, int]:
    """Bytes on disk and postings, as `factcheck index status` reports them."""
    from factcheck.sources.index import SourceIndex

    index = SourceIndex(corpus, url=url)
    state = index.backend.status()
    index.close()
    return state.size_bytes, state.postings


def bench_backend(name: str, corpus: Path, url: str | None, env: dict, texts: list[str],
                  asked: list[tuple[str, str | None]]) -> dict:
    cold = refresh(corpus, url, env)
    time.sleep(2.1)  # files written in the last 2 s are re-hashed once: let them settle
    refresh(corpus, url, env)
    warm = refresh(corpus, url, env)
    first = sorted(corpus.iterdir())[0]
    original = first.read_bytes()
    first.write_bytes(original + b"\nOne more line for the update.\n")
    update = refresh(corpus, url, env)
    first.write_bytes(original)
    refresh(corpus, url, env)
    size, postings = size_of(corpus, url, env)
    p50, p95, recall, rejected = measure_queries(corpus, url, asked)
    return {"backend": name, "build": cold, "update": update, "warm": warm, "size": size, "postings": postings,
            "p50": p50, "p95": p95, "recall": recall, "absent": rejected}


def check_run(work: Path, args: list[str], env: dict) -> tuple[float, list]:
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-m", "factcheck", "check", "claims", "--sources", "corpus",
                          "--format", "json"] + args, cwd=work, env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if out.returncode not in (0, 1):
        sys.exit(f"factcheck check {' '.join(args)} failed ({out.returncode}): {out.stderr[-3000:]}")
    return seconds, json.loads(out.stdout)["results"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, nargs="+", default=[4000, 40000])
    parser.add_argument("--claims", type=int, default=2000, help="claims checked on the first size (0: none)")
    parser.add_argument("--queries", type=int, default=500)
    parser.add_argument("--backends", nargs="+", default=["sqlite", "postgresql", "sharded"])
    args = parser.parse_args()

    import pgserver

    reason = pgserver.skip_reason()
    if reason and args.backends != ["sqlite"]:
        sys.exit(f"cannot start PostgreSQL: {reason}")
    servers = [pgserver.start(), pgserver.start()] if args.backends != ["sqlite"] else []
    work = Path(tempfile.mkdtemp(prefix="factcheck-scale-"))
    env = dict(os.environ, FACTCHECK_CACHE_DIR=str(work / "cache"), PYTHONPATH=str(ROOT))
    env.pop("FACTCHECK_INDEX", None)
    os.environ["FACTCHECK_CACHE_DIR"] = env["FACTCHECK_CACHE_DIR"]
    rows = []
    try:
        for n, docs in enumerate(args.docs):
            corpus = work / f"corpus{docs}"
            ids, texts = make_corpus(corpus, docs, docs * 24.5 / 4000)
            mb = sum(p.stat().st_size for p in corpus.iterdir()) / 1e6
            print(f"{docs} documents, {mb:.1f} MB; {os.cpu_count()} cores", flush=True)
            asked = queries(ids, texts, args.queries)
            urls = {"sqlite": None}
            if "postgresql" in args.backends:
                urls["postgresql"] = pgserver.new_database(servers[0])
            if "sharded" in args.backends:
                from factcheck.sources.index.shards import init_sharded

                urls["sharded"] = pgserver.new_database(servers[0])
                init_sharded(urls["sharded"], [pgserver.new_database(servers[0]), pgserver.new_database(servers[1])])
            for name in args.backends:
                row = dict(bench_backend(name, corpus, urls[name], env, texts, asked), docs=docs)
                rows.append(row)
                print(f"  {name:<10} build {row['build']:7.1f} s  update {row['update'] * 1000:6.0f} ms  "
                      f"warm {row['warm'] * 1000:5.0f} ms  size {row['size'] / 1e6:7.1f} MB  "
                      f"postings {row['postings'] / 1e6:5.1f} M  query p50 {row['p50']:.2f} ms p95 {row['p95']:.2f} ms  "
                      f"recall {row['recall']:.1%}  absent without candidate {row['absent']:.1%}", flush=True)
            if n == 0 and "postgresql" in urls and args.claims:
                check_claims(work, corpus, ids, texts, args.claims, urls["postgresql"], env)
            shutil.rmtree(corpus)
        print("\n| documents | backend | build | update (1 file) | warm | size | postings | query p50 | p95 | recall | absent: no candidate |")
        print("|---|---|---|---|---|---|---|---|---|---|---|")
        for r in rows:
            print(f"| {r['docs']:,} | {r['backend']} | {r['build']:.1f} s | {r['update'] * 1000:.0f} ms | "
                  f"{r['warm'] * 1000:.0f} ms | {r['size'] / 1e6:.0f} MB | {r['postings'] / 1e6:.1f} M | "
                  f"{r['p50']:.2f} ms | {r['p95']:.2f} ms | {r['recall']:.1%} | {r['absent']:.1%} |")
    finally:
        for server in servers:
            server.stop()
        shutil.rmtree(work, ignore_errors=True)


def check_claims(work: Path, corpus: Path, ids: list[str], texts: list[str], count: int, url: str, env: dict) -> None:
    """`factcheck check` on `count` claims: --jobs 1 and 2 on the SQLite index, then on a
    Dask LocalCluster of two worker processes reading the PostgreSQL index (the sources
    folder moved away, so the workers cannot read it)."""
    from distributed import LocalCluster

    claims = work / "claims"
    shutil.rmtree(claims, ignore_errors=True)
    make_claims(claims, ids, texts, count)
    shutil.move(corpus, work / "corpus")
    try:
        runs = {}
        for jobs in (1, 2):
            runs[f"--jobs {jobs}"] = check_run(work, ["--jobs", str(jobs)], env)
        served = dict(env, FACTCHECK_INDEX=url)
        runs["PostgreSQL index, --jobs 1"] = check_run(work, [], served)
        with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                          host="127.0.0.1") as cluster:
            shutil.move(work / "corpus", work / "away")
            try:
                runs["Dask, 2 workers"] = check_run(work, ["--scheduler", cluster.scheduler_address], served)
            finally:
                shutil.move(work / "away", work / "corpus")
        reference = runs["--jobs 1"][1]
        for name, (seconds, results) in runs.items():
            same = "identical verdicts" if results == reference else "VERDICTS DIFFER"
            print(f"  check {count} claims, {name}: {seconds:.1f} s ({seconds / count * 1000:.2f} ms a claim), {same}",
                  flush=True)
    finally:
        shutil.move(work / "corpus", corpus)


if __name__ == "__main__":
    main()
