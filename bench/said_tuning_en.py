"""Tuning English `said:` cases (our own text, free to ship): the statement-support judge was
tuned on these. See said_cases.py for what a case is and what each kind means."""

TUNING: list = [
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
    (
        "LONDON — Prime Minister Keir Starmer said Monday that the government would build 1.5 million "
        "homes by the end of the parliament. \"This is the biggest building program in a generation,\" "
        "Starmer told reporters in Kent.\n\n"
        "Conservative leader Kemi Badenoch said the target was unrealistic. \"They have already missed "
        "their first-year numbers,\" she said. Badenoch added that planning reforms would hurt rural "
        "communities.",
        [
            ("Keir Starmer", "the government would build 1.5 million homes by the end of the parliament", "supported"),
            ("Keir Starmer", "this is the biggest building program in a generation", "supported"),
            ("Kemi Badenoch", "the housing target was unrealistic", "supported"),
            ("Kemi Badenoch", "the government already missed its first-year numbers", "supported"),
            ("Kemi Badenoch", "planning reforms would hurt rural communities", "supported"),
            ("Keir Starmer", "the government would build 2.5 million homes by the end of the parliament", "contradicted"),
            ("Keir Starmer", "this is the smallest building program in a generation", "contradicted"),
            ("Kemi Badenoch", "the housing target was realistic", "contradicted"),
            ("Kemi Badenoch", "planning reforms would help rural communities", "contradicted"),
            ("Kemi Badenoch", "planning reforms would hurt urban communities", "contradicted"),
            ("Keir Starmer", "the target was unrealistic", "other"),
            ("Keir Starmer", "planning reforms would hurt rural communities", "other"),
            ("Kemi Badenoch", "this is the biggest building program in a generation", "other"),
            ("Keir Starmer", "they have already missed their first-year numbers", "other"),
            ("Kemi Badenoch", "the government would build 1.5 million homes", "other"),
        ],
    ),
    (
        "Boeing's chief executive, Kelly Ortberg, said on Wednesday that the company would raise 737 "
        "production to 38 jets a month by the summer. He said quality checks had improved since the "
        "door-plug blowout in January.\n\n"
        "\"We are not going to rush this,\" Ortberg said on a call with analysts.\n\n"
        "The union's president, Jon Holden, said workers were still short of parts. \"Morale is low on "
        "the floor,\" Holden said.",
        [
            ("Kelly Ortberg", "Boeing would raise 737 production to 38 jets a month by the summer", "supported"),
            ("Kelly Ortberg", "quality checks had improved since the door-plug blowout", "supported"),
            ("Kelly Ortberg", "Boeing is not going to rush this", "supported"),
            ("Jon Holden", "workers were still short of parts", "supported"),
            ("Jon Holden", "morale is low on the floor", "supported"),
            ("Kelly Ortberg", "Boeing would raise 737 production to 83 jets a month", "contradicted"),
            ("Kelly Ortberg", "Boeing would cut 737 production to 38 jets a month", "contradicted"),
            ("Kelly Ortberg", "quality checks had worsened since the door-plug blowout", "contradicted"),
            ("Kelly Ortberg", "Boeing is going to rush this", "contradicted"),
            ("Jon Holden", "morale is high on the floor", "contradicted"),
            ("Kelly Ortberg", "morale is low on the floor", "other"),
            ("Kelly Ortberg", "workers were still short of parts", "other"),
            ("Jon Holden", "quality checks had improved since the door-plug blowout", "other"),
            ("Jon Holden", "Boeing would raise 737 production to 38 jets a month", "other"),
        ],
    ),
    (
        "County health officer Dr. Sara Lindqvist said the measles outbreak had grown to 46 cases, most "
        "of them in unvaccinated children. \"This was preventable,\" she said.\n\n"
        "Lindqvist said free vaccination clinics would open at five schools next week.\n\n"
        "Parent Mark Delaney, whose son is recovering, said he had not vaccinated his children because "
        "of what he read online. \"I was wrong,\" Delaney said. \"I would do it differently now.\"",
        [
            ("Sara Lindqvist", "the measles outbreak had grown to 46 cases", "supported"),
            ("Sara Lindqvist", "most cases were in unvaccinated children", "supported"),
            ("Sara Lindqvist", "free vaccination clinics would open at five schools next week", "supported"),
            ("Mark Delaney", "he had not vaccinated his children because of what he read online", "supported"),
            ("Mark Delaney", "he was wrong", "supported"),
            ("Sara Lindqvist", "the measles outbreak had grown to 64 cases", "contradicted"),
            ("Sara Lindqvist", "most cases were in vaccinated children", "contradicted"),
            ("Sara Lindqvist", "free vaccination clinics would open at nine schools next week", "contradicted"),
            ("Sara Lindqvist", "this was not preventable", "contradicted"),
            ("Mark Delaney", "he had vaccinated his children", "contradicted"),
            ("Mark Delaney", "this was preventable", "other"),
            ("Mark Delaney", "free vaccination clinics would open at five schools next week", "other"),
            ("Sara Lindqvist", "he was wrong and would do it differently now", "other"),
            ("Mark Delaney", "the measles outbreak had grown to 46 cases", "other"),
        ],
    ),
    (
        "Tesla shares fell 8 percent on Thursday after the company reported lower deliveries for the "
        "third straight quarter. Dan Ives, an analyst at Wedbush Securities, said the drop was an "
        "overreaction. \"The long-term story is intact,\" Ives said.\n\n"
        "Gene Munster of Deepwater Asset Management was less upbeat. He said competition from Chinese "
        "carmakers was the biggest threat to Tesla's margins and would not ease this year.",
        [
            ("Dan Ives", "the drop in Tesla shares was an overreaction", "supported"),
            ("Dan Ives", "the long-term story is intact", "supported"),
            ("Gene Munster", "competition from Chinese carmakers was the biggest threat to Tesla's margins", "supported"),
            ("Gene Munster", "competition from Chinese carmakers would not ease this year", "supported"),
            ("Dan Ives", "the long-term story is broken", "contradicted"),
            ("Gene Munster", "competition from Chinese carmakers was the smallest threat to Tesla's margins", "contradicted"),
            ("Gene Munster", "competition from Chinese carmakers would ease this year", "contradicted"),
            ("Gene Munster", "competition from Japanese carmakers was the biggest threat to Tesla's margins", "contradicted"),
            ("Gene Munster", "the long-term story is intact", "other"),
            ("Gene Munster", "the drop was an overreaction", "other"),
            ("Dan Ives", "competition from Chinese carmakers was the biggest threat to Tesla's margins", "other"),
            ("Dan Ives", "competition from Chinese carmakers would not ease this year", "other"),
        ],
    ),
    (
        "The Seattle school board voted 5-2 on Wednesday to close four elementary schools next fall. "
        "Board president Liza Rankin said the district faced a $100 million deficit and had no other "
        "choice.\n\n"
        "\"Nobody on this board wanted to do this,\" Rankin said.\n\n"
        "Board member Joe Mizrahi, who voted against the plan, said the district had not listened to "
        "families. According to Mizrahi, the closures would save less than $5 million a year.",
        [
            ("Liza Rankin", "the district faced a $100 million deficit", "supported"),
            ("Liza Rankin", "the district had no other choice", "supported"),
            ("Liza Rankin", "nobody on the board wanted to do this", "supported"),
            ("Joe Mizrahi", "the district had not listened to families", "supported"),
            ("Joe Mizrahi", "the closures would save less than $5 million a year", "supported"),
            ("Liza Rankin", "the district faced a $10 million deficit", "contradicted"),
            ("Liza Rankin", "the district had another choice", "contradicted"),
            ("Joe Mizrahi", "the district had listened to families", "contradicted"),
            ("Joe Mizrahi", "the closures would save more than $5 million a year", "contradicted"),
            ("Joe Mizrahi", "the closures would save less than $50 million a year", "contradicted"),
            ("Joe Mizrahi", "nobody on this board wanted to do this", "other"),
            ("Joe Mizrahi", "the district faced a $100 million deficit", "other"),
            ("Liza Rankin", "the district had not listened to families", "other"),
            ("Liza Rankin", "the closures would save less than $5 million a year", "other"),
        ],
    ),
    (
        "\"We found the boat three miles offshore,\" said Petty Officer Sam Whitaker of the Coast Guard. "
        "\"All six people on board were alive.\"\n\n"
        "Whitaker said the boat had run out of fuel late Saturday and drifted overnight.\n\n"
        "The boat's owner, Greg Tully, thanked the rescuers. \"I should have checked the tank before we "
        "left,\" Tully said. \"I will never make that mistake again.\"",
        [
            ("Sam Whitaker", "the Coast Guard found the boat three miles offshore", "supported"),
            ("Sam Whitaker", "all six people on board were alive", "supported"),
            ("Sam Whitaker", "the boat had run out of fuel late Saturday", "supported"),
            ("Greg Tully", "he should have checked the tank before they left", "supported"),
            ("Greg Tully", "he will never make that mistake again", "supported"),
            ("Sam Whitaker", "the Coast Guard found the boat thirty miles offshore", "contradicted"),
            ("Sam Whitaker", "all seven people on board were alive", "contradicted"),
            ("Sam Whitaker", "the boat had run out of fuel late Friday", "contradicted"),
            ("Greg Tully", "he will make that mistake again", "contradicted"),
            ("Greg Tully", "he had checked the tank before they left", "contradicted"),
            ("Greg Tully", "all six people on board were alive", "other"),
            ("Greg Tully", "the boat had run out of fuel late Saturday and drifted overnight", "other"),
            ("Sam Whitaker", "he should have checked the tank before they left", "other"),
            ("Sam Whitaker", "he will never make that mistake again", "other"),
        ],
    ),
    (
        "Senator Maria Cantwell said the spectrum auction would raise at least $80 billion for the "
        "Treasury. She said rural carriers would get a share of the licenses.\n\n"
        "Ted Cruz, the committee's ranking Republican, said the bill gave too much power to the Federal "
        "Communications Commission. \"Congress should set the rules, not unelected bureaucrats,\" Cruz "
        "said.",
        [
            ("Maria Cantwell", "the spectrum auction would raise at least $80 billion", "supported"),
            ("Maria Cantwell", "rural carriers would get a share of the licenses", "supported"),
            ("Ted Cruz", "the bill gave too much power to the Federal Communications Commission", "supported"),
            ("Ted Cruz", "Congress should set the rules, not unelected bureaucrats", "supported"),
            ("Maria Cantwell", "the spectrum auction would raise at least $18 billion", "contradicted"),
            ("Maria Cantwell", "rural carriers would not get a share of the licenses", "contradicted"),
            ("Ted Cruz", "the bill gave too little power to the Federal Communications Commission", "contradicted"),
            ("Ted Cruz", "unelected bureaucrats should set the rules, not Congress", "contradicted"),
            ("Ted Cruz", "the spectrum auction would raise at least $80 billion", "other"),
            ("Ted Cruz", "rural carriers would get a share of the licenses", "other"),
            ("Maria Cantwell", "Congress should set the rules, not unelected bureaucrats", "other"),
            ("Maria Cantwell", "the bill gave too much power to the FCC", "other"),
            ("Maria Cantwell", "the bill gave too much power to the Federal Communications Commission", "other"),
        ],
    ),
    (
        "The museum's director, Anne Feldman, said the stolen painting had been recovered in good "
        "condition. \"It is back where it belongs,\" Feldman said on Friday.\n\n"
        "Detective Luis Ortega said two men had been arrested in Newark. He said the painting was "
        "found rolled up in a closet. Ortega said investigators were still looking for a third suspect.",
        [
            ("Anne Feldman", "the stolen painting had been recovered in good condition", "supported"),
            ("Anne Feldman", "the painting is back where it belongs", "supported"),
            ("Luis Ortega", "two men had been arrested in Newark", "supported"),
            ("Luis Ortega", "the painting was found rolled up in a closet", "supported"),
            ("Luis Ortega", "investigators were still looking for a third suspect", "supported"),
            ("Anne Feldman", "the stolen painting had been recovered in poor condition", "contradicted"),
            ("Luis Ortega", "three men had been arrested in Newark", "contradicted"),
            ("Luis Ortega", "two men had been arrested in Trenton", "contradicted"),
            ("Luis Ortega", "two men had been released in Newark", "contradicted"),
            ("Anne Feldman", "two men had been arrested in Newark", "other"),
            ("Anne Feldman", "investigators were still looking for a third suspect", "other"),
            ("Luis Ortega", "the painting is back where it belongs", "other"),
            ("Anne Feldman", "the painting was found rolled up in a closet", "other"),
            ("Luis Ortega", "the stolen painting had been recovered in good condition", "other"),
        ],
    ),
]
