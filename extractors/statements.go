package extractors

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Statements finds every attributed statement in an article body given as
// paragraphs (plain text, whitespace collapsed). It is a pure function: it
// never panics and runs in time linear in the size of its input.
//
// It finds direct quotations (with the attribution before, after or
// inside them, and quotations running on over paragraphs), reported speech
// introduced by a speech verb or "according to", and mixed forms; speakers
// are given as the article names them, with pronouns and short
// back-references resolved to an earlier mention and people named by the
// fullest form of their name the article uses.
func Statements(paragraphs []string) []Statement {
	return statements(paragraphs, nil)
}

// ArticleStatements is Statements over an article's body, knowing which
// paragraphs the page set off as block quotations: such a paragraph with
// no attribution of its own quotes the speaker of the paragraph before
// it.
func ArticleStatements(a *Article) []Statement {
	return statements(a.Paragraphs, a.Quoted)
}

// The tokens of a document are carved out of one slab, and the slab is
// reused by the next document: tokens are half of what the statement
// scanner allocates, and nothing it returns points into them.
var stTokPool sync.Pool

// stMaxPooledToks bounds the slabs kept for reuse (2 MiB of tokens), so
// that one huge document does not pin its slab.
const stMaxPooledToks = 1 << 16

// stTokCap is the room given to the tokens of a paragraph of n bytes.
func stTokCap(n int) int { return n/5 + 8 }

// stGetTokSlab returns an empty slab with room for n tokens.
func stGetTokSlab(n int) []stTok {
	if v, ok := stTokPool.Get().(*[]stTok); ok && cap(*v) >= n {
		return (*v)[:0]
	}
	return make([]stTok, 0, n)
}

// stPutTokSlab gives a slab back for reuse.
func stPutTokSlab(slab []stTok) {
	if cap(slab) <= stMaxPooledToks {
		stTokPool.Put(&slab)
	}
}

// stMaxPara is the most of one paragraph the engine reads: a gibibyte,
// far beyond any page, within the 32-bit offsets of its tokens.
const stMaxPara = 1 << 30

func statements(paragraphs []string, quoted []int) []Statement {
	e := stEngine{lx: stTheLexicon, qaSpeaker: -1, unmarkedAt: -1, qa: stQA{person: -1}}
	e.paras = make([]stPara, len(paragraphs))
	for _, i := range quoted {
		if i >= 0 && i < len(e.paras) {
			e.paras[i].block = true
		}
	}
	need := 0
	for _, t := range paragraphs {
		need += stTokCap(min(len(t), stMaxPara))
	}
	slab := stGetTokSlab(need)
	defer stPutTokSlab(slab)
	for i, t := range paragraphs {
		p := &e.paras[i]
		if len(t) > stMaxPara {
			t = t[:stMaxPara] // (token offsets are 32-bit)
		}
		p.text = stTranscriptTurn(t)
		p.quotes = stDropNested(stFindQuotes(p.text))
		if n, used := stTokCap(len(p.text)), len(slab); used+n <= cap(slab) {
			p.toks = slab[used : used : used+n] // (a paragraph that outgrows its share moves out on append)
			slab = slab[:used+n]
		}
		stTokenize(p)
		stSplitSentences(p)
	}
	if !stLooksEnglish(e.paras) {
		return []Statement{} // the cues and rules are English ones
	}
	e.stNameIndex = stCollectNames(e.paras)
	e.sexes = stCollectSexes(e.paras)
	e.midCaps = stCollectMidCaps(e.paras)
	e.qa.bareAt = stBareInterview(e.paras)
	stMarkQuotedSubheads(e.paras)
	e.transcript = stLabelledTurns(e.paras) >= 3
	for i := range e.paras {
		e.paragraph(i)
	}
	out := make([]Statement, 0, len(e.out))
	seen := map[[2]string]bool{}
	for _, s := range e.out {
		s.Statement.Speaker = stNoSoftHyphens(e.canonicalAt(e.surnameHolder(s), s.para, s.entity))
		if sp := s.Statement.Speaker; s.entity >= 0 && !strings.Contains(sp, " ") && e.titles[strings.ToLower(sp)]["doctor"] {
			s.Statement.Speaker = "Dr. " + sp // a doctor the article names by one word only ("Dr. Feel")
		}
		s.Statement.To = stNoSoftHyphens(s.Statement.To)
		if a, ok := e.affil[s.entity]; ok && s.entity >= 0 && stLastWord(s.Statement.Speaker) == stLastWord(e.ents[s.entity].name) {
			s.Statement.Affiliation = a // (the same person wherever the article quotes them)
		}
		if key := [2]string{s.Statement.Speaker, s.Statement.Text}; s.para < 3 && strings.Count(s.Statement.Text, " ") >= 5 {
			if seen[key] {
				continue // a summary atop the story repeating its lead: one statement
			}
			seen[key] = true
		}
		out = append(out, s.Statement)
	}
	return out
}

// canonicalAt is canonical for the speaker of a statement in paragraph
// pi resolved to entity id, except that a surname the article has given
// with a title alone ("President Obama") stays as it is when the full
// names of that surname come only later, none with that title, and
// nothing the article says of the person (a pronoun, an honorific)
// shows the fullest is of the same sex ("the first lady,
// Michelle Obama"): a surname alone is better than someone else's name.
func (e *stEngine) canonicalAt(speaker string, pi, id int) string {
	if id >= 0 && id < len(e.ents) && e.ents[id].kind == stEntGroup {
		return speaker // "Republicans" are not the "Anti-Trump Republicans" named elsewhere
	}
	if !strings.Contains(speaker, " ") && id >= 0 && id < len(e.ents) {
		last := stLastWord(speaker)
		if fp, ok := e.firstPi[last]; ok && fp > pi {
			if tu, ok := e.titled[last]; ok && tu.pi <= pi && !e.fullTitled[[2]string{last, tu.title}] {
				if g, h := e.ents[id].gender, stSexOfGiven(strings.ToLower(strings.Fields(e.names[last])[0])); g == 0 || h == 0 || g != h {
					return speaker
				}
			}
		}
	}
	return e.canonical(speaker)
}

// stNoSoftHyphens drops the soft hyphens a page puts inside words for
// line breaking ("an\u00adoth\u00ader"): a speaker's name is looked up
// and compared, and the invisible marks would split it into pieces.
func stNoSoftHyphens(s string) string {
	if !strings.ContainsRune(s, '\u00ad') {
		return s
	}
	return strings.ReplaceAll(s, "\u00ad", "")
}

// surnameHolder gives a statement whose speaker is a bare surname the
// full name of the person it was resolved to, when that is not the
// person the surname alone would name: after "union leader Chuck Jones",
// "Jones" is Chuck Jones though a Leslie Jones came earlier.
func (e *stEngine) surnameHolder(s stStmt) string {
	sp := s.Statement.Speaker
	if sp == "" || s.entity < 0 || s.entity >= len(e.ents) || strings.Contains(sp, " ") {
		return sp
	}
	en := &e.ents[s.entity]
	if en.kind != stEntPerson || len(en.toks) < 2 || stLastWord(en.name) != stLastWord(sp) {
		return sp
	}
	if stSameGiven(en.toks[0], strings.ToLower(strings.Fields(e.canonical(sp))[0])) {
		return sp
	}
	return en.name
}

// stStmt is a statement under construction.
type stStmt struct {
	Statement
	// openQuote is set when the statement's quotation is still open at the
	// end of its paragraph, so a quote-only paragraph continues it.
	openQuote bool
	// mergeable is set for a quotation followed by its attribution, which
	// a lone quotation in the next sentence continues ("A," she said. "B.").
	mergeable bool
	textS     int // byte offset of Text in its first paragraph
	para      int
	sentEnd   int // token index just past the sentence holding the cue
	entity    int
}

// stEngine holds the state of one Statements call.
type stEngine struct {
	lx *stLexicon
	// epithets maps an epithet already resolved ("wisconsin republican")
	// to the person it stood for, who it keeps standing for.
	epithets map[string]int
	// docSubj is a document that was the subject of sentence docSubjSent
	// ("The message included …"): the "it" of the next sentence.
	docSubj     string
	docSubjSent int
	paras       []stPara
	stNameIndex
	// sexes maps the last word of a name given with an honorific to its sex.
	sexes map[string]uint8
	// midCaps holds the words capitalised inside a sentence somewhere.
	midCaps map[string]bool
	out     []stStmt
	ents    []stEntity
	clock   int
	// hasOrg is set once an organisation is known.
	hasOrg bool
	// pair is the two people the article named together most often
	// ("Harry and Meghan"), whom "the couple" or "the pair" means; pairs
	// counts each pair's mentions by its key, pairName holds its fullest
	// form.
	pair     string
	pairs    map[string]int
	pairName map[string]string
	// sentNo counts sentences; plural is the last plural description of
	// people seen as a subject ("stranded travellers slept …") and
	// pluralAt the sentence it was seen in, for "Some said".
	sentNo   int
	plural   string
	pluralAt int
	// sentA is the first token of the sentence being read; sentSpeaker
	// is set once a person has spoken in it.
	sentA       int
	sentSpeaker bool
	// wantSex is the sex the pronouns after a bare surname give its
	// bearer ("Clinton said she …"), while that surname is looked up.
	wantSex uint8
	// pending is a source whose words follow in the next paragraph.
	pending stPendingSource
	// unmarkedAt is the paragraph of the last words set after "She said:"
	// with no quotation marks (-1: none), which first-person paragraphs
	// after it continue.
	unmarkedAt int
	// qaSeen is set by a "Q:" paragraph; qaSpeaker is who the "A:"
	// paragraphs answer for (-1 until known).
	qaSeen    bool
	qaSpeaker int
	// transcript is set for an article of three or more paragraphs
	// headed by a speaker's label in capitals ("RAMOS: …").
	transcript bool
	// qa follows an interview whose first turns were labelled with the
	// interviewee's name ("ALEXANDRIA DOUZIECH: …") and whose later
	// questions are bare ("What would you be doing …?"): see qaTurn.
	qa stQA
	// turns holds the people whose transcript turns were taken under a
	// label in capitals ("JO REED: I …"): their later turns need no
	// "I" to be theirs.
	turns map[int]bool
	// affil holds, by entity, the affiliation the article gave after a
	// person's full name ("of Imperial College London").
	affil map[int]string
	// pi is the paragraph being read; firstPara maps a capitalised word,
	// lower-cased, to one more than the first paragraph that holds it
	// (built when first needed).
	pi        int
	firstPara map[string]int
}

// stPendingSource is the speaker of "Acme said in a statement:" at the
// end of paragraph para.
type stPendingSource struct {
	speaker, cue          string
	entity, para, sentEnd int
	ok                    bool
}

// stQuotingVerbs are a writer's verbs for quoting someone.
var stQuotingVerbs = stWordSet("quotes quoted cites cited")

// quotesColon remembers the person a writer quotes at the end of a
// paragraph — "Frank quotes former Carter adviser Alfred Kahn:" — as the
// speaker of the quotation that opens the next.
func (e *stEngine) quotesColon(pi int, p *stPara, a, b int) {
	end := b - 1
	if p.punct(end) != ":" || b != len(p.toks) {
		return
	}
	s := end
	for s > a && end-s < 4 && p.isNameWord(s-1) {
		s--
	}
	if s == end || end-s < 2 {
		return
	}
	k := s - 1 // past a role in lower case ("former Carter adviser")
	for k > a && s-k < 6 && p.toks[k].kind == stWord && !stQuotingVerbs[p.word(k)] {
		k--
	}
	if !stQuotingVerbs[p.word(k)] {
		return
	}
	name, kind := p.nameOf(s, end)
	if name == "" || kind != stEntPerson {
		return
	}
	id := e.addEntity(name, kind, "", true)
	e.pending = stPendingSource{speaker: e.ents[id].name, entity: id, cue: "", para: pi, sentEnd: b, ok: true}
}

// takePending returns the source announced for the quotation or block
// that opens sentence si of paragraph pi: by the last sentence of the
// paragraph before ("Acme said in a statement:"), or by the sentence just
// before in the same paragraph ("Trump said the following. “…”"). A
// pending source is forgotten once taken, or at a paragraph's first
// sentence in any case.
func (e *stEngine) takePending(pi int, p *stPara, si int) (stPendingSource, bool) {
	ps := e.pending
	ok := ps.ok && (si == 0 && ps.para == pi-1 || si > 0 && ps.para == pi && ps.sentEnd == p.sents[si-1][1])
	if ok || si == 0 {
		e.pending = stPendingSource{}
	}
	return ps, ok
}

// stmt is the statement of pending source ps: text, starting at
// byte textS of paragraph pi, up to the end of its sentence sentEnd.
func (ps stPendingSource) stmt(pi int, text string, textS, sentEnd int, open bool) stStmt {
	return stStmt{
		Statement: Statement{Speaker: ps.speaker, Cue: ps.cue, Kind: KindDirect, Text: text, Paragraph: pi},
		openQuote: open, para: pi, sentEnd: sentEnd, entity: ps.entity, textS: textS,
	}
}

// stCue is a speech verb found in a sentence, with what it governs.
type stCue struct {
	i, j      int // token range of the cue words
	lemma     string
	flags     stCueFlags
	form      int
	according bool
	subjS     int // subject token range; subjS < 0 when borrowed
	subjE     int
	speaker   string // resolved speaker
	entity    int
	to        string
	cS, cE    int  // content token range
	after     bool // the content comes before the attribution
	coord     bool // coordinated or participle: subject borrowed
	passive   bool // "were told by X that": the speaker is the agent
	absolute  bool // ", with X warning …": X is the participle's subject
	// interrupted is set for "A," she said, "B." in one sentence.
	interrupted bool
	// clauseEnd is set when the cue sits in a clause that ends at its
	// first comma: ", who denied it, …", "After X said …, Y …".
	clauseEnd bool
	valid     bool
}

func (p *stPara) word(i int) string {
	if i < 0 || i >= len(p.toks) || p.toks[i].kind != stWord {
		return ""
	}
	return p.toks[i].low
}

func (p *stPara) punct(i int) string {
	if i < 0 || i >= len(p.toks) || p.toks[i].kind != stPunct {
		return ""
	}
	return p.toks[i].low
}

func (p *stPara) isQuote(i int) bool {
	return i >= 0 && i < len(p.toks) && p.toks[i].kind == stQuoteTok
}

// span returns the paragraph text of tokens [a, b).
func (p *stPara) span(a, b int) string {
	if a < 0 || b > len(p.toks) || a >= b {
		return ""
	}
	return p.text[p.toks[a].s:p.toks[b-1].e]
}

// paragraph finds the statements of paragraph pi.
func (e *stEngine) paragraph(pi int) {
	p := &e.paras[pi]
	e.pi = pi
	startCount := len(e.out)
	announced := e.pending // ("She said:" ending the paragraph before)
	if p.subhead {
		return
	}
	if e.sourceCredit(pi, p) || e.post(pi, p) || e.interview(pi, p) || e.qaTurn(pi, p) || e.listItem(pi, p) {
		return
	}
	// A paragraph that opens with a quotation may continue the statement
	// of the paragraph before.
	// A photo credit ("Win McNamee/Getty Images") names no one who may
	// speak later.
	credit := stPhotoCredit(p.text)
	// A subheading between paragraphs ("Minister says will return award")
	// is headline prose: it names people but reports no statement.
	label := p.shortTitle()                                                                                                                                // ("Gender Equality." names no one)
	heading := (p.caption() || p.titleLine() || label) && len(p.toks) <= 16 && !p.has(0, stBitSubjectPronoun) || stMediaLabel(p.text) || p.colonHeadline() // (a headline never opens with "He")
	if c := max(p.shoutLabel(), p.runInHead()); c > 0 && len(p.sents) > 0 && p.sents[0][1] > c+1 {
		// "ANN BELL: According to Jo Reed, …": a transcript's label is
		// not part of the sentence it heads.
		p.sents[0][0] = c + 1
	}
	for si, se := range p.sents {
		a, b := se[0], se[1]
		e.sentNo++
		e.sentA = a
		if !credit && !label && !(heading && pi == 0) { // (the headline atop the body names no antecedent: "Inside the Drug Lab")
			e.noteSubject(p, a, b)
			for k := a + 3; k+2 < b; k++ {
				if p.punct(k) == ";" && p.isNameWord(k+1) {
					e.noteSubject(p, k+1, b) // "…; Stone had just come off Cabaret": a second main clause
				}
			}
		}
		// Organisations named before a later clause's subject are its
		// antecedents too ("Zhang cofounded Editas Medicine, and this week
		// the startup announced …").
		if c := p.secondClause(a, b); c > a {
			e.noteOrgs(p, a, c)
		}
		e.sentSpeaker = false
		if !heading {
			n := len(e.out)
			e.sentence(pi, p, si, a, b, startCount)
			if m := len(e.out); m > n && e.out[m-1].entity >= 0 && e.out[m-1].entity < len(e.ents) && e.ents[e.out[m-1].entity].kind == stEntPerson {
				e.sentSpeaker = true
			}
		}
		// Organisations named in the sentence are antecedents for the
		// sentences after it, not for its own subject ("the startup
		// announced it had licensed the patent from the Broad Institute").
		if !(heading && pi == 0) {
			e.noteOrgs(p, a, b)
		}
	}
	// A plain paragraph of prose: no statement of its own, no quotation
	// marks, not a heading, ending a sentence.
	plain := !p.block && len(e.out) == startCount && len(p.quotes) == 0 && !heading && stSentenceEnd(p.punct(len(p.toks)-1))
	if plain && announced.ok && announced.para == pi-1 && !stNounForms[strings.ToLower(announced.cue)] && len(p.toks) >= 8 {
		// "She said:" and her words set as a paragraph of their own,
		// with no quotation marks (but "Some demands:" heads a list).
		e.out = append(e.out, announced.stmt(pi, strings.TrimSpace(p.text), len(p.text)-len(strings.TrimLeft(p.text, " ")), len(p.toks), false))
		e.pending = stPendingSource{}
		e.unmarkedAt = pi
		return
	}
	if last := len(e.out) - 1; plain && e.unmarkedAt == pi-1 && last >= 0 && e.out[last].para == pi-1 && len(p.toks) >= 6 && len(e.out[last].Text) < 20000 && p.firstPerson(0) {
		// The words go on in the first person ("We ask the council …"),
		// for a letter's length (the bound keeps the copying linear).
		e.out[last].Text += " " + strings.TrimSpace(p.text)
		e.out[last].para = pi
		e.unmarkedAt = pi
		return
	}
	if p.block && len(e.out) == startCount {
		if ps, ok := e.takePending(pi, p, 0); ok && len(p.quotes) == 0 && len(p.toks) >= 6 {
			// "Google confirmed it in a statement:" and the statement
			// quoted as a block.
			e.out = append(e.out, ps.stmt(pi, strings.TrimSpace(p.text), len(p.text)-len(strings.TrimLeft(p.text, " ")), len(p.toks), false))
			return
		}
		e.blockQuote(pi, p)
	}
	if e.pending.ok && e.pending.para < pi {
		e.pending = stPendingSource{}
	}
}

// sourceCredit records the excerpt quoted as a block just before a line
// that only names its source in brackets ("[Engadget]"), as one direct
// statement of that source; what the excerpt itself reports ("Google
// tells us …") is part of it. The line of a review roundup.
func (e *stEngine) sourceCredit(pi int, p *stPara) bool {
	t := strings.TrimSpace(p.text)
	if pi == 0 || !e.paras[pi-1].block || p.block || !isSourceCredit(t) || len(p.toks) < 3 || len(p.toks) > 9 {
		return false
	}
	s, n := 1, len(p.toks)-1 // the words inside the brackets
	if p.punct(0) != "[" || p.punct(n) != "]" || !p.isNameWord(s) {
		return false
	}
	first := pi - 1
	for first > 0 && e.paras[first-1].block && pi-first < 8 {
		first--
	}
	texts := make([]string, 0, pi-first)
	for k := first; k < pi; k++ {
		texts = append(texts, strings.TrimSpace(e.paras[k].text))
	}
	name := p.span(s, n)
	id := e.addEntity(name, stEntOrg, "", true)
	kept := e.out[:0]
	for _, st := range e.out {
		if st.para < first {
			kept = append(kept, st)
		}
	}
	e.out = append(kept, stStmt{
		Statement: Statement{Speaker: name, Kind: KindDirect, Text: strings.Join(texts, " "), Paragraph: first},
		para:      first, entity: id, textS: len(e.paras[first].text) - len(strings.TrimLeft(e.paras[first].text, " ")),
	})
	return true
}

// blockQuote records a block quotation with no attribution of its own as
// the words of the speaker of the statement just before it: "These deals
// take time, he said." followed by an indented excerpt of his testimony.
// A block that repeats a paragraph of the article is a pull quote.
func (e *stEngine) blockQuote(pi int, p *stPara) {
	if len(e.out) == 0 || len(p.quotes) > 0 || len(p.toks) < 6 {
		return
	}
	last := &e.out[len(e.out)-1]
	if last.entity < 0 || last.entity >= len(e.ents) || e.ents[last.entity].kind != stEntPerson || len(strings.Fields(e.canonical(last.Speaker))) < 2 {
		return // a person known by name only (excerpts of reviews or reports are quoted as blocks too)
	}
	if pi-last.para > 12 {
		return
	}
	for k := last.para + 1; k < pi; k++ {
		if !e.paras[k].block {
			return // the statement is not just before the block
		}
	}
	text := strings.TrimSpace(p.text)
	if stAuthorNote(text) {
		return // "Ashley Stewart covers technology for the Journal.": the writer's note
	}
	// The pull quote may end where the body's sentence goes on: "… one
	// solution." for "… one solution,” Kingma says".
	if e.repeatedElsewhere(pi, text) {
		return
	}
	e.out = append(e.out, stStmt{
		Statement: Statement{Speaker: last.Speaker, Kind: KindDirect, Text: text, To: last.To, Paragraph: pi},
		para:      pi, sentEnd: len(p.toks), entity: last.entity, textS: len(p.text) - len(strings.TrimLeft(p.text, " ")),
	})
}

// listItem records an item of a list that "Obama also said:" introduced
// in the paragraph before (or an item before this one) as a statement of
// that source: each point is one thing said.
func (e *stEngine) listItem(pi int, p *stPara) bool {
	ps := e.pending
	if !ps.ok || ps.para != pi-1 || len(p.toks) < 4 || len(p.toks) > 60 || len(p.sents) != 1 {
		return false
	}
	t := strings.TrimSpace(p.text)
	if last := t[len(t)-1]; last == '.' || last == ':' || last == '!' || last == '?' || p.isQuote(0) {
		return false // a sentence or a quotation: the usual rules
	}
	if p.isNameWord(0) && p.isNameWord(1) && (p.punct(2) == "," || p.isNameWord(2) && p.punct(3) == ",") {
		return false // "Kenneth Frazier, CEO of Merck": a label for the words that follow
	}
	kind := KindIndirect
	if len(p.quotes) > 0 {
		kind = KindMixed
	}
	e.out = append(e.out, stStmt{
		Statement: Statement{Speaker: ps.speaker, Cue: ps.cue, Kind: kind, Text: t, Paragraph: pi},
		para:      pi, sentEnd: len(p.toks), entity: ps.entity, textS: len(p.text) - len(strings.TrimLeft(p.text, " ")),
	})
	e.pending.para = pi // the list goes on
	return true
}

// stMediaLabel reports whether t is the label of an embedded video or
// gallery ("Video: Dr Hilary suggests that …"): a teaser, not the story.
func stMediaLabel(t string) bool {
	t = strings.TrimSpace(t)
	for _, l := range []string{"Video:", "VIDEO:", "Watch:", "WATCH:", "Gallery:", "GALLERY:", "Slideshow:", "Photos:", "PHOTOS:"} {
		if strings.HasPrefix(t, l) && len(t) < 240 {
			return true
		}
	}
	return false
}

// stPhotoCredit reports whether t reads as a short photo credit line.
func stPhotoCredit(t string) bool {
	if len(t) > 160 {
		return false
	}
	for _, m := range []string{"Getty Images", "/AP", "/AFP", "/Reuters", "/EPA", "Shutterstock", "Photo:", "Photograph:", "Image:", "Credit:"} {
		if strings.Contains(t, m) {
			return true
		}
	}
	return false
}

// sentence finds the statements of sentence si, [a, b), of paragraph pi.
func (e *stEngine) sentence(pi int, p *stPara, si, a, b, startCount int) {
	if b-a >= 3 && p.punct(a) == "(" && !strings.Contains(p.span(a+1, b-1), ")") {
		// "(“We never do that,” the mayor told me.)": an aside of its own
		// (but a bare quotation in brackets is an example, not speech).
		a++
		if p.punct(b-1) == ")" {
			b--
		}
		if cues := e.findCues(p, a, b); len(cues) > 0 && !e.buildStatements(pi, p, a, b, cues) {
			e.dashAttribution(pi, p, a, b)
		}
		return
	}
	cues := e.findCues(p, a, b)
	n := len(e.out)
	if e.buildStatements(pi, p, a, b, cues) {
		e.speechNouns(pi, p, a, b, n)
		e.relativeVerdicts(pi, p, a, b, n)
		return
	}
	if sn, rv := e.speechNouns(pi, p, a, b, n), e.relativeVerdicts(pi, p, a, b, n); sn || rv {
		return
	}
	if e.dashAttribution(pi, p, a, b) || e.colonQuote(pi, p, a, b) || e.mixedRunsOn(pi, p, si, a, b) {
		return
	}
	e.quotesColon(pi, p, a, b)
	// A sentence that is only a quotation.
	qi, ok := p.loneQuote(a, b)
	if !ok {
		return
	}
	q := p.quotes[p.toks[qi].q]
	if n := len(e.out); q.words < 3 && !(q.words >= 1 && n > 0 && si > 0 && e.out[n-1].mergeable && &e.paras[e.out[n-1].para] == p && e.out[n-1].sentEnd == p.sents[si-1][1]) {
		return // (but "“It’s over,” Lee said. “We lost.”" runs on)
	}
	if len(strings.TrimSpace(p.text)) <= q.end-q.open+5 && q.closed && !q.terminal && q.words < 6 && !stOpenQuoteEnd(p, q) {
		// A short quoted subheading ("3. “The bridge problem”"), not
		// speech.
		return
	}
	if si == 0 && q.words >= 6 && q.inE-q.inS >= 20 && q.closed && len(strings.TrimSpace(p.text)) <= q.end-q.open+2 && e.repeatedElsewhere(pi, p.text[q.inS:q.inE]) {
		return // a pull quote: a paragraph that only repeats words quoted in the body
	}
	e.continueQuote(pi, p, si, qi, startCount)
}

// repeatedElsewhere reports whether text (its first 80 bytes, without the
// final punctuation) appears in another paragraph near paragraph pi: the
// paragraph is a pull quote.
func (e *stEngine) repeatedElsewhere(pi int, text string) bool {
	key := strings.TrimRight(strings.TrimSpace(text), ".!?,;:\"\u201d\u2019' ")
	if k := strings.IndexAny(key, ".?!"); k >= 24 {
		key = key[:k] // the first sentence will do: a pull quote may join two
	}
	if len(key) > 80 {
		key = key[:80]
	}
	// (a pull quote may capitalise what the body has in mid-sentence)
	alt := key
	if r, n := utf8.DecodeRuneInString(key); unicode.IsUpper(r) {
		alt = string(unicode.ToLower(r)) + key[n:]
	}
	for k := max(pi-40, 0); k < len(e.paras) && k < pi+40; k++ {
		if k != pi && (strings.Contains(e.paras[k].text, key) || strings.Contains(e.paras[k].text, alt)) {
			return true
		}
	}
	return false
}

// caption reports whether p reads as a photo caption or subheading
// between paragraphs: short, with no quotation and no closing full stop.
func (p *stPara) caption() bool {
	t := strings.TrimSpace(p.text)
	if t == "" || len(p.toks) > 40 || len(p.quotes) > 0 {
		return false
	}
	switch t[len(t)-1] {
	case '.', '!', '?', '"', ':':
		return false
	}
	return !strings.HasSuffix(t, "\u201d")
}

// titleLine reports whether the paragraph reads as a headline in title
// case holding a quotation ("Mayor Says Bridge Will Bring 'Hope and
// Jobs.'"): every word outside the quotation is capitalised, but for short
// function words.
func (p *stPara) titleLine() bool {
	if len(p.quotes) == 0 || len(p.toks) > 20 {
		return false
	}
	caps := 0
	for i, t := range p.toks {
		switch t.kind {
		case stWord:
			if t.cap {
				caps++
			} else if !stHeadlineSmall[t.low] {
				return false
			}
		case stPunct:
			if t.low != "," && !(i == len(p.toks)-1 && (t.low == "." || t.low == "?" || t.low == "!")) {
				return false // (a transcript's "Ann Lee: “…”" is speech)
			}
		}
	}
	return caps >= 3
}

// colonHeadline reports whether the paragraph is a headline of the
// "Name: Title Case Words" kind, such as a link to another story
// ("Lee: I'm Not Much Of A Socialist Compared To Ike."): every word after
// the colon is capitalised, which speech in a transcript is not.
func (p *stPara) colonHeadline() bool {
	n := len(p.toks)
	if n > 24 || len(p.quotes) > 0 {
		return false
	}
	colon := -1
	for k, t := range p.toks {
		if t.kind == stPunct && t.low == ":" {
			if colon >= 0 {
				return false
			}
			colon = k
		}
	}
	if colon < 1 || colon > 4 || n-colon < 5 {
		return false
	}
	words := 0
	for k := colon + 1; k < n; k++ {
		t := &p.toks[k]
		if t.kind != stWord {
			continue
		}
		if !t.cap && !(t.low[0] >= '0' && t.low[0] <= '9') {
			return false
		}
		words++
	}
	return words >= 4
}

// shortTitle reports whether the paragraph is a subheading of a few
// capitalised words closed by a full stop ("Gender Equality.").
func (p *stPara) shortTitle() bool {
	n := len(p.toks)
	if n < 2 || n > 6 || p.punct(n-1) != "." || len(p.quotes) > 0 {
		return false
	}
	for k := 0; k < n-1; k++ {
		if t := &p.toks[k]; t.kind != stWord || !t.cap && !stHeadlineSmall[t.low] || p.verbAt(k) {
			return false
		}
	}
	return true
}

// runInHead returns the colon that closes a run-in section head in title
// case opening the paragraph ("The Gap Goes On: It was under …"), or -1.
// A name before a colon ("Ann Lee: …") is a speaker's label, no head.
func (p *stPara) runInHead() int {
	small := false
	for k := 0; k < len(p.toks) && k < 8; k++ {
		if p.punct(k) == ":" {
			if k >= 3 && (small || p.has(0, stBitDeterminer)) {
				return k
			}
			return -1
		}
		t := &p.toks[k]
		if t.kind != stWord || !t.cap && !stHeadlineSmall[t.low] {
			return -1
		}
		small = small || k > 0 && stHeadlineSmall[t.low]
	}
	return -1
}

// stHeadlineSmall are the words a title-case headline leaves in lower
// case.
var stHeadlineSmall = stWordSet("a an the and or but of to in on at by for with from as vs")

// loneQuote reports whether sentence [a, b) is one quotation with at most
// punctuation around it.
func (p *stPara) loneQuote(a, b int) (int, bool) {
	qi := -1
	for i := a; i < b; i++ {
		switch p.toks[i].kind {
		case stQuoteTok:
			if qi >= 0 {
				return -1, false
			}
			qi = i
		case stWord:
			return -1, false
		}
	}
	return qi, qi >= 0
}

// continueQuote attaches a lone quotation to the statement it continues.
func (e *stEngine) continueQuote(pi int, p *stPara, si, qi, startCount int) {
	q := p.quotes[p.toks[qi].q]
	if ps, ok := e.takePending(pi, p, si); ok {
		e.out = append(e.out, ps.stmt(pi, p.text[q.inS:q.inE], q.inS, p.sents[si][1], !q.closed))
		return
	}
	if n := len(e.out); n > 0 && si > 0 {
		if last := &e.out[n-1]; last.para == pi && last.sentEnd == p.sents[si-1][1] && stBareMessage(last.Text) {
			// "Cruz tweeted a warning. “Missouri: …”": the quotation is
			// the message the sentence before announced.
			last.Text, last.Kind, last.textS = p.text[q.inS:q.inE], KindDirect, q.inS
			last.openQuote, last.sentEnd = !q.closed, p.sents[si][1]
			return
		}
	}
	speaker, id := e.introducedBy(p, si)
	if speaker == "" && si == 0 && q.words >= 6 {
		speaker, id = e.introducedByParagraph(pi)
	}
	if speaker != "" && (len(e.out) == 0 || e.out[len(e.out)-1].entity != id || e.out[len(e.out)-1].para < pi-1) {
		// (the same speaker quoted paragraphs ago is introduced anew)
		// "Aderholt returned to the issue. “What is the plan?”": the
		// person the sentence before is about speaks.
		e.out = append(e.out, stStmt{
			Statement: Statement{Speaker: speaker, Kind: KindDirect, Text: p.text[q.inS:q.inE], Paragraph: pi},
			openQuote: !q.closed, para: pi, sentEnd: p.sents[si][1], entity: id, textS: q.inS,
		})
		return
	}
	if len(e.out) == 0 {
		return
	}
	last := &e.out[len(e.out)-1]
	if si > 0 && !last.mergeable && !(strings.HasPrefix(last.Cue, "said") || strings.HasPrefix(last.Cue, "says")) {
		// "“A?” asked Lee, referring to what he calls the “rigged”
		// process. “B.”": the quotation resumes past a statement
		// reported inside its attribution (but not past one said in
		// full: "“A,” said Lee, a former aide who said she would march.
		// “B.”" leaves B a statement of its own).
		for j := len(e.out) - 2; j >= startCount && j >= len(e.out)-3; j-- {
			if o := &e.out[j]; o.para != pi || o.sentEnd != p.sents[si-1][1] {
				break
			} else if o.mergeable {
				last = o
				break
			}
		}
	}
	// An interrupted quotation: "A," she said. "B."
	if last.para == pi && last.mergeable && si > 0 && last.sentEnd == p.sents[si-1][1] {
		if last.textS <= q.inE {
			last.Text = p.text[last.textS:q.inE]
		}
		last.openQuote = !q.closed
		last.sentEnd = p.sents[si][1]
		return
	}
	// A quotation left open at the end of the last paragraph runs on.
	if si == 0 && last.openQuote && last.para == pi-1 && len(e.out) == startCount && last.Kind != KindMixed {
		last.Text = last.Text + " " + p.text[q.inS:q.inE]
		last.openQuote = !q.closed
		last.para = pi
		last.mergeable = false
		last.sentEnd = p.sents[si][1]
		return
	}
	if last.para != pi && last.para != pi-1 && !(last.para == pi-2 && e.paras[pi-1].caption() && last.Kind != KindIndirect && !e.paras[last.para].caption()) && !(last.para == pi-2 && si == 0 && q.words >= 6 && last.Kind == KindDirect && p.quoteOnly() && e.paras[pi-1].namesNoOne() && last.entity >= 0 && last.entity < len(e.ents) && e.ents[last.entity].kind == stEntPerson) {
		return // (a caption may stand between: "Ann Lee at her farm"; and so may a paragraph of narrative that names no one)
	}
	e.out = append(e.out, stStmt{
		Statement: Statement{Speaker: last.Speaker, Kind: KindDirect, Text: p.text[q.inS:q.inE], To: last.To, Paragraph: pi},
		openQuote: !q.closed, para: pi, sentEnd: p.sents[si][1], entity: last.entity,
	})
}

// colonQuoteRunsOn records "That process led to a realization: “…”",
// a quotation introduced by a colon in a sentence that names no one, as
// the words of the person quoted just before it, in the paragraph before
// or earlier in this one.
func (e *stEngine) colonQuoteRunsOn(pi int, p *stPara, a, qi, b int) bool {
	n := len(e.out)
	if n == 0 {
		return false
	}
	last := e.out[n-1]
	if last.para != pi && last.para != pi-1 || last.entity < 0 || last.entity >= len(e.ents) || e.ents[last.entity].kind != stEntPerson || last.Kind != KindDirect {
		return false
	}
	if lp := &e.paras[last.para]; last.para == pi-1 && last.sentEnd < len(lp.toks) && lp.trimEnd(last.sentEnd, len(lp.toks)) > last.sentEnd {
		return false // the quotation did not close the paragraph before: the narrative moved on
	}
	for k := a; k < qi-1; k++ {
		if k > a && p.isNameWord(k) || p.has(k, stBitSubjectPronoun) || p.isQuote(k) || p.isCueWord(k) {
			return false // someone else may be meant
		}
	}
	if p.has(a, stBitSubjectPronoun) || p.isNameWord(a) && !p.has(a, stBitCommonCap) && !p.has(a, stBitNonNameCap) {
		return false
	}
	q := p.quotes[p.toks[qi].q]
	e.out = append(e.out, stStmt{
		Statement: Statement{Speaker: last.Speaker, Kind: KindDirect, Text: p.text[q.inS:q.inE], To: last.To, Paragraph: pi},
		para:      pi, sentEnd: b, entity: last.entity, textS: q.inS, mergeable: true,
	})
	return true
}

// mixedRunsOn records a sentence with no cue that ends in a quotation
// right after a person's statement as more of that person's words:
// "…, Howitt says. Just because scientists saw them on the tongue first,
// “that doesn’t mean that’s the order in which they evolved.”" The
// content runs from the sentence start, or from a colon inside it.
func (e *stEngine) mixedRunsOn(pi int, p *stPara, si, a, b int) bool {
	n := len(e.out)
	qi := p.trimEnd(a, b) - 1
	if n == 0 || qi <= a+2 || !p.isQuote(qi) || p.isQuote(a) {
		return false
	}
	q := p.quotes[p.toks[qi].q]
	if q.words < 4 || !q.closed || q.open < int(p.toks[a].s) {
		return false // (the quotation must open inside the sentence)
	}
	last := e.out[n-1]
	if last.entity < 0 || last.entity >= len(e.ents) || e.ents[last.entity].kind != stEntPerson {
		return false
	}
	switch {
	case si > 0 && &e.paras[last.para] == p && last.sentEnd == p.sents[si-1][1]:
	case si == 0 && last.para == pi-1 && e.paras[last.para].trimEnd(last.sentEnd, len(e.paras[last.para].toks)) <= last.sentEnd:
	default:
		return false // the statement just before must end right before
	}
	start := a
	for k := a; k < qi; k++ {
		if p.punct(k) == ":" {
			start = k + 1
		}
	}
	for k := a; k < b; k++ {
		if p.isCueWord(k) || k < start && p.isQuote(k) {
			return false // someone speaks in the sentence
		}
	}
	if (p.has(start, stBitIntro) || p.has(start, stBitNonNameCap) && stAdverbLy(p.word(start))) && p.punct(start+1) == "," && start+2 < qi {
		start += 2 // "Meanwhile, the plan “…”": the writer's link is not the content
	}
	for k := start; k < qi; k++ {
		if k > start && p.isNameWord(k) && !p.has(k, stBitCommonCap) && !(strings.HasSuffix(p.word(k), "'s") && p.has(k-1, stBitDeterminer)) || p.has(k, stBitSubjectPronoun) && p.word(k) != "it" && p.word(k) != "that" || p.isCueWord(k) {
			return false // someone else may be meant, or someone speaks
		}
		if stNamingWords[p.word(k)] {
			return false // a name, a title or a sign in quotation marks
		}
	}
	if p.isNameWord(start) && !p.has(start, stBitCommonCap) && !p.has(start, stBitNonNameCap) && (start > a || e.midCaps[stStripPossessive(p.word(start))]) || p.has(start, stBitSubjectPronoun) && p.word(start) != "it" || p.isQuote(start) {
		return false // (a colon quotation is colonQuote's to judge; "Good information can …" opens with a word capitalised only there)
	}
	s, t := int(p.toks[start].s), q.inE
	e.out = append(e.out, stStmt{
		Statement: Statement{Speaker: last.Speaker, Kind: KindMixed, Text: p.text[s:t], To: last.To, Paragraph: pi},
		para:      pi, sentEnd: b, entity: last.entity, textS: s,
	})
	return true
}

// stNamingWords put a name, a title or a sign in quotation marks.
var stNamingWords = stWordSet("called dubbed named titled entitled so-called sign signs banner banners poster posters caption headline headlines slogan motto reading reads label labelled labeled")

// introducedBy finds the person a lone quotation's sentence si follows:
// the named subject of the sentence before it in the paragraph, when that
// sentence holds no quotation and made no statement. It returns "" when
// there is none.
func (e *stEngine) introducedBy(p *stPara, si int) (string, int) {
	if si == 0 {
		return "", -1
	}
	a, b := p.sents[si-1][0], p.sents[si-1][1]
	if n := len(e.out); n > 0 && e.out[n-1].sentEnd == b && &e.paras[e.out[n-1].para] == p {
		return "", -1
	}
	for k := a; k < b; k++ {
		if p.isQuote(k) {
			return "", -1
		}
	}
	s, t := p.sentSubject(a, b)
	nameEnd := t
	if s >= 0 && stPossessives[p.word(s)] {
		// "Her friend Brittany Lockwood, 20, a political science
		// major, chimed in.": the person named after the role.
		n := s + 1
		for n < b && n < s+4 && p.toks[n].kind == stWord && !p.toks[n].cap {
			n++
		}
		m := p.nameRunEnd(n, b)
		if m-n >= 2 && n > s+1 {
			s, t, nameEnd = n, m, m
			if p.punct(t) == "," {
				for k := t + 1; k < b && k < t+14; k++ {
					if p.punct(k) == "," && p.toks[k+1].kind == stWord && (p.verbAt(k+1) || p.pastAt(k+1)) {
						t = k + 1 // past the apposition
						break
					}
				}
			}
		}
	}
	if w := p.word(t); s < 0 || t >= b || !(p.verbAt(t) || w != "" && !p.toks[t].cap && (strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "n't"))) {
		return "", -1 // (a present-tense verb will do: "Lee expects three rockets.")
	}
	// "He takes a deep breath." and "The composer pauses." name the
	// person as well as "Lee pauses." does.
	back := t-s == 1 && (p.word(s) == "he" || p.word(s) == "she") || t-s == 2 && p.word(s) == "the" && (stFocusHeads[p.word(s+1)] || p.has(s+1, stBitBackHead) || p.has(s+1, stBitTitle))
	if !back {
		if !p.isNameWord(s) {
			return "", -1
		}
		if name, kind := p.nameOf(s, nameEnd); name == "" || kind != stEntPerson {
			return "", -1
		}
	}
	speaker, id := e.resolveNP(p, s, nameEnd)
	if speaker == "" || id < 0 || e.ents[id].kind != stEntPerson {
		return "", -1
	}
	return speaker, id
}

// introducedByParagraph finds the speaker of a paragraph that opens with
// a quotation when the paragraph before quoted no one and is about one
// named person ("…, Ryan Gosling has a lot on his plate. But what the
// actor is most excited about is life at home." and then his words).
func (e *stEngine) introducedByParagraph(pi int) (string, int) {
	if pi == 0 {
		return "", -1
	}
	if n := len(e.out); n > 0 && e.out[n-1].para >= pi-1 {
		return "", -1 // the paragraph before quoted someone: the usual rules
	}
	prev := &e.paras[pi-1]
	if prev.caption() || len(prev.sents) > 4 {
		return "", -1
	}
	for _, q := range prev.quotes {
		if q.words >= 3 {
			return "", -1 // (a word in quotation marks will do: "he hates the word “empire”")
		}
	}
	speaker, id := "", -1
	for _, se := range prev.sents {
		s, t := prev.sentSubject(se[0], se[1])
		if s < 0 || t >= se[1] || !prev.isNameWord(s) || stHasOrgWord(prev, s, t) {
			continue
		}
		name, kind := prev.nameOf(s, t)
		if name == "" || kind != stEntPerson {
			continue
		}
		toks := strings.Fields(strings.ToLower(stStripPossessive(name)))
		x := e.findEntity(stEntPerson, toks)
		if x < 0 || e.ents[x].kind != stEntPerson || !strings.Contains(e.ents[x].name, " ") {
			continue // (a surname will do once the full name is known: "In 2013, Fox launched …")
		}
		if id >= 0 && x != id {
			return "", -1 // two people: no telling
		}
		speaker, id = e.ents[x].name, x
	}
	return speaker, id
}

// dashAttribution handles a quotation signed after a dash:
// "…" — Commissioner Starks.
func (e *stEngine) dashAttribution(pi int, p *stPara, a, b int) bool {
	if b-a < 3 || !p.isQuote(a) || p.punct(a+1) != "—" || !p.isNameWord(a+2) {
		return false
	}
	t := a + 2
	for t < b && p.toks[t].kind == stWord {
		t++
	}
	if p.trimEnd(t, b) != t || t-(a+2) > 6 {
		return false
	}
	q := p.quotes[p.toks[a].q]
	if q.words < 3 {
		return false
	}
	speaker, id := e.resolveNP(p, a+2, t)
	if speaker == "" {
		return false
	}
	e.out = append(e.out, stStmt{
		Statement: Statement{Speaker: speaker, Kind: KindDirect, Text: p.text[q.inS:q.inE], Paragraph: pi},
		openQuote: !q.closed, para: pi, sentEnd: b, entity: id, textS: q.inS,
	})
	return true
}

// colonQuote handles a quotation that a person's clause introduces with
// a colon and no speech verb: "Buckley, who phoned in from the set, had
// a similar experience: “It was the song.”"
func (e *stEngine) colonQuote(pi int, p *stPara, a, b int) bool {
	qi := p.trimEnd(a, b) - 1
	if !p.isQuote(qi) && (p.punct(b-1) == "]" || p.punct(b-2) == "]") {
		for k := b - 1; k > a && k >= b-8; k-- {
			if p.punct(k) == "[" {
				if p.isQuote(k - 1) {
					qi = k - 1 // "… Lee: “…” [Gallup]": the source in brackets after
				}
				break
			}
		}
	}
	if qi > a+4 && p.isQuote(qi) && p.punct(qi-1) == ":" && p.quotes[p.toks[qi].q].words >= 8 {
		// "VOTERS CARE MORE ABOUT VISION - Ann Lee: “…”": a roundup's
		// heading, a dash, then the speaker's label.
		n := qi - 1
		for n > a && qi-1-n < 4 && p.isNameWord(n-1) {
			n--
		}
		if n < qi-2 && p.dashAt(n-1) && p.givenAt(n) {
			a = n
		}
	}
	if qi > a && qi <= a+4 && p.isQuote(qi) && p.punct(qi-1) == ":" && p.allNames(a, qi-1) {
		// "Prelogar: “I can’t think of anything else …”": a transcript's
		// speaker label.
		if name, kind := p.nameOf(a, qi-1); name != "" && kind == stEntPerson {
			if speaker, id := e.resolveNP(p, a, qi-1); speaker != "" && id >= 0 && e.ents[id].kind == stEntPerson && p.quotes[p.toks[qi].q].words > 0 {
				q := p.quotes[p.toks[qi].q]
				e.out = append(e.out, stStmt{
					Statement: Statement{Speaker: speaker, Kind: KindDirect, Text: p.text[q.inS:q.inE], Paragraph: pi},
					para:      pi, sentEnd: b, entity: id, textS: q.inS, mergeable: true,
				})
				return true
			}
		}
	}
	if qi <= a+2 || !p.isQuote(qi) || p.punct(qi-1) != ":" {
		return false
	}
	q := p.quotes[p.toks[qi].q]
	if q.words < 4 || !q.closed {
		return false
	}
	for k := a; k < qi-1; k++ {
		if p.isQuote(k) && p.quotes[p.toks[k].q].words > 4 || p.punct(k) == ":" {
			return false // (a short title in quotation marks may stand before)
		}
	}
	s, t := p.sentSubject(a, qi-1)
	if s < 0 || t >= qi-1 || !(p.isNameWord(s) || p.word(s) == "he" || p.word(s) == "she") {
		return e.colonQuoteRunsOn(pi, p, a, qi, b)
	}
	if name, kind := p.nameOf(s, t); !(p.word(s) == "he" || p.word(s) == "she") && (name == "" || kind != stEntPerson) {
		return e.colonQuoteRunsOn(pi, p, a, qi, b)
	}
	v := t
	if p.punct(t) == "," && p.word(t+1) != "who" {
		// "Tom Hale, a dock worker, was less sure: “…”": past a short
		// apposition to its verb.
		for m := t + 1; m < qi-1 && m < t+10; m++ {
			if p.punct(m) == "," {
				if p.verbAt(m+1) || stIrregularPast[p.word(m+1)] || stIsVerbAux(p.word(m+1)) {
					v = m + 1
				}
				break
			}
			if p.toks[m].kind != stWord {
				break
			}
		}
	}
	if !p.verbAt(v) && !stIrregularPast[p.word(v)] && !stIsVerbAux(p.word(v)) && !(p.punct(v) == "," && p.word(v+1) == "who") {
		return false
	}
	speaker, id := e.resolveNP(p, s, t)
	if speaker == "" || id < 0 || e.ents[id].kind != stEntPerson {
		return false
	}
	e.out = append(e.out, stStmt{
		Statement: Statement{Speaker: speaker, Kind: KindDirect, Text: p.text[q.inS:q.inE], Paragraph: pi},
		para:      pi, sentEnd: b, entity: id, textS: q.inS, mergeable: true,
	})
	return true
}

// stIrregularPast are past tenses of common verbs that end in no "-ed":
// "Alito cut her off: “…”".
var stIrregularPast = stWordSet("cut put gave took made had got went came began broke brought caught chose drew felt found fought held kept knew led left let lost met paid ran rang rose sat saw sent set shot shut spoke stood struck swore taught thought threw understood woke wore won hit quit shook stuck sang")

// stEnglishWords are frequent English function words that other languages
// written in Latin script rarely share.
var stEnglishWords = stWordSet("the of and to is that for was with are were said has have this which they their been would from by he she his her it who will")

// stLooksEnglish reports whether the paragraphs read as English: among
// enough words, at least one in fifty is a common English function word.
// Short texts are given the benefit of the doubt.
func stLooksEnglish(paras []stPara) bool {
	words := 0
	for i := range paras {
		for _, t := range paras[i].toks {
			if t.kind == stWord {
				words++
			}
		}
	}
	if words < 60 {
		return true
	}
	hits := 0
	for i := range paras {
		for _, t := range paras[i].toks {
			if t.kind == stWord && stEnglishWords[t.low] {
				if hits++; hits*50 >= words {
					return true // (English text gets there within its first lines)
				}
			}
		}
	}
	return false
}

// stOpenQuoteEnd reports whether quotation q of p runs to the end of the
// paragraph with a comma or dash, as speech does before an attribution
// that did not come.
func stOpenQuoteEnd(p *stPara, q stQuote) bool {
	in := strings.TrimSpace(p.text[q.inS:q.end])
	return strings.ContainsAny(in[max(0, len(in)-4):], ",—")
}

// secondClause returns the start of a second main clause joined by ", and"
// or ", but" in [a, b), or -1.
func (p *stPara) secondClause(a, b int) int {
	for k := a + 2; k+2 < b; k++ {
		if p.isQuote(k) || p.isCueWord(k) {
			return -1 // (only before the first speech verb)
		}
		if p.punct(k) == "," && (p.word(k+1) == "and" || p.word(k+1) == "but") {
			return k + 2
		}
	}
	return -1
}

// stAuthorNote reports whether t reads as a note about the story's
// writer: a name of two or three words, then "covers", "writes", "is a
// reporter" and the like.
func stAuthorNote(t string) bool {
	f := strings.Fields(t)
	if len(f) < 4 || len(f) > 40 {
		return false
	}
	n := 0
	for n < len(f) && n < 4 && f[n] != "" && f[n][0] >= 'A' && f[n][0] <= 'Z' {
		n++
	}
	if n < 2 || n >= len(f)-1 {
		return false
	}
	switch strings.ToLower(f[n]) {
	case "covers", "writes", "reports", "contributed", "edits":
		return true
	case "is":
		switch strings.ToLower(strings.Trim(f[n+1], ",")) {
		case "a", "an", "the":
			if n+2 < len(f) {
				w := strings.ToLower(strings.Trim(f[n+2], ".,"))
				return stWriterWords[w] || strings.HasSuffix(w, "-based")
			}
		}
	}
	return false
}

// stWriterWords name the trade in a note about the writer.
var stWriterWords = stWordSet("reporter correspondent writer editor journalist columnist contributor producer freelance staff senior")

// quoteOnly reports whether the paragraph is one quotation and nothing
// else.
func (p *stPara) quoteOnly() bool {
	return len(p.toks) >= 1 && len(p.quotes) == 1 && p.isQuote(0) && p.trimEnd(1, len(p.toks)) <= 1
}

// namesNoOne reports whether paragraph q is short narrative that names no
// person or group: no capitalised word past a sentence's first, and no
// quotation of its own.
func (q *stPara) namesNoOne() bool {
	if len(q.toks) > 80 || len(q.quotes) > 0 || q.block {
		return false
	}
	for _, se := range q.sents {
		for k := se[0] + 1; k < se[1]; k++ {
			if q.isNameWord(k) && !stTimeWords[q.word(k)] {
				return false
			}
		}
		if w := q.word(se[0]); q.isNameWord(se[0]) && !stCommonCaps[w] && !stSubjectPronouns[w] && !stDeterminers[w] && !stIntroWords[w] {
			return false // ("Hale sells bread.": a name opens it)
		}
	}
	return true
}

// stSentenceEnd reports whether punctuation w ends a sentence.
func stSentenceEnd(w string) bool {
	return w == "." || w == "!" || w == "?"
}

// stBareMessage reports whether text is no more than a message announced
// ("a warning", "this statement"), whose words come next.
func stBareMessage(text string) bool {
	det, noun, ok := strings.Cut(text, " ")
	if !ok || strings.Contains(noun, " ") {
		return false
	}
	switch strings.ToLower(det) {
	case "a", "an", "this", "the":
		return stMessageNouns[strings.ToLower(noun)]
	}
	return false
}

// stMarkQuotedSubheads marks the subheadings of an article that quotes
// with double marks but heads its sections with a few words in single
// ones ('A really tough decision.'): a headline's quotation marks, over
// words the body quotes at length, and no statement of their own.
func stMarkQuotedSubheads(paras []stPara) {
	double := 0
	for i := range paras {
		for _, q := range paras[i].quotes {
			if r, _ := utf8.DecodeRuneInString(paras[i].text[q.open:]); stIsDouble(r) || strings.HasPrefix(paras[i].text[q.open:], "''") {
				double++
			}
		}
	}
	if double < 2 {
		return // (a paper that quotes with single marks)
	}
	for i := range paras {
		p := &paras[i]
		t := strings.TrimSpace(p.text)
		if len(p.quotes) != 1 || len(p.toks) != 1 || strings.HasPrefix(t, "''") {
			continue
		}
		q := p.quotes[0]
		if r, _ := utf8.DecodeRuneInString(p.text[q.open:]); stIsSingle(r) && q.closed && q.words <= 8 && !p.block {
			p.subhead = true
		}
	}
}

// stTranscriptTurn returns paragraph t without the quotation marks that
// enclose a whole transcript turn: a paper quoting a transcript may open
// each of its paragraphs with a mark ("\"RAMOS: Did you lie to them?"),
// which would make the label and the words one quotation of nobody.
func stTranscriptTurn(t string) string {
	r, w := utf8.DecodeRuneInString(t)
	if r != '"' && r != '\u201c' {
		return t
	}
	k, caps := w, 0
	for k < len(t) && k < w+40 {
		c := t[k]
		switch {
		case c >= 'A' && c <= 'Z':
			caps++
		case c == ' ' || c == '.' || c == '-' || c == '\'':
		case c == ':':
			if caps < 2 || k+1 >= len(t) || t[k+1] != ' ' {
				return t
			}
			rest := t[w:]
			last, lw := utf8.DecodeLastRuneInString(rest)
			if (last == '"' || last == '\u201d') && (strings.Count(rest, "\"")+strings.Count(rest, "\u201c")+strings.Count(rest, "\u201d"))%2 == 1 {
				rest = rest[:len(rest)-lw] // (its closing mark, when the turn ends the transcript)
			}
			return rest
		default:
			return t
		}
		k++
	}
	return t
}
