package extractors

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// classInfo reads an element's class and id once: hint is +1 when they
// name content ("article-body", "story"), -1 when they name page
// furniture; lvl says how sure that furniture is.
func classInfo(n *html.Node) (hint int8, lvl boilerLevel) {
	if n.DataAtom == atom.Blockquote && embeddedPost(n) {
		return 0, boilerNone // "twitter-video": a post in the article, not a player
	}
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "id" {
			continue
		}
		if hoverCard(a.Val) {
			return -1, boilerAlways // a name's hover card: "rollover-people-block"
		}
		val := a.Val
		if n.DataAtom == atom.P && a.Key == "class" {
			// <p class="paywall">, <p class="body-paragraph paywall">: a
			// paragraph of the story behind the paywall, not the prompt.
			val = withoutClass(val, "paywall")
			if val == "" {
				continue
			}
		}
		h, l := wordsHint(val)
		lvl = max(lvl, l)
		if h < 0 || (h > 0 && hint == 0) {
			hint = h
		}
	}
	return hint, lvl
}

// withoutClass returns the class list v without the class c.
func withoutClass(v, c string) string {
	f := strings.Fields(v)
	out := f[:0]
	for _, x := range f {
		if !strings.EqualFold(x, c) {
			out = append(out, x)
		}
	}
	if len(out) == len(f) {
		return v
	}
	return strings.Join(out, " ")
}

// hoverCard reports whether a class or id names the card that pops up
// over a name in the text ("rollover-people-block", "hovercard-content"):
// a word of hovering and a word of a box. The name itself ("rollover-
// people") stays.
func hoverCard(v string) bool {
	if !strings.Contains(v, "over") && !strings.Contains(v, "Over") {
		return false // (cheap: most class names never get further)
	}
	hover, box := false, false
	for _, w := range strings.FieldsFunc(strings.ToLower(v), func(r rune) bool { return r < 'a' || r > 'z' }) {
		switch w {
		case "rollover", "hovercard", "popover":
			hover = true
		case "block", "card", "content", "box", "panel":
			box = true
		}
	}
	return hover && box
}

// wordsHint scores the words of one class or id attribute value. Words are
// split at anything but letters and at lower-to-upper case changes.
func wordsHint(v string) (hint int8, lvl boilerLevel) {
	start := -1
	var prev string // the word before: "with-sidebar" names what the element holds
	for i := 0; i <= len(v); i++ {
		var c byte
		if i < len(v) {
			c = v[i]
		}
		letter := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
		camel := letter && start >= 0 && c >= 'A' && c <= 'Z' && v[i-1] >= 'a' && v[i-1] <= 'z'
		if (!letter || camel) && start >= 0 {
			w := v[start:i]
			h, l := wordHint(w)
			if h < 0 && holdsWord(prev) {
				h, l = 0, boilerNone
			}
			if strings.EqualFold(prev, "pull") && (strings.EqualFold(w, "quote") || strings.EqualFold(w, "quotes")) {
				h, l = -1, boilerUnlessMain // "pull-quote": a line of the body repeated as display
			}
			lvl = max(lvl, l)
			if h < 0 || (h > 0 && hint == 0) {
				hint = h
			}
			start, prev = -1, w
		}
		if letter && start < 0 {
			start = i
		}
	}
	return hint, lvl
}

// holdsWord reports whether a class word says what an element holds or
// lacks rather than what it is: "with-sidebar-right" is the page column
// beside a sidebar, "has-comments" an article that comments follow.
func holdsWord(w string) bool {
	switch strings.ToLower(w) {
	case "with", "has", "no", "without", "hide", "hidden":
		return true
	}
	return false
}

// wordHint scores one word of a class or id.
func wordHint(w string) (hint int8, lvl boilerLevel) {
	if len(w) < 2 || len(w) > 40 {
		return 0, boilerNone
	}
	var buf [40]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	lw := string(buf[:len(w)])
	switch lw {
	case "comment", "comments", "disqus", "cookie", "cookies", "consent", "gdpr", "popup", "modal",
		"outbrain", "taboola", "caption", "captions", "credit", "credits", "sr", "visually", "overlay",
		"lightbox", "tooltip", "newsletter", "newsletters", "signup", "subscribe", "share", "sharing",
		"social", "breadcrumb", "breadcrumbs", "ad", "ads", "adv", "advert", "advertisement", "instapaper",
		"pullquote", "pullquotes", "pullout":
		return -1, boilerUnlessMain
	case "related", "shares", "subscription", "promo", "promotion", "sponsor", "sponsored",
		"advertising", "recommended", "recommendations", "recirc", "recirculation", "sidebar",
		"widget", "widgets", "trending", "popular", "readmore", "nav", "navbar",
		"navigation", "menu", "footer", "masthead", "toolbar", "pagination", "pager", "tags",
		"tagline", "taglist", "byline", "dateline", "bio", "teaser", "teasers", "rail",
		"banner", "paywall", "follow", "author", "timestamp", "skip", "more", "next",
		"prev", "previous", "also", "topics", "keywords",
		"player", "playlist", "headline", "headlines", "cta", "donate", "login":
		return -1, boilerUnlessMain
	case "gallery", "embed", "video":
		return -1, boilerUnlessProse
	case "article", "articles", "body", "content", "contents", "entry", "main", "post",
		"story", "stories", "text", "blog", "prose", "richtext", "copy", "paragraph",
		"paragraphs", "column", "page":
		return 1, boilerNone
	case "header", "head", "masthead2", "top", "left", "right", "aside", "links", "list",
		"card", "cards", "feed", "module", "box", "extra", "info", "date", "time", "meta", "breaking", "ticker":
		return -1, boilerNone
	}
	for _, p := range [...]string{"comment", "share", "social", "advert", "newsletter", "taboola", "outbrain"} {
		if strings.HasPrefix(lw, p) {
			return -1, boilerUnlessMain
		}
	}
	for _, p := range [...]string{"related", "promo", "sponsor", "recommend", "sidebar", "breadcrumb"} {
		if strings.HasPrefix(lw, p) {
			return -1, boilerUnlessMain
		}
	}
	return 0, boilerNone
}
