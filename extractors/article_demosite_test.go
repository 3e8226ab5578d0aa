package extractors

import (
	"flag"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/quotewire/quotewire/demosite"
)

// demoDump prints the paragraphs found on every demo-site page.
var demoDump = flag.Bool("demo-dump", false, "log the demo site's extracted paragraphs")

// fetchDemo extracts one page of the demo site.
func fetchDemo(t *testing.T, srv *httptest.Server, path string) *Article {
	t.Helper()
	resp, err := http.Get(srv.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("%s: status %d", path, resp.StatusCode)
	}
	u, _ := url.Parse(srv.URL + path)
	a, err := FromHTML(body, resp.Header.Get("Content-Type"), u)
	if err != nil {
		t.Fatal(err)
	}
	if *demoDump {
		t.Logf("%s: %q %s %s %q", path, a.Title, a.Published, a.Modified, a.Authors)
		for _, p := range a.Paragraphs {
			t.Logf("   | %.120s", p)
		}
	}
	return a
}

// TestArticleDemoSite checks the demo site end to end: listing pages (the
// front page, sections, tags, the photo page) yield no body, every article
// yields one, with its date.
func TestArticleDemoSite(t *testing.T) {
	srv := httptest.NewServer(demosite.Handler())
	defer srv.Close()
	for _, p := range []string{"/", "/world/", "/city/", "/business/", "/science/", "/blog/", "/tag/bridges/", "/tag/ferries/", "/photos/"} {
		if a := fetchDemo(t, srv, p); len(a.Paragraphs) > 0 {
			t.Errorf("%s is not an article but gave %d paragraphs: %.100q", p, len(a.Paragraphs), a.Paragraphs[0])
		}
	}
	for _, art := range demosite.Articles() {
		a := fetchDemo(t, srv, art.Path)
		if len(a.Paragraphs) < 2 {
			t.Errorf("%s (%s): %d paragraphs", art.Path, art.Template, len(a.Paragraphs))
			continue
		}
		if !a.Published.Equal(art.Published) && !(a.Published.Year() == art.Published.Year() && a.Published.YearDay() == art.Published.YearDay()) {
			t.Errorf("%s (%s): published %v, want %v", art.Path, art.Template, a.Published, art.Published)
		}
		body := strings.Join(a.Paragraphs, "\n")
		for _, bad := range []string{"Comments", "Related"} {
			if strings.Contains(body, "\n"+bad+"\n") {
				t.Errorf("%s: body holds %q", art.Path, bad)
			}
		}
	}
}
