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
}

func TestStatementsRulesSeventeenth(t *testing.T) {
	runStmtCases(t, stmtRuleCasesSeventeenth)
}
