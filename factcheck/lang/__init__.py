"""Per-language word lists. Each language is a module of plain data tables.

Code asks for a table through `words(name, language)`; with language "auto" it gets the
union over all languages, which is the strict choice for judging quotes (a negation in
either language is a negation).
"""

from __future__ import annotations

import re
from functools import cache

from factcheck.lang import en, id as id_

LANGUAGES = {"id": id_, "en": en}


@cache
def words(table: str, language: str = "auto") -> frozenset[str]:
    """The named table (e.g. "NEGATIONS") for `language`, or the union when "auto"."""
    modules = LANGUAGES.values() if language not in LANGUAGES else [LANGUAGES[language]]
    return frozenset().union(*(getattr(m, table) for m in modules))


@cache
def table(name: str, language: str = "auto") -> dict:
    """The named mapping table (e.g. "RELATIVE_DAYS") for `language`; with "auto" the
    languages merged, Indonesian winning a clash."""
    modules = [en, id_] if language not in LANGUAGES else [LANGUAGES[language]]
    merged: dict = {}
    for module in modules:
        merged.update(getattr(module, name))
    return merged


def guess(text: str) -> str:
    """"id" or "en" when the text's function words clearly say so, else "auto"."""
    counts = {lang: 0 for lang in LANGUAGES}
    for word in re.findall(r"[^\W\d_]+", text[:20_000].lower()):
        for lang, module in LANGUAGES.items():
            counts[lang] += word in module.STOPWORDS
    (first, a), (_, b) = sorted(counts.items(), key=lambda kv: -kv[1])
    return first if a >= 3 and a >= 2 * b else "auto"
