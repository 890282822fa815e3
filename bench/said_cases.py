"""`said:` paraphrase cases (our own text, free to ship), Indonesian and English.

Each case: a source article and claims (speaker, said, kind). The kind says what a careful
reader finds in the source:

- "supported": the source gives that speaker words that say this (a faithful paraphrase);
- "contradicted": the speaker says something close but the claim changes its meaning (an
  antonym, a dropped or added negation, another number or name);
- "other": the source gives this to someone else, not to the claimed speaker.

A supported claim should pass (a warning costs a look; a failure is a false alarm); a
contradicted or other-speaker claim must never pass (a failure is best, a warning acceptable).

The tuning lists (said_tuning_id.py, said_tuning_en.py) were tuned on. The held-out lists
(said_held_out_id.py, said_held_out_en.py) were written before the statement-support judge
was built (issue 13, item 4) and never run while tuning it.
"""

from said_held_out_en import HELD_OUT as EN_HELD_OUT
from said_held_out_id import HELD_OUT as ID_HELD_OUT
from said_tuning_en import TUNING as EN_TUNING
from said_tuning_id import TUNING as ID_TUNING

__all__ = ["EN_HELD_OUT", "EN_TUNING", "ID_HELD_OUT", "ID_TUNING"]
