package extractors

import "testing"

// stmtRuleCasesTwentySecond are the rules of the twenty-second session,
// each in sentences of our own that fail without it.
var stmtRuleCasesTwentySecond = []stmtCase{
	{"'calls Lee “a tinkerer”: “…”': the verdict, then the quotation it sums up, said in full, a statement of its own", []string{
		"The columnist Ray Dunn, once an aide to the governor, calls Ann Lee “a tinkerer with no plan”: “Every week she has a new scheme and none of them is finished.”"},
		[]wantStmt{
			{"Ray Dunn", "calls", KindMixed, "Ann Lee “a tinkerer with no plan”", ""},
			{"Ray Dunn", "", KindDirect, "Every week she has a new scheme and none of them is finished.", ""}}},
	{"'Ray Dunn, the forger known as “Quill,” stated that …': the name in quotation marks is his alias, so 'Quill said' is Ray Dunn too", []string{
		"Forger Quill Talks",
		"In a prison interview, Ray Dunn, the forger known as “Quill,” stated that he had copied the paintings alone.",
		"Quill said the gallery never checked."},
		[]wantStmt{
			{"Ray Dunn", "stated", KindIndirect, "he had copied the paintings alone", ""},
			{"Ray Dunn", "said", KindIndirect, "the gallery never checked", ""}}},
	{"'“…,” his wife, Ana Dunn, wrote': a relative named in apposition leaves the bare surname the other's; 'A high school graduate, Dunn had …' makes Dunn the subject 'he' then refers to", []string{
		"Ray Dunn, a welder from Ohio, was sentenced on Monday for the thefts.",
		"Public defender Lois Marsh wrote that Dunn was a caring father.",
		"“We need him at home,” his wife, Ana Dunn, wrote in a letter to the court.",
		"A high school graduate, Dunn had no formal training. He told the court that he had acted alone."},
		[]wantStmt{
			{"Lois Marsh", "wrote", KindIndirect, "Dunn was a caring father", ""},
			{"Ana Dunn", "wrote", KindDirect, "We need him at home", ""},
			{"Ray Dunn", "told", KindIndirect, "he had acted alone", "the court"}}},
	{"'Despite his “brash manner,” his lawyer Ann Lee wrote, Dunn is …': the attribution interrupts one sentence whose quoted fragment closes on a comma (not '“a disaster,” Lee said, and …')", []string{
		"Despite his “brash online manner,” public defender Ann Lee wrote, Dunn is a devoted father.",
		"The deal was “a disaster,” Tom Hale said, and he would fight it."},
		[]wantStmt{
			{"Ann Lee", "wrote", KindMixed, "Despite his “brash online manner,” public defender Ann Lee wrote, Dunn is a devoted father", ""},
			{"Tom Hale", "said", KindMixed, "The deal was “a disaster,”", ""}}},
	{"'“A,” Lee wrote in a statement to the Gazette explaining why she is speaking at the event, “B.”': a long adjunct between the halves of one interrupted quotation", []string{
		"“Many of us are tired of waiting,” Ann Lee wrote in a statement to the Gazette explaining why she is speaking at the event, “but nobody wants to say it aloud.”"},
		[]wantStmt{
			{"Ann Lee", "wrote", KindDirect, "Many of us are tired of waiting,” Ann Lee wrote in a statement to the Gazette explaining why she is speaking at the event, “but nobody wants to say it aloud.", ""}}},
	{"'In May, the party’s state director, Ann Lee, reached out to donors, writing …': the participle's subject is the name in apposition before the main verb", []string{
		"In early May, the party’s state director, Ann Lee, reached out to the donors, writing in an email: “We need this money by Friday.”"},
		[]wantStmt{
			{"Ann Lee", "writing", KindDirect, "We need this money by Friday.", ""}}},
	{"'A woman who has met former Governor Tom Hale said …': the description speaks, not the person its relative clause names; 'she' then refers to her", []string{
		"A woman who has met former Governor Tom Hale said on Sunday that the talks had failed. She said nobody had called her back."},
		[]wantStmt{
			{"A woman who has met former Governor Tom Hale", "said", KindIndirect, "the talks had failed", ""},
			{"A woman who has met former Governor Tom Hale", "said", KindIndirect, "nobody had called her back", ""}}},
	{"'Outside experts also say …': 'outside' describes the experts, no place (but 'Outside the court, protesters said')", []string{
		"Outside experts also say the county's plans are still far from enough.",
		"Outside the court, protesters said the verdict was unjust."},
		[]wantStmt{
			{"Outside experts", "say", KindIndirect, "the county's plans are still far from enough", ""},
			{"protesters", "said", KindIndirect, "the verdict was unjust", ""}}},
	{"'The senator’s spokesman' after 'Hale spokesman Bo Park': the one the article gave the post", []string{
		"“We disagree,” Hale spokesman Bo Park said in a statement.",
		"The senator’s spokesman also pointed out that the committee employs veterans."},
		[]wantStmt{
			{"Bo Park", "said", KindDirect, "We disagree", ""},
			{"Bo Park", "pointed out", KindIndirect, "the committee employs veterans", ""}}},
	{"'echoing security experts who say …': a group named as an object holds what its present tense says (not 'won voters who say …', a poll's finding)", []string{
		"Ann Lee is among those sounding the alarm, echoing security experts who say the county's voting machines can be tampered with.",
		"Tom Hale won voters who say the economy matters most."},
		[]wantStmt{
			{"security experts", "say", KindIndirect, "the county's voting machines can be tampered with", ""}}},
	{"'Sen. Ann Lee (D-Ohio), another incumbent, said …': the party tag before an apposition is no part of the subject", []string{
		"And Sen. Ann Lee (D-Ohio), another vulnerable incumbent, said she had not thought about it."},
		[]wantStmt{
			{"Ann Lee", "said", KindIndirect, "she had not thought about it", ""}}},
	{"'Lee tweeted a warning. “…”': the quotation is the message the sentence before announced", []string{
		"Ray Dunn and Tom Hale cheered the vote. On the other side, Sen. Ann Lee (R-Ohio), a candidate for governor, tweeted a warning. “Ohio: Remember in November who voted for this.”"},
		[]wantStmt{
			{"Ann Lee", "tweeted", KindDirect, "Ohio: Remember in November who voted for this.", ""}}},
	{"'… to Mexico - “A,” he said, “B” - and vowed …': a quotation in a dashed aside is the statement, its halves joined; the writer's clause before the dash is not", []string{
		"Tom Hale has also railed against plans to move the bakery to Ohio - “I love those rolls,” he said, “I will never buy them again” - and vowed to boycott the firm.",
		"Ann Lee has changed her account once — “I now remember the call,” she said, speaking of the meeting."},
		[]wantStmt{
			{"Tom Hale", "said", KindDirect, "I love those rolls,” he said, “I will never buy them again", ""},
			{"Tom Hale", "vowed", KindIndirect, "to boycott the firm", ""},
			{"Ann Lee", "said", KindDirect, "I now remember the call", ""}}},
	{"'No wonder Hale said, and I quote, “…”': 'no wonder' is the writer's, not part of the subject", []string{
		"No wonder Tom Hale said, and I quote, “We love the late voters.”"},
		[]wantStmt{
			{"Tom Hale", "said", KindDirect, "We love the late voters.", ""}}},
	{"'Moreover, Ann Lee, director of the institute, noted that …': a sentence adverb before the name and its apposition is no part of the subject", []string{
		"Moreover, Ann Lee, director of the Earth Institute, noted that most of those plans run only to 2030."},
		[]wantStmt{
			{"Ann Lee", "noted", KindIndirect, "most of those plans run only to 2030", ""}}},
	{"'heralded the deal as a “breakthrough”' is a verdict (not 'The vote heralded a new era')", []string{
		"Mayor Ann Lee heralded the deal with the county as a “breakthrough.”",
		"The vote heralded a new era."},
		[]wantStmt{
			{"Ann Lee", "heralded", KindMixed, "the deal with the county as a “breakthrough.”", ""}}},
	{"'Hale’s campaign sent out a press release saying …', 'Acme issued a statement saying …': a modifier before the message, 'sent out', an irregular past after a possessive subject, and a one-word name before a verb in -ed", []string{
		"On Monday, Hale’s campaign sent out a press release saying Lee owes the county an apology.",
		"Acme issued a statement saying the plant would reopen."},
		[]wantStmt{
			{"Hale’s campaign", "saying", KindIndirect, "Lee owes the county an apology", ""},
			{"Acme", "saying", KindIndirect, "the plant would reopen", ""}}},
	{"'…, said the agency's director, Ann B. Lee, on Monday': the name in apposition before an adjunct speaks; 'the agency's director' later is the director the article named", []string{
		"The agency looked for a link between the two men in 2014 and did not find one, said the agency's director, Ann B. Lee, on Monday.",
		"Ray Dunn, a neighbour, disagreed. “We told them,” the agency's director said."},
		[]wantStmt{
			{"Ann B. Lee", "said", KindIndirect, "The agency looked for a link between the two men in 2014 and did not find one", ""},
			{"Ann B. Lee", "said", KindDirect, "We told them", ""}}},
	{"'Another Muslim who worshiped here and who did not want to be named said …' then '“…,” the man said': two relative clauses on one speaker, the asking for anonymity dropped, a capitalised head no name, and 'the man' the one the description introduced", []string{
		"Another Lutheran who worshiped at the chapel here and who did not want to be named said he heard the driver shout at the crowd. “I think it was a hate crime,” the man said."},
		[]wantStmt{
			{"Another Lutheran who worshiped at the chapel here", "said", KindIndirect, "he heard the driver shout at the crowd", ""},
			{"Another Lutheran who worshiped at the chapel here", "said", KindDirect, "I think it was a hate crime", ""}}},
	{"'Hale almost seemed to agree. “…,” he said.': an adverb between a known surname and its verb leaves the name the subject 'he' refers to", []string{
		"Tom Hale met Ray Dunn on Wednesday.",
		"Dunn said that the mill had closed 10 years ago. “Our workers are honest people,” he said.",
		"Hale almost seemed to agree. “Closing it was a problem for us too,” he said."},
		[]wantStmt{
			{"Ray Dunn", "said", KindIndirect, "the mill had closed 10 years ago", ""},
			{"Ray Dunn", "said", KindDirect, "Our workers are honest people", ""},
			{"Tom Hale", "said", KindDirect, "Closing it was a problem for us too", ""}}},
	{"'A reporter asked: Did they talk about the wall?': a question after a colon, without quotation marks, is what was asked (and a colon ending the paragraph is safe)", []string{
		"A reporter asked: Did they talk about the new wall on the county line?",
		"Then the mayor asked:"},
		[]wantStmt{
			{"A reporter", "asked", KindIndirect, "Did they talk about the new wall on the county line", ""}}},
	{"'HEADING - Ann Lee: “…” [Gazette.]': a roundup's heading, a dash, then the speaker's label and the quotation, its source in brackets after", []string{
		"THE COUNTY FAVORS HALE - Ann Lee: “The county has long looked like a fork in the road for both of the candidates.” [Gazette.]"},
		[]wantStmt{
			{"Ann Lee", "", KindDirect, "The county has long looked like a fork in the road for both of the candidates.", ""}}},
	{"'Roads are “a hazard” and “a scandal,” Tom Hale, the former mayor, proclaimed': a quotation closing on a comma before the verb is content enough; 'That attitude, many argue, could …' is what many argue", []string{
		"Roads are “the worst hazard in the county” and “a scandal,” Tom Hale, the former mayor, proclaimed to a cheering crowd on Tuesday.",
		"That attitude, many argue, could carry real costs if the council adopts it."},
		[]wantStmt{
			{"Tom Hale", "proclaimed", KindMixed, "Roads are “the worst hazard in the county” and “a scandal,”", ""},
			{"many", "argue", KindIndirect, "That attitude, many argue, could carry real costs if the council adopts it", ""}}},
	{"'a reversal for the Ohio Republican, who had pledged …. He said …': a state and party after 'the' is the person followed, not a name of its own", []string{
		"Governor Tom Hale on Thursday declared that he cannot support the bill.",
		"It was a partial reversal for the Ohio Republican, who had previously pledged to support the bill. He said on Thursday that the bill needs more work."},
		[]wantStmt{
			{"Tom Hale", "declared", KindIndirect, "he cannot support the bill", ""},
			{"Tom Hale", "pledged", KindIndirect, "to support the bill", ""},
			{"Tom Hale", "said", KindIndirect, "the bill needs more work", ""}}},
	{"'The Ohio Republican did give Dunn some credit, saying …' paragraphs later: an epithet keeps standing for the person it stood for, and 'the Ohio Republican’s name' names no one", []string{
		"Governor Tom Hale on Thursday declared that he cannot support the bill.",
		"It was a partial reversal for the Ohio Republican, who had previously pledged to support it.",
		"Ray Dunn fired back. “I am not ready to support the governor,” Dunn said.",
		"Dunn, speaking later at a rally, did not mention the governor, though the crowd booed when a speaker mentioned the Ohio Republican’s name.",
		"Dunn’s aides said the bill would pass anyway.",
		"The Ohio Republican did give Dunn some credit on Friday, saying he should be congratulated for his campaign."},
		[]wantStmt{
			{"Tom Hale", "declared", KindIndirect, "he cannot support the bill", ""},
			{"Tom Hale", "pledged", KindIndirect, "to support it", ""},
			{"Ray Dunn", "said", KindDirect, "I am not ready to support the governor", ""},
			{"Dunn’s aides", "said", KindIndirect, "the bill would pass anyway", ""},
			{"Tom Hale", "saying", KindIndirect, "he should be congratulated for his campaign", ""}}},
	{"'In Louisville, Ky., Ms. Bell was shocked …. “…,” she said.' and 'Outside Acme's plant …': a state's abbreviation and a fronted 'Outside' name no one", []string{
		"Ann Bell, a student, held up a sign at the rally.",
		"In Louisville, Ky., Ms. Bell was shocked by the crowd. “Did I enjoy it? No,” she said.",
		"Acme said it would move the plant.",
		"Outside Acme's plant on Main Street, the shift starts at six. Acme has said it will return the money."},
		[]wantStmt{
			{"Ann Bell", "said", KindDirect, "Did I enjoy it? No", ""},
			{"Acme", "said", KindIndirect, "it would move the plant", ""},
			{"Acme", "said", KindIndirect, "it will return the money", ""}}},
	{"'Secretary of State John F. Kerry said …. He cited …': the office and its department are no part of the name, so the person is a person 'he' refers to", []string{
		"“It will be hard,” Mayor Ann Lee said.",
		"Secretary of State John F. Kerry said in a statement Sunday that the elections were flawed. He cited the exclusion of the Rohingyas as an impediment."},
		[]wantStmt{
			{"Ann Lee", "said", KindDirect, "It will be hard", ""},
			{"John F. Kerry", "said", KindIndirect, "the elections were flawed", ""},
			{"John F. Kerry", "cited", KindIndirect, "the exclusion of the Rohingyas as an impediment", ""}}},
	{"'all she could do was shout “Yes!”': the speaker is she, not 'all she'", []string{
		"Ann Bell works at the plant. When she saw the news, all she could do was shout “Yes!” “I loved it,” she said."},
		[]wantStmt{
			{"Ann Bell", "shout", KindDirect, "Yes!", ""},
			{"Ann Bell", "said", KindDirect, "I loved it", ""}}},
	{"'Hale later Thursday told Fox News: “…”': the time between subject and verb is no part of the name", []string{
		"Tom Hale spoke first. Hale later Thursday told Fox News: “Both men are meeting next week to talk about these things.”"},
		[]wantStmt{
			{"Tom Hale", "told", KindDirect, "Both men are meeting next week to talk about these things.", "Fox News"}}},
	{"'In Dover on March 1, Ms. Bell was shocked by the crowd, she said' long after another woman spoke: her own account", []string{
		"Ann Bell, a student, held up a sign at the rally.",
		"“We removed her,” a campaign spokeswoman said.",
		"The rally went on for two hours. The crowd cheered. Later the band played.",
		"The next rally was in Ohio. Protesters came again.",
		"In Dover on March 1, Ms. Bell was shocked by the reaction from the crowd, she said in an interview later."},
		[]wantStmt{
			{"a campaign spokeswoman", "said", KindDirect, "We removed her", ""},
			{"Ann Bell", "said", KindIndirect, "In Dover on March 1, Ms. Bell was shocked by the reaction from the crowd", ""}}},
	{"'United Technologies is not hurting …. But the company says it fears …': Technologies, Systems, Motors, Airlines … name firms, never a person", []string{
		"Ann Bell has worked in Indianapolis for 13 years.",
		"Acme Technologies is not hurting like the automakers. But the company says it fears it could end up in a similar situation."},
		[]wantStmt{
			{"Acme Technologies", "says", KindIndirect, "it fears it could end up in a similar situation", ""}}},
	{"'Hale said, “You tell me,” repeatedly, before he stopped': the manner after the quotation is the writer's", []string{
		"Asked whether the plan would work, Tom Hale said, “You tell me,” repeatedly, before he stopped responding."},
		[]wantStmt{
			{"Tom Hale", "said", KindDirect, "You tell me", ""}}},
	{"'“…,” Ray Dunn told the television program “Night Desk.”': the title in quotation marks belongs to the addressee; 'agreed there are …' has a clause", []string{
		"“He deserved it,” the driver, Ray Dunn, told the television program “Night Desk.”",
		"The three scholars agreed there are qualified candidates who could win."},
		[]wantStmt{
			{"Ray Dunn", "told", KindDirect, "He deserved it", "the television program “Night Desk.”"},
			{"The three scholars", "agreed", KindIndirect, "there are qualified candidates who could win", ""}}},
	{"'He has also suggested the American people should …': a nationality inside the reported clause's subject", []string{
		"Tom Hale spoke on Monday. He has also suggested the American people should deliver a rebuke to the council."},
		[]wantStmt{
			{"Tom Hale", "suggested", KindIndirect, "the American people should deliver a rebuke to the council", ""}}},
	{"'As Ann Lee, professor of law at Yale and author of “Unwritten Rules,” put it, “…”': a long apposition holding a title", []string{
		"As Ann Lee, professor of law at Yale and author of “Unwritten Rules,” put it, “We are broke and nobody cares.”"},
		[]wantStmt{
			{"Ann Lee", "put it", KindDirect, "We are broke and nobody cares.", ""}}},
	{"'A dozen Acme workers met the mayor. … Most of them said they had loved …': a share of the group just named speaks for it", []string{
		"A dozen Acme workers met the mayor on Friday. The group was diverse. And until the shutdown, most of them said they had loved working for Acme."},
		[]wantStmt{
			{"A dozen Acme workers", "said", KindIndirect, "they had loved working for Acme", ""}}},
	{"'Hale did not sound sure when Dunn asked whether …. “…,” he said.': the one the sentence was about answers, not the asker", []string{
		"Tom Hale spoke to the radio station.",
		"Hale also did not sound sure when Ray Dunn asked whether the council would keep its majority in November.",
		"“The one thing you can predict this year is that it will be unpredictable,” he said."},
		[]wantStmt{
			{"Ray Dunn", "asked", KindIndirect, "whether the council would keep its majority in November", ""},
			{"Tom Hale", "said", KindDirect, "The one thing you can predict this year is that it will be unpredictable", ""}}},
	{"'It was no accident — Bo Park, a spokesman for Hale, told the Gazette that …': the clause before the dash is no part of the subject", []string{
		"And it wasn’t a one-off or an accident — Bo Park, a spokesman for the mayor, told the Gazette that the mayor gave the council a warning."},
		[]wantStmt{
			{"Bo Park", "told", KindIndirect, "the mayor gave the council a warning", "the Gazette"}}},
	{"'Senator Barbara Boxer of California said': a surname that is also a trade still ends a full name, the state its affiliation", []string{
		"Senator Barbara Boxer of California said she had reached out to the governor."},
		[]wantStmt{
			{"Barbara Boxer", "said", KindIndirect, "she had reached out to the governor", ""}}},
	{"'Ann Lee, in her campaigning, suggested she’ll turn to her husband': a pronoun contracted with its auxiliary opens a clause", []string{
		"Ann Lee, in her campaigning, suggested she’ll turn to her husband for advice on jobs."},
		[]wantStmt{
			{"Ann Lee", "suggested", KindIndirect, "she’ll turn to her husband for advice on jobs", ""}}},
	{"'David Waters … Waters tweeted, “…” Another tweeted, “…”': a known surname in -s is no group, and 'Another' with a quotation is someone unnamed", []string{
		"David Waters responded to the tweet. Waters tweeted, “The mayor did the same last week.”",
		"Another tweeted, “The council thinks it is above the rules.”"},
		[]wantStmt{
			{"David Waters", "tweeted", KindDirect, "The mayor did the same last week.", ""},
			{"Another", "tweeted", KindDirect, "The council thinks it is above the rules.", ""}}},
	{"'repeated his claim that “profit-making” was the motive': the claim is what was said (not 'repeated the question')", []string{
		"Mayor Ann Lee spoke on Monday. Lee also repeated her claim that “profit-making” was the motive of some of the firms.",
		"Lee repeated the question twice."},
		[]wantStmt{
			{"Ann Lee", "repeated", KindMixed, "“profit-making” was the motive of some of the firms", ""}}},
}

func TestStatementsRulesTwentySecond(t *testing.T) {
	runStmtCases(t, stmtRuleCasesTwentySecond)
}
