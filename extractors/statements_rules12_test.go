package extractors

import "testing"

// stmtRuleCasesTwelfth are the rules of the twelfth session, each in
// sentences of our own that fail without it.
var stmtRuleCasesTwelfth = []stmtCase{
	{"'Q&A With Tom Okafor, Founder of Loafly': a capitalised preposition in a heading is not part of the name", []string{
		"Tom Okafor started the bakery chain in 2011.",
		`"We sold bread from a van at first," he told Crumbs in an interview.`,
		"Q&A With Tom Okafor, Founder of Loafly",
		"Crumbs: How did it start?",
		"Okafor: Rita and I met again after she left the bank. We began that week."},
		[]wantStmt{
			{"Tom Okafor", "told", KindDirect, "We sold bread from a van at first", "Crumbs"},
			{"Tom Okafor", "", KindDirect, "Rita and I met again after she left the bank. We began that week.", ""}}},
	{"'a worry for librarian Tom Hale, who ran …' makes him the 'he' of what follows; 'He’s upset … and says' takes the contracted pronoun as subject", []string{
		"Lost books are also a worry for former librarian Tom Hale, who ran the branch for twenty years.",
		"These days, he volunteers at a school.",
		"He’s upset but not shocked by the closure and says the council should look again."},
		[]wantStmt{
			{"Tom Hale", "says", KindIndirect, "the council should look again", ""}}},
	{"a transcript: the labels in capitals head turns; an interviewee's later turn needs no 'I'; the reporter's label is not part of her sentence", []string{
		"HOST ANN BELL: The city council has voted to close two libraries. Tom Reyes reports.",
		"TOM REYES: The loss worries Olympian Maya Cole, who swims at the leisure centre next door.",
		"MAYA COLE: I just cannot believe they would do this to us.",
		"TOM REYES: According to Maya Cole, it is a blow for the whole area.",
		"MAYA COLE: The council has to think again. Readers deserve better."},
		[]wantStmt{
			{"Tom Reyes", "", KindDirect, "The loss worries Olympian Maya Cole, who swims at the leisure centre next door.", ""}, // (a labelled turn is what its speaker said on air)
			{"Maya Cole", "", KindDirect, "I just cannot believe they would do this to us.", ""},
			{"Maya Cole", "according to", KindIndirect, "it is a blow for the whole area", ""},
			{"Maya Cole", "", KindDirect, "The council has to think again. Readers deserve better.", ""}}},
	{"'blasted recent Republican claims that …': a noun after a verb's object position is no cue, and 'Republican' no speaker", []string{
		"Jo Lane spoke on the call and said the plan was sound.",
		"Lane blasted recent Republican claims that the fund is broke.",
		`"There is a lot of scare talk out there," she said.`},
		[]wantStmt{
			{"Jo Lane", "said", KindIndirect, "the plan was sound", ""},
			{"Jo Lane", "said", KindDirect, "There is a lot of scare talk out there", ""}}},
	{"'told an audience that included …': a relative clause on the addressee; the quotation is the content", []string{
		`"It is fair to ask whether the old plan still works," Ray Moss told an audience that included former staff.`,
		"Moss told the board that sales rose."},
		[]wantStmt{
			{"Ray Moss", "told", KindDirect, "It is fair to ask whether the old plan still works", "an audience"},
			{"Ray Moss", "told", KindIndirect, "sales rose", "the board"}}},
	{"'LONDON (May 2) -- Declaring “…” is at risk, chief executive Ann Park has ordered …': past the dateline, the main clause's subject speaks", []string{
		"Ann Park runs Loafly.",
		`LONDON (May 2) -- Declaring "the heart of the firm" is at risk, chief executive Ann Park has ordered a review of its shops.`},
		[]wantStmt{
			{"Ann Park", "declaring", KindMixed, `"the heart of the firm" is at risk`, ""}}},
	{"'…, said Jones' “steady hand …”': a possessive after the cue opens the content, it is no inverted subject", []string{
		"Ann Jones quit as head of Loafly on Monday.",
		`Board chair Ray Moss, in a note sent on behalf of the directors, said Jones' "steady hand kept the firm alive through hard years."`},
		[]wantStmt{
			{"Ray Moss", "said", KindMixed, `Jones' "steady hand kept the firm alive through hard years."`, ""}}},
	{"'repeated, as she did in an interview … with the Courier, that …': a long 'as' aside before the that-clause; a quotation keeps a 'though' clause in the content; 'intimated that' is a cue", []string{
		`Ann Holm repeated, as she did in an interview two weeks ago with the Courier, that the town is growing, though the data will be "patchy."`,
		"She intimated that the council should not chase the numbers. The two were intimate friends."},
		[]wantStmt{
			{"Ann Holm", "repeated", KindMixed, `the town is growing, though the data will be "patchy."`, ""},
			{"Ann Holm", "intimated", KindIndirect, "the council should not chase the numbers", ""}}},
	{"'While the regulator and local officials say …, …': two noun phrases joined by 'and' open the clause and both speak; 'The company cut jobs and officials said' stays two clauses", []string{
		"While the regulator and local officials say the site is not a risk, the decision raises questions.",
		"The union and the firm said talks would resume."},
		[]wantStmt{
			{"the regulator and local officials", "say", KindIndirect, "the site is not a risk", ""},
			{"The union and the firm", "said", KindIndirect, "talks would resume", ""}}},
	{"'-- a metal Acme says it needs … but which …': the name after 'a metal' speaks, and 'but which' returns to the metal", []string{
		"The firm wants to mine lithium -- a metal Acme says it needs to make batteries but which also can be used in weapons.",
		"A forecast released Thursday suggests that storms will come early."},
		[]wantStmt{
			{"Acme", "says", KindIndirect, "it needs to make batteries", ""}}},
	{"'Ann Lee, Acme data scientist and co-author …' gives her the title, so 'according to the scientist' is hers", []string{
		"Now Ann Lee, Acme data scientist and co-author of the study, has posted a note about the work.",
		`"We care about how people feel," says Lee.`,
		"The findings went against common belief, according to the scientist, as happy posts led to more happy posts."},
		[]wantStmt{
			{"Ann Lee", "says", KindDirect, "We care about how people feel", ""},
			{"Ann Lee", "according to", KindIndirect, "The findings went against common belief", ""}}},
	{"'one of the cooks in the room, Rui Dahl, started shouting … He said': the name in apposition is the subject and the 'he' after it", []string{
		"Ann Lee told the staff that the team would shrink.",
		"The news was met with grumbling. Finally, one of the cooks in the room, Rui Dahl, started shouting at Lee. He said a staff meeting was no place for this."},
		[]wantStmt{
			{"Ann Lee", "told", KindIndirect, "the team would shrink", "the staff"},
			{"Rui Dahl", "said", KindIndirect, "a staff meeting was no place for this", ""}}},
	{"'A few weeks after the sale closed, however, Lee called Moss and informed …': the coordinated verb's subject past the fronted phrase", []string{
		"A few weeks after the sale closed, however, Ann Lee called Moss and informed the banker that she had changed her mind."},
		[]wantStmt{
			{"Ann Lee", "informed", KindIndirect, "she had changed her mind", "the banker"}}},
	{"'he’d respond in a quieter tone' reports how, not what; 'The worst thing you can do is … by saying' has no source", []string{
		"Lee had a way of showing anger. If you said something that made him angry, he’d respond in a quieter tone, and would not look at you.",
		`The worst thing you can do is stop someone by saying, "No. Period."`,
		`"No," Lee said in a low voice.`},
		[]wantStmt{
			{"Lee", "said", KindDirect, "No", ""}}},
	{"'Unlike phone ads, which Acme says will …, TV ads totaled …': the relative clause ends at its comma; 'Sixty-six percent of those surveyed said' is a source", []string{
		"Unlike phone ads, which Acme says will barely pass $1 billion this year, TV ads in the region totaled $70 billion.",
		"A poll from June showed how popular the scheme is. Sixty-six percent of those surveyed said they had doubts about the plan."},
		[]wantStmt{
			{"Acme", "says", KindIndirect, "will barely pass $1 billion this year", ""},
			{"Sixty-six percent of those surveyed", "said", KindIndirect, "they had doubts about the plan", ""}}},
	{"'outlined a plan to …', 'decried the lack of …', 'detailed how …' are statements; 'as outlined by' and the nouns 'details', 'outlines' are not", []string{
		"Mayor Ann Holm outlined a plan to rebuild the pier by spring.",
		"The nurses' union decried the lack of night nurses.",
		"In a new report, the inspectors detailed how the fire started in the roof.",
		"Many want to act early, as outlined by the county. Financial details of the deal were not released."},
		[]wantStmt{
			{"Ann Holm", "outlined", KindIndirect, "a plan to rebuild the pier by spring", ""},
			{"The nurses' union", "decried", KindIndirect, "the lack of night nurses", ""},
			{"the inspectors", "detailed", KindIndirect, "the fire started in the roof", ""}}},
	{"'Many inmates reported obtaining guns': inmates, detainees, refugees, migrants and passengers are people who speak", []string{
		"Many inmates reported obtaining guns from friends. Several detainees said they had not seen a lawyer."},
		[]wantStmt{
			{"Many inmates", "reported", KindIndirect, "obtaining guns from friends", ""},
			{"Several detainees", "said", KindIndirect, "they had not seen a lawyer", ""}}},
	{"'Meanwhile, the council's plan “…”' after her statement: a possessive name does not stop the run-on, and the link word is not content", []string{
		`Ann Holm said the town is in a "slow recovery, with mixed results."`,
		`Meanwhile, the council's spending plan "is as likely to hurt as to help in the years to come."`},
		[]wantStmt{
			{"Ann Holm", "said", KindMixed, `the town is in a "slow recovery, with mixed results."`, ""},
			{"Ann Holm", "", KindMixed, `the council's spending plan "is as likely to hurt as to help in the years to come.`, ""}}},
	{"'have tried to assure parents …', 'sought to reassure residents that …': an attempt to speak is speech; 'The Kashmir dispute' stays a noun", []string{
		"State school officials have tried to assure parents they will not share their names with police.",
		"The mayor sought to reassure residents that the water was safe.",
		"The border dispute goes on."},
		[]wantStmt{
			{"State school officials", "assure", KindIndirect, "they will not share their names with police", "parents"},
			{"The mayor", "reassure", KindIndirect, "the water was safe", "residents"}}},
	{"a paragraph that only repeats words quoted in the body is a pull quote, not a statement", []string{
		"Ann Lee wrote a note about the study.",
		`"In hindsight, the benefits of the paper may not have justified the worry."`,
		`"We care about how people feel," says Lee. "In hindsight, the benefits of the paper may not have justified the worry."`},
		[]wantStmt{
			{"Ann Lee", "says", KindDirect, `We care about how people feel," says Lee. "In hindsight, the benefits of the paper may not have justified the worry.`, ""}}},
	{"'…, giving the town a boost and highlighting differences …' is the writer's phrase of effects; '…, Martin suggested, as …' closes a clause he said", []string{
		"But Acme announced Friday it will start loading fuel into the plant next week, giving the town a boost and highlighting differences between the two firms over the plan.",
		"Towns that adapt the rules to their own needs could lose the benefit of shared standards, Martin suggested, as each change raises new questions.",
		"Prices will fall, the data suggested."},
		[]wantStmt{
			{"Acme", "announced", KindIndirect, "it will start loading fuel into the plant next week", ""},
			{"Martin", "suggested", KindIndirect, "Towns that adapt the rules to their own needs could lose the benefit of shared standards", ""}}},
	{"'Meghan, Duchess of Sussex, …' makes 'The duchess said' hers; a royal title is a source", []string{
		"Meghan, Duchess of Sussex, spoke to the host on Sunday.",
		"The duchess said she had been lonely."},
		[]wantStmt{
			{"Meghan", "said", KindIndirect, "she had been lonely", ""}}},
	{"'…, reported a use disorder in 2017': a noun ending like a person's ('disorder', 'factor') is no inverted speaker; 'A number of unhoused people told' is", []string{
		"The institute has also estimated that 900,000 people, about 0.4 percent of the population, reported a use disorder in 2017, marking a rise from the year before.",
		"A number of unhoused people told the paper they prefer the streets to the shelters."},
		[]wantStmt{
			{"A number of unhoused people", "told", KindIndirect, "they prefer the streets to the shelters", "the paper"}}},
	{"'declared his Dutch counterpart, Rui Dahl, would help …': a clause with no 'that' may open on a noun phrase with a name in apposition", []string{
		`Mayor Ann Holm also recently declared his Dutch counterpart, Rui Dahl, would help the town "get a fair deal."`},
		[]wantStmt{
			{"Ann Holm", "declared", KindMixed, `his Dutch counterpart, Rui Dahl, would help the town "get a fair deal."`, ""}}},
	{"'has maintained the prison, where men can be held for years, is …': a relative clause between commas inside a that-less clause", []string{
		"President Ruiz has maintained the prison, where men can be held for years, is a tool for terrorists."},
		[]wantStmt{
			{"Ruiz", "maintained", KindIndirect, "the prison, where men can be held for years, is a tool for terrorists", ""}}},
	{"a summary atop the story that repeats its lead word for word gives one statement", []string{
		"The bridge will stay shut until the spring, Mayor Ann Holm said Wednesday",
		"DOVER (May 2) The bridge will stay shut until the spring, Mayor Ann Holm said Wednesday.",
		`"We cannot take risks with it," Holm said.`},
		[]wantStmt{
			{"Ann Holm", "said", KindIndirect, "The bridge will stay shut until the spring", ""},
			{"Ann Holm", "said", KindDirect, "We cannot take risks with it", ""}}},
	{"'Afterwards Penny says' — a capitalised adverb opening the sentence is no part of the name; 'add another layer' is no statement", []string{
		`Afterwards Penny says, "Let me call the children."`,
		"Extra rules add another layer of paperwork to the job."},
		[]wantStmt{
			{"Penny", "says", KindDirect, "Let me call the children.", ""}}},
}

func TestStatementsRulesTwelfth(t *testing.T) {
	runStmtCases(t, stmtRuleCasesTwelfth)
}
