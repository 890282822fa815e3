"""A transcript's speakers: each speaker turn (`Source.turns`) is the speech of the person its
label names ("Gubernur Andra Soni" is Andra Soni; "Presiden" the one person given that role)."""

from __future__ import annotations

import re

from factcheck.speakers.mentions import read_name
from factcheck.speakers.model import Attribution, Basis, How, Mention, Speech, Statement
from factcheck.speakers.people import PeopleRegistry
from factcheck.speakers.tokenview import TokenView


def speech_of_turns(view: TokenView, registry: PeopleRegistry) -> Speech:
    """A transcript: each speaker turn is the speech of the person its label names."""
    source = view.source
    attributions, statements = [], []
    for turn in source.turns:
        person = None
        if turn.speaker:
            name, titles, role = read_name(turn.speaker, frozenset(view.place_like), view.language)
            written = re.sub(r"\([^()]*\)", " ", turn.speaker).split(",")[0].split()
            label = Mention(first=-1, last=-1, start=turn.start, end=turn.start, text=turn.speaker, titles=titles,
                            role=role, name=name, name_text=" ".join(written[len(written) - len(name):]))
            person = registry.cluster(label) if name else registry.role_holder(label)
            if person is not None:
                person.titled = person.spoke = True
        reason = "" if person else ("the transcript does not label this turn" if not turn.speaker
                                    else f'the label "{turn.speaker}" could be more than one person')
        attributions.append(Attribution(start=turn.start, end=turn.end, speaker=person,
                                        how=How.TURN if person else How.UNDETERMINED, cue=turn.time or "",
                                        mention=turn.speaker or "", reason=reason, parts=((turn.start, turn.end),),
                                        ambiguous=person is None and bool(turn.speaker),
                                        basis=Basis.CUE if person else Basis.NONE))
        statements.append(Statement(speaker=person, start=turn.start, end=turn.end,
                                    text=source.visible(turn.start, turn.end), direct=True, cue=turn.time or ""))
    return Speech(people=list(registry.people), attributions=attributions, statements=statements,
                  places=frozenset(view.place_like), language=view.language)
