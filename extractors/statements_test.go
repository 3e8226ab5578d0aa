package extractors

import (
	"strings"
	"testing"
)

// wantStmt is an expected statement; empty Cue and To are checked too,
// Para only when Para >= 0.
type wantStmt struct {
	Speaker, Cue, Kind, Text, To string
}

type stmtCase struct {
	name  string
	paras []string
	want  []wantStmt
}

// stmtCases are hand-written sentences, one phenomenon each.
var stmtCases = []stmtCase{
	{"said after quote", []string{`"We will rebuild the bridge by spring," Maria Lopez said.`},
		[]wantStmt{{"Maria Lopez", "said", KindDirect, "We will rebuild the bridge by spring", ""}}},
	{"inverted said with apposition", []string{`"The harbour is closed until further notice," said Tom Reyes, a port spokesman.`},
		[]wantStmt{{"Tom Reyes", "said", KindDirect, "The harbour is closed until further notice", ""}}},
	{"curly quotes", []string{"\u201cPrices will keep rising,\u201d the economist warned."},
		[]wantStmt{{"the economist", "warned", KindDirect, "Prices will keep rising", ""}}},
	{"interrupted quote", []string{`"The first half was poor," Ellen Park said. "The second half was much better, and we deserved the point."`},
		[]wantStmt{{"Ellen Park", "said", KindDirect, `The first half was poor," Ellen Park said. "The second half was much better, and we deserved the point.`, ""}}},
	{"colon introduction", []string{`The mayor, Dana Whitfield, said: "Nobody will lose their home because of this plan."`},
		[]wantStmt{{"Dana Whitfield", "said", KindDirect, "Nobody will lose their home because of this plan.", ""}}},
	{"quote continues next paragraph", []string{
		`Carla Benz told reporters: "We have waited for this ruling for ten years.`,
		`"Now the families can finally grieve in peace."`},
		[]wantStmt{{"Carla Benz", "told", KindDirect, "We have waited for this ruling for ten years. Now the families can finally grieve in peace.", "reporters"}}},
	{"quote-only paragraph continues speaker", []string{
		`"The budget is balanced for the first time in a decade," Finance Minister Omar Haddad said.`,
		`"We did it without raising a single tax on working families."`},
		[]wantStmt{
			{"Omar Haddad", "said", KindDirect, "The budget is balanced for the first time in a decade", ""},
			{"Omar Haddad", "", KindDirect, "We did it without raising a single tax on working families.", ""}}},
	{"trailing dash attribution", []string{`"Safety comes before speed in every decision we make." — Commissioner Lena Starks`},
		[]wantStmt{{"Lena Starks", "", KindDirect, "Safety comes before speed in every decision we make.", ""}}},
	{"single quotes", []string{`‘We are not going anywhere,’ the union leader said.`},
		[]wantStmt{{"the union leader", "said", KindDirect, "We are not going anywhere", ""}}},
	{"straight single quotes and apostrophes", []string{`'It's the players' union that decides,' the club's chairman said.`},
		[]wantStmt{{"the club's chairman", "said", KindDirect, "It's the players' union that decides", ""}}},
	{"quote inside quote", []string{`"My father always told me, 'Never sell the farm,' and I never did," Ruth Amsel said.`},
		[]wantStmt{{"Ruth Amsel", "said", KindDirect, "My father always told me, 'Never sell the farm,' and I never did", ""}}},
	{"indirect that", []string{`The health ministry said that three new cases were confirmed on Tuesday.`},
		[]wantStmt{{"The health ministry", "said", KindIndirect, "three new cases were confirmed on Tuesday", ""}}},
	{"indirect without that", []string{`Police said the driver had fled the scene before officers arrived.`},
		[]wantStmt{{"Police", "said", KindIndirect, "the driver had fled the scene before officers arrived", ""}}},
	{"indirect after", []string{`The factory will close in March, the company said on Friday.`},
		[]wantStmt{{"the company", "said", KindIndirect, "The factory will close in March", ""}}},
	{"inverted indirect", []string{`The merger could cut hundreds of jobs, said Priya Natarajan, an analyst at Halden Securities.`},
		[]wantStmt{{"Priya Natarajan", "said", KindIndirect, "The merger could cut hundreds of jobs", ""}}},
	{"told outlet that", []string{`A senior diplomat told Bloomberg that the talks had stalled over fishing rights.`},
		[]wantStmt{{"A senior diplomat", "told", KindIndirect, "the talks had stalled over fishing rights", "Bloomberg"}}},
	{"according to after", []string{`Sales of electric bikes doubled last year, according to the cycling federation.`},
		[]wantStmt{{"the cycling federation", "according to", KindIndirect, "Sales of electric bikes doubled last year", ""}}},
	{"according to before", []string{`According to the coast guard, two fishermen were rescued overnight.`},
		[]wantStmt{{"the coast guard", "according to", KindIndirect, "two fishermen were rescued overnight", ""}}},
	{"in a statement", []string{`In a statement, the airline said all flights would resume on Monday.`},
		[]wantStmt{{"the airline", "said", KindIndirect, "all flights would resume on Monday", ""}}},
	{"said in a statement that", []string{`The regulator said in a statement that the fine would be appealed.`},
		[]wantStmt{{"The regulator", "said", KindIndirect, "the fine would be appealed", ""}}},
	{"speaking to", []string{`An aid worker, speaking to the BBC, said food supplies would run out within a week.`},
		[]wantStmt{{"An aid worker", "said", KindIndirect, "food supplies would run out within a week", "the BBC"}}},
	{"outlet reported", []string{`Earlier, the Ledger reported that the stadium deal had collapsed.`},
		[]wantStmt{{"Ledger", "reported", KindIndirect, "the stadium deal had collapsed", ""}}},
	{"quoted as saying", []string{`The governor was quoted as saying the curfew would be lifted soon.`},
		[]wantStmt{{"The governor", "saying", KindIndirect, "the curfew would be lifted soon", ""}}},
	{"two cues one sentence", []string{`The minister said the border would reopen and emphasized that checks would remain strict.`},
		[]wantStmt{
			{"The minister", "said", KindIndirect, "the border would reopen", ""},
			{"The minister", "emphasized", KindIndirect, "checks would remain strict", ""}}},
	{"mixed quote", []string{`The senator described the bill as "a gift to polluters" during the debate.`},
		[]wantStmt{{"The senator", "described", KindMixed, `the bill as "a gift to polluters" during the debate`, ""}}},
	{"pronoun resolution", []string{
		`Jonas Weber, the team's captain, scored twice in the final.`,
		`He said the victory belonged to the fans.`},
		[]wantStmt{{"Jonas Weber", "said", KindIndirect, "the victory belonged to the fans", ""}}},
	{"surname to full name", []string{
		`Coach Irene Kowalski has led the club since 2019.`,
		`"We play for each other," Kowalski said.`},
		[]wantStmt{{"Irene Kowalski", "said", KindDirect, "We play for each other", ""}}},
	{"back-reference", []string{
		`A regional official said the evacuation was complete.`,
		`The official added that shelters had enough beds for everyone.`},
		[]wantStmt{
			{"A regional official", "said", KindIndirect, "the evacuation was complete", ""},
			{"A regional official", "added", KindIndirect, "shelters had enough beds for everyone", ""}}},
	{"company back-reference", []string{
		`Norvik Shipping Ltd. cancelled three routes this winter.`,
		`The company said demand had fallen sharply.`},
		[]wantStmt{{"Norvik Shipping Ltd.", "said", KindIndirect, "demand had fallen sharply", ""}}},
	{"denied noun phrase", []string{`The mayor denied the allegations in a radio interview.`},
		[]wantStmt{{"The mayor", "denied", KindIndirect, "the allegations", ""}}},
	{"accused of", []string{`The opposition leader accused the government of hiding the true cost of the project.`},
		[]wantStmt{{"The opposition leader", "accused", KindIndirect, "the government of hiding the true cost of the project", ""}}},
	{"participle adding", []string{`"Rents are too high," Selma Ortiz said, adding, "Young people are leaving the city."`},
		[]wantStmt{
			{"Selma Ortiz", "said", KindDirect, "Rents are too high", ""},
			{"Selma Ortiz", "adding", KindDirect, "Young people are leaving the city.", ""}}},
	{"pointed out", []string{`The researcher pointed out that the sample was small.`},
		[]wantStmt{{"The researcher", "pointed out", KindIndirect, "the sample was small", ""}}},
	{"tweeted", []string{`The striker tweeted that he would stay at the club next season.`},
		[]wantStmt{{"The striker", "tweeted", KindIndirect, "he would stay at the club next season", ""}}},
}

// noStmtCases must yield no statement.
var noStmtCases = []stmtCase{
	{"belief", []string{`The mayor believes the tunnel will be finished by 2030.`}, nil},
	{"hope", []string{`Fans hope the new coach will bring a title.`}, nil},
	{"negated", []string{`The company did not say how many workers would lose their jobs.`}, nil},
	{"declined to comment", []string{`A spokesman for the bank declined to comment on the report.`}, nil},
	{"finding", []string{`A study found that teenagers sleep less than they did a decade ago.`}, nil},
	{"according to a study", []string{`Teenagers sleep less than a decade ago, according to a study.`}, nil},
	{"scare quotes", []string{`The so-called "miracle cure" was sold online for years.`}, nil},
	{"title of a work", []string{`Her novel "The Salt Road" won the prize in 2021.`}, nil},
	{"asked about a topic", []string{`The minister was asked about the budget.`}, nil},
	{"sports added points", []string{`Marco Ruiz added 14 points and seven rebounds.`}, nil},
	{"noun report", []string{`The report on housing was published in May.`}, nil},
	{"states noun", []string{`Several states where the law applies have sued.`}, nil},
	{"quote with no source", []string{`"Everything must go" read the sign on the window.`}, nil},
	{"headline", []string{`Storm Batters Coast as Thousands Lose Power`}, nil},
	{"passive", []string{`It was reported that the ship had sunk.`}, nil},
	{"relative clause", []string{`Voters who said they were undecided outnumbered the rest.`}, nil},
}

func TestStatements(t *testing.T) {
	runStmtCases(t, stmtCases)
}

// runStmtCases checks every case's statements field by field.
func runStmtCases(t *testing.T, cases []stmtCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := Statements(tc.paras)
			if len(got) != len(tc.want) {
				t.Fatalf("got %d statements, want %d:\n%s", len(got), len(tc.want), dumpStmts(got))
			}
			for i, w := range tc.want {
				g := got[i]
				if g.Speaker != w.Speaker || g.Cue != w.Cue || g.Kind != w.Kind || g.Text != w.Text || g.To != w.To {
					t.Errorf("statement %d:\n got %+v\nwant %+v", i, g, w)
				}
			}
		})
	}
}

func TestStatementsNone(t *testing.T) {
	for _, tc := range noStmtCases {
		t.Run(tc.name, func(t *testing.T) {
			if got := Statements(tc.paras); len(got) != 0 {
				t.Errorf("got statements:\n%s", dumpStmts(got))
			}
		})
	}
}

func dumpStmts(ss []Statement) string {
	var b strings.Builder
	for _, s := range ss {
		b.WriteString("  ")
		b.WriteString(strings.Join([]string{s.Speaker, s.Cue, s.Kind, s.Text, s.To}, " | "))
		b.WriteByte('\n')
	}
	return b.String()
}

var stmtCasesMore = []stmtCase{
	{"interrupted quote one sentence", []string{`"The road is open again," the sheriff said, "but drivers should expect delays."`},
		[]wantStmt{{"the sheriff", "said", KindDirect, `The road is open again," the sheriff said, "but drivers should expect delays.`, ""}}},
	{"parenthetical attribution", []string{`The new terminal, the airport authority said, will open in June.`},
		[]wantStmt{{"the airport authority", "said", KindIndirect, "The new terminal, the airport authority said, will open in June", ""}}},
	{"description then name", []string{`The bakery's owner, Hanna Li, told investors that profits would rise.`},
		[]wantStmt{{"Hanna Li", "told", KindIndirect, "profits would rise", "investors"}}},
	{"named addressee then clause", []string{`Residents told The Herald they had not been warned.`},
		[]wantStmt{{"Residents", "told", KindIndirect, "they had not been warned", "The Herald"}}},
	{"relative clause apposition", []string{`The minister, who spoke on condition of anonymity, said the proposal was dead.`},
		[]wantStmt{{"The minister", "said", KindIndirect, "the proposal was dead", ""}}},
	{"capitalised common noun", []string{`Officials insisted the vaccine was safe.`, `She added: "Nobody should have to choose between rent and food."`},
		[]wantStmt{{"Officials", "insisted", KindIndirect, "the vaccine was safe", ""}}},
	{"title back-reference", []string{`President Ines Duarte opened the summit on Monday.`, `The president said the region needed more trains.`},
		[]wantStmt{{"Ines Duarte", "said", KindIndirect, "the region needed more trains", ""}}},
	{"state as noun", []string{`Officials in New York state reviewed the plan.`}, nil},
	{"aux inside subject", []string{`The premier has been eager to show progress and told reporters the deal was near.`},
		[]wantStmt{{"The premier", "told", KindIndirect, "the deal was near", "reporters"}}},
}

func TestStatementsMore(t *testing.T) { runStmtCases(t, stmtCasesMore) }

var stmtCasesGender = []stmtCase{
	{"gender agreement", []string{
		`Laura Kim said her committee would vote next week.`,
		`Peter Olsen, the committee's treasurer, disagreed with his colleagues.`,
		`She said the timetable was fixed.`},
		[]wantStmt{
			{"Laura Kim", "said", KindIndirect, "her committee would vote next week", ""},
			{"Laura Kim", "said", KindIndirect, "the timetable was fixed", ""}}},
	{"time after subject", []string{`Defence Minister Carl Brandt on Tuesday accused the rebels of breaking the truce.`},
		[]wantStmt{{"Carl Brandt", "accused", KindIndirect, "the rebels of breaking the truce", ""}}},
	{"they after a pair of names", []string{
		`The Harbor Trust said the pier would be sold.`,
		`The plan angered two local politicians, councillor Mia Hart and Mayor Sam Ortega.`,
		`They said the sale ignored residents.`},
		[]wantStmt{
			{"Harbor Trust", "said", KindIndirect, "the pier would be sold", ""},
			{"councillor Mia Hart and Mayor Sam Ortega", "said", KindIndirect, "the sale ignored residents", ""}}},
	{"reporting and", []string{`The firm cut jobs in sales, reporting and other areas.`}, nil},
	{"nobody said", []string{`No one said the project would be easy.`}, nil},
}

func TestStatementsGender(t *testing.T) { runStmtCases(t, stmtCasesGender) }

func TestFromText(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"line per paragraph", "Title line\nFirst paragraph here.\n\nSecond one.\n", []string{"Title line", "First paragraph here.", "Second one."}},
		{"hard-wrapped blocks", "The council met on\nTuesday to vote on\nthe budget.\n\nIt passed by\nseven votes.\n", []string{"The council met on Tuesday to vote on the budget.", "It passed by seven votes."}},
		{"whitespace collapsed", "  A   b \t c  \r\nD\n", []string{"A b c", "D"}},
		{"empty", "\n\n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := FromText(tt.in).Paragraphs
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("FromText = %q, want %q", got, tt.want)
			}
		})
	}
}
