"""Speech cues: the words that give a quotation or a narration sentence its speaker.

A cue after a quotation ("“…,” ujar Andra Soni", "“…,” Smith said", "“…,” tambahnya"), before
it ("Andra mengatakan, “…”", "Smith said: “…”", "Menurut Andra, “…”"), and the subject of a
lead-in verb ("Gubernur Bengkulu Helmi Hasan mengatakan, …"), a label ("Jane Roe, CNN: “…”").
A pronoun or a -nya cue names no one: it refers back to the current speaker
(`factcheck.speakers.narration`). A description names no one either ("said his wife", "jawab
pemudik", "kata seorang warga"): the words are those of someone the source does not name.
"""

from __future__ import annotations

from typing import NamedTuple

from factcheck.speakers.mentions import MentionReader
from factcheck.speakers.model import How, Mention, Person
from factcheck.speakers.people import PeopleRegistry, people_with_role
from factcheck.speakers.tokenview import TokenView
from factcheck.text.tokens import NUMBER, PUNCT

_MAX_ACCORDING_TO_WORDS = 2  # "menurut", "according to"
_NAME_BEFORE_CUE_REACH = 12  # tokens from a closing mark to the cue a name before it leads to: "“…,” Smith said"
_MAX_WORDS_BEFORE_NAME = 3  # lower-case words between the closing mark and that name
_MAX_WORDS_AFTER_VERB = 6  # lower-case words between a lead-in verb and its quotation ("said in an altered tone,")
_MAX_DESCRIPTION_WORDS = 3  # lower-case words of a description after its first ("the young man")


class Speaker(NamedTuple):
    """The speaker a cue names right after it ("kata Andra", "kata dia")."""

    person: Person | None  # None for a pronoun, a description, or a name several people share
    how: How  # NAMED, PRONOUN or DESCRIBED
    words: str  # the words as written
    unnamed: bool = False  # DESCRIBED: someone the source does not name ("seorang warga")


class Cue(NamedTuple):
    """A quotation's cue and the speaker it gives."""

    cue: str  # the cue as written ("ujar", "tambahnya", "Menurut")
    how: How  # NAMED, LEAD_IN, PRONOUN or DESCRIBED
    person: Person | None  # None for a pronoun, a description, or a name several people share
    mention: str  # the words naming (or describing) the speaker
    unnamed: bool = False  # DESCRIBED: someone the source does not name ("seorang warga")


class Cues:
    """Finds the cues of one source; names met next to a cue join the people registry."""

    def __init__(self, view: TokenView, mentions: MentionReader, registry: PeopleRegistry):
        self.view = view
        self.mentions = mentions
        self.registry = registry
        self.according_first = {phrase.split()[0] for phrase in view.shared.according_to}

    def pronoun(self, i: int) -> bool:
        """Is token i a pronoun that can be a speaker ("ia", "dia", "he")?"""
        return self.view.is_word(i) and self.view.keys[i] in self.view.shared.speaker_pronouns

    def speech_cue(self, i: int) -> bool:
        """Is token i a speech verb ("kata", "ujar", "said")?"""
        return self.view.is_word(i) and self.view.keys[i] in self.view.shared.speech_cues

    def pronoun_cue(self, i: int) -> bool:
        """Is token i a speech verb that refers back ("tambahnya", "ujarnya")?"""
        return self.view.is_word(i) and self.view.keys[i] in self.view.shared.speech_cues_pronoun

    def lead_in(self, i: int) -> bool:
        """Is token i a verb that leads in speech in lower case ("mengatakan", "menjelaskan")?"""
        view = self.view
        return view.is_word(i) and view.keys[i] in view.shared.lead_ins and not view.capitalised(i)

    def according_to(self, i: int) -> int:
        """Length of an "according to" phrase at token i (0 if none)."""
        view = self.view
        if not view.is_word(i) or view.keys[i] not in self.according_first:
            return 0
        for size in range(_MAX_ACCORDING_TO_WORDS, 0, -1):
            if all(view.is_word(i + k) for k in range(size)):
                if " ".join(view.keys[i : i + size]) in view.shared.according_to:
                    return size
        return 0

    def speaker_after_cue(self, i: int, describe: bool = True) -> Speaker | None:
        """The speaker named right after a cue verb at i - 1; a pronoun names no one, nor does a
        description ("said his wife", "kata seorang warga"; `describe`: not before a quotation,
        where it is the verb's object: 'called the plan "a giveaway"')."""
        view = self.view
        if self.pronoun(i):
            return Speaker(None, How.PRONOUN, view.surface(i))
        mention = self.mentions.read(i, lower_titles=True, speaker=True)
        if mention is not None:
            mention = self.mentions.role_name(mention)
        if mention is None or mention.possessive or not self.mentions.person_like(mention, speaker=True):
            return self.description_at(i) if describe else None  # "said Lucy's mother" names no Lucy
        after = mention.last + 1
        if self.mentions.anaphoric(mention):
            words = view.text[mention.start : view.tokens.ends[after]]
            role = mention.titles + mention.role
            if mention.name or not set(role) & view.own.person_nouns or people_with_role(self.registry.people, role):
                return Speaker(None, How.PRONOUN, words)  # "kata politisi ini", "Menurut Wali Kota … ini"
            return Speaker(None, How.DESCRIBED, words, unnamed=True)  # "ujar pedagang itu", no trader named
        person = self.registry.person_for(mention)
        if person is None and not mention.name and not people_with_role(self.registry.people,
                                                                        mention.titles + mention.role):
            return Speaker(None, How.DESCRIBED, mention.text)  # "said the spokesman", nobody given the role
        return Speaker(person, How.NAMED, mention.text)

    def description_at(self, i: int, bare: bool = True) -> Speaker | None:
        """A description of a speaker starting at token i, after a cue verb: a describing or
        indefinite word and lower-case words ("his wife", "the boy officer", "seorang warga",
        "salah seorang pedagang"), or a person noun ("pemudik tersebut"); a possessive name
        opens one too ("Lucy's mother")."""
        view = self.view
        start = i
        if self.registry.mention_at.get(i) is not None and self.registry.mention_at[i].possessive:
            i, unnamed = self.registry.mention_at[i].last + 1, False
        elif view.is_word(i) and view.keys[i] in view.shared.indefinites:
            i, unnamed = i + 1, True
        elif view.is_word(i) and view.keys[i] in view.shared.describers:
            i, unnamed = i + 1, False
        elif bare and view.is_word(i) and not view.capitalised(i) and view.keys[i] in view.own.person_nouns:
            unnamed = True
        else:
            return None
        j = i
        while j < min(i + _MAX_DESCRIPTION_WORDS, view.n) and view.is_word(j) and not view.capitalised(j) \
                and not view.quoted[j] and view.joined(j) and view.keys[j] not in view.own.function_words \
                and not self.speech_cue(j) and not self.lead_in(j) and not self.pronoun(j):
            j += 1
        if j == i:
            return None
        if view.is_word(j) and view.keys[j] in view.own.demonstratives:
            j += 1  # "pemudik tersebut"
        words = view.text[view.tokens.starts[start] : view.tokens.ends[j - 1]]
        if view.is_punct(j, ",") and view.capitalised(j + 1) and view.joined(j + 1):
            named = self.mentions.read(j + 1, speaker=True)  # "kata seorang pedagang, Sarmini"
            if named is not None and named.name and not named.possessive and self.mentions.person_like(named):
                person = self.registry.person_for(named)
                if person is not None:  # "pedagang itu" later refers back to her
                    person.roles.update(view.keys[k] for k in range(i, j))
                return Speaker(person, How.NAMED, view.text[view.tokens.starts[start] : named.end])
        if not unnamed and view.keys[start] in view.shared.articles and any(
                view.keys[k] in view.shared.organisation_words or view.keys[k] in view.shared.statement_nouns
                for k in range(i, j)):
            return Speaker(None, How.PRONOUN, words)  # "the group said", "the statement said": the speaker before
        return Speaker(None, How.DESCRIBED, words, unnamed)

    def description_before(self, first: int, verb: int) -> Speaker | None:
        """A description right before a speech verb, filling tokens first..verb-1 ("his wife
        said", "the young man answered", "Seorang warga mengatakan"); a person noun alone is
        none there ("petugas hotel wajib meminta")."""
        found = self.description_at(first, bare=False)
        if found is None:
            return None
        end = self.view.token_from(self.view.tokens.starts[first] + len(found.words))
        return found if end == verb else None

    def trailing_cue(self, end: int) -> Cue | None:
        """A cue right after a quotation's closing mark, in its paragraph: "“…,” ujar Andra",
        "“…,” tambahnya", "“…,” Smith said"."""
        view = self.view
        i = end
        while i < len(view.tokens) and view.tokens.kinds[i] == PUNCT and view.keys[i] in {",", "-", '"'}:
            i += 1
        if i >= len(view.tokens) or view.quoted[i] or view.paragraph[i] != view.paragraph[max(end - 1, 0)]:
            return None
        if self.pronoun_cue(i):
            return Cue(view.surface(i), How.PRONOUN, None, "")
        size = self.according_to(i)
        if size:  # '"…," according to the Equal Opportunity Board'
            found = self.speaker_after_cue(i + size)
            if found:
                written = " ".join(view.surface(k) for k in range(i, i + size))
                return Cue(_written(written, found), found.how, found.person, found.words, found.unnamed)
        if self.speech_cue(i) or self.lead_in(i):
            found = self.speaker_after_cue(i + 1)
            if found:
                return Cue(_written(view.surface(i), found), found.how, found.person, found.words, found.unnamed)
        # name first: "Smith said", "he said", "Andra menambahkan"
        for j in range(i, min(i + _NAME_BEFORE_CUE_REACH, len(view.tokens))):
            if view.quoted[j] or view.sentence_end(j) or view.is_punct(j, ","):
                break
            if self.speech_cue(j) or self.lead_in(j) or self.pronoun_cue(j):
                if j > i and self.pronoun(j - 1) and j - 1 == i:
                    return Cue(view.surface(j), How.PRONOUN, None, view.surface(j - 1))
                mention = self.mentions.ending_at(j - 1) if j > i else None
                between = range(i, mention.first) if mention is not None else ()
                if mention is not None and all(view.is_word(k) and not view.capitalised(k) for k in between) \
                        and len(between) <= _MAX_WORDS_BEFORE_NAME:
                    return Cue(view.surface(j), How.NAMED, self.registry.person_for(mention), mention.text)
                described = self.description_before(i, j) if j > i and not self.pronoun_cue(j) else None
                if described is not None:  # '"…," his wife said'
                    return Cue(f"{described.words} {view.surface(j)}" if described.how is How.DESCRIBED
                               else view.surface(j), described.how, None, described.words, described.unnamed)
                break
        return None

    def leading_cue(self, start: int) -> Cue | None:
        """A cue in the narration that ends right at a quotation's opening mark:
        "Andra mengatakan, “…”", "Smith said: “…”", "Menurut Andra, “…”", "kata Andra, “…”"."""
        view = self.view
        i = start - 1
        colon = False
        while i >= 0 and view.tokens.kinds[i] == PUNCT and view.keys[i] in {",", ":", "-", '"'}:
            colon = colon or view.keys[i] == ":"
            i -= 1
        if i < 0 or view.quoted[i] or view.paragraph[i] != view.paragraph[start]:
            return None
        begin = view.clause_start(i)
        if colon and (begin == 0 or view.paragraph[begin - 1] != view.paragraph[begin]):
            label = self.label(begin, i)  # a paragraph opening "Jane Roe, CNN: “…”"
            if label is not None:
                return label
        if view.is_word(i) and view.keys[i] in view.shared.that_words:
            i -= 1
        if self.lead_in(i) or self.speech_cue(i):  # "X mengatakan, “…”"
            return self.subject_of(i)
        # "Meg said in an altered tone, “…”": a few lower-case words between the verb and the quotation
        j = i
        while j > max(i - _MAX_WORDS_AFTER_VERB, 0) and view.is_word(j) and not view.capitalised(j) \
                and not view.quoted[j] and not self.pronoun(j) and not (self.lead_in(j) or self.speech_cue(j)):
            j -= 1
        if j < i and (self.lead_in(j) or self.speech_cue(j)) and view.paragraph[j] == view.paragraph[start]:
            found = self.subject_of(j)
            if found is not None and found.how in (How.LEAD_IN, How.PRONOUN):
                return found
        # "Menurut Andra, “…”", "kata Andra, “…”": a cue then a name, ending at the quote
        begin = view.clause_start(i)
        for j in range(begin, i + 1):
            size = self.according_to(j) or (1 if self.speech_cue(j) else 0)
            if size:
                found = self.speaker_after_cue(j + size, describe=False)
                if found:
                    written = " ".join(view.surface(k) for k in range(j, j + size))
                    return Cue(_written(written, found), found.how, found.person, found.words, found.unnamed)
        return None

    def label(self, begin: int, last: int) -> Cue | None:
        """A paragraph opening with a name and a colon before a quotation, the name perhaps
        followed by an outlet or a role ("Jane Roe, CNN: “…”")."""
        view = self.view
        mention = self.mentions.read(begin, speaker=True)
        if mention is None or not mention.name or not self.mentions.person_like(mention, speaker=True):
            return None
        rest = range(mention.last + 2, last + 1)
        if mention.last == last or view.is_punct(mention.last + 1, ",") and all(
                view.capitalised(k) or view.is_punct(k, ".&-") for k in rest):
            return Cue(":", How.NAMED, self.registry.person_for(mention), mention.text)
        return None

    def subject_of(self, verb: int) -> Cue | None:
        """The speaker of a lead-in verb: its subject, the first person named in its clause
        that is not the object of a preposition; a pronoun subject refers back."""
        view = self.view
        begin = view.clause_start(verb)
        cue = view.surface(verb)
        j, candidates = begin, []
        people: dict[int, Person | None] = {}  # candidate's first token -> person
        while j < verb:
            if self.pronoun(j) and (j == begin or view.is_punct(j - 1, ",")) and not candidates:
                return Cue(cue, How.PRONOUN, None, view.surface(j))
            mention = self.registry.mention_at.get(j)
            if mention is not None and mention.possessive:  # "Lucy's mother said": not Lucy
                j = mention.last + 1
                continue
            if mention is not None and mention.last < verb:
                preposition = j > begin and view.keys[j - 1] in view.shared.prepositions
                named = self.mentions.role_name(mention)
                if named is not mention and named.last < verb and not preposition:
                    candidates.append(named)  # "Kepala Bagian Umum dan Humas, Rumah Sakit …, Budi Pranata"
                    people[named.first] = self.registry.person_for(named)
                    j = named.last + 1
                    continue
                if self.mentions.person_like(mention) and not preposition and mention.first in self.registry.person_of:
                    candidates.append(mention)
                    people[mention.first] = self.registry.person_of[mention.first]
                j = mention.last + 1
                continue
            j += 1
        if not candidates:  # "Lucy's mother said, …", "Seorang warga mengatakan, …"
            described = next((d for k in range(begin, verb) if (d := self.description_before(k, verb)) is not None),
                             None)
            if described is not None:
                return Cue(f"{described.words} {cue}" if described.how is How.DESCRIBED else cue, described.how,
                           None, described.words, described.unnamed)
        candidates = [m for m in candidates if self.registry.strong(m) or self.clause_initial(m, begin)]
        # a name after a lower-case word is an object ("dalam upaya mengerem laju virus Covid-19,
        # Jojo Rohi mengusulkan"), unless it is the last before the verb ("Sementara itu Arief mengatakan")
        candidates = [m for m in candidates if m is candidates[-1] or not self.after_lower_case(m, begin)]
        if not candidates:
            return None
        first = candidates[0]
        if self.mentions.anaphoric(first):
            # "Mantan Gubernur itu"
            return Cue(cue, How.PRONOUN, None, view.text[first.start : view.tokens.ends[first.last + 1]])
        strong = [m for m in candidates if self.registry.strong(m)]
        chosen = strong[0] if strong else candidates[-1]
        chosen = self.runs_on_to(chosen, candidates, verb)
        apposed = next((m for m in candidates if m.first == chosen.last + 2 and view.is_punct(chosen.last + 1, ",")
                        and (view.is_punct(m.last + 1, ",") or m.last + 1 == verb)), None)
        if apposed is not None and self.mentions.role_like(chosen) and apposed.name:
            chosen = apposed  # "Pengajar Sekolah Tinggi Pertanahan Nasional, Sutaryono, mengungkapkan"
        named = next((m for m in candidates if m.first == begin and m.last + 2 == chosen.first), None)
        if named is not None and view.is_punct(named.last + 1, ",") and chosen.titles and named.name \
                and not self.mentions.role_like(named):
            chosen = named  # "Dedi, Kepala Regu A dari Pos Pemadam Kebakaran …, menuturkan"
        return Cue(cue, How.LEAD_IN, people[chosen.first], chosen.text)

    def runs_on_to(self, chosen: Mention, candidates: list[Mention], verb: int) -> Mention:
        """The name right before the verb when the chosen mention's role runs on to it without
        a comma or a lower-case word other than a role's "di", "dari" ("Area Supervisor Jabar 2
        PT Eigerindo Zafrullah Sunyaruri menuturkan"; not "Andra dan Helmi mengatakan")."""
        view = self.view
        last = candidates[-1]
        if last is chosen or last.last + 1 != verb or len(last.name) < 2 or self.role_like_name(last):
            return chosen
        links = view.shared.role_links - view.shared.role_joiners
        between = range(chosen.last + 1, last.first)
        if all(view.is_punct(k, "()") or view.kinds[k] == NUMBER or view.capitalised(k)
               or view.is_word(k) and view.keys[k] in links for k in between):
            return last
        return chosen

    def role_like_name(self, mention: Mention) -> bool:
        """Are the mention's name words a place's or a body's?"""
        return any(w in self.view.place_like for w in mention.name)

    def after_lower_case(self, mention: Mention, begin: int) -> bool:
        """Does a lower-case word come right before the mention, inside its clause?"""
        i = mention.first
        return i > begin and self.view.is_word(i - 1) and not self.view.capitalised(i - 1)

    def clause_initial(self, mention: Mention, begin: int) -> bool:
        """Does the mention open its clause (after a comma, a title, or nothing)?"""
        i = mention.first
        return i == begin or self.view.is_punct(i - 1, ",") or bool(mention.titles)


def _written(cue: str, found: Speaker) -> str:
    """A cue as written: the verb, and for a description the words after it too ("jawab
    pemudik"), since a description is no name to show beside it."""
    return f"{cue} {found.words}" if found.how is How.DESCRIBED else cue
