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

# --- attribution: who said it (factcheck.speakers) ---------------------------------------

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
        "menolak", "menyetujui", "mengkritik",
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

# A speech verb after these words is in a relative clause ("… yang menceritakan …"): it
# makes no one a speaker.
RELATIVE_WORDS = frozenset({"yang"})

# A role followed by these words refers back to someone named before ("Mantan Gubernur DKI
# Jakarta itu …"), like a pronoun.
DEMONSTRATIVES = frozenset({"itu", "tersebut", "ini"})

# The word before the speaker of a passive speech verb ("disampaikan oleh X", "… by X").
AGENT_MARKERS = frozenset({"oleh"})
# Articles before a role ("the minister said", "kata sang menteri").
ARTICLES = frozenset({"sang", "si"})
