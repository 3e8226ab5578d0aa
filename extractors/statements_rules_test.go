package extractors

import "testing"

// stmtRuleCases cover the generalisation rules: datelines, roles inside
// names, participles, final attributions, subordinate clauses, request
// verbs, coordinated and relative subjects, possessive back-references.
var stmtRuleCases = []stmtCase{
	{"reported clause opening with a condition", []string{
		`Union leader Mira Sato said if the council cut the night buses, her members would strike.`,
		`Reporters asked if the council would meet again.`},
		[]wantStmt{
			{"Mira Sato", "said", KindIndirect, "if the council cut the night buses, her members would strike", ""},
			{"Reporters", "asked", KindIndirect, "if the council would meet again", ""}}}, // (an indirect question, see the tenth session's rules)
	{"declared with an object is an act, with a clause speech", []string{
		`Governor Ilse Brandt declared a state of emergency on Sunday.`,
		`Governor Ilse Brandt declared that the roads would stay closed.`},
		[]wantStmt{{"Ilse Brandt", "declared", KindIndirect, "the roads would stay closed", ""}}},
	{"the Dutch official after a senior Dutch official", []string{
		`A senior Dutch official told the Ledger that the dikes would be raised next year.`,
		`The work will cost more than planned, according to the Dutch official.`},
		[]wantStmt{
			{"A senior Dutch official", "told", KindIndirect, "the dikes would be raised next year", "the Ledger"},
			{"A senior Dutch official", "according to", KindIndirect, "The work will cost more than planned", ""}}},
	{"organisation word before a title names a person", []string{
		`Fire Chief Odile Marsh said crews would stay at the warehouse overnight.`,
		`"It could flare up again at any time," the chief added.`},
		[]wantStmt{
			{"Odile Marsh", "said", KindIndirect, "crews would stay at the warehouse overnight", ""},
			{"Odile Marsh", "added", KindDirect, "It could flare up again at any time", ""}}},
	{"inverted parenthetical attribution with an apposition", []string{
		`The levee, says Ansel Brook, an engineer at the Delta Institute of Technology, New Orleans, will not hold another season.`},
		[]wantStmt{{"Ansel Brook", "says", KindIndirect, "The levee, says Ansel Brook, an engineer at the Delta Institute of Technology, New Orleans, will not hold another season", ""}}},
	{"the person of a fronted clause is the main clause's pronoun", []string{
		`When the geologist Tamsin Oduya at the University of Lyon looked at the core samples, she saw ash from two eruptions. She recalled that the layers were thinner than expected.`},
		[]wantStmt{{"Tamsin Oduya", "recalled", KindIndirect, "the layers were thinner than expected", ""}}},
	{"a noun opening a sentence before a participle is no person", []string{
		`Pieter Hald, a chemist at the Baltic Institute for Marine Research, studies the algae.`,
		`Research focusing on the blooms could explain the fish deaths. He cautions that "we are only at the start" of this work.`},
		[]wantStmt{{"Pieter Hald", "cautions", KindMixed, `"we are only at the start" of this work`, ""}}},
	{"a quotation continued before another speaker's colon", []string{
		`“Writing for a stage is another craft,” Ines Baro said. “You have to step out of the way.” Cole Mendel agreed: “It is a different job.”`},
		[]wantStmt{
			{"Ines Baro", "said", KindDirect, "Writing for a stage is another craft,” Ines Baro said. “You have to step out of the way.", ""},
			{"Cole Mendel", "agreed", KindDirect, "It is a different job.", ""}}},
	{"a quotation continued before a bracketed aside", []string{
		`“We are glad to see them go,” Arno Velt told the board. “They bought the mill at a high price and sold it at a low one.” (Velt is the largest shareholder.)`},
		[]wantStmt{{"Arno Velt", "told", KindDirect, "We are glad to see them go,” Arno Velt told the board. “They bought the mill at a high price and sold it at a low one.", "the board"}}},
	{"two apostrophes close a double quotation", []string{
		`“It was meant to confuse buyers,’’ Rosa Imbert, head of the consumer league, told the Ledger.`},
		[]wantStmt{{"Rosa Imbert", "told", KindDirect, "It was meant to confuse buyers", "the Ledger"}}},
	{"a person's clause introduces a quotation with a colon", []string{
		`Ines Varga, who called in from the tour bus in Leeds, had a similar memory: “It felt like the right song at once.”`},
		[]wantStmt{{"Ines Varga", "", KindDirect, "It felt like the right song at once.", ""}}},
	{"a colon after a thing's clause names no speaker", []string{
		`The sign on the shop door read: “Closed until further notice, sorry.”`},
		nil},
	{"a surname heading the main clause after a fronted phrase is in focus", []string{
		`Dora Pike and Lena Ruud wrote the score together.`,
		`Ruud said the work took a year.`,
		`As it turned out, Pike had spent a decade on the melody. “It was terrifying,” she said.`},
		[]wantStmt{
			{"Lena Ruud", "said", KindIndirect, "the work took a year", ""},
			{"Dora Pike", "said", KindDirect, "It was terrifying", ""}}},
	{"a person in apposition to a kin phrase is the subject", []string{
		`Mara Quist founded the theatre in 1990.`,
		`Quist's son, director Olek Brandt, also remembers those years. “We slept in the costume store,” he said.`},
		[]wantStmt{{"Olek Brandt", "said", KindDirect, "We slept in the costume store", ""}}},
	{"', but added' is a second statement of the same source", []string{
		`Since Monday, the county coroner's office said four more bodies had been found, but added the exact causes of the deaths and injuries remained unclear.`,
		`The club signed two players, adding a new chief officer in May.`},
		[]wantStmt{
			{"the county coroner's office", "said", KindIndirect, "four more bodies had been found", ""},
			{"the county coroner's office", "added", KindIndirect, "the exact causes of the deaths and injuries remained unclear", ""}}},
	{"called on with scare quotes in the object", []string{
		`Mayor Ines Obi said the fire was set on purpose and called on the “temporary” council to close the depot.`},
		[]wantStmt{
			{"Ines Obi", "said", KindIndirect, "the fire was set on purpose", ""},
			{"Ines Obi", "called on", KindMixed, "the “temporary” council to close the depot", ""}}},
	{"a lone quotation after a sentence about a named person is that person's", []string{
		`Minister Oskar Lind said the budget was final.`,
		`Senator Ruth Amsel returned to the question later in the session. “Where will the money for the ferries come from?”`,
		`“And who signs off on the contracts?” Amsel asked again.`},
		[]wantStmt{
			{"Oskar Lind", "said", KindIndirect, "the budget was final", ""},
			{"Ruth Amsel", "", KindDirect, "Where will the money for the ferries come from?", ""},
			{"Ruth Amsel", "asked", KindDirect, "And who signs off on the contracts?", ""}}},
	{"a medium inside a reported clause stays in it", []string{
		`Goalkeeper Tove Maas said she received abusive messages on social media after the final.`},
		[]wantStmt{{"Tove Maas", "said", KindIndirect, "she received abusive messages on social media after the final", ""}}},
	{"a quantity after the cue opens the content", []string{
		`Norvik says over 40 ferries are now on order.`},
		[]wantStmt{{"Norvik", "says", KindIndirect, "over 40 ferries are now on order", ""}}},
	{"a time phrase before a description subject", []string{
		`Ada Quill founded Larkspur Foods Inc. in 2015. This week the company announced that it had bought a plant from the Delft Institute.`},
		[]wantStmt{{"Larkspur Foods Inc.", "announced", KindIndirect, "it had bought a plant from the Delft Institute", ""}}},
	{"a participle phrase with a quoted title before the subject", []string{
		`Drummer Ola Rask and pianist Ivo Berg played the encore.`,
		`Following a slow version of their old hit “Harbour Lights,” Rask introduced Berg’s solo. “Some of you know him from the radio,” he said.`},
		[]wantStmt{{"Ola Rask", "said", KindDirect, "Some of you know him from the radio", ""}}},
	{"a role opening a sentence is no given name", []string{
		`Singer-songwriters Mara Voss and Elin Dahl will tour together in June.`,
		`“We wanted to play the small halls again,” Voss said.`},
		[]wantStmt{{"Mara Voss", "said", KindDirect, "We wanted to play the small halls again", ""}}},
	{"'as X told me' after the content", []string{
		`The old ferry will not sail again, as one harbour official told me.`},
		[]wantStmt{{"one harbour official", "told", KindIndirect, "The old ferry will not sail again", ""}}},
	{"'will tell you' is a habit, not a plan", []string{
		`Many farmers will tell you the spring rains come later every year.`,
		`The minister will tell parliament on Friday that taxes will rise.`},
		[]wantStmt{{"Many farmers", "tell", KindIndirect, "the spring rains come later every year", ""}}},
	{"suggesting an act with a gerund", []string{
		`Councillor Ines Obi suggested moving the market to the old station yard.`},
		[]wantStmt{{"Ines Obi", "suggested", KindIndirect, "moving the market to the old station yard", ""}}},
	{"a capitalised modifier of a common noun is no person", []string{
		`Senator Piet Mols visited the port on Monday. Customs and Harbour Control staff showed him the scanners.`,
		`Harbour pilots "say the channel is too shallow for the new ships," he said.`},
		[]wantStmt{{"Piet Mols", "said", KindMixed, `Harbour pilots "say the channel is too shallow for the new ships,"`, ""}}},
	{"court records relay the statement before them", []string{
		`Rita Lund was charged on Friday.`,
		`Lund told detectives that she had been at home all evening, court documents say.`,
		`Her neighbour told officers that the van had no brakes, Detective Aldo Ferri wrote in the police report.`},
		[]wantStmt{
			{"Rita Lund", "told", KindIndirect, "she had been at home all evening", "detectives"},
			{"Her neighbour", "told", KindIndirect, "the van had no brakes", "officers"}}},
	{"a modal's verbs inside the content are no second cue", []string{
		`Pia Holm said her landlord would lock the gate and tell her she could not leave.`},
		[]wantStmt{{"Pia Holm", "said", KindIndirect, "her landlord would lock the gate and tell her she could not leave", ""}}},
	{"men is a group, not a man", []string{
		`The driver told police he had stopped for a coffee.`,
		`The men in the van told him they were lost. A minute later, he said, one of them drew a knife.`},
		[]wantStmt{
			{"The driver", "told", KindIndirect, "he had stopped for a coffee", "police"},
			{"The men in the van", "told", KindIndirect, "they were lost", "him"},
			{"The driver", "said", KindIndirect, "A minute later, he said, one of them drew a knife", ""}}},
	{"an ellipsis between addressee and content, and 'said according to'", []string{
		`Harbour sources tell the Ledger ... the ferry was sold in March.`,
		`Bo Lind testified on Monday. These deals take months, he said according to a transcript seen by the Ledger.`},
		[]wantStmt{
			{"Harbour sources", "tell", KindIndirect, "the ferry was sold in March", "the Ledger"},
			{"Bo Lind", "said", KindIndirect, "These deals take months", ""}}},
	{"'I've' and 'anyone who' are no sources", []string{
		`Mia Sand testified on Monday.`,
		`I've been talking to the founders for years, so we knew them well.`,
		`She also stressed that trust mattered more than price.`,
		`Anyone who has sold a company will tell you the first offer is never the last.`},
		[]wantStmt{{"Mia Sand", "stressed", KindIndirect, "trust mattered more than price", ""}}},
	{"a description and a name in apposition before a final cue", []string{
		`Such deals take years to prepare, the buyer, Ines Varga, told the court.`},
		[]wantStmt{{"Ines Varga", "told", KindIndirect, "Such deals take years to prepare", "the court"}}},
	{"a writer relays the statement before the closing attribution", []string{
		`After her arrest, Rita Lund told detectives her brother had taken the van, Sergeant Omar Tal wrote.`},
		[]wantStmt{{"Rita Lund", "told", KindIndirect, "her brother had taken the van", "detectives"}}},
	{"a speech occasion after a noun-phrase content is no part of it", []string{
		`Mayor Ines Obi warned against a “rushed sale” during her May 3 address to the city council.`},
		[]wantStmt{{"Ines Obi", "warned", KindMixed, "against a “rushed sale”", ""}}},
	{"an organisation named by a phrase, with a description in apposition", []string{
		`According to Keepers of the Marsh, a group of former wardens, the reeds were cut in May.`,
		`Nurses for Safe Wards said the night shifts were short of staff.`},
		[]wantStmt{
			{"Keepers of the Marsh", "according to", KindIndirect, "the reeds were cut in May", ""},
			{"Nurses for Safe Wards", "said", KindIndirect, "the night shifts were short of staff", ""}}},
	{"a place before a group noun is part of the subject", []string{
		`Harbour Town police have closed the pier and say the wall is unsafe.`},
		[]wantStmt{{"Harbour Town police", "say", KindIndirect, "the wall is unsafe", ""}}},
	{"', say officials.' closes the sentence", []string{
		`The ferry will not sail before March, say officials.`},
		[]wantStmt{{"officials", "say", KindIndirect, "The ferry will not sail before March", ""}}},
	{"an adjunct of the act ends a noun-phrase content", []string{
		`The Harbour Band announced a farewell tour while closing out their last show in Leeds.`},
		[]wantStmt{{"Harbour Band", "announced", KindIndirect, "a farewell tour", ""}}},
	{"an introductory phrase before a name in apposition", []string{
		`On the campus of the Delta Institute, for instance, Ansel Brook, a chemist, says he now runs three labs.`},
		[]wantStmt{{"Ansel Brook", "says", KindIndirect, "he now runs three labs", ""}}},
	{"an adverb after a closing attribution", []string{
		`“She gave it all away,” Ansel Brook said now.`},
		[]wantStmt{{"Ansel Brook", "said", KindDirect, "She gave it all away", ""}}},
	{"a second statement after a semicolon", []string{
		`Ines Obi recalls that only once did a journal name her as an author; she said she was “stunned” by it.`},
		[]wantStmt{
			{"Ines Obi", "recalls", KindIndirect, "only once did a journal name her as an author", ""},
			{"Ines Obi", "said", KindMixed, "she was “stunned” by it", ""}}},
	{"a short quotation continues an interrupted one", []string{
		`“It is over,” Ola Berg told the Ledger on Tuesday. “We lost.”`},
		[]wantStmt{{"Ola Berg", "told", KindDirect, "It is over,” Ola Berg told the Ledger on Tuesday. “We lost.", "the Ledger"}}},
	{"a participle phrase before a name is no organisation apposition", []string{
		`Senator Ann Lee arrived late.`,
		`Asked about the report, Lee said she had not read it.`,
		`The ministry, in a statement, said the strikes had stopped.`},
		[]wantStmt{
			{"Ann Lee", "said", KindIndirect, "she had not read it", ""},
			{"The ministry", "said", KindIndirect, "the strikes had stopped", ""}}},
	{"the executive after a chief executive", []string{
		`The bakery's CEO, Ann Park, said profits fell. The executive also said jobs were safe.`},
		[]wantStmt{
			{"Ann Park", "said", KindIndirect, "profits fell", ""},
			{"Ann Park", "said", KindIndirect, "jobs were safe", ""}}},
	{"'as X put it'", []string{
		`As Ines Obi put it: “We are the last ferry left.”`,
		`The plan is dead, as one councillor put it.`,
		`He put it on the table.`},
		[]wantStmt{
			{"Ines Obi", "put it", KindDirect, "We are the last ferry left.", ""},
			{"one councillor", "put it", KindIndirect, "The plan is dead", ""}}},
	{"a quotation ends what was said before a subordinate clause", []string{
		`The crews were thanked, with many residents saying “thank you” when they passed, which they all did.`},
		[]wantStmt{{"many residents", "saying", KindDirect, "thank you", ""}}},
	{"two names joined by 'and' are no one person", []string{
		`Judge Omar Tal sat in the front row.`,
		`The Tristan and Isolde case was at the centre of the mock trial.`,
		`“From now on,” he quipped, “all briefs come in verse.”`},
		[]wantStmt{{"Omar Tal", "quipped", KindDirect, "From now on,” he quipped, “all briefs come in verse.", ""}}},
	{"a surname leading a coordinated subject is in focus", []string{
		`Judge Omar Tal opened the session. Judge Ines Vik sat beside him.`,
		`After the panel deliberated, Tal and the others returned to the bench. He praised both sides. “Well argued,” he said.`},
		[]wantStmt{{"Omar Tal", "said", KindDirect, "Well argued", ""}}},
	{"'Her colleague, NAME, agreed' and 'the spokeswoman, NAME, said' after a quotation", []string{
		`Ann Lee, a nurse at the clinic, said the wards were full.`,
		`Her colleague, Bo Park, agreed. “It is the worst winter I have seen,” he said.`,
		`“We are doing all we can,” the spokeswoman, Mia Sand, said at the time.`},
		[]wantStmt{
			{"Ann Lee", "said", KindIndirect, "the wards were full", ""},
			{"Bo Park", "said", KindDirect, "It is the worst winter I have seen", ""},
			{"Mia Sand", "said", KindDirect, "We are doing all we can", ""}}},
	{"'vote no.' ends a sentence; a given name outweighs another's pronoun; a second speaker after a semicolon", []string{
		`Senator Ina Holm told reporters she would vote no. Her spokesman later said the decision was final.`,
		`Tom Hall, whose daughter was hurt, said the school failed her. “They knew,” he said.`,
		`The union says the deal is unfair; management insists it is generous.`},
		[]wantStmt{
			{"Ina Holm", "told", KindIndirect, "she would vote no", "reporters"},
			{"Ina Holm's spokesman", "said", KindIndirect, "the decision was final", ""},
			{"Tom Hall", "said", KindIndirect, "the school failed her", ""},
			{"Tom Hall", "said", KindDirect, "They knew", ""},
			{"The union", "says", KindIndirect, "the deal is unfair", ""},
			{"management", "insists", KindIndirect, "it is generous", ""}}},
	{"one-word contents of calls, pleas and denials", []string{
		`Mayor Ines Obi called for calm.`,
		`The minister denied wrongdoing.`,
		`Obi denied it.`},
		[]wantStmt{
			{"Ines Obi", "called for", KindIndirect, "calm", ""},
			{"The minister", "denied", KindIndirect, "wrongdoing", ""}}},
	{"a place before a name after 'envoy to' is no part of it", []string{
		`The former special envoy to Norway Ivo Lund testified on Monday. Lund said the talks were cordial.`},
		[]wantStmt{{"Ivo Lund", "said", KindIndirect, "the talks were cordial", ""}}},
	{"'at the time' after a subject, and 'Ask X' is no name", []string{
		`Mayor Ines Obi spoke in 2009. Obi at the time called the tunnel “a waste of money.”`,
		`Ask Ines Obi what she misses about the old port. “The noise,” she says.`},
		[]wantStmt{
			{"Ines Obi", "called", KindMixed, "the tunnel “a waste of money.”", ""},
			{"Ines Obi", "says", KindDirect, "The noise", ""}}},
	{"a clause after an adjunct of the cue, with no 'that'", []string{
		`Norvik said on Monday it would close the plant.`,
		`Officials said in a statement the strikes had stopped.`,
		`Lee spoke in a church the size of a barn.`},
		[]wantStmt{
			{"Norvik", "said", KindIndirect, "it would close the plant", ""},
			{"Officials", "said", KindIndirect, "the strikes had stopped", ""}}},
	{"manners of speaking attribute quotations only", []string{
		`Actor Mia Sand spoke on Monday.`,
		`Sand laughed, “Well, that was true at the time.”`,
		`We laughed at the joke. The market snapped a losing streak.`},
		[]wantStmt{{"Mia Sand", "laughed", KindDirect, "Well, that was true at the time.", ""}}},
	{"'which he called “…”'", []string{
		`Engineer Ola Berg spoke on Friday. Berg asked for photos of the fire, which he called “the hardest failure in ten years.”`},
		[]wantStmt{
			{"Ola Berg", "asked", KindIndirect, "photos of the fire", ""}, // (a request: annotators count "asked for full service details")
			{"Ola Berg", "called", KindDirect, "the hardest failure in ten years.", ""}}},
	{"a relative clause with a noun-like cue", []string{
		`The new engine makes 300 horsepower, which Norvik claims is a record for the class.`,
		`Norvik rejected the claims about safety.`},
		[]wantStmt{{"Norvik", "claims", KindIndirect, "is a record for the class", ""},
			{"Norvik", "rejected", KindIndirect, "the claims about safety", ""}}}, // ("claims" a noun; rejecting them a denial, as "denied the allegations")
	{"a photo credit names no one who speaks", []string{
		`Tom Lund was sentenced on Friday.`,
		`Ola Berg/Getty Images`,
		`“I am guilty,” he said.`},
		[]wantStmt{{"Tom Lund", "said", KindDirect, "I am guilty", ""}}},
	{"the actress is a woman known to be one", []string{
		`Emma Lind starred in the film. Damien Roux wrote it.`,
		`Roux said the film took years.`,
		`“It was at a diner,” the actress says.`},
		[]wantStmt{
			{"Damien Roux", "said", KindIndirect, "the film took years", ""},
			{"Emma Lind", "says", KindDirect, "It was at a diner", ""}}},
	{"addressees with a day or a time word in them", []string{
		`Ann Lee told The Daily Ledger on Monday that the bill was dead.`,
		`Lee told Radio North’s Morning Edition: “We will not back down.”`,
		`Lee told The Sunday Herald that she would stay.`},
		[]wantStmt{
			{"Ann Lee", "told", KindIndirect, "the bill was dead", "The Daily Ledger"},
			{"Ann Lee", "told", KindDirect, "We will not back down.", "Radio North’s Morning Edition"},
			{"Ann Lee", "told", KindIndirect, "she would stay", "The Sunday Herald"}}},
	{"a lone quotation after a present-tense sentence about a named person", []string{
		`Tom Young testified first. “I do not see a role for it,” he said.`,
		`Ines Obi expects three more ferries by 2030. “A fourth one is not likely.”`},
		[]wantStmt{
			{"Tom Young", "said", KindDirect, "I do not see a role for it", ""},
			{"Ines Obi", "", KindDirect, "A fourth one is not likely.", ""}}},
	{"a clause after the cue is no inverted subject", []string{
		`Given the cost, Ansel Brook, a retired harbour master and lecturer at the Delta Institute, said the ports needed to share the dredgers.`},
		[]wantStmt{{"Ansel Brook", "said", KindIndirect, "the ports needed to share the dredgers", ""}}},
	{"one person with two roles", []string{
		`The singer and guitarist told the crowd, “Maybe we should go on the road again.”`},
		[]wantStmt{{"The singer and guitarist", "told", KindDirect, "Maybe we should go on the road again.", "the crowd"}}},
	{"a thing before a name is no title of the person", []string{
		`Marta Ruiz talked about her years in Lisbon.`,
		`"It was a lonely time," the singer said of the move. When the host asked about a comment Ruiz made in 2019, she only laughed.`},
		[]wantStmt{{"Marta Ruiz", "said", KindDirect, "It was a lonely time", ""}}},
	{"the chief is the most recent chief", []string{
		`Chief Executive Pavel Ruda said sales had doubled. The chief added that the new plant would open in May.`},
		[]wantStmt{
			{"Pavel Ruda", "said", KindIndirect, "sales had doubled", ""},
			{"Pavel Ruda", "added", KindIndirect, "the new plant would open in May", ""}}},
	{"dateline is no subject of a participle", []string{`HARBORVILLE, Maine — Before the vote on Monday, harbour master Ina Sorel praised the new pier, saying it would double the catch.`},
		[]wantStmt{{"Ina Sorel", "saying", KindIndirect, "it would double the catch", ""}}},
	{"lower-case role inside a name", []string{
		`Rovers midfielder Tomas Brenn, who missed the cup final, could barely hide his disappointment.`,
		`"We let the whole town down," he said.`},
		[]wantStmt{{"Tomas Brenn", "said", KindDirect, "We let the whole town down", ""}}},
	{"capitalised cue word inside a name", []string{`Ohio State Patrol said at least 40 cars were involved in the pile-up.`},
		[]wantStmt{{"Ohio State Patrol", "said", KindIndirect, "at least 40 cars were involved in the pile-up", ""}}},
	{"final attribution holds reported speech", []string{`At the hearing he shouted at the clerk and said, "Nobody will stop me," the county office said.`},
		[]wantStmt{{"the county office", "said", KindMixed, `At the hearing he shouted at the clerk and said, "Nobody will stop me,"`, ""}}},
	{"relative object clause is no final attribution", []string{`The auditor said the books were a mess, a claim the treasurer denied on Friday.`},
		[]wantStmt{{"The auditor", "said", KindIndirect, "the books were a mess, a claim the treasurer denied on Friday", ""}}},
	{"subordinate clause before the main cue", []string{`When the coach announced the new captain last week, he said the team needed a calm voice.`},
		[]wantStmt{
			{"the coach", "announced", KindIndirect, "the new captain", ""},
			{"the coach", "said", KindIndirect, "the team needed a calm voice", ""}}},
	{"asked to", []string{`The two climbers insisted they were fine and asked the rangers to call their families.`},
		[]wantStmt{
			{"The two climbers", "insisted", KindIndirect, "they were fine", ""},
			{"The two climbers", "asked", KindIndirect, "the rangers to call their families", ""}}},
	{"'when asked for comment' is no statement", []string{`The reporter did not reply when asked for comment on the contract.`}, nil},
	{"told them to", []string{`The captain gathered the crew on deck, telling them to stay calm.`},
		[]wantStmt{{"The captain", "telling", KindIndirect, "them to stay calm", "them"}}},
	{"told a described audience that", []string{`Mayor Lina Ford told cheering volunteers who had cleared the park that the city would pay for new trees.`},
		[]wantStmt{{"Lina Ford", "told", KindIndirect, "the city would pay for new trees", "cheering volunteers who had cleared the park"}}},
	{"said in a statement then a quotation", []string{`The ferry company said in a statement, "We are deeply sorry for the delays," adding that refunds would follow.`},
		[]wantStmt{
			{"The ferry company", "said", KindDirect, "We are deeply sorry for the delays", ""},
			{"The ferry company", "adding", KindIndirect, "refunds would follow", ""}}},
	{"inverted said after a participle clause", []string{`The river should fall by Sunday, allowing crews to reopen the bridge, said Hana Ostrova, the county engineer.`},
		[]wantStmt{{"Hana Ostrova", "said", KindIndirect, "The river should fall by Sunday, allowing crews to reopen the bridge", ""}}},
	{"inverted said with a time is not a name", []string{`"The shelves are empty again," Ruth Keller, the store manager, said Friday at the market.`},
		[]wantStmt{{"Ruth Keller", "said", KindDirect, "The shelves are empty again", ""}}},
	{"coordinated description subject", []string{`Farmers and rural families also have complained of slow repairs and say that the outages lasted too long.`},
		[]wantStmt{
			{"Farmers and rural families", "complained", KindIndirect, "slow repairs", ""},
			{"Farmers and rural families", "say", KindIndirect, "the outages lasted too long", ""}}},
	{"relative who-clause in object position", []string{`The closure angered local traders and commuters who accused the council of ignoring them.`},
		[]wantStmt{{"local traders and commuters", "accused", KindIndirect, "the council of ignoring them", ""}}},
	{"person familiar with", []string{`A person familiar with the plans told the paper that the sale would close in June.`},
		[]wantStmt{{"A person familiar with the plans", "told", KindIndirect, "the sale would close in June", "the paper"}}},
	{"possessive back-reference", []string{
		`Senator Ada Moreno missed the vote on Tuesday.`,
		`Her office said she was recovering from surgery.`},
		[]wantStmt{{"Ada Moreno's office", "said", KindIndirect, "she was recovering from surgery", ""}}},
	{"coordinated subject is the group for they", []string{
		`Governor Ana Ruiz and leaders of the assembly have avoided the issue so far.`,
		`However, they said they would not raise taxes this year.`},
		[]wantStmt{{"Governor Ana Ruiz and leaders of the assembly", "said", KindIndirect, "they would not raise taxes this year", ""}}},
	{"mixed statement then a quotation paragraph", []string{
		`The envoy said the deal "opens a door we thought was shut.`,
		`"Now both sides must walk through it."`},
		[]wantStmt{
			{"The envoy", "said", KindMixed, `the deal "opens a door we thought was shut.`, ""},
			{"The envoy", "", KindDirect, "Now both sides must walk through it.", ""}}},
	{"said whether as a clause subject", []string{`Ms. Varga said whether the plant reopens depends largely on the insurers.`},
		[]wantStmt{{"Varga", "said", KindIndirect, "whether the plant reopens depends largely on the insurers", ""}}},
	{"according to after a quotation with its comma inside", []string{`The patient was treated for "severe smoke inhalation," according to the fire department.`},
		[]wantStmt{{"the fire department", "according to", KindMixed, `The patient was treated for "severe smoke inhalation,"`, ""}}},
	{"full stop before a digit", []string{`Police said the suspect carried a .38-caliber revolver and two knives.`},
		[]wantStmt{{"Police", "said", KindIndirect, "the suspect carried a .38-caliber revolver and two knives", ""}}},
	{"adverb always between subject and cue", []string{`The mayor has always denied the allegations, saying the money was a loan.`},
		[]wantStmt{
			{"The mayor", "denied", KindIndirect, "the allegations", ""},
			{"The mayor", "saying", KindIndirect, "the money was a loan", ""}}},
	{"non-restrictive who-clause after a name", []string{`Pavel Dorn, who denies the charges, has stayed abroad since May.`},
		[]wantStmt{{"Pavel Dorn", "denies", KindIndirect, "the charges", ""}}},
	{"according to after a statement is its relay", []string{`The port authority said it had inspected every container, according to Felix Marr of the Daily Courier.`},
		[]wantStmt{{"The port authority", "said", KindIndirect, "it had inspected every container", ""}}},
	{"according to inside the clause", []string{`The driver had, according to Ines Vaal of the Gazette, slept for only two hours before the crash.`},
		[]wantStmt{{"Ines Vaal of the Gazette", "according to", KindIndirect, "The driver had, according to Ines Vaal of the Gazette, slept for only two hours before the crash", ""}}},
	{"surname with its outlet (the outlet is the Affiliation since the eleventh session)", []string{
		`The mill closed in March, Tova Rusk of the Ledger reports.`,
		`Rusk of the Ledger reports that the owners plan to sell the land.`},
		[]wantStmt{
			{"Tova Rusk", "reports", KindIndirect, "The mill closed in March", ""},
			{"Tova Rusk", "reports", KindIndirect, "the owners plan to sell the land", ""}}},
}

// stmtRuleCasesNews cover constructions common in wire and web news:
// outlet attributions, fronted participles, names that hold cue words,
// appositions after a clause, coordinated names and titled back-references.
var stmtRuleCasesNews = []stmtCase{
	{"a collective noun with a base-form verb speaks", []string{`The group state that the two modes are similar.`},
		[]wantStmt{{"The group", "state", KindIndirect, "the two modes are similar", ""}}},
	{"'According to his aunt, Jane Starner, “…”': the name speaks", []string{
		`According to his aunt, Jane Starner, “He was reading the paper at four.”`},
		[]wantStmt{{"Jane Starner", "according to", KindDirect, "He was reading the paper at four.", ""}}},
	{"a capitalised -ing opener is no name; Boeing is", []string{
		`Pilot Ana Ruiz flew the route for years.`,
		`Lacking the rights to the route, how would she feel about the sale?`,
		`“I don’t even have words,” she replied in an email.`,
		`Boeing said the jets would be delivered in 2021.`},
		[]wantStmt{
			{"Ana Ruiz", "replied", KindDirect, "I don’t even have words", ""},
			{"Boeing", "said", KindIndirect, "the jets would be delivered in 2021", ""}}},
	{"an 'according to' source ends at a dash", []string{
		`The mayor has made more than 300 false claims since taking office, according to the Ledger fact checker -- and the count keeps rising.`},
		[]wantStmt{{"the Ledger fact checker", "according to", KindIndirect, "The mayor has made more than 300 false claims since taking office", ""}}},
	{"'wrote' with a clause or a quotation still speaks", []string{
		`Ferry captain Ola Berg wrote that the crossing was unsafe in fog.`,
		`"The crossing is unsafe in fog," Berg wrote.`},
		[]wantStmt{
			{"Ola Berg", "wrote", KindIndirect, "the crossing was unsafe in fog", ""},
			{"Ola Berg", "wrote", KindDirect, "The crossing is unsafe in fog", ""}}},
	{"a short quoted subheading is no statement", []string{
		`"The ferry runs at a loss every winter," harbour master Ivo Lund said.`,
		`2. "The ferry problem"`,
		`Lund said the board would meet in March.`},
		[]wantStmt{
			{"Ivo Lund", "said", KindDirect, "The ferry runs at a loss every winter", ""},
			{"Ivo Lund", "said", KindIndirect, "the board would meet in March", ""}}},
	{"speech in a relative clause after 'including'", []string{
		`The inquiry heard four officials, including a senior harbour pilot who described the channel as “a trap.”`},
		[]wantStmt{{"a senior harbour pilot", "described", KindMixed, "the channel as “a trap.”", ""}}},
	{"'continues to insist', 'went on to say'", []string{
		`Mayor Ada Lind continues to insist the fares are fair. She went on to say that the ferry would run all winter.`},
		[]wantStmt{
			{"Ada Lind", "insist", KindIndirect, "the fares are fair", ""},
			{"Ada Lind", "say", KindIndirect, "the ferry would run all winter", ""}}},
	{"'a spokesperson for the X' has its head before 'for'", []string{
		`A spokesperson for the fishing delegation said the fleet would stay in port.`},
		[]wantStmt{{"A spokesperson for the fishing delegation", "said", KindIndirect, "the fleet would stay in port", ""}}},
	{"'welcomed the news but said'", []string{
		`Dock chief Ivo Lund welcomed the plan but said the crews wanted a written promise.`},
		[]wantStmt{{"Ivo Lund", "said", KindIndirect, "the crews wanted a written promise", ""}}},
	{"'One of them, a longtime aide, said'", []string{
		`Two people close to the mayor confirmed the plan. One of them, a longtime aide, said the launch would be at the market.`},
		[]wantStmt{
			{"Two people close to the mayor", "confirmed", KindIndirect, "the plan", ""},
			{"a longtime aide", "said", KindIndirect, "the launch would be at the market", ""}}},
	{"', while' opens another source's statement", []string{
		`The council said it would keep the ferry running, while the harbour's pilots deny any safety problem and say the channel is clear.`},
		[]wantStmt{
			{"The council", "said", KindIndirect, "it would keep the ferry running", ""},
			{"the harbour's pilots", "deny", KindIndirect, "any safety problem", ""},
			{"the harbour's pilots", "say", KindIndirect, "the channel is clear", ""}}},
	{"inverted attribution with a named apposition; no statement inside it", []string{
		`The mayor was known for telling others "he ran the port" despite being new, said another witness in the inquiry, former harbour adviser Fiona Hale.`},
		[]wantStmt{{"Fiona Hale", "said", KindMixed, `The mayor was known for telling others "he ran the port" despite being new`, ""}}},
	{"participle after a time-led main clause", []string{
		`Last week port engineer Ada Lind showed the cracks to the inspectors, saying she had seen them “grow every winter.”`},
		[]wantStmt{{"Ada Lind", "saying", KindMixed, "she had seen them “grow every winter.”", ""}}},
	{"told an addressee a clause with no 'that'", []string{
		`Ambassador Rui Costa told visiting trade officials they would need to “deliver” before any summit.`},
		[]wantStmt{{"Rui Costa", "told", KindMixed, "they would need to “deliver” before any summit", "visiting trade officials"}}},
	{"verdicts with 'as'; condemn and denounce", []string{
		`The port authority rejected the complaints as “simply untrue,” and two pilots told the Ledger the channel was safe.`,
		`Governor Ana Cruz slammed the audit as a “hatchet job” and assailed the auditor as part of a smear campaign.`,
		`The mayor condemned the attack on the clinic.`},
		[]wantStmt{
			{"The port authority", "rejected", KindMixed, "the complaints as “simply untrue,”", ""},
			{"two pilots", "told", KindIndirect, "the channel was safe", "the Ledger"},
			{"Ana Cruz", "slammed", KindMixed, "the audit as a “hatchet job”", ""},
			{"Ana Cruz", "assailed", KindIndirect, "the auditor as part of a smear campaign", ""},
			{"The mayor", "condemned", KindIndirect, "the attack on the clinic", ""}}},
	{"a later cue that is no statement leaves the first content whole", []string{
		`Beijing has denounced a court ruling declaring the curfew unlawful.`},
		[]wantStmt{{"Beijing", "denounced", KindIndirect, "a court ruling declaring the curfew unlawful", ""}}},
	{"a role 'to' a country is part of the speaker", []string{
		`Norway's ambassador to Chile accused the ministry of stalling the talks.`},
		[]wantStmt{{"Norway's ambassador to Chile", "accused", KindIndirect, "the ministry of stalling the talks", ""}}},
	{"according-to source ends at its comma; an agency dateline is no content", []string{
		`(Wire) — The state auditor is examining the ferry company, according to two people briefed on the matter, adding to troubles that have turned the firm into an outcast.`},
		[]wantStmt{{"two people briefed on the matter", "according to", KindIndirect, "The state auditor is examining the ferry company", ""}}},
	{"adverb after the cue before its adjunct", []string{
		`"A fine day for the harbour, and a finer one for the town," Mayor Ivo Tal posted soon after the council vote on Tuesday.`},
		[]wantStmt{{"Ivo Tal", "posted", KindDirect, "A fine day for the harbour, and a finer one for the town", ""}}},
	{"a fronted time is no content", []string{
		`Later in the day, Ada Lind, the port engineer, testified before the harbour committee.`}, nil},
	{"', but he said' starts a second statement", []string{
		`Rao said it depends on the price of the pass, but he said that riders would switch within a year.`},
		[]wantStmt{
			{"Rao", "said", KindIndirect, "it depends on the price of the pass", ""},
			{"Rao", "said", KindIndirect, "riders would switch within a year", ""}}},
	{"called it a quoted description", []string{`The ferry board called it an "unworkable timetable".`},
		[]wantStmt{{"The ferry board", "called", KindMixed, `it an "unworkable timetable"`, ""}}},
	{"subject before a dashed aside", []string{
		`The growers' council - which has opposed the canal since 2019 - called for a new survey of the river.`},
		[]wantStmt{{"The growers' council", "called for", KindIndirect, "a new survey of the river", ""}}},
	{"absolute phrase: with X warning", []string{
		`Two harbour towns also criticised the plan, with Mayor Ilse Brandt warning of "empty quays by spring".`},
		[]wantStmt{
			{"Two harbour towns", "criticised", KindIndirect, "the plan", ""},
			{"Ilse Brandt", "warning", KindDirect, "empty quays by spring", ""}}},
	{"suggested with a pronoun clause and no 'that'", []string{
		`Although relatives of the sailor suggested he may have been pushed, Coroner Ada Lind told the inquest the fall was an accident.`},
		[]wantStmt{
			{"relatives of the sailor", "suggested", KindIndirect, "he may have been pushed", ""},
			{"Ada Lind", "told", KindIndirect, "the fall was an accident", "the inquest"}}},
	{"has since said", []string{`Mayor Ivo Tal has since said that the market would reopen in June.`},
		[]wantStmt{{"Ivo Tal", "said", KindIndirect, "the market would reopen in June", ""}}},
	{"participle after an indirect question belongs to the main clause", []string{
		`Engineer Rui Costa showed the rover. He declined to state when the rover would be ready, saying it would depend on each order.`},
		[]wantStmt{{"Rui Costa", "saying", KindIndirect, "it would depend on each order", ""}}},
	{"a possessive subject is a mention 'he' can refer to", []string{
		`Ms. Vera Holm said the budget was final.`,
		`Mr. Anton Berg's plan for the port is not limited to ferries. He said that cargo ships would also dock there.`},
		[]wantStmt{
			{"Vera Holm", "said", KindIndirect, "the budget was final", ""},
			{"Anton Berg", "said", KindIndirect, "cargo ships would also dock there", ""}}},
	{"indirect content interrupted by its attribution, running on with 'and'", []string{
		`The crews found the leak by noon, Rana said, and "sealed" the main as the utility continued to restore service.`},
		[]wantStmt{{"Rana", "said", KindMixed, `The crews found the leak by noon, Rana said, and "sealed" the main as the utility continued to restore service`, ""}}},
	{"a lone subordinate clause before the subject is no content", []string{
		`As the votes were counted in the capital, Director Ann Holt testified before the budget committee.`},
		nil},
	{"court records are a source; data is a finding", []string{
		`The two guards signed false logs, according to court records.`,
		`One of the guards, according to prison records, had worked five double shifts before reporting for duty.`,
		`Sales rose 4 percent, according to the data.`},
		[]wantStmt{
			{"court records", "according to", KindIndirect, "The two guards signed false logs", ""},
			{"prison records", "according to", KindIndirect, "One of the guards, according to prison records, had worked five double shifts before reporting for duty", ""}}},
	{"called for and called on as demands", []string{
		`The ferry workers' union called for an independent review of the timetable.`,
		`Councillor Ada Frey called on the harbour board to publish the accounts.`},
		[]wantStmt{
			{"The ferry workers' union", "called for", KindIndirect, "an independent review of the timetable", ""},
			{"Ada Frey", "called on", KindIndirect, "the harbour board to publish the accounts", ""}}},
	{"called X a Y, and called X with a quotation", []string{
		`Mayor Lena Ortiz called the bridge closure a betrayal of the east side.`,
		`Senator Rob Dane called the verdict "a dark day for the valley."`},
		[]wantStmt{
			{"Lena Ortiz", "called", KindIndirect, "the bridge closure a betrayal of the east side", ""},
			{"Rob Dane", "called", KindMixed, `the verdict "a dark day for the valley."`, ""}}},
	{"said of that: a determiner, not a that-clause", []string{
		`"We hoped to start later, but the demand was there," Ana Voss, the program's deputy head, said of that launch in a call with reporters.`},
		[]wantStmt{{"Ana Voss", "said", KindDirect, "We hoped to start later, but the demand was there", ""}}},
	{"interrupted quotation before 'declined to say'", []string{
		`Pia Lund runs the bakery on Mill Street. "We start small," she said. "Our ovens can grow with the orders." She declined to say when the second shop would open.`},
		[]wantStmt{{"Pia Lund", "said", KindDirect, `We start small," she said. "Our ovens can grow with the orders.`, ""}}},
	{"'adding to' after an according-to source", []string{
		`The regulator is examining the lender, according to two people briefed on the matter, adding to a long list of its troubles.`},
		[]wantStmt{{"two people briefed on the matter", "according to", KindIndirect, "The regulator is examining the lender", ""}}},
	{"capitalised cue word inside a subject name", []string{`The United States welcomed the truce on Friday and said it would send observers.`},
		[]wantStmt{{"United States", "said", KindIndirect, "it would send observers", ""}}},
	{"apposition after a clause", []string{`Local leaders had hoped to leave, but General Ana Holt, head of the northern command, told reporters this week that troops would stay "for a while".`},
		[]wantStmt{{"Ana Holt", "told", KindMixed, `troops would stay "for a while"`, "reporters"}}},
	{"fronted participle", []string{`Arguing that the levy hurts small shops, with rents already high, Councillor Rui Abe has said he will vote against it.`},
		[]wantStmt{
			{"Rui Abe", "arguing", KindIndirect, "the levy hurts small shops, with rents already high", ""},
			{"Rui Abe", "said", KindIndirect, "he will vote against it", ""}}},
	{"fronted participle with a pronoun subject", []string{
		`Dora Pike runs the shelter on Elm Street.`,
		`Warning that the cold snap would last, she said the doors would stay open all night.`},
		[]wantStmt{
			{"Dora Pike", "warning", KindIndirect, "the cold snap would last", ""},
			{"Dora Pike", "said", KindIndirect, "the doors would stay open all night", ""}}},
	{"as a reporter reports for an outlet", []string{`As Mara Quist reports for the Ledger, the first permits were issued last spring.`},
		[]wantStmt{{"Mara Quist", "reports", KindIndirect, "the first permits were issued last spring", "the Ledger"}}},
	{"as an outlet reported", []string{`As the Gazette reported last week, the mill will close in the autumn.`},
		[]wantStmt{{"Gazette", "reported", KindIndirect, "the mill will close in the autumn", ""}}},
	{"per inside the clause", []string{`The fungus, per the regional health board, spreads mainly through damp soil.`},
		[]wantStmt{{"the regional health board", "per", KindIndirect, "The fungus, per the regional health board, spreads mainly through damp soil", ""}}},
	{"per an acronym", []string{`The spores, per the FAO, survive for years in dry soil.`},
		[]wantStmt{{"FAO", "per", KindIndirect, "The spores, per the FAO, survive for years in dry soil", ""}}},
	{"per opening the sentence", []string{`Per the Harbour Trust, the ferry will run twice a day from June.`},
		[]wantStmt{{"Harbour Trust", "per", KindIndirect, "the ferry will run twice a day from June", ""}}},
	{"per after a statement is its relay", []string{`"Nobody told us anything," one shop owner said, per the Ledger.`},
		[]wantStmt{{"one shop owner", "said", KindDirect, "Nobody told us anything", ""}}},
	{"titled back-reference with an organisation", []string{
		`Bluebird co-founder Ivo Stern left the board in March.`,
		`The Bluebird founder said the company had lost its way.`},
		[]wantStmt{{"Ivo Stern", "said", KindIndirect, "the company had lost its way", ""}}},
	{"role before a name is its title", []string{
		`Tax adviser Nell Orrin met the families on Monday.`,
		`The tax adviser said most of them would get a refund.`},
		[]wantStmt{{"Nell Orrin", "said", KindIndirect, "most of them would get a refund", ""}}},
	{"coordinated names", []string{`Canadian Ole Brand and Irish Fiona Nagle claimed they had been held without charge.`},
		[]wantStmt{{"Canadian Ole Brand and Irish Fiona Nagle", "claimed", KindIndirect, "they had been held without charge", ""}}},
	{"passive told by", []string{`Staff were told by the director that the lab would close in June.`},
		[]wantStmt{{"the director", "told", KindIndirect, "the lab would close in June", "Staff"}}},
	{"passive told in a message sent by", []string{`In a memo sent by chief executive Ana Lin, workers were told that the plant would shut for two weeks.`},
		[]wantStmt{{"Ana Lin", "told", KindIndirect, "the plant would shut for two weeks", "workers"}}},
	{"ruled out", []string{`The water board has ruled out any rise in bills this year.`},
		[]wantStmt{{"The water board", "ruled out", KindIndirect, "any rise in bills", ""}}},
	{"quantifier subject refers to the group in focus", []string{
		`Dozens of stranded travellers slept at the station on Sunday. Some said they had been waiting for two days.`},
		[]wantStmt{{"Dozens of stranded travellers", "said", KindIndirect, "they had been waiting for two days", ""}}},
	{"pronoun for a person only mentioned so far", []string{
		`Nearly forty nurses were meeting in the hall on Friday when they heard that the new candidate, Ravi Dunn, would drop by.`,
		`When Dunn walked into the hall late, the nurses turned around as he apologized for his delay.`,
		`“Don’t mind me!” he told them.`},
		[]wantStmt{{"Ravi Dunn", "told", KindDirect, "Don’t mind me!", "them"}}},
	{"inverted says with a role before the name", []string{`Costs are falling fast, says certified planner Ola Berg.`},
		[]wantStmt{{"Ola Berg", "says", KindIndirect, "Costs are falling fast", ""}}},
	{"quotation then says with a role before the name", []string{`“Sales have not grown in a decade,” says veteran retail analyst Ken Moss.`},
		[]wantStmt{{"Ken Moss", "says", KindDirect, "Sales have not grown in a decade", ""}}},
	{"a suspect speaks", []string{`The suspect said he needed to get dressed.`},
		[]wantStmt{{"The suspect", "said", KindIndirect, "he needed to get dressed", ""}}},
	{"wrote in a blog post that", []string{`Ivo Lind, a nurse at the clinic, wrote in a blog post that the patients had arrived a week earlier.`},
		[]wantStmt{{"Ivo Lind", "wrote", KindIndirect, "the patients had arrived a week earlier", ""}}},
	{"according to a relay before an apposition", []string{`But according to the Ledger's Park, Ivo Lind, a nurse at the clinic, wrote that the patients had arrived a week earlier.`},
		[]wantStmt{{"Ivo Lind", "wrote", KindIndirect, "the patients had arrived a week earlier", ""}}},
	{"apposition missing its closing comma", []string{`“The air is cleaner this week,” Mina Rao, a research analyst at the Delhi-based Centre for Clean Air think tank told the Ledger.`},
		[]wantStmt{{"Mina Rao", "told", KindDirect, "The air is cleaner this week", "the Ledger"}}},
	{"coordinated roles before a name", []string{`"We found water," lead author and planetary scientist Lena Ruiz said in a statement.`},
		[]wantStmt{{"Lena Ruiz", "said", KindDirect, "We found water", ""}}},
	{"inverted says with an acronym", []string{`Untreated, the disease is "always fatal", says WHO.`},
		[]wantStmt{{"WHO", "says", KindMixed, `Untreated, the disease is "always fatal"`, ""}}},
	{"told an audience after the quotation", []string{
		`Ivo Lind spoke for an hour.`,
		`"Here we are on a big day," he told party leaders, according to a statement.`},
		[]wantStmt{{"Ivo Lind", "told", KindDirect, "Here we are on a big day", "party leaders"}}},
	{"relative clause with its own speech verb", []string{`The Northern Front, however, claimed responsibility for downing the drone, which it said crashed near the border.`},
		[]wantStmt{
			{"Northern Front", "claimed", KindIndirect, "responsibility for downing the drone", ""},
			{"Northern Front", "said", KindIndirect, "crashed near the border", ""}}},
	{"mixed content before an attribution with an addressee", []string{`Buyers "wanted a cheaper model," Lee told Park, which led to the new design.`},
		[]wantStmt{{"Lee", "told", KindMixed, `Buyers "wanted a cheaper model,"`, "Park"}}},
	{"anonymous source described by a relative clause: the clause asking for anonymity is no part of the name (changed in the eleventh session)", []string{`A spokesperson who did not wish to be named because of agency policy said in a statement that the agency had never given vaccines.`},
		[]wantStmt{{"A spokesperson", "said", KindIndirect, "the agency had never given vaccines", ""}}},
	{"role in apposition is a title for a later back-reference", []string{
		`Mia Lind, the founder of Crumb, spoke to staff. Bo Park, a baker, met her on Monday.`,
		`The founder said the firm would hire more bakers.`},
		[]wantStmt{{"Mia Lind", "said", KindIndirect, "the firm would hire more bakers", ""}}},
	{"an office in apposition is no title for the article", []string{
		`President Ivo Lind opened the fair.`,
		`“Growth is slowing,” Ana Holt, the president of the Central Bank, said last week.`,
		`The president says his plan is working.`},
		[]wantStmt{
			{"Ana Holt", "said", KindDirect, "Growth is slowing", ""},
			{"Ivo Lind", "says", KindIndirect, "his plan is working", ""}}},
	{"it for a one-word company that spoke before", []string{
		`Zorbix confirmed that its approach uses the larger rocket.`,
		`In a statement released on Monday, it said it had submitted a bid for the lander.`},
		[]wantStmt{
			{"Zorbix", "confirmed", KindIndirect, "its approach uses the larger rocket", ""},
			{"Zorbix", "said", KindIndirect, "it had submitted a bid for the lander", ""}}},
	{"cues with objects", []string{
		`Residents accused the water board of ignoring their calls.`,
		`The unions demanded a deadline extension.`,
		`The families asked their governments to help.`},
		[]wantStmt{
			{"Residents", "accused", KindIndirect, "the water board of ignoring their calls", ""},
			{"The unions", "demanded", KindIndirect, "a deadline extension", ""},
			{"The families", "asked", KindIndirect, "their governments to help", ""}}},
	{"quantified and plural subjects", []string{
		`Many tenants complained that the heating failed every winter.`,
		`Consumer groups are urging the city to cap rents.`,
		`Shops and tenants complained of weeks without water.`},
		[]wantStmt{
			{"Many tenants", "complained", KindIndirect, "the heating failed every winter", ""},
			{"Consumer groups", "urging", KindIndirect, "the city to cap rents", ""},
			{"Shops and tenants", "complained", KindIndirect, "weeks without water", ""}}},
	{"a role noun keeps its words when the named people have other roles", []string{
		`Striker Bo Kerr scored twice on Saturday.`,
		`The coach said the team had earned the win.`},
		[]wantStmt{{"The coach", "said", KindIndirect, "the team had earned the win", ""}}},
	{"a capitalised role before a name is its title", []string{
		`Singer Ana Ruiz opened the show. Actor Dev Malik joined her later.`,
		`The singer said the crowd was wonderful.`},
		[]wantStmt{{"Ana Ruiz", "said", KindIndirect, "the crowd was wonderful", ""}}},
	{"possessive refers to the person last mentioned", []string{
		`Mayor Ivo Lind has led the city since 2019.`,
		`Council leader Bo Park spoke to the crowd for an hour.`,
		`Teachers did not see Lind at the hall on Tuesday. His office said he was abroad at a conference.`},
		[]wantStmt{{"Ivo Lind's office", "said", KindIndirect, "he was abroad at a conference", ""}}},
	{"a long inverted subject with an adverb in it", []string{
		`“The depot will close in March,” said the Harrow Freight Group’s recently appointed managing director Lena Vogt in a memo to drivers.`,
		`“Fares will rise,” said Harrow’s long serving chief financial officer Ari Nolan on Friday.`},
		[]wantStmt{
			{"Lena Vogt", "said", KindDirect, "The depot will close in March", ""},
			{"Ari Nolan", "said", KindDirect, "Fares will rise", ""}}},
	{"a time after a final attribution is no content", []string{
		`After a long standoff, the city plans to reopen the bridge, transport officials said late Thursday.`},
		[]wantStmt{{"transport officials", "said", KindIndirect, "After a long standoff, the city plans to reopen the bridge", ""}}},
	{"a clause after the cue of a quotation is its setting", []string{
		`“Almost done,” Ms. Pike said as she tightened the last bolt.`},
		[]wantStmt{{"Pike", "said", KindDirect, "Almost done", ""}}},
	{"instructed and summed up attribute quotations", []string{
		`“Keep the valve shut,” instructed Rui Costa, the site foreman.`,
		`Costa summed up the whole week in the yard: “We built a ship out of spare parts.”`},
		[]wantStmt{
			{"Rui Costa", "instructed", KindDirect, "Keep the valve shut", ""},
			{"Rui Costa", "summed up", KindDirect, "We built a ship out of spare parts.", ""}}},
	{"a number opening with 'about' before the attribution is content", []string{
		`About 30 people were hurt in the crush, according to local news reports.`},
		[]wantStmt{{"local news reports", "according to", KindIndirect, "About 30 people were hurt in the crush", ""}}},
	{"an attribution inside reported speech, after a short subject or a condition", []string{
		`Nadia Rahim runs the co-op.`,
		`The levy, she said, will stay.`,
		`If milk prices fall again, she warned, small farms will close.`},
		[]wantStmt{
			{"Nadia Rahim", "said", KindIndirect, "The levy, she said, will stay", ""},
			{"Nadia Rahim", "warned", KindIndirect, "If milk prices fall again, she warned, small farms will close", ""}}},
	{"an inverted attribution inside the clause it attributes", []string{
		`The merger, say analysts, leaves the region with one bakery.`,
		`The vote, said the clerk, was unanimous.`,
		`“We knew,” said Ida Holm, a baker in the town.`},
		[]wantStmt{
			{"analysts", "say", KindIndirect, "The merger, say analysts, leaves the region with one bakery", ""},
			{"the clerk", "said", KindIndirect, "The vote, said the clerk, was unanimous", ""},
			{"Ida Holm", "said", KindDirect, "We knew", ""}}},
	{"an outlet that relays a statement is no source", []string{
		`The harbour master said in a memo that the quay would close for a month, the Coast Gazette reported on Friday.`},
		[]wantStmt{{"The harbour master", "said", KindIndirect, "the quay would close for a month", ""}}},
	{"a quotation after a mixed statement's attribution continues it", []string{
		`The closure is “a blow to every family on the street,” Ola Dahl said. “And nobody asked us.”`},
		[]wantStmt{{"Ola Dahl", "said", KindMixed, "The closure is “a blow to every family on the street,” Ola Dahl said. “And nobody asked us.", ""}}},
	{"'according to' after a dash attaches to the clause after the dash", []string{
		`The bakery, too, keeps growing — it had 12 shops by June, according to the trade register.`},
		[]wantStmt{{"the trade register", "according to", KindIndirect, "it had 12 shops by June", ""}}},
	{"a word capitalised only as a sentence opener is no person", []string{
		`“The nets were empty,” Piet Maas said.`,
		`Fresh cod sells for twice last year's price. He said the quota was to blame.`},
		[]wantStmt{
			{"Piet Maas", "said", KindDirect, "The nets were empty", ""},
			{"Piet Maas", "said", KindIndirect, "the quota was to blame", ""}}},
	{"'his spokesman' after a clause about a named person is that person's", []string{
		`“The roads are shut,” Gov. Pablo Ruiz said on Monday.`,
		`As the storm moved north, union leader Kofi Mensah returned to the capital late on Tuesday, his spokesman said.`},
		[]wantStmt{
			{"Pablo Ruiz", "said", KindDirect, "The roads are shut", ""},
			{"Kofi Mensah's spokesman", "said", KindIndirect, "As the storm moved north, union leader Kofi Mensah returned to the capital late on Tuesday", ""}}},
	{"the writer's 'even as' ends reported speech; a topic after 'wrote about' is none", []string{
		`Senator Ruth Obi claimed the levy would pay for itself even as the treasury estimated a loss.`,
		`Ruth Obi has covered the harbour since 2015. Previously, she wrote about farming, and also edited the weekend pages.`},
		[]wantStmt{{"Ruth Obi", "claimed", KindIndirect, "the levy would pay for itself", ""}}},
	{"'but insisted' after a quotation is a second statement; a man is no organisation", []string{
		`Mr Berg said the delays were “regrettable and avoidable” but insisted the line would open in May.`,
		`The firm said sales rose.`},
		[]wantStmt{
			{"Berg", "said", KindMixed, "the delays were “regrettable and avoidable”", ""},
			{"Berg", "insisted", KindIndirect, "the line would open in May", ""},
			{"The firm", "said", KindIndirect, "sales rose", ""}}},
	{"warned against", []string{`The governor warned against a “rushed and reckless” rescue plan.`},
		[]wantStmt{{"The governor", "warned", KindMixed, "against a “rushed and reckless” rescue plan", ""}}},
	{"divulged, boasted of, 'as X has pointed out', and a modified group noun", []string{
		`Port officials divulged on Monday that two tankers had run aground.`,
		`The Harbour Board met on Tuesday. Later, the union team boasted of gains in the new contract.`,
		`But, as the Harbour Board has pointed out, the dredging would also harm the oyster beds.`},
		[]wantStmt{
			{"Port officials", "divulged", KindIndirect, "two tankers had run aground", ""},
			{"the union team", "boasted", KindIndirect, "gains in the new contract", ""},
			{"Harbour Board", "pointed out", KindIndirect, "the dredging would also harm the oyster beds", ""}}},
	{"', but' and a new source start a second statement", []string{
		`The mayor said the bridge was safe, but county engineers said it needed urgent repairs.`},
		[]wantStmt{
			{"The mayor", "said", KindIndirect, "the bridge was safe", ""},
			{"county engineers", "said", KindIndirect, "it needed urgent repairs", ""}}},
	{"'and the army said' is a second statement", []string{
		`The ministry said the border was calm and the army said its patrols had been doubled.`},
		[]wantStmt{
			{"The ministry", "said", KindIndirect, "the border was calm", ""},
			{"the army", "said", KindIndirect, "its patrols had been doubled", ""}}},
	{"a surname two people share is the first one's", []string{
		`River pilot Ari Tane has worked the river for fifty years.`,
		`His son, Mika Joseph Tane, now runs the yard.`,
		`“The river is lower every summer,” says Tane.`},
		[]wantStmt{{"Ari Tane", "says", KindDirect, "The river is lower every summer", ""}}},
	{"a quotation after a caption continues the speaker before it", []string{
		`“The tide took the whole jetty,” says Ines Moor, the harbour keeper.`,
		`Ines Moor on the slipway at dawn`,
		`“We rebuilt it twice already. We will not do it a third time.”`},
		[]wantStmt{
			{"Ines Moor", "says", KindDirect, "The tide took the whole jetty", ""},
			{"Ines Moor", "", KindDirect, "We rebuilt it twice already. We will not do it a third time.", ""}}},
	{"'he' in a fronted clause is the main clause's named subject", []string{
		`Director Lars Eke cast the film in a week.`,
		`Although he said the shoot was “brutal,” Tomas Varga would not discuss the ending.`,
		`“I signed a very long contract,” he joked.`},
		[]wantStmt{
			{"Tomas Varga", "said", KindMixed, "the shoot was “brutal,”", ""},
			{"Tomas Varga", "joked", KindDirect, "I signed a very long contract", ""}}},
	{"'an interview that also included' is no content", []string{
		`“The role scared me,” Dana Kors told the Ledger recently during an interview that also included her co-star.`},
		[]wantStmt{{"Dana Kors", "told", KindDirect, "The role scared me", "the Ledger"}}},
	{"a quotation after an apposition ending in an abbreviation continues the first", []string{
		`“Orders dried up,” said Vik Sen, owner of Sen Tools Inc. “We lost half our staff.”`},
		[]wantStmt{{"Vik Sen", "said", KindDirect, "Orders dried up,” said Vik Sen, owner of Sen Tools Inc. “We lost half our staff.", ""}}},
	{"after ', X said,' a later relative 'that' is not the cue's", []string{
		`While towns have begun to ask for bids, Ola Berg said, there is no backlog of work that guarantees new jobs.`},
		[]wantStmt{{"Ola Berg", "said", KindIndirect, "While towns have begun to ask for bids, Ola Berg said, there is no backlog of work that guarantees new jobs", ""}}},
	{"party and state in brackets after a name; a bracketed sentence has a subject", []string{
		`Rep. Lena Ortiz (D-Minn.) said the bill would pass this week.`,
		`“Prices are mad,” said Tom Hale. (Hale does not sell to the chain.)`,
		`He said margins were thin.`},
		[]wantStmt{
			{"Lena Ortiz", "said", KindIndirect, "the bill would pass this week", ""},
			{"Tom Hale", "said", KindDirect, "Prices are mad", ""},
			{"Tom Hale", "said", KindIndirect, "margins were thin", ""}}},
	{"after a quotation, the few words after 'told' are the addressee", []string{
		`“It cost a fortune,” Ana Pires told CBS affiliate WKRN.`},
		[]wantStmt{{"Ana Pires", "told", KindDirect, "It cost a fortune", "CBS affiliate WKRN"}}},
	{"a subject met only in a failed analysis is no antecedent", []string{
		`“The floats will fly,” Chief Rosa Beltran said on Tuesday.`,
		`They stay grounded if gusts exceed 34 mph -- both slightly above predicted strength.`,
		`“It looks good,” she said.`},
		[]wantStmt{
			{"Rosa Beltran", "said", KindDirect, "The floats will fly", ""},
			{"Rosa Beltran", "said", KindDirect, "It looks good", ""}}},
	{"a clause before a final attribution is no apposition; 'in a posting that'", []string{
		`Acme chief Jon Sager said in a posting that the deal had flaws.`,
		`Acme’s deal with the chain allows the company to set its own prices, Sager said.`,
		`“Irony thrives online,” he added.`},
		[]wantStmt{
			{"Jon Sager", "said", KindIndirect, "the deal had flaws", ""},
			{"Jon Sager", "said", KindIndirect, "Acme’s deal with the chain allows the company to set its own prices", ""},
			{"Jon Sager", "added", KindDirect, "Irony thrives online", ""}}},
	{"a short aside between subject and verb; ', too, said X' is inverted", []string{
		`State Sen. Ida Marsh (R-Essex), for example, said the governor “kept his word.”`,
		`Toys have seen price rises, too, said Lena Ruiz, an economist.`},
		[]wantStmt{
			{"Ida Marsh", "said", KindMixed, "the governor “kept his word.”", ""},
			{"Lena Ruiz", "said", KindIndirect, "Toys have seen price rises, too", ""}}},
	{"'quote X as saying' and ', police said: …'", []string{
		`“I would do it again,” local papers quote Ivan Petrov as saying.`,
		`The radio station quoted the mayor as saying the dam would hold.`,
		`The motive, police said: jealousy and debt.`},
		[]wantStmt{
			{"Ivan Petrov", "saying", KindDirect, "I would do it again", ""},
			{"the mayor", "saying", KindIndirect, "the dam would hold", ""},
			{"police", "said", KindIndirect, "The motive, police said: jealousy and debt", ""}}},
	{"a parenthetical attribution owns the clause it interrupts; 'X, NAME, is promising'", []string{
		`Ravi Nair was furious. His partner, he says, told him the bills had been paid.`,
		`The new mayor, Ines Sola, is promising to clean up the tendering rules.`,
		`A group of nurses, worried that the ward is closing, is urging the board to reconsider.`},
		[]wantStmt{
			{"Ravi Nair", "says", KindIndirect, "His partner, he says, told him the bills had been paid", ""},
			{"Ines Sola", "promising", KindIndirect, "to clean up the tendering rules", ""},
			{"A group of nurses", "urging", KindIndirect, "the board to reconsider", ""}}},
	{"'Chief Ann Lee with the city police' is a person 'he' can refer to", []string{
		`Ben Ode said he expected a long wait.`,
		`"We decide in the morning," Patrol Chief Ada Lind with the Harbor Police Department said Wednesday.`,
		`"It looks calm," she said.`},
		[]wantStmt{
			{"Ben Ode", "said", KindIndirect, "he expected a long wait", ""},
			{"Ada Lind", "said", KindDirect, "We decide in the morning", ""},
			{"Ada Lind", "said", KindDirect, "It looks calm", ""}}},
	{"'When Lee was asked …, he said' is Lee; 'After Lee criticised him, he said' is not", []string{
		`Omar Diallo founded the movement. Ken Moss joined it later.`,
		`When Diallo was asked to define the creed, from “first principles,” he said that it rested on thrift.`},
		[]wantStmt{{"Omar Diallo", "said", KindIndirect, "it rested on thrift", ""}}},
	{"interjected, rejoined and pleaded attribute quotations", []string{
		`“What about the night shift?” Judge Amos interjected.`,
		`“Then why raise it?” the judge rejoined.`,
		`“Let me go home,” the prisoner pleaded.`},
		[]wantStmt{
			{"Amos", "interjected", KindDirect, "What about the night shift?", ""},
			{"Amos", "rejoined", KindDirect, "Then why raise it?", ""},
			{"the prisoner", "pleaded", KindDirect, "Let me go home", ""}}},
	{"labeled X “…”, calls X …, “…”, 'with many X warning', ', but, according to X, …'", []string{
		`In 2015 Ana Ruiz labeled the treaty “a sham” because it set no tax.`,
		`Ruiz calls Lee’s case for a new dam, “a costly fantasy.”`,
		`The plan is contested, with many engineers warning of floods downstream.`,
		`The ban cut smog, but, according to Ruiz, the cost has been higher bills.`},
		[]wantStmt{
			{"Ana Ruiz", "labeled", KindMixed, "the treaty “a sham”", ""},
			{"Ana Ruiz", "calls", KindMixed, "Lee’s case for a new dam, “a costly fantasy.”", ""},
			{"many engineers", "warning", KindIndirect, "floods downstream", ""},
			{"Ana Ruiz", "according to", KindIndirect, "the cost has been higher bills", ""}}},
	{"'prompted X to quip …'; a quotation then 'before launching …'; 'though that' is no clause", []string{
		`Ola Voss said the figures were “very good” before launching into another attack that prompted Judge Amir Kan to quip the hearing sounded like a “broken record.”`,
		`The judge responded by threatening to clear the room, though that did not deter the crowd.`},
		[]wantStmt{
			{"Ola Voss", "said", KindMixed, "the figures were “very good”", ""},
			{"Amir Kan", "quip", KindMixed, "the hearing sounded like a “broken record.”", ""}}},
	{"'at one point' is no speech verb; 'she' after another name is not the subject's sex", []string{
		`Justice Omar Reyes asked the questions.`,
		`Of the old friar, Vance said at one point, “He just wanted the town to be happy again.”`,
		`Reyes told Vance it appeared she wanted to widen the case. “Is that right?” he asked.`},
		[]wantStmt{
			{"Vance", "said", KindDirect, "He just wanted the town to be happy again.", ""},
			{"Omar Reyes", "told", KindIndirect, "it appeared she wanted to widen the case", "Vance"},
			{"Omar Reyes", "asked", KindDirect, "Is that right?", ""}}},
	{"a capitalised adjective and lower-case nouns are no name", []string{
		`Ruben Ortega founded the movement.`,
		`The Basque freedom struggle, he explains, had always been about “self-rule.”`},
		[]wantStmt{{"Ruben Ortega", "explains", KindMixed, "The Basque freedom struggle, he explains, had always been about “self-rule.”", ""}}},
	{"'said a member of X.org'; 'he' inside a relative clause is the person it describes", []string{
		`"The block is political," said a member of OpenNet.org, who uses a pen name.`,
		`Former mayor Rudy Vale blamed the marchers.`,
		`Beside them stood Jonah Ruiz, 18, of Queens, who in May made news when he announced plans to sue the city.`},
		[]wantStmt{
			{"a member of OpenNet.org", "said", KindDirect, "The block is political", ""},
			{"Jonah Ruiz", "announced", KindIndirect, "plans to sue the city", ""}}},
	{"an acronym before a name's last word makes no fuller name", []string{
		`The Pentagon rejected the claims as “false.”`,
		`A spokesman told VOA Pentagon correspondent Ann Bly that the base was safe.`},
		[]wantStmt{
			{"Pentagon", "rejected", KindMixed, "the claims as “false.”", ""},
			{"A spokesman", "told", KindIndirect, "the base was safe", "VOA Pentagon correspondent Ann Bly"}}},
	{"'says the letter signed by seven nurses'", []string{
		`“This is an emergency,” says the letter signed by seven nurses.`},
		[]wantStmt{{"the letter signed by seven nurses", "says", KindDirect, "This is an emergency", ""}}},
	{"'condemned Wednesday's attack' has no inverted subject; 'the party, which … by saying'", []string{
		`The leader of the Greens, Ruth Amsel, condemned Wednesday’s vote, saying in a statement that it “will not stand.”`,
		`Relations soured after rhetoric from the Harbor Party, which tried to rally support by saying that turnout was “surging.”`},
		[]wantStmt{
			{"Ruth Amsel", "condemned", KindIndirect, "Wednesday’s vote", ""},
			{"Ruth Amsel", "saying", KindMixed, "it “will not stand.”", ""},
			{"Harbor Party", "saying", KindMixed, "turnout was “surging.”", ""}}},
	{"'telling X to “…”' is a request with a quotation", []string{
		`“This is not a rally,” Judge Ida Moss said, telling the lawyer to “control your client.”`,
		`Judge Ida Moss tried to stop the speeches, telling his lawyer Ben Roe to “sit down” and threatening to clear the court.`},
		[]wantStmt{
			{"Ida Moss", "said", KindDirect, "This is not a rally", ""},
			{"Ida Moss", "telling", KindMixed, "the lawyer to “control your client.”", "the lawyer"},
			{"Ida Moss", "telling", KindMixed, "his lawyer Ben Roe to “sit down”", "his lawyer Ben Roe"}}},
	{"a research firm is a source, a study is not", []string{
		`The chain sold 40 house brands last spring, according to Larkspur Research.`},
		[]wantStmt{{"Larkspur Research", "according to", KindIndirect, "The chain sold 40 house brands last spring", ""}}},
	{"she after a fronted clause naming one person", []string{
		`“The wards are full,” Bo Hale said.`,
		`While the new poster did not impress Carla Mendes, a county nurse, she said it would at least start a conversation.`},
		[]wantStmt{
			{"Bo Hale", "said", KindDirect, "The wards are full", ""},
			{"Carla Mendes", "said", KindIndirect, "it would at least start a conversation", ""}}},
	{"a given name or honorific tells the sex before any pronoun does", []string{
		`Linda Varga chairs the parks board.`,
		`“We will plant two hundred trees,” Thomas Greer said.`,
		`Ms. Osei spoke next. “The money is there,” she said.`},
		[]wantStmt{
			{"Thomas Greer", "said", KindDirect, "We will plant two hundred trees", ""},
			{"Osei", "said", KindDirect, "The money is there", ""}}},
	{"a noun ending in -ly is no adverb before the cue", []string{
		`A person close to the family said the brothers had left the country in May.`},
		[]wantStmt{{"A person close to the family", "said", KindIndirect, "the brothers had left the country in May", ""}}},
	{"a family is no she", []string{
		`Nora Veit wrote the first draft of the play in 1998.`,
		`The family said they were grateful to the theatre.`,
		`“It is wonderful news,” she replied in an email.`},
		[]wantStmt{
			{"The family", "said", KindIndirect, "they were grateful to the theatre", ""},
			{"Nora Veit", "replied", KindDirect, "It is wonderful news", ""}}},
	{"claimed something taken is no statement, claimed a clause is", []string{
		`The cousins claimed the body, sold the house and left town.`,
		`The storm claimed the lives of 12 fishermen.`,
		`Pia Lund claimed the title was hers by right.`},
		[]wantStmt{{"Pia Lund", "claimed", KindIndirect, "the title was hers by right", ""}}},
	{"a participle after the statement issued", []string{
		`The transport ministry issued a statement saying the bridge would reopen on Friday.`,
		`Mayor Ugo Benn sent an email to staff saying the office would move.`},
		[]wantStmt{
			{"The transport ministry", "saying", KindIndirect, "the bridge would reopen on Friday", ""},
			{"Ugo Benn", "saying", KindIndirect, "the office would move", ""}}},
	{"issued a statement that", []string{
		`After the vote, Corvid Foods issued a statement to the Ledger that it would “review” every contract.`,
		`The studio released a statement that appeared to settle the dispute.`,
		`Ivo Marsh said in the release the verdict was a warning to others.`},
		[]wantStmt{
			{"Corvid Foods", "issued a statement", KindMixed, "it would “review” every contract", ""},
			{"Ivo Marsh", "said", KindIndirect, "the verdict was a warning to others", ""}}},
	{"a question opening with Do names no one Do", []string{
		`Do Ruth Amani’s plans add up? Not quite.`,
		`Amani said on Tuesday the plan was fully costed.`},
		[]wantStmt{{"Ruth Amani", "said", KindIndirect, "the plan was fully costed", ""}}},
	{"titles of one trade", []string{
		`The film pairs a pianist (Bo Park) and an aspiring actor (Nell Varga) who fall for each other.`,
		`Varga had just finished a play on Broadway. “We met at a diner,” the actress says.`},
		[]wantStmt{{"Nell Varga", "says", KindDirect, "We met at a diner", ""}}},
	{"an adverb aside before that", []string{
		`Ann Lee wrote the score. She claims, somewhat sheepishly, that “the actors were always in my head.”`},
		[]wantStmt{{"Ann Lee", "claims", KindDirect, "the actors were always in my head.", ""}}},
	{"a relative clause on a named object", []string{
		`Ann Lee wrote the score.`,
		`On tour, she met Bo Park, who apparently told Lee he had wanted to sing for years.`},
		[]wantStmt{{"Bo Park", "told", KindIndirect, "he had wanted to sing for years", "Lee"}}},
	{"the subject after a fronted subordinate clause is in focus", []string{
		`"It was fun," Bo Hale says of the songs.`,
		`As the songs came together, Sam Okafor kept writing drafts. He claims that the actors were always in his head.`},
		[]wantStmt{
			{"Bo Hale", "says", KindDirect, "It was fun", ""},
			{"Sam Okafor", "claims", KindIndirect, "the actors were always in his head", ""}}},
	{"Rather opens no name", []string{
		`Emma Lind starred in the film.`, `Rather, she toured.`, `"It was at a diner," the actress says.`},
		[]wantStmt{{"Emma Lind", "says", KindDirect, "It was at a diner", ""}}},
	{"a description split by the commas of a place", []string{
		`The Bismarck, North Dakota, fire chief, Tomas Reyna, has asserted that crews “will not leave the site”.`},
		[]wantStmt{{"Tomas Reyna", "asserted", KindMixed, "crews “will not leave the site”", ""}}},
	{"a long apposition that ends in a place", []string{
		`Mara Ode, a 31-year-old member of the Lakota nation and a land-rights organizer in Oregon state, said the language from county officials echoed that used against earlier protesters.`},
		[]wantStmt{{"Mara Ode", "said", KindIndirect, "the language from county officials echoed that used against earlier protesters", ""}}},
	{"a tribe speaks", []string{
		`While the county asserts that the road is public, the Lower Brule Sioux tribe says that it holds the land by treaty.`},
		[]wantStmt{
			{"the county", "asserts", KindIndirect, "the road is public", ""},
			{"the Lower Brule Sioux tribe", "says", KindIndirect, "it holds the land by treaty", ""}}},
	{"dispute, recount, recommend and advise", []string{
		`Rolf Amsel, a geologist at the Alpine Institute, disputed the notion that the glacier had stopped retreating.`,
		`Guides recounted that the ice had thinned by a metre in one summer.`,
		`The panel recommended that the trail be closed until spring.`,
		`Park officials advised hikers to carry crampons. The warden advised the minister on safety.`},
		[]wantStmt{
			{"Rolf Amsel", "disputed", KindIndirect, "the notion that the glacier had stopped retreating", ""},
			{"Guides", "recounted", KindIndirect, "the ice had thinned by a metre in one summer", ""},
			{"The panel", "recommended", KindIndirect, "the trail be closed until spring", ""},
			{"Park officials", "advised", KindIndirect, "hikers to carry crampons", ""}}},
	{"two people of one surname with different given names", []string{
		`Sarah Okoro, a nurse, helped her mother-in-law with the move.`,
		`Years later, Ruth Okoro described the building as “a maze.”`,
		`Sarah Okoro moved to Leeds. Okoro recalls that the staff were kind; she said she was “grateful” to them.`},
		[]wantStmt{
			{"Ruth Okoro", "described", KindMixed, "the building as “a maze.”", ""},
			{"Sarah Okoro", "recalls", KindIndirect, "the staff were kind", ""},
			{"Sarah Okoro", "said", KindMixed, "she was “grateful” to them", ""}}},
	{"the person of a fronted clause is in focus too", []string{
		`Two years later, Ines Faro joined the lab. Her supervisor, Ada Brandt, hired her.`,
		`Once Faro arrived, Edward Lind gave her a manual. “He carried a lot in his head,” she said.`},
		[]wantStmt{{"Ines Faro", "said", KindDirect, "He carried a lot in his head", ""}}},
	{"a bare surname is the person of that surname last named", []string{
		`Trolls went after the comic Leslie Varn for weeks. Varn said she was worn out.`,
		`Mayor Ola Brandt is thin-skinned. Earlier this week, for example, Brandt sent his fans after union leader Chuck Varn in a post in which he called Varn “useless”.`,
		`Varn told the Gazette that his phone had not stopped ringing.`},
		[]wantStmt{
			{"Leslie Varn", "said", KindIndirect, "she was worn out", ""},
			{"Ola Brandt", "called", KindMixed, "Varn “useless”", ""},
			{"Chuck Varn", "told", KindIndirect, "his phone had not stopped ringing", "the Gazette"}}},
	{"her after a verb is an object, not the subject's sex", []string{
		`Mayor Ola Brandt is thin-skinned. Brandt called her a “plant” in March.`,
		`On Monday, he said the remark was a joke.`},
		[]wantStmt{
			{"Ola Brandt", "called", KindMixed, "her a “plant” in March", ""},
			{"Ola Brandt", "said", KindIndirect, "the remark was a joke", ""}}},
	{"a span of time between the cue and that", []string{
		`Budget hawks have warned for years that a reckoning is coming.`,
		`Mayor Ilse Dahl has said for the past decade that the bridge would fail.`},
		[]wantStmt{
			{"Budget hawks", "warned", KindIndirect, "a reckoning is coming", ""},
			{"Ilse Dahl", "said", KindIndirect, "the bridge would fail", ""}}},
	{"a noun-like cue with a clause after it", []string{
		`Rydex Inc. said fares had risen. The company now promises it will vet its drivers better.`},
		[]wantStmt{
			{"Rydex Inc.", "said", KindIndirect, "fares had risen", ""},
			{"Rydex Inc.", "promises", KindIndirect, "it will vet its drivers better", ""}}},
	{"a colon quotation after a sentence that names no one", []string{
		`“I read the whole script twice,” Nell Varga said.`,
		`That process led to a realization: “The song is a letter from a daughter to her mother.”`},
		[]wantStmt{
			{"Nell Varga", "said", KindDirect, "I read the whole script twice", ""},
			{"Nell Varga", "", KindDirect, "The song is a letter from a daughter to her mother.", ""}}},
	{"a call verdict ends with its quotation", []string{
		`Nell Varga called the lead’s performance “stunning,” but seemed shaken by the premiere.`},
		[]wantStmt{{"Nell Varga", "called", KindMixed, "the lead’s performance “stunning,”", ""}}},
	{"a relative clause on the object of another verb", []string{
		`My brother phoned him later, but the owner believed the cashier, who said that I had started it.`},
		[]wantStmt{{"the cashier", "said", KindIndirect, "I had started it", ""}}},
	{"a cue ending its paragraph with a colon, the quotation after it", []string{
		`Corvid Foods said in a statement:`,
		`“We are reviewing every contract and will report to the board in May.”`,
		`Mayor Ugo Benn wrote on Facebook:`,
		`The council met on Tuesday.`,
		`“Nobody asked us,” one resident said.`},
		[]wantStmt{
			{"Corvid Foods", "said", KindDirect, "We are reviewing every contract and will report to the board in May.", ""},
			{"one resident", "said", KindDirect, "Nobody asked us", ""}}},
	{"a place after a participle modifies the subject", []string{
		`Geologists using a drill atop Mount Ober have confirmed the presence of ice under the crater.`},
		[]wantStmt{{"Geologists using a drill atop Mount Ober", "confirmed", KindIndirect, "the presence of ice under the crater", ""}}},
	{"one person with two roles refers back to the person in focus", []string{
		`Founding members Ivo Marsh and Kit Orr will reunite for a tour.`,
		`Orr teased the tour during the band’s set on Monday night.`,
		`After the last encore, the singer and guitarist told the audience, “Maybe we should go on the road.”`},
		[]wantStmt{{"Kit Orr", "told", KindDirect, "Maybe we should go on the road.", "the audience"}}},
	{"a long apposition with age, place and a relative clause", []string{
		`Rhea Solt, 40, of Dunmore, Iowa, who has a part-time job at a diner, said steady factory work is not coming back.`},
		[]wantStmt{{"Rhea Solt", "said", KindIndirect, "steady factory work is not coming back", ""}}},
	{"a call object with of", []string{
		`At Gull Air, Todd Brack called the impact of the storm "pretty minimal, at this point," with six cancellations.`},
		[]wantStmt{{"Todd Brack", "called", KindMixed, `the impact of the storm "pretty minimal, at this point,"`, ""}}},
	{"a relative clause with that on a plural source", []string{
		`Back then, Oku was quick to attack Lagos newspapers that claimed that the visiting activists were spies.`},
		[]wantStmt{{"Lagos newspapers", "claimed", KindIndirect, "the visiting activists were spies", ""}}},
	{"a quotation right after that", []string{
		`A company spokesperson said in an email that “we have received an inquiry and are cooperating.”`},
		[]wantStmt{{"A company spokesperson", "said", KindDirect, "we have received an inquiry and are cooperating.", ""}}},
	{"an attribution inside the clause it reports", []string{
		`That, Volvo says, allows the lamps to pick out road markings.`,
		`Meanwhile, analyst Ken Ober says, they’re trying to buy time.`},
		[]wantStmt{
			{"Volvo", "says", KindIndirect, "That, Volvo says, allows the lamps to pick out road markings", ""},
			{"Ken Ober", "says", KindIndirect, "they’re trying to buy time", ""}}},
	{"a report with its author as subject", []string{
		`A recent report by the Nordic Energy Agency stated the solar industry had doubled its capacity.`},
		[]wantStmt{{"A recent report by the Nordic Energy Agency", "stated", KindIndirect, "the solar industry had doubled its capacity", ""}}},
	{"a pronoun subject before but said", []string{
		`Ann Lee spoke at the launch. She gave no date, but said the rocket would fly often.`},
		[]wantStmt{{"Ann Lee", "said", KindIndirect, "the rocket would fly often", ""}}},
	{"a new warning is a noun", []string{
		`In a new paper, he brings a new warning: the ice is melting faster than models say.`},
		nil},
	{"a colon quotation after the narrative moved on", []string{
		`Director Ola Brandt said in May that ridership had fallen by a third.`,
		`On the upper deck someone had taped a sign to the window: “Last call for the last boat.”`},
		[]wantStmt{{"Ola Brandt", "said", KindIndirect, "ridership had fallen by a third", ""}}},
	{"a time between the medium and that", []string{
		`The company said in a statement today that it is under contract for the jets.`},
		[]wantStmt{{"The company", "said", KindIndirect, "it is under contract for the jets", ""}}},
	{"a relative clause on a surname given in full before, and a semicolon", []string{
		`Tomas Reyna and Ines Faro star in the film.`,
		`On tour, the director met Reyna, who told him he “had wanted to dance for years”; Faro had just finished a play.`,
		`Local newspapers say he paid for a school; that he sent aid after the floods; that he funds sixty scholarships.`},
		[]wantStmt{
			{"Tomas Reyna", "told", KindMixed, "he “had wanted to dance for years”", "him"},
			{"Local newspapers", "say", KindIndirect, "he paid for a school; that he sent aid after the floods; that he funds sixty scholarships", ""}}},
	{"an -elect title and a number with thousands", []string{
		`Republican President-elect Ola Brandt said the briefings were useless.`,
		`“Carl was with me from the beginning,” the president-elect said.`,
		`The guild, which represents 100,000 painters across the country, said sales fell.`},
		[]wantStmt{
			{"Ola Brandt", "said", KindIndirect, "the briefings were useless", ""},
			{"Ola Brandt", "said", KindDirect, "Carl was with me from the beginning", ""},
			{"The guild", "said", KindIndirect, "sales fell", ""}}},
	{"an outlet that relays a statement is no source of its own", []string{
		`"She is a tireless advocate," the governor said in a statement, according to the Ledger.`},
		[]wantStmt{{"the governor", "said", KindDirect, "She is a tireless advocate", ""}}},
	{"what X said, then the quotation", []string{
		`And here is what Acme chief executive Ola Brandt said yesterday in response to questions about pricing:`,
		`“I do not know why anybody would take something away from customers.”`},
		[]wantStmt{{"Ola Brandt", "said", KindDirect, "I do not know why anybody would take something away from customers.", ""}}},
	{"a though clause after the content is the writer's", []string{
		`Mayor Ilse Dahl indicated during the campaign that she might appoint Ivo Marsh as treasurer, though Marsh reportedly declined the post.`},
		[]wantStmt{{"Ilse Dahl", "indicated", KindIndirect, "she might appoint Ivo Marsh as treasurer", ""}}},
	{"a subject with a restrictive relative clause", []string{
		`The group that represents more than 155,000 brokers across the country said in a release on Friday that sales were down.`,
		`The company that runs the awards, Gala Productions, denies that anything has been settled.`},
		[]wantStmt{
			{"The group", "said", KindIndirect, "sales were down", ""},
			{"Gala Productions", "denies", KindIndirect, "anything has been settled", ""}}},
	{"made it clear, and suggested with a clause", []string{
		`Senator Ruth Amani had made it clear that she would take a hard line on tariffs.`,
		`The minister made very clear that talks would continue.`,
		`But the Daily Ledger suggested Amani was holding out for a better post.`},
		[]wantStmt{
			{"Ruth Amani", "made it clear", KindIndirect, "she would take a hard line on tariffs", ""},
			{"The minister", "made very clear", KindIndirect, "talks would continue", ""},
			{"Daily Ledger", "suggested", KindIndirect, "Amani was holding out for a better post", ""}}},
	{"a description with a capitalised work before the trade", []string{
		`Nell Varga and her husband have split. Nell Varga posted a photo on Sunday.`,
		`“My charity also offers a place to rest,” the Harbor Lights actress wrote.`},
		[]wantStmt{{"Nell Varga", "wrote", KindDirect, "My charity also offers a place to rest", ""}}},
	{"a report states after its quotation, past a leading adverbial", []string{
		`Early on, “the goal was to find the sender before the school day,” the report states.`,
		`“The district lacked a standing plan.” the report states.`},
		[]wantStmt{
			{"the report", "states", KindDirect, "the goal was to find the sender before the school day", ""},
			{"the report", "states", KindDirect, "The district lacked a standing plan.", ""}}},
	{"the US President refers back; the government is no council", []string{
		`US President Ola Brandt has said "there may be retaliation" if the ban stays.`,
		`"I don't like that decision," the US President said.`,
		`Last month, the Medical Research Council had backed the drug.`,
		`In a notification, the government announced a hold on the medicine's export.`},
		[]wantStmt{
			{"Ola Brandt", "said", KindMixed, `"there may be retaliation" if the ban stays`, ""},
			{"Ola Brandt", "said", KindDirect, "I don't like that decision", ""},
			{"the government", "announced", KindIndirect, "a hold on the medicine's export", ""}}},
	{"said the following, then the words", []string{
		`When a host asked her about the briefings, Ruth Amani said the following. “I get them when I need them.”`,
		`Ivo Marsh tweeted the following:`,
		`“We will not move.”`},
		[]wantStmt{
			{"Ruth Amani", "said", KindDirect, "I get them when I need them.", ""},
			{"Ivo Marsh", "tweeted", KindDirect, "We will not move.", ""}}},
	{"a long content clause before a name with its apposition", []string{
		`Deputies with the county sheriff's office arrested the pair on Interstate 10 when they drove back from Florida, Rhea Solt, special agent for the attorney general's office, said.`},
		[]wantStmt{{"Rhea Solt", "said", KindIndirect, "Deputies with the county sheriff's office arrested the pair on Interstate 10 when they drove back from Florida", ""}}},
	{"a modal governs a coordinated cue; the people refers back", []string{
		`Once he takes office, the agency may meet with the builder and say, "Let's scrub the numbers," Ivo Marsh said.`,
		`Builders contacted the transition team, according to three people familiar with the talks. The company had no notice of the posts, the people said.`},
		[]wantStmt{
			{"Ivo Marsh", "said", KindMixed, `Once he takes office, the agency may meet with the builder and say, "Let's scrub the numbers,"`, ""},
			{"three people familiar with the talks", "according to", KindIndirect, "Builders contacted the transition team", ""},
			{"three people familiar with the talks", "said", KindIndirect, "The company had no notice of the posts", ""}}},
	{"the company is the one its staff spoke for last", []string{
		`“They might sell those at cost,” said Tyler Brack, president of Harbor Fish Company.`,
		`A Green Basket spokeswoman declined to comment on pricing. The discount is one of 300 promotions Green Basket plans this year. The company also said it was lowering prices across the store.`},
		[]wantStmt{
			{"Tyler Brack", "said", KindDirect, "They might sell those at cost", ""},
			{"Green Basket", "said", KindIndirect, "it was lowering prices across the store", ""}}},
	{"he calls for, and what one founded is an organisation", []string{
		`Ivo Marsh, founder of the league, wrote a book. He calls for a “total divorce” from “the old order,” including the banks.`,
		`Zhang cofounded Corvid Gene last year.`,
		`This week the startup announced that it had licensed his patent.`},
		[]wantStmt{
			{"Ivo Marsh", "calls for", KindMixed, "a “total divorce” from “the old order,” including the banks", ""},
			{"Corvid Gene", "announced", KindIndirect, "it had licensed his patent", ""}}},
	{"a hyphen joining names inside a subject", []string{
		`Moscow has seized on protests in former Soviet states, followers of U.S.-Russia relations say.`},
		[]wantStmt{{"followers of U.S.-Russia relations", "say", KindIndirect, "Moscow has seized on protests in former Soviet states", ""}}},
	{"a surname then states with a quotation", []string{
		`In another post, Ober states, “Some people think they must put words in his mouth.”`,
		`Western states have cut their taxes.`},
		[]wantStmt{{"Ober", "states", KindDirect, "Some people think they must put words in his mouth.", ""}}},
	{"Chief executive is a title, not a company's staff", []string{
		`Harbor Freight Co. will cut 220 jobs, the company said Wednesday.`,
		`Chief executive Mira Sato said in a statement that volumes had fallen.`,
		`The company said it would offer two weeks' severance pay.`},
		[]wantStmt{
			{"Harbor Freight Co.", "said", KindIndirect, "Harbor Freight Co. will cut 220 jobs", ""},
			{"Mira Sato", "said", KindIndirect, "volumes had fallen", ""},
			{"Harbor Freight Co.", "said", KindIndirect, "it would offer two weeks' severance pay", ""}}},
}

// noStmtRuleCases are the matching negatives.
var noStmtRuleCases = []stmtCase{
	{"guidelines recommend, as findings do", []string{
		`Guidelines recommend that adults exercise daily.`}, nil},
	{"signs and free relatives", []string{
		`Her T-shirt said "Believe".`,
		`Ann Lee spoke for an hour. What she said next surprised everyone.`}, nil},
	{"'summed up' a noun says nothing", []string{`The official summed up a storm that shut half the state.`}, nil},
	{"a participle right after a noun modifies it", []string{`Posters went up along the fence criticizing the new mall.`}, nil},
	{"speech still to come is no statement", []string{`On Friday, the ministry will announce a new strategy.`, `The council may reveal the budget next week.`}, nil},
	{"a pronoun alone is no content", []string{`Ken Moss arrived late. Omar Diallo criticised him.`}, nil},
	{"'pleaded guilty' is no speech; a pronoun with a verb is no subject", []string{
		`He pleaded guilty to fraud.`,
		`She was nervous, and she delivered her closing remarks in verse, “because rhyme persuades.”`}, nil},
	{"'led fans to comment on' a topic", []string{`The rain led fans to comment on the roof.`}, nil},
	{"confirming a nominee and arguing a case are acts", []string{`In 2021, the Senate confirmed Ada Pruitt by a vote of 53-36.`, `Pruitt, 43, argues the state’s biggest cases.`}, nil},
	{"'testified … about' is a topic", []string{`The two envoys testified side-by-side before the committee on Tuesday about the events of July.`}, nil},
	{"a bullet's opening word is no speaker; a clause cut short is no content", []string{
		`Quick access to the radio by saying “Hey Radio”`,
		`Whatever the name, Acme says that while the ID. ROVER may only be a concept, it is weighing a production model.`}, nil},
	{"a white label is no speech", []string{`The firm sells a white label payment product to banks.`}, nil},
	{"a reduced relative is no subject", []string{`Intelligence reports seen by Reuters suggest that the army backs the general.`}, nil},
	{"a US state is no speech verb", []string{`Hours later, a storm flooded a mall in the US state of Ohio.`}, nil},
	{"a study is no source", []string{`Sales fell by a third, according to the study.`}, nil},
	{"participle as a modifier", []string{`One Lake County reporting station has recorded no rain since June.`}, nil},
	{"restrictive who-clause counts people", []string{`Voters who said they were undecided outnumbered the rest.`}, nil},
	{"tests revealed", []string{`Blood tests revealed that the dog had eaten rat poison.`}, nil},
	{"citing a reason", []string{`The airline cancelled the route in May, citing weak demand.`}, nil},
	{"estimate is a finding", []string{`Analysts estimated that the strike cost the economy $2 billion.`}, nil},
	{"per as a rate", []string{`The ferry costs 40 euros per person, and fares rose 5 per cent this year.`}, nil},
	{"as per a rule", []string{`The boats were inspected as per the rules of the port.`}, nil},
	{"as while an act", []string{`As the crowd cheered, the band played on.`}, nil},
	{"calling someone, calling meetings, naming", []string{
		`The mayor called police an hour later.`,
		`She called a meeting for Friday.`,
		`A fisherman called Tom Reyes found the boat.`,
		`The plan calls for 300 new homes by 2030.`,
		`The coach called off the training session.`},
		nil},
	{"a participle modifying a noun is no speech", []string{`Before the coroner ruled, the death was shadowed by rumours suggesting he had been pushed.`}, nil},
	{"positions and acts, not speech", []string{
		`The union has rejected the ministry as a mediator.`,
		`He slammed the door and walked out.`,
		`A fisherman who asked not to be named pointed at the pier.`},
		nil},
	{"a noun form before a relative 'that'", []string{`Last week the auditor released two critical reports that described “deep delays” at the port.`}, nil},
	{"'continued to work' is no speech", []string{`The crews continued to work through the night.`}, nil},
	{"writing works, gerunds after prepositions, possessed nouns", []string{
		`The singer wrote hundreds of songs that summer.`,
		`They sell courses on writing a book.`,
		`He has shown no hesitation to change the doctor's reports in the past.`},
		nil},
	{"'that' of a participle after the cue", []string{`Yet fires have continued, showing that enforcement is weak.`}, nil},
	{"the writer's 'we', and a topic with 'described it to'", []string{
		`We've spent the week with the new laptop and can say that the battery lasts a full day.`,
		`Ford described it to friends at the convention.`},
		nil},
	{"nouns that look like cues", []string{
		`The shop's owner runs Epstein's alleged smuggling ring, the paper found.`,
		`The company published a blog post that said all stores would close.`,
		`I asked them for comment on the plan.`},
		nil},
	{"continues to and an infinitive's object", []string{
		`Traffic continues to grow, and the tunnel is already full at rush hours that bring more cars each year.`,
		`Last quarter the bank paid $2 million to settle claims by the regulator that its tellers had misled savers.`},
		nil},
	{"a participle ending a coordination is no cue", []string{
		`During a hearing on the port budget in March, Judge Ada Lusk began her questions in a tone both weary and assured.`},
		nil},
	{"negative and subordinate subjects speak for no one", []string{
		`No one bothered mentioning that the harbour had flooded twice before.`,
		`As we have noted, a 2021 survey by the Delta Institute, a Lyon think tank, concluded that, on most measures, "the ferries run late."`},
		nil},
	{"a date with a comma before the attribution is no content", []string{`On Nov. 15, 2019, former envoy Marta Lind testified.`}, nil},
	{"a participle in a list of measures", []string{`The council voted for several steps, including calling for a public inquiry.`}, nil},
	{"a judge ruling out is a decision", []string{`Judge Omar Tal ruled out a retrial on Monday.`}, nil},
	{"passive told with no agent", []string{`Residents were told on Monday that the water was safe to drink.`}, nil},
	{"cue word inside a place name", []string{`Farmers in the United States export to the rest of the world.`}, nil},
	{"fronted participle that is a noun", []string{`Warning lights flashed on the dashboard, the driver noticed.`}, nil},
	{"a subject opening with like", []string{`He kept posting insults, like his frequent jokes that the mayor was a robot — but the site did nothing.`}, nil},
	{"findings of work and facts", []string{`Kaur and Bell’s work suggested that the cells act as sentinels. Those facts suggest that the receptors are old.`}, nil},
	{"made clear of snow, and what should or must be said", []string{`Crews made the road clear of snow. Those chiefs should make it clear that they are angry. The council must say that it agrees.`}, nil},
	{"count with who", []string{`Among older adults, the number who said they exercised daily fell by a third.`}, nil},
	{"telling the truth, and forecast figures", []string{`A council that lies as easily as it tells the truth creates problems for the city. Analysts predicted $2.52 a share.`}, nil},
	{"claiming victory or credit is an act", []string{`Mayor Ines Varga claimed victory as the council closed its third hearing. The union claimed credit for the deal.`}, nil},
	{"researchers conclude findings", []string{`In a study published last month, researchers concluded that no forecast can reach beyond 15 days.`}, nil},
	{"non-English text", []string{
		`Il sindaco ha detto che la nuova piazza sarà pronta entro la fine dell'anno, ma i lavori sono ancora fermi per un ricorso.`,
		`Secondo i tecnici del comune, il cantiere potrebbe ripartire a gennaio se il tribunale respinge il ricorso presentato dai commercianti della zona.`,
		`"Non possiamo aspettare ancora," said il presidente dell'associazione, che chiede tempi certi e un incontro pubblico con la giunta.`},
		nil},
}

func TestStatementsRules(t *testing.T) {
	runStmtCases(t, stmtRuleCases)
}

func TestStatementsRulesNews(t *testing.T) {
	runStmtCases(t, stmtRuleCasesNews)
}

func TestStatementsRulesNone(t *testing.T) {
	for _, tc := range noStmtRuleCases {
		t.Run(tc.name, func(t *testing.T) {
			if got := Statements(tc.paras); len(got) != 0 {
				t.Errorf("got statements:\n%s", dumpStmts(got))
			}
		})
	}
}

// stmtRuleCasesMore cover inverted subjects with affiliations, cues in
// participle and gerund clauses, and addressees with trailing nouns.
var stmtRuleCasesMore = []stmtCase{
	{"inverted subject with an organisation after of (the organisation goes to Affiliation since the eleventh session)", []string{
		`The turbines were idle for a week, reported Dana Whitlow of Coastal Public Radio, who visited the site.`,
		`“The ferry will not run again this year,” said Omar Haddad of the Harbour Authority.`,
		`“He never answered a single letter,” said Ines Calder of Mayor Brandt.`},
		[]wantStmt{
			{"Dana Whitlow", "reported", KindIndirect, "The turbines were idle for a week", ""},
			{"Omar Haddad", "said", KindDirect, "The ferry will not run again this year", ""},
			{"Ines Calder", "said", KindDirect, "He never answered a single letter", ""}}},
	{"a plural-looking cue before a possessive subject and its verb", []string{
		`Northwind Grocery Co. said it would cut the price of bread again this week.`,
		`The Orchard Growers Association said its members had not been consulted.`,
		`At the same time, the company claims its lower prices and weekly offers have saved shoppers “millions of pounds” this year.`},
		[]wantStmt{
			{"Northwind Grocery Co.", "said", KindIndirect, "it would cut the price of bread again this week", ""},
			{"Orchard Growers Association", "said", KindIndirect, "its members had not been consulted", ""},
			{"Northwind Grocery Co.", "claims", KindMixed, "its lower prices and weekly offers have saved shoppers “millions of pounds” this year", ""}}},
	{"an addressee with a trailing noun and a time after the quotation", []string{
		`"I am at ease with the job, as anyone would be," Selma Varga told the Daily Courier editorial board last week.`},
		[]wantStmt{{"Selma Varga", "told", KindDirect, "I am at ease with the job, as anyone would be", "the Daily Courier editorial board"}}},
	{"a verdict with an adjective or a comparison", []string{
		`Tomas Reyes took issue with the count of lost jobs, calling the real number closer to 400.`,
		`The minister called the reports baseless.`,
		`She called the police to the house.`},
		[]wantStmt{
			{"Tomas Reyes", "calling", KindIndirect, "the real number closer to 400", ""},
			{"The minister", "called", KindIndirect, "the reports baseless", ""}}},
	{"a participle set off inside the clause ends where the clause resumes", []string{
		`But Hollis, despite first saying he would leave the party after the vote, has instead stayed on.`},
		[]wantStmt{{"Hollis", "saying", KindIndirect, "he would leave the party after the vote", ""}}},
	{"a colon quotation after an irregular past verb, and a transcript label", []string{
		`Judge Rhea Dunmore listened for a minute. Dunmore cut him off: “That is not what I asked you, and you know it.”`,
		`Dunmore: “Then answer the question I did ask.”`},
		[]wantStmt{
			{"Rhea Dunmore", "", KindDirect, "That is not what I asked you, and you know it.", ""},
			{"Rhea Dunmore", "", KindDirect, "Then answer the question I did ask.", ""}}},
	{"a quoted question put to someone after a colon", []string{
		`After a long answer, prosecutor Lev Orlov asked the witness: “Finished?”`,
		`Orlov asked him, “Are you sure of the date?”`},
		[]wantStmt{
			{"Lev Orlov", "asked", KindDirect, "Finished?", "the witness"},
			{"Lev Orlov", "asked", KindDirect, "Are you sure of the date?", "him"}}},
	{"likened, and an announcement made with a colon", []string{
		`Hydrologist Nadia Ferrer likened the new dam to a cork in a bottle.`,
		`In 2011, Ferrer made a surprising announcement: she would leave the agency.`,
		`In 2012, the agency said: the dam will open next spring.`},
		[]wantStmt{
			{"Nadia Ferrer", "likened", KindIndirect, "the new dam to a cork in a bottle", ""},
			{"Nadia Ferrer", "made a surprising announcement", KindIndirect, "she would leave the agency", ""},
			{"the agency", "said", KindIndirect, "the dam will open next spring", ""}}},
	{"a final inverted attribution after a clause ending in a list", []string{
		`The new pipe is less prone to rust, cracks and leaks, said the engineers, who added that half the city would be done by May.`},
		[]wantStmt{
			{"the engineers", "said", KindIndirect, "The new pipe is less prone to rust, cracks and leaks", ""},
			{"the engineers", "added", KindIndirect, "half the city would be done by May", ""}}},
	{"a non-restrictive relative clause on a description speaks", []string{
		`The source, who said he had spoken to the guards, told the Ledger that the hostages were unharmed.`,
		`Voters who said they were undecided outnumbered the rest.`},
		[]wantStmt{
			{"The source", "said", KindIndirect, "he had spoken to the guards", ""},
			{"The source", "told", KindIndirect, "the hostages were unharmed", "the Ledger"}}},
	{"WHO in capitals is the organisation, not a relative pronoun", []string{
		`Experts at the WHO, though, continue to say that masks cut the spread of the virus.`,
		`The WHO said the risk to travellers was low.`},
		[]wantStmt{
			{"Experts at the WHO", "say", KindIndirect, "masks cut the spread of the virus", ""},
			{"WHO", "said", KindIndirect, "the risk to travellers was low", ""}}},
	{"quoted with a participle and no 'as'", []string{
		`In an interview published on Friday, Senator Ruth Abara was quoted calling the budget a “shameful” document.`},
		[]wantStmt{{"Ruth Abara", "calling", KindMixed, "the budget a “shameful” document", ""}}},
	{"an outlet relaying speech in its clause is no source", []string{
		`As the Ledger reports, the airline announced that it would add a surcharge of $40 on every ticket.`,
		`As Ines Moro reports, the first cases came to light last week, when officials in Lyon announced that two people had been treated.`},
		[]wantStmt{
			{"the airline", "announced", KindIndirect, "it would add a surcharge of $40 on every ticket", ""},
			{"Ines Moro", "reports", KindIndirect, "the first cases came to light last week, when officials in Lyon announced that two people had been treated", ""}}},
	{"the subject's next speech act ends the reported clause", []string{
		`The two men in the van told the guard they were lost and asked for directions to the harbour.`},
		[]wantStmt{{"The two men in the van", "told", KindIndirect, "they were lost", "the guard"}}},
	{"a sentence ending in a quotation right after a person's statement runs on", []string{
		`It is not clear which gene came first, biologist Petra Lund says. Just because the receptors were found in the nose first, “that does not tell us the order in which they arose.”`,
		`“We may not want that defence everywhere,” Lund said. That may be part of the story in hay fever: There could be trouble “if the cells are too many and too eager to react.”`,
		`“We will win,” the coach said. The club has been criticised for its “aggressive and misleading ticket pricing.”`,
		`“It is over,” Mara Tell said. Outside, fans had hung a banner reading “thank you for all the years.”`},
		[]wantStmt{
			{"Petra Lund", "says", KindIndirect, "It is not clear which gene came first", ""},
			{"Petra Lund", "", KindMixed, "Just because the receptors were found in the nose first, “that does not tell us the order in which they arose.", ""},
			{"Petra Lund", "said", KindDirect, "We may not want that defence everywhere", ""},
			{"Petra Lund", "", KindMixed, "There could be trouble “if the cells are too many and too eager to react.", ""},
			{"the coach", "said", KindDirect, "We will win", ""},
			{"Mara Tell", "said", KindDirect, "It is over", ""}}},
	{"a person of an organisation keeps the affiliation, and a pronoun finds the person", []string{
		`Boris Varro said the sample was small.`,
		`The results matter, Joost van Dam of the Delft Institute of Design writes in an accompanying article. He says the savings will grow as summers get hotter.`},
		[]wantStmt{
			{"Boris Varro", "said", KindIndirect, "the sample was small", ""},
			{"Joost van Dam of the Delft Institute of Design", "writes", KindIndirect, "The results matter", ""},
			{"Joost van Dam", "says", KindIndirect, "the savings will grow as summers get hotter", ""}}},
	{"a model name in capitals after a short capitalised word with a stop", []string{
		`Volta says it hopes to sell the ID. TERRA VAN in Europe in 2027.`,
		`The plant is in the US. Officials said it would close.`},
		[]wantStmt{
			{"Volta", "says", KindIndirect, "it hopes to sell the ID. TERRA VAN in Europe in 2027", ""},
			{"Officials", "said", KindIndirect, "it would close", ""}}},
	{"an attribution followed by a clause of what the speaker was doing, and 'he’d'", []string{
		`Farida Nasser met us at the gate.`,
		`“Do you want to hear the old tapes?” Omid Sahel asks as he steers the truck onto the dirt road.`,
		`“Is anybody there?” he’d shouted at the guard on the wall.`},
		[]wantStmt{
			{"Omid Sahel", "asks", KindDirect, "Do you want to hear the old tapes?", ""},
			{"Omid Sahel", "shouted", KindDirect, "Is anybody there?", ""}}},
	{"a capitalised word opening a sentence is no antecedent for a pronoun", []string{
		`The novelist Tomas Irving wrote twelve books.`,
		`Patience, close reading, and trust are needed for the hardest chapters. When editors asked him to explain more, he would reply, “I hate being obvious.”`},
		[]wantStmt{
			{"editors", "asked", KindIndirect, "him to explain more", ""},
			{"Tomas Irving", "reply", KindDirect, "I hate being obvious.", ""}}},
	{"a subject with an organisation after for, borrowed by 'but said'", []string{
		`A spokesperson for the department declined to comment on the case but said the review was ongoing.`},
		[]wantStmt{{"A spokesperson for the department", "said", KindIndirect, "the review was ongoing", ""}}},
	{"an office of someone is no back-reference to the organisation named last", []string{
		`Harbour police arrested two men on Friday, the police department said.`,
		`The governor’s office said in an emailed statement that the bill would be signed next week.`},
		[]wantStmt{
			{"the police department", "said", KindIndirect, "Harbour police arrested two men on Friday", ""},
			{"The governor’s office", "said", KindIndirect, "the bill would be signed next week", ""}}},
	{"a description, then a role and a name in apposition", []string{
		`The report’s author, economist Dana Reyes, told the Ledger that the numbers were clear.`,
		`The group’s leader, retired general Omar Haddad, said the march would go ahead.`},
		[]wantStmt{
			{"Dana Reyes", "told", KindIndirect, "the numbers were clear", "the Ledger"},
			{"Omar Haddad", "said", KindIndirect, "the march would go ahead", ""}}},
	{"a country is no he and no company; a ministry is a ministry; a person is no bank but a bank is a company", []string{
		`Trump, who spoke to reporters on the plane, said the talks were going well.`,
		`The bank said in a filing with the Securities and Exchange Commission that it had set aside $1 billion.`,
		`The ministry announced on Monday that schools would reopen.`,
		`Russia denied the allegations. He said he had not seen the report.`,
		`Shares fell after the company said profits would drop.`},
		[]wantStmt{
			{"Trump", "said", KindIndirect, "the talks were going well", ""},
			{"The bank", "said", KindIndirect, "it had set aside $1 billion", ""},
			{"The ministry", "announced", KindIndirect, "schools would reopen", ""},
			{"Russia", "denied", KindIndirect, "the allegations", ""},
			{"Trump", "said", KindIndirect, "he had not seen the report", ""},
			{"The bank", "said", KindIndirect, "profits would drop", ""}}},
	{"a parent 'of three', and a call with analysts before the that-clause", []string{
		`“We’re not leaving,” the 45-year-old mother of three said.`,
		`The chief executive, Ola Brandt, said Monday on a call with analysts that demand remained strong.`},
		[]wantStmt{
			{"the 45-year-old mother of three", "said", KindDirect, "We’re not leaving", ""},
			{"Ola Brandt", "said", KindIndirect, "demand remained strong", ""}}},
	{"a capitalised plural object a who-clause is about speaks", []string{
		`The remarks drew sharp criticism from Democrats, who said they were “reckless.”`,
		`The plan angered Republicans, who said it would raise taxes.`},
		[]wantStmt{
			{"Democrats", "said", KindMixed, "they were “reckless.”", ""},
			{"Republicans", "said", KindIndirect, "it would raise taxes", ""}}},
	{"how much was said is no content", []string{
		`Ana Ruiz said little about the cause of the fire.`,
		`Ana Ruiz said little had changed since May.`},
		[]wantStmt{{"Ana Ruiz", "said", KindIndirect, "little had changed since May", ""}}},
	{"a meeting where something was said is no part of what was said", []string{
		`Governor Ilse Brandt announced the bridge deal during a meeting in the state house with the unions.`},
		[]wantStmt{{"Ilse Brandt", "announced", KindIndirect, "the bridge deal", ""}}},
	{"introduced someone as a quotation", []string{
		`Host Mira Cole introduced the chef to the audience as “the best cook this city has ever had.”`,
		`The senator introduced the bill as a compromise.`},
		[]wantStmt{{"Mira Cole", "introduced", KindMixed, "the chef to the audience as “the best cook this city has ever had.”", ""}}},
	{"names in a dashed aside are the speakers", []string{
		`The only two states to have signed the accord - Norland and Vesta - also sharply criticised the new tariff.`},
		[]wantStmt{{"Norland and Vesta", "criticised", KindIndirect, "the new tariff", ""}}},
	{"people a sentence introduces outside the plain subject are antecedents", []string{
		`“We played hard,” coach Dario Hamm said.`,
		`A 34-year-old man was arrested, police said. He told officers he had been drinking.`,
		`Coach Dario Hamm left early. Norland’s Chancellor Olaf Brenner spoke after the coach. He said the league must stay united.`,
		`Tomas Ford and his wife Anneke attended the gala. “It was magical,” she said.`},
		[]wantStmt{
			{"Dario Hamm", "said", KindDirect, "We played hard", ""},
			{"police", "said", KindIndirect, "A 34-year-old man was arrested", ""},
			{"A 34-year-old man", "told", KindIndirect, "he had been drinking", "officers"},
			{"Olaf Brenner", "said", KindIndirect, "the league must stay united", ""},
			{"Anneke", "said", KindDirect, "It was magical", ""}}},
	{"a pair is a group", []string{
		`The pair, who have two children, said they were separating amicably.`},
		[]wantStmt{{"The pair", "said", KindIndirect, "they were separating amicably", ""}}},
	{"the medium after an addressee is no part of it", []string{
		`Founder Priya Nair told staff in an email that she was proud of the team.`},
		[]wantStmt{{"Priya Nair", "told", KindIndirect, "she was proud of the team", "staff"}}},
	{"said in a report that, and an anonymity clause after the content", []string{
		`The Monetary Board said in a report released Tuesday that growth would slow.`,
		`Two senior officials said the plan had been approved, speaking on condition of anonymity.`},
		[]wantStmt{
			{"Monetary Board", "said", KindIndirect, "growth would slow", ""},
			{"Two senior officials", "said", KindIndirect, "the plan had been approved", ""}}},
	{"took to a platform to speak", []string{
		`The singer Mara Vell took to Instagram to announce that she was pregnant.`,
		`He will need to take time to explain the plan to voters.`},
		[]wantStmt{{"Mara Vell", "announce", KindIndirect, "she was pregnant", ""}}},
	{"according to a name with a role in apposition", []string{
		`According to Tomas Brun, Deputy News Editor at the Courier, the police were unaware of the flight, though they later said it was a training exercise.`},
		[]wantStmt{{"Tomas Brun", "according to", KindIndirect, "the police were unaware of the flight, though they later said it was a training exercise", ""}}},
	{"a finite speech verb opening the sentence is no part of the name", []string{
		`Tarek Olsen and his daughter Mina ran the farm for years.`,
		`Replied Mina, with a shrug, “We never wanted to sell.”`,
		`“The bank gave us no choice,” Mina said.`},
		[]wantStmt{
			{"Mina", "replied", KindDirect, "We never wanted to sell.", ""},
			{"Mina", "said", KindDirect, "The bank gave us no choice", ""}}},
	{"a capitalised modal before a name in an inverted attribution is a given name", []string{
		`“She knows how to handle the board,” says Will Harlan, the club’s finance director. “Even when they disagree, they listen.”`},
		[]wantStmt{{"Will Harlan", "says", KindDirect, "She knows how to handle the board,” says Will Harlan, the club’s finance director. “Even when they disagree, they listen.", ""}}},
	{"early on before the speech verb of a relative clause", []string{
		`The plan was drawn up by Dag Parcell, who early on insisted that the squad be cut in half.`},
		[]wantStmt{{"Dag Parcell", "insisted", KindIndirect, "the squad be cut in half", ""}}},
	{"a verb between a kin word and a name gives the name no title", []string{
		`After his father hired Bo Lindqvist in 2003, Anders learned the trade.`,
		`For Anders, the lesson was taught by Lindqvist, who insisted that the roster be cut.`,
		`“Half the names up here are clutter,” the coach said.`},
		[]wantStmt{
			{"Bo Lindqvist", "insisted", KindIndirect, "the roster be cut", ""},
			{"Bo Lindqvist", "said", KindDirect, "Half the names up here are clutter", ""}}},
	{"a weekday after a.m. goes on", []string{
		`Officers said the fire started at about 4 a.m. Sunday after a heater tipped over in the shed.`},
		[]wantStmt{{"Officers", "said", KindIndirect, "the fire started at about 4 a.m. Sunday after a heater tipped over in the shed", ""}}},
	{"a relative clause about the saying after an inverted cue", []string{
		`“Nobody reads the manual. But who am I to say?” Lindgren said which, given her own record, drew laughter online.`},
		[]wantStmt{{"Lindgren", "said", KindDirect, "Nobody reads the manual. But who am I to say?", ""}}},
	{"a share of a group, an associate, and unnamed others", []string{
		`But others said they were more worried about the schools.`,
		`During the campaign, one close associate said it was common for the mayor to change course overnight.`,
		`Asked about the budget, a 60-percent majority of council insiders said it would pass.`},
		[]wantStmt{
			{"others", "said", KindIndirect, "they were more worried about the schools", ""},
			{"one close associate", "said", KindIndirect, "it was common for the mayor to change course overnight", ""},
			{"a 60-percent majority of council insiders", "said", KindIndirect, "it would pass", ""}}},
	{"a past-tense verb outside the lexicon attributes a quotation closed by a comma", []string{
		`“What do I know about bridges, maybe nothing,” Ann Halvorsen simpered in a morning post.`,
		`“It is over,” he walked away.`,
		`“We all miss her,” Dunmore weighed in, telling the crowd, “and we always will.”`},
		[]wantStmt{
			{"Ann Halvorsen", "simpered", KindDirect, "What do I know about bridges, maybe nothing", ""},
			{"Dunmore", "telling", KindDirect, "We all miss her,” Dunmore weighed in, telling the crowd, “and we always will.", "the crowd"}}},
	{"a time clause before a quotation is the writer's setting", []string{
		`When the old coach left the club in 1994, “things were strained between us,” says Brandt in a rare understatement.`,
		`If prices fall, “the farms will close,” Brandt said.`},
		[]wantStmt{
			{"Brandt", "says", KindDirect, "things were strained between us", ""},
			{"Brandt", "said", KindMixed, "If prices fall, “the farms will close,”", ""}}},
	{"an interrupted quotation whose attribution has a relative clause", []string{
		`“My job at these games,” says Gunnar, who with his son has seen every game of the season, “is to stand by in case he needs help.”`,
		`“It was cold,” said Ann Lee, who runs the shelter. She left early.`},
		[]wantStmt{
			{"Gunnar", "says", KindDirect, "My job at these games,” says Gunnar, who with his son has seen every game of the season, “is to stand by in case he needs help.", ""},
			{"Ann Lee", "said", KindDirect, "It was cold", ""}}},
	{"a person comparing something to something else", []string{
		`Even in retirement, Greta Schwarz compared the end of the mission to a heart monitor going flat.`,
		`Northwind Foods Inc. compared its results to those of rivals in a chart.`,
		`Compared to last year, prices rose.`,
		`Sales compared with last year were flat.`},
		[]wantStmt{{"Greta Schwarz", "compared", KindIndirect, "the end of the mission to a heart monitor going flat", ""}}},
	{"a censure with its grounds after for", []string{
		`The senator slammed the agency for its slow response to the floods.`,
		`Ola Brenna blasted the ball for a home run.`,
		`The team slammed the door for good.`},
		[]wantStmt{{"The senator", "slammed", KindIndirect, "the agency for its slow response to the floods", ""}}},
	{"what a named person called something", []string{
		`The bank earned $4.9 billion, capping what CEO Ann Dahl called a record year for the bank.`,
		`Having built what coach Bo Grant calls “a vision of the team” and the style it should play, the club rose.`},
		[]wantStmt{
			{"Ann Dahl", "called", KindIndirect, "a record year for the bank", ""},
			{"Bo Grant", "calls", KindDirect, "a vision of the team", ""}}},
	{"a quotation closed by a dashed aside", []string{
		`Emil Garnett was held down –– as he pleaded "I can't breathe" –– by two officers.`},
		[]wantStmt{{"Emil Garnett", "pleaded", KindDirect, "I can't breathe", ""}}},
	{"tabloid forms: an outlet ending in a bang, a mother-of-two, a revealing participle", []string{
		`A source close to the couple told OK!: "They are very happy together."`,
		`The mother-of-two said she was "devastated" by the news.`,
		`Tom Harlow has spoken out about his battle with depression, revealing he had "hit rock bottom" in 2015.`,
		`The files were deleted, suggesting she had tried to hide them.`},
		[]wantStmt{
			{"A source close to the couple", "told", KindDirect, "They are very happy together.", "OK"},
			{"The mother-of-two", "said", KindMixed, "she was \"devastated\" by the news", ""},
			{"Tom Harlow", "revealing", KindMixed, "he had \"hit rock bottom\" in 2015", ""}}},
	{"the agent of a passive described by a relative clause", []string{
		`The remarks were welcomed by Ireland's foreign minister, who called them "a step forward".`},
		[]wantStmt{{"Ireland's foreign minister", "called", KindMixed, "them \"a step forward\"", ""}}},
	{"an irregular past verb ends the subject of a participle cue", []string{
		`Her brother Paul Avery paid tribute on Facebook, writing: "Rest easy, sis."`},
		[]wantStmt{{"Paul Avery", "writing", KindDirect, "Rest easy, sis.", ""}}},
	{"put it with a place before the colon", []string{
		`As one fan put it on Twitter: "Best. Game. Ever."`},
		[]wantStmt{{"one fan", "put it", KindDirect, "Best. Game. Ever.", ""}}},
	{"branded with an object and a quotation but no as", []string{
		`Opposition leader Kira Stamm branded the move "desperate".`,
		`Critics branded him "a liar who cannot be trusted".`,
		`The shirts were branded with the club logo.`},
		[]wantStmt{
			{"Kira Stamm", "branded", KindMixed, "the move \"desperate\"", ""},
			{"Critics", "branded", KindMixed, "him \"a liar who cannot be trusted\"", ""}}},
	{"an interview transcript: Q and A, a surname label, initials", []string{
		`We spoke to the director Lena Moss about her new film.`,
		`Q: What drew you to the story?`,
		`A: I grew up near the river, and I always wanted to tell its story.`,
		`Moss: Brutally hard. We lost three weeks to floods.`,
		`LM: My crew never gave up, not once.`},
		[]wantStmt{
			{"Lena Moss", "", KindDirect, "I grew up near the river, and I always wanted to tell its story.", ""},
			{"Lena Moss", "", KindDirect, "Brutally hard. We lost three weeks to floods.", ""},
			{"Lena Moss", "", KindDirect, "My crew never gave up, not once.", ""}}},
	{"labels that are no speakers", []string{
		`Police arrested Carl T. Mayes, 32, and Dana Roe, 41.`,
		`Carl T. Mayes: Possession of a controlled substance, held on $5,000 bond.`,
		`Thunder: Host the Lakers on Friday. We will see.`,
		`DEAR ABBY: My sister has just been diagnosed with cancer.`,
		`A: I think the answer is yes.`},
		nil},
	{"a talk-show transcript with labels in capitals", []string{
		`Stephen Colbert asked Senator Elizabeth Warren about the bill on Tuesday night.`,
		`COLBERT: So what happened in the room?`,
		`WARREN: I told them we would not back down, and I meant it.`},
		[]wantStmt{{"Elizabeth Warren", "", KindDirect, "I told them we would not back down, and I meant it.", ""}}},
	{"a given name alone stands for the full name the article gives it", []string{
		`Jerry Lindahl, the club's owner, and his son Stephen Lindahl run the team together.`,
		`“Lonely is the right word,” Jerry says.`,
		`“We needed a guard,” Stephen says. Jerry Lindahl agreed in the end.`},
		[]wantStmt{
			{"Jerry Lindahl", "says", KindDirect, "Lonely is the right word", ""},
			{"Stephen Lindahl", "says", KindDirect, "We needed a guard", ""}}},
	{"a reaction from a group that a relative clause quotes", []string{
		`The move drew sharp criticism from rights groups, who called it "a dark day for democracy".`},
		[]wantStmt{{"rights groups", "called", KindMixed, "it \"a dark day for democracy\"", ""}}},
	{"the subject of a clause inside a sentence is there for a later she", []string{
		`Prime Minister Karl Stenlund met President Michael Varga in Vienna on Friday.`,
		`The meeting came a week after Home Secretary Yvonne Carr visited the border. She said at the time that more needed to be done.`},
		[]wantStmt{{"Yvonne Carr", "said", KindIndirect, "more needed to be done", ""}}},
	{"a title with another modifier refers to the one given the title", []string{
		`Opposition leader Kerstin Bode criticised the agreement on Monday.`,
		`The Conservative leader added that her party would vote against the bill.`},
		[]wantStmt{
			{"Kerstin Bode", "criticised", KindIndirect, "the agreement", ""},
			{"Kerstin Bode", "added", KindIndirect, "her party would vote against the bill", ""}}},
	{"an unnamed office holder as subject is there for a later she", []string{
		`"The water came up so fast," said Rosa Lind, who lives by the creek.`,
		`The mayor visited the street on Tuesday.`,
		`"We'll rebuild," she told residents.`},
		[]wantStmt{
			{"Rosa Lind", "said", KindDirect, "The water came up so fast", ""},
			{"The mayor", "told", KindDirect, "We'll rebuild", "residents"}}},
	{"the airline is the business named as the operator", []string{
		`The Airbus A320 operated by Nusantara Air lost contact on Sunday.`,
		`"We are doing everything we can," the airline said in a statement.`,
		`The group is a unit of Malaysia's Kestrel Group. "We support the search," the company said.`},
		[]wantStmt{
			{"Nusantara Air", "said", KindDirect, "We are doing everything we can", ""},
			{"Kestrel Group", "said", KindDirect, "We support the search", ""}}},
	{"an inverted speaker whose role names a university of a place", []string{
		`"It is not just hot, it is so humid, too," said University of Leeds weather expert Brian Holloway.`,
		`"He never answered a single letter," said Ines Calder of Mayor Brandt.`},
		[]wantStmt{
			{"University of Leeds weather expert Brian Holloway", "said", KindDirect, "It is not just hot, it is so humid, too", ""},
			{"Ines Calder", "said", KindDirect, "He never answered a single letter", ""}}},
	{"the subject of a clause after a semicolon is in focus", []string{
		`The film stars Emma Lindqvist and Ryan Gosford.`,
		`He met Gosford, who told him he wanted to dance; Lindqvist had just come off a long tour, and met the director soon after. "It was at a diner," the actress says.`},
		[]wantStmt{
			{"Ryan Gosford", "told", KindIndirect, "he wanted to dance", "him"},
			{"Emma Lindqvist", "says", KindDirect, "It was at a diner", ""}}},
	{"those around a person are not that person", []string{
		`Those around Mayor Brandt say he has not given the budget much thought.`},
		[]wantStmt{{"Those around Mayor Brandt", "say", KindIndirect, "he has not given the budget much thought", ""}}},
	{"per with an indefinite source", []string{
		`Per a spokesperson, the venue is closed until further notice.`,
		`Prices rose 3 per cent.`},
		[]wantStmt{{"a spokesperson", "per", KindIndirect, "the venue is closed until further notice", ""}}},
	{"another group's reaction after but or while ends the content", []string{
		`The mayor said the city would hire 200 new officers, but critics questioned how it would pay for them.`,
		`The company said profits rose 10 percent, while analysts had expected a smaller gain.`,
		`Coach Per Falk said Morgan had made progress, but the league's leading passer has not been cleared.`,
		`The mayor said taxes would rise, while spending would fall.`},
		[]wantStmt{
			{"The mayor", "said", KindIndirect, "the city would hire 200 new officers", ""},
			{"critics", "questioned", KindIndirect, "how it would pay for them", ""},
			{"The company", "said", KindIndirect, "profits rose 10 percent", ""},
			{"Per Falk", "said", KindIndirect, "Morgan had made progress, but the league's leading passer has not been cleared", ""},
			{"The mayor", "said", KindIndirect, "taxes would rise, while spending would fall", ""}}},
	{"the coach who just spoke beats a coach titled long before", []string{
		`Head coach Jason Garbutt said the team was ready.`,
		`The side won its first three games. The crowds grew. The stadium was rebuilt. The owners were pleased.`,
		`The seed was planted by Bill Parnell, who insisted that the team cut its list. “Half the names up here are clutter,” the coach said.`},
		[]wantStmt{
			{"Jason Garbutt", "said", KindIndirect, "the team was ready", ""},
			{"Bill Parnell", "insisted", KindIndirect, "the team cut its list", ""},
			{"Bill Parnell", "said", KindDirect, "Half the names up here are clutter", ""}}},
	{"a title opening a sentence is no business", []string{
		`Calder Shipping Co. will eliminate 220 jobs, the company said Wednesday.`,
		`Chief executive Priya Raman said in a statement that volumes had fallen.`,
		`The company said it would offer severance pay.`},
		[]wantStmt{
			{"Calder Shipping Co.", "said", KindIndirect, "Calder Shipping Co. will eliminate 220 jobs", ""},
			{"Priya Raman", "said", KindIndirect, "volumes had fallen", ""},
			{"Calder Shipping Co.", "said", KindIndirect, "it would offer severance pay", ""}}},
	{"according to after for example", []string{
		`For example, according to the Harbour Ledger, the agency spent $30 million on roads in 2010.`},
		[]wantStmt{{"Harbour Ledger", "according to", KindIndirect, "the agency spent $30 million on roads in 2010", ""}}},
	{"a description in apposition before the named speaker, and a setting after a parenthetical cue", []string{
		`"We have recovered seven bodies so far," the head of the national rescue agency, Bambang Sulisto, told a news conference in Jakarta.`,
		`“We found the tail,” the commander of the naval base, Arief Wibowo, said.`,
		`“Divers are ready,” said the head of the dive team, Nina Hartono.`,
		`Search teams pulled more bodies from the sea on Wednesday, officials said, as relatives gathered at the airport.`},
		[]wantStmt{
			{"Bambang Sulisto", "told", KindDirect, "We have recovered seven bodies so far", "a news conference"},
			{"Arief Wibowo", "said", KindDirect, "We found the tail", ""},
			{"Nina Hartono", "said", KindDirect, "Divers are ready", ""},
			{"officials", "said", KindIndirect, "Search teams pulled more bodies from the sea on Wednesday", ""}}},
	{"a brand before what it runs is a business", []string{
		`A Nordair passenger jet was diverted to Oslo on Monday.`,
		`The airline said in a statement that no one was hurt.`,
		`The Norway flight landed safely.`},
		[]wantStmt{{"Nordair", "said", KindIndirect, "no one was hurt", ""}}},
	{"a one-word speaker whose report says she is a woman, not the company", []string{
		`Lindqvist said she had no regrets.`,
		`The company said Tuesday it had hired 500 workers.`},
		[]wantStmt{
			{"Lindqvist", "said", KindIndirect, "she had no regrets", ""},
			{"The company", "said", KindIndirect, "it had hired 500 workers", ""}}},
	{"a quotation paragraph after a paragraph about one named person", []string{
		`With his musical charming audiences, Ryan Gosford has a lot on his plate. But what the actor is most excited about is life at home with his two daughters.`,
		`"Your whole life, you hear what it's like to have kids, and all the cliches are true. Until you experience it, you don't really know."`,
		`The film opens in December.`},
		[]wantStmt{{"Ryan Gosford", "", KindDirect, "Your whole life, you hear what it's like to have kids, and all the cliches are true. Until you experience it, you don't really know.", ""}}},
	{"no speaker for a quotation paragraph after a paragraph about two people", []string{
		`The two leads met on the set in 2011.`,
		`Ryan Gosford had just finished a tour. Emma Stanton was filming in Rome at the time.`,
		`"It was a long year for everybody involved in the production of the film."`},
		nil},
	{"an outlet named in a phrase opening the sentence", []string{
		`Speaking to the Courier on Monday, Hughes said he would appeal.`,
		`In an interview with The Harbour Ledger, Ann Lee said the ferry would run again.`},
		[]wantStmt{
			{"Hughes", "said", KindIndirect, "he would appeal", "the Courier"},
			{"Ann Lee", "said", KindIndirect, "the ferry would run again", "The Harbour Ledger"}}},
	{"an addressee before the that of a warning or a reminder", []string{
		`The union warned members that strikes were possible.`,
		`The union warned that scams were rising.`,
		`Ann Lee reminded voters that the polls close at 8.`},
		[]wantStmt{
			{"The union", "warned", KindIndirect, "strikes were possible", "members"},
			{"The union", "warned", KindIndirect, "scams were rising", ""},
			{"Ann Lee", "reminded", KindIndirect, "the polls close at 8", "voters"}}},
	{"a participle clause opening the sentence is no content", []string{
		`Circling the stadium just before his pilot touches down, Stefan notes with pleasure several games in progress.`,
		`Finding water on the moon, Lucas Pagan said, is the “next best thing” to finding life.`},
		[]wantStmt{{"Lucas Pagan", "said", KindMixed, "Finding water on the moon, Lucas Pagan said, is the “next best thing” to finding life", ""}}},
	{"what a person said was a report", []string{
		`John Podesta called out the department for what he said was a "lackadaisical response" to the threat.`},
		[]wantStmt{{"John Podesta", "said", KindMixed, "a \"lackadaisical response\" to the threat", ""}}},
	{"reported content ending in a percent sign keeps it", []string{
		`Company management said sales growth would be 3.5%, compared with prior guidance of 4.0%.`,
		`The attorney's office announced that a man pleaded guilty to threatening Rep. Ann Lee (D-Minn.).`},
		[]wantStmt{
			{"Company management", "said", KindIndirect, "sales growth would be 3.5%, compared with prior guidance of 4.0%", ""},
			{"The attorney's office", "announced", KindIndirect, "a man pleaded guilty to threatening Rep. Ann Lee (D-Minn.)", ""}}},
	{"a list of titles before the name after a quotation", []string{
		`"Our spring sales beat every forecast we made," chairman, CEO and president Nadia Okafor said in the earnings release.`},
		[]wantStmt{{"Nadia Okafor", "said", KindDirect, "Our spring sales beat every forecast we made", ""}}},
	{"a title in quotation marks inside an opening clause is no content", []string{
		`After finishing “Slow River Home,” the drummer told the crowd, “we could play that one all night.”`},
		[]wantStmt{{"the drummer", "told", KindDirect, "we could play that one all night.", "the crowd"}}},
	{"an outlet reports a clause without that", []string{
		`The Valley Gazette reports the mill owners are ready to sell the site.`,
		`The Valley Gazette reports the results every spring.`},
		[]wantStmt{{"Valley Gazette", "reports", KindIndirect, "the mill owners are ready to sell the site", ""}}},
	{"as reported by an outlet, before or after the clause", []string{
		`As first reported by the Harbour Times, the ferry company will drop its night service.`,
		`The council will sell the old depot, as reported by Radio Kestrel on Monday.`,
		`"The depot is worth more than the council thinks," said one surveyor, as reported by Radio Kestrel.`},
		[]wantStmt{
			{"Harbour Times", "reported", KindIndirect, "the ferry company will drop its night service", ""},
			{"Radio Kestrel", "reported", KindIndirect, "The council will sell the old depot", ""},
			{"one surveyor", "said", KindDirect, "The depot is worth more than the council thinks", ""}}},
	{"a claim after its clause, and a lawsuit that claims", []string{
		`The new fares were unavoidable, the ferry company claims.`,
		`The lawsuit claims the landlord ignored repeated warnings about the boiler.`,
		`The company claims the top spot in the rankings.`},
		[]wantStmt{
			{"the ferry company", "claims", KindIndirect, "The new fares were unavoidable", ""},
			{"The lawsuit", "claims", KindIndirect, "the landlord ignored repeated warnings about the boiler", ""}}},
	{"reported content ends before the writer's as-clause", []string{
		`Police said they would clear the square, as the second week of protests drew to a close.`,
		`Ann Lee said it was her job to raise the alarm, as she brushed off questions about her motives.`,
		`Ben Ortiz said the school would stay open, as it has every winter.`},
		[]wantStmt{
			{"Police", "said", KindIndirect, "they would clear the square", ""},
			{"Ann Lee", "said", KindIndirect, "it was her job to raise the alarm", ""},
			{"Ben Ortiz", "said", KindIndirect, "the school would stay open, as it has every winter", ""}}},
	{"a message noun before a colon quotation, and an outlet is not the company", []string{
		`During the blackout, Voltline posted this update: “Crews are on their way to every street.”`,
		`Customers were furious, as the Harbour Times reported on Sunday.`,
		`The company now promises it will answer every complaint within a day.`},
		[]wantStmt{
			{"Voltline", "posted", KindDirect, "Crews are on their way to every street.", ""},
			{"Harbour Times", "reported", KindIndirect, "Customers were furious", ""},
			{"Voltline", "promises", KindIndirect, "it will answer every complaint within a day", ""}}},
	{"a pronoun subject sentence introduces the quotation after it", []string{
		`Mara Quinn has run the ferry café for twenty years. She pauses. “I never thought it would last this long.”`},
		[]wantStmt{{"Mara Quinn", "", KindDirect, "I never thought it would last this long.", ""}}},
	{"a quotation after a word that is no opener stays the content", []string{
		`Then “we will stop the works,” the engineer told the council, “until the bridge is safe.”`},
		[]wantStmt{{"the engineer", "told", KindDirect, "we will stop the works,” the engineer told the council, “until the bridge is safe.", "the council"}}},
	{"a talk-show exchange: replies after a finished quotation, 'to which she replied', and she after the host", []string{
		`During her visit to the late show, Dev Malik asked Carla Nunez about a photo in which you can see a label stuck to her coat, saying, “How does this even happen?” Nunez replied, “I have worn that coat five times.” The host joked, “isn’t that a crime here?” to which she replied, “apparently.” She continued, “It was a gift, so I never looked.”`},
		[]wantStmt{
			{"Dev Malik", "saying", KindDirect, "How does this even happen?", ""},
			{"Carla Nunez", "replied", KindDirect, "I have worn that coat five times.", ""},
			{"The host", "joked", KindDirect, "isn’t that a crime here?", ""},
			{"Carla Nunez", "replied", KindDirect, "apparently.", ""},
			{"Carla Nunez", "continued", KindDirect, "It was a gift, so I never looked.", ""}}},
	{"a dateline in capitals, a name as modifier, a country as subject, and that as a determiner", []string{
		`OSLO: In what is being read as a rebuke to the visiting trade envoy, Norway on Friday softened its position on the fishing dispute by dropping its threat of tariffs and stressing that both sides should return to talks.`,
		`In fact, Norway had maintained that position at a meeting of the council in March.`},
		[]wantStmt{{"Norway", "stressing", KindIndirect, "both sides should return to talks", ""}}},
	{"a role after a place name ends the subject, and a report after its article is a noun", []string{
		`The former Port Ellen harbourmaster, who ran the quay for a decade, retired in June and announced that he would write a book.`,
		`The paper cited a prior unconfirmed report that the quay would close.`},
		[]wantStmt{
			{"The former Port Ellen harbourmaster", "announced", KindIndirect, "he would write a book", ""},
			{"The paper", "cited", KindIndirect, "a prior unconfirmed report that the quay would close", ""}}},
	{"a parenthetical need-that verb with the clause resuming, and its pronoun is not the clause's subject", []string{
		`Nadia Ferro rose to speak at the harbour dinner. The old fleet, she proclaimed, had a duty to the town.`,
		`Scotland, they say, should leave.`,
		`Nadia Ferro suggested the plan.`},
		[]wantStmt{{"Nadia Ferro", "proclaimed", KindIndirect, "The old fleet, she proclaimed, had a duty to the town", ""}}},
	{"'more recently' before the verb, a past-tense clause after a need-that verb, and Lady as part of a name", []string{
		`Ann Lee more recently has said she has an open mind about the tax.`,
		`Voltline revealed the segment posted its best quarter since 1995.`,
		`Voltline revealed the plans outlined in the report.`,
		`Lady Marlow clarified the split may only be temporary.`},
		[]wantStmt{
			{"Ann Lee", "said", KindIndirect, "she has an open mind about the tax", ""},
			{"Voltline", "revealed", KindIndirect, "the segment posted its best quarter since 1995", ""},
			{"Lady Marlow", "clarified", KindIndirect, "the split may only be temporary", ""}}},
	{"an outlet's review, a laboratory, and many in a community speak", []string{
		`According to the Ledger’s review, the new console does not run its launch game at full resolution.`,
		`In 2015, the laboratory of Rosa Lind reported that the cells respond to bitter taste.`,
		`The minister backed the plan, although many in the farming community note she opposed it last year.`},
		[]wantStmt{
			{"the Ledger’s review", "according to", KindIndirect, "the new console does not run its launch game at full resolution", ""},
			{"the laboratory of Rosa Lind", "reported", KindIndirect, "the cells respond to bitter taste", ""},
			{"many in the farming community", "note", KindIndirect, "she opposed it last year", ""}}},
	{"a threat as the sentence's own verb, not inside other content", []string{
		`Harbour police threatened to use water cannon on the crowd.`,
		`A man from Dunmore pleaded guilty to charges he threatened to burn down the town hall, the prosecutor's office announced Monday.`,
		`The storm threatened to flood the lower town.`,
		`The union threatened a strike.`},
		[]wantStmt{
			{"Harbour police", "threatened", KindIndirect, "to use water cannon on the crowd", ""},
			{"the prosecutor's office", "announced", KindIndirect, "A man from Dunmore pleaded guilty to charges he threatened to burn down the town hall", ""}}},
	{"according to without a comma, past a clause about the source, before a colon; names joined by &", []string{
		`The blaze began in the bakery according to the county fire service.`,
		`The vote went according to plan.`,
		`According to the Courier, which first reported the sale, the mill will close in May.`,
		`According to a spokesperson for the ferry line: "All passengers are safe."`,
		`The club has won six games in a row, according to Hale Stats & Info.`,
		`Brook & Lyle said sales rose.`},
		[]wantStmt{
			{"the county fire service", "according to", KindIndirect, "The blaze began in the bakery", ""},
			{"Courier", "according to", KindIndirect, "the mill will close in May", ""},
			{"a spokesperson for the ferry line", "according to", KindDirect, "All passengers are safe.", ""},
			{"Hale Stats & Info", "according to", KindIndirect, "The club has won six games in a row", ""},
			{"Brook & Lyle", "said", KindIndirect, "sales rose", ""}}},
	{"a cue inside brackets says no more than the brackets hold", []string{
		`The sale went ahead (the Harbour Trust called it “regrettable”) and the buyer closed the yard within a month.`},
		[]wantStmt{{"Harbour Trust", "called", KindMixed, "it “regrettable”", ""}}},
	{"a quotation in a dashed aside, and a relative clause with its own cue", []string{
		`The father is known as the dreamer—“Ray sees around corners,” says the former manager Dina Holt—while the son is “the details guy.”`,
		`“Not a word,” says Milo Brandt, who told his sister, “We should leave now.”`,
		`“My job,” says Ray Brandt, who saw every snap of the season, “is to keep calm.”`},
		[]wantStmt{
			{"Dina Holt", "says", KindDirect, "Ray sees around corners", ""},
			{"Milo Brandt", "says", KindDirect, "Not a word", ""},
			{"Milo Brandt", "told", KindDirect, "We should leave now.", "his sister"},
			{"Ray Brandt", "says", KindDirect, "My job,” says Ray Brandt, who saw every snap of the season, “is to keep calm.", ""}}},
	{"a participle that ends the sentence announces the next quotation", []string{
		`“Yes, mostly,” Ada Prell said, adding with a grin. “But I would never say so in court.”`,
		`“Yes,” Ada Prell said. “It was.”`},
		[]wantStmt{
			{"Ada Prell", "said", KindDirect, "Yes, mostly", ""},
			{"Ada Prell", "adding", KindDirect, "But I would never say so in court.", ""},
			{"Ada Prell", "said", KindDirect, "Yes,” Ada Prell said. “It was.", ""}}},
	{"an attribution's adjunct is no content of a parenthetical 'he said'; reporting a bug is no statement", []string{
		`"I waited a long time before posting this," developer Omar Haddad wrote in a blog post published Friday, 20 months, he said, after privately reporting the flaw to the game's maker.`,
		`Ann Lee left the firm after accusing its owners of lying to staff.`},
		[]wantStmt{
			{"Omar Haddad", "wrote", KindDirect, "I waited a long time before posting this", ""},
			{"Ann Lee", "accusing", KindIndirect, "its owners of lying to staff", ""}}},
	{"texts and notes: 'texted to say', 'wrote to someone saying', a text that is a noun", []string{
		`At 9:24 p.m., Mara Quill texted to say they were outside.`,
		`Mara Quill wrote to a friend saying she wanted the car gone by morning.`,
		`Mara Quill texted her brother that she was safe.`,
		`The text of the bill was leaked on Monday.`},
		[]wantStmt{
			{"Mara Quill", "texted", KindIndirect, "they were outside", ""},
			{"Mara Quill", "saying", KindIndirect, "she wanted the car gone by morning", ""},
			{"Mara Quill", "texted", KindIndirect, "she was safe", "her brother"}}},
	{"'answered' attributes a quotation, not a phone", []string{
		`Asked when she would leave, Ida Moss answered: “Not yet.”`,
		`Ida Moss answered the phone on the third ring.`},
		[]wantStmt{{"Ida Moss", "answered", KindDirect, "Not yet.", ""}}},
	{"an existential sentence introduces the group a later 'they' means", []string{
		`The mayor praised the officers Dana Roe and Ben Ash. All the while, there have been critics. Why, they ask, should the park close? They contend that the closure is unfair.`},
		[]wantStmt{
			{"critics", "ask", KindIndirect, "Why, they ask, should the park close", ""},
			{"critics", "contend", KindIndirect, "the closure is unfair", ""}}},
	{"with no person as the sentence's subject, he is the man it names", []string{
		`The suspect, Ivo Brandt, had begun the day with a robbery. A jury chose not to convict in the case of Tomas Reyes, a man injured in the crush as he pleaded "let me out" to the guards.`},
		[]wantStmt{{"Tomas Reyes", "pleaded", KindMixed, "\"let me out\" to the guards", ""}}},
	{"a role and a name after an institute's name; the startup named earlier in the sentence; a capitalised common noun is no company", []string{
		`Ivo Brandt has argued for a carbon tax.`,
		`Harlow Institute for Coastal Studies oceanographer Nina Falk likened the limit to a speed limit. “It means the faster you go, the worse it gets,” she said.`,
		`They include Corva Bio and Lumen Gene. Companies expect trials to begin in three years.`,
		`Rao cofounded Corva Bio, and this week the startup announced that it had licensed his patent.`},
		[]wantStmt{
			{"Ivo Brandt", "argued", KindIndirect, "for a carbon tax", ""},
			{"Nina Falk", "likened", KindIndirect, "the limit to a speed limit", ""},
			{"Nina Falk", "said", KindDirect, "It means the faster you go, the worse it gets", ""},
			{"Corva Bio", "announced", KindIndirect, "it had licensed his patent", ""}}},
	{"an inverted outlet name holding a cue word, and a time with no comma", []string{
		`A team of analysts “has been ready to brief him since May,” reported the Harbour Post.`,
		`Last night Voltline made the plan official by announcing that its new service would be free for a year.`},
		[]wantStmt{
			{"Harbour Post", "reported", KindMixed, "A team of analysts “has been ready to brief him since May,”", ""},
			{"Voltline", "announcing", KindIndirect, "its new service would be free for a year", ""}}},
	{"a quoted title in the subject", []string{
		`The couple split in July, but the “Blue River” singer later clarified that the split may only be temporary.`},
		[]wantStmt{{"the “Blue River” singer", "clarified", KindIndirect, "the split may only be temporary", ""}}},
	{"'offered that', not a fronted subordinator as a name, nor the doctors offering help", []string{
		`Once Brandt was able to speak, he diplomatically offered that the band would be touring Europe then.`,
		`The doctors offering to run the clinic noted the crowded conditions.`},
		[]wantStmt{
			{"Brandt", "offered", KindIndirect, "the band would be touring Europe then", ""},
			{"The doctors offering to run the clinic", "noted", KindIndirect, "the crowded conditions", ""}}},
	{"a name that looked like a person's is a company once its spokeswoman speaks", []string{
		`A few days earlier, Harbor Greens touted a rare low price for halibut.`,
		`“I was shocked to see that level,” said Tyler Brisk, president of Dana Brisk Company, the largest buyer of halibut.`,
		`A Harbor Greens spokeswoman declined to comment on pricing. The company also said it was lowering prices across the store.`},
		[]wantStmt{
			{"Harbor Greens", "touted", KindIndirect, "a rare low price for halibut", ""},
			{"Tyler Brisk", "said", KindDirect, "I was shocked to see that level", ""},
			{"Harbor Greens", "said", KindIndirect, "it was lowering prices across the store", ""}}},
	{"a longer subject or a modal after a need-that verb still makes a clause", []string{
		`Ann Lee suggested the most likely reason residents stay is fear of retribution.`,
		`Ann Lee has suggested the city should rethink the plan.`,
		`Ann Lee suggested a new approach to the talks.`},
		[]wantStmt{
			{"Ann Lee", "suggested", KindIndirect, "the most likely reason residents stay is fear of retribution", ""},
			{"Ann Lee", "suggested", KindIndirect, "the city should rethink the plan", ""}}},
	{"what someone described as …", []string{
		`In what Ann Lee described as a "historic moment," the two sides signed the deal.`,
		`The blast came in what officials described as a targeted attack on the port.`},
		[]wantStmt{
			{"Ann Lee", "described", KindMixed, "a \"historic moment,\"", ""},
			{"officials", "described", KindIndirect, "a targeted attack on the port", ""}}},
	{"a name given in quotation marks ends where the main clause's verb comes", []string{
		`What Ann Lee called "a witch hunt" ended on Friday.`,
		`Ann Lee, calling the plan "reckless," voted against it.`,
		`The plan, which Ann Lee called "reckless," passed on Friday.`},
		[]wantStmt{
			{"Ann Lee", "called", KindDirect, "a witch hunt", ""},
			{"Ann Lee", "calling", KindMixed, "the plan \"reckless,\"", ""},
			{"Ann Lee", "called", KindDirect, "reckless", ""}}},
	{"a subject with a who-clause before 'reported that'; 'responded to …, and that …' is no speech", []string{
		`But then in 2010, the laboratory of Rosa Lind, who was then at the state university, reported that the cells respond to bitter taste.`,
		`They showed in 2013 that it responded to molecules from the gut, and that signals from that response steer the kidney.`},
		[]wantStmt{{"the laboratory of Rosa Lind", "reported", KindIndirect, "the cells respond to bitter taste", ""}}},
	{"an impersonal passive with its agent: 'it was reported by …', 'it's revealed in … review'", []string{
		`It was reported by the Harbour Post that the talks had collapsed.`,
		`It's revealed in the Ledger's review that the game only runs at 30 frames a second.`,
		`It was revealed in court that the firm had lied.`},
		[]wantStmt{
			{"Harbour Post", "reported", KindIndirect, "the talks had collapsed", ""},
			{"the Ledger's review", "revealed", KindIndirect, "the game only runs at 30 frames a second", ""}}},
	{"'was the first to report that …'", []string{
		`The Harbour Post was the first to report that the ferry would stop.`,
		`Ann Lee was the first to arrive.`},
		[]wantStmt{{"Harbour Post", "report", KindIndirect, "the ferry would stop", ""}}},
	{"a question put to an audience named by a plural", []string{
		`Ann Lee asked reporters, "What would you have done?"`},
		[]wantStmt{{"Ann Lee", "asked", KindDirect, "What would you have done?", "reporters"}}},
	{"a caption or a statement shared on a platform is the quotation it introduces", []string{
		`Harbour police tweeted the photo of a man with a bag slung over his shoulder with the caption, “Please help us find him!”`,
		`Ann Lee shared a statement on Instagram: "We are safe."`,
		`Ann Lee shared the photo with friends.`},
		[]wantStmt{
			{"Harbour police", "tweeted", KindDirect, "Please help us find him!", ""},
			{"Ann Lee", "shared", KindDirect, "We are safe.", ""}}},
	{"'shared with X that …' speaks; sharing responsibility and the fumes that people inhale do not", []string{
		`Project manager Ida Moss shared with the Ledger that they had stiffened the frame.`,
		`We must name those who share responsibility for the toxic fumes that people inhale.`},
		[]wantStmt{{"Ida Moss", "shared", KindIndirect, "they had stiffened the frame", ""}}},
	{"'confirmed to E! News that …' names the outlet; a seat of government is no company", []string{
		`The White House has denied the report.`,
		`The couple's rep confirmed to E! News that they had split.`,
		`The company confirmed the layoffs in a statement.`},
		[]wantStmt{
			{"White House", "denied", KindIndirect, "the report", ""},
			{"The couple's rep", "confirmed", KindIndirect, "they had split", "E! News"},
			{"The company", "confirmed", KindIndirect, "the layoffs", ""}}},
}

func TestStatementsRulesMore(t *testing.T) {
	runStmtCases(t, stmtRuleCasesMore)
}

// stmtRuleCasesEighth are the cases added in the eighth working session.
var stmtRuleCasesEighth = []stmtCase{
	{"'the 31-year-old filmmaker' refers to the filmmaker named; a bare age stays as written", []string{
		`Rui Neves agreed a deal to manage the club. Eli Ward was sacked on Monday.`,
		`The 56-year-old said he was delighted to join.`,
		`Director Ava Lund spoke at the premiere. “It took nine years,” the 31-year-old filmmaker said.`},
		[]wantStmt{
			{"The 56-year-old", "said", KindIndirect, "he was delighted to join", ""},
			{"Ava Lund", "said", KindDirect, "It took nine years", ""}}},
	{"a person introduced after 'was' is the one 'she' means next; 'In X's case, she' is X", []string{
		`Dr Omar Saleh said the ward was full.`,
		`One of the women to reach the clinic was 31-year-old Lina Farouk, who was pregnant. “I walked for hours,” she said.`,
		`Nurse Dana Reyes said more mothers arrived every day. “We have no beds left,” she said.`,
		`In Farouk’s case, she chose to stay. “I am afraid for him,” she continued.`},
		[]wantStmt{
			{"Omar Saleh", "said", KindIndirect, "the ward was full", ""},
			{"Lina Farouk", "said", KindDirect, "I walked for hours", ""},
			{"Dana Reyes", "said", KindIndirect, "more mothers arrived every day", ""},
			{"Dana Reyes", "said", KindDirect, "We have no beds left", ""},
			{"Lina Farouk", "continued", KindDirect, "I am afraid for him", ""}}},
	{"'the former mayor' with no one titled mayor is the person the story follows", []string{
		`Ira Bloom has spent heavily on ads. Bloom has tried to apologize for the policy.`,
		`In the speech, the former mayor argued that the program saved lives.`,
		`Mayor Ted Ruiz spoke next. The former mayor, Ann Cole, said nothing.`},
		[]wantStmt{{"Ira Bloom", "argued", KindIndirect, "the program saved lives", ""}}},
	{"'the couple' and 'the pair' are the two people named together most often", []string{
		`Both Tom Vale and Rosa Vale spoke at the hearing. Tom Vale and Rosa Vale had sued the bank.`,
		`Their relations with Ian Cole and Max Dunn were strained.`,
		`The couple said they had lost their savings.`,
		`Later the pair insisted they “never left” the town.`},
		[]wantStmt{
			{"Tom Vale and Rosa Vale", "said", KindIndirect, "they had lost their savings", ""},
			{"Tom Vale and Rosa Vale", "insisted", KindMixed, "they “never left” the town", ""}}},
	{"a time adverb before the subject without a comma", []string{
		`Later the minister insisted the figures were right.`,
		`On Monday the agency said the road would reopen.`},
		[]wantStmt{
			{"the minister", "insisted", KindIndirect, "the figures were right", ""},
			{"the agency", "said", KindIndirect, "the road would reopen", ""}}},
	{"'Apple's sales fell' makes Apple the company a later 'the company' means", []string{
		`Orca Parks said attendance fell.`,
		`Pomme's sales rose last year. The company said demand would stay strong.`,
		`Ann Lee's sales team grew. The company said it would hire more.`},
		[]wantStmt{
			{"Orca Parks", "said", KindIndirect, "attendance fell", ""},
			{"Pomme", "said", KindIndirect, "demand would stay strong", ""},
			{"Pomme", "said", KindIndirect, "it would hire more", ""}}},
	{"a bare surname stays with the person it was used for, after a relative is named", []string{
		`Rep. Tom Reed will retire. Reed said he was proud of his record.`,
		`His wife, Ada Reed, plans to run. Ada Reed said she would decide soon.`,
		`In announcing his retirement, Reed said he never planned to stay long.`},
		[]wantStmt{
			{"Tom Reed", "said", KindIndirect, "he was proud of his record", ""},
			{"Ada Reed", "said", KindIndirect, "she would decide soon", ""},
			{"Tom Reed", "said", KindIndirect, "he never planned to stay long", ""}}},
	{"with no person as the main subject, the person of a that-clause is followed", []string{
		`Rep. Tom Reed said he would retire.`,
		`The plans were kept so secret that Cal Ortiz, the deputy chief of staff, did not learn of them until May. He said he was not deterred.`},
		[]wantStmt{
			{"Tom Reed", "said", KindIndirect, "he would retire", ""},
			{"Cal Ortiz", "said", KindIndirect, "he was not deterred", ""}}},
	{"a gerund naming its object opens the content, not a speaker", []string{
		`Omar Reyes said the garden had helped during lockdown.`,
		`Walking Rufus each morning is his favourite hour, he said.`,
		`Sterling Brown said he was hurt.`},
		[]wantStmt{
			{"Omar Reyes", "said", KindIndirect, "the garden had helped during lockdown", ""},
			{"Omar Reyes", "said", KindIndirect, "Walking Rufus each morning is his favourite hour", ""},
			{"Sterling Brown", "said", KindIndirect, "he was hurt", ""}}},
	{"a title with its own capitalised modifier before a full name; 'added this is …'", []string{
		`Trade Minister Ravi Mohan said the motion was wrong.`,
		`Minister in the Ministry of Finance Brian Marsh said, "Demand outstrips supply." He added this is "a passing problem."`,
		`She added some colour to the walls.`,
		`A spokesperson for Mayor Elena Ward said the pier would reopen.`},
		[]wantStmt{
			{"Ravi Mohan", "said", KindIndirect, "the motion was wrong", ""},
			{"Brian Marsh", "said", KindDirect, "Demand outstrips supply.", ""},
			{"Brian Marsh", "added", KindMixed, "this is \"a passing problem.\"", ""},
			{"A spokesperson for Mayor Elena Ward", "said", KindIndirect, "the pier would reopen", ""}}},
	{"an inverted attribution after a sentence adverb, before a clause of its own; institutions speak", []string{
		`Currently, said Dr. Omar Kahl, the director of the clinic, there are 70 patients in the ward.`,
		`Many institutions say students are struggling to get tests.`},
		[]wantStmt{
			{"Omar Kahl", "said", KindIndirect, "Currently, said Dr. Omar Kahl, the director of the clinic, there are 70 patients in the ward", ""},
			{"Many institutions", "say", KindIndirect, "students are struggling to get tests", ""}}},
	{"'many in the space community' is a group, never the 'he' of the next quotation", []string{
		`“Fewer launches are safer,” said Doug Cole, a former NASA official. (His clients include Boeing, although many in the space community note he held those views long before.)`,
		`“The rocket is not being used as designed,” he continued.`},
		[]wantStmt{
			{"Doug Cole", "said", KindDirect, "Fewer launches are safer", ""},
			{"many in the space community", "note", KindIndirect, "he held those views long before", ""},
			{"Doug Cole", "continued", KindDirect, "The rocket is not being used as designed", ""}}},
	{"a relative named in apposition ('Ada Reed, the congressman's wife,') never takes the bare surname", []string{
		`Rep. Tom Reed's shock retirement was revealed on Monday.`,
		`A realtor who is friendly with Ada Reed, the congressman's wife, filed to run. Ada Reed founded a charity last year.`,
		`The website was registered by a Sam Reed, who appears to be the brother of the congressman.`,
		`In announcing his retirement, Reed said he never planned to stay long.`},
		[]wantStmt{{"Tom Reed", "said", KindIndirect, "he never planned to stay long", ""}}},
	{"'They said' after a sentence that names a group as its object", []string{
		`The outages left some of the county’s power engineers puzzled. They said that the plant had spare capacity.`},
		[]wantStmt{{"some of the county’s power engineers", "said", KindIndirect, "the plant had spare capacity", ""}}},
	{"the subject of the reported words is not the 'he' who reports them", []string{
		`“I wanted to help others,” Ted Wills said.`,
		`Faith has kept him away from his old life, he said.`},
		[]wantStmt{
			{"Ted Wills", "said", KindDirect, "I wanted to help others", ""},
			{"Ted Wills", "said", KindIndirect, "Faith has kept him away from his old life", ""}}},
	{"a group modified by a participle and its preposition; 'Dublin airport' speaks", []string{
		`Officials briefed on the talks said a deal was close.`,
		`Residents opposed to the plan said it would ruin the park.`,
		`Some people inclined to support Ann Lee note that it is still early.`,
		`Harbour airport said it was experiencing minor delays.`},
		[]wantStmt{
			{"Officials briefed on the talks", "said", KindIndirect, "a deal was close", ""},
			{"Residents opposed to the plan", "said", KindIndirect, "it would ruin the park", ""},
			{"Some people inclined to support Ann Lee", "note", KindIndirect, "it is still early", ""},
			{"Harbour airport", "said", KindIndirect, "it was experiencing minor delays", ""}}},
	{"'wrote in a note to clients that'; 'The governor, a Republican, said'; a central bank named by description", []string{
		`Analysts at Harbour Capital wrote in a note to clients that rates would rise.`,
		`The governor, a Republican, said the state would sue.`,
		`The mayor's office said the road would reopen.`,
		`The central bank said it would keep rates unchanged.`},
		[]wantStmt{
			{"Analysts at Harbour Capital", "wrote", KindIndirect, "rates would rise", ""},
			{"The governor", "said", KindIndirect, "the state would sue", ""},
			{"The mayor's office", "said", KindIndirect, "the road would reopen", ""},
			{"The central bank", "said", KindIndirect, "it would keep rates unchanged", ""}}},
	{"a currency sign, a demonstrative 'that', a statement's participle, a name after an inverted description", []string{
		`Ann Lee pledged $10 million to the fund.`,
		`But Ann Lee said that was not true.`,
		`The army said in a statement posted on Telegram that it had repelled the attack.`,
		`"We have no choice," said a spokeswoman, Lina Park, on Monday.`,
		`A UN spokesman said the agency was alarmed. Hours later the company said profits had fallen.`},
		[]wantStmt{
			{"Ann Lee", "pledged", KindIndirect, "$10 million to the fund", ""},
			{"Ann Lee", "said", KindIndirect, "that was not true", ""},
			{"The army", "said", KindIndirect, "it had repelled the attack", ""},
			{"Lina Park", "said", KindDirect, "We have no choice", ""},
			{"A UN spokesman", "said", KindIndirect, "the agency was alarmed", ""},
			{"the company", "said", KindIndirect, "profits had fallen", ""}}},
	{"'issued a statement (on Monday) saying' after a possessive or a bare plural subject", []string{
		`Vidal's office later issued a statement saying the talks had failed.`,
		`Police issued a statement on Monday saying two men had been arrested.`},
		[]wantStmt{
			{"Vidal's office", "saying", KindIndirect, "the talks had failed", ""},
			{"Police", "saying", KindIndirect, "two men had been arrested", ""}}},
	{"a councilmember's title; a fundraising page says", []string{
		`City Councilmember Diane Ross called for an investigation.`,
		`A fundraising page set up by neighbors had raised $20,000. The page says the money will go to the families.`},
		[]wantStmt{
			{"Diane Ross", "called for", KindIndirect, "an investigation", ""},
			{"The page", "says", KindIndirect, "the money will go to the families", ""}}},
	{"an inverted plural subject at a firm; a relative clause of speech ends where the main clause resumes", []string{
		`"We think there's more upside," wrote analysts at Harbour Capital in a research note.`,
		`The device, which Pomme says is its fastest yet, will cost $999.`,
		`"Organics matter," said planetary geologist Rosa Lind of the Harbour Space Laboratory.`},
		[]wantStmt{
			{"analysts at Harbour Capital", "wrote", KindDirect, "We think there's more upside", ""},
			{"Pomme", "says", KindIndirect, "is its fastest yet", ""},
			{"Rosa Lind", "said", KindDirect, "Organics matter", ""}}},
	{"'the Dutchman' is the named person in focus; 'ten' joins a name; an age before a name in apposition", []string{
		`Harbour City manager Erik ten Berg said his side had been unlucky.`,
		`"We created enough chances," the Dutchman told Sky Sports.`,
		`The defendant, 34-year-old Mark Lane, denied all charges.`},
		[]wantStmt{
			{"Erik ten Berg", "said", KindIndirect, "his side had been unlucky", ""},
			{"Erik ten Berg", "told", KindDirect, "We created enough chances", "Sky Sports"},
			{"Mark Lane", "denied", KindIndirect, "all charges", ""}}},
	{"'reported, citing three people familiar with the matter, that …'", []string{
		`The Harbour Post reported, citing three people familiar with the matter, that the deal had collapsed.`},
		[]wantStmt{{"Harbour Post", "reported", KindIndirect, "the deal had collapsed", ""}}},
	{"', which said …,' gives the words to what it follows", []string{
		`The Met Office, which said gusts could cause problems during rush hour, issued amber warnings.`},
		[]wantStmt{{"Met Office", "said", KindIndirect, "gusts could cause problems during rush hour", ""}}},
	{"'said, referring to the mayor, that …'; a spokesperson is no company", []string{
		`Ann Lee said, referring to the mayor, that some people never learn.`,
		`In response to questions, a spokesperson said the firm took the claims seriously.`,
		`When reached for comment, the company said it was reviewing the lawsuit.`},
		[]wantStmt{
			{"Ann Lee", "said", KindIndirect, "some people never learn", ""},
			{"a spokesperson", "said", KindIndirect, "the firm took the claims seriously", ""},
			{"the company", "said", KindIndirect, "it was reviewing the lawsuit", ""}}},
	{"'the officials said' is the group named with that head; 'said nothing more' says nothing", []string{
		`“People think it is safe,” said Pat Hughes, vice president of engineering for Harbour Power.`,
		`For days after a storm, Harbour Power officials say, they deal with scores of fires.`,
		`To alleviate the threat, the officials said, the utility switched its covers.`,
		`The officials said nothing more.`},
		[]wantStmt{
			{"Pat Hughes", "said", KindDirect, "People think it is safe", ""},
			{"Harbour Power officials", "say", KindIndirect, "For days after a storm, Harbour Power officials say, they deal with scores of fires", ""},
			{"Harbour Power officials", "said", KindIndirect, "To alleviate the threat, the officials said, the utility switched its covers", ""}}},
	{"a quotation interrupted by a cue with an adjunct or a participle, or followed by a dash", []string{
		`“This is unacceptable,” the senator wrote on X, “and I will demand answers.”`,
		`“It was,” Ann Lee said, pausing, “the hardest decision of my life.”`,
		`“We’re done,” Bo Park said — and walked out.`},
		[]wantStmt{
			{"the senator", "wrote", KindDirect, "This is unacceptable,” the senator wrote on X, “and I will demand answers.", ""},
			{"Ann Lee", "said", KindDirect, "It was,” Ann Lee said, pausing, “the hardest decision of my life.", ""},
			{"Bo Park", "said", KindDirect, "We’re done", ""}}},
	{"'Asked whether …, Lee shrugged.' names the one who speaks next", []string{
		`Asked whether the plan would work, Ann Lee shrugged. “Nobody can know that yet.”`},
		[]wantStmt{{"Ann Lee", "", KindDirect, "Nobody can know that yet.", ""}}},
	{"a surname that is also a title ('Robert King', 'Ann Bishop') is a surname", []string{
		`The hospital's chief executive, Robert King, disputed their account. King said staffing levels were safe.`,
		`Lawyer Ann Bishop said the case was weak. Bishop added that she would appeal.`},
		[]wantStmt{
			{"Robert King", "disputed", KindIndirect, "their account", ""},
			{"Robert King", "said", KindIndirect, "staffing levels were safe", ""},
			{"Ann Bishop", "said", KindIndirect, "the case was weak", ""},
			{"Ann Bishop", "added", KindIndirect, "she would appeal", ""}}},
	{"trade descriptions refer back to the firm: 'the planemaker', 'the Seattle-based company', 'the social media giant'; 'Shares of X rose'", []string{
		`Harbour Air Co said it would recall 50 jets. The planemaker said the problem affected seat belts.`,
		`Pomme.com Inc said it would hire 1,000 workers. The Seattle-based company said the jobs would pay well.`,
		`Kite, the parent company of two apps, said it had removed the accounts. The social media giant said they were fake.`,
		`Shares of Orca Motors rose after the automaker said sales had climbed.`},
		[]wantStmt{
			{"Harbour Air Co", "said", KindIndirect, "it would recall 50 jets", ""},
			{"Harbour Air Co", "said", KindIndirect, "the problem affected seat belts", ""},
			{"Pomme.com Inc", "said", KindIndirect, "it would hire 1,000 workers", ""},
			{"Pomme.com Inc", "said", KindIndirect, "the jobs would pay well", ""},
			{"Kite", "said", KindIndirect, "it had removed the accounts", ""},
			{"Kite", "said", KindIndirect, "they were fake", ""},
			{"Orca Motors", "said", KindIndirect, "sales had climbed", ""}}},
	{"habitual speech: 'likes to say', 'loves to tell', 'tends to say'", []string{
		`Ann Lee likes to say that cities are conversations.`,
		`Ann Lee loves to tell visitors that the city is alive.`,
		`Ann Lee would like to say thanks.`},
		[]wantStmt{
			{"Ann Lee", "say", KindIndirect, "cities are conversations", ""},
			{"Ann Lee", "tell", KindIndirect, "the city is alive", "visitors"}}},
	{"an office completed in apposition ('Ann Lee, the city's housing commissioner,') names 'the commissioner'", []string{
		`Ann Lee, the city's housing commissioner, said 2,000 units were being built.`,
		`"We're building as fast as we can," the commissioner said.`},
		[]wantStmt{
			{"Ann Lee", "said", KindIndirect, "2,000 units were being built", ""},
			{"Ann Lee", "said", KindDirect, "We're building as fast as we can", ""}}},
	{"'Mr. Alvarez' after 'Maria Alvarez' is her husband, not her", []string{
		`Maria Alvarez, a nurse, said she had waited two hours to vote. "It was worth it," Ms. Alvarez said.`,
		`Mr. Alvarez, who became a citizen last year, added: "I wanted my voice heard."`},
		[]wantStmt{
			{"Maria Alvarez", "said", KindIndirect, "she had waited two hours to vote", ""},
			{"Maria Alvarez", "said", KindDirect, "It was worth it", ""},
			{"Mr. Alvarez", "added", KindDirect, "I wanted my voice heard.", ""}}},
	{"'The PM said' is the prime minister the story named", []string{
		`Prime Minister Rosa Vidal said the lockdown would end on Monday.`,
		`The PM said she was "cautiously optimistic."`},
		[]wantStmt{
			{"Rosa Vidal", "said", KindIndirect, "the lockdown would end on Monday", ""},
			{"Rosa Vidal", "said", KindMixed, "she was \"cautiously optimistic.\"", ""}}},
	{"half of a coordinated subject is no speaker", []string{
		`The data we have collected on the 2018 model and the mid-2019 refresh suggests that reliability is improving.`},
		nil},
	{"a royal title stays part of a one-word name ('Prince Andrew')", []string{
		`Prince Edwin told the BBC the interview was a success.`,
		`Edwin said he did not regret it.`},
		[]wantStmt{
			{"Prince Edwin", "told", KindIndirect, "the interview was a success", "the BBC"},
			{"Prince Edwin", "said", KindIndirect, "he did not regret it", ""}}},
	{"a paper or report published in a journal is research, not a statement", []string{
		`According to a paper published in the journal Nature Astronomy on Monday, the team found water vapor.`,
		`A case report published in the journal BMJ Case Reports said the patient recovered.`},
		nil},
	{"addressees: 'local media', 'NBC's “Meet the Press”'", []string{
		`Ann Lee told local media the fire was under control.`,
		`Ann Lee told NBC's "Meet the Press" on Sunday that the economy was strong.`},
		[]wantStmt{
			{"Ann Lee", "told", KindIndirect, "the fire was under control", "local media"},
			{"Ann Lee", "told", KindIndirect, "the economy was strong", "NBC's \"Meet the Press\""}}},
	{"the writer's comment after reported speech (', a figure that could not be verified') is no part of it", []string{
		`Hamas said the strike killed 12 people, a figure that could not be independently verified.`,
		`Ann Lee said the toll was rising, a sign that the war was worsening.`},
		[]wantStmt{
			{"Hamas", "said", KindIndirect, "the strike killed 12 people", ""},
			{"Ann Lee", "said", KindIndirect, "the toll was rising, a sign that the war was worsening", ""}}},
	{"a quotation interrupted by an inverted speaker with an apposition is one", []string{
		`"Reefs are resilient," notes Sam Cho, a researcher at the Harbour Institute, "if we give them a chance."`},
		[]wantStmt{{"Sam Cho", "notes", KindDirect, "Reefs are resilient,\" notes Sam Cho, a researcher at the Harbour Institute, \"if we give them a chance.", ""}}},
	{"'Gina Ivy and her husband, Hank Ivy, said': the two of them", []string{
		`Gina Ivy and her husband, Hank Ivy, said they were evacuating.`},
		[]wantStmt{{"Gina Ivy and her husband, Hank Ivy", "said", KindIndirect, "they were evacuating", ""}}},
	{"'At least two witnesses said'", []string{
		`At least two witnesses said they heard an explosion.`},
		[]wantStmt{{"At least two witnesses", "said", KindIndirect, "they heard an explosion", ""}}},
	{"'the family' is the family the story named", []string{
		`In a statement, Ann Lee's family said she was the light of their lives.`,
		`"We are heartbroken," the family said.`},
		[]wantStmt{
			{"Ann Lee's family", "said", KindIndirect, "she was the light of their lives", ""},
			{"Ann Lee's family", "said", KindDirect, "We are heartbroken", ""}}},
	{"'“…,” said Diaz's neighbor, Tom Lee'; a pastor's title", []string{
		`"We're devastated," said Diaz's neighbor, Tom Lee.`,
		`"Please pray for us," wrote Pastor Jim Ford on Facebook.`},
		[]wantStmt{
			{"Tom Lee", "said", KindDirect, "We're devastated", ""},
			{"Jim Ford", "wrote", KindDirect, "Please pray for us", ""}}},
}

func TestStatementsRulesEighth(t *testing.T) {
	runStmtCases(t, stmtRuleCasesEighth)
}

// stmtRuleCasesNinth are the rules of the ninth session, drawn from the
// errors of newly annotated raw pages (the Y-look set); each failed on the
// code before it.
var stmtRuleCasesNinth = []stmtCase{
	{"single marks left open at a paragraph's end run on into the next paragraph", []string{
		`Coach Nora Pike spoke after the match. She said: 'We defended well for an hour.`,
		`'After that we lost our shape and paid for it.'`},
		[]wantStmt{{"Nora Pike", "said", KindDirect, "We defended well for an hour. After that we lost our shape and paid for it.", ""}}},
	{"curly single marks run on the same way", []string{
		"Coach Nora Pike spoke after the match. Asked about the keeper, she added: \u2018He kept us in the game all night.",
		"\u2018Nobody could have asked for more from him.\u2019"},
		[]wantStmt{{"Nora Pike", "added", KindDirect, "He kept us in the game all night. Nobody could have asked for more from him.", ""}}},
	{"'believes A – but admitted B': the dashed 'but' borrows the subject", []string{
		`Manager Ivo Brandt believes the striker should stay – but admitted the club could sell him in January.`},
		[]wantStmt{{"Ivo Brandt", "admitted", KindIndirect, "the club could sell him in January", ""}}},
	{"'Ann Lee who runs the shelter said': the name speaks, not its unpunctuated clause", []string{
		`Ann Lee who runs the shelter on Pine Street said the beds were full.`},
		[]wantStmt{{"Ann Lee", "said", KindIndirect, "the beds were full", ""}}},
	{"the unpunctuated clause may hold a bracketed aside", []string{
		`Wrestler Ravi Kumar who joined the sit-in at the toll plaza (near the state border) on Sunday said that he would hand back his medal.`},
		[]wantStmt{{"Ravi Kumar", "said", KindIndirect, "he would hand back his medal", ""}}},
	{"a subheading in headline prose reports no statement", []string{
		`Ravi Kumar says will hand back medal`,
		`The wrestler spoke at the sit-in on Sunday. Kumar said the new rules had to go.`},
		[]wantStmt{{"Ravi Kumar", "said", KindIndirect, "the new rules had to go", ""}}},
	{"', according to police, began … when someone reported …': a cue in a clause of its own does not end the parenthetical", []string{
		`The fire, according to police, started at about 9 p.m. when a neighbour reported smoke in the stairwell.`},
		[]wantStmt{{"police", "according to", KindIndirect, "The fire, according to police, started at about 9 p.m. when a neighbour reported smoke in the stairwell", ""}}},
	{"'the diplomat' is the envoy named before; 'the lawmaker' the senator", []string{
		`Envoy Mira Sato told reporters the ceasefire was holding.`,
		`The diplomat said both sides had kept their word.`,
		`Sen. Paul Reed said the bill would pass. The lawmaker added that he had the votes.`},
		[]wantStmt{
			{"Mira Sato", "told", KindIndirect, "the ceasefire was holding", "reporters"},
			{"Mira Sato", "said", KindIndirect, "both sides had kept their word", ""},
			{"Paul Reed", "said", KindIndirect, "the bill would pass", ""},
			{"Paul Reed", "added", KindIndirect, "he had the votes", ""}}},
	{"'told how' and 'recalled how' with a clause report an account; 'explained how to' does not", []string{
		`Singer Rosa Vale has told how the illness had taken her voice for a year.`,
		`Vale recalled how her band had kept playing without her.`,
		`Her coach explained how to breathe from the stomach.`},
		[]wantStmt{
			{"Rosa Vale", "told", KindIndirect, "the illness had taken her voice for a year", ""},
			{"Rosa Vale", "recalled", KindIndirect, "her band had kept playing without her", ""}}},
	{"'Writing in The Ledger Rosa said': the outlet the comma should have closed is no part of the name", []string{
		`ROSA Vale has vowed to sing again.`,
		`Writing in The Ledger Rosa said: "I will be back on stage by spring."`},
		[]wantStmt{
			{"Rosa Vale", "vowed", KindIndirect, "to sing again", ""},
			{"Rosa Vale", "said", KindDirect, "I will be back on stage by spring.", ""}}},
	{"'X said A, and Damascus said B': a second source after ', and' is a statement of its own", []string{
		`Moscow said it could not protect the convoy, and Ankara said it would send its own escort.`,
		`Dr Lena Ortiz explained that the team had dated the bones, and X-rays had revealed that one skull was cracked.`},
		[]wantStmt{
			{"Moscow", "said", KindIndirect, "it could not protect the convoy", ""},
			{"Ankara", "said", KindIndirect, "it would send its own escort", ""},
			{"Lena Ortiz", "explained", KindIndirect, "the team had dated the bones, and X-rays had revealed that one skull was cracked", ""}}},
	{"rebels, villagers and an uncle speak; 'say, however,' takes the clause after the aside", []string{
		`Helped by the heavy rain, rebels say they have crossed the river.`,
		`“We had no warning,” one of young Ana’s uncles said on Friday.`,
		`Villagers say, however, soldiers had been in the valley for a week.`},
		[]wantStmt{
			{"rebels", "say", KindIndirect, "they have crossed the river", ""},
			{"one of young Ana’s uncles", "said", KindDirect, "We had no warning", ""},
			{"Villagers", "say", KindIndirect, "soldiers had been in the valley for a week", ""}}},
	{"'it said' after a sentence about a message is the message", []string{
		`The county said the road would reopen. On Sunday the family posted a letter online. The letter listed the hours of the vigil. “We will miss him every day,” it said.`},
		[]wantStmt{
			{"The county", "said", KindIndirect, "the road would reopen", ""},
			{"The letter", "said", KindDirect, "We will miss him every day", ""}}},
	{"'Acme spokesperson Lund disagrees. … he adds': the surname after a role is the one in focus ('He points to …' is a statement since the eleventh session)", []string{
		`“The price is fair,” says company spokesperson Eric Lund.`,
		`“It is a tax on privacy,” says Tomas Berg, who heads the consumer council.`,
		`Berg does not think the plan is legal. “They leave users no choice,” he says.`,
		`Acme spokesperson Lund disagrees. He points to a ruling from last year. “We are following the court,” he adds.`},
		[]wantStmt{
			{"Eric Lund", "says", KindDirect, "The price is fair", ""},
			{"Tomas Berg", "says", KindDirect, "It is a tax on privacy", ""},
			{"Tomas Berg", "says", KindDirect, "They leave users no choice", ""},
			{"Eric Lund", "points to", KindIndirect, "a ruling from last year", ""},
			{"Eric Lund", "adds", KindDirect, "We are following the court", ""}}},
	{"', D-California,' after a name belongs to it; the name speaks", []string{
		`An aide to Sen. Rosa Vale, D-California, said the office had heard from 300 families.`,
		`Rep. Tom Reyes, R-Texas, said the fares were too high.`},
		[]wantStmt{
			{"An aide to Sen. Rosa Vale", "said", KindIndirect, "the office had heard from 300 families", ""},
			{"Tom Reyes", "said", KindIndirect, "the fares were too high", ""}}},
	{"'told a webinar hosted by X on Wednesday he would …': the audience ends where the clause begins", []string{
		`Dr Ana Ruiz told a forum hosted by the city university on Monday she would not support a curfew.`},
		[]wantStmt{{"Ana Ruiz", "told", KindIndirect, "she would not support a curfew", "a forum hosted by the city university"}}},
	{"wire copy closes quotations with two straight marks ('')", []string{
		`"The lagoon has never been this quiet,'' said Marco Bell, who runs a boat service.`,
		`'We cannot plan the summer yet,'' Lia Conti said. "Nobody knows the rules.''`},
		[]wantStmt{
			{"Marco Bell", "said", KindDirect, "The lagoon has never been this quiet", ""},
			{"Lia Conti", "said", KindDirect, `We cannot plan the summer yet,'' Lia Conti said. "Nobody knows the rules.`, ""}}},
	{"'the prosecution' is a side in court, never 'he'", []string{
		`Owen Hart, 31, hid the cash in a shed, the court heard.`,
		`According to the prosecution, Hart had been selling for a long time.`,
		`He was charged with dealing and admitted the offences.`},
		[]wantStmt{
			{"the prosecution", "according to", KindIndirect, "Hart had been selling for a long time", ""},
			{"Owen Hart", "admitted", KindIndirect, "the offences", ""}}},
	{"'Mia's family issued a tribute. They said:' — the family speaks; 'text messages' is a noun", []string{
		`The Herald has learned that the inquest will open in May.`,
		`On Friday, Mia's family issued a tribute through the police. They said: "She lit up every room she walked into."`,
		`Officers found text messages on his phone that showed he had planned the trip.`},
		[]wantStmt{{"Mia's family", "said", KindDirect, "She lit up every room she walked into.", ""}}},
	{"'said head coach of the women's team, Name': the name in apposition to a bare role", []string{
		`“The new gym changes everything,” said head coach of the women’s team, Nadia Frost.`},
		[]wantStmt{{"Nadia Frost", "said", KindDirect, "The new gym changes everything", ""}}},
	{"'said in a briefing every traveller has to …': a quantified subject opens the clause after the medium", []string{
		`Dr. Omar Reyes said in a briefing every traveller has to weigh the risk of flying home.`},
		[]wantStmt{{"Omar Reyes", "said", KindIndirect, "every traveller has to weigh the risk of flying home", ""}}},
	{"'Harbour Board Chief Executive, Nora Quinn, said': the name after a capitalised title speaks", []string{
		`Harbour Board Chief Executive, Nora Quinn, said: “We will reopen the quay by March.”`,
		`Tom Reid, Director Harbour Services, said the cranes were ready.`},
		[]wantStmt{
			{"Nora Quinn", "said", KindDirect, "We will reopen the quay by March.", ""},
			{"Tom Reid", "said", KindIndirect, "the cranes were ready", ""}}},
	{"'OSLO (Agency / Wire - 2 May, 2021) It is …': a dateline with its credit in brackets is not content", []string{
		`OSLO (North Wire / Baltic Desk - 2nd May, 2021) It is too early to lift the ferry limits, Transport Minister Siri Dahl said on Friday.`},
		[]wantStmt{{"Siri Dahl", "said", KindIndirect, "It is too early to lift the ferry limits", ""}}},
	{"'the inquest heard that …', '…, Leeds Crown Court heard': a court's record speaks; residents who heard a blast do not", []string{
		`Dale Hume, 41, stored the stolen bikes in a rented garage, Leeds Crown Court heard.`,
		`An inquest has heard that the climber had checked the weather twice.`,
		`Residents heard that the plant would close. At last week's hearing, the mayor said the jobs would be lost.`},
		[]wantStmt{
			{"Leeds Crown Court", "heard", KindIndirect, "Dale Hume, 41, stored the stolen bikes in a rented garage", ""},
			{"An inquest", "heard", KindIndirect, "the climber had checked the weather twice", ""},
			{"the mayor", "said", KindIndirect, "the jobs would be lost", ""}}},
	{"the speaker's next act ('… but stopped short of', '… and held out') is no part of a noun phrase or modal clause", []string{
		`Premier Ada Holm called for a two-day truce but stopped short of demanding a full ceasefire.`,
		`Minister Ivo Sand said that the regions should share the cost and left for the airport.`,
		`Governor Ruth Amos promised to protect the parks and attacked her rival over the budget.`,
		`The mayor said the crews had cleared the roads and reopened the bridge by noon.`},
		[]wantStmt{
			{"Ada Holm", "called for", KindIndirect, "a two-day truce", ""},
			{"Ivo Sand", "said", KindIndirect, "the regions should share the cost", ""},
			{"Ruth Amos", "promised", KindIndirect, "to protect the parks", ""},
			{"The mayor", "said", KindIndirect, "the crews had cleared the roads and reopened the bridge by noon", ""}}},
	{"'shot back', 'fired back', 'derided … as', and a cue before 'underneath'", []string{
		`“Keep my son out of this,” Mayor Ana Cruz shot back in a reply that drew loud applause.`,
		`“You are a coward,” Cruz interjected underneath her rival’s words.`,
		`Cruz derided the plan as “a fantasy”.`,
		`The club fired the coach on Monday, and police shot a dog.`},
		[]wantStmt{
			{"Ana Cruz", "shot back", KindDirect, "Keep my son out of this", ""},
			{"Ana Cruz", "interjected", KindDirect, "You are a coward", ""},
			{"Ana Cruz", "derided", KindMixed, "the plan as “a fantasy”", ""}}},
	{"'Each time, Regev focused …': a time phrase before the subject does not hide who the sentence is about", []string{
		`Anchor Jordan Vale pressed envoy Amir Tal on the figures. Vale asked Tal for a number again.`,
		`Each time, Tal spoke about the army's goals, which he said were nearly met.`,
		`“We will finish the job,” he said.`},
		[]wantStmt{
			{"Amir Tal", "said", KindIndirect, "were nearly met", ""},
			{"Amir Tal", "said", KindDirect, "We will finish the job", ""}}},
	{"'the Alliance of Film and Stage Producers … The organization said': the whole name refers back", []string{
		`"The deal is fair to both sides," the Alliance of Film and Stage Producers said in a statement. The organization, which bargains for the studios, said it hoped filming would resume soon.`},
		[]wantStmt{
			{"the Alliance of Film and Stage Producers", "said", KindDirect, "The deal is fair to both sides", ""},
			{"Alliance of Film and Stage Producers", "said", KindIndirect, "it hoped filming would resume soon", ""}}},
	{"'Just as X announced A, workers at the plant said B'; ', Lee said, a turnaround from …' is the writer's apposition", []string{
		`Just as the union announced the deal, workers at the Dale Road plant said they were walking out.`,
		`Some 900 jobs will return to the town, Mayor Ivo Lind said, a turnaround from the cuts of last year.`},
		[]wantStmt{
			{"the union", "announced", KindIndirect, "the deal", ""},
			{"workers at the Dale Road plant", "said", KindIndirect, "they were walking out", ""},
			{"Ivo Lind", "said", KindIndirect, "Some 900 jobs will return to the town", ""}}},
	{"'have rejected A and have instead demanded B': an adverb between the auxiliary and the cue", []string{
		`The growers have rejected the offer and have instead demanded that the tariff be scrapped.`},
		[]wantStmt{{"The growers", "demanded", KindIndirect, "the tariff be scrapped", ""}}},
	{"'called X “scum” for pointing out …': the verdict is the content, the reason the writer's", []string{
		`Senator Rosa Vale called her rival “a coward” for pointing out that her son had skipped the vote.`},
		[]wantStmt{{"Rosa Vale", "called", KindMixed, "her rival “a coward”", ""}}},
	{"'characterized X as Y' is a verdict, like 'described X as Y'", []string{
		`Kremlin officials have characterized the pull-out as a step toward parity with the West.`,
		`The film portrayed him as a hero.`},
		[]wantStmt{{"Kremlin officials", "characterized", KindIndirect, "the pull-out as a step toward parity with the West", ""}}},
	{"'Sources said relatives protested saying …': the participle is the reported clause's subject's; 'according to details' names no source", []string{
		`According to details, the two patients died after the generator failed.`,
		`Sources said relatives of the patients protested outside the ward, saying the staff had ignored them.`,
		`They maintained they were pushed out of the building.`},
		[]wantStmt{
			{"Sources", "said", KindIndirect, "relatives of the patients protested outside the ward", ""},
			{"relatives of the patients", "saying", KindIndirect, "the staff had ignored them", ""},
			{"relatives of the patients", "maintained", KindIndirect, "they were pushed out of the building", ""}}},
	{"'… in the east of Dunmore and residents claimed …': a place ends the clause before a new subject", []string{
		`Two cars were set alight in the east of Dunmore and residents claimed the police had arrived late.`},
		[]wantStmt{{"residents", "claimed", KindIndirect, "the police had arrived late", ""}}},
	{"'sources close to Real say': the sources speak, not the club", []string{
		`Sources close to Porto say the club would accept a swap deal.`},
		[]wantStmt{{"Sources close to Porto", "say", KindIndirect, "the club would accept a swap deal", ""}}},
	{"'said regions should pay and warned that …': a modal in the first content does not govern a second cue in the past", []string{
		`Minister Ivo Sand said the regions should pay the cost and warned that hospitals must prepare.`,
		`The board may meet with the union and say it wants a deal.`},
		[]wantStmt{
			{"Ivo Sand", "said", KindIndirect, "the regions should pay the cost", ""},
			{"Ivo Sand", "warned", KindIndirect, "hospitals must prepare", ""}}},
	{"'…, police said on Monday, reported The Ledger': the outlet relays, the police are the source", []string{
		`The driver had fallen asleep at the wheel, police said on Monday, reported The Ledger.`,
		`The bridge will close for a month, reported The Ledger.`},
		[]wantStmt{
			{"police", "said", KindIndirect, "The driver had fallen asleep at the wheel", ""},
			{"Ledger", "reported", KindIndirect, "The bridge will close for a month", ""}}},
}

func TestStatementsRulesNinth(t *testing.T) {
	runStmtCases(t, stmtRuleCasesNinth)
}

// stmtRuleCasesTenth are the rules of the tenth session, drawn from the
// errors of a new studied set; each sentence is our own.
var stmtRuleCasesTenth = []stmtCase{
	{"'Slovak Ambassador to Hungary Jan Novak': a post held in a place, then the person; 'the diplomat' is that person", []string{
		`The border will stay open, Slovak Ambassador to Hungary Jan Novak told News.Az. The diplomat said the talks had stalled.`,
		`A senior adviser to Prime Minister Ola Berg said the plan was dead.`},
		[]wantStmt{
			{"Jan Novak", "told", KindIndirect, "The border will stay open", "News.Az"},
			{"Jan Novak", "said", KindIndirect, "the talks had stalled", ""},
			{"A senior adviser to Prime Minister Ola Berg", "said", KindIndirect, "the plan was dead", ""}}},
	{"'a spokesperson for X' is a person: 'he said' after it is the spokesperson, not the man quoted before", []string{
		`Tom Reyes, the union leader, said members would strike.`,
		`“We have no choice,” Reyes said.`,
		`But a spokesperson for the Employers Council said its members had raised pay.`,
		`“We have met the union many times,” he said.`},
		[]wantStmt{
			{"Tom Reyes", "said", KindIndirect, "members would strike", ""},
			{"Tom Reyes", "said", KindDirect, "We have no choice", ""},
			{"a spokesperson for the Employers Council", "said", KindIndirect, "its members had raised pay", ""},
			{"a spokesperson for the Employers Council", "said", KindDirect, "We have met the union many times", ""}}},
	{"'One academic told the authors how …': an academic is a source", []string{
		`One academic told the authors how she had been hired for six months without an interview.`},
		[]wantStmt{{"One academic", "told", KindIndirect, "she had been hired for six months without an interview", "the authors"}}},
	{"'The report by the Tutors Union claims institutions have …'; 'It calls on' is that report", []string{
		`The report by the Tutors Union claims institutions have built a pool of low-paid staff.`,
		`It calls on the regulator to publish the figures.`},
		[]wantStmt{
			{"The report by the Tutors Union", "claims", KindIndirect, "institutions have built a pool of low-paid staff", ""},
			{"The report by the Tutors Union", "calls on", KindIndirect, "the regulator to publish the figures", ""}}},
	{"'The plan is dead, says a spokesman': a short clause before an inverted description; 'says a report highlighting …'", []string{
		`The plan is dead, says a spokesman.`,
		`Tutors are treated as second-class staff, says a report highlighting the “sharp rise” of short contracts.`,
		`“Prices will fall next year,” said a report from Lune Capital.`},
		[]wantStmt{
			{"a spokesman", "says", KindIndirect, "The plan is dead", ""},
			{"a report", "says", KindIndirect, "Tutors are treated as second-class staff", ""},
			{"a report", "highlighting", KindMixed, "the “sharp rise” of short contracts", ""},
			{"a report from Lune Capital", "said", KindDirect, "Prices will fall next year", ""}}},
	{"an indirect question is what was asked: 'asked how …', 'asked the mayor whether …', 'questioned whether …'; not 'was asked whether'", []string{
		`Board member Rui Sousa asked how the trams will cross the ring road.`,
		`Nadia Peel asked the mayor whether the depot would close.`,
		`Some members questioned whether the line would ever pay for itself.`,
		`The mayor was asked whether she would run again.`},
		[]wantStmt{
			{"Rui Sousa", "asked", KindIndirect, "how the trams will cross the ring road", ""},
			{"Nadia Peel", "asked", KindIndirect, "whether the depot would close", "the mayor"},
			{"Some members", "questioned", KindIndirect, "whether the line would ever pay for itself", ""}}},
	{"'… gave the county a month and then urged …': the verb after 'and then' shares the subject; 'the trust' is the Trust named before, whose name runs past four words", []string{
		`The Riverside Tenants’ Independent Housing Trust complained that it was kept in the dark.`,
		`The trust gave the council a month and then urged the state to step in.`},
		[]wantStmt{
			{"Riverside Tenants’ Independent Housing Trust", "complained", KindIndirect, "it was kept in the dark", ""},
			{"Riverside Tenants’ Independent Housing Trust", "urged", KindIndirect, "the state to step in", ""}}},
	{"'X said A, and Harry condemned B': a named person after ', and' with any cue is a second statement; 'a separate story reported' is a document's", []string{
		`Mina said there was worry in the family about the baby, and Harry condemned his relatives for staying silent.`,
		`A separate story simply reported the couple were moving to the coast.`},
		[]wantStmt{
			{"Mina", "said", KindIndirect, "there was worry in the family about the baby", ""},
			{"Harry", "condemned", KindIndirect, "his relatives for staying silent", ""},
			{"A separate story", "reported", KindIndirect, "the couple were moving to the coast", ""}}},
	{"'half a year later the council announced': a span of time is no part of the subject; a lead before a colon is the writer's", []string{
		`But half a year later the council announced that the fees would double.`,
		`The mayor had to defend the budget: “We are not wasting a cent,” Mayor Ida Holm told reporters.`},
		[]wantStmt{
			{"the council", "announced", KindIndirect, "the fees would double", ""},
			{"Ida Holm", "told", KindDirect, "We are not wasting a cent", "reporters"}}},
	{"the feds and an affidavit are sources; ', the affidavit stated, listing …' ends the content; 'confided to his diary, “…”'", []string{
		`A gambling ring was broken up in Dover, the feds announced.`,
		`The sites advertised rooms by the hour, the affidavit stated, listing prices and addresses.`,
		`Writer Ole Brun confided to his diary, “the book will sell only if the hero is likeable.”`},
		[]wantStmt{
			{"the feds", "announced", KindIndirect, "A gambling ring was broken up in Dover", ""},
			{"the affidavit", "stated", KindIndirect, "The sites advertised rooms by the hour", ""},
			{"Ole Brun", "confided", KindDirect, "the book will sell only if the hero is likeable.", ""}}},
	{"'NEW YORK (AP) — As …, poet Ida Marr struggled': a role before the name after a dateline and a fronted clause; 'she told' is her", []string{
		`NEW YORK (AP) — As the floods spread in March, poet Ida Marr struggled at first to write.`,
		`“Nothing would come to me,” she told The Associated Press in an email.`},
		[]wantStmt{{"Ida Marr", "told", KindDirect, "Nothing would come to me", "The Associated Press"}}},
	{"'Quinn says A, while another editor, Rui Cole, says he …': two statements; an indirect question ends at its clause", []string{
		`Quinn says around 30 poets she asked said they could not write, while another editor of the book, Rui Cole, says he knows of many more.`,
		`As member Ola Dahl asked how the buses will cross the ring road, Ivo Marsh, the planner, explained that they would not stop.`},
		[]wantStmt{
			{"Quinn", "says", KindIndirect, "around 30 poets she asked said they could not write", ""},
			{"Rui Cole", "says", KindIndirect, "he knows of many more", ""},
			{"Ola Dahl", "asked", KindIndirect, "how the buses will cross the ring road", ""},
			{"Ivo Marsh", "explained", KindIndirect, "they would not stop", ""}}},
	{"'pledged to the board that the line “would …,” but members …': the addressee before 'that', and a new clause after the quotation is the writer's", []string{
		`Transit chief Ola Berg pledged to the board in July that the line “would meet the gold standard,” but members were unconvinced.`,
		`The mayor pledged to fight the cuts.`},
		[]wantStmt{
			{"Ola Berg", "pledged", KindMixed, "the line “would meet the gold standard,”", ""},
			{"The mayor", "pledged", KindIndirect, "to fight the cuts", ""}}},
	{"'Others reported …' are others, not the group just named; 'members asked to get …' is a request, 'was asked to leave' is not", []string{
		`Several tutors said they had no contract. Others reported supervisors taking credit for their work.`,
		`Board members ultimately asked to get the papers a week before the meeting.`,
		`The chairman was asked to leave the room.`},
		[]wantStmt{
			{"Several tutors", "said", KindIndirect, "they had no contract", ""},
			{"Others", "reported", KindIndirect, "supervisors taking credit for their work", ""},
			{"Board members", "asked", KindIndirect, "to get the papers a week before the meeting", ""}}},
	{"'The trust spending more than $100 million on the line refused …, saying …': the subject stops before its participle", []string{
		`The trust spending more than $100 million on the line refused to hear the answers, saying they came too late.`},
		[]wantStmt{{"The trust", "saying", KindIndirect, "they came too late", ""}}},
	{"a quotation after 'He doesn't plan to go back.' is his, not the last speaker's; 'accepts that' reports; a video label is no statement", []string{
		`Ivo Sand, a student leader, is organising a rent strike.`,
		`“The halls are not safe,” he says.`,
		`Rafe (not his real name), a first-year student, has just gone home. He doesn’t plan to go back. “I was living with five people who only wanted to party.”`,
		`Video: Dr Ola Berg suggests that students will not be home for Christmas`,
		`Prof Ann Lee accepts that the campus faces real risks.`},
		[]wantStmt{
			{"Ivo Sand", "says", KindDirect, "The halls are not safe", ""},
			{"Rafe", "", KindDirect, "I was living with five people who only wanted to party.", ""},
			{"Ann Lee", "accepts", KindIndirect, "the campus faces real risks", ""}}},
	{"'the education secretary, Gavin Holm, … what he called': the man named in the sentence, not the last speaker", []string{
		`Prof Gavin Rees says: “Opening a campus is like docking a cruise ship.”`,
		`Rectors reacted with anger to threats by the education secretary, Gavin Holm, to cut their pay over what he called the “crisis” on campus.`},
		[]wantStmt{
			{"Gavin Rees", "says", KindDirect, "Opening a campus is like docking a cruise ship.", ""},
			{"Gavin Holm", "called", KindMixed, "the “crisis” on campus", ""}}},
	{"'Those signs, he says, will now be posted …': a passive after the aside resumes the clause; 'said shortly after the crew left, someone …'", []string{
		`Ivo Hart runs the shop now. Those signs, he says, will now be posted outside.`,
		`On Wednesday night, Hart said shortly after the crew left his office, a deputy took a report.`},
		[]wantStmt{
			{"Ivo Hart", "says", KindIndirect, "Those signs, he says, will now be posted outside", ""},
			{"Ivo Hart", "said", KindIndirect, "after the crew left his office, a deputy took a report", ""}}},
	{"soft hyphens inside words (as some sites print them) hide no cue, and the text stays as printed", []string{
		"The com\u00adpa\u00adny con\u00adfirmed in a state\u00adment that its tills had failed."},
		[]wantStmt{{"The company", "con\u00adfirmed", KindIndirect, "its tills had failed", ""}}},
	{"a place is never 'he': 'Tern Street', 'San Marco'", []string{
		`On its east side, Tern Street, people sit or lie down. A man told me his name was Ivo.`,
		`Tern Street is grim. “It is hard to get sleep,” he said.`,
		`San Marco reported 800 homeless residents in 2002. “I know it sounds odd,” he said.`},
		[]wantStmt{
			{"A man", "told", KindIndirect, "his name was Ivo", ""},
			{"A man", "said", KindDirect, "It is hard to get sleep", ""},
			{"San Marco", "reported", KindIndirect, "800 homeless residents in 2002", ""},
			{"A man", "said", KindDirect, "I know it sounds odd", ""}}},
	{"a paragraph opening with 'He' and lacking its full stop is no headline; 'X, he continued, Y' resumes; 'recalled this fund was …'", []string{
		`Finance Minister Ola Berg spoke in the Senate.`,
		`He reiterated that a devaluation was not the answer to the shortage`,
		`Simultaneously, he continued, the government has cut duties on basic food.`,
		`Berg recalled this fund was set up with $100 million.`},
		[]wantStmt{
			{"Ola Berg", "reiterated", KindIndirect, "a devaluation was not the answer to the shortage", ""},
			{"Ola Berg", "continued", KindIndirect, "Simultaneously, he continued, the government has cut duties on basic food", ""},
			{"Ola Berg", "recalled", KindIndirect, "this fund was set up with $100 million", ""}}},
	{"a headline atop the body names no antecedent: 'the group' is not the lab of the headline", []string{
		`Inside the Harbour Test Lab`,
		`The samples go to Clear Check, the charity that runs the service.`,
		`In the post announcing the service, the group promised that “all profits go to the project.”`},
		[]wantStmt{{"the group", "promised", KindDirect, "all profits go to the project.", ""}}},
	{"a noun-phrase content ends before a time, a next act or an aside; 'declared his retirement' and 'declared victory' report, 'declared an emergency' does not", []string{
		`In 1998, Rep. Ivo Hart declared his retirement just three days before the filing deadline.`,
		`Ann Lipp announced a resignation in mid-August and then persuaded the party to nominate her son.`,
		`Rui Moss declared victory on Wednesday, though the count is not final.`,
		`The governor declared a state of emergency.`},
		[]wantStmt{
			{"Ivo Hart", "declared", KindIndirect, "his retirement", ""},
			{"Ann Lipp", "announced", KindIndirect, "a resignation", ""},
			{"Rui Moss", "declared", KindIndirect, "victory", ""}}},
	{"'in an interview with Metro Daily that published around 5 a.m.' is a relative clause, no content; 'told Reuters that closed stores …' is", []string{
		`The move was a decision he disclosed in an interview with Metro Daily that published around 5 a.m. on Monday.`,
		`Ann Lee told Reuters that closed stores would reopen.`},
		[]wantStmt{{"Ann Lee", "told", KindIndirect, "closed stores would reopen", "Reuters"}}},
	{"'The mayor also said:' and a list: each item is a statement of hers; a name label is no item", []string{
		`In a long interview, Mayor Ann Holm also said:`,
		`The city must keep its night buses`,
		`She would speak "bluntly" to the port authority`,
		`Here is what the chairs of the two boards say:`,
		`Rui Dahl, chair of the water board`},
		[]wantStmt{
			{"Ann Holm", "said", KindIndirect, "The city must keep its night buses", ""},
			{"Ann Holm", "said", KindMixed, `She would speak "bluntly" to the port authority`, ""}}},
	{"'… from the same place, Lune Games Inc. “We have lasted,” Dahl says.': the company's 'Inc.' ends the sentence before the quotation", []string{
		`By the 1970s almost every deck came from the same place, Lune Games Inc. “We have lasted because we sold nothing else,” Dahl says.`},
		[]wantStmt{{"Dahl", "says", KindDirect, "We have lasted because we sold nothing else", ""}}},
	{"'Like many who …, Jenna Fry, the director, worries …': the subject after a fronted 'like' phrase is the 'she' that follows", []string{
		`Mayor Ann Breed said the city was a magnet.`,
		`Like many who oppose the plan, Jenna Fry, the director of the coalition, worries that it will help the rich. “That is never going to be housing,” she told me.`},
		[]wantStmt{
			{"Ann Breed", "said", KindIndirect, "the city was a magnet", ""},
			{"Jenna Fry", "told", KindDirect, "That is never going to be housing", ""}}},
	{"', but the mayor resisted …' makes the mayor the latest subject: 'she told me' is hers", []string{
		`Mayor Ann Breed spoke at the briefing.`,
		`“The city was buying hotel rooms,” Ida Ronen explained. The city leased two thousand rooms, but the mayor resisted widening the effort. “Let’s be honest,” she told me.`},
		[]wantStmt{
			{"Ida Ronen", "explained", KindDirect, "The city was buying hotel rooms", ""},
			{"Ann Breed", "told", KindDirect, "Let’s be honest", ""}}},
	{"'it came with a letter saying …': the letter says it; 'issued a statement saying …': the issuer does", []string{
		`The charity Hearth Homes said it would help.`,
		`One day the prescription came with a letter saying that they had been granted a room.`,
		`The commission issued a statement saying voters were entitled to the truth.`},
		[]wantStmt{
			{"Hearth Homes", "said", KindIndirect, "it would help", ""},
			{"a letter", "saying", KindIndirect, "they had been granted a room", ""},
			{"The commission", "saying", KindIndirect, "voters were entitled to the truth", ""}}},
	{"'Tenants were angry. One said …': one of the group just named; with no group, no one", []string{
		`Tenants were angry at the council. One said the council had failed them. Another said the lifts were never fixed.`,
		`The rain stopped at noon.`,
		`The roads were dry by evening. One reported cases rose.`},
		[]wantStmt{
			{"One tenant", "said", KindIndirect, "the council had failed them", ""},
			{"Another tenant", "said", KindIndirect, "the lifts were never fixed", ""}}},
	{"'a spokesman' is a man: no 'she' refers to him", []string{
		`“No comment,” a spokesman said.`,
		`She said in an interview that she had no regrets.`},
		[]wantStmt{{"a spokesman", "said", KindDirect, "No comment", ""}}},
	{"', the report notes,' set off by commas is a verb, not 'report notes'", []string{
		`It is unclear, the report notes, whether the plan will work.`},
		[]wantStmt{{"the report", "notes", KindIndirect, "It is unclear, the report notes, whether the plan will work", ""}}},
	{"'The Kremlin' is an institution: never 'he'", []string{
		`The Kremlin has denied any involvement.`,
		`He says his father “never forgave” the company.`},
		[]wantStmt{{"Kremlin", "denied", KindIndirect, "any involvement", ""}}},
	{"'Acme Corporation reported a loss. The company said …': a company reporting results is no news outlet; 'the agency' is the … Administration", []string{
		`Acme Corporation reported a loss on Tuesday. The company said demand had weakened.`,
		`The Federal Rail Administration said it was reviewing the crash. The agency said a report would follow.`},
		[]wantStmt{
			{"Acme Corporation", "reported", KindIndirect, "a loss", ""},
			{"Acme Corporation", "said", KindIndirect, "demand had weakened", ""},
			{"Federal Rail Administration", "said", KindIndirect, "it was reviewing the crash", ""},
			{"Federal Rail Administration", "said", KindIndirect, "a report would follow", ""}}},
	{"'the minister' after 'Health Secretary Wes Hale' is the secretary who just spoke, not the prime minister", []string{
		`Prime Minister Ola Berg said the plan was sound.`,
		`Health Secretary Wes Hale said waits were too long. The minister said reform would come.`},
		[]wantStmt{
			{"Ola Berg", "said", KindIndirect, "the plan was sound", ""},
			{"Wes Hale", "said", KindIndirect, "waits were too long", ""},
			{"Wes Hale", "said", KindIndirect, "reform would come", ""}}},
	{"hyphenated titles ('Secretary-General', 'Vice-President') are no part of the name", []string{
		`The United Nations Secretary-General Ana Guterra warned of a catastrophe.`,
		`Vice-President Mike Penn stressed that the virus spread fast.`},
		[]wantStmt{
			{"Ana Guterra", "warned", KindIndirect, "a catastrophe", ""},
			{"Mike Penn", "stressed", KindIndirect, "the virus spread fast", ""}}},
	{"'said a statement from the (Lee) family': the family's statement, whole", []string{
		`“We welcomed the decision,” said a statement from the family.`,
		`“We are grateful,” said a statement from the Lee family.`},
		[]wantStmt{
			{"a statement from the family", "said", KindDirect, "We welcomed the decision", ""},
			{"a statement from the Lee family", "said", KindDirect, "We are grateful", ""}}},
	{"'reported that …, citing two sources': the sources it cites are no part of what it reported, nor a statement of their own", []string{
		`The Ledger reported that the deal was done, citing two people familiar with the talks.`},
		[]wantStmt{
			{"Ledger", "reported", KindIndirect, "the deal was done", ""}}},
	{"'Neighbour Ivy Crane', 'Witness Bo Hart': a role capitalised before a name at the start of a sentence is no part of it", []string{
		`Neighbour Ivy Crane watched the blaze. “It was terrifying,” she said.`,
		`Witness Bo Hart said the car was speeding.`},
		[]wantStmt{
			{"Ivy Crane", "said", KindDirect, "It was terrifying", ""},
			{"Bo Hart", "said", KindIndirect, "the car was speeding", ""}}},
	{"'appealed for witnesses to come forward', 'appealed to the public to …' are requests; 'appealed the ruling' is a court act", []string{
		`Inspector Ann Ross said the inquiry was open. She appealed for witnesses to come forward.`,
		`The family appealed to the public to stay away from the house.`,
		`The company appealed the ruling.`},
		[]wantStmt{
			{"Ann Ross", "said", KindIndirect, "the inquiry was open", ""},
			{"Ann Ross", "appealed", KindIndirect, "witnesses to come forward", ""},
			{"The family", "appealed", KindIndirect, "the public to stay away from the house", "the public"}}},
}

func TestStatementsRulesTenth(t *testing.T) {
	runStmtCases(t, stmtRuleCasesTenth)
}

// stmtRuleCasesEleventh are the eleventh session's rules, each in our own
// words.
var stmtRuleCasesEleventh = []stmtCase{
	{"soft hyphens inside a speaker's words are dropped from the name", []string{
		"Lark Mar\u00adkets Ltd closed its shops on Friday. An\u00adoth\u00ader re\u00adlease said a power cut was to blame.",
		"The com\u00adpa\u00adny said sales would resume on Monday."},
		[]wantStmt{
			{"Another release", "said", KindIndirect, "a power cut was to blame", ""},
			{"Lark Markets Ltd", "said", KindIndirect, "sales would resume on Monday", ""}}},
	{"'Some delegates said', 'Some superdelegates backing Ruiz said', 'A few said': plurals of titles, prefixed titles and 'a few' are sources", []string{
		"Some delegates said they would wait for the primaries. Some superdelegates backing Ruiz said they doubted his rival could win.",
		"A few said they had concerns about the cost."},
		[]wantStmt{
			{"Some delegates", "said", KindIndirect, "they would wait for the primaries", ""},
			{"Some superdelegates backing Ruiz", "said", KindIndirect, "they doubted his rival could win", ""},
			{"A few", "said", KindIndirect, "they had concerns about the cost", ""}}},
	{"'A lawyer representing Ruiz said': the lawyer speaks, not Ruiz", []string{
		"A lawyer representing Ruiz said the charges were false. Lawmakers backing Ruiz said the vote was fair."},
		[]wantStmt{
			{"A lawyer representing Ruiz", "said", KindIndirect, "the charges were false", ""},
			{"Lawmakers backing Ruiz", "said", KindIndirect, "the vote was fair", ""}}},
	{"'she told a joint news conference with Mr Berg': the gathering is the addressee, the quotation the content", []string{
		`President Ann Ruiz said Greece belonged in the euro. "It must remain there," she told a joint news conference with Mr Berg.`},
		[]wantStmt{
			{"Ann Ruiz", "said", KindIndirect, "Greece belonged in the euro", ""},
			{"Ann Ruiz", "told", KindDirect, "It must remain there", "a joint news conference"}}},
	{"'A, officials say, pale when compared with …' and 'A, Ruiz said, which … including the sharing of …': the clause resumes after the attribution", []string{
		`The missed chances before the attacks, officials and experts say, pale when compared with the plot hatched under the noses of the police.`,
		`Belgium is split into three languages, Ann Ruiz said, which makes it hard for agencies to work together, including the sharing of tips.`},
		[]wantStmt{
			{"officials and experts", "say", KindIndirect, "The missed chances before the attacks, officials and experts say, pale when compared with the plot hatched under the noses of the police", ""},
			{"Ann Ruiz", "said", KindIndirect, "Belgium is split into three languages, Ann Ruiz said, which makes it hard for agencies to work together, including the sharing of tips", ""}}},
	{"'revealed he crashed his car': a pronoun and a past verb open the clause; 'The Mercedes driver' is the driver the story follows", []string{
		"After running away with the title, Lewis Hamilton says he has run out of gas.",
		`The Mercedes driver revealed he crashed his car in Monaco after "heavy partying" last weekend.`},
		[]wantStmt{
			{"Lewis Hamilton", "says", KindIndirect, "he has run out of gas", ""},
			{"Lewis Hamilton", "revealed", KindMixed, `he crashed his car in Monaco after "heavy partying" last weekend`, ""}}},
	{"a doubled opening mark (\"\"It was …\") opens one quotation", []string{
		"Lewis Hamilton said he was tired.",
		`""It was a result of heavy partying. I am a bit run down," Hamilton said in his column.`},
		[]wantStmt{
			{"Lewis Hamilton", "said", KindIndirect, "he was tired", ""},
			{"Lewis Hamilton", "said", KindDirect, "It was a result of heavy partying. I am a bit run down", ""}}},
	{"a nested quotation closing with the outer one (,\"' said Rep. Ann Ruiz) still has its attribution", []string{
		"\"Nobody could come out of that with people saying, 'That is one bright person,\"' said Rep. Ann Ruiz."},
		[]wantStmt{{"Ann Ruiz", "said", KindDirect, "Nobody could come out of that with people saying, 'That is one bright person", ""}}},
	{"a single-quoted post opening on a sum ('£162 for a suit …'); a list inside a ministry's name; 'the Evening Standard' is a paper, not a time", []string{
		"Ivy Crane said: '£162 for a suit and then 10p for a bag, what is that about!' (sic)",
		"Shops may still hand out free paper bags, a source from the Department for Food, Farming and Rural Affairs told the Evening Standard."},
		[]wantStmt{
			{"Ivy Crane", "said", KindDirect, "£162 for a suit and then 10p for a bag, what is that about!", ""},
			{"a source from the Department for Food, Farming and Rural Affairs", "told", KindIndirect, "Shops may still hand out free paper bags", "the Evening Standard"}}},
	{"'because Obama didn't …, when he announced': 'he' is the man the sentence names by surname, not the last speaker", []string{
		"President Barack Obama has a year left. Jacob Stokes, a fellow at a think tank, said the list was long.",
		"\"If they miss it, it's going to be tough,\" Stokes said.",
		"That's a good thing, because Obama didn't make any friends on Friday when he announced he won't approve the pipeline."},
		[]wantStmt{
			{"Jacob Stokes", "said", KindIndirect, "the list was long", ""},
			{"Jacob Stokes", "said", KindDirect, "If they miss it, it's going to be tough", ""},
			{"Barack Obama", "announced", KindIndirect, "he won't approve the pipeline", ""}}},
	{"'told ABC station WABC-TV in New York': the network and its station are the addressee, not the content", []string{
		"Harris was due to land on the field, a Prudential Center spokesman told ABC station WABC-TV in New York."},
		[]wantStmt{{"a Prudential Center spokesman", "told", KindIndirect, "Harris was due to land on the field", "ABC station WABC-TV"}}},
	{"'The attacks indicate that …', 'The effort suggested that …': events and things point to something; only sources speak", []string{
		"The Paris attacks indicate that few real steps have been taken. The effort suggested that the court might weigh in.",
		"The mayor suggested that the court might weigh in."},
		[]wantStmt{{"The mayor", "suggested", KindIndirect, "the court might weigh in", ""}}},
	{"'A spokesperson who did not wish to be named because of agency policy' is 'A spokesperson'; 'a woman who identified herself as …' keeps her description", []string{
		"A spokesperson who did not wish to be named because of agency policy said the clinic would stay shut.",
		"An official, who spoke on condition of anonymity, said talks had stalled.",
		"A woman who identified herself as the victim's mother said he had never been in trouble."},
		[]wantStmt{
			{"A spokesperson", "said", KindIndirect, "the clinic would stay shut", ""},
			{"An official", "said", KindIndirect, "talks had stalled", ""},
			{"A woman who identified herself as the victim's mother", "said", KindIndirect, "he had never been in trouble", ""}}},
	{"'Criminals can turn …, he warned: \"…\"': a plural noun opening the sentence is no person for 'he'", []string{
		"Marc Goodman, a police expert, spoke last. Criminals can turn the tools against us, he warned: \"Control the code, control the world.\""},
		[]wantStmt{{"Marc Goodman", "warned", KindDirect, "Control the code, control the world.", ""}}},
	{"'said on Thursday the group had \"just two choices\"': a clause after a time adjunct whose object is quoted", []string{
		`A government source said on Thursday the group had "just two choices".`},
		[]wantStmt{{"A government source", "said", KindMixed, `the group had "just two choices"`, ""}}},
	{"a straight mark with a space either side after a dateline or a word is a garbled dash, not an opening quotation; after a full stop it still opens one", []string{
		`STOCKHOLM " Sweden's prime minister has urged people to do what it takes to fight the virus.`,
		`Sweden chose a different " and much debated " approach, Ann Berg said.`,
		`"I run my business on my phone," Tom Hale told Berg. " You have done a good job."`},
		[]wantStmt{
			{"Sweden's prime minister", "urged", KindIndirect, "people to do what it takes to fight the virus", ""},
			{"Ann Berg", "said", KindIndirect, `Sweden chose a different " and much debated " approach`, ""},
			{"Tom Hale", "told", KindDirect, `I run my business on my phone," Tom Hale told Berg. " You have done a good job.`, "Berg"}}},
	{"'Speaking on Sky News Mr Malthouse said': an opening participle phrase with no comma is no part of the subject", []string{
		"Kit Malthouse, the policing minister, spoke today.",
		"Speaking on Sky News Mr Malthouse said: \"We are urging people to get the jab.\"",
		"Speaking to the BBC Professor Ann Lee said the fall was welcome."},
		[]wantStmt{
			{"Kit Malthouse", "said", KindDirect, "We are urging people to get the jab.", ""},
			{"Ann Lee", "said", KindIndirect, "the fall was welcome", ""}}},
	{"'827 patients admitted for Covid', 'would add a few hundred cases to the count': no speech; 'suggested the situation in hospitals could …'; 'Ultimately, as Ann Lee, a doctor, says:'", []string{
		"The school said it was shut. There were 827 patients admitted for Covid in England last week.",
		"Reinfections are rare, meaning they would add only a few hundred cases to the daily count.",
		"Professor Chris Whitty, the chief medical officer, suggested the situation in hospitals could get 'quite scary'.",
		"Ultimately, as Ann Lee, a doctor, says: 'Vaccination is the only weapon we have.'"},
		[]wantStmt{
			{"The school", "said", KindIndirect, "it was shut", ""},
			{"Chris Whitty", "suggested", KindMixed, "the situation in hospitals could get 'quite scary'", ""},
			{"Ann Lee", "says", KindDirect, "Vaccination is the only weapon we have.", ""}}},
	{"'As Mr Blinken left Washington for the Middle East, he said': places are no second person; 'The Israeli mission … called … and blamed Hamas for …'", []string{
		"US Secretary of State Antony Blinken will visit. Prime minister Binyamin Netanyahu said there would be no truce.",
		"As Mr Blinken left Washington for the Middle East, he said he would discuss steps to protect civilians.",
		"The Israeli mission to the UN in Geneva called the comments “deplorable” and blamed Hamas for the deaths."},
		[]wantStmt{
			{"Binyamin Netanyahu", "said", KindIndirect, "there would be no truce", ""},
			{"Antony Blinken", "said", KindIndirect, "he would discuss steps to protect civilians", ""},
			{"The Israeli mission to the UN in Geneva", "called", KindMixed, "the comments “deplorable”", ""},
			{"The Israeli mission to the UN in Geneva", "blamed", KindIndirect, "Hamas for the deaths", ""}}},
	{"'Minister for Life Sciences, George Freeman, told the BBC:': a capitalised office, then its holder, who speaks", []string{
		"Minister for Life Sciences, George Freeman, told the BBC: \"We have a duty to spend funds well.\""},
		[]wantStmt{{"George Freeman", "told", KindDirect, "We have a duty to spend funds well.", "the BBC"}}},
	{"'Starmer pointed to disquiet over …', 'Some researchers point to … as evidence': a source citing something; not 'pointed to the sky' nor 'the data point to'", []string{
		"Keir Starmer pointed to disquiet over broken promises. Some researchers point to a shift in Missouri as evidence that laws matter.",
		"He pointed to the sky and laughed. The data point to a slowdown in hiring."},
		[]wantStmt{
			{"Keir Starmer", "pointed to", KindIndirect, "disquiet over broken promises", ""},
			{"Some researchers", "point to", KindIndirect, "a shift in Missouri as evidence that laws matter", ""}}},
	{"'thanked the group for trying to …' (not 'thanked the crowd'), 'underscored', 'confessed', 'elaborated' report speech", []string{
		"Ann Lee thanked the union for trying to keep the talks going. She thanked the crowd.",
		"Bo Park underscored that the recovery rate was higher than the national average.",
		"Ivy Crane confessed she had relapsed. Tom Hale elaborated that it was not a hard sell."},
		[]wantStmt{
			{"Ann Lee", "thanked", KindIndirect, "the union for trying to keep the talks going", ""},
			{"Bo Park", "underscored", KindIndirect, "the recovery rate was higher than the national average", ""},
			{"Ivy Crane", "confessed", KindIndirect, "she had relapsed", ""},
			{"Tom Hale", "elaborated", KindIndirect, "it was not a hard sell", ""}}},
	{"'he announced in October he's putting …' (a contracted pronoun opens the clause after a time); 'announced a deal in June, and yes, he managed …' (the writer goes on)", []string{
		"President Barack Obama has a year left.",
		"Besides more airstrikes, he announced in October he's putting 50 troops on the ground.",
		"Obama announced a nuclear deal with Iran, and yes, he managed to keep Congress from blocking it."},
		[]wantStmt{
			{"Barack Obama", "announced", KindIndirect, "he's putting 50 troops on the ground", ""},
			{"Barack Obama", "announced", KindIndirect, "a nuclear deal with Iran", ""}}},
	{"'Jeremy Hunt was criticised …, but in an interview last year argued …': a verb after an adjunct shares the sentence's subject", []string{
		"Health Secretary Jeremy Hunt was criticised for backing a motion, but in an interview last year argued \"when money is tight we have to follow the evidence\"."},
		[]wantStmt{{"Jeremy Hunt", "argued", KindDirect, "when money is tight we have to follow the evidence", ""}}},
}

func TestStatementsRulesEleventh(t *testing.T) {
	runStmtCases(t, stmtRuleCasesEleventh)
}

// A full name followed by "of" and an institution speaks under the name;
// the institution is kept as the statement's Affiliation, on every
// statement of that person, and a role with no name keeps its "of".
func TestStatementsAffiliation(t *testing.T) {
	got := Statements([]string{
		"Paul Hunter of the University of East Anglia said the fall in cases was linked to the football.",
		"“Young people caught it and recovered,” Hunter told the Times.",
		"The US Attorney for the District of Maine said the case was still open.",
	})
	want := []struct{ speaker, affiliation string }{
		{"Paul Hunter", "of the University of East Anglia"},
		{"Paul Hunter", "of the University of East Anglia"},
		{"The US Attorney for the District of Maine", ""},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d statements, want %d:\n%s", len(got), len(want), dumpStmts(got))
	}
	for i, w := range want {
		if got[i].Speaker != w.speaker || got[i].Affiliation != w.affiliation {
			t.Errorf("statement %d: speaker %q affiliation %q, want %q and %q", i, got[i].Speaker, got[i].Affiliation, w.speaker, w.affiliation)
		}
	}
}
