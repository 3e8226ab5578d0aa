// Package eval scores attributed-statement predictions against gold files,
// mirroring the reference scorer /work/shared/gold/score.py: the same
// tokenisation, the same one-to-one matching and the same report.
package eval

import (
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/quotewire/quotewire/extractors"
)

// GoldStatement is one annotated statement of a gold file.
type GoldStatement struct {
	// Speaker lists the acceptable names of the source, best first.
	Speaker []string `json:"speaker"`
	// Cue is the attribution verb or phrase.
	Cue string `json:"cue"`
	// Kind is "direct", "indirect" or "mixed".
	Kind string `json:"kind"`
	// Text is the content span.
	Text string `json:"text"`
	// To is the addressee or outlet, when named.
	To string `json:"to,omitempty"`
}

// Gold is one annotated document, loaded from a gold JSON file.
type Gold struct {
	// ID identifies the document; predictions name it in their Doc field.
	ID string `json:"id"`
	// Document is the path of the article (.txt, .html or .html.gz),
	// resolved relative to the gold file's folder once loaded.
	Document string `json:"document"`
	// Title is the headline, when the gold file gives one.
	Title string `json:"title,omitempty"`
	// URL is the page's address, when the gold file gives one.
	URL string `json:"url,omitempty"`
	// Statements are the annotated statements in document order.
	Statements []GoldStatement `json:"statements"`
}

// LoadGoldDir reads every *.json file of dir, in file-name order, as
// score.py does.
func LoadGoldDir(dir string) ([]Gold, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("eval: read gold dir: %w", err)
	}
	names := make([]string, 0, len(entries))
	for _, e := range entries {
		if !e.IsDir() && strings.HasSuffix(e.Name(), ".json") {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	out := make([]Gold, 0, len(names))
	for _, name := range names {
		g, err := LoadGold(filepath.Join(dir, name))
		if err != nil {
			return nil, err
		}
		out = append(out, g)
	}
	return out, nil
}

// LoadGold reads one gold JSON file; its Document is resolved relative to
// the file's folder.
func LoadGold(path string) (Gold, error) {
	var g Gold
	b, err := os.ReadFile(path)
	if err != nil {
		return g, fmt.Errorf("eval: read gold file: %w", err)
	}
	if err := json.Unmarshal(b, &g); err != nil {
		return g, fmt.Errorf("eval: parse gold file %s: %w", path, err)
	}
	if g.Document != "" && !filepath.IsAbs(g.Document) {
		g.Document = filepath.Join(filepath.Dir(path), g.Document)
	}
	return g, nil
}

// LoadArticle reads the gold document: plain text (.txt) through
// extractors.FromText, HTML (.html, optionally gzipped) through
// extractors.FromReader.
func LoadArticle(g Gold) (*extractors.Article, error) {
	f, err := os.Open(g.Document)
	if err != nil {
		return nil, fmt.Errorf("eval: open document of %s: %w", g.ID, err)
	}
	defer f.Close()
	var r io.Reader = f
	name := g.Document
	if strings.HasSuffix(name, ".gz") {
		zr, err := gzip.NewReader(f)
		if err != nil {
			return nil, fmt.Errorf("eval: gunzip document of %s: %w", g.ID, err)
		}
		defer zr.Close()
		r = zr
		name = strings.TrimSuffix(name, ".gz")
	}
	switch {
	case strings.HasSuffix(name, ".html"), strings.HasSuffix(name, ".htm"):
		var u *url.URL
		if g.URL != "" {
			u, _ = url.Parse(g.URL) // a bad URL only loses link resolution
		}
		a, err := extractors.FromReader(r, u)
		if err != nil {
			return nil, fmt.Errorf("eval: extract article of %s: %w", g.ID, err)
		}
		return a, nil
	default:
		b, err := io.ReadAll(r)
		if err != nil {
			return nil, fmt.Errorf("eval: read document of %s: %w", g.ID, err)
		}
		return extractors.FromText(string(b)), nil
	}
}

// titleParas returns how many paragraphs open a plain-text document by
// spelling out the gold file's title (one line, or a headline and its
// deck on two or three), and sets the article's title to it. They are
// the headline: statements found in them are not scored, but they stay
// in the text, where they name who the story is about.
func titleParas(a *extractors.Article, title string) int {
	want := strings.Join(strings.Fields(title), " ")
	if want == "" {
		return 0
	}
	got := ""
	for i := 0; i < len(a.Paragraphs) && i < 3; i++ {
		got = strings.TrimSpace(got + " " + a.Paragraphs[i])
		if got == want {
			a.Title = want
			return i + 1
		}
		if !strings.HasPrefix(want, got) {
			return 0
		}
	}
	return 0
}

// Predict runs the statement extractor over the gold document's body.
func Predict(g Gold) ([]Prediction, error) {
	a, err := LoadArticle(g)
	if err != nil {
		return nil, err
	}
	stmts := extractors.ArticleStatements(a)
	if a.Title == "" { // (plain text: an HTML page's title is not in its body)
		if n := titleParas(a, g.Title); n > 0 {
			stmts = slices.DeleteFunc(stmts, func(s extractors.Statement) bool { return s.Paragraph < n })
		}
	}
	return FromStatements(g.ID, stmts), nil
}

// FromStatements turns extracted statements into predictions for doc.
func FromStatements(doc string, stmts []extractors.Statement) []Prediction {
	out := make([]Prediction, 0, len(stmts))
	for _, s := range stmts {
		out = append(out, Prediction{Doc: doc, Speaker: s.Speaker, Text: s.Text, Kind: s.Kind, Cue: s.Cue})
	}
	return out
}
