"""Tuning Indonesian `said:` cases (our own text, free to ship): the statement-support judge was
tuned on these. See said_cases.py for what a case is and what each kind means."""

TUNING: list = [
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
    (
        "BANDUNG, KOMPAS — Wali Kota Bandung Muhammad Farhan mengatakan pemerintah kota akan menambah "
        "300 tempat sampah terpilah di taman kota tahun ini. \"Warga sudah mulai terbiasa memilah "
        "sampah,\" ujar Farhan, Rabu (8/1/2025).\n\n"
        "Ia menambahkan, volume sampah yang dibuang ke TPA Sarimukti turun 15 persen sejak program itu "
        "dimulai.\n\n"
        "Direktur Walhi Jawa Barat Wahyudin Iwang menilai klaim itu terlalu cepat. Menurut Wahyudin, "
        "sebagian besar sampah rumah tangga masih bercampur. \"Pengangkutannya juga belum dipisah, "
        "jadi di truk tercampur lagi,\" katanya.",
        [
            ("Muhammad Farhan", "pemerintah kota akan menambah 300 tempat sampah terpilah di taman kota", "supported"),
            ("Muhammad Farhan", "warga sudah mulai terbiasa memilah sampah", "supported"),
            ("Muhammad Farhan", "volume sampah ke TPA Sarimukti turun 15 persen", "supported"),
            ("Wahyudin Iwang", "sebagian besar sampah rumah tangga masih bercampur", "supported"),
            ("Wahyudin Iwang", "pengangkutan sampah belum dipisah", "supported"),
            ("Muhammad Farhan", "pemerintah kota akan menambah 30 tempat sampah terpilah", "contradicted"),
            ("Muhammad Farhan", "volume sampah ke TPA Sarimukti naik 15 persen", "contradicted"),
            ("Muhammad Farhan", "warga belum terbiasa memilah sampah", "contradicted"),
            ("Wahyudin Iwang", "sebagian kecil sampah rumah tangga masih bercampur", "contradicted"),
            ("Wahyudin Iwang", "pengangkutan sampah sudah dipisah", "contradicted"),
            ("Muhammad Farhan", "sebagian besar sampah rumah tangga masih bercampur", "other"),
            ("Muhammad Farhan", "pengangkutan sampah belum dipisah sehingga tercampur lagi di truk", "other"),
            ("Wahyudin Iwang", "warga sudah mulai terbiasa memilah sampah", "other"),
            ("Wahyudin Iwang", "volume sampah ke TPA Sarimukti turun 15 persen", "other"),
        ],
    ),
    (
        "Kepala Badan Pusat Statistik Amalia Adininggar Widyasanti mengatakan inflasi tahunan pada "
        "Desember 2024 sebesar 1,57 persen, terendah dalam lima tahun terakhir. Ia menjelaskan, "
        "penurunan harga cabai dan bawang merah menjadi penyumbang utama.\n\n"
        "Ekonom Center of Reform on Economics, Yusuf Rendy Manilet, mengingatkan inflasi yang terlalu "
        "rendah bisa menandakan daya beli yang melemah. \"Kelas menengah kita sedang menahan belanja,\" "
        "ujarnya.\n\n"
        "Yusuf memperkirakan inflasi tahun depan naik ke kisaran 2,5 persen.",
        [
            ("Amalia Adininggar Widyasanti", "inflasi tahunan Desember 2024 sebesar 1,57 persen", "supported"),
            ("Amalia Adininggar Widyasanti", "inflasi Desember 2024 terendah dalam lima tahun terakhir", "supported"),
            ("Amalia Adininggar Widyasanti", "penurunan harga cabai dan bawang merah menjadi penyumbang utama", "supported"),
            ("Yusuf Rendy Manilet", "kelas menengah sedang menahan belanja", "supported"),
            ("Yusuf Rendy Manilet", "inflasi tahun depan naik ke kisaran 2,5 persen", "supported"),
            ("Amalia Adininggar Widyasanti", "inflasi tahunan Desember 2024 sebesar 1,75 persen", "contradicted"),
            ("Amalia Adininggar Widyasanti", "inflasi Desember 2024 tertinggi dalam lima tahun terakhir", "contradicted"),
            ("Amalia Adininggar Widyasanti", "kenaikan harga cabai dan bawang merah menjadi penyumbang utama", "contradicted"),
            ("Yusuf Rendy Manilet", "inflasi tahun depan turun ke kisaran 2,5 persen", "contradicted"),
            ("Yusuf Rendy Manilet", "kelas menengah tidak sedang menahan belanja", "contradicted"),
            ("Amalia Adininggar Widyasanti", "kelas menengah sedang menahan belanja", "other"),
            ("Amalia Adininggar Widyasanti", "inflasi tahun depan naik ke kisaran 2,5 persen", "other"),
            ("Yusuf Rendy Manilet", "penurunan harga cabai dan bawang merah menjadi penyumbang utama inflasi", "other"),
            ("Yusuf Rendy Manilet", "inflasi tahunan Desember 2024 sebesar 1,57 persen", "other"),
        ],
    ),
    (
        "Pelatih tim nasional Patrick Kluivert mengatakan timnya siap menghadapi Australia di Sydney. "
        "\"Kami datang untuk menang, bukan untuk bertahan,\" kata Kluivert dalam konferensi pers, "
        "Rabu.\n\n"
        "Kapten tim Jay Idzes menyebut kondisi pemain sudah pulih setelah perjalanan panjang. Menurut "
        "Jay, hanya satu pemain yang masih cedera. \"Kami tidak takut bermain di kandang lawan,\" "
        "ujarnya.\n\n"
        "Sementara itu, pelatih Australia Tony Popovic memperkirakan laga akan berjalan ketat.",
        [
            ("Patrick Kluivert", "timnya siap menghadapi Australia di Sydney", "supported"),
            ("Patrick Kluivert", "timnas datang untuk menang, bukan untuk bertahan", "supported"),
            ("Jay Idzes", "kondisi pemain sudah pulih setelah perjalanan panjang", "supported"),
            ("Jay Idzes", "hanya satu pemain yang masih cedera", "supported"),
            ("Jay Idzes", "timnas tidak takut bermain di kandang lawan", "supported"),
            ("Patrick Kluivert", "timnya datang untuk bertahan, bukan untuk menang", "contradicted"),
            ("Patrick Kluivert", "timnya siap menghadapi Australia di Melbourne", "contradicted"),
            ("Jay Idzes", "hanya tiga pemain yang masih cedera", "contradicted"),
            ("Jay Idzes", "timnas takut bermain di kandang lawan", "contradicted"),
            ("Jay Idzes", "kondisi pemain belum pulih setelah perjalanan panjang", "contradicted"),
            ("Patrick Kluivert", "hanya satu pemain yang masih cedera", "other"),
            ("Jay Idzes", "timnya datang untuk menang, bukan untuk bertahan", "other"),
            ("Patrick Kluivert", "laga akan berjalan ketat", "other"),
            ("Jay Idzes", "laga melawan Australia akan berjalan ketat", "other"),
        ],
    ),
    (
        "YOGYAKARTA, KOMPAS — Rektor Universitas Gadjah Mada Ova Emilia memastikan uang kuliah tunggal "
        "mahasiswa baru tidak naik tahun ini. \"Kami tidak ingin ada calon mahasiswa yang mundur karena "
        "biaya,\" kata Ova.\n\n"
        "Ketua BEM KM UGM Tiyo Ardianto menyambut baik keputusan itu, tetapi mengatakan banyak mahasiswa "
        "lama masih kesulitan membayar. Ia menyebut 800 mahasiswa mengajukan keringanan pada semester "
        "lalu.\n\n"
        "\"Kampus harus membuka jalur banding yang lebih mudah,\" ujar Tiyo.",
        [
            ("Ova Emilia", "uang kuliah tunggal mahasiswa baru tidak naik tahun ini", "supported"),
            ("Ova Emilia", "UGM tidak ingin ada calon mahasiswa yang mundur karena biaya", "supported"),
            ("Tiyo Ardianto", "banyak mahasiswa lama masih kesulitan membayar", "supported"),
            ("Tiyo Ardianto", "800 mahasiswa mengajukan keringanan pada semester lalu", "supported"),
            ("Tiyo Ardianto", "kampus harus membuka jalur banding yang lebih mudah", "supported"),
            ("Ova Emilia", "uang kuliah tunggal mahasiswa baru naik tahun ini", "contradicted"),
            ("Tiyo Ardianto", "800 mahasiswa mengajukan keringanan pada semester depan", "contradicted"),
            ("Tiyo Ardianto", "8.000 mahasiswa mengajukan keringanan pada semester lalu", "contradicted"),
            ("Tiyo Ardianto", "sedikit mahasiswa lama yang kesulitan membayar", "contradicted"),
            ("Tiyo Ardianto", "kampus harus membuka jalur banding yang lebih sulit", "contradicted"),
            ("Ova Emilia", "800 mahasiswa mengajukan keringanan pada semester lalu", "other"),
            ("Ova Emilia", "kampus harus membuka jalur banding yang lebih mudah", "other"),
            ("Tiyo Ardianto", "UGM tidak ingin ada calon mahasiswa yang mundur karena biaya", "other"),
            ("Ova Emilia", "banyak mahasiswa lama masih kesulitan membayar", "other"),
        ],
    ),
    (
        "Ketua Komisi Pemberantasan Korupsi Setyo Budiyanto mengatakan penyidik telah memeriksa 25 saksi "
        "dalam kasus dugaan korupsi pengadaan laptop. \"Kami belum menetapkan tersangka baru,\" kata "
        "Setyo di Gedung Merah Putih KPK, Jakarta, Jumat.\n\n"
        "Kuasa hukum salah satu saksi, Maqdir Ismail, membantah kliennya menerima aliran dana. Ia "
        "mengatakan kliennya hanya menandatangani dokumen administrasi. \"Klien kami tidak tahu soal "
        "harga laptop,\" ujar Maqdir.",
        [
            ("Setyo Budiyanto", "penyidik telah memeriksa 25 saksi dalam kasus pengadaan laptop", "supported"),
            ("Setyo Budiyanto", "KPK belum menetapkan tersangka baru", "supported"),
            ("Maqdir Ismail", "kliennya hanya menandatangani dokumen administrasi", "supported"),
            ("Maqdir Ismail", "kliennya tidak tahu soal harga laptop", "supported"),
            ("Setyo Budiyanto", "penyidik telah memeriksa 52 saksi dalam kasus pengadaan laptop", "contradicted"),
            ("Setyo Budiyanto", "KPK sudah menetapkan tersangka baru", "contradicted"),
            ("Maqdir Ismail", "kliennya tahu soal harga laptop", "contradicted"),
            ("Maqdir Ismail", "kliennya hanya menandatangani dokumen pengadaan", "contradicted"),
            ("Maqdir Ismail", "penyidik telah memeriksa 25 saksi", "other"),
            ("Maqdir Ismail", "KPK belum menetapkan tersangka baru", "other"),
            ("Setyo Budiyanto", "saksi tidak tahu soal harga laptop", "other"),
            ("Setyo Budiyanto", "saksi hanya menandatangani dokumen administrasi", "other"),
        ],
    ),
    (
        "Kepala Dinas Kesehatan Kabupaten Bekasi Alamsyah mengatakan kasus demam berdarah dengue "
        "sepanjang Januari mencapai 412 kasus. Jumlah itu dua kali lipat dibanding periode yang sama "
        "tahun lalu.\n\n"
        "\"Empat pasien meninggal, semuanya anak-anak,\" kata Alamsyah.\n\n"
        "Kepala Puskesmas Cibitung, Neneng Hasanah, mengatakan pihaknya kekurangan tenaga untuk "
        "melakukan fogging. Menurut Neneng, permintaan fogging dari warga naik tajam. Ia berharap "
        "warga tetap menguras bak mandi seminggu sekali.",
        [
            ("Alamsyah", "kasus demam berdarah sepanjang Januari mencapai 412 kasus", "supported"),
            ("Alamsyah", "empat pasien DBD meninggal dan semuanya anak-anak", "supported"),
            ("Neneng Hasanah", "puskesmas kekurangan tenaga untuk melakukan fogging", "supported"),
            ("Neneng Hasanah", "permintaan fogging dari warga naik tajam", "supported"),
            ("Alamsyah", "kasus demam berdarah sepanjang Januari mencapai 214 kasus", "contradicted"),
            ("Alamsyah", "enam pasien DBD meninggal", "contradicted"),
            ("Neneng Hasanah", "permintaan fogging dari warga turun tajam", "contradicted"),
            ("Neneng Hasanah", "puskesmas tidak kekurangan tenaga untuk melakukan fogging", "contradicted"),
            ("Neneng Hasanah", "empat pasien meninggal, semuanya anak-anak", "other"),
            ("Alamsyah", "permintaan fogging dari warga naik tajam", "other"),
            ("Alamsyah", "warga perlu menguras bak mandi seminggu sekali", "other"),
            ("Neneng Hasanah", "kasus demam berdarah sepanjang Januari mencapai 412 kasus", "other"),
        ],
    ),
    (
        "Gubernur Jawa Tengah Ahmad Luthfi meminta bupati dan wali kota mempercepat perbaikan jalan "
        "rusak sebelum arus mudik. Menurut Luthfi, masih ada 120 kilometer jalan provinsi yang berlubang.\n\n"
        "\"Anggarannya sudah ada, tinggal dikerjakan,\" ujar Luthfi di Semarang, Kamis.\n\n"
        "Kepala Dinas Pekerjaan Umum Bina Marga Jateng Hanung Triyono mengakui sebagian perbaikan "
        "terlambat karena hujan. Ia memperkirakan semua lubang tertutup pada pekan kedua Maret.",
        [
            ("Ahmad Luthfi", "bupati dan wali kota harus mempercepat perbaikan jalan sebelum mudik", "supported"),
            ("Ahmad Luthfi", "masih ada 120 kilometer jalan provinsi yang berlubang", "supported"),
            ("Ahmad Luthfi", "anggaran perbaikan jalan sudah ada", "supported"),
            ("Hanung Triyono", "sebagian perbaikan jalan terlambat karena hujan", "supported"),
            ("Hanung Triyono", "semua lubang tertutup pada pekan kedua Maret", "supported"),
            ("Ahmad Luthfi", "masih ada 210 kilometer jalan provinsi yang berlubang", "contradicted"),
            ("Ahmad Luthfi", "anggaran perbaikan jalan belum ada", "contradicted"),
            ("Hanung Triyono", "semua lubang tertutup pada pekan kedua April", "contradicted"),
            ("Hanung Triyono", "sebagian perbaikan jalan lebih cepat karena hujan", "contradicted"),
            ("Hanung Triyono", "masih ada 120 kilometer jalan provinsi yang berlubang", "other"),
            ("Hanung Triyono", "anggarannya sudah ada, tinggal dikerjakan", "other"),
            ("Ahmad Luthfi", "sebagian perbaikan terlambat karena hujan", "other"),
            ("Ahmad Luthfi", "semua lubang tertutup pada pekan kedua Maret", "other"),
        ],
    ),
    (
        "Harga gabah di tingkat petani di Indramayu anjlok menjelang panen raya. Tidak hanya Karsim, "
        "petani bernama Warsinah juga mengaku menjual gabah kering panen di bawah Rp 5.000 per "
        "kilogram.\n\n"
        "\"Tengkulak cuma mau bayar Rp 4.800,\" kata Warsinah.\n\n"
        "Karsim sendiri menunda panen sepekan. \"Kalau dijual sekarang, saya rugi,\" ujarnya.\n\n"
        "Kepala Perum Bulog Cabang Indramayu, Rizky Ramadhan, mengatakan Bulog siap menyerap gabah "
        "petani seharga Rp 6.500 per kilogram. Menurut Rizky, gudang Bulog masih bisa menampung 20.000 "
        "ton.",
        [
            ("Warsinah", "ia menjual gabah kering panen di bawah Rp 5.000 per kilogram", "supported"),
            ("Warsinah", "tengkulak hanya mau membayar Rp 4.800", "supported"),
            ("Karsim", "ia akan rugi kalau menjual gabah sekarang", "supported"),
            ("Rizky Ramadhan", "Bulog siap menyerap gabah petani seharga Rp 6.500 per kilogram", "supported"),
            ("Rizky Ramadhan", "gudang Bulog masih bisa menampung 20.000 ton", "supported"),
            ("Warsinah", "tengkulak mau membayar Rp 8.400", "contradicted"),
            ("Karsim", "ia akan untung kalau menjual gabah sekarang", "contradicted"),
            ("Rizky Ramadhan", "Bulog siap menyerap gabah petani seharga Rp 5.600 per kilogram", "contradicted"),
            ("Rizky Ramadhan", "gudang Bulog tidak bisa lagi menampung gabah", "contradicted"),
            ("Karsim", "tengkulak cuma mau bayar Rp 4.800", "other"),
            ("Warsinah", "kalau dijual sekarang, ia rugi", "other"),
            ("Karsim", "Bulog siap menyerap gabah petani seharga Rp 6.500 per kilogram", "other"),
            ("Warsinah", "gudang Bulog masih bisa menampung 20.000 ton", "other"),
            ("Rizky Ramadhan", "tengkulak cuma mau bayar Rp 4.800", "other"),
        ],
    ),
]
