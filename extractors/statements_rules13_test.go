package extractors

import "testing"

// stmtRuleCasesThirteenth are the rules of the thirteenth session, each in
// sentences of our own that fail without it.
var stmtRuleCasesThirteenth = []stmtCase{
	{"'an essay by Tom Hale, a retired judge who argues that …': the name before a role in apposition speaks, and the relative clause ends at its comma", []string{
		"The weekly ran an essay by Tom Hale, a retired judge who argues that the court has lost its way.",
		"Ann Lee, a nurse who said in May that the ward was short of beds, has left the hospital."},
		[]wantStmt{
			{"Tom Hale", "argues", KindIndirect, "the court has lost its way", ""},
			{"Ann Lee", "said", KindIndirect, "the ward was short of beds", ""}}},
	{"'After the ministry said in March that …, the mayor said …': a fronted clause ends at its comma", []string{
		`After the ministry said in March that the bridge would open this year, Mayor Ann Holm said that until the council pays, "no date is safe."`,
		"Before the company announced it would close the plant, workers had staged a strike."},
		[]wantStmt{
			{"the ministry", "said", KindIndirect, "the bridge would open this year", ""},
			{"Ann Holm", "said", KindMixed, `until the council pays, "no date is safe."`, ""},
			{"the company", "announced", KindIndirect, "it would close the plant", ""}}},
	{"'the productions described above offered …': the writer pointing back is no statement", []string{
		"While most of the productions described above offered moments that moved me, nothing did so as deeply as the coverage of what some called “The Last Walk” across the old bridge."},
		nil},
	{"a quotation paragraph after a paragraph about one person, named there by surname only and holding a quoted word, is that person's", []string{
		"Drew Fox runs a distillery in Hammond.",
		"But beer came first. It was on a trip to Belgium that he discovered Belgian beer.",
		"In 2013, Fox launched a Kickstarter for his own brewery, and though he hates the word “empire,” he built one.",
		"“The craft beer boom was really on fire. I grew up extremely poor.”"},
		[]wantStmt{
			{"Drew Fox", "", KindDirect, "The craft beer boom was really on fire. I grew up extremely poor.", ""}}},
	{"'False claims that …', 'Media reports that …': an adjective or noun before 'claims' or 'reports' opens a noun phrase, and is no speaker; a surname such as Early still speaks", []string{
		"DOVER (AP) — False claims that the mayor is not a citizen have circulated online since 2019.",
		"Media reports that the minister had resigned were denied on Monday.",
		"Ann Early runs the port. While the lineup is thin, Early says there is a chance that more ships will come."},
		[]wantStmt{
			{"Ann Early", "says", KindIndirect, "there is a chance that more ships will come", ""}}},
	{"'who asked to remain anonymous because …' is a condition of the interview, not a statement", []string{
		"“We have many,” says a senior official, who asked to remain anonymous because he is not allowed to speak.",
		"Another aide asked not to be identified."},
		[]wantStmt{
			{"a senior official", "says", KindDirect, "We have many", ""}}},
	{"a pull quote of two sentences that capitalises words from the middle of a body sentence is no statement", []string{
		"“It was as if we sat in a deep well, then someone threw us a rope to pull us out,” says Rui Dahl, a former trader.",
		"Court papers say the firm owed millions.",
		"“Someone threw us a rope to pull us out. But we got tangled up in it”"},
		[]wantStmt{
			{"Rui Dahl", "says", KindDirect, "It was as if we sat in a deep well, then someone threw us a rope to pull us out", ""},
			{"Court papers", "say", KindIndirect, "the firm owed millions", ""}}},
	{"'May said', 'May told', 'said May.': a capitalised modal before a past-tense cue, or alone after one, is a surname; 'a letter in May urged' and 'may say' are not", []string{
		"Prime Minister Theresa May flew to Brussels.",
		"May said the deal was dead.",
		"“We will leave in March,” May told MPs.",
		"“We will win,” said May.",
		"A letter in May urged calm.",
		"Officials may say more on Friday."},
		[]wantStmt{
			{"Theresa May", "said", KindIndirect, "the deal was dead", ""},
			{"Theresa May", "told", KindDirect, "We will leave in March", "MPs"},
			{"Theresa May", "said", KindDirect, "We will win", ""}}},
	{"'told their own tale of …' is narration, not a statement, and a phrase before the subject is no content for it", []string{
		`Drawing on the old novel "Night Town," which tells of a city of ghosts, Tom Hale and Ann Lee told their own tale of a village under siege.`,
		"Tom Hale told reporters the film would open in May."},
		[]wantStmt{
			{"Tom Hale", "told", KindIndirect, "the film would open in May", "reporters"}}},
	{"'Hale’s fortunes, however, have shifted. He’s …': a known person whose thing is the subject becomes the 'he' of what follows", []string{
		"Tom Hale runs a shop in Kabul. Bo Park is his rival.",
		"“We will win,” Park says.",
		"Hale’s fortunes, however, have shifted. He’s gone from rags to riches. He says his partner cheated him."},
		[]wantStmt{
			{"Bo Park", "says", KindDirect, "We will win", ""},
			{"Tom Hale", "says", KindIndirect, "his partner cheated him", ""}}},
	{"'(and yours, according to Joe Ambeault) made it in': the closing bracket ends the source", []string{
		"Tom Hale runs the app team. Many of the ideas (and yours, according to product head Joe Ambeault) made it into the update."},
		[]wantStmt{
			{"Joe Ambeault", "according to", KindIndirect, "Many of the ideas (and yours", ""}}},
	{"'loved ones say …': a family speaks", []string{
		"Police have not named the victim, but loved ones say the man is Tom Hale."},
		[]wantStmt{
			{"loved ones", "say", KindIndirect, "the man is Tom Hale", ""}}},
	{"'in the Social Security age': 'social' is a medium only in 'social media', so the content runs on", []string{
		"Tom Hale called for an increase in the Social Security age for people now in their twenties.",
		"Ann Lee announced the plan on social media."},
		[]wantStmt{
			{"Tom Hale", "called for", KindIndirect, "an increase in the Social Security age for people now in their twenties", ""},
			{"Ann Lee", "announced", KindIndirect, "the plan", ""}}},
	{"archive copy quoting with two straight marks: ''A,'' said X. ''B.'' is one interrupted quotation; a lone apostrophe ('90s) opens nothing", []string{
		"''I don't see that changing unless they replace the whole board,'' said Ann Lee, who worked at the bank for six years. ''They built that culture.''",
		"The '90s were good to the bank, Tom Hale said."},
		[]wantStmt{
			{"Ann Lee", "said", KindDirect, "I don't see that changing unless they replace the whole board,'' said Ann Lee, who worked at the bank for six years. ''They built that culture.", ""},
			{"Tom Hale", "said", KindIndirect, "The '90s were good to the bank", ""}}},
	{"'according to city data', 'according to Associated Press figures', 'data from the grid operator': figures whose keeper is named are attributed; 'a study', 'the data', polls and an analysis (a finding, whoever made it) are not", []string{
		"Just 58 homes were built in the district, according to city data.",
		"At least 41 million people have voted, according to Associated Press figures.",
		"At least 40 million people have voted, according to an Associated Press analysis.",
		"Demand peaked in 2006, according to data from the grid operator.",
		"According to a study, the drug works.",
		"Turnout was low, according to recent polls."},
		[]wantStmt{
			{"city data", "according to", KindIndirect, "Just 58 homes were built in the district", ""},
			{"Associated Press figures", "according to", KindIndirect, "At least 41 million people have voted", ""},
			{"data from the grid operator", "according to", KindIndirect, "Demand peaked in 2006", ""}}},
	{"'Asked about it, Trump’s campaign manager Ann Lee did not apologize, but said …': the role's holder named after a possessive is the subject", []string{
		"Asked about the error, the mayor’s campaign manager Ann Lee did not apologize, but said the aide was acting out of worry."},
		[]wantStmt{
			{"Ann Lee", "said", KindIndirect, "the aide was acting out of worry", ""}}},
	{"'“…,” a smiling Clinton said': a description before the name belongs to the subject", []string{
		"Hillary Clinton spoke last.",
		"“Tonight, I want to hear you roar,” a smiling Clinton said before introducing the band."},
		[]wantStmt{
			{"Hillary Clinton", "said", KindDirect, "Tonight, I want to hear you roar", ""}}},
	{"'claimed to have voted twice': a claim may take an infinitive", []string{
		"It began with a post in which Tom Hale claimed to have voted twice."},
		[]wantStmt{
			{"Tom Hale", "claimed", KindIndirect, "to have voted twice", ""}}},
	{"'said the aide acted out of worry: “…,” Lee told CNN': a quotation after a colon with its own attribution is its own statement", []string{
		"Ann Lee did not apologize, but said the aide was acting out of worry: “It is rattling to think of what may have happened,” Lee told CNN on Sunday."},
		[]wantStmt{
			{"Ann Lee", "said", KindIndirect, "the aide was acting out of worry", ""},
			{"Ann Lee", "told", KindDirect, "It is rattling to think of what may have happened", "CNN"}}},
	{"'across 48 states have voted, according to AP figures': 'states' after a number is a noun, not a speech inside the clause", []string{
		"At least 41 million people across 48 states have voted, according to Associated Press figures."},
		[]wantStmt{
			{"Associated Press figures", "according to", KindIndirect, "At least 41 million people across 48 states have voted", ""}}},
	{"'insisted the vote is rigged even though fraud is rarer than lightning': the writer's rejoinder after 'even though' or 'even as' is not the content", []string{
		"Tom Hale has repeatedly insisted that the vote is rigged against him even though fraud is rarer than being struck by lightning."},
		[]wantStmt{
			{"Tom Hale", "insisted", KindIndirect, "the vote is rigged against him", ""}}},
	{"'lamented how difficult it is …': an account after a how of degree is the content of lament, boast, complain and the like", []string{
		"In a series of posts, Tom Hale lamented how difficult it is to win “when the party gives zero support!”"},
		[]wantStmt{
			{"Tom Hale", "lamented", KindMixed, "difficult it is to win “when the party gives zero support!”", ""}}},
	{"'Earlier that day, she said, her friends were sharing a cartoon': the clause resumes after the attribution; 'sharing a cartoon' and 'asking questions' are no speech of their own", []string{
		"Ann Lee is a junior at the college.",
		"Earlier that day, she said, her friends were sharing a cartoon online.",
		"Within minutes, Bo Park recalled, his feed was full of people asking questions."},
		[]wantStmt{
			{"Ann Lee", "said", KindIndirect, "Earlier that day, she said, her friends were sharing a cartoon online", ""},
			{"Bo Park", "recalled", KindIndirect, "Within minutes, Bo Park recalled, his feed was full of people asking questions", ""}}},
	{"'called Ryan a “weak leader” and boasted about how “nice” it is now …': a verdict ends where the next act begins, and 'boasted about how' is an account", []string{
		"Tom Hale lost the vote.",
		"He called Ryan a “very weak leader” and boasted about how “nice” it is now “that the shackles are off.”"},
		[]wantStmt{
			{"Tom Hale", "called", KindMixed, "Ryan a “very weak leader”", ""},
			{"Tom Hale", "boasted", KindMixed, "“nice” it is now “that the shackles are off.”", ""}}},
	{"'derided him as “scum” during a heated exchange': the verdict ends with its quotation, before the preposition of the setting", []string{
		"A visibly angry Ann Lee derided Tom Hale as “scum” during a heated exchange at the debate."},
		[]wantStmt{
			{"Ann Lee", "derided", KindMixed, "Tom Hale as “scum”", ""}}},
	{"'Her friend Bo Park, 20, a law student, chimed in. “…”': the person named after a possessive role, past an apposition, speaks the quotation that follows", []string{
		"“It is a joke,” said Ann Lee, a nursing student.",
		"Her friend Bo Park, 20, a law student from Leeds, chimed in. “I never thought I would vote for them. Now I will.”"},
		[]wantStmt{
			{"Ann Lee", "said", KindDirect, "It is a joke", ""},
			{"Bo Park", "", KindDirect, "I never thought I would vote for them. Now I will.", ""}}},
	{"'criticized the plan, with its leader warning that …': an absolute phrase whose subject is a described person speaks for itself and ends the first content", []string{
		"The union criticized the plan, with its leader warning that strikes were likely."},
		[]wantStmt{
			{"The union", "criticized", KindIndirect, "the plan", ""},
			{"its leader", "warning", KindIndirect, "strikes were likely", ""}}},
}

func TestStatementsRulesThirteenth(t *testing.T) {
	runStmtCases(t, stmtRuleCasesThirteenth)
}
