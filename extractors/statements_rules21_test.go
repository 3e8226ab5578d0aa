package extractors

import "testing"

// stmtRuleCasesTwentyFirst are the rules of the twenty-first session, each
// in sentences of our own that fail without it.
var stmtRuleCasesTwentyFirst = []stmtCase{
	{"'“….” Asked which …, he demurred: “…”': a capitalised participle after a closed quotation opens a new sentence, so the first quotation ends there", []string{
		"Tom Hale said “the way to win a county is to knock on every door.” Asked which town he liked best, he demurred: “The one I’m standing in.”"},
		[]wantStmt{
			{"Tom Hale", "said", KindDirect, "the way to win a county is to knock on every door.", ""},
			{"Tom Hale", "", KindDirect, "The one I’m standing in.", ""}}},
	{"'according to an interview with the Times' names no speaker: 'His criticism, according to …, was …' is the one 'his' refers to", []string{
		"Last month Tom Hale praised the mayor.",
		"His complaint, according to an interview with the Gazette at the time, was the mayor's choice of deputy: “It was Ray! A poor choice.”"},
		[]wantStmt{
			{"Tom Hale", "according to", KindMixed, "His complaint, according to an interview with the Gazette at the time, was the mayor's choice of deputy: “It was Ray! A poor choice.”", ""}}},
	{"'According to the letters, the senator had called the plan “a disaster”' and 'referred to Lee as “a loon”': the speech inside the source's clause is the statement, 'referred to X as Y' a cue (not 'referred to the report')", []string{
		"According to the letters, the senator had called the plan “a disaster.”",
		"According to the letters, the senator had referred to Ann Lee as “a loon.”",
		"The mayor referred to the report in her speech."},
		[]wantStmt{
			{"the senator", "called", KindMixed, "the plan “a disaster.”", ""},
			{"the senator", "referred to", KindMixed, "Ann Lee as “a loon.”", ""}}},
	{"'“…,” Lou told a briefing near the end of the day': 'near' opens an adjunct, so the quotation is what was told", []string{
		"“The whole town cheered then,” Mr. Hale told a news briefing near the end of a long day of talks in Dover."},
		[]wantStmt{
			{"Hale", "told", KindDirect, "The whole town cheered then", "a news briefing"}}},
	{"'told CBS' Face the Nation on Sunday, saying …': a programme's title that opens with a verb is the addressee", []string{
		"“Nobody gets a free pass,” Tom Hale told CBS' Face the Nation on Sunday, saying the race is close.",
		"Ann Lee told NBC's Meet the Press that she would stay."},
		[]wantStmt{
			{"Tom Hale", "told", KindDirect, "Nobody gets a free pass", "CBS' Face the Nation"},
			{"Tom Hale", "saying", KindIndirect, "the race is close", ""},
			{"Ann Lee", "told", KindIndirect, "she would stay", "NBC's Meet the Press"}}},
	{"'Jeb Bush in a Medium post said': the medium is no part of the speaker's name; 'proposed the creation of an agency' is a person's proposal (not a company's)", []string{
		"Ray Dunn proposed the creation of a state office to fight fraud, while Ann Lee in a blog post said she would cut the budget.",
		"Acme Corp. proposed a merger with its rival."},
		[]wantStmt{
			{"Ray Dunn", "proposed", KindIndirect, "the creation of a state office to fight fraud", ""},
			{"Ann Lee", "said", KindIndirect, "she would cut the budget", ""}}},
	{"'called Lee the “worst mayor,” linking to a story': the quoted verdict ends what was called", []string{
		"In another post, Tom Hale called Lee the “worst mayor ever,” linking to a story about her budget."},
		[]wantStmt{
			{"Tom Hale", "called", KindMixed, "Lee the “worst mayor ever,”", ""}}},
	{"'according to a Gazette analysis of tax records' and 'according to exit polls (a wide margin, …)': findings, whoever made them, and a bracket is no part of the source", []string{
		"Hale raised more money from nurses than Lee in May, according to a Gazette analysis of tax records.",
		"In Dover, Hale won 54 percent of union homes, according to exit polls (a wide margin, but smaller than last year).",
		"The plan will cost $4 billion, according to city estimates."},
		[]wantStmt{
			{"city estimates", "according to", KindIndirect, "The plan will cost $4 billion", ""}}},
	{"'The Florida senator told reporters' after a sentence about Marco Rubio: a state's office, no one else titled so nearby, is the person just followed", []string{
		"Ann Lee spoke first.",
		"Marco Rubio, who is third in many polls, stressed defense during a visit with Sen. Joni Ernst.",
		"The Florida senator told reporters he feels good about Iowa."},
		[]wantStmt{
			{"Marco Rubio", "stressed", KindIndirect, "defense during a visit with Sen. Joni Ernst", ""},
			{"Marco Rubio", "told", KindIndirect, "he feels good about Iowa", "reporters"}}},
	{"'Sanders’ campaign launched … and announced …': a possessive ending in s and an apostrophe still makes the possessed noun the subject", []string{
		"Tom Hales spoke first.",
		"Hales’ campaign launched an ad blitz in Ohio on Tuesday and announced it would seek a recount."},
		[]wantStmt{
			{"Hales’ campaign", "announced", KindIndirect, "it would seek a recount", ""}}},
	{"'chided Lee for raising …', 'knocked Lee for not reporting …': censure and its grounds (but 'knocked on doors', 'at fault for')", []string{
		"Tom Hale chided Ann Lee for raising doubts about his record.",
		"At a rally, he knocked Lee for not reporting her loans.",
		"She knocked on doors for hours, and voters were at fault for nothing."},
		[]wantStmt{
			{"Tom Hale", "chided", KindIndirect, "Ann Lee for raising doubts about his record", ""},
			{"Tom Hale", "knocked", KindIndirect, "Lee for not reporting her loans", ""}}},
	{"'told reporters that Hale “may have broken the law” by calling on …': the means belong to the named subject of the clause (but 'defended his plan by citing a poll' is the speaker's next act)", []string{
		"Ann Lee told reporters that Tom Hale “may have broken the law” by calling on donors to pay twice."},
		[]wantStmt{
			{"Ann Lee", "told", KindMixed, "Tom Hale “may have broken the law” by calling on donors to pay twice", "reporters"}}},
	{"'calling Hale his friend': a named object and a possessive description is what was called (not 'called Lee the next day')", []string{
		"The two got along, with Ann Lee repeatedly calling Tom Hale her friend, meeting him in July.",
		"Ray Dunn called Lee the next day."},
		[]wantStmt{
			{"Ann Lee", "calling", KindIndirect, "Tom Hale her friend", ""}}},
	{"'responded with an editor's note on the story saying …': the note says it for the one who sent it, not the story it is on", []string{
		"The Gazette responded late Friday with an editor's note on the article saying that Hale had misread the figures."},
		[]wantStmt{
			{"Gazette", "saying", KindIndirect, "Hale had misread the figures", ""}}},
	{"'It told the story of …' narrates and addresses no one; 'The plan outlined that day was notable' is a participle after its noun; a polling average is a finding", []string{
		"The film told the story of Ohio farm workers - an issue that Hale had taken up in his first term.",
		"The plan outlined that day was notable because Lee's team had played down hopes for weeks.",
		"Hale is viewed favorably by 50 percent, according to the Gazette polling average."},
		[]wantStmt{}},
	{"'said the talks, which began a decade ago, remained …': a relative clause inside the subject of what was said; 'Hale and Lee have both argued': a floating 'both' after an auxiliary", []string{
		"But Ann Lee said the yearly talks, which began in a smaller form a decade ago, remained “the best chance we have.”",
		"Tom Hale and Senator Ann Lee have both argued that mill workers lost jobs because of bad trade rules."},
		[]wantStmt{
			{"Ann Lee", "said", KindMixed, "the yearly talks, which began in a smaller form a decade ago, remained “the best chance we have.”", ""},
			{"Tom Hale and Senator Ann Lee", "argued", KindIndirect, "mill workers lost jobs because of bad trade rules", ""}}},
	{"'made the case to union leaders that …': a phrase cue with its addressee (but 'made the case for a new trial' is a topic)", []string{
		"On Monday, Tom Hale privately made the case to 20 union leaders that he had not sold them out.",
		"The lawyers made the case for a new trial."},
		[]wantStmt{
			{"Tom Hale", "made the case", KindIndirect, "he had not sold them out", "20 union leaders"}}},
	{"'That prompted Lee to … and call Hale “very flexible,” a nod … acknowledging …': 'That prompted' is no speaker", []string{
		"At one point, Ray Dunn coached Hale to “breathe.” That prompted Ann Lee to make a joke about yoga and call Hale “very flexible,” a nod to the front-runner acknowledging that he has changed his position on taxes."},
		[]wantStmt{}},
	{"'The former secretary of state has long maintained …' two sentences after the person last spoke (a quotation continuing between): still that person", []string{
		"Ann Lee spoke in Iowa.",
		"“Voters will look at the whole record,” Lee told the Gazette. “And I trust them.”",
		"The former secretary of state has long maintained that she followed the rules."},
		[]wantStmt{
			{"Ann Lee", "told", KindDirect, "Voters will look at the whole record,” Lee told the Gazette. “And I trust them.", "the Gazette"},
			{"Ann Lee", "maintained", KindIndirect, "she followed the rules", ""}}},
	{"'the other candidate on the stage, former Secretary of State Ann Lee, drew a contrast, saying …': the name in apposition is the subject", []string{
		"But the other candidate on the stage, former Secretary of State Ann Lee, drew a contrast, saying that worries about lost jobs were serious.",
		"“I take that seriously,” she said."},
		[]wantStmt{
			{"Ann Lee", "saying", KindIndirect, "worries about lost jobs were serious", ""},
			{"Ann Lee", "said", KindDirect, "I take that seriously", ""}}},
	{"'delivered a blunt message to Hale: “…”', 'delivered a warning that …': what was delivered is speech, the one it went to the addressee (not 'delivered a speech to the crowd')", []string{
		"Senate leader Ann Lee delivered a blunt message to Hale: “It's time to stop attacking people.”",
		"Ray Dunn delivered a warning that the plant would close.",
		"Lee delivered a speech to the crowd."},
		[]wantStmt{
			{"Ann Lee", "delivered a blunt message", KindDirect, "It's time to stop attacking people.", "Hale"},
			{"Ray Dunn", "delivered a warning", KindIndirect, "the plant would close", ""}}},
	{"'said because Hale is popular, “he's a good surrogate”': a reason opening the reported clause (not 'said because of the rain'); 'according to polling by the union' is a finding", []string{
		"Ann Lee said because Hale is popular with voters, “he's a very good surrogate for her.”",
		"Union men favored Hale by 20 points, according to polling by the union."},
		[]wantStmt{
			{"Ann Lee", "said", KindMixed, "because Hale is popular with voters, “he's a very good surrogate for her.”", ""}}},
	{"'…, said former Ohio governor Tom Hale, who chairs …': a former role held in a place, then the name", []string{
		"The fund is $9 million short, said former Ohio governor Tom Hale, who chairs the host committee."},
		[]wantStmt{
			{"Tom Hale", "said", KindIndirect, "The fund is $9 million short", ""}}},
	{"'… when a voter asked if she might appoint Lee. “Wow,” she replied.': the asker does not answer; the woman the question was put to does", []string{
		"Front-runner Ann Lee caused a stir when a local voter asked if she might appoint Tom Hale.",
		"“Wow, what a great idea,” she replied."},
		[]wantStmt{
			{"a local voter", "asked", KindIndirect, "if she might appoint Tom Hale", ""},
			{"Ann Lee", "replied", KindDirect, "Wow, what a great idea", ""}}},
	{"'After Lee said the schools were “less advanced,” Hale said: “…”': a fronted clause ending in a quotation with its comma ends the first statement", []string{
		"After Ann Lee said that some students might do better at “less advanced schools,” Tom Hale said: “I don't like what she said.”"},
		[]wantStmt{
			{"Ann Lee", "said", KindMixed, "some students might do better at “less advanced schools,”", ""},
			{"Tom Hale", "said", KindDirect, "I don't like what she said.", ""}}},
	{"'Senate Majority Whip Ray Dunn (R-Tex.) responded by standing …': 'Whip' is a title, so the person is the subject 'he' finds next", []string{
		"Tom Hale called the vote shameful.",
		"Senate Majority Whip Ray Dunn (R-Tex.) responded by standing on the floor next to a large photo.",
		"“I'll tell you what shameful is,” he said. “Doing nothing.”",
		"Dunn told reporters this was the only chance."},
		[]wantStmt{
			{"Tom Hale", "called", KindIndirect, "the vote shameful", ""},
			{"Ray Dunn", "said", KindDirect, "I'll tell you what shameful is,” he said. “Doing nothing.", ""},
			{"Ray Dunn", "told", KindIndirect, "this was the only chance", "reporters"}}},
	{"'House Speaker Ray Dunn', 'Agency Administrator Ann Lee': Speaker, Administrator, Comptroller and Commander are titles, not part of the name", []string{
		"Tom Hale called the vote shameful.",
		"House Speaker Ray Dunn stood on the floor next to a large photo.",
		"“I'll tell you what shameful is,” he said.",
		"“We are ready,” Space Agency Administrator Ann Lee said in a statement."},
		[]wantStmt{
			{"Tom Hale", "called", KindIndirect, "the vote shameful", ""},
			{"Ray Dunn", "said", KindDirect, "I'll tell you what shameful is", ""},
			{"Ann Lee", "said", KindDirect, "We are ready", ""}}},
	{"'rejected any implication that …', 'rejected the allegations': a denial in words (but 'rejected the proposal' is a decision)", []string{
		"Aides said his role would be narrow, and they rejected any implication that Lee would hand over her office.",
		"The senator rejected the allegations.",
		"The board rejected the proposal."},
		[]wantStmt{
			{"Aides", "said", KindIndirect, "his role would be narrow", ""},
			{"Aides", "rejected", KindIndirect, "any implication that Lee would hand over her office", ""},
			{"The senator", "rejected", KindIndirect, "the allegations", ""}}},
	{"'brand their program as Building Community Resilience': a name given in capitals is no verdict (but 'branded the plan as “reckless”' is)", []string{
		"Officials in Ohio, for example, brand their program as Building Safe Towns.",
		"Tom Hale branded the plan as “reckless.”"},
		[]wantStmt{
			{"Tom Hale", "branded", KindMixed, "the plan as “reckless.”", ""}}},
	{"'estimated that most members backed Lee': a person's or a group's estimate is said (not 'the report estimated', 'the Institute on Farm Safety estimated', 'estimated costs at $5 million')", []string{
		"Tom Hale estimated that most members backed Lee.",
		"Ray Dunn estimated that a third of the workers were Lee supporters.",
		"The report estimated that costs would rise.",
		"The Institute on Farm Safety estimated that 40 people were hurt.",
		"The firm estimated costs at $5 million."},
		[]wantStmt{
			{"Tom Hale", "estimated", KindIndirect, "most members backed Lee", ""},
			{"Ray Dunn", "estimated", KindIndirect, "a third of the workers were Lee supporters", ""}}},
	{"'While he allowed that his members lean Republican, he estimated …': 'allowed that' concedes in words (not 'allowed workers to strike', 'the rules allow it')", []string{
		"Tom Hale spoke first.",
		"While he allowed that his members lean Republican, he estimated that most backed Lee.",
		"The law allowed workers to strike, and the rules allow it."},
		[]wantStmt{
			{"Tom Hale", "allowed", KindIndirect, "his members lean Republican", ""},
			{"Tom Hale", "estimated", KindIndirect, "most backed Lee", ""}}},
	{"'has bemoaned the administration's failure to …': a complaint in words, like 'lamented'", []string{
		"Tom Hale has bemoaned the board's failure to stand up to the bank."},
		[]wantStmt{
			{"Tom Hale", "bemoaned", KindIndirect, "the board's failure to stand up to the bank", ""}}},
	{"'proposed that everyone in Ohio ought to …': an indefinite pronoun opens the clause (not 'maintained that position at a meeting')", []string{
		"Two years ago, Tom Hale proposed that everyone in Ohio ought to be able to join the state plan."},
		[]wantStmt{
			{"Tom Hale", "proposed", KindIndirect, "everyone in Ohio ought to be able to join the state plan", ""}}},
	{"a transcript whose labels are full names in capitals: each turn is its speaker's, questions included, and a surname alone in capitals takes a later turn", []string{
		"The campaign says it is unwilling to debate.",
		"KATE BELL: Why not debate?",
		"JOEL BRENT: This is a man who said he would never run a negative ad. Now we will see.",
		"BELL: You guys were open to more debates in January. Why not debate in Ohio?",
		"BREAKING NEWS: The senate passed the bill tonight."},
		[]wantStmt{
			{"The campaign", "says", KindIndirect, "it is unwilling to debate", ""},
			{"Kate Bell", "", KindDirect, "Why not debate?", ""},
			{"Joel Brent", "", KindDirect, "This is a man who said he would never run a negative ad. Now we will see.", ""},
			{"Kate Bell", "", KindDirect, "You guys were open to more debates in January. Why not debate in Ohio?", ""}}},
	{"'“Out!” the crowd yelled.': what a crowd yells or chants is a chant, no statement", []string{
		"“The bad ones?” Tom Hale asked.",
		"“Out!” the crowd yelled.",
		"“We want jobs,” the audience chanted."},
		[]wantStmt{
			{"Tom Hale", "asked", KindDirect, "The bad ones?", ""}}},
	{"'“A,” said Ann Lee, 32, a former aide who said she planned to march. “B.”': the relative clause past the age is her own statement, and the quotation after it stands alone", []string{
		"“You will see many tactics,” said Ann Lee, 32, a former aide in Dover who said she planned to march. “I do not like being arrested.”"},
		[]wantStmt{
			{"Ann Lee", "said", KindDirect, "You will see many tactics", ""},
			{"Ann Lee", "said", KindIndirect, "she planned to march", ""},
			{"Ann Lee", "", KindDirect, "I do not like being arrested.", ""}}},
	{"'Ohio Gov. Tom Hale, who is chairing the team, on Sunday defended …': a day between the relative clause and the verb", []string{
		"Ohio Gov. Tom Hale, who is chairing the transition team, on Sunday defended the nominee's description of the plan."},
		[]wantStmt{
			{"Tom Hale", "defended", KindIndirect, "the nominee's description of the plan", ""}}},
	{"'had voiced support for a single-payer system', 'voiced opposition to the plan': a stance put in words (not 'the voices of support')", []string{
		"In the past, Tom Hale had voiced support for a single-payer health system.",
		"Ann Lee voiced opposition to the plan.",
		"The voices of support for the plan grew."},
		[]wantStmt{
			{"Tom Hale", "voiced support for", KindIndirect, "a single-payer health system", ""},
			{"Ann Lee", "voiced opposition to", KindIndirect, "the plan", ""}}},
	{"'referenced his posts on Twitter as a clear sign he is unfit': a verdict with 'as' runs past the medium (not 'the report referenced three studies')", []string{
		"Ann Lee referenced Hale’s posts on Twitter as a clear sign he is unfit for office.",
		"The report referenced three studies."},
		[]wantStmt{
			{"Ann Lee", "referenced", KindIndirect, "Hale’s posts on Twitter as a clear sign he is unfit for office", ""}}},
	{"'attacked Lee for being a “failed candidate”', 'attacked the plan as …' (not 'attacked the city', nor the nouns 'attack' and 'attacks'); 'Ben Dunn, Tom Hale and Ann Lee have all said' is the whole list", []string{
		"Ray Dunn attacked Ann Lee for being a “failed candidate.”",
		"Ben Dunn, Tom Hale and Ann Lee have all attacked the plan as a violation of free market principles.",
		"Rebels attacked the city on Monday, and the mayor's attack on the budget went on."},
		[]wantStmt{
			{"Ray Dunn", "attacked", KindMixed, "Ann Lee for being a “failed candidate.”", ""},
			{"Ben Dunn, Tom Hale and Ann Lee", "attacked", KindIndirect, "the plan as a violation of free market principles", ""}}},
}

func TestStatementsRulesTwentyFirst(t *testing.T) {
	runStmtCases(t, stmtRuleCasesTwentyFirst)
}
