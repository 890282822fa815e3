"""What one statement of the source says about a `said:` claim: supports it, contradicts it,
or neither.

A claim is a paraphrase. Its units are its figures ("Rp20.000", "five days"), its names
(capitalised words, acronyms) and its content words; function words and verbs that only
report speech ("mengatakan", "explained") are soft: a paraphrase may add or drop them.
Each unit is looked for in the statement (words by stem: "menggunakan" is "guna"; figures by
value and unit; an acronym by the initials of the statement's names), else in its context
(the sentence that holds it and the one before, where a speaker's title or the topic stands).

The statement **supports** the claim when it has every unit, most of them itself,
and agrees in polarity. It **contradicts** the claim only on explicit evidence, in a
statement that has most of the claim's units:

- a negation ("tidak", "belum", "never", "no"; a denying verb such as "membantah") that
  governs a word of the claim in one and not in the other;
- another figure, name or an opposite word ("naik" for "turun", "weak" for "strong": the
  language's antonym pairs; "unrealistic" for "realistic") where the claim has its own,
  between the same neighbouring words.

Anything else is neither: the claim's words the statement lacks are what a person must
confirm.
"""

from __future__ import annotations

from dataclasses import dataclass


from factcheck.lang import tables
from factcheck.text.numbers import same_value, units_agree
from factcheck.text.stems import forms, same_word, stems
from factcheck.text.tokens import WORD
from factcheck.checks.wording import (Unit, Words, after_negation, bare, calendar_kind, find_unit, governed,
                                      negations_in, neighbours_of, opposites, read_words, units_of)

CORE = 0.6  # share of the claim's units a statement must hold itself (not only its context) …
ALIGNED = 0.6  # … and that a contradicting statement must share with the claim
_SLOT = 4  # tokens either side of a matched neighbour where a replaced unit is looked for
MAX_UNITS = 60  # a said: claim paraphrases one statement: at most this many units (soft words aside)
LONG_CLAIM = 40  # units (soft words aside) beyond which a claim glances at each statement first …
GLANCE_SHARE = 0.2  # … and reads in full only those that may hold this share of its units
_NEIGHBOUR_REACH = 8  # claim units to the nearest matched one that still makes it a neighbour
_OPPOSITE = ", its opposite"


@dataclass(frozen=True)
class Reading:
    """What a statement says about a claim."""

    share: float  # share of the claim's units (soft words aside) the statement or its context has
    held: float  # … the statement itself has
    missing: tuple[str, ...]  # the claim's units it lacks, as written
    conflict: str  # why it says the opposite of the claim, "" when it does not
    supports: bool  # it has every unit, most itself, and agrees in polarity
    unclear: str = ""  # why the polarity cannot be told, "" when it can


class Paraphrase:
    """A `said:` claim read once, then compared with every statement."""

    def __init__(self, said: str, language: str):
        self.language = language
        self.tables = tables(language)
        self.text = read_words(said, language, claim=True)
        self.units = units_of(self.text, self.tables)
        self.hard = [u for u in self.units if u.kind != "soft"]
        # a long claim's words by stem and name: what `glance` looks a statement's words up in
        self.long = len(self.hard) > LONG_CLAIM
        self._by_stem: dict[str, set[int]] = {}
        self._by_name: dict[str, set[int]] = {}
        # A word's stem, but for its first letter (an Indonesian prefix may have changed it:
        # "menyapu" / "sapu") and last (English "happi" / "happy"), stands inside the word: a
        # statement word holding none of these pieces of the claim's stems shares no stem with
        # it and need not be stemmed (Sastrawi takes a quarter of a millisecond a word).
        self._pieces = frozenset(piece for u in self.units if u.kind in ("word", "soft")
                                 for stem in stems(u.key, language) for piece in _pieces(stem))
        self._worth: dict[str, bool] = {}
        self._unlooked = 0  # figures and acronyms: found by value or initials, not by a word
        for n, unit in enumerate(self.hard):
            if unit.kind == "figure" or unit.kind == "name" and unit.text.isupper() and len(unit.text) >= 2:
                self._unlooked += 1
            elif unit.kind == "name":
                self._by_name.setdefault(bare(unit.key), set()).add(n)
            else:
                for stem in stems(unit.key, language):
                    self._by_stem.setdefault(stem, set()).add(n)

    def _may_share_a_stem(self, key: str) -> bool:
        worth = self._worth.get(key)
        if worth is None:
            worth = self._worth[key] = key in self.tables.word_forms or any(p in key for p in self._pieces)
        return worth

    def _stem_index(self, text: Words) -> dict[str, int]:
        """Each stem of the text's words that may share one with the claim -> its first word."""
        index: dict[str, int] = {}
        for i, (key, kind) in enumerate(zip(text.keys, text.kinds)):
            if kind == WORD and self._may_share_a_stem(key):
                for stem in stems(key, self.language):
                    index.setdefault(stem, i)
        return index

    def glance(self, keys: list[str]) -> Reading | None:
        """For a long claim, a statement whose word keys (`keys`, folded) cannot hold
        GLANCE_SHARE of its units is about something else: its reading (the most it can hold;
        no contradiction, no support), without the full comparison. None: read it in full
        (a short claim, or a statement that may hold enough)."""
        if not self.long:
            return None
        found: set[int] = set()
        for key in keys:
            found.update(self._by_name.get(bare(key), ()))
            if self._may_share_a_stem(key):
                for stem in stems(key, self.language):
                    found.update(self._by_stem.get(stem, ()))
        bound = (len(found) + self._unlooked) / len(self.hard)
        return Reading(bound, bound, (), "", False) if bound < GLANCE_SHARE else None

    def compare(self, statement: str, context: str, denied: bool = False) -> Reading:
        """What `statement` (with the text around it, `context`) says about the claim;
        `denied` when the statement is reported by a denying verb ("X membantah …")."""
        told = read_words(statement, self.language)
        around = read_words(context, self.language)
        told_stems, around_stems = self._stem_index(told), self._stem_index(around)
        at: dict[int, int] = {}  # claim unit index -> statement token
        in_context: set[int] = set()
        for n, unit in enumerate(self.units):
            found = find_unit(unit, told, self.language, told_stems)
            if found is not None:
                at[n] = found
            elif unit.kind != "soft" and find_unit(unit, around, self.language, around_stems) is not None:
                in_context.add(n)
        hard = [n for n, u in enumerate(self.units) if u.kind != "soft"]
        if not hard:
            return Reading(0.0, 0.0, (), "", False)
        held = [n for n in hard if n in at]
        missing = [n for n in hard if n not in at and n not in in_context]
        share = (len(held) + len(in_context)) / len(hard)
        neighbours = _matched_neighbours(len(self.units), at)
        replaced = {n: why for n in range(len(self.units)) if n not in at and n not in in_context
                    and (why := self._replaced(n, at, told, neighbours[n]))}
        # a contradiction must be explicit: the statement itself holds most of the claim's units
        aligned = (len(held) + len([n for n in replaced if n in hard])) / len(hard)
        polarity, unclear, negated = self._polarity(at, told, denied)
        conflict = ""
        opposed = any(why.endswith(_OPPOSITE) for why in replaced.values())
        if opposed and (polarity or negated):  # "did not fall" for "rose": the opposite twice over
            polarity, unclear = "", "it says the opposite twice over (an opposite word and a negation)"
        elif aligned >= ALIGNED:
            conflict = next(iter(replaced.values()), "") or polarity
        supports = not missing and len(held) / len(hard) >= CORE and not unclear and not polarity and not replaced
        return Reading(share, len(held) / len(hard), tuple(self.units[n].text for n in missing), conflict, supports,
                       unclear)

    # -- explicit contradictions ---------------------------------------------------------------

    def _replaced(self, n: int, at: dict[int, int], told: Words, neighbours: tuple[int | None, int | None]) -> str:
        """Why the statement has something else where the claim has unit n: another figure,
        name or an opposite word between the same neighbours; "" when it has not."""
        unit = self.units[n]
        slot = _slot(neighbours, at, told)
        used = set(at.values())
        if unit.kind == "figure":
            if unit.figure is None:  # a number that is a name ("Pasal 212", "nomor urut 01"): no value to differ
                return ""
            others = [(f, i) for f, i in told.figures if i not in used and not same_value(unit.figure, f)
                      and units_agree(unit.figure, f)]
            for figure, i in others:
                # another figure where the claim has its own: of the same unit, or counting the
                # same thing ("two days" / "five days")
                if i in slot and (figure.unit is not None and figure.unit == unit.figure.unit
                                  or self._same_neighbour(unit, told, i)):
                    return f'the source says "{figure.text}" where the claim says "{unit.text}"'
            lone = [f for f, _ in others if f.unit is not None and f.unit == unit.figure.unit]
            if not slot and len(lone) == 1:
                return f'the source says "{lone[0].text}" where the claim says "{unit.text}"'
            return ""
        for i in sorted(slot):
            if i in used or told.kinds[i] != WORD:
                continue
            if unit.kind == "name" and i in told.names and told.keys[i] not in self.tables.function_words \
                    and (self._same_neighbour(unit, told, i) or calendar_kind(unit.key, self.language)
                         == calendar_kind(told.keys[i], self.language) != ""):  # "in March" / "in May"
                return f'the source says "{told.surfaces[i]}" where the claim says "{unit.text}"'
            if unit.kind in ("word", "soft") and self._opposite(unit.key, told.keys[i]):
                return f'the source says "{told.surfaces[i]}" where the claim says "{unit.text}"{_OPPOSITE}'
        return ""

    def _same_neighbour(self, unit: Unit, told: Words, i: int) -> bool:
        """Is a word next to the claim's figure or name also next to the statement's at i?"""
        ours = neighbours_of(self.text, unit.at, self.tables)
        theirs = neighbours_of(told, i, self.tables)
        return any(same_word(a, b, self.language) for a in ours for b in theirs)

    def _opposite(self, a: str, b: str) -> bool:
        """Do two words mean the opposite ("naik", "turun"; "strong", "weak"; "realistic",
        "unrealistic")?"""
        language = self.language
        pairs = opposites(language)
        theirs = forms(b, language)
        if any(not pairs.get(f, frozenset()).isdisjoint(theirs) for f in forms(a, language)):
            return True
        for short, long_ in ((a, b), (b, a)):
            for prefix in self.tables.negative_prefixes:
                if long_.startswith(prefix) and len(long_) - len(prefix) >= 4 and \
                        same_word(long_[len(prefix):], short, language):
                    return True
        for pair in self.tables.opposite_prefixes:
            p, q = pair.split()
            for x, y in ((a, b), (b, a)):
                if x.startswith(p) and y.startswith(q) and len(x) - len(p) >= 3 and \
                        same_word(x[len(p):], y[len(q):], language):
                    return True
        return False

    # -- polarity --------------------------------------------------------------------------------

    def _polarity(self, at: dict[int, int], told: Words, denied: bool) -> tuple[str, str, bool]:
        """(why a negation reverses the claim, why the polarity cannot be told, whether a
        clause of the claim and its statement clause differ in negations at all).

        A word both have that a negation governs in one and not in the other reverses the
        claim ("tidak bisa dipakai" / "bisa dipakai"). Otherwise a clause of the claim is
        compared with the statement's clause holding most of its words: when they differ in
        negations (or the statement is denied) and no word both have shows which way it
        goes, the polarity cannot be told; a word that makes the statement only possible
        ("might", "mungkin") and that the claim leaves out makes it unclear too."""
        ours, theirs = negations_in(self.text, self.tables), negations_in(told, self.tables)
        claim_governed = governed(self.text, ours, self.tables)
        told_governed = governed(told, theirs, self.tables)
        unclear, negated = "", False
        members_of: dict[int, list[int]] = {}  # claim clause -> its units the statement has
        for n, u in enumerate(self.units):
            members_of.setdefault(self.text.clause[u.at], [])
            if n in at:
                members_of[self.text.clause[u.at]].append(n)
        words_of: dict[int, set[str]] = {}  # claim clause -> its words
        for i, c in enumerate(self.text.clause):
            words_of.setdefault(c, set()).add(self.text.keys[i])
        told_hedges = [(i, c) for i, c in enumerate(told.clause) if told.keys[i] in self.tables.hedges]
        for clause in sorted(members_of):
            members = members_of[clause]
            voters = [n for n in members if self.units[n].kind != "soft"]
            if not voters:
                continue
            for n in members:
                i, j = self.units[n].at, at[n]
                if denied or (i in claim_governed) == (j in told_governed):
                    continue
                # reversed only when the other has no negation before the word in its clause at all
                if not (after_negation(told, theirs, j) if i in claim_governed else after_negation(self.text, ours, i)):
                    where, other = ("the source", "the claim") if j in told_governed else ("the claim", "the source")
                    return f'"{self.units[n].text}" is negated in {where} but not in {other}', "", True
                unclear = unclear or f'"{self.units[n].text}" is negated differently in the claim and the source'
            votes: dict[int, int] = {}
            for n in voters:
                votes[told.clause[at[n]]] = votes.get(told.clause[at[n]], 0) + 1
            anchors = [c for c, v in votes.items() if v == max(votes.values())]
            claim_parity = sum(1 for i in ours if self.text.clause[i] == clause) % 2
            parities = {(sum(1 for i in theirs if told.clause[i] == c) + denied) % 2 for c in anchors}
            shown = any(self.units[n].at in claim_governed and at[n] in told_governed for n in members)
            if denied and claim_parity == 0 and parities == {1} and not any(told.clause[i] in anchors for i in theirs):
                return "the source denies it", "", True
            negated = negated or parities != {claim_parity}
            if parities != {claim_parity} and not shown:
                unclear = unclear or ("its words stand in clauses of the source that differ in negation"
                                      if len(parities) > 1 else "a negation in one governs none of the words both have")
            ours_words = words_of[clause]
            hedged = [told.surfaces[i] for i, c in told_hedges if c in anchors and told.keys[i] not in ours_words]
            if hedged:
                unclear = unclear or f'the source says "{hedged[0]}", which the claim leaves out'
        return "", unclear, negated


def _pieces(stem: str) -> tuple[str, ...]:
    """Pieces of `stem` one of which every word having it holds: the stem but for its first
    letter (an Indonesian prefix may change it) and last (an English stem may end otherwise
    than the word); for a stem of three letters, either two; for a shorter one, nothing
    ("" is in every word)."""
    if len(stem) >= 4:
        return (stem[1:-1],)
    return (stem[1:], stem[:-1]) if len(stem) == 3 else ("",)


def _matched_neighbours(count: int, at: dict[int, int]) -> list[tuple[int | None, int | None]]:
    """For each claim unit, the nearest matched unit before it and after it, within
    _NEIGHBOUR_REACH units (None: none that near). A unit far from every word the statement
    shares stands in no place of the statement: nothing there can have replaced it (and a
    long claim against a statement that shares little costs no comparisons)."""
    before: list[int | None] = []
    last = None
    for n in range(count):
        before.append(last if last is not None and n - last <= _NEIGHBOUR_REACH else None)
        if n in at:
            last = n
    after: list[int | None] = [None] * count
    last = None
    for n in range(count - 1, -1, -1):
        after[n] = last if last is not None and last - n <= _NEIGHBOUR_REACH else None
        if n in at:
            last = n
    return list(zip(before, after))


def _slot(neighbours: tuple[int | None, int | None], at: dict[int, int], told: Words) -> set[int]:
    """The statement's tokens where a unit would stand: after the statement's match of the
    claim's previous matched unit, before that of its next one."""
    before = [at[neighbours[0]]] if neighbours[0] is not None else []
    after = [at[neighbours[1]]] if neighbours[1] is not None else []
    slot: set[int] = set()
    for i in before:
        slot.update(range(i + 1, min(i + 1 + _SLOT, len(told.keys))))
    for i in after:
        slot.update(range(max(0, i - _SLOT), i))
    if before and after and before[0] < after[0]:
        slot = {i for i in slot if before[0] < i < after[0]} or set(range(before[0] + 1, after[0]))
    return slot


