package extractors

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

// checkSane fails on output that is not valid UTF-8.
func checkSane(t *testing.T, a *Article) {
	t.Helper()
	if a == nil {
		t.Fatal("nil article")
	}
	for _, s := range append(append([]string{a.URL, a.Title, a.SiteName, a.Language}, a.Authors...), a.Paragraphs...) {
		if !utf8.ValidString(s) {
			t.Fatalf("invalid UTF-8 in output: %q", s)
		}
	}
}

// TestArticlePathological runs pages built to be hard on parsers; they
// must finish with sane output.
func TestArticlePathological(t *testing.T) {
	para := "<p>The committee met again on Friday, and again it could not agree on the budget, the members said afterwards.</p>"
	deep := strings.Repeat("<div>", 100_000) + para + strings.Repeat("</div>", 100_000)
	deepInline := strings.Repeat("<span>", 100_000) + para
	big := "<html><body><article>" + strings.Repeat(para, 20<<20/len(para)) + "</article></body></html>"
	script := "<html><head><script>" + strings.Repeat("var x = '<p>not text</p>'; // 2031-01-01\n", 80_000) +
		"</script></head><body><article>" + strings.Repeat(para, 5) + "</article></body></html>"
	// Forty thousand teaser cards after the article: alike (class names
	// differing in digits only), and all different (a worst case for
	// comparing siblings).
	cardPage := func(class string) []byte {
		var b strings.Builder
		b.WriteString("<html><body><article>" + strings.Repeat(para, 5) + "</article><div>")
		for i := range 40_000 {
			fmt.Fprintf(&b, `<div class="`+class+`"><a href="/s/%d">Another story about the harbour, number %d</a><p>Teaser text.</p></div>`, i, i, i)
		}
		b.WriteString("</div></body></html>")
		return []byte(b.String())
	}
	rng := rand.New(rand.NewPCG(1, 2))
	binary := make([]byte, 1<<20)
	for i := range binary {
		binary[i] = byte(rng.Uint32())
	}
	cases := []struct {
		name string
		page []byte
		want string // text the body must hold, if any
	}{
		{"deep-nesting", []byte(deep), ""},
		{"deep-inline", []byte(deepInline), ""},
		{"twenty-megabytes", []byte(big), "committee met again"},
		{"megabytes-of-script", []byte(script), "committee met again"},
		{"no-body", []byte("<title>Only a title</title>" + strings.Repeat(para, 4)), "committee met again"},
		{"frameset", []byte("<html><frameset><frame src=a></frameset></html>"), ""},
		{"binary", binary, ""},
		{"forty-thousand-cards", cardPage("card-%d"), "committee met again"},
		{"forty-thousand-unlike-cards", cardPage("x%[1]x"), ""},
		{"empty", nil, ""},
		{"unclosed", []byte("<html><body><article><p>Half a page, cut off in the middle of a tag <a href=\"x"), ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a, err := FromReader(bytes.NewReader(c.page), nil)
			if err != nil {
				t.Fatal(err)
			}
			checkSane(t, a)
			if strings.Contains(strings.Join(a.Paragraphs, " "), "not text") {
				t.Error("script text in body")
			}
			if c.want != "" && !strings.Contains(strings.Join(a.Paragraphs, " "), c.want) {
				t.Errorf("body lacks %q: %.200q", c.want, a.Paragraphs)
			}
			if !a.Published.IsZero() && a.Published.Year() > 2030 {
				t.Errorf("date from a script: %v", a.Published)
			}
		})
	}
}
