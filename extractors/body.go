package extractors

import (
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// This file finds the article body. The page is walked once and flattened
// into text blocks (one per paragraph-like element, split at block-level
// boundaries and <br>), each remembering the block-level element that holds
// it. Block-level elements form a small tree of their own (pageElem), laid
// out in document order so that "is inside" is an interval test.
//
// The body is then chosen like this:
//
//  1. Blocks inside boilerplate are set aside: hidden elements, <nav>,
//     <figcaption>, and — unless they hold at least half of the page's
//     prose, as a badly named wrapper may — <aside>, <header>, <footer>,
//     <figure> and elements whose class or id says comment, related,
//     share, newsletter, caption, ad, sidebar, … (see hints.go).
//  2. Every remaining paragraph-like block (not headings; list items only
//     when long and nearly link-free) of at least minScoredChars
//     characters scores 1 + commas + min(chars/100, 3), a quarter of that
//     when mostly link text; the score goes to the element that holds
//     the paragraph and, decreasingly, to its ancestors.
//  3. Each element's total is scaled by (1 - link density) and shifted by
//     its class/id hint; the best element is the main container. Its
//     ancestors replace it while they add mostly non-link prose, and
//     siblings that score at least a fifth as well, or are clean
//     paragraphs, join it (articles split by ads into several divs).
//  4. The container's blocks are kept in document order, minus link
//     lines, the <h1>, and stock lines ("Advertisement", "Read more", …);
//     a late "Related stories" heading followed by links ends the text.
//
// Lists of teaser cards are boilerplate from the start (markCards): at
// least three sibling elements of the same tag and first class name, each
// opening with a line of links to other pages. They neither vote for the
// container nor get pulled into it.
//
// A page is not an article (no paragraphs) when (standsAlone, teaserList):
//
//   - the kept text is shorter than minArticleChars;
//   - it looks like a teaser list: many blocks that are mostly link text
//     (headlines linking elsewhere) and no long paragraph;
//   - less than minArticleChars of it stands outside teaser cards — small
//     elements (at most maxCardText characters outside links, at most
//     maxCardHeads headlines) holding a headline that links to another
//     page and a sentence or two about it: a tag or section page with one
//     to three teasers;
//   - the metadata gives no article signal (og:type article, a JSON-LD
//     article, a publication time) and the text is a single paragraph
//     shorter than maxLoneChars: a video or photo page with its caption.
//
// Page furniture (footers, "rail"s) holding most of a page's prose is
// kept only when that prose reaches minArticleChars, so that a copyright
// line cannot become the body of a page of headlines.

const (
	minScoredChars  = 25  // shorter blocks do not vote for a container
	minArticleChars = 200 // less body text than this is not an article
	minClimbText    = 150 // a parent must add this much text to be preferred
	minTeasers      = 5   // a teaser list has at least this many headlines
	maxTeaserChars  = 300 // and no paragraph this long
)

// blockKind says what element a text block came from.
type blockKind uint8

const (
	kindText    blockKind = iota // text directly inside a generic container
	kindPara                     // <p>
	kindHeading                  // <h1>…<h6>
	kindItem                     // <li>, <dt>, <dd>
	kindCell                     // a table row
	kindQuote                    // <blockquote>
	kindPre                      // <pre>
)

// pageElem is one block-level element of the page.
type pageElem struct {
	node    *html.Node
	parent  int32       // index of the parent pageElem; -1 for the root
	end     int32       // index of the last descendant pageElem
	hint    int8        // class/id hint: +1 content-like, -1 boilerplate-like
	boiler  boilerLevel // what the element's tag or class says
	removed bool        // boilerplate: its blocks are never part of the body
	prose   int         // characters of prose blocks below
	score   float64     // votes from the paragraphs below
	chars   int         // text characters below (not counting removed parts)
	links   int         // of which inside links
	heads   int         // headline links to other pages within a few levels below
	first   int32       // index of the first text block inside; -1 when none
	hasPost bool        // an embedded social post is inside
}

// textBlock is one paragraph of page text.
type textBlock struct {
	text    string
	elem    int32 // the block-level element directly holding the text
	kind    blockKind
	chars   int // characters (runes) of text
	links   int // characters inside <a>
	other   int // characters inside <a> that lead to another page
	removed bool
	quoted  bool // inside a <blockquote> (not an embedded post)
	post    bool // an embedded social media post: its links are its words
}

// pageText is the flattened page.
type pageText struct {
	elems  []pageElem
	blocks []textBlock
	hidden int // hidden elements dropped
}

// flattener builds a pageText in one walk over the tree.
type flattener struct {
	pageText
	buf       []byte
	bufChars  int
	bufLinks  int
	bufOther  int
	bufGone   int  // characters of the block inside removed inline elements
	space     bool // a space is pending before the next word
	cur       int32
	kind      blockKind
	linkDepth int
	otherLink int // depth of links to other pages we are inside
	removed   int // depth of removed elements we are inside
	inPost    int // depth of embedded social posts: one paragraph each
	inQuote   int // depth of other <blockquote> elements
	selfURL   string
	selfPath  string
	// keepHidden reads hidden elements as any other (a page whose whole
	// layout is hidden until a script shows it is read again so).
	keepHidden bool
}

// flattenPage walks the tree under root; pageURL (may be nil) tells links
// to the page itself from links elsewhere.
func flattenPage(root *html.Node, pageURL *url.URL) *pageText {
	return flattenPageWith(root, pageURL, false)
}

// flattenPageWith is flattenPage; with keepHidden set, elements hidden by
// their style or attributes are read as any other. pageText.hidden tells
// how many hidden elements were dropped.
func flattenPageWith(root *html.Node, pageURL *url.URL, keepHidden bool) *pageText {
	f := &flattener{cur: -1, keepHidden: keepHidden}
	if pageURL != nil {
		f.selfURL, f.selfPath = pageURL.String(), pageURL.EscapedPath()
	}
	f.elems = make([]pageElem, 0, 512)
	f.blocks = make([]textBlock, 0, 256)
	f.buf = make([]byte, 0, 1024)
	body := findBody(root)
	f.cur = f.enterElem(body, -1)
	f.walkChildren(body)
	f.flush()
	f.elems[0].end = int32(len(f.elems) - 1)
	f.decideRemoval()
	f.sumChars()
	return &f.pageText
}

// findBody returns <body>, or root when there is none.
func findBody(root *html.Node) *html.Node {
	for n := root.FirstChild; n != nil; n = n.NextSibling {
		if n.Type == html.ElementNode && n.DataAtom == atom.Html {
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				if c.Type == html.ElementNode && c.DataAtom == atom.Body {
					return c
				}
			}
		}
	}
	return root
}

func (f *flattener) enterElem(n *html.Node, parent int32) int32 {
	idx := int32(len(f.elems))
	f.elems = append(f.elems, pageElem{node: n, parent: parent, end: idx, first: -1})
	return idx
}

func (f *flattener) walkChildren(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		f.walk(c)
	}
}

// walk adds n and its subtree.
func (f *flattener) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		f.addText(n.Data)
		return
	case html.ElementNode:
	default:
		return
	}
	if skipTag(n.DataAtom) {
		return
	}
	if f.inPost > 0 && (n.DataAtom == atom.Br || isBlock(n)) {
		// Inside an embedded post its lines and paragraphs run on, so
		// that the post and its "— Name (@handle) date" signature stay
		// one paragraph.
		f.addText(" ")
		f.walkChildren(n)
		f.addText(" ")
		return
	}
	if n.DataAtom == atom.Br {
		f.flush()
		return
	}
	hint, classLvl := classInfo(n)
	drop := boilerNone
	if !f.keepHidden && isHidden(n) {
		drop = boilerAlways
		f.hidden++
	} else if n.DataAtom != atom.Main && n.DataAtom != atom.Article {
		drop = max(boilerTag(n.DataAtom), classLvl)
	}
	if !isBlock(n) {
		if (drop == boilerUnlessMain || drop == boilerUnlessProse) && hasBlockChild(n) {
			// An inline wrapper around paragraphs: judge those instead.
			drop = boilerNone
		}
		if drop == boilerAlways && !hasBlockChild(n) {
			return // a hidden span or a name's hover card: none of its words are the text's
		}
		if drop != boilerNone {
			f.removed++
		}
		other := 0
		if n.DataAtom == atom.A {
			f.linkDepth++
			if f.leadsElsewhere(n) {
				other = 1
			}
		}
		f.otherLink += other
		f.walkChildren(n)
		f.otherLink -= other
		if n.DataAtom == atom.A {
			f.linkDepth--
		}
		if drop != boilerNone {
			f.removed--
		}
		return
	}
	f.flush()
	parent, parentKind := f.cur, f.kind
	idx := f.enterElem(n, parent)
	f.elems[idx].boiler = drop
	if n.DataAtom == atom.Main || n.DataAtom == atom.Article {
		hint = max(hint, 1)
	}
	f.elems[idx].hint = hint
	f.cur, f.kind = idx, kindOf(n.DataAtom)
	post := n.DataAtom == atom.Blockquote && embeddedPost(n)
	if post {
		for e := idx; e >= 0 && !f.elems[e].hasPost; e = f.elems[e].parent {
			f.elems[e].hasPost = true
		}
		f.inPost++
	} else if n.DataAtom == atom.Blockquote {
		f.inQuote++
		defer func() { f.inQuote-- }()
	}
	if n.DataAtom == atom.Tr {
		f.walkRow(n)
	} else {
		f.walkChildren(n)
	}
	f.flush()
	if post {
		f.inPost-- // (after the flush: the post's paragraph is marked as one)
	}
	f.elems[idx].end = int32(len(f.elems) - 1)
	f.cur, f.kind = parent, parentKind
}

// embeddedPost reports whether the blockquote n is an embedded social
// media post (Twitter's tweet and video embeds, Instagram's).
func embeddedPost(n *html.Node) bool {
	for _, a := range n.Attr {
		if a.Key == "class" && (strings.Contains(a.Val, "twitter-tweet") || strings.Contains(a.Val, "twitter-video") || strings.Contains(a.Val, "instagram-media")) {
			return true
		}
	}
	return false
}

// walkRow adds a table row as one block, its cells separated by spaces,
// unless a cell holds block-level content of its own.
func (f *flattener) walkRow(tr *html.Node) {
	for c := tr.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.DataAtom == atom.Td || c.DataAtom == atom.Th) && !hasBlockChild(c) {
			if _, lvl := classInfo(c); isHidden(c) || lvl >= boilerUnlessMain {
				continue // (a cell of furniture: "pullquote", "ad", "caption")
			}
			f.space = true
			f.walkChildren(c)
			f.space = true
			continue
		}
		f.walk(c)
	}
}

// leadsElsewhere reports whether link a points to another page than the
// one being read (not to an anchor of it, not to a script).
func (f *flattener) leadsElsewhere(a *html.Node) bool {
	href := strings.TrimSpace(attr(a, "href"))
	if i := strings.IndexByte(href, '#'); i >= 0 {
		href = href[:i]
	}
	if href == "" || strings.HasPrefix(href, "javascript:") || strings.HasPrefix(href, "mailto:") {
		return false
	}
	if f.selfURL != "" && (href == f.selfURL || href == f.selfPath ||
		strings.HasSuffix(f.selfURL, href) && strings.HasPrefix(href, "/")) {
		return false
	}
	return true
}

// hasBlockChild reports whether n has a block-level element below it.
func hasBlockChild(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (isBlock(c) || c.DataAtom == atom.Br || hasBlockChild(c)) {
			return true
		}
	}
	return false
}

// addText appends s to the current block with whitespace collapsed.
func (f *flattener) addText(s string) {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			if c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v' {
				f.space = true
				continue
			}
			f.addRune(rune(c), s[i-1:i])
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if r == utf8.RuneError && size == 1 {
			f.addRune(r, "\uFFFD")
			continue
		}
		if unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' {
			if r != '\u200b' && r != '\ufeff' {
				f.space = true
			}
			continue
		}
		f.addRune(r, s[i-size:i])
	}
}

func (f *flattener) addRune(r rune, enc string) {
	if f.space {
		if len(f.buf) > 0 {
			f.buf = append(f.buf, ' ')
			f.bufChars++
			if f.removed > 0 {
				f.bufGone++
			}
			if f.linkDepth > 0 {
				f.bufLinks++
				if f.otherLink > 0 {
					f.bufOther++
				}
			}
		}
		f.space = false
	}
	f.buf = append(f.buf, enc...)
	f.bufChars++
	if f.removed > 0 {
		f.bufGone++
	}
	if f.linkDepth > 0 {
		f.bufLinks++
		if f.otherLink > 0 {
			f.bufOther++
		}
	}
}

// flush ends the current block.
func (f *flattener) flush() {
	f.space = false
	if len(f.buf) == 0 {
		return
	}
	f.blocks = append(f.blocks, textBlock{
		text:   string(f.buf),
		elem:   f.cur,
		kind:   f.kind,
		quoted: f.inQuote > 0,
		post:   f.inPost > 0,
		chars:  f.bufChars,
		links:  f.bufLinks,
		other:  f.bufOther,
		// (a block whose words all sit in a removed inline element —
		// "<div><img><cite id=galleryCaption1>…</cite></div>" — is
		// removed with it)
		removed: f.removed > 0 || f.bufGone*10 >= f.bufChars*9,
	})
	for e := f.cur; e >= 0 && f.elems[e].first < 0; e = f.elems[e].parent {
		f.elems[e].first = int32(len(f.blocks) - 1)
	}
	f.buf = f.buf[:0]
	f.bufChars, f.bufLinks, f.bufOther, f.bufGone = 0, 0, 0, 0
}

// decideRemoval marks the elements whose text is boilerplate: those
// hidden or named as never holding article text, and those named as page
// furniture unless they hold at least half of the page's prose (a
// wrapper that happens to be called "rail" or "header").
func (f *flattener) decideRemoval() {
	f.markCards()
	for i := range f.blocks {
		b := &f.blocks[i]
		if b.removed || !isProse(b) {
			continue
		}
		for e := b.elem; e >= 0; e = f.elems[e].parent {
			f.elems[e].prose += b.chars
		}
	}
	total := f.elems[0].prose
	// An overlay named "modal" that holds a whole <article> is the story
	// a single-page site opened over its stream, not furniture.
	holdsArticle := map[int32]bool{}
	for i := range f.elems {
		if el := &f.elems[i]; el.node != nil && el.node.DataAtom == atom.Article && el.prose >= minModalArticle {
			for e := el.parent; e >= 0 && !holdsArticle[e]; e = f.elems[e].parent {
				holdsArticle[e] = true
			}
		}
	}
	slides := f.galleryItems()
	for i := range f.elems {
		el := &f.elems[i]
		switch {
		case el.parent >= 0 && f.elems[el.parent].removed:
			el.removed = true
		case el.boiler == boilerAlways:
			el.removed = true
		case el.boiler == boilerUnlessProse:
			// (and a "social-embed" wrapper keeps the post it holds; a
			// gallery of captioned slides is no story, however long)
			el.removed = el.prose < minMediaProse && !el.hasPost && (el.prose*2 < total || el.prose < minArticleChars) || slides[int32(i)].n >= minSlides && slides[int32(i)].chars*10 >= el.prose*7 && !el.hasPost
		case el.boiler == boilerUnlessMain && el.hasPost:
			// A "social-embed" wrapper holds the post it embeds.
		case el.boiler == boilerUnlessMain:
			// A furniture-named element holding most of the page's prose
			// is kept only when that prose is enough for an article: on a
			// page of headlines the copyright line must not win.
			el.removed = (el.prose*2 < total || el.prose < minArticleChars) && !holdsArticle[int32(i)]
		}
	}
	for i := range f.blocks {
		b := &f.blocks[i]
		if f.elems[b.elem].removed {
			b.removed = true
		}
	}
}

// minModalArticle is how much prose an <article> needs to keep the
// furniture-named overlay around it ("render-target-modal").
const minModalArticle = 1000

// minSlides is how many captioned list items make a media-named element
// ("full-gallery") a slideshow rather than a story with its embed.
const minSlides = 4

// slideCount is how many list items below a media-named element hold
// prose, and how much prose they hold.
type slideCount struct{ n, chars int }

// galleryItems counts, for each media-named element ("gallery", "video"),
// the list items below it that hold prose: the slides of a slideshow.
func (f *flattener) galleryItems() map[int32]slideCount {
	var out map[int32]slideCount
	var seen map[[2]int32]bool
	for i := range f.blocks {
		b := &f.blocks[i]
		if b.removed || !isProse(b) {
			continue
		}
		li := int32(-1)
		for e, d := b.elem, 0; e >= 0 && d < 12; e, d = f.elems[e].parent, d+1 {
			el := &f.elems[e]
			if li < 0 && el.node.DataAtom == atom.Li {
				li = e
			}
			if li >= 0 && el.boiler == boilerUnlessProse && e != li {
				if out == nil {
					out, seen = map[int32]slideCount{}, map[[2]int32]bool{}
				}
				c := out[e]
				if k := [2]int32{e, li}; !seen[k] {
					seen[k] = true
					c.n++
				}
				c.chars += b.chars
				out[e] = c
			}
		}
	}
	return out
}

// minCards is how many alike sibling teaser cards make a list of them.
const minCards = 3

// markCards marks lists of teaser cards as boilerplate: at least minCards
// sibling elements of the same tag and class (digits aside), each opening
// with a headline that links to another page. Such lists are other
// articles — a "more stories" strip, a rail of deals — and must neither
// outvote the article nor be pulled into it.
func (f *flattener) markCards() {
	var cards []int32
	for p := range f.elems {
		pe := &f.elems[p]
		if pe.end-int32(p) < minCards {
			continue
		}
		cards = cards[:0]
		for c := int32(p) + 1; c <= pe.end; c = f.elems[c].end + 1 {
			if f.opensWithHeadline(c) {
				cards = append(cards, c)
			}
		}
		if len(cards) < minCards {
			continue
		}
		// Cards sit near their likes: comparing with the few around
		// keeps long lists linear.
		const window = 8
		for i, c := range cards {
			alike := 0
			for j := max(0, i-window); j < min(len(cards), i+window+1) && alike < minCards; j++ {
				if sameKind(f.elems[c].node, f.elems[cards[j]].node) {
					alike++
				}
			}
			if alike >= minCards {
				f.elems[c].boiler = boilerAlways
			}
		}
	}
}

// opensWithHeadline reports whether element c holds more than its first
// block and that block is a line of links (a headline, share buttons)
// leading elsewhere.
func (f *flattener) opensWithHeadline(c int32) bool {
	el := &f.elems[c]
	if el.first < 0 || el.end == c {
		return false
	}
	b := &f.blocks[el.first]
	return b.chars >= minHeadlineLen && b.links*4 >= b.chars*3 && b.other > 0 && b.elem >= c && b.elem <= el.end
}

// sameKind reports whether two elements have the same tag and the same
// first class name, digits ignored ("post-7816 card" and "post-8106
// card" match; cards often add per-item classes after the first).
func sameKind(a, b *html.Node) bool {
	if a.DataAtom != b.DataAtom || a.Data != b.Data {
		return false
	}
	ca, cb := firstClass(a), firstClass(b)
	i, j := 0, 0
	for {
		for i < len(ca) && isDigit(ca[i]) {
			i++
		}
		for j < len(cb) && isDigit(cb[j]) {
			j++
		}
		if i == len(ca) || j == len(cb) {
			return i == len(ca) && j == len(cb)
		}
		if ca[i] != cb[j] {
			return false
		}
		i++
		j++
	}
}

// firstClass returns the first name in n's class attribute.
func firstClass(n *html.Node) string {
	c := strings.TrimSpace(attr(n, "class"))
	if i := strings.IndexAny(c, " \t\n"); i >= 0 {
		c = c[:i]
	}
	return c
}

// isProse reports blocks that read like sentences rather than links or
// labels.
func isProse(b *textBlock) bool {
	return b.chars >= 80 && b.links*3 < b.chars
}

// sumChars totals the text of kept blocks into their elements and
// ancestors.
func (f *flattener) sumChars() {
	for i := range f.elems {
		f.elems[i].prose = 0
	}
	for i := range f.blocks {
		b := &f.blocks[i]
		if b.removed {
			continue
		}
		prose := isProse(b)
		for e := b.elem; e >= 0; e = f.elems[e].parent {
			el := &f.elems[e]
			el.chars += b.chars
			el.links += b.links
			if prose {
				el.prose += b.chars
			}
		}
	}
}

// skipTag reports elements that never hold article text.
func skipTag(a atom.Atom) bool {
	switch a {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Math,
		atom.Iframe, atom.Object, atom.Embed, atom.Canvas, atom.Video, atom.Audio,
		atom.Img, atom.Picture, atom.Source, atom.Select, atom.Option, atom.Button,
		atom.Input, atom.Textarea, atom.Head, atom.Title, atom.Meta, atom.Link,
		atom.Map, atom.Dialog, atom.Label:
		return true
	}
	return false
}

// boilerLevel says how sure we are that an element is page furniture.
type boilerLevel uint8

const (
	boilerNone        boilerLevel = iota
	boilerUnlessProse             // media furniture ("video", "embed") unless it holds prose of its own
	boilerUnlessMain              // furniture unless it holds most of the page's prose
	boilerAlways                  // never article text
)

// minMediaProse is how much prose keeps a media-named element: a list
// item "buzz_superlist_item_video" holds a paragraph of the story next to
// its embed.
const minMediaProse = 150

// boilerTag says whether an element's tag marks page furniture.
func boilerTag(a atom.Atom) boilerLevel {
	switch a {
	case atom.Nav, atom.Figcaption, atom.Menu:
		return boilerAlways
	case atom.Aside, atom.Footer, atom.Figure, atom.Header:
		return boilerUnlessMain
	}
	return boilerNone
}

// isBlock reports whether n starts a new block of text.
func isBlock(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Address, atom.Article, atom.Aside, atom.Blockquote, atom.Body, atom.Center,
		atom.Dd, atom.Details, atom.Dir, atom.Div, atom.Dl, atom.Dt, atom.Fieldset,
		atom.Figcaption, atom.Figure, atom.Footer, atom.Form, atom.H1, atom.H2, atom.H3,
		atom.H4, atom.H5, atom.H6, atom.Header, atom.Hgroup, atom.Hr, atom.Li, atom.Main,
		atom.Menu, atom.Nav, atom.Ol, atom.P, atom.Pre, atom.Section, atom.Summary,
		atom.Table, atom.Tbody, atom.Thead, atom.Tfoot, atom.Tr, atom.Td, atom.Th,
		atom.Ul, atom.Caption, atom.Html, atom.Legend:
		return true
	case 0:
		// Custom elements (<story-body>, <amp-…>) are containers.
		return strings.IndexByte(n.Data, '-') > 0
	}
	return false
}

// kindOf maps a block-level tag to the kind of its text.
func kindOf(a atom.Atom) blockKind {
	switch a {
	case atom.P:
		return kindPara
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return kindHeading
	case atom.Li, atom.Dt, atom.Dd:
		return kindItem
	case atom.Tr:
		return kindCell
	case atom.Blockquote:
		return kindQuote
	case atom.Pre:
		return kindPre
	}
	return kindText
}

// isHidden reports elements the page hides from readers.
func isHidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if a.Val == "true" {
				return true
			}
		case "style":
			if strings.Contains(a.Val, "none") || strings.Contains(a.Val, "hidden") {
				s := strings.ToLower(strings.ReplaceAll(a.Val, " ", ""))
				if strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden") {
					return true
				}
			}
		}
	}
	return false
}

// bodyParagraphs returns the article text of a flattened page; none when
// the page is not an article. articleSignal says whether the page's
// metadata declares an article (og:type article, a JSON-LD article, a
// publication time).
func bodyParagraphs(pt *pageText, articleSignal bool) (paras []string, quoted []int) {
	if len(pt.elems) == 0 {
		return nil, nil
	}
	top := pt.mainContainer()
	if top < 0 {
		return nil, nil
	}
	keep := pt.withSiblings(top)
	var kept []*textBlock
	total := 0
	for i := range pt.blocks {
		b := &pt.blocks[i]
		if b.removed || !inAny(pt.elems, keep, b.elem) {
			continue
		}
		if pt.isBoilerBlock(b) && !(len(kept) > 0 && kept[len(kept)-1].quoted && !b.quoted && isSourceCredit(b.text)) {
			continue // (but "[Engadget]" after an excerpt quoted as a block names its source)
		}
		kept = append(kept, b)
		total += b.chars
	}
	if total < minArticleChars || pt.teaserList(keep) || !pt.standsAlone(keep, kept, articleSignal) {
		return nil, nil
	}
	out := make([]string, 0, len(kept))
	seen := 0
	summary := false // inside a "Highlights" box: its bullets repeat the story
	for k, b := range kept {
		if b.kind == kindHeading {
			summary = isSummaryHeading(b.text)
			if summary {
				continue
			}
		} else if summary && b.kind != kindItem {
			summary = false
		}
		if summary {
			continue
		}
		// A "Related stories" heading late in the text, followed by
		// mostly links, starts the list of other articles.
		if b.chars < 60 && seen*10 >= total*6 && isEndMarker(b.text) && mostlyLinks(kept[k+1:]) {
			break
		}
		if b.quoted {
			quoted = append(quoted, len(out))
		}
		out = append(out, b.text)
		seen += b.chars
	}
	return out, quoted
}

const (
	maxCardText    = 400 // a teaser card holds at most this much text outside links
	maxCardHeads   = 2   // and at most this many headline links
	maxLoneChars   = 600 // a lone paragraph shorter than this needs an article signal
	cardLevels     = 3   // a card is at most this many levels above its text
	minHeadlineLen = 15  // shorter link lines are labels, not headlines
)

// isHeadline reports blocks that are a link to another page: a teaser's
// headline.
func isHeadline(b *textBlock) bool {
	return b.chars >= minHeadlineLen && b.other*4 >= b.chars*3
}

// standsAlone reports whether the kept text is an article of its own
// rather than teasers of other pages. A teaser card is a small element
// (at most maxCardText characters outside links) holding a headline that
// links to another page and a sentence or two about it; prose inside
// cards does not count. The page is an article only when at least
// minArticleChars of prose stand outside cards, and, without an article
// signal in the metadata, when that prose is more than one short
// paragraph (a video or photo page with its caption is not an article).
func (pt *pageText) standsAlone(keep []int32, kept []*textBlock, articleSignal bool) bool {
	for i := range pt.blocks {
		b := &pt.blocks[i]
		if b.removed || !isHeadline(b) || !inAny(pt.elems, keep, b.elem) {
			continue
		}
		e := b.elem
		for level := 0; e >= 0 && level <= cardLevels; level++ {
			pt.elems[e].heads++
			e = pt.elems[e].parent
		}
	}
	alone, paras, longest := 0, 0, 0
	for _, b := range kept {
		if b.links*2 > b.chars || pt.inCard(b) {
			continue
		}
		alone += b.chars
		if b.chars >= minScoredChars && b.kind != kindHeading {
			paras++
			longest = max(longest, b.chars)
		}
	}
	if alone < minArticleChars {
		return false
	}
	if !articleSignal && paras <= 1 && longest < maxLoneChars {
		return false
	}
	return true
}

// inCard reports whether block b is the text of a teaser card: the first
// element above it that holds a headline link is small.
func (pt *pageText) inCard(b *textBlock) bool {
	e := b.elem
	for level := 0; e >= 0 && level <= cardLevels; level++ {
		el := &pt.elems[e]
		if el.heads > 0 {
			return el.heads <= maxCardHeads && el.chars-el.links <= maxCardText
		}
		e = el.parent
	}
	return false
}

// mostlyLinks reports whether at least half of the blocks' text is link
// text.
func mostlyLinks(blocks []*textBlock) bool {
	chars, links := 0, 0
	for _, b := range blocks {
		chars += b.chars
		links += b.links
	}
	return links*2 >= chars
}

// isEndMarker reports headings that introduce links to other articles.
// isSummaryHeading reports headings of a box of bullet points that sum
// the story up ("Highlights", "Key points").
func isSummaryHeading(s string) bool {
	switch strings.ToLower(strings.TrimRight(strings.TrimSpace(s), " .:")) {
	case "highlights", "story highlights", "key points", "key takeaways", "takeaways", "in brief", "at a glance", "quick read", "the gist", "tl;dr", "summary", "what you need to know":
		return true
	}
	return false
}

func isEndMarker(s string) bool {
	l := strings.ToLower(strings.TrimRight(s, " .:…>»›→!"))
	for _, p := range [...]string{"you may also like", "you might also like", "related", "more from",
		"more stories", "recommended", "read more", "read next", "also read", "more on this",
		"trending", "most popular", "most read", "latest news", "more news", "other stories",
		"further reading", "see also", "don't miss", "popular stories", "top stories"} {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	return false
}

// inAny reports whether element e is one of keep or inside one of them.
func inAny(elems []pageElem, keep []int32, e int32) bool {
	for _, k := range keep {
		if e >= k && e <= elems[k].end {
			return true
		}
	}
	return false
}

// paragraphScore is how much a block votes for its container.
func paragraphScore(b *textBlock) float64 {
	if b.chars < minScoredChars || b.kind == kindHeading {
		return 0
	}
	if b.kind == kindItem && (b.chars < 100 || b.links*5 > b.chars) {
		// List items vote only when they read like paragraphs: lists of
		// headlines with summaries must not outvote the article.
		return 0
	}
	commas := strings.Count(b.text, ",") + strings.Count(b.text, "，") + strings.Count(b.text, "、")
	s := 1 + float64(commas) + min(float64(b.chars)/100, 3)
	if b.links*2 > b.chars {
		s /= 4
	}
	return s
}

// mainContainer scores the elements and returns the best, or -1.
func (pt *pageText) mainContainer() int32 {
	for i := range pt.blocks {
		b := &pt.blocks[i]
		if b.removed {
			continue
		}
		s := paragraphScore(b)
		if s == 0 {
			continue
		}
		e := b.elem
		if b.kind != kindText {
			e = pt.elems[e].parent
		}
		for level := 0; e >= 0 && level < 5; level++ {
			switch level {
			case 0:
				pt.elems[e].score += s
			case 1:
				pt.elems[e].score += s / 2
			default:
				pt.elems[e].score += s / float64(level*3)
			}
			e = pt.elems[e].parent
		}
	}
	best, bestScore := int32(-1), 0.0
	for i := range pt.elems {
		el := &pt.elems[i]
		if el.removed || el.score == 0 {
			continue
		}
		el.score = pt.finalScore(int32(i))
		if el.score > bestScore {
			best, bestScore = int32(i), el.score
		}
	}
	if best < 0 {
		return -1
	}
	// Climb while the parent adds mostly text outside links: the article
	// is split over several containers (by ads, or by a lead section).
	// Wrappers that add nothing are passed through but not chosen.
	cur := best
	for {
		p := pt.elems[cur].parent
		if p < 0 || pt.elems[p].removed || pt.elems[p].node.DataAtom == atom.Body {
			break
		}
		c, up := &pt.elems[cur], &pt.elems[p]
		if up.chars == c.chars {
			cur = p
			continue
		}
		addedLinks := up.links - c.links
		addedText := up.chars - c.chars - addedLinks
		addedProse := up.prose - c.prose
		if up.score < bestScore*0.9 && pt.feedProse(p, cur)*2 > addedProse {
			break // what the parent adds is mostly a feed beside the article (a live blog's posts)
		}
		if up.score < bestScore*0.9 && (addedText < minClimbText || addedProse*2 < addedText || addedLinks*3 > addedText) {
			// A wrapper adding only a caption may sit between the text and
			// the container of its sibling blocks ("g-block" after
			// "g-block"): climb through it when the level above adds
			// at least as much prose again.
			if g := up.parent; addedText < minClimbText && g >= 0 && !pt.elems[g].removed && pt.elems[g].node.DataAtom != atom.Body {
				gp := &pt.elems[g]
				gLinks := gp.links - c.links
				gText := gp.chars - c.chars - gLinks
				gProse := gp.prose - c.prose
				if gProse >= c.prose && gProse >= 3*minClimbText && gProse*4 >= gText*3 && gLinks*8 <= gText && pt.feedProse(g, cur)*2 <= gProse {
					cur, best = g, g
					continue
				}
			}
			break
		}
		cur, best = p, p
	}
	return best
}

// minFeedItems is how many list items holding prose make a list a feed.
const minFeedItems = 3

// feedProse is the prose, below element up but outside element cur, held
// in feeds: lists (<ol>, <ul>) of at least minFeedItems items that each
// hold a paragraph of prose in a block of its own (a post has parts: a
// time, a title, its text; a bulleted point in an article is one line of
// text) — the posts of a live blog in a side column, a stream of updates.
// An article split by ads or a lead section is not laid out that way, so
// the climb to a wider container stops at a feed.
func (pt *pageText) feedProse(up, cur int32) int {
	total := 0
	for k := up + 1; k <= pt.elems[up].end; k++ {
		el := &pt.elems[k]
		if k <= cur && cur <= el.end || el.removed {
			continue
		}
		if a := el.node.DataAtom; a != atom.Ol && a != atom.Ul {
			continue
		}
		items, prose := 0, 0
		for c := k + 1; c <= el.end; c = pt.elems[c].end + 1 {
			if ci := &pt.elems[c]; ci.node.DataAtom == atom.Li && !ci.removed && ci.prose > 0 && ci.end > c {
				items++
				prose += ci.prose
			}
		}
		if items >= minFeedItems {
			total += prose
			k = el.end // nested lists are counted once
		}
	}
	return total
}

// finalScore scales an element's votes by its link density and class hint.
func (pt *pageText) finalScore(i int32) float64 {
	el := &pt.elems[i]
	s := el.score + float64(el.hint)*5
	if el.chars > 0 {
		s *= 1 - float64(el.links)/float64(el.chars)
	}
	return s
}

// withSiblings returns top plus those of its siblings that continue the
// article.
func (pt *pageText) withSiblings(top int32) []int32 {
	keep := []int32{top}
	p := pt.elems[top].parent
	if p < 0 {
		return keep
	}
	threshold := max(10, pt.elems[top].score*0.2)
	for c := p + 1; c <= pt.elems[p].end; c = pt.elems[c].end + 1 {
		if c == top || pt.elems[c].removed {
			continue
		}
		el := &pt.elems[c]
		if el.score >= threshold {
			keep = append(keep, c)
			continue
		}
		if kindOf(el.node.DataAtom) == kindPara && el.chars > 0 {
			ld := float64(el.links) / float64(el.chars)
			if el.chars >= 80 && ld < 0.25 {
				keep = append(keep, c)
			}
		}
	}
	return keep
}

// isBoilerBlock reports kept-container blocks that are still not article
// text: link lines, headlines of the page itself, and stock phrases.
func (pt *pageText) isBoilerBlock(b *textBlock) bool {
	if b.links*2 > b.chars && b.chars < 300 && !b.post {
		return true // (a post's hashtags and handles are links: "Anybody know about the #plane?")
	}
	if b.kind == kindHeading && pt.elems[b.elem].node.DataAtom == atom.H1 {
		return true
	}
	if b.chars < 50 && isStockPhrase(b.text) {
		return true
	}
	if b.chars < 400 && isRightsNotice(b.text) {
		return true
	}
	if b.quoted && b.chars < 600 && isContactBox(b.text) {
		return true // "Got a tip? Email the writer at …": a box, not the story
	}
	return false
}

// isSourceCredit reports a line that only names a source in brackets:
// "[Engadget]", "[The Verge]".
func isSourceCredit(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) < 4 || len(s) > 48 || s[0] != '[' || s[len(s)-1] != ']' {
		return false
	}
	inner := s[1 : len(s)-1]
	return strings.TrimSpace(inner) != "" && !strings.ContainsAny(inner, "[]") && strings.ToLower(inner) != inner
}

// isRightsNotice reports a news service's copyright notice, a comment
// box's terms ("To post a comment, log into …") or a "cite this
// article" line: "This document is subject to copyright. …",
// "Citation: Title (2019, November 18) retrieved … from https://…".
func isRightsNotice(s string) bool {
	l := strings.ToLower(strings.TrimSpace(s))
	return strings.HasPrefix(l, "this document is subject to copyright") ||
		strings.HasPrefix(l, "to post a comment") || strings.Contains(l, "your comments are subject to") ||
		strings.HasPrefix(l, "citation:") && strings.Contains(l, " retrieved ") && strings.Contains(l, "http")
}

// isContactBox reports a short appeal for tips: it asks readers to email
// or contact someone and gives an address.
func isContactBox(s string) bool {
	l := strings.ToLower(s)
	if !strings.Contains(l, "email") && !strings.Contains(l, "e-mail") && !strings.Contains(l, "contact") {
		return false
	}
	for _, w := range strings.Fields(l) {
		if at := strings.IndexByte(w, '@'); at > 0 && strings.Contains(w[at:], ".") {
			return true
		}
	}
	return false
}

// isStockPhrase reports short lines that pages sprinkle into article text.
func isStockPhrase(s string) bool {
	l := strings.ToLower(strings.TrimSpace(s))
	l = strings.TrimRight(l, " .:…>»›→")
	switch l {
	case "advertisement", "ad", "advert", "advertising", "sponsored", "read more", "continue reading",
		"this slideshow requires javascript", "tell us what you think",
		"share", "share this", "share this article", "share on facebook", "share on twitter",
		"tweet", "email", "print", "comments", "related", "related articles", "related stories",
		"more", "subscribe", "sign up", "story continues below", "article continues below",
		"scroll to continue with content", "click here", "loading", "see also", "also read",
		"recommended", "most popular", "trending", "you may also like", "you might also like",
		"explore further", "key points", "more information", "further reading":
		return true
	}

	for _, p := range [...]string{"photo:", "image:", "credit:", "photograph:", "read more:",
		"related:", "see also:", "also read:", "read also:", "advertisement", "(photo", "(image"} {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	return false
}

// teaserList reports whether the kept text looks like a list of headlines
// (with or without summaries) rather than an article: at least
// minTeasers blocks that are mostly link text, making up at least a third of
// the blocks, no paragraph of maxTeaserChars characters or more, and less
// prose than headline text.
func (pt *pageText) teaserList(keep []int32) bool {
	blocks, linky, linkyChars, prose, longest := 0, 0, 0, 0, 0
	for i := range pt.blocks {
		b := &pt.blocks[i]
		if b.removed || !inAny(pt.elems, keep, b.elem) {
			continue
		}
		blocks++
		switch {
		case b.links*2 > b.chars:
			if b.chars >= 15 {
				linky++
				linkyChars += b.chars
			}
		case b.links*5 < b.chars:
			longest = max(longest, b.chars)
			if isProse(b) {
				prose += b.chars
			}
		}
	}
	return linky >= minTeasers && linky*3 >= blocks && longest < maxTeaserChars && prose < linkyChars
}

// bylines returns the short blocks that read "By …", for the authors.
func (pt *pageText) bylines() []string {
	var out []string
	for i := range pt.blocks {
		b := &pt.blocks[i]
		if b.chars <= maxBylineChars && isByline(b.text) {
			out = append(out, b.text)
			if len(out) == 3 {
				break
			}
		}
	}
	return out
}

// headerLines returns the short lines around the headline (the first
// <h1>), where pages state the byline and the dates: from a few blocks
// before it to the start of the body. Lines inside furniture other than a
// <header> (comments, related boxes, footers) are left out.
func (pt *pageText) headerLines() []string {
	h1 := -1
	for i := range pt.blocks {
		b := &pt.blocks[i]
		if b.kind == kindHeading && pt.elems[b.elem].node.DataAtom == atom.H1 && !pt.inFurniture(b) {
			h1 = i
			break
		}
	}
	if h1 < 0 {
		return nil
	}
	var out []string
	prose := 0
	for i := max(0, h1-3); i < len(pt.blocks) && i <= h1+8 && prose < 400; i++ {
		b := &pt.blocks[i]
		if i > h1 && isProse(b) {
			prose += b.chars
		}
		if i == h1 || b.chars > maxBylineChars+40 || pt.inFurniture(b) {
			continue
		}
		out = append(out, b.text)
	}
	return out
}

// inFurniture reports whether b lies in an element named or tagged as
// page furniture, a <header> aside.
func (pt *pageText) inFurniture(b *textBlock) bool {
	if !b.removed {
		return false
	}
	for e := b.elem; e >= 0; e = pt.elems[e].parent {
		el := &pt.elems[e]
		if el.boiler != boilerNone && el.node.DataAtom != atom.Header {
			return true
		}
	}
	return false
}

// maxBylineChars bounds the length of a byline block.
const maxBylineChars = 120

// isByline reports text that starts like a byline.
func isByline(s string) bool {
	return strings.HasPrefix(s, "By ") || strings.HasPrefix(s, "BY ") || strings.HasPrefix(s, "by ")
}
