"""A `said:` claim's or a statement's words as the statement judge (`factcheck.checks.statement`)
reads them: tokens with their clauses, figures and names; the claim's units (figures, names,
content words, soft words); where a unit is in a statement; negations and what they govern;
a language's opposite words."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from factcheck.lang import cldr, tables
from factcheck.text.numbers import Figure, find_figures, same_value, units_agree
from factcheck.text.stems import stems
from factcheck.text.tokens import NUMBER, PUNCT, WORD, tokenize

_CLAUSE_MARKS = frozenset(",;:.!?()—–")


@dataclass(frozen=True)
class Unit:
    text: str  # as written
    key: str  # folded; for a figure its text
    kind: str  # "figure", "name", "word", "soft"
    at: int  # its (first) token in the claim
    figure: Figure | None = None


@dataclass(frozen=True)
class Words:
    """A tokenized text and what is asked of its tokens."""

    keys: list[str]
    surfaces: list[str]
    kinds: list[str]
    clause: list[int]  # clause number of each token
    figures: list[tuple[Figure, int]]  # figure and its first token
    figure_tokens: frozenset[int]
    names: frozenset[int]  # tokens that are names (capitalised inside a sentence, acronyms)
    first_bare: dict[str, int]  # each key without accents -> its first token


def read_words(text: str, language: str, claim: bool = False) -> Words:
    every = tables(language)
    tokens = tokenize(text, claim=claim)
    keys, kinds = tokens.keys, tokens.kinds
    surfaces = [tokens.surface(i) for i in range(len(tokens))]
    clause, current = [], 0
    for i, (key, kind) in enumerate(zip(keys, kinds)):
        if (kind == PUNCT and surfaces[i] in _CLAUSE_MARKS) or (kind == WORD and key in every.clause_breaks):
            current += 1
        clause.append(current)
    figures = []
    starts = {s: i for i, s in enumerate(tokens.starts)}
    covered: set[int] = set()
    for figure in find_figures(text, language):
        first = starts.get(figure.start)
        if first is None:
            first = min((i for i, s in enumerate(tokens.starts) if s >= figure.start), default=None)
        if first is None:
            continue
        figures.append((figure, first))
        covered.update(i for i, s in enumerate(tokens.starts) if figure.start <= s < figure.end)
    for i, key in enumerate(keys):  # "satu", "one": a lone number word is no figure to find_figures
        if i not in covered and key in every.number_values and kinds[i] == WORD:
            figures.append((Figure((Decimal(every.number_values[key]),), None, tokens.starts[i], tokens.ends[i],
                                   text=surfaces[i]), i))
            covered.add(i)
    figures.sort(key=lambda found: found[1])
    names = set()
    for i, surface in enumerate(surfaces):
        if kinds[i] != WORD or not surface[:1].isupper():
            continue
        opening = i == 0 or kinds[i - 1] == PUNCT and surfaces[i - 1] in ".!?\"“”'‘’"
        acronym = len(surface) >= 2 and surface.isupper()
        # a claim is a fragment: a capital at its start is a name, not a sentence's first word
        leading = claim and i == 0 and keys[i] not in every.function_words | every.not_names
        if acronym or leading or (not opening and len(surface) > 1):
            names.add(i)
    first_bare: dict[str, int] = {}
    for i, key in enumerate(keys):
        first_bare.setdefault(bare(key), i)
    return Words(keys, surfaces, kinds, clause, figures, frozenset(covered), frozenset(names), first_bare)


def units_of(text: Words, every) -> list[Unit]:
    units: list[Unit] = []
    seen_figures = {i for _, i in text.figures}
    for figure, i in text.figures:
        units.append(Unit(figure.text, figure.text, "figure", i, figure))
    soft_words = every.speech_cues | every.speech_cues_pronoun | every.reporting_words
    polarity = every.negations | every.denials
    for i, (key, kind) in enumerate(zip(text.keys, text.kinds)):
        if i in text.figure_tokens or i in seen_figures or kind not in (WORD, NUMBER):
            continue
        if key in polarity or any(key.endswith(suffix) for suffix in every.negation_suffixes):
            continue
        if (key in every.function_words or key in every.clause_breaks) and key not in soft_words \
                and i not in text.names:
            continue
        if i in text.names and key not in ("i",):
            units.append(Unit(text.surfaces[i], key, "name", i))
        elif kind == NUMBER:
            units.append(Unit(text.surfaces[i], key, "figure", i, None))
        else:
            units.append(Unit(text.surfaces[i], key, "soft" if key in soft_words else "word", i))
    return sorted(units, key=lambda u: u.at)


def find_unit(unit: Unit, told: Words, language: str, first_stem: dict[str, int]) -> int | None:
    """The statement's token that is this unit, or None."""
    if unit.kind == "figure":
        if unit.figure is None:
            return next((i for i, k in enumerate(told.keys) if k == unit.key), None)
        return next((i for f, i in told.figures if same_value(unit.figure, f) and units_agree(unit.figure, f)), None)
    if unit.kind == "name":
        found = told.first_bare.get(bare(unit.key))
        if found is None and unit.text.isupper() and len(unit.text) >= 2:
            found = acronym_at(unit.text, told)
        return found
    # the first word sharing a stem with the unit (`same_word`), looked up, not searched
    return min((first_stem[s] for s in stems(unit.key, language) if s in first_stem), default=None)


def calendar_kind(key: str, language: str) -> str:
    """"month" or "weekday" when the word names one, else "": two such names are two dates."""
    if key in cldr.month_names(language):
        return "month"
    return "weekday" if key in cldr.weekday_names(language) else ""


def bare(key: str) -> str:
    """A name without its possessive ending ("boeing's" -> "boeing")."""
    return key[:-2] if key.endswith(("'s", "’s")) else key


def acronym_at(letters: str, told: Words) -> int | None:
    """The first of the statement's names whose initials spell `letters` ("FCC": Federal
    Communications Commission; "of", "and" may stand between)."""
    want = letters.lower()
    for i in told.names:
        got, j = "", i
        while j < len(told.keys) and len(got) < len(want):
            if j in told.names:
                got += told.keys[j][0]
            elif told.kinds[j] != WORD or len(told.keys[j]) > 3:
                break
            j += 1
        if got == want:
            return i
    return None


def neighbours_of(text: Words, i: int, every) -> list[str]:
    """The words next to a figure or name starting at token i: the nearest content word on
    either side within its clause (a figure's unit noun: "40,000 jobs", "five days")."""
    found = []
    end = i
    while end + 1 < len(text.keys) and (end + 1 in text.figure_tokens or text.kinds[end + 1] == NUMBER):
        end += 1
    for step, start in ((-1, i - 1), (1, end + 1)):
        j = start
        while 0 <= j < len(text.keys) and text.clause[j] == text.clause[i]:
            if text.kinds[j] == WORD and text.keys[j] not in every.function_words:
                found.append(text.keys[j])
                break
            j += step
    return found


def negations_in(text: Words, every) -> list[int]:
    """The tokens that negate: negations and denying words, but not "tidak hanya", "not only"."""
    found = []
    suffixes = tuple(every.negation_suffixes)
    for i, key in enumerate(text.keys):
        if text.kinds[i] != WORD:
            continue
        if key in every.negations or (suffixes and key.endswith(suffixes)) or key in every.denials:
            following = text.keys[i + 1] if i + 1 < len(text.keys) else ""
            if f"{key} {following}" not in every.negation_idioms:
                found.append(i)
    return found


def after_negation(text: Words, negations: list[int], i: int) -> bool:
    """Does a negation stand before token i in its clause?"""
    return any(k < i and text.clause[k] == text.clause[i] for k in negations)


def governed(text: Words, negations: list[int], every) -> set[int]:
    """The words each negation governs: the first two words after it in its clause that are
    not function words ("tidak bisa dipakai masak": dipakai, masak); a denying verb governs
    the rest of its clause."""
    governed: set[int] = set()
    skip = every.function_words | every.negations
    for i in negations:
        taken = 0
        for j in range(i + 1, len(text.keys)):
            if text.clause[j] != text.clause[i] or taken == 2 and text.keys[i] not in every.denials:
                break
            if text.kinds[j] in (WORD, NUMBER) and text.keys[j] not in skip:
                governed.add(j)
                taken += 1
    return governed


@cache
def opposites(language: str) -> dict[str, frozenset[str]]:
    """Stem -> the stems of its opposites, from the language's antonym pairs."""
    found: dict[str, set[str]] = {}
    for pair in tables(language).antonyms:
        a, _, b = pair.partition(" ")
        for x, y in ((a, b), (b, a)):
            for s in stems(x, language):
                found.setdefault(s, set()).update(stems(y, language))
    return {k: frozenset(v) for k, v in found.items()}
