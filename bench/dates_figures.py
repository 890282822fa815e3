"""Benchmark: finding dates and figures in Indonesian news, and judging claims in a big source.

Reads the PFSA-ID development split from ../shared/datasets/pfsa-id/dev-20.txt (one token
per line, CoNLL style), rebuilds its text, and prints how many date expressions and
figures are found, how fast, a sample of each, and how long one date and one figure claim
take against the whole text as a single source.

Run: .venv/bin/python bench/dates_figures.py [path/to/dev-20.txt]
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from collections import Counter
from pathlib import Path

from factcheck.checks.date import check_date
from factcheck.checks.figure import check_figure
from factcheck.text.dates import find_dates
from factcheck.model import Claim
from factcheck.text.numbers import find_figures
from factcheck.sources.library import read_source

ROOT = Path(__file__).resolve().parent.parent
DATASET = ROOT.parent / "shared" / "datasets" / "pfsa-id" / "dev-20.txt"
NO_SPACE_BEFORE = {",", ".", ")", ":", ";", "!", "?", "%", "”"}


def rebuild(path: Path) -> str:
    """Tokens back into text: a space between tokens, a newline between sentences."""
    lines, words = [], []
    for raw in path.read_text(encoding="utf-8").splitlines():
        token = raw.split("\t")[0].strip()
        if not token:
            if words:
                lines.append("".join(words).strip())
            words = []
            continue
        words.append(token if token in NO_SPACE_BEFORE or (words and words[-1] in ("(", "“", "Rp")) else " " + token)
    if words:
        lines.append("".join(words).strip())
    return "\n".join(lines) + "\n"


def timed(fn, *args, repeat: int = 3):
    best, result = float("inf"), None
    for _ in range(repeat):
        t = time.perf_counter()
        result = fn(*args)
        best = min(best, time.perf_counter() - t)
    return best, result


def main() -> int:
    dataset = Path(sys.argv[1]) if len(sys.argv) > 1 else DATASET
    if not dataset.exists():
        print(f"skipped: {dataset} not found")
        return 0
    text = rebuild(dataset)
    mb = len(text) / 1e6
    print(f"text: {len(text):,} characters, {text.count(chr(10)):,} sentences")
    find_dates("", "id"), find_figures("", "id")  # build the patterns once
    seconds, dates = timed(find_dates, text, "id", dt.date(2020, 4, 1))
    print(f"dates:   {len(dates):5} found in {seconds:.3f}s ({mb / seconds:.1f} MB/s)")
    kinds = Counter("relative" if d.relative else "range" if d.first and not d.exact else "no year" if d.month_day and not d.first else "day" for d in dates)
    print("         by kind:", dict(kinds.most_common()))
    print("         sample:", "; ".join(sorted({d.text for d in dates})[:25]))
    named = [d for d in dates if d.weekday is not None and d.exact and not d.relative]
    wrong = [d.text for d in named if d.first.weekday() != d.weekday]
    print(f"         weekday before a date: {len(named)}, contradicting it (D201): {len(wrong)} {wrong[:5]}")
    seconds, figures = timed(find_figures, text, "id")
    print(f"figures: {len(figures):5} found in {seconds:.3f}s ({mb / seconds:.1f} MB/s)")
    units = Counter(f.unit or "-" for f in figures)
    print("         by unit:", dict(units.most_common()))
    print("         sample:", "; ".join(sorted({f.text for f in figures if f.unit})[:25]))

    path = Path("/tmp") / "factcheck-bench-pfsa.txt"
    path.write_text(text, encoding="utf-8")
    source = read_source(path)
    date_claim = Claim(file="bench.yaml", line=1, column=1, id="d", kind="date", sources=(), base_dir=Path("."),
                       fields={"date": "2020-04-01", "context": "bantuan sosial pekan ini"}, language="id")
    figure_claim = Claim(file="bench.yaml", line=1, column=1, id="f", kind="figure", sources=(), base_dir=Path("."),
                         fields={"figure": "Rp600.000", "context": "bantuan per bulan"}, language="id")
    for claim, check in ((date_claim, check_date), (figure_claim, check_figure)):
        seconds, verdict = timed(check, claim, [source], repeat=1)
        print(f"{claim.kind} claim against the whole text as one source: {seconds:.2f}s -> {verdict.status.value}: {verdict.message[:110]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
