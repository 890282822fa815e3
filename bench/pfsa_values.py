"""The dates and figures of PFSA-ID articles, found by the benchmark's own rules (not factcheck's).

Dates: "Senin (30 / 3 / 2020)", "(30/3/2020)", "30 Maret 2020" are days (a weekday that
contradicts its date makes the case unusable: skipped), "24 - 27 Desember 2020" a range of days; "(16 / 12)", "16 Desember", a bare
weekday and "kemarin"/"besok"/"lusa" are days without a year, "Maret 2020" a month: they
are values of the sentence (so it holds more than one) but no case is made for them.

Figures: a number (digits read the Indonesian way, or number words such as "dua ratus lima
puluh") with a currency before it (Rp, US$), or after it a scale word (ribu, juta, miliar,
triliun), "persen"/"%", or a counted noun (orang, kasus, hektar …). Not figures: numbers
inside the dates above, years (19xx or 20xx written without a separator, without currency,
scale or percent), numbers after
"-" or "/" (Covid-19, 24/7), in parentheses (ages, ids), after an identifier word (nomor,
pasal, pukul, RT, Pilkada …) or a capitalised name (Boeing 737, Hawk 200), before a month,
"tentang", "WIB" or ":".

A value's context: the (up to) four content words of its sentence nearest to it (a comma,
dash or bracket between counting three words), in text order, extended word by word until
no other sentence of the article holds them all; no case when none is distinctive by six.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from pathlib import Path

from pfsa import read_articles
from value_cases import Article, Value

WEEKDAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
          "Oktober", "November", "Desember")
_W = "|".join(WEEKDAYS + ("Jum'at", "Ahad"))
_M = "|".join(MONTHS + ("Pebruari", "Nopember"))
DAY_WITH_YEAR = re.compile(rf"(?:\b(?P<w>{_W})\s*,?\s*)?\(?\s*(?<![\d/])(?P<d>\d{{1,2}})\s*/\s*(?P<m>\d{{1,2}})\s*/\s*(?P<y>\d{{4}})\s*\)?"
                           rf"|(?:\b(?P<w2>{_W})\s*,?\s*)?\b(?P<d2>\d{{1,2}})\s+(?P<m2>{_M})\s+(?P<y2>\d{{4}})\b")
DAY_NO_YEAR = re.compile(rf"(?:\b(?:{_W})\s*,?\s*)?\(\s*\d{{1,2}}\s*/\s*\d{{1,2}}\s*\)|\b\d{{1,2}}\s+(?:{_M})\b(?!\s+\d{{4}})"
                         rf"|\b(?:{_W})\b|\b(?:kemarin|besok|lusa)\b")
MONTH_YEAR = re.compile(rf"\b(?:{_M})\s+\d{{4}}\b")

UNITS = {"nol": 0, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8,
         "sembilan": 9}
SCALES = {"ribu": 10**3, "juta": 10**6, "miliar": 10**9, "milyar": 10**9, "triliun": 10**12}
NUMBER_WORDS = set(UNITS) | {"sepuluh", "sebelas", "belas", "puluh", "seratus", "ratus", "seribu", "sejuta"} | set(SCALES)
NOT_COUNTED = {  # words after a number that are no counted noun
    "yang", "di", "ke", "dari", "pada", "dan", "atau", "untuk", "dengan", "ini", "itu", "tersebut", "akan",
    "sudah", "telah", "masih", "tidak", "belum", "bisa", "dapat", "harus", "juga", "hingga", "sampai",
    "sebagai", "adalah", "menjadi", "oleh", "dalam", "per", "lebih", "kurang", "saja", "pun", "lagi", "lalu",
    "kemudian", "tentang", "ayat", "huruf", "wib", "wita", "wit", "sebesar", "sebanyak", "se", "bagi",
    "bahwa", "karena", "jika", "agar", "meski", "sejak", "selama", "antara", "saat", "ketika", "mereka",
    "kami", "kita", "ia", "dia", "tahun-tahun", "sekitar", "hanya", "baru", "terakhir", "pertama", "tadi",
}
IDENTIFIERS = {
    "nomor", "no", "nomer", "pasal", "ayat", "pukul", "jam", "urut", "rw", "rt", "ke", "covid", "km", "tahun",
    "tanggal", "lantai", "kelas", "tingkat", "gelombang", "jilid", "tahap", "seri", "sesi", "level", "zona",
    "halaman", "pp", "uu", "perpres", "perda", "permen", "kepres", "inpres", "pergub", "perwal", "perbup",
    "kepmen", "tps", "kode", "g", "pilkada", "pemilu", "-", "/", "(", "periode", "usia", "berusia", "umur",
}
STOP = NOT_COUNTED | {
    "kata", "ujar", "tutur", "ucap", "ungkap", "jelas", "tambah", "katanya", "ujarnya", "tuturnya", "mengatakan",
    "menyatakan", "menjelaskan", "menurut", "kompas", "jakarta", "para", "serta", "secara", "namun", "sementara",
    "bahkan", "tetapi", "tapi", "ada", "hal", "tak", "lain", "sendiri", "yakni", "yaitu", "setiap", "semua",
    "beberapa", "seperti", "terhadap", "atas", "pihaknya", "nya", "jadi", "kalau", "berarti", "apalagi",
    "mudah-mudahan", "sangat", "sehingga", "sedang", "tengah", "selain", "tahun", "bulan", "hari", "pekan",
    "minggu", "jam", "nanti", "kini", "sekarang", "pernah", "sempat", "cukup", "sekali", "paling", "makin",
    "semakin", "begitu", "demikian", "maka", "pula", "cuma", "boleh", "mungkin", "kemungkinan", "tentu",
    "memang", "justru", "terutama", "misalnya", "contohnya", "masing-masing", "sama", "sejumlah", "hampir",
    "adapun", "sebab", "supaya", "melainkan", "sedangkan", "bila", "apabila", "walau", "meskipun", "padahal",
    "bukan", "jangan", "pun", "lah", "sih", "dong", "kok", "sini", "situ", "sana", "saya", "aku", "kamu",
    "anda", "beliau", "punya", "adanya", "merupakan", "bagaimana", "apa", "siapa", "mengapa", "kenapa",
    "kapan", "mana", "berapa", "tersebut", "total", "jumlah", "yang", "lagi", "kemarin", "besok",
}
CURRENCIES = {"rp": "IDR", "rp.": "IDR", "us$": "USD", "$": "USD", "usd": "USD"}
CLAUSE = set(",;:()—–\"“”")
ALT_UNITS = {"kilometer": "km", "km": "kilometer", "kilogram": "kg", "kg": "kilogram", "hektar": "ha", "ha": "hektar",
             "meter": "meter", "persen": "%"}


def articles(path: Path) -> list[Article]:
    """The split's articles with their dates and figures (half by article number: even = tuning)."""
    found = []
    for source in read_articles(path):
        text = source.text
        dates = _dates(text)
        values = dates + _figures(text, source.tokens, dates)
        article = Article(f"pfsa-{source.number}", "id", "tuning" if source.number % 2 == 0 else "held-out",
                          text, None, list(source.sentences), [])
        starts = [s for s, _ in article.sentences]
        for value in sorted(values, key=lambda v: v.start):
            value.sentence = max(i for i, s in enumerate(starts) if s <= value.start)
            article.values.append(value)
        for value in article.values:
            if value.grain in ("day", "value") and value.lo is not None:
                value.context = context_of(article, value.sentence, value.start)
                if value.kind == "figure":
                    value.alts = alternatives(value)
        article.undated = _without(article, "date")
        article.unfigured = _without(article, "figure")
        found.append(article)
    _judged_multi(found)
    return found


MULTI = Path(__file__).resolve().parent / "pfsa_multi.tsv"


def _judged_multi(articles: list[Article]) -> None:
    """The hand-judged clause words of values in sentences holding two or three of one kind
    (bench/pfsa_multi.tsv: offsets into the rebuilt text, so no text of the corpus is kept)."""
    by_name = {a.name: a for a in articles}
    for article in articles:
        article.multi = {}
    for line in MULTI.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        name, kind, start, offsets, same = line.split("\t")
        article = by_name.get(name)
        if article is None:
            continue
        index = next(k for k, v in enumerate(article.values) if v.kind == kind and v.start == int(start))
        words = [_TOKEN.match(article.text, int(o)).group() for o in offsets.split(",")]
        article.multi[index] = " ".join(words)
        if same != "-":
            article.values[index].same = same
            next(v for v in article.values if v.kind == kind and v.start == int(same)).same = same


def _without(article: Article, kind: str, most: int = 2) -> list[str]:
    """Contexts of (at most `most`) sentences that give no value of `kind`, nor do the
    sentences next to them: the first content words of each (the lead is left out)."""
    holding = {v.sentence for v in article.values if v.kind == kind}
    contexts = []
    for n, (start, end) in enumerate(article.sentences[1:], start=1):
        if holding & {n - 1, n, n + 1} or len(article.text[start:end].split()) < 8:
            continue
        context = context_of(article, n, start)
        if context is not None:
            contexts.append(context)
        if len(contexts) == most:
            break
    return contexts


# -- dates ---------------------------------------------------------------------------------------


def _dates(text: str) -> list[Value]:
    """Days with a year; year-less days and months as values without a date (lo None)."""
    found: list[Value] = []

    def free(a: int, b: int) -> bool:
        return all(b <= v.start or a >= v.end for v in found)

    for m in DAY_WITH_YEAR.finditer(text):
        g = m.groupdict()
        day, month = int(g["d"] or g["d2"]), int(g["m"]) if g["m"] else _month(g["m2"])
        year = int(g["y"] or g["y2"])
        weekday = g["w"] or g["w2"]
        try:
            date = dt.date(year, month, day)
        except ValueError:
            continue
        good = weekday is None or _weekday(weekday) == date.weekday()
        start, first = m.start(), date
        before = re.search(r"(\d{1,2})\s*-\s*$", text[max(0, start - 8) : start])
        if before and weekday is None and int(before.group(1)) < day:  # "24 - 27 Desember 2020": a range
            start, first = start - len(before.group()), date.replace(day=int(before.group(1)))
        found.append(Value("date", start, m.end(), text[start : m.end()], first if good else None, date if good else None))
    for pattern, grain in ((DAY_NO_YEAR, "day"), (MONTH_YEAR, "month")):
        for m in pattern.finditer(text):
            if free(m.start(), m.end()):
                found.append(Value("date", m.start(), m.end(), m.group(), None, None, grain=grain))
    return found


def _month(name: str) -> int:
    name = {"Pebruari": "Februari", "Nopember": "November"}.get(name, name)
    return MONTHS.index(name) + 1


def _weekday(name: str) -> int:
    return {"Jum'at": 4, "Ahad": 6}.get(name, WEEKDAYS.index(name) if name in WEEKDAYS else -1)


# -- figures -------------------------------------------------------------------------------------


def _figures(text: str, tokens: list[tuple[int, int, str]], dates: list[Value]) -> list[Value]:
    words = [(s, e, text[s:e]) for s, e, _ in tokens]
    found = []
    i = 0
    while i < len(words):
        start, end, token = words[i]
        lower = token.casefold()
        if re.fullmatch(r"\d+(?:[.,]\d+)*", token):
            value, j = _digits(token), i + 1
        elif lower in NUMBER_WORDS and lower not in SCALES:
            j = i
            while j < len(words) and words[j][2].casefold() in NUMBER_WORDS:
                j += 1
            value = _number_words([w[2].casefold() for w in words[i:j]])
        else:
            i += 1
            continue
        figure, after = _figure(words, i, j, value, text, dates)
        if figure is not None:
            found.append(figure)
        i = max(after, i + 1)
    return found


def _figure(words, i, j, value, text, dates) -> tuple[Value | None, int]:
    """The figure starting with the number words[i:j] (value), or None when it is no figure
    by the module's rules; and the index of the word after it."""
    figure = _read(words, i, j, value, text, dates)
    return figure if figure is not None else (None, j)


def _read(words, i, j, value, text, dates):
    if value is None:
        return None
    start = words[i][0]
    before = words[i - 1][2] if i else ""
    unit = None
    if before.casefold() in CURRENCIES:
        unit, start = CURRENCIES[before.casefold()], words[i - 1][0]
    elif before.casefold() in IDENTIFIERS or (before[:1].isupper() and i >= 2 and words[i - 2][2] not in ".”\"—"):
        return None
    if any(d.start <= words[i][0] < d.end for d in dates):
        return None
    scaled = False
    if j < len(words) and words[j][2].casefold() in SCALES and words[j - 1][2].casefold() not in SCALES:
        value *= SCALES[words[j][2].casefold()]
        j, scaled = j + 1, True
    following = words[j][2] if j < len(words) else ""
    if following.casefold() in ("persen", "%"):
        unit, j = "%", j + 1
    elif following.casefold() == "rupiah" and unit is None:
        unit, j = "IDR", j + 1
    elif unit is None and following.isalpha() and following.islower() and following not in NOT_COUNTED \
            and following.capitalize() not in MONTHS and len(following) > 1:
        unit, j = following, j + 1
        if j < len(words) and words[j][2].casefold() in ("persegi", "kubik"):  # "meter persegi"
            unit, j = f"{unit} {words[j][2].casefold()}", j + 1
    elif unit is None and not scaled:
        return None
    if following in ("/", "-", ":", ")") or following.casefold() in ("tentang", "wib", "wita", "wit"):
        return None
    if unit not in ("IDR", "USD", "%") and not scaled and re.fullmatch(r"(19|20)\d\d", words[i][2]):
        return None  # a year (a count as large is written "2.043")
    if words[i][2].casefold() in UNITS and value < 2:
        return None  # "salah satu"
    end = words[j - 1][1]
    return Value("figure", start, end, text[start:end], value, value, unit, "value"), j


def _digits(token: str) -> Decimal | None:
    """Indonesian digits: "." groups thousands (3.608), "," marks decimals (36,9)."""
    whole, _, fraction = token.partition(",")
    groups = whole.split(".")
    if not all(len(g) == 3 for g in groups[1:]) or "," in fraction or "." in fraction:
        return None
    return Decimal("".join(groups) + ("." + fraction if fraction else ""))


def _number_words(words: list[str]) -> Decimal | None:
    """ "dua ratus lima puluh" = 250, "seratus tiga puluh" = 130, "lima belas ribu" = 15000."""
    total = group = unit = 0
    for word in words:
        if word in UNITS:
            group, unit = group + unit, UNITS[word]
        elif word == "sepuluh":
            group, unit = group + unit + 10, 0
        elif word == "sebelas":
            group, unit = group + unit + 11, 0
        elif word == "belas":
            group, unit = group + unit + 10, 0
        elif word == "puluh":
            group, unit = group + unit * 10, 0
        elif word == "seratus":
            group, unit = group + unit + 100, 0
        elif word == "ratus":
            group, unit = group + unit * 100, 0
        elif word == "seribu":
            total, group, unit = total + 1000, 0, 0
        elif word == "sejuta":
            total, group, unit = total + 10**6, 0, 0
        elif word in SCALES:
            total, group, unit = total + (group + unit or 1) * SCALES[word], 0, 0
    value = total + group + unit
    return Decimal(value) if value else None


def alternatives(value: Value) -> list[str]:
    """Another valid way to write a PFSA-ID figure (the same way when there is none)."""
    number, unit, text = value.lo, value.unit, value.text.casefold()
    digits = _grouped(number)
    if unit == "IDR":
        if re.search(r"ribu|juta|miliar|triliun", text):
            return [f"Rp{digits}"]
        return [f"{_scaled(number)} rupiah"] if number >= 1000 else [f"{digits} rupiah"]
    if unit == "USD":
        return [f"{_scaled(number)} dolar AS"]
    if unit == "%":
        return [f"{_decimal(number)}%" if "persen" in text else f"{_decimal(number)} persen"]
    word = ALT_UNITS.get(unit, unit) if unit else ""
    if re.search(r"ribu|juta|miliar|triliun", text):
        form = digits
    elif number >= 10000:
        form = _scaled(number)
    elif not re.search(r"\d", text):
        form = _decimal(number)
    else:
        form = digits
    return [f"{form} {word}".strip()]


def _decimal(number: Decimal) -> str:
    return format(number.normalize(), "f").replace(".", ",")


def _grouped(number: Decimal) -> str:
    whole, _, fraction = format(number.normalize(), "f").partition(".")
    return f"{int(whole):,}".replace(",", ".") + ("," + fraction if fraction else "")


def _scaled(number: Decimal) -> str:
    """With the largest scale word that leaves a short number: 1.500.000 -> "1,5 juta"."""
    for word, size in (("triliun", 10**12), ("miliar", 10**9), ("juta", 10**6), ("ribu", 10**3)):
        if number >= size and (number / size) == (number / size).quantize(Decimal("0.1")):
            return f"{_decimal(number / size)} {word}"
    return _grouped(number)


# -- contexts ------------------------------------------------------------------------------------


_WORD = re.compile(r"[^\W\d_][\w'-]*")
_TOKEN = re.compile(r"[^\W_][\w'-]*|[^\w\s]")


def context_of(article: Article, sentence: int, at: int) -> str | None:
    """The content words of a sentence nearest offset `at` (a value's start), extended until
    no other sentence holds them all."""
    s, e = article.sentences[sentence]
    text = article.text
    taken = [(v.start, v.end) for v in article.values]
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, s, e)]
    if sentence == 0 and "—" in text[s:e]:  # the dateline is no context
        dash = text.index("—", s)
        tokens = [t for t in tokens if t[0] > dash]
    index = next((k for k, t in enumerate(tokens) if t[0] >= at), len(tokens))
    ranked = []
    for k, (a, b, word) in enumerate(tokens):
        if not _WORD.fullmatch(word) or len(word) < 3 or word.casefold() in STOP or word in WEEKDAYS \
                or word in MONTHS or any(x <= a < y for x, y in taken):
            continue
        lo, hi = sorted((k, index))
        cost = sum(3 if tokens[t][2] in CLAUSE else 1 for t in range(lo, hi))
        ranked.append((cost, a, word))
    ranked.sort()
    others = [_keys(text[a:b]) for n, (a, b) in enumerate(article.sentences) if n != sentence]
    for size in (4, 5, 6):
        chosen = sorted(ranked[:size], key=lambda r: r[1])
        if len(chosen) < 2:
            return None
        keys = {w.casefold()[:5] for _, _, w in chosen}
        if not any(keys <= other for other in others):
            return " ".join(dict.fromkeys(w for _, _, w in chosen))
        if len(chosen) < size:
            return None
    return None


def _keys(text: str) -> set[str]:
    return {w.casefold()[:5] for w in _WORD.findall(text)}
