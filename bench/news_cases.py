"""News speaker cases written for issue 13 (our own text, free to ship), English and Indonesian.

Each case: an article and, for quotations in it, (words inside the quotation, speaker) or
(words, speaker, wrong speakers to try). A speaker of None means the words are nobody's
speech (a banner, a sign): only the wrong speakers are tried, and none may pass. Without a
list of wrong speakers, the first other person of the case is tried.

The English cases cover the patterns of US political and general news the issue lists:
the cue before the quotation ('Smith said, "…"'), speech verbs beyond said/told, "according
to" an organisation, an appositive name after a role, "Jane Roe, CNN:", organisations as
speakers, a title broken by a line, adverbs, places and addressees that are not speakers,
dialogue that alternates without cues, and a new cue ending a carried-over speaker. The
Indonesian ones cover a full name given anywhere in the narration, region words in titles,
honorifics, less common cue verbs, "menurut X" mid-sentence and common-noun speakers.

TUNING lists were written first and the engine was tuned on them; HELD_OUT lists were
written after the tuning was finished, before the engine was run on them, and never tuned on.
"""

EN_TUNING: list = [
    (
        "WASHINGTON — Senate Majority Leader Paula Strand said Tuesday that the chamber would vote on "
        "the spending bill before the August recess.\n\n"
        "Strand said, \"We are not leaving this town until the government is funded.\"\n\n"
        "Minority Leader Dale Kemper responded, \"The majority has had six months to do this and "
        "wasted every one of them.\"\n\n"
        "Asked whether Republicans would filibuster, Kemper said \"nothing is off the table.\"",
        [("We are not leaving this town", "Paula Strand"), ("The majority has had six months", "Dale Kemper"),
         ("nothing is off the table", "Dale Kemper", ("Paula Strand",))],
    ),
    (
        "The governor's veto drew an angry response from the statehouse floor.\n\n"
        "\"This is a betrayal of every family that was promised relief,\" fumed state Rep. Alicia "
        "Moreno (D-Tucson).\n\n"
        "\"Then write a bill we can afford,\" Gov. Wes Harlan shot back in a post on X.\n\n"
        "Moreno complained that the governor had not met with a single Democrat. \"He has not returned "
        "one phone call,\" she said.",
        [("This is a betrayal of every family", "Alicia Moreno", ("Wes Harlan",)),
         ("Then write a bill we can afford", "Wes Harlan", ("Alicia Moreno",)),
         ("He has not returned", "Alicia Moreno", ("Wes Harlan",))],
    ),
    (
        "\"The department failed to investigate dozens of complaints in a timely manner,\" according "
        "to the Equal Opportunity Board.\n\n"
        "The board's chair, Harold Vance, said the findings were \"deeply troubling.\"\n\n"
        "A spokeswoman for the department, Keisha Boyd, disputed the report. \"Every complaint was "
        "reviewed by trained staff,\" Boyd said.",
        [("The department failed to investigate", "Equal Opportunity Board", ("Keisha Boyd",)),
         ("deeply troubling", "Harold Vance", ("Keisha Boyd",)),
         ("Every complaint was reviewed", "Keisha Boyd", ("Harold Vance",))],
    ),
    (
        "The campaign pushed back hard on Monday.\n\n"
        "\"The senator has never taken a dime from that company,\" said the campaign's communications "
        "director, Jane Roe.\n\n"
        "\"These attacks are coming from people who are losing,\" Roe added.\n\n"
        "Tom Alder, a Republican strategist, was unconvinced. \"Voters will decide what they believe,\" "
        "Alder said.",
        [("The senator has never taken a dime", "Jane Roe", ("Tom Alder",)),
         ("These attacks are coming", "Jane Roe", ("Tom Alder",)),
         ("Voters will decide", "Tom Alder", ("Jane Roe",))],
    ),
    (
        "Jane Roe, CNN: \"Senator, will you support the bill if the tax provision stays in?\"\n\n"
        "Sen. Mark Ellison: \"I have said from the start that I will not vote for a tax increase on "
        "working families.\"\n\n"
        "Jane Roe, CNN: \"Even if the White House asks you to?\"\n\n"
        "Sen. Mark Ellison: \"Even then.\"",
        [("will you support the bill", "Jane Roe", ("Mark Ellison",)),
         ("I have said from the start", "Mark Ellison", ("Jane Roe",)),
         ("Even if the White House asks", "Jane Roe", ("Mark Ellison",)),
         ("Even then", "Mark Ellison", ("Jane Roe",))],
    ),
    (
        "The Pentagon said in a statement that the exercise would go ahead as planned. \"The safety of "
        "our service members is our first priority,\" the statement said.\n\n"
        "Amnesty International called the decision reckless. \"Civilians in the area have not been "
        "warned,\" the group said in a report released Thursday.\n\n"
        "Defense Secretary Lloyd Carver told reporters, \"We have taken every precaution.\"",
        [("The safety of our service members", "Pentagon", ("Amnesty International",)),
         ("Civilians in the area have not been warned", "Amnesty International", ("Lloyd Carver",)),
         ("We have taken every precaution", "Lloyd Carver", ("Amnesty International",))],
    ),
    (
        "Coketown's mill owners met on Friday to discuss the strike. \"We will not be dictated to by a "
        "committee of agitators,\" said Mr.\nBounderby, who owns the largest of the mills.\n\n"
        "\"Nobody is dictating anything,\" replied union secretary Stephen\nBlackpool. \"We are asking for "
        "a fair hearing.\"",
        [("We will not be dictated to", "Bounderby", ("Stephen Blackpool",)),
         ("Nobody is dictating anything", "Stephen Blackpool", ("Bounderby",)),
         ("We are asking for a fair hearing", "Stephen Blackpool", ("Bounderby",))],
    ),
    (
        "Naturally, the mayor's office was quick to respond. \"The numbers speak for themselves,\" "
        "said Mayor Diane Whitlock.\n\n"
        "Probably the sharpest criticism came from the comptroller, Ben Osei. \"The numbers speak "
        "for whoever is reading them,\" Osei said.\n\n"
        "Hence the call for an independent audit. \"We want someone from outside City Hall to look "
        "at this,\" he said.",
        [("The numbers speak for themselves", "Diane Whitlock", ("Ben Osei",)),
         ("The numbers speak for whoever", "Ben Osei", ("Diane Whitlock",)),
         ("We want someone from outside", "Ben Osei", ("Diane Whitlock",))],
    ),
    (
        "In New York, protesters gathered outside the courthouse. \"This trial is about all of us,\" "
        "said Maya Lindqvist, an organizer with the group Fair Courts Now.\n\n"
        "\"We will be here every day until the verdict,\" Lindqvist said.\n\n"
        "New York Police Commissioner Ray Dorsey said the protest had been peaceful. \"We have had "
        "no arrests,\" Dorsey said.",
        [("This trial is about all of us", "Maya Lindqvist", ("Ray Dorsey",)),
         ("We will be here every day", "Maya Lindqvist", ("Ray Dorsey",)),
         ("We have had no arrests", "Ray Dorsey", ("Maya Lindqvist",))],
    ),
    (
        "The two candidates clashed over housing.\n\n"
        "\"You voted against every affordable housing bill, Matthew?\" complained Anne Shirley, the "
        "challenger.\n\n"
        "\"I voted against bills that would have raised rents,\" replied Matthew Cuthbert, the "
        "incumbent.\n\n"
        "\"That is not what the record shows.\"\n\n"
        "\"The record shows I kept my promises.\"",
        [("You voted against every affordable", "Anne Shirley", ("Matthew Cuthbert",)),
         ("I voted against bills", "Matthew Cuthbert", ("Anne Shirley",)),
         ("That is not what the record shows", "Anne Shirley", ("Matthew Cuthbert",)),
         ("The record shows I kept my promises", "Matthew Cuthbert", ("Anne Shirley",))],
    ),
    (
        "Governor Ellen Price opened the briefing. \"The storm has passed, but the flooding has not,\" "
        "she said.\n\n"
        "\"We have 4,000 people in shelters tonight.\"\n\n"
        "State emergency director Carl Nguyen warned, \"Do not drive through standing water.\"\n\n"
        "\"Two of the deaths so far happened in cars.\"",
        [("The storm has passed", "Ellen Price", ("Carl Nguyen",)),
         ("We have 4,000 people in shelters", "Ellen Price", ("Carl Nguyen",)),
         ("Do not drive through standing water", "Carl Nguyen", ("Ellen Price",)),
         ("Two of the deaths so far", "Carl Nguyen", ("Ellen Price",))],
    ),
    (
        "Rep. Luis Ortega (R-Texas) shouted over the chairman's gavel: \"Let him answer the "
        "question!\"\n\n"
        "\"The gentleman's time has expired,\" Chairman Neil Faraday repeated.\n\n"
        "\"This committee is a farce,\" Ortega exclaimed as he left the room.",
        [("Let him answer the question", "Luis Ortega", ("Neil Faraday",)),
         ("The gentleman's time has expired", "Neil Faraday", ("Luis Ortega",)),
         ("This committee is a farce", "Luis Ortega", ("Neil Faraday",))],
    ),
    (
        "Brown's spokesman, Tim Lee, said the senator would not resign. \"He has done nothing wrong,\" "
        "Lee said.\n\n"
        "Sen. Harriet Brown herself was silent on Wednesday.",
        [("He has done nothing wrong", "Tim Lee", ("Harriet Brown",))],
    ),
    (
        "The White House press secretary, Karen Oduya, insisted the president's schedule had not "
        "changed. \"He is in the Oval Office and he is working,\" Oduya insisted.\n\n"
        "A reporter asked whether the president had seen a doctor. \"I'm not going to get into "
        "his medical history,\" she responded.\n\n"
        "Asked again, she advised reporters to \"wait for the physician's letter.\"",
        [("He is in the Oval Office", "Karen Oduya"), ("I'm not going to get into", "Karen Oduya"),
         ("wait for the physician's letter", "Karen Oduya")],
    ),
    (
        "Former Vice President Gregory Hale said he was \"seriously considering\" a run. \"I think the "
        "party needs a fighter,\" Hale told The Washington Post.\n\n"
        "His longtime rival, Sen. Ruth Okafor, was dismissive. \"Greg has been seriously considering "
        "things for twenty years,\" Okafor quipped.",
        [("seriously considering", "Gregory Hale", ("Ruth Okafor",)),
         ("I think the party needs a fighter", "Gregory Hale", ("Ruth Okafor",)),
         ("Greg has been seriously considering", "Ruth Okafor", ("Gregory Hale",))],
    ),
    (
        "Union president Dolores Vega addressed the rally in Detroit.\n\n"
        "\"They told us the plant was safe,\" Vega said. \"They told us our jobs were safe.\"\n\n"
        "\"They lied,\" she said.\n\n"
        "Company chief executive Martin Oberlin later issued a statement. \"We regret the decision "
        "but it was necessary,\" Oberlin said.\n\n"
        "\"The plant lost money for nine straight quarters.\"",
        [("They told us the plant was safe", "Dolores Vega", ("Martin Oberlin",)),
         ("They told us our jobs were safe", "Dolores Vega", ("Martin Oberlin",)),
         ("They lied", "Dolores Vega", ("Martin Oberlin",)),
         ("We regret the decision", "Martin Oberlin", ("Dolores Vega",)),
         ("The plant lost money", "Martin Oberlin", ("Dolores Vega",))],
    ),
    (
        "Attorney General Nora Blake testified before the Judiciary Committee on Thursday.\n\n"
        "Sen. Philip Grant asked whether the department had opened an investigation. \"Have you or "
        "have you not?\" Grant demanded.\n\n"
        "\"I cannot discuss ongoing matters, Senator,\" Blake answered.\n\n"
        "\"That is not an answer.\"\n\n"
        "\"It is the only answer I can give.\"",
        [("Have you or have you not", "Philip Grant", ("Nora Blake",)),
         ("I cannot discuss ongoing matters", "Nora Blake", ("Philip Grant",)),
         ("That is not an answer", "Philip Grant", ("Nora Blake",)),
         ("It is the only answer I can give", "Nora Blake", ("Philip Grant",))],
    ),
    (
        "Councilwoman Grace Tan murmured, \"Here we go again,\" as the vote was called.\n\n"
        "Council President Omar Haddad interposed: \"Order, please. We will hear from everyone.\"\n\n"
        "\"You heard from everyone last week,\" Tan broke in.",
        [("Here we go again", "Grace Tan", ("Omar Haddad",)),
         ("Order, please", "Omar Haddad", ("Grace Tan",)),
         ("You heard from everyone last week", "Grace Tan", ("Omar Haddad",))],
    ),
    (
        "The Federal Reserve held rates steady on Wednesday. \"The committee remains highly attentive "
        "to inflation risks,\" the Fed said in its statement.\n\n"
        "Fed Chair Julia Park told reporters that cuts were \"not yet\" on the table. \"We need to see "
        "more good data,\" Park said.\n\n"
        "Economist Raj Mehta of Capital Economics called the message \"a little more hawkish than "
        "expected.\"",
        [("The committee remains highly attentive", "Federal Reserve", ("Julia Park",)),
         ("We need to see more good data", "Julia Park", ("Raj Mehta",)),
         ("a little more hawkish than expected", "Raj Mehta", ("Julia Park",))],
    ),
    (
        "At a town hall in Des Moines, a voter asked Sen. Carla Jimenez about drug prices. \"Why does "
        "my insulin cost more than my rent?\" the voter asked.\n\n"
        "\"It should not, and it will not if we pass this bill,\" Jimenez replied.\n\n"
        "Later, Jimenez told reporters, \"People are tired of waiting.\"",
        [("It should not, and it will not", "Carla Jimenez"),
         ("People are tired of waiting", "Carla Jimenez")],
    ),
    (
        "Kowalski, a Democrat who represents the 5th District, called the plan \"a giveaway to "
        "developers.\"\n\n"
        "\"We are paving over the last open land in this county,\" said Rep. Stan Kowalski.\n\n"
        "Developer Aaron Feld disagreed. He said the project would \"bring 2,000 jobs.\"\n\n"
        "\"I am proud of what we are building,\" Feld said.",
        [("a giveaway to developers", "Stan Kowalski", ("Aaron Feld",)),
         ("We are paving over the last open land", "Stan Kowalski", ("Aaron Feld",)),
         ("bring 2,000 jobs", "Aaron Feld", ("Stan Kowalski",)),
         ("I am proud of what we are building", "Aaron Feld", ("Stan Kowalski",))],
    ),
    (
        "Gabriel Syme, the poet who led the reading, spoke first. \"Poetry is the only honest news,\" "
        "Syme said.\n\n"
        "Lucian Gregory, his host, laughed. \"Then the news is in trouble,\" Gregory replied.",
        [("Poetry is the only honest news", "Gabriel Syme", ("Lucian Gregory",)),
         ("Then the news is in trouble", "Lucian Gregory", ("Gabriel Syme",))],
    ),
    (
        "Syme arrived late to the meeting. \"I was held up at the station,\" Syme said.",
        [("I was held up at the station", "Syme")],
    ),
    (
        "\"We have the votes,\" Speaker Dana Whitfield said on Tuesday.\n\n"
        "But minutes later, Rep. Earl Boone told reporters he would vote no. \"I'm not going to "
        "support a bill I have not read,\" Boone said.\n\n"
        "\"Nobody has read it,\" he added.",
        [("We have the votes", "Dana Whitfield", ("Earl Boone",)),
         ("I'm not going to support a bill", "Earl Boone", ("Dana Whitfield",)),
         ("Nobody has read it", "Earl Boone", ("Dana Whitfield",))],
    ),
    (
        "Secretary of State Alan Brooks cried, \"Enough!\" when the question was repeated.\n\n"
        "He later apologized. \"I should not have raised my voice,\" Brooks said in a statement. "
        "\"The question was fair.\"\n\n"
        "The reporter, Lena Fischer of Reuters, said she accepted the apology. \"It happens,\" "
        "Fischer said.",
        [("Enough", "Alan Brooks", ("Lena Fischer",)),
         ("I should not have raised my voice", "Alan Brooks", ("Lena Fischer",)),
         ("The question was fair", "Alan Brooks", ("Lena Fischer",)),
         ("It happens", "Lena Fischer", ("Alan Brooks",))],
    ),
    (
        "\"The border is more secure than it has been in a decade,\" Homeland Security Secretary Ana "
        "Ruiz said at a news conference in El Paso.\n\n"
        "Texas Gov. Jim Barlow, a Republican, was not persuaded. \"Come stand on the river with me "
        "and say that,\" the governor said.\n\n"
        "Ruiz called Barlow's remarks \"political theater.\"",
        [("The border is more secure", "Ana Ruiz", ("Jim Barlow",)),
         ("Come stand on the river", "Jim Barlow", ("Ana Ruiz",)),
         ("political theater", "Ana Ruiz", ("Jim Barlow",))],
    ),
    (
        "Mayor Frank Delaney returned from Albany empty-handed.\n\n"
        "\"The state has turned its back on this city,\" Delaney said.\n\n"
        "Assembly Speaker Joan Whitaker, a fellow Democrat, said the city had asked too late. "
        "\"We passed the budget in April,\" Whitaker said. \"He came in June.\"\n\n"
        "\"I came when the numbers were final,\" Delaney responded.",
        [("The state has turned its back", "Frank Delaney", ("Joan Whitaker",)),
         ("We passed the budget in April", "Joan Whitaker", ("Frank Delaney",)),
         ("He came in June", "Joan Whitaker", ("Frank Delaney",)),
         ("I came when the numbers were final", "Frank Delaney", ("Joan Whitaker",))],
    ),
]

EN_HELD_OUT: list = [
    (
        "DENVER — Gov. Rachel Ambrose signed the water bill on Monday. \"This protects every farm "
        "downstream,\" Ambrose said at the signing.\n\n"
        "State Sen. Paul Dekker, who voted against it, was not at the ceremony. In a statement, Dekker "
        "said, \"The bill hands the cities a blank check.\"\n\n"
        "\"We will be back next session,\" he added.",
        [("This protects every farm", "Rachel Ambrose", ("Paul Dekker",)),
         ("The bill hands the cities", "Paul Dekker", ("Rachel Ambrose",)),
         ("We will be back next session", "Paul Dekker", ("Rachel Ambrose",))],
    ),
    (
        "\"We have no evidence of fraud,\" according to the county elections board.\n\n"
        "The board's director, Sandra Pike, told reporters the recount would finish Friday. \"Every "
        "ballot will be counted twice,\" Pike said.\n\n"
        "Republican chairman Joe Varney disputed that. \"Twice is not enough,\" Varney countered.",
        [("Every ballot will be counted twice", "Sandra Pike", ("Joe Varney",)),
         ("Twice is not enough", "Joe Varney", ("Sandra Pike",))],
    ),
    (
        "Probably no issue divides the council more than parking.\n\n"
        "\"Nobody wants to pay for parking,\" said council member Ivy Chen, who chairs the transport "
        "committee. \"But somebody already does.\"\n\n"
        "Her colleague Marcus Webb disagreed. \"Free parking is what keeps Main Street alive,\" Webb "
        "said.",
        [("Nobody wants to pay for parking", "Ivy Chen", ("Marcus Webb",)),
         ("But somebody already does", "Ivy Chen", ("Marcus Webb",)),
         ("Free parking is what keeps", "Marcus Webb", ("Ivy Chen",))],
    ),
    (
        "The senator's chief of staff, Laura Quinn, said the office had received thousands of calls. "
        "\"The phones have not stopped,\" Quinn said.\n\n"
        "Sen. Owen Marsh later appeared on the Capitol steps. \"I hear you,\" Marsh told the crowd. "
        "\"And I am not changing my vote.\"",
        [("The phones have not stopped", "Laura Quinn", ("Owen Marsh",)),
         ("I hear you", "Owen Marsh", ("Laura Quinn",)),
         ("And I am not changing my vote", "Owen Marsh", ("Laura Quinn",))],
    ),
    (
        "Interviewer Tom Reyes: \"Do you regret the decision?\"\n\n"
        "Mayor Gina Lott: \"Not for a second.\"\n\n"
        "Tom Reyes: \"Even after the lawsuit?\"\n\n"
        "Gina Lott: \"The lawsuit was dismissed.\"",
        [("Do you regret the decision", "Tom Reyes", ("Gina Lott",)),
         ("Not for a second", "Gina Lott", ("Tom Reyes",)),
         ("Even after the lawsuit", "Tom Reyes", ("Gina Lott",)),
         ("The lawsuit was dismissed", "Gina Lott", ("Tom Reyes",))],
    ),
    (
        "The hospital's chief nurse, Dana Okoro, said staff were exhausted. \"We are working double "
        "shifts every week,\" she said.\n\n"
        "Hospital chief executive Victor Lam said new hires would start in March. \"Help is coming,\" "
        "Lam insisted.\n\n"
        "\"Then why has nobody told the nurses?\" Okoro asked.",
        [("We are working double shifts", "Dana Okoro", ("Victor Lam",)),
         ("Help is coming", "Victor Lam", ("Dana Okoro",)),
         ("Then why has nobody told the nurses", "Dana Okoro", ("Victor Lam",))],
    ),
]

ID_TUNING: list = [
    (
        "SERANG, KOMPAS — Gubernur Banten Andra Soni menerima kunjungan rombongan mahasiswa di Pendopo "
        "Gubernur, Senin (3/11/2025). Sebuah spanduk yang dibentangkan mahasiswa berbunyi: \"Banten "
        "Bebas Banjir 2030\".\n\n"
        "\"Kami menyambut baik aspirasi adik-adik mahasiswa,\" ujar Andra.",
        [("Banten Bebas Banjir 2030", None, ("Andra Soni",)),
         ("Kami menyambut baik aspirasi", "Andra Soni")],
    ),
    (
        "Kepala Bidang Humas Polda Metro Jaya Ajun Komisaris Besar Sandi Sultan saat dikonfirmasi "
        "membenarkan penangkapan tersebut. Menurut dia, tersangka ditangkap di rumahnya.\n\n"
        "Direktur Reserse Kriminal Umum Komisaris Besar Wira Satya mengatakan, penyidik masih "
        "mendalami motif pelaku.\n\n"
        "\"Tersangka sudah kami tahan selama 20 hari ke depan,\" ujar Sandi.",
        [("Tersangka sudah kami tahan", "Sandi Sultan", ("Wira Satya",))],
    ),
    (
        "Sekretaris Perusahaan PT Kereta Api Indonesia Rachmat Hutama menjelaskan, jumlah penumpang "
        "naik 12 persen dibandingkan tahun lalu.\n\n"
        "Pengamat transportasi Djoko Setiawan menilai kenaikan itu wajar.\n\n"
        "\"Kami menambah 40 perjalanan selama masa libur,\" kata Rachmat.",
        [("Kami menambah 40 perjalanan", "Rachmat Hutama", ("Djoko Setiawan",))],
    ),
    (
        "Gubernur Jawa Tengah Ganjar Pranowo meninjau lokasi banjir di Kabupaten Demak.\n\n"
        "\"Pompa tambahan sudah kami kirim sejak semalam,\" kata Ganjar.\n\n"
        "Bupati Demak Eisti'anah mengatakan, lebih dari 3.000 warga mengungsi. \"Kami butuh perahu "
        "karet,\" ujarnya.",
        [("Pompa tambahan sudah kami kirim", "Ganjar Pranowo", ("Eisti'anah",)),
         ("Kami butuh perahu karet", "Eisti'anah", ("Ganjar Pranowo",))],
    ),
    (
        "Kepala Dinas Kesehatan Kota Bandung drg Anhar Hadian mengimbau warga waspada demam berdarah.\n\n"
        "\"Jumlah kasus naik dua kali lipat dari bulan lalu,\" kata Anhar.\n\n"
        "Dekan Fakultas Kedokteran Prof. Dr. H. Yudi Mulyana, Sp.PD, menyebut gejala awal sering "
        "diabaikan. \"Demam tiga hari harus segera diperiksa,\" ujar Yudi.\n\n"
        "Ketua Ikatan Bidan Hj. Siti Aminah menambahkan, ibu hamil paling rentan. \"Jangan tunggu "
        "parah,\" katanya.",
        [("Jumlah kasus naik dua kali lipat", "Anhar Hadian", ("Yudi Mulyana",)),
         ("Demam tiga hari harus segera diperiksa", "Yudi Mulyana", ("Anhar Hadian",)),
         ("Jangan tunggu parah", "Siti Aminah", ("Yudi Mulyana",))],
    ),
    (
        "Pemudik mulai memadati Terminal Kampung Rambutan sejak Sabtu pagi. Seorang petugas bertanya "
        "kepada pemudik yang baru turun dari bus.\n\n"
        "\"Sudah tahu jadwal bus lanjutan?\" tanya petugas itu.\n\n"
        "\"Tau Pak,\" jawab pemudik.\n\n"
        "\"Saya mau ke Wonosobo, sudah pesan tiket dari seminggu lalu,\" lanjut pemudik tersebut.\n\n"
        "Kepala Terminal Kampung Rambutan Made Suarna mengatakan, jumlah penumpang naik dibandingkan "
        "tahun lalu. \"Puncaknya diperkirakan H-3,\" kata Made.",
        [("Sudah tahu jadwal bus lanjutan", "petugas", ("Made Suarna",)),
         ("Tau Pak", "pemudik", ("Made Suarna",)),
         ("Saya mau ke Wonosobo", "pemudik", ("Made Suarna",)),
         ("Puncaknya diperkirakan H-3", "Made Suarna", ("pemudik",))],
    ),
    (
        "Harga cabai di Pasar Induk Kramat Jati melonjak. \"Sekarang Rp 80.000 per kilo, minggu lalu "
        "masih Rp 50.000,\" kata seorang pedagang, Sarmini.\n\n"
        "\"Pembeli jadi sepi,\" ujar pedagang itu.\n\n"
        "Menteri Perdagangan Budi Santoso mengatakan, pemerintah akan menggelar operasi pasar. "
        "\"Stok nasional aman,\" kata Budi.",
        [("Sekarang Rp 80.000 per kilo", "Sarmini", ("Budi Santoso",)),
         ("Pembeli jadi sepi", "Sarmini", ("Budi Santoso",)),
         ("Stok nasional aman", "Budi Santoso", ("Sarmini",))],
    ),
    (
        "Wali Kota Surabaya Eri Cahyadi ditanya soal banjir di kawasan Rungkut. \"Saluran sedang kami "
        "perlebar,\" jawab Eri.\n\n"
        "Anggota DPRD Surabaya Imam Syafi'i merespons pernyataan itu. \"Sudah tiga tahun dijanjikan,\" "
        "sahut Imam.\n\n"
        "\"Tahun ini selesai,\" timpal Eri.\n\n"
        "\"Kita lihat saja nanti,\" seloroh Imam.",
        [("Saluran sedang kami perlebar", "Eri Cahyadi", ("Imam Syafi'i",)),
         ("Sudah tiga tahun dijanjikan", "Imam Syafi'i", ("Eri Cahyadi",)),
         ("Tahun ini selesai", "Eri Cahyadi", ("Imam Syafi'i",)),
         ("Kita lihat saja nanti", "Imam Syafi'i", ("Eri Cahyadi",))],
    ),
    (
        "Rencana kenaikan tarif air ditolak warga. Ketua RT 05 Slamet Riyadi mengatakan warga sudah "
        "berkirim surat ke PDAM.\n\n"
        "Kebijakan itu, menurut Direktur Utama PDAM Tirta Kahuripan Lia Marlina, \"sudah sesuai "
        "aturan dan dihitung dengan cermat\".\n\n"
        "\"Kami hanya minta ditunda,\" harap Slamet.",
        [("sudah sesuai aturan", "Lia Marlina", ("Slamet Riyadi",)),
         ("Kami hanya minta ditunda", "Slamet Riyadi", ("Lia Marlina",))],
    ),
    (
        "Tidak hanya Rodiyah, warga bernama Mulyati juga menyebut air sumurnya keruh sejak pabrik "
        "beroperasi.\n\n"
        "\"Airnya bau, tidak bisa dipakai masak,\" kata Mulyati.\n\n"
        "Rodiyah sendiri sudah dua bulan membeli air galon. \"Sebulan habis Rp 300.000,\" ujar "
        "Rodiyah.",
        [("Airnya bau, tidak bisa dipakai masak", "Mulyati", ("Rodiyah",)),
         ("Sebulan habis Rp 300.000", "Rodiyah", ("Mulyati",))],
    ),
    (
        "Kapolres Bogor AKBP Rio Wahyu Anggoro mengatakan, pelaku ditangkap di sebuah rumah kontrakan.\n\n"
        "\"Pelaku mengaku menyesal,\" kata Rio.\n\n"
        "Kuasa hukum pelaku, Hendra Gunawan, SH, menyatakan kliennya kooperatif. \"Klien kami akan "
        "mengikuti proses hukum,\" ujar Hendra.\n\n"
        "Seorang warga, Nining, mengaku lega. \"Sekarang anak-anak bisa main lagi,\" kata Nining.",
        [("Pelaku mengaku menyesal", "Rio Wahyu Anggoro", ("Hendra Gunawan",)),
         ("Klien kami akan mengikuti", "Hendra Gunawan", ("Rio Wahyu Anggoro",)),
         ("Sekarang anak-anak bisa main lagi", "Nining", ("Hendra Gunawan",))],
    ),
]

ID_HELD_OUT: list = [
    (
        "BANDUNG, KOMPAS — Wali Kota Bandung Farhan Maulana meninjau Pasar Kosambi, Selasa (4/11/2025). "
        "\"Harga beras masih stabil,\" kata Farhan.\n\n"
        "Seorang pedagang beras, Ujang Sutisna, mengaku pembeli berkurang. \"Sepi sejak hujan turun "
        "terus,\" ujar Ujang.\n\n"
        "\"Semoga minggu depan ramai lagi,\" tambahnya.",
        [("Harga beras masih stabil", "Farhan Maulana", ("Ujang Sutisna",)),
         ("Sepi sejak hujan turun terus", "Ujang Sutisna", ("Farhan Maulana",)),
         ("Semoga minggu depan ramai lagi", "Ujang Sutisna", ("Farhan Maulana",))],
    ),
    (
        "Kepala Kepolisian Resor Kota Malang Komisaris Besar Budi Hermanto saat dikonfirmasi "
        "membenarkan kejadian itu.\n\n"
        "\"Korban sudah dibawa ke rumah sakit,\" ujar Budi.\n\n"
        "Seorang saksi, Wawan, menyebut mobil melaju kencang. \"Saya dengar suara rem panjang,\" "
        "kata Wawan.",
        [("Korban sudah dibawa ke rumah sakit", "Budi Hermanto", ("Wawan",)),
         ("Saya dengar suara rem panjang", "Wawan", ("Budi Hermanto",))],
    ),
    (
        "Gubernur Sumatera Barat Mahyeldi Ansharullah menerima rombongan petani di kantor gubernur. "
        "Sebuah poster yang dibawa petani bertuliskan \"Pupuk Murah untuk Petani\".\n\n"
        "\"Kami akan bicarakan dengan Kementerian Pertanian,\" kata Mahyeldi.\n\n"
        "Ketua kelompok tani, Syafri, berharap janji itu ditepati. \"Jangan hanya janji,\" "
        "ucap Syafri.",
        [("Pupuk Murah untuk Petani", None, ("Mahyeldi Ansharullah",)),
         ("Kami akan bicarakan dengan", "Mahyeldi Ansharullah", ("Syafri",)),
         ("Jangan hanya janji", "Syafri", ("Mahyeldi Ansharullah",))],
    ),
    (
        "Menurut Direktur Utama PT Transjakarta Welfizon Yuza, jumlah penumpang naik 20 persen.\n\n"
        "\"Kami tambah armada di koridor 1 dan 9,\" ujar Welfizon.\n\n"
        "\"Masih sering penuh,\" kata seorang penumpang.",
        [("Kami tambah armada", "Welfizon Yuza"),
         ("Masih sering penuh", None, ("Welfizon Yuza",))],
    ),
]
