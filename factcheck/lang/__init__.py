"""Per-language word lists. Each language is a module of plain data tables.

Code asks for a table through `words(name, language)`; with language "auto" it gets the
union over all languages, which is the strict choice for judging quotes (a negation in
either language is a negation).
"""

from __future__ import annotations

from functools import cache

from factcheck.lang import en, id as id_

LANGUAGES = {"id": id_, "en": en}


@cache
def words(table: str, language: str = "auto") -> frozenset[str]:
    """The named table (e.g. "NEGATIONS") for `language`, or the union when "auto"."""
    modules = LANGUAGES.values() if language not in LANGUAGES else [LANGUAGES[language]]
    return frozenset().union(*(getattr(m, table) for m in modules))
