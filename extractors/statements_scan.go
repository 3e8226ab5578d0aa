package extractors

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// stQuote is one top-level quotation in a paragraph.
type stQuote struct {
	open  int // byte offset of the opening mark
	end   int // byte offset just past the closing mark (or the paragraph end)
	inS   int // start of the quoted words
	inE   int // end of the quoted words
	words int // number of words inside
	// closed is false for a quotation still open at the paragraph end.
	closed bool
	// terminal reports that the quoted words end a sentence (. ! ?).
	terminal bool
	// broken reports that the quoted words break off at a dash ("… out
	// there—").
	broken bool
}

// stKind is a token kind.
type stKind uint8

const (
	stWord stKind = iota
	stPunct
	stQuoteTok
)

// stTok is a token of a paragraph: a word, a punctuation mark or a whole
// top-level quotation.
type stTok struct {
	low  string // lower-cased word, or the punctuation mark
	s, e int32
	q    int32 // index into stPara.quotes for stQuoteTok
	kind stKind
	cap  bool   // the word starts with an upper-case letter or a digit
	bits stBits // the word sets of stWordBits that hold a word token, once asked (stPara.has)
	// (offsets in 32 bits, the small fields last: 32 bytes a token,
	// where 48 made the token slices a tenth of the time)
}

// stBits records on a word token its membership of the word sets looked
// up most often, so that a test costs a bit operation (stPara.has)
// rather than a string hash: the scanner asks thousands of such
// questions of each page.
type stBits uint16

const (
	stBitOrg            stBits = 1 << iota // stOrgWords, of the word without its possessive ending
	stBitPrep                              // stPrepWords
	stBitTitle                             // stTitleWords
	stBitCommonCap                         // stCommonCaps
	stBitSubordinator                      // stSubordinators
	stBitClause                            // stClauseWords
	stBitDeterminer                        // stDeterminers
	stBitNonNameCap                        // stNonNameCaps
	stBitParty                             // stPartyWords
	stBitSubjectPronoun                    // stSubjectPronouns
	stBitBackHead                          // stBackHeads
	stBitIntro                             // stIntroWords
	stBitFirmTitle                         // stFirmTitles
	stBitNameParticle                      // stNameParticles
	stBitCue                               // a form of a speech verb: stTheLexicon.cues
	// stBitKnown marks bits as computed: has fills them in on a token's
	// first question, so tokens never asked about cost nothing.
	stBitKnown
)

// stWordBits maps each word of the sets above to its bits.
var stWordBits = func() map[string]stBits {
	m := map[string]stBits{}
	for _, set := range []struct {
		words map[string]bool
		bit   stBits
	}{
		{stOrgWords, stBitOrg}, {stPrepWords, stBitPrep}, {stTitleWords, stBitTitle}, {stCommonCaps, stBitCommonCap},
		{stSubordinators, stBitSubordinator}, {stClauseWords, stBitClause}, {stDeterminers, stBitDeterminer},
		{stNonNameCaps, stBitNonNameCap}, {stPartyWords, stBitParty}, {stSubjectPronouns, stBitSubjectPronoun},
		{stBackHeads, stBitBackHead}, {stIntroWords, stBitIntro}, {stFirmTitles, stBitFirmTitle},
		{stNameParticles, stBitNameParticle},
	} {
		for w, in := range set.words {
			if in {
				m[w] |= set.bit
			}
		}
	}
	for w := range stTheLexicon.cues {
		m[w] |= stBitCue
	}
	return m
}()

// stWordBitsOf is the bits of the word token low.
func stWordBitsOf(low string) stBits {
	b := stWordBits[low]
	if st := stStripPossessive(low); len(st) != len(low) {
		b = b&^stBitOrg | stWordBits[st]&stBitOrg // "the company's"
	}
	return b
}

// has reports whether token i is a word of the sets bit stands for.
func (p *stPara) has(i int, bit stBits) bool {
	if i < 0 || i >= len(p.toks) {
		return false
	}
	t := &p.toks[i]
	if t.kind != stWord {
		return false
	}
	if t.bits&stBitKnown == 0 {
		t.bits = stWordBitsOf(t.low) | stBitKnown
	}
	return t.bits&bit != 0
}

// stPara is a paragraph split into quotations, tokens and sentences.
type stPara struct {
	text   string
	quotes []stQuote
	toks   []stTok
	sents  [][2]int // token index ranges
	block  bool     // set off as a block quotation on the page
	// subhead marks a section heading set in quotation marks.
	subhead bool
}

func stIsDouble(r rune) bool {
	switch r {
	case '"', '\u201c', '\u201d', '\u201e', '\u201f', '\u00ab', '\u00bb', '\u2033':
		return true
	}
	return false
}

func stIsSingle(r rune) bool {
	switch r {
	case '\'', '\u2018', '\u2019', '\u201a', '\u201b', '\u2039', '\u203a':
		return true
	}
	return false
}

func stIsOpenPunct(r rune) bool {
	switch r {
	case '(', '[', '{', '\u2014', '\u2013', '-', '/', ':':
		return true
	}
	return stIsDouble(r) || stIsSingle(r)
}

func stIsClosePunct(r rune) bool {
	switch r {
	case '.', ',', ';', ':', '!', '?', ')', ']', '}', '\u2014', '\u2013', '-', '\u2026':
		return true
	}
	return stIsDouble(r) || stIsSingle(r)
}

// runeBefore and runeAfter return the neighbours of the rune at i (width w),
// or 0 at the ends.
func stRuneBefore(s string, i int) rune {
	if i <= 0 {
		return 0
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return r
}

func stRuneAfter(s string, i int) rune {
	if i >= len(s) {
		return 0
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r
}

// findQuotes finds the top-level quotations of a paragraph in one pass.
// Double marks open and close by their flanking (curly marks are not
// trusted to be the right way round); single marks count only outside
// double quotes, open before a word (or a sum: '£162 for a suit …') and
// need a closing mark.
func stFindQuotes(s string) []stQuote {
	if o := stOpenWithInnerPairs(s); o >= 0 {
		return []stQuote{stMakeQuote(s, o, 1, len(s), len(s), false)}
	}
	var out []stQuote
	openD, openS := -1, -1
	openDw, openSw := 0, 0
	skip := -1
	for i, r := range s {
		if i < skip {
			continue
		}
		dbl, sgl := stIsDouble(r), stIsSingle(r)
		if !dbl && !sgl && r != utf8.RuneError {
			continue
		}
		w := utf8.RuneLen(r)
		if r == utf8.RuneError && !strings.HasPrefix(s[i:], "\uFFFD") {
			continue // (a byte that is not UTF-8 at all)
		}
		prev, next := stRuneBefore(s, i), stRuneAfter(s, i+w)
		if r == utf8.RuneError {
			// A page saved with its curly marks lost to the replacement
			// character: between letters it stood for an apostrophe
			// ("don�t"), elsewhere for a quotation mark ("�No,� he said").
			if unicode.IsLetter(prev) && unicode.IsLetter(next) || prev == utf8.RuneError || next == utf8.RuneError || unicode.IsSpace(prev) && unicode.IsSpace(next) {
				continue // (and "relief � an issue": a dash)
			}
			dbl = true
		}
		if (r == '\'' || r == '`') && next == r && openD < 0 && openS < 0 && (prev == 0 || unicode.IsSpace(prev) || stIsOpenPunct(prev)) {
			if after := stRuneAfter(s, i+2); unicode.IsLetter(after) || unicode.IsDigit(after) || stIsDouble(after) {
				// "''It was a mistake,'' Lee said." (or ``…''): two
				// straight marks open a double quotation in some wire
				// and archive copy; the pair closes it, see below.
				openD, openDw = i, 2
				skip = i + 2
				continue
			}
		}
		left := (prev == 0 || unicode.IsSpace(prev) || stIsOpenPunct(prev)) && next != 0 && !unicode.IsSpace(next)
		right := prev != 0 && !unicode.IsSpace(prev) && (next == 0 || unicode.IsSpace(next) || stIsClosePunct(next))
		if r == utf8.RuneError && (openD < 0 && !left || openD >= 0 && !right) {
			continue // (the character stood for a space too: "out.�An", "Sen.�Roy")
		}
		if dbl {
			switch {
			case openD >= 0 && i == openD+openDw && next != 0 && !unicode.IsSpace(next) && !stIsClosePunct(next):
				// A doubled opening mark (""It was …): a slip of the
				// keyboard, not an empty quotation: both open it.
				openDw += w
			case openD < 0:
				if left || (!right && r != '\u201d' && r != '\u00bb' && !(r == '"' && unicode.IsSpace(prev) && unicode.IsSpace(next) && !stOpensSpeech(s, i))) {
					// (a straight mark with a space either side, after a
					// word, opens nothing: a dash garbled into a quotation
					// mark, "LONDON " The …")
					openD, openDw = i, w
					openS = -1
				}
			case right || !left || r == '\u201d' || r == '\u00bb':
				ce := i + w
				if stIsSingle(next) {
					// ",\"' said Lee": the single mark closes a quotation
					// nested inside, with the double one.
					nw := utf8.RuneLen(next)
					if after := stRuneAfter(s, ce+nw); after == 0 || unicode.IsSpace(after) || stIsClosePunct(after) {
						ce += nw
					}
				}
				out = append(out, stMakeQuote(s, openD, openDw, i, ce, true))
				openD = -1
			default:
				// A new opening mark while one is open: the earlier quotation
				// was never closed.
				out = append(out, stMakeQuote(s, openD, openDw, i, i, false))
				openD, openDw = i, w
			}
			continue
		}
		if openD >= 0 {
			if (r == '\u2019' || r == '\'') && next == r && prev != 0 && !unicode.IsSpace(prev) {
				// "’’" (or two straight marks) closes a double quotation
				// in some wire copy: “It was a mistake,’’ Lee said.
				if after := stRuneAfter(s, i+2*w); after == 0 || unicode.IsSpace(after) || stIsClosePunct(after) {
					out = append(out, stMakeQuote(s, openD, openDw, i, i+2*w, true))
					openD = -1
				}
			}
			continue // nested single quotes are part of the quotation
		}
		letterBefore := prev != 0 && (unicode.IsLetter(prev) || unicode.IsDigit(prev))
		switch {
		case openS < 0:
			if left && !letterBefore && r != '\u2019' && (unicode.IsLetter(next) || unicode.IsDigit(next) || unicode.Is(unicode.Sc, next)) {
				openS, openSw = i, w
			}
		case right && !(prev == 's' && next == ' '):
			ce := i + w
			if next == r && r == '\'' {
				ce += w // "'…,'' Bechi said": the wire's doubled mark closes it
			}
			out = append(out, stMakeQuote(s, openS, openSw, i, ce, true))
			openS = -1
		}
	}
	switch {
	case openD >= 0:
		out = append(out, stMakeQuote(s, openD, openDw, len(s), len(s), false))
	case openS >= 0 && stSingleRunsOn(s, openS, openSw):
		out = append(out, stMakeQuote(s, openS, openSw, len(s), len(s), false))
	}
	return out
}

// stOpenWithInnerPairs returns where a paragraph that opens with a
// straight double mark never closed starts its quotation, when every
// later straight mark pairs with the next as a short quotation inside
// it: `"People moved in. Then the council housed people "temporarily",
// with no end date.` — the open-quote-per-paragraph convention, with
// scare quotes inside. It returns -1 otherwise.
func stOpenWithInnerPairs(s string) int {
	o := len(s) - len(strings.TrimLeftFunc(s, unicode.IsSpace))
	if o >= len(s) || s[o] != '"' || strings.Count(s, "\"") < 3 || strings.Count(s, "\"")%2 == 0 || strings.ContainsAny(s, "\u201c\u201d") {
		return -1
	}
	i := o + 1
	for {
		l := strings.IndexByte(s[i:], '"')
		if l < 0 {
			return o
		}
		l += i
		r := strings.IndexByte(s[l+1:], '"')
		if r < 0 {
			return -1
		}
		r += l + 1
		prev, next := stRuneBefore(s, l), stRuneAfter(s, l+1)
		if !(unicode.IsSpace(prev) || stIsOpenPunct(prev)) || !stIsWordRune(next) {
			return -1 // the mark does not open an inner quotation
		}
		if before, after := stRuneBefore(s, r), stRuneAfter(s, r+1); unicode.IsSpace(before) || !(after == 0 || unicode.IsSpace(after) || stIsClosePunct(after)) {
			return -1 // nor does the next close it
		}
		if strings.Count(s[l:r], " ") > 4 {
			return -1 // a long quotation: the paragraph's own, closed and reopened
		}
		i = r + 1
	}
}

// stOpensSpeech reports whether the last non-space character before byte
// i of s is punctuation or nothing, after which a quotation may open
// ("message is, " 'We are …"; "he told Cook. " You guys …"), rather
// than a word ("LONDON " AstraZeneca says …").
func stOpensSpeech(s string, i int) bool {
	t := strings.TrimRightFunc(s[:i], unicode.IsSpace)
	r := stRuneBefore(t, len(t))
	if i < 48 && len(t) >= 3 && strings.ToUpper(t[:3]) == t[:3] && unicode.IsUpper(rune(t[0])) && unicode.IsUpper(rune(t[1])) {
		return false // "CARSON CITY, Nev. " Nevada's governor …": after a dateline
	}
	return r == 0 || !stIsWordRune(r)
}

// stSingleRunsOn reports whether a single mark left open at the end of a
// paragraph opens a quotation that runs on into the next one, the
// open-quote-per-paragraph convention of papers that quote with single
// marks: the mark starts the paragraph or follows a colon or comma ("he
// added: 'Personally …"), and the paragraph ends a sentence of at least
// three words after it. A stray apostrophe ("the '90s were") does not.
func stSingleRunsOn(s string, o, ow int) bool {
	before := strings.TrimRightFunc(s[:o], unicode.IsSpace)
	if before != "" && !strings.HasSuffix(before, ":") && !strings.HasSuffix(before, ",") {
		return false
	}
	in := strings.TrimRightFunc(s[o+ow:], unicode.IsSpace)
	r, _ := utf8.DecodeLastRuneInString(in)
	if r != '.' && r != '!' && r != '?' && r != '\u2026' {
		return false
	}
	return strings.Count(strings.TrimSpace(in), " ") >= 2 // three words or more
}

// stMakeQuote builds a quotation from its opening mark [o, o+ow) and its
// closing mark [c, ce).
func stMakeQuote(s string, o, ow, c, ce int, closed bool) stQuote {
	q := stQuote{open: o, end: ce, closed: closed}
	in := s[o+ow : c]
	lead := len(in) - len(strings.TrimLeftFunc(in, unicode.IsSpace))
	in = strings.TrimSpace(in)
	q.inS = o + ow + lead
	q.inE = q.inS + len(in)
	// Drop a trailing comma or colon inside the marks.
	for q.inE > q.inS {
		r, w := utf8.DecodeLastRuneInString(s[q.inS:q.inE])
		if r == ',' || r == ':' || r == ';' || unicode.IsSpace(r) {
			q.inE -= w
			continue
		}
		break
	}
	inWord := false
	for _, r := range s[q.inS:q.inE] {
		isW := unicode.IsLetter(r) || unicode.IsDigit(r)
		if isW && !inWord {
			q.words++
		}
		inWord = isW
	}
	if q.inE > q.inS {
		// Look past closing marks of nested quotations and brackets.
		e := q.inE
		r, w := utf8.DecodeLastRuneInString(s[q.inS:e])
		for (stIsDouble(r) || stIsSingle(r) || r == ')') && e-w > q.inS {
			e -= w
			r, w = utf8.DecodeLastRuneInString(s[q.inS:e])
		}
		q.terminal = (r == '.' || r == '!' || r == '?' || r == '\u2026') && !(q.inE < len(s) && s[q.inE] == ',') // ("“Go on!,” Lee wrote": the comma carries on)
		q.broken = r == '\u2014' || r == '\u2013'
	}
	return q
}

// stDropNested keeps the outermost of overlapping quotations (single quotes
// can hold double ones); quotations come sorted by their closing mark.
func stDropNested(qs []stQuote) []stQuote {
	if len(qs) < 2 {
		return qs
	}
	// Sort by opening mark (insertion sort is linear on nearly sorted input).
	for i := 1; i < len(qs); i++ {
		for j := i; j > 0 && qs[j].open < qs[j-1].open; j-- {
			qs[j], qs[j-1] = qs[j-1], qs[j]
		}
	}
	out := qs[:1]
	for _, q := range qs[1:] {
		if q.open < out[len(out)-1].end {
			continue
		}
		out = append(out, q)
	}
	return out
}

func stIsWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// stTokenize splits a paragraph into words, punctuation and quotations.
func stTokenize(p *stPara) {
	s := p.text
	// One lower-cased copy of the paragraph serves every word, unless case
	// mapping changed its length.
	lower := stLowerSameLength(s)
	if cap(p.toks) == 0 {
		p.toks = make([]stTok, 0, stTokCap(len(s)))
	}
	p.toks = p.toks[:0]
	qi := 0
	for i := 0; i < len(s); {
		if qi < len(p.quotes) && i == p.quotes[qi].open {
			p.toks = append(p.toks, stTok{s: int32(i), e: int32(p.quotes[qi].end), kind: stQuoteTok, q: int32(qi)})
			i = p.quotes[qi].end
			qi++
			continue
		}
		if s[i] == ' ' {
			i++ // (the common case)
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			i += w
		case stIsWordRune(r):
			j := i + w
			ascii := r < utf8.RuneSelf
			for j < len(s) {
				if c := s[j]; c < utf8.RuneSelf && (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
					j++ // (the common case, without decoding)
					continue
				}
				r2, w2 := utf8.DecodeRuneInString(s[j:])
				if r2 >= utf8.RuneSelf && (stIsWordRune(r2) || unicode.Is(unicode.Mn, r2) || r2 == '\u00ad') {
					ascii = false
					// (a soft hyphen inside a word: "con\u00adfirmed")
					j += w2
					continue
				}
				if r2 == ',' && j > i && s[j-1] >= '0' && s[j-1] <= '9' && j+4 <= len(s) && stDigits3(s[j+1:j+4]) && (j+4 == len(s) || s[j+4] < '0' || s[j+4] > '9') {
					j += w2 // "100,000" is one number
					continue
				}
				if r2 == '.' && j-i >= 3 && s[j-1] >= 'a' && s[j-1] <= 'z' && stFootnoteAt(s, j+1) > 0 {
					break // "… according to the Ledger.2 Park has …": a footnote mark after the full stop
				}
				if r2 == '\'' || r2 == '\u2019' || r2 == '-' || r2 == '.' || r2 == '&' || r2 == '\u2010' || r2 == '\u2011' {
					r3 := stRuneAfter(s, j+w2)
					if stIsWordRune(r3) && (qi >= len(p.quotes) || j+w2 < p.quotes[qi].open) {
						j += w2
						ascii = ascii && r2 < utf8.RuneSelf
						continue
					}
					if (r2 == '\'' || r2 == '\u2019') && (s[j-1] == 's' || s[j-1] == 'S') && r3 == ' ' && unicode.IsLetter(stRuneAfter(s, j+w2+1)) {
						j += w2 // a plural possessive: "the workers' union"
						ascii = ascii && r2 < utf8.RuneSelf
						break
					}
				}
				break
			}
			word := s[i:j]
			// An abbreviation keeps its full stop.
			if j < len(s) && s[j] == '.' && stIsAbbrev(word) && !(strings.EqualFold(word, "no") && !stDigitAfter(s, j+1)) {
				// ("No. 5", but "she would vote no.")
				j++
				if strings.IndexByte(word, '.') >= 0 {
					// "the U.S.-led campaign", "a U.N.-backed plan": one
					// word, not "U.S." and a dash
					for k := j; k+1 < len(s) && s[k] == '-' && s[k+1] >= 'a' && s[k+1] <= 'z'; {
						for k++; k < len(s) && s[k] >= 'a' && s[k] <= 'z'; k++ {
						}
						j = k
					}
				}
				word = s[i:j]
			}
			var low string
			if len(lower) == len(s) {
				low = lower[i:j]
			} else {
				low = strings.ToLower(word)
			}
			if !ascii && strings.ContainsRune(low, '\u2019') {
				low = strings.ReplaceAll(low, "\u2019", "'")
			}
			if !ascii && strings.ContainsRune(low, '\u00ad') {
				low = strings.ReplaceAll(low, "\u00ad", "")
			}
			if pr, ok := strings.CutSuffix(low, "'d"); ok && stSubjectPronouns[pr] {
				low = pr // "he’d shouted", "she’d say": the pronoun speaks
			}
			if low == "who's" {
				low = "who" // "Lee, who's called for …": the relative pronoun, its "has" or "is" dropped
			}
			if word == "WHO" {
				low = "who.int" // the World Health Organization, not a relative pronoun
			}
			if stem, ok := strings.CutSuffix(low, "-elect"); ok && stTitleWords[stem] {
				low = stem // "President-elect" is a president for titles and back-references
			}
			p.toks = append(p.toks, stTok{s: int32(i), e: int32(j), kind: stWord, low: low, cap: unicode.IsUpper(r) || unicode.IsDigit(r) || stInnerCapName(word)})
			i = j
		default:
			low := s[i : i+w]
			switch r {
			case '\u2014', '\u2013', '\u2015':
				low = "—"
			case '-':
				if j := i + w; j < len(s) && s[j] == '-' { // "--"
					w++
				}
				low = "—"
			case '\u2026':
				low = "..."
			case '.':
				if strings.HasPrefix(s[i:], "...") {
					w, low = 3, "..." // an ellipsis, one token
				}
			}
			p.toks = append(p.toks, stTok{s: int32(i), e: int32(i + w), kind: stPunct, low: low})
			i += w
			if r == '.' && i-1 > 0 && s[i-2] >= 'a' && s[i-2] <= 'z' {
				i += stFootnoteAt(s, i) // the footnote mark is no word of either sentence
			}
		}
	}
}

// stLowerSameLength returns s lower-cased, or "" when lower-casing would
// change its length (a rune whose lower case is encoded in other bytes, or
// bytes that are not UTF-8). Unlike strings.ToLower it copies runes with
// no lower case (curly quotes, dashes) without re-encoding them.
func stLowerSameLength(s string) string {
	i := 0
	for i < len(s) && s[i] < utf8.RuneSelf && (s[i] < 'A' || s[i] > 'Z') {
		i++
	}
	if i == len(s) {
		return s
	}
	b := make([]byte, len(s))
	copy(b, s[:i])
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			b[i] = c
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && w == 1 {
			return ""
		}
		if l := unicode.ToLower(r); l != r {
			if utf8.RuneLen(l) != w {
				return ""
			}
			utf8.EncodeRune(b[i:], l)
		} else {
			copy(b[i:i+w], s[i:i+w])
		}
		i += w
	}
	return unsafe.String(&b[0], len(b))
}

// stFootnoteAt returns the length of a footnote mark at i — one or two
// digits right after a full stop, then a space and a capital letter
// ("Ledger.2 Park") — or 0.
func stFootnoteAt(s string, i int) int {
	n := 0
	for i+n < len(s) && n < 3 && s[i+n] >= '0' && s[i+n] <= '9' {
		n++
	}
	if n == 0 || n > 2 || i+n+1 >= len(s) || s[i+n] != ' ' || s[i+n+1] < 'A' || s[i+n+1] > 'Z' {
		return 0
	}
	return n
}

// stDigitAfter reports whether the first non-space rune from i is a digit.
func stDigitAfter(s string, i int) bool {
	for i < len(s) && (s[i] == ' ' || s[i] == '\u00a0') {
		i++
	}
	return i < len(s) && s[i] >= '0' && s[i] <= '9'
}

// stIsAbbrev reports whether word followed by a full stop is an
// abbreviation rather than a sentence end.
func stIsAbbrev(word string) bool {
	if len(word) <= utf8.UTFMax && utf8.RuneCountInString(word) == 1 {
		r, _ := utf8.DecodeRuneInString(word)
		return unicode.IsUpper(r)
	}
	if strings.IndexByte(word, '.') >= 0 {
		// U.S, a.m, Ph.D (but not a site's name: "told News.Az.")
		for part := range strings.SplitSeq(word, ".") {
			if utf8.RuneCountInString(part) > 3 {
				return false
			}
		}
		return true
	}
	if len(word) > 6 {
		return false // (longer than any abbreviation below)
	}
	var b [6]byte
	n := copy(b[:], word)
	for k := range n {
		if b[k] >= 'A' && b[k] <= 'Z' {
			b[k] += 'a' - 'A'
		}
	}
	return stAbbrevs[string(b[:n])] // (only ASCII letters are lower-cased: every abbreviation is ASCII)
}

// stAbbrevs are words that keep a following full stop.
var stAbbrevs = stWordSet("mr mrs ms dr prof st jr sr gov sen rep gen lt col sgt capt cmdr adm maj rev fr mt ave inc corp co ltd no vs etc jan feb mar apr aug sept sep oct nov dec approx dept univ est fig pres supt insp det cpl pvt hon")

// stSplitSentences groups tokens into sentences.
func stSplitSentences(p *stPara) {
	start := 0
	toks := p.toks
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		end := false
		switch t.kind {
		case stPunct:
			if t.low == "." && i+1 < len(toks) && toks[i+1].s == t.e && toks[i+1].kind == stWord && p.text[toks[i+1].s] >= '0' && p.text[toks[i+1].s] <= '9' {
				break // ".45-caliber", "ID.4": no sentence end
			}
			if t.low == "." && i > 0 && i+1 < len(toks) && toks[i-1].e == t.s && stShortCaps(p, toks[i-1]) && toks[i+1].kind == stWord && stAllCaps(p, toks[i+1]) && i+2 < len(toks) && stAllCaps(p, toks[i+2]) {
				break // "the ID. SPACE VIZZION": a model name, not a sentence end
			}
			if t.low == "!" && i > 0 && i+1 < len(toks) && toks[i-1].kind == stWord && toks[i-1].cap && toks[i-1].e == t.s && toks[i+1].kind == stWord && stBrandSuffixes[toks[i+1].low] {
				break // "told Yahoo! News", "E! Online": a brand's name, not a sentence end
			}
			if t.low == "." || t.low == "!" || t.low == "?" || t.low == "..." {
				// (Not before a closing bracket: "Rep. Ann Lee (D-Minn.) said".)
				end = i+1 >= len(toks) || toks[i+1].cap && !(t.low == "!" && i > 0 && len(toks[i-1].low) == 1) || toks[i+1].kind == stQuoteTok || toks[i+1].kind == stPunct && toks[i+1].low != "," && toks[i+1].low != ")" && toks[i+1].low != "]" && !(t.low == "!" && toks[i+1].low == ":")
				// ("told OK!: “…”" goes on.)
			}
			if (t.low == ")" || t.low == "]") && i > 0 && (toks[i-1].low == "." || toks[i-1].low == "!" || toks[i-1].low == "?" || toks[i-1].kind == stWord && strings.HasSuffix(toks[i-1].low, ".") && len(toks[i-1].low) > 3 || toks[i-1].kind == stQuoteTok && p.quotes[toks[i-1].q].terminal) {
				// "(He left.) Then …": the sentence ends after the bracket.
				end = i+1 >= len(toks) || toks[i+1].cap || toks[i+1].kind == stQuoteTok
			}
		case stWord:
			// An abbreviation with inner stops ("U.S.") ends a sentence when
			// a common sentence opener follows.
			// ("at 3 a.m. Friday" goes on.)
			if strings.HasSuffix(t.low, ".") && strings.Count(t.low, ".") > 1 && i+1 < len(toks) && toks[i+1].kind == stWord && toks[i+1].cap && stCommonCaps[toks[i+1].low] && !((t.low == "a.m." || t.low == "p.m.") && stDayOrMonth[toks[i+1].low]) {
				end = true
			}
			// A company's "Inc." ends a sentence before a quotation or a
			// common opener: "… U.S. Games Systems, Inc. “We have
			// prevailed,” Kaplan says."
			if (t.low == "inc." || t.low == "corp." || t.low == "ltd." || t.low == "co." || t.low == "etc.") && i+1 < len(toks) && (toks[i+1].kind == stQuoteTok || toks[i+1].kind == stWord && toks[i+1].cap && stCommonCaps[toks[i+1].low]) {
				end = true
			}
		case stQuoteTok:
			q := p.quotes[t.q]
			if (q.terminal || q.broken && i+1 < len(toks) && toks[i+1].kind == stWord && stCommonCaps[toks[i+1].low]) && i+1 < len(toks) && (toks[i+1].kind == stQuoteTok || toks[i+1].kind == stWord && toks[i+1].cap && !stCueSoon(toks, i+1) || toks[i+1].kind == stPunct && toks[i+1].low == "(") {
				end = true
			}
		}
		if end {
			p.sents = append(p.sents, [2]int{start, i + 1})
			start = i + 1
		}
	}
	if start < len(toks) {
		p.sents = append(p.sents, [2]int{start, len(toks)})
	}
}

// stDayOrMonth are the names of weekdays and months.
var stDayOrMonth = stWordSet("monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december")

// stBrandSuffixes follow a brand whose name ends in "!": "Yahoo! News",
// "E! Online", "OK! Magazine".
var stBrandSuffixes = stWordSet("news sports finance online magazine entertainment tv")

// stCueSoon reports whether a speech verb follows within a few words of i.
func stCueSoon(toks []stTok, i int) bool {
	return stCueSoonAppos(toks, i, true)
}

// stCueSoonAppos is stCueSoon, looking past one apposition when appos is
// set.
func stCueSoonAppos(toks []stTok, i int, appos bool) bool {
	for j := i; j < len(toks) && j < i+5; j++ {
		if toks[j].kind != stWord {
			if appos && toks[j].low == "," && j > i && toks[j-1].cap {
				// "“…?” Ann Lee, the former director of the fund, said at
				// an event.": past the name's apposition to its verb.
				for m := j + 1; m < len(toks) && m < j+16; m++ {
					if toks[m].kind == stPunct && toks[m].low == "," {
						return m > j+1 && stCueSoonAppos(toks, m+1, false)
					}
					if toks[m].kind != stWord {
						break
					}
				}
			}
			return false
		}
		if _, ok := stTheLexicon.cues[toks[j].low]; ok {
			if j == i && toks[j].cap && j+1 < len(toks) && toks[j+1].kind == stWord && !toks[j+1].cap {
				return false // "“…” Asked which county he liked, he …": a new sentence opens with a participle
			}
			if j > i && toks[j-1].low == "to" {
				return false // "He declined to say when": no attribution
			}
			n := j + 1
			for n < len(toks) && n < j+3 && toks[n].kind == stWord && (toks[n].low == "again" || toks[n].low == "later" || toks[n].low == "then" || toks[n].low == "too" || stAdverbLy(toks[n].low) && !toks[n].cap) {
				n++ // "Lee asked again."
			}
			if n < len(toks) && toks[n].kind == stPunct && (toks[n].low == ":" || toks[n].low == "," && n+1 < len(toks) && toks[n+1].kind == stQuoteTok) {
				return false // "Smith agreed: …" and "Lee replied, “…”" introduce what follows
			}
			if n < len(toks) && toks[n].kind == stWord && stAddresseePronouns[toks[n].low] {
				n++ // "Caudevilla told me when I visited": past the one told
			} else if n < len(toks) && toks[n].kind == stWord && (toks[n].low == "the" || toks[n].low == "his" || toks[n].low == "her" || toks[n].low == "their") {
				// "“Is it true?” Todd asked the mayor.": past a short
				// addressee that ends the sentence.
				m := n + 1
				for m < len(toks) && m < n+5 && toks[m].kind == stWord && !stPrepWords[toks[m].low] && !stSubordinators[toks[m].low] && !stIsVerbAux(toks[m].low) {
					m++
				}
				if m > n+1 && m < len(toks) && toks[m].kind == stPunct && (toks[m].low == "." || toks[m].low == ",") {
					n = m
				}
			}
			return n >= len(toks) || toks[n].kind == stPunct || stPrepWords[toks[n].low] || stSubordinators[toks[n].low] || toks[n].low == "which" // ("Lee asks as he steers", "Trump said which drew …")
		}
	}
	return false
}

// stAddresseePronouns are the ones told: "told me", "told reporters".
var stAddresseePronouns = stWordSet("me him her us them reporters journalists")

// stDigits3 reports whether s is three ASCII digits.
func stDigits3(s string) bool {
	return len(s) == 3 && s[0] >= '0' && s[0] <= '9' && s[1] >= '0' && s[1] <= '9' && s[2] >= '0' && s[2] <= '9'
}

// stAllCaps reports whether word token t is written in capitals only.
func stAllCaps(p *stPara, t stTok) bool {
	w := p.text[t.s:t.e]
	return t.kind == stWord && strings.ToUpper(w) == w && strings.ToLower(w) != w
}

// stShortCaps reports whether word token t is two or three capitals
// ("ID", "TV").
func stShortCaps(p *stPara, t stTok) bool {
	return stAllCaps(p, t) && t.e-t.s >= 2 && t.e-t.s <= 3
}

// stInnerCapName reports a brand's name that starts with a small letter
// and a capital ("iFixit", "eBay", "iPhone"), which is capitalised for
// the engine; "mRNA" and "iOS" have no small letter after the capital.
func stInnerCapName(w string) bool {
	if len(w) < 4 || w[0] < 'a' || w[0] > 'z' || w[1] < 'A' || w[1] > 'Z' {
		return false
	}
	for i := 2; i < len(w); i++ {
		if w[i] >= 'a' && w[i] <= 'z' {
			return true
		}
	}
	return false
}
