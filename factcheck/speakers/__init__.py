"""Who said it: the speakers of a source's quotations and what it attributes to whom.

Built by composition, bottom up: `tokenview` (the source's tokens and what is asked of
each), `mentions` (name phrases), `people` (the registry joining mentions into people),
`cues` (the words that name a speaker), `narration` (the pass over the text) and
`turns` (a transcript's speaker turns) produce the plain data of `model`; `analysis` holds the
entry points (`speech`, `attribution_at`) and `names` matches a claim's speaker to people.
"""

from factcheck.speakers.analysis import attribution_at, speech
from factcheck.speakers.model import Attribution, Basis, How, Person, Speech, Statement
from factcheck.speakers.names import claim_name, people_named

__all__ = ["Attribution", "Basis", "How", "Person", "Speech", "Statement", "attribution_at", "claim_name", "people_named",
           "speech"]
