package extractors

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"flag"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/net/html"
)

// benchDir is the shared article-extraction benchmark, relative to the
// package directory.
const benchDir = "../../shared/bench/article-extraction"

// articlesOut names a file to write predictions to, in the shape score.py
// reads: go test ./extractors -run TestArticleBenchF1 -articles-out=/tmp/p.json
var articlesOut = flag.String("articles-out", "", "write benchmark predictions (id -> {articleBody}) to this file")

// benchF1Floor is just under the F1 this extractor reaches on the benchmark.
const benchF1Floor = 0.97

// benchPage is one page of the benchmark with its expected body.
type benchPage struct {
	id, url, truth string
	html           []byte
}

// loadBench reads and decompresses the benchmark pages, skipping the test
// when the benchmark is not there.
func loadBench(tb testing.TB) []benchPage {
	tb.Helper()
	raw, err := os.ReadFile(filepath.Join(benchDir, "ground-truth.json"))
	if err != nil {
		tb.Skipf("benchmark not available: %v", err)
	}
	var truth map[string]struct {
		ArticleBody string `json:"articleBody"`
		URL         string `json:"url"`
	}
	if err := json.Unmarshal(raw, &truth); err != nil {
		tb.Fatal(err)
	}
	pages := make([]benchPage, 0, len(truth))
	for id, t := range truth {
		gz, err := os.ReadFile(filepath.Join(benchDir, "html", id+".html.gz"))
		if err != nil {
			tb.Fatal(err)
		}
		zr, err := gzip.NewReader(bytes.NewReader(gz))
		if err != nil {
			tb.Fatal(err)
		}
		body, err := io.ReadAll(zr)
		if err != nil {
			tb.Fatal(err)
		}
		pages = append(pages, benchPage{id: id, url: t.URL, truth: t.ArticleBody, html: body})
	}
	sort.Slice(pages, func(i, j int) bool { return pages[i].id < pages[j].id })
	return pages
}

// shingles counts the overlapping 4-word shingles of text, as score.py
// does: words are runs of letters, digits and underscores.
func shingles(text string) map[string]int {
	var toks []string
	start := -1
	for i, r := range text + " " {
		w := r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r)
		if w && start < 0 {
			start = i
		} else if !w && start >= 0 {
			toks = append(toks, text[start:i])
			start = -1
		}
	}
	out := make(map[string]int)
	if len(toks) == 0 {
		return out
	}
	if len(toks) < 4 {
		out[strings.Join(toks, "\x00")]++
		return out
	}
	for i := 0; i+4 <= len(toks); i++ {
		out[strings.Join(toks[i:i+4], "\x00")]++
	}
	return out
}

// pageScore returns true positives, false positives and false negatives.
func pageScore(truth, pred string) (tp, fp, fn int) {
	t, q := shingles(truth), shingles(pred)
	for k, n := range q {
		m := min(n, t[k])
		tp += m
		fp += n - m
	}
	for k, n := range t {
		fn += n - min(n, q[k])
	}
	return tp, fp, fn
}

// benchF1 scores predictions the way score.py does: per-page precision
// and recall averaged, then their harmonic mean.
func benchF1(pages []benchPage, preds map[string]string) (p, r, f1 float64) {
	var ps, rs []float64
	for _, pg := range pages {
		tp, fp, fn := pageScore(pg.truth, preds[pg.id])
		if tp+fp > 0 {
			ps = append(ps, float64(tp)/float64(tp+fp))
		}
		if tp+fn > 0 {
			rs = append(rs, float64(tp)/float64(tp+fn))
		}
	}
	p, r = mean(ps), mean(rs)
	if p+r > 0 {
		f1 = 2 * p * r / (p + r)
	}
	return p, r, f1
}

func mean(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs))
}

// TestArticleBenchF1 extracts every benchmark page and checks the body F1
// against benchF1Floor. With -v it lists the weakest pages.
func TestArticleBenchF1(t *testing.T) {
	pages := loadBench(t)
	preds := make(map[string]string, len(pages))
	type row struct {
		id, url string
		p, r    float64
	}
	var rows []row
	for _, pg := range pages {
		a, err := FromHTML(pg.html, "text/html", nil)
		if err != nil {
			t.Fatalf("%s: %v", pg.id, err)
		}
		preds[pg.id] = strings.Join(a.Paragraphs, "\n")
		tp, fp, fn := pageScore(pg.truth, preds[pg.id])
		rows = append(rows, row{pg.id, pg.url, ratio(tp, tp+fp), ratio(tp, tp+fn)})
	}
	p, r, f1 := benchF1(pages, preds)
	t.Logf("pages %d | precision %.3f recall %.3f F1 %.3f", len(pages), p, r, f1)
	sort.Slice(rows, func(i, j int) bool {
		return rows[i].p+rows[i].r < rows[j].p+rows[j].r
	})
	for _, rw := range rows[:min(25, len(rows))] {
		t.Logf("P %.2f R %.2f %s %s", rw.p, rw.r, rw.id[:12], rw.url)
	}
	if *articlesOut != "" {
		out := make(map[string]map[string]string, len(preds))
		for id, body := range preds {
			out[id] = map[string]string{"articleBody": body}
		}
		data, err := json.MarshalIndent(out, "", " ")
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(*articlesOut, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if f1 < benchF1Floor {
		t.Errorf("body F1 %.3f fell below %.3f", f1, benchF1Floor)
	}
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// BenchmarkArticles compares extraction with merely parsing the pages.
func BenchmarkArticles(b *testing.B) {
	pages := loadBench(b)
	b.Run("parse-only", func(b *testing.B) {
		b.ReportAllocs()
		n := 0
		for b.Loop() {
			pg := pages[n%len(pages)]
			if _, err := html.Parse(bytes.NewReader(pg.html)); err != nil {
				b.Fatal(err)
			}
			n++
		}
		b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "pages/s")
	})
	b.Run("extract", func(b *testing.B) {
		b.ReportAllocs()
		n := 0
		for b.Loop() {
			pg := pages[n%len(pages)]
			if _, err := FromHTML(pg.html, "text/html; charset=utf-8", nil); err != nil {
				b.Fatal(err)
			}
			n++
		}
		b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "pages/s")
	})
	b.Run("extract+statements", func(b *testing.B) {
		b.ReportAllocs()
		n := 0
		for b.Loop() {
			pg := pages[n%len(pages)]
			a, err := FromHTML(pg.html, "text/html; charset=utf-8", nil)
			if err != nil {
				b.Fatal(err)
			}
			_ = ArticleStatements(a)
			n++
		}
		b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "pages/s")
	})
}
