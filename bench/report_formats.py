"""Cost of the CI workflow on a large claim set: checking, settling, each report format,
baselines and `validate`, on N copies of claims against the bundled article.

    .venv/bin/python bench/report_formats.py [N]    # default 2000 claims

Prints seconds per stage and output sizes; nothing is asserted (figures, not tests).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck.run.baseline import Baseline  # noqa: E402
from factcheck.run.pipeline import run  # noqa: E402
from factcheck.report import FORMATS, Options, render  # noqa: E402
from factcheck.commands.validate import validate  # noqa: E402

QUOTES = [
    "Ini contoh praktik baik yang patut kita pelajari",  # pass
    "Ini contoh praktik baik, yang patut kita pelajari",  # warn
    "beras seharga Rp70.000 bisa ditebus Rp25.000",  # fail
    "Perhatian pemerintahnya hanya pada kewenangan provinsi",  # fail, suppressed below
]


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "claims"
        folder.mkdir()
        per_file = 50
        for f in range(0, n, per_file):
            lines = ["source: banten-bengkulu", "claims:"]
            for i in range(f, min(f + per_file, n)):
                quote = QUOTES[i % len(QUOTES)]
                lines += [f"  - id: c{i}", f'    quote: "{quote}"']
                if i % len(QUOTES) == 3:
                    lines += ["    ignore: [Q302]", "    reason: corrected by the outlet"]
            (folder / f"story-{f // per_file:04d}.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
        cwd = os.getcwd()
        os.chdir(ROOT)
        try:
            figures(folder, n, Path(tmp))
        finally:
            os.chdir(cwd)


def timed(label: str, fn):
    start = time.perf_counter()
    value = fn()
    print(f"{label:<28} {time.perf_counter() - start:8.3f} s")
    return value


def figures(folder: Path, n: int, tmp: Path) -> None:
    print(f"{n} claims in {len(list(folder.iterdir()))} files")
    timed("validate (no sources)", lambda: validate([folder]))
    report = timed("check (pipeline)", lambda: run([folder], Path("sources")))
    counts = report.counts()
    print("  " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    for name in FORMATS:
        text = timed(f"render {name}", lambda name=name: render(report, name, Options()))
        print(f"  {len(text.encode('utf-8')) / 1024:,.0f} KiB")
    baseline = Baseline.from_report(tmp / "b.json", report)
    timed("write baseline", baseline.save)
    print(f"  {len(baseline.entries)} entries")
    loaded = Baseline.load(tmp / "b.json")
    settled = timed("apply baseline", lambda: loaded.apply(report))
    print("  after: " + ", ".join(f"{k} {v}" for k, v in settled.counts().items()))


if __name__ == "__main__":
    main()
