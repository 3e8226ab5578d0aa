package extractors

import "testing"

// stmtRuleCasesTwentieth are the rules of the twentieth session, each in
// sentences of our own that fail without it.
var stmtRuleCasesTwentieth = []stmtCase{
	{"', reports the Gazette' after a complete attribution cites the outlet that relayed it: the person before speaks", []string{
		"“The new rules tell farmers they are not wanted,” said Mara Voss, director of Growers United, reports the Valley Gazette. “We hear that everywhere.”",
		"Union president Dale Ortiz noted that overtime – what the company calls “flexible scheduling” – is unpaid for the first time, reported the Daily Ledger."},
		[]wantStmt{
			{"Mara Voss", "said", KindDirect, "The new rules tell farmers they are not wanted", ""},
			{"Mara Voss", "", KindDirect, "We hear that everywhere.", ""},
			{"Dale Ortiz", "noted", KindMixed, "overtime – what the company calls “flexible scheduling” – is unpaid for the first time", ""}}},
}

func TestStatementsRulesTwentieth(t *testing.T) {
	runStmtCases(t, stmtRuleCasesTwentieth)
}
