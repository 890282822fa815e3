"""Draft benchmark: `factcheck draft` on the PFSA-ID development articles read as drafts.

    python bench/draft.py [--data PATH]

Each article is both the draft and the one source, so every finding on it is a false
alarm of the draft reading itself: quotations cut wrongly, speakers read differently,
contexts that do not lead back to their figure or date. Printed:

- quotations: the quoted statements the annotation marks (STATEMENT spans inside
  quotation marks) against the quotations the draft reading finds (found = overlapping an
  annotated one; extra = overlapping none);
- verdicts on the article itself, per kind: every claim should pass;
- detection: each figure claim with one digit changed, each date claim a day later, must
  fail (F301 / D301): the context found the source's value for the same thing.

The data is read from ../shared/datasets/pfsa-id (CC BY-NC-SA), never copied.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from pfsa import read_articles  # noqa: E402

from factcheck.run.pipeline import check  # noqa: E402
from factcheck.draft.extract import find_claims  # noqa: E402
from factcheck.sources.library import SourceLibrary, read_source  # noqa: E402

QUOTE_MARKS = "“”\""


def quoted(text: str, start: int, end: int) -> bool:
    """Is the annotated statement at start..end inside quotation marks?"""
    before = text[max(0, start - 2):start + 1]
    after = text[max(start, end - 1):end + 2]
    return any(m in before for m in QUOTE_MARKS) and any(m in after for m in QUOTE_MARKS)


def changed_digit(figure: str) -> str:
    """The figure with its first digit changed (2 → 3, 9 → 8)."""
    for k, c in enumerate(figure):
        if c.isdigit():
            return figure[:k] + ("8" if c == "9" else str(int(c) + 1)) + figure[k + 1:]
    return figure


def run(data: Path) -> None:
    counts = {"present": 0, "found": 0, "extra": 0, "speaker": 0, "quotes": 0}
    verdicts: dict[str, Counter] = {"quote": Counter(), "figure": Counter(), "date": Counter()}
    detected: dict[str, Counter] = {"figure": Counter(), "date": Counter()}
    misses: list[str] = []
    started = time.perf_counter()
    articles = read_articles(data)
    with tempfile.TemporaryDirectory() as folder:
        for article in articles:
            path = Path(folder) / f"pfsa-{article.number}.md"
            path.write_text(f"---\nlanguage: id\n---\n{article.text}", encoding="utf-8")
            shift = len("---\nlanguage: id\n---\n")
            draft = read_source(path)
            library = SourceLibrary(Path(folder), (Path(folder),))
            found = find_claims(draft, "id")
            present = [s for s in article.of("STATEMENT") if quoted(article.text, s.start, s.end)]
            quotes = [f for f in found if f.claim.kind == "quote"]
            counts["present"] += len(present)
            counts["quotes"] += len(quotes)
            counts["speaker"] += sum(1 for q in quotes if "speaker" in q.claim.fields)
            counts["found"] += sum(1 for s in present if any(q.start < s.end + shift and s.start + shift < q.end
                                                             for q in quotes))
            counts["extra"] += sum(1 for q in quotes if not any(q.start < s.end + shift and s.start + shift < q.end
                                                                for s in article.of("STATEMENT")))
            for item in found:
                if item.unchecked:
                    verdicts[item.claim.kind]["not checked"] += 1
                    continue
                claim = replace(item.claim, sources=(path.stem,))
                verdict = check(claim, library)
                verdicts[claim.kind][verdict.status.value] += 1
                if verdict.status.value != "pass" and len(misses) < 8:
                    misses.append(f"article {article.number} {claim.kind} {claim.fields}: {verdict.message[:160]}")
                if claim.kind == "figure" and any(c.isdigit() for c in claim.fields["figure"]):
                    wrong = replace(claim, fields={**claim.fields, "figure": changed_digit(claim.fields["figure"])})
                elif claim.kind == "date":
                    day = dt.date.fromisoformat(claim.fields["date"]) + dt.timedelta(days=1)
                    wrong = replace(claim, fields={**claim.fields, "date": day.isoformat()})
                else:
                    continue
                codes = {f.code for f in check(wrong, library).findings}
                detected[claim.kind]["detected" if codes & {"F301", "D301"} else "missed"] += 1
    seconds = time.perf_counter() - started
    print(f"PFSA-ID development split ({data}): {len(articles)} articles, {seconds:.1f} s")
    print(f"  quotations: {counts['present']} quoted statements annotated, {counts['found']} found "
          f"({counts['found'] / max(1, counts['present']):.1%}); {counts['extra']} found that are no annotated "
          "statement; "
          f"{counts['speaker']} of {counts['quotes']} found with a speaker")
    for kind, counter in verdicts.items():
        total = sum(n for k, n in counter.items() if k != "not checked")
        print(f"  {kind} claims on their own article: {total}, pass {counter['pass']} "
              f"({counter['pass'] / max(1, total):.1%}), warn {counter['warn']}, fail {counter['fail']}, "
              f"error {counter['error']}, not checked (D205, F202) {counter['not checked']}")
    for kind, counter in detected.items():
        total = sum(counter.values())
        print(f"  {kind} changed: {total}, detected {counter['detected']} ({counter['detected'] / max(1, total):.1%})")
    for miss in misses:
        print("   ", miss)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "datasets" / "pfsa-id",
                        help="folder of the PFSA-ID split (default: <repo>/../shared/datasets/pfsa-id)")
    args = parser.parse_args()
    data = args.data / "dev-20.txt" if args.data.is_dir() else args.data
    if not data.is_file():
        print(f"PFSA-ID not found at {args.data} (use --data PATH); skipped", file=sys.stderr)
        return 0
    run(data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
