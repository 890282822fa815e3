"""Who said it: the speaker of each quotation in a source, and what it attributes to whom.

`speech(source)` reads a source once, and keeps the result with the document, into:

- **people**: every capitalised name in the narration, titles and roles stripped
  ("Gubernur Bengkulu Helmi Hasan" → name "Helmi Hasan", role "Gubernur Bengkulu"), with
  short forms joined to the full name given earlier or later ("Andra" → "Andra Soni")
  (`factcheck.speakers.mentions`, `factcheck.speakers.people`).
- **attributions**: the speaker of every quotation that is speech (`Quotation.speech`): the
  name next to a cue ("“…,” ujar Andra Soni", "“…,” said Smith", "“…,” Smith said",
  "Smith said: “…”", "Menurut Andra, “…”") (`factcheck.speakers.cues`); a -nya cue
  ("tambahnya"), a pronoun ("kata dia", "he said") or no cue at all carry over the current
  speaker: the last person the narration made a speaker or subject ("Helmi Hasan
  mengatakan, …", "Ia berharap …") (`factcheck.speakers.narration`).
- **statements**: what the source attributes to each person, quoted or reported
  ("X mengatakan, …", "Menurut X, …", "X said that …").

In a transcript every speaker turn (`Source.turns`) is an attribution to the person its
label names (`factcheck.speakers.turns`). Words come from the per-language tables in
`factcheck.lang` (SPEECH_CUES, LEAD_INS, TITLES, …). `attribution_at` is the one lookup the
checkers use; `factcheck.speakers.names` matches a claim's speaker to the people.
"""

from __future__ import annotations

from factcheck.speakers.cues import Cues
from factcheck.speakers.mentions import MentionReader
from factcheck.speakers.model import Attribution, Speech
from factcheck.speakers.narration import Narration
from factcheck.speakers.people import PeopleRegistry
from factcheck.speakers.tokenview import TokenView
from factcheck.speakers.turns import speech_of_turns
from factcheck.text.document import Source


def speech(source: Source) -> Speech:
    """People, quotation speakers and attributed statements of a source (`analyse`),
    computed once and kept with the document."""
    return source.derived("speech", analyse)


def attribution_at(source: Source, start: int, end: int) -> Attribution | None:
    """The attribution the source gives to its words start..end: that of the speech
    quotation (or transcript turn) holding their start (or middle), None when they are not
    inside one. The single entry point for speaker lookup."""
    found = speech(source)
    return found.at(start) or found.at((start + end) // 2)


def analyse(source: Source) -> Speech:
    """People, quotation speakers and attributed statements of a source; a transcript's
    speakers are its turns' labels."""
    view = TokenView(source)
    mentions = MentionReader(view)
    registry = PeopleRegistry(view, mentions)
    if source.turns:
        return speech_of_turns(view, registry)
    return Narration(view, registry, Cues(view, mentions, registry)).run()
