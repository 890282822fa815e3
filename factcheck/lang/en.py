"""English word lists."""

NEGATIONS = frozenset(
    {
        "not", "no", "never", "cannot", "nor", "neither", "none", "nobody", "nothing",
        "nowhere", "without", "ain't", "can't", "won't", "don't", "doesn't", "didn't",
        "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't", "shouldn't",
        "wouldn't", "couldn't", "mustn't", "needn't", "mightn't", "shan't",
    }
)

NUMBER_WORDS = frozenset(
    {
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
        "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
        "eighty", "ninety", "hundred", "thousand", "million", "billion", "trillion", "half",
        "quarter", "dozen", "first", "second", "third", "percent", "once", "twice",
    }
)

# A negation followed by these words does not negate ("not only … but also").
NEGATION_IDIOMS = frozenset({"not only", "not just", "not merely", "not simply"})

# Transcript annotations in (round) or [square] brackets, matched by their first words:
# "(ph)", "[inaudible 00:03:12]", "(through translator)". Not the speaker's words.
TRANSCRIPT_NOISE = frozenset(
    {
        "ph", "sp", "inaudible", "unintelligible", "indiscernible", "crosstalk", "cross talk",
        "laughter", "laughs", "laughing", "applause", "music", "pause", "silence", "cough",
        "coughs", "background noise", "noise", "through translator", "through interpreter",
        "via translator", "via interpreter", "translated", "foreign language", "audio cuts out",
        "static", "overlapping", "unclear",
    }
)
