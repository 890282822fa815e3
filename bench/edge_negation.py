"""Benchmark: quotes cut right next to a negation, on real quotations.

    python bench/edge_negation.py [--data FOLDER] [--show N]

From every quotation of the corpora — PFSA-ID statements (Indonesian news), LitBank's
quotations (English novels; CC BY 4.0, Sims & Bamman 2020) and the quotations of our
English articles (bench/en_news.py) — and every negation word inside it, two quote claims
are cut, each of 3 to 12 words, and kept when its words occur once in the article:
- after: the words right after the negation ("know the reason" from "I don't know the reason")
- before: the words right before it ("The suspect was" from "The suspect was not at home")

Judged by these rules, stated so they can be checked, on both edges of every fragment (one
cut after a negation may also end right before another): a fragment is a misquote when
nothing but spaces separates its first word from a negation before it, unless the negation
closes an alternative ("atau tidak", "or not"), and faithful when punctuation does ("Tidak.
Kami akan …", "No, we …"); and when it ends in an auxiliary, modal or copula ("was", "will",
"akan", "bisa") that a negation right after it turns round, unless that is "not only" /
"tidak hanya". Otherwise it is faithful (a negation after a fragment mostly belongs to what
follows). These rules are the tool's own (Q311), so the figures measure how often real
quotations meet them; whether the rules judge right was checked by reading samples.

Misquotes must not pass; faithful fragments must pass. The halves are those of the other
benchmarks: PFSA-ID articles by number (even: tuning), LitBank books by the number their
file name starts with (even: tuning), the English articles by list.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from factcheck.run.pipeline import run as run_claims  # noqa: E402

NEGATIONS = {
    "id": {"tidak", "tak", "bukan", "belum", "jangan", "enggak", "nggak", "gak", "tanpa", "tiada", "bukanlah",
           "tidaklah", "janganlah"},
    "en": {"not", "never", "no", "without", "cannot", "hardly"},  # and every word ending in "n't"
}
IDIOMS = {"id": {"hanya", "cuma", "saja", "sekadar"}, "en": {"only", "just", "merely"}}  # "not only"
ALTERNATIVE = {"id": {"atau"}, "en": {"or"}}  # "atau tidak", "or not": the negation closes an alternative
AUXILIARIES = {
    "id": {"akan", "bisa", "dapat", "boleh", "harus", "mau", "ingin", "sudah", "telah", "masih", "sedang", "pernah",
           "perlu", "mampu", "adalah", "ialah", "merupakan", "seharusnya", "semestinya", "sebaiknya", "hendaknya"},
    "en": {"is", "are", "was", "were", "be", "been", "am", "do", "does", "did", "have", "has", "had", "will",
           "would", "can", "could", "shall", "should", "may", "might", "must", "need", "ought", "to"},
}
MIN_WORDS, MAX_WORDS = 3, 12
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


@dataclass
class Text:
    name: str
    language: str
    half: str
    corpus: str
    text: str
    quotations: list[tuple[int, int]]  # spans of the words inside quotation marks


@dataclass
class Cut:
    text: Text
    side: str  # after | before
    gold: str  # misquote | faithful
    fragment: str
    negation: str


def negation(word: str, language: str) -> bool:
    word = word.casefold().replace("’", "'")
    return word in NEGATIONS[language] or (language == "en" and word.endswith("n't"))


def cuts(item: Text) -> list[Cut]:
    """The fragments cut next to each negation of each quotation, judged by the rules above."""
    found = []
    folded = " ".join(item.text.casefold().split())
    for start, end in item.quotations:
        words = [(m.start(), m.end()) for m in _WORD.finditer(item.text, start, end)]
        for k, (a, b) in enumerate(words):
            if not negation(item.text[a:b], item.language):
                continue
            neg = item.text[a:b]
            for side, lo, hi in (("after", k + 1, min(len(words), k + 1 + MAX_WORDS)), ("before", max(0, k - MAX_WORDS), k)):
                if hi - lo < MIN_WORDS:
                    continue
                # judged on both edges: a fragment cut after one negation may end before another
                cut_off = _starts_after_negation(item, words, lo) or _ends_before_negation(item, words, hi - 1)
                found.append(Cut(item, side, "misquote" if cut_off else "faithful",
                                 item.text[words[lo][0] : words[hi - 1][1]], neg))
    return [c for c in found if folded.count(" ".join(c.fragment.casefold().split())) == 1]


def _starts_after_negation(item: Text, words: list[tuple[int, int]], k: int) -> bool:
    """Does the fragment starting with word k start right after a negation, by the rules?"""
    if k == 0:
        return False
    a, b = words[k - 1]
    previous = item.text[words[k - 2][0] : words[k - 2][1]].casefold() if k >= 2 else ""
    return negation(item.text[a:b], item.language) and not item.text[b : words[k][0]].strip() \
        and previous not in ALTERNATIVE[item.language]


def _ends_before_negation(item: Text, words: list[tuple[int, int]], k: int) -> bool:
    """Does the fragment ending with word k end on an auxiliary right before a negation?"""
    if k + 1 >= len(words):
        return False
    a, b = words[k + 1]
    following = item.text[words[k + 2][0] : words[k + 2][1]].casefold() if k + 2 < len(words) else ""
    last = item.text[words[k][0] : words[k][1]].casefold()
    return negation(item.text[a:b], item.language) and not item.text[words[k][1] : a].strip() \
        and following not in IDIOMS[item.language] and last in AUXILIARIES[item.language]


# -- corpora -----------------------------------------------------------------------------------


def pfsa_texts(path: Path) -> list[Text]:
    from pfsa import read_articles

    texts = []
    for article in read_articles(path):
        spans = [(s.start + 1, s.end - 1) for s in article.of("STATEMENT")]
        texts.append(Text(f"pfsa-{article.number}", "id", "tuning" if article.number % 2 == 0 else "held-out",
                          "PFSA-ID", article.text, spans))
    return texts


def english_texts() -> list[Text]:
    import en_news

    texts = []
    for article in en_news.articles():
        spans = [(m.start() + 1, m.end() - 1) for m in re.finditer(r'"[^"]+"', article.text)]
        texts.append(Text(article.name, "en", article.half, "English news (ours)", article.text, spans))
    return texts


_GLUED = ("n't", "n’t", "'s", "’s", "'ll", "’ll", "'re", "’re", "'ve", "’ve", "'d", "’d", "'m", "’m")


def litbank_texts(folder: Path) -> list[Text]:
    """LitBank books rebuilt from their tokens (ordinary spacing; a paragraph at each turn of
    dialogue, as the files keep no paragraphs), quotations from the .ann rows."""
    texts = []
    for ann in sorted(folder.glob("*_brat.ann")):
        rows = [line.split("\t") for line in ann.read_text(encoding="utf-8").splitlines() if line.startswith("QUOTE")]
        if not rows:
            continue
        lines = [line.split() for line in ann.with_suffix(".txt").read_text(encoding="utf-8").splitlines()]
        text, offsets, inside = "", [], False
        for n, tokens in enumerate(lines):
            if n:  # a paragraph at each turn of dialogue; a sentence inside a quotation continues it
                turn = not inside and (tokens[:1] in (['"'], ["“"]) or lines[n - 1][-1:] in (['"'], ["”"]))
                text += "\n\n" if turn else " "
            previous = ""
            for token in tokens:
                opening = token == "“" or (token == '"' and not inside)
                closing = token == "”" or (token == '"' and inside)
                glue = token in _GLUED or token in ",.;:!?)]’”" or closing or previous in ("(", "[", "“", "‘", "OPEN")
                if text and not text.endswith("\n") and not glue:
                    text += " "
                offsets.append((n, len(text), len(text) + len(token)))
                text += token
                if opening or closing:
                    inside = opening
                previous = "OPEN" if opening else token
        index = {}
        counts = Counter()
        for n, start, end in offsets:
            index[(n, counts[n])] = (start, end)
            counts[n] += 1
        spans = []
        for row in rows:
            try:
                first = index[(int(row[2]), int(row[3]))]
                last = index[(int(row[4]), int(row[5]))]
            except (KeyError, ValueError, IndexError):
                continue
            spans.append((first[0], last[1]))
        number = int(re.match(r"\d+", ann.name).group())
        texts.append(Text(ann.stem, "en", "tuning" if number % 2 == 0 else "held-out", "LitBank", text, spans))
    return texts


# -- running -----------------------------------------------------------------------------------


def run(all_cuts: list[Cut]) -> list[tuple[Cut, str, tuple[str, ...], str]]:
    """Each fragment as a quote claim on its text, through `factcheck check`'s pipeline."""
    results = []
    with tempfile.TemporaryDirectory(prefix="factcheck-negation-") as tmp:
        root = Path(tmp)
        (root / "sources").mkdir()
        (root / "claims").mkdir()
        groups: dict[str, list[Cut]] = defaultdict(list)
        for cut in all_cuts:
            groups[cut.text.name].append(cut)
        for name, group in groups.items():
            item = group[0].text
            (root / "sources" / f"{name}.md").write_text(f"---\nlanguage: {item.language}\n---\n{item.text}\n", encoding="utf-8")
            lines = [f"source: {name}", f"language: {item.language}", "claims:"]
            lines += [f"  - id: q{n}\n    quote: {json.dumps(c.fragment, ensure_ascii=False)}" for n, c in enumerate(group)]
            (root / "claims" / f"{name}.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
        report = run_claims([root / "claims"], root / "sources", roots=(root,))
        verdicts = {(Path(r.claim.file).stem, r.claim.id): r.verdict for r in report.results}
        for name, group in groups.items():
            for n, cut in enumerate(group):
                v = verdicts[(name, f"q{n}")]
                results.append((cut, v.status.value, tuple(f.code for f in v.findings), v.message))
    return results


def report(results, show: int) -> None:
    table: dict[tuple, Counter] = defaultdict(Counter)
    for cut, status, _, _ in results:
        table[(cut.text.corpus, cut.text.half, cut.side, cut.gold)][status] += 1
    print("Quotes cut next to a negation (misquotes must not pass; faithful cuts must pass)")
    print(f"  {'corpus':<20} {'half':<9} {'cut':<7} {'judged':<9} {'n':>5} {'pass':>7} {'warn':>7} {'fail':>7}  right")
    for key in sorted(table):
        counts = table[key]
        total = sum(counts.values())
        right = counts["pass"] if key[3] == "faithful" else total - counts["pass"]
        shares = "".join(f" {counts[s] / total:6.1%}" for s in ("pass", "warn", "fail"))
        print(f"  {key[0]:<20} {key[1]:<9} {key[2]:<7} {key[3]:<9} {total:>5}{shares}  {right / total:6.1%}")
    shown = 0
    for cut, status, codes, message in results:
        wrong = (status == "pass") == (cut.gold == "misquote")
        if wrong and cut.text.half == "tuning" and shown < show:
            shown += 1
            print(f"  - [{cut.text.name} {cut.side} {cut.gold}] {cut.negation!r} | {cut.fragment!r}: {status} {codes} {message[:120]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "datasets",
                        help="folder holding pfsa-id/ and litbank-quotes/ (default: <repo>/../shared/datasets)")
    parser.add_argument("--show", type=int, default=0, help="list this many wrong verdicts of the tuning half")
    args = parser.parse_args()
    texts = english_texts()
    pfsa = args.data / "pfsa-id" / "dev-20.txt"
    if pfsa.is_file():
        texts += pfsa_texts(pfsa)
    if (args.data / "litbank-quotes").is_dir():
        texts += litbank_texts(args.data / "litbank-quotes")
    all_cuts = [c for t in texts for c in cuts(t)]
    report(run(all_cuts), args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
