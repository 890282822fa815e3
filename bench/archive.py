"""Benchmark: checking quotes against a large archive, against the naive rapidfuzz baseline.

    .venv/bin/python bench/archive.py [--docs 4000] [--mb 25] [--claims 1000] [--baseline 20]

Generates (in a temporary folder, deleted afterwards) an archive of synthetic prose with
quotations, and quote claims naming no source: a third exact, a third slightly perturbed
(one word changed or dropped), a third absent. Then prints, with the issue's aims:

- index build time, cold (empty cache) and warm (nothing changed), and after one change;
- per claim: retrieval + alignment in-process, `factcheck check` end to end (1 and 2
  processes), and the baseline (rapidfuzz partial_ratio over every source, on a sample);
- recall of both (claim located in the source it came from) and absent quotes rejected
  (an exact quote may warn: a span of words picked at random can cross a quotation's edge);
- the time to locate a quote in a 1 MB source; peak memory of `factcheck check`;
- `factcheck --version` start time.

The per-claim and 1 MB figures are CPU time of this process (less disturbed by other work
on a shared machine); build, check and start times are wall-clock, with CPU time beside
them where it differs. On a busy machine expect noise of tens of percent.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SYLLABLES = ["ka", "ta", "ra", "ma", "na", "sa", "la", "pa", "ba", "da", "ga", "ja", "wa", "ya", "ha",
             "ke", "te", "re", "me", "ne", "se", "le", "pe", "be", "de", "ki", "ti", "ri", "mi", "ni",
             "si", "li", "pi", "bi", "di", "ko", "to", "ro", "mo", "no", "so", "lo", "ku", "tu", "ru",
             "mu", "nu", "su", "lu", "an", "in", "un", "ang", "ing", "ung", "er", "el", "em"]
VERBS = ["katanya", "ujarnya", "tuturnya", "kata dia", "he said", "she said", "ujar Andra", "said the minister"]


def vocabulary(rng: random.Random, size: int) -> list[str]:
    words = set()
    while len(words) < size:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.choice((1, 2, 2, 3, 3, 4)))))
    return sorted(words)


def make_corpus(folder: Path, docs: int, mb: float, seed: int = 1) -> tuple[list[str], list[str]]:
    """Write `docs` documents of about `mb` megabytes in all; returns (ids, texts)."""
    rng = random.Random(seed)
    vocab = vocabulary(rng, 30000)
    weights = [1 / (rank + 10) for rank in range(len(vocab))]  # Zipf-like
    cum, total = [], 0.0
    for w in weights:
        total += w
        cum.append(total)
    per_doc = int(mb * 1_000_000 / docs)
    words_per_doc = per_doc // 8  # words of about 7 characters and a space
    stream = rng.choices(vocab, cum_weights=cum, k=words_per_doc * docs)
    folder.mkdir(parents=True)
    ids, texts = [], []
    for d in range(docs):
        words = stream[d * words_per_doc : (d + 1) * words_per_doc]
        paragraphs, i = [], 0
        while i < len(words):
            n = rng.randint(25, 70)
            sentence = " ".join(words[i : i + n])
            sentence = sentence[0].upper() + sentence[1:]
            if rng.random() < 0.4:
                paragraphs.append(f"“{sentence},” {rng.choice(VERBS)}.")
            else:
                paragraphs.append(sentence + ".")
            i += n
        body = "\n\n".join(paragraphs) + "\n"
        source_id = f"doc{d:05d}"
        if d % 2:
            text = f"---\ntitle: Document {d}\nlanguage: id\n---\n{body}"
            (folder / f"{source_id}.md").write_text(text, encoding="utf-8")
        else:
            text = body
            (folder / f"{source_id}.txt").write_text(text, encoding="utf-8")
        ids.append(source_id)
        texts.append(text)
    return ids, texts


def make_claims(folder: Path, ids: list[str], texts: list[str], count: int, seed: int = 2) -> list[dict]:
    """Quote claims naming no source, in files of 100; returns what each should find."""
    rng = random.Random(seed)
    vocab = vocabulary(random.Random(99), 5000)
    expected = []
    for c in range(count):
        kind = ("exact", "perturbed", "absent")[c % 3]
        if kind == "absent":
            quote = " ".join(rng.choice(vocab) for _ in range(rng.randint(8, 20)))
            expected.append({"kind": kind, "quote": quote, "source": None})
            continue
        d = rng.randrange(len(ids))
        body = texts[d].split("---\n")[-1]
        words = body.split()
        n = rng.randint(8, 20)
        start = rng.randrange(0, len(words) - n)
        span = words[start : start + n]
        if kind == "perturbed":
            k = rng.randrange(1, n - 1)
            if rng.random() < 0.5:
                span[k] = rng.choice(vocab)
            else:
                del span[k]
        expected.append({"kind": kind, "quote": " ".join(span), "source": ids[d]})
    folder.mkdir(parents=True)
    for f in range(0, count, 100):
        lines = ["claims:"]
        for c in range(f, min(f + 100, count)):
            lines += [f"  - id: c{c:04d}", f"    quote: {json.dumps(expected[c]['quote'], ensure_ascii=False)}"]
        (folder / f"claims{f // 100:03d}.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return expected


def timed(fn, *args):
    start = time.perf_counter()
    result = fn(*args)
    return time.perf_counter() - start, result


# The peak RSS of a process: VmHWM where there is /proc (ru_maxrss survives exec on Linux, so
# a child of this big benchmark process would report the benchmark's own peak).
PEAK = """
import resource
def peak_kb():
    try:
        with open("/proc/self/status") as status:
            return int(next(line for line in status if line.startswith("VmHWM")).split()[1])
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
"""
BUILD = PEAK + """
import sys, time
from pathlib import Path
from factcheck.sources.index import SourceIndex
start = time.perf_counter()
stats = SourceIndex(Path(sys.argv[1])).refresh()
seconds = time.perf_counter() - start
own, workers = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
cpu = own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime
print(seconds, cpu, peak_kb() * 1024, stats.indexed)
"""


def build(corpus: Path, env: dict) -> tuple[float, float, int, int]:
    """Bring the index up to date in a new process: wall seconds (refresh only), CPU seconds
    of it and its workers, its peak RSS, contents indexed."""
    out = subprocess.run([sys.executable, "-c", BUILD, str(corpus)], env=env, capture_output=True, text=True,
                         check=True)
    seconds, cpu, rss, indexed = out.stdout.split()
    return float(seconds), float(cpu), int(rss), int(indexed)


def baseline(expected: list[dict], ids: list[str], texts: list[str], sample: int) -> tuple[float, float, int]:
    """CPU seconds per claim, recall on the sample's present quotes, sample size."""
    from rapidfuzz import fuzz

    chosen = [e for e in expected if e["kind"] != "absent"][: sample * 2 // 3] + \
             [e for e in expected if e["kind"] == "absent"][: sample - sample * 2 // 3]
    hits = present = 0
    start = time.process_time()
    for e in chosen:
        scores = [fuzz.partial_ratio(e["quote"], text) for text in texts]
        best = max(range(len(texts)), key=scores.__getitem__)
        if e["source"]:
            present += 1
            hits += ids[best] == e["source"]
    per_claim = (time.process_time() - start) / len(chosen)
    return per_claim, hits / max(present, 1), len(chosen)


def retrieval(expected: list[dict], corpus: Path, ids: list[str]) -> tuple[float, float]:
    """CPU seconds per claim of the index search + alignment of the candidates, sources
    already read, and the recall."""
    from factcheck.checks.evidence import prepare
    from factcheck.sources.index import index_for
    from factcheck.text.locate import locate
    from factcheck.sources.library import SourceLibrary

    library = SourceLibrary(corpus, (corpus,))
    index = index_for(library)
    library.KEEP = len(ids) + 1
    for source in library.all():  # read and tokenize once, as a long-running checker would
        source.word_index, source.quotations
    hits = present = 0
    start = time.process_time()
    for e in expected:
        prepared = prepare(e["quote"])
        best = None
        for source_id in index.candidates(e["quote"]) or []:
            source = library.resolve(source_id, corpus)
            match = locate(prepared.items, source)
            if match and (best is None or match.alignment.score > best[0]):
                best = (match.alignment.score, source.id)
        if e["source"]:
            present += 1
            hits += best is not None and best[1] == e["source"]
    return (time.process_time() - start) / len(expected), hits / present


def locate_in_1mb(texts: list[str]) -> float:
    """CPU milliseconds to locate an exact quote in one 1 MB source (already read)."""
    from factcheck.checks.evidence import prepare
    from factcheck.text.locate import locate
    from factcheck.text.document import Source

    text, used = "", 0
    while len(text.encode()) < 1_000_000:
        text += texts[used].split("---\n")[-1]
        used += 1
    source = Source("big", Path("big.txt"), "big.txt", text)
    source.word_index, source.quotations
    rng = random.Random(3)
    words = text.split()
    quotes = []
    for _ in range(200):
        n = rng.randint(8, 20)
        s = rng.randrange(len(words) - n)
        quotes.append(prepare(" ".join(words[s : s + n])).items)
    start = time.process_time()
    for items in quotes:
        locate(items, source)
    return (time.process_time() - start) / len(quotes) * 1000


MEASURED = PEAK + """
import sys
from factcheck.launch import main
try:
    main()
finally:
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(f"MAXRSS {peak_kb()} {workers}", file=sys.stderr)
"""


def run_check(workdir: Path, jobs: int, env: dict) -> tuple[float, float, int, int, list]:
    """`factcheck check` in a subprocess: wall and CPU seconds (its workers' included), its
    peak RSS and its largest worker's in bytes, the JSON results."""
    args = ["factcheck", "check", "claims", "--sources", "corpus", "--format", "json", "--jobs", str(jobs)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", f"import sys; sys.argv = {args!r}\n" + MEASURED],
                         cwd=workdir, env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    if out.returncode not in (0, 1):
        sys.exit(f"factcheck check failed ({out.returncode}): {out.stderr[-2000:]}")
    own, workers = (int(v) * 1024 for v in out.stderr.rsplit("MAXRSS", 1)[1].split())
    return seconds, cpu, own, workers, json.loads(out.stdout)["results"]


def start_time(env: dict) -> float:
    """Median milliseconds of `python -m factcheck --version` (the interpreter's own start included)."""
    runs = []
    for _ in range(15):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "factcheck", "--version"], env=env, capture_output=True, check=True)
        runs.append(time.perf_counter() - start)
    return statistics.median(runs) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=4000)
    parser.add_argument("--mb", type=float, default=25.0)
    parser.add_argument("--claims", type=int, default=1000)
    parser.add_argument("--baseline", type=int, default=20, help="claims the slow baseline runs on")
    parser.add_argument("--keep", action="store_true", help="keep the generated folder (printed)")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="factcheck-bench-"))
    env = dict(os.environ, FACTCHECK_CACHE_DIR=str(work / "cache"), PYTHONPATH=str(ROOT))
    os.environ["FACTCHECK_CACHE_DIR"] = env["FACTCHECK_CACHE_DIR"]
    try:
        corpus = work / "corpus"
        seconds, (ids, texts) = timed(make_corpus, corpus, args.docs, args.mb)
        size = sum(p.stat().st_size for p in corpus.iterdir())
        expected = make_claims(work / "claims", ids, texts, args.claims)
        print(f"corpus: {len(ids)} documents, {size / 1e6:.1f} MB; {len(expected)} quote claims "
              f"(exact / perturbed / absent); generated in {seconds:.1f} s; {os.cpu_count()} cores")

        cold, cold_cpu, cold_rss, indexed = build(corpus, env)
        time.sleep(2.1)  # files written in the last 2 s are re-hashed once: let the last ones settle
        build(corpus, env)
        warm, _, warm_rss, _ = build(corpus, env)
        (corpus / "doc00000.txt").write_text(texts[0] + "\nOne more line.\n", encoding="utf-8")
        changed, *_ = build(corpus, env)
        (corpus / "doc00000.txt").write_text(texts[0], encoding="utf-8")
        build(corpus, env)
        db = max((work / "cache").glob("index-*"), key=lambda p: p.stat().st_size)
        print(f"index build (a new process each): cold {cold:.2f} s, {cold_cpu:.1f} s CPU in all processes "
              f"(aim <= 10 s), peak {cold_rss / 1e6:.0f} MB; warm {warm * 1000:.0f} ms (aim <= 1 s); one file "
              f"changed {changed * 1000:.0f} ms; {indexed} contents; index file {db.stat().st_size / 1e6:.0f} MB")

        ms_1mb = locate_in_1mb(texts)
        print(f"locate a quote in a 1 MB source: {ms_1mb:.3f} ms (aim <= 0.5 ms)")

        per_claim, recall = retrieval(expected, corpus, ids)
        base, base_recall, sampled = baseline(expected, ids, texts, args.baseline)
        print(f"per claim, index search + alignment (sources in memory): {per_claim * 1000:.3f} ms, "
              f"recall {recall:.1%}")
        print(f"per claim, baseline rapidfuzz partial_ratio over every source ({sampled} claims): "
              f"{base * 1000:.0f} ms, recall {base_recall:.1%}")
        print(f"speed-up over the baseline: {base / per_claim:,.0f}x (aim >= 1000x)")

        for jobs in (1, 2):
            seconds, cpu, own, workers, results = run_check(work, jobs, env)
            by_id = {r["id"]: r for r in results}
            located = present = rejected = absent = 0
            statuses: Counter[str] = Counter()
            for c, e in enumerate(expected):
                r = by_id[f"c{c:04d}"]
                if e["source"]:
                    present += 1
                    located += (r.get("source") or {}).get("id") == e["source"]
                    statuses[f"{e['kind']} {r['status']}"] += 1
                else:
                    absent += 1
                    rejected += r["status"] == "fail"
            per_claim = seconds / len(expected)
            memory = f"peak memory {own / 1e6:.0f} MB = {own / size:.2f}x the corpus (aim <= 2x)"
            if jobs > 1:
                memory += f", and {workers / 1e6:.0f} MB in each of {jobs} workers at most"
            print(f"factcheck check --jobs {jobs} (a new process, index warm): {seconds:.1f} s in all "
                  f"({cpu:.1f} s CPU), {per_claim * 1000:.2f} ms per claim = {base / per_claim:,.0f}x the "
                  f"baseline; recall {located / present:.1%} (located in the source quoted: "
                  f"{', '.join(f'{k} {n}' for k, n in sorted(statuses.items()))}), "
                  f"absent quotes failed {rejected}/{absent}; {memory}")

        print(f"factcheck --version: {start_time(env):.0f} ms (aim <= 150 ms)")
        if args.keep:
            print(f"kept: {work}")
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
