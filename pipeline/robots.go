package pipeline

import (
	"context"
	"io"
	"net/http"
	"net/url"
	"sync"
	"time"

	"github.com/temoto/robotstxt"
)

// maxCrawlDelay caps a robots.txt Crawl-delay.
const maxCrawlDelay = 60 * time.Second

// robotsRules is what one host's robots.txt says to quotewire.
type robotsRules struct {
	group      *robotstxt.Group // nil: everything allowed
	crawlDelay time.Duration
	sitemaps   []string
}

// allowed reports whether the path (and query) of u may be fetched.
func (r *robotsRules) allowed(u *url.URL) bool {
	if r == nil || r.group == nil {
		return true
	}
	p := u.EscapedPath()
	if u.RawQuery != "" {
		p += "?" + u.RawQuery
	}
	return r.group.Test(p)
}

// robotsCache fetches each host's robots.txt once per crawl run, so the
// daemon re-reads it on every scheduled run of a source.
type robotsCache struct {
	client *http.Client
	agent  string
	mu     sync.Mutex
	hosts  map[string]*robotsEntry
}

type robotsEntry struct {
	once  sync.Once
	rules *robotsRules
}

func newRobotsCache(client *http.Client, agent string) *robotsCache {
	return &robotsCache{client: client, agent: agent, hosts: map[string]*robotsEntry{}}
}

// get returns the rules for u's scheme and host, fetching them on first
// use. An unreachable robots.txt or a 4xx allows everything, as is usual;
// a 5xx disallows the host for this run.
func (c *robotsCache) get(ctx context.Context, u *url.URL) *robotsRules {
	key := u.Scheme + "://" + u.Host
	c.mu.Lock()
	e := c.hosts[key]
	if e == nil {
		e = &robotsEntry{}
		c.hosts[key] = e
	}
	c.mu.Unlock()
	e.once.Do(func() { e.rules = c.fetch(ctx, key) })
	return e.rules
}

func (c *robotsCache) fetch(ctx context.Context, base string) *robotsRules {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, base+"/robots.txt", nil)
	if err != nil {
		return &robotsRules{}
	}
	req.Header.Set("User-Agent", c.agent)
	resp, err := c.client.Do(req)
	if err != nil {
		return &robotsRules{}
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, 512<<10))
	if err != nil {
		return &robotsRules{}
	}
	data, err := robotstxt.FromStatusAndBytes(resp.StatusCode, body)
	if err != nil {
		return &robotsRules{}
	}
	r := &robotsRules{group: data.FindGroup(c.agent), sitemaps: data.Sitemaps}
	if r.group != nil {
		r.crawlDelay = min(r.group.CrawlDelay, maxCrawlDelay)
	}
	return r
}
