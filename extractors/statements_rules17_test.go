package extractors

import "testing"

// stmtRuleCasesSeventeenth are the rules of the seventeenth session, each
// in sentences of our own that fail without it.
var stmtRuleCasesSeventeenth = []stmtCase{
	{"a paragraph that brings in someone new, in any place of its sentences, makes them the 'he' of the quotation that opens the next paragraph", []string{
		"“We are ready for the crowds,” Mayor Bill Lee said.",
		"That is bad news for Tom Hale, a baker on Main Street, whose shop sits where the stalls will go.",
		"“It will hurt us badly,” he said.",
		"The bakery owned by Ann Reed, 61, sits on the corner opposite.",
		"“We will lose the summer trade,” she said."},
		[]wantStmt{
			{"Bill Lee", "said", KindDirect, "We are ready for the crowds", ""},
			{"Tom Hale", "said", KindDirect, "It will hurt us badly", ""},
			{"Ann Reed", "said", KindDirect, "We will lose the summer trade", ""}}},
	{"when neither of the two paragraphs before names the person in focus, the one the paragraph before names, known or new, is the 'he' of the quotation after", []string{
		"Bob Cole runs the flower stall by the gate.",
		"“Prices will rise,” said Tom Hale, who sells fish at the market.",
		"The council will vote on the new fees in May.",
		"The fees were a worry for Bob Cole when he took over the stall in 2015.",
		"“I nearly closed,” he said."},
		[]wantStmt{
			{"Tom Hale", "said", KindDirect, "Prices will rise", ""},
			{"Bob Cole", "said", KindDirect, "I nearly closed", ""}}},
	{"the newcomer must be new, of the pronoun's sex, outside brackets, and alone; otherwise 'he' stays the person in focus", []string{
		"“We are ready for the crowds,” Mayor Bill Lee said.",
		"The fair borrows its theme from a song (the opening even quotes the poet Tom Hale).",
		"“It will be the best one yet,” he said.",
		"The stalls will be run by Ann Cole and her staff.",
		"“Nobody will go home hungry,” he said.",
		"The pies come from Jim Park and the bread from Sam Orr.",
		"“Everything is local,” he said."},
		[]wantStmt{
			{"Bill Lee", "said", KindDirect, "We are ready for the crowds", ""},
			{"Bill Lee", "said", KindDirect, "It will be the best one yet", ""},
			{"Bill Lee", "said", KindDirect, "Nobody will go home hungry", ""},
			{"Bill Lee", "said", KindDirect, "Everything is local", ""}}},
	{"'Clinton in her speech called for …', 'Ann Lee during the debate said', 'Acme in 2019 said': a phrase of place, time or occasion after a person's name, or a time after any name, is no part of the speaker; 'officials in Ohio' and 'Acme in China' stay whole", []string{
		"Ann Lee and Tom Hale met on Monday.",
		"Lee in her speech called for higher taxes on the rich.",
		"Tom Hale during the debate said the plan was too costly.",
		"Acme in recent weeks said sales had fallen.",
		"Officials in Ohio said the deal was good.",
		"Acme in China said sales rose."},
		[]wantStmt{
			{"Ann Lee", "called for", KindIndirect, "higher taxes on the rich", ""},
			{"Tom Hale", "said", KindIndirect, "the plan was too costly", ""},
			{"Acme", "said", KindIndirect, "sales had fallen", ""},
			{"Officials in Ohio", "said", KindIndirect, "the deal was good", ""},
			{"Acme in China", "said", KindIndirect, "sales rose", ""}}},
	{"'called him the author of …', 'called them liars.', and an obituary as the source; calling someone the next day, on Monday or twice is a call", []string{
		"His obituary called him the author of “many books on the occult.”",
		"Hale called them liars.",
		"Lee called her the best mayor the city ever had.",
		"Lee called him the next day.",
		"Lee called them on Monday.",
		"Hale called them twice."},
		[]wantStmt{
			{"His obituary", "called", KindMixed, "him the author of “many books on the occult.”", ""},
			{"Hale", "called", KindIndirect, "them liars", ""},
			{"Lee", "called", KindIndirect, "her the best mayor the city ever had", ""}}},
	{"an interview printed with no labels: a short question put to 'you', then an answer in the first person, twice or more; each first answer paragraph is the interviewee's, the person the article names most before it", []string{
		"A conversation with Zola Mbeki about clay and patience.",
		"Zola Mbeki has made pots in Durban for thirty years. Her work hangs in a gallery run by Tom Hale.",
		"How did you start working with clay?",
		"I took a night class when I was forty and never looked back. My teacher was patient.",
		"What is the hardest part of your work?",
		"Firing. I lose about a third of my pieces in the kiln.",
		"Is there a piece you would never sell?",
		"The first bowl I made. It leaks, but I keep it on my desk."},
		[]wantStmt{
			{"Zola Mbeki", "", KindDirect, "I took a night class when I was forty and never looked back. My teacher was patient.", ""},
			{"Zola Mbeki", "", KindDirect, "Firing. I lose about a third of my pieces in the kiln.", ""},
			{"Zola Mbeki", "", KindDirect, "The first bowl I made. It leaks, but I keep it on my desk.", ""}}},
	{"one question and answer is no interview, nor are answers under labels of their own or in the outlet's 'we'", []string{
		"Zola Mbeki has made pots in Durban for thirty years.",
		"Have you ever wondered how a kiln works?",
		"I had not, until I met her. The heat is the easy part.",
		"What has changed in your daily life? Are you working from home?",
		"Tell us in the form below and we will share some of your stories.",
		"What do you tell new students?",
		"Zola: I tell them to break their first hundred pots."},
		nil},
	{"'True to their hopes, Zach Hickson and his wife kicked heroin.': a short phrase of lower-case words and a comma before a name leaves the name as the subject, and the 'he' of the quotation after; not a participle's phrase, nor a name the speaker interrupts", []string{
		"“We will clear the camps,” Mayor Jose Ramirez said.",
		"True to their hopes, Zach Hickson and his wife kicked heroin. “I wanted to go back to school,” he said.",
		"Many residents, Ramirez said, want the camps gone."},
		[]wantStmt{
			{"Jose Ramirez", "said", KindDirect, "We will clear the camps", ""},
			{"Zach Hickson", "said", KindDirect, "I wanted to go back to school", ""},
			{"Jose Ramirez", "said", KindIndirect, "Many residents, Ramirez said, want the camps gone", ""}}},
	{"a person brought in with an indefinite description ('lunch with Cora Orona, a former firefighter who retired young') or named by a given name in apposition to the subject ('A bearded man there, Martin, has lived …') is the 'she' or 'he' after; a firm so described is not", []string{
		"“We will clear the camps,” Mayor Ann Breed said.",
		"One afternoon, I had lunch with Cora Orona, a former firefighter who retired young. She has often found herself at odds with the police. “We are not used to being treated nice,” she said.",
		"“The shelters are full,” said Jeff Kositsky, who runs the city's housing office.",
		"A bearded man there, Martin, has lived in the Bay Area for years. He looked exhausted. “It is hard to get sleep,” he said.",
		"Kositsky has backed Six Thirty, a technology accelerator. “It brings jobs,” he said."},
		[]wantStmt{
			{"Ann Breed", "said", KindDirect, "We will clear the camps", ""},
			{"Cora Orona", "said", KindDirect, "We are not used to being treated nice", ""},
			{"Jeff Kositsky", "said", KindDirect, "The shelters are full", ""},
			{"Martin", "said", KindDirect, "It is hard to get sleep", ""},
			{"Jeff Kositsky", "said", KindDirect, "It brings jobs", ""}}},
	{"'A man I know said …', 'One tenant we interviewed said …': a relative clause in the first person after the head noun leaves the noun as the head, so the description speaks", []string{
		"A man I know said the rent had doubled.",
		"One tenant we interviewed said the heating had failed twice."},
		[]wantStmt{
			{"A man I know", "said", KindIndirect, "the rent had doubled", ""},
			{"One tenant we interviewed", "said", KindIndirect, "the heating had failed twice", ""}}},
	{"a page saved with its curly marks lost to the replacement character: '�No,� he said' is a quotation; '�' between letters ('city�s'), spaced ('relief � an issue') or glued to a word after a full stop ('Sen.�Roy') is not a mark", []string{
		"�We are ready for it,� Lee said. �It will not be easy.�",
		"Sen.�Roy Hale said the city�s budget was tight � an old story.",
		"For months, residents held out hope.�An extra check never came."},
		[]wantStmt{
			{"Lee", "said", KindDirect, "We are ready for it,� Lee said. �It will not be easy.", ""},
			{"Roy Hale", "said", KindIndirect, "the city�s budget was tight � an old story", ""}}},
	{"an inverted speaker after a quotation may carry a relative clause ('said a woman who declined to give her name'), a share of a group ('said several of the protesters') or a clause of when ('said Hale as he left the court')", []string{
		"“We are ready,” said a woman who declined to give her name.",
		"“We will stay all night,” said several of the protesters.",
		"“We will appeal,” said Tom Hale as he left the court."},
		[]wantStmt{
			{"a woman", "said", KindDirect, "We are ready", ""},
			{"several of the protesters", "said", KindDirect, "We will stay all night", ""},
			{"Tom Hale", "said", KindDirect, "We will appeal", ""}}},
	{"'suggested she try the new keyboard', 'recommended they wait a year': a proposal in the subjunctive is what was said; a pronoun and a word that is no bare verb is not", []string{
		"Lee suggested she try the new keyboard.",
		"Hale recommended they wait a year.",
		"Lee suggested it already."},
		[]wantStmt{
			{"Lee", "suggested", KindIndirect, "she try the new keyboard", ""},
			{"Hale", "recommended", KindIndirect, "they wait a year", ""}}},
	{"a paragraph that is one quotation goes on with the person quoted two paragraphs before when the paragraph between is narrative that names no one; not when it names someone", []string{
		"“We are ready for the crowds,” Mayor Bill Lee said.",
		"In short, the stalls would close early and the roads would stay open.",
		"“It will be the best one yet, with more stalls than ever before.”",
		"The stalls will be run by the Harbor Trust this year.",
		"“Nobody will go home hungry, whatever the weather does on the day.”"},
		[]wantStmt{
			{"Bill Lee", "said", KindDirect, "We are ready for the crowds", ""},
			{"Bill Lee", "", KindDirect, "It will be the best one yet, with more stalls than ever before.", ""}}},
	{"'said state Sen. Tom Hale', 'said state Senator Ann Lee': 'state' before a title is no cue, and a title's modifier may open an inverted speaker", []string{
		"“We are ready,” said state Sen. Tom Hale.",
		"“We are not,” said state Senator Ann Lee, R-Ohio."},
		[]wantStmt{
			{"Tom Hale", "said", KindDirect, "We are ready", ""},
			{"Ann Lee", "said", KindDirect, "We are not", ""}}},
	{"'said Hale’s campaign manager, Ann Lee', 'said Mr. Trump’s daughter, Ivanka': after a role given by whose it is, the name in apposition speaks", []string{
		"“We are ready,” said Hale’s campaign manager, Ann Lee.",
		"“We are not,” said Mr. Trump’s daughter, Ivanka.",
		"“We will see,” said Hale’s lawyer."},
		[]wantStmt{
			{"Ann Lee", "said", KindDirect, "We are ready", ""},
			{"Ivanka", "said", KindDirect, "We are not", ""},
			{"Hale’s lawyer", "said", KindDirect, "We will see", ""}}},
	{"', who said …' after a comma is about the noun phrase after the last verb or preposition ('sent to the mayor, who said'), which may hold 'of' ('two of the protest organizers, who said'); a place is not who ('the bakery on Main Street, who')", []string{
		"The letter was sent to the mayor, who said she would respond next week.",
		"Lee met with two of the protest organizers, who said they would return.",
		"It was a blow to Acme Corp., which said it would appeal.",
		"The plan was backed by several members of the city council, who said it would save money.",
		"The plan was praised by the owner of the bakery on Main Street, who said it would bring trade."},
		[]wantStmt{
			{"the mayor", "said", KindIndirect, "she would respond next week", ""},
			{"two of the protest organizers", "said", KindIndirect, "they would return", ""},
			{"Acme Corp.", "said", KindIndirect, "it would appeal", ""},
			{"several members of the city council", "said", KindIndirect, "it would save money", ""}}},
	{"'called the lawsuit frivolous', 'called the vote rigged', 'called the report politically motivated': an adjective of judgement after the object, known by its ending; 'called the regional hospital' and 'called the police' are calls", []string{
		"Hale called the lawsuit frivolous.",
		"Lee called the vote rigged.",
		"Lee called the report politically motivated.",
		"Hale called the idea crazy.",
		"Lee called the regional hospital.",
		"Hale called the police."},
		[]wantStmt{
			{"Hale", "called", KindIndirect, "the lawsuit frivolous", ""},
			{"Lee", "called", KindIndirect, "the vote rigged", ""},
			{"Lee", "called", KindIndirect, "the report politically motivated", ""},
			{"Hale", "called", KindIndirect, "the idea crazy", ""}}},
	{"'made the false claim that thousands of people cheered': a clause may open with a count of people; 'maintained that position at a meeting' still has no clause", []string{
		"Trump made the false claim that thousands of people cheered.",
		"Lee maintained that position at a meeting."},
		[]wantStmt{
			{"Trump", "made the false claim", KindIndirect, "thousands of people cheered", ""}}},
	{"'Neither Lee nor Hale said …', 'nor did Hale say …': nobody said it; 'Lee and Hale said' both did", []string{
		"Neither Lee nor Hale said the case was weak.",
		"Lee said nothing, nor did Hale say the case was weak.",
		"Lee and Hale said the case was strong."},
		[]wantStmt{
			{"Lee and Hale", "said", KindIndirect, "the case was strong", ""}}},
	{"'said Hale and Lee.', 'said a former aide to Hale': two names joined, and whom an aide serves, belong to an inverted speaker", []string{
		"“We are ready,” said Hale and Lee.",
		"“We are not,” said a former aide to Hale."},
		[]wantStmt{
			{"Hale and Lee", "said", KindDirect, "We are ready", ""},
			{"a former aide to Hale", "said", KindDirect, "We are not", ""}}},
}

func TestStatementsRulesSeventeenth(t *testing.T) {
	runStmtCases(t, stmtRuleCasesSeventeenth)
}
