"""Judged date and figure cases on real articles, run through `factcheck check` as an editor would.

Articles: the PFSA-ID development split (Indonesian Kompas news, read in place from
../shared, never copied; CC BY-NC-SA) and our English articles (bench/en_news.py).
Halves, fixed: a PFSA-ID article is "tuning" when its number in the split (0-based, in file
order) is even, "held-out" when odd; the English articles are split by the lists they are in.

The values each article gives are found by the benchmark's own rules (`bench/pfsa_values.py`
for PFSA-ID, the mark-up for English), never by factcheck's parsers. Per value of a sentence
holding one value of its kind:
- genuine: the value in another valid form with its context — must pass
- changed: the value changed in its last significant digit (dates: a day later) — must fail
- other event: another sentence's value with this context — must not pass
- absent: a context none of whose words are in the article, with this value — must not pass
Per event the article names but does not date (or quantity it does not give), the nearest
value of the article with that context — "undated", must not pass. Per value of a sentence
holding two or three of its kind, with the words of its own clause (judged by hand for
PFSA-ID: bench/pfsa_multi.tsv) — "multi own", must pass; the other value with those words —
"multi other", must not pass.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from factcheck.run.pipeline import run as run_claims

PASS, NOT_PASS, FAIL = "pass", "not pass", "fail"
CATEGORIES = ("genuine", "changed", "other event", "absent", "undated", "multi own", "multi other")
EXPECT = {"genuine": PASS, "changed": FAIL, "other event": NOT_PASS, "absent": NOT_PASS,
          "undated": NOT_PASS, "multi own": PASS, "multi other": NOT_PASS}


@dataclass
class Value:
    """A date or figure an article gives, with what it belongs to (judged, not computed)."""

    kind: str  # "date" | "figure"
    start: int
    end: int
    text: str
    lo: object  # dt.date or Decimal
    hi: object
    unit: str | None = None  # figures: USD, IDR, %, points, or the unit word; None without one
    grain: str = "day"  # dates: day, month, year; figures: "value"
    context: str | None = None  # the event or quantity it belongs to, in an editor's words
    alts: list[str] = field(default_factory=list)  # figures: other valid ways to write it
    sentence: int = -1
    same: str | None = None  # values of one sentence with the same key name one thing ("X atau Y")


@dataclass
class Article:
    name: str
    language: str
    half: str
    text: str
    published: dt.date | None
    sentences: list[tuple[int, int]]
    values: list[Value]
    undated: list[str] = field(default_factory=list)  # events named, never dated
    unfigured: list[str] = field(default_factory=list)  # quantities named, never given
    # value index -> the words of its own clause, in sentences of two or three values judged by
    # hand; None: each value's `context` is that (the English mark-up)
    multi: dict[int, str] | None = None


@dataclass
class Case:
    article: Article
    kind: str
    category: str
    claim: dict  # the claim's fields: date or figure, and context
    note: str = ""  # what the case was made from, for listings of misses

    @property
    def expect(self) -> str:
        return EXPECT[self.category]


# -- the values' claim forms -------------------------------------------------------------------


def step(value: Decimal) -> Decimal:
    """One unit of the value's last significant digit (36.9 -> 0.1, 100000000 -> 100000000)."""
    exponent = value.normalize().as_tuple().exponent
    return Decimal(1).scaleb(exponent if isinstance(exponent, int) else 0)


def written(value: Decimal, language: str) -> str:
    """Digits grouped in the language's way: 1.500.000,5 (id), 1,500,000.5 (en)."""
    text = format(value.normalize(), "f")
    whole, _, fraction = text.partition(".")
    grouped = f"{int(whole):,}"
    if language == "id":
        grouped = grouped.replace(",", ".")
        return grouped + ("," + fraction if fraction else "")
    return grouped + ("." + fraction if fraction else "")


def canonical(value: Decimal, unit: str | None, language: str) -> str:
    """A plain claim form of a figure: Rp20.000, US$5, 12 persen; $5, 12%, 48 hours."""
    number = written(value, language)
    if unit == "IDR":
        return f"Rp{number}"
    if unit == "USD":
        return f"US${number}" if language == "id" else f"${number}"
    if unit == "%":
        return f"{number} persen" if language == "id" else f"{number}%"
    if unit == "points":
        return f"{number} poin persentase" if language == "id" else f"{number} percentage points"
    return f"{number} {unit}" if unit else number


def changed(value: Value, language: str) -> str:
    """The claim form of a changed value: beyond the value (or range) by one last digit."""
    if value.kind == "date":
        return (value.hi + dt.timedelta(days=1)).isoformat()
    return canonical(value.hi + step(value.hi), value.unit, language)


def claim_value(value: Value, language: str) -> str:
    """The value as another claim names it: its first alternative form, or a day."""
    if value.kind == "date":
        return value.lo.isoformat()
    return value.alts[0] if value.alts else canonical(value.lo, value.unit, language)


def differs(a: Value, b: Value) -> bool:
    """Do two values of one kind state different things (no overlap of what they name)?"""
    return a.hi < b.lo or b.hi < a.lo


# -- cases -------------------------------------------------------------------------------------


def _words(text: str) -> set[str]:
    return {w[:5] for w in re.findall(r"[^\W\d_]{3,}", text.casefold())}


def build_cases(articles: list[Article]) -> list[Case]:
    """Every judged case of every article (see the module's docstring)."""
    cases: list[Case] = []
    for n, article in enumerate(articles):
        for kind in ("date", "figure"):
            cases += _cases(article, kind, articles[n + 1 :] + articles[:n])
    return cases


def _cases(article: Article, kind: str, others: list[Article]) -> list[Case]:
    language = article.language
    values = [v for v in article.values if v.kind == kind]
    by_sentence: dict[int, list[Value]] = defaultdict(list)
    for v in values:
        by_sentence[v.sentence].append(v)
    countable = [v for v in values if v.grain in ("day", "value")]  # a sentence's values of this kind
    day_values = [v for v in countable if v.lo is not None]  # those a claim can name
    cases: list[Case] = []
    for value in day_values:
        together = [v for v in by_sentence[value.sentence] if v in countable]
        if value.context is None:
            continue
        if len(together) == 1:
            forms = [value.lo.isoformat()] if kind == "date" else (value.alts or [canonical(value.lo, value.unit, language)])
            for form in forms:
                cases.append(_case(article, kind, "genuine", form, value.context, value.text))
            cases.append(_case(article, kind, "changed", changed(value, language), value.context, value.text))
            other = _nearest(value, [v for v in day_values if v.sentence != value.sentence and differs(v, value)])
            if other is not None:
                cases.append(_case(article, kind, "other event", claim_value(other, language), value.context,
                                   f"{value.text} (other: {other.text})"))
            absent = _absent_context(article, others, kind)
            if absent is not None:
                cases.append(_case(article, kind, "absent", claim_value(value, language), absent, value.text))
    for value in day_values:
        own = value.context if article.multi is None else article.multi.get(article.values.index(value))
        together = [v for v in by_sentence[value.sentence] if v in countable]
        if own is None or not 2 <= len(together) <= 3:
            continue
        form = value.lo.isoformat() if kind == "date" else (value.alts[0] if value.alts else canonical(value.lo, value.unit, language))
        cases.append(_case(article, kind, "multi own", form, own, value.text))
        for other in together:
            if other is not value and other.lo is not None and differs(other, value) \
                    and (other.same is None or other.same != value.same):
                cases.append(_case(article, kind, "multi other", claim_value(other, language), own,
                                   f"{value.text} (other: {other.text})"))
    for context in (article.undated if kind == "date" else article.unfigured):
        cases += _undated(article, kind, context, day_values)
    return cases


def _undated(article: Article, kind: str, context: str, values: list[Value]) -> list[Case]:
    """The undated event with the article's nearest value (and, for dates, the published day)."""
    at = _find_sentence(article, context)
    claims = []
    if values:
        nearest = min(values, key=lambda v: (abs(v.sentence - at), v.start))
        claims.append((claim_value(nearest, article.language), nearest.text))
    if kind == "date" and article.published is not None:
        claims.append((article.published.isoformat(), "published"))
    return [_case(article, kind, "undated", form, context, f"undated with {what}")
            for form, what in dict(claims).items()]


def _find_sentence(article: Article, context: str) -> int:
    wanted = _words(context)
    scores = [len(wanted & _words(article.text[s:e])) for s, e in article.sentences]
    return max(range(len(scores)), key=lambda i: (scores[i], -i)) if scores else 0


def _nearest(value: Value, candidates: list[Value]) -> Value | None:
    """The candidate nearest the value's sentence; of the figure's unit first."""
    if not candidates:
        return None
    return min(candidates, key=lambda v: (v.unit != value.unit, abs(v.sentence - value.sentence), v.start))


def _absent_context(article: Article, others: list[Article], kind: str) -> str | None:
    """A context of another article (same language) none of whose words this article has."""
    present = _words(article.text)
    for other in others:
        if other.language != article.language:
            continue
        for value in other.values:
            if value.kind == kind and value.context and not (_words(value.context) & present):
                return value.context
    return None


def _case(article: Article, kind: str, category: str, form: str, context: str, note: str) -> Case:
    return Case(article, kind, category, {kind: form, "context": context}, note)


# -- running them ------------------------------------------------------------------------------


@dataclass
class Outcome:
    case: Case
    status: str  # pass | warn | fail | error
    codes: tuple[str, ...]
    message: str

    @property
    def right(self) -> bool:
        """Judged right: a claim refused as unreadable (error) is never right."""
        expect = self.case.expect
        if expect == NOT_PASS:
            return self.status in ("warn", "fail")
        return self.status == expect


def run_cases(cases: list[Case]) -> list[Outcome]:
    """Check every case with `factcheck check`'s pipeline: one source file per article (its
    `published` date in the front matter), one claim file per article."""
    with tempfile.TemporaryDirectory(prefix="factcheck-values-") as tmp:
        root = Path(tmp)
        (root / "sources").mkdir()
        (root / "claims").mkdir()
        by_article: dict[str, list[Case]] = defaultdict(list)
        for case in cases:
            by_article[case.article.name].append(case)
        for name, group in by_article.items():
            article = group[0].article
            front = f"language: {article.language}\n" + (f"published: {article.published}\n" if article.published else "")
            (root / "sources" / f"{name}.md").write_text(f"---\n{front}---\n{article.text}\n", encoding="utf-8")
            lines = [f"source: {name}", f"language: {article.language}", "claims:"]
            for n, case in enumerate(group):
                lines.append(f"  - id: c{n}")
                for key, text in case.claim.items():
                    lines.append(f"    {key}: {json.dumps(text, ensure_ascii=False)}")
            (root / "claims" / f"{name}.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
        report = run_claims([root / "claims"], root / "sources", roots=(root,))
        verdicts = {(Path(r.claim.file).stem, r.claim.id): r.verdict for r in report.results}
        if report.problems:
            raise SystemExit(f"claim files the benchmark wrote are unreadable: {report.problems[:3]}")
    outcomes = []
    for name, group in by_article.items():
        for n, case in enumerate(group):
            verdict = verdicts[(name, f"c{n}")]
            outcomes.append(Outcome(case, verdict.status.value, tuple(f.code for f in verdict.findings), verdict.message))
    return outcomes
