package pipeline

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/quotewire/quotewire/config"
	"github.com/quotewire/quotewire/demosite"
	"github.com/quotewire/quotewire/extractors"
	"github.com/quotewire/quotewire/index"
)

// requestLog counts the requests a test server receives, by path.
type requestLog struct {
	mu     sync.Mutex
	counts map[string]int
	agents map[string]bool
}

func (l *requestLog) wrap(h http.Handler) http.Handler {
	l.counts = map[string]int{}
	l.agents = map[string]bool{}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		l.mu.Lock()
		l.counts[r.URL.Path]++
		l.agents[r.UserAgent()] = true
		l.mu.Unlock()
		h.ServeHTTP(w, r)
	})
}

func (l *requestLog) count(path string) int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.counts[path]
}

func testConfig(t *testing.T, srcs ...config.Source) *config.Config {
	t.Helper()
	cfg := config.Default()
	cfg.DataDir = t.TempDir()
	cfg.Delay = time.Millisecond
	cfg.Timeout = 5 * time.Second
	cfg.Sources = srcs
	if err := cfg.Validate(); err != nil {
		t.Fatal(err)
	}
	return cfg
}

func openTest(t *testing.T, cfg *config.Config) *Pipeline {
	t.Helper()
	p, err := Open(cfg, nil)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestCrawlDemoSiteEndToEnd(t *testing.T) {
	var log requestLog
	srv := httptest.NewServer(log.wrap(demosite.Handler()))
	defer srv.Close()
	cfg := testConfig(t, config.Source{
		Name:     "demo",
		Feeds:    []string{srv.URL + "/feed.xml"},
		Sitemaps: []string{srv.URL + "/sitemap.xml"},
		Start:    []string{srv.URL + "/"},
	})
	src := &cfg.Sources[0]
	ctx := context.Background()

	p := openTest(t, cfg)
	st, err := p.Crawl(ctx, src)
	if err != nil {
		t.Fatal(err)
	}
	var allowed, disallowed []demosite.Article
	for _, a := range demosite.Articles() {
		if a.Disallowed {
			disallowed = append(disallowed, a)
		} else {
			allowed = append(allowed, a)
		}
	}
	if len(disallowed) == 0 {
		t.Fatal("the demo site has no robots-disallowed article to test with")
	}
	// Every allowed article is indexed, and nothing else yields
	// statements (front, section and tag pages hold only teasers).
	for _, a := range allowed {
		if !p.Store().Done(srv.URL + a.Path) {
			t.Errorf("article %s not done", a.Path)
		}
	}
	if st.Articles < int64(len(allowed)) {
		t.Errorf("articles = %d, want at least %d (every allowed article)", st.Articles, len(allowed))
	}
	isArticle := map[string]bool{}
	for _, a := range allowed {
		isArticle[srv.URL+a.Path] = true
	}
	err = p.Index().Export(ctx, index.Query{}, func(r index.Record) error {
		if !isArticle[r.URL] {
			t.Errorf("statement from a page that is not an article: %s: %q", r.URL, r.Text)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if st.Errors != 0 {
		t.Errorf("errors = %d", st.Errors)
	}
	if st.Blocked == 0 {
		t.Error("nothing was blocked by robots.txt")
	}
	for _, a := range disallowed {
		if n := log.count(a.Path); n != 0 {
			t.Errorf("robots-disallowed %s was requested %d times", a.Path, n)
		}
	}
	for _, a := range allowed {
		if n := log.count(a.Path); n != 1 {
			t.Errorf("%s requested %d times, want 1", a.Path, n)
		}
	}
	for ua := range log.agents {
		if !strings.HasPrefix(ua, "quotewire/") {
			t.Errorf("user agent %q does not name quotewire", ua)
		}
	}
	// Every article holds statements; the index holds exactly what the
	// crawl reported.
	if st.Statements < 3*int64(len(allowed)) {
		t.Errorf("statements = %d, want at least 3 per article", st.Statements)
	}
	count, err := p.Index().Count()
	if err != nil {
		t.Fatal(err)
	}
	if count != uint64(st.Statements) {
		t.Errorf("index holds %d statements, crawl reported %d", count, st.Statements)
	}

	// A named speaker is found by --speaker, and by a date range.
	res, err := p.Index().Search(ctx, index.Query{Speaker: "marquez", Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	if res.Total == 0 {
		t.Fatal("no statement by Marquez")
	}
	var marquezDay time.Time
	for _, h := range res.Hits {
		if !strings.Contains(strings.ToLower(h.Speaker), "marquez") {
			t.Errorf("speaker search returned %q", h.Speaker)
		}
		if h.Published.IsZero() {
			t.Errorf("statement without a date: %+v", h.Record)
		} else {
			marquezDay = h.Published
		}
	}
	day := marquezDay.UTC().Truncate(24 * time.Hour)
	res, err = p.Index().Search(ctx, index.Query{Speaker: "marquez", Since: day, Until: day.Add(24*time.Hour - time.Nanosecond)})
	if err != nil {
		t.Fatal(err)
	}
	if res.Total == 0 {
		t.Errorf("no Marquez statement on %s by date range", day.Format(time.DateOnly))
	}
	if err := p.Close(); err != nil {
		t.Fatal(err)
	}

	// A second crawl, after reopening the data folder, fetches no article
	// again and adds nothing.
	p = openTest(t, cfg)
	defer p.Close()
	st2, err := p.Crawl(ctx, src)
	if err != nil {
		t.Fatal(err)
	}
	if st2.Articles != 0 || st2.Statements != 0 {
		t.Errorf("second crawl: %d articles, %d statements; want 0, 0", st2.Articles, st2.Statements)
	}
	for _, a := range allowed {
		if n := log.count(a.Path); n != 1 {
			t.Errorf("after the second crawl %s was requested %d times, want 1", a.Path, n)
		}
	}
	if c2, _ := p.Index().Count(); c2 != count {
		t.Errorf("second crawl changed the index: %d statements, was %d", c2, count)
	}

	// Reindex rebuilds the same statements from the archive, offline.
	srv.Close()
	rst, err := p.Reindex(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if rst.Articles != st.Articles || rst.Statements != int64(count) || rst.Errors != 0 {
		t.Errorf("reindex: %+v; want %d articles, %d statements", rst, st.Articles, count)
	}
	if c3, _ := p.Index().Count(); c3 != count {
		t.Errorf("reindex changed the statement count: %d, was %d", c3, count)
	}
}

// badSite serves pages that must be handled without errors or panics.
func badSite() http.Handler {
	mux := http.NewServeMux()
	page := func(path, ctype, body string) {
		mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", ctype)
			w.Write([]byte(body))
		})
	}
	page("/{$}", "text/html", `<html><body><a href="/report.pdf">PDF</a> <a href="/empty.html">empty</a>
<a href="/broken.html">broken</a> <a href="/good.html">good</a> <a href="/missing.html">gone</a></body></html>`)
	page("/report.pdf", "application/pdf", "%PDF-1.4 not a web page")
	page("/empty.html", "text/html", "")
	page("/broken.html", "text/html; charset=utf-8", `<html><body><article><p>Unclosed <b>bold <i>and <p>"We will reopen the bridge on Friday," said Mayor Tomas Reyes, <div></table>`)
	page("/good.html", "text/html; charset=utf-8", `<html><head><title>Bridge reopens</title>
<meta property="article:published_time" content="2025-11-03T10:00:00Z"></head><body><article><h1>Bridge reopens</h1>
<p>The old river bridge in Lowell Falls will open to traffic again next week after eight months of repairs, city officials announced on Monday.</p>
<p>"The crews finished ahead of schedule and under budget," Mayor Tomas Reyes said at a news conference beside the river.</p>
<p>Reyes added that a weight limit for lorries would stay in place until an inspection in the spring.</p>
</article></body></html>`)
	return mux
}

func TestCrawlBadPages(t *testing.T) {
	var log requestLog
	srv := httptest.NewServer(log.wrap(badSite()))
	defer srv.Close()
	cfg := testConfig(t, config.Source{Name: "bad", Start: []string{srv.URL + "/"}})
	p := openTest(t, cfg)
	defer p.Close()
	st, err := p.Crawl(context.Background(), &cfg.Sources[0])
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles < 1 {
		t.Errorf("articles = %d; the good page was not indexed", st.Articles)
	}
	if st.Skipped < 2 {
		t.Errorf("skipped = %d; want the PDF and the empty page skipped", st.Skipped)
	}
	if st.Errors != 1 {
		t.Errorf("errors = %d; want 1 (the 404)", st.Errors)
	}
	res, err := p.Index().Search(context.Background(), index.Query{Speaker: "reyes"})
	if err != nil {
		t.Fatal(err)
	}
	if res.Total == 0 {
		t.Error("no statement by Reyes from the good page")
	}
	// The failed URL is recorded with its reason, and is not done.
	st404, ok, err := p.Store().Get(srv.URL + "/missing.html")
	if err != nil || !ok || st404.Status != http.StatusNotFound || st404.Done {
		t.Errorf("404 state = %+v, %v, %v", st404, ok, err)
	}
}

func TestCrawlStopsOnCancel(t *testing.T) {
	srv := httptest.NewServer(demosite.Handler())
	defer srv.Close()
	cfg := testConfig(t, config.Source{Name: "demo", Feeds: []string{srv.URL + "/feed.xml"}, Delay: 200 * time.Millisecond})
	p := openTest(t, cfg)
	defer p.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	st, err := p.Crawl(ctx, &cfg.Sources[0])
	if err == nil {
		t.Fatal("a cancelled crawl returned no error")
	}
	if st.Articles >= int64(len(demosite.Articles())-1) {
		t.Errorf("cancelled crawl still fetched %d articles", st.Articles)
	}
}

// TestCrawlFetchesURLVariantsOnce: one story linked as "/story/",
// "/story" and "/story/index.html" is fetched once, in one run and across
// runs.
func TestCrawlFetchesURLVariantsOnce(t *testing.T) {
	story := `<html><head><title>Ferry timetable changes</title>
<meta property="article:published_time" content="2025-10-02T08:00:00Z"></head><body><article><h1>Ferry timetable changes</h1>
<p>The island ferry will run an extra crossing on weekday evenings from next month, the harbour board announced on Thursday.</p>
<p>"Commuters asked for a later boat and we listened," board chair Ines Moreau said.</p>
</article></body></html>`
	var log requestLog
	mux := http.NewServeMux()
	mux.HandleFunc("/{$}", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte(`<html><body><a href="/news/ferry/">a</a> <a href="/news/ferry">b</a> <a href="/news/ferry/index.html">c</a></body></html>`))
	})
	for _, p := range []string{"/news/ferry/", "/news/ferry", "/news/ferry/index.html"} {
		mux.HandleFunc(p, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write([]byte(story))
		})
	}
	srv := httptest.NewServer(log.wrap(mux))
	defer srv.Close()
	cfg := testConfig(t, config.Source{Name: "ferry", Start: []string{srv.URL + "/"}})
	p := openTest(t, cfg)
	defer p.Close()
	fetches := func() int {
		return log.count("/news/ferry/") + log.count("/news/ferry") + log.count("/news/ferry/index.html")
	}
	for run := 1; run <= 2; run++ {
		if _, err := p.Crawl(context.Background(), &cfg.Sources[0]); err != nil {
			t.Fatal(err)
		}
		if n := fetches(); n != 1 {
			t.Fatalf("after run %d: the story was fetched %d times under its three URLs, want once", run, n)
		}
	}
	res, err := p.Index().Search(context.Background(), index.Query{Speaker: "moreau"})
	if err != nil || res.Total != 1 {
		t.Fatalf("statements by Moreau: %v, %v; want 1", res, err)
	}
}

// An affiliation the extractor took off a speaker's name ("of Imperial
// College") is kept in the record's role, after any title the name
// carries; a statement without one leaves the role to the index.
func TestRecordsKeepAffiliation(t *testing.T) {
	art := &extractors.Article{URL: "https://news.example/a", Title: "Cases fall", SiteName: "Example News"}
	stmts := []extractors.Statement{
		{Speaker: "Professor Neil Ferguson", Affiliation: "of Imperial College London", Cue: "said", Kind: extractors.KindIndirect, Text: "it could be 200,000"},
		{Speaker: "Mayor Elena Marquez", Cue: "said", Kind: extractors.KindIndirect, Text: "the road would reopen"},
	}
	recs := records(art, stmts, time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC))
	if len(recs) != 2 {
		t.Fatalf("got %d records, want 2", len(recs))
	}
	if got, want := recs[0].Role, "Professor of Imperial College London"; got != want {
		t.Errorf("role %q, want %q", got, want)
	}
	if recs[1].Role != "" {
		t.Errorf("role %q for a statement with no affiliation, want it left to the index", recs[1].Role)
	}
}
