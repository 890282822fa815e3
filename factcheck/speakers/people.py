"""The people registry: the mentions of one source joined into people as the text is read.

A mention joins the person whose name words it shares or shortens ("Andra" → "Andra Soni",
"Risma" → "Tri Rismaharini", "Jokowi" → "Joko Widodo"); two names that each have a part the
other lacks ("Joko Widodo", "Joko Anwar") stay two people, and a short form both could take
("Joko") is left unresolved. A role alone ("kata Presiden") names the one person given it.
The registry grows while cues are read: a name first met next to a cue joins it then.
"""

from __future__ import annotations

from bisect import bisect_left

from factcheck.lang import tables
from factcheck.speakers.mentions import MentionReader
from factcheck.speakers.model import Mention, Person
from factcheck.speakers.tokenview import TokenView

_SHORT_FORM = 4  # letters a short form of a name word keeps at least ("Risma" for "Rismaharini")
_MIN_NAME_WORD = 2  # letters; a mention whose name words are all shorter is initials alone
_MIN_BLEND = 5  # letters of a blend of two name words ("jokowi")
_BLEND_FIRST = 3  # letters a blend takes at least from its first word ("jok" of "joko") …
_BLEND_SECOND = 2  # … and from its second ("wi" of "widodo")
_MIN_MISSPELT = 8  # letters of a name word a slip of one or two letters may change …
_MISSPELT_SIMILARITY = 89  # … as long as it stays this similar (rapidfuzz's ratio, 0-100)


class PeopleRegistry:
    """The people of one source, and the mentions read so far with the person of each."""

    def __init__(self, view: TokenView, mentions: MentionReader):
        self.view = view
        self.mentions = mentions
        self.people: list[Person] = []
        self.by_word: dict[str, set[int]] = {}  # name word (and its first _SHORT_FORM letters) -> person ids
        self.mention_at: dict[int, Mention] = {}  # first token -> the mention starting there
        self.person_of: dict[int, Person | None] = {}  # mention first token -> person
        self.mention_starts: list[int] = []  # the keys of mention_at, in order

    def cluster(self, mention: Mention) -> Person | None:
        """Join a mention to the person it names, or start a new person."""
        if not mention.name:
            return self.role_holder(mention)
        tokens = set(mention.name)
        if all(len(w) < _MIN_NAME_WORD for w in tokens):
            return None  # initials alone ("Kepala Peleton B")
        gender = gender_of(mention.titles, self.view.language)
        # the same words first; a short form's first letters ("Risma") only when none has them
        near = [p for p in self.people_sharing(tokens) if not (gender and p.gender and p.gender != gender)]
        compatible = [p for p in near if tokens <= p.tokens or p.tokens <= tokens] or [
            p for p in near if covers(p.tokens, tokens) or covers(tokens, p.tokens)]
        if len(compatible) > 1:
            exact = [p for p in compatible if p.tokens == tokens]
            compatible = exact or compatible
        if not compatible:  # "Jokowi" for "Joko Widodo": the first letters of two name words
            compatible = [p for p in near if _blends(p.tokens, tokens) or _blends(tokens, p.tokens)]
        if not compatible and not near and len(tokens) == 1:  # "Subarraman" for "Rob Subbaraman": a slip
            compatible = [p for p in self.people if _misspelt(next(iter(tokens)), p.tokens)
                          and not (gender and p.gender and p.gender != gender)]
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
            self.by_word.setdefault(word[:_SHORT_FORM], set()).add(person.id)
        person.gender = person.gender or gender
        person.roles.update(mention.titles, mention.role)
        if mention.titles:
            full = expanded(mention.titles, self.view.language)  # "gov" is "governor"
            person.roles.update(full)
            person.role_phrases.update({mention.titles, mention.titles + mention.role, full, full + mention.role})
        person.titled = person.titled or bool(mention.titles)
        person.last = max(person.last, mention.start)
        if mention.text not in person.aliases:
            person.aliases.append(mention.text)
        return person

    def people_sharing(self, tokens: set[str]) -> list[Person]:
        """People with a word of `tokens`, or a word with the same first letters (_SHORT_FORM)."""
        ids = set().union(*(self.by_word.get(w, set()) | self.by_word.get(w[:_SHORT_FORM], set()) for w in tokens))
        return [self.people[i] for i in sorted(ids)]

    def role_holder(self, mention: Mention) -> Person | None:
        """A role alone ("kata Presiden") names the one person given that role."""
        role = mention.titles + mention.role
        exact = [p for p in self.people if role in p.role_phrases and p.last < mention.start]
        if exact:  # the office named last: "kata Presiden" after "Presiden Jokowi"
            return max(exact, key=lambda p: p.last)
        found = people_with_role(self.people, role)
        return found[0] if len(found) == 1 else None

    def person_for(self, mention: Mention | None) -> Person | None:
        """The person a mention next to a cue names: the one it was joined to when the
        narration was read, else the one it joins now (None when it names no one person)."""
        if mention is None:
            return None
        known = self.mention_at.get(mention.first)
        if known == mention and mention.first in self.person_of:
            return self.person_of[mention.first]
        return self.cluster(mention) if self.mentions.person_like(mention, speaker=True) else None

    def collect(self) -> None:
        """Read every name phrase of the narration and join each that could name a person to
        its person, in the order of the text."""
        view = self.view
        i = 0
        while i < len(view.tokens):
            if view.capitalised(i + 1) and view.keys[i + 1] == view.keys[i] and view.joined(i + 1):
                i += 1  # "Kendala Kendala cuaca …": a subheading glued to a sentence opening with its word
                continue
            if not view.quoted[i] and view.capitalised(i) and not self.name_word_continues(i):
                mention = self.mentions.read(i)
                if mention is not None:
                    self.mention_at[mention.first] = mention
                    if self.mentions.person_like(mention):
                        self.person_of[mention.first] = self.cluster(mention)
                    i = mention.last + 1
                    continue
            i += 1
        self.mention_starts = sorted(self.mention_at)

    def name_word_continues(self, i: int) -> bool:
        """Does token i carry on the name a capitalised word before it began?"""
        view = self.view
        return view.capitalised(i - 1) and not view.quoted[i - 1] and view.joined(i) \
            and view.keys[i - 1] != view.keys[i] and view.keys[i - 1] not in view.own.not_names

    def mentions_between(self, first: int, end: int) -> list[Mention]:
        """The collected mentions starting at tokens first..end-1."""
        starts = self.mention_starts
        return [self.mention_at[starts[k]] for k in range(bisect_left(starts, first), bisect_left(starts, end))]

    def strong(self, mention: Mention) -> bool:
        """A mention that surely names a person: a name with a title, a full name, or a
        short form of a person named so elsewhere (not a lone role, not a lone word)."""
        person = self.person_of.get(mention.first) if self.mention_at.get(mention.first) == mention else None
        if not mention.name or all(len(w) < _MIN_NAME_WORD for w in mention.name):
            return False
        if not mention.titles and any(w in self.view.place_like for w in mention.name):
            return False  # "Pengajar Sekolah Tinggi Pertanahan Nasional Yogyakarta": a body
        return bool(mention.titles) or len(mention.name) > 1 or person is not None and (
            len(person.tokens) > 1 or person.spoke)


def people_with_role(people: list[Person], role: tuple[str, ...]) -> list[Person]:
    """The people given exactly this role ("Presiden", not "Wakil Presiden"), else every
    person whose roles include its words."""
    exact = [p for p in people if role in p.role_phrases]
    return exact or [p for p in people if set(role) <= p.roles]


def covers(full: set[str], short: set[str]) -> bool:
    """Does every word of `short` stand for a word of `full`: the same word, or its first
    letters ("Risma" for "Rismaharini")?"""
    return all(w in full or len(w) >= _SHORT_FORM and any(f.startswith(w) for f in full) for w in short)


def _blends(full: set[str], short: set[str]) -> bool:
    """Is `short` one word made of the start of one word of `full` and the start of another
    ("jokowi" = "joko" + "wi" of "widodo")? The first part at least three letters, the
    second at least two, the whole at least five."""
    if len(short) != 1 or len(full) < 2:
        return False
    word = next(iter(short))
    return len(word) >= _MIN_BLEND and any(
        word[:i] == a[:i] and len(word) - i >= _BLEND_SECOND and b.startswith(word[i:])
        for a in full for b in full if a != b for i in range(_BLEND_FIRST, min(len(a), len(word) - _BLEND_SECOND) + 1))


def gender_of(titles: tuple[str, ...], language: str) -> str:
    """"f" or "m" when a title tells ("mrs", "bu"), else ""."""
    known = tables(language).gendered_titles
    return next((known[t] for t in titles if t in known), "")


def _misspelt(word: str, names: set[str]) -> bool:
    """Is `word` a slip for one of `names`: long, the same first letter, and nearly the same
    letters ("subarraman" for "subbaraman")?"""
    from rapidfuzz import fuzz

    return len(word) >= _MIN_MISSPELT and any(
        len(name) >= _MIN_MISSPELT and name[0] == word[0] and fuzz.ratio(word, name) >= _MISSPELT_SIMILARITY
        for name in names)


def expanded(titles: tuple[str, ...], language: str) -> tuple[str, ...]:
    """Titles with their abbreviations written in full: ("gov",) -> ("governor",)."""
    known = tables(language).title_abbreviations
    return tuple(w for t in titles for w in known.get(t, t).split())
