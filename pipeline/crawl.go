package pipeline

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"mime"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gobwas/glob"
	"github.com/gocolly/colly/v2"
	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html"

	"github.com/quotewire/quotewire/config"
	"github.com/quotewire/quotewire/extractors"
	"github.com/quotewire/quotewire/index"
)

// Stats counts what one crawl of a source did.
type Stats struct {
	Source     string        `json:"source"`
	Requests   int64         `json:"requests"`   // pages, feeds and sitemaps fetched
	Articles   int64         `json:"articles"`   // pages whose article was extracted and indexed
	Statements int64         `json:"statements"` // statements indexed
	Skipped    int64         `json:"skipped"`    // already done, not HTML, or over the page cap
	Blocked    int64         `json:"blocked"`    // refused by robots.txt
	Errors     int64         `json:"errors"`     // failed fetches and failed writes
	Duration   time.Duration `json:"duration"`
}

// Request kinds, carried in the Colly request context.
const (
	kindPage    = "page"
	kindFeed    = "feed"
	kindSitemap = "sitemap"
)

// crawl is the state of one run of one source.
type crawl struct {
	p     *Pipeline
	src   *config.Source
	ctx   context.Context
	c     *colly.Collector
	log   *slog.Logger
	pages atomic.Int64 // page requests issued, for the max_pages cap

	mu      sync.Mutex
	queued  map[string]bool // canonical URLs requested in this run
	stats   Stats
	firstEr error
}

// Crawl runs one pass over src: it reads its feeds and sitemaps, visits its
// start pages, follows allowed links, and extracts and indexes every new
// article. Articles already done in an earlier run are not fetched again.
func (p *Pipeline) Crawl(ctx context.Context, src *config.Source) (Stats, error) {
	start := time.Now()
	cr := &crawl{
		p:      p,
		src:    src,
		ctx:    ctx,
		log:    p.log.With("source", src.Name),
		queued: map[string]bool{},
	}
	cr.stats.Source = src.Name
	c, err := cr.collector()
	if err != nil {
		return cr.stats, err
	}
	cr.c = c
	for _, u := range src.Feeds {
		cr.visit(u, kindFeed, true)
	}
	for _, u := range src.Sitemaps {
		cr.visit(u, kindSitemap, true)
	}
	for _, u := range src.Start {
		cr.visit(u, kindPage, true)
	}
	c.Wait()
	cr.mu.Lock()
	defer cr.mu.Unlock()
	cr.stats.Duration = time.Since(start)
	if err := ctx.Err(); err != nil {
		return cr.stats, fmt.Errorf("pipeline: crawl %s: %w", src.Name, err)
	}
	return cr.stats, cr.firstEr
}

// collector builds a Colly collector for the source. Every option is set
// explicitly after construction, so COLLY_* environment variables change
// nothing.
func (cr *crawl) collector() (*colly.Collector, error) {
	cfg := cr.p.cfg
	c := colly.NewCollector(colly.StdlibContext(cr.ctx))
	c.UserAgent = cfg.UserAgent
	c.MaxBodySize = cfg.MaxBody
	c.IgnoreRobotsTxt = false
	c.Async = true
	c.AllowURLRevisit = false
	c.DetectCharset = false
	c.CacheDir = ""
	c.MaxDepth = 0
	c.MaxRequests = 0
	c.AllowedDomains = cr.src.AllowedHosts
	c.SetRequestTimeout(cfg.Timeout)
	// A LimitRule throttles the requests matching it as one group, so
	// each host gets its own rules (with and without a port): hosts are
	// limited separately and fetched in parallel.
	par := cfg.Parallelism
	if par < 1 {
		par = 1
	}
	for _, h := range cr.src.AllowedHosts {
		q := glob.QuoteMeta(h)
		for _, g := range []string{q, q + ":*"} {
			if err := c.Limit(&colly.LimitRule{DomainGlob: g, Parallelism: par, Delay: cr.src.Delay}); err != nil {
				return nil, fmt.Errorf("pipeline: limit rule for %s: %w", h, err)
			}
		}
	}
	c.OnResponseHeaders(cr.onHeaders)
	c.OnResponse(cr.onResponse)
	c.OnError(cr.onError)
	return c, nil
}

func (cr *crawl) add(f func(s *Stats)) {
	cr.mu.Lock()
	f(&cr.stats)
	cr.mu.Unlock()
}

// visit queues u unless it was queued in this run, is done from an
// earlier run, or the page cap is reached. Seeds (configured start points)
// are fetched on every run.
func (cr *crawl) visit(raw, kind string, seed bool) {
	if cr.ctx.Err() != nil {
		return
	}
	u, err := Canonical(raw)
	if err != nil {
		cr.log.Debug("skip bad URL", "url", raw, "err", err)
		return
	}
	cr.mu.Lock()
	if cr.queued[u] {
		cr.mu.Unlock()
		return
	}
	cr.queued[u] = true
	cr.mu.Unlock()
	if kind == kindPage && !seed {
		if cr.p.store.Done(u) {
			cr.add(func(s *Stats) { s.Skipped++ })
			return
		}
		if cr.src.MaxPages > 0 && cr.pages.Load() >= int64(cr.src.MaxPages) {
			cr.add(func(s *Stats) { s.Skipped++ })
			return
		}
	}
	if kind == kindPage {
		cr.pages.Add(1)
	}
	rctx := colly.NewContext()
	rctx.Put("kind", kind)
	if seed {
		rctx.Put("seed", "1")
	}
	err = cr.c.Request("GET", u, nil, rctx, nil)
	switch {
	case err == nil:
	case errors.Is(err, colly.ErrRobotsTxtBlocked):
		cr.log.Info("robots.txt disallows", "url", u)
		cr.add(func(s *Stats) { s.Blocked++ })
	case errors.Is(err, colly.ErrForbiddenDomain), errors.As(err, new(*colly.AlreadyVisitedError)):
		cr.log.Debug("not fetched", "url", u, "reason", err)
	default:
		cr.log.Warn("request failed", "url", u, "err", err)
		cr.add(func(s *Stats) { s.Errors++ })
	}
}

// onHeaders aborts pages that are not HTML before their body is read.
func (cr *crawl) onHeaders(r *colly.Response) {
	if r.Request.Ctx.Get("kind") != kindPage || r.StatusCode >= 300 {
		return
	}
	if ct := r.Headers.Get("Content-Type"); ct != "" && !isHTML(ct) {
		cr.log.Info("not HTML, skipped", "url", r.Request.URL.String(), "content_type", ct)
		cr.add(func(s *Stats) { s.Skipped++ })
		r.Request.Abort()
	}
}

func (cr *crawl) onError(r *colly.Response, err error) {
	if errors.Is(err, colly.ErrAbortedAfterHeaders) {
		return // counted by onHeaders
	}
	u := r.Request.URL.String()
	cr.log.Warn("fetch failed", "url", u, "status", r.StatusCode, "err", err)
	cr.add(func(s *Stats) { s.Requests++; s.Errors++ })
	if r.Request.Ctx.Get("kind") == kindPage {
		if ferr := cr.p.store.Fail(u, r.StatusCode, err.Error()); ferr != nil {
			cr.fail(ferr)
		}
	}
}

func (cr *crawl) fail(err error) {
	cr.mu.Lock()
	defer cr.mu.Unlock()
	cr.stats.Errors++
	if cr.firstEr == nil {
		cr.firstEr = err
	}
}

func (cr *crawl) onResponse(r *colly.Response) {
	cr.add(func(s *Stats) { s.Requests++ })
	switch r.Request.Ctx.Get("kind") {
	case kindFeed:
		cr.onFeed(r)
	case kindSitemap:
		cr.onSitemap(r)
	default:
		cr.onPage(r)
	}
}

func (cr *crawl) onFeed(r *colly.Response) {
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(r.Body))
	if err != nil {
		cr.log.Warn("bad feed", "url", r.Request.URL.String(), "err", err)
		cr.add(func(s *Stats) { s.Errors++ })
		return
	}
	for _, it := range feed.Items {
		link := it.Link
		if link == "" && len(it.Links) > 0 {
			link = it.Links[0]
		}
		if link != "" {
			cr.visit(r.Request.AbsoluteURL(link), kindPage, false)
		}
	}
}

// sitemapDoc holds both sitemap shapes: a urlset and a sitemap index.
type sitemapDoc struct {
	XMLName  xml.Name `xml:""`
	URLs     []string `xml:"url>loc"`
	Sitemaps []string `xml:"sitemap>loc"`
}

func (cr *crawl) onSitemap(r *colly.Response) {
	var sm sitemapDoc
	if err := xml.Unmarshal(r.Body, &sm); err != nil {
		cr.log.Warn("bad sitemap", "url", r.Request.URL.String(), "err", err)
		cr.add(func(s *Stats) { s.Errors++ })
		return
	}
	for _, u := range sm.Sitemaps {
		cr.visit(r.Request.AbsoluteURL(strings.TrimSpace(u)), kindSitemap, false)
	}
	for _, u := range sm.URLs {
		cr.visit(r.Request.AbsoluteURL(strings.TrimSpace(u)), kindPage, false)
	}
}

func (cr *crawl) onPage(r *colly.Response) {
	u := r.Request.URL
	ct := r.Headers.Get("Content-Type")
	if ct != "" && !isHTML(ct) || len(bytes.TrimSpace(r.Body)) == 0 {
		cr.log.Info("not an HTML page, skipped", "url", u.String(), "content_type", ct, "bytes", len(r.Body))
		cr.add(func(s *Stats) { s.Skipped++ })
		return
	}
	// Colly has already decoded a body whose header names a charset.
	if _, params, err := mime.ParseMediaType(ct); err == nil && params["charset"] != "" {
		ct = "text/html; charset=utf-8"
	}
	for _, link := range links(r.Body) {
		abs := r.Request.AbsoluteURL(link)
		if abs != "" && cr.follows(abs) {
			cr.visit(abs, kindPage, false)
		}
	}
	art, err := extractors.FromHTML(r.Body, ct, u)
	if err != nil {
		cr.log.Warn("extraction failed", "url", u.String(), "err", err)
		cr.add(func(s *Stats) { s.Errors++ })
		return
	}
	fetched, _ := Canonical(u.String())
	if len(art.Paragraphs) == 0 {
		// Not an article (a front page, a section or tag page): it is
		// not marked done, so it is read again for new links next time.
		cr.log.Debug("no article body", "url", fetched)
		return
	}
	n, err := cr.p.indexArticle(cr.ctx, art, fetched)
	if err != nil {
		cr.fail(err)
		return
	}
	cr.add(func(s *Stats) { s.Articles++; s.Statements += int64(n) })
	cr.log.Info("article", "url", art.URL, "statements", n)
}

// follows reports whether a link to u should be followed.
func (cr *crawl) follows(u string) bool {
	if len(cr.src.FollowRE) == 0 {
		return true
	}
	for _, re := range cr.src.FollowRE {
		if re.MatchString(u) {
			return true
		}
	}
	return false
}

// isHTML reports whether a Content-Type names an HTML document.
func isHTML(ct string) bool {
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil {
		return strings.Contains(strings.ToLower(ct), "html")
	}
	return mt == "text/html" || mt == "application/xhtml+xml"
}

// links returns the href of every <a> in an HTML page, using the tokenizer
// rather than a full parse.
func links(body []byte) []string {
	var out []string
	z := html.NewTokenizer(bytes.NewReader(body))
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			if z.Err() != io.EOF {
				return out
			}
			return out
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			if len(name) != 1 || name[0] != 'a' || !hasAttr {
				continue
			}
			for {
				k, v, more := z.TagAttr()
				if string(k) == "href" {
					if h := strings.TrimSpace(string(v)); h != "" && !strings.HasPrefix(h, "#") &&
						!strings.HasPrefix(h, "javascript:") && !strings.HasPrefix(h, "mailto:") {
						out = append(out, h)
					}
					break
				}
				if !more {
					break
				}
			}
		}
	}
}

// Canonical normalises a URL for the seen-check: lower-case scheme and
// host, no default port, no fragment, no tracking parameters.
func Canonical(raw string) (string, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return "", err
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return "", fmt.Errorf("not an http(s) URL: %q", raw)
	}
	if u.Host == "" {
		return "", fmt.Errorf("no host in %q", raw)
	}
	u.Scheme = strings.ToLower(u.Scheme)
	u.Host = strings.ToLower(u.Host)
	if p := u.Port(); (p == "80" && u.Scheme == "http") || (p == "443" && u.Scheme == "https") {
		u.Host = u.Hostname()
	}
	u.Fragment = ""
	u.RawFragment = ""
	if u.Path == "" {
		u.Path = "/"
	}
	if u.RawQuery != "" {
		q := u.Query()
		for k := range q {
			lk := strings.ToLower(k)
			if strings.HasPrefix(lk, "utm_") || trackingParams[lk] {
				q.Del(k)
			}
		}
		u.RawQuery = q.Encode()
	}
	return u.String(), nil
}

var trackingParams = map[string]bool{
	"fbclid": true, "gclid": true, "dclid": true, "msclkid": true, "mc_cid": true,
	"mc_eid": true, "igshid": true, "yclid": true, "_ga": true, "ref_src": true,
}

// records turns an article's statements into index records.
func records(art *extractors.Article, stmts []extractors.Statement, now time.Time) []index.Record {
	recs := make([]index.Record, 0, len(stmts))
	for _, s := range stmts {
		recs = append(recs, index.Record{
			Speaker:   s.Speaker,
			Cue:       s.Cue,
			Kind:      s.Kind,
			Text:      s.Text,
			To:        s.To,
			Paragraph: s.Paragraph,
			URL:       art.URL,
			Title:     art.Title,
			Outlet:    art.SiteName,
			Published: art.Published,
			Extracted: now,
		})
	}
	return recs
}
