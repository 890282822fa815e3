"""The English speech verbs in factcheck/lang/en.py are bench/speech_verbs.py's output: the
lemmas' inflections as LemmInflect (the SPECIALIST Lexicon) gives them."""

import importlib.util
import sys

import pytest

from factcheck.lang import tables
from helpers import ROOT

pytest.importorskip("lemminflect")


def test_the_english_speech_verbs_are_the_lemmas_inflections():
    spec = importlib.util.spec_from_file_location("speech_verbs", ROOT / "bench" / "speech_verbs.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["speech_verbs"] = module
    spec.loader.exec_module(module)
    assert set(module.table()) == set(tables("en").speech_cues)


def test_irregular_and_spelled_forms_are_there():
    cues = tables("en").speech_cues
    assert {"said", "told", "cried", "replied", "shouted", "interposed", "murmured", "exclaimed",
            "complained", "fumed", "advised", "returned", "responded", "insisted", "repeated"} <= cues
    assert "report" not in cues and "note" not in cues  # base forms that are mostly nouns stay out
