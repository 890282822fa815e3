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

# --- attribution: who said it (factcheck.speakers) ---------------------------------------

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
