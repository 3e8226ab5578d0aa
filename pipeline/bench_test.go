package pipeline

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/gocolly/colly/v2"

	"github.com/quotewire/quotewire/config"
)

// benchSite serves n article pages linked from a feed, as fast as it can.
func benchSite(n int) http.Handler {
	page := func(i int) string {
		return fmt.Sprintf(`<html><head><title>Report %d</title><meta property="article:published_time" content="2025-11-%02dT08:00:00Z"></head>
<body><nav><a href="/">Home</a></nav><article><h1>Report %d</h1>
<p>The county board voted on Thursday to extend the night bus service for another year, after a long debate about costs, number %d.</p>
<p>"Nobody should have to walk home at two in the morning because the last bus left at midnight," said councillor Mira Halvorsen.</p>
<p>Transport director Oskar Lund told the board that ridership had grown every month since the trial began in the spring.</p>
<p>According to the finance office, the extension will cost about 1.4 million a year, paid from the parking fund.</p>
</article><footer>Copyright</footer></body></html>`, i, 1+i%28, i, i)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		var b strings.Builder
		b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>Bench</title>`)
		for i := range n {
			fmt.Fprintf(&b, "<item><link>http://%s/a/%d.html</link></item>", r.Host, i)
		}
		b.WriteString("</channel></rss>")
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write([]byte(b.String()))
	})
	mux.HandleFunc("/a/", func(w http.ResponseWriter, r *http.Request) {
		var i int
		fmt.Sscanf(strings.TrimPrefix(r.URL.Path, "/a/"), "%d.html", &i)
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(page(i)))
	})
	return mux
}

// BenchmarkCrawl compares, in one run over the same local site with
// politeness off, a bare Colly collector (fetch only) with quotewire's
// crawl: fetch, robots.txt, seen-store, extraction of article and
// statements, durable index writes. pages/s is reported for each.
func BenchmarkCrawl(b *testing.B) {
	const pages = 300
	const par = 4
	srv := httptest.NewServer(benchSite(pages))
	defer srv.Close()

	b.Run("bare-colly", func(b *testing.B) {
		for range b.N {
			c := colly.NewCollector()
			c.Async = true
			c.IgnoreRobotsTxt = true
			c.Limit(&colly.LimitRule{DomainGlob: "*", Parallelism: par})
			c.OnResponse(func(r *colly.Response) {})
			c.OnXML("//item/link", func(e *colly.XMLElement) { c.Visit(e.Text) })
			c.Visit(srv.URL + "/feed.xml")
			c.Wait()
		}
		b.ReportMetric(float64(pages*b.N)/b.Elapsed().Seconds(), "pages/s")
	})
	for _, mode := range []string{"quotewire-fetch", "quotewire-full"} {
		b.Run(mode, func(b *testing.B) {
			for range b.N {
				b.StopTimer()
				cfg := config.Default()
				cfg.DataDir = b.TempDir()
				cfg.Delay = time.Nanosecond
				cfg.Parallelism = par
				cfg.Sources = []config.Source{{Name: "bench", Feeds: []string{srv.URL + "/feed.xml"}, MaxPages: pages + 10}}
				if err := cfg.Validate(); err != nil {
					b.Fatal(err)
				}
				p, err := Open(cfg, nil)
				if err != nil {
					b.Fatal(err)
				}
				p.fetchOnly = mode == "quotewire-fetch"
				b.StartTimer()
				st, err := p.Crawl(context.Background(), &cfg.Sources[0])
				b.StopTimer()
				if err != nil || st.Requests < pages {
					b.Fatalf("crawl: %v, %+v", err, st)
				}
				p.Close()
				b.StartTimer()
			}
			b.ReportMetric(float64(pages*b.N)/b.Elapsed().Seconds(), "pages/s")
		})
	}
}

// BenchmarkSeenMillion measures the crawl state with 1,000,000 URLs done:
// the Go heap in use after filling it (the state lives in the mmapped
// bbolt file, not in memory) and the cost of one seen-check.
func BenchmarkSeenMillion(b *testing.B) {
	const n = 1_000_000
	s, err := OpenStore(b.TempDir(), time.Second)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	urls := func(i int) string {
		return fmt.Sprintf("https://news%d.example.com/2025/11/%d/story-%d.html", i%50, i%28, i)
	}
	const batch = 10_000
	for i := 0; i < n; i += batch {
		keys := make([]string, batch)
		for j := range keys {
			keys[j] = urls(i + j)
		}
		if err := s.Put(PageState{Done: true, Article: true, Status: 200}, keys...); err != nil {
			b.Fatal(err)
		}
	}
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	heap := float64(ms.HeapInuse) / (1 << 20)
	b.ResetTimer()
	for i := range b.N {
		if !s.Done(urls((i * 7919) % n)) {
			b.Fatal("a stored URL is not done")
		}
	}
	b.ReportMetric(heap, "heap-MiB")
}
