package extractors

import "testing"

// stmtRuleCasesNineteenth are the rules of the nineteenth session, each
// in sentences of our own that fail without it.
var stmtRuleCasesNineteenth = []stmtCase{
	{"'backed by Dana Ford, a Democrat, who said …': the name, not its role in apposition, speaks", []string{
		"The plan was backed by Dana Ford, a Democrat, who said none of the files came from Lee.",
		"The deal was backed by Sen. Ann Cole of Ohio, the ranking Democrat on the panel, who said the money was there.",
		"Tom Hale, the ranking Republican on the panel, who said the report was late, left early."},
		[]wantStmt{
			{"Dana Ford", "said", KindIndirect, "none of the files came from Lee", ""},
			{"Ann Cole", "said", KindIndirect, "the money was there", ""},
			{"Tom Hale", "said", KindIndirect, "the report was late", ""}}},
	{"a quotation resumes after an attribution that reports a statement of its own: one statement, and the one inside", []string{
		"“Is the mayor running against her own council?” asked Ann Lee, referring to what she calls the “rigged” budget process. “The answer is plainly yes.”"},
		[]wantStmt{
			{"Ann Lee", "asked", KindDirect, "Is the mayor running against her own council?” asked Ann Lee, referring to what she calls the “rigged” budget process. “The answer is plainly yes.", ""},
			{"Ann Lee", "calls", KindMixed, "the “rigged” budget process", ""}}},
	{"'Ford advisers' is a group: 'Mr. Ford' later is the man, and 'he' after his words is still him", []string{
		"Ford advisers had said that a win in Ohio was their best chance.",
		"“We have to unite the party,” said Jay Jacobs, a party chairman.",
		"Mr. Ford spent Tuesday in Iowa.",
		"“There are five primaries next week,” Mr. Ford said.",
		"He also expressed concern about the closed primary and said he hoped it would change."},
		[]wantStmt{
			{"Ford advisers", "said", KindIndirect, "a win in Ohio was their best chance", ""},
			{"Jay Jacobs", "said", KindDirect, "We have to unite the party", ""},
			{"Ford", "said", KindDirect, "There are five primaries next week", ""},
			{"Ford", "said", KindIndirect, "he hoped it would change", ""}}},
	{"'the lifelong Republican said' refers back to the party member just named in full", []string{
		"Richard Cross wrote the speech for the convention.",
		"The lifelong Republican said he would not vote for the nominee.",
		"Ann Lee runs the bakery on Main Street.",
		"The Democrat said sales had doubled."},
		[]wantStmt{
			{"Richard Cross", "said", KindIndirect, "he would not vote for the nominee", ""},
			{"Ann Lee", "said", KindIndirect, "sales had doubled", ""}}},
	{"'boomed', 'thundered' and 'bellowed' attribute a quotation; 'sales boomed' is no speech", []string{
		"Smiling broadly, Mayor Ann Lee thanked the crowd and then boomed, “Today, you proved there is no place like home.”",
		"Sales of bikes boomed in the spring, and the shop hired two more workers.",
		"“This is a disgrace,” thundered Tom Hale, the council leader.",
		"The storm thundered through the valley all night."},
		[]wantStmt{
			{"Ann Lee", "boomed", KindDirect, "Today, you proved there is no place like home.", ""},
			{"Tom Hale", "thundered", KindDirect, "This is a disgrace", ""}}},
	{"absolute phrases: '– Ryan saying … and Trump calling …', ', with Lee saying …': the name before each participle speaks, and each content ends where the next begins", []string{
		"Both men issued a statement expressing optimism – Paul Ryan saying he was “very encouraged” and Donald Trump calling it a “great meeting.”",
		"The two leaders spoke by phone, with Ann Lee saying the talks were useful and Bo Park calling them a waste of time."},
		[]wantStmt{
			{"Paul Ryan", "saying", KindMixed, "he was “very encouraged”", ""},
			{"Donald Trump", "calling", KindMixed, "it a “great meeting.”", ""},
			{"Ann Lee", "saying", KindIndirect, "the talks were useful", ""},
			{"Bo Park", "calling", KindIndirect, "them a waste of time", ""}}},
	{"'House Speaker Paul Ryan': Speaker before a full name is a title, so the surname alone is completed to the name", []string{
		"Lee met House Speaker Paul Ryan on Monday.",
		"“It went well,” Ryan said."},
		[]wantStmt{
			{"Paul Ryan", "said", KindDirect, "It went well", ""}}},
	{"'asked the Cleveland crowd “If …?”': a question quoted right after its audience, with no comma, is the asker's; a quoted fragment is not", []string{
		"Ann Lee asked the Cleveland crowd “If the mayor can't give us the truth, why should we give her the job?”",
		"Lee asked the council “hard questions” about the budget."},
		[]wantStmt{
			{"Ann Lee", "asked", KindDirect, "If the mayor can't give us the truth, why should we give her the job?", "the Cleveland crowd"}}},
	{"'from Sumter, South Carolina,': the comma between a town and its state bounds no phrase, with or without the comma after the state", []string{
		"Dean Johnson, a 55-year-old salesman from Sumter, South Carolina, says the senator will “leave here with momentum.”",
		"Stacy Baker of Columbia, South Carolina says she thinks the senator can win."},
		[]wantStmt{
			{"Dean Johnson", "says", KindMixed, "the senator will “leave here with momentum.”", ""},
			{"Stacy Baker", "says", KindIndirect, "she thinks the senator can win", ""}}},
	{"', two days after the vote' after a closing attribution is when it was said, not more content", []string{
		"Park won the Iowa race, the AP said on Thursday, two days after the vote.",
		"The bridge will reopen in May, the mayor said on Friday, a week before the council meets."},
		[]wantStmt{
			{"AP", "said", KindIndirect, "Park won the Iowa race", ""},
			{"the mayor", "said", KindIndirect, "The bridge will reopen in May", ""}}},
	{"titles and honorifics given with one full name ('businessman Donald Dorsey', 'Mr. Dorsey') do not make another of that surname ('Mara Dorsey') a man", []string{
		"Donald Dorsey won the primary on Saturday.",
		"Mara Dorsey tells supporters that “he loves you.” She says they are going on to Nevada.",
		"Ted Cole, the governor, said the vote was fair.",
		"The rally drew billionaire businessman Donald Dorsey and his family."},
		[]wantStmt{
			{"Mara Dorsey", "tells", KindDirect, "he loves you.", "supporters"},
			{"Mara Dorsey", "says", KindIndirect, "they are going on to Nevada", ""},
			{"Ted Cole", "said", KindIndirect, "the vote was fair", ""}}},
	{"'his recent claim that …' is a speech noun, its owner the man just named; a bracket's '(…, according to Factcheck.org)' holds its own clause; a website is no person", []string{
		"Tom Hale cites his followers as the source for some of his claims, such as his recent claim that crime had doubled in the city (the true rise is closer to 5 percent, according to Factcheck.org). He defended his plan by citing a poll of 300 voters."},
		[]wantStmt{
			{"Factcheck.org", "according to", KindIndirect, "the true rise is closer to 5 percent", ""},
			{"Tom Hale", "claim", KindIndirect, "crime had doubled in the city", ""},
			{"Tom Hale", "citing", KindIndirect, "a poll of 300 voters", ""}}},
	{"'confirmed 68 judicial nominees' is a Senate vote on appointments; 'confirmed that …' and 'confirmed the resumption of talks' are statements", []string{
		"Democrats controlled the Senate and had confirmed 68 judicial nominees by this point.",
		"The Senate has been confirming judges at the slowest pace in decades.",
		"The ministry confirmed that the nominee had withdrawn.",
		"The ministry confirmed the resumption of talks with Ankara."},
		[]wantStmt{
			{"The ministry", "confirmed", KindIndirect, "the nominee had withdrawn", ""},
			{"The ministry", "confirmed", KindIndirect, "the resumption of talks with Ankara", ""}}},
	{"'said on Thursday he “hand-delivered …”': a pronoun, then a quotation that opens with its verb, is the reported clause", []string{
		"In an interview, Senator Dana Ford said on Thursday he “hand-delivered a letter to the attorney general today.”"},
		[]wantStmt{
			{"Dana Ford", "said", KindMixed, "he “hand-delivered a letter to the attorney general today.”", ""}}},
	{"', and he reiterated …' after a quotation closed by a comma is a second statement, not speech inside the first", []string{
		"Mayor Tom Hale, however, said he was “the right man for the job,” and he reiterated his claim that the council had lied."},
		[]wantStmt{
			{"Tom Hale", "said", KindMixed, "he was “the right man for the job,”", ""},
			{"Tom Hale", "reiterated", KindIndirect, "his claim that the council had lied", ""}}},
	{"'X, he said; Y': the content is before the attribution, not the clause after the semicolon", []string{
		"Director Tom Hale spoke to the panel. The files did hold classified markings, he said; his agents found them during the inquiry."},
		[]wantStmt{
			{"Tom Hale", "said", KindIndirect, "The files did hold classified markings", ""}}},
	{"', though Mrs. Ford said …' after a statement is a new source's statement, not speech inside the first", []string{
		"Other candidates have followed Hale's lead, saying the record is a fair target, though Mrs. Ford said she doubted voters would care."},
		[]wantStmt{
			{"Other candidates", "saying", KindIndirect, "the record is a fair target", ""},
			{"Ford", "said", KindIndirect, "she doubted voters would care", ""}}},
	{"'Although in May she said A, at the town hall this week she said B': two statements, the main clause past its adjunct", []string{
		"Ann Lee spoke at a town hall on Monday.",
		"Although in May she said her decision to use the account was a mistake, at the town hall this week she said she did not regret it."},
		[]wantStmt{
			{"Ann Lee", "said", KindIndirect, "her decision to use the account was a mistake", ""},
			{"Ann Lee", "said", KindIndirect, "she did not regret it", ""}}},
	{"'the self-described democratic socialist said' refers back to the person just named in full", []string{
		"Senator Ben Ortiz toured the state on Monday.",
		"The self-described democratic socialist said he would win the primary if turnout were high."},
		[]wantStmt{
			{"Ben Ortiz", "said", KindIndirect, "he would win the primary if turnout were high", ""}}},
	{"'cast her victory as a sign …' frames like 'portrayed … as'; 'cast a vote', 'cast doubt on' and 'was cast as the villain' do not", []string{
		"Lee's aides cast her victory in Ohio as a sign that her message was working.",
		"Hale cast his vote early and cast doubt on the count.",
		"The actor was cast as the villain in the film."},
		[]wantStmt{
			{"Lee's aides", "cast", KindIndirect, "her victory in Ohio as a sign that her message was working", ""}}},
	{"'spent much of the week portraying Sanders as …': the participle after a stretch of time is the subject's act, not the noun's", []string{
		"Ann Lee spent much of the run-up to the caucuses portraying her rival as focused on one issue."},
		[]wantStmt{
			{"Ann Lee", "portraying", KindIndirect, "her rival as focused on one issue", ""}}},
	{"'Some 20 percent of people in a recent poll say …' and 'three-quarters of the voters said …' are a poll's figures, not statements; 'Half of the 40 workers said …' speaks", []string{
		"Some 20 percent of people in a recent CNN poll say they believe the claim.",
		"About three-quarters of the voters in exit polls said they were worried about the economy.",
		"Half of the 40 workers said they had not been paid."},
		[]wantStmt{
			{"Half of the 40 workers", "said", KindIndirect, "they had not been paid", ""}}},
	{"'The other candidate, former Secretary of State Ann Lee, said': a title with its 'of' before the name; 'Alarmed by the unrest, Senator Tom Hale, the leader, said': the fronted participle is no subject", []string{
		"The other candidate, former Secretary of State Ann Lee, said that the concerns were real.",
		"Alarmed by the unrest in Nevada, Senator Tom Hale, the minority leader, said that he spoke with the governor on Tuesday."},
		[]wantStmt{
			{"Ann Lee", "said", KindIndirect, "the concerns were real", ""},
			{"Tom Hale", "said", KindIndirect, "he spoke with the governor on Tuesday", ""}}},
	{"a verb in the cue's own form after 'and' is the speaker's next act ('pledging reform and trying …', 'denies it was … and goes …'); '… and sales dropped' and '… was working and creating jobs' stay content", []string{
		"Turkey denies the killings were a genocide and goes to great lengths to suppress the term.",
		"The mayor says the firm had losses and sales dropped in May.",
		"Ann Lee spent the week pledging further police reform and trying to connect with skeptical voters.",
		"Tom Hale is saying the plan was working and creating jobs."},
		[]wantStmt{
			{"Turkey", "denies", KindIndirect, "the killings were a genocide", ""},
			{"The mayor", "says", KindIndirect, "the firm had losses and sales dropped in May", ""},
			{"Ann Lee", "pledging", KindIndirect, "further police reform", ""},
			{"Tom Hale", "saying", KindIndirect, "the plan was working and creating jobs", ""}}},
	{"', which provides …' after a noun phrase said is the writer's description of it; ', which it said …' stays the source's", []string{
		"Ann Lee denounced efforts to defund the clinic, which serves 4,000 women a year.",
		"The rebels claimed responsibility for downing the drone, which they said crashed near the border."},
		[]wantStmt{
			{"Ann Lee", "denounced", KindIndirect, "efforts to defund the clinic", ""},
			{"The rebels", "claimed", KindIndirect, "responsibility for downing the drone", ""},
			{"The rebels", "said", KindIndirect, "crashed near the border", ""}}},
	{"'“Is it true?” Todd asked the mayor.': a question closed by its mark, then the asker and whom he asked, is one attribution", []string{
		"“Is it true?” Todd asked the mayor.",
		"“Will you run again?” Lee asked the real estate mogul.",
		"“Who signs the contracts?” Hale asked again."},
		[]wantStmt{
			{"Todd", "asked", KindDirect, "Is it true?", "the mayor"},
			{"Lee", "asked", KindDirect, "Will you run again?", "the real estate mogul"},
			{"Hale", "asked", KindDirect, "Who signs the contracts?", ""}}},
	{"a subordinate clause that opens the sentence ('Not long after Hale tweeted …,', 'And once the man mentioned …,') ends its content at its comma; 'laughed when he urged voters, “…”' does not", []string{
		"Not long after Tom Hale tweeted the old slogan, a reporter asked him about it.",
		"And once the man mentioned that he had switched to feather pillows, the doctor made a diagnosis.",
		"The crowd laughed when Ann Lee urged voters, “Look what I have delivered.”"},
		[]wantStmt{
			{"Tom Hale", "tweeted", KindIndirect, "the old slogan", ""},
			{"the man", "mentioned", KindIndirect, "he had switched to feather pillows", ""},
			{"Ann Lee", "urged", KindMixed, "voters, “Look what I have delivered.”", ""}}},
	{"'Ann Lee: I'm Not Much Of A Socialist Compared To Ike.' is a headline linking another story; a transcript's 'Ann Lee: I'm not much of a socialist.' speaks", []string{
		"Ann Lee: I’m Not Much Of A Socialist Compared To Ike.",
		"Tom Hale: I think the council got this one wrong, and I said so."},
		[]wantStmt{
			{"Tom Hale", "", KindDirect, "I think the council got this one wrong, and I said so.", ""}}},
	{"'recalled Ali's generosity', 'recalled the night as the worst of his life': a person's memory told; 'recalled 2 million cars' and 'recalled its ambassador' are acts", []string{
		"Tom Hale recalled Ali’s generosity in support of a hunger program in the city.",
		"Ray Cole recalled the night of the fire as the worst of his life.",
		"Acme Motors recalled 2 million cars on Tuesday.",
		"The government recalled its ambassador from Rome."},
		[]wantStmt{
			{"Tom Hale", "recalled", KindIndirect, "Ali’s generosity in support of a hunger program in the city", ""},
			{"Ray Cole", "recalled", KindIndirect, "the night of the fire as the worst of his life", ""}}},
	{"'called Lee's squabble with the agencies unusual': a phrase inside the object, then the verdict that ends the sentence; 'called the mayor with the news' is a phone call", []string{
		"Tom Hale runs a project on secrecy. Still, he called Lee's public squabble with the agencies unusual.",
		"Jo Park called the mayor with the news on Friday."},
		[]wantStmt{
			{"Tom Hale", "called", KindIndirect, "Lee's public squabble with the agencies unusual", ""}}},
	{"groups: 'South Carolina and Nevada' are places 'they' cannot mean; 'five past and current employees' is one group", []string{
		"The aides told the group that they were not expecting to win Iowa. They said they were hopeful that things would turn their way by the next two - South Carolina and Nevada - but the path was long.",
		"However, five past and current employees separately told the Post that the firm offers no paid leave."},
		[]wantStmt{
			{"The aides", "told", KindIndirect, "they were not expecting to win Iowa", "the group"},
			{"The aides", "said", KindIndirect, "they were hopeful that things would turn their way by the next two - South Carolina and Nevada - but the path was long", ""},
			{"five past and current employees", "told", KindIndirect, "the firm offers no paid leave", "the Post"}}},
	{"'Mr. Sanders' before a verb is a name, not a plural like 'voters' that 'several' counts from", []string{
		"Several threatened to disrupt the convention over a nominating system that they say has treated Mr. Sanders unfairly."},
		nil},
	{"a sentence ending in a quotation right after 'he said.' runs on, though its first word is capitalised only as the sentence's first ('Good information can …')", []string{
		"Jeff Hemsley studies the spread of rumors.",
		"This makes it hard to dislodge misinformation, he said. Good information can still drive out bad, but usually only when “the truth is sexier than the lie.”"},
		[]wantStmt{
			{"Jeff Hemsley", "said", KindIndirect, "This makes it hard to dislodge misinformation", ""},
			{"Jeff Hemsley", "", KindMixed, "Good information can still drive out bad, but usually only when “the truth is sexier than the lie.", ""}}},
	{"a spaced hyphen sets off an aside like a dash, and the aside may hold a quoted slogan of several words", []string{
		"A representative for the Lee brand - a 12-employee business pitched as “the ultimate destination for women” - noted that the company offers new mothers eight weeks of paid leave."},
		[]wantStmt{
			{"A representative for the Lee brand", "noted", KindIndirect, "the company offers new mothers eight weeks of paid leave", ""}}},
	{"'“Go Donald, go!!!,” Lee wrote': a comma after the exclamation inside the marks carries the sentence on to its attribution", []string{
		"Ann Lee praised the result.",
		"“Go Donald, go!!!,” Italy’s Northern League leader Tom Hale wrote on Facebook. “We are on the same wavelength.”"},
		[]wantStmt{
			{"Tom Hale", "wrote", KindDirect, "Go Donald, go!!!,” Italy’s Northern League leader Tom Hale wrote on Facebook. “We are on the same wavelength.", ""}}},
	{"a short title in quotation marks inside the apposition ('Hemsley, the co-author of “Going Viral,” said') is no quotation of the speaker's", []string{
		"Jeff Hemsley teaches in New York.",
		"Hemsley, the co-author of “Going Viral,” about the spread of rumors, said the days of one shared story are gone.",
		"Hemsley, the author of “Fast Lies,” said the old papers had lost their hold."},
		[]wantStmt{
			{"Jeff Hemsley", "said", KindIndirect, "the days of one shared story are gone", ""},
			{"Jeff Hemsley", "said", KindIndirect, "the old papers had lost their hold", ""}}},
}

func TestStatementsRulesNineteenth(t *testing.T) {
	runStmtCases(t, stmtRuleCasesNineteenth)
}
