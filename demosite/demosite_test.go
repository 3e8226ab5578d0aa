package demosite

import (
	"encoding/xml"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"strings"
	"testing"
	"time"
)

func get(t *testing.T, srv *httptest.Server, path string) (*http.Response, string) {
	t.Helper()
	resp, err := srv.Client().Get(srv.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, string(body)
}

func wantType(t *testing.T, resp *http.Response, prefix string) {
	t.Helper()
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, prefix) {
		t.Errorf("%s: Content-Type %q, want %s", resp.Request.URL.Path, ct, prefix)
	}
}

// onHost checks that u is an absolute http URL on the test server.
func onHost(t *testing.T, srv *httptest.Server, u string) string {
	t.Helper()
	p, err := url.Parse(u)
	if err != nil || !p.IsAbs() || p.Scheme+"://"+p.Host != srv.URL {
		t.Errorf("URL %q is not absolute on %s", u, srv.URL)
		return ""
	}
	return p.Path
}

func TestArticlesInventory(t *testing.T) {
	arts := Articles()
	if len(arts) < 14 {
		t.Errorf("%d articles, want >= 14", len(arts))
	}
	templates := map[string]int{}
	disallowed := 0
	latest := time.Date(2025, time.November, 25, 0, 0, 0, 0, time.UTC)
	seen := map[string]bool{}
	for i, a := range arts {
		templates[a.Template]++
		if a.Disallowed {
			disallowed++
			if !strings.HasPrefix(a.Path, DisallowedPrefix) {
				t.Errorf("%s is Disallowed but not under %s", a.Path, DisallowedPrefix)
			}
		}
		if a.Published.After(latest) {
			t.Errorf("%s published in the future: %v", a.Path, a.Published)
		}
		if i > 0 && a.Published.After(arts[i-1].Published) {
			t.Errorf("Articles not newest first at %s", a.Path)
		}
		if seen[a.Path] || a.Title == "" {
			t.Errorf("duplicate path or empty title: %s", a.Path)
		}
		seen[a.Path] = true
	}
	if len(templates) < 3 {
		t.Errorf("templates %v, want >= 3", templates)
	}
	if disallowed != 1 {
		t.Errorf("%d disallowed articles, want 1", disallowed)
	}
}

func TestRobots(t *testing.T) {
	srv := httptest.NewServer(Handler())
	defer srv.Close()
	resp, body := get(t, srv, "/robots.txt")
	wantType(t, resp, "text/plain")
	if !strings.Contains(body, "Sitemap: "+srv.URL+"/sitemap.xml\n") {
		t.Errorf("robots.txt lacks the sitemap line:\n%s", body)
	}
	var disallows []string
	for _, line := range strings.Split(body, "\n") {
		if v, ok := strings.CutPrefix(line, "Disallow:"); ok {
			disallows = append(disallows, strings.TrimSpace(v))
		}
	}
	for _, a := range Articles() {
		blocked := false
		for _, d := range disallows {
			if d != "" && strings.HasPrefix(a.Path, d) {
				blocked = true
			}
		}
		if blocked != a.Disallowed {
			t.Errorf("%s: blocked by robots.txt = %v, Disallowed = %v", a.Path, blocked, a.Disallowed)
		}
	}
}

type rssFeed struct {
	Version string `xml:"version,attr"`
	Channel struct {
		Title string `xml:"title"`
		Link  string `xml:"link"`
		Items []struct {
			Title   string `xml:"title"`
			Link    string `xml:"link"`
			GUID    string `xml:"guid"`
			PubDate string `xml:"pubDate"`
		} `xml:"item"`
	} `xml:"channel"`
}

func TestFeed(t *testing.T) {
	srv := httptest.NewServer(Handler())
	defer srv.Close()
	resp, body := get(t, srv, "/feed.xml")
	wantType(t, resp, "application/rss+xml")
	var f rssFeed
	if err := xml.Unmarshal([]byte(body), &f); err != nil {
		t.Fatalf("feed: %v", err)
	}
	if f.Version != "2.0" || f.Channel.Title != SiteName || len(f.Channel.Items) == 0 {
		t.Fatalf("feed: version %q title %q %d items", f.Version, f.Channel.Title, len(f.Channel.Items))
	}
	onHost(t, srv, f.Channel.Link)
	titles := map[string]string{}
	for _, a := range Articles() {
		titles[a.Path] = a.Title
	}
	inFeed := map[string]bool{}
	for _, it := range f.Channel.Items {
		p := onHost(t, srv, it.Link)
		if titles[p] != it.Title {
			t.Errorf("feed item %q: link %s is not an article with that title", it.Title, it.Link)
		}
		if _, err := time.Parse(time.RFC1123Z, it.PubDate); err != nil {
			t.Errorf("feed item %q: pubDate: %v", it.Title, err)
		}
		inFeed[p] = true
	}
	missing := 0
	for _, a := range Articles() {
		if !inFeed[a.Path] {
			missing++
			if a.Disallowed {
				t.Errorf("the disallowed article %s must be in the feed", a.Path)
			}
		}
	}
	if missing == 0 || missing*2 > len(titles) {
		t.Errorf("feed lists %d of %d articles, want most but not all", len(inFeed), len(titles))
	}
}

func TestSitemaps(t *testing.T) {
	srv := httptest.NewServer(Handler())
	defer srv.Close()
	resp, body := get(t, srv, "/sitemap.xml")
	wantType(t, resp, "application/xml")
	var idx struct {
		XMLName  xml.Name `xml:"sitemapindex"`
		Sitemaps []struct {
			Loc string `xml:"loc"`
		} `xml:"sitemap"`
	}
	if err := xml.Unmarshal([]byte(body), &idx); err != nil {
		t.Fatalf("sitemap index: %v", err)
	}
	var paths []string
	for _, s := range idx.Sitemaps {
		paths = append(paths, onHost(t, srv, s.Loc))
	}
	if strings.Join(paths, " ") != "/sitemaps/news.xml /sitemaps/archive.xml" {
		t.Fatalf("sitemap index lists %v", paths)
	}
	listed := map[string]int{}
	for _, p := range paths {
		resp, body := get(t, srv, p)
		wantType(t, resp, "application/xml")
		var set struct {
			XMLName xml.Name `xml:"urlset"`
			URLs    []struct {
				Loc string `xml:"loc"`
			} `xml:"url"`
		}
		if err := xml.Unmarshal([]byte(body), &set); err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		if len(set.URLs) == 0 {
			t.Errorf("%s is empty", p)
		}
		for _, u := range set.URLs {
			listed[onHost(t, srv, u.Loc)]++
		}
	}
	for _, a := range Articles() {
		if listed[a.Path] != 1 {
			t.Errorf("%s listed %d times in the sitemaps, want 1", a.Path, listed[a.Path])
		}
	}
	if len(listed) != len(Articles()) {
		t.Errorf("sitemaps list %d URLs, want the %d articles", len(listed), len(Articles()))
	}
}

func TestArticlePages(t *testing.T) {
	srv := httptest.NewServer(Handler())
	defer srv.Close()
	marks := map[string][]string{
		"jsonld":   {`<script type="application/ld+json">`, `"@type": "NewsArticle"`, "<article", "<h1>", "<time datetime=", `class="share-bar"`, `class="read-more"`},
		"meta":     {`property="og:title"`, `property="article:published_time"`, `<p class="byline">By `, `class="story-body"`, " | " + SiteName + "</title>"},
		"comments": {`<p class="post-meta">Published `, `class="related-stories"`, `class="comment-list"`, `class="comment"`},
	}
	for _, a := range Articles() {
		resp, body := get(t, srv, a.Path)
		if resp.StatusCode != http.StatusOK {
			t.Errorf("%s: status %d", a.Path, resp.StatusCode)
			continue
		}
		wantType(t, resp, "text/html; charset=utf-8")
		// Titles are HTML-escaped in the page (apostrophes become &#39;).
		title := strings.ReplaceAll(a.Title, "'", "&#39;")
		if !strings.Contains(body, title) {
			t.Errorf("%s: page lacks its title %q", a.Path, a.Title)
		}
		for _, m := range marks[a.Template] {
			if !strings.Contains(body, m) {
				t.Errorf("%s (%s): page lacks %q", a.Path, a.Template, m)
			}
		}
		if a.Template != "jsonld" && strings.Contains(body, "application/ld+json") {
			t.Errorf("%s (%s): unexpected JSON-LD", a.Path, a.Template)
		}
	}
}

func TestNavigation(t *testing.T) {
	srv := httptest.NewServer(Handler())
	defer srv.Close()
	pages := map[string]string{}
	for _, p := range []string{"/", "/city/", "/business/", "/world/", "/science/", "/blog/", "/about.html", "/photos/", "/tag/elena-marquez/"} {
		resp, body := get(t, srv, p)
		if resp.StatusCode != http.StatusOK {
			t.Errorf("%s: status %d", p, resp.StatusCode)
		}
		wantType(t, resp, "text/html; charset=utf-8")
		pages[p] = body
	}
	for _, a := range Articles() {
		linked := false
		for _, body := range pages {
			if strings.Contains(body, `href="`+a.Path+`"`) {
				linked = true
			}
		}
		if !linked {
			t.Errorf("%s is not linked from the front, section or tag pages", a.Path)
		}
		if a.Disallowed && !strings.Contains(pages["/"], `href="`+a.Path+`"`) {
			t.Errorf("the disallowed article %s must be linked from the front page", a.Path)
		}
	}
}

func TestNotFoundAndMethods(t *testing.T) {
	srv := httptest.NewServer(Handler())
	defer srv.Close()
	for _, p := range []string{"/nope.html", "/city/2025/10/20/nope.html", "/tag/nope/", "/static/img/nope.svg", "/world"} {
		resp, _ := get(t, srv, p)
		if resp.StatusCode != http.StatusNotFound {
			t.Errorf("%s: status %d, want 404", p, resp.StatusCode)
		}
	}
	a := Articles()[0]
	resp, err := srv.Client().Head(srv.URL + a.Path)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || resp.ContentLength <= 0 {
		t.Errorf("HEAD %s: status %d, length %d", a.Path, resp.StatusCode, resp.ContentLength)
	}
	resp, err = srv.Client().Post(srv.URL+a.Path, "text/plain", strings.NewReader("x"))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("POST: status %d, want 405", resp.StatusCode)
	}
	resp, _ = get(t, srv, "/static/img/logo.svg")
	wantType(t, resp, "image/svg+xml")
}

// TestDeterministic checks that two renderings of every page are identical.
func TestDeterministic(t *testing.T) {
	srv := httptest.NewServer(Handler())
	defer srv.Close()
	paths := []string{"/", "/feed.xml", "/sitemap.xml", "/sitemaps/news.xml", "/sitemaps/archive.xml", "/robots.txt"}
	for _, a := range Articles() {
		paths = append(paths, a.Path)
	}
	for _, p := range paths {
		_, b1 := get(t, srv, p)
		_, b2 := get(t, srv, p)
		if b1 != b2 {
			t.Errorf("%s renders differently twice", p)
		}
	}
}

// TestStatementsDoc checks that STATEMENTS.md covers every article and that
// the text it quotes for each planted statement is still in the article.
func TestStatementsDoc(t *testing.T) {
	doc, err := os.ReadFile("STATEMENTS.md")
	if err != nil {
		t.Fatal(err)
	}
	s := loadSite()
	var cur *article
	covered := map[string]bool{}
	rows := 0
	for _, line := range strings.Split(string(doc), "\n") {
		if strings.HasPrefix(line, "## ") {
			cur = nil
			for _, f := range strings.Fields(line) {
				if a := s.byPath[f]; a != nil {
					cur = a
					covered[f] = true
				}
			}
			continue
		}
		if cur == nil || !strings.HasPrefix(line, "| ") || strings.HasPrefix(line, "| ¶") {
			continue
		}
		cells := strings.Split(strings.Trim(line, "| "), "|")
		text := cells[len(cells)-1]
		rows++
		for _, piece := range strings.FieldsFunc(strings.ReplaceAll(text, " / ", "…"), func(r rune) bool { return r == '…' }) {
			piece = strings.TrimSpace(strings.Trim(strings.TrimSpace(piece), `"“”`))
			if len(piece) >= 8 && !strings.Contains(string(cur.Body), piece) {
				t.Errorf("%s: STATEMENTS.md quotes %q, which is not in the article", cur.Path, piece)
			}
		}
	}
	for _, a := range Articles() {
		if !covered[a.Path] {
			t.Errorf("STATEMENTS.md has no section for %s", a.Path)
		}
	}
	if rows < 80 {
		t.Errorf("STATEMENTS.md lists %d statements, want the full tables", rows)
	}
}
