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

# --- attribution: who said it (factcheck.speakers.analysis) ---------------------------------------

# Speech verbs next to a quotation with the speaker's name, in either order:
# '"…," said Smith', '"…," Smith said', 'Smith said: "…"'.
SPEECH_CUES = frozenset(
    {
        "said", "says", "say", "told", "tells", "added", "adds", "asked", "asks", "wrote", "writes",
        "noted", "notes", "explained", "explains", "stated", "states", "continued", "continues",
        "recalled", "recalls", "argued", "argues", "insisted", "insists", "warned", "warns",
        "replied", "replies", "answered", "answers", "declared", "declares", "remarked", "observed",
        "concluded", "admitted", "admits", "acknowledged", "claimed", "claims", "commented",
        "tweeted", "posted", "stressed", "stresses", "emphasized", "emphasised", "announced",
        "announces", "conceded", "suggested", "suggests", "pointed", "shouted", "whispered",
        "cautioned", "confirmed", "confirms", "predicted", "joked", "agreed", "agrees", "urged",
    }
)
SPEECH_CUES_PRONOUN: frozenset[str] = frozenset()  # English has no -nya forms

LEAD_INS = SPEECH_CUES | {"believes", "believed", "thinks", "thought", "hopes", "hoped", "expects"}
ACCORDING_TO = frozenset({"according to"})

SPEAKER_PRONOUNS = frozenset({"he", "she", "they"})

TITLES = frozenset(
    {
        "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
        "sen", "senator", "rep", "representative", "congressman", "congresswoman", "gov", "governor",
        "president", "vice", "vice president", "prime", "prime minister", "minister", "secretary",
        "mayor", "deputy", "chief", "chairman", "chairwoman", "chair", "director", "ceo", "judge",
        "justice", "gen", "general", "col", "colonel", "maj", "major", "capt", "captain", "lt",
        "lieutenant", "sgt", "sergeant", "officer", "detective", "inspector", "superintendent",
        "commissioner", "ambassador", "king", "queen", "prince", "princess", "pope", "rev",
        "reverend", "father", "sister", "brother", "rabbi", "imam", "bishop", "archbishop",
        "chancellor", "speaker", "attorney", "attorney general", "spokesman", "spokeswoman",
        "spokesperson", "coach", "manager", "head", "leader", "founder", "economist", "analyst",
        "resident", "parent", "neighbour", "neighbor", "passenger", "farmer", "student", "teacher",
        "nurse", "doctor", "lawyer", "witness", "shopkeeper", "owner", "worker", "volunteer",
        "activist", "historian", "scientist", "researcher", "councillor", "councilman",
        "councilwoman", "agent", "editor", "author", "chef", "driver", "pilot", "engineer",
        "former", "acting", "interim", "jr", "sr", "st", "the", "state", "foreign", "health",
        "finance", "defense", "defence", "interior", "education", "police", "army", "adm", "admiral",
    }
)

NOT_NAMES = frozenset(
    {
        "the", "a", "an", "but", "and", "or", "so", "yet", "he", "she", "they", "it", "we", "i",
        "you", "this", "that", "these", "those", "there", "here", "in", "on", "at", "for", "with",
        "by", "from", "of", "to", "as", "if", "when", "while", "after", "before", "since", "however",
        "meanwhile", "still", "also", "then", "now", "today", "yesterday", "tomorrow", "monday",
        "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "according", "asked",
        "his", "her", "their", "our", "my", "its", "although", "though", "because", "last", "next",
        "speaking", "writing", "separately", "earlier", "later", "later on", "one", "some", "many",
        "most", "all", "both", "each", "every", "no", "not", "what", "who", "why", "how", "where",
    }
)

PLACE_MARKERS = frozenset(
    {
        "in", "at", "from", "to", "of", "into", "near", "across", "university", "ministry",
        "department", "state", "city", "county", "province", "republic", "bank", "party", "court",
        "street", "avenue", "river", "lake", "mount", "company", "council", "committee", "agency",
    }
)
ORGANISATION_WORDS = frozenset(
    {
        "university", "ministry", "department", "office", "bank", "party", "council", "committee",
        "agency", "association", "union", "institute", "foundation", "company", "court", "house",
        "senate", "congress", "parliament", "government", "police", "army", "city", "state",
        "county", "school", "hospital", "church", "center", "centre", "bureau", "commission",
        "research", "science", "sciences", "network", "studies", "initiative", "group", "capital",
        "securities", "management", "holdings", "fund", "forum", "watch", "institution",
    }
)

FUNCTION_WORDS = frozenset(
    {
        "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by",
        "from", "as", "that", "this", "these", "those", "it", "its", "is", "are", "was", "were", "be",
        "been", "being", "has", "have", "had", "do", "does", "did", "will", "would", "can", "could",
        "should", "may", "might", "must", "shall", "he", "she", "they", "we", "i", "you", "his",
        "her", "their", "our", "my", "your", "them", "him", "us", "me", "there", "here", "then",
        "than", "so", "very", "also", "just", "about", "into", "over", "said", "says", "say",
        "according", "which", "who", "whom", "what", "when", "where", "while", "if",
    }
)

PREPOSITIONS = frozenset({"of", "to", "in", "on", "at", "for", "with", "by", "from", "about", "against", "between"})

NOT_NAME_AFFIXES = frozenset({"-tion", "-ment", "-ness", "-ity", "-ings", "-sion"})

PASSIVE_LEAD_INS = frozenset({"stated", "explained", "confirmed", "announced"})  # "… was confirmed by X"

# A speech verb after these words is in a relative clause ("… yang menceritakan …"): it
# makes no one a speaker.
RELATIVE_WORDS = frozenset({"who", "which", "that"})

# A role followed by these words refers back to someone named before ("Mantan Gubernur DKI
# Jakarta itu …"), like a pronoun.
DEMONSTRATIVES = frozenset({"this", "that"})

# The word before the speaker of a passive speech verb ("disampaikan oleh X", "… by X").
AGENT_MARKERS = frozenset({"by"})
# Articles before a role ("the minister said", "kata sang menteri").
ARTICLES = frozenset({"the"})
# Lower-case words inside a long role before the name ("Director of the Institute for …").
ROLE_LINKS = frozenset({"of", "for", "at", "and", "on", "the", "to"})
VERB_PREFIXES = frozenset()  # English verbs have no prefix to tell them by (see id.py)

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

# --- dates and figures (factcheck.text.numbers, factcheck.text.dates) ----------------------------
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
