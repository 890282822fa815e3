"""The pass over a source's text: each speech quotation's speaker, and what the narration
attributes to whom.

The narration makes a person the current speaker ("Helmi Hasan mengatakan, …", "Menurut
X, …") or the subject ("Helmi turut membawa …"); a quotation whose cue refers back
("tambahnya", "kata dia") or that has no cue takes the current speaker. Reported speech
("X mengatakan, …", "Menurut X, …", "X said that …") becomes a statement of its speaker.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from factcheck.speakers.cues import Cues
from factcheck.speakers.model import Attribution, How, Person, Speech, Statement
from factcheck.speakers.people import PeopleRegistry
from factcheck.speakers.tokenview import TokenView
from factcheck.text.quotations import Quotation
from factcheck.text.tokens import PUNCT

_SUBJECT_REACH = 10  # tokens from a sentence's start within which its subject begins …
_SUBJECT_OPENING = 4  # … among the first of them, or after a comma ("Terkait itu, X …")


class _Change(Enum):
    """What a narration sentence does to the current speaker."""

    SPEAKER = "speaker"  # makes a person the speaker: "X mengatakan", "Menurut X"
    PRONOUN = "pronoun"  # speaks through a pronoun: "Ia berharap …" (the current speaker again)
    SUBJECT = "subject"  # makes a titled person its subject: "Helmi turut …"


@dataclass(frozen=True)
class _Event:
    """A change of speaker in the narration, with what it reports (content..stop)."""

    offset: int
    kind: _Change
    person: Person | None
    content: int = 0  # offsets of the reported speech, 0 when none
    stop: int = 0
    cue: str = ""


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
            attribution = self.attribute(parts, current)
            attributions.append(attribution)
            if attribution.speaker is not None:
                current = attribution.speaker
                attribution.speaker.titled = attribution.speaker.spoke = True
            elif attribution.ambiguous:
                current = None  # a name several people share: do not carry anyone over
            for q in parts:
                inner = view.text[q.start : q.end]
                statements.append(Statement(speaker=attribution.speaker, start=q.start, end=q.end, text=inner,
                                            direct=True, cue=attribution.cue))
            # events inside the quotation's own sentence (its trailing cue) are already used
            while k < len(pending) and pending[k].offset < last.end:
                k += 1
        while k < len(pending):
            current = self._apply(pending[k], current, statements)
            k += 1
        return Speech(people=list(self.registry.people), attributions=attributions, statements=statements,
                      places=frozenset(view.place_like), language=view.language)

    def attribute(self, parts: list[Quotation], current: Person | None) -> Attribution:
        """The speaker of one quotation (its parts, continued over paragraphs or around a
        cue): the speaker a cue names, else the `current` one."""
        view = self.view
        first, last = parts[0], parts[-1]

        def given(speaker: Person | None, how: How, cue: str = "", mention: str = "", reason: str = "",
                  ambiguous: bool = False) -> Attribution:
            return Attribution(start=first.start, end=last.end, speaker=speaker, how=how, cue=cue, mention=mention,
                               reason=reason, parts=tuple((q.start, q.end) for q in parts), ambiguous=ambiguous)

        end_token = view.token_from(last.end)
        found = self.cues.trailing_cue(end_token)
        if found is None:
            for q in parts:
                found = self.cues.leading_cue(view.token_from(q.start))
                if found:
                    break
        if found is None:
            # no cue: the quotation continues the current speaker's (a follow-up paragraph)
            if current is not None:
                return given(current, How.CARRIED)
            return given(None, How.UNDETERMINED, reason="no cue and no earlier speaker")
        cue, how, person, mention = found
        if how is How.PRONOUN:
            if current is None:
                said = f"{cue} {mention}" if mention else cue
                return given(None, How.UNDETERMINED, cue, mention, f'"{said}" refers back, but no speaker comes before')
            return given(current, How.PRONOUN, cue, mention)
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
            # capitalised, "Menurut" opens a sentence even after a heading glued to it
            if size and (j == begin or view.is_punct(j - 1, ",") or view.capitalised(j)):
                speaker = self.cues.speaker_after_cue(j + size)
                if speaker is not None:
                    content = self._content_after(j + size, end)
                    kind = _Change.PRONOUN if speaker.how is How.PRONOUN else _Change.SPEAKER
                    found.append(_Event(view.tokens.starts[j], kind, speaker.person, content, stop, view.surface(j)))
                    return found
            if self.cues.speech_cue(j) and j > begin and view.is_punct(j - 1, ","):
                speaker = self.cues.speaker_after_cue(j + 1)
                if speaker is not None and speaker.how is How.NAMED:
                    found.append(_Event(view.tokens.starts[j], _Change.SPEAKER, speaker.person,
                                        self._content_after(j + 1, end), stop, view.surface(j)))
                    return found
            if view.is_word(j) and view.keys[j] in view.table("PASSIVE_LEAD_INS"):
                k = j + 1 + (view.keys[j + 1] in view.table("AGENT_MARKERS") if j + 1 < end else 0)
                speaker = self.cues.speaker_after_cue(k) if k < end else None
                if speaker is not None and speaker.how is How.NAMED:  # "Hal senada disampaikan Rizki Rifai"
                    found.append(_Event(view.tokens.starts[j], _Change.SPEAKER, speaker.person, cue=view.surface(j)))
                    return found
            if self.cues.lead_in(j) and not (j > begin and view.keys[j - 1] in view.table("RELATIVE_WORDS")):
                subject = self.cues.subject_of(j)
                if subject is not None:
                    k = j + 1
                    while k < end and view.tokens.kinds[k] == PUNCT:
                        k += 1
                    content = view.tokens.starts[k] if k < end else stop
                    kind = _Change.PRONOUN if subject.how is How.PRONOUN else _Change.SPEAKER
                    found.append(_Event(view.tokens.starts[j], kind, subject.person, content, stop, subject.cue))
                    return found
        # no speech verb: a titled person as the sentence's subject becomes the topic
        # the subject opens the sentence or follows its introductory phrase ("Terkait itu, X …")
        mention = next((registry.mention_at[k] for k in range(begin, min(begin + _SUBJECT_REACH, end))
                        if k in registry.mention_at
                        and (k < begin + _SUBJECT_OPENING or view.is_punct(k - 1, ","))), None)
        if mention is not None and mention.first > begin and view.keys[mention.first - 1] in view.table("PREPOSITIONS"):
            mention = None
        if mention is not None and registry.person_of.get(mention.first) is not None:
            person = registry.person_of[mention.first]
            later = [m for m in registry.mentions_between(mention.last + 1, end)
                     if registry.person_of.get(m.first) not in (None, person) and m.first in registry.person_of]
            if (person.spoke or mention.titles) and mention.name and not later:
                found.append(_Event(view.tokens.starts[begin], _Change.SUBJECT, person))
        return found

    def _content_after(self, i: int, end: int) -> int:
        """Offset where reported speech begins after "Menurut X,"."""
        view = self.view
        j = i
        while j < end and not view.is_punct(j, ","):
            j += 1
        return view.tokens.starts[j + 1] if j + 1 < end else view.tokens.starts[min(j, len(view.tokens) - 1)]

    def _apply(self, event: _Event, current: Person | None, statements: list[Statement]) -> Person | None:
        """The current speaker after `event`; reported speech is recorded as a statement."""
        person = current if event.kind is _Change.PRONOUN else event.person
        if event.kind in (_Change.SPEAKER, _Change.PRONOUN) and event.content and event.stop > event.content:
            statements.append(Statement(speaker=person, start=event.content, end=event.stop,
                                        text=self.view.text[event.content : event.stop], direct=False, cue=event.cue))
        if event.kind is _Change.SPEAKER and person is not None:
            person.titled = person.spoke = True
        return person if person is not None or event.kind is _Change.SPEAKER else current
