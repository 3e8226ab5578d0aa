package pipeline

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/quotewire/quotewire/config"
)

// hit is one request as the misbehaving server saw it.
type hit struct {
	path string
	at   time.Time
	hdr  http.Header
}

// misbehavingSite serves the faults a crawler meets on the real web.
type misbehavingSite struct {
	mu     sync.Mutex
	hits   []hit
	flaky  int
	srvURL string
}

func (m *misbehavingSite) log(r *http.Request) {
	m.mu.Lock()
	m.hits = append(m.hits, hit{r.URL.Path, time.Now(), r.Header.Clone()})
	m.mu.Unlock()
}

func (m *misbehavingSite) requests(path string) []hit {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []hit
	for _, h := range m.hits {
		if h.path == path {
			out = append(out, h)
		}
	}
	return out
}

func article(title, speaker string) string {
	return fmt.Sprintf(`<html><head><title>%s</title><meta property="article:published_time" content="2025-11-10T09:00:00Z"></head>
<body><article><h1>%s</h1>
<p>The regional transit board met on Tuesday evening to settle the timetable for the coming winter, a decision that affects thousands of commuters.</p>
<p>"We listened to every rider who wrote to us, and the late buses stay," %s said after the vote.</p>
<p>The board also agreed to publish monthly figures on punctuality from January onwards.</p>
</article></body></html>`, title, title, speaker)
}

func (m *misbehavingSite) handler() http.Handler {
	mux := http.NewServeMux()
	html := func(w http.ResponseWriter, body string) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, body)
	}
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "User-agent: *\nDisallow: /private/\nCrawl-delay: 0.2\nSitemap: %s/sitemap-index.xml\n", m.srvURL)
	})
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == `"feed-v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"feed-v1"`)
		w.Header().Set("Content-Type", "application/rss+xml")
		items := ""
		for _, p := range []string{"/a/copy.html", "/a/limited.html", "/a/flaky.html", "/a/slow.html", "/a/huge.html", "/a/report.pdf",
			"/a/loop1.html", "/a/story.html?utm_source=rss&utm_medium=feed", "/private/secret.html"} {
			items += fmt.Sprintf("<item><title>x</title><link>%s%s</link></item>", m.srvURL, p)
		}
		// An entry pointing to an internal service under another name.
		items += fmt.Sprintf("<item><title>x</title><link>%s</link></item>", strings.Replace(m.srvURL, "127.0.0.1", "localhost", 1)+"/internal/admin")
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>%s</channel></rss>`, items)
	})
	mux.HandleFunc("/sitemap-index.xml", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, `<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>%s/sitemap-1.xml</loc></sitemap></sitemapindex>`, m.srvURL)
	})
	mux.HandleFunc("/sitemap-1.xml", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>%s/a/story.html#comments</loc><news:news><news:publication_date>2025-11-10T09:00:00Z</news:publication_date></news:news></url>
<url><loc>%s/a/from-sitemap.html</loc><news:news><news:publication_date>2025-11-12T09:00:00Z</news:publication_date></news:news></url></urlset>`, m.srvURL, m.srvURL)
	})
	mux.HandleFunc("/start.html", func(w http.ResponseWriter, r *http.Request) {
		html(w, `<html><head><link rel="alternate" type="application/atom+xml" href="/alt-feed.xml"></head><body><p>Front page</p></body></html>`)
	})
	mux.HandleFunc("/alt-feed.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/atom+xml")
		fmt.Fprintf(w, `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Alt</title><entry><title>x</title><link href="%s/a/alt.html"/></entry></feed>`, m.srvURL)
	})
	mux.HandleFunc("/a/alt.html", func(w http.ResponseWriter, r *http.Request) { html(w, article("Alt", "Harbour master Ines Uribe")) })
	mux.HandleFunc("/a/limited.html", func(w http.ResponseWriter, r *http.Request) {
		if len(m.requests("/a/limited.html")) == 1 {
			w.Header().Set("Retry-After", "1")
			w.WriteHeader(http.StatusTooManyRequests)
			return
		}
		html(w, article("Limited", "Board chair Ruth Ogawa"))
	})
	mux.HandleFunc("/a/flaky.html", func(w http.ResponseWriter, r *http.Request) {
		if len(m.requests("/a/flaky.html")) <= 2 {
			w.WriteHeader(http.StatusServiceUnavailable)
			return
		}
		html(w, article("Flaky", "Deputy chair Sam Okafor"))
	})
	mux.HandleFunc("/a/slow.html", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(3 * time.Second):
		case <-r.Context().Done():
		}
		html(w, article("Slow", "Someone Slow"))
	})
	mux.HandleFunc("/a/huge.html", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte("<html><body><p>" + strings.Repeat("word ", 100_000) + "</p></body></html>"))
	})
	mux.HandleFunc("/a/report.pdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		w.Write([]byte("%PDF-1.7 " + strings.Repeat("x", 10_000)))
	})
	mux.HandleFunc("/a/loop1.html", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/a/loop2.html", http.StatusFound) })
	mux.HandleFunc("/a/loop2.html", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/a/loop1.html", http.StatusFound) })
	mux.HandleFunc("/a/story.html", func(w http.ResponseWriter, r *http.Request) { html(w, article("Story", "Transit director Lena Varga")) })
	mux.HandleFunc("/a/copy.html", func(w http.ResponseWriter, r *http.Request) {
		html(w, strings.Replace(article("Story", "Transit director Lena Varga"), "<title>Story", "<title>Syndicated: Story", 1))
	})
	mux.HandleFunc("/a/from-sitemap.html", func(w http.ResponseWriter, r *http.Request) { html(w, article("Mapped", "Councillor Ivo Brandt")) })
	mux.HandleFunc("/private/", func(w http.ResponseWriter, r *http.Request) { html(w, article("Secret", "Nobody")) })
	mux.HandleFunc("/internal/", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("internal admin")) })
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		m.log(r)
		mux.ServeHTTP(w, r)
	})
}

func TestCrawlMisbehavingSite(t *testing.T) {
	m := &misbehavingSite{}
	srv := httptest.NewServer(m.handler())
	defer srv.Close()
	m.srvURL = srv.URL
	cfg := testConfig(t, config.Source{
		Name:  "rough",
		Feeds: []string{srv.URL + "/feed.xml"},
		Start: []string{srv.URL + "/start.html"},
		// localhost is allowed, but only 127.0.0.1 was named as a start
		// point: reaching loopback under another name is refused.
		AllowedHosts: []string{"127.0.0.1", "localhost"},
	})
	cfg.Timeout = time.Second
	cfg.MaxBody = 100_000
	cfg.Sources[0].Delay = 0
	p := openTest(t, cfg)
	defer p.Close()
	ctx := context.Background()
	st, err := p.Crawl(ctx, &cfg.Sources[0])
	if err != nil {
		t.Fatal(err)
	}

	// robots.txt: read once, obeyed, its sitemap used.
	if n := len(m.requests("/robots.txt")); n != 1 {
		t.Errorf("robots.txt fetched %d times", n)
	}
	if n := len(m.requests("/private/secret.html")); n != 0 {
		t.Errorf("disallowed page fetched %d times", n)
	}
	if n := len(m.requests("/a/from-sitemap.html")); n != 1 {
		t.Errorf("page from the robots.txt sitemap fetched %d times", n)
	}
	// 429 with Retry-After and flaky 503s are retried until they succeed.
	lim := m.requests("/a/limited.html")
	if len(lim) != 2 || lim[1].at.Sub(lim[0].at) < 900*time.Millisecond {
		t.Errorf("429 with Retry-After: 1: %d requests", len(lim))
	}
	if n := len(m.requests("/a/flaky.html")); n != 3 {
		t.Errorf("flaky page fetched %d times, want 3", n)
	}
	// The same article under two URLs (tracking parameters, a fragment) is fetched once.
	if n := len(m.requests("/a/story.html")); n != 1 {
		t.Errorf("story fetched %d times", n)
	}
	// Redirect loops end; the internal service is never reached.
	if n := len(m.requests("/a/loop1.html")); n > 12 {
		t.Errorf("redirect loop followed %d times", n)
	}
	if n := len(m.requests("/internal/admin")); n != 0 {
		t.Errorf("internal service reached through a feed entry %d times", n)
	}
	// Crawl-delay: 0.2 spaces requests to the host.
	m.mu.Lock()
	var prev time.Time
	for _, h := range m.hits {
		if h.path == "/robots.txt" {
			continue
		}
		if !prev.IsZero() && h.at.Sub(prev) < 150*time.Millisecond && h.path != "/a/loop2.html" && h.path != "/a/loop1.html" {
			t.Errorf("%s came %v after the previous request; Crawl-delay is 200ms", h.path, h.at.Sub(prev))
		}
		prev = h.at
	}
	m.mu.Unlock()
	if st.Duplicates != 1 {
		t.Errorf("duplicates = %d; the syndicated copy was not recognised", st.Duplicates)
	}
	if n := len(m.requests("/a/alt.html")); n != 1 {
		t.Errorf("article from the start page's alternate Atom feed fetched %d times", n)
	}
	if st.Articles != 5 {
		t.Errorf("articles = %d, want 5 (limited, flaky, story, from-sitemap, alt)", st.Articles)
	}
	// The slow page timed out and is queued for the next run.
	if r, _ := p.Store().Retries(); len(r) == 0 {
		t.Error("the timed-out page was not queued for retry")
	}

	// Second run: the feed is asked for conditionally and answers 304.
	st2, err := p.Crawl(ctx, &cfg.Sources[0])
	if err != nil {
		t.Fatal(err)
	}
	feeds := m.requests("/feed.xml")
	if len(feeds) != 2 || feeds[1].hdr.Get("If-None-Match") != `"feed-v1"` {
		t.Errorf("feed requests: %d, second If-None-Match %q", len(feeds), feeds[len(feeds)-1].hdr.Get("If-None-Match"))
	}
	if st2.Unchanged != 1 || st2.Articles != 0 {
		t.Errorf("second run: unchanged %d, articles %d", st2.Unchanged, st2.Articles)
	}
	if n := len(m.requests("/a/slow.html")); n < 2 {
		t.Errorf("the failed slow page was not tried again (%d requests)", n)
	}
}
