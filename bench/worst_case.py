"""The worst inputs known (issue 17): time and peak memory of each, against the budgets.

    .venv/bin/python bench/worst_case.py [CASE ...] [--list]

Budgets: any claim within the limits against any 1 MB source in at most 2 s, against a source
at the 8,388,608-character limit in at most 20 s; peak memory at most 8 times the largest
source's text; a claim that still runs too long stopped by `claim-timeout`.

Each case's files are made first, in a temporary project; then `factcheck` runs on them in a
fresh process that has already imported every library it may need, so the figures are the
command's own: wall-clock time, and peak resident memory above what the process held before
the command started. "text" is the largest source's (or claim file's) size; "× text" the
peak over it.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from docmaker import compressed_pdf, docx_bomb, shared_stream_pdf  # noqa: E402

MB = 1024 * 1024
LIMIT = 8 * MB  # characters of a source's text
WORDS = ("pemerintah provinsi akan terus mendukung program pembangunan sekolah jalan desa air bersih bagi "
         "masyarakat di seluruh wilayah dengan anggaran yang tepat sasaran dan efisien kata gubernur warga "
         "pasar harga beras murah rumah sakit guru petani nelayan kota").split()


def vocabulary(rng: random.Random, size: int = 40_000) -> tuple[list[str], list[float]]:
    """Words and cumulative weights for text with a newspaper's vocabulary: a few common
    words, then made-up ones in Zipf's proportions."""
    made = {"".join(rng.choice("aaiiuuebdgkmnprstlhjy") for _ in range(rng.randint(3, 11))) for _ in range(size)}
    words = WORDS + sorted(made)
    weights = [1 / (rank + 1) for rank in range(len(words))]
    total, cumulative = 0.0, []
    for weight in weights:
        total += weight
        cumulative.append(total)
    return words, cumulative


def prose(size: int, seed: int = 1, quotes: bool = True) -> str:
    """About `size` characters of news-like Indonesian text: paragraphs with quotations."""
    rng = random.Random(seed)
    words_, weights = vocabulary(rng)
    out, total, n = [], 0, 0
    while total < size:
        words = " ".join(rng.choices(words_, cum_weights=weights, k=rng.randint(12, 30)))
        n += 1
        para = f"“{words.capitalize()},” kata Gubernur {n}." if quotes and n % 3 == 0 else words.capitalize() + "."
        out.append(para)
        total += len(para) + 2
    return "\n\n".join(out)[:size]


def claims_file(*quotes: str, source: str = "s", extra: str = "") -> str:
    lines = [f"source: {json.dumps(source)}", extra, "claims:"] if source else [extra, "claims:"]
    for n, quote in enumerate(quotes):
        lines += [f"  - id: c{n}", f"    quote: {json.dumps(quote, ensure_ascii=False)}"]
    return "\n".join(line for line in lines if line) + "\n"


# -- the cases: each writes a project and returns the command to run and the text size -----------
Case = Callable[[Path], tuple[list[str], int]]
CASES: dict[str, tuple[str, Case]] = {}


def case(name: str, what: str):
    def register(build: Case) -> Case:
        CASES[name] = (what, build)
        return build
    return register


def _write(root: Path, source: str, claims: str, name: str = "s.md") -> None:
    (root / "sources").mkdir(exist_ok=True)
    (root / "claims").mkdir(exist_ok=True)
    (root / "sources" / name).write_text(source, "utf-8")
    (root / "claims" / "c.yaml").write_text(claims, "utf-8")


@case("floor-10kb", "a quote found in 10 KB of prose: what a run needs whatever the source")
def _(root):
    source = prose(10_000)
    at = source.index("“") + 1
    _write(root, source, claims_file(source[at:source.index(",”", at)]))
    return ["check"], len(source)


@case("fdfa-claim", "10,000 × U+FDFA (18× longer after NFKC) vs a 3 KB source")
def _(root):
    source = prose(3000)
    _write(root, source, claims_file("\ufdfa" * 10_000))
    return ["check"], len(source)


@case("fdfa-spaced", "5,000 × 'U+FDFA ' (words of 18 characters after NFKC) vs a 1 MB source")
def _(root):
    source = prose(MB)
    _write(root, source, claims_file("\ufdfa " * 5000))
    return ["check"], len(source)


@case("absent-1mb", "a 10,000-character claim of words absent from a 1 MB source")
def _(root):
    source = prose(MB)
    rng = random.Random(2)
    absent = " ".join("".join(rng.choice("qxzvkj") for _ in range(rng.randint(3, 9))) for _ in range(2000))[:10_000]
    _write(root, source, claims_file(absent))
    return ["check"], len(source)


@case("absent-limit", "the same claim against a source at the 8 M-character limit")
def _(root):
    source = prose(LIMIT - 10)
    rng = random.Random(2)
    absent = " ".join("".join(rng.choice("qxzvkj") for _ in range(rng.randint(3, 9))) for _ in range(2000))[:10_000]
    _write(root, source, claims_file(absent))
    return ["check"], len(source)


@case("common-words-1mb", "a 10,000-character claim of the source's commonest words, shuffled, vs 1 MB")
def _(root):
    source = prose(MB)
    rng = random.Random(3)
    _write(root, source, claims_file(" ".join(rng.choice(WORDS) for _ in range(1400))[:10_000]))
    return ["check"], len(source)


@case("long-edited-1mb", "a 10,000-character quote of the source, a word changed every 20, vs 1 MB")
def _(root):
    source = prose(MB)
    start = source.index("“", MB // 2) + 1
    words = source[start:start + 12_000].split()
    edited = " ".join("diubah" if n % 20 == 10 else w for n, w in enumerate(words))[:10_000].rsplit(" ", 1)[0]
    _write(root, source, claims_file(edited))
    return ["check"], len(source)


@case("long-edited-limit", "the same against a source at the 8 M-character limit")
def _(root):
    source = prose(LIMIT - 10)
    start = source.index("“", LIMIT // 2) + 1
    words = source[start:start + 12_000].split()
    edited = " ".join("diubah" if n % 20 == 10 else w for n, w in enumerate(words))[:10_000].rsplit(" ", 1)[0]
    _write(root, source, claims_file(edited))
    return ["check"], len(source)


@case("ellipses-1mb", "a quote of 60 fragments joined by ellipses, spanning a 1 MB source")
def _(root):
    source = prose(MB)
    words = source.split()
    step = len(words) // 60
    fragments = [" ".join(words[k * step:k * step + 4]) for k in range(60)]
    _write(root, source, claims_file(" … ".join(fragments)))
    return ["check"], len(source)


@case("figure-context-1mb", "a figure claim whose context is 10,000 characters of the source's words, vs 1 MB")
def _(root):
    source = prose(MB)
    context = " ".join(source[MB // 2 : MB // 2 + 12_000].split())[:10_000].rsplit(" ", 1)[0]
    _write(root, source, f"source: s\nclaims:\n  - figure: Rp20.000\n    context: {json.dumps(context)}\n")
    return ["check"], len(source)


@case("said-1mb", "an attribution claim of 60 of the source's words (the most a said: claim holds), vs 1 MB")
def _(root):
    source = prose(MB)
    said = " ".join(source[MB // 2 : MB // 2 + 12_000].split()[1:61])
    _write(root, source, f"source: s\nclaims:\n  - speaker: Gubernur 3\n    said: {json.dumps(said)}\n")
    return ["check"], len(source)


@case("said-long-1mb", "an attribution claim of 10,000 characters of the source's words, vs 1 MB (refused)")
def _(root):
    source = prose(MB)
    said = " ".join(source[MB // 2 : MB // 2 + 12_000].split())[:10_000].rsplit(" ", 1)[0]
    _write(root, source, f"source: s\nclaims:\n  - speaker: Gubernur 3\n    said: {json.dumps(said)}\n")
    return ["check"], len(source)


@case("a1-seeds", "a 10 KB `a1a1…` claim vs an `a1` × 5000 source (≈ 50 M word-pair seeds)")
def _(root):
    source = "a1" * 5000
    _write(root, source, claims_file("a1" * 4999 + "b"))
    return ["check"], len(source)


@case("a1-limit", "a 10 KB `a1a1…` claim vs an `a1 ` source at the text limit")
def _(root):
    source = ("a1 " * (LIMIT // 3))[:LIMIT - 10]
    _write(root, source, claims_file("a1" * 4999 + "b"))
    return ["check"], len(source)


@case("dots-limit", "one `a.a.a.` source at the text limit (a word or mark per character)")
def _(root):
    source = ("a." * (LIMIT // 2))[:LIMIT - 10]
    _write(root, source, claims_file("a.a.a.a b"))
    return ["check"], len(source)


@case("prose-1mb", "a quote found in 1 MB of prose, with its speaker")
def _(root):
    source = prose(MB)
    at = source.index("“", MB - 100_000) + 1
    quote = source[at:source.index(",”", at)]
    _write(root, source, claims_file(quote).replace("    quote:", "    speaker: Gubernur\n    quote:"))
    return ["check"], len(source)


@case("prose-limit-quote", "a quote found in a source of prose at the text limit (no speaker)")
def _(root):
    source = prose(LIMIT - 10)
    at = source.index("“", LIMIT - 200_000) + 1
    _write(root, source, claims_file(source[at:source.index(",”", at)]))
    return ["check"], len(source)


@case("prose-limit", "a quote found in a source of prose at the text limit, with its speaker")
def _(root):
    source = prose(LIMIT - 10)
    at = source.index("“", LIMIT - 200_000) + 1
    quote = source[at:source.index(",”", at)]
    (root / "claims").mkdir(exist_ok=True)
    _write(root, source, claims_file(quote).replace("    quote:", "    speaker: Gubernur\n    quote:"))
    return ["check"], len(source)


@case("duplicate-sources", "10 claims whose file-level `source:` lists one id 20,000 times")
def _(root):
    source = prose(100_000)
    quotes = [source[i:i + 60].split(" ", 1)[1].rsplit(" ", 1)[0] for i in range(0, 10_000, 1000)]
    lines = ["source:"] + ["  - s"] * 20_000 + ["claims:"]
    for n, quote in enumerate(quotes):
        lines += [f"  - id: c{n}", f"    quote: {json.dumps(quote)}"]
    _write(root, source, "\n".join(lines) + "\n")
    return ["check"], len(source)


@case("quotations-limit", "one paragraph at the text limit full of quotations")
def _(root):
    piece = "“Kami siap,” kata dia, "
    source = (piece * (LIMIT // len(piece)))[:LIMIT - 10]
    _write(root, source, claims_file("Kami siap"))
    return ["check"], len(source)


@case("quote-6000-words", "a quote of 6,000 words (over the old 5,000-word window) in a 1 MB source")
def _(root):
    source = prose(MB, quotes=False)
    words = source.split()[50_000:56_000]
    quote = " ".join(words)
    _write(root, source, claims_file(quote[:10_000].rsplit(" ", 1)[0]))
    return ["check"], len(source)


@case("yaml-flow-8mb", "an 8 MB claim file `{a,a,…}` (nodes counted while it is read)")
def _(root):
    (root / "claims").mkdir()
    (root / "sources").mkdir()
    (root / "sources" / "s.md").write_text("x\n", "utf-8")
    text = "{" + "a," * (4 * MB - 2) + "a}\n"
    (root / "claims" / "c.yaml").write_text(text, "utf-8")
    return ["check"], len(text)


@case("yaml-claims-8mb", "a legitimate 8 MB claim file (40,000 claims) against a small source")
def _(root):
    source = prose(20_000)
    quote = source[source.index("“") + 1:source.index(",”")]
    lines = ["source: s", "claims:"]
    n = 0
    while sum(map(len, lines)) < 8 * MB - 400:
        lines += [f"  - id: c{n}", f"    quote: {json.dumps(quote + ' ' * (n % 7))}"]
        n += 1
        if n > 40_000:
            break
    text = "\n".join(lines) + "\n"
    _write(root, source, text)
    return ["check"], len(text)


@case("pdf-300-pages", "a PDF of 300 pages × 1 MB of text, compressed to 3 MB (refused while extracting)")
def _(root):
    (root / "sources").mkdir()
    (root / "claims").mkdir()
    (root / "sources" / "s.pdf").write_bytes(compressed_pdf(300, 1_000_000))
    (root / "claims" / "c.yaml").write_text(claims_file("anggaran daerah dan pembangunan"), "utf-8")
    return ["check"], LIMIT


@case("pdf-shared-stream", "a PDF whose 200 pages share one dense content stream")
def _(root):
    (root / "sources").mkdir()
    (root / "claims").mkdir()
    from factcheck.sources.readers import read

    data = shared_stream_pdf(200)
    (root / "sources" / "s.pdf").write_bytes(data)
    (root / "claims" / "c.yaml").write_text(claims_file("kata nomor 10 dan"), "utf-8")
    return ["check"], len(read(data, "pdf", "s.pdf").text)


@case("html-300k-paragraphs", "an HTML page of 300,000 paragraphs")
def _(root):
    (root / "sources").mkdir()
    (root / "claims").mkdir()
    body = "".join(f"<p>Paragraf {n} berisi kata.</p>" for n in range(300_000))
    (root / "sources" / "s.html").write_text(f"<html><body><article>{body}</article></body></html>", "utf-8")
    (root / "claims" / "c.yaml").write_text(claims_file("Paragraf 10 berisi kata"), "utf-8")
    return ["check"], len(body)


@case("docx-bomb", "`draft` on a 1.5 MB .docx whose XML expands to ~450 MB")
def _(root):
    (root / "sources").mkdir()
    (root / "sources" / "s.md").write_text(prose(10_000), "utf-8")
    (root / "draft.docx").write_bytes(docx_bomb(450 * MB))
    return ["draft", "draft.docx"], 10_000


# -- running one case in a fresh process ------------------------------------------------------
def _rss(field: str) -> int:
    """VmRSS or VmHWM of this process, in bytes (Linux)."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024
    return 0


WARM_UP = """source: s
claims:
  - {quote: "Kami siap membantu warga desa", speaker: Andra Soni}
  - {figure: Rp20.000, context: beras ditebus}
  - {date: 2025-10-24, context: penandatanganan}
  - {said: kunjungan untuk belajar, speaker: Helmi Hasan}
"""


def child(root: str, args: list[str]) -> None:
    """Run `factcheck ARGS` in `root`, after a warm-up run on a tiny project that imports what
    checking needs and loads its word tables and locale data (start-up is not what is
    measured); print time and memory."""
    import docx  # noqa: F401 - the heavy libraries, so that their import is not counted
    import pypdf  # noqa: F401
    import rapidfuzz  # noqa: F401
    import trafilatura  # noqa: F401

    from factcheck.cli import app

    with tempfile.TemporaryDirectory() as warm:
        _write(Path(warm), "“Kami siap membantu warga desa,” ujar Andra Soni. Beras ditebus Rp20.000 pada "
               "Jumat (24/10/2025). Helmi Hasan mengatakan kunjungan untuk belajar.\n", WARM_UP)
        os.chdir(warm)
        stdout, sys.stdout = sys.stdout, io.StringIO()
        app(["check", "--format", "json", "--isolated"], standalone_mode=False)
        sys.stdout = stdout
    os.chdir(root)
    before = _rss("VmRSS")
    started = time.perf_counter()
    stdout, sys.stdout = sys.stdout, io.StringIO()
    try:
        code = app(args + ["--format", "json"], standalone_mode=False) or 0
    except SystemExit as exit_:
        code = exit_.code
    except BaseException as exc:  # noqa: BLE001 - reported, as a failure of the case
        code = f"{type(exc).__name__}: {exc}"
    output, sys.stdout = sys.stdout.getvalue(), stdout
    elapsed = time.perf_counter() - started
    try:
        report = json.loads(output)
        outcome = ", ".join(sorted({c for r in report["results"] for c in r["codes"]} |
                                   {e["code"] for e in report["errors"]})) or "pass"
    except (ValueError, KeyError):
        outcome = "no report"
    print(json.dumps({"seconds": elapsed, "peak": _rss("VmHWM") - before, "code": code, "outcome": outcome}))


def measure(name: str) -> dict:
    what, build = CASES[name]
    with tempfile.TemporaryDirectory(prefix="factcheck-worst-") as folder:
        root = Path(folder)
        args, size = build(root)
        done = subprocess.run([sys.executable, __file__, "--child", folder, *args], capture_output=True, text=True,
                              timeout=1800)
    if done.returncode != 0 or not done.stdout.strip():
        return {"name": name, "what": what, "error": done.stderr.strip().splitlines()[-1:]}
    return {"name": name, "what": what, "size": size, **json.loads(done.stdout.strip().splitlines()[-1])}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("cases", nargs="*", help="cases to run (default: all)")
    parser.add_argument("--list", action="store_true", help="list the cases")
    parser.add_argument("--child", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.child:
        child(options.child[0], options.child[1:])
        return
    if options.list:
        for name, (what, _) in CASES.items():
            print(f"{name:22} {what}")
        return
    print(f"{'case':22} {'seconds':>8} {'peak MB':>8} {'text MB':>8} {'× text':>7}  exit  outcome")
    for name in options.cases or CASES:
        row = measure(name)
        if "error" in row:
            print(f"{name:22} failed: {row['error']}")
            continue
        ratio = row["peak"] / row["size"] if row["size"] else 0
        print(f"{name:22} {row['seconds']:8.2f} {row['peak'] / MB:8.1f} {row['size'] / MB:8.2f} {ratio:7.1f}  "
              f"{row['code']!s:>4}  {row['outcome'][:40]}", flush=True)


if __name__ == "__main__":
    main()
