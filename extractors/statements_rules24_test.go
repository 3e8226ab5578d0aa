package extractors

import "testing"

// stmtRuleCasesTwentyFourth are the rules of the twenty-fourth session,
// each in sentences of our own that fail without it.
var stmtRuleCasesTwentyFourth = []stmtCase{
	{"'the group, which has been the target of a U.S.-led campaign, is …': a hyphen after a dotted abbreviation joins one word, not a dash that ends the content", []string{
		"Ann Lee argued the rebel group, which has been the target of a U.S.-led campaign for two years, is “close to collapse.”"},
		[]wantStmt{
			{"Ann Lee", "argued", KindMixed, "the rebel group, which has been the target of a U.S.-led campaign for two years, is “close to collapse.”", ""}}},
	{"'…, Ann Lee told a Senate panel Wednesday.': a chamber's panel or committee is the whole addressee, and the clause before is what was said", []string{
		"The county is hiring twelve more inspectors, Ann Lee told a Senate panel Wednesday.",
		"Tom Hale told a House committee that the bridge would reopen."},
		[]wantStmt{
			{"Ann Lee", "told", KindIndirect, "The county is hiring twelve more inspectors", "a Senate panel"},
			{"Tom Hale", "told", KindIndirect, "the bridge would reopen", "a House committee"}}},
	{"'This includes a new levy, Hale told reporters.': 'this' before a noun that is no time opens content, not a time phrase (but 'This week, …' is one)", []string{
		"This includes a hotel levy, Tom Hale told reporters."},
		[]wantStmt{
			{"Tom Hale", "told", KindIndirect, "This includes a hotel levy", "reporters"}}},
	{"'“…,” Lee said Dec. 6 on Radio Four.': a date after the verb is its adjunct, not what was said (but 'said May 5 was the deadline' keeps the date)", []string{
		"“We will not close the clinic,” Ann Lee said Dec. 6 on Radio Four.",
		"Tom Hale said March 3 that the bridge would reopen."},
		[]wantStmt{
			{"Ann Lee", "said", KindDirect, "We will not close the clinic", ""},
			{"Tom Hale", "said", KindIndirect, "the bridge would reopen", ""}}},
	{"'has said A, but she has bristled at B': after 'has said', a present perfect in the speaker's pronoun is the writer's account of her next act (but 'said A, but he had slept well' is reported)", []string{
		"Ann Lee has said she will not quit the race, but she has bristled at questions about her health.",
		"Tom Hale said he was tired, but he had slept well."},
		[]wantStmt{
			{"Ann Lee", "said", KindIndirect, "she will not quit the race", ""},
			{"Tom Hale", "said", KindIndirect, "he was tired, but he had slept well", ""}}},
	{"'Lee accuses the mayor of lying and Tom Hale says B': a person named in full after 'and', with a cue of his own, is a second source even without a comma", []string{
		"Ann Lee accuses the mayor of “hiding the numbers” and Tom Hale says the budget is “a fiction.”"},
		[]wantStmt{
			{"Ann Lee", "accuses", KindMixed, "the mayor of “hiding the numbers”", ""},
			{"Tom Hale", "says", KindMixed, "the budget is “a fiction.”", ""}}},
	{"'told Yahoo! News in a story that posted this week that …': a brand's '!' ends no sentence and no addressee, a name takes no 'in …' phrase as part of it, and 'a story that posted' is a relative clause, not another cue", []string{
		"Ann Lee told Yahoo! News in a story that posted this week that the county had lost the records.",
		"Tom Hale told CNN in 2019 that the bridge was safe."},
		[]wantStmt{
			{"Ann Lee", "told", KindIndirect, "the county had lost the records", "Yahoo! News"},
			{"Tom Hale", "told", KindIndirect, "the bridge was safe", "CNN"}}},
	{"'Ann Lee, who’s called for …': the contracted relative pronoun is no speaker; the name before it is", []string{
		"Apart from Ann Lee, who’s called for a hiring freeze, the council members offered no plan."},
		[]wantStmt{
			{"Ann Lee", "called for", KindIndirect, "a hiring freeze", ""}}},
	{"'is reported to have called …', 'appeared to have told …': the subject reaches its speech verb across the hedge", []string{
		"Mayor Tom Hale is reported to have called the audit “a witch hunt.”",
		"Ann Lee appeared to have told the board that the plan was dead."},
		[]wantStmt{
			{"Tom Hale", "called", KindMixed, "the audit “a witch hunt.”", ""},
			{"Ann Lee", "told", KindIndirect, "the plan was dead", "the board"}}},
	{"'For instance, the lawsuit claims the firm misled …': after an opening phrase, as at the start, a document's 'claims' before a clause is its verb (but 'the police report' stays a noun)", []string{
		"For instance, the lawsuit claims the firm misled investors.",
		"For instance, the white paper notes that the agency monitored the mosques."},
		[]wantStmt{
			{"the lawsuit", "claims", KindIndirect, "the firm misled investors", ""},
			{"the white paper", "notes", KindIndirect, "the agency monitored the mosques", ""}}},
	{"'echoing some commentators who have suggested that …': a group named as an object speaks in the present perfect too, 'some' opening it (but 'Many who said …' is a count)", []string{
		"Ann Lee called the levy unfair, echoing some local economists who have argued that it hurts renters.",
		"Many who said they were undecided stayed home."},
		[]wantStmt{
			{"Ann Lee", "called", KindIndirect, "the levy unfair", ""},
			{"some local economists", "argued", KindIndirect, "it hurts renters", ""}}},
	{"'A, as Ms. Lee suggested at the meeting.': a named person after 'as' owns the clause before, as after a comma", []string{
		"Closing that gap means cutting costs wherever savings can be found, as Ms. Lee suggested at the meeting with analysts."},
		[]wantStmt{
			{"Lee", "suggested", KindIndirect, "Closing that gap means cutting costs wherever savings can be found", ""}}},
	{"'called those advocating for more direct state intervention “fools”': an object opened by 'those' may run longer before the verdict (but 'called those who voted at the session on Monday' names no verdict)", []string{
		"In October, Tom Hale called those advocating for more direct state intervention “fools” who “want a fight.”",
		"Ann Lee called those who voted for the bill at the session on Monday."},
		[]wantStmt{
			{"Tom Hale", "called", KindMixed, "those advocating for more direct state intervention “fools” who “want a fight.”", ""}}},
	{"'Even the mayor says …', 'Only Ann Lee said …': a focus word before the subject is no part of the speaker's name", []string{
		"Even the mayor says the bridge plan is dead.",
		"Only Ann Lee said the vote should wait."},
		[]wantStmt{
			{"the mayor", "says", KindIndirect, "the bridge plan is dead", ""},
			{"Ann Lee", "said", KindIndirect, "the vote should wait", ""}}},
	{"'went out of her way to say that …': the speaker made a point of saying it (but 'went out of his way to criticize the department' names only a target)", []string{
		"Mayor Ann Lee went out of her way to say that the levy had worked.",
		"Tom Hale went out of his way to criticize the department on Tuesday."},
		[]wantStmt{
			{"Ann Lee", "say", KindIndirect, "the levy had worked", ""}}},
	{"'argued against a new levy': a stance stated, like 'warned against'", []string{
		"Tom Hale argued against a new levy on hotel rooms."},
		[]wantStmt{
			{"Tom Hale", "argued", KindIndirect, "against a new levy on hotel rooms", ""}}},
	{"'questioned the county's commitment to the plan and refused to …': after a possessive name's noun phrase, 'and' with a past verb is the speaker's next act", []string{
		"Tom Hale questioned Ann Lee’s commitment to the levy and refused to back the final budget."},
		[]wantStmt{
			{"Tom Hale", "questioned", KindIndirect, "Ann Lee’s commitment to the levy", ""}}},
	{"'defended his deputy as a “decent man” Tuesday': defending in quoted words is a verdict, and the day after a quoted verdict is no part of it (but 'defended her title' is an act)", []string{
		"Tom Hale defended his deputy as a “very decent man” Tuesday, hours after the charges were filed.",
		"Ann Lee called the plan “a disaster” on Monday.",
		"The champion defended her title as the tournament began."},
		[]wantStmt{
			{"Tom Hale", "defended", KindMixed, "his deputy as a “very decent man”", ""},
			{"Ann Lee", "called", KindMixed, "the plan “a disaster”", ""}}},
	{"'The audit cited no evidence that …': nothing was put forward, so nothing was stated (but 'told lawmakers no evidence supports the claim' is a clause)", []string{
		"The audit report cited no evidence that the clerk had altered the ballots.",
		"Tom Hale told lawmakers no evidence supports the claim."},
		[]wantStmt{
			{"Tom Hale", "told", KindIndirect, "no evidence supports the claim", "lawmakers"}}},
	{"'says he is “losing the fight,” part of a lashing they have …': a gloss opened by 'part of' after the quotation is the writer's (but 'part of which …' goes on)", []string{
		"Tom Hale says the mayor is “losing the fight on crime,” part of a verbal lashing the council has given her all year.",
		"Ann Lee said the levy was “a fair deal,” part of which would fund schools."},
		[]wantStmt{
			{"Tom Hale", "says", KindMixed, "the mayor is “losing the fight on crime,”", ""},
			{"Ann Lee", "said", KindMixed, "the levy was “a fair deal,” part of which would fund schools", ""}}},
	{"'… listening to Mayor Tom Hale's statement. He called …': with no person as the sentence's subject, the person whose words it mentions is the next 'he' (not the last speaker)", []string{
		"“It was not a crime,” said Bo Park, a law professor.",
		"That may sound odd to anyone listening to Mayor Tom Hale’s statement on Tuesday. He called the audit “deeply flawed.”"},
		[]wantStmt{
			{"Bo Park", "said", KindDirect, "It was not a crime", ""},
			{"Tom Hale", "called", KindMixed, "the audit “deeply flawed.”", ""}}},
	{"'About 40 rabbis have said that …, according to an organizer': an approximate count opens the subject, and the speaker stays the subject, not the relay", []string{
		"About 40 nurses have said that they will join the strike on Monday, according to an organizer."},
		[]wantStmt{
			{"About 40 nurses", "said", KindIndirect, "they will join the strike on Monday", ""}}},
}

func TestStatementsRulesTwentyFourth(t *testing.T) {
	runStmtCases(t, stmtRuleCasesTwentyFourth)
}
