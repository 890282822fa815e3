"""Indonesian (Bahasa Indonesia) word lists."""

NEGATIONS = frozenset(
    {
        "tidak", "tak", "tiada", "bukan", "belum", "jangan", "enggak", "engga", "nggak", "ngga",
        "gak", "ga", "kagak", "tanpa", "bukanlah", "tidaklah", "belumlah", "janganlah",
    }
)

NUMBER_WORDS = frozenset(
    {
        "nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
        "sepuluh", "sebelas", "belas", "puluh", "ratus", "ribu", "juta", "miliar", "milyar",
        "triliun", "seratus", "seribu", "sejuta", "setengah", "separuh", "seperempat",
        "pertama", "kedua", "ketiga", "keempat", "kelima", "persen",
    }
)

# A negation followed by these words does not negate ("tidak hanya … tetapi juga": not
# only … but also); leaving such a phrase out with an ellipsis hides no negation.
NEGATION_IDIOMS = frozenset({"tidak hanya", "tak hanya", "bukan hanya", "tidak cuma", "bukan cuma", "tidak sekadar", "bukan sekadar", "tidak saja", "bukan saja"})

# Transcript annotations in (round) or [square] brackets (see en.py).
TRANSCRIPT_NOISE = frozenset(
    {
        "tidak terdengar", "tak terdengar", "tidak jelas", "suara tidak jelas", "tertawa",
        "tawa", "tepuk tangan", "hening", "jeda", "batuk", "bersahutan", "musik",
        "melalui penerjemah", "lewat penerjemah", "diterjemahkan", "bahasa daerah",
    }
)

# --- dates and figures (factcheck.numbers, factcheck.dates) ----------------------------
# Month and weekday names come from CLDR via babel (factcheck.lang.cldr); these are the
# spellings and newsroom abbreviations CLDR lacks.
MONTH_NAMES = {"pebruari": 2, "peb": 2, "agt": 8, "agust": 8, "sept": 9, "nopember": 11, "nop": 11}
WEEKDAY_NAMES = {"jum'at": 4, "ahad": 6}
WEEKDAY_ABBREVIATIONS = {}

# Cardinal number words, added up; "belas" adds ten ("dua belas" = 12).
NUMBER_VALUES = {
    "nol": 0, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
    "delapan": 8, "sembilan": 9, "sepuluh": 10, "sebelas": 11, "belas": 10,
}
NUMBER_MULTIPLIERS = {"puluh": 10, "ratus": 100, "seratus": 100}  # times what comes before (or 1)
NUMBER_FRACTIONS = {"setengah": 0.5, "separuh": 0.5, "seperempat": 0.25}
# Scale words closing a group; CLDR supplies ribu, juta, miliar, triliun (long) and rb, jt, M, T.
SCALE_WORDS = {"seribu": 1_000, "sejuta": 1_000_000, "milyar": 1_000_000_000, "semiliar": 1_000_000_000}
SHORT_SCALES = {"rb": 1_000, "jt": 1_000_000, "m": 1_000_000_000, "t": 1_000_000_000_000}  # after a currency only
NUMBER_ARTICLES = frozenset()  # words standing for "one" before a scale word ("a million")
NUMBER_CONNECTORS = frozenset()  # words allowed inside a number phrase ("one hundred and five")

# Currency symbols written before the number, and currency words written after it.
CURRENCY_PREFIXES = {"rp": "IDR", "rp.": "IDR", "idr": "IDR", "us$": "USD", "usd": "USD", "$": "USD", "€": "EUR", "eur": "EUR"}
CURRENCY_WORDS = {
    "rupiah": "IDR", "dolar as": "USD", "dollar as": "USD", "dolar amerika serikat": "USD",
    "dolar amerika": "USD", "dolar": "USD", "dollar": "USD", "euro": "EUR", "idr": "IDR", "usd": "USD",
}
PERCENT_WORDS = frozenset({"%", "persen"})
POINT_WORDS = frozenset({"poin persentase", "persentase poin", "poin"})  # percentage points, a unit of its own
APPROXIMATORS = frozenset({"sekitar", "kurang lebih", "hampir", "kira-kira", "lebih dari", "sebesar", "senilai"})

# Relative dates, resolved against a source's `published` date: days from it, and ranges.
RELATIVE_DAYS = {"kemarin dulu": -2, "kemarin lusa": -2, "kemarin": -1, "hari ini": 0, "besok": 1, "lusa": 2}
RELATIVE_WEEKS = {"pekan lalu": -1, "minggu lalu": -1, "pekan ini": 0, "minggu ini": 0, "pekan depan": 1, "minggu depan": 1}
RELATIVE_MONTHS = {"bulan lalu": -1, "bulan ini": 0, "bulan depan": 1}
# A weekday with one of these after it: -1 the last one before the published date, 1 the next.
WEEKDAY_AFTER = {"lalu": -1, "kemarin": -1, "pekan lalu": -7, "minggu lalu": -7, "depan": 1, "pekan depan": 7, "ini": 0}
WEEKDAY_BEFORE = {}
# A weekday alone is a date only after one of these ("pada Jumat", not "setiap Jumat").
DATE_CUES = frozenset({"pada", "hari", "sejak", "hingga", "sampai", "tanggal", "tgl"})

# Function words left out when matching a claim's `context` to a source.
STOPWORDS = frozenset(
    {
        "yang", "dan", "di", "ke", "dari", "pada", "untuk", "dengan", "ini", "itu", "atau", "oleh",
        "dalam", "akan", "sudah", "telah", "adalah", "ia", "para", "sebagai", "juga", "bisa", "tersebut",
        "secara", "bahwa", "karena", "serta", "saat", "kepada", "hingga", "lebih", "tidak", "se",
    }
)
