"""Speaker benchmark: who said each quotation, on PFSA-ID (Indonesian) and our English cases.

    python bench/speakers.py [--data PATH] [--errors N]

For every directly quoted statement whose speaker the annotation determines, a quote claim
naming the annotated speaker is checked with factcheck's own speaker check: pass = correct,
warn = undetermined, fail = wrong. Then the speaker is swapped for another person of the same
article (the nearest one named elsewhere in it) and the share of swaps that fail is counted.

The speaker a PFSA-ID statement has by annotation: the PERSON or PERSONCOREF span of the
sentence that ends the statement, after it ("…,” kata Presiden"); failing that, the nearest
one before the statement in the article (the corpus marks only people who make statements,
so that is the person a -nya cue or a cue-less quotation refers to). A PERSONCOREF (a short
form such as "Faqih", "Risma" or "Presiden") stands for the nearest earlier PERSON with
those words, else with words they begin ("Ari" is Ari Nurcahyo even after Arif Susanto),
or the PERSON right after an identical ROLE, or for itself; a pronoun annotated as
PERSONCOREF, or a description followed by "ini"/"itu"/"tersebut" ("politisi senior …
ini"), stands for the nearest earlier PERSON. The data
is read from ../shared/datasets/pfsa-id (CC BY-NC-SA), never copied.

Aim: >= 97% correct, <= 3% undetermined, >= 97% of swaps failing. The English cases are
ours (bench/en_cases.py): CASES were used while developing, HELD_OUT were written
afterwards and never tuned on.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from en_cases import CASES, HELD_OUT  # noqa: E402
from pfsa import Article, Span, read_articles  # noqa: E402

from factcheck.checks.attribution import speaker_findings  # noqa: E402
from factcheck.text.document import Source  # noqa: E402

OUTCOME = {"note": "correct", "warn": "undetermined", "fail": "wrong"}


def source_of(text: str, name: str) -> Source:
    return Source(name, Path(name + ".txt"), name + ".txt", text)


def outcome(source: Source, start: int, end: int, speaker: str) -> tuple[str, str]:
    finding = speaker_findings(source, start, end, speaker)[0]
    return OUTCOME[finding.severity], finding.message


# -- PFSA-ID ---------------------------------------------------------------------------------


PRONOUNS = {"ia", "dia", "beliau", "nya"}
DEMONSTRATIVES = {"ini", "itu", "tersebut"}


def _entity(article: Article, mention: Span) -> str:
    """The full name a PERSON / PERSONCOREF span stands for: a short form stands for the
    nearest earlier PERSON with its words, a pronoun for the nearest earlier PERSON."""
    if mention.label == "PERSON":
        return mention.text
    wanted = set(mention.text.casefold().split())
    earlier = [p for p in article.of("PERSON") if p.start < mention.start]
    if wanted <= PRONOUNS or _demonstrative_after(article, mention):
        return earlier[-1].text if earlier else mention.text  # "ia", "politisi senior ini"
    for person in reversed(earlier):  # the same words first: "Ari" is Ari N., not Arif S. named later
        if wanted <= set(person.text.casefold().split()):
            return person.text
    for person in reversed(earlier):
        words = set(person.text.casefold().split())
        if all(w in words or any(p.startswith(w) for p in words) for w in wanted):
            return person.text  # "Risma" for "Tri Rismaharini"
    for role in reversed([r for r in article.of("ROLE") if r.start < mention.start]):
        if role.text.casefold() == mention.text.casefold():  # "Presiden" for the ROLE before a PERSON
            person = next((p for p in earlier if 0 <= p.start - role.end <= 1), None)
            if person is not None:
                return person.text
    return mention.text


def _demonstrative_after(article: Article, mention: Span) -> bool:
    """Is the mention a description followed by "ini", "itu" or "tersebut" ("politisi
    senior Partai Golkar ini"): an anaphor, like a pronoun?"""
    following = article.text[mention.end :].split(maxsplit=1)
    return bool(following) and following[0].strip(",.") in DEMONSTRATIVES


def gold_speakers(article: Article) -> list[tuple[Span, str, str]]:
    """(statement, speaker's full name, "cue" | "carried") for each statement the
    annotation gives a speaker."""
    people = [p for p in article.of("PERSON", "PERSONCOREF") if not any(q in p.text for q in "“”\"")]
    statements = article.of("STATEMENT")
    found = []
    for statement in statements:
        sentence_end = article.text.find("\n\n", statement.end)
        sentence_end = len(article.text) if sentence_end < 0 else sentence_end
        after = [p for p in people if statement.end <= p.start < sentence_end
                 and not any(s.start <= p.start < s.end for s in statements)]
        if after:
            found.append((statement, _entity(article, after[0]), "cue"))
            continue
        before = [p for p in people if p.end <= statement.start
                  and not any(s.start <= p.start < s.end for s in statements)]
        if before:
            found.append((statement, _entity(article, before[-1]), "carried"))
    return found


def _distinct(a: str, b: str) -> bool:
    return not (set(a.casefold().split()) & set(b.casefold().split()))


def swap_for(article: Article, statement: Span, speaker: str) -> str | None:
    """Another person of the article: the one named nearest to the statement."""
    others = [p for p in article.of("PERSON") if _distinct(p.text, speaker)]
    if not others:
        return None
    return min(others, key=lambda p: abs(p.start - statement.start)).text


def run_pfsa(data: Path, show_errors: int) -> dict[str, Counter]:
    totals: dict[str, Counter] = {"all": Counter(), "cue": Counter(), "carried": Counter(), "swap": Counter()}
    shown = 0
    for article in read_articles(data):
        source = source_of(article.text, f"pfsa-{article.number}")
        for statement, speaker, how in gold_speakers(article):
            result, message = outcome(source, statement.start, statement.end, speaker)
            totals["all"][result] += 1
            totals[how][result] += 1
            if result != "correct" and shown < show_errors:
                shown += 1
                print(f"--- article {article.number} [{how}] gold: {speaker}: {result}: {message}")
                print("   ", article.text[max(0, statement.start - 300): statement.end + 120].replace("\n\n", " ¶ "))
            other = swap_for(article, statement, speaker)
            if other is not None:
                swapped, _ = outcome(source, statement.start, statement.end, other)
                totals["swap"][swapped] += 1
    return totals


# -- English ---------------------------------------------------------------------------------


def run_english(cases: list, show_errors: int) -> dict[str, Counter]:
    totals: dict[str, Counter] = {"all": Counter(), "swap": Counter()}
    for n, (text, expected) in enumerate(cases):
        source = source_of(text, f"en-{n}")
        people = list(dict.fromkeys(speaker for _, speaker in expected))
        for quote, speaker in expected:
            start = text.index(quote)
            result, message = outcome(source, start, start + len(quote), speaker)
            totals["all"][result] += 1
            if result != "correct" and show_errors:
                print(f"--- en case {n}: {quote[:40]!r} gold {speaker}: {result}: {message}")
            others = [p for p in people if _distinct(p, speaker)]
            if others:
                swapped, _ = outcome(source, start, start + len(quote), others[0])
                totals["swap"][swapped] += 1
    return totals


def _line(name: str, counts: Counter) -> str:
    total = sum(counts.values())
    if not total:
        return f"{name:<28} (none)"
    return (f"{name:<28} {total:>5}  correct {counts['correct'] / total:6.1%}  "
            f"undetermined {counts['undetermined'] / total:6.1%}  wrong {counts['wrong'] / total:6.1%}")


def _swap_line(name: str, counts: Counter) -> str:
    total = sum(counts.values())
    return f"{name:<28} {total:>5}  failing {counts['wrong'] / total:6.1%}  " \
           f"warned {counts['undetermined'] / total:6.1%}  passed {counts['correct'] / total:6.1%}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "datasets" / "pfsa-id",
                        help="folder of the PFSA-ID split (default: <repo>/../shared/datasets/pfsa-id)")
    parser.add_argument("--errors", type=int, default=0, help="print this many PFSA-ID misses with context")
    args = parser.parse_args()
    for name, cases in (("English cases (bench/en_cases.py, used in development)", CASES),
                        ("English held-out cases (bench/en_cases.py HELD_OUT)", HELD_OUT)):
        english = run_english(cases, args.errors)
        print(name)
        print(_line("  speaker", english["all"]))
        print(_swap_line("  swapped speaker", english["swap"]))
    data = args.data / "dev-20.txt" if args.data.is_dir() else args.data
    if not data.is_file():
        print(f"PFSA-ID not found at {args.data} (use --data PATH); skipped", file=sys.stderr)
        return 0
    pfsa = run_pfsa(data, args.errors)
    print(f"PFSA-ID development split ({data})")
    print(_line("  speaker, all", pfsa["all"]))
    print(_line("    cue names the speaker", pfsa["cue"]))
    print(_line("    carried over (-nya, none)", pfsa["carried"]))
    print(_swap_line("  swapped speaker", pfsa["swap"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
