package extractors

import (
	"encoding/json"
	"net/url"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/text/language"
)

// pageMeta is what one walk over the page collects for the metadata.
type pageMeta struct {
	lang        string
	metas       []metaTag
	canonical   string
	jsonLD      []string
	title       string // <title>
	h1          string // the first <h1> outside page furniture
	authorNames []string
	times       []string // datetime of <time> elements outside furniture
	dateTexts   []string // short texts of elements named date/time/published
}

// metaTag is one <meta> with its name, property, itemprop or http-equiv
// lowercased as key.
type metaTag struct{ key, content string }

// maxMetaText bounds the text read from one element for the metadata.
const maxMetaText = 300

// collectMeta walks the whole page once.
func collectMeta(root *html.Node) *pageMeta {
	m := &pageMeta{}
	m.walk(root, false)
	return m
}

func (m *pageMeta) walk(n *html.Node, furniture bool) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		switch c.DataAtom {
		case atom.Html:
			if m.lang == "" {
				m.lang = attr(c, "lang")
			}
		case atom.Meta:
			m.addMeta(c)
			continue
		case atom.Link:
			rel := strings.ToLower(attr(c, "rel"))
			if rel == "canonical" && m.canonical == "" {
				m.canonical = attr(c, "href")
			}
			continue
		case atom.Script:
			if strings.Contains(strings.ToLower(attr(c, "type")), "ld+json") && c.FirstChild != nil && len(m.jsonLD) < 20 {
				m.jsonLD = append(m.jsonLD, c.FirstChild.Data)
			}
			continue
		case atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Iframe, atom.Select, atom.Button:
			continue
		case atom.Title:
			if m.title == "" && !furniture {
				m.title = nodeText(c, maxMetaText)
			}
			continue
		case atom.H1:
			if m.h1 == "" && !furniture {
				m.h1 = nodeText(c, maxMetaText)
			}
			continue
		case atom.Time:
			if !furniture && len(m.times) < 10 {
				if dt := attr(c, "datetime"); dt != "" {
					m.times = append(m.times, dt)
				} else {
					m.times = append(m.times, nodeText(c, 80))
				}
			}
			continue
		}
		f := furniture || isHidden(c) || boilerTag(c.DataAtom) != boilerNone && c.DataAtom != atom.Header
		if !f {
			f = isRelatedBox(c)
		}
		if !f {
			m.readHints(c)
		}
		m.walk(c, f)
	}
}

// isRelatedBox reports containers of other articles' teasers, whose dates
// and bylines are not this article's.
func isRelatedBox(n *html.Node) bool {
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "id" {
			continue
		}
		v := lowerASCII(a.Val)
		for _, w := range [...]string{"related", "recommend", "popular", "trending", "sidebar", "comment", "footer", "teaser", "more-", "promo", "widget", "rail"} {
			if strings.Contains(v, w) {
				return true
			}
		}
	}
	return false
}

// readHints records authors and visible dates named by itemprop, rel or
// class.
func (m *pageMeta) readHints(n *html.Node) {
	var itemprop, rel, class string
	for _, a := range n.Attr {
		switch a.Key {
		case "itemprop":
			itemprop = strings.ToLower(a.Val)
		case "rel":
			rel = strings.ToLower(a.Val)
		case "class":
			class = lowerASCII(a.Val)
		}
	}
	if itemprop == "" && rel == "" && class == "" {
		return
	}
	if len(m.authorNames) < 20 {
		switch {
		case rel == "author" || itemprop == "author" || itemprop == "creator":
			if name := firstNameChild(n); name != "" {
				m.authorNames = append(m.authorNames, name)
			} else {
				m.authorNames = append(m.authorNames, nodeText(n, 120))
			}
		case strings.Contains(class, "byline") || strings.Contains(class, "author-name") ||
			strings.Contains(class, "authorname") || strings.Contains(class, "author__name"):
			m.authorNames = append(m.authorNames, nodeText(n, 160))
		}
	}
	if itemprop == "datepublished" {
		if c := attr(n, "content"); c != "" {
			m.metas = append(m.metas, metaTag{"datepublished", c})
		} else {
			m.metas = append(m.metas, metaTag{"datepublished", nodeText(n, 80)})
		}
	}
	if len(m.dateTexts) < 10 && (strings.Contains(class, "date") || strings.Contains(class, "publish") ||
		strings.Contains(class, "posted") || strings.Contains(class, "timestamp") || strings.Contains(class, "byline")) {
		if t := nodeText(n, 160); t != "" {
			m.dateTexts = append(m.dateTexts, t)
		}
	}
}

// lowerASCII lowercases s, without allocating when it has no capitals.
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' || c >= 0x80 {
			return strings.ToLower(s)
		}
	}
	return s
}

// firstNameChild returns the text of an itemprop=name element below n.
func firstNameChild(n *html.Node) string {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if strings.EqualFold(attr(c, "itemprop"), "name") {
			if v := attr(c, "content"); v != "" {
				return v
			}
			return nodeText(c, 120)
		}
		if s := firstNameChild(c); s != "" {
			return s
		}
	}
	return ""
}

func (m *pageMeta) addMeta(n *html.Node) {
	var key, content string
	for _, a := range n.Attr {
		switch a.Key {
		case "name", "property", "itemprop", "http-equiv":
			if key == "" {
				key = strings.ToLower(strings.TrimSpace(a.Val))
			}
		case "content":
			content = strings.TrimSpace(a.Val)
		}
	}
	if key != "" && content != "" && len(m.metas) < 300 {
		m.metas = append(m.metas, metaTag{key, content})
	}
}

// meta returns the first content of the first of keys present.
func (m *pageMeta) meta(keys ...string) string {
	for _, k := range keys {
		for _, t := range m.metas {
			if t.key == k {
				return t.content
			}
		}
	}
	return ""
}

// attr returns the value of n's attribute key.
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// nodeText returns the text below n with whitespace collapsed, cut at
// about limit bytes.
func nodeText(n *html.Node, limit int) string {
	var b strings.Builder
	space := false
	var walk func(*html.Node) bool
	walk = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				for _, r := range c.Data {
					if unicode.IsSpace(r) {
						space = true
						continue
					}
					if space && b.Len() > 0 {
						b.WriteByte(' ')
					}
					space = false
					b.WriteRune(r)
				}
				if b.Len() >= limit {
					return false
				}
			case html.ElementNode:
				if skipTag(c.DataAtom) {
					continue
				}
				if isBlock(c) || c.DataAtom == atom.Br {
					space = true
				}
				if !walk(c) {
					return false
				}
				if isBlock(c) {
					space = true
				}
			}
		}
		return true
	}
	walk(n)
	return b.String()
}

// ldInfo is what the JSON-LD of a page says about its article.
type ldInfo struct {
	headline, published, modified, publisher, body string
	authors, orgs                                  []string
	isArticle                                      bool
}

// readJSONLD decodes the page's JSON-LD blocks and picks the article
// object (NewsArticle, BlogPosting, …), also inside @graph and arrays.
func readJSONLD(blocks []string) ldInfo {
	var best, fallback ldInfo
	for _, src := range blocks {
		var v any
		if err := json.Unmarshal([]byte(strings.TrimSpace(src)), &v); err != nil {
			continue
		}
		visitLD(v, 0, &best, &fallback)
	}
	if best.isArticle {
		if best.publisher == "" {
			best.publisher = fallback.publisher
		}
		return best
	}
	return fallback
}

// visitLD walks a decoded JSON-LD value.
func visitLD(v any, depth int, best, fallback *ldInfo) {
	if depth > 8 {
		return
	}
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			visitLD(e, depth+1, best, fallback)
		}
	case map[string]any:
		types := ldTypes(x["@type"])
		article := false
		for _, t := range types {
			if strings.HasSuffix(t, "Article") || t == "BlogPosting" || t == "Report" || t == "LiveBlogPosting" || t == "Review" {
				article = true
			}
		}
		if article && !best.isArticle {
			*best = ldFrom(x)
			best.isArticle = true
		} else if !article && fallback.published == "" {
			if _, ok := x["datePublished"]; ok {
				*fallback = ldFrom(x)
			}
		}
		if fallback.publisher == "" {
			for _, t := range types {
				if t == "Organization" || t == "NewsMediaOrganization" || t == "WebSite" {
					if name := ldString(x["name"]); name != "" {
						fallback.publisher = name
					}
				}
			}
		}
		if g, ok := x["@graph"]; ok {
			visitLD(g, depth+1, best, fallback)
		}
		if e, ok := x["mainEntity"]; ok {
			visitLD(e, depth+1, best, fallback)
		}
	}
}

// ldFrom reads the article fields of one JSON-LD object.
func ldFrom(x map[string]any) ldInfo {
	in := ldInfo{
		headline:  ldString(x["headline"]),
		published: ldString(x["datePublished"]),
		modified:  ldString(x["dateModified"]),
		body:      ldString(x["articleBody"]),
	}
	if in.headline == "" {
		in.headline = ldString(x["name"])
	}
	if p, ok := x["publisher"].(map[string]any); ok {
		in.publisher = ldString(p["name"])
	} else if ps, ok := x["publisher"].([]any); ok && len(ps) > 0 {
		if p, ok := ps[0].(map[string]any); ok {
			in.publisher = ldString(p["name"])
		}
	}
	var addAuthor func(a any, depth int)
	addAuthor = func(a any, depth int) {
		if depth > 3 {
			return
		}
		switch y := a.(type) {
		case string:
			in.authors = append(in.authors, y)
		case []any:
			for _, e := range y {
				addAuthor(e, depth+1)
			}
		case map[string]any:
			name := ldString(y["name"])
			if name == "" {
				return
			}
			for _, t := range ldTypes(y["@type"]) {
				if strings.Contains(t, "Organization") {
					in.orgs = append(in.orgs, name)
					return
				}
			}
			in.authors = append(in.authors, name)
		}
	}
	addAuthor(x["author"], 0)
	if len(in.authors) == 0 {
		addAuthor(x["creator"], 0)
	}
	return in
}

// ldTypes reads an @type, which may be a string or a list.
func ldTypes(v any) []string {
	switch t := v.(type) {
	case string:
		return []string{t}
	case []any:
		var out []string
		for _, e := range t {
			if s, ok := e.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

// ldString reads a JSON-LD text value, which may be a string, a list of
// strings, or an object with @value.
func ldString(v any) string {
	switch t := v.(type) {
	case string:
		return strings.TrimSpace(t)
	case []any:
		if len(t) > 0 {
			return ldString(t[0])
		}
	case map[string]any:
		return ldString(t["@value"])
	}
	return ""
}

// fillMetadata sets everything but the body on a.
func fillMetadata(a *Article, m *pageMeta, ld ldInfo, pageURL *url.URL, bylines, headerLines []string, now time.Time) {
	// Visible "Published …" and "Updated …" lines near the headline, and
	// "· by Name" in them.
	var statedPub, statedMod []string
	for _, l := range headerLines {
		p, md := statedDates(l)
		if p != "" {
			statedPub = append(statedPub, p)
		}
		if md != "" {
			statedMod = append(statedMod, md)
		}
		if p != "" || md != "" {
			if by := bylineAfterDate(l); by != "" && len(bylines) < 3 {
				bylines = append(bylines, by)
			}
		}
	}
	// URL.
	for _, c := range []string{m.canonical, m.meta("og:url")} {
		if u := absoluteURL(c, pageURL); u != "" {
			a.URL = u
			break
		}
	}
	// Site name.
	a.SiteName = firstNonEmpty(m.meta("og:site_name"), ld.publisher, m.meta("application-name"))
	// Title.
	title := firstNonEmpty(m.meta("og:title"), ld.headline, m.meta("twitter:title"), m.h1, m.title)
	title = collapseSpace(title)
	host := ""
	if pageURL != nil {
		host = pageURL.Hostname()
	} else if u, err := url.Parse(a.URL); err == nil {
		host = u.Hostname()
	}
	t, suffix := stripSiteSuffix(title, a.SiteName, host)
	if t == title && m.title != "" && title != m.title {
		// og:title had no suffix; the <title> may still name the site.
		_, suffix = stripSiteSuffix(collapseSpace(m.title), a.SiteName, host)
	}
	a.Title = t
	// Authors.
	var orgs []string
	groups := [][]string{ld.authors, {m.meta("author", "article:author", "dc.creator", "sailthru.author", "parsely-author")}, m.authorNames, bylines}
	seen := map[string]bool{}
	for _, g := range groups {
		for _, c := range g {
			names, os := splitAuthors(c)
			orgs = append(orgs, os...)
			for _, n := range names {
				if k := strings.ToLower(n); !seen[k] {
					seen[k] = true
					a.Authors = append(a.Authors, n)
				}
			}
		}
		if len(a.Authors) > 0 {
			break
		}
	}
	if len(a.Authors) > 10 {
		a.Authors = a.Authors[:10]
	}
	orgs = append(orgs, ld.orgs...)
	if a.SiteName == "" {
		a.SiteName = firstNonEmpty(suffix, firstOf(orgs), siteFromHost(host))
	}
	// Dates.
	limit := now.Add(24 * time.Hour)
	okDate := func(s string) (time.Time, bool) {
		t, ok := parseDate(s)
		if !ok || t.After(limit) {
			return time.Time{}, false
		}
		return t, true
	}
	pubCands := []string{ld.published, m.meta("article:published_time", "og:article:published_time",
		"og:published_time", "published_time", "datepublished", "article.published", "dc.date.issued",
		"dcterms.issued", "dc.date", "dcterms.date", "dcterms.created", "dc.date.created", "parsely-pub-date",
		"pubdate", "publishdate", "publish-date", "publish_date", "sailthru.date", "date", "article_date_original",
		"cxenseparse:recs:publishtime", "originalpublicationdate", "article:published", "og:pubdate")}
	pubCands = append(pubCands, m.times...)
	pubCands = append(pubCands, statedPub...)
	pubCands = append(pubCands, m.dateTexts...)
	for _, c := range pubCands {
		if t, ok := okDate(c); ok {
			a.Published = t
			break
		}
	}
	if a.Published.IsZero() {
		for _, c := range []string{a.URL, urlString(pageURL)} {
			if u, err := url.Parse(c); err == nil && c != "" {
				if t, ok := dateInURL(u.Path); ok && !t.After(limit) {
					a.Published = t
					break
				}
			}
		}
	}
	modCands := append([]string{ld.modified, m.meta("article:modified_time", "og:updated_time", "datemodified",
		"dcterms.modified", "dc.date.modified", "last-modified", "lastmod", "article:modified")}, statedMod...)
	for _, c := range modCands {
		if t, ok := okDate(c); ok {
			a.Modified = t
			break
		}
	}
	// Language.
	a.Language = normalizeLang(firstNonEmpty(m.lang, m.meta("content-language", "language", "dc.language", "og:locale")))
}

func urlString(u *url.URL) string {
	if u == nil {
		return ""
	}
	return u.String()
}

func firstOf(xs []string) string {
	if len(xs) == 0 {
		return ""
	}
	return xs[0]
}

func firstNonEmpty(xs ...string) string {
	for _, x := range xs {
		if x = strings.TrimSpace(x); x != "" {
			return x
		}
	}
	return ""
}

// collapseSpace trims s and collapses runs of white space.
func collapseSpace(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// absoluteURL resolves ref against base; "" when the result is not an
// absolute http(s) URL.
func absoluteURL(ref string, base *url.URL) string {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return ""
	}
	u, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	return u.String()
}

// titleSeparators split a title from the site's name.
var titleSeparators = [...]string{" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " « ", " » ", " / "}

// stripSiteSuffix removes a " | Site" suffix (or "Site | " prefix) when
// the part removed names the site: it matches siteName or the host. When
// neither is known, a short last part is taken as the site's name. It
// returns the title and the part removed.
func stripSiteSuffix(title, siteName, host string) (string, string) {
	for _, sep := range titleSeparators {
		i := strings.LastIndex(title, sep)
		if i <= 0 {
			continue
		}
		head, tail := strings.TrimSpace(title[:i]), strings.TrimSpace(title[i+len(sep):])
		if namesSite(tail, siteName, host) {
			return head, tail
		}
		j := strings.Index(title, sep)
		if h, rest := strings.TrimSpace(title[:j]), strings.TrimSpace(title[j+len(sep):]); namesSite(h, siteName, host) {
			return rest, h
		}
		if siteName == "" && len(strings.Fields(tail)) <= 4 && len(head) > len(tail) {
			return head, tail
		}
	}
	return title, ""
}

// namesSite reports whether s is the site's name or its host name.
func namesSite(s, siteName, host string) bool {
	if s == "" {
		return false
	}
	ls := strings.ToLower(s)
	if siteName != "" && (ls == strings.ToLower(siteName) || strings.Contains(strings.ToLower(siteName), ls) && len(ls) > 3) {
		return true
	}
	if host != "" {
		compact := strings.NewReplacer(" ", "", "-", "", ".", "", "'", "").Replace(ls)
		h := strings.ToLower(strings.TrimPrefix(host, "www."))
		h = strings.ReplaceAll(h, "-", "")
		if len(compact) > 2 && strings.Contains(h, compact) {
			return true
		}
	}
	return false
}

// siteFromHost makes a site name of a host: "www.example.com" → "example.com".
func siteFromHost(host string) string {
	return strings.TrimPrefix(strings.ToLower(host), "www.")
}

// normalizeLang turns "en_US", "EN-us" or "en-US" into a BCP 47 tag.
func normalizeLang(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexAny(s, ",; "); i >= 0 {
		s = s[:i]
	}
	if s == "" || len(s) > 35 {
		return ""
	}
	s = strings.ReplaceAll(s, "_", "-")
	tag, err := language.Parse(s)
	if err != nil || tag == language.Und {
		return ""
	}
	return tag.String()
}

// orgWords mark an organisation, not a person.
var orgWords = [...]string{"staff", "reuters", "associated press", "agence france", "afp", "news", "agency",
	"press", "media", "team", "desk", "editors", "editorial", "newsroom", "bloomberg", "inc", "ltd", "llc",
	"gmbh", "company", "corp", "group", "magazine", "times", "post", "journal", "daily", "tribune", "network",
	"online", "service", "wire", "admin", "webmaster", "contributor", "guest", "redaction", "redacción"}

// roleWords mark a job title.
var roleWords = [...]string{"writer", "editor", "reporter", "correspondent", "columnist", "contributor",
	"producer", "photographer", "analyst", "author", "chief", "senior", "intern", "director", "anchor"}

// splitAuthors splits a byline or author field into person names, and
// returns the organisation names it holds separately.
func splitAuthors(s string) (names, orgs []string) {
	s = collapseSpace(s)
	if s == "" || len(s) > 200 || strings.Contains(s, "://") || strings.HasPrefix(s, "/") {
		return nil, nil
	}
	low := strings.ToLower(s)
	for _, p := range [...]string{"written by ", "posted by ", "story by ", "words by ", "reporting by ", "analysis by ", "by: ", "by "} {
		if i := strings.Index(low, p); i >= 0 && i < 40 {
			s = s[i+len(p):]
			break
		}
	}
	// Drop what follows a bar, a dateline or "Updated".
	for _, cut := range [...]string{" | ", " • ", " · ", "Updated", "Published", "Posted", " on "} {
		if i := strings.Index(s, cut); i > 0 {
			s = s[:i]
		}
	}
	s = strings.NewReplacer(" and ", ",", " & ", ",", ";", ",", " y ", ",", " und ", ",", " et ", ",").Replace(s)
	for _, part := range strings.Split(s, ",") {
		part = strings.Trim(strings.TrimSpace(part), ".:-–— ")
		if part == "" {
			continue
		}
		switch {
		case isRole(part):
		case isOrgName(part):
			orgs = append(orgs, part)
		case isPersonName(part):
			names = append(names, part)
		}
	}
	return names, orgs
}

// bylineAfterDate returns the byline in a date line that names its
// author after the date ("Published May 2, 2025 · by Ada Fenn" gives
// "by Ada Fenn"); "" when there is none.
func bylineAfterDate(l string) string {
	if len(l) > maxBylineChars {
		return ""
	}
	i := strings.Index(strings.ToLower(l), " by ")
	if i < 0 {
		return ""
	}
	return l[i+1:]
}

// isRole reports job titles such as "Staff Writer".
func isRole(s string) bool {
	l := strings.ToLower(s)
	for _, w := range roleWords {
		if containsWord(l, w) {
			return true
		}
	}
	return false
}

// isOrgName reports names of news agencies and other organisations.
func isOrgName(s string) bool {
	l := strings.ToLower(s)
	if l == "ap" || l == "staff" {
		return true
	}
	for _, w := range orgWords {
		if containsWord(l, w) {
			return true
		}
	}
	return strings.Contains(l, ".com") || strings.Contains(l, ".org")
}

// containsWord reports whether w occurs in s as whole words.
func containsWord(s, w string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return false
		}
		j += i
		before := j == 0 || !isWordByte(s[j-1])
		after := j+len(w) == len(s) || !isWordByte(s[j+len(w)])
		if before && after {
			return true
		}
		i = j + 1
	}
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// isPersonName accepts 1 to 5 words without digits or roles, each
// starting with a capital letter (particles like "de" and "van" aside).
func isPersonName(s string) bool {
	if utf8.RuneCountInString(s) > 50 || strings.ContainsAny(s, "@/0123456789()[]{}|#?!=") {
		return false
	}
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 5 {
		return false
	}
	l := strings.ToLower(s)
	for _, w := range roleWords {
		if containsWord(l, w) {
			return false
		}
	}
	capitals := 0
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r):
			capitals++
		case unicode.IsLetter(r) && !unicode.IsLower(r):
			capitals++ // scripts without case
		case isParticle(w):
		default:
			return false
		}
	}
	return capitals > 0 && (len(words) > 1 || utf8.RuneCountInString(s) > 3 && capitals == 1 && !unicode.IsUpper(lastRune(s)))
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

func isParticle(w string) bool {
	switch w {
	case "de", "da", "di", "van", "von", "der", "den", "la", "le", "bin", "al", "del", "dos", "du", "ter", "zu", "y":
		return true
	}
	return false
}
