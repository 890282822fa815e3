"""Locale data from CLDR, through babel: month and weekday names, number separators, the
order of day and month in numeric dates, and scale words ("juta", "million").

Each function merges CLDR's data with the language's own table of what CLDR lacks (older
spellings, newsroom abbreviations), so callers see one mapping. Keys are lower-case.
"""

from __future__ import annotations

from functools import cache

from factcheck.lang import members, tables


def _locales(language: str) -> list[str]:
    # "auto": every language; the last one wins a clash, so Indonesian readings come last
    return [member.locale for member in members(language)]


def _key(name: str) -> str:
    return name.casefold().rstrip(".")


@cache
def month_names(language: str = "auto") -> dict[str, int]:
    """Month name or abbreviation -> month number (1-12)."""
    from babel.dates import get_month_names

    names: dict[str, int] = {}
    for locale in _locales(language):
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                names.update({_key(n): m for m, n in get_month_names(width, context, locale).items()})
    return names | tables(language).month_names


@cache
def weekday_names(language: str = "auto") -> dict[str, int]:
    """Full weekday name -> Python weekday (0 Monday .. 6 Sunday)."""
    from babel.dates import get_day_names

    names: dict[str, int] = {}
    for locale in _locales(language):
        for context in ("format", "stand-alone"):
            names.update({_key(n): d for d, n in get_day_names("wide", context, locale).items()})
    return names | tables(language).weekday_names


@cache
def weekday_abbreviations(language: str = "auto") -> dict[str, int]:
    """Abbreviated weekday names ("Jum", "Fri") -> weekday; only trusted right before a date."""
    from babel.dates import get_day_names

    names: dict[str, int] = {}
    for locale in _locales(language):
        names.update({_key(n): d for d, n in get_day_names("abbreviated", "format", locale).items()})
    return names | tables(language).weekday_abbreviations


@cache
def separators(language: str) -> tuple[str, str]:
    """(decimal, grouping) separators, e.g. (",", ".") for Indonesian."""
    from babel.numbers import get_decimal_symbol, get_group_symbol

    return get_decimal_symbol(tables(language).locale), get_group_symbol(tables(language).locale)


@cache
def day_first(language: str) -> bool:
    """Do numeric dates put the day before the month (24/10/2025) in this language?"""
    from babel.dates import get_date_format

    pattern = get_date_format("short", tables(language).locale).pattern
    return pattern.index("d") < pattern.index("M")


@cache
def scale_words(language: str = "auto") -> dict[str, int]:
    """Scale words written in full ("ribu", "million") -> their value."""
    from babel import Locale

    words: dict[str, int] = {}
    for locale in _locales(language):
        formats = Locale.parse(locale).compact_decimal_formats["long"]
        for patterns in formats.values():
            for magnitude, pattern in patterns.items():
                zeros = pattern.pattern.count("0")
                word = pattern.pattern.replace("0", "").strip()
                if word:
                    words[_key(word)] = int(magnitude) // 10 ** (zeros - 1)
    return words | tables(language).scale_words


@cache
def short_scales(language: str = "auto") -> dict[str, int]:
    """Abbreviated scales ("jt", "M", "bn") -> value; trusted only after a currency."""
    from babel import Locale

    words: dict[str, int] = {}
    for locale in _locales(language):
        formats = Locale.parse(locale).compact_decimal_formats["short"]
        for patterns in formats.values():
            for magnitude, pattern in patterns.items():
                zeros = pattern.pattern.count("0")
                word = pattern.pattern.replace("0", "").replace("\xa0", "").strip()
                if word:
                    words[_key(word)] = int(magnitude) // 10 ** (zeros - 1)
    return words | tables(language).short_scales
