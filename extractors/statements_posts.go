package extractors

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Embedded social media posts. Pages render an embedded tweet as its
// text followed by a signature, "— Ann Lee (@annlee) May 2, 2021", and
// an Instagram post with "A post shared by Ann Lee (@annlee) on …". A
// post the article introduces ("Lee posted on Twitter:") is its author's
// statement; one merely embedded between paragraphs is not reported by
// the article, and annotators leave it out.

// stPost finds the post in a paragraph that ends with such a signature.
// It returns the byte span of the post's text and the author's name
// ("@handle" when the signature gives no name), or ok == false.
func stPost(t string) (s, e int, author string, ok bool) {
	at := strings.LastIndex(t, "(@")
	if at < 0 {
		return 0, 0, "", false
	}
	paren := strings.IndexByte(t[at:], ')')
	if paren < 0 {
		return 0, 0, "", false
	}
	handle := t[at+2 : at+paren]
	if handle == "" || len(handle) > 30 || strings.IndexFunc(handle, func(r rune) bool {
		return !(r == '_' || r == '.' || unicode.IsLetter(r) || unicode.IsDigit(r))
	}) >= 0 {
		return 0, 0, "", false
	}
	if rest := strings.TrimSpace(t[at+paren+1:]); len(rest) > 40 || strings.ContainsAny(rest, ".!?“”\"") {
		return 0, 0, "", false // a date may follow, nothing more
	}
	head := t[:at]
	var name string
	if i := strings.LastIndex(head, "A post shared by"); i >= 0 {
		name, e = strings.TrimSpace(head[i+len("A post shared by"):]), i
	} else {
		d, w := -1, 0
		for _, dash := range []string{"\u2014", "\u2013", " - ", "&mdash;"} {
			if i := strings.LastIndex(head, dash); i > d {
				d, w = i, len(dash)
			}
		}
		if d < 0 {
			return 0, 0, "", false
		}
		name, e = strings.TrimSpace(head[d+w:]), d
	}
	if utf8.RuneCountInString(name) > 60 || strings.ContainsAny(name, "“”\"") {
		return 0, 0, "", false
	}
	if name == "" {
		name = "@" + handle
	}
	// The post's text, without a trailing picture or short link.
	body := strings.TrimRightFunc(t[:e], unicode.IsSpace)
	for {
		i := strings.LastIndexFunc(body, unicode.IsSpace)
		last := body[i+1:]
		if !strings.HasPrefix(last, "pic.twitter.com/") && !strings.HasPrefix(last, "https://t.co/") && !strings.HasPrefix(last, "http://t.co/") {
			break
		}
		body = strings.TrimRightFunc(body[:i+1], unicode.IsSpace)
	}
	s = len(t) - len(strings.TrimLeftFunc(t, unicode.IsSpace))
	if len(strings.Fields(body[min(s, len(body)):])) < 2 {
		return 0, 0, "", false
	}
	return s, len(body), name, true
}

// post records the embedded post of paragraph pi, if it is one and the
// paragraph before introduces it with a colon; it reports whether pi was
// a post.
func (e *stEngine) post(pi int, p *stPara) bool {
	s, end, author, ok := stPost(p.text)
	if !ok {
		return false
	}
	kind := stEntPerson
	for _, w := range strings.Fields(strings.ToLower(author)) {
		if stOrgWords[w] || strings.HasPrefix(w, "@") {
			kind = stEntOrg
		}
	}
	id := e.addEntity(author, kind, "", false)
	if pi == 0 || !strings.HasSuffix(strings.TrimSpace(e.paras[pi-1].text), ":") {
		return true // (its author is still named for later paragraphs)
	}
	e.out = append(e.out, stStmt{
		Statement: Statement{Speaker: author, Cue: "posted", Kind: KindDirect, Text: p.text[s:end], Paragraph: pi},
		para:      pi, sentEnd: len(p.toks), entity: id, textS: s,
	})
	return true
}
