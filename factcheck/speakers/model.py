"""The plain data of speaker analysis: the people a source names, the name phrases that name
them, who speaks each quotation, and what the source attributes to whom."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from enum import Enum


class How(str, Enum):
    """How a quotation's speaker was found. A `str` so that reports and JSON show the word."""

    NAMED = "named"  # a name next to a cue: "“…,” ujar Andra Soni", "Smith said: “…”"
    LEAD_IN = "lead-in"  # the subject of a lead-in verb before the quotation: "X mengatakan, “…”"
    PRONOUN = "pronoun"  # a cue that refers back: "tambahnya", "kata dia", "he said"
    CARRIED = "carried"  # no cue: the quotation continues the current speaker's
    TURN = "turn"  # a transcript's speaker label
    DESCRIBED = "described"  # a description, no name: "said his wife", "jawab pemudik", "kata seorang warga"
    UNDETERMINED = "undetermined"

    def __str__(self) -> str:
        return self.value


class Basis(str, Enum):
    """What a quotation's speaker rests on, and so what a verdict on it may be: a claim passes
    or fails on CUE or CHAIN only; on INFERRED it warns. A `str` for reports and JSON."""

    CUE = "cue"  # a cue naming the speaker beside the quotation, a transcript's label
    CHAIN = "chain"  # -nya, a pronoun or no cue, continuing a speaker a cue named, nobody else named between
    INFERRED = "inferred"  # carried past other people, from a sentence's subject, or across a dialogue
    NONE = "none"  # no speaker

    def __str__(self) -> str:
        return self.value

    @property
    def explicit(self) -> bool:
        """Is this enough to pass the claimed speaker, or to fail another?"""
        return self in (Basis.CUE, Basis.CHAIN)


@dataclass
class Person:
    """One person (or body) the source names, with every form it uses for them."""

    id: int
    tokens: set[str]  # folded name words: {"helmi", "hasan"}
    name: str  # the fullest name as written: "Helmi Hasan"
    full: str  # the fullest mention as written, titles included: "Gubernur Bengkulu Helmi Hasan"
    roles: set[str] = field(default_factory=set)  # folded title and role words: {"gubernur", "bengkulu"}
    role_phrases: set[tuple[str, ...]] = field(default_factory=set)  # ("wakil", "presiden"), ("gubernur", "bengkulu")
    aliases: list[str] = field(default_factory=list)  # every distinct mention as written
    gender: str = ""  # "f" / "m" when a title tells ("Mrs. Bennet"): never joined with one of the other
    titled: bool = False  # named with a title or as a speaker at least once: surely a person
    spoke: bool = False  # the source has made them a speaker before the current point
    last: int = -1  # offset of the latest mention read so far

    def __str__(self) -> str:
        return self.full


@dataclass(frozen=True, kw_only=True)
class Mention:
    """A name phrase in the text; `name` empty for a role alone ("kata Presiden")."""

    first: int  # token indices, inclusive
    last: int
    start: int  # character offsets
    end: int
    text: str
    titles: tuple[str, ...]
    role: tuple[str, ...]
    name: tuple[str, ...]
    name_text: str
    possessive: bool = False  # "Durbeyfield's (name)": names the person, but as no subject or speaker


@dataclass(frozen=True, kw_only=True)
class Attribution:
    """The speaker of one quotation (all the paragraphs of a continued quotation)."""

    start: int  # from the first opening mark …
    end: int  # … to the last closing mark
    speaker: Person | None
    how: How
    cue: str  # the cue as written ("ujar", "tambahnya", "mengatakan"), a turn's time, "" when none
    mention: str  # the words naming the speaker next to the cue ("Andra", "Ia"), "" when none
    reason: str = ""  # why the speaker is undetermined, for the reader
    parts: tuple[tuple[int, int], ...] = ()  # each quotation's span (the cue between is not speech)
    ambiguous: bool = False  # undetermined because the name (or label) could be more than one person
    basis: Basis = Basis.NONE  # what the speaker rests on
    origin: str = ""  # for CHAIN and INFERRED: the cue or mention the speaker was carried from, as written
    origin_at: int = -1  # its offset
    note: str = ""  # for INFERRED: why the chain is not explicit ("Bupati Demak is named in between")
    described: str = ""  # no speaker named: the description the source gives instead ("his wife", "seorang warga")
    unnamed: bool = False  # … and it describes someone the source does not name ("a resident", "pemudik")


@dataclass(frozen=True, kw_only=True)
class Statement:
    """Something the source attributes to a speaker: a quotation or reported speech."""

    speaker: Person | None
    start: int
    end: int
    text: str
    direct: bool
    cue: str
    basis: Basis = Basis.CUE  # what the speaker rests on, as for a quotation (`Attribution.basis`)


@dataclass(kw_only=True)
class Speech:
    """Everything the analysis finds in one source."""

    people: list[Person]
    attributions: list[Attribution]
    statements: list[Statement]
    places: frozenset[str] = frozenset()  # words the source uses as places or bodies
    language: str = "auto"

    def at(self, offset: int) -> Attribution | None:
        """The attribution of the speech quotation containing `offset`."""
        k = bisect_right([a.start for a in self.attributions], offset) - 1
        if k >= 0 and any(start <= offset < end for start, end in self.attributions[k].parts):
            return self.attributions[k]
        return None
