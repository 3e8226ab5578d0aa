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
}

func TestStatementsRulesSixteenth(t *testing.T) {
	runStmtCases(t, stmtRuleCasesSixteenth)
}
