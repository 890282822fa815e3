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

# --- attribution: who said it (factcheck.speakers.analysis) ---------------------------------------

# Speech verbs that follow or precede a quotation with the speaker's name:
# "“…,” ujar Andra Soni", "Kata Andra, “…”".
SPEECH_CUES = frozenset(
    {
        "kata", "ujar", "tutur", "ucap", "ungkap", "papar", "jelas", "tambah", "lanjut", "sebut",
        "terang", "tegas", "imbuh", "pungkas", "tandas", "tutup", "tanya", "tulis", "seru", "kenang",
        "aku", "urai", "bilang", "sambung", "timpal", "jawab", "pesan", "katakan", "ujarkan",
    }
)
# The -nya forms: the verb with the speaker as a pronoun ("tambahnya": he/she added).
SPEECH_CUES_PRONOUN = frozenset(cue + "nya" for cue in SPEECH_CUES) | {"menurutnya"}

# Verbs that introduce direct or indirect speech with the speaker as subject:
# "Helmi Hasan mengatakan, …", "Ia berharap …".
LEAD_INS = frozenset(
    {
        "mengatakan", "menyatakan", "menjelaskan", "menuturkan", "mengungkapkan", "menyampaikan",
        "menegaskan", "menambahkan", "menyebutkan", "menyebut", "memaparkan", "menerangkan",
        "mengakui", "berkata", "bertanya", "menanyakan", "menilai", "berpendapat", "mengingatkan",
        "meminta", "berharap", "mengharapkan", "mengimbau", "menekankan", "mengemukakan",
        "menanggapi", "mengungkap", "menyinggung", "melanjutkan", "menandaskan", "menukas",
        "mengaku", "menuliskan", "menulis", "bercerita", "menceritakan", "mengklaim", "memastikan",
        "menjawab", "menyoroti", "mengeluhkan", "mengusulkan", "menduga", "memperkirakan",
        "mengutarakan", "menyarankan", "mendorong", "mencontohkan", "menjabarkan", "menganjurkan",
        "yakin", "optimistis", "pesimistis", "khawatir", "menganggap", "mengapresiasi", "mengajak",
        "menolak", "menyetujui", "mengkritik", "mempertanyakan", "menyesalkan", "mengkritisi",
        "menambahkan", "mengingatkan", "menerangkan", "membenarkan", "mengonfirmasi", "menyayangkan",
    }
)
# "Menurut Helmi, …": the speaker follows the phrase.
ACCORDING_TO = frozenset({"menurut"})

# Pronouns that refer back to the current speaker.
SPEAKER_PRONOUNS = frozenset({"ia", "dia", "beliau", "nya"})

# Titles, ranks, roles and honorifics written before a name; stripped when names are
# compared, kept as aliases ("Gubernur Bengkulu" for Helmi Hasan). Multi-word entries match
# word by word.
TITLES = frozenset(
    {
        "presiden", "wakil", "wapres", "menteri", "menko", "gubernur", "wagub", "bupati", "wabup",
        "wali", "wali kota", "walikota", "camat", "lurah", "kepala", "kades", "ketua", "ketum",
        "sekretaris", "sekjen", "sekda", "bendahara", "direktur", "dirut", "direktur utama", "kadis",
        "kepala dinas", "kepala badan", "kepala desa", "juru", "juru bicara", "jubir", "anggota",
        "komisaris", "komisaris besar", "ajun komisaris", "ajun komisaris besar", "kombes", "akbp",
        "kompol", "akp", "iptu", "ipda", "aiptu", "brigjen", "brigadir", "brigadir jenderal",
        "inspektur jenderal", "komisaris jenderal", "ajun", "bripka", "briptu", "bripda", "bharada",
        "sersan", "kopral", "prajurit", "laksamana pertama", "marsekal pertama", "jenderal besar", "irjen", "komjen", "jenderal", "kapolri",
        "kapolda", "kapolres", "kapolsek", "kasat", "kabid", "kasubdit", "dirreskrimum", "letjen",
        "mayjen", "laksamana", "marsekal", "kolonel", "letkol", "mayor", "kapten", "panglima",
        "danrem", "dandim", "pangdam", "kasad", "kepala staf", "jaksa", "hakim", "ketua umum",
        "rektor", "dekan", "guru besar", "profesor", "prof", "dokter", "dr", "ir", "drs", "dra",
        "h", "hj", "haji", "hajjah", "kh", "kiai", "kyai", "ustaz", "ustadz", "habib", "gus",
        "pak", "bapak", "bu", "ibu", "mas", "mbak", "bang", "kak", "tuan", "nyonya", "saudara",
        "sdr", "raden", "tengku", "teuku", "datuk", "sultan", "raja",
        "pendeta", "romo", "uskup", "kardinal", "pastor", "pimpinan", "pemimpin", "koordinator",
        "kapolresta", "kajati", "kajari", "kasubbag", "kabag", "kabiro", "plt", "pj", "pjs",
        "staf", "staf khusus", "penasihat", "pengamat", "peneliti", "analis", "ekonom", "pakar",
        "dosen", "mantan", "eks", "calon", "ketua dpr", "wakil ketua", "deputi", "asisten",
        "inspektur", "kasi", "kanit", "wakapolri", "wakapolda", "manajer", "pengacara", "advokat",
        "kuasa", "kuasa hukum", "komisioner", "duta", "duta besar", "dubes", "senator", "legislator",
        "menkes", "mendagri", "menkeu", "mensos", "mendikbud", "menlu", "menhan", "menag",
        "kapuspen", "kabareskrim", "kadiv", "humas", "kabid humas", "kepala bidang",
        "pedagang", "petani", "nelayan", "guru", "siswa", "mahasiswa", "sopir", "pengemudi", "buruh",
        "karyawan", "pegawai", "pemilik", "pengusaha", "aktivis", "sejarawan", "budayawan",
        "sosiolog", "psikolog", "epidemiolog", "ahli", "politikus", "politisi", "relawan",
        "menteri dalam negeri", "menteri luar negeri", "wakil menteri", "menteri koordinator",
        "wamen", "menpan", "menkominfo", "menhub", "menperin", "mendag", "mentan", "menpora",
    }
)

# Capitalised words that start a sentence or clause but are no name.
NOT_NAMES = frozenset(
    {
        "sementara", "namun", "tetapi", "akan", "menurut", "kata", "ia", "dia", "beliau", "mereka",
        "kami", "kita", "saya", "aku", "ini", "itu", "hal", "para", "sang", "sejumlah", "selain",
        "sebelumnya", "kemudian", "adapun", "selanjutnya", "bahkan", "meski", "meskipun", "jika",
        "karena", "sebab", "dengan", "dalam", "pada", "di", "ke", "dari", "untuk", "oleh", "yang",
        "dan", "atau", "tak", "tidak", "bukan", "apalagi", "padahal", "sedangkan", "lalu",
        "setelah", "sebelum", "saat", "ketika", "sejak", "hingga", "sampai", "senin", "selasa",
        "rabu", "kamis", "jumat", "sabtu", "minggu", "ahad", "berdasarkan", "terkait", "soal",
        "sementara itu", "begitu", "demikian", "oleh karena itu", "maka", "agar", "supaya",
        "kendati", "walau", "walaupun", "tentu", "memang", "juga", "pun", "hanya", "salah",
        "sebagai", "seperti", "yakni", "yaitu", "tersebut", "diberitakan", "dikatakan", "sebanyak",
        "setiap", "semua", "seluruh", "beberapa", "banyak", "baik", "mulai", "harapannya",
        "menanggapi", "terpisah", "secara", "kini", "sekarang", "dulu", "nanti", "besok", "kemarin",
        "tahun", "bulan", "pekan", "hari", "pukul", "jam", "bapak-bapak", "ibu-ibu", "pihaknya",
        "nomor", "no", "pasal", "ayat",
    }
)

# Words before a capitalised word that mark it as a place or organisation, not a person
# ("di Jakarta", "Provinsi Banten", "Kementerian Kesehatan").
PLACE_MARKERS = frozenset(
    {
        "di", "ke", "dari", "provinsi", "kabupaten", "kota", "kecamatan", "desa", "kelurahan",
        "pemprov", "pemkab", "pemkot", "pemerintah", "kementerian", "dinas", "badan", "partai",
        "universitas", "institut", "komisi", "fraksi", "pulau", "jalan", "jl", "gedung", "kawasan",
        "wilayah", "daerah", "negara", "warga", "rakyat", "asal", "polda", "polres", "kodam",
        "bank", "rumah", "rs", "rsud", "sekolah", "sma", "smp", "sd", "pt", "cv", "yayasan",
        "lembaga", "organisasi", "perusahaan", "pengadilan", "kejaksaan", "mahkamah", "pasar",
        "sungai", "gunung", "selat", "teluk", "dusun", "kampung", "rt", "rw", "distrik",
    }
)
# The first word of an organisation's name ("Ikatan Dokter Indonesia", "Persatuan …").
ORGANISATION_WORDS = frozenset(
    {
        "ikatan", "persatuan", "perhimpunan", "asosiasi", "himpunan", "serikat", "gabungan",
        "kementerian", "kantor", "dinas", "badan", "komisi", "partai", "fraksi", "universitas",
        "institut", "yayasan", "lembaga", "pemerintah", "pemprov", "pemkab", "pemkot", "provinsi",
        "kabupaten", "kota", "dewan", "majelis", "mahkamah", "pengadilan", "kejaksaan", "kepolisian",
        "polisi", "tentara", "gugus", "satuan", "tim", "pusat", "direktorat", "balai", "rumah",
        "bank", "perusahaan", "pt", "persero", "koperasi", "sekolah", "pondok", "masjid", "gereja",
        "gedung", "kawasan", "jalan", "pulau", "organisasi", "perangkat", "bidang", "sekretariat",
        "kelurahan", "kecamatan", "desa", "dusun", "kampung", "distrik", "puskesmas", "kantor",
        "satgas", "panitia", "komunitas", "kelompok", "paguyuban", "forum", "lsm", "ormas",
    }
)

# Stopwords ignored when a paraphrase is compared with what the source says.
FUNCTION_WORDS = frozenset(
    {
        "yang", "dan", "di", "ke", "dari", "untuk", "dengan", "pada", "dalam", "ini", "itu", "akan",
        "juga", "sudah", "telah", "bisa", "dapat", "ada", "adalah", "ialah", "merupakan", "oleh",
        "para", "sang", "si", "bahwa", "agar", "supaya", "karena", "serta", "atau", "tetapi",
        "namun", "lebih", "sangat", "saja", "pun", "lah", "kah", "nya", "se", "tersebut", "hal",
        "ia", "dia", "beliau", "mereka", "kami", "kita", "saya", "aku", "kamu", "anda", "nya",
        "sebagai", "seperti", "yakni", "yaitu", "hingga", "sampai", "antara", "secara", "terhadap",
        "tentang", "mengenai", "kepada", "bagi", "begitu", "maka", "lalu", "kemudian", "masih",
        "sedang", "tengah", "harus", "perlu", "ingin", "mau", "sebuah", "seorang", "satu",
        "mengatakan", "menyatakan", "katanya", "kata", "ujar", "ujarnya", "menurut",
    }
)

# Words before a name that make it an object, not the subject of a speech verb.
PREPOSITIONS = frozenset({"di", "ke", "dari", "pada", "oleh", "kepada", "dengan", "untuk", "bagi", "terhadap", "antara"})

# Word shapes (prefix-suffix) of common nouns, never names, capitalised at a sentence's
# start or in a heading glued to it: "Penyusunan …", "Kemampuan …".
NOT_NAME_AFFIXES = frozenset({"pe-an", "ke-an", "per-an", "pem-an", "pen-an", "peng-an", "peny-an", "se-an"})

# Passive speech verbs followed by the speaker: "Hal senada disampaikan Rizki Rifai",
# "Diakui Syafrin, …".
PASSIVE_LEAD_INS = frozenset(
    {
        "disampaikan", "dikatakan", "diungkapkan", "dijelaskan", "ditegaskan", "diakui",
        "dituturkan", "dipaparkan", "diutarakan", "ditambahkan", "diterangkan",
    }
)

# A speech verb after these words is in a relative or purpose clause ("… yang
# menceritakan …", "… untuk memastikan …"): it makes no one a speaker.
RELATIVE_WORDS = frozenset({"yang", "untuk", "guna", "agar", "supaya"})

# A role followed by these words refers back to someone named before ("Mantan Gubernur DKI
# Jakarta itu …"), like a pronoun.
DEMONSTRATIVES = frozenset({"itu", "tersebut", "ini"})

# The word before the speaker of a passive speech verb ("disampaikan oleh X", "… by X").
AGENT_MARKERS = frozenset({"oleh"})
# Articles before a role ("the minister said", "kata sang menteri").
ARTICLES = frozenset({"sang", "si"})
# Lower-case words inside a long role before the name ("Pengamat politik dari Universitas
# Nusantara Dewi …", "Ketua Asosiasi Nelayan di Pantai (Asnel) Rudi …").
ROLE_LINKS = frozenset({"dari", "di", "pada", "dan", "serta", "untuk"})
# Verb prefixes: a lower-case word right after a title that starts with one is a verb
# ("kata Presiden menanggapi …"), not part of the role ("ahli epidemiologi", "pengamat politik").
VERB_PREFIXES = frozenset({"me", "ber", "di", "ter"})

# Transcript annotations in (round) or [square] brackets (see en.py).
TRANSCRIPT_NOISE = frozenset(
    {
        "tidak terdengar", "tak terdengar", "tidak jelas", "suara tidak jelas", "tertawa",
        "tawa", "tepuk tangan", "hening", "jeda", "batuk", "bersahutan", "musik",
        "melalui penerjemah", "lewat penerjemah", "diterjemahkan", "bahasa daerah",
    }
)

# --- dates and figures (factcheck.text.numbers, factcheck.text.dates) ----------------------------
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
