package extractors

import "testing"

// stmtRuleCasesTwentieth are the rules of the twentieth session, each in
// sentences of our own that fail without it.
var stmtRuleCasesTwentieth = []stmtCase{
	{"', reports the Gazette' after a complete attribution cites the outlet that relayed it: the person before speaks, and a quotation resuming after it is one statement", []string{
		"“The new rules tell farmers they are not wanted,” said Mara Voss, director of Growers United, reports the Valley Gazette. “We hear that everywhere.”",
		"Union president Dale Ortiz noted that overtime – what the company calls “flexible scheduling” – is unpaid for the first time, reported the Daily Ledger."},
		[]wantStmt{
			{"Mara Voss", "said", KindDirect, "The new rules tell farmers they are not wanted,” said Mara Voss, director of Growers United, reports the Valley Gazette. “We hear that everywhere.", ""},
			{"Dale Ortiz", "noted", KindMixed, "overtime – what the company calls “flexible scheduling” – is unpaid for the first time", ""}}},
	{"'Other Republicans', 'Senate Democrats': a party's or a nation's members are a group that 'they' refers back to", []string{
		"The mayor tweeted that the city had too little help after floods in Dayton and Toledo, Ohio.",
		"Other Republicans echoed those comments, saying the state's plan is too slow. They criticized the governor for cutting the relief fund.",
		"Senate Democrats said the bill would fail. They urged a vote on the older plan."},
		[]wantStmt{
			{"The mayor", "tweeted", KindIndirect, "the city had too little help after floods in Dayton and Toledo, Ohio", ""},
			{"Other Republicans", "saying", KindIndirect, "the state's plan is too slow", ""},
			{"Other Republicans", "criticized", KindIndirect, "the governor for cutting the relief fund", ""},
			{"Senate Democrats", "said", KindIndirect, "the bill would fail", ""},
			{"Senate Democrats", "urged", KindIndirect, "a vote on the older plan", ""}}},
	{"'the Ella Brandt Foundation' is an organisation, not the person Ella Brandt named before, so 'the group' finds it", []string{
		"Ella Brandt died in 2019 after a long illness.",
		"The Ella Brandt Foundation declined to comment on the sale, telling the Gazette that it is focused on “care for the sick.”",
		"“This year, we are working only on that mission,” the group said."},
		[]wantStmt{
			{"Ella Brandt Foundation", "telling", KindMixed, "it is focused on “care for the sick.”", "the Gazette"},
			{"Ella Brandt Foundation", "said", KindDirect, "This year, we are working only on that mission", ""}}},
	{"'told Fox 35 in Orlando', 'told Channel 4 that': a station's number belongs to its name, but 'told Reuters 20 people' starts the content", []string{
		"Dale Ortiz is selling the boat.",
		"“I’m a free man,” he told Fox 35 in Orlando. “I can sell what I own.”",
		"He told Channel 4 that the sale was legal.",
		"The sheriff told Reuters 20 people were hurt."},
		[]wantStmt{
			{"Dale Ortiz", "told", KindDirect, "I’m a free man,” he told Fox 35 in Orlando. “I can sell what I own.", "Fox 35"},
			{"Dale Ortiz", "told", KindIndirect, "the sale was legal", "Channel 4"},
			{"The sheriff", "told", KindIndirect, "20 people were hurt", "Reuters"}}},
	{"'“…,” Lee told “Morning Desk,” adding …': a programme's title in quotation marks is the addressee, and the quotation before is what was told", []string{
		"“Of course the mayor is fair game. She runs the city,” Ann Lee told “Morning Desk,” reminding the hosts that the mayor has often attacked her rivals.",
		"“We will win,” Lee told “Meet the Voters.”"},
		[]wantStmt{
			{"Ann Lee", "told", KindDirect, "Of course the mayor is fair game. She runs the city", "Morning Desk"},
			{"Ann Lee", "reminding", KindIndirect, "the mayor has often attacked her rivals", "the hosts"},
			{"Ann Lee", "told", KindDirect, "We will win", "Meet the Voters"}}},
	{"'the former CEO of Acme added' right after a named person spoke is that person", []string{
		"The mayor is right to cut the budget, Dana Ford said Monday. But, the former CEO of Brightwell added, it is not enough."},
		[]wantStmt{
			{"Dana Ford", "said", KindIndirect, "The mayor is right to cut the budget", ""},
			{"Dana Ford", "added", KindIndirect, "it is not enough", ""}}},
	{"inverted subjects: 'said Doyle and others', 'said a handful of Democrats who point to …', 'said former Gov. and party Chairman Ed Rendell'", []string{
		"The contrast, said Ortiz and others, would be clear by the fall.",
		"Holding the county is squarely within her skills, said a handful of Democrats who point to her record with farmers.",
		"“That’s what she did in ’08. She is playing that role again,” said former Ohio Gov. and State Party Chairman Ed Rendle."},
		[]wantStmt{
			{"Ortiz and others", "said", KindIndirect, "The contrast, said Ortiz and others, would be clear by the fall", ""},
			{"a handful of Democrats", "said", KindIndirect, "Holding the county is squarely within her skills", ""},
			{"Ed Rendle", "said", KindDirect, "That’s what she did in ’08. She is playing that role again", ""}}},
	{"'…, with 50 percent saying …', 'with three in 10 saying …': a share counted by a poll is a finding, though 'with Lee saying' is a statement", []string{
		"Voters still see the mayor as far more ready for the job, with 52 percent saying she is ready.",
		"Many residents shrugged off the choice, with three in 10 saying it would not change their vote.",
		"The council met on Monday, with Ann Lee saying the budget was late."},
		[]wantStmt{
			{"Ann Lee", "saying", KindIndirect, "the budget was late", ""}}},
	{"'On Thursday evening Ann Lee delivered her speech as the nominee, …': a time with no comma opens the sentence, and Lee is its subject", []string{
		"On Thursday evening Ann Lee delivered her speech as the Democratic nominee, seeking to show her record while painting her rival, Tom Hale, as unready for the job.",
		"“A man who cannot read a budget cannot run a city,” said the Democratic nominee."},
		[]wantStmt{
			{"Ann Lee", "said", KindDirect, "A man who cannot read a budget cannot run a city", ""}}},
	{"'remarked upon a story in which sources said …': a topic, and the story's sources speak", []string{
		"At a rally Tuesday night in Dayton, Ohio, Hale remarked upon a recent Gazette story in which party sources said Lee could keep the police chief."},
		[]wantStmt{
			{"party sources", "said", KindIndirect, "Lee could keep the police chief", ""}}},
	{"'In addition to stating that A, Lee has vowed B', 'After saying A, …': the fronted participle's subject is the main clause's; 'After questioning the patient on …' says nothing", []string{
		"In addition to stating that the old mill has no future, Ann Lee has vowed to sell the land.",
		"After saying the budget was dead, the mayor left the room.",
		"After questioning the patient on what could cause the rash, Dr. Tom Hale found the source."},
		[]wantStmt{
			{"Ann Lee", "stating", KindIndirect, "the old mill has no future", ""},
			{"Ann Lee", "vowed", KindIndirect, "to sell the land", ""},
			{"the mayor", "saying", KindIndirect, "the budget was dead", ""}}},
	{"a phrase with no verb opening the sentence ('In a press release earlier this month, the board said about its plan:') sets the scene; the quotation after the colon is what was said", []string{
		"In a press release earlier this month, the county board said about its new plan for the use of river water by farms in the valley:",
		"“The plan goes further than any before it.”",
		"During a rally Tuesday night in Dayton, Ohio, Hale remarked on the story."},
		[]wantStmt{
			{"the county board", "said", KindDirect, "The plan goes further than any before it.", ""}}},
	{"'agreed to talk on the condition that his name not be used' states terms, not words; the quotation after is his", []string{
		"Bob agreed to talk on the condition that his last name not be used. “I would regret it if I didn't,” he said."},
		[]wantStmt{
			{"Bob", "said", KindDirect, "I would regret it if I didn't", ""}}},
	{"'ripped X for …' is a censure like 'slammed X for …'; 'ripped the page out' is no speech", []string{
		"Dana Ford, the mayor's former aide, ripped Police Chief Tom Hale for acting as “judge and jury” in the case.",
		"She ripped the page out of the book."},
		[]wantStmt{
			{"Dana Ford", "ripped", KindMixed, "Police Chief Tom Hale for acting as “judge and jury”", ""}}},
	{"an office no one was given ('The minority leader said', 'the presumptive Republican nominee wrote') is the named person the story just followed; 'the other candidate' is not", []string{
		"Still, Ann Lee would not say whom she would rather face. The minority leader said flatly: “It does not matter.”",
		"Tom Hale was angry with the judge on Monday. “She has embarrassed the court,” the presumptive Republican nominee wrote in a post.",
		"Jo Park spoke first. But the other candidate said the plan would fail."},
		[]wantStmt{
			{"Ann Lee", "said", KindDirect, "It does not matter.", ""},
			{"Tom Hale", "wrote", KindDirect, "She has embarrassed the court", ""},
			{"the other candidate", "said", KindIndirect, "the plan would fail", ""}}},
	{"'“…,” he told Hale' after 'Hale asked Ford …': he is not the one he told", []string{
		"During an interview with Tom Hale, Dan Ford talked about the bridge.",
		"Hale asked Ford how long the bridge would be.",
		"“I think it could be two miles long,” he told Hale, to cheers from the crowd.",
		"“We have no choice,” he said."},
		[]wantStmt{
			{"Tom Hale", "asked", KindIndirect, "how long the bridge would be", "Ford"},
			{"Dan Ford", "told", KindDirect, "I think it could be two miles long", "Hale"},
			{"Dan Ford", "said", KindDirect, "We have no choice", ""}}},
	{"a verb closing an aside '— as experts believe, but the city denies —' takes the clause it interrupts, not the quotation after it", []string{
		"Ann Lee spoke first.",
		"If the river is rising — as many experts believe, but the city denies — “why would you not warn people?” asked Lee."},
		[]wantStmt{
			{"Ann Lee", "asked", KindMixed, "If the river is rising — as many experts believe, but the city denies — “why would you not warn people?”", ""}}},
	{"'Yet there in the back was Garcia, the grocery worker.': the person after an inverted 'was' is the subject 'he' refers to", []string{
		"Dan Ford, a grocery worker, came to hear the mayor.",
		"“Do we sit still or get to work?” Mayor Tom Hale asked the crowd.",
		"Yet there in the back was Ford, the grocery worker. He was not impressed.",
		"“It is like a pep rally,” he said."},
		[]wantStmt{
			{"Tom Hale", "asked", KindDirect, "Do we sit still or get to work?", "the crowd"},
			{"Dan Ford", "said", KindDirect, "It is like a pep rally", ""}}},
	{"'Hale mentioned his daughter, who married Dan Ford, who is …': a relative clause inside another keeps the subject in focus for 'he'", []string{
		"Tom Hale spoke at the debate.",
		"During the debate, Hale mentioned his family, referring to his daughter Ivy, who married Dan Ford, who is a member of an old Ohio family.",
		"“I happen to have a son-in-law who is a farmer,” he said."},
		[]wantStmt{
			{"Tom Hale", "said", KindDirect, "I happen to have a son-in-law who is a farmer", ""}}},
	{"'Hale quickly rejected …': a surname before an adverb and its verb is the subject, whom a later 'he' means", []string{
		"Tom Hale spoke at the forum. The moderator, Dan Ford, asked Hale to share his views on the mill.",
		"Hale quickly rejected the plan, but he slammed the press for asking."},
		[]wantStmt{
			{"Dan Ford", "asked", KindIndirect, "Hale to share his views on the mill", ""},
			{"Tom Hale", "slammed", KindIndirect, "the press for asking", ""}}},
	{"'Immigration is now …' opens with an abstract noun, and 'Young Latinos and Asian Americans, who …' are groups: neither is the 'he' who said", []string{
		"Dan Ford is close to a win in the state. The reason? Young Latinos and Asian Americans, who have registered in large numbers, seem to be rallying to Ford.",
		"Immigration is now a moral issue for him; gone are the days when he said that only the rich wanted “open borders.”"},
		[]wantStmt{
			{"Dan Ford", "said", KindMixed, "only the rich wanted “open borders.”", ""}}},
	{"'Most Republicans say' is its own group: a group's name is not completed to a longer one by its last word", []string{
		"Anti-Hale Republicans met in Tampa. They said the party would split.",
		"Hale still leads the field. Most Republicans say they are unhappy with the race."},
		[]wantStmt{
			{"Anti-Hale Republicans", "said", KindIndirect, "the party would split", ""},
			{"Most Republicans", "say", KindIndirect, "they are unhappy with the race", ""}}},
	{"'One voter, Lupe Ortiz, 35, showed up': the name in apposition is the subject even with an age after it", []string{
		"Dan Ford spoke in Tucson.",
		"One voter, Lupe Ortiz, 35, showed up in a union jacket. He had protested at a rally and started talking with fellow activists who had joined Ford.",
		"“I met a lot of his supporters,” he said."},
		[]wantStmt{
			{"Lupe Ortiz", "said", KindDirect, "I met a lot of his supporters", ""}}},
	{"a clause resumed after ', Lee said,' runs on past an infinitive or a passive speech verb ('to put', 'is almost guaranteed')", []string{
		"The good news for Hale, Ortiz said, is that as the front-runner, he’s almost guaranteed to draw a crowd.",
		"So it makes sense, strategists said, for the party to put the idea in voters’ minds now."},
		[]wantStmt{
			{"Ortiz", "said", KindIndirect, "The good news for Hale, Ortiz said, is that as the front-runner, he’s almost guaranteed to draw a crowd", ""},
			{"strategists", "said", KindIndirect, "it makes sense, strategists said, for the party to put the idea in voters’ minds now", ""}}},
	{"'said a strategist for one of these candidates': the speaker's role ends at 'for'; 'said the policy paved the way for …' is no inverted subject", []string{
		"“I think it is coming,” said a strategist for one of the candidates, speaking on the condition of anonymity. “But not soon.”",
		"Local farmers, who mostly back the mayor, said the new policy paved the way for the sale of the valley's land."},
		[]wantStmt{
			{"a strategist", "said", KindDirect, "I think it is coming,” said a strategist for one of the candidates, speaking on the condition of anonymity. “But not soon.", ""},
			{"Local farmers", "said", KindIndirect, "the new policy paved the way for the sale of the valley's land", ""}}},
	{"'Tom Hale said A, but he gave no details': the speaker's next act ends the content; 'Ann Lee said she hardly knew him, but he left her intrigued' is all hers", []string{
		"Defense Secretary Tom Hale said the aid would come next year, but he gave no details on the timing.",
		"Ann Lee said she hardly knew the candidate before the event, but he left her intrigued."},
		[]wantStmt{
			{"Tom Hale", "said", KindIndirect, "the aid would come next year", ""},
			{"Ann Lee", "said", KindIndirect, "she hardly knew the candidate before the event, but he left her intrigued", ""}}},
	{"'Ford defends his record in an ad: “…,” the senator says': the sentence's subject, though the article titled another 'Sen.' paragraphs before", []string{
		"Recall Sen. John Marsh damaging his name in 2000.",
		"Critics call Dan Ford a fraud. His staff deny it.",
		"Ann Lee backed Ford in an interview. She praised his record.",
		"Ford defends his record in an ad on Iowa TV: “Securing our farms is a matter of survival,” the senator says to the camera."},
		[]wantStmt{
			{"Critics", "call", KindIndirect, "Dan Ford a fraud", ""},
			{"Dan Ford", "says", KindDirect, "Securing our farms is a matter of survival", ""}}},
	{"', in which Adelson said: “…”' inside reported content is the relative clause speaker's own statement", []string{
		"A blogger, Tal Shore, reported this week that she had video of a dinner in Reno on May 2, in which Marsh said: “Hale is a builder. I am a builder. Why not?”"},
		[]wantStmt{
			{"Tal Shore", "reported", KindIndirect, "she had video of a dinner in Reno on May 2", ""},
			{"Marsh", "said", KindDirect, "Hale is a builder. I am a builder. Why not?", ""}}},
	{"'suggested the United States should send …': a clause whose subject is a name after 'the', with its modal", []string{
		"Ann Lee suggested the United Nations should send more aid to the region."},
		[]wantStmt{
			{"Ann Lee", "suggested", KindIndirect, "the United Nations should send more aid to the region", ""}}},
	{"'when Mrs. Lee, in response to Mr. Lee's remark about her, accused him of …': the name before an aside opening with a preposition speaks, and the honorific tells which Lee", []string{
		"Ann Lee and her husband, Tom Lee, ran the bakery together.",
		"The feud began last week when Mrs. Lee, in response to Mr. Lee's crude remark about her cooking at the fair in 2008, accused him of having a “mean streak.”",
		"When Ms. Park, during a debate at the library in 1973, recommended that she leave town, Lee laughed."},
		[]wantStmt{
			{"Ann Lee", "accused", KindMixed, "him of having a “mean streak.”", ""},
			{"Park", "recommended", KindIndirect, "she leave town", ""}}},
	{"'defended his call to …', 'defended X against allegations': a stance stood up for in speech; 'defended the city' is an act", []string{
		"Mayor Ann Lee defended her call to raise the minimum wage to $15 an hour.",
		"Tom Hale defended his brother against allegations of fraud.",
		"The army defended the city for a week."},
		[]wantStmt{
			{"Ann Lee", "defended", KindIndirect, "her call to raise the minimum wage to $15 an hour", ""},
			{"Tom Hale", "defended", KindIndirect, "his brother against allegations of fraud", ""}}},
	{"'called himself pro-choice', 'call it the X of Y': a description by the speaker, ending at the writer's aside after a comma; 'called it the next day' is none", []string{
		"In the past, Tom Hale had backed a state health plan and called himself pro-choice, stances that he has since dropped.",
		"Critics call it the policing of speech, raising the question of what counts as abuse.",
		"Analysts called it the “end of an era,” as the plane was retired.",
		"She called it the next day."},
		[]wantStmt{
			{"Tom Hale", "called", KindIndirect, "himself pro-choice", ""},
			{"Critics", "call", KindIndirect, "it the policing of speech", ""},
			{"Analysts", "called", KindMixed, "it the “end of an era,” as the plane was retired", ""}}},
	{"'the Latin America and Near East divisions' are names modifying a noun, and a country is 'it', not 'they'", []string{
		"Ann Lee spent years in Libya as an officer of the Latin America and Near East divisions.",
		"The rangers loaded their trucks. Lee, they said, ordered them to wait."},
		[]wantStmt{
			{"The rangers", "said", KindIndirect, "Lee, they said, ordered them to wait", ""}}},
	{"'While old political hands say A, they say B': veterans of a trade are people who speak, and 'they' are them", []string{
		"Lee criticized Hale and Ford for skipping the county fairs.",
		"While old Ohio political hands say there is a benefit from the press, they say it would have made more sense to go early."},
		[]wantStmt{
			{"Lee", "criticized", KindIndirect, "Hale and Ford for skipping the county fairs", ""},
			{"old Ohio political hands", "say", KindIndirect, "there is a benefit from the press", ""},
			{"old Ohio political hands", "say", KindIndirect, "it would have made more sense to go early", ""}}},
	{"'a letter the Hale campaign sent the board on Monday alleging that …': the sender speaks through the letter", []string{
		"Her remarks answer a letter the Hale campaign sent the party board on Monday alleging that the vote count was wrong."},
		[]wantStmt{
			{"the Hale campaign", "alleging", KindIndirect, "the vote count was wrong", ""}}},
	{"'Frank quotes former Carter adviser Ann Kahn:' ending a paragraph names the speaker of the quotation that opens the next", []string{
		"Tom Hale won his seat by attacking the unions. Frank quotes former Carter adviser Ann Kahn:",
		"“I’d love the unions to be weaker. You may say that’s harsh.”"},
		[]wantStmt{
			{"Ann Kahn", "", KindDirect, "I’d love the unions to be weaker. You may say that’s harsh.", ""}}},
	{"'Sometimes, they say, it means …': an adverb alone before a parenthetical attribution is no content; the clause after is", []string{
		"Acme officials met in May.",
		"Sometimes, they say, it means judging whether a post with an insult could be illegal."},
		[]wantStmt{
			{"Acme officials", "say", KindIndirect, "it means judging whether a post with an insult could be illegal", ""}}},
	{"'says if he spent the day there he’d be doing nothing': a conditional opening what was said, its main clause with no comma", []string{
		"Tom Hale says if he spent the day in Ohio he’d be doing nothing more than shaking hands.",
		"She asked if he would come."},
		[]wantStmt{
			{"Tom Hale", "says", KindIndirect, "if he spent the day in Ohio he’d be doing nothing more than shaking hands", ""}}},
	{"'A few minutes later they reversed themselves … and said …': a span of time opens the sentence, and 'they' are its subject", []string{
		"County officials closed the doors at seven.",
		"A few minutes later they reversed themselves, let everyone in and said they would register voters at the door."},
		[]wantStmt{
			{"County officials", "said", KindIndirect, "they would register voters at the door", ""}}},
	{"', but he hasn't endorsed her' ends what a man said; 'defended his position … by citing a poll' leaves 'by' to the next act", []string{
		"Tom Hale said he will vote for Lee, but he hasn't endorsed her or ended his bid.",
		"Dan Ford defended his position of closing the mill by citing a poll of workers."},
		[]wantStmt{
			{"Tom Hale", "said", KindIndirect, "he will vote for Lee", ""},
			{"Dan Ford", "defended", KindIndirect, "his position of closing the mill", ""},
			{"Dan Ford", "citing", KindIndirect, "a poll of workers", ""}}},
	{"'A reporter asked Hale how he’s feeling. He replied: …': a question with a contracted verb, and the one asked replies", []string{
		"Tom Hale arrived at the school.",
		"A reporter asked Hale how he’s feeling on voting day. He replied: “The bigger the turnout, the better I feel.”"},
		[]wantStmt{
			{"A reporter", "asked", KindIndirect, "how he’s feeling on voting day", "Hale"},
			{"Tom Hale", "replied", KindDirect, "The bigger the turnout, the better I feel.", ""}}},
}

func TestStatementsRulesTwentieth(t *testing.T) {
	runStmtCases(t, stmtRuleCasesTwentieth)
}
