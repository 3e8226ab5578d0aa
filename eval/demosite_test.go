package eval

import (
	"bufio"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/quotewire/quotewire/demosite"
	"github.com/quotewire/quotewire/extractors"
)

// demoGold reads the statements planted in the demo site from
// demosite/STATEMENTS.md: one "## N. PATH — template" section per article,
// each with a table of speaker, cue, kind, addressee and (abridged) text.
func demoGold(t *testing.T) map[string]Gold {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "demosite", "STATEMENTS.md"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	section := regexp.MustCompile(`^## \d+\. (\S+)`)
	asWritten := regexp.MustCompile(`\s*\(.*$|\s+—.*$`)
	out := map[string]Gold{}
	path := ""
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if m := section.FindStringSubmatch(line); m != nil {
			path = m[1]
			out[path] = Gold{ID: path}
			continue
		}
		if path == "" || !strings.HasPrefix(line, "| ") {
			continue
		}
		cells := strings.Split(strings.Trim(line, "|"), "|")
		if len(cells) != 6 || strings.TrimSpace(cells[0]) == "¶" || strings.HasPrefix(strings.TrimSpace(cells[0]), "-") {
			continue
		}
		speaker := strings.TrimSpace(asWritten.ReplaceAllString(strings.TrimSpace(cells[1]), ""))
		text := strings.ReplaceAll(strings.TrimSpace(cells[5]), "…", " ")
		g := out[path]
		g.Statements = append(g.Statements, GoldStatement{
			Speaker: []string{speaker}, Cue: strings.TrimSpace(cells[2]),
			Kind: strings.TrimSpace(cells[3]), To: strings.TrimSpace(cells[4]), Text: text,
		})
		out[path] = g
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestDemoSiteStatements scores the statement engine on the demo site's
// planted statements, end to end from the served HTML: a regression test
// over pages written for this project.
func TestDemoSiteStatements(t *testing.T) {
	golds := demoGold(t)
	srv := httptest.NewServer(demosite.Handler())
	defer srv.Close()
	var gold []Gold
	var preds []Prediction
	for _, a := range demosite.Articles() {
		g, ok := golds[a.Path]
		if !ok || len(g.Statements) == 0 {
			t.Errorf("STATEMENTS.md has no statements for %s", a.Path)
			continue
		}
		resp, err := http.Get(srv.URL + a.Path)
		if err != nil {
			t.Fatal(err)
		}
		body, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		if err != nil {
			t.Fatal(err)
		}
		u, _ := url.Parse(srv.URL + a.Path)
		art, err := extractors.FromHTML(body, resp.Header.Get("Content-Type"), u)
		if err != nil {
			t.Fatal(err)
		}
		gold = append(gold, g)
		preds = append(preds, FromStatements(a.Path, extractors.Statements(art.Paragraphs))...)
	}
	r := Score(gold, preds)
	var b strings.Builder
	r.Write(&b, true)
	t.Logf("demo site:\n%s", b.String())
	// Floors just under what the engine reaches, so that a regression fails.
	if f := r.AttributedF1(); f < 0.80 {
		t.Errorf("attributed F1 on the demo site = %.3f, want at least 0.80", f)
	}
	if a := r.SpeakerAccuracy(); a < 0.85 {
		t.Errorf("speaker accuracy on the demo site = %.3f, want at least 0.85", a)
	}
}
