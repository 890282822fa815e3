"""Figures in text: numbers with their separators, scale words, number words and units.

"Rp70.000", "Rp 70 ribu", "70 ribu rupiah" and "70,000 rupiah" are all 70,000 IDR. Digits
are read with the language's separators (Indonesian "." groups and "," marks decimals,
English the reverse); where the language is unknown ("auto") a number such as "1.500" has
two readings and is flagged ambiguous. Every word list is per-language data
(`factcheck.lang`, with CLDR's scale words through `factcheck.lang.cldr`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import KW_ONLY, dataclass
from decimal import Decimal
from functools import cache

from factcheck.lang import LANGUAGES, cldr, tables

PERCENT, POINTS = "%", "percentage points"  # units besides ISO currency codes


@dataclass(frozen=True)
class Figure:
    """A figure found in a text: its value(s), unit and where it is."""

    values: tuple[Decimal, ...]  # the reading to use first; more when the separators are ambiguous
    unit: str | None  # "IDR", "USD", "EUR", PERCENT, POINTS, or None
    start: int  # offsets into the text searched
    end: int
    _: KW_ONLY
    text: str  # as written

    @property
    def value(self) -> Decimal:
        return self.values[0]

    @property
    def ambiguous(self) -> bool:
        return len(self.values) > 1


def read_digits(digits: str, language: str) -> tuple[Decimal, ...]:
    """The values a digit string can mean in `language` ("auto": every reading, the
    grouping one first); empty when it is no number (e.g. "1.2.3")."""
    seps = [c for c in digits if c in ".,"]
    if not seps:
        return (Decimal(digits),)
    parts = re.split(r"[.,]", digits)
    if len(set(seps)) == 2:  # "1.234,5": the last separator is the decimal one
        decimal_sep = seps[-1]
        head, _, tail = digits.rpartition(decimal_sep)
        groups = re.split(r"[.,]", head)
        if seps.count(decimal_sep) != 1 or not _grouped(groups):
            return ()
        return (Decimal("".join(groups) + "." + tail),)
    sep = seps[0]
    if len(seps) > 1:  # "1.234.567": grouping only
        return (Decimal("".join(parts)),) if _grouped(parts) else ()
    as_decimal = Decimal(parts[0] + "." + parts[1])
    if len(parts[1]) != 3 or parts[0] == "0" or len(parts[0]) > 3:
        return (as_decimal,)
    as_group = Decimal(parts[0] + parts[1])
    if language in LANGUAGES:
        return (as_group,) if sep == cldr.separators(language)[1] else (as_decimal,)
    return (as_group, as_decimal)


def _grouped(parts: list[str]) -> bool:
    return 1 <= len(parts[0]) <= 3 and all(len(p) == 3 for p in parts[1:])


def _alternation(phrases) -> str:
    """A regex alternation of phrases, longest first, spaces matching any whitespace."""
    ordered = sorted(set(phrases), key=lambda p: (-len(p), p))
    return "|".join(r"\s+".join(map(re.escape, p.split())) for p in ordered)


_B = r"(?<![^\W_])"  # word start (no letter or digit before)
_E = r"(?![^\W_])"  # word end


@dataclass(frozen=True)
class _Reading:
    pattern: re.Pattern[str]
    prefixes: Mapping[str, str]
    suffixes: dict[str, str]
    scales: dict[str, int]
    short_scales: dict[str, int]
    values: dict[str, float]
    multipliers: Mapping[str, int]
    articles: frozenset[str]


@cache
def _reading(language: str) -> _Reading:
    lang = tables(language)
    prefixes = lang.currency_prefixes
    suffixes = dict(lang.currency_words)
    suffixes.update({w: PERCENT for w in lang.percent_words})
    suffixes.update({w: POINTS for w in lang.point_words})
    scales, short = cldr.scale_words(language), cldr.short_scales(language)
    values = lang.number_values | lang.number_fractions
    multipliers = lang.number_multipliers
    number_word = rf"{_B}(?:{_alternation([*values, *multipliers, *scales])}){_E}"
    connector = _alternation(lang.number_connectors) or "(?!)"
    articles = lang.number_articles
    article = rf"{_B}(?:{_alternation(articles)})\s+(?=(?:{_alternation([*scales, *multipliers, *lang.number_fractions])}){_E})" if articles else "(?!)"
    word_phrase = rf"(?:{article})?{number_word}(?:(?:[\s-]+(?:(?:{connector})\s+)*){number_word})*"
    prefix = rf"(?P<prefix>{_alternation(prefixes)})\s?" if prefixes else ""
    pattern = re.compile(
        rf"(?<![\w.,/:-])(?<!/ )(?:{prefix})?"  # not inside "24/10/2025" or "24 / 10 / 2025"
        rf"(?:(?P<digits>\d+(?:[.,]\d+)*(?![/:]\d| ?/ ?\d))|(?P<words>{word_phrase}))"
        rf"(?:\s?(?P<scale>{_alternation(scales)}){_E}|(?P<short>{_alternation(short)}){_E}|\s(?P<spaced_short>{_alternation(short)}){_E})?"
        rf"(?:\s?(?P<suffix>{_alternation(suffixes)})(?:{_E}|(?<=%)))?",
        re.IGNORECASE,
    )
    return _Reading(pattern, prefixes, suffixes, scales, short, values, multipliers, articles)


def find_figures(text: str, language: str = "auto", start: int = 0, end: int | None = None) -> list[Figure]:
    """Every figure in text[start:end], offsets those of `text`, in order."""
    reading = _reading(language)
    found = []
    for m in reading.pattern.finditer(text, start, len(text) if end is None else end):
        figure = _figure(m, reading, language)
        if figure is not None:
            found.append(figure)
    return found


def parse_figure(text: str, language: str = "auto") -> Figure | None:
    """`text` read as exactly one figure (an approximating word such as "sekitar" or
    "about" may lead); None when it is not one."""
    stripped = text.strip()
    lowered = stripped.lower()
    for word in sorted(tables(language).approximators, key=len, reverse=True):
        if lowered.startswith(word + " "):
            stripped = stripped[len(word) :].strip()
            break
    found = find_figures(stripped, language)
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(stripped):
        return found[0]
    return None


def _figure(m: re.Match[str], reading: _Reading, language: str) -> Figure | None:
    prefix = m.group("prefix")
    unit = reading.prefixes.get(prefix.lower()) if prefix else None
    suffix = m.group("suffix")
    if suffix:
        unit = unit or reading.suffixes.get(" ".join(suffix.lower().split()))
    end = m.end()
    short = m.group("short") or m.group("spaced_short")
    if short and not (prefix or suffix):
        # "5 m" may be metres: an abbreviated scale counts only with a currency
        short, end = None, m.end("digits") if m.group("digits") else m.end("words")
    if end < len(m.string) and m.string[end].isalnum():
        return None  # "5G", "3D", "5m": digits glued to letters are no figure
    if m.group("digits"):
        values = read_digits(m.group("digits"), language)
    else:
        value = _words_value(m.group("words"), reading)
        values = (value,) if value is not None else ()
        if value == 1 and not (unit or m.group("scale") or short):
            return None  # "salah satu", "one of": a lone "one" is no figure
    if not values:
        return None
    factor = 1
    if m.group("scale"):
        factor = reading.scales[" ".join(m.group("scale").lower().split())]
    elif short:
        factor = reading.short_scales[short.lower()]
    values = tuple(dict.fromkeys(v * factor for v in values))
    start = m.start()
    return Figure(values, unit, start, end, text=m.string[start:end])


def _words_value(phrase: str, reading: _Reading) -> Decimal | None:
    """The value of a phrase of number words ("dua puluh lima ribu", "one and a half million")."""
    total, current, seen = Decimal(0), Decimal(0), False
    for word in re.split(r"[\s-]+", phrase.lower()):
        if word in reading.values:
            current += Decimal(str(reading.values[word]))
        elif word in reading.multipliers:
            current = (current or 1) * reading.multipliers[word]
        elif word in reading.scales:
            total += (current or 1) * reading.scales[word]
            current = Decimal(0)
        elif word in reading.articles:
            continue
        else:
            continue  # connectors ("and")
        seen = True
    return total + current if seen else None


def same_value(a: Figure, b: Figure, tolerance: Decimal = Decimal(0)) -> bool:
    """Do two figures agree (some reading of each within `tolerance`), units aside?"""
    return any(abs(x - y) <= tolerance for x in a.values for y in b.values)


def units_agree(a: Figure, b: Figure) -> bool:
    """Units agree when equal or when either figure states none."""
    return a.unit is None or b.unit is None or a.unit == b.unit


def describe(figure: Figure) -> str:
    """The value in plain form with its unit, e.g. "20000 IDR", "1.5 %"."""
    value = format(figure.value.normalize(), "f")
    return f"{value} {figure.unit}" if figure.unit else value
