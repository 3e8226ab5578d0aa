package extractors

import (
	"strings"
	"unicode"
)

// interview reads a paragraph of an interview transcript: a speaker label
// and a colon, then the words ("Hurwitz: Slowly, at first.", "JH: Yes.",
// "A: Brutally hard." after a "Q: …" paragraph). The label must name a
// person the article names in full elsewhere — by surname, full name or
// initials — or be "A" in an article of "Q:" paragraphs, which answers
// for the person in focus. It reports whether the paragraph was taken.
func (e *stEngine) interview(pi int, p *stPara) bool {
	c := -1
	for k := 0; k < len(p.toks) && k < 4; k++ {
		if p.punct(k) == ":" {
			c = k
			break
		}
		if p.toks[k].kind != stWord || !p.toks[k].cap {
			return false
		}
	}
	if c < 1 || len(p.toks)-c < 4 || p.isQuote(c+1) || p.colonHeadline() {
		return false // (a quotation after the label is colonQuote's; "Lee: I'm Not Much Of A Socialist" is a headline)
	}
	label := p.span(0, c)
	if p.word(0) == "dear" {
		return false // "DEAR ABBY: …": a letter's salutation
	}
	// The turn's own words ("I", "we") and, when it has none, its speech
	// verbs, each found once.
	own := p.firstPerson(c + 1)
	var turnCues []stCue
	if !own {
		turnCues = e.findCues(p, c+1, len(p.toks))
	}
	shout := p.shoutLabel()
	if c >= 2 && c <= 3 && shout == c && p.givenAt(0) && (own || p.asksOrAddresses(c+1) || len(turnCues) == 0) {
		// "KATE BELL: Why not debate?", "TOM REYES: The loss worries
		// …": a transcript's turn, the label a full name in capitals
		// (but "TOM REYES: According to Maya Cole, …" reports another's
		// words, which the sentence reader attributes).
		name := stTitleCase(label)
		id := e.findEntity(stEntPerson, strings.Fields(strings.ToLower(name)))
		if id < 0 {
			id = e.addEntity(name, stEntPerson, "", true)
		}
		e.emitAnswer(pi, p, c, e.canonical(e.ents[id].name), id)
		return true
	}
	if c == 1 && shout < 0 && len(e.turns) > 0 && len(label) >= 3 && strings.ToUpper(label) == label {
		// "BELL: You guys, back in January, …": a later turn of one
		// named in full at an earlier label.
		for id := range e.turns {
			if toks := e.ents[id].toks; len(toks) > 0 && toks[len(toks)-1] == strings.ToLower(label) {
				e.emitAnswer(pi, p, c, e.canonical(e.ents[id].name), id)
				return true
			}
		}
	}
	if c == 1 && e.transcript && p.capsLabel() == 1 && len(label) >= 3 && !stNonSpeakerLabels[strings.ToLower(label)] && !stCommonCaps[strings.ToLower(label)] {
		// "RAMOS: Did you lie to them?" in a transcript: a speaker the
		// article names by that word alone (a full name known is used).
		id := e.findEntity(stEntPerson, []string{strings.ToLower(label)})
		if id < 0 {
			id = e.addEntity(stTitleCase(label), stEntPerson, "", true)
		}
		e.emitAnswer(pi, p, c, e.canonical(e.ents[id].name), id)
		return true
	}
	for _, cu := range turnCues {
		if cu.according {
			return false // "TOM REYES: According to Maya Cole, …": another's words, attributed in the sentence
		}
	}
	if label != "Q" && label != "Question" && !own && !e.laterTurn(p, c) {
		return false // an answer speaks for oneself; "Charges: …" lists do not
	}
	switch label {
	case "Q", "Question":
		e.qaSeen = true
		return false
	case "A", "Answer":
		if !e.qaSeen {
			return false
		}
		if e.qaSpeaker < 0 {
			e.qaSpeaker = e.recentFullPerson()
		}
		if e.qaSpeaker < 0 {
			e.qaSpeaker = e.lastNamedBefore(pi)
		}
		if e.qaSpeaker < 0 {
			return false
		}
		e.emitAnswer(pi, p, c, e.ents[e.qaSpeaker].name, e.qaSpeaker)
		return true
	}
	if c == 1 && stInitials(label) {
		full := ""
		for _, n := range e.names {
			if stInitialsOf(n) == label {
				if full != "" && full != n {
					return false // two people with those initials
				}
				full = n
			}
		}
		if full == "" {
			return false
		}
		e.emitAnswer(pi, p, c, full, e.addEntity(full, stEntPerson, "", true))
		return true
	}
	full, known := e.names[strings.ToLower(stLastWord(label))]
	if !known || !strings.Contains(full, " ") || !p.allNames(0, c) {
		return false
	}
	id := e.findEntity(stEntPerson, strings.Fields(strings.ToLower(label)))
	if g := strings.ToLower(strings.Fields(full)[0]); id < 0 && (stMaleGiven[g] || stFemaleGiven[g]) {
		id = e.addEntity(full, stEntPerson, "", false) // named in full before, as an object ("asked Elizabeth Warren")
	}
	if id < 0 || e.ents[id].kind != stEntPerson || !e.ents[id].spoke && e.sexOf(id) == 0 {
		return false // a person met before, not a label alone ("Rolling Stone:", "Thunder:")
	}
	speaker := e.canonical(e.ents[id].name)
	e.emitAnswer(pi, p, c, speaker, id)
	e.qa = stQA{person: id}
	return true
}

// stQA is the state of an interview whose later questions carry no
// label: the interviewee (-1 when there is none), and whether the
// paragraph before was a bare question.
type stQA struct {
	person int
	asked  bool
	// bareAt is the paragraph of the first question of an interview with
	// no labels at all (-1 when there is none), see stBareInterview; bare
	// is set once its interviewee is known.
	bareAt int
	bare   bool
}

// stBareQuestion reports whether p is an interviewer's question with no
// label: short, ending in a question mark, put to "you", quoting no one.
func stBareQuestion(p *stPara) bool {
	t := strings.TrimSpace(p.text)
	if !strings.HasSuffix(t, "?") || len(p.toks) > 60 || len(p.toks) < 3 || len(p.quotes) > 0 {
		return false
	}
	for k := range p.toks {
		if w := p.toks[k].low; w == "you" || w == "your" || w == "you're" || w == "you\u2019re" || w == "you've" || w == "you\u2019ve" {
			return true
		}
	}
	return false
}

// stBareAnswer reports whether p answers a bare question in the words of
// the interviewee: the first person, no question of its own, no
// quotation opening it.
func stBareAnswer(p *stPara) bool {
	t := strings.TrimSpace(p.text)
	if len(p.toks) < 6 || strings.HasSuffix(t, "?") || p.isQuote(0) || p.punct(1) == ":" || p.punct(2) == ":" {
		return false // (nor "Rick: I got into tech …": a label of its own)
	}
	we, you := false, false
	for k := range p.toks {
		if p.toks[k].kind != stWord {
			continue
		}
		switch w := p.toks[k].low; {
		case w == "i" || w == "my" || w == "me" || strings.HasPrefix(w, "i'") || strings.HasPrefix(w, "i\u2019"):
			return true // the interviewee speaks for themself
		case w == "we" || w == "our" || w == "us" || strings.HasPrefix(w, "we'") || strings.HasPrefix(w, "we\u2019"):
			we = true
		case w == "you" || w == "your":
			you = true
		}
	}
	return we && !you // (but "Tell us below and we will share your stories" is the outlet's)
}

// stBareInterview finds the first question of an interview printed with
// no labels — at least two questions put to "you", each answered in the
// first person in the paragraph after it — or returns -1.
func stBareInterview(paras []stPara) int {
	first, pairs := -1, 0
	for i := 0; i+1 < len(paras); i++ {
		if stBareQuestion(&paras[i]) && stBareAnswer(&paras[i+1]) {
			if first < 0 {
				first = i
			}
			pairs++
		}
	}
	if pairs < 2 {
		return -1
	}
	return first
}

// qaTurn reads the paragraphs of an interview after its labelled turns:
// a short paragraph ending in a question mark is the interviewer's; the
// paragraphs after it, up to the next question, are one answer of the
// interviewee ("What would you be doing if you weren't an artist?" then
// "I'd probably dive even deeper into education. …"). It reports
// whether the paragraph was taken.
func (e *stEngine) qaTurn(pi int, p *stPara) bool {
	if e.qa.person < 0 && e.qa.bareAt >= 0 && pi >= e.qa.bareAt {
		// An interview with no labels: the interviewee is the person the
		// introduction names most.
		if id := e.mostNamedBefore(e.qa.bareAt); id >= 0 {
			e.qa.person, e.qa.bare = id, true
		}
		e.qa.bareAt = -1
	}
	if e.qa.person < 0 || len(p.toks) == 0 {
		return false
	}
	t := strings.TrimSpace(p.text)
	if e.qa.bare && e.qa.asked && !stBareAnswer(p) {
		e.qa.asked = false
		return false
	}
	switch {
	case strings.HasSuffix(t, "?") && len(p.toks) <= 60 && len(p.quotes) == 0:
		e.qa.asked = true
		return false // (a question may report what was said: "You argue that …?")
	case e.qa.asked:
		e.qa.asked = false
		e.out = append(e.out, stStmt{
			Statement: Statement{Speaker: e.canonical(e.ents[e.qa.person].name), Kind: KindDirect, Text: t, Paragraph: pi},
			para:      pi, sentEnd: len(p.toks), entity: e.qa.person, textS: len(p.text) - len(strings.TrimLeft(p.text, " ")),
		})
		return true
	}
	return false
}

// recentFullPerson finds the person named in full (two words or more)
// who was last a subject, or -1.
func (e *stEngine) recentFullPerson() int {
	best, bestT := -1, 0
	for i := len(e.ents) - 1; i >= max(len(e.ents)-64, 0); i-- {
		if en := &e.ents[i]; en.kind == stEntPerson && len(en.toks) >= 2 && en.head == "" && en.lastAny > bestT {
			best, bestT = i, en.lastAny
		}
	}
	return best
}

// lastNamedBefore registers and returns the person last named in full
// in the paragraphs before pi ("We spoke to director Lena Moss …"), or -1.
func (e *stEngine) lastNamedBefore(pi int) int {
	for qi := pi - 1; qi >= 0; qi-- {
		q := &e.paras[qi]
		for k := len(q.toks) - 1; k > 0; k-- {
			if !q.isNameWord(k) || q.isNameWord(k+1) {
				continue
			}
			s := k
			for s > 0 && k-s < 3 && q.isNameWord(s-1) && !stCommonCaps[q.word(s-1)] {
				s--
			}
			if k-s < 1 || stHasOrgWord(q, s, k+1) {
				continue
			}
			if name, kind := q.nameOf(s, k+1); name != "" && kind == stEntPerson && strings.Contains(name, " ") {
				return e.addEntity(name, stEntPerson, "", false)
			}
		}
	}
	return -1
}

// emitAnswer records the words after the label ending at token c.
func (e *stEngine) emitAnswer(pi int, p *stPara, c int, speaker string, id int) {
	s := p.toks[c+1].s
	text := strings.TrimSpace(p.text[s:])
	e.out = append(e.out, stStmt{
		Statement: Statement{Speaker: speaker, Kind: KindDirect, Text: text, Paragraph: pi},
		para:      pi, sentEnd: len(p.toks), entity: id, textS: int(s) + len(p.text[s:]) - len(strings.TrimLeft(p.text[s:], " ")),
	})
	e.touch(id, true, true)
	e.ents[id].spoke = true
	if p.shoutLabel() == c {
		if e.turns == nil {
			e.turns = map[int]bool{}
		}
		e.turns[id] = true
	}
}

// laterTurn reports whether the label ending at token c, in capitals,
// names a person whose turn was taken before ("BILL KIRBY: Swimming
// needs to lift its game."): a transcript's interviewee speaks on.
func (e *stEngine) laterTurn(p *stPara, c int) bool {
	if len(e.turns) == 0 || p.shoutLabel() != c {
		return false
	}
	full, known := e.names[strings.ToLower(stLastWord(p.span(0, c)))]
	if !known {
		return false
	}
	id := e.findEntity(stEntPerson, strings.Fields(strings.ToLower(full)))
	return id >= 0 && e.turns[id]
}

// shoutLabel finds the colon after a transcript's label of two or three
// words in capitals at the start of the paragraph ("ANN BELL: …"), or
// returns -1.
func (p *stPara) shoutLabel() int {
	if c := p.capsLabel(); c >= 2 {
		return c
	}
	return -1
}

// capsLabel returns the colon after a label of one to three words in
// capitals that opens the paragraph ("RAMOS:", "TOM REYES:"), or -1.
func (p *stPara) capsLabel() int {
	for k := 0; k < len(p.toks) && k < 4; k++ {
		if p.punct(k) == ":" {
			if k < 1 {
				return -1
			}
			return k
		}
		t := &p.toks[k]
		if t.kind != stWord || t.e-t.s < 2 {
			return -1
		}
		for _, r := range p.text[t.s:t.e] {
			if !(r >= 'A' && r <= 'Z' || r == '-' || r == '\'' || r == '.' || r > 127 && r != '\u2019') {
				return -1
			}
		}
	}
	return -1
}

// firstPerson reports whether the words from token k on include one of
// the speaker's own: "I", "we", "my", "our", "me", "us".
func (p *stPara) firstPerson(k int) bool {
	for ; k < len(p.toks); k++ {
		w := p.toks[k].low
		if i := strings.IndexAny(w, "'\u2019"); i > 0 {
			w = w[:i]
		}
		switch w {
		case "i", "we", "my", "our", "me", "us", "myself", "ourselves":
			return p.toks[k].kind == stWord
		}
	}
	return false
}

// stInitials reports whether w is two or three capital letters.
func stInitials(w string) bool {
	if len(w) < 2 || len(w) > 3 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// stInitialsOf gives the initials of a name of two or three words.
func stInitialsOf(name string) string {
	f := strings.Fields(name)
	if len(f) < 2 || len(f) > 3 {
		return ""
	}
	var b strings.Builder
	for _, w := range f {
		if w[0] < 'A' || w[0] > 'Z' {
			return ""
		}
		b.WriteByte(w[0])
	}
	return b.String()
}

// mostNamedBefore registers and returns the person the paragraphs before
// pi name most often, by the surname of a full name the article gives
// (the last named on a tie), or -1.
func (e *stEngine) mostNamedBefore(pi int) int {
	count := map[string]int{}
	best, bestN := "", 0
	for qi := 0; qi < pi && qi < len(e.paras); qi++ {
		q := &e.paras[qi]
		for k := 0; k < len(q.toks) && k < 2000; k++ {
			w := stStripPossessive(q.toks[k].low)
			full, ok := e.names[w]
			if !ok || !q.isNameWord(k) || !strings.Contains(full, " ") || q.isNameWord(k+1) && !strings.HasSuffix(q.toks[k].low, "s") {
				continue // (but "Lee's" ends a name)
			}
			count[w]++
			if count[w] >= bestN {
				best, bestN = w, count[w]
			}
		}
	}
	if best == "" {
		return -1
	}
	return e.addEntity(e.names[best], stEntPerson, "", false)
}

// asksOrAddresses reports whether the words from token k on ask a
// question or speak to someone: a "?" or "you".
func (p *stPara) asksOrAddresses(k int) bool {
	for ; k < len(p.toks); k++ {
		if w := p.toks[k].low; w == "?" || w == "you" || w == "your" || strings.HasPrefix(w, "you'") || strings.HasPrefix(w, "you\u2019") {
			return true
		}
	}
	return false
}

// stTitleCase writes a name given in capitals as a name: "KATE BELL" is
// "Kate Bell".
func stTitleCase(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		r := []rune(strings.ToLower(w))
		if len(r) > 0 {
			r[0] = unicode.ToUpper(r[0])
		}
		words[i] = string(r)
	}
	return strings.Join(words, " ")
}

// stLabelledTurns counts the paragraphs headed by a label in capitals.
func stLabelledTurns(paras []stPara) int {
	n := 0
	for i := range paras {
		if paras[i].capsLabel() > 0 {
			n++
		}
	}
	return n
}

// stNonSpeakerLabels head a transcript's lines that no person speaks: a
// clip, a caption, a note.
var stNonSpeakerLabels = stWordSet("video audio clip announcer narrator crowd audience unidentified male female voice voices reporter reporters question answer note update editor correction source watch read photo caption transcript excerpt excerpts text translation subtitle music applause laughter crosstalk commercial break")
