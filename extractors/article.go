package extractors

import (
	"net/url"
	"strings"
	"time"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
)

// FromDocument extracts the article from a parsed page; pageURL is where it
// was fetched from (may be nil). It does not modify doc. Dates later than
// a day after the time of the call are ignored as implausible.
func FromDocument(doc *goquery.Document, pageURL *url.URL) *Article {
	if doc == nil || len(doc.Nodes) == 0 || doc.Nodes[0] == nil {
		a := &Article{}
		if pageURL != nil {
			a.URL = pageURL.String()
		}
		return a
	}
	return fromNode(doc.Nodes[0], pageURL, time.Now())
}

// fromNode is FromDocument over the root of an html.Node tree, with the
// current time given.
func fromNode(root *html.Node, pageURL *url.URL, now time.Time) *Article {
	a := &Article{}
	if pageURL != nil {
		a.URL = pageURL.String()
	}
	pt := flattenPage(root, pageURL)
	meta := collectMeta(root)
	ld := readJSONLD(meta.jsonLD)
	fillMetadata(a, meta, ld, pageURL, pt.bylines(), pt.headerLines(), now)
	a.Paragraphs, a.Quoted = bodyParagraphs(pt, articleSignal(meta, ld))
	if len(a.Paragraphs) == 0 && pt.hidden > 0 {
		// The whole layout may be hidden until a script shows it
		// (<div style="display: none"> around the page): read it again
		// with hidden elements.
		a.Paragraphs, a.Quoted = bodyParagraphs(flattenPageWith(root, pageURL, true), articleSignal(meta, ld))
	}
	if len(a.Paragraphs) == 0 && ld.isArticle {
		a.Paragraphs = splitParagraphs(ld.body)
	}
	return a
}

// articleSignal reports whether the page's metadata says it is an
// article: og:type "article", a JSON-LD article object, or a stated
// publication time.
func articleSignal(m *pageMeta, ld ldInfo) bool {
	if ld.isArticle || ld.published != "" {
		return true
	}
	if strings.HasPrefix(strings.ToLower(m.meta("og:type")), "article") {
		return true
	}
	return m.meta("article:published_time", "datepublished", "og:article:published_time") != ""
}

// splitParagraphs turns a plain-text body (JSON-LD articleBody) into
// paragraphs with whitespace collapsed; none when it is too short to be an
// article.
func splitParagraphs(s string) []string {
	if len(s) < minArticleChars {
		return nil
	}
	var out []string
	for _, line := range strings.Split(s, "\n") {
		if line = collapseSpace(line); line != "" {
			out = append(out, line)
		}
	}
	return out
}
