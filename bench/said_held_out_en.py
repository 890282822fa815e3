"""Held-out English `said:` cases (our own text, free to ship): written before the
statement-support judge of issue 13 item 4 was built and never tuned on. See said_cases.py
for what a case is and what each kind means."""

HELD_OUT: list = [
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
    (
        "SACRAMENTO — State Sen. Laura Whitfield said Thursday that her comments about the water bond "
        "had been taken out of context by reporters.\n\n"
        "\"I did not say farmers should get less water,\" Whitfield said. \"I said every district has to "
        "share the cuts.\"\n\n"
        "Tom Brady Jr., who heads the Central Valley Growers Association, said the cuts would cost his "
        "members $200 million this year. \"Some of our orchards will not survive the summer,\" he said.",
        [
            ("Laura Whitfield", "her comments about the water bond were taken out of context by reporters", "supported"),
            ("Laura Whitfield", "she did not say farmers should get less water", "supported"),
            ("Laura Whitfield", "every district has to share the cuts", "supported"),
            ("Tom Brady Jr.", "the cuts would cost growers $200 million this year", "supported"),
            ("Tom Brady Jr.", "some orchards will not survive the summer", "supported"),
            ("Laura Whitfield", "reporters quoted her comments about the water bond accurately", "contradicted"),
            ("Laura Whitfield", "she said farmers should get less water", "contradicted"),
            ("Tom Brady Jr.", "the cuts would cost growers $20 million this year", "contradicted"),
            ("Tom Brady Jr.", "all of the orchards will survive the summer", "contradicted"),
            ("Laura Whitfield", "some orchards will not survive the summer", "other"),
            ("Tom Brady Jr.", "every district has to share the cuts", "other"),
            ("Laura Whitfield", "the cuts would cost growers $200 million this year", "other"),
        ],
    ),
    (
        "Fire Chief Dan Morales said the blaze that destroyed the Riverside warehouse was started by "
        "faulty wiring. \"There is no sign of arson,\" Morales said at a news conference Monday.\n\n"
        "The building's owner, Carla Benson, disputed that account. She said an electrician had "
        "inspected the wiring in March and found no problems.\n\n"
        "\"We will hire our own investigator,\" Benson said.\n\n"
        "Morales added that 60 firefighters fought the fire for nine hours.",
        [
            ("Dan Morales", "the warehouse fire was started by faulty wiring", "supported"),
            ("Dan Morales", "there is no sign of arson", "supported"),
            ("Dan Morales", "60 firefighters fought the fire for nine hours", "supported"),
            ("Carla Benson", "an electrician inspected the wiring in March and found no problems", "supported"),
            ("Carla Benson", "she will hire her own investigator", "supported"),
            ("Dan Morales", "there are signs of arson", "contradicted"),
            ("Dan Morales", "60 firefighters fought the fire for five hours", "contradicted"),
            ("Dan Morales", "16 firefighters fought the fire for nine hours", "contradicted"),
            ("Carla Benson", "an electrician inspected the wiring in May and found no problems", "contradicted"),
            ("Carla Benson", "an electrician inspected the wiring in March and found problems", "contradicted"),
            ("Carla Benson", "there is no sign of arson", "other"),
            ("Dan Morales", "an electrician inspected the wiring in March and found no problems", "other"),
            ("Carla Benson", "60 firefighters fought the fire for nine hours", "other"),
        ],
    ),
    (
        "The European Central Bank left interest rates unchanged on Thursday. Its president, Christine "
        "Lagarde, said inflation was falling faster than expected but warned that wage growth remained "
        "strong.\n\n"
        "\"We are not yet at the point where we can declare victory,\" Lagarde told reporters in "
        "Frankfurt.\n\n"
        "Holger Schmieding, chief economist at Berenberg, said he expected the first rate cut in June. "
        "\"Markets are too optimistic about March,\" he said.",
        [
            ("Christine Lagarde", "inflation was falling faster than expected", "supported"),
            ("Christine Lagarde", "wage growth remained strong", "supported"),
            ("Christine Lagarde", "the bank is not yet at the point where it can declare victory", "supported"),
            ("Holger Schmieding", "he expected the first rate cut in June", "supported"),
            ("Holger Schmieding", "markets are too optimistic about March", "supported"),
            ("Christine Lagarde", "inflation was rising faster than expected", "contradicted"),
            ("Christine Lagarde", "wage growth remained weak", "contradicted"),
            ("Christine Lagarde", "the bank is at the point where it can declare victory", "contradicted"),
            ("Holger Schmieding", "he expected the first rate cut in March", "contradicted"),
            ("Holger Schmieding", "markets are too pessimistic about March", "contradicted"),
            ("Holger Schmieding", "inflation was falling faster than expected", "other"),
            ("Christine Lagarde", "he expected the first rate cut in June", "other"),
            ("Christine Lagarde", "markets are too optimistic about March", "other"),
        ],
    ),
    (
        "Coach Rebecca Lowe said her team played its best half of the season in Saturday's 3-1 win over "
        "Portland. \"We were brave on the ball,\" she said.\n\n"
        "Portland manager Ian Carver blamed the loss on two defensive errors. \"We gave them two goals,\" "
        "Carver said. \"That cannot happen at this level.\"\n\n"
        "Carver said his captain, Leo Mendes, would miss the next game with a hamstring injury.",
        [
            ("Rebecca Lowe", "her team played its best half of the season", "supported"),
            ("Rebecca Lowe", "the team was brave on the ball", "supported"),
            ("Ian Carver", "the loss came from two defensive errors", "supported"),
            ("Ian Carver", "Leo Mendes would miss the next game with a hamstring injury", "supported"),
            ("Rebecca Lowe", "her team played its worst half of the season", "contradicted"),
            ("Ian Carver", "Leo Mendes would play the next game despite a hamstring injury", "contradicted"),
            ("Ian Carver", "Leo Mendes would miss the next game with a knee injury", "contradicted"),
            ("Ian Carver", "Portland gave them three goals", "contradicted"),
            ("Rebecca Lowe", "Leo Mendes would miss the next game with a hamstring injury", "other"),
            ("Ian Carver", "the team was brave on the ball", "other"),
            ("Rebecca Lowe", "that cannot happen at this level", "other"),
        ],
    ),
    (
        "Mayor Andre Dickens announced Tuesday that the city will open four new homeless shelters "
        "before winter. \"Nobody should sleep outside in this city when it freezes,\" Dickens said.\n\n"
        "Councilwoman Keisha Waites welcomed the plan but said the shelters would cover fewer than half "
        "of the people sleeping outside. She said the city counted 2,700 unsheltered residents in "
        "January.\n\n"
        "Dickens said the shelters would cost $12 million, paid from federal funds.",
        [
            ("Andre Dickens", "the city will open four new homeless shelters before winter", "supported"),
            ("Andre Dickens", "nobody should sleep outside when it freezes", "supported"),
            ("Andre Dickens", "the shelters would cost $12 million paid from federal funds", "supported"),
            ("Keisha Waites", "the shelters would cover fewer than half of the people sleeping outside", "supported"),
            ("Keisha Waites", "the city counted 2,700 unsheltered residents in January", "supported"),
            ("Andre Dickens", "the city will close four homeless shelters before winter", "contradicted"),
            ("Andre Dickens", "the shelters would cost $21 million", "contradicted"),
            ("Andre Dickens", "the shelters would be paid from state funds", "contradicted"),
            ("Keisha Waites", "the city counted 7,200 unsheltered residents in January", "contradicted"),
            ("Keisha Waites", "the shelters would cover more than half of the people sleeping outside", "contradicted"),
            ("Keisha Waites", "nobody should sleep outside when it freezes", "other"),
            ("Andre Dickens", "the city counted 2,700 unsheltered residents in January", "other"),
            ("Keisha Waites", "the shelters would cost $12 million", "other"),
        ],
    ),
    (
        "Dr. Helen Cho, an epidemiologist at Johns Hopkins, said the new vaccine cut hospital admissions "
        "by 70 percent in the trial. \"It works best in people over 65,\" Cho said.\n\n"
        "But Dr. Marcus Webb, a pediatrician who was not involved in the study, said the trial had too "
        "few children to draw conclusions. \"Parents should wait for more data,\" Webb said.",
        [
            ("Helen Cho", "the new vaccine cut hospital admissions by 70 percent in the trial", "supported"),
            ("Helen Cho", "the vaccine works best in people over 65", "supported"),
            ("Marcus Webb", "the trial had too few children to draw conclusions", "supported"),
            ("Marcus Webb", "parents should wait for more data", "supported"),
            ("Helen Cho", "the new vaccine cut hospital admissions by 17 percent", "contradicted"),
            ("Helen Cho", "the vaccine works worst in people over 65", "contradicted"),
            ("Marcus Webb", "the trial had too many children to draw conclusions", "contradicted"),
            ("Marcus Webb", "parents should not wait for more data", "contradicted"),
            ("Helen Cho", "parents should wait for more data", "other"),
            ("Marcus Webb", "the vaccine works best in people over 65", "other"),
            ("Helen Cho", "the trial had too few children to draw conclusions", "other"),
        ],
    ),
]
