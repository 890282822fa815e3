"""`said:` paraphrase cases (our own text, free to ship), Indonesian and English.

Each case: a source article and claims (speaker, said, kind). The kind says what a careful
reader finds in the source:

- "supported": the source gives that speaker words that say this (a faithful paraphrase);
- "contradicted": the speaker says something close but the claim changes its meaning (an
  antonym, a dropped or added negation, another number or name);
- "other": the source gives this to someone else, not to the claimed speaker.

A supported claim should pass (a warning costs a look; a failure is a false alarm); a
contradicted or other-speaker claim must never pass (a failure is best, a warning acceptable).

TUNING lists were written first and tuned on; HELD_OUT lists were written after the tuning
was finished and never tuned on.
"""

ID_TUNING: list = [
    (
        "SERANG, KOMPAS — Gubernur Banten Andra Soni mengatakan program beras murah tidak menggunakan "
        "APBD. Menurut dia, dana program berasal dari kerja sama dengan perusahaan swasta.\n\n"
        "\"Warga bisa menebus beras seharga Rp70.000 hanya dengan Rp20.000,\" kata Andra.\n\n"
        "Wakil Ketua DPRD Banten Budi Prajogo menilai program itu belum merata. \"Di Lebak dan "
        "Pandeglang masih banyak warga yang belum kebagian,\" ujar Budi.\n\n"
        "Ia meminta pemerintah provinsi menambah titik penjualan di desa-desa.",
        [
            ("Andra Soni", "program beras murah tidak memakai APBD", "supported"),
            ("Andra Soni", "dana program beras murah berasal dari kerja sama dengan swasta", "supported"),
            ("Andra Soni", "warga dapat menebus beras Rp70.000 dengan Rp20.000", "supported"),
            ("Budi Prajogo", "program beras murah belum merata", "supported"),
            ("Budi Prajogo", "pemerintah provinsi perlu menambah titik penjualan di desa", "supported"),
            ("Andra Soni", "program beras murah menggunakan APBD", "contradicted"),
            ("Andra Soni", "warga bisa menebus beras seharga Rp70.000 dengan Rp25.000", "contradicted"),
            ("Budi Prajogo", "program beras murah sudah merata", "contradicted"),
            ("Andra Soni", "di Lebak dan Pandeglang masih banyak warga yang belum kebagian beras", "other"),
            ("Budi Prajogo", "dana program berasal dari kerja sama dengan perusahaan swasta", "other"),
        ],
    ),
    (
        "Tidak hanya Rodiyah, warga bernama Mulyati juga menyebut air sumurnya keruh sejak pabrik "
        "beroperasi.\n\n"
        "\"Airnya bau, tidak bisa dipakai masak,\" kata Mulyati.\n\n"
        "Rodiyah sendiri sudah dua bulan membeli air galon. \"Sebulan habis Rp300.000,\" ujar Rodiyah.\n\n"
        "Manajer pabrik, Teguh Santoso, membantah pabriknya mencemari sumur warga. Menurut Teguh, "
        "limbah pabrik sudah diolah sesuai standar.",
        [
            ("Mulyati", "air sumurnya keruh sejak pabrik beroperasi", "supported"),
            ("Mulyati", "air sumurnya bau dan tidak bisa dipakai untuk memasak", "supported"),
            ("Rodiyah", "ia menghabiskan Rp300.000 sebulan untuk air galon", "supported"),
            ("Teguh Santoso", "limbah pabrik sudah diolah sesuai standar", "supported"),
            ("Teguh Santoso", "pabriknya tidak mencemari sumur warga", "supported"),
            ("Mulyati", "airnya bisa dipakai masak", "contradicted"),
            ("Rodiyah", "ia menghabiskan Rp100.000 sebulan untuk air galon", "contradicted"),
            ("Teguh Santoso", "limbah pabrik belum diolah sesuai standar", "contradicted"),
            ("Rodiyah", "airnya bau dan tidak bisa dipakai masak", "other"),
            ("Mulyati", "limbah pabrik sudah diolah sesuai standar", "other"),
        ],
    ),
    (
        "JAKARTA, KOMPAS — Menteri Keuangan Sri Hartati mengatakan pertumbuhan ekonomi kuartal ketiga "
        "mencapai 5,1 persen, lebih tinggi dari perkiraan.\n\n"
        "\"Konsumsi rumah tangga masih menjadi penopang utama,\" ujar Sri.\n\n"
        "Ekonom Universitas Indonesia Fadli Rahman menilai angka itu belum cukup untuk menyerap "
        "tenaga kerja baru. \"Kita butuh pertumbuhan di atas enam persen,\" kata Fadli.\n\n"
        "Ia juga mengingatkan bahwa harga pangan naik dalam tiga bulan terakhir.",
        [
            ("Sri Hartati", "pertumbuhan ekonomi kuartal ketiga mencapai 5,1 persen", "supported"),
            ("Sri Hartati", "konsumsi rumah tangga menjadi penopang utama pertumbuhan", "supported"),
            ("Fadli Rahman", "Indonesia butuh pertumbuhan di atas enam persen", "supported"),
            ("Fadli Rahman", "harga pangan naik dalam tiga bulan terakhir", "supported"),
            ("Sri Hartati", "pertumbuhan ekonomi kuartal ketiga lebih rendah dari perkiraan", "contradicted"),
            ("Sri Hartati", "pertumbuhan ekonomi kuartal ketiga mencapai 5,4 persen", "contradicted"),
            ("Fadli Rahman", "harga pangan turun dalam tiga bulan terakhir", "contradicted"),
            ("Fadli Rahman", "angka pertumbuhan itu sudah cukup untuk menyerap tenaga kerja baru", "contradicted"),
            ("Sri Hartati", "pertumbuhan lima persen belum cukup untuk menyerap tenaga kerja baru", "other"),
            ("Fadli Rahman", "konsumsi rumah tangga masih menjadi penopang utama", "other"),
        ],
    ),
    (
        "Kepala Badan Meteorologi Dwi Kartika memperkirakan musim hujan datang lebih awal tahun ini. "
        "\"Puncaknya pada Januari,\" ujarnya.\n\n"
        "Kepala Pelaksana BPBD DKI Jakarta Isnawa Adji mengatakan, pihaknya sudah menyiagakan 400 "
        "pompa air. Isnawa menyebut warga di bantaran sungai diminta waspada.",
        [
            ("Dwi Kartika", "musim hujan tahun ini datang lebih awal", "supported"),
            ("Dwi Kartika", "puncak musim hujan terjadi pada Januari", "supported"),
            ("Isnawa Adji", "BPBD DKI sudah menyiagakan 400 pompa air", "supported"),
            ("Isnawa Adji", "warga di bantaran sungai diminta waspada", "supported"),
            ("Dwi Kartika", "musim hujan tahun ini datang lebih lambat", "contradicted"),
            ("Dwi Kartika", "puncak musim hujan terjadi pada Februari", "contradicted"),
            ("Isnawa Adji", "BPBD DKI sudah menyiagakan 40 pompa air", "contradicted"),
            ("Dwi Kartika", "400 pompa air sudah disiagakan", "other"),
            ("Isnawa Adji", "puncak musim hujan pada Januari", "other"),
        ],
    ),
]

ID_HELD_OUT: list = [
    (
        "Kepala Dinas Pendidikan Jawa Barat Wahyu Mijaya mengatakan, 1.200 sekolah akan direnovasi "
        "tahun depan. \"Prioritasnya sekolah yang atapnya rusak,\" ujar Wahyu.\n\n"
        "Anggota Komisi V DPRD Jabar Siti Muntamah menilai anggaran renovasi terlalu kecil. Menurut "
        "dia, banyak sekolah di daerah selatan belum tersentuh.",
        [
            ("Wahyu Mijaya", "1.200 sekolah akan direnovasi tahun depan", "supported"),
            ("Wahyu Mijaya", "prioritas renovasi adalah sekolah dengan atap rusak", "supported"),
            ("Siti Muntamah", "anggaran renovasi sekolah terlalu kecil", "supported"),
            ("Wahyu Mijaya", "2.100 sekolah akan direnovasi tahun depan", "contradicted"),
            ("Siti Muntamah", "anggaran renovasi sekolah sudah cukup besar", "contradicted"),
            ("Siti Muntamah", "banyak sekolah di daerah selatan sudah tersentuh", "contradicted"),
            ("Wahyu Mijaya", "banyak sekolah di daerah selatan belum tersentuh", "other"),
            ("Siti Muntamah", "prioritasnya sekolah yang atapnya rusak", "other"),
        ],
    ),
]

EN_TUNING: list = [
    (
        "WASHINGTON — Rep. Martin Cole said Tuesday that his remarks about the trade deal had been "
        "misunderstood and twisted by the media.\n\n"
        "\"I never said we should walk away from Canada,\" Cole said. \"I said we should renegotiate.\"\n\n"
        "Commerce Secretary Ellen Shaw said the deal had created 40,000 jobs in its first year. "
        "\"Walking away now would be a disaster,\" she said.",
        [
            ("Martin Cole", "his remarks about the trade deal were misunderstood by the media", "supported"),
            ("Martin Cole", "he never said the US should walk away from Canada", "supported"),
            ("Martin Cole", "the trade deal should be renegotiated", "supported"),
            ("Ellen Shaw", "the trade deal created 40,000 jobs in its first year", "supported"),
            ("Ellen Shaw", "walking away from the deal now would be a disaster", "supported"),
            ("Martin Cole", "the media reported his remarks about the trade deal correctly", "contradicted"),
            ("Martin Cole", "he said the US should walk away from Canada", "contradicted"),
            ("Ellen Shaw", "the deal created 14,000 jobs in its first year", "contradicted"),
            ("Ellen Shaw", "walking away now would be a success", "contradicted"),
            ("Ellen Shaw", "the deal should be renegotiated", "other"),
            ("Martin Cole", "walking away now would be a disaster", "other"),
        ],
    ),
    (
        "Mayor Linda Park said the city budget would not raise property taxes. \"Not one cent more "
        "from homeowners,\" Park said.\n\n"
        "Council member Raj Patel said the budget relied on one-time money and would leave a "
        "$30 million hole next year. According to Patel, the police overtime line was underfunded.",
        [
            ("Linda Park", "the budget will not raise property taxes", "supported"),
            ("Linda Park", "homeowners will not pay one cent more", "supported"),
            ("Raj Patel", "the budget relies on one-time money", "supported"),
            ("Raj Patel", "the budget would leave a $30 million hole next year", "supported"),
            ("Raj Patel", "police overtime was underfunded", "supported"),
            ("Linda Park", "the budget will raise property taxes", "contradicted"),
            ("Raj Patel", "the budget would leave a $13 million hole next year", "contradicted"),
            ("Raj Patel", "the police overtime line was overfunded", "contradicted"),
            ("Linda Park", "the budget relies on one-time money", "other"),
            ("Raj Patel", "the budget will not raise property taxes", "other"),
        ],
    ),
    (
        "Dr. Amina Yusuf, who leads the hospital's infection unit, said the outbreak was contained. "
        "\"We traced every contact within two days,\" she said.\n\n"
        "Health minister Peter Lang praised the team but warned that cases could rise again in "
        "winter.",
        [
            ("Amina Yusuf", "the outbreak was contained", "supported"),
            ("Amina Yusuf", "every contact was traced within two days", "supported"),
            ("Peter Lang", "cases could rise again in winter", "supported"),
            ("Amina Yusuf", "the outbreak was not contained", "contradicted"),
            ("Amina Yusuf", "every contact was traced within five days", "contradicted"),
            ("Peter Lang", "cases could fall again in winter", "contradicted"),
            ("Peter Lang", "every contact was traced within two days", "other"),
            ("Amina Yusuf", "cases could rise again in winter", "other"),
        ],
    ),
]

EN_HELD_OUT: list = [
    (
        "School superintendent Maria Ortiz said test scores rose in every grade. \"Our teachers did "
        "this,\" Ortiz said.\n\n"
        "Board member Kevin Hale said the gains were small and the test had changed. According to "
        "Hale, reading scores fell at two high schools.",
        [
            ("Maria Ortiz", "test scores rose in every grade", "supported"),
            ("Kevin Hale", "the gains were small", "supported"),
            ("Kevin Hale", "reading scores fell at two high schools", "supported"),
            ("Maria Ortiz", "test scores fell in every grade", "contradicted"),
            ("Kevin Hale", "reading scores rose at two high schools", "contradicted"),
            ("Kevin Hale", "reading scores fell at five high schools", "contradicted"),
            ("Maria Ortiz", "reading scores fell at two high schools", "other"),
            ("Kevin Hale", "test scores rose in every grade", "other"),
        ],
    ),
]
