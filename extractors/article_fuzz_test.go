package extractors

import (
	"bytes"
	"net/url"
	"testing"
)

// FuzzFromReader checks that no input makes the extractor panic or
// produce invalid UTF-8: go test ./extractors -run XXX -fuzz FuzzFromReader
func FuzzFromReader(f *testing.F) {
	f.Add([]byte(`<html lang="en"><head><meta charset="utf-8"><title>A | B</title><script type="application/ld+json">{"@type":"NewsArticle","author":[{"name":"Ann Lee"}],"datePublished":"2024-01-02"}</script></head><body><article><p>By Ann Lee and Bo Ray</p><p>Text, text, text.</p></article></body></html>`))
	f.Add([]byte("<meta charset=shift_jis><p>\x82\xa0\x82\xa2</p>"))
	f.Add([]byte("\xff\xfe<\x00p\x00>\x00"))
	f.Add([]byte(`<table><tr><td>1<td>2<tr><th>x</table><ul><li>a<li>b</ul><time datetime="2024-13-45T99:99">x</time>`))
	f.Add([]byte(`<script type="application/ld+json">[{"@graph":[{"@type":["Article"],"author":{"@type":"Organization","name":"X"}}]}]</script>`))
	f.Add([]byte("<div class='comments'><p>By the way, 1 Jan 2020 12:00 pm EST</p></div>"))
	u, _ := url.Parse("https://example.test/2020/01/02/story")
	f.Fuzz(func(t *testing.T, page []byte) {
		a, err := FromReader(bytes.NewReader(page), u)
		if err != nil {
			return
		}
		checkSane(t, a)
		b, err := FromHTML(page, "text/html; charset=windows-1252", nil)
		if err != nil {
			return
		}
		checkSane(t, b)
	})
}
