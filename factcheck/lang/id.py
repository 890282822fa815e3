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
