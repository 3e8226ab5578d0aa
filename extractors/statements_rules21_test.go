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
	{"'according to an interview with the Times' names no speaker: 'His criticism, according to …, was …' is the one 'his' refers to", []string{
		"Last month Tom Hale praised the mayor.",
		"His complaint, according to an interview with the Gazette at the time, was the mayor's choice of deputy: “It was Ray! A poor choice.”"},
		[]wantStmt{
			{"Tom Hale", "according to", KindMixed, "His complaint, according to an interview with the Gazette at the time, was the mayor's choice of deputy: “It was Ray! A poor choice.”", ""}}},
	{"'According to the letters, the senator had called the plan “a disaster”' and 'referred to Lee as “a loon”': the speech inside the source's clause is the statement, 'referred to X as Y' a cue (not 'referred to the report')", []string{
		"According to the letters, the senator had called the plan “a disaster.”",
		"According to the letters, the senator had referred to Ann Lee as “a loon.”",
		"The mayor referred to the report in her speech."},
		[]wantStmt{
			{"the senator", "called", KindMixed, "the plan “a disaster.”", ""},
			{"the senator", "referred to", KindMixed, "Ann Lee as “a loon.”", ""}}},
}

func TestStatementsRulesTwentyFirst(t *testing.T) {
	runStmtCases(t, stmtRuleCasesTwentyFirst)
}
