// Package demosite is a small sample news site, "The Harbor Ledger" of the
// invented town of Port Alder, embedded in the binary. `quotewire demo`
// serves it on a loopback port and crawls it offline; end-to-end tests serve
// it through httptest.
//
// The content lives under site/: articles/*.txt hold one article each (front
// matter, then HTML sections), templates/*.html are the html/template page
// templates, static/ holds the stylesheet and placeholder images. Every page
// is rendered per request; the output depends only on the embedded files and
// on the request's Host (used for absolute URLs in the feed, the sitemaps,
// robots.txt, canonical links and structured data).
package demosite

import (
	"embed"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strconv"
	"strings"
	"time"
)

//go:embed site
var siteFS embed.FS

// SiteName is the name of the outlet the site plays.
const SiteName = "The Harbor Ledger"

// DisallowedPrefix is the path prefix robots.txt disallows for every agent.
const DisallowedPrefix = "/drafts/"

// Article describes one article page of the site.
type Article struct {
	Path       string    // URL path, e.g. "/world/2025/11/17/syria-israel-security-talks.html"
	Title      string    // headline, as in <h1>
	Published  time.Time // publication time
	Disallowed bool      // under a robots.txt-disallowed path: a polite crawler never fetches it
	Template   string    // which page template renders it: "jsonld", "meta" or "comments"
}

// Articles lists every article page of the site, newest first, for tests and
// the demo summary.
func Articles() []Article {
	s := loadSite()
	out := make([]Article, len(s.articles))
	for i, a := range s.articles {
		out[i] = a.Article
	}
	return out
}

// Handler serves the site. Absolute URLs in the feed, sitemaps and
// robots.txt are built from the request's Host. Only GET and HEAD are
// allowed; unknown paths get a 404 page.
func Handler() http.Handler {
	return handler{s: loadSite()}
}

type handler struct{ s *site }

const (
	ctHTML  = "text/html; charset=utf-8"
	ctRSS   = "application/rss+xml; charset=utf-8"
	ctXML   = "application/xml; charset=utf-8"
	ctPlain = "text/plain; charset=utf-8"
)

func (h handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		reply(w, r, http.StatusMethodNotAllowed, ctPlain, []byte("method not allowed\n"))
		return
	}
	base := baseURL(r)
	p := r.URL.Path
	var (
		body  []byte
		ctype = ctHTML
		err   error
	)
	switch {
	case p == "/robots.txt":
		body, ctype = h.s.robots(base), ctPlain
	case p == "/feed.xml":
		body, ctype = h.s.feed(base), ctRSS
	case p == "/sitemap.xml":
		body, ctype = h.s.sitemapIndex(base), ctXML
	case p == "/sitemaps/news.xml":
		body, ctype = h.s.urlset(base, true), ctXML
	case p == "/sitemaps/archive.xml":
		body, ctype = h.s.urlset(base, false), ctXML
	case strings.HasPrefix(p, "/static/"):
		h.static(w, r, strings.TrimPrefix(p, "/static/"))
		return
	default:
		body, err = h.s.page(base, p)
	}
	if err == errNotFound {
		body, _ = h.s.notFound(base, p)
		reply(w, r, http.StatusNotFound, ctHTML, body)
		return
	}
	if err != nil {
		reply(w, r, http.StatusInternalServerError, ctPlain, []byte(err.Error()+"\n"))
		return
	}
	reply(w, r, http.StatusOK, ctype, body)
}

func (h handler) static(w http.ResponseWriter, r *http.Request, name string) {
	if name == "" || strings.Contains(name, "..") {
		body, _ := h.s.notFound(baseURL(r), r.URL.Path)
		reply(w, r, http.StatusNotFound, ctHTML, body)
		return
	}
	data, err := fs.ReadFile(siteFS, "site/static/"+name)
	if err != nil {
		body, _ := h.s.notFound(baseURL(r), r.URL.Path)
		reply(w, r, http.StatusNotFound, ctHTML, body)
		return
	}
	ctype := mime.TypeByExtension(path.Ext(name))
	if ctype == "" {
		ctype = "application/octet-stream"
	}
	w.Header().Set("Cache-Control", "public, max-age=86400")
	reply(w, r, http.StatusOK, ctype, data)
}

// reply writes a complete response; HEAD gets the headers only.
func reply(w http.ResponseWriter, r *http.Request, status int, ctype string, body []byte) {
	h := w.Header()
	h.Set("Content-Type", ctype)
	h.Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		_, _ = w.Write(body)
	}
}

// baseURL is scheme://host of the request, without a trailing slash.
func baseURL(r *http.Request) string {
	host := r.Host
	if host == "" {
		host = "localhost"
	}
	scheme := "http"
	if r.TLS != nil {
		scheme = "https"
	}
	return scheme + "://" + host
}
