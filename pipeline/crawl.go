package pipeline

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"hash/fnv"
	"log/slog"
	"mime"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gobwas/glob"
	"github.com/gocolly/colly/v2"
	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html"

	"github.com/quotewire/quotewire/archive"
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
	Unchanged  int64         `json:"unchanged"`  // feeds, sitemaps and start pages answered 304 Not Modified
	Duplicates int64         `json:"duplicates"` // articles whose text is already stored under another URL
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
	p      *Pipeline
	src    *config.Source
	ctx    context.Context
	c      *colly.Collector
	log    *slog.Logger
	robots *robotsCache
	pages  atomic.Int64 // page requests issued, for the max_pages cap

	mu      sync.Mutex
	queued  map[uint64]struct{} // hashes of the canonical URLs requested in this run
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
		queued: map[uint64]struct{}{},
	}
	cr.stats.Source = src.Name
	c, err := cr.collector()
	if err != nil {
		return cr.stats, err
	}
	cr.c = c
	for _, raw := range seeds(src) {
		if u, err := url.Parse(raw); err == nil {
			for _, sm := range cr.robots.get(ctx, u).sitemaps {
				cr.visit(sm, kindSitemap, false)
			}
		}
	}
	retries, err := p.store.Retries()
	if err != nil {
		return cr.stats, err
	}
	for _, u := range retries {
		if cr.allowedHost(u) {
			cr.visit(u, kindPage, false)
		}
	}
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
	trusted := map[string]bool{}
	for _, raw := range seeds(cr.src) {
		if u, err := url.Parse(raw); err == nil {
			trusted[strings.ToLower(u.Hostname())] = true
		}
	}
	tr := newTransport(trusted, cfg.Timeout, defaultRetry)
	cr.robots = newRobotsCache(&http.Client{Transport: tr}, cfg.UserAgent)

	c := colly.NewCollector(colly.StdlibContext(cr.ctx))
	c.WithTransport(tr)
	c.UserAgent = cfg.UserAgent
	c.MaxBodySize = cfg.MaxBody
	// robots.txt is obeyed, by visit rather than by Colly, so that it is
	// read once per host and run and its Crawl-delay and Sitemap lines
	// are used too.
	c.IgnoreRobotsTxt = true
	c.Async = true
	c.AllowURLRevisit = false
	c.DetectCharset = false
	c.CacheDir = ""
	c.MaxDepth = 0
	c.MaxRequests = 0
	c.AllowedDomains = cr.src.AllowedHosts
	// Timeouts are per attempt, in the transport, so that back-off
	// between retries is not cut short by a whole-request deadline.
	c.SetRequestTimeout(0)
	// A LimitRule throttles the requests matching it as one group, so
	// each host gets its own rules (with and without a port): hosts are
	// limited separately and fetched in parallel.
	par := cfg.Parallelism
	if par < 1 {
		par = 1
	}
	for _, h := range cr.src.AllowedHosts {
		delay := cr.src.Delay
		for _, raw := range seeds(cr.src) {
			if u, err := url.Parse(raw); err == nil && strings.EqualFold(u.Hostname(), h) {
				delay = max(delay, cr.robots.get(cr.ctx, u).crawlDelay)
			}
		}
		cr.p.Metrics.hostDelay(h, delay)
		q := glob.QuoteMeta(h)
		for _, g := range []string{q, q + ":*"} {
			if err := c.Limit(&colly.LimitRule{DomainGlob: g, Parallelism: par, Delay: delay}); err != nil {
				return nil, fmt.Errorf("pipeline: limit rule for %s: %w", h, err)
			}
		}
	}
	c.OnRequest(cr.onRequest)
	c.OnResponseHeaders(cr.onHeaders)
	c.OnResponse(cr.onResponse)
	c.OnError(cr.onError)
	return c, nil
}

func (cr *crawl) add(f func(s *Stats)) {
	cr.mu.Lock()
	f(&cr.stats)
	st := cr.stats
	cr.mu.Unlock()
	if cr.p.Progress != nil {
		cr.p.Progress(st)
	}
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
	// A 64-bit hash rather than the URL keeps a run's memory small when
	// sitemaps list millions of URLs; a collision is vanishingly rare.
	h := fnv.New64a()
	h.Write(pageKey(u))
	key := h.Sum64()
	cr.mu.Lock()
	if _, seen := cr.queued[key]; seen {
		cr.mu.Unlock()
		return
	}
	cr.queued[key] = struct{}{}
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
	pu, err := url.Parse(u)
	if err != nil {
		return
	}
	if !cr.robots.get(cr.ctx, pu).allowed(pu) {
		cr.log.Info("robots.txt disallows", "url", u)
		cr.add(func(s *Stats) { s.Blocked++ })
		return
	}
	if kind == kindPage {
		cr.pages.Add(1)
	}
	rctx := colly.NewContext()
	rctx.Put("kind", kind)
	if seed {
		rctx.Put("seed", "1")
	}
	cr.p.Metrics.queued(cr.src.Name, 1)
	err = cr.c.Request("GET", u, nil, rctx, nil)
	if err != nil {
		cr.p.Metrics.queued(cr.src.Name, -1)
	}
	switch {
	case err == nil:
	case errors.Is(err, colly.ErrForbiddenDomain), errors.As(err, new(*colly.AlreadyVisitedError)):
		cr.log.Debug("not fetched", "url", u, "reason", err)
	default:
		cr.log.Warn("request failed", "url", u, "err", err)
		cr.add(func(s *Stats) { s.Errors++ })
	}
}

// conditional reports whether a request is re-read on every run and so
// is sent with the validators of its last response.
func conditional(ctx *colly.Context) bool {
	return ctx.Get("kind") != kindPage || ctx.Get("seed") != ""
}

// onRequest adds If-None-Match and If-Modified-Since to feeds, sitemaps
// and start pages fetched before.
func (cr *crawl) onRequest(r *colly.Request) {
	if !conditional(r.Ctx) {
		return
	}
	u, err := Canonical(r.URL.String())
	if err != nil {
		return
	}
	if st, ok, _ := cr.p.store.Get(u); ok {
		if st.ETag != "" {
			r.Headers.Set("If-None-Match", st.ETag)
		}
		if st.LastModified != "" {
			r.Headers.Set("If-Modified-Since", st.LastModified)
		}
	}
}

// onHeaders aborts pages that are not HTML, or larger than the body cap,
// before their body is read.
func (cr *crawl) onHeaders(r *colly.Response) {
	if r.StatusCode >= 300 {
		return
	}
	if n, err := strconv.ParseInt(r.Headers.Get("Content-Length"), 10, 64); err == nil && n > int64(cr.p.cfg.MaxBody) {
		cr.log.Warn("larger than max_body, skipped", "url", r.Request.URL.String(), "bytes", n, "max_body", cr.p.cfg.MaxBody)
		cr.add(func(s *Stats) { s.Skipped++ })
		r.Request.Abort()
		return
	}
	if r.Request.Ctx.Get("kind") != kindPage {
		return
	}
	if ct := r.Headers.Get("Content-Type"); ct != "" && !isHTML(ct) {
		cr.log.Info("not HTML, skipped", "url", r.Request.URL.String(), "content_type", ct)
		cr.add(func(s *Stats) { s.Skipped++ })
		r.Request.Abort()
	}
}

func (cr *crawl) onError(r *colly.Response, err error) {
	cr.p.Metrics.queued(cr.src.Name, -1)
	if errors.Is(err, colly.ErrAbortedAfterHeaders) {
		return // counted by onHeaders
	}
	if r.StatusCode == http.StatusNotModified {
		cr.add(func(s *Stats) { s.Requests++; s.Unchanged++ })
		return
	}
	cr.p.Metrics.fetched(cr.src.Name, r.StatusCode, len(r.Body))
	u, cerr := Canonical(r.Request.URL.String())
	if cerr != nil {
		u = r.Request.URL.String()
	}
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
	cr.p.Metrics.queued(cr.src.Name, -1)
	cr.p.Metrics.fetched(cr.src.Name, r.StatusCode, len(r.Body))
	cr.add(func(s *Stats) { s.Requests++ })
	if len(r.Body) >= cr.p.cfg.MaxBody {
		// Colly stops reading at MaxBodySize: the body is cut, not whole.
		cr.log.Warn("larger than max_body, skipped", "url", r.Request.URL.String(), "max_body", cr.p.cfg.MaxBody)
		cr.add(func(s *Stats) { s.Skipped++ })
		return
	}
	if conditional(r.Request.Ctx) {
		etag, lm := r.Headers.Get("ETag"), r.Headers.Get("Last-Modified")
		if etag != "" || lm != "" {
			if u, err := Canonical(r.Request.URL.String()); err == nil {
				if err := cr.p.store.Validated(u, r.StatusCode, etag, lm); err != nil {
					cr.fail(err)
				}
			}
		}
	}
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

// sitemapDoc holds both sitemap shapes: a urlset (plain or Google News)
// and a sitemap index.
type sitemapDoc struct {
	XMLName  xml.Name     `xml:""`
	URLs     []sitemapURL `xml:"url"`
	Sitemaps []string     `xml:"sitemap>loc"`
}

type sitemapURL struct {
	Loc     string `xml:"loc"`
	LastMod string `xml:"lastmod"`
	// Published is Google News's news:news/news:publication_date.
	Published string `xml:"news>publication_date"`
}

// date is the entry's publication or modification date as text; ISO 8601
// dates sort correctly as strings.
func (u sitemapURL) date() string {
	if u.Published != "" {
		return strings.TrimSpace(u.Published)
	}
	return strings.TrimSpace(u.LastMod)
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
	// Newest first, so that max_pages keeps the latest articles.
	sort.SliceStable(sm.URLs, func(i, j int) bool { return sm.URLs[i].date() > sm.URLs[j].date() })
	for _, u := range sm.URLs {
		cr.visit(r.Request.AbsoluteURL(strings.TrimSpace(u.Loc)), kindPage, false)
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
	hrefs, feeds := links(r.Body)
	for _, link := range hrefs {
		abs := r.Request.AbsoluteURL(link)
		if abs != "" && cr.follows(abs) {
			cr.visit(abs, kindPage, false)
		}
	}
	if r.Request.Ctx.Get("seed") != "" {
		// Feeds a start page announces with <link rel="alternate">.
		for _, f := range feeds {
			if abs := r.Request.AbsoluteURL(f); abs != "" {
				cr.visit(abs, kindFeed, true)
			}
		}
	}
	if cr.p.fetchOnly {
		return
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
	// The raw page goes to the archive before the index, so that
	// `quotewire reindex` can rebuild every statement ever indexed.
	hdr := http.Header{}
	if r.Headers != nil {
		hdr = r.Headers.Clone()
	}
	if ct != "" {
		hdr.Set("Content-Type", ct) // the body as stored is what Colly decoded
	}
	if err := cr.p.warc.Write(archive.Record{URL: u.String(), Fetched: time.Now(), Status: r.StatusCode, Header: hdr, Body: r.Body}); err != nil {
		cr.fail(fmt.Errorf("pipeline: archive %s: %w", u, err))
		return
	}
	n, err := cr.p.indexArticle(cr.ctx, art, fetched)
	if errors.Is(err, errDuplicate) {
		cr.log.Info("same text as a stored article, skipped", "url", fetched)
		cr.add(func(s *Stats) { s.Duplicates++ })
		return
	}
	if err != nil {
		cr.fail(err)
		return
	}
	cr.p.Metrics.indexed(cr.src.Name, n)
	cr.add(func(s *Stats) { s.Articles++; s.Statements += int64(n) })
	cr.log.Info("article", "url", art.URL, "statements", n)
}

// allowedHost reports whether raw is on one of the source's hosts.
func (cr *crawl) allowedHost(raw string) bool {
	u, err := url.Parse(raw)
	if err != nil {
		return false
	}
	for _, h := range cr.src.AllowedHosts {
		if strings.EqualFold(u.Hostname(), h) {
			return true
		}
	}
	return false
}

// seeds returns the configured start points of a source.
func seeds(src *config.Source) []string {
	out := make([]string, 0, len(src.Feeds)+len(src.Sitemaps)+len(src.Start))
	out = append(out, src.Feeds...)
	out = append(out, src.Sitemaps...)
	return append(out, src.Start...)
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

// links returns the href of every <a> in an HTML page and the feeds it
// announces with <link rel="alternate" type="application/rss+xml"> (or
// Atom), using the tokenizer rather than a full parse.
func links(body []byte) (hrefs, feeds []string) {
	z := html.NewTokenizer(bytes.NewReader(body))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return hrefs, feeds
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			if !hasAttr || (string(name) != "a" && string(name) != "link") {
				continue
			}
			var href, rel, typ string
			for more := true; more; {
				var k, v []byte
				k, v, more = z.TagAttr()
				switch string(k) {
				case "href":
					href = strings.TrimSpace(string(v))
				case "rel":
					rel = strings.ToLower(string(v))
				case "type":
					typ = strings.ToLower(string(v))
				}
			}
			switch {
			case href == "":
			case string(name) == "link":
				if strings.Contains(rel, "alternate") && (strings.Contains(typ, "rss") || strings.Contains(typ, "atom")) {
					feeds = append(feeds, href)
				}
			case !strings.HasPrefix(href, "#") && !strings.HasPrefix(href, "javascript:") && !strings.HasPrefix(href, "mailto:"):
				hrefs = append(hrefs, href)
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
		role := "" // (empty: the index takes the role off the speaker)
		if s.Affiliation != "" {
			_, r := index.StripSpeaker(s.Speaker)
			role = strings.TrimSpace(r + " " + s.Affiliation)
		}
		recs = append(recs, index.Record{
			Role:      role,
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
