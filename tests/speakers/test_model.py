"""The plain data of speaker analysis: how a speaker was found reads as its word."""

from __future__ import annotations

import json

from factcheck.speakers import How


def test_how_a_speaker_was_found_reads_as_its_word_in_text_and_json():
    # `factcheck quotes --format json` prints `how` as these words
    assert [str(h) for h in How] == ["named", "lead-in", "pronoun", "carried", "turn", "undetermined"]
    assert json.dumps({"how": How.LEAD_IN}) == '{"how": "lead-in"}'
    assert f"{How.CARRIED}" == "carried" and How.TURN == "turn"
