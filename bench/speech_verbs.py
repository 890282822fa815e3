"""Print the English speech-verb table (factcheck/lang/en.py `_SPEECH_VERBS`) from its lemmas.

    python bench/speech_verbs.py        (needs `pip install lemminflect`)

The lemmas are the verbs that report speech in quotation cues, grouped as VerbNet groups
communication verbs (say-37.7, manner_speaking-37.3, complain-37.8, advise-37.9, tell-37.2,
transfer_mesg-37.1, …). Their inflections (said, says; cried, cries; broke) come from
LemmInflect, whose tables are drawn from the NIH SPECIALIST Lexicon, rather than from
hand-written rules. The output is pasted into en.py, so factcheck needs no new dependency
at run time; tests/lang/test_speech_verbs.py keeps the two in step where lemminflect is
installed.
"""

from __future__ import annotations

import sys

LEMMAS = (
    # say-37.7 and reporting
    "say", "state", "declare", "announce", "add", "note", "remark", "comment", "observe", "mention",
    "explain", "report", "write", "tweet", "post", "conclude", "continue", "repeat", "reiterate",
    "recall", "recount", "describe", "testify", "acknowledge", "admit", "concede", "confess",
    "confirm", "deny", "claim", "assert", "maintain", "insist", "argue", "contend", "counter",
    "respond", "reply", "answer", "return", "retort", "rejoin", "interpose", "interject", "interrupt",
    "ask", "inquire", "enquire", "question", "wonder", "demand", "tell", "inform", "advise", "warn",
    "caution", "urge", "suggest", "propose", "predict", "promise", "vow", "pledge", "swear",
    "agree", "disagree", "object", "protest", "complain", "grumble", "lament", "fume", "rage",
    "scoff", "sneer", "mock", "boast", "brag", "joke", "quip", "tease", "laugh", "sigh", "smile",
    "stress", "emphasize", "emphasise", "point", "recommend", "elaborate", "clarify",
    "begin", "start", "finish", "summarize", "summarise", "persist", "pursue",
    # manner_speaking-37.3
    "shout", "cry", "call", "yell", "scream", "shriek", "exclaim", "roar", "bellow", "bark",
    "snap", "growl", "snarl", "hiss", "whisper", "murmur", "mutter", "mumble", "stammer",
    "stutter", "sob", "wail", "moan", "groan", "gasp", "breathe", "pant", "croak", "drawl",
    "chirp", "purr", "sing", "chant", "intone", "squeal", "blurt", "thunder",
)


def table() -> list[str]:
    from lemminflect import getAllInflections

    forms: set[str] = {"say"}  # "…," they say; other base forms are too often nouns ("report", "note")
    for lemma in LEMMAS:
        found = getAllInflections(lemma, upos="VERB")
        for tag in ("VBD", "VBZ"):  # said, says
            forms.update(found.get(tag, ()))
    return sorted(forms)


def main() -> int:
    words = table()
    line = "    "
    print("_SPEECH_VERBS = {")
    for word in words:
        item = f'"{word}", '
        if len(line) + len(item) > 100:
            print(line.rstrip())
            line = "    "
        line += item
    print(line.rstrip())
    print("}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
