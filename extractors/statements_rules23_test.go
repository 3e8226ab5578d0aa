package extractors

import "testing"

// stmtRuleCasesTwentyThird are the rules of the twenty-third session,
// each in sentences of our own that fail without it.
var stmtRuleCasesTwentyThird = []stmtCase{
	{"'said Ann Lee, the mother of a victim, who lost her son in the flood is wrong': a relative clause left unclosed runs on to the verb of the noun it describes (but 'denounced the plan, which …' still ends at the clause)", []string{
		"At the hearing, Mayor Tom Hale said Ann Lee, the mother of one of the victims, who lost her son in the 2019 flood is “simply mistaken” about the warnings.",
		"Hale also denounced the levee plan, which engineers say would fail again."},
		[]wantStmt{
			{"Tom Hale", "said", KindMixed, "Ann Lee, the mother of one of the victims, who lost her son in the 2019 flood is “simply mistaken” about the warnings", ""},
			{"Tom Hale", "denounced", KindIndirect, "the levee plan", ""},
			{"engineers", "say", KindIndirect, "would fail again", ""}}},
	{"'implied it was her fault - although the video showed …': a dash and 'although' open the writer's objection, not the source's words", []string{
		"Tom Hale conceded that the guard had pushed the reporter but implied that it was her fault for “charging” at him - although the video he posted showed nothing of the kind."},
		[]wantStmt{
			{"Tom Hale", "conceded", KindIndirect, "the guard had pushed the reporter", ""},
			{"Tom Hale", "implied", KindMixed, "it was her fault for “charging” at him", ""}}},
	{"''A long night.'' on a line of its own, in an article that quotes with double marks: a subheading, not a quotation of the last speaker", []string{
		"Ann Lee, a nurse at the plant clinic, has worked there for twelve years. “It was a good place to work,” she said.",
		"'A long night.'",
		"Tom Hale, the plant manager, said “the decision was a long night for all of us” and the move would go ahead."},
		[]wantStmt{
			{"Ann Lee", "said", KindDirect, "It was a good place to work", ""},
			{"Tom Hale", "said", KindMixed, "“the decision was a long night for all of us” and the move would go ahead", ""}}},
	{"'forecast that …': a prediction said aloud (not 'the forecast shows')", []string{
		"Mayor Tom Hale forecast that the budget gap would close within two years."},
		[]wantStmt{
			{"Tom Hale", "forecast", KindIndirect, "the budget gap would close within two years", ""}}},
	{"'“…,” the Ukrainian leader said' after 'President Ivan Sorenko held forth …': a demonym and 'leader' refer back to the president in focus", []string{
		"The news conference ran for three hours on Friday.",
		"President Ivan Sorenko held forth on the war, the budget and his critics.",
		"“Nobody should doubt our resolve,” the Ukrainian leader said."},
		[]wantStmt{
			{"Ivan Sorenko", "said", KindDirect, "Nobody should doubt our resolve", ""}}},
	{"'One in four voters in a poll said …': a poll's finding (but 'One in four officials said' is what they said)", []string{
		"One in four voters in a county poll last spring said the bridge should be closed.",
		"One in four officials said the plan would fail."},
		[]wantStmt{
			{"One in four officials", "said", KindIndirect, "the plan would fail", ""}}},
	{"'sent out an email fundraising appeal that …': a singular noun after 'an', no verb of appealing", []string{
		"The mayor's campaign sent out an email fundraising appeal that warned of a close race."},
		nil},
	{"'called her remarks on 9/11 a “new low”': a phrase inside the object, then 'a' and the quoted verdict (not 'called the mayor on Monday a second time')", []string{
		"Party chair Tom Hale called the senator's remarks on 9/11 a “new low” for the campaign.",
		"Lee called the mayor on Monday a second time."},
		[]wantStmt{
			{"Tom Hale", "called", KindMixed, "the senator's remarks on 9/11 a “new low” for the campaign", ""}}},
	{"a transcript whose turns each open with a quotation mark ('\"HALE: …'): the label names the speaker, a known surname its full name, and a clip speaks for no one", []string{
		"At the town hall on Tuesday, Mayor Ann Lee was pressed about the flood warnings.",
		"Partial transcript as follows:",
		"\"HALE: Mayor, the night of the flood you told the council the levee would hold. Some families say you misled them.",
		"\"VIDEO: They told us to stay in our homes and we did.",
		"\"HALE: Mayor, did you mislead them?",
		"\"LEE: I understand their grief, but that is wrong. We shared what we knew when we knew it.\""},
		[]wantStmt{
			{"Hale", "", KindDirect, "Mayor, the night of the flood you told the council the levee would hold. Some families say you misled them.", ""},
			{"Hale", "", KindDirect, "Mayor, did you mislead them?", ""},
			{"Ann Lee", "", KindDirect, "I understand their grief, but that is wrong. We shared what we knew when we knew it.", ""}}},
	{"'One pastor backing Hale, Ray Dunn of Grace Church in Salem, said …': the name in apposition speaks, without the place he comes from, and 'he' is then his", []string{
		"Tom Hale spoke in Salem on Sunday.",
		"One pastor backing Hale, Ray Dunn of Grace Church in Salem, said he had called two hundred voters. He has preached about the vote since June, he said.",
		"Another pollster, Ann Lee of Marsh College, said her survey showed Hale ahead."},
		[]wantStmt{
			{"Ray Dunn", "said", KindIndirect, "he had called two hundred voters", ""},
			{"Ray Dunn", "said", KindIndirect, "He has preached about the vote since June", ""},
			{"Ann Lee", "said", KindIndirect, "her survey showed Hale ahead", ""}}},
	{"'Ann Lee, who told the council when asked about the levee: “…”': an adjunct of asking before the colon, the quotation still the content; 'She added' is then hers", []string{
		"Any change would need the approval of City Manager Ann Lee, who told the council when asked last week about the levee: “That work is in the hands of the engineers.”",
		"She added, “We will follow their advice.”"},
		[]wantStmt{
			{"Ann Lee", "told", KindDirect, "That work is in the hands of the engineers.", "the council"},
			{"Ann Lee", "added", KindDirect, "We will follow their advice.", ""}}},
	{"'At rally after rally he vows to impose a tax': the present tense of a vow with its infinitive (not 'Their vows to the church')", []string{
		"Tom Hale spoke in Salem on Sunday.",
		"At rally after rally, to cheering crowds, he vows to impose a steep tax on imported steel.",
		"Their vows to the church were renewed."},
		[]wantStmt{
			{"Tom Hale", "vows", KindIndirect, "to impose a steep tax on imported steel", ""}}},
	{"'Hale has said for weeks he's the only one …' and 'experts suggest however that …': a duration or an adverb between the verb and what was said", []string{
		"Hale has said for weeks he’s the only candidate in the race who can beat the mayor.",
		"Several local historians suggest however that the bridge was never finished."},
		[]wantStmt{
			{"Hale", "said", KindIndirect, "he’s the only candidate in the race who can beat the mayor", ""},
			{"Several local historians", "suggest", KindIndirect, "the bridge was never finished", ""}}},
	{"'declaring it “a great day”': a verdict with its quoted words, as 'calling it' (but 'declared an emergency' is an act)", []string{
		"Ann Lee celebrated with volunteers, declaring it “a great night for the valley” and said the count would finish soon.",
		"The governor declared an emergency on Friday."},
		[]wantStmt{
			{"Ann Lee", "declaring", KindMixed, "it “a great night for the valley”", ""},
			{"Ann Lee", "said", KindIndirect, "the count would finish soon", ""}}},
	{"'Nurses interviewed outside the hospital this week, including Ms. Park, said …': the group speaks, the one named among it an aside", []string{
		"But numerous nurses interviewed at county hospitals in South Dakota this week, including Ms. Park, said they had no quarrel with the new rota, even if they did not like it."},
		[]wantStmt{
			{"numerous nurses interviewed at county hospitals in South Dakota this week", "said", KindIndirect, "they had no quarrel with the new rota, even if they did not like it", ""}}},
	{"'Ann Lee, a contractor accused of spying, but the council insisted …': a passive participle, the accused no speaker (but 'whom she has accused of lying' is)", []string{
		"The city also freed Ann Lee, a contractor accused of spying, but the council insisted that was not part of the deal."},
		[]wantStmt{
			{"the council", "insisted", KindIndirect, "that was not part of the deal", ""}}},
	{"'in Ohio, the most conservative state on the calendar, where …': a noun after a superlative, no verb of stating", []string{
		"The split is sharpest in Ohio, the most conservative state on the calendar so far, where the mayor holds a wide lead."},
		nil},
	{"'even after he criticized Governor Ann Lee, shows …': a person criticised and nothing said of what (but 'criticized Ann Lee for the delay' says what)", []string{
		"Tom Hale spoke on Friday.",
		"His lead, even after he criticized Governor Ann Lee, shows how little the party knew its voters.",
		"Hale criticized Ann Lee for the delay."},
		[]wantStmt{
			{"Tom Hale", "criticized", KindIndirect, "Ann Lee for the delay", ""}}},
	{"'after her March comment that, “…”': the possessive names the one who commented, past the month", []string{
		"Ann Lee campaigned in Ohio on Monday.",
		"The miners are unlikely to back Lee after her March comment that, “We will close a lot of old mines.”"},
		[]wantStmt{
			{"Ann Lee", "comment", KindDirect, "We will close a lot of old mines.", ""}}},
	{"'praised the reporter for pressing charges': praise and its grounds, as 'blasted X for V-ing' (not 'praised the team')", []string{
		"Ann Lee praised the reporter for pressing charges in the case.",
		"Tom Hale praised the team."},
		[]wantStmt{
			{"Ann Lee", "praised", KindIndirect, "the reporter for pressing charges in the case", ""}}},
	{"'dismisses the idea that …' and 'rejected attacks from rivals that …': a claim answered in words (not 'dismissed the coach')", []string{
		"Ann Lee dismisses the idea that one more vote will change the result.",
		"Tom Hale rejected attacks from his rivals that he was soft on crime.",
		"The board dismissed the coach."},
		[]wantStmt{
			{"Ann Lee", "dismisses", KindIndirect, "the idea that one more vote will change the result", ""},
			{"Tom Hale", "rejected", KindIndirect, "attacks from his rivals that he was soft on crime", ""}}},
	{"'questioned the idea that …': a claim doubted aloud (not 'questioned the suspect')", []string{
		"Tom Hale questioned the idea that the mayor had acted in good faith.",
		"Police questioned the suspect."},
		[]wantStmt{
			{"Tom Hale", "questioned", KindIndirect, "the idea that the mayor had acted in good faith", ""}}},
	{"'lauded the nurses for working …', 'mocked his rival for skipping …', 'commended the plan as …': praise and mockery with their grounds (not 'The crowd applauded.')", []string{
		"Ann Lee lauded the nurses for working through the storm.",
		"Tom Hale mocked his rival for skipping the debate.",
		"Bo Park commended the plan as a model for the state.",
		"The crowd applauded."},
		[]wantStmt{
			{"Ann Lee", "lauded", KindIndirect, "the nurses for working through the storm", ""},
			{"Tom Hale", "mocked", KindIndirect, "his rival for skipping the debate", ""},
			{"Bo Park", "commended", KindIndirect, "the plan as a model for the state", ""}}},
}

func TestStatementsRulesTwentyThird(t *testing.T) {
	runStmtCases(t, stmtRuleCasesTwentyThird)
}
