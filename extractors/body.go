package extractors

import (
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
// A page is not an article (no paragraphs) when the kept text is shorter
// than minArticleChars, or when it looks like a teaser list (see
// teaserList): many blocks that are mostly link text (headlines linking
// elsewhere) and no long paragraph.

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
}

// textBlock is one paragraph of page text.
type textBlock struct {
	text    string
	elem    int32 // the block-level element directly holding the text
	kind    blockKind
	chars   int // characters (runes) of text
	links   int // characters inside <a>
	removed bool
}

// pageText is the flattened page.
type pageText struct {
	elems  []pageElem
	blocks []textBlock
}

// flattener builds a pageText in one walk over the tree.
type flattener struct {
	pageText
	buf       []byte
	bufChars  int
	bufLinks  int
	space     bool // a space is pending before the next word
	cur       int32
	kind      blockKind
	linkDepth int
	removed   int // depth of removed elements we are inside
}

// flattenPage walks the tree under root.
func flattenPage(root *html.Node) *pageText {
	f := &flattener{cur: -1}
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
	f.elems = append(f.elems, pageElem{node: n, parent: parent, end: idx})
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
	if n.DataAtom == atom.Br {
		f.flush()
		return
	}
	drop := boilerNone
	if isHidden(n) {
		drop = boilerAlways
	} else if n.DataAtom != atom.Main && n.DataAtom != atom.Article {
		drop = max(boilerTag(n.DataAtom), classBoiler(n))
	}
	if !isBlock(n) {
		if drop == boilerUnlessMain && hasBlockChild(n) {
			// An inline wrapper around paragraphs: judge those instead.
			drop = boilerNone
		}
		if drop != boilerNone {
			f.removed++
		}
		if n.DataAtom == atom.A {
			f.linkDepth++
		}
		f.walkChildren(n)
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
	hint := classHint(n)
	if n.DataAtom == atom.Main || n.DataAtom == atom.Article {
		hint = max(hint, 1)
	}
	f.elems[idx].hint = hint
	f.cur, f.kind = idx, kindOf(n.DataAtom)
	if n.DataAtom == atom.Tr {
		f.walkRow(n)
	} else {
		f.walkChildren(n)
	}
	f.flush()
	f.elems[idx].end = int32(len(f.elems) - 1)
	f.cur, f.kind = parent, parentKind
}

// walkRow adds a table row as one block, its cells separated by spaces,
// unless a cell holds block-level content of its own.
func (f *flattener) walkRow(tr *html.Node) {
	for c := tr.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.DataAtom == atom.Td || c.DataAtom == atom.Th) && !hasBlockChild(c) {
			if isHidden(c) {
				continue
			}
			f.space = true
			f.walkChildren(c)
			f.space = true
			continue
		}
		f.walk(c)
	}
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
			if f.linkDepth > 0 {
				f.bufLinks++
			}
		}
		f.space = false
	}
	f.buf = append(f.buf, enc...)
	f.bufChars++
	if f.linkDepth > 0 {
		f.bufLinks++
	}
}

// flush ends the current block.
func (f *flattener) flush() {
	f.space = false
	if len(f.buf) == 0 {
		return
	}
	f.blocks = append(f.blocks, textBlock{
		text:    string(f.buf),
		elem:    f.cur,
		kind:    f.kind,
		chars:   f.bufChars,
		links:   f.bufLinks,
		removed: f.removed > 0,
	})
	f.buf = f.buf[:0]
	f.bufChars, f.bufLinks = 0, 0
}

// decideRemoval marks the elements whose text is boilerplate: those
// hidden or named as never holding article text, and those named as page
// furniture unless they hold at least half of the page's prose (a
// wrapper that happens to be called "rail" or "header").
func (f *flattener) decideRemoval() {
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
	for i := range f.elems {
		el := &f.elems[i]
		switch {
		case el.parent >= 0 && f.elems[el.parent].removed:
			el.removed = true
		case el.boiler == boilerAlways:
			el.removed = true
		case el.boiler == boilerUnlessMain:
			el.removed = el.prose*2 < total || total == 0
		}
	}
	for i := range f.blocks {
		b := &f.blocks[i]
		if f.elems[b.elem].removed {
			b.removed = true
		}
	}
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
	boilerNone       boilerLevel = iota
	boilerUnlessMain             // furniture unless it holds most of the page's prose
	boilerAlways                 // never article text
)

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
// the page is not an article.
func bodyParagraphs(pt *pageText) []string {
	if len(pt.elems) == 0 {
		return nil
	}
	top := pt.mainContainer()
	if top < 0 {
		return nil
	}
	keep := pt.withSiblings(top)
	var kept []*textBlock
	total := 0
	for i := range pt.blocks {
		b := &pt.blocks[i]
		if b.removed || !inAny(pt.elems, keep, b.elem) || pt.isBoilerBlock(b) {
			continue
		}
		kept = append(kept, b)
		total += b.chars
	}
	if total < minArticleChars || pt.teaserList(keep) {
		return nil
	}
	out := make([]string, 0, len(kept))
	seen := 0
	for k, b := range kept {
		// A "Related stories" heading late in the text, followed by
		// mostly links, starts the list of other articles.
		if b.chars < 60 && seen*10 >= total*6 && isEndMarker(b.text) && mostlyLinks(kept[k+1:]) {
			break
		}
		out = append(out, b.text)
		seen += b.chars
	}
	return out
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
		if up.score < bestScore*0.9 && (addedText < minClimbText || addedProse*2 < addedText || addedLinks*3 > addedText) {
			break
		}
		cur, best = p, p
	}
	return best
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
	if b.links*2 > b.chars && b.chars < 300 {
		return true
	}
	if b.kind == kindHeading && pt.elems[b.elem].node.DataAtom == atom.H1 {
		return true
	}
	if b.chars < 50 && isStockPhrase(b.text) {
		return true
	}
	return false
}

// isStockPhrase reports short lines that pages sprinkle into article text.
func isStockPhrase(s string) bool {
	l := strings.ToLower(strings.TrimSpace(s))
	l = strings.TrimRight(l, " .:…>»›→")
	switch l {
	case "advertisement", "ad", "advertising", "sponsored", "read more", "continue reading",
		"share", "share this", "share this article", "share on facebook", "share on twitter",
		"tweet", "email", "print", "comments", "related", "related articles", "related stories",
		"more", "subscribe", "sign up", "story continues below", "article continues below",
		"scroll to continue with content", "click here", "loading", "see also", "also read",
		"recommended", "most popular", "trending", "you may also like", "you might also like":
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

// maxBylineChars bounds the length of a byline block.
const maxBylineChars = 120

// isByline reports text that starts like a byline.
func isByline(s string) bool {
	return strings.HasPrefix(s, "By ") || strings.HasPrefix(s, "BY ") || strings.HasPrefix(s, "by ")
}
