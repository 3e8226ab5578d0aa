package extractors

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// checkStatements verifies the invariants every output must keep.
func checkStatements(t *testing.T, paras []string, got []Statement) {
	t.Helper()
	for _, s := range got {
		if s.Paragraph < 0 || s.Paragraph >= len(paras) {
			t.Fatalf("paragraph index %d out of range (%d paragraphs)", s.Paragraph, len(paras))
		}
		if s.Text == "" {
			t.Fatalf("empty text: %+v", s)
		}
		// (Joined with a separator: two invalid halves of one rune in
		// adjacent paragraphs are no valid input.)
		if !utf8.ValidString(s.Text) && utf8.ValidString(strings.Join(paras, "\n")) {
			t.Fatalf("text is not valid UTF-8: %q", s.Text)
		}
		switch s.Kind {
		case KindDirect, KindIndirect, KindMixed:
		default:
			t.Fatalf("bad kind %q", s.Kind)
		}
	}
}

func FuzzStatements(f *testing.F) {
	var all []stmtCase
	for _, cs := range [][]stmtCase{stmtCases, noStmtCases, stmtCasesMore, stmtCasesGender} {
		all = append(all, cs...)
	}
	for _, tc := range all {
		f.Add(strings.Join(tc.paras, "\n"))
	}
	f.Add(`"a" "b" 'c' ‘d’ “e” ”f“ '' "" — ,,, said said he said: "`)
	f.Add("\u201c\u201d\u2018\u2019\"'\u00ab\u00bb")
	f.Fuzz(func(t *testing.T, s string) {
		paras := strings.Split(s, "\n")
		checkStatements(t, paras, Statements(paras))
	})
}

// TestStatementsPathological feeds inputs that could make a careless
// scanner quadratic or panic; they must finish and give sane output.
func TestStatementsPathological(t *testing.T) {
	big := strings.Repeat(`The minister said that "the plan, `, 40000) // ~1.4 MB
	huge := strings.Repeat("Officials said the talks would continue, according to a statement. ", 80000)
	cases := map[string][]string{
		"unmatched doubles":        {strings.Repeat(`"`, 10000)},
		"unmatched curly":          {strings.Repeat("\u201c word ", 10000)},
		"unmatched singles":        {strings.Repeat("'", 10000) + " said " + strings.Repeat("\u2018x ", 10000)},
		"only punctuation":         {strings.Repeat(".,;:!?()[]—–-", 5000)},
		"5 MB paragraph":           {huge[:5<<20]},
		"nested open quotes":       {big},
		"many cues":                {strings.Repeat("said told added ", 50000)},
		"many names":               {strings.Repeat("Anna Berg said. He said it. ", 50000)},
		"empty":                    {"", "", ""},
		"invalid utf8":             {"\xff\xfe\"said\xc3", "\"\xe2\x80"},
		"many short":               strings.Split(strings.Repeat(`"It is done," he said.`+"\n", 20000), "\n"),
		"commas and cues":          {strings.Repeat(", said ", 100000)},
		"long appositions":         {strings.Repeat("Ann, a, b, c, ", 50000) + "said it is done."},
		"dash signatures":          {strings.Repeat(`"We will win this." — Jo Park `, 20000)},
		"according chains":         {strings.Repeat("according to according to ", 50000)},
		"long participle sentence": {strings.Repeat("Ann Lee spoke, adding the plan, saying it, noting ", 30000) + "."},
		"long according sentence":  {strings.Repeat("the plan failed, according to the board of the city ", 30000)},
		"long parentheticals":      {strings.Repeat("The plan, Ann Lee said, will fail and ", 30000)},
		"relative verdicts":        {strings.Repeat("the plan that critics have described as bad and ", 30000)},
		"quote ends in marks":      {`"He said 'no')'"" she said. "(It ends here.)"'` + strings.Repeat(`"x)'"'`, 1000)},
		"quote per paragraph":      strings.Split(strings.Repeat("\"Open quote without end\n", 20000), "\n"),
		"replacement marks":        {strings.Repeat("\ufffdWe are ready,\ufffd said Ann Lee\ufffds aide \ufffd ", 20000)},
		"bare interview":           strings.Split(strings.Repeat("Ann Lee makes pots.\nHow did you start?\nI took a class. My teacher was patient.\n", 10000), "\n"),
		"relative after comma":     {strings.Repeat("it was sent to the mayor of the town, who said ", 30000) + "it."},
		"unmarked letter":          append([]string{"Ann Lee wrote to the council:"}, strings.Split(strings.Repeat("We ask the council to think again before it votes on the plan.\n", 20000), "\n")...),
		"speech nouns":             {strings.Repeat("Critics mocked Hale's claim that there have been \u201cmany break-ins\u201d in town and ", 20000) + "left."},
		"absolute phrases":         {"The leaders met, with Ann Lee saying the talks were useful" + strings.Repeat(" and Bo Park calling them a waste, Jo Kim saying", 20000) + "."},
		"cities and states":        {strings.Repeat("Ann Lee of Sumter, South Carolina, and Bo Park of Lyon, France, ", 20000) + "said it was done."},
	}
	for name, paras := range cases {
		t.Run(name, func(t *testing.T) {
			got := Statements(paras)
			checkStatements(t, paras, got)
		})
	}
	// Block quotations and embedded posts by the thousand.
	blocks := append([]string{"Ann Lee said the plan would fail."}, strings.Split(strings.Repeat("We had talked for years and knew them well enough to move fast.\n", 20000), "\n")...)
	quoted := make([]int, 0, len(blocks))
	for i := 1; i < len(blocks); i++ {
		quoted = append(quoted, i)
	}
	t.Run("block quotations", func(t *testing.T) {
		checkStatements(t, blocks, ArticleStatements(&Article{Paragraphs: blocks, Quoted: quoted}))
	})
	posts := strings.Split(strings.Repeat("The depot is shut again today — Harbour Rail (@HarbourRail) May 9, 2023\n", 20000), "\n")
	t.Run("embedded posts", func(t *testing.T) {
		checkStatements(t, posts, Statements(posts))
	})
}
