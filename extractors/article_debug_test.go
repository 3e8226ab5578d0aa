package extractors

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"
)

// debugPage names benchmark pages (an id prefix) whose extraction
// TestArticleDebug explains; "meta" makes it list every page's metadata:
//
//	go test ./extractors -run TestArticleDebug -v -article-debug=0e014d
var debugPage = flag.String("article-debug", "", "benchmark page id prefix to explain, or \"meta\"")

// debugFile names an HTML file for TestArticleDebug to explain instead
// of benchmark pages:
//
//	go test ./extractors -run TestArticleDebug -v -article-debug-file=page.html
var debugFile = flag.String("article-debug-file", "", "HTML file to explain")

// debugMin hides shorter blocks from TestArticleDebug.
var debugMin = flag.Int("article-debug-min", 40, "shortest block TestArticleDebug shows")

// elemPath describes element i and its ancestors.
func elemPath(pt *pageText, i int32) string {
	var parts []string
	for e := i; e >= 0 && len(parts) < 6; e = pt.elems[e].parent {
		n := pt.elems[e].node
		s := n.Data
		for _, a := range n.Attr {
			if a.Key == "class" || a.Key == "id" {
				s += "." + strings.ReplaceAll(a.Val, " ", ".")
			}
		}
		if len(s) > 50 {
			s = s[:50]
		}
		parts = append(parts, fmt.Sprintf("%s[%d]", s, e))
	}
	return strings.Join(parts, " < ")
}

// TestArticleDebug shows how benchmark pages are taken apart.
func TestArticleDebug(t *testing.T) {
	if *debugPage == "" && *debugFile == "" {
		t.Skip("no -article-debug")
	}
	var pages []benchPage
	if *debugFile != "" {
		raw, err := os.ReadFile(*debugFile)
		if err != nil {
			t.Fatal(err)
		}
		pages = []benchPage{{id: "file", html: raw}}
		*debugPage = "file"
	} else {
		pages = loadBench(t)
	}
	for _, pg := range pages {
		root, err := html.Parse(bytes.NewReader(pg.html))
		if err != nil {
			t.Fatal(err)
		}
		if *debugPage == "meta" {
			a := fromNode(root, nil, time.Now())
			t.Logf("%s | %q | %q | %q | %s | %s | %s | %s", pg.id[:6], a.Title, a.SiteName, a.Authors,
				a.Published.Format(time.RFC3339), a.Modified.Format(time.RFC3339), a.Language, a.URL)
			continue
		}
		if !strings.HasPrefix(pg.id, *debugPage) {
			continue
		}
		pt := flattenPage(root, nil)
		top := pt.mainContainer()
		if top < 0 {
			t.Logf("no container")
			continue
		}
		keep := pt.withSiblings(top)
		t.Logf("top %s score %.1f keep %v teasers %v", elemPath(pt, top), pt.elems[top].score, keep, pt.teaserList(keep))
		for i := range pt.blocks {
			b := &pt.blocks[i]
			if b.chars < *debugMin {
				continue
			}
			mark := " "
			if inAny(pt.elems, keep, b.elem) {
				mark = "K"
			}
			if b.removed {
				mark += "R"
			}
			txt := b.text
			if len(txt) > 80 {
				txt = txt[:80]
			}
			t.Logf("%s %4d/%3d/%3d %q @ %.150s", mark, b.chars, b.links, b.other, txt, elemPath(pt, b.elem))
		}
		for i := range pt.elems {
			if el := &pt.elems[i]; el.score > 3 {
				t.Logf("candidate %d score %.1f chars %d links %d prose %d: %.120s", i, el.score, el.chars, el.links, el.prose, elemPath(pt, int32(i)))
			}
		}
		t.Logf("truth: %.300s", pg.truth)
	}
}
