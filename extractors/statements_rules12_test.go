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
			{"Maya Cole", "", KindDirect, "I just cannot believe they would do this to us.", ""},
			{"Maya Cole", "according to", KindIndirect, "it is a blow for the whole area", ""},
			{"Maya Cole", "", KindDirect, "The council has to think again. Readers deserve better.", ""}}},
}

func TestStatementsRulesTwelfth(t *testing.T) {
	runStmtCases(t, stmtRuleCasesTwelfth)
}
