package extractors

import "testing"

// stmtRuleCasesFourteenth are the rules of the fourteenth session, each in
// sentences of our own that fail without it.
var stmtRuleCasesFourteenth = []stmtCase{
	{"'Ann Lee, founder of the Friends of the Park, said Tom's plan …': a bare-role apposition after a name is no clause, and the possessive after 'said' opens the content", []string{
		"Ann Lee, founder of the civic group Friends of Hale Park, said Holm's reversal on the zoning plan cost her the seat."},
		[]wantStmt{
			{"Ann Lee", "said", KindIndirect, "Holm's reversal on the zoning plan cost her the seat", ""}}},
	{"a quotation in brackets with its own attribution is a statement, also when it runs on past a full stop; a bare quotation in brackets is none", []string{
		"She keeps a radio by the bed. (“We never move tents,” Mayor Bo Park told me.) The tents were moved anyway. (“It is not a perfect system,” said Tom Hale. “But nobody means harm.”) Neighbours disagree.",
		"The creed praises thrift in all things. (“Thrift: Everyone should save a tenth of what they earn.”) It is an old idea."},
		[]wantStmt{
			{"Bo Park", "told", KindDirect, "We never move tents", ""},
			{"Tom Hale", "said", KindDirect, "It is not a perfect system,” said Tom Hale. “But nobody means harm.", ""}}},
	{"a title-case headline holding a quotation is a headline: it names no antecedent, and 'the president' finds the president named in the body", []string{
		"Hale Says Library Will Tell of 'Hope and Delight.'",
		"WASHINGTON -- President Hale, opening the new library on Saturday, said it would tell a story of hope.",
		"''Hopefully,'' the president said, ''this library can help us read.''"},
		[]wantStmt{
			{"Hale", "said", KindIndirect, "it would tell a story of hope", ""},
			{"Hale", "said", KindDirect, "Hopefully,'' the president said, ''this library can help us read.", ""}}},
	{"'“…,” Mr. Hale said, not needing to name its author, Bo Park, who died …': a person in a relative clause does not take the focus from the one who spoke", []string{
		"Mr. Tom Hale spoke on Friday.",
		"“We can float like butterflies,” Mr. Hale said, not even needing to mention the author of that boast, Bo Park, who died last year. Readers, he said, can “rock like Jimi.”"},
		[]wantStmt{
			{"Tom Hale", "said", KindDirect, "We can float like butterflies", ""},
			{"Tom Hale", "said", KindMixed, "Readers, he said, can “rock like Jimi.”", ""}}},
	{"'A, Mr. Hale said, B, like wearing the words “…,” as Ann Lee said before she died': the 'as' source owns the quotation only, and the interrupted statement runs to it; 'a lunch counter' is a noun", []string{
		"Acts of protest, Mr. Tom Hale said, are acts of patriotism, whether it was sitting at a lunch counter in the South or wearing a shirt with the words ''I cannot breathe,'' as Ann Lee, lying on a sidewalk in the rain, said before she died."},
		[]wantStmt{
			{"Tom Hale", "said", KindMixed, "Acts of protest, Mr. Tom Hale said, are acts of patriotism, whether it was sitting at a lunch counter in the South or wearing a shirt with the words ''I cannot breathe,''", ""},
			{"Ann Lee", "said", KindDirect, "I cannot breathe", ""}}},
	{"'The former first lady and senator said': a description of a former office refers back to the person the story follows", []string{
		"Ann Lee defended her record on Thursday.",
		"The former first lady and U.S. senator said it was \"a mistake\" to use a private phone, but she denied that she broke any rule."},
		[]wantStmt{
			{"Ann Lee", "said", KindMixed, "it was \"a mistake\" to use a private phone", ""},
			{"Ann Lee", "denied", KindIndirect, "she broke any rule", ""}}},
	{"'“A,” Lee said, referring to the excuse, “B.”': a participle clause between the halves of a quotation keeps them one statement", []string{
		"“Every time you say that,” Tom Hale said, referring to the one percent excuse, “you make me more upset.”"},
		[]wantStmt{
			{"Tom Hale", "said", KindDirect, "Every time you say that,” Tom Hale said, referring to the one percent excuse, “you make me more upset.", ""}}},
	{"'Though A, she said, replacing the nominee would be B': a gerund that heads a clause resumes the content after the attribution; 'citing a shortage' does not", []string{
		"Ann Lee ran the party in 2004. Though that transition was relatively seamless, she said, replacing the nominee would be much more acrimonious.",
		"The office closed early, officials said, citing a shortage of staff."},
		[]wantStmt{
			{"Ann Lee", "said", KindIndirect, "Though that transition was relatively seamless, she said, replacing the nominee would be much more acrimonious", ""},
			{"officials", "said", KindIndirect, "The office closed early", ""},
			{"officials", "citing", KindIndirect, "a shortage of staff", ""}}},
	{"'In an interview Ann Lee declared “…”': a fronted phrase that lacks its comma is not part of the subject", []string{
		"In a radio interview Ann Lee declared “The plan is dead.”",
		"In the past week Reuters reported that the mine closed."},
		[]wantStmt{
			{"Ann Lee", "declared", KindDirect, "The plan is dead.", ""},
			{"Reuters", "reported", KindIndirect, "the mine closed", ""}}},
	{"'In a March meeting with the editorial board of the Daily Ledger Hale said …': a known surname after a long fronted phrase without its comma is the subject", []string{
		"Tom Hale spoke in May.",
		"In a March meeting with the editorial board of the Daily Ledger Hale said that the alliance may need to shrink."},
		[]wantStmt{
			{"Tom Hale", "said", KindIndirect, "the alliance may need to shrink", ""}}},
	{"'Committee to Protect Journalists', 'Alliance to Reclaim Our Schools': an organisation's name goes on past 'to' and 'for'", []string{
		"The Committee to Protect Journalists said the arrest was unlawful.",
		"More than 100,000 people took part, according to the Alliance to Reclaim Our Schools."},
		[]wantStmt{
			{"Committee to Protect Journalists", "said", KindIndirect, "the arrest was unlawful", ""},
			{"Alliance to Reclaim Our Schools", "according to", KindIndirect, "More than 100,000 people took part", ""}}},
	{"'Acme just this month announced', 'said A — and he noted B', 'the City Police Department which reported': the time and its adverb leave the subject, a dash before 'and he' starts a second statement, and an organisation speaks through 'which'", []string{
		"Acme Bank just this month announced it would drop the fees.",
		"But Tom Hale said the fight would be more bitter — and he noted that any change would come later.",
		"They turned to the Dover Police Department which reported “2,521 shooting incidents” in the city."},
		[]wantStmt{
			{"Acme Bank", "announced", KindIndirect, "it would drop the fees", ""},
			{"Tom Hale", "said", KindIndirect, "the fight would be more bitter", ""},
			{"Tom Hale", "noted", KindIndirect, "any change would come later", ""},
			{"Dover Police Department", "reported", KindMixed, "“2,521 shooting incidents” in the city", ""}}},
	{"'the Republican presidential nominee' is the person the article named with that party and title; a party or 'Rival' before a full name is a label, not part of the name", []string{
		"Republican presidential nominee Tom Hale spoke in Ohio. Rival Ann Lee spoke in Iowa.",
		"The Republican presidential nominee said his campaign would spend more on ads. Ann Lee said she would not.",
		"Democrat Bo Park, a senator, said the race was close."},
		[]wantStmt{
			{"Tom Hale", "said", KindIndirect, "his campaign would spend more on ads", ""},
			{"Ann Lee", "said", KindIndirect, "she would not", ""},
			{"Bo Park", "said", KindIndirect, "the race was close", ""}}},
	{"a run-in section head ('The Gap Goes On: …') and a short subheading ('Gender Equality.') name no one a later 'he' could be", []string{
		"Tom Hale, the head of the agency, vowed not to repeat that mistake.",
		"Gender Equality.",
		"The Gap Goes On: It was under Mr. Hale's watch that the board set up a women's unit. And in recent months, he said he backed the idea of a woman succeeding him."},
		[]wantStmt{
			{"Tom Hale", "vowed", KindIndirect, "not to repeat that mistake", ""},
			{"Tom Hale", "said", KindIndirect, "he backed the idea of a woman succeeding him", ""}}},
	{"'in possession of video', 'comment on the letter' are no media of the statement; 'vowed not to repeat that mistake and established …' ends before the next act", []string{
		"Tom Hale said officials are in possession of video that shows the blast.",
		"Ann Lee said she cannot comment on the letter because she has not seen it.",
		"Bo Park vowed not to repeat that mistake and established a new policy for staff."},
		[]wantStmt{
			{"Tom Hale", "said", KindIndirect, "officials are in possession of video that shows the blast", ""},
			{"Ann Lee", "said", KindIndirect, "she cannot comment on the letter because she has not seen it", ""},
			{"Bo Park", "vowed", KindIndirect, "not to repeat that mistake", ""}}},
	{"'the campaign' refers back only to a campaign, never to the last agency named", []string{
		"The FBI opened an office in the city last year.",
		"The campaign says the ad will air nationally."},
		[]wantStmt{
			{"The campaign", "says", KindIndirect, "the ad will air nationally", ""}}},
	{"'encouraged Americans to …' is a request, and one cue of its own after 'and'; 'The results encouraged investors' is none", []string{
		"Tom Hale tweeted that the report was “a con” and encouraged voters to “check out” the tape.",
		"The strong results encouraged investors."},
		[]wantStmt{
			{"Tom Hale", "tweeted", KindMixed, "the report was “a con”", ""},
			{"Tom Hale", "encouraged", KindMixed, "voters to “check out” the tape", ""}}},
	{"'questioned what kind of person gets up …' is an indirect question; 'complained about X, even suggesting he …' goes on speaking, while 'The data showed a rise, suggesting …' infers", []string{
		"Ann Lee questioned what kind of person gets up at 3 a.m. to send angry posts.",
		"Tom Hale complained about his microphone, even suggesting he may have been sabotaged.",
		"The data showed a rise, suggesting the policy worked."},
		[]wantStmt{
			{"Ann Lee", "questioned", KindIndirect, "what kind of person gets up at 3 a.m. to send angry posts", ""},
			{"Tom Hale", "suggesting", KindIndirect, "he may have been sabotaged", ""}}},
	{"'Tom Hale's campaign is defending … It's denouncing what it calls …', 'Ann Lee plans to … The campaign says …': a campaign is its candidate's; an ad can question", []string{
		"Tom Hale’s campaign is defending his posts. It’s denouncing what it calls “the biggest media attack in history.”",
		"Ann Lee plans to call on young people to serve.",
		"The campaign says the candidate will announce plans Friday.",
		"A memorable Lee ad in 2008 questioned whether Hale was ready to face emergencies."},
		[]wantStmt{
			{"Tom Hale’s campaign", "calls", KindDirect, "the biggest media attack in history.", ""},
			{"Ann Lee's campaign", "says", KindIndirect, "the candidate will announce plans Friday", ""},
			{"A memorable Lee ad in 2008", "questioned", KindIndirect, "whether Hale was ready to face emergencies", ""}}},
	{"'said A, and when pressed, the 34-year-old mother of three replied, “B”': a new subject after a fronted clause ends the first content, and the parent described is the one named", []string{
		"Ann Lee spoke on Monday. She said fathers would not be eligible, and when pressed on why, the 34-year-old mother of three replied, \"It is meant to help the mother.\""},
		[]wantStmt{
			{"Ann Lee", "said", KindIndirect, "fathers would not be eligible", ""},
			{"Ann Lee", "replied", KindDirect, "It is meant to help the mother.", ""}}},
	{"'Lee said she …' after 'Bo Lee' spoke: the pronouns after a bare surname pick the bearer of that sex", []string{
		"Ann Lee met donors in May.",
		"Former president Tom Lee announced that he would step down from the board.",
		"During her campaign, Lee issued a statement saying she would push for a new rail line.",
		"Lee said she was proud of the plan."},
		[]wantStmt{
			{"Tom Lee", "announced", KindIndirect, "he would step down from the board", ""},
			{"Ann Lee", "saying", KindIndirect, "she would push for a new rail line", ""},
			{"Ann Lee", "said", KindIndirect, "she was proud of the plan", ""}}},
	{"'“… Ann Lee never took action …,” her campaign said' after a newspaper was the subject: 'her' is the woman named, not the paper", []string{
		"Those firms gave money to Ann Lee's charities, for her White House race.",
		"THE LEDGER reached these conclusions by reading lobbying data.",
		"Some of the firms said they had done nothing wrong.",
		"\"We have no record of such meetings. The fact remains, Ann Lee never took action because of donations,\" her campaign said."},
		[]wantStmt{
			{"Some of the firms", "said", KindIndirect, "they had done nothing wrong", ""},
			{"Ann Lee's campaign", "said", KindDirect, "We have no record of such meetings. The fact remains, Ann Lee never took action because of donations", ""}}},
	{"'looked to Kukura, who had revived the club … He declined. “…,” he said' and 'A freshman named Ann Puckett posted …': the person of a relative clause or named after a description is the focus", []string{
		"Bo Kukura is a junior. Tom Hale spoke in May.",
		"Hale backers on campus looked to Kukura, who had recently revived the campus club, to take a stand. He declined.",
		"\"We were a new club and we did not want to take sides,\" he said.",
		"Tucker Reed, a senior, wrote the message in chalk.",
		"A freshman named Ann Puckett posted a picture of the image online.",
		"\"Super proud of our art work,\" she tweeted."},
		[]wantStmt{
			{"Bo Kukura", "said", KindDirect, "We were a new club and we did not want to take sides", ""},
			{"Ann Puckett", "tweeted", KindDirect, "Super proud of our art work", ""}}},
	{"'blasted the media for being “dishonest”' is a censure with its grounds; 'Ann Lee's brief said' is a document speaking", []string{
		"Tom Hale blasted the press for being “unbelievably dishonest.”",
		"Ann Lee's brief said that was not her view."},
		[]wantStmt{
			{"Tom Hale", "blasted", KindMixed, "the press for being “unbelievably dishonest.”", ""},
			{"Ann Lee's brief", "said", KindIndirect, "that was not her view", ""}}},
	{"'Everything Hale says is a lie' names no source", []string{
		"Everything Hale says is a lie unless proven otherwise.",
		"The mayor pledged to fix the roads."},
		[]wantStmt{
			{"The mayor", "pledged", KindIndirect, "to fix the roads", ""}}},
	{"'called her vote in favor of the war a mistake': the object may hold 'in favor of'", []string{
		"At the forum, Ann Lee called her vote in favor of the Iraq War a mistake."},
		[]wantStmt{
			{"Ann Lee", "called", KindIndirect, "her vote in favor of the Iraq War a mistake", ""}}},
	{"'condemning him Saturday in harsh terms' says whom, not what; 'the wall that Hale promised he would build.' has the wall for object", []string{
		"The tape is prompting party members to rebuke their nominee, condemning him Saturday in harsh terms.",
		"They drew the border wall that Tom Hale promised he would build."},
		nil},
	{"'“…,” one said.' and '“…,” said another.' with no group named before: someone unnamed said the quotation", []string{
		"\"So, what do you think of the candidate?\" Bo Kukura asked.",
		"\"I am voting for him,\" one said. \"She lies too much.\"",
		"\"I feel good about the running mate,\" said another."},
		[]wantStmt{
			{"Bo Kukura", "asked", KindDirect, "So, what do you think of the candidate?", ""},
			{"one", "said", KindDirect, "I am voting for him,\" one said. \"She lies too much.", ""},
			{"another", "said", KindDirect, "I feel good about the running mate", ""}}},
}

func TestStatementsRulesFourteenth(t *testing.T) {
	runStmtCases(t, stmtRuleCasesFourteenth)
}
