package extractors

import "testing"

// stmtRuleCasesTwentyFirst are the rules of the twenty-first session, each
// in sentences of our own that fail without it.
var stmtRuleCasesTwentyFirst = []stmtCase{
	{"'“….” Asked which …, he demurred: “…”': a capitalised participle after a closed quotation opens a new sentence, so the first quotation ends there", []string{
		"Tom Hale said “the way to win a county is to knock on every door.” Asked which town he liked best, he demurred: “The one I’m standing in.”"},
		[]wantStmt{
			{"Tom Hale", "said", KindDirect, "the way to win a county is to knock on every door.", ""},
			{"Tom Hale", "", KindDirect, "The one I’m standing in.", ""}}},
}

func TestStatementsRulesTwentyFirst(t *testing.T) {
	runStmtCases(t, stmtRuleCasesTwentyFirst)
}
