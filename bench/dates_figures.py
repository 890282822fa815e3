"""Benchmark: dates and figures — the parsers on PFSA-ID, and judged claims on real articles.

    python bench/dates_figures.py [--data FOLDER] [--show N] [--no-negation]

1. Parsers: the PFSA-ID development split (../shared/datasets/pfsa-id/dev-20.txt, read in
   place, CC BY-NC-SA) rebuilt into one text: how many date expressions and figures are
   found, how fast, and how long one date and one figure claim take against it as one source.
2. Judged claims (bench/value_cases.py: how cases are made and judged; halves fixed there):
   per language, half, kind and category, the share of claims that pass, warn and fail, and
   the share judged right. Aims on the held-out half: genuine values pass >= 97%, changed
   values fail >= 99%, another event's value, an undated event or an absent context never
   pass (>= 98% warn or fail).
3. Quotes cut next to a negation (bench/edge_negation.py).
`--show N` lists N wrong verdicts of the tuning half (the held-out half is never listed).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import en_news  # noqa: E402
import value_cases  # noqa: E402
from factcheck.checks.date import check_date  # noqa: E402
from factcheck.checks.figure import check_figure  # noqa: E402
from factcheck.model import Claim  # noqa: E402
from factcheck.sources.library import read_source  # noqa: E402
from factcheck.text.dates import find_dates  # noqa: E402
from factcheck.text.numbers import find_figures  # noqa: E402

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


def parsers(dataset: Path) -> None:
    text = rebuild(dataset)
    mb = len(text) / 1e6
    print(f"PFSA-ID text: {len(text):,} characters, {text.count(chr(10)):,} sentences")
    find_dates("", "id"), find_figures("", "id")  # build the patterns once
    seconds, dates = timed(find_dates, text, "id", dt.date(2020, 4, 1))
    print(f"dates:   {len(dates):5} found in {seconds:.3f}s ({mb / seconds:.1f} MB/s)")
    kinds = Counter("relative" if d.relative else "range" if d.first and not d.exact else "no year" if d.month_day and not d.first else "day" for d in dates)
    print("         by kind:", dict(kinds.most_common()))
    named = [d for d in dates if d.weekday is not None and d.exact and not d.relative]
    wrong = [d.text for d in named if d.first.weekday() != d.weekday]
    print(f"         weekday before a date: {len(named)}, contradicting it (D201): {len(wrong)} {wrong[:5]}")
    seconds, figures = timed(find_figures, text, "id")
    print(f"figures: {len(figures):5} found in {seconds:.3f}s ({mb / seconds:.1f} MB/s)")
    units = Counter(f.unit or "-" for f in figures)
    print("         by unit:", dict(units.most_common()))

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


def judged(articles: list, show: int) -> None:
    cases = value_cases.build_cases(articles)
    started = time.perf_counter()
    outcomes = value_cases.run_cases(cases)
    print(f"\nJudged date and figure claims: {len(outcomes)} checked in {time.perf_counter() - started:.1f}s")
    table: dict[tuple, Counter] = defaultdict(Counter)
    for o in outcomes:
        key = (o.case.article.language, o.case.article.half, o.case.kind, o.case.category)
        table[key][o.status] += 1
        table[key]["right"] += o.right
    print(f"  {'lang':<4} {'half':<9} {'kind':<7} {'category':<12} {'must':<9} {'n':>5} {'pass':>7} {'warn':>7} {'fail':>7} {'error':>7}  right")
    for key in sorted(table, key=lambda k: (k[0], k[1], k[2], value_cases.CATEGORIES.index(k[3]))):
        counts = table[key]
        total = sum(counts[s] for s in ("pass", "warn", "fail", "error"))
        shares = "".join(f" {counts[s] / total:6.1%}" for s in ("pass", "warn", "fail", "error"))
        print(f"  {key[0]:<4} {key[1]:<9} {key[2]:<7} {key[3]:<12} {value_cases.EXPECT[key[3]]:<9} {total:>5}{shares}  {counts['right'] / total:6.1%}")
    print("  aims, dates and figures together (held-out: genuine >= 97%, changed >= 99%, other event/undated/absent >= 98%):")
    groups = {"genuine": ("genuine",), "changed": ("changed",), "other/undated/absent": ("other event", "undated", "absent"),
              "multi own": ("multi own",), "multi other": ("multi other",)}
    for language in ("id", "en"):
        for half in ("tuning", "held-out"):
            parts = []
            for name, categories in groups.items():
                chosen = [o for o in outcomes if o.case.article.language == language and o.case.article.half == half
                          and o.case.category in categories]
                if chosen:
                    parts.append(f"{name} {sum(o.right for o in chosen) / len(chosen):6.1%} ({len(chosen)})")
            print(f"    {language} {half:<9} " + "; ".join(parts))
    shown = 0
    for o in outcomes:
        if not o.right and o.case.article.half == "tuning" and shown < show:
            shown += 1
            print(f"  - [{o.case.article.name} {o.case.kind} {o.case.category}] {o.case.claim} ({o.case.note}): "
                  f"{o.status} {o.codes} {o.message[:150]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "datasets",
                        help="folder holding pfsa-id/ and litbank-quotes/ (default: <repo>/../shared/datasets)")
    parser.add_argument("--show", type=int, default=0, help="list this many wrong verdicts of the tuning half")
    parser.add_argument("--no-negation", action="store_true", help="leave out the quotes cut next to a negation")
    args = parser.parse_args()
    dataset = args.data / "pfsa-id" / "dev-20.txt"
    articles = en_news.articles()
    if dataset.is_file():
        import pfsa_values

        parsers(dataset)
        articles = pfsa_values.articles(dataset) + articles
    else:
        print(f"PFSA-ID not found at {dataset} (use --data FOLDER): English articles only", file=sys.stderr)
    judged(articles, args.show)
    if not args.no_negation:
        import edge_negation

        print()
        sys.argv = [sys.argv[0], "--data", str(args.data)]
        edge_negation.main()
    return 0


if __name__ == "__main__":
    sys.exit(main())
