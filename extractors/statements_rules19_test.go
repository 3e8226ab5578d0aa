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
	{"a quotation resumes after an attribution that reports a statement of its own: one statement, and the one inside", []string{
		"“Is the mayor running against her own council?” asked Ann Lee, referring to what she calls the “rigged” budget process. “The answer is plainly yes.”"},
		[]wantStmt{
			{"Ann Lee", "asked", KindDirect, "Is the mayor running against her own council?” asked Ann Lee, referring to what she calls the “rigged” budget process. “The answer is plainly yes.", ""},
			{"Ann Lee", "calls", KindMixed, "the “rigged” budget process", ""}}},
}

func TestStatementsRulesNineteenth(t *testing.T) {
	runStmtCases(t, stmtRuleCasesNineteenth)
}
