"""The pass over a source's text: each speech quotation's speaker, and what the narration
attributes to whom.

The narration makes a person the current speaker ("Helmi Hasan mengatakan, …", "Menurut
X, …") or the subject ("Helmi turut membawa …"); a quotation whose cue refers back
("tambahnya", "kata dia") or that has no cue takes the current speaker. Reported speech
("X mengatakan, …", "Menurut X, …", "X said that …") becomes a statement of its speaker.
Each speaker says what it rests on (`Basis`): a chain holds only while nobody else is named,
no description speaks ("said his wife"), and, in a source written as dialogue, no new
paragraph opens without a naming cue; words that address the speaker before by name, or
that their own sentence introduces with a colon, are given to no one.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from factcheck.speakers.cues import Cue, Cues
from factcheck.speakers.mentions import not_a_name
from factcheck.speakers.model import Attribution, Basis, How, Person, Speech, Statement
from factcheck.speakers.people import PeopleRegistry
from factcheck.speakers.tokenview import TokenView
from factcheck.text.quotations import Quotation
from factcheck.text.tokens import PUNCT

_SUBJECT_REACH = 10  # tokens from a sentence's start within which its subject begins …
_SUBJECT_OPENING = 4  # … among the first of them, or after a comma ("Terkait itu, X …")
_DIALOGUE_TURNS = 2  # cue-less turns that make a source a dialogue (`Narration.dialogue_turns`)


class _Change(Enum):
    """What a narration sentence does to the current speaker."""

    SPEAKER = "speaker"  # makes a person the speaker: "X mengatakan", "Menurut X"
    PRONOUN = "pronoun"  # speaks through a pronoun: "Ia berharap …" (the current speaker again)
    SUBJECT = "subject"  # makes a titled person its subject: "Helmi turut …"
    MENTION = "mention"  # names people without making anyone the speaker: breaks a chain


@dataclass(frozen=True)
class _Current:
    """The current speaker and what a quotation carrying it over would rest on."""

    person: Person | None = None
    basis: Basis = Basis.NONE  # CHAIN when a cue named them and nobody else was named since
    origin: str = ""  # the cue or mention that made them the speaker, as written
    origin_at: int = -1
    note: str = ""  # why a carried speaker is only inferred
    label: str = ""  # what made them current, for measuring: cue, narration, subject, …
    described: str = ""  # no person: the description of the speaker ("his wife", "seorang warga")
    unnamed: bool = False  # … someone the source does not name

    def broken(self, note: str) -> _Current:
        """The same speaker, now only inferred."""
        if self.person is None and not self.described or self.basis is Basis.INFERRED:
            return self
        return _Current(self.person, Basis.INFERRED, self.origin, self.origin_at, note, self.label + "+broken",
                        self.described, self.unnamed)


@dataclass(frozen=True)
class _Event:
    """A change of speaker in the narration, with what it reports (content..stop)."""

    offset: int
    kind: _Change
    person: Person | None
    content: int = 0  # offsets of the reported speech, 0 when none
    stop: int = 0
    cue: str = ""
    mention: str = ""  # the words naming the person (with the cue, for a speaker)
    others: tuple[tuple[Person, bool], ...] = ()  # MENTION: the people named, each with: named with a title?
    described: str = ""  # SPEAKER without a person: the description of the speaker ("seorang warga")
    unnamed: bool = False


class Narration:
    """Reads one source's narration and quotations in order."""

    def __init__(self, view: TokenView, registry: PeopleRegistry, cues: Cues):
        self.view = view
        self.registry = registry
        self.cues = cues

    def run(self) -> Speech:
        """Read the narration's mentions, then each speech quotation's speaker in order,
        carrying the current speaker from one to the next."""
        view = self.view
        self.registry.collect()
        groups: dict[int, list[Quotation]] = {}
        for q in view.quotations:
            if q.speech:
                groups.setdefault(q.group, []).append(q)
        events = self.narration_events()
        # every quotation's own cue first: who the source makes a speaker anywhere, whose
        # mention between a cue and a carried quotation breaks the chain
        self.cue_of = {group: self.cue_for(parts) for group, parts in groups.items()}
        self.speakers = {id(e.person) for e in events if e.kind is _Change.SPEAKER and e.person is not None}
        self.speakers |= {id(found.person) for found in self.cue_of.values()
                          if found is not None and found.person is not None and found.how is not How.PRONOUN}
        turns = self.dialogue_turns(groups)
        attributions: list[Attribution] = []
        statements: list[Statement] = []
        by_paragraph: dict[int, Attribution] = {}  # the last attribution of each paragraph
        current = _Current()
        pending = sorted(events, key=lambda e: e.offset)
        k = 0
        for parts in groups.values():
            first, last = parts[0], parts[-1]
            while k < len(pending) and pending[k].offset < first.start:
                current = self._apply(pending[k], current, statements)
                k += 1
            found = self.cue_of[first.group]
            paragraph = view.paragraph[view.token_from(first.start)]
            carried = current
            if first.group in turns and (found is None or found.how is How.PRONOUN):
                carried = self.turn_taker(current, by_paragraph.get(paragraph - 1), by_paragraph.get(paragraph - 2))
            elif found is None and self.introduced(first):
                # '… Sebuah spanduk berbunyi: “…”': the sentence gives the words to what it names
                carried = _Current(note="the sentence before introduces these words without naming a speaker")
            elif turns and (found is None or found.how is How.PRONOUN) and self.opens_paragraph(first):
                # a source written as dialogue: a cue-less paragraph may be anyone's reply
                carried = current.broken("in a dialogue a new paragraph without a cue may be another speaker's")
            attribution = self.attribute(parts, carried, found)
            attributions.append(attribution)
            by_paragraph[view.paragraph[view.token_from(last.start)]] = attribution
            if attribution.speaker is not None:
                attribution.speaker.titled = attribution.speaker.spoke = True
                if attribution.basis is Basis.CUE:
                    current = _Current(attribution.speaker, Basis.CHAIN, _cue_words(attribution), attribution.start,
                                       label="quote-cue")
                elif attribution.speaker is not current.person:
                    current = _Current(attribution.speaker, attribution.basis, attribution.origin,
                                       attribution.origin_at, attribution.note, "quote-other")
            elif attribution.how is How.DESCRIBED:  # "said his wife": her words go on, nobody named
                current = _Current(None, Basis.CHAIN, _cue_words(attribution), attribution.start, label="described",
                                   described=attribution.described, unnamed=attribution.unnamed)
            elif attribution.ambiguous:
                current = _Current()  # a name several people share: do not carry anyone over
            for q in parts:
                inner = view.text[q.start : q.end]
                statements.append(Statement(speaker=attribution.speaker, start=q.start, end=q.end, text=inner,
                                            direct=True, cue=attribution.cue, basis=attribution.basis))
            # events inside the quotation's own sentence (its trailing cue) are already used
            while k < len(pending) and pending[k].offset < last.end:
                k += 1
        while k < len(pending):
            current = self._apply(pending[k], current, statements)
            k += 1
        return Speech(people=list(self.registry.people), attributions=attributions, statements=statements,
                      places=frozenset(view.place_like), language=view.language)

    def dialogue_turns(self, groups: dict[int, list[Quotation]]) -> set[int]:
        """The quotations that are turns of a dialogue: each opens its paragraph right after a
        paragraph that opens with a quotation. Only in a source written as dialogue (fiction,
        interviews): two or more such turns without a cue; news continues a quotation that way
        once, not as a rule."""
        view = self.view
        opening = {view.paragraph[i] for i in range(view.n) if view.quoted[i] and
                   (i == 0 or view.paragraph[i - 1] != view.paragraph[i])}
        turns = set()
        for group, parts in groups.items():
            i = view.token_from(parts[0].start)
            if i < view.n and (i == 0 or view.paragraph[i - 1] != view.paragraph[i]) and view.paragraph[i] - 1 in opening:
                turns.add(group)
        bare = [g for g in turns if self.cue_of[g] is None]
        return turns if len(bare) >= _DIALOGUE_TURNS else set()

    def addressed(self, parts: list[Quotation]) -> list[Person]:
        """The people a quotation speaks to by name: a name set off by commas or closing a
        sentence inside it ("Upon my word, Basil, I didn't …", "What say you, Mary?")."""
        view, found = self.view, []
        for q in parts:
            k, end = view.token_from(q.start), view.token_from(q.end)
            while k < end:
                if view.capitalised(k) and (view.is_punct(k - 1, ",") or k > 0 and not view.quoted[k - 1]
                                            or view.is_punct(k - 1, "\"'“‘")):
                    j = k
                    while j + 1 < end and (view.capitalised(j + 1) or view.is_punct(j + 1, ".") and view.title_at(j)):
                        j += 1
                    if view.is_punct(j + 1, ",?!.") and (view.is_punct(k - 1, ",") or view.is_punct(j + 1, ",")):
                        words = {view.keys[i] for i in range(k, j + 1) if view.is_word(i) and not view.title_at(i)}
                        people = [p for p in self.registry.people_sharing(words) if words and words <= p.tokens]
                        if len(people) == 1:
                            found.append(people[0])
                    k = j + 1
                k += 1
        return found

    def introduced(self, quotation: Quotation) -> bool:
        """Is the quotation introduced by its own sentence, ending in a colon right before it?"""
        view = self.view
        i = view.token_from(quotation.start) - 1
        return view.is_punct(i, ":") and not view.quoted[i] and view.paragraph[i] == view.paragraph[i + 1]

    def opens_paragraph(self, quotation: Quotation) -> bool:
        """Does the quotation open its paragraph?"""
        i = self.view.token_from(quotation.start)
        return i == 0 or self.view.paragraph[i - 1] != self.view.paragraph[i]

    def turn_taker(self, current: _Current, before: Attribution | None, earlier: Attribution | None) -> _Current:
        """Who speaks a dialogue turn without a cue naming them: the turns alternate between the
        two speakers of the two turns before it, else the current speaker goes on; either way
        only inferred."""
        note = "a turn in a dialogue, and the source names nobody for it"

        def who(a: Attribution | None) -> object:
            return None if a is None else a.speaker or a.described or None

        if who(before) is not None and who(earlier) is not None and who(before) != who(earlier):
            origin = _cue_words(earlier) or earlier.origin
            other = before.speaker.full if before.speaker is not None else f'"{before.described}"'
            return _Current(earlier.speaker, Basis.INFERRED, origin, earlier.start,
                            note + f"; the turns alternate with {other}", "alternation",
                            "" if earlier.speaker is not None else earlier.described, earlier.unnamed)
        if current.person is None and not current.described:
            return current
        return _Current(current.person, Basis.INFERRED, current.origin, current.origin_at, note, "turn",
                        current.described, current.unnamed)

    def cue_for(self, parts: list[Quotation]) -> Cue | None:
        """The cue of one quotation (its parts): after its end, else before one of its parts."""
        view = self.view
        found = self.cues.trailing_cue(view.token_from(parts[-1].end))
        if found is None:
            for q in parts:
                found = self.cues.leading_cue(view.token_from(q.start))
                if found:
                    break
        return found

    def attribute(self, parts: list[Quotation], current: _Current, found: Cue | None) -> Attribution:
        """The speaker of one quotation (its parts, continued over paragraphs or around a
        cue): the speaker its cue (`found`) names, else the `current` one."""
        first, last = parts[0], parts[-1]

        def given(speaker: Person | None, how: How, cue: str = "", mention: str = "", reason: str = "",
                  ambiguous: bool = False, unnamed: bool = False) -> Attribution:
            described = ""
            if how is How.DESCRIBED:
                basis, origin, origin_at, note, described = Basis.CUE, "", -1, "", mention
            elif speaker is None and not current.described or how is How.UNDETERMINED:
                basis, origin, origin_at, note = Basis.NONE, "", -1, ""
            elif how in (How.NAMED, How.LEAD_IN):
                basis, origin, origin_at, note = Basis.CUE, "", -1, ""
            else:
                basis, origin, origin_at, note = current.basis, current.origin, current.origin_at, current.note
                described, unnamed = current.described, current.unnamed
            return Attribution(start=first.start, end=last.end, speaker=speaker, how=how, cue=cue, mention=mention,
                               reason=reason, parts=tuple((q.start, q.end) for q in parts), ambiguous=ambiguous,
                               basis=basis, origin=origin, origin_at=origin_at, note=note, described=described,
                               unnamed=unnamed)

        unnamed = f'"{current.described}", whom the source does not name'
        if (found is None or found.how is How.PRONOUN) and current.person is not None \
                and current.person in self.addressed(parts):
            return given(None, How.UNDETERMINED, *(found[::3] if found else ()),
                         reason=f"the words address {current.person.full}, so they are not theirs")
        if found is None:
            # no cue: the quotation continues the current speaker's (a follow-up paragraph)
            if current.person is not None:
                return given(current.person, How.CARRIED)
            if current.described:
                return given(None, How.CARRIED, reason=f"no cue: the words go on from {unnamed}")
            return given(None, How.UNDETERMINED, reason=current.note or "no cue and no earlier speaker")
        cue, how, person, mention, nameless = found
        if how is How.DESCRIBED:
            return given(None, how, cue, mention, f'the source gives these words to "{mention}" and names no one',
                         unnamed=nameless)
        if how is How.PRONOUN:
            said = f"{cue} {mention}" if mention else cue
            if current.person is None and current.described:
                return given(None, How.PRONOUN, cue, mention, f'"{said}" refers back to {unnamed}')
            if current.person is None:
                return given(None, How.UNDETERMINED, cue, mention, f'"{said}" refers back, but no speaker comes before')
            gender = self.view.shared.pronoun_genders.get(mention.casefold(), "")
            if gender and current.person.gender and gender != current.person.gender:
                return given(None, How.UNDETERMINED, cue, mention,
                             f'"{said}" refers back, but not to {current.person.full}, the speaker before')
            return given(current.person, How.PRONOUN, cue, mention)
        if person is None:
            return given(None, How.UNDETERMINED, cue, mention, f'ambiguous: "{mention}" could be more than one person',
                         ambiguous=True)
        return given(person, how, cue, mention)

    def narration_events(self) -> list[_Event]:
        """Speaker changes in the narration, in order."""
        view = self.view
        events = []
        i, n = 0, len(view.tokens)
        while i < n:
            if view.quoted[i]:
                i += 1
                continue
            begin = i
            while i < n and not view.quoted[i] and not view.sentence_end(i) \
                    and view.paragraph[i] == view.paragraph[begin]:
                i += 1
            end = i  # exclusive
            events.extend(self.sentence_events(begin, end))
            if i < n and view.sentence_end(i):
                i += 1
        return events

    def sentence_events(self, begin: int, end: int) -> list[_Event]:
        """The speaker change one narration sentence (tokens begin..end-1) makes, if any."""
        view, registry = self.view, self.registry
        found: list[_Event] = []
        stop = view.tokens.ends[end - 1] if end > begin else view.tokens.starts[begin]
        for j in range(begin, end):
            size = self.cues.according_to(j)
            # capitalised, "Menurut" opens a sentence even after a heading glued to it; mid-sentence
            # ("…, dan menurut Presiden harga akan turun") only a name or pronoun makes a speaker
            if size:
                speaker = self.cues.speaker_after_cue(j + size)
                opening = j == begin or view.is_punct(j - 1, ",") or view.capitalised(j)
                if speaker is not None and (opening or speaker.how in (How.NAMED, How.PRONOUN)):
                    content = self._content_after(j + size, end)
                    kind = _Change.PRONOUN if speaker.how is How.PRONOUN else _Change.SPEAKER
                    described = speaker.words if speaker.how is How.DESCRIBED else ""
                    found.append(_Event(view.tokens.starts[j], kind, speaker.person, content, stop, view.surface(j),
                                        f"{view.surface(j)} {speaker.words}", described=described,
                                        unnamed=speaker.unnamed))
                    return found
            if self.cues.speech_cue(j) and j > begin and view.is_punct(j - 1, ","):
                speaker = self.cues.speaker_after_cue(j + 1)
                if speaker is not None and speaker.how is How.NAMED:
                    found.append(_Event(view.tokens.starts[j], _Change.SPEAKER, speaker.person,
                                        self._content_after(j + 1, end), stop, view.surface(j),
                                        f"{view.surface(j)} {speaker.words}"))
                    return found
            if view.is_word(j) and view.keys[j] in view.shared.passive_lead_ins:
                k = j + 1 + (view.keys[j + 1] in view.shared.agent_markers if j + 1 < end else 0)
                speaker = self.cues.speaker_after_cue(k) if k < end else None
                if speaker is not None and speaker.how is How.NAMED:  # "Hal senada disampaikan Rizki Rifai"
                    found.append(_Event(view.tokens.starts[j], _Change.SPEAKER, speaker.person, cue=view.surface(j),
                                        mention=f"{view.surface(j)} {speaker.words}"))
                    return found
            if self.cues.lead_in(j) and not (j > begin and view.keys[j - 1] in view.own.relative_words):
                subject = self.cues.subject_of(j)
                if subject is not None:
                    k = j + 1
                    while k < end and view.tokens.kinds[k] == PUNCT:
                        k += 1
                    content = view.tokens.starts[k] if k < end else stop
                    kind = _Change.PRONOUN if subject.how is How.PRONOUN else _Change.SPEAKER
                    described = subject.mention if subject.how is How.DESCRIBED else ""
                    found.append(_Event(view.tokens.starts[j], kind, subject.person, content, stop, subject.cue,
                                        f"{subject.mention} {subject.cue}", described=described,
                                        unnamed=subject.unnamed))
                    return found
        # no speech verb: a titled person as the sentence's subject becomes the topic
        # the subject opens the sentence or follows its introductory phrase ("Terkait itu, X …")
        mention = next((registry.mention_at[k] for k in range(begin, min(begin + _SUBJECT_REACH, end))
                        if k in registry.mention_at
                        and (k < begin + _SUBJECT_OPENING or view.is_punct(k - 1, ","))), None)
        if mention is not None and mention.first > begin and view.keys[mention.first - 1] in view.shared.prepositions:
            mention = None
        subject = registry.person_of.get(mention.first) if mention is not None and not mention.possessive else None
        if subject is not None:
            later = [m for m in registry.mentions_between(mention.last + 1, end)
                     if registry.person_of.get(m.first) not in (None, subject) and m.first in registry.person_of]
            if (subject.spoke or mention.titles) and mention.name and not later:
                found.append(_Event(view.tokens.starts[begin], _Change.SUBJECT, subject, mention=mention.text))
                return found
        # others named: a chain through this sentence breaks, unless they are the objects of
        # its subject ("Helmi turut membawa … Kepala Dinas …")
        named = tuple({id(p): (p, bool(m.titles and m.name)) for m in registry.mentions_between(begin, end)
                       if (p := registry.person_of.get(m.first)) is not None and registry.strong(m)
                       and not any(not_a_name(w, view.language) for w in m.name)}.values())
        if named:
            found.append(_Event(view.tokens.starts[begin], _Change.MENTION, subject, others=named))
        return found

    def _content_after(self, i: int, end: int) -> int:
        """Offset where reported speech begins after "Menurut X,"."""
        view = self.view
        j = i
        while j < end and not view.is_punct(j, ","):
            j += 1
        return view.tokens.starts[j + 1] if j + 1 < end else view.tokens.starts[min(j, len(view.tokens) - 1)]

    def _apply(self, event: _Event, current: _Current, statements: list[Statement]) -> _Current:
        """The current speaker after `event`; reported speech is recorded as a statement."""
        if event.kind is _Change.MENTION:
            if event.person is not None and event.person is current.person:
                return current  # the current speaker is the sentence's subject; the others its objects
            others = [p for p, titled in event.others if p is not current.person and (titled or id(p) in self.speakers)]
            return current.broken(f"{others[0].full} is named in between") if others else current
        person = current.person if event.kind is _Change.PRONOUN else event.person
        if event.kind in (_Change.SPEAKER, _Change.PRONOUN) and event.content and event.stop > event.content:
            basis = current.basis if event.kind is _Change.PRONOUN else Basis.CUE  # "Ia berharap …" carries
            statements.append(Statement(speaker=person, start=event.content, end=event.stop,
                                        text=self.view.text[event.content : event.stop], direct=False, cue=event.cue,
                                        basis=basis if person is not None else Basis.NONE))
        if event.kind is _Change.SPEAKER:
            if person is None:  # "A reporter asked whether …": an unnamed speaker now, or still the one before
                if not event.described:
                    return _Current()
                return _Current(None, Basis.INFERRED, event.mention, event.offset,
                                f'"{event.described}" speaks in between, whom the source does not name',
                                "described", event.described, event.unnamed)
            person.titled = person.spoke = True
            return _Current(person, Basis.CHAIN, event.mention or event.cue, event.offset, label="narration")
        if event.kind is _Change.SUBJECT and person is not None:
            if person is current.person:
                return current
            return _Current(person, Basis.CHAIN, event.mention, event.offset, label="subject")
        return current


def _cue_words(attribution: Attribution) -> str:
    """A cue and the name beside it, as written: "ujar Andra", "Smith said"."""
    if attribution.how is How.LEAD_IN:
        return f"{attribution.mention} {attribution.cue}"
    if attribution.how is How.DESCRIBED:
        return attribution.cue  # the whole phrase as written: "jawab pemudik", "his wife said"
    return " ".join(w for w in (attribution.cue, attribution.mention) if w)
