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
}

func TestStatementsRulesNineteenth(t *testing.T) {
	runStmtCases(t, stmtRuleCasesNineteenth)
}
