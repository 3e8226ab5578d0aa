package extractors

import "testing"

// stmtRuleCasesTwentySecond are the rules of the twenty-second session,
// each in sentences of our own that fail without it.
var stmtRuleCasesTwentySecond = []stmtCase{
	{"'calls Lee “a tinkerer”: “…”': the verdict, then the quotation it sums up, said in full, a statement of its own", []string{
		"The columnist Ray Dunn, once an aide to the governor, calls Ann Lee “a tinkerer with no plan”: “Every week she has a new scheme and none of them is finished.”"},
		[]wantStmt{
			{"Ray Dunn", "calls", KindMixed, "Ann Lee “a tinkerer with no plan”", ""},
			{"Ray Dunn", "", KindDirect, "Every week she has a new scheme and none of them is finished.", ""}}},
	{"'Ray Dunn, the forger known as “Quill,” stated that …': the name in quotation marks is his alias, so 'Quill said' is Ray Dunn too", []string{
		"Forger Quill Talks",
		"In a prison interview, Ray Dunn, the forger known as “Quill,” stated that he had copied the paintings alone.",
		"Quill said the gallery never checked."},
		[]wantStmt{
			{"Ray Dunn", "stated", KindIndirect, "he had copied the paintings alone", ""},
			{"Ray Dunn", "said", KindIndirect, "the gallery never checked", ""}}},
}

func TestStatementsRulesTwentySecond(t *testing.T) {
	runStmtCases(t, stmtRuleCasesTwentySecond)
}
