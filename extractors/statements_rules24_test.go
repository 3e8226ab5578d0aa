package extractors

import "testing"

// stmtRuleCasesTwentyFourth are the rules of the twenty-fourth session,
// each in sentences of our own that fail without it.
var stmtRuleCasesTwentyFourth = []stmtCase{
	{"'the group, which has been the target of a U.S.-led campaign, is …': a hyphen after a dotted abbreviation joins one word, not a dash that ends the content", []string{
		"Ann Lee argued the rebel group, which has been the target of a U.S.-led campaign for two years, is “close to collapse.”"},
		[]wantStmt{
			{"Ann Lee", "argued", KindMixed, "the rebel group, which has been the target of a U.S.-led campaign for two years, is “close to collapse.”", ""}}},
}

func TestStatementsRulesTwentyFourth(t *testing.T) {
	runStmtCases(t, stmtRuleCasesTwentyFourth)
}
