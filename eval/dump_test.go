package eval

import (
	"os"
	"strings"
	"testing"

	"github.com/quotewire/quotewire/extractors"
)

// TestDevDump prints each dev document's paragraphs and the statements
// found in them when QUOTEWIRE_DUMP is set (to a document id prefix, or
// "1" for all); a debugging aid for the statement rules.
func TestDevDump(t *testing.T) {
	want := os.Getenv("QUOTEWIRE_DUMP")
	if want == "" {
		t.Skip("set QUOTEWIRE_DUMP=1 (or a document id prefix) to print the dev paragraphs")
	}
	for _, g := range devGold(t) {
		if want != "1" && !strings.HasPrefix(g.ID, want) {
			continue
		}
		a, err := LoadArticle(g)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("== %s", g.ID)
		stmts := extractors.Statements(a.Paragraphs)
		for i, p := range a.Paragraphs {
			t.Logf("[%d] %s", i, p)
			for _, s := range stmts {
				if s.Paragraph == i {
					t.Logf("      -> %q %s %s to=%q: %.90s", s.Speaker, s.Cue, s.Kind, s.To, s.Text)
				}
			}
		}
	}
}
