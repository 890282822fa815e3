"""English news articles written for the dates-and-figures benchmark (our own text, free to ship).

Each article is marked up: `[[as written|spec|spec…]]` around every date and figure, with
sentences separated by " | " (a paragraph break also ends one). Specs:

- `d=2025-10-21` a day; `d=2025-10-24..2025-10-26` a range; `d=2019` or `d=2025-09` a year or
  month; `d=wd:Tuesday` the latest Tuesday on or before the published date, `d=wd+:Thursday`
  the next one after it; `d=rel:-3` three days before the published date
- `f=48 hours`, `f=11000000..12000000 USD`, `f=12 %`, `f=5 -` (no unit): a figure and its unit
- `t` neither a date nor a figure: a clock time, a score, a vote count, "12-story"
- `c=…` the event or quantity the value belongs to, as an editor would name it in a claim
- `a=…~…` other valid ways to write the figure (each becomes a claim that must pass)
- `e=…` values of one sentence with the same key name one thing ("3.5 million Australian
  dollars (about $2.2 million)"): neither is the other's wrong value

`undated` lists events the article names but never dates; `unfigured` quantities it never
gives: a claim pairing them with the article's dates or figures must not pass.

TUNING was used while the judges were developed; HELD_OUT was written at the same time,
before any judge changed, and is never looked at while tuning.
"""

TUNING: list[dict] = [
    {
        "published": "2025-10-22",
        "text": (
            "WASHINGTON (AP) — The Senate approved a [[$1.2 trillion|f=1200000000000 USD|c=Senate approved spending bill|a=1.2 trillion dollars~US$1,200 billion]] "
            "spending bill [[Tuesday|d=wd:Tuesday|c=Senate approved spending bill]], averting a shutdown that would have begun at "
            "[[12:01 a.m.|t]] [[Saturday|d=wd+:Saturday]]. | The vote was [[68-31|t]].\n\n"
            "Sen. Maria Lopez, D-N.M., said the bill includes [[$11 million to $12 million|f=11000000..12000000 USD|c=wildfire recovery grants|a=$11 million~$12 million~11 million to 12 million dollars]] "
            "for wildfire recovery grants in her state. | \"We did not get everything we wanted, but this is a fair deal,\" Lopez said.\n\n"
            "Mr. Trump is expected to sign the measure [[Thursday|d=wd+:Thursday|c=expected to sign the measure]]. | The House passed it "
            "[[last Friday|d=2025-10-17|c=House passed it]] by a vote of [[221-204|t]].\n\n"
            "The bill also sets aside [[$310 million|f=310000000 USD|c=sets aside for border technology|a=310 million dollars]] for border technology, "
            "up from [[$250 million|f=250000000 USD|c=border technology last year|a=US$250 million]] last year. | "
            "Budget analysts said the measure would not reduce the deficit, which reached [[$1.8 trillion|f=1800000000000 USD|c=deficit reached|a=$1,800 billion]] in "
            "fiscal [[2024|d=2024]].\n\n"
            "Democrats hope to bring a separate child care bill to the floor. | The bill does not say what the new fighter jets will cost."
        ),
        "undated": ["child care bill brought to the floor"],
        "unfigured": ["cost of the new fighter jets"],
    },
    {
        "published": "2025-09-15",
        "text": (
            "ST. PETERSBURG, Fla. — Hurricane Delia made landfall near St. Pete Beach early [[Sunday|d=wd:Sunday|c=Hurricane Delia made landfall]] "
            "with winds of [[120 mph|f=120 mph|c=winds at landfall|a=120 miles per hour]], forecasters said. | "
            "About [[48,000|f=48000 -|c=homes without power|a=48 thousand~forty-eight thousand]] homes were without power by noon.\n\n"
            "Gov. Ron Avery ordered the evacuation of [[12|f=12 -|c=barrier islands evacuated|a=twelve]] barrier islands "
            "[[three days ago|d=rel:-3|c=ordered the evacuation]]. | \"Nobody should be on the islands tonight,\" Avery said.\n\n"
            "The storm dropped [[9 inches|f=9 inches|c=rain fell in Tampa|a=nine inches]] of rain in Tampa, where a [[27-year-old|t]] man died "
            "when a tree fell on his car. | Officials said [[1,200|f=1200 people|c=people in shelters|a=1200 people~1.2 thousand people]] people "
            "spent the night in shelters, and [[40|f=40 -|c=shelters opened|a=forty]] shelters remain open.\n\n"
            "Damage estimates ranged from [[$2 billion to $3 billion|f=2000000000..3000000000 USD|c=damage estimates|a=$2 billion~$3 billion~2.5 billion dollars]], "
            "according to a risk modeling firm. | The storm was the strongest to hit the area since [[1921|d=1921]].\n\n"
            "Avery said the state would rebuild the seawall on Pass-a-Grille, though he gave no estimate of the cost."
        ),
        "undated": ["state will rebuild the seawall"],
        "unfigured": ["cost of rebuilding the seawall"],
    },
    {
        "published": "2025-03-06",
        "text": (
            "SAN FRANCISCO — Orbital Systems said [[Wednesday|d=wd:Wednesday|c=Orbital Systems said it would cut jobs]] it would cut "
            "[[1,100|f=1100 jobs|e=cut|c=cut jobs|a=1100 jobs~1.1 thousand jobs]] jobs, about [[8%|f=8 %|e=cut|c=share of its workforce|a=8 percent~eight percent]] of its workforce. | "
            "The company reported revenue of [[$4.2 billion|f=4200000000 USD|c=revenue in the quarter|a=4.2 billion dollars~$4,200 million]] for the quarter and a profit "
            "of [[$310 million|f=310000000 USD|c=profit for the quarter|a=310 million dollars]].\n\n"
            "Chief Executive Dana Whitfield told analysts on a call that the company did not expect further cuts. | "
            "\"We don't see another round this year,\" she said. | Shares fell [[6.5 percent|f=6.5 %|c=shares fell|a=6.5%]] to "
            "[[$41.20|f=41.20 USD|c=shares closed at|a=41.2 dollars]] in after-hours trading.\n\n"
            "The layoffs take effect on [[April 1|d=2025-04-01|c=layoffs take effect]]. | Orbital, founded in [[2009|d=2009]], employs "
            "about [[13,500|f=13500 people|c=company employs|a=13500 people]] people in [[22|f=22 countries|c=countries where it employs|a=twenty-two countries]] countries. | "
            "It also plans to open a new research center in Austin, and laid-off workers will receive severance payments."
        ),
        "undated": ["open a new research center in Austin"],
        "unfigured": ["severance payments for laid-off workers"],
    },
    {
        "published": "2024-11-08",
        "text": (
            "LONDON (Reuters) - The Bank of England cut its main interest rate to [[4.75%|f=4.75 %|c=main interest rate cut to|a=4.75 percent]] on "
            "[[Thursday|d=wd:Thursday|c=Bank of England cut its main interest rate]], its second cut since [[August|d=2024-08]]. | "
            "The Monetary Policy Committee voted [[8-1|t]] for the move.\n\n"
            "Inflation fell to [[1.7%|f=1.7 %|c=inflation fell in September|a=1.7 percent]] in [[September|d=2024-09]] from [[2.2%|f=2.2 %|c=inflation in August|a=2.2 percent]] "
            "in [[August|d=2024-08]], below the bank's [[2%|f=2 %|c=the bank's target|a=2 percent]] target. | "
            "\"We can't cut too quickly or by too much,\" Governor Andrew Bailey said.\n\n"
            "The bank said the budget presented by finance minister Rachel Reeves on [[Oct. 30|d=2024-10-30|c=budget presented by Rachel Reeves]] "
            "would add about [[0.5 percentage points|f=0.5 points|c=budget would add to inflation|a=0.5 points]] to inflation at its peak. | "
            "Economists polled by Reuters expect the next cut in [[February|d=2025-02]]. | The pound weakened against the dollar after the decision, and mortgage lenders are expected to lower their rates."
        ),
        "undated": ["pound weakened against the dollar"],
        "unfigured": ["mortgage lenders lower their rates"],
    },
    {
        "published": "2025-05-12",
        "text": (
            "DENVER — A jury on [[Friday|d=wd:Friday|c=jury found him guilty]] found a former county treasurer guilty of stealing "
            "[[$2.3 million|f=2300000 USD|c=stealing from the county|a=2.3 million dollars~$2,300,000]] from the county over [[six years|f=6 years|c=stealing over a period|a=6 years]]. | "
            "Thomas Greer, [[58|f=58 years|c=Greer's age|a=58 years]], faces up to [[20 years|f=20 years|c=faces up to in prison|a=twenty years]] in prison.\n\n"
            "Prosecutors said Greer moved money into [[14|f=14 accounts|c=accounts he moved money into|a=fourteen accounts]] accounts between [[2017|d=2017]] and [[2023|d=2023]]. | "
            "His lawyer, Mrs. Carla Dunn, said her client was \"not a thief but a bad bookkeeper\" and would appeal.\n\n"
            "Sentencing is set for [[Aug. 14|d=2025-08-14|c=sentencing is set]]. | The jury deliberated for [[nine hours|f=9 hours|c=jury deliberated|a=9 hours]] over "
            "[[two days|f=2 days|c=deliberated over days|a=2 days]].\n\n"
            "Greer was arrested after an audit found gaps in the county's books. | The county hopes to recover the money through restitution."
        ),
        "undated": ["Greer was arrested"],
        "unfigured": ["money recovered through restitution"],
    },
    {
        "published": "2025-07-03",
        "text": (
            "NAIROBI, Kenya (AP) — At least [[16|f=16 people|c=people killed in the protests|a=sixteen people~16 people]] people were killed and "
            "[[400|f=400 people|c=people injured in the protests|a=four hundred people~400 people]] injured in protests across Kenya on "
            "[[Wednesday|d=wd:Wednesday|c=protests across Kenya]], Amnesty International said. | The protests marked one year since "
            "demonstrators stormed parliament on [[June 25, 2024|d=2024-06-25|c=demonstrators stormed parliament]].\n\n"
            "Interior Minister Kipchumba Murkomen said [[485|f=485 people|c=people arrested|a=485 people]] people had been arrested. | "
            "\"We will not allow anarchy,\" he said in a televised address at [[9 p.m.|t]]\n\n"
            "Police fired tear gas at crowds of about [[2,000|f=2000 people|c=crowds in central Nairobi|a=2000 people~two thousand people]] people in central Nairobi. | "
            "The finance bill that sparked last year's protests would have raised [[$2.7 billion|f=2700000000 USD|c=finance bill would have raised|a=2.7 billion dollars]] "
            "in new taxes.\n\n"
            "Opposition leaders called for compensation for the families of those killed, and parliament is due to debate a new finance bill."
        ),
        "undated": ["parliament will debate a new finance bill"],
        "unfigured": ["compensation for the families"],
    },
    {
        "published": "2025-02-18",
        "text": (
            "CHICAGO — The city's transit agency will raise the basic fare to [[$2.75|f=2.75 USD|c=basic fare raised to|a=2.75 dollars]] from "
            "[[$2.50|f=2.50 USD|c=current basic fare|a=2.5 dollars]] starting [[March 3|d=2025-03-03|c=fare increase starts]], its board decided "
            "[[Monday|d=wd:Monday|c=board decided]]. | The increase is expected to bring in [[$45 million|f=45000000 USD|c=increase expected to bring in|a=45 million dollars]] a year.\n\n"
            "Ridership reached [[279 million|f=279000000 rides|c=ridership last year|a=279,000,000 rides]] rides last year, up [[14%|f=14 %|c=ridership growth|a=14 percent]]. | "
            "Board Chair Dr. Lena Ortiz said the agency faced a [[$730 million|f=730000000 USD|c=budget gap|a=730 million dollars]] budget gap "
            "once federal pandemic aid runs out in [[2026|d=2026]].\n\n"
            "\"No one wants to pay more, and I don't either,\" Ortiz said. | The board also approved [[200|f=200 buses|c=electric buses approved|a=200 buses~two hundred buses]] "
            "new electric buses, to arrive over [[three years|f=3 years|c=buses arrive over|a=3 years]]. | "
            "Reduced fares for seniors and students will stay in place, and the agency will hold public hearings on service cuts."
        ),
        "undated": ["public hearings on service cuts"],
        "unfigured": ["reduced fares for seniors"],
    },
    {
        "published": "2025-01-27",
        "text": (
            "MELBOURNE, Australia (AP) — Jannik Sinner beat Alexander Zverev [[6-3, 7-6 (4), 6-3|t]] on [[Sunday|d=wd:Sunday|c=Sinner beat Zverev]] "
            "to win his second straight Australian Open title. | The match lasted [[2 hours, 42 minutes|t]].\n\n"
            "Sinner, [[23|f=23 years|c=Sinner's age|a=23 years]], took home [[3.5 million Australian dollars|f=3500000 AUD|e=prize|c=prize money|a=AUD 3.5 million]] "
            "(about [[$2.2 million|f=2200000 USD|e=prize|c=prize money in US dollars|a=2.2 million dollars]]). | "
            "\"I didn't play my best tennis in the first week, but I found it,\" he said.\n\n"
            "Madison Keys won the women's title [[Saturday|d=wd:Saturday|c=Madison Keys won the women's title]], beating Aryna Sabalenka in "
            "[[three sets|f=3 sets|c=sets in the women's final|a=3 sets]]. | A record [[1.2 million|f=1200000 people|c=attendance record|a=1,200,000 people]] "
            "people attended the tournament over [[three weeks|f=3 weeks|c=tournament lasted|a=3 weeks]].\n\n"
            "Sinner said he would rest before his next tournament in Rotterdam. | Organizers plan to raise ticket prices again."
        ),
        "undated": ["Sinner's next tournament in Rotterdam"],
        "unfigured": ["organizers raise ticket prices"],
    },
    {
        "published": "2025-06-10",
        "text": (
            "PHOENIX — Temperatures reached [[118 degrees|f=118 degrees|c=temperatures reached in Phoenix|a=118 degrees]] in Phoenix on [[Monday|d=wd:Monday|c=temperatures reached 118 degrees]], "
            "breaking a record set in [[2013|d=2013]]. | The heat warning runs through [[Thursday|d=wd+:Thursday|c=heat warning runs through]].\n\n"
            "Maricopa County has confirmed [[12|f=12 deaths|c=heat deaths confirmed this year|a=twelve deaths]] heat deaths this year and is investigating "
            "[[45|f=45 deaths|c=deaths being investigated|a=forty-five deaths]] more. | Cooling centers open from [[8 a.m. to 8 p.m.|t]] in "
            "[[60|f=60 centers|c=cooling centers open|a=sixty centers]] locations.\n\n"
            "Electricity demand peaked at [[8,200 megawatts|f=8200 megawatts|c=electricity demand peaked|a=8200 MW~8.2 thousand megawatts]], the utility said, "
            "close to the [[8,400-megawatt|t]] capacity of its grid. | \"We're not there yet, but it is close,\" a spokesman said. | "
            "The utility has asked regulators to approve higher summer prices, and the county will open more cooling centers."
        ),
        "undated": ["county will open more cooling centers"],
        "unfigured": ["higher summer prices for the utility"],
    },
    {
        "published": "2024-09-23",
        "text": (
            "BOSTON — Harbor Health will build a [[$480 million|f=480000000 USD|c=cost of the new hospital tower|a=480 million dollars]] hospital tower in Dorchester, "
            "the company announced [[Sept. 19|d=2024-09-19|c=Harbor Health announced the tower]]. | The [[12-story|t]] building will add "
            "[[210|f=210 beds|c=beds the tower adds|a=210 beds]] beds and open in [[2028|d=2028]].\n\n"
            "Construction begins [[next month|d=2024-10]] and will create about [[1,500|f=1500 jobs|c=construction jobs|a=1500 jobs]] construction jobs, "
            "according to Mayor Michelle Wu's office. | The site covers [[4.5 acres|f=4.5 acres|c=the site covers|a=4.5 acre]].\n\n"
            "\"Nobody in this neighborhood should have to travel an hour for care,\" said CEO James Okoro. | "
            "The emergency department treated [[92,000|f=92000 patients|c=emergency department treated|a=92000 patients]] patients last year, "
            "[[30%|f=30 %|c=more than it was designed for|a=30 percent]] more than it was designed for. | "
            "The project still needs approval from state health regulators, and the hospital has not said whether parking fees will rise."
        ),
        "undated": ["approval from state health regulators"],
        "unfigured": ["hospital parking fees"],
    },
    {
        "published": "2025-04-04",
        "text": (
            "TOKYO — Japan's exports rose [[11.4%|f=11.4 %|c=exports rose in February|a=11.4 percent]] in [[February|d=2025-02]] from a year earlier, "
            "the Finance Ministry said [[Wednesday|d=wd:Wednesday|c=Finance Ministry said exports rose]], while imports fell [[0.7%|f=0.7 %|c=imports fell|a=0.7 percent]]. | "
            "The trade surplus was [[590.5 billion yen|f=590500000000 JPY|c=trade surplus|a=¥590.5 billion]].\n\n"
            "Car exports to the U.S. rose [[13%|f=13 %|c=car exports to the U.S.|a=13 percent]] ahead of tariffs that took effect "
            "[[April 3|d=2025-04-03|c=tariffs took effect]]. | \"We cannot say yet how deep the damage will be,\" said economist Kenji Mori.\n\n"
            "The yen traded at [[146.8|f=146.8 -|c=yen traded per dollar|a=146.80]] per dollar. | The ministry will release March figures on "
            "[[April 17|d=2025-04-17|c=release March figures]].\n\n"
            "Tokyo has begun talks with Washington on the tariffs. | Chip exports to China also rose, the ministry said."
        ),
        "undated": ["talks with Washington on the tariffs"],
        "unfigured": ["chip exports to China rose"],
    },
    {
        "published": "2025-08-29",
        "text": (
            "PORTLAND, Ore. — Firefighters had contained [[35%|f=35 %|c=fire contained|a=35 percent]] of the Ridge Creek fire by [[Thursday|d=wd:Thursday|c=fire contained by]] evening, "
            "after it burned [[62,000 acres|f=62000 acres|c=fire burned|a=62000 acres~62 thousand acres]] in a week. | "
            "About [[3,100|f=3100 firefighters|c=firefighters assigned|a=3100 firefighters]] firefighters were assigned to the blaze.\n\n"
            "The fire destroyed [[87|f=87 homes|c=homes destroyed|a=eighty-seven homes]] homes and [[140|f=140 buildings|c=other buildings destroyed|a=140 buildings]] other buildings. | "
            "It started on [[Aug. 21|d=2025-08-21|c=fire started]] when a power line fell, investigators said.\n\n"
            "\"I never thought it would reach us,\" said resident Mrs. Ellen Hart, [[71|f=71 years|c=Ellen Hart's age|a=71 years]]. | "
            "Evacuation orders covering [[8,000|f=8000 people|c=people under evacuation orders|a=8000 people]] people were lifted [[yesterday|d=rel:-1|c=evacuation orders lifted]].\n\n"
            "Several residents have filed lawsuits against the utility. | The state has not released the cost of fighting the fire."
        ),
        "undated": ["residents filed lawsuits against the utility"],
        "unfigured": ["cost of fighting the fire"],
    },
]

HELD_OUT: list[dict] = [
    {
        "published": "2025-11-05",
        "text": (
            "RICHMOND, Va. (AP) — Democrat Abigail Spanberger won the race for governor of Virginia [[Tuesday|d=wd:Tuesday|c=Spanberger won the race for governor]], "
            "taking [[57%|f=57 %|c=Spanberger's share of the vote|a=57 percent]] of the vote. | Turnout was about [[3.4 million|f=3400000 voters|c=voters turned out|a=3,400,000 voters]] voters.\n\n"
            "Spanberger will be sworn in on [[Jan. 17|d=2026-01-17|c=sworn in as governor]]. | \"This is not a victory for one party,\" she told supporters at [[11:40 p.m.|t]]\n\n"
            "Her campaign raised [[$40 million to $45 million|f=40000000..45000000 USD|c=campaign raised|a=$40 million~$45 million~42 million dollars]], filings show, "
            "more than twice what her opponent raised. | Polls had closed at [[7 p.m.|t]], and the race was called [[two hours|f=2 hours|c=race called after polls closed|a=2 hours]] later.\n\n"
            "Her opponent, Winsome Earle-Sears, conceded and said she would not request a recount. | Earle-Sears's campaign spending has not been reported."
        ),
        "undated": ["Earle-Sears conceded"],
        "unfigured": ["Earle-Sears's campaign spending"],
    },
    {
        "published": "2025-02-03",
        "text": (
            "LOS ANGELES — Officials said [[Saturday|d=wd:Saturday|c=officials said the fires were contained]] the Palisades and Eaton fires were fully contained "
            "after burning for [[24 days|f=24 days|c=fires burned for|a=twenty-four days]]. | Together they destroyed more than [[16,000|f=16000 structures|c=structures destroyed|a=16000 structures]] structures.\n\n"
            "The Eaton fire killed [[17|f=17 people|c=people killed by the Eaton fire|a=seventeen people]] people and the Palisades fire [[12|f=12 people|c=people killed by the Palisades fire|a=twelve people]]. | "
            "The fires began on [[Jan. 7|d=2025-01-07|c=fires began]], driven by winds of up to [[100 mph|f=100 mph|c=winds drove the fires|a=100 miles per hour]].\n\n"
            "Insured losses could reach [[$28 billion to $35 billion|f=28000000000..35000000000 USD|c=insured losses|a=$28 billion~$35 billion~30 billion dollars]], analysts said. | "
            "\"We can't rebuild overnight,\" Mayor Karen Bass said, \"but we will rebuild.\"\n\n"
            "Army engineers are removing debris, and the city has asked Congress for federal aid."
        ),
        "undated": ["Army engineers removing debris"],
        "unfigured": ["federal aid requested from Congress"],
    },
    {
        "published": "2025-10-10",
        "text": (
            "DETROIT — Carmaker Lakeshore Motors said [[Thursday|d=wd:Thursday|c=Lakeshore said it would recall]] it would recall about "
            "[[212,000|f=212000 vehicles|c=vehicles recalled|a=212000 vehicles~212 thousand vehicles]] vehicles because a seat belt may not latch. | "
            "The company knows of [[three|f=3 injuries|c=injuries linked to the defect|a=3 injuries]] injuries linked to the defect.\n\n"
            "Dealers will replace the buckle for free starting [[Nov. 24|d=2025-11-24|c=dealers start replacing the buckle]]. | "
            "Owners will be notified by mail within [[60 days|f=60 days|c=owners notified within|a=sixty days]].\n\n"
            "The recall covers models built between [[2021|d=2021]] and [[2023|d=2023]] at its Flat Rock plant, which employs [[4,300|f=4300 workers|c=Flat Rock plant employs|a=4300 workers]] "
            "workers. | Lakeshore's shares were little changed at [[$18.64|f=18.64 USD|c=shares were little changed at|a=18.64 dollars]].\n\n"
            "Federal regulators opened an investigation into the buckles, and the company did not say what the recall would cost."
        ),
        "undated": ["regulators opened an investigation into the buckles"],
        "unfigured": ["what the recall would cost"],
    },
    {
        "published": "2025-12-01",
        "text": (
            "GENEVA (Reuters) — The World Health Organization said on [[Friday|d=wd:Friday|c=WHO said measles cases rose]] that measles cases in Europe "
            "rose to [[127,350|f=127350 cases|c=measles cases in Europe last year|a=127350 cases]] last year, the highest since [[1997|d=1997]]. | "
            "Children under [[five|t]] accounted for more than [[40%|f=40 %|c=share of cases among young children|a=40 percent]] of cases.\n\n"
            "Romania reported [[30,692|f=30692 cases|c=cases in Romania|a=30692 cases]] cases, followed by Kazakhstan with [[28,147|f=28147 cases|c=cases in Kazakhstan|a=28147 cases]]. | "
            "\"No child should die of measles,\" said Dr. Hans Kluge, the WHO's Europe director.\n\n"
            "Vaccination rates for the first dose fell to [[93%|f=93 %|c=first-dose vaccination rate|a=93 percent]] in [[2023|d=2023]] from [[96%|f=96 %|c=vaccination rate before the pandemic|a=96 percent]] "
            "before the pandemic. | The agency will hold a meeting on vaccines on [[Dec. 9|d=2025-12-09|c=meeting on vaccines]].\n\n"
            "Health ministers have promised a new vaccination campaign. | Romania has also reported deaths from measles, mostly among infants."
        ),
        "undated": ["new vaccination campaign promised"],
        "unfigured": ["measles deaths in Romania"],
    },
    {
        "published": "2025-03-25",
        "text": (
            "SEATTLE — The Port of Seattle handled [[3.1 million|f=3100000 containers|c=containers handled last year|a=3,100,000 containers]] containers last year, "
            "up [[6%|f=6 %|c=container growth|a=6 percent]], port commissioners said [[Monday|d=wd:Monday|c=port commissioners said]]. | "
            "Cruise ships brought [[1.9 million|f=1900000 passengers|c=cruise passengers|a=1,900,000 passengers]] passengers.\n\n"
            "The port plans to spend [[$1.4 billion|f=1400000000 USD|c=port plans to spend|a=1.4 billion dollars]] over [[five years|f=5 years|c=spending period|a=5 years]] on new cranes "
            "and shore power. | \"We don't want ships idling at the dock,\" Commissioner Ryan Calkins said.\n\n"
            "The first of [[eight|f=8 cranes|c=new cranes|a=8 cranes]] new cranes arrived [[two weeks ago|d=rel:-14|c=first crane arrived]] from Shanghai. | "
            "Each stands [[300 feet|f=300 feet|c=height of each crane|a=300 ft]] tall and weighs [[1,600 tons|f=1600 tons|c=weight of each crane|a=1600 tons]].\n\n"
            "Dock workers' union leaders have asked for higher wages, and the port will start talks with the union."
        ),
        "undated": ["port will start talks with the union"],
        "unfigured": ["higher wages for dock workers"],
    },
    {
        "published": "2025-08-18",
        "text": (
            "MANILA, Philippines (AP) — A ferry carrying [[243|f=243 people|c=people on the ferry|a=243 people]] people caught fire off Basilan province late "
            "[[Saturday|d=wd:Saturday|c=ferry caught fire]], killing [[31|f=31 people|c=people killed in the ferry fire|a=thirty-one people]]. | "
            "The coast guard rescued [[195|f=195 people|c=people rescued by the coast guard|a=195 people]] people, and [[17|f=17 people|c=people missing|a=seventeen people]] were missing.\n\n"
            "The fire started in the engine room around [[11 p.m.|t]], the captain told investigators. | "
            "\"Some passengers jumped without life jackets,\" said coast guard spokesman Armand Balilo.\n\n"
            "The ferry was built in [[1998|d=1998]] and had passed an inspection [[last month|d=2025-07]]. | "
            "It was sailing from Zamboanga City to Jolo, a [[10-hour|t]] trip of about [[150 km|f=150 km|c=length of the trip|a=150 kilometers]].\n\n"
            "Prosecutors are considering charges against the ferry's owner, whose insurance will cover the victims' families."
        ),
        "undated": ["charges against the ferry's owner"],
        "unfigured": ["insurance payments to the victims' families"],
    },
    {
        "published": "2025-06-27",
        "text": (
            "NEW YORK — Zohran Mamdani won the Democratic primary for mayor of New York on [[Tuesday|d=wd:Tuesday|c=Mamdani won the primary]], "
            "with [[43.5%|f=43.5 %|c=Mamdani's first-round share|a=43.5 percent]] of first-choice votes to Andrew Cuomo's [[36.4%|f=36.4 %|c=Cuomo's first-round share|a=36.4 percent]]. | "
            "More than [[1 million|f=1000000 votes|c=votes cast in the primary|a=1,000,000 votes]] votes were cast.\n\n"
            "Ranked-choice results will be released on [[July 1|d=2025-07-01|c=ranked-choice results released]]. | "
            "\"I will not stop fighting for a city you can afford,\" Mamdani said.\n\n"
            "The general election is on [[Nov. 4|d=2025-11-04|c=general election]]. | Mamdani, [[33|f=33 years|c=Mamdani's age|a=33 years]], "
            "would be the city's youngest mayor in more than a century.\n\n"
            "Cuomo has not ruled out running as an independent. | Outside groups spent heavily on Cuomo's campaign."
        ),
        "undated": ["Cuomo running as an independent"],
        "unfigured": ["outside groups spent on Cuomo's campaign"],
    },
    {
        "published": "2024-12-12",
        "text": (
            "FRANKFURT, Germany — The European Central Bank cut its deposit rate to [[3%|f=3 %|c=deposit rate cut to|a=3 percent]] on [[Thursday|d=wd:Thursday|c=ECB cut its deposit rate]], "
            "its fourth cut this year. | It lowered its growth forecast for [[2025|d=2025]] to [[1.1%|f=1.1 %|c=growth forecast|a=1.1 percent]] from [[1.3%|f=1.3 %|c=previous growth forecast|a=1.3 percent]].\n\n"
            "\"We are not yet at our goal,\" President Christine Lagarde said at a news conference. | Inflation in the euro zone was [[2.3%|f=2.3 %|c=euro zone inflation in November|a=2.3 percent]] "
            "in [[November|d=2024-11]].\n\n"
            "The bank's next meeting is [[Jan. 30|d=2025-01-30|c=next meeting]]. | Analysts expect the rate to fall to about [[2%|f=2 %|c=rate expected by summer|a=2 percent]] by summer.\n\n"
            "The bank has stopped reinvesting proceeds from its bond purchases, and bank lending to companies remains weak."
        ),
        "undated": ["stopped reinvesting proceeds from bond purchases"],
        "unfigured": ["bank lending to companies"],
    },
    {
        "published": "2025-09-08",
        "text": (
            "AUSTIN, Texas — The University of Texas said [[Friday|d=wd:Friday|c=university said enrollment hit a record]] that enrollment hit a record "
            "[[53,082|f=53082 students|c=enrollment record|a=53082 students]] students this fall, including [[9,240|f=9240 students|c=first-year students|a=9240 students]] first-year students. | "
            "Tuition for in-state students rose [[3.9%|f=3.9 %|c=in-state tuition rose|a=3.9 percent]] to [[$11,678|f=11678 USD|c=in-state tuition per year|a=11678 dollars]] a year.\n\n"
            "The university opened [[two|f=2 dormitories|c=new dormitories opened|a=2 dormitories]] new dormitories with [[1,100|f=1100 beds|c=beds in the new dormitories|a=1100 beds]] beds. | "
            "\"We didn't build enough housing for years,\" said Provost Sharon Wood.\n\n"
            "Classes began on [[Aug. 25|d=2025-08-25|c=classes began]]. | The university's endowment is about [[$47 billion|f=47000000000 USD|c=endowment|a=47 billion dollars]].\n\n"
            "Regents are considering a new medical school in San Antonio. | Out-of-state tuition also rose."
        ),
        "undated": ["new medical school in San Antonio"],
        "unfigured": ["out-of-state tuition rose"],
    },
    {
        "published": "2025-04-22",
        "text": (
            "VATICAN CITY (AP) — Pope Francis died on [[Monday|d=wd:Monday|c=Pope Francis died]] at age [[88|f=88 years|c=Pope's age at death|a=88 years]], the Vatican said. | "
            "He had spent [[38 days|f=38 days|c=time in hospital with pneumonia|a=thirty-eight days]] in hospital with pneumonia earlier this year.\n\n"
            "Francis was elected on [[March 13, 2013|d=2013-03-13|c=Francis was elected]], the first pope from Latin America. | "
            "\"He never stopped asking us to care for the poor,\" said a priest in St. Peter's Square.\n\n"
            "Cardinals under [[80|f=80 years|c=age limit for cardinals voting|a=eighty years]] — [[135|f=135 cardinals|c=cardinals eligible to vote|a=135 cardinals]] of them — will elect his successor. | "
            "The funeral is expected between [[April 25 and 27|d=2025-04-25..2025-04-27|c=funeral expected]].\n\n"
            "The conclave to choose the next pope will begin after [[nine days|f=9 days]] of mourning, and thousands of mourners lined up to pay their respects."
        ),
        "undated": ["conclave to choose the next pope"],
        "unfigured": ["mourners lined up to pay respects"],
    },
    {
        "published": "2025-01-14",
        "text": (
            "JAKARTA (Reuters) - Indonesia's free meals program reached [[570,000|f=570000 children|c=children reached by the free meals program|a=570000 children]] children "
            "in its first week, officials said [[Monday|d=wd:Monday|c=officials said the program reached]]. | The program started on [[Jan. 6|d=2025-01-06|c=free meals program started]].\n\n"
            "The government has budgeted [[71 trillion rupiah|f=71000000000000 IDR|e=budget|c=budget for the program|a=Rp71 trillion~Rp 71 triliun]] ([[$4.4 billion|f=4400000000 USD|e=budget|c=budget in dollars|a=4.4 billion dollars]]) "
            "for this year. | Each meal costs about [[10,000 rupiah|f=10000 IDR|c=cost of each meal|a=Rp10,000]].\n\n"
            "\"Not every school has a kitchen yet,\" a ministry official said. | The goal is to reach [[82.9 million|f=82900000 people|c=goal of people reached|a=82,900,000 people]] people by [[2029|d=2029]].\n\n"
            "The program will later expand to pregnant women, and the government is building new kitchens across the country."
        ),
        "undated": ["program expands to pregnant women"],
        "unfigured": ["new kitchens being built"],
    },
    {
        "published": "2025-10-31",
        "text": (
            "MIAMI — Hurricane Melissa made landfall in Jamaica on [[Tuesday|d=wd:Tuesday|c=Melissa made landfall in Jamaica]] with winds of "
            "[[185 mph|f=185 mph|c=winds at landfall in Jamaica|a=185 miles per hour]], the strongest storm on record to hit the island. | "
            "At least [[28|f=28 people|c=people killed in Jamaica|a=twenty-eight people]] people were killed there.\n\n"
            "In Haiti, flooding killed at least [[31|f=31 people|c=people killed in Haiti|a=thirty-one people]] people. | "
            "Jamaica's prime minister said damage could reach [[$6 billion to $7 billion|f=6000000000..7000000000 USD|c=damage in Jamaica|a=$6 billion~$7 billion]].\n\n"
            "The storm weakened to a Category 2 over Cuba on [[Wednesday|d=wd:Wednesday|c=storm weakened over Cuba]]. | "
            "\"We have not seen anything like this,\" said a resident of Black River, where [[90%|f=90 %|c=roofs damaged in Black River|a=90 percent]] of roofs were damaged.\n\n"
            "Power has been restored in parts of Kingston, and the United States has pledged aid."
        ),
        "undated": ["power restored in parts of Kingston"],
        "unfigured": ["aid pledged by the United States"],
    },
]


def articles():
    """The articles as `value_cases.Article`s: text without mark-up, values with their spans."""
    import datetime as dt
    import re
    from decimal import Decimal

    from value_cases import Article, Value

    weekdays = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    found = []
    for half, batch in (("tuning", TUNING), ("held-out", HELD_OUT)):
        for n, entry in enumerate(batch):
            published = dt.date.fromisoformat(entry["published"])
            text, values, sentences = "", [], []
            start = 0
            for paragraph_number, paragraph in enumerate(entry["text"].split("\n\n")):
                if paragraph_number:
                    text += "\n\n"
                for k, sentence in enumerate(paragraph.split(" | ")):
                    if k:
                        text += " "
                    start = len(text)
                    pieces = re.split(r"\[\[(.*?)\]\]", sentence)
                    for i, piece in enumerate(pieces):
                        if i % 2 == 0:
                            text += piece
                            continue
                        surface, *specs = piece.split("|")
                        at = len(text)
                        text += surface
                        value = _value(surface, specs, at, published, weekdays, Value, Decimal, dt)
                        if value is not None:
                            value.sentence = len(sentences)
                            values.append(value)
                    sentences.append((start, len(text)))
            found.append(Article(f"en-{half}-{n}", "en", half, text, published, sentences, values,
                                 list(entry["undated"]), list(entry["unfigured"])))
    return found


def _value(surface, specs, at, published, weekdays, Value, Decimal, dt):
    fields = dict(s.split("=", 1) if "=" in s else (s, "") for s in specs)
    if "t" in fields:
        return None
    context, alts = fields.get("c"), [a for a in fields.get("a", "").split("~") if a]
    if "d" in fields:
        spec = fields["d"]
        if spec.startswith(("wd:", "wd+:")):
            weekday = weekdays.index(spec.split(":")[1].casefold())
            back = (published.weekday() - weekday) % 7
            day = published - dt.timedelta(days=back) if spec.startswith("wd:") else \
                published + dt.timedelta(days=(weekday - published.weekday()) % 7 or 7)
            lo = hi = day
            grain = "day"
        elif spec.startswith("rel:"):
            lo = hi = published + dt.timedelta(days=int(spec[4:]))
            grain = "day"
        elif ".." in spec:
            a, b = spec.split("..")
            lo, hi, grain = dt.date.fromisoformat(a), dt.date.fromisoformat(b), "day"
        elif len(spec) == 4:
            lo, hi, grain = dt.date(int(spec), 1, 1), dt.date(int(spec), 12, 31), "year"
        elif len(spec) == 7:
            import calendar

            y, m = map(int, spec.split("-"))
            lo, hi, grain = dt.date(y, m, 1), dt.date(y, m, calendar.monthrange(y, m)[1]), "month"
        else:
            lo = hi = dt.date.fromisoformat(spec)
            grain = "day"
        return Value("date", at, at + len(surface), surface, lo, hi, None, grain, context, alts, same=fields.get("e"))
    amount, _, unit = fields["f"].partition(" ")
    lo, _, hi = amount.partition("..")
    return Value("figure", at, at + len(surface), surface, Decimal(lo), Decimal(hi or lo),
                 None if unit in ("", "-") else unit, "value", context, alts, same=fields.get("e"))
