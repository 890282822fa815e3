"""Date expressions in text, found by pattern and then read, span by span.

Found: numeric dates (24/10/2025, 24-10-25, 2025-10-24) read in the language's order of
day and month, "24 Oktober 2025", "Oct. 24, 2025", "Oktober 2025" (a month), a weekday
before a date ("Jumat (24/10/2025)", "Friday, Oct. 24"), and relative expressions
(kemarin, lusa, Jumat lalu, pekan lalu; yesterday, last Friday, on Friday) resolved
against an anchor: the source's published date. A bare weekday counts only after a cue
("pada Jumat", "on Friday"), so "setiap Jumat" (every Friday) is no date.

Only these spans are parsed: no whole-text date search, which reads numbers such as
"2,35" as dates.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from factcheck.lang import LANGUAGES, cldr, tables


@dataclass(frozen=True, kw_only=True)
class DateMention:
    """A date expression and what it says. `first`..`last` is the day (first == last) or
    the range (a week, a month) it names; None when it cannot be placed in time (a
    relative word without an anchor, a date without a year, a weekday alone)."""

    start: int
    end: int
    text: str
    first: dt.date | None
    last: dt.date | None
    weekday: int | None = None  # the weekday the text names (0 Monday)
    month_day: tuple[int, int] | None = None  # (month, day) when the year is not given
    relative: bool = False  # placed by a relative word against the anchor
    year_inferred: bool = False  # the year was taken from the anchor
    other_reading: dt.date | None = None  # a numeric date also readable in the other order

    @property
    def exact(self) -> bool:
        return self.first is not None and self.first == self.last


_B, _E = r"(?<![^\W_])", r"(?![^\W_])"


def _alternation(phrases) -> str:
    ordered = sorted(set(phrases), key=lambda p: (-len(p), p))
    return "|".join(r"\s+".join(map(re.escape, p.split())) for p in ordered)


@dataclass(frozen=True)
class _Patterns:
    bases: tuple[tuple[str, re.Pattern[str]], ...]
    weekday_before: re.Pattern[str]  # a weekday right before a date
    weekday: re.Pattern[str]
    fixed: re.Pattern[str]


@cache
def _patterns(language: str) -> _Patterns:
    months = _alternation(cldr.month_names(language))
    weekdays = _alternation(cldr.weekday_names(language))
    abbreviations = _alternation(cldr.weekday_abbreviations(language))
    lang, every = tables(language), tables("auto")
    # ordinals and links of every language: "24th" is a date in an Indonesian text too
    day = rf"(?P<d>\d{{1,2}})(?:{_alternation(every.day_ordinals)})?(?!\d)"
    link = rf"(?:(?:{_alternation(every.day_month_links)})\s+)?"
    year = r"(?P<y>\d{4})(?!\d)"
    flags = re.IGNORECASE
    bases = (
        ("iso", re.compile(r"(?<![\d.,/-])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?![\d/-])")),
        # "24/10/2025", "24-10-25", "24.10.2025"; slashes may be spaced ("24 / 10 / 2025")
        ("numeric", re.compile(r"(?<![\d.,/:-])(?P<a>\d{1,2})(?P<s> ?/ ?|[.-])(?P<b>\d{1,2})(?P=s)(?P<y>\d{4}|\d{2})(?![\d/]|[.,-]\d)")),
        ("dmy", re.compile(rf"{_B}{day}\s+{link}(?P<mn>{months})\.?{_E}(?:,?\s+{year})?", flags)),
        ("mdy", re.compile(rf"{_B}(?P<mn>{months})\.?\s+{day}(?:,?\s+{year})?", flags)),
        ("month", re.compile(rf"{_B}(?P<mn>{months})\.?\s+{year}", flags)),
        ("daymonth", re.compile(r"(?<![\d.,/:-])(?P<a>\d{1,2}) ?/ ?(?P<b>\d{1,2})(?![\d/]| ?/ ?\d|[.,]\d)")),
    )
    weekday_before = re.compile(rf"{_B}(?P<w>{weekdays}|{abbreviations})\.?,?\s*\(?\s*$", flags)
    weekday = re.compile(rf"{_B}(?P<w>{weekdays}){_E}", flags)
    fixed = re.compile(
        rf"{_B}(?:{_alternation([*lang.relative_days, *lang.relative_weeks, *lang.relative_months])}){_E}",
        flags,
    )
    return _Patterns(bases, weekday_before, weekday, fixed)


def find_dates(text: str, language: str = "auto", anchor: dt.date | None = None,
               start: int = 0, end: int | None = None) -> list[DateMention]:
    """Every date expression in text[start:end] (offsets those of `text`), in order.

    `language` decides the order of day and month in numeric dates ("auto": day first,
    the other order noted); `anchor` (the published date) places relative expressions.
    """
    end = len(text) if end is None else end
    if anchor is not None and not dt.date(2, 1, 1) <= anchor <= dt.date(9998, 12, 31):
        anchor = None  # no room to count days from it
    patterns = _patterns(language)
    found: list[DateMention] = []

    def free(a: int, b: int) -> bool:
        return all(b <= m.start or a >= m.end for m in found)

    for kind, pattern in patterns.bases:
        for m in pattern.finditer(text, start, end):
            if not free(m.start(), m.end()) or not _capitalised(m, "mn"):
                continue
            mention = _base(kind, m, text, start, language, anchor, patterns)
            if mention is not None and free(mention.start, mention.end):
                found.append(mention)
    for m in patterns.weekday.finditer(text, start, end):
        if free(m.start(), m.end()) and _capitalised(m, "w"):
            mention = _weekday(m, text, start, end, language, anchor)
            if mention is not None and free(mention.start, mention.end):
                found.append(mention)
    for m in patterns.fixed.finditer(text, start, end):
        if free(m.start(), m.end()) and not _counted(text, m.start(), language):
            found.append(_fixed(m, language, anchor))
    return sorted(found, key=lambda m: m.start)


def _capitalised(m: re.Match[str], group: str) -> bool:
    """Month and weekday names count capitalised only ("Mei", not the verb "may")."""
    name = m.groupdict().get(group)
    return name is None or name[0].isupper()


def _base(kind: str, m: re.Match[str], text: str, floor: int, language: str,
          anchor: dt.date | None, patterns: _Patterns) -> DateMention | None:
    """A date written out (with or without a weekday before it)."""
    before = patterns.weekday_before.search(text, max(floor, m.start() - 24), m.start())
    weekday = None
    if before and before.group("w")[0].isupper():
        names = cldr.weekday_names(language) | cldr.weekday_abbreviations(language)
        weekday = names[before.group("w").casefold()]
    if kind == "daymonth" and weekday is None:
        return None  # "24/10" alone may be a score or a fraction
    start = before.start() if weekday is not None else m.start()
    stop = m.end()
    if m.group().endswith("."):
        stop -= 1  # a date ending in its month: the dot ends the sentence or an abbreviation
    if weekday is not None and "(" in text[start : m.start()] and text[stop : stop + 1] == ")":
        stop += 1
    span = dict(start=start, end=stop, text=text[start:stop], weekday=weekday)
    g = m.groupdict()
    months = cldr.month_names(language)
    try:
        if kind == "iso":
            day = dt.date(int(g["y"]), int(g["m"]), int(g["d"]))
            return DateMention(first=day, last=day, **span)
        if kind == "month":
            year, month = int(g["y"]), months[g["mn"].casefold()]
            first = dt.date(year, month, 1)
            last = dt.date(year, month, calendar.monthrange(year, month)[1])
            return DateMention(first=first, last=last, **span)
        if kind in ("numeric", "daymonth"):
            readings = _numeric_readings(int(g["a"]), int(g["b"]), language)
            if not readings:
                return None
            year = g.get("y")
            if year is None:
                return _no_year(readings[0], anchor, span, weekday)
            full = int(year) + (0 if len(year) == 4 else 2000 if int(year) < 70 else 1900)
            days = [dt.date(full, month, day) for month, day in readings]
            if weekday is not None and len(days) == 2 and [d.weekday() == weekday for d in days].count(True) == 1:
                days = [d for d in days if d.weekday() == weekday]  # the weekday settles the order
            return DateMention(first=days[0], last=days[0], other_reading=days[1] if len(days) > 1 else None, **span)
        month, day_ = months[g["mn"].casefold()], int(g["d"])
        if g.get("y") is None:
            return _no_year((month, day_), anchor, span, weekday)
        day = dt.date(int(g["y"]), month, day_)
        return DateMention(first=day, last=day, **span)
    except ValueError:  # 31 February and the like: no date
        return None


def _numeric_readings(a: int, b: int, language: str) -> list[tuple[int, int]]:
    """(month, day) readings of "a/b": the language's order first; auto reads day first."""
    day_first = cldr.day_first(language) if language in LANGUAGES else True
    readings = [(b, a), (a, b)] if day_first else [(a, b), (b, a)]
    valid = [r for r in dict.fromkeys(readings) if 1 <= r[0] <= 12 and 1 <= r[1] <= 31]
    return valid


def _no_year(month_day: tuple[int, int], anchor: dt.date | None, span: dict,
             weekday: int | None = None) -> DateMention | None:
    """A date without a year: the year nearest the anchor, or the one a named weekday fits."""
    month, day = month_day
    if anchor is None:
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return None
        return DateMention(first=None, last=None, month_day=month_day, **span)
    candidates = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            candidates.append(dt.date(year, month, day))
        except ValueError:
            pass
    if not candidates:
        return None
    fitting = [d for d in candidates if d.weekday() == weekday] or candidates
    nearest = min(fitting, key=lambda d: abs((d - anchor).days))
    return DateMention(first=nearest, last=nearest, month_day=month_day, year_inferred=True, **span)


def _weekday(m: re.Match[str], text: str, floor: int, ceiling: int, language: str,
             anchor: dt.date | None) -> DateMention | None:
    """A weekday named without a date: "Jumat lalu", "last Friday", "pada Jumat"."""
    weekday = cldr.weekday_names(language)[m.group("w").casefold()]
    lang = tables(language)
    after_words, before_words = lang.weekday_after, lang.weekday_before
    start, end, shift = m.start(), m.end(), None
    following = re.match(rf"\s+({_alternation(after_words)}){_E}", text[end:ceiling], re.I) if after_words else None
    preceding = re.search(rf"{_B}(\w+)\s+$", text[max(floor, start - 20) : start])
    previous = preceding.group(1).casefold() if preceding else ""
    if following:
        phrase = " ".join(following.group(1).casefold().split())
        if f"{m.group('w').casefold()} {phrase}" in lang.relative_weeks and previous not in lang.day_words:
            return None  # "minggu lalu" is last week, not last Sunday
        shift, end = after_words[phrase], end + following.end()
    elif previous in before_words:
        shift, start = before_words[previous], start - len(preceding.group(0))
    elif previous in lang.date_cues:
        shift = None  # "pada Jumat": the latest such day, the published day included
    else:
        return None
    span = dict(start=start, end=end, text=text[start:end], weekday=weekday)
    if anchor is None:
        return DateMention(first=None, last=None, relative=True, **span)
    day = _weekday_from(anchor, weekday, shift)
    return DateMention(first=day, last=day, relative=True, **span)


def _weekday_from(anchor: dt.date, weekday: int, shift: int | None) -> dt.date:
    back = (anchor.weekday() - weekday) % 7
    if shift is None:  # on or before the anchor
        return anchor - dt.timedelta(days=back)
    if shift == -1:  # the last one strictly before
        return anchor - dt.timedelta(days=back or 7)
    if shift == 1:  # the next one strictly after
        return anchor + dt.timedelta(days=(weekday - anchor.weekday()) % 7 or 7)
    monday = anchor - dt.timedelta(days=anchor.weekday())  # 0, -7, 7: in this, last, next week
    return monday + dt.timedelta(days=weekday + shift)


def _counted(text: str, start: int, language: str) -> bool:
    """Is a number right before the phrase ("dua pekan lalu": two weeks ago, not last week)?"""
    before = re.search(r"(\S+)\s+$", text[max(0, start - 30) : start])
    if before is None:
        return False
    word = before.group(1).casefold()
    return word[:1].isdigit() or word in tables(language).number_values or word in cldr.scale_words(language)


def _fixed(m: re.Match[str], language: str, anchor: dt.date | None) -> DateMention:
    """Relative words: kemarin, lusa, pekan lalu, bulan lalu; yesterday, last week."""
    phrase = " ".join(m.group().casefold().split())
    span = dict(start=m.start(), end=m.end(), text=m.group(), relative=True)
    if anchor is None:
        return DateMention(first=None, last=None, **span)
    lang = tables(language)
    if phrase in (days := lang.relative_days):
        day = anchor + dt.timedelta(days=days[phrase])
        return DateMention(first=day, last=day, **span)
    if phrase in (weeks := lang.relative_weeks):
        monday = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(weeks=weeks[phrase])
        return DateMention(first=monday, last=monday + dt.timedelta(days=6), **span)
    offset = lang.relative_months[phrase]
    index = anchor.year * 12 + anchor.month - 1 + offset
    year, month = divmod(index, 12)
    first = dt.date(year, month + 1, 1)
    return DateMention(first=first, last=dt.date(year, month + 1, calendar.monthrange(year, month + 1)[1]), **span)
