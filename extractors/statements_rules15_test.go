package extractors

import "testing"

// stmtRuleCasesFifteenth are the rules of the fifteenth session, each in
// sentences of our own that fail without it.
var stmtRuleCasesFifteenth = []stmtCase{
	{"more speech verbs with a that-clause: bragged, emailed, protested, objected, stipulates, implied, swore, guaranteed, teased, griped, relayed, notified", []string{
		"Tom Hale bragged that his farm grew the largest pumpkin in the county.",
		"The mayor emailed reporters that the bridge would reopen on Friday.",
		"Ann Lee protested that the vote had been held without notice.",
		"The builder objected that the fee was far too high.",
		"The lease stipulates that no pets may be kept in the flat.",
		"Bo Park implied that the coach would be gone by spring.",
		"The guard swore that he had locked the gate at midnight.",
		"The club guaranteed that every member would get a seat.",
		"Jo Dee teased that a new album was coming soon.",
		"Neighbours griped that the lights kept them awake.",
		"The aide relayed that the senator was running late.",
		"Acme Mills notified the court that it could not pay its debts."},
		[]wantStmt{
			{"Tom Hale", "bragged", KindIndirect, "his farm grew the largest pumpkin in the county", ""},
			{"The mayor", "emailed", KindIndirect, "the bridge would reopen on Friday", "reporters"},
			{"Ann Lee", "protested", KindIndirect, "the vote had been held without notice", ""},
			{"The builder", "objected", KindIndirect, "the fee was far too high", ""},
			{"The lease", "stipulates", KindIndirect, "no pets may be kept in the flat", ""},
			{"Bo Park", "implied", KindIndirect, "the coach would be gone by spring", ""},
			{"The guard", "swore", KindIndirect, "he had locked the gate at midnight", ""},
			{"The club", "guaranteed", KindIndirect, "every member would get a seat", ""},
			{"Jo Dee", "teased", KindIndirect, "a new album was coming soon", ""},
			{"Neighbours", "griped", KindIndirect, "the lights kept them awake", ""},
			{"The aide", "relayed", KindIndirect, "the senator was running late", ""},
			{"Acme Mills", "notified", KindIndirect, "it could not pay its debts", "the court"}}},
	{"'implored X to', 'praised X as', 'mocked X as', 'ridiculed X as' and 'deplored X' are statements; a noun 'protests' is no cue; 'in an emailed statement that' is an adjective, not another speech verb", []string{
		"Ann Lee implored lawmakers to keep the library open.",
		"Tom Hale praised the deal as a win for farmers.",
		"The union mocked the offer as an insult.",
		"Bo Park ridiculed the idea as a fantasy.",
		"The bishop deplored the violence that followed the match.",
		"Organizers of the recent protests said the march would go ahead.",
		"The protests continue.",
		"The council said in an emailed statement that the pool would close."},
		[]wantStmt{
			{"Ann Lee", "implored", KindIndirect, "lawmakers to keep the library open", ""},
			{"Tom Hale", "praised", KindIndirect, "the deal as a win for farmers", ""},
			{"The union", "mocked", KindIndirect, "the offer as an insult", ""},
			{"Bo Park", "ridiculed", KindIndirect, "the idea as a fantasy", ""},
			{"The bishop", "deplored", KindIndirect, "the violence that followed the match", ""},
			{"Organizers of the recent protests", "said", KindIndirect, "the march would go ahead", ""},
			{"The council", "said", KindIndirect, "the pool would close", ""}}},
	{"'“…,” she told her daughter Bo Park': a relative named as the addressee, or after a person subject, does not take the focus from the one who speaks", []string{
		"Ann Lee wrote to the president on Monday.",
		"She also pitched him a plan on ivory trafficking, a favorite issue for her and her daughter Bo Park.",
		"“I am so ready to work on this,” she emailed her daughter Bo Park in 2012.",
		"“We start tomorrow,” she told her son Tim Park."},
		[]wantStmt{
			{"Ann Lee", "emailed", KindDirect, "I am so ready to work on this", "her daughter Bo Park"},
			{"Ann Lee", "told", KindDirect, "We start tomorrow", "her son Tim Park"}}},
	{"'the senators all said', 'Lee and Park both said', 'the two men each claimed': a floating quantifier stands between the subject and its verb; 'they all agreed' refers to the pair", []string{
		"The senators all said that the claims were false.",
		"Ann Lee and Bo Park both said the plan was dead.",
		"They all agreed that the vote should wait.",
		"The two men each claimed that the money was theirs."},
		[]wantStmt{
			{"The senators", "said", KindIndirect, "the claims were false", ""},
			{"Ann Lee and Bo Park", "said", KindIndirect, "the plan was dead", ""},
			{"Ann Lee and Bo Park", "agreed", KindIndirect, "the vote should wait", ""},
			{"The two men", "claimed", KindIndirect, "the money was theirs", ""}}},
	{"'was quick to point out', 'took pains to note', 'was at pains to stress', 'was careful to say', 'had to admit', 'was forced to concede', 'rushed to deny': the speech verb keeps the subject", []string{
		"Ann Lee was quick to point out that the mill had closed.",
		"Tom Hale took pains to note that the fire was small.",
		"Bo Park was at pains to stress that nobody was hurt.",
		"Jo Dee was careful to say that the trial was only paused.",
		"Sam Roe had to admit that the bridge was unsafe.",
		"Al Fox was forced to concede that the count was wrong.",
		"Ed Kim rushed to deny that he had left the party."},
		[]wantStmt{
			{"Ann Lee", "point out", KindIndirect, "the mill had closed", ""},
			{"Tom Hale", "note", KindIndirect, "the fire was small", ""},
			{"Bo Park", "stress", KindIndirect, "nobody was hurt", ""},
			{"Jo Dee", "say", KindIndirect, "the trial was only paused", ""},
			{"Sam Roe", "admit", KindIndirect, "the bridge was unsafe", ""},
			{"Al Fox", "concede", KindIndirect, "the count was wrong", ""},
			{"Ed Kim", "deny", KindIndirect, "he had left the party", ""}}},
	{"'made the case that', 'made the point that', 'made the argument that', 'issued a warning that' are speech acts; 'made the case for levees' and 'a warning for the coast' name none", []string{
		"Ann Lee made the case that the library should stay open.",
		"Tom Hale made the point that the roads were older than the town.",
		"Bo Park made the argument that fares were too high.",
		"The coast guard issued a warning that the ice was thin.",
		"The storm made the case for new levees.",
		"The agency issued a warning for the coast."},
		[]wantStmt{
			{"Ann Lee", "made the case", KindIndirect, "the library should stay open", ""},
			{"Tom Hale", "made the point", KindIndirect, "the roads were older than the town", ""},
			{"Bo Park", "made the argument", KindIndirect, "fares were too high", ""},
			{"The coast guard", "issued a warning", KindIndirect, "the ice was thin", ""}}},
	{"'criticized newspapers that claimed that …', 'criticized bloggers who alleged …': the claim is the statement and the newspapers its source", []string{
		"Back in the 1970s, Bo Karenga was quick to criticize local newspapers that claimed that the poets were spies.",
		"Ann Lee criticized bloggers who alleged that the vote was rigged."},
		[]wantStmt{
			{"local newspapers", "claimed", KindIndirect, "the poets were spies", ""},
			{"bloggers", "alleged", KindIndirect, "the vote was rigged", ""}}},
	{"'Tom Hale, a dock worker, was less sure: “…”': a colon quotation after a subject with an apposition", []string{
		"Tom Hale, a dock worker, was less sure: “I have heard that promise before.”"},
		[]wantStmt{
			{"Tom Hale", "", KindDirect, "I have heard that promise before.", ""}}},
	{"'explaining how he couldn't have been there', 'saying he wouldn't send troops': a contracted negative is an auxiliary, so the clause is content", []string{
		"Tom Hale spent a minute explaining how he couldn’t have been at the party, because he was abroad.",
		"Ann Lee ruled out a deployment, saying she wouldn't send troops there."},
		[]wantStmt{
			{"Tom Hale", "explaining", KindIndirect, "he couldn’t have been at the party, because he was abroad", ""},
			{"Ann Lee", "ruled out", KindIndirect, "a deployment", ""},
			{"Ann Lee", "saying", KindIndirect, "she wouldn't send troops there", ""}}},
	{"'A, Hale suggested at a fundraiser, musing why they aren't …': a speech participle after the attribution is another act, not the rest of the first", []string{
		"Voters have gone missing, Tom Hale suggested at a fundraiser on Tuesday, musing why they aren’t “out in force.”"},
		[]wantStmt{
			{"Tom Hale", "suggested", KindIndirect, "Voters have gone missing", ""}}},
	{"'explained why they're leaving', 'described how it's done', 'demanded how he could be so sure': a why-clause after a few cues, and a pronoun fused with its auxiliary, open the content", []string{
		"Ann Lee explained why they're leaving the valley.",
		"Tom Hale described how it's done in the old mills.",
		"Bo Park demanded how the inspector could be so sure of the date."},
		[]wantStmt{
			{"Ann Lee", "explained", KindIndirect, "they're leaving the valley", ""},
			{"Tom Hale", "described", KindIndirect, "it's done in the old mills", ""},
			{"Bo Park", "demanded", KindIndirect, "the inspector could be so sure of the date", ""}}},
	{"'Sacramento-based Hale Press' is Hale Press; a company that 'reported a loss' is no news outlet, so 'the company' still finds it", []string{
		"Rivals such as Park Media and also Hale Press Co. face the same squeeze.",
		"Sacramento-based Hale Press, a chain of 30 newspapers, may be next. Hale Press reported a loss of $30 million in the third quarter.",
		"But the company also reported long-term debt of more than $70 million.",
		"London-based Acme Ltd said profits fell."},
		[]wantStmt{
			{"Hale Press", "reported", KindIndirect, "a loss of $30 million in the third quarter", ""},
			{"Hale Press Co.", "reported", KindIndirect, "long-term debt of more than $70 million", ""},
			{"Acme Ltd", "said", KindIndirect, "profits fell", ""}}},
	{"'shifted his own account of the meeting to say …', 'updated its website to say …': the one who revised the account speaks; 'a diplomat, former special envoy to Peru Tom Hale,' is Tom Hale, and so is 'Hale' after", []string{
		"Another diplomat, former special envoy to Peru Tom Hale, shifted his own account of the July meeting to say the mayor did, in fact, raise the loan.",
		"“We all thought it was wrong,” Hale said.",
		"The agency updated its website on Friday to say that the pool would close.",
		"The team changed its plans to play at home."},
		[]wantStmt{
			{"Tom Hale", "say", KindIndirect, "the mayor did, in fact, raise the loan", ""},
			{"Tom Hale", "said", KindDirect, "We all thought it was wrong", ""},
			{"The agency", "say", KindIndirect, "the pool would close", ""}}},
	{"'suggested the most likely reason Rukban residents are refusing to leave is fear': a name inside the reported clause's subject", []string{
		"Tom Hale suggested the most likely reason Dunmore residents are refusing to leave the valley is fear of floods."},
		[]wantStmt{
			{"Tom Hale", "suggested", KindIndirect, "the most likely reason Dunmore residents are refusing to leave the valley is fear of floods", ""}}},
	{"'X said Y was in quarantine, citing the health commission': the reporter cites, and a source cited is no content; 'citing a shortage of staff' gives a reason", []string{
		"The news agency said the man was in quarantine, citing the regional health commission.",
		"The mayor said the office closed early, citing a shortage of staff."},
		[]wantStmt{
			{"The news agency", "said", KindIndirect, "the man was in quarantine", ""},
			{"The mayor", "said", KindIndirect, "the office closed early", ""},
			{"The mayor", "citing", KindIndirect, "a shortage of staff", ""}}},
	{"'As iFixit points out, …', 'HP, as Gizmodo very recently explained, is …': a brand named with a small letter first is a name, and a degree word before an adverb is no part of the subject", []string{
		"As iFixit points out in its teardown, the new keyboard is virtually identical to the old one.",
		"The condition, as Gizmodo very recently explained, is rare and hard to spot.",
		"The mRNA shots went on sale in May."},
		[]wantStmt{
			{"iFixit", "points out", KindIndirect, "the new keyboard is virtually identical to the old one", ""},
			{"Gizmodo", "explained", KindIndirect, "The condition, as Gizmodo very recently explained, is rare and hard to spot", ""}}},
	{"'asked for the inquiry to be resumed', 'asked for compassion' are requests, 'when asked for comment' is none; 'turned to Twitter to describe …' keeps its subject", []string{
		"After the arrest, a lawyer for the family asked for the inquiry to be resumed.",
		"Ann Lee asked for compassion for the victims.",
		"When asked for comment, the mayor said nothing.",
		"Tom Hale turned to Twitter last month to describe the town as a “ghost town.”"},
		[]wantStmt{
			{"a lawyer for the family", "asked", KindIndirect, "the inquiry to be resumed", ""},
			{"Ann Lee", "asked", KindIndirect, "compassion for the victims", ""},
			{"Tom Hale", "describe", KindMixed, "the town as a “ghost town.”", ""}}},
	{"'admitted to having an affair', 'admitted to the flawed design and launched …', 'confessed to the crime and the jury took …': what was owned up to, up to the next act; 'admitted to hospital' is none", []string{
		"Ann Lee admitted to having an affair.",
		"Acme admitted to the flawed design and launched a repair program.",
		"Tom Hale confessed to the theft and the jury took an hour to convict him.",
		"Bo Park was admitted to hospital on Monday."},
		[]wantStmt{
			{"Ann Lee", "admitted", KindIndirect, "having an affair", ""},
			{"Acme", "admitted", KindIndirect, "the flawed design", ""},
			{"Tom Hale", "confessed", KindIndirect, "the theft", ""}}},
	{"'On the day that Acme announced it was shipping, I rushed over …': the reported clause ends with the fronted phrase", []string{
		"On the day that Acme announced the new sets were shipping, I rushed over to the shop to find the cheapest one."},
		[]wantStmt{
			{"Acme", "announced", KindIndirect, "the new sets were shipping", ""}}},
	{"'Hale's claim that the vote was rigged has been rejected', 'Park's announcement that …': a named owner's speech noun and the clause after 'that', up to the sentence's own verb; 'the claim that …' with no owner is none, nor is a claim inside another statement", []string{
		"Tom Hale spoke in Ohio on Monday.",
		"Hale's claim that the vote was rigged has been rejected by every court.",
		"Bo Park's announcement that the agency was reviewing more emails shook the race.",
		"The claim that vaccines cause autism was debunked long ago.",
		"Ann Lee disputed Hale's repeated claim that crime had doubled in the city."},
		[]wantStmt{
			{"Tom Hale", "claim", KindIndirect, "the vote was rigged", ""},
			{"Bo Park", "announcement", KindIndirect, "the agency was reviewing more emails", ""},
			{"Ann Lee", "disputed", KindIndirect, "Hale's repeated claim that crime had doubled in the city", ""}}},
	{"'His claim that the vote was rigged has been rejected': a possessive pronoun owner is the person the story follows", []string{
		"Tom Hale spoke in Ohio on Monday.",
		"His claim that the vote was rigged has been rejected by every court."},
		[]wantStmt{
			{"Tom Hale", "claim", KindIndirect, "the vote was rigged", ""}}},
	{"'“…?” Ann Lee, the former director of the fund, said at an event.': the attribution after a question mark reaches past the name's apposition; 'He Jianxiong' is a name, not 'he'", []string{
		"Tom Hale spoke on Monday.",
		"“Then what is the incentive for the other side?” Ann Lee, the former director of the fund, said at an event in Washington.",
		"“Why would anyone sign now?” He Jianxiong, a former trade official, said in Beijing."},
		[]wantStmt{
			{"Ann Lee", "said", KindDirect, "Then what is the incentive for the other side?", ""},
			{"He Jianxiong", "said", KindDirect, "Why would anyone sign now?", ""}}},
	{"'He has injected drama into the talks, suggesting he might leave …': a person who suggests speaks; 'The data showed a rise, suggesting …' still infers", []string{
		"Tom Hale spoke on Monday.",
		"He has injected drama into the talks with other partners, publicly threatening them with fees and suggesting he might leave some partners behind.",
		"The data showed a rise in prices, suggesting the slump was over."},
		[]wantStmt{
			{"Tom Hale", "suggesting", KindIndirect, "he might leave some partners behind", ""}}},
	{"'“Hands up!” an officer ordered.' is speech; 'ordered a review' is an act", []string{
		"\"Hands up! Let me see your hands!\" an officer ordered. \"Step out.\"",
		"The judge ordered a review of the case."},
		[]wantStmt{
			{"an officer", "ordered", KindDirect, "Hands up! Let me see your hands!\" an officer ordered. \"Step out.", ""}}},
	{"'the chief medical examiner concluded that …' is a finding, like researchers' conclusions", []string{
		"Before the chief medical examiner concluded that the prisoner hanged himself, his death was shadowed by rumours."},
		nil},
	{"'pleaded with the agency to reconsider' is a request; 'pleaded guilty' is none", []string{
		"The doctors pleaded with the agency to reconsider its decision.",
		"He pleaded guilty to fraud."},
		[]wantStmt{
			{"The doctors", "pleaded", KindIndirect, "the agency to reconsider its decision", "the agency"}}},
	{"an interview whose first turns are labelled and whose later questions are bare: each paragraph after a question is the interviewee's answer", []string{
		"The potter Ann Lee opens her studio to visitors this weekend.",
		"HARBOR LEDGER: What is your work about?",
		"ANN LEE: I try to let the clay tell the story of the river it came from.",
		"What would you be doing if you were not a potter?",
		"I would probably teach. I already run a class for children on Saturdays.",
		"Where can readers see your work?",
		"At the harbor gallery until March, and at my studio by appointment."},
		[]wantStmt{
			{"Ann Lee", "", KindDirect, "I try to let the clay tell the story of the river it came from.", ""},
			{"Ann Lee", "", KindDirect, "I would probably teach. I already run a class for children on Saturdays.", ""},
			{"Ann Lee", "", KindDirect, "At the harbor gallery until March, and at my studio by appointment.", ""}}},
	{"'A large body of studies has pointed out …' and 'Neuroscience tells us …' are findings", []string{
		"A large body of neuroscientific studies has pointed out that the brain works in its spare time.",
		"Neuroscience tells us that most of our thinking happens out of sight."},
		nil},
}

func TestStatementsRulesFifteenth(t *testing.T) {
	runStmtCases(t, stmtRuleCasesFifteenth)
}
