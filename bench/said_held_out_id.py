"""Held-out Indonesian `said:` cases (our own text, free to ship): written before the
statement-support judge of issue 13 item 4 was built and never tuned on. See said_cases.py
for what a case is and what each kind means."""

HELD_OUT: list = [
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
    (
        "SURABAYA, KOMPAS — Banjir kembali merendam permukiman di Kecamatan Rungkut, Minggu (12/1/2025). "
        "Tidak hanya Suparman, warga bernama Endang Lestari juga mengeluhkan air yang masuk ke rumahnya "
        "setinggi 50 sentimeter.\n\n"
        "\"Sudah tiga kali tahun ini kami kebanjiran. Barang-barang kami rusak semua,\" kata Endang.\n\n"
        "Suparman sendiri memilih mengungsi ke rumah saudaranya. \"Anak saya masih kecil, saya tidak "
        "berani tinggal di sini,\" ujar Suparman.\n\n"
        "Kepala Dinas Sumber Daya Air Kota Surabaya Lilik Arijanto mengatakan, pompa di Rumah Pompa "
        "Rungkut sempat mati selama dua jam karena listrik padam. Ia memastikan pompa sudah kembali "
        "beroperasi pada Minggu siang.",
        [
            ("Endang Lestari", "air masuk ke rumahnya setinggi 50 sentimeter", "supported"),
            ("Endang Lestari", "sudah tiga kali tahun ini mereka kebanjiran", "supported"),
            ("Suparman", "ia tidak berani tinggal di sana karena anaknya masih kecil", "supported"),
            ("Lilik Arijanto", "pompa di Rumah Pompa Rungkut sempat mati selama dua jam karena listrik padam", "supported"),
            ("Endang Lestari", "air masuk ke rumahnya setinggi 15 sentimeter", "contradicted"),
            ("Endang Lestari", "baru pertama kali tahun ini mereka kebanjiran", "contradicted"),
            ("Suparman", "ia berani tinggal di sana meski anaknya masih kecil", "contradicted"),
            ("Lilik Arijanto", "pompa di Rumah Pompa Rungkut sempat mati selama lima jam", "contradicted"),
            ("Suparman", "barang-barang mereka rusak semua", "other"),
            ("Endang Lestari", "ia tidak berani tinggal di sini karena anaknya masih kecil", "other"),
            ("Suparman", "pompa sudah kembali beroperasi pada Minggu siang", "other"),
            ("Lilik Arijanto", "sudah tiga kali tahun ini warga kebanjiran", "other"),
        ],
    ),
    (
        "JAKARTA, KOMPAS — Menteri Perdagangan Budi Santoso memastikan stok minyak goreng menjelang "
        "Ramadhan aman. Menurut Budi, pemerintah sudah menyiapkan 300.000 ton minyak goreng rakyat.\n\n"
        "\"Harga di pasar tradisional justru turun dalam dua pekan terakhir,\" kata Budi di Jakarta, "
        "Senin.\n\n"
        "Namun, Ketua Umum Ikatan Pedagang Pasar Indonesia Abdullah Mansuri menyebut pasokan di "
        "lapangan masih tersendat. \"Pedagang di Medan dan Makassar sulit mendapat barang,\" ujarnya.\n\n"
        "Abdullah meminta pemerintah memperketat pengawasan distribusi agar tidak ada penimbunan.",
        [
            ("Budi Santoso", "stok minyak goreng menjelang Ramadhan aman", "supported"),
            ("Budi Santoso", "pemerintah sudah menyiapkan 300.000 ton minyak goreng rakyat", "supported"),
            ("Budi Santoso", "harga minyak goreng di pasar tradisional turun dalam dua pekan terakhir", "supported"),
            ("Abdullah Mansuri", "pasokan minyak goreng di lapangan masih tersendat", "supported"),
            ("Abdullah Mansuri", "pemerintah perlu memperketat pengawasan distribusi", "supported"),
            ("Budi Santoso", "harga di pasar tradisional naik dalam dua pekan terakhir", "contradicted"),
            ("Budi Santoso", "pemerintah sudah menyiapkan 30.000 ton minyak goreng rakyat", "contradicted"),
            ("Abdullah Mansuri", "pedagang di Medan dan Makassar mudah mendapat barang", "contradicted"),
            ("Abdullah Mansuri", "pedagang di Surabaya dan Makassar sulit mendapat barang", "contradicted"),
            ("Budi Santoso", "pasokan minyak goreng di lapangan masih tersendat", "other"),
            ("Abdullah Mansuri", "stok minyak goreng menjelang Ramadhan aman", "other"),
            ("Budi Santoso", "pedagang di Medan dan Makassar sulit mendapat barang", "other"),
            ("Abdullah Mansuri", "harga di pasar tradisional turun dalam dua pekan terakhir", "other"),
        ],
    ),
    (
        "Bupati Sleman Kustini Sri Purnomo membantah kabar bahwa pemerintah kabupaten akan menutup "
        "Pasar Prambanan. Ia mengatakan pasar itu hanya akan ditata ulang.\n\n"
        "\"Pedagang tidak akan kehilangan kios. Semua kembali ke tempatnya setelah penataan selesai,\" "
        "tutur Kustini.\n\n"
        "Koordinator paguyuban pedagang, Sumarno, mengaku belum pernah diajak bicara soal penataan. "
        "\"Kami tahu dari media sosial, bukan dari pemkab,\" katanya.\n\n"
        "Sumarno menambahkan, sekitar 400 pedagang khawatir omzet mereka anjlok selama penataan.",
        [
            ("Kustini Sri Purnomo", "Pasar Prambanan hanya akan ditata ulang", "supported"),
            ("Kustini Sri Purnomo", "pedagang tidak akan kehilangan kios", "supported"),
            ("Sumarno", "pedagang belum pernah diajak bicara soal penataan", "supported"),
            ("Sumarno", "sekitar 400 pedagang khawatir omzet mereka anjlok selama penataan", "supported"),
            ("Kustini Sri Purnomo", "pemerintah kabupaten akan menutup Pasar Prambanan", "contradicted"),
            ("Kustini Sri Purnomo", "pedagang akan kehilangan kios", "contradicted"),
            ("Sumarno", "pedagang sudah diajak bicara soal penataan", "contradicted"),
            ("Sumarno", "sekitar 600 pedagang khawatir omzet mereka anjlok selama penataan", "contradicted"),
            ("Kustini Sri Purnomo", "pedagang tahu soal penataan dari media sosial, bukan dari pemkab", "other"),
            ("Sumarno", "semua pedagang kembali ke tempatnya setelah penataan selesai", "other"),
            ("Kustini Sri Purnomo", "sekitar 400 pedagang khawatir omzet mereka anjlok", "other"),
        ],
    ),
    (
        "Direktur Utama PT Kereta Api Indonesia Didiek Hartantyo mengatakan jumlah penumpang selama "
        "libur Lebaran meningkat 12 persen dibanding tahun lalu. Menurut dia, perjalanan tambahan ke "
        "Yogyakarta paling cepat habis terjual.\n\n"
        "\"Kami menambah 40 perjalanan kereta setiap hari,\" kata Didiek.\n\n"
        "Pengamat transportasi dari Universitas Katolik Soegijapranata, Djoko Setijowarno, menilai "
        "layanan kereta sudah jauh lebih baik. Namun, ia mengingatkan kapasitas stasiun kecil di jalur "
        "selatan masih terbatas. \"Antrean di Stasiun Kutoarjo bisa mengular sampai ke jalan,\" kata "
        "Djoko.",
        [
            ("Didiek Hartantyo", "jumlah penumpang kereta selama libur Lebaran meningkat 12 persen", "supported"),
            ("Didiek Hartantyo", "KAI menambah 40 perjalanan kereta setiap hari", "supported"),
            ("Djoko Setijowarno", "layanan kereta sudah jauh lebih baik", "supported"),
            ("Djoko Setijowarno", "kapasitas stasiun kecil di jalur selatan masih terbatas", "supported"),
            ("Didiek Hartantyo", "jumlah penumpang kereta selama libur Lebaran menurun 12 persen", "contradicted"),
            ("Didiek Hartantyo", "jumlah penumpang kereta selama libur Lebaran meningkat 21 persen", "contradicted"),
            ("Didiek Hartantyo", "perjalanan tambahan ke Surabaya paling cepat habis terjual", "contradicted"),
            ("Djoko Setijowarno", "layanan kereta sudah jauh lebih buruk", "contradicted"),
            ("Didiek Hartantyo", "antrean di Stasiun Kutoarjo bisa mengular sampai ke jalan", "other"),
            ("Djoko Setijowarno", "KAI menambah 40 perjalanan kereta setiap hari", "other"),
            ("Djoko Setijowarno", "perjalanan tambahan ke Yogyakarta paling cepat habis terjual", "other"),
        ],
    ),
    (
        "MATARAM, KOMPAS — Kepala Balai Taman Nasional Gunung Rinjani Yarman mengatakan jalur pendakian "
        "Sembalun ditutup sementara mulai 1 Januari karena cuaca buruk. Jalur itu dijadwalkan dibuka "
        "kembali pada April.\n\n"
        "\"Keselamatan pendaki yang utama. Kami tidak mau ambil risiko,\" ujarnya.\n\n"
        "Ketua Asosiasi Pemandu Gunung Indonesia NTB, Sahlan, menyebut penutupan itu memukul pendapatan "
        "para porter. Menurut Sahlan, lebih dari 500 porter menggantungkan hidup dari pendakian. "
        "\"Kami mendukung keputusan balai, tapi kami minta ada bantuan selama jalur ditutup,\" katanya.",
        [
            ("Yarman", "jalur pendakian Sembalun ditutup sementara mulai 1 Januari karena cuaca buruk", "supported"),
            ("Yarman", "keselamatan pendaki adalah yang utama", "supported"),
            ("Sahlan", "penutupan jalur memukul pendapatan para porter", "supported"),
            ("Sahlan", "lebih dari 500 porter menggantungkan hidup dari pendakian", "supported"),
            ("Sahlan", "asosiasi pemandu mendukung keputusan balai", "supported"),
            ("Yarman", "jalur pendakian Sembalun dibuka mulai 1 Januari", "contradicted"),
            ("Yarman", "jalur pendakian Sembalun ditutup sementara mulai 1 Januari karena cuaca baik", "contradicted"),
            ("Sahlan", "lebih dari 50 porter menggantungkan hidup dari pendakian", "contradicted"),
            ("Sahlan", "asosiasi pemandu menolak keputusan balai", "contradicted"),
            ("Sahlan", "keselamatan pendaki yang utama", "other"),
            ("Yarman", "penutupan jalur memukul pendapatan para porter", "other"),
            ("Yarman", "lebih dari 500 porter menggantungkan hidup dari pendakian", "other"),
        ],
    ),
    (
        "Kepala Kepolisian Resor Kota Bogor Komisaris Besar Bismo Teguh Prakoso mengatakan polisi "
        "menangkap dua tersangka pencurian kabel listrik di Jalan Pajajaran. \"Keduanya kami tangkap "
        "di rumah kontrakan di Cibinong, Selasa malam,\" kata Bismo.\n\n"
        "Bismo menjelaskan, kerugian PLN akibat pencurian itu ditaksir Rp 1,2 miliar. Menurut dia, "
        "pelaku sudah beraksi sejak Agustus.\n\n"
        "Manajer PLN UP3 Bogor, Rina Kusumawati, mengatakan sebagian warga sempat mengalami pemadaman "
        "hingga enam jam. \"Sekarang aliran listrik sudah normal kembali,\" ujar Rina.",
        [
            ("Bismo Teguh Prakoso", "polisi menangkap dua tersangka pencurian kabel listrik di Jalan Pajajaran", "supported"),
            ("Bismo Teguh Prakoso", "kerugian PLN akibat pencurian itu ditaksir Rp 1,2 miliar", "supported"),
            ("Bismo Teguh Prakoso", "pelaku sudah beraksi sejak Agustus", "supported"),
            ("Rina Kusumawati", "sebagian warga sempat mengalami pemadaman hingga enam jam", "supported"),
            ("Rina Kusumawati", "aliran listrik sudah normal kembali", "supported"),
            ("Bismo Teguh Prakoso", "polisi menangkap tiga tersangka pencurian kabel listrik", "contradicted"),
            ("Bismo Teguh Prakoso", "kerugian PLN akibat pencurian itu ditaksir Rp 2,1 miliar", "contradicted"),
            ("Bismo Teguh Prakoso", "kedua tersangka ditangkap di rumah kontrakan di Depok", "contradicted"),
            ("Rina Kusumawati", "aliran listrik belum normal kembali", "contradicted"),
            ("Rina Kusumawati", "pelaku sudah beraksi sejak Agustus", "other"),
            ("Bismo Teguh Prakoso", "sebagian warga sempat mengalami pemadaman hingga enam jam", "other"),
            ("Rina Kusumawati", "kerugian PLN akibat pencurian ditaksir Rp 1,2 miliar", "other"),
        ],
    ),
]
