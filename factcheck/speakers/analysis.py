"""Who said it: the speaker of each quotation in a source, and what it attributes to whom.

Reads a source once (`analyse`) into:

- **people**: every capitalised name in the narration, titles and roles stripped
  ("Gubernur Bengkulu Helmi Hasan" → name "Helmi Hasan", role "Gubernur Bengkulu"), with
  short forms joined to the full name given earlier or later ("Andra" → "Andra Soni").
  Two names that each have a part the other lacks ("Joko Widodo", "Joko Anwar") stay two
  people, and a short form both could take ("Joko") is left unresolved.
- **attributions**: the speaker of every quotation that is speech (`Quotation.speech`): the
  name next to a cue ("“…,” ujar Andra Soni", "“…,” said Smith", "“…,” Smith said",
  "Smith said: “…”", "Menurut Andra, “…”"); a -nya cue ("tambahnya"), a pronoun ("kata
  dia", "he said") or no cue at all carry over the current speaker: the last person the
  narration made a speaker or subject ("Helmi Hasan mengatakan, …", "Ia berharap …").
- **statements**: what the source attributes to each person, quoted or reported
  ("X mengatakan, …", "Menurut X, …", "X said that …").

In a transcript every speaker turn (`Source.turns`) is an attribution to the person its
label names. Words come from the per-language tables in `factcheck.lang` (SPEECH_CUES,
LEAD_INS, TITLES, …). `speaker_at` is the one lookup the checkers use.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from functools import cache

from factcheck.lang import words
from factcheck.text.quotations import Quotation, paragraphs
from factcheck.text.document import Source
from factcheck.text.tokens import NUMBER, PUNCT, WORD, Tokens, tokenize

_SENTENCE_END = frozenset({".", "!", "?", "…", "...", ";"})
_NAME_JOINERS = frozenset({"bin", "binti", "van", "von", "de", "der", "den", "al", "el", "da", "dos", "la", "le"})
_THAT = frozenset({"bahwa", "that"})
_ROLE_JOINERS = frozenset({"dan", "serta", "/", "&", "and", "of", "for", "at", "on"})
# Tables read in every language at once: news mixes them ("Vice President of Marketplace
# Bukalapak …, ujarnya"); words that would mislead in another language (NOT_NAMES: "Sunday"
# is a name in Indonesian) stay per language.
_SHARED_TABLES = frozenset({
    "TITLES", "PREPOSITIONS", "SPEECH_CUES", "SPEECH_CUES_PRONOUN", "LEAD_INS", "ACCORDING_TO",
    "PASSIVE_LEAD_INS", "SPEAKER_PRONOUNS", "AGENT_MARKERS", "ARTICLES", "ROLE_LINKS",
})
_MAX_ROLE_TOKENS = 24  # how far a long role may run before the name it belongs to
_MAX_TITLE_WORDS = 3


@cache
def _titles(language: str) -> dict[tuple[str, ...], int]:
    """Every title as a tuple of words (multi-word titles match word by word)."""
    return {tuple(title.split()): len(title.split()) for title in words("TITLES", language)}


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
    titled: bool = False  # named with a title or as a speaker at least once: surely a person
    spoke: bool = False  # the source has made them a speaker before the current point
    last: int = -1  # offset of the latest mention read so far

    def __str__(self) -> str:
        return self.full


@dataclass(frozen=True)
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

    @property
    def words(self) -> tuple[str, ...]:
        return self.role + self.name


@dataclass(frozen=True)
class Attribution:
    """The speaker of one quotation (all the paragraphs of a continued quotation)."""

    start: int  # from the first opening mark …
    end: int  # … to the last closing mark
    speaker: Person | None
    how: str  # named | lead-in | pronoun | carried | turn (a transcript's label) | undetermined
    cue: str  # the cue as written ("ujar", "tambahnya", "mengatakan"), a turn's time, "" when none
    mention: str  # the words naming the speaker next to the cue ("Andra", "Ia"), "" when none
    reason: str = ""  # why the speaker is undetermined
    parts: tuple[tuple[int, int], ...] = ()  # each quotation's span (the cue between is not speech)

    @property
    def determined(self) -> bool:
        return self.speaker is not None


@dataclass(frozen=True)
class Statement:
    """Something the source attributes to a speaker: a quotation or reported speech."""

    speaker: Person | None
    start: int
    end: int
    text: str
    direct: bool
    cue: str


@dataclass(frozen=True)
class _Event:
    """A change of speaker in the narration, with what it reports (content..stop)."""

    offset: int
    kind: str  # speaker ("X mengatakan", "Menurut X"), pronoun ("Ia berharap"), subject ("Helmi turut …")
    person: Person | None
    content: int = 0  # offsets of the reported speech, 0 when none
    stop: int = 0
    cue: str = ""


@dataclass
class Speech:
    """Everything `analyse` finds in one source."""

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


def speaker_at(source: Source, start: int, end: int) -> Attribution | None:
    """The speaker the source gives to its words start..end: the attribution of the speech
    quotation holding their start (or middle), None when they are not inside one. The single
    entry point for speaker lookup, so a source with speaker turns (a transcript) can answer
    it from its turns."""
    found = speech(source)
    return found.at(start) or found.at((start + end) // 2)


def speech(source: Source) -> Speech:
    """People, quotation speakers and attributed statements of a source (`analyse`),
    computed once and kept with the document."""
    return source.derived("speech", analyse)


# -- reading a source ------------------------------------------------------------------


def analyse(source: Source) -> Speech:
    """People, quotation speakers and attributed statements of a source; a transcript's
    speakers are its turns' labels."""
    analysis = _Analysis(source)
    return analysis.turns() if source.turns else analysis.run()


class _Analysis:
    def __init__(self, source: Source):
        self.source = source
        self.lang = source.language  # id | en | auto: which words count as no names
        self.text = source.text
        self.tokens: Tokens = source.tokens
        self.keys = [_plain(k) for k in self.tokens.keys]
        self.kinds = self.tokens.kinds
        self.n = len(self.keys)
        # per token, computed once (asked millions of times in a big source): a word that starts
        # with a capital (1) or a small letter (2)
        text, starts = self.text, self.tokens.starts
        self._case = bytes(kind == WORD and (1 if text[start].isupper() else 2 if text[start].islower() else 0)
                           for kind, start in zip(self.kinds, starts))
        self.tables: dict[str, frozenset[str]] = {}
        self.according_first = {phrase.split()[0] for phrase in self.t("ACCORDING_TO")}
        self.quotations = list(source.quotations.quotations)
        self.quoted = self._quoted_tokens()
        self.para_of = self._paragraph_ids()
        self.place_like = self._place_like()
        # words the text also writes in lower case: a capitalised one opens a sentence, names no one
        self.common = {self.keys[i] for i in self._cased(2)}
        self.people: list[Person] = []
        self.by_word: dict[str, set[int]] = {}  # name word (and its first four letters) -> person ids
        self.mention_at: dict[int, Mention] = {}
        self.person_of: dict[int, Person | None] = {}  # mention first token -> person

    def t(self, table: str) -> frozenset[str]:
        """A word table of the source's language (of every language for _SHARED_TABLES)."""
        if table not in self.tables:
            self.tables[table] = words(table, "auto" if table in _SHARED_TABLES else self.lang)
        return self.tables[table]

    # -- token helpers ----------------------------------------------------------------
    def _quoted_tokens(self) -> bytearray:
        inside = bytearray(len(self.tokens))  # a byte a token, not a list slot
        starts, k = self.tokens.starts, 0
        for q in self.quotations:
            while k < len(starts) and starts[k] < q.start:
                k += 1
            j = k
            while j < len(starts) and starts[j] < q.end:
                inside[j] = 1
                j += 1
        return inside

    def _paragraph_ids(self) -> array:
        body = self.source.body_start
        bounds = [(a + body, b + body) for a, b in paragraphs(self.text[body:])]
        ids, p = array("i"), 0
        for start in self.tokens.starts:
            while p + 1 < len(bounds) and start >= bounds[p][1]:
                p += 1
            ids.append(p)
        return ids

    def surface(self, i: int) -> str:
        return self.tokens.surface(i)

    def is_word(self, i: int) -> bool:
        return 0 <= i < self.n and self.kinds[i] == WORD

    def capitalised(self, i: int) -> bool:
        return 0 <= i < self.n and self._case[i] == 1

    def _cased(self, case: int):
        """The tokens that are words starting with a capital (1) or a small letter (2), in order."""
        return (m.start() for m in re.finditer(bytes([case]), self._case))

    def is_punct(self, i: int, marks: str | frozenset[str]) -> bool:
        return 0 <= i < self.n and self.kinds[i] == PUNCT and self.keys[i] in marks

    def sentence_end(self, i: int) -> bool:
        """Does token i end a sentence? ("H." and "Dr." before a name do not.)"""
        if not self.is_punct(i, _SENTENCE_END):
            return False
        if self.keys[i] == "." and self.is_word(i + 1) and not self.surface(i + 1)[:1].isupper() \
                and self.tokens.ends[i - 1] == self.tokens.starts[i] and self.tokens.ends[i] == self.tokens.starts[i + 1]:
            return False  # a web address: "Nusantaraventures.id", "example.com"
        if self.keys[i] == "." and self.is_word(i - 1) and self.tokens.ends[i - 1] == self.tokens.starts[i]:
            prev = self.keys[i - 1]
            if len(prev) == 1 or prev in self.t("TITLES"):
                return not self.capitalised(i + 1)
        return True

    def _place_like(self) -> set[str]:
        """Capitalised words the text also uses as a place or organisation: after "di",
        "Provinsi", "Kementerian", …, or written in capitals (acronyms)."""
        markers = self.t("PLACE_MARKERS")
        found = set(words("ORGANISATION_WORDS"))  # of every language: "Center of Reform" in Indonesian
        starts, ends = self.tokens.starts, self.tokens.ends
        for i in self._cased(1):  # (an acronym, too, starts with a capital)
            if i == 0:
                continue
            if self.keys[i - 1] in markers and not (
                    i >= 2 and (self.keys[i - 2], self.keys[i - 1]) in _titles("auto")) and (
                    self.capitalised(i - 1) or self.keys[i - 1] in self.t("PREPOSITIONS")):
                # "di Bengkulu", "Provinsi Banten"; not "sepanjang jalan Sari" (a street is "Jalan …")
                found.add(self.keys[i])
            if ends[i] - starts[i] > 2 and self.text[starts[i] : ends[i]].isupper():
                found.add(self.keys[i])
        return found

    # -- mentions -----------------------------------------------------------------------
    def title_at(self, i: int) -> int:
        """Number of tokens of the longest title starting at token i (0 if none); a title
        written as an abbreviation may carry its dot ("Dr.", "H.")."""
        best = 0
        for size in range(_MAX_TITLE_WORDS, 0, -1):
            if i + size <= len(self.keys) and all(self.is_word(i + k) for k in range(size)):
                if tuple(self.keys[i : i + size]) in _titles("auto"):
                    best = size
                    break
        if best and self.is_punct(i + best, ".") and self.capitalised(i + best + 1):
            best += 1
        return best

    def name_word(self, i: int) -> bool:
        """A word that can be part of a name: capitalised, or an initial."""
        return self.capitalised(i) and not self.quoted[i]

    def joined(self, i: int) -> bool:
        """Is token i on the same line as token i - 1 (names never cross a line break)?"""
        return i > 0 and "\n" not in self.text[self.tokens.ends[i - 1] : self.tokens.starts[i]]

    def read_mention(self, i: int, lower_titles: bool = False, speaker: bool = False) -> Mention | None:
        """The name phrase starting at token i: titles and roles, then the name (initials,
        particles such as "bin" or "van", a title inside it: "Sultra dr Ridwan"). After a
        role alone, an apposition is read whole ("juru bicara KPK, Ali Fikri"). Outside a
        speaker position (`speaker`), leading words the text also writes in lower case are
        dropped: a sentence's first word ("Belum bisa …") is no name."""
        if not (0 <= i < len(self.tokens)) or self.quoted[i]:
            return None
        if (self.keys[i] in self.t("NOT_NAMES") or self.keys[i] in self.t("PASSIVE_LEAD_INS")) and not self.title_at(i):
            return None
        j, n = i, len(self.tokens)
        if lower_titles and self.keys[j] in self.t("ARTICLES"):
            j += 1
        words_: list[int] = []
        titles: list[int] = []
        boundary = 0  # index in words_ where the name may begin: after the last title or bracket
        if lower_titles:  # a role in lower case before the name: "said fire chief Victor Duarte"
            k = j
            while k < min(j + 3, n) and self.is_word(k) and not self.capitalised(k) and not self.title_at(k) \
                    and self.keys[k] not in self.t("FUNCTION_WORDS") and self.joined(k):
                k += 1
            if k > j and (self.capitalised(k) or self.title_at(k)) and self.joined(k):
                titles = list(range(j, k))
                words_ = list(titles)
                boundary, j = len(words_), k
        while j < n and (j == i or self.joined(j)):
            size = self.title_at(j) if self.is_word(j) else 0
            inside = len(words_) > boundary  # a title among the name's words: not an initial
            if size and (self.capitalised(j) or lower_titles and not words_ or words_ and self.capitalised(j + size)) \
                    and (not inside or len(self.keys[j]) >= 3):
                taken = [k for k in range(j, j + size) if self.is_word(k)]
                words_ += taken
                titles += taken
                boundary = len(words_)
                j += size
            elif self.name_word(j) and not (words_ and self.keys[j] in self.t("NOT_NAMES")):
                words_.append(j)
                j += 1
                if self.is_punct(j, ".") and len(self.surface(j - 1)) <= 2 and self.capitalised(j + 1):
                    j += 1  # an initial: "M." in "Daeng M. Faqih"
            elif words_ and self.keys[j] in _NAME_JOINERS and self.name_word(j + 1):
                j += 1
            elif titles and self.keys[j] in _ROLE_JOINERS and self.name_word(j + 1) and self.joined(j + 1) \
                    and not self.title_at(j + 1):
                j += 1  # "Menteri Riset dan Teknologi / Kepala Badan Riset …"
            elif words_ and self.is_punct(j, "-") and (self.tokens.kinds[j + 1] == NUMBER if j + 1 < n else False):
                j += 2  # "Covid - 19"
            elif titles and self.tokens.kinds[j] == NUMBER and self.capitalised(j + 1) and self.joined(j + 1):
                boundary = len(words_)  # "Manajer Humas PT KAI Daop 8 Surabaya Suprapto"
                j += 1
            elif words_ and self.is_punct(j, "("):
                close = next((k for k in range(j + 1, min(j + 9, n)) if self.is_punct(k, ")")), None)
                if close is None or not self.capitalised(close + 1) or not self.joined(close + 1):
                    break
                boundary = len(words_)  # "PT Kereta Commuter Indonesia (KAI Commuter) Wiwik Widayanti"
                j = close + 1
            else:
                break
        if not words_:
            return None
        if not titles and not speaker and (self.keys[words_[0]] in self.common or _not_a_name(self.keys[words_[0]], self.lang)):
            rest = words_[1] if len(words_) > 1 else None
            return self.read_mention(rest) if rest is not None and rest == words_[0] + 1 else None
        last = words_[-1]
        candidates = words_[boundary:]
        keys = [self.keys[k] for k in candidates]
        roled = bool(titles) or bool(keys) and keys[0] in self.t("ORGANISATION_WORDS")
        name = _split_name(keys, self.place_like, roled)
        body = any(self.keys[k] in self.t("ORGANISATION_WORDS") for k in words_ if k not in titles)
        if titles and (not name or body):
            apposed = self.apposition(j)
            if apposed is not None:
                candidates, last = [k for k in range(apposed.first, apposed.last + 1) if self.is_word(k)], apposed.last
                words_ = words_ + candidates
                keys = [self.keys[k] for k in candidates]
                name = _split_name(keys, self.place_like, False)
        name_tokens = candidates[len(candidates) - len(name):]
        title_keys = tuple(self.keys[k] for k in titles)
        role = tuple(self.keys[k] for k in words_ if k not in titles and k not in name_tokens)
        name_text = self.text[self.tokens.starts[name_tokens[0]] : self.tokens.ends[name_tokens[-1]]] if name else ""
        start, end = self.tokens.starts[i], self.tokens.ends[last]
        return Mention(i, last, start, end, self.text[start:end], title_keys, role, tuple(name), name_text)

    def apposition(self, j: int) -> Mention | None:
        """The name after a role's comma, a few words on: "kata juru bicara Gugus Tugas
        Covid-19 Kabupaten Bekasi, Alamsyah"."""
        for k in range(j, min(j + 14, len(self.tokens) - 1)):
            if self.quoted[k] or self.sentence_end(k) or not self.joined(k):
                return None
            if self.is_word(k) and not self.capitalised(k) and self.keys[k] not in _ROLE_JOINERS:
                return None  # "kata Presiden dalam rapat …, Jakarta": the role has ended
            if self.is_punct(k, "(") or self.is_punct(k, ")"):
                continue
            if self.is_punct(k, ",") and self.capitalised(k + 1) and self.joined(k + 1):
                apposed = self.read_mention(k + 1, speaker=True)
                if apposed is None:
                    return None
                if apposed.name and not apposed.titles and self.person_like(apposed) \
                        and not any(w in self.place_like for w in apposed.name):
                    return apposed
                # "Kepala Dusun Nglahar, Kelurahan Sumbersari, Kecamatan Moyudan, Wahyu Wibowo"
        return None

    def role_name(self, mention: Mention) -> Mention:
        """A titled mention whose role runs on, past commas, brackets, numbers and linking
        words, to the name it ends with: "Kepala Bagian Umum dan Humas, Rumah Sakit Sejahtera,
        Budi Pranata", "pengamat ekonomi Universitas Nusantara, Dewi Lestari" is that person
        with the whole role; the mention itself when no name ends it."""
        if not mention.titles:
            return mention
        k, stop = mention.last + 1, min(mention.first + _MAX_ROLE_TOKENS, self.n)
        while k < stop and not self.quoted[k] and not self.sentence_end(k) and self.joined(k):
            if self.is_punct(k, "("):  # an acronym in brackets belongs to the role: "(Asnel)"
                close = next((c for c in range(k + 1, min(k + 6, stop)) if self.is_punct(c, ")")), None)
                if close is None or any(not self.is_word(c) for c in range(k + 1, close)):
                    break
                k = close + 1
                continue
            if self.kinds[k] == NUMBER or self.is_punct(k, ",/-&."):
                k += 1
                continue
            if not self.is_word(k):
                break
            if not self.capitalised(k) and not self.title_at(k):
                if self.keys[k] in self.t("DEMONSTRATIVES") and not mention.name and k > mention.last + 1:
                    # "kata politisi dari Partai Damai ini": the whole role refers back
                    return replace(mention, last=k - 1, end=self.tokens.ends[k - 1],
                                   text=self.text[mention.start : self.tokens.ends[k - 1]])
                glued = self.is_punct(k - 1, ".") and self.tokens.ends[k - 2] == self.tokens.starts[k - 1] \
                    and self.tokens.ends[k - 1] == self.tokens.starts[k]  # "Nusantaraventures.id"
                if self.keys[k] not in self.t("ROLE_LINKS") and not self.role_word(k, mention) and not glued:
                    break
                if mention.name and self.keys[k] in self.t("PLACE_MARKERS"):
                    break  # "Budi Pranata di Kabupaten Sleman": where the named person is
                k += 1
                continue
            part = self.read_mention(k, lower_titles=True, speaker=True)
            if part is None:
                break
            # the name is the part's last words that are no place or body: "… (LKSH) Sulteng Rudi Hartono"
            name = tuple(_split_name(list(part.name), self.place_like, True))
            if (len(name) > 1 or name == part.name) and self.person_like(part):
                named = [c for c in range(part.first, part.last + 1) if self.is_word(c)][-len(name):]
                role = part.role + part.name[: len(part.name) - len(name)]
                return Mention(mention.first, part.last, mention.start, part.end, self.text[mention.start : part.end],
                               mention.titles + part.titles, mention.role + role, name,
                               self.text[self.tokens.starts[named[0]] : part.end])
            k = part.last + 1
        return mention

    def role_word(self, k: int, mention: Mention) -> bool:
        """A lower-case word of the role, among the first two right after the mention: "ahli
        [epidemiologi]", "pengamat [politik]"; never a verb or a function word."""
        key = self.keys[k]
        return k - mention.last <= 2 and all(self.is_word(c) and not self.capitalised(c) for c in range(mention.last + 1, k + 1)) \
            and key not in self.t("FUNCTION_WORDS") and key not in self.t("LEAD_INS") and key not in self.t("SPEECH_CUES") \
            and not any(key.startswith(p) for p in self.t("VERB_PREFIXES"))

    def person_like(self, mention: Mention, speaker: bool = False) -> bool:
        """Could this mention name a person (not a place, body or sentence-initial word)?
        Next to a speech cue (`speaker`) a name that the text also uses for a place still
        names a person ("kata Risma" after "Wali Kota Risma")."""
        if not mention.name:
            return bool(mention.titles)
        if mention.name[0] in self.t("ORGANISATION_WORDS") and not mention.role:
            return False
        if not speaker and not mention.titles and all(k in self.place_like for k in mention.name):
            return False
        return True

    def collect_mentions(self) -> None:
        i = 0
        while i < len(self.tokens):
            if self.capitalised(i + 1) and self.keys[i + 1] == self.keys[i] and self.joined(i + 1):
                i += 1  # "Kendala Kendala cuaca …": a subheading glued to a sentence opening with its word
                continue
            if not self.quoted[i] and self.capitalised(i) and not self.name_word_continues(i):
                mention = self.read_mention(i)
                if mention is not None:
                    self.mention_at[mention.first] = mention
                    if self.person_like(mention):
                        self.person_of[mention.first] = self.cluster(mention)
                    i = mention.last + 1
                    continue
            i += 1

    def name_word_continues(self, i: int) -> bool:
        return self.capitalised(i - 1) and not self.quoted[i - 1] and self.joined(i) and self.keys[i - 1] != self.keys[i] and (
            self.keys[i - 1] not in self.t("NOT_NAMES"))

    # -- people ---------------------------------------------------------------------------
    def cluster(self, mention: Mention) -> Person | None:
        """Join a mention to the person it names, or start a new person."""
        if not mention.name:
            return self.by_role(mention)
        tokens = set(mention.name)
        if all(len(w) < 2 for w in tokens):
            return None  # initials alone ("Kepala Peleton B")
        # the same words first; a short form's first letters ("Risma") only when none has them
        near = self.people_sharing(tokens)
        compatible = [p for p in near if tokens <= p.tokens or p.tokens <= tokens] or [
            p for p in near if _covers(p.tokens, tokens) or _covers(tokens, p.tokens)]
        if len(compatible) > 1:
            exact = [p for p in compatible if p.tokens == tokens]
            compatible = exact or compatible
        if not compatible:  # "Jokowi" for "Joko Widodo": the first letters of two name words
            compatible = [p for p in near if _blends(p.tokens, tokens) or _blends(tokens, p.tokens)]
        if len(compatible) > 1:
            return None  # a short form several people share: leave unresolved
        if compatible:
            person = compatible[0]
            if len(tokens) > len(person.tokens):
                person.name = mention.name_text
            person.tokens |= tokens  # spelling variants too: "Aziz Yanuar", "Aziz Yanuari"
            if len(mention.text) > len(person.full) or (mention.titles and not person.roles):
                person.full = mention.text
        else:
            person = Person(len(self.people), tokens, mention.name_text, mention.text)
            self.people.append(person)
        for word in person.tokens:
            self.by_word.setdefault(word, set()).add(person.id)
            self.by_word.setdefault(word[:4], set()).add(person.id)
        person.roles.update(mention.titles, mention.role)
        if mention.titles:
            person.role_phrases.add(mention.titles)
            person.role_phrases.add(mention.titles + mention.role)
        person.titled = person.titled or bool(mention.titles)
        person.last = max(person.last, mention.start)
        if mention.text not in person.aliases:
            person.aliases.append(mention.text)
        return person

    def people_sharing(self, tokens: set[str]) -> list[Person]:
        """People with a word of `tokens`, or a word with the same first four letters."""
        ids = set().union(*(self.by_word.get(w, set()) | self.by_word.get(w[:4], set()) for w in tokens))
        return [self.people[i] for i in sorted(ids)]

    def by_role(self, mention: Mention) -> Person | None:
        """A role alone ("kata Presiden") names the one person given that role."""
        role = mention.titles + mention.role
        exact = [p for p in self.people if role in p.role_phrases and p.last < mention.start]
        if exact:  # the office named last: "kata Presiden" after "Presiden Jokowi"
            return max(exact, key=lambda p: p.last)
        found = _by_role(self.people, role)
        return found[0] if len(found) == 1 else None

    def person_for(self, mention: Mention | None) -> Person | None:
        if mention is None:
            return None
        known = self.mention_at.get(mention.first)
        if known == mention and mention.first in self.person_of:
            return self.person_of[mention.first]
        return self.cluster(mention) if self.person_like(mention, speaker=True) else None

    # -- cues -----------------------------------------------------------------------------
    def pronoun(self, i: int) -> bool:
        return self.is_word(i) and self.keys[i] in self.t("SPEAKER_PRONOUNS")

    def speech_cue(self, i: int) -> bool:
        return self.is_word(i) and self.keys[i] in self.t("SPEECH_CUES")

    def pronoun_cue(self, i: int) -> bool:
        return self.is_word(i) and self.keys[i] in self.t("SPEECH_CUES_PRONOUN")

    def lead_in(self, i: int) -> bool:
        return self.is_word(i) and self.keys[i] in self.t("LEAD_INS") and not self.capitalised(i)

    def according_to(self, i: int) -> int:
        """Length of an "according to" phrase at token i (0 if none)."""
        if not self.is_word(i) or self.keys[i] not in self.according_first:
            return 0
        for size in (2, 1):
            if all(self.is_word(i + k) for k in range(size)):
                if " ".join(self.keys[i : i + size]) in self.t("ACCORDING_TO"):
                    return size
        return 0

    def mention_ending_at(self, i: int) -> Mention | None:
        """The name phrase whose last token is i ("Smith" in "Smith said")."""
        j = i
        while j > 0 and not self.quoted[j - 1] and (
            self.capitalised(j - 1) or self.keys[j - 1] in _NAME_JOINERS or self.is_punct(j - 1, ".")
            and len(self.surface(j - 2) if j >= 2 else "") <= 2 or self.title_at(j - 1)
            or self.keys[j - 1] in self.t("ARTICLES")):
            if self.is_punct(j - 1, ".") and not self.capitalised(j - 2):
                break
            j -= 1
        for start in range(j, i + 1):
            mention = self.read_mention(start, lower_titles=True, speaker=True)
            if mention is not None and mention.last == i and self.person_like(mention):
                return mention
        return None

    def speaker_after_cue(self, i: int) -> tuple[Person | None, str, str] | None:
        """(person, how, words) for the speaker named right after a cue verb at i - 1."""
        if self.pronoun(i):
            return None, "pronoun", self.surface(i)
        mention = self.read_mention(i, lower_titles=True, speaker=True)
        if mention is None:
            return None
        mention = self.role_name(mention)
        if not self.person_like(mention, speaker=True):
            return None
        after = mention.last + 1
        if self.anaphoric(mention):
            return None, "pronoun", self.text[mention.start : self.tokens.ends[after]]  # "kata politisi ini"
        return self.person_for(mention), "named", mention.text

    def trailing_cue(self, end: int) -> tuple[str, str, Person | None, str] | None:
        """A cue right after a quotation's closing mark: (cue, how, person, words)."""
        i = end
        while i < len(self.tokens) and self.tokens.kinds[i] == PUNCT and self.keys[i] in {",", "-", '"'}:
            i += 1
        if i >= len(self.tokens) or self.quoted[i] or self.para_of[i] != self.para_of[max(end - 1, 0)]:
            return None
        if self.pronoun_cue(i):
            return self.surface(i), "pronoun", None, ""
        if self.speech_cue(i) or self.lead_in(i):
            found = self.speaker_after_cue(i + 1)
            if found:
                person, how, mention = found
                return self.surface(i), how, person, mention
        # name first: "Smith said", "he said", "Andra menambahkan"
        for j in range(i, min(i + 12, len(self.tokens))):
            if self.quoted[j] or self.sentence_end(j) or self.is_punct(j, ","):
                break
            if self.speech_cue(j) or self.lead_in(j) or self.pronoun_cue(j):
                if j > i and self.pronoun(j - 1) and j - 1 == i:
                    return self.surface(j), "pronoun", None, self.surface(j - 1)
                mention = self.mention_ending_at(j - 1) if j > i else None
                between = range(i, mention.first) if mention is not None else ()
                if mention is not None and all(self.is_word(k) and not self.capitalised(k) for k in between) \
                        and len(between) <= 3:
                    return self.surface(j), "named", self.person_for(mention), mention.text
                break
        return None

    def leading_cue(self, start: int) -> tuple[str, str, Person | None, str] | None:
        """A cue in the narration that ends right at a quotation's opening mark:
        "Andra mengatakan, “…”", "Smith said: “…”", "Menurut Andra, “…”", "kata Andra, “…”"."""
        i = start - 1
        while i >= 0 and self.tokens.kinds[i] == PUNCT and self.keys[i] in {",", ":", "-", '"'}:
            i -= 1
        if i < 0 or self.quoted[i] or self.para_of[i] != self.para_of[start]:
            return None
        if self.is_word(i) and self.keys[i] in _THAT:
            i -= 1
        if self.lead_in(i) or self.speech_cue(i):  # "X mengatakan, “…”"
            return self.subject_of(i)
        # "Menurut Andra, “…”", "kata Andra, “…”": a cue then a name, ending at the quote
        begin = self.clause_start(i)
        for j in range(begin, i + 1):
            size = self.according_to(j) or (1 if self.speech_cue(j) else 0)
            if size:
                found = self.speaker_after_cue(j + size)
                if found:
                    person, how, mention = found
                    return " ".join(self.surface(k) for k in range(j, j + size)), how, person, mention
        return None

    def clause_start(self, i: int) -> int:
        """First token of the narration sentence holding token i."""
        while i > 0 and not self.quoted[i - 1] and not self.sentence_end(i - 1) and self.para_of[i - 1] == self.para_of[i]:
            i -= 1
        return i

    def subject_of(self, verb: int) -> tuple[str, str, Person | None, str] | None:
        """The speaker of a lead-in verb: its subject, the first person named in its clause
        that is not the object of a preposition; a pronoun subject refers back."""
        begin = self.clause_start(verb)
        cue = self.surface(verb)
        j, candidates = begin, []
        people: dict[int, Person | None] = {}  # candidate's first token -> person
        while j < verb:
            if self.pronoun(j) and (j == begin or self.is_punct(j - 1, ",")) and not candidates:
                return cue, "pronoun", None, self.surface(j)
            mention = self.mention_at.get(j)
            if mention is not None and mention.last < verb:
                preposition = j > begin and self.keys[j - 1] in self.t("PREPOSITIONS")
                named = self.role_name(mention)
                if named is not mention and named.last < verb and not preposition:
                    candidates.append(named)  # "Kepala Bagian Umum dan Humas, Rumah Sakit …, Budi Pranata"
                    people[named.first] = self.person_for(named)
                    j = named.last + 1
                    continue
                if self.person_like(mention) and not preposition and mention.first in self.person_of:
                    candidates.append(mention)
                    people[mention.first] = self.person_of[mention.first]
                j = mention.last + 1
                continue
            j += 1
        candidates = [m for m in candidates if self.strong(m) or self.clause_initial(m, begin)]
        if not candidates:
            return None
        first = candidates[0]
        if self.anaphoric(first):
            return cue, "pronoun", None, self.text[first.start : self.tokens.ends[first.last + 1]]  # "Mantan Gubernur itu"
        strong = [m for m in candidates if self.strong(m)]
        chosen = strong[0] if strong else candidates[-1]
        apposed = next((m for m in candidates if m.first == chosen.last + 2 and self.is_punct(chosen.last + 1, ",")
                        and (self.is_punct(m.last + 1, ",") or m.last + 1 == verb)), None)
        if apposed is not None and self.role_like(chosen) and apposed.name:
            chosen = apposed  # "Pengajar Sekolah Tinggi Pertanahan Nasional, Sutaryono, mengungkapkan"
        named = next((m for m in candidates if m.first == begin and m.last + 2 == chosen.first), None)
        if named is not None and self.is_punct(named.last + 1, ",") and chosen.titles and named.name \
                and not self.role_like(named):
            chosen = named  # "Dedi, Kepala Regu A dari Pos Pemadam Kebakaran …, menuturkan"
        return cue, "lead-in", people[chosen.first], chosen.text

    def anaphoric(self, mention: Mention) -> bool:
        """A role followed by "itu", "ini", "tersebut" refers back ("politisi ini", "Mantan
        Gubernur Sulawesi itu": a role whose last word is a place the text never marks)."""
        after = mention.last + 1
        return (not mention.name or bool(mention.titles) and len(mention.name) == 1) and self.is_word(after) \
            and self.keys[after] in self.t("DEMONSTRATIVES")

    def clause_initial(self, mention: Mention, begin: int) -> bool:
        """Does the mention open its clause (after a comma, a title, or nothing)?"""
        i = mention.first
        return i == begin or self.is_punct(i - 1, ",") or bool(mention.titles)

    def role_like(self, mention: Mention) -> bool:
        """A mention that reads as a role or body: a title, or words of a place or body."""
        return bool(mention.titles) or any(w in self.place_like for w in mention.name + mention.role)

    def strong(self, mention: Mention) -> bool:
        """A mention that surely names a person: a name with a title, a full name, or a
        short form of a person named so elsewhere (not a lone role, not a lone word)."""
        person = self.person_of.get(mention.first) if self.mention_at.get(mention.first) == mention else None
        if not mention.name or all(len(w) < 2 for w in mention.name):
            return False
        if not mention.titles and any(w in self.place_like for w in mention.name):
            return False  # "Pengajar Sekolah Tinggi Pertanahan Nasional Yogyakarta": a body
        return bool(mention.titles) or len(mention.name) > 1 or person is not None and (
            len(person.tokens) > 1 or person.spoke)

    # -- transcripts ----------------------------------------------------------------------
    def turns(self) -> Speech:
        """A transcript: each speaker turn is the speech of the person its label names."""
        attributions, statements = [], []
        for turn in self.source.turns:
            person = None
            if turn.speaker:
                name, titles, role = _read_name(turn.speaker, frozenset(self.place_like), self.lang)
                written = re.sub(r"\([^()]*\)", " ", turn.speaker).split(",")[0].split()
                label = Mention(-1, -1, turn.start, turn.start, turn.speaker, titles, role, name,
                                " ".join(written[len(written) - len(name):]))
                person = self.cluster(label) if name else self.by_role(label)
                if person is not None:
                    person.titled = person.spoke = True
            reason = "" if person else ("the transcript does not label this turn" if not turn.speaker
                                        else f'the label "{turn.speaker}" could be more than one person')
            attributions.append(Attribution(turn.start, turn.end, person, "turn" if person else "undetermined",
                                            turn.time or "", turn.speaker or "", reason, ((turn.start, turn.end),)))
            statements.append(Statement(person, turn.start, turn.end, self.source.visible(turn.start, turn.end),
                                        True, turn.time or ""))
        return Speech(list(self.people), attributions, statements, frozenset(self.place_like), self.lang)

    # -- the pass over the text ----------------------------------------------------------
    def run(self) -> Speech:
        self.collect_mentions()
        self.mention_starts = sorted(self.mention_at)
        groups: dict[int, list[Quotation]] = {}
        for q in self.quotations:
            if q.speech:
                groups.setdefault(q.group, []).append(q)
        events = self.narration_events()
        attributions: list[Attribution] = []
        statements: list[Statement] = []
        current: Person | None = None
        pending = sorted(events, key=lambda e: e.offset)
        k = 0
        for parts in groups.values():
            first, last = parts[0], parts[-1]
            while k < len(pending) and pending[k].offset < first.start:
                current = self._apply(pending[k], current, statements)
                k += 1
            attribution = replace(self.attribute(parts, current), parts=tuple((q.start, q.end) for q in parts))
            attributions.append(attribution)
            if attribution.speaker is not None:
                current = attribution.speaker
                attribution.speaker.titled = attribution.speaker.spoke = True
            elif attribution.reason.startswith("ambiguous"):
                current = None  # a name several people share: do not carry anyone over
            for q in parts:
                inner = self.text[q.start : q.end]
                statements.append(Statement(attribution.speaker, q.start, q.end, inner, True, attribution.cue))
            # events inside the quotation's own sentence (its trailing cue) are already used
            while k < len(pending) and pending[k].offset < last.end:
                k += 1
        while k < len(pending):
            current = self._apply(pending[k], current, statements)
            k += 1
        people = list(self.people)
        return Speech(people, attributions, statements, frozenset(self.place_like), self.lang)

    def attribute(self, parts: list[Quotation], current: Person | None) -> Attribution:
        first, last = parts[0], parts[-1]
        end_token = self.token_from(last.end)
        found = self.trailing_cue(end_token)
        if found is None:
            for q in parts:
                found = self.leading_cue(self.token_from(q.start))
                if found:
                    break
        if found is None:
            # no cue: the quotation continues the current speaker's (a follow-up paragraph)
            if current is not None:
                return Attribution(first.start, last.end, current, "carried", "", "")
            return Attribution(first.start, last.end, None, "undetermined", "", "",
                               "no cue and no earlier speaker")
        cue, how, person, mention = found
        if how == "pronoun":
            if current is None:
                return Attribution(first.start, last.end, None, "undetermined", cue, mention,
                                   f'"{cue}{" " + mention if mention else ""}" refers back, but no speaker comes before')
            return Attribution(first.start, last.end, current, "pronoun", cue, mention)
        if person is None:
            return Attribution(first.start, last.end, None, "undetermined", cue, mention,
                               f'ambiguous: "{mention}" could be more than one person')
        return Attribution(first.start, last.end, person, how, cue, mention)

    def token_from(self, offset: int) -> int:
        """Index of the first token starting at or after `offset`."""
        return bisect_left(self.tokens.starts, offset)

    def narration_events(self) -> list[_Event]:
        """Speaker changes in the narration, in order."""
        events = []
        i, n = 0, len(self.tokens)
        while i < n:
            if self.quoted[i]:
                i += 1
                continue
            begin = i
            while i < n and not self.quoted[i] and not self.sentence_end(i) and self.para_of[i] == self.para_of[begin]:
                i += 1
            end = i  # exclusive
            events.extend(self.sentence_events(begin, end))
            if i < n and self.sentence_end(i):
                i += 1
        return events

    def sentence_events(self, begin: int, end: int) -> list[_Event]:
        """The speaker change one narration sentence (tokens begin..end-1) makes, if any."""
        found: list[_Event] = []
        stop = self.tokens.ends[end - 1] if end > begin else self.tokens.starts[begin]
        for j in range(begin, end):
            size = self.according_to(j)
            # capitalised, "Menurut" opens a sentence even after a heading glued to it
            if size and (j == begin or self.is_punct(j - 1, ",") or self.capitalised(j)):
                speaker = self.speaker_after_cue(j + size)
                if speaker is not None:
                    person, how, mention = speaker
                    content = self._content_after(j + size, end)
                    kind = "pronoun" if how == "pronoun" else "speaker"
                    found.append(_Event(self.tokens.starts[j], kind, person, content, stop, self.surface(j)))
                    return found
            if self.speech_cue(j) and j > begin and self.is_punct(j - 1, ","):
                speaker = self.speaker_after_cue(j + 1)
                if speaker is not None and speaker[1] == "named":
                    person, how, mention = speaker
                    found.append(_Event(self.tokens.starts[j], "speaker", person, self._content_after(j + 1, end), stop,
                                        self.surface(j)))
                    return found
            if self.is_word(j) and self.keys[j] in self.t("PASSIVE_LEAD_INS"):
                k = j + 1 + (self.keys[j + 1] in self.t("AGENT_MARKERS") if j + 1 < end else 0)
                speaker = self.speaker_after_cue(k) if k < end else None
                if speaker is not None and speaker[1] == "named":  # "Hal senada disampaikan Rizki Rifai"
                    found.append(_Event(self.tokens.starts[j], "speaker", speaker[0], cue=self.surface(j)))
                    return found
            if self.lead_in(j) and not (j > begin and self.keys[j - 1] in self.t("RELATIVE_WORDS")):
                subject = self.subject_of(j)
                if subject is not None:
                    cue, how, person, mention = subject
                    k = j + 1
                    while k < end and self.tokens.kinds[k] == PUNCT:
                        k += 1
                    content = self.tokens.starts[k] if k < end else stop
                    kind = "pronoun" if how == "pronoun" else "speaker"
                    found.append(_Event(self.tokens.starts[j], kind, person, content, stop, cue))
                    return found
        # no speech verb: a titled person as the sentence's subject becomes the topic
        # the subject opens the sentence or follows its introductory phrase ("Terkait itu, X …")
        mention = next((self.mention_at[k] for k in range(begin, min(begin + 10, end)) if k in self.mention_at
                        and (k < begin + 4 or self.is_punct(k - 1, ","))), None)
        if mention is not None and mention.first > begin and self.keys[mention.first - 1] in self.t("PREPOSITIONS"):
            mention = None
        if mention is not None and self.person_of.get(mention.first) is not None:
            person = self.person_of[mention.first]
            later = [m for m in self.mentions_between(mention.last + 1, end)
                     if self.person_of.get(m.first) not in (None, person) and m.first in self.person_of]
            if (person.spoke or mention.titles) and mention.name and not later:
                found.append(_Event(self.tokens.starts[begin], "subject", person))
        return found

    def mentions_between(self, first: int, end: int) -> list[Mention]:
        """The collected mentions starting at tokens first..end-1."""
        starts = self.mention_starts
        return [self.mention_at[starts[k]] for k in range(bisect_left(starts, first), bisect_left(starts, end))]

    def _content_after(self, i: int, end: int) -> int:
        """Offset where reported speech begins after "Menurut X,"."""
        j = i
        while j < end and not self.is_punct(j, ","):
            j += 1
        return self.tokens.starts[j + 1] if j + 1 < end else self.tokens.starts[min(j, len(self.tokens) - 1)]

    def _apply(self, event: _Event, current: Person | None, statements: list[Statement]) -> Person | None:
        """The current speaker after `event`; reported speech is recorded as a statement."""
        person = current if event.kind == "pronoun" else event.person
        if event.kind in ("speaker", "pronoun") and event.content and event.stop > event.content:
            statements.append(Statement(person, event.content, event.stop, self.text[event.content : event.stop],
                                        False, event.cue))
        if event.kind == "speaker" and person is not None:
            person.titled = person.spoke = True
        return person if person is not None or event.kind == "speaker" else current


def _plain(key: str) -> str:
    """A word key without accents, as editors often drop them ("Alvarez" for "Álvarez")."""
    if key.isascii():
        return key
    return "".join(c for c in unicodedata.normalize("NFKD", key) if not unicodedata.combining(c))


def _by_role(people: list[Person], role: tuple[str, ...]) -> list[Person]:
    """The people given exactly this role ("Presiden", not "Wakil Presiden"), else every
    person whose roles include its words."""
    exact = [p for p in people if role in p.role_phrases]
    return exact or [p for p in people if set(role) <= p.roles]


@cache
def _affixes(language: str) -> list[tuple[str, str]]:
    return [tuple(a.split("-")) for a in words("NOT_NAME_AFFIXES", language)]


def _not_a_name(word: str, language: str) -> bool:
    """Is the word shaped like a common noun ("penyusunan", "kemampuan", "information")?"""
    return len(word) >= 8 and any(word.startswith(pre) and word.endswith(suf) for pre, suf in _affixes(language))


def _covers(full: set[str], short: set[str]) -> bool:
    """Does every word of `short` stand for a word of `full`: the same word, or its first
    letters ("Risma" for "Rismaharini")?"""
    return all(w in full or len(w) >= 4 and any(f.startswith(w) for f in full) for w in short)


def _blends(full: set[str], short: set[str]) -> bool:
    """Is `short` one word made of the start of one word of `full` and the start of another
    ("jokowi" = "joko" + "wi" of "widodo")? The first part at least three letters, the
    second at least two, the whole at least five."""
    if len(short) != 1 or len(full) < 2:
        return False
    word = next(iter(short))
    return len(word) >= 5 and any(
        word[:i] == a[:i] and len(word) - i >= 2 and b.startswith(word[i:])
        for a in full for b in full if a != b for i in range(3, min(len(a), len(word) - 2) + 1))


def _split_name(keys: list[str], place_like: set[str], titled: bool) -> list[str]:
    """The name part of a mention's words: after a title, the trailing words that are not a
    place or body ("Gubernur [Bengkulu] Helmi Hasan"); without one, every word."""
    if not titled:
        return list(keys)
    name: list[str] = []
    for key in reversed(keys):
        if key in place_like or not re.match(r"[^\W\d_]", key):
            break
        name.insert(0, key)
    return name


# -- claims ----------------------------------------------------------------------------


def claim_name(source: Source, name: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A claim's speaker as (name words, role words), read like a mention in the source:
    the name follows the last title ("Wakil Kepala Polda Sumbar Brigadir Jenderal Edi
    Mardianto" → "Edi Mardianto")."""
    found = speech(source)
    words_, titles, role = _read_name(name, found.places, found.language)
    return words_, titles + role


def _read_name(text: str, places: frozenset[str], language: str) -> tuple[tuple[str, ...], ...]:
    """(name words, title words, other role words) of a name written on its own: a claim's
    `speaker` or a transcript's speaker label. Brackets and what follows a comma are not
    part of the name ("Brigadir Jenderal (Pol) …", "Darmae Nasir, Ph.D")."""
    text = re.sub(r"\([^()]*\)", " ", text)
    tokens = tokenize(text.split(",")[0] if text.split(",")[0].strip() else text)
    keys = [_plain(k) for k, kind in zip(tokens.keys, tokens.kinds) if kind != PUNCT]
    boundary, i, titles = 0, 0, []
    while i < len(keys):
        size = next((s for s in range(_MAX_TITLE_WORDS, 0, -1) if tuple(keys[i : i + s]) in _titles("auto")), 0)
        if size and (i == boundary or len(keys[i]) >= 3):
            titles += keys[i : i + size]
            i += size
            boundary = i
        else:
            i += 1
    rest = keys[boundary:]
    if not rest:
        return (), tuple(titles), ()
    roled = bool(titles) or rest[0] in words("ORGANISATION_WORDS", language)
    split = _split_name(rest, places, roled)
    role = tuple(k for k in keys[: len(keys) - len(split)] if k not in titles)
    return tuple(split), tuple(titles), role


def people_named(source: Source, name: str) -> list[Person]:
    """The people of the source a claim's `speaker` can mean: every name word among the
    person's name words (titles and roles are not compared, except to tell apart people
    who share a name; a claim naming a role alone means the person given that role)."""
    wanted, role = claim_name(source, name)
    people = speech(source).people
    if not wanted:
        return _by_role(people, role) if role else []
    found = [p for p in people if _covers(p.tokens, set(wanted))]
    places = speech(source).places
    if not found and any(w not in places for w in wanted):  # "Rusdy Ambon" where Ambon is a place too
        found = [p for p in people if _covers(p.tokens, {w for w in wanted if w not in places})]
    not_names = words("NOT_NAMES", speech(source).language)
    if not found and any(w in not_names for w in wanted) and any(w not in not_names for w in wanted):
        # "Lalu Darmawan": a name word the text also uses as an ordinary word ("lalu": then),
        # so the source's own mentions of the person never include it
        found = [p for p in people if _covers(p.tokens, {w for w in wanted if w not in not_names})]
    if len(found) > 1 and role:  # the role tells apart people who share a name
        narrowed = [p for p in found if set(role) <= p.roles | p.tokens]
        found = narrowed or found
    return found
