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

# --- dates and figures (factcheck.numbers, factcheck.dates) ----------------------------
# Month and weekday names come from CLDR via babel (factcheck.lang.cldr); these are the
# abbreviations CLDR lacks.
MONTH_NAMES = {"sept": 9}
WEEKDAY_NAMES = {}
WEEKDAY_ABBREVIATIONS = {"tues": 1, "weds": 2, "thur": 3, "thurs": 3}

NUMBER_VALUES = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
NUMBER_MULTIPLIERS = {"hundred": 100, "dozen": 12}
NUMBER_FRACTIONS = {"half": 0.5, "quarter": 0.25}
# CLDR supplies thousand, million, billion, trillion (long) and K, M, B, T.
SCALE_WORDS = {}
SHORT_SCALES = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "b": 1_000_000_000, "bn": 1_000_000_000, "t": 1_000_000_000_000, "tn": 1_000_000_000_000}
NUMBER_ARTICLES = frozenset({"a", "an"})
NUMBER_CONNECTORS = frozenset({"and", "a"})

CURRENCY_PREFIXES = {"us$": "USD", "usd": "USD", "$": "USD", "rp": "IDR", "rp.": "IDR", "idr": "IDR", "€": "EUR", "eur": "EUR"}
CURRENCY_WORDS = {
    "rupiah": "IDR", "rupiahs": "IDR", "us dollars": "USD", "us dollar": "USD", "dollars": "USD",
    "dollar": "USD", "euros": "EUR", "euro": "EUR", "idr": "IDR", "usd": "USD",
}
PERCENT_WORDS = frozenset({"%", "percent", "per cent"})
POINT_WORDS = frozenset({"percentage points", "percentage point", "points", "point", "pp"})
APPROXIMATORS = frozenset({"about", "around", "approximately", "roughly", "nearly", "almost", "some", "more than", "over"})

RELATIVE_DAYS = {"the day before yesterday": -2, "yesterday": -1, "today": 0, "tomorrow": 1, "the day after tomorrow": 2}
RELATIVE_WEEKS = {"last week": -1, "this week": 0, "next week": 1}
RELATIVE_MONTHS = {"last month": -1, "this month": 0, "next month": 1}
WEEKDAY_AFTER = {}
WEEKDAY_BEFORE = {"last": -1, "this": 0, "next": 1}
DATE_CUES = frozenset({"on", "since", "until", "by", "from"})

STOPWORDS = frozenset(
    {
        "the", "a", "an", "of", "to", "in", "on", "and", "or", "for", "with", "by", "at", "from", "is",
        "was", "were", "be", "been", "that", "this", "it", "its", "as", "which", "who", "has", "have",
        "had", "will", "would", "their", "his", "her", "they", "he", "she", "are",
    }
)
