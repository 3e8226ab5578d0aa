package extractors

import "testing"

// stmtRuleCasesEighteenth are the rules of the eighteenth session, each
// in sentences of our own that fail without it.
var stmtRuleCasesEighteenth = []stmtCase{
	{"two people of one surname, the second named later but never speaking: the surname alone is the first one's", []string{
		"Nobody in the long party feud expected the voters to reward Paul Dorsey.",
		"Some came to admire rival camps - the unions, the churches and the clubs - and found their hero in Lena Dorsey, who now runs the state party.",
		"Dorsey in recent weeks has said Ohio is on track, part of a “comeback story.”"},
		[]wantStmt{
			{"Paul Dorsey", "said", KindMixed, "Ohio is on track, part of a “comeback story.”", ""}}},
	{"guard: the second of one surname who has spoken keeps the surname alone", []string{
		"The race has been good for Gary Dorsey, the third-party candidate.",
		"Homeland Security Secretary Jeh Dorsey told reporters on Monday that the systems were safe.",
		"Dorsey said local officials should ask for help."},
		[]wantStmt{
			{"Jeh Dorsey", "told", KindIndirect, "the systems were safe", "reporters"},
			{"Jeh Dorsey", "said", KindIndirect, "local officials should ask for help", ""}}},
}

func TestStatementsRulesEighteenth(t *testing.T) {
	runStmtCases(t, stmtRuleCasesEighteenth)
}
