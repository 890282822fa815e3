"""Per-language word tables. Each language is a module (`id.py`, `en.py`) that builds one
`LanguageTables` (factcheck.lang.tables) of plain data.

Code asks for a language's tables with `tables(language)` and reads them as attributes
(`tables("id").negations`). With "auto" it gets every language at once: word lists united,
mappings merged with Indonesian winning a clash. That is the strict choice for judging
quotes (a negation in either language is a negation).
"""

from __future__ import annotations

import re

from factcheck.lang import en, id as id_
from factcheck.lang.tables import LanguageTables, merged

# The languages, in order of precedence: the first wins a clash when they are merged.
_TABLES = {t.code: t for t in (id_.TABLES, en.TABLES)}
LANGUAGES = tuple(_TABLES)
LANGUAGE_CHOICES = ("auto", *LANGUAGES)  # what a claim file or the configuration may name


def tables(language: str = "auto") -> LanguageTables:
    """The tables of `language` ("id", "en"); of every language at once for "auto" (and
    for any other value)."""
    return _TABLES.get(language, _AUTO)


def members(language: str = "auto") -> tuple[LanguageTables, ...]:
    """The languages `language` stands for: itself, or every language for "auto" in the
    order they are merged (the last wins a clash)."""
    return (_TABLES[language],) if language in _TABLES else tuple(reversed(_TABLES.values()))


_AUTO = merged(members("auto"), code="auto", name="every language", locale="und")


def guess(text: str) -> str:
    """"id" or "en" when the text's function words clearly say so, else "auto"."""
    counts = {code: 0 for code in LANGUAGES}
    for word in re.findall(r"[^\W\d_]+", text[:20_000].lower()):
        for code, table in _TABLES.items():
            counts[code] += word in table.stopwords
    (first, a), (_, b) = sorted(counts.items(), key=lambda kv: -kv[1])
    return first if a >= 3 and a >= 2 * b else "auto"
