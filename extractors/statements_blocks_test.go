package extractors

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// A block quotation with no attribution of its own quotes the person who
// spoke in the paragraph before it; a block repeating a paragraph is a
// pull quote, and an excerpt after an organisation's statement is left
// alone.
func TestArticleBlockQuotations(t *testing.T) {
	page := []byte(`<html><head><title>Ferry deal</title></head><body><article>
<h1>Ferry deal</h1>
<p>The ferry company was bought last year after months of talks, and the new owners have kept every route running since then, including the winter service.</p>
<p>Deals like this take years to prepare, the buyer, Ines Varga, told the court on Monday. They need patience.</p>
<blockquote><p>I had been talking to the founders for years, so when the moment came we could move quickly and they trusted us with the boats and the crews.</p></blockquote>
<p>The harbour board said the sale had been approved in March after a public consultation.</p>
<blockquote><p>The sale was approved after a long public consultation with the islands and the unions.</p></blockquote>
<p>Ticket prices have not changed, and the company plans to add a late sailing in summer.</p>
<blockquote><p>Ticket prices have not changed, and the company plans to add a late sailing in summer.</p></blockquote>
</article></body></html>`)
	a := extractAt(t, page, "", nil, goldenNow)
	if len(a.Quoted) != 3 {
		t.Fatalf("quoted paragraphs %v, want 3 in %q", a.Quoted, a.Paragraphs)
	}
	var got []Statement
	for _, s := range ArticleStatements(a) {
		if s.Cue == "" {
			got = append(got, s)
		}
	}
	if len(got) != 1 || got[0].Speaker != "Ines Varga" || got[0].Kind != KindDirect || got[0].Text != "I had been talking to the founders for years, so when the moment came we could move quickly and they trusted us with the boats and the crews." {
		t.Errorf("block quotations: got\n%s", dumpStmts(got))
	}
	// Without the page's structure the same paragraphs yield no block
	// quotation.
	for _, s := range Statements(a.Paragraphs) {
		if s.Cue == "" {
			t.Errorf("Statements without structure found %+v", s)
		}
	}
}

// TestStatementsBlockAfterColon checks that a block quotation after "X
// confirmed it in a statement:" is X's, even for an organisation.
func TestStatementsBlockAfterColon(t *testing.T) {
	a := &Article{Paragraphs: []string{
		`Reviewers found the picture soft. Streamly confirmed it in a statement:`,
		`When streaming at 4K, we render at 1080p and then upscale the picture with several techniques.`,
	}, Quoted: []int{1}}
	got := ArticleStatements(a)
	if len(got) != 1 || got[0].Speaker != "Streamly" || got[0].Cue != "confirmed" || !strings.HasPrefix(got[0].Text, "When streaming at 4K") {
		t.Fatalf("got %+v", got)
	}
}

// TestStatementsPullQuoteAhead checks that a pull quote set before the
// paragraph it repeats is no statement, even when the body's sentence
// goes on past the words the pull quote shows.
func TestStatementsPullQuoteAhead(t *testing.T) {
	a := &Article{Paragraphs: []string{
		`Office thermostats follow an old standard, physiologist Rune Salo said on Monday.`,
		`I simply agree with my partner. That is one way out.`,
		`Salo and his partner argue about the heating at home.`,
		`“I simply agree with my partner. That is one way out,” Salo says with a grin.`,
	}, Quoted: []int{1}}
	for _, s := range ArticleStatements(a) {
		if s.Paragraph == 1 {
			t.Errorf("pull quote taken as a statement: %+v", s)
		}
	}
}

// A note about the writer set as a block quotation at the end of a story
// is no quotation of the last speaker.
func TestStatementsAuthorNoteIsNoBlockQuote(t *testing.T) {
	page := []byte(`<html><head><title>Fund sells shares</title></head><body><article>
<h1>Fund sells shares</h1>
<p>The harbour fund sold nearly a third of its stake in the ferry company this week, its filings show, after the shares doubled in value over two years.</p>
<p>Fund president Ann Lee said the shares had grown to a fifth of the portfolio and would be sold to diversify the fund's holdings.</p>
<blockquote><p><em>Ashley Stone covers technology and finance for the Harbour Business Journal.</em></p></blockquote>
</article></body></html>`)
	a := extractAt(t, page, "", nil, goldenNow)
	if len(a.Quoted) != 1 {
		t.Fatalf("quoted paragraphs %v, want 1 in %q", a.Quoted, a.Paragraphs)
	}
	for _, s := range ArticleStatements(a) {
		if strings.Contains(s.Text, "Ashley Stone") {
			t.Errorf("the writer's note became a statement: %+v", s)
		}
	}
	for _, s := range []string{"Ashley Stone covers technology for the Journal.", "Bo Park is a staff writer at the Ledger.", "Ann Lee is a senior reporter."} {
		if !stAuthorNote(s) {
			t.Errorf("stAuthorNote(%q) = false, want true", s)
		}
	}
	for _, s := range []string{"Ann Lee is a doctor in Ohio.", "The plan covers all workers.", "Lee covers it."} {
		if stAuthorNote(s) {
			t.Errorf("stAuthorNote(%q) = true, want false", s)
		}
	}
}

// stLowerSameLength must agree with strings.ToLower whenever it gives an
// answer, and give none only when lower-casing changes the length.
func TestStLowerSameLength(t *testing.T) {
	cases := []string{"", "plain words", "Mr. Lee SAID “No” — twice…", "ÉLYSÉE Ünïcode", "Kelvin \u212a sign", "İstanbul", "bad \xff byte", "ẞ straße", "Ὀδυσσεύς ΣΟΦΙΑ"}
	for _, s := range cases {
		got, want := stLowerSameLength(s), strings.ToLower(s)
		if got == "" && s != "" {
			if len(want) == len(s) && utf8.ValidString(s) {
				t.Errorf("stLowerSameLength(%q) gave up, but strings.ToLower keeps the length: %q", s, want)
			}
			continue
		}
		if got != want {
			t.Errorf("stLowerSameLength(%q) = %q, want %q", s, got, want)
		}
	}
}
