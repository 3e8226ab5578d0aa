package extractors

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// statementBenchPages returns the bodies of the shared article benchmark
// as paragraphs (its ground-truth text, so the figure does not depend on
// the HTML extractor), or nil when the benchmark is absent.
func statementBenchPages(tb testing.TB) [][]string {
	tb.Helper()
	raw, err := os.ReadFile(filepath.Join("..", "..", "shared", "bench", "article-extraction", "ground-truth.json"))
	if err != nil {
		return nil
	}
	var truth map[string]struct {
		ArticleBody string `json:"articleBody"`
	}
	if err := json.Unmarshal(raw, &truth); err != nil {
		tb.Fatal(err)
	}
	ids := make([]string, 0, len(truth))
	for id := range truth {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	var pages [][]string
	for _, id := range ids {
		t := truth[id]
		var paras []string
		for _, l := range strings.Split(t.ArticleBody, "\n") {
			if l = strings.Join(strings.Fields(l), " "); l != "" {
				paras = append(paras, l)
			}
		}
		pages = append(pages, paras)
	}
	return pages
}

// BenchmarkStatements runs Statements over every benchmark page; ns/op is
// per page. Without the benchmark it uses the hand-written test sentences.
func BenchmarkStatements(b *testing.B) {
	pages := statementBenchPages(b)
	if len(pages) == 0 {
		for _, tc := range stmtCases {
			pages = append(pages, tc.paras)
		}
	}
	size := 0
	for _, p := range pages {
		for _, s := range p {
			size += len(s)
		}
	}
	b.SetBytes(int64(size / len(pages)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Statements(pages[i%len(pages)])
	}
}
