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
from factcheck.text import units

PERCENT, POINTS = "%", "percentage points"  # units besides ISO currency codes


@dataclass(frozen=True)
class Figure:
    """A figure found in a text: its value(s), unit and where it is."""

    values: tuple[Decimal, ...]  # the reading to use first; more when the separators are ambiguous
    unit: str | None  # "IDR", "USD", "EUR", PERCENT, POINTS, a unit id (factcheck.text.units), or None
    start: int  # offsets into the text searched
    end: int
    _: KW_ONLY
    text: str  # as written
    upper: Decimal | None = None  # a range's upper end ("$11 million to $12 million"); values are its lower

    @property
    def high(self) -> Decimal:
        """The range's upper end, or the value."""
        return self.value if self.upper is None else self.upper

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


@dataclass(frozen=True, kw_only=True)
class _Reading:
    pattern: re.Pattern[str]
    tail: re.Pattern[str]  # a figure right after a range's dash: no look-behind
    link: re.Pattern[str]  # what joins a range's two ends, right after the first
    opener: re.Pattern[str]  # a word right before a figure: "antara", "from", "pukul"
    clock_after: re.Pattern[str]  # what makes a number a clock time: "WIB", "a.m."
    lang: object
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
    suffixes.update(units.unit_words(language))
    scales, short = cldr.scale_words(language), cldr.short_scales(language)
    values = lang.number_values | lang.number_fractions
    multipliers = lang.number_multipliers
    number_word = rf"{_B}(?:{_alternation([*values, *multipliers, *scales])}){_E}"
    connector = _alternation(lang.number_connectors) or "(?!)"
    articles = lang.number_articles
    article = rf"{_B}(?:{_alternation(articles)})\s+(?=(?:{_alternation([*scales, *multipliers, *lang.number_fractions])}){_E})" if articles else "(?!)"
    word_phrase = rf"(?:{article})?{number_word}(?:(?:[\s-]+(?:(?:{connector})\s+)*){number_word})*"
    prefix = rf"(?P<prefix>{_alternation(prefixes)})\s?" if prefixes else ""
    core = (rf"(?:{prefix})?"
            rf"(?:(?P<digits>\d+(?:[.,]\d+)*(?![/:]\d| ?/ ?\d))|(?P<words>{word_phrase}))"
            rf"(?:\s?(?P<scale>{_alternation(scales)}){_E}|(?P<short>{_alternation(short)}){_E}|\s(?P<spaced_short>{_alternation(short)}){_E})?"
            rf"(?:\s?(?P<suffix>{_alternation(suffixes)})(?:{_E}|(?<=%)))?")
    # not inside "24/10/2025" or "24 / 10 / 2025"
    pattern = re.compile(rf"(?<![\w.,/:-])(?<!/ ){core}", re.IGNORECASE)
    tail = re.compile(core, re.IGNORECASE)
    links = _alternation([*lang.range_links, *lang.number_connectors, "and", "dan"])
    link = re.compile(rf"\s*[-–—]\s*(?=\S)|\s+(?P<word>{links}){_E}\s+", re.IGNORECASE)
    opener = re.compile(r"(?P<word>[^\W\d_]+)\s+$")
    clock_after = re.compile(rf"\s?(?:{_alternation(lang.clock_suffixes) or '(?!)'})(?![^\W_])", re.IGNORECASE)
    return _Reading(pattern=pattern, tail=tail, link=link, opener=opener, clock_after=clock_after, lang=lang,
                    prefixes=prefixes, suffixes=suffixes, scales=scales, short_scales=short, values=values,
                    multipliers=multipliers, articles=articles)


def find_figures(text: str, language: str = "auto", start: int = 0, end: int | None = None) -> list[Figure]:
    """Every figure in text[start:end], offsets those of `text`, in order. A range ("10
    hingga 15 persen", "$11 million to $12 million", "antara 10 dan 15", "10-15 persen") is
    one figure with an `upper` end; a clock time ("pukul 10.30", "10 a.m.") is none."""
    reading = _reading(language)
    end = len(text) if end is None else end
    found: list[Figure] = []
    position = start
    while (m := reading.pattern.search(text, position, end)) is not None:
        position = m.end() if m.end() > m.start() else m.start() + 1
        figure = _figure(m, reading, language)
        if figure is None or _clock_time(text, figure, reading, start) or _identifier(text, figure, reading, start):
            continue
        ranged = _range(text, figure, reading, language, start, end)
        if ranged is not None:
            figure, position = ranged, ranged.end
        found.append(figure)
    return found


def _preceding_word(text: str, at: int, reading: _Reading, floor: int) -> str:
    m = reading.opener.search(text, max(floor, at - 30), at)
    return m.group("word").casefold() if m else ""


def _clock_time(text: str, figure: Figure, reading: _Reading, floor: int) -> bool:
    """Is the figure a time of day: after "pukul" ("pukul 10.30") or before "WIB", "a.m."?"""
    if figure.unit is not None:
        return False
    before = _preceding_word(text, figure.start, reading, floor)
    return before in reading.lang.clock_words or reading.clock_after.match(text, figure.end) is not None


def _identifier(text: str, figure: Figure, reading: _Reading, floor: int) -> bool:
    """Is the number a name: after "nomor", "Pasal", "No.", a word and a dash ("Covid - 19"), or
    written with a leading zero ("01")?"""
    if figure.unit is not None:
        return False
    if re.match(r"0\d", figure.text) or re.search(r"[^\W\d_]\s*-\s*$", text[max(floor, figure.start - 12) : figure.start]):
        return True  # "01"; "Covid - 19", "G - 20" (a name's number, as tokenised text spaces it)
    before = reading.opener.search(text, max(floor, figure.start - 30), figure.start)
    word = before.group("word").casefold() if before else ""
    return word in reading.lang.identifier_words or text[max(floor, figure.start - 4) : figure.start].casefold().rstrip() == "no."


def _range(text: str, low: Figure, reading: _Reading, language: str, floor: int, ceiling: int) -> Figure | None:
    """The range that starts with figure `low`, when a range link and a second figure follow."""
    link = reading.link.match(text, low.end, ceiling)
    if link is None:
        return None
    word = (link.group("word") or "").casefold()
    before = _preceding_word(text, low.start, reading, floor)
    lang = reading.lang
    if word in ("and", "dan") and before not in lang.range_openers:
        return None  # "10 and 15" joins two values unless "between" or "antara" opened it
    if word and word not in ("and", "dan") and word not in lang.range_links:
        return None
    if before in lang.change_openers:
        ahead = _preceding_word(text, text.rfind(before, floor, low.start), reading, floor)
        if ahead not in lang.range_words:
            return None  # "rose from 10 percent to 12 percent" is a change, not a range
    m = reading.tail.match(text, link.end(), ceiling)
    high = _figure(m, reading, language) if m else None
    if high is None or (low.unit is not None and high.unit is not None and low.unit != high.unit):
        return None
    if high.value <= low.value and high.unit == low.unit:
        return None
    unit = high.unit or low.unit
    return Figure(low.values, unit, low.start, high.end, text=text[low.start : high.end], upper=high.value)


def parse_figure(text: str, language: str = "auto") -> Figure | None:
    """`text` read as exactly one figure (an approximating word such as "sekitar" or
    "about" may lead, and a range its "antara" or "between"); None when it is not one."""
    stripped = text.strip()
    lowered = stripped.lower()
    for word in sorted(tables(language).approximators, key=len, reverse=True):
        if lowered.startswith(word + " "):
            stripped = stripped[len(word) :].strip()
            break
    found = find_figures(stripped, language)
    if len(found) != 1 or found[0].end != len(stripped):
        return None
    figure = found[0]
    lead = stripped[: figure.start].strip().casefold()  # a range's own "antara", "between"
    return figure if not lead or figure.upper is not None and lead in tables(language).range_openers else None


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
            # "puluh" and "ratus" multiply the part of the running group below them:
            # "dua ratus lima puluh" = 200 + 5 × 10, "twenty-five hundred" = 25 × 100
            factor = reading.multipliers[word]
            below = current % factor
            current = current - below + (below or (0 if current else 1)) * factor
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
    """Do two figures agree (some reading of each within `tolerance`, in a's unit)? Units
    of one dimension convert ("3 km" is "3.000 meter"); ranges agree end to end."""
    factor = _ratio(b, a)
    if (a.upper is None) != (b.upper is None):
        return False
    if a.upper is not None and abs(a.upper - b.upper * factor) > tolerance:
        return False
    return any(abs(x - y * factor) <= tolerance for x in a.values for y in b.values)


def within(a: Figure, b: Figure) -> bool:
    """Does figure a (one value) lie inside range b, in a's unit?"""
    factor = _ratio(b, a)
    return a.upper is None and b.upper is not None and any(
        b.value * factor <= x <= b.upper * factor for x in a.values)


def _ratio(b: Figure, a: Figure) -> Decimal:
    """How many of a's unit one of b's is (1 unless both are units that convert)."""
    if units.is_unit(a.unit) and units.is_unit(b.unit):
        return units.ratio(b.unit, a.unit) or Decimal(1)
    return Decimal(1)


def units_agree(a: Figure, b: Figure) -> bool:
    """Units agree when equal, when they measure one thing comparably (km and meter), or
    when either figure states none."""
    if a.unit is None or b.unit is None or a.unit == b.unit:
        return True
    return units.is_unit(a.unit) and units.is_unit(b.unit) and units.compatible(a.unit, b.unit)


def describe(figure: Figure) -> str:
    """The value in plain form with its unit, e.g. "20000 IDR", "1.5 %", "48 hour", "11000000–12000000 USD"."""
    value = format(figure.value.normalize(), "f")
    if figure.upper is not None:
        value += "–" + format(figure.upper.normalize(), "f")
    unit = units.label(figure.unit) if units.is_unit(figure.unit) else figure.unit
    return f"{value} {unit}" if unit else value
