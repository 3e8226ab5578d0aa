package extractors

import "testing"

// stmtRuleCasesSixteenth are the rules of the sixteenth session, each in
// sentences of our own that fail without it.
var stmtRuleCasesSixteenth = []stmtCase{
	{"a doctor the article names by one word only keeps the title: 'Dr. Feel', not 'Feel'", []string{
		"“Tainted pills kill more people than the drugs do,” Dr. Feel added."},
		[]wantStmt{
			{"Dr. Feel", "added", KindDirect, "Tainted pills kill more people than the drugs do", ""}}},
	{"'The unions made news when they said …': 'they' in a clause joined to the sentence is the group that opens it, not the last group of the sentence before", []string{
		"Three students argued about the vote at length.",
		"The unions made news when they said they would not back Smith.",
		"Chess clubs at Yale and Brown made news in June when they declined to back Smith, citing his plan to close the border."},
		[]wantStmt{
			{"The unions", "said", KindIndirect, "they would not back Smith", ""},
			{"Chess clubs at Yale and Brown", "citing", KindIndirect, "his plan to close the border", ""}}},
	{"'Behind a closed door, three students argued.': a phrase of place before the subject is the scene, not what was said", []string{
		"Behind a closed door, three students argued over the plan.",
		"Among the crowd, the students said nothing."},
		nil},
	{"a footnote mark after a full stop ('… the Harbor Ledger.2 Park has …') ends the sentence and belongs to neither", []string{
		"Among the county's mayors, Lee leads, according to the Harbor Ledger.2 Park has the most backers in the north."},
		[]wantStmt{
			{"Harbor Ledger", "according to", KindIndirect, "Among the county's mayors, Lee leads", ""}}},
	{"'Just as the union announced the deal, workers at Acme's plant in the northern state of Maine said …': 'state' after 'the northern' is a noun, so the long subject closes the fronted clause", []string{
		"Just as the union announced the Acme deal, workers at Acme's Dover assembly plant in the northern state of Maine said they were walking out."},
		[]wantStmt{
			{"the union", "announced", KindIndirect, "the Acme deal", ""},
			{"workers at Acme's Dover assembly plant in the northern state of Maine", "said", KindIndirect, "they were walking out", ""}}},
	{"', but felt ignored', ', but offered no proof', ', but it didn't say when …': after ', but' the writer narrates what the speaker did; other clauses after ', but' stay the speaker's", []string{
		"Ann Lee said she raised the matter with the board, but felt ignored by its members.",
		"Tom Hale claimed the mayor had taken the money, but offered no proof.",
		"Acme says the van is a preview of a model for Europe, but it didn't say when the van will go on sale.",
		"Bo Park said the plan was sound, but he did not disclose what it would cost.",
		"Jo Dee said the pool was late, but it would still open in May."},
		[]wantStmt{
			{"Ann Lee", "said", KindIndirect, "she raised the matter with the board", ""},
			{"Tom Hale", "claimed", KindIndirect, "the mayor had taken the money", ""},
			{"Acme", "says", KindIndirect, "the van is a preview of a model for Europe", ""},
			{"Bo Park", "said", KindIndirect, "the plan was sound", ""},
			{"Jo Dee", "said", KindIndirect, "the pool was late, but it would still open in May", ""}}},
	{"a one-word section head ('Terrorism.') names no one for a later 'he'", []string{
		"In 2009, the agency came under criticism. Ban Ki-moon, the secretary general of the United Nations, vowed not to repeat that mistake.",
		"Terrorism.",
		"Limited Tools to Fight Terrorism: The agency was set up at a time when conflicts erupted among nations.",
		"The Gap Goes On: It was under Mr. Ban's watch that the assembly set up a new office. He has championed equal pay. And in recent months, he said he backed the idea of a woman succeeding him."},
		[]wantStmt{
			{"Ban Ki-moon", "vowed", KindIndirect, "not to repeat that mistake", ""},
			{"Ban Ki-moon", "said", KindIndirect, "he backed the idea of a woman succeeding him", ""}}},
	{"'Senators Jeff Marsh (D-Ore.), Sam Brown (D-Ohio) and Rob Mendez (D-N.J.) said': a list of names with party tags speaks as one, not its last name", []string{
		"Senators Jeff Marsh (D-Ore.), Sam Brown (D-Ohio) and Rob Mendez (D-N.J.) said the claims could be grounds for a case."},
		[]wantStmt{
			{"Senators Jeff Marsh (D-Ore.), Sam Brown (D-Ohio) and Rob Mendez", "said", KindIndirect, "the claims could be grounds for a case", ""}}},
	{"'… routes — to Bath and York — that it launched in 2020, according to Cirium data': a pair of dashes sets off an aside inside the clause, which starts at the sentence's start", []string{
		"The expansion includes several new routes from Dover — to Bath, Leeds and York — that it launched in 2020, according to Cirium data."},
		[]wantStmt{
			{"Cirium data", "according to", KindIndirect, "The expansion includes several new routes from Dover — to Bath, Leeds and York — that it launched in 2020", ""}}},
	{"'announced donations to the cause: Acme pledged $10 million …': after a noun phrase, a colon and a clause of its own are the writer's; the clause may hold its own statement", []string{
		"Several firms announced donations to help the cause: Acme pledged $10 million to groups working for justice, though its chief has come under fire."},
		[]wantStmt{
			{"Several firms", "announced", KindIndirect, "donations to help the cause", ""},
			{"Acme", "pledged", KindIndirect, "$10 million to groups working for justice", ""}}},
	{"'promising lower taxes and “jobs, jobs, jobs,” but he has also …': the speaker's other acts after ', but he also' are the writer's", []string{
		"Tom Hale is promising lower rents and “homes, homes, homes,” but he has also sharpened his attacks on the council."},
		[]wantStmt{
			{"Tom Hale", "promising", KindMixed, "lower rents and “homes, homes, homes,”", ""}}},
	{"'it confirms the belief that …', 'confirmed our worst fears': a belief borne out, nothing said; 'confirmed the report that …' is still speech", []string{
		"Acme Corp released a new phone this week.",
		"What bothers me about Acme's new take on design is that it confirms the belief that the company seldom has new ideas.",
		"The union confirmed our worst fears about the old dam.",
		"The ministry confirmed the report that two ships had sunk."},
		[]wantStmt{
			{"The ministry", "confirmed", KindIndirect, "the report that two ships had sunk", ""}}},
	{"'“A,” she said. “B—” Her voice caught.': a quotation that breaks off at a dash ends its sentence, so it runs on from the one before", []string{
		"Ann Lee told me about that time. “We had lost a lot of friends,” she said. “Bill was away a lot, and I was afraid I would die alone out there—” Her voice caught."},
		[]wantStmt{
			{"Ann Lee", "said", KindDirect, "We had lost a lot of friends,” she said. “Bill was away a lot, and I was afraid I would die alone out there—", ""}}},
	{"'… the product — and also, she says, because …', 'The plan helped, but, she says, the cost …': an attribution after a conjunction owns only the clause that follows it", []string{
		"Ann Lee runs the lab.",
		"Dealers use the powder to bulk up the product — and also, she says, because it has a strong stimulant effect.",
		"The plan helped farmers, but, she says, the cost was far too high.",
		"The plan, she says, was far too costly."},
		[]wantStmt{
			{"Ann Lee", "says", KindIndirect, "because it has a strong stimulant effect", ""},
			{"Ann Lee", "says", KindIndirect, "the cost was far too high", ""},
			{"Ann Lee", "says", KindIndirect, "The plan, she says, was far too costly", ""}}},
	{"'…, according to X, with 140 whales beaching …': a 'with' phrase after the source is the writer's adjunct, not the rest of the clause", []string{
		"The stranding season began with a surge in incidents, according to the rescue group Fin Aid, with 140 whales beaching on the island."},
		[]wantStmt{
			{"Fin Aid", "according to", KindIndirect, "The stranding season began with a surge in incidents", ""}}},
	{"open-quote-per-paragraph with straight marks: a paragraph that opens a quotation never closed, holding short quotations of its own (\"temporarily\"), runs on from the one before", []string{
		"Ann Lee, a councillor, spoke to residents on Monday.",
		`She continued: "When the council decided to knock down the towers, we knew there would be fewer homes for a while.`,
		`"People moved in the hope that their estate would be safe. Then the council used their homes to house people "temporarily", with no word on how long "temporary" would be.`,
		`"So I stand with the estate in its wish for a safe place to live.`},
		[]wantStmt{
			{"Ann Lee", "continued", KindDirect, `When the council decided to knock down the towers, we knew there would be fewer homes for a while. People moved in the hope that their estate would be safe. Then the council used their homes to house people "temporarily", with no word on how long "temporary" would be. So I stand with the estate in its wish for a safe place to live.`, ""}}},
	{"a party label before a name ('Republican Tom Hale') tells no trade: 'the New York businessman' may still be him", []string{
		"Tom Hale said during a rally in Ohio that Ann Lee once praised the deal.",
		"Hale charges that countries that gain from the deal gave money to her charity.",
		"The New York businessman says of Lee, “If she gets the chance, she will sell the office.”",
		"Lee said Republican Tom Hale favors a strongman approach."},
		[]wantStmt{
			{"Tom Hale", "said", KindIndirect, "Ann Lee once praised the deal", ""},
			{"Tom Hale", "charges", KindIndirect, "countries that gain from the deal gave money to her charity", ""},
			{"Tom Hale", "says", KindDirect, "If she gets the chance, she will sell the office.", ""},
			{"Ann Lee", "said", KindIndirect, "Republican Tom Hale favors a strongman approach", ""}}},
	{"'The New York state attorney general is confirming …': 'state' before a title is a noun, not a speech verb that cuts the subject", []string{
		"The New York state attorney general is confirming that the charity is not registered in the state."},
		[]wantStmt{
			{"The New York state attorney general", "confirming", KindIndirect, "the charity is not registered in the state", ""}}},
	{"'a Hale campaign release declared … the campaign added': the campaign a source just named belongs to", []string{
		"Shortly after 6 p.m., a Hale campaign release declared: “Lee's Plan Cost Them the Race.”",
		"A few minutes later, the campaign added: “Lee's Tax Plan Is a Scam.”"},
		[]wantStmt{
			{"a Hale campaign release", "declared", KindDirect, "Lee's Plan Cost Them the Race.", ""},
			{"Hale campaign", "added", KindDirect, "Lee's Tax Plan Is a Scam.", ""}}},
	{"'Some said …', 'Many said …' with no group named before: unnamed people speak, as 'Others said' does (gold names them so; this replaces an older case that wanted nothing)", []string{
		"The fee rose again in March. Some said the plan would fail.",
		"Many said the road should stay open."},
		[]wantStmt{
			{"Some", "said", KindIndirect, "the plan would fail", ""},
			{"Many", "said", KindIndirect, "the road should stay open", ""}}},
	{"verdicts: 'Ann Lee, who he called “…”', 'called the scheme fraud', and a dash after the verdict's quotation starts the writer's aside", []string{
		"Tom Hale lashed out at Ann Lee, who he called “a weathervane in heels,” on Monday.",
		"Several lawmakers called the scheme fraud.",
		"Some observers have called the sight “dystopian”—especially in a rich city with empty hotel rooms."},
		[]wantStmt{
			{"Tom Hale", "called", KindDirect, "a weathervane in heels", ""},
			{"Several lawmakers", "called", KindIndirect, "the scheme fraud", ""},
			{"Some observers", "called", KindMixed, "the sight “dystopian”", ""}}},
	{"a lone quotation after a paragraph about a person quoted paragraphs before is theirs again; 'In 2013, the year a guide named …, Fox launched' has Fox as subject", []string{
		"Dan Fox grew up in Gary.",
		"“I loved the old bars,” he says.",
		"But beer came first. He fell for it on a trip to Ghent.",
		"In 2013, the year a guide named his brewery the best new one in the state, Fox launched a fund drive for a second site.",
		"“The beer boom was on fire, but I was one of those guys who looked at how you spread what you have. I grew up poor.”"},
		[]wantStmt{
			{"Dan Fox", "says", KindDirect, "I loved the old bars", ""},
			{"Dan Fox", "", KindDirect, "The beer boom was on fire, but I was one of those guys who looked at how you spread what you have. I grew up poor.", ""}}},
	{"the writer's first person ends reported content ('…, although given the source, we would not rule out …'); 'Having described …, I now want' opens with a participle, no statement", []string{
		"The report claims the screen will stay at 13 inches, although given the source is a rumour site, we would not rule out a larger one.",
		"Acme said customers who told it they are struggling can defer payments, we have learned.",
		"Having described the port to the new version, I now want to look at the language itself."},
		[]wantStmt{
			{"The report", "claims", KindIndirect, "the screen will stay at 13 inches", ""},
			{"Acme", "said", KindIndirect, "customers who told it they are struggling can defer payments", ""}}},
	{"', although they cautioned …' is a statement of its own; 'Chile and Peru, the two biggest producers, which together vowed …' names who vowed; 'expressed concern that …' speaks", []string{
		"Tom Hale spoke on Monday.",
		"Officials at the agency said this week that 17,000 people have enrolled, although they cautioned some might have been signed up by relatives.",
		"Much of the push came from Chile and the United States, the two biggest producers, which together vowed to cut output.",
		"He has repeatedly expressed concern that the deal could drag the country into a war.",
		"She expressed outrage at the vote."},
		[]wantStmt{
			{"Officials at the agency", "said", KindIndirect, "17,000 people have enrolled", ""},
			{"Officials at the agency", "cautioned", KindIndirect, "some might have been signed up by relatives", ""},
			{"Chile and the United States", "vowed", KindIndirect, "to cut output", ""},
			{"Tom Hale", "expressed concern", KindIndirect, "the deal could drag the country into a war", ""}}},
	{"'instructed citizens not to travel' speaks (not 'instructed a lawyer'); 'used the rally to announce …' is the user's statement", []string{
		"Germany -- whose border is a short drive away -- is instructing citizens not to travel abroad until June.",
		"The firm instructed a lawyer in March.",
		"The campaign used the rally to announce two new TV ads aimed at older voters.",
		"The lab uses a formula to predict body fat."},
		[]wantStmt{
			{"Germany", "instructing", KindIndirect, "citizens not to travel abroad until June", ""},
			{"The campaign", "announce", KindIndirect, "two new TV ads aimed at older voters", ""}}},
	{"'underscored the fact that …', 'stressed the point that …': what follows 'that' was said", []string{
		"Tom Hale spoke on Monday. He also underscored the fact that the state's recovery rate was higher than the national average.",
		"Ann Lee stressed the point that the road must stay open."},
		[]wantStmt{
			{"Tom Hale", "underscored", KindIndirect, "the state's recovery rate was higher than the national average", ""},
			{"Ann Lee", "stressed", KindIndirect, "the road must stay open", ""}}},
	{"'has hinted before that …', 'said again that …': an adverb between the verb and its 'that'; ', but during her interview she spoke …' is the writer's account", []string{
		"Ann Lee, Duchess of Bath, spoke to the host on Monday.",
		"The duchess has hinted before that her health suffered during her time at the palace, but during her interview she spoke for the first time about how bad it had been.",
		"Tom Hale said again that the plan would fail."},
		[]wantStmt{
			{"Ann Lee", "hinted", KindIndirect, "her health suffered during her time at the palace", ""},
			{"Tom Hale", "said", KindIndirect, "the plan would fail", ""}}},
	{"'claimed a five-wicket haul', 'claimed the lead': a thing taken, not a claim made", []string{
		"Mohan Shah claimed a five-wicket haul to help India finish early.",
		"The rider claimed the lead on the last lap.",
		"Ann Lee claimed the record was hers."},
		[]wantStmt{
			{"Ann Lee", "claimed", KindIndirect, "the record was hers", ""}}},
	{"'“…?” Caudevilla told me when I visited …': the attribution after the one told stays with the quotation; 'what the United Nations says may be the worst crisis' reports the UN", []string{
		"Fernando Caudevilla runs a clinic. Tom Hale is running for office.",
		"“I thought, we are doing this in Spain, why don’t we do an international testing service?” Caudevilla told me when I visited the lab in Madrid.",
		"A million people have fled, causing what the United Nations says may be the worst crisis in nine years of war."},
		[]wantStmt{
			{"Fernando Caudevilla", "told", KindDirect, "I thought, we are doing this in Spain, why don’t we do an international testing service?", ""},
			{"United Nations", "says", KindIndirect, "may be the worst crisis in nine years of war", ""}}},
	{"'“…,” Kiran Rao, a research analyst at the Council on Energy, Environment and Water think tank told CBS News': commas inside the description's name, and none to close it", []string{
		"“This is mainly due to the change in wind direction,” Kiran Rao, a research analyst at the Delhi-based Council on Energy, Environment and Water think tank told CBS News."},
		[]wantStmt{
			{"Kiran Rao", "told", KindDirect, "This is mainly due to the change in wind direction", "CBS News"}}},
	{"'joined growing calls on Thursday for …', 'echoed calls for …': a call one takes up is one's own", []string{
		"Joe Biden joined growing calls on Thursday for the release of full racial data on the pandemic.",
		"The mayor echoed calls for an inquiry into the fire."},
		[]wantStmt{
			{"Joe Biden", "joined calls for", KindIndirect, "the release of full racial data on the pandemic", ""},
			{"The mayor", "echoed calls for", KindIndirect, "an inquiry into the fire", ""}}},
	{"'Dover council leader Tom Hale and Bath council leader Ann Lee called for …': two people, each named after a role, speak together", []string{
		"Dover council leader Tom Hale and Bath council leader Ann Lee called for the party leader to step down."},
		[]wantStmt{
			{"Dover council leader Tom Hale and Bath council leader Ann Lee", "called for", KindIndirect, "the party leader to step down", ""}}},
	{"'… ― a move that civil liberties groups have decried …': the writer's comment on the act ends what was touted (and the comment is the groups' statement)", []string{
		"Tom Hale touted his efforts to shut down the group's chapters at public universities ― a move that civil liberties groups have decried as unconstitutional."},
		[]wantStmt{
			{"Tom Hale", "touted", KindIndirect, "his efforts to shut down the group's chapters at public universities", ""},
			{"civil liberties groups", "decried as", KindIndirect, "a move that civil liberties groups have decried as unconstitutional", ""}}},
	{"'Lee's findings were significant because they pointed to …': 'they' is the findings, and a finding says nothing", []string{
		"Ann Lee and her colleagues studied the cells for years.",
		"Lee's findings were significant because they pointed to a role for the cells in the body's defences."},
		nil},
	{"'“…,” Ann Lee, who is normally calm on stage, barked back': a retort, like 'shot back'", []string{
		"Tom Hale brought up her son, noting he uses the app. “You’re just scum,” Ann Lee, who is normally calm on stage, barked back."},
		[]wantStmt{
			{"Tom Hale", "noting", KindIndirect, "he uses the app", ""},
			{"Ann Lee", "barked back", KindDirect, "You’re just scum", ""}}},
	{"'a move that critics have decried as cruel', 'the plan, which critics have described as a betrayal': a verdict in a relative clause is its subject's statement, from the noun phrase judged", []string{
		"The city closed the shelter, a move that critics have decried as cruel.",
		"The council passed the plan, which critics have described as a betrayal of renters.",
		"The bridge, which was described as unsafe, is closed."},
		[]wantStmt{
			{"critics", "decried as", KindIndirect, "a move that critics have decried as cruel", ""},
			{"critics", "described as", KindIndirect, "the plan, which critics have described as a betrayal of renters", ""}}},
}

func TestStatementsRulesSixteenth(t *testing.T) {
	runStmtCases(t, stmtRuleCasesSixteenth)
}
