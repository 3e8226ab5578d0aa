package extractors

import (
	"slices"
	"sort"
	"strings"
	"unicode"
)

// buildStatements turns the cues of sentence [a, b) into statements and
// reports whether it made any.
func (e *stEngine) buildStatements(pi int, p *stPara, a, b int, cues []stCue) bool {
	b0 := b
	cues, b = p.preferFinalAttribution(a, b, cues)
	cues = p.dropInterruptedVerb(a, cues)
	made := false
	prevEnd := a    // content of an attribution-after starts here
	active := -1    // index in cues of a cue-first statement still open
	lastValid := -1 // index of the last valid cue
	for ci := range cues {
		c := &cues[ci]
		ca := a // where the cue's own clause starts
		relative := -1
		restore, restoreEnd := -1, 0
		if active >= 0 && c.i < cues[active].cE {
			if q := p.relativeSpeech(&cues[active], a, c); q > 0 {
				// "claimed responsibility for the attack, which it said
				// was …": the relative clause is the source's own
				// statement, and ends the first content.
				cues[active].cE = q
				relative = active
				c.coord = lastValid == active // its subject is the source's
			} else if q := e.althoughClause(p, &cues[active], c); q > 0 {
				// "Officials said A, although they cautioned B": the same
				// source qualifies what it said, in a statement of its own.
				cues[active].cE = q
				ca = q + 2
			} else if q := p.inWhichSpeech(cues[active].cS, c.i); q > 0 {
				// "reported that she had video of a fundraiser, in which
				// Adelson said: “…”": the relative clause's speaker says it.
				cues[active].cE = q
				ca = q + 3
			} else if q := p.whileClause(cues[active].cS, c.i); q > 0 {
				// "China said A, while the city's police deny B": a new
				// subject after "while" speaks for itself.
				cues[active].cE = q
				if ca = q + 2; p.word(q) == "and" {
					ca = q + 1 // (", while" and ", but" are two tokens, "and" one)
				}
			} else if n := p.absoluteSubject(a, c.i); n > cues[active].cS+1 && p.word(n-1) != "with" {
				// "– Ryan saying A and Trump calling B": the second
				// absolute phrase ends the first.
				cues[active].cE = p.trimEnd(cues[active].cS, n-1)
			} else if c.absolute {
				// "criticised the shift, with Ann Lee warning of …": the
				// absolute phrase is Lee's statement and ends the first.
				q := p.auxStart(a, c.i)
				for q > cues[active].cS && p.word(q-1) != "with" {
					q--
				}
				if q-2 > cues[active].cS && p.punct(q-2) == "," {
					cues[active].cE = q - 2
				}
			} else if q := p.subordinateEnd(a, &cues[active], c); q > 0 {
				// "When Ann Lee announced the deal, she said …"
				cues[active].cE = q
				if ac := &cues[active]; p.trimEnd(ac.cS, ac.cE)-ac.cS < 2 && !p.isQuote(ac.cS) {
					ac.valid = false // "After Lee criticised him, he said": nothing said
				}
			} else {
				if !c.coord && !e.coordinated(p, a, c) && !p.andPronounCue(a, c) || c.form == 0 && !c.coord && p.modalBetween(cues[active].cS, c.i) || c.form == 4 && p.word(c.i-1) == "by" && p.isNameWord(cues[active].cS) && p.clauseAt(cues[active].cS, c.i) {
					// (and "told reporters that Trump “may have broken the
					// law” by calling on …": the means belong to the clause's
					// own subject)
					continue // speech reported inside the content ("said he would point a gun and tell her …")
				}
				// A second cue of the same speaker ends the first content.
				cut := p.auxStart(a, c.i)
				if p.has(cut-1, stBitSubjectPronoun) {
					cut-- // ", but he said …"
				} else if s := p.leftNP(a, cut); s < cut && p.punct(s-1) == ";" {
					cut = s // "; management insists …"
				} else if s := p.nameRunStart(a, cut-1); s < cut && (p.word(s-1) == "and" || p.word(s-1) == "while") && (p.punct(s-2) == "," || cut-s >= 2 && p.toks[s-2].kind != stPunct) {
					cut = s // ", and Damascus said …", "and Donald Trump says …"
				} else if m := p.andFrontedStart(a, cut-1); m > cues[active].cS {
					cut = m // ", and when pressed, the mother of three replied"
				}
				for cut > cues[active].cS && (p.word(cut-1) == "and" || p.punct(cut-1) == "," || p.punct(cut-1) == ";" || p.has(cut-1, stBitIntro) || p.word(cut-1) == "by" && c.form == 4) {
					cut-- // (and "defended his position … by citing a poll")
				}
				if cut <= cues[active].cS {
					continue
				}
				restore, restoreEnd = active, cues[active].cE
				cues[active].cE = cut
			}
		}
		n0 := len(e.ents)
		ok := e.analyzeCue(p, ca, b, c, max(prevEnd, ca), cues, lastValid)
		if stTrace != nil {
			stTrace("cue %q at %d ok=%v subject=%q content=%q", p.word(c.i), c.i, ok, p.span(c.subjS, c.subjE), p.span(c.cS, c.cE))
		}
		if !ok {
			// A subject met only in a failed analysis ("… -- both slightly
			// above predicted strength") is no source to refer back to.
			e.ents = e.ents[:n0]
			for id := range e.affil {
				if id >= n0 {
					delete(e.affil, id) // (the id will name another entity)
				}
			}
			if restore >= 0 {
				// Not a second statement after all ("a ruling declaring
				// the ban void"): the first content runs on.
				cues[restore].cE = restoreEnd
			}
			continue
		}
		if relative >= 0 {
			c.speaker, c.entity = cues[relative].speaker, cues[relative].entity
		}
		if g := stPronounSex(p.word(c.subjS)); g != 0 && c.subjE-c.subjS == 1 && c.entity >= 0 && c.entity < len(e.ents) {
			answered := lastValid >= 0 && p.word(c.subjS-1) == "which" && (p.word(c.subjS-2) == "to" || p.word(c.subjS-2) == "at") && c.entity == cues[lastValid].entity
			if answered || c.to != "" && e.sameSource(c.entity, c.to) {
				// "The host joked, “…?” to which she replied, “…”": the one
				// who answers is not the one answered; "Hannity asked Trump
				// … “…,” he told Hannity": he is not the one he told.
				if id := e.recentPerson(g, c.entity); id >= 0 {
					c.speaker, c.entity = e.ents[id].name, id
				}
			} else if last := e.lastOut(); (c.lemma == "reply" || c.lemma == "answer" || c.lemma == "respond") && last != nil && last.para == pi && strings.HasPrefix(last.Cue, "ask") && last.To != "" && last.entity == c.entity {
				// "A reporter asked Sanders how he's feeling. He replied:
				// …": the one asked answers, not the one who asked.
				if id := e.findEntity(stEntPerson, stNameToks(last.To)); id >= 0 && id != c.entity {
					c.speaker, c.entity = e.ents[id].name, id
				}
			} else if (c.lemma == "reply" || c.lemma == "answer" || c.lemma == "respond") && last != nil && last.para >= pi-1 && strings.HasPrefix(last.Cue, "ask") && last.To == "" && last.entity == c.entity {
				// "… when an Iowa voter asked if she might appoint Obama.
				// “Wow,” she replied.": the asker does not answer.
				if id := e.recentPerson(g, c.entity); id >= 0 {
					c.speaker, c.entity = e.ents[id].name, id
				}
			} else if c.lemma == "say" && c.after && last != nil && last.para == pi-1 && strings.HasPrefix(last.Cue, "ask") && last.To == "" && last.entity == c.entity {
				// "Ryan did not exude confidence when Tapper asked whether
				// …. “…,” he said.": the one the sentence was about answers.
				if id := e.recentPerson(g, c.entity); id >= 0 && e.ents[id].subjSent >= e.sentNo-1 {
					c.speaker, c.entity = e.ents[id].name, id
				}
			}
		}
		c.valid = true
		lastValid = ci
		if c.after {
			prevEnd = max(c.j, c.cE)
		} else {
			active = ci
		}
	}
	for ci := range cues {
		c := &cues[ci]
		if !c.valid {
			continue
		}
		n := len(e.out)
		if e.emit(pi, p, a, b, c) {
			made = true
		}
		for i := n; i < len(e.out) && b < b0; i++ {
			// ("“A,” said Lee, reports the Gazette. “B.”": the sentence
			// still ends at its full stop, where the quotation resumes)
			if e.out[i].sentEnd == b {
				e.out[i].sentEnd = b0
			}
		}
	}
	if !made && len(cues) > 0 {
		e.notePending(pi, p, a, b, &cues[len(cues)-1])
	}
	if n := len(cues); made && n >= 2 && !cues[n-1].valid && cues[n-1].form == 4 && stAddingCues[cues[n-1].lemma] {
		// "“Yes,” Lee said, adding with a smile. “It was.”": the quotation
		// after is what the participle adds.
		l := &cues[n-1]
		end := p.trimEnd(l.j, b)
		quiet := end-l.j <= 8
		for k := l.j; k < end && quiet; k++ {
			if p.isQuote(k) || p.toks[k].kind != stWord {
				quiet = false
			}
		}
		var prev *stCue
		for ci := n - 2; ci >= 0; ci-- {
			if cues[ci].valid {
				prev = &cues[ci]
				break
			}
		}
		if quiet && prev != nil && prev.speaker != "" && p.punct(b-1) == "." {
			e.pending = stPendingSource{speaker: prev.speaker, entity: prev.entity, cue: p.span(l.i, l.j), para: pi, sentEnd: b, ok: true}
		}
	}
	return made
}

// notePending remembers the source of "Acme said in a statement:" ending
// its paragraph with no content of its own: the quotation or block that
// opens the next paragraph is what it said.
func (e *stEngine) notePending(pi int, p *stPara, a, b int, c *stCue) {
	last := b == len(p.toks) || p.trimEnd(b, len(p.toks)) <= b
	following := p.followingAt(c.j)
	if !last && !following {
		return // not the last sentence of the paragraph
	}
	end := b - 1
	colon := func(k int) bool {
		w := p.punct(k)
		return w == ":" || w == "…" || w == "..." || following && w == "."
	}
	for end > a && p.toks[end].kind == stPunct && !colon(end) {
		end--
	}
	if !colon(end) || c.according || c.subjS < 0 || c.subjE > c.i || c.flags&stCueAsk != 0 {
		return
	}
	for k := c.j; k < end; k++ {
		if p.isQuote(k) || p.isCueWord(k) || p.has(k, stBitClause) {
			return // more than an adjunct ("in a statement", "on Facebook") after the cue
		}
	}
	lim := 12
	if p.word(c.j) == "about" || p.word(c.j) == "of" {
		lim = 24 // "said about its inclusion of … in the latest draft of its platform:"
	}
	if end-c.j > lim || !p.speakerLike(c.subjS, c.subjE) {
		return
	}
	speaker, id := e.resolveNP(p, c.subjS, c.subjE)
	if speaker == "" {
		return
	}
	e.pending = stPendingSource{speaker: speaker, entity: id, cue: p.span(c.i, c.j), para: pi, sentEnd: b, ok: true}
}

// followingAt reports whether the words at k announce what comes next:
// "said the following", "wrote this:".
func (p *stPara) followingAt(k int) bool {
	w := p.word(k)
	if w == "the" && p.word(k+1) == "following" {
		k++
	} else if w != "this" && w != "following" {
		return false
	}
	n := p.punct(k + 1)
	return n == ":" || n == "."
}

// verbIn reports whether the short noun phrase at s-1 is followed by its
// verb: "said the courts needed to …" is a clause, not an inverted
// subject ("said the recently named chair Ann Lee" is one).
func (p *stPara) verbIn(s, e int) bool {
	k := s
	if p.has(s-1, stBitDeterminer) {
		k++
	}
	return k < e && p.verbAt(k) && !stAdverbLy(p.word(k-1))
}

// modalBetween reports whether a modal verb stands in [s, e): a base
// form after it belongs to the modal's clause.
func (p *stPara) modalBetween(s, e int) bool {
	for k := max(s, e-40, 0); k < e && k < len(p.toks); k++ { // (a bounded look back)
		if stModals[p.word(k)] {
			return true
		}
	}
	return false
}

// stAfterClauseCues need a that-clause when their content follows, but
// may close a clause a named person said: "…, Martin suggested."
var stAfterClauseCues = stWordSet("suggest hint concede speculate")

// stOneWordCues take a one-word content ("called for calm", "urged
// restraint", "denied wrongdoing").
var stOneWordCues = stWordSet("call urge deny demand reject declare")

// stTrace, when set (by the debugging test), is told how each cue was
// analysed.
var stTrace func(format string, args ...any)

// stRulingHeads are sources whose "ruled out" is a decision, not speech.
var stRulingHeads = stWordSet("judge judges justice justices court courts tribunal jury panel referee umpire magistrate")

// coordinated reports whether cue c follows "and" with no subject of its
// own ("said A and emphasized B").
func (e *stEngine) coordinated(p *stPara, a int, c *stCue) bool {
	k := p.auxStart(a, c.i) - 1
	if p.has(k, stBitSubjectPronoun) && ((p.word(k-1) == "but" || p.word(k-1) == "and") && (p.punct(k-2) == "," || p.punct(k-2) == "—" || p.punct(k-2) == "–") || p.punct(k-1) == ";") {
		return true // "X said A, but he said B", "X recalls A; she said B", "X said A — and he noted B": a second statement
	}
	if s := p.leftNP(a, k+1); s <= k && s > a && p.punct(s-1) == ";" && k+1-s <= 5 && p.toks[k].kind == stWord {
		return true // "the union says A; management insists B"
	}
	if p.word(k) == "but" && k > a && (p.toks[k-1].kind == stWord || p.isQuote(k-1) || p.punct(k-1) == ",") && (c.form == 1 || c.form == 2) {
		return true // "said A but insisted B", "said A, but added B"
	}
	if s := p.nameRunStart(a, k); s <= k && s-2 > a && k+1-s <= 4 && (p.word(s-1) == "and" || p.word(s-1) == "while") && p.punct(s-2) == "," && (c.form == 1 || c.form == 2) && (stFinalCues[c.lemma] || p.givenAt(s) || e.names[p.word(k)] != "") {
		return true // "Russia said A, and Damascus said B": a second source (but "X-rays had revealed" reports a finding)
	}
	if s := p.nameRunStart(a, k); s <= k-1 && s-2 > a && k+1-s <= 3 && p.word(s-1) == "and" && p.toks[s-2].kind != stPunct && (c.form == 1 || c.form == 2) && (p.givenAt(s) || strings.Contains(e.names[p.word(k)], " ")) && !p.has(s-2, stBitDeterminer) && !p.has(s-2, stBitPrep) && !p.isNameWord(s-2) && !p.isCueWord(s-2) {
		return true // "Lee accuses Obama of “leading from behind” and Donald Trump says B": a person named in full with a cue of his own
	}
	if (c.form == 1 || c.form == 2) && p.andFrontedStart(a, k) > 0 {
		return true
	}
	return p.word(k) == "and" || p.punct(k) == ","
}

// andFrontedStart returns the comma before "and" (or "but") when a new
// subject ending at k follows a fronted clause that the conjunction
// opens: "said A, and when pressed, the mother of three replied B"; 0
// otherwise.
func (p *stPara) andFrontedStart(a, k int) int {
	s := p.leftNP(a, k+1)
	if s > k || s-3 <= a || p.punct(s-1) != "," {
		return 0
	}
	for m := s - 2; m > a+1 && m > s-12; m-- {
		if p.isQuote(m) || p.punct(m) == "," {
			break
		}
		if w := p.word(m); (w == "and" || w == "but") && p.punct(m-1) == "," && p.has(m+1, stBitSubordinator) {
			return m - 1
		}
	}
	return 0
}

// analyzeCue finds the speaker and the content of cue c. A subject whose
// head is not known to name a source is accepted only with strong
// evidence of speech: a quotation or a that-clause, and a short subject.
func (e *stEngine) analyzeCue(p *stPara, a, b int, c *stCue, prevEnd int, cues []stCue, lastValid int) bool {
	c.clauseEnd = false
	if !e.analyzeCueParts(p, a, b, c, prevEnd, cues, lastValid) {
		return false
	}
	if w := p.word(c.subjS - 1); !c.after && !c.according && c.subjS > a && (w == "nor" || w == "did" && p.word(c.subjS-2) == "nor") {
		return false // "Neither Lee nor Hale said …", "nor did Hale say …": nobody said it
	}
	if k := p.subordinatorBefore(a, c.subjS); !c.after && k >= a {
		c.clauseEnd = true // "After Russia said in March that the plant would open, Clinton said …" (and "Not long after …")
	}
	if w := p.word(c.subjS - 1); !c.after && c.subjS > a+2 && (w == "that" || w == "when") && p.has(a, stBitPrep) && !p.commaIn(a, c.i) {
		c.clauseEnd = true // "On the day that Samsung announced it was shipping, I rushed …"
	}
	p.endContent(c, b)
	if p.criticizedPerson(c) {
		return false // "even after he criticized President George Bush, shows …": a person criticized, nothing said
	}
	e.nextActByPronoun(p, c)
	if c.form == 1 && c.subjS >= a && c.subjE == c.subjS+1 && (c.subjS == a || p.toks[c.subjS-1].kind == stPunct) && stNounModifiers[p.word(c.subjS)] && e.names[p.word(c.subjS)] == "" {
		return false // "False claims that … have circulated", "Media reports that …": a noun and its modifier
	}
	if c.lemma == "tell" && p.toldTale(c.j, b) {
		return false // "told their own tale of …", "told a different story": narration, not a statement
	}
	if c.lemma == "ask" && p.anonymityRequest(c.cS, c.cE) {
		return false // "who asked to remain anonymous because …": a condition of the interview, not a statement
	}
	if w := p.word(c.j); w == "above" || w == "below" {
		return false // "the productions described above": the writer points back
	}
	if c.flags&stCueCourt != 0 && (c.subjS < 0 || !stCourtHeads[stStripPossessive(p.word(p.headOf(c.subjS, c.subjE)))]) {
		return false // "residents heard gunshots": no court, no statement
	}
	if !c.after && c.cS > c.i && !p.isQuote(c.cS) && p.word(c.cS-1) != "that" {
		if c.lemma == "admit" && (p.word(c.i+1) == "for" || p.word(c.i+1) == "to" && (p.word(c.i+2) == "hospital" || p.word(c.i+3) == "hospital" || p.word(c.i+2) == "intensive")) {
			return false // "827 patients admitted for Covid", "admitted to hospital": a patient taken in
		}
		if c.lemma == "cite" && c.form == 4 && !p.hasVerb(c.cS, c.cE) {
			if h := stStripPossessive(p.word(p.headOf(c.cS, c.cE))); stOrgWords[h] || stGroupWords[h] || stSpeakerHeads[h] || stDocHeads[h] || stHasSpeakerSuffix(h) || p.allNames(c.cS, c.cE) || p.allNames(c.cS+1, c.cE) && p.has(c.cS, stBitDeterminer) {
				return false // "…, citing the regional health commission": the source of the report, not what was said
			}
		}
		if stTargetCues[c.lemma] {
			for k := c.cS + 1; k < c.cE && k < c.cS+6 && p.toks[k].kind == stWord && !stIsVerbAux(p.word(k)); k++ {
				if w := p.word(k); (w == "that" || w == "who") && p.isCueWord(k+1) {
					return false // "criticized newspapers that claimed that …": the claim is the statement, the newspapers its source
				}
			}
		}
		if c.lemma == "blame" && !p.hasWord(c.cS, c.cE, "for", "on") && p.word(c.cS) != "that" {
			return false // "blamed the marchers": a target, no charge ("blamed Hamas for the deaths" has one)
		}
		if c.lemma == "thank" && !p.hasWord(c.cS, c.cE, "for") {
			return false // "thanked the crowd": a courtesy ("thanked the group for trying to …" says why)
		}
		if c.lemma == "add" && !p.has(c.cS, stBitSubjectPronoun) && !p.isNameWord(c.cS) {
			for k := c.cS + 1; k < c.cE && k < c.cS+8; k++ {
				if p.word(k) == "to" && (p.has(k+1, stBitDeterminer) || stPossessives[p.word(k+1)]) {
					return false // "they would add a few hundred cases to the count": a sum
				}
				if p.toks[k].kind != stWord || stIsVerbAux(p.word(k)) {
					break
				}
			}
		}
	}
	if !c.after && c.lemma == "call" && c.cS > c.i {
		if w := p.word(c.i - 2); p.isQuote(c.cS) && (w == "which" || w == "what" || w == "who" || w == "whom") {
			c.cE = c.cS + 1 // "Ann Lee, who he called “a weathervane,” on Monday": the name given
		}
		// "called Ramaswamy “scum” for pointing out …": the reason is the
		// writer's, the verdict is the content.
		for k := c.cS + 2; k+1 < c.cE && k < c.cS+12; k++ {
			if p.word(k) == "for" && strings.HasSuffix(p.word(k+1), "ing") && p.isQuote(k-1) {
				c.cE = k
				break
			}
			if p.punct(k) == "—" && p.isQuote(k-1) {
				c.cE = k // "called the sight “dystopian”—especially in a rich city": the writer's aside
				break
			}
		}
	}
	if w := p.word(c.subjS - 1); !c.after && c.subjS > a+1 && (w == "that" || w == "which") && p.toks[c.subjS-2].kind == stWord && !p.toks[c.subjS-2].cap && c.cE-c.cS <= 4 && c.cE-c.cS >= 3 && stModals[p.word(c.cE-2)] && p.trimEnd(c.cE, b) == c.cE {
		return false // "the border wall that Trump promised he would build.": the wall is the object, no statement
	}
	if !c.after && c.cS > c.i && !c.according {
		if m := p.nextActEnd(c.cS, c.cE); m > c.cS {
			// "called for a pause but stopped short of …", "said countries
			// should act together and held out the possibility …": the
			// speaker's next act is no part of what was said.
			c.cE = m
		}
	}
	if !c.after && c.cS > c.i && !p.isQuote(c.cS) {
		c.cE = p.narrationEnd(c.cS, c.cE)
	}
	if !c.after && c.cS > c.i {
		// "(GateHouse called it “immaterial”) and Gannett laid off …": a
		// cue inside brackets says no more than the brackets hold.
		open := false
		for k := c.i - 1; k >= a && k > c.i-30; k-- {
			if p.punct(k) == ")" {
				break
			}
			if p.punct(k) == "(" {
				open = true
				break
			}
		}
		if open {
			for k := c.cS; k < c.cE; k++ {
				if p.punct(k) == ")" {
					c.cE = k
					break
				}
			}
		}
	}
	if hk := p.headOf(c.subjS, c.subjE); c.subjS >= 0 && p.findingHead(c.subjS, hk) && !(c.according && (stRecordHeads[p.word(hk)] || p.ownedFinding(c.subjS, c.subjE, hk))) {
		return false // "a study found", "studies indicate"
	}
	if stShoutLemmas[c.lemma] && c.subjS >= 0 && stCrowdHeads[p.word(p.headOf(c.subjS, c.subjE))] {
		return false // "“Out!” the crowd yelled.": a chant, no statement
	}
	if c.lemma == "estimate" {
		// "the report estimated that …", "the Institute on Drug Abuse
		// estimated", "analysts estimated": findings (a named source's
		// estimate is said)
		if c.subjS < 0 || !p.speakerLike(c.subjS, c.subjE) {
			return false
		}
		hk := p.headOf(c.subjS, c.subjE)
		if h := p.word(hk); stDocHeads[h] || stEstimatingBodies[h] || !stSubjectPronouns[h] && (!p.isNameWord(hk) || stSpeakerHeads[h] || stGroupWords[h]) {
			return false
		}
	}
	if c.subjS >= 0 && !c.according && p.polledShare(c.subjS, c.subjE) {
		return false // "Some 20 percent of people in a recent poll say …": a poll's finding
	}
	if !c.after && c.cS == c.j+1 && p.punct(c.j) == "—" && p.dashAsideAt(a, c.i) {
		return false // "— as researchers believe, but Moscow denies — “…?” asked Dunn": the aside's verbs take the clause it interrupts
	}
	if c.cS > c.j+1 && p.word(c.cS-1) == "that" && p.word(c.cS-2) == "condition" && !c.after {
		return false // "agreed to talk on the condition that his name not be used": the terms, not what was said
	}
	if c.form == 4 && p.withShare(a, c.i) {
		return false // "…, with 50 percent saying she is prepared": a poll's finding
	}
	if c.lemma == "confirm" && p.word(c.cS-1) != "that" && !p.clauseAt(c.cS, c.cE) && p.hasWord(c.cS, min(c.cS+5, c.cE), "nominee", "nominees", "judge", "judges", "appointee", "appointees", "nomination", "nominations") {
		return false // "had confirmed 68 judicial nominees": a vote on appointments, not words
	}
	if c.lemma == "agree" && c.form == 0 && !p.isQuote(c.cS) {
		return false // "Most economists agree that …": a consensus, not words spoken
	}
	if c.lemma == "outline" && p.word(c.cS-1) != "that" && !p.hasQuote(c.cS, min(c.cS+6, c.cE)) && !p.proposalAt(c.cS, c.cE) {
		// "outlined his reasons", "outlined the timeline": a topic (but
		// "outlined a plan to …" carries what is proposed, and "outlined
		// the “unimaginable scale” of the crisis" the speaker's words).
		return false
	}
	if w := p.word(c.cS); c.lemma == "describe" && c.form == 4 && !p.hasWord(c.cS, c.cE, "as") && !p.clauseAt(c.cS, c.cE) && w != "how" && w != "what" && w != "why" && w != "that" {
		return false // "…, describing packed corridors": what was described, not what was said (but "describing it as …", "describing how …")
	}
	if c.lemma == "conclude" && c.subjS >= 0 && !p.isQuote(c.cS) {
		return false // "researchers concluded that …", "the panel concluded the drug failed": a finding
	}
	if c.lemma == "read" && (c.subjS < 0 || !stDocHeads[stStripPossessive(p.word(p.headOf(c.subjS, c.subjE)))]) {
		return false // signs and banners "read"; statements and letters speak
	}
	if c.subjS >= 0 && stSignHeads[strings.ToLower(stStripPossessive(p.word(p.headOf(c.subjS, c.subjE))))] {
		return false // "Her T-shirt said “Believe”": a sign or slogan
	}
	if c.subjS > a && p.word(c.subjS-1) == "what" && !c.after && !c.according {
		modalBe := stModals[p.word(c.j)] && stIsBe(p.word(c.j+1))
		if c.lemma != "call" && c.lemma != "describe" && !stIsBe(p.word(c.j)) && !modalBe {
			return false // "What he said next surprised everyone": a free relative (but "for what he said was a lax response" reports it)
		}
		if modalBe && c.cS == c.j+1 {
			c.cS = c.j // "what the UN says may be the worst crisis": the modal is part of what was said
		}
	}
	if c.lemma == "rule" && c.subjS >= 0 {
		for k := c.subjS; k < c.subjE; k++ {
			if stRulingHeads[stStripPossessive(p.word(k))] {
				return false // a judge who "ruled out" a retrial decided it
			}
		}
	}
	if pre := p.auxStart(a, c.i) - 1; c.form == 4 && c.coord && !c.after && pre >= a && p.toks[pre].kind == stWord && !p.toks[pre].cap && !stReducedOK[p.word(pre)] && !p.issuedDoc(a, pre) && !p.toAddressee(a, pre) && !p.spentTime(a, pre) &&
		p.word(c.cS-1) != "that" && !p.isQuote(c.cS) && !(p.has(c.cS, stBitSubjectPronoun) && stIsVerbAux(p.word(c.cS+1))) {
		return false // "messages on her page criticizing her photos": the messages, not a speaker
	}
	if !c.after && !c.according && p.followingAt(c.cS) && c.cE-c.cS <= 2 {
		return false // "said the following.": the words come next
	}
	if c.according || c.subjS < 0 || p.speakerLike(c.subjS, c.subjE) {
		return true
	}
	if c.lemma == "indicate" || c.lemma == "suggest" || c.lemma == "signal" {
		return false // "The attacks indicate that …": events point to things, only people speak
	}
	strong := p.word(c.cS-1) == "that" || p.isQuote(c.cS) && c.cE-c.cS == 1 || c.interrupted || c.cS < c.subjS && c.cE > c.i && stQuantSubjects[p.word(c.subjS)] || // ("That attitude, many argue, could …")
		c.subjE-c.subjS == 3 && stQuantSubjects[p.word(c.subjS)] && p.word(c.subjS+1) == "of" && p.word(c.subjS+2) == "them" && c.entity >= 0 // ("most of them said they had …": of the group just named)
	if w := p.word(c.subjS - 1); c.subjS > a && (w == "and" || w == "or") {
		return false // "the data we collected on the 2018 model and the mid-2019 refresh suggests": half of a subject
	}
	return strong && c.subjE-c.subjS <= 4
}

// analyzeCueParts does the work of analyzeCue.
func (e *stEngine) analyzeCueParts(p *stPara, a, b int, c *stCue, prevEnd int, cues []stCue, lastValid int) bool {
	if c.form == 4 && c.lemma == "report" {
		// "after privately reporting the bug to Mojang": a participle
		// of time whose object is a topic, no statement (but "after
		// reporting that …" is).
		k := c.i - 1
		for k > a && stAdverbLy(p.word(k)) {
			k--
		}
		if w := p.word(k); (w == "after" || w == "before" || w == "since" || w == "upon") && p.word(c.j) != "that" && !p.isQuote(c.j) && p.punct(c.j) != ":" && p.punct(c.j) != "," && !(p.has(c.j, stBitSubjectPronoun) && p.verbAt(c.j+1)) && !p.subjectThenAux(c.j, b) && !p.subjectThenPast(c.j, b) {
			return false
		}
	}
	if c.lemma == "share" && (c.form == 4 || p.word(c.j) != "that" && !(p.word(c.j) == "with" && p.hasWord(c.j+1, min(c.j+6, b), "that")) && p.messageColon(c.j, b) < 0) {
		return false // "share responsibility for …": only "shared (with X) that …" or "shared a statement: “…”" speak
	}
	if c.lemma == "threaten" {
		// A threat is speech only as the sentence's own main verb:
		// "Police threatened to use live rounds", not "charges he
		// threatened to kill …" or "…, before threatening to leave".
		if c.form == 4 && !stIsBe(p.word(c.i-1)) {
			return false
		}
		for _, o := range cues {
			if o.i < c.i {
				return false
			}
		}
		if w := p.word(p.auxStart(a, c.i) - 2); w == "charges" || w == "of" || w == "that" || w == "allegedly" {
			return false
		}
	}
	if m := p.mannerPhraseEnd(c.j, b); m > 0 && !c.according && p.word(m) != "that" && !p.isQuote(m) && p.punct(m) != ":" && !(p.punct(m) == "," && p.isQuote(m+1)) && !p.hasQuote(a, c.i) {
		return false // "he’d respond in a quieter tone, and …": how, not what
	}
	if c.form == 4 && p.resultParticiple(a, c.i) {
		return false // "…, giving the town a boost and highlighting differences …": the writer's account of effects
	}
	if c.according {
		return e.analyzeAccording(p, a, b, c, prevEnd)
	}
	if c.passive {
		return e.analyzePassive(p, a, b, c)
	}
	if c.form == 4 {
		if comma, s, t := p.frontedParticiple(a, b, c); comma > 0 {
			// "Arguing that …, Ann Lee said …": the subject of the main
			// clause speaks.
			c.cS, c.cE = c.j, comma
			if p.word(c.cS) == "that" {
				c.cS++
			}
			c.subjS, c.subjE = s, t
			c.speaker, c.entity = e.resolveNP(p, s, t)
			return c.speaker != ""
		}
	}
	if p.word(c.j) == "by" && (c.lemma == "outline" || c.lemma == "detail") {
		return false // "as outlined by Harvard Medical School": a plan set out, no one speaking
	}
	if p.word(c.j) == "by" && c.form != 4 {
		if ok, handled := e.asReportedBy(p, a, b, c); handled {
			return ok
		}
	}
	pre := p.auxStart(a, c.i) - 1
	if q := p.asideStart(a, pre); q > 0 {
		pre = q - 1 // "Sen. Ann Lee, for example, said": past the aside
	}
	if w := p.word(pre - 1); stThenWords[p.word(pre)] && (w == "and" || w == "but" || p.punct(pre-1) == "," && p.word(pre) == "then") && pre-1 > a {
		pre-- // "… gave the county a month and then urged …": the verb is coordinated
	}
	if p.word(pre) == "as" && p.word(pre-1) == "quoted" {
		pre = p.auxStart(a, pre-1) - 1 // "X was quoted as saying"
	} else if c.form == 4 && p.word(pre) == "quoted" && stIsBe(p.word(pre-1)) {
		pre = p.auxStart(a, pre) - 1 // "X was quoted calling …"
	}
	if c.form == 4 && p.word(pre) == "as" && pre-1 > a {
		// "local papers quote Ann Lee as saying": the one quoted speaks.
		s := pre - 1
		for s > a && pre-s < 7 && p.toks[s-1].kind == stWord && p.word(s-1) != "quote" && p.word(s-1) != "quotes" && p.word(s-1) != "quoted" {
			s--
		}
		if w := p.word(s - 1); s < pre && s > a && (w == "quote" || w == "quotes" || w == "quoted") && p.validSubject(s, pre) && p.speakerLike(s, pre) {
			c.subjS, c.subjE = s, pre
			c.speaker, c.entity = e.resolveNP(p, s, pre)
			if c.speaker == "" {
				return false
			}
			if p.clauseAfter(c, b, 3) {
				return true // "… quoted the minister as saying the talks had failed"
			}
			c.after = true
			return e.contentBefore(p, a, b, c, prevEnd, p.leftNP(a, s-1), c.j)
		}
	}
	if p.word(pre) == "to" && p.promptedTo(a, pre) {
		// "… prompted Judge Lee to quip the case was a “broken record.”"
		s := pre - 1
		for s > a && !stPromptVerbs[p.word(s-1)] {
			s--
		}
		if !p.validSubject(s, pre) || !p.speakerLike(s, pre) {
			return false
		}
		c.subjS, c.subjE = s, pre
		c.speaker, c.entity = e.resolveNP(p, s, pre)
		return c.speaker != "" && !p.has(c.j, stBitPrep) && p.clauseAfter(c, b, 2)
	}
	if c.form == 4 && c.subjS < 0 && pre == c.i-1 && pre > a && stDocHeads[p.word(pre)] && !p.toks[pre].cap {
		// "it came with a letter saying that …", "posted a statement
		// saying …": the document says it.
		s := pre
		for s > a && pre-s < 5 && p.toks[s-1].kind == stWord && !p.has(s-1, stBitPrep) && !p.isCueWord(s-1) && !stIsVerbAux(p.word(s-1)) && !p.has(s-1, stBitClause) && !p.has(s, stBitDeterminer) {
			s--
		}
		if w := p.word(s - 1); p.has(s, stBitDeterminer) && s < pre && (c.lemma == "say" || c.lemma == "read" || c.lemma == "state") && !stIssueVerbs[w] && !(w == "out" && stIssueVerbs[p.word(s-2)]) && !p.isCueWord(s-1) && !((w == "on" || w == "about") && stDocHeads[p.word(s-2)]) {
			// (but "an editor's note on the story saying": the note)
			c.subjS, c.subjE = s, pre+1 // (but "issued a statement saying": the issuer speaks)
		}
	}
	nonRestrictive := false // ", who denied it,": the clause ends at a comma
	dashed := false         // the subject stands before a dashed aside
	// "said A and emphasized B", "welcomed the news but said …": the
	// subject is borrowed.
	borrowed := c.coord || p.word(pre) == "and" || p.word(pre) == "but" && pre > a && (p.toks[pre-1].kind == stWord || p.isQuote(pre-1) || (p.punct(pre-1) == "," || p.punct(pre-1) == "—" || p.punct(pre-1) == "–") && (c.form == 1 || c.form == 2))
	if !borrowed && (c.form == 1 || c.form == 2) && p.adjunctAfterConj(a, pre) {
		borrowed = true // "…, but in an interview last year argued …"
	}
	if !borrowed && p.punct(pre) == "," && c.form == 4 {
		// (But "The president, Ann Lee, is promising …": her own verb.)
		borrowed = !p.hasBeBefore(pre, c.i)
	}
	j := c.j
	if s, t := p.whichAntecedent(a, c); borrowed && s >= 0 {
		// "… from the Likud party, which tried to rally support by
		// saying …": the party speaks.
		c.subjS, c.subjE = s, t
		borrowed = false
		c.speaker, c.entity = e.resolveNP(p, s, t)
		if c.speaker == "" {
			return false
		}
	}
	if c.form == 4 && c.subjS < 0 {
		if n := p.absoluteSubject(a, c.i); n >= 0 {
			// "…, with Lee saying the talks were useful": the name before
			// the participle speaks.
			c.subjS, c.subjE = n, c.i
		}
	}
	if c.form == 4 && c.subjS < 0 {
		if s, t := p.docSender(a, c.i); s >= 0 {
			// "a letter the Sanders campaign sent the DNC on Monday
			// alleging that …": the sender speaks through the letter.
			c.subjS, c.subjE = s, t
		}
	}
	if c.form == 4 && c.subjS < 0 && p.frontedPrepAt(a, c.i) {
		// "In addition to stating that A, Clinton has vowed B": the
		// participle's subject is the main clause's.
		m := c.j
		for m < b && m < c.j+40 && p.punct(m) != "," && p.punct(m) != ";" && p.punct(m) != "." {
			m++
		}
		if p.punct(m) != "," {
			return false
		}
		ss, st := p.sentSubject(m+1, b)
		if ss != m+1 || st <= ss || !p.speakerLike(ss, st) {
			return false
		}
		c.subjS, c.subjE = ss, st
		if c.speaker, c.entity = e.resolveNP(p, ss, st); c.speaker == "" {
			return false
		}
		k := c.j
		if p.word(k) == "that" {
			k++
		} else if !p.clauseAt(k, m) && !p.isQuote(k) {
			return false // "After questioning the patient on …": no clause said
		}
		c.cS, c.cE = k, m
		return c.cE-c.cS >= 3 && (p.clauseAt(c.cS, c.cE) || p.hasVerb(c.cS+1, c.cE)) || c.cE-c.cS == 1 && p.isQuote(c.cS)
	}
	if c.subjS < 0 && !borrowed && (c.form == 1 || c.form == 2) && p.punct(pre) == "," {
		if s, t := p.prepAsideSubject(a, pre); s >= 0 {
			// "when Mrs. Clinton, in response to Mr. Trump's use of …,
			// accused him of …": the name before the aside.
			c.subjS, c.subjE = s, t
			if g := stHonorificSex(p.word(s - 1)); g != 0 {
				e.wantSex = g // (the honorific tells which Clinton)
				c.speaker, c.entity = e.resolveNP(p, s, t)
				e.wantSex = 0
			}
		}
	}
	titled := p.titleInApposition(a, pre) // the comma after a subject whose apposition holds a title, or -1
	switch {
	case c.subjS >= 0:
	case borrowed:
		if t := p.trimEnd(c.j, b); t <= c.j && !p.isQuote(c.j) {
			return false // "… with a tone alternately aggrieved and assured.": no content after a borrowed cue
		}
		if lastValid >= 0 {
			if s, t := p.contentSubject(&cues[lastValid], c); s >= 0 {
				// "Sources said relatives demonstrated …, saying their
				// children died": the participle goes with the reported
				// clause, whose subject says it.
				c.subjS, c.subjE = s, t
			} else {
				c.speaker, c.entity = cues[lastValid].speaker, cues[lastValid].entity
			}
		} else if s, t := p.clauseSubject(a, c.i); s >= 0 {
			c.subjS, c.subjE = s, t
		} else if s, t := p.mainVerbSubject(a, pre); c.form == 4 && p.punct(pre) == "," && s >= 0 {
			c.subjS, c.subjE = s, t
		} else if s, t := p.subjectAfterComma(a, pre); s >= 0 {
			// "A few weeks after the sale closed, however, Lee called
			// Moss and informed …": the subject of the verb the cue is
			// coordinated with, past the fronted phrase.
			c.subjS, c.subjE = s, t
		} else if s, t := p.sentSubject(a, b); s >= 0 && s < c.i && !e.openerOnly(p, s, t) {
			c.subjS, c.subjE = s, t
		} else {
			return false
		}
		if c.subjS >= 0 && !p.validSubject(c.subjS, c.subjE) {
			return false // "No one bothered mentioning …"
		}
	case pre < a:
		// The cue opens the sentence: "Said the minister: …" is rare;
		// an inverted subject may follow.
		if t := p.rightNP(j, b); t > j {
			c.subjS, c.subjE = j, t
			j = t
		} else {
			return false
		}
	case titled > a:
		// "Hemsley, the co-author of “Going Viral,” said": the name
		// before the apposition that holds a title.
		k := titled
		n := k
		for n > a && k-n < 4 && p.isNameWord(n-1) {
			n--
		}
		if n == k || n > a && p.toks[n-1].kind == stWord && !p.has(n-1, stBitIntro) && !(n-1 == a && p.word(a) == "as") {
			return false // (but "As Ann Lee, author of “Rules,” put it, …")
		}
		c.subjS, c.subjE = n, k
	case p.isQuote(pre) || p.punct(pre) == "," && p.isQuote(pre-1):
		if t := p.rightNP(j, b); t > j && c.flags&stCueObject == 0 {
			c.subjS, c.subjE = j, t
			if p.punct(t) == "," && (p.has(j, stBitDeterminer) && !p.hasNameWord(j, t) || p.possessiveRole(j, t)) {
				// "“…,” said the spokeswoman, Lina Park.": the name in
				// apposition to the description speaks.
				e := t + 1
				for e < b && e < t+7 && p.toks[e].kind == stWord {
					e++
				}
				if (e == p.trimEnd(t+1, b) || p.punct(e) == ",") && (e-(t+1) >= 2 && p.isNameWord(e-2) || e-(t+1) == 1 && p.givenAt(t+1)) && p.isNameWord(e-1) && p.noCue(t+1, e) {
					c.subjS, c.subjE = t+1, e
					t = e
				}
			}
			j = t
			c.after = true
		} else if n, m := p.bareRoleName(j, b); n > 0 && c.flags&stCueObject == 0 {
			// "“…,” said head coach of the men's team, Dwayne Killings."
			c.subjS, c.subjE = n, m
			j = m
			c.after = true
		} else if w := p.word(j); (w == "another" || w == "one") && p.trimEnd(j+1, b) == j+1 {
			// "“…,” said another.": someone unnamed.
			c.subjS, c.subjE = j, j+1
			j++
			c.after = true
		} else {
			return false
		}
	case p.word(pre) == "who" || (p.word(pre) == "which" || p.word(pre) == "that") && p.word(c.j) == "that" && (c.form == 1 || c.form == 2) && pre > a && strings.HasSuffix(p.word(pre-1), "s") || p.word(pre) == "which" && pre > a && (p.punct(pre-1) == "," || p.isNameWord(pre-1) && !p.toks[c.i].cap) && (c.form == 1 || c.form == 2):
		// (and "criticized newspapers that claimed that …": a group or
		// its papers)
		// "officials who accused the utility of …"
		end := pre
		if p.punct(end-1) == "," {
			end--
		}
		s := p.leftNP(a, end)
		if w := p.word(s); (w == "including" || w == "among") && s+1 < end {
			s++ // "…, including an officer who described …": one of those named
		}
		for m := end - 2; m >= s; m-- {
			if p.word(m) == "to" && m+2 < end && !p.toks[m+1].cap && !p.has(m+1, stBitDeterminer) {
				s = m + 2 // "quick to attack newspapers that claimed": the verb's object
				break
			}
		}
		for k := s; k < end-2 && end < pre; k++ {
			// "the manager believed the waitress, who said": the object
			// of the verb is who spoke.
			if w := p.word(k + 1); !p.toks[k].cap && strings.HasSuffix(p.word(k), "ed") && (w == "the" || w == "a" || w == "an") && end-(k+1) <= 4 && !p.hasAux(k+1, end) {
				s = k + 1
				break
			}
		}
		if end < pre && p.isNameWord(end-1) {
			// "she met Bo Park, who told her …": the name the clause is
			// about, though it is the object of another verb.
			n := end
			for n > a && n > end-4 && p.isNameWord(n-1) {
				n--
			}
			if w := p.word(n - 1); (w == "on" || w == "in" || w == "at" || w == "near") && !p.givenAt(n) {
				n = end // "the owner of the bakery on Main Street, who said": a place, not who
			}
			_, known := e.names[stStripPossessive(p.toks[n].low)]
			// (one capitalised plural will do as an object: "angered
			// Democrats, who said …", "criticism from Republicans, who …")
			group := end-n == 1 && strings.HasSuffix(p.toks[n].low, "s") && (p.has(n-1, stBitPrep) || strings.HasSuffix(p.word(n-1), "ed"))
			if (end-n >= 2 || end-n == 1 && (known || group)) && n > s && p.toks[n-1].kind == stWord && !p.toks[n-1].cap && !stHasOrgWord(p, n, end) {
				s = n // (a surname the article gave in full elsewhere will do)
			}
		}
		if p.word(pre) == "which" && p.isNameWord(end-1) {
			// "turned to the Chicago Police Department, which reported …":
			// the organisation.
			n := end
			for n > a && n > end-5 && p.isNameWord(n-1) {
				n--
			}
			if end-n >= 2 && n-1 > s && p.word(n-1) == "the" && stHasOrgWord(p, n, end) {
				s = n - 1
			}
		}
		for m := end - 2; m > s; m-- {
			if p.word(m) == "by" && strings.HasSuffix(p.word(m-1), "ed") || p.word(m) == "from" && stReactionNouns[p.word(m-1)] {
				s = m + 1 // "welcomed by the foreign minister, who called them …": the agent
				break     // ("criticism from rights groups, who called it …": the critics)
			}
		}
		if end < pre && p.word(pre) == "who" {
			// "backed by Dana Ford of Ohio, the top Democrat on the panel,
			// who said …": the role stands in apposition to the name.
			for k := end - 2; k > a+1 && k >= end-9; k-- {
				if p.toks[k].kind != stWord {
					if p.punct(k) == "," && k < s && p.has(k+1, stBitDeterminer) && !p.hasVerb(k+1, end) && p.speakerLike(k+1, end) {
						s = k + 1
					}
					break
				}
			}
		}
		n0 := s - 1
		if w := p.word(n0 - 1); p.punct(n0) == "," && w != "" && len(w) <= 3 && strings.Trim(w, "0123456789") == "" && p.punct(n0-2) == "," && p.isNameWord(n0-3) {
			n0 -= 2 // "Ann Lee, 32, a staff member who said": past the age
		}
		if n := n0; (end == pre || p.word(pre) == "which" || p.word(pre) == "who") && s < end && n > a+1 && p.punct(n) == "," && p.has(s, stBitDeterminer) && p.isNameWord(n-1) && p.speakerLike(s, end) {
			// "an essay by Tom Hale, a retired judge who argues …": a
			// role in apposition to a name; the name speaks, and the
			// clause ends at its comma. (And "Chile and Peru, the two
			// biggest producers, which together vowed …".)
			m := n - 1
			for m > a && m > n-5 && p.isNameWord(m-1) {
				m--
			}
			if p.word(pre) == "who" && n-m <= 2 && p.word(m-1) == "of" && p.isNameWord(m-2) {
				// "Sen. Dana Ford of Ohio, the …": the name before its state
				n = m - 1
				for m = n - 1; m > a && m > n-5 && p.isNameWord(m-1); m-- {
				}
			}
			if p.word(pre) == "which" && p.word(m-1) == "the" && p.word(m-2) == "and" {
				m-- // "China and the United States"
			}
			if p.word(pre) == "which" && m-2 > a && p.word(m-1) == "and" && p.isNameWord(m-2) {
				m -= 2
				for m > a && m > n-9 && p.isNameWord(m-1) {
					m--
				}
			}
			if (n-m >= 2 || p.word(pre) == "which" && n-m >= 1 && p.toks[m].cap && !p.has(m, stBitCommonCap)) && p.validSubject(m, n) {
				nonRestrictive, c.clauseEnd = true, true
				c.subjS, c.subjE = m, n
				break
			}
		}
		if end < pre {
			// "The letter was sent to the mayor, who said …", "Lee met with
			// two of the organizers, who said …": the clause is about the
			// noun phrase after the last verb or preposition (but "of"
			// stays inside it).
			for m := end - 1; m > s && m > end-8; m-- {
				w := p.word(m)
				cut := stRelCutPreps[w] || !p.toks[m].cap && (p.pastAt(m) || stIrregularPast[w] || stIsVerbAux(w))
				if x := p.word(m + 1); cut && m+1 < end && (stDeterminers[x] || stQuantifiers[x] || stPossessives[x] || p.isNameWord(m+1)) {
					s = m + 1
					break
				}
			}
		}
		if end == pre && (c.form == 0 || (c.form == 2 || c.form == 3) && c.i-1 == pre+1 && (p.word(c.i-1) == "have" || p.word(c.i-1) == "has")) && p.word(pre) == "who" && !stPollHeads[p.word(end-1)] {
			// "echoing security experts who say …", "… who have
			// suggested …": a group named as the object of another verb,
			// by the present (or present perfect) tense of what they hold
			// (not "won voters who said …", a poll's finding).
			for m := end - 2; m >= s; m-- {
				if w := p.word(m); !p.toks[m].cap && (p.pastAt(m) || stIrregularPast[w] || stPastVerbs[w] || strings.HasSuffix(w, "ing") && len(w) > 4) {
					s = m + 1
					break
				}
			}
		}
		limit := 5
		if end < pre {
			limit = 7 // (a longer phrase needs the comma)
		}
		if s >= end || end-s > limit || !p.validSubject(s, end) || !p.speakerLike(s, end) && !(p.has(s, stBitDeterminer) && end-s <= 3 && !p.toks[end-1].cap) {
			return false // ("who" tells a person: "the waitress, who said")
		}
		for k := s; k < end; k++ {
			if !p.toks[k].cap && strings.HasSuffix(p.word(k), "ed") {
				// "the manager believed the waitress, who said": the
				// object of the verb is who spoke.
				return false
			}
		}
		nonRestrictive = end < pre && (p.isNameWord(end-1) || p.speakerLike(s, end)) // ("The source, who said …, told")
		c.clauseEnd = nonRestrictive
		if (s == a || p.toks[s-1].kind != stWord) && !nonRestrictive {
			// "Voters who said they were undecided outnumbered …": a
			// clause that picks out the subject, not a statement.
			return false
		}
		for k := s; k < end; k++ {
			if nonRestrictive && p.word(k) == "of" && !stShareNouns[p.word(k-1)] && !stBadSubjects[p.word(k-1)] && p.word(k-1) != "number" {
				continue // "several members of the city council, who said …": the members
			}
			if p.has(k, stBitPrep) || stQuantifiers[p.word(k)] && !(k > s && p.word(k-1) == "the") && !nonRestrictive && !(k == s && end-s >= 2 && p.word(k+1) != "of" && !stQuantifiers[p.word(k+1)]) {
				return false // "the number of people who said": a count (but "the two producers, which vowed", "some experts who say")
			}
		}
		if stBadSubjects[p.word(p.headOf(s, end))] {
			return false // "the number who said"
		}
		c.subjS, c.subjE = s, end
	case p.punct(pre) == "," && p.partyTagComma(a, pre) > a:
		// "A spokesperson for Sen. Kamala Harris, D-California, said": the
		// party and state belong to the name before them.
		tc := p.partyTagComma(a, pre)
		s := p.leftNP(a, tc)
		if s >= tc || !p.validSubject(s, tc) || !p.speakerLike(s, tc) {
			return false
		}
		c.subjS, c.subjE = s, tc
	case p.punct(pre) == ",":
		// ", say economists," inside the clause it attributes: a
		// parenthetical with an inverted subject.
		paren := func(t int) bool {
			if t+1 >= b || p.punct(t) != "," || t-j > 4 || !p.speakerLike(j, t) || p.trimEnd(t+1, b)-(t+1) < 2 || p.isQuote(t+1) || p.toks[a].kind != stWord {
				return false
			}
			if p.resumesAt(t+1) || pre-a <= 2 && p.ownClauseAt(t+1) {
				return true // (also "Currently, said Lee, there are …": a clause after an adverb)
			}
			// "This system, says Ann Lee, an immunologist at the
			// University of California, San Francisco, helps …": an
			// apposition before the verb resumes.
			if w := p.word(t + 1); (w != "a" && w != "an" && w != "the") || !p.isNameWord(t-1) {
				return false
			}
			for m := t + 3; m < b && m < t+25; m++ {
				if p.isQuote(m) || p.punct(m) == "." || p.punct(m) == ";" {
					return false
				}
				if _, cue := stTheLexicon.cues[p.word(m)]; cue && !p.toks[m].cap {
					return false
				}
				if p.punct(m) == "," && (p.resumesAt(m+1) || pre-a <= 2 && p.ownClauseAt(m+1)) && !p.isNameWord(m+1) && p.trimEnd(m+1, b)-(m+1) >= 2 {
					return true
				}
			}
			return false
		}
		t := p.rightNP(j, b)
		if t == j && j+1 < b && p.toks[j].kind == stWord && !p.toks[j].cap && p.speakerLike(j, j+1) && (paren(j+1) || p.trimEnd(j+1, b) == j+1) {
			t = j + 1 // ", say economists," and "…, say officials."
		}
		isParen := t > j && paren(t)
		if stObjectVerbs[c.lemma] || c.flags&stCueAs != 0 {
			t = j // "…, condemned Wednesday's attack": an object, never an inverted subject
		}
		if t > j && t < b && p.possessiveEnd(t) {
			t = j // "…, said Jones' “steady hand …”": a possessive opens the content
		}
		if t > j && c.form != 4 && c.flags&stCueObject == 0 && p.word(j) != "that" && ((p.clauseBefore(a, pre) || p.shortClause(a, pre)) && !p.verbIn(j+1, p.npEnd(t)) && (p.hasNameWord(j, t) || p.speakerLike(j, t)) || (p.isNameWord(j) && !stTimeWords[p.word(j)] || p.roleName(j, t)) && pre-a >= 3 && (t >= b || p.toks[t].kind == stPunct) || isParen) {
			c.subjS, c.subjE = j, t
			j = t
			c.after = true
			if isParen {
				break
			}
			// Skip an apposition of the inverted subject; when the subject
			// is only a description ("said another witness, former adviser
			// Ann Lee"), the name in the apposition is the speaker.
			pp := j // past a short modifier: "another witness in the inquiry,"
			for pp < b && pp < j+5 && p.toks[pp].kind == stWord && (pp > j || p.has(pp, stBitPrep)) {
				pp++
			}
			if p.punct(pp) == "," && !p.hasNameWord(c.subjS, c.subjE) {
				if e := p.trimEnd(pp+1, b); e-(pp+1) >= 2 && e-(pp+1) <= 10 && p.isNameWord(e-1) && p.isNameWord(e-2) && p.noCue(pp+1, e) {
					c.subjS, c.subjE = pp+1, e
					j = b
				} else if n := p.nameRunEnd(pp+1, b); n-(pp+1) >= 2 && n-(pp+1) <= 4 && p.punct(n) == "," && p.givenAt(pp+1) {
					c.subjS, c.subjE = pp+1, n // "…, said the bureau's director, James B. Comey, on Monday."
					j = b
				}
			}
			if p.punct(j) == "," {
				j = b
			}
		} else if s, t, to := p.appositiveSubject(a, pre); s >= 0 {
			c.subjS, c.subjE = s, t
			if to != "" {
				c.to = to
			}
		} else if s, t := p.sentSubject(a, b); s >= 0 && t < pre && p.punct(t) == "," && p.word(t+1) != "who" && p.validSubject(s, t) && p.speakerLike(s, t) && p.hasBeBefore(pre, c.i) {
			// "A group of doctors, alarmed that …, is urging": the subject
			// before a long aside.
			c.subjS, c.subjE = s, t
		} else {
			return false
		}
	case p.dashAt(pre):
		// "The Authority — which rejects the US as a mediator — called
		// for …": the subject stands before the dashed aside (which may
		// hold a short quotation: "– dubbed 'Professor Lockdown' –").
		dash := p.punct(pre)
		d := pre - 1
		for d > a && p.punct(d) != dash && !(p.isQuote(d) && p.quotes[p.toks[d].q].words > 8) && pre-d < 40 {
			d--
		}
		if d <= a || p.punct(d) != dash || pre-d < 3 {
			return false
		}
		if p.namesOnly(d+1, pre) {
			// "Two neighbours — Egypt and Jordan — criticised the plan":
			// the names in the aside are the speakers.
			c.subjS, c.subjE = d+1, pre
			dashed = true
			break
		}
		s := p.leftNP(a, d)
		if s >= d || !p.validSubject(s, d) || !p.speakerLike(s, d) {
			return false
		}
		c.subjS, c.subjE = s, d
		dashed = true
	case p.punct(pre) == ")" && pre > a:
		// "Rep. Ann Lee (D-Ohio) said": the subject stands before its
		// parenthesis.
		o := pre - 1
		for o > a && pre-o < 8 && p.punct(o) != "(" {
			o--
		}
		if p.punct(o) != "(" || o <= a || p.toks[o-1].kind != stWord {
			return false
		}
		s := p.leftNP(a, o)
		if s >= o || !p.validSubject(s, o) || !p.speakerLike(s, o) {
			return false
		}
		c.subjS, c.subjE = s, o
	case p.toks[pre].kind == stWord && p.has(pre, stBitSubjectPronoun) && !p.has(pre-1, stBitDeterminer):
		c.subjS, c.subjE = pre, pre+1
	case p.toks[pre].kind == stWord && stQuantSubjects[p.word(pre)] && (pre == a || p.toks[pre-1].kind != stWord || p.has(pre-1, stBitIntro)):
		// "Some said …": part of the group the sentence before named.
		if e.plural == "" || e.sentNo-e.pluralAt > 2 || p.word(pre) == "others" {
			// ("Others reported …" are not the group just named.)
			// "But others said they were more interested", "Some called
			// for her to resign": unnamed people.
			if w := p.word(pre); w != "others" && w != "some" && w != "many" {
				return false
			}
			c.subjS, c.subjE = pre, pre+1
			c.speaker, c.entity = p.span(pre, pre+1), e.addEntity(p.span(pre, pre+1), stEntGroup, "others", true)
			break
		}
		c.speaker, c.entity = e.plural, e.addEntity(e.plural, stEntGroup, "", true)
	case p.toks[pre].kind == stWord && (p.word(pre) == "one" || p.word(pre) == "another") && (pre == a || p.toks[pre-1].kind != stWord || p.has(pre-1, stBitIntro)):
		// "Residents were angry. One said …": one of the group just
		// named ("One resident"); with no group, no one.
		one := ""
		if e.plural != "" && e.sentNo-e.pluralAt <= 2 {
			one = stSingular(stLastWord(e.plural))
		}
		if one == "" && (p.isQuote(pre-1) || p.punct(pre-1) == "," && p.isQuote(pre-2) || pre == a && (p.isQuote(c.j) || p.punct(c.j) == "," && p.isQuote(c.j+1))) {
			// "“…,” one said.", "Another tweeted, “…”": someone unnamed
			// said the quotation.
			name := strings.ToLower(p.span(pre, pre+1))
			c.subjS, c.subjE = pre, pre+1
			c.speaker, c.entity = name, e.addEntity(name, stEntPerson, "", true)
			break
		}
		if one == "" {
			return false
		}
		name := p.span(pre, pre+1) + " " + strings.ToLower(one)
		c.speaker, c.entity = name, e.addEntity(name, stEntPerson, strings.ToLower(one), true)
	case p.toks[pre].kind == stWord:
		s := p.leftNP(a, pre+1)
		t := pre + 1
		if s-1 > a && p.cityState(s-1) && p.placeAt(s, t) {
			// "Stacy Baker of Columbia, South Carolina says": the state
			// ends the phrase of the person before it.
			if n := p.leftNP(a, s-1); n < s-1 && p.isNameWord(n) {
				s = n
			}
		}
		if c.absolute && p.word(s) == "with" {
			s++ // ", with Ann Lee warning": Lee is the subject
		}
		for k := t - 2; k > s; k-- {
			if p.isQuote(k) && p.quoteEndsComma(k) {
				if p.isNameWord(t-1) && p.hasNameWords(t-1, t) && p.speakerLike(k+1, t) {
					s = k + 1 // "Despite his “brash persona,” his lawyer Ann Lee wrote, …": the comma in the marks ends the phrase before the subject
				}
				break
			}
		}
		if d := p.apposStartBack(a, s); p.nameBeforeApposition(a, d) >= 0 {
			// "“…,” Ann Lee, an analyst at Acme told the Ledger": the
			// closing comma of the apposition is missing (and "…, an
			// analyst at the Council on Energy, Environment and Water
			// think tank told CBS": commas inside the description).
			s, t = p.nameBeforeApposition(a, d), d-1
		} else if n := p.relativeSubject(a, s, t); n >= 0 {
			s = n // "An official who spoke on condition of anonymity said"
		}
		if w := p.word(s); (w == "writing" || w == "speaking" || w == "talking" || w == "posting") && p.has(s+1, stBitPrep) {
			// "Writing in The Mirror Linda said": the person starts at the
			// given name after the outlet the comma should have closed.
			for k := s + 3; k < t && k < s+8; k++ {
				if p.isNameWord(k) && p.givenAt(k) {
					s = k
					break
				}
			}
		}
		if p.has(s, stBitPrep) && p.toks[s].cap && t-s >= 4 && t-s <= 18 && p.isNameWord(t-1) {
			// "In a Bloomberg interview Trump declared": the fronted
			// phrase wants a comma; the name after it is the subject.
			k := t - 1
			for k > s+2 && p.isNameWord(k-1) {
				k--
			}
			if k > s+2 && !p.toks[k-1].cap && p.toks[k-1].kind == stWord && !p.has(k-1, stBitPrep) && !p.has(k-1, stBitDeterminer) && t-s <= 10 {
				s = k
			} else if full, ok := e.names[p.toks[t-1].low]; ok && t-k >= 2 && strings.Contains(full, " ") && !strings.HasSuffix(p.toks[t-2].low, "'s") {
				// "In a meeting with the editorial board of the Washington
				// Post Trump said": the known surname after the outlet.
				s = t - 1
				if p.givenAt(t - 2) {
					s = t - 2
				}
			}
		}
		for k := s + 1; k < t; k++ {
			if w := p.word(s); p.word(k) == "who" && p.isNameWord(k-1) && !(k == s+2 && (w == "a" || w == "an" || w == "another")) {
				t = k // "Boxer Ann Lee who joined the protest said": the name, not its clause (but "Another Muslim who worshiped here" is a description)
				break
			}
		}
		// "Mark Esper on Wednesday accused": drop the time.
		if t-s > 2 && stTimeWords[p.word(t-1)] && (p.word(t-2) == "on" || p.word(t-2) == "last" || p.word(t-2) == "this" || p.word(t-2) == "late" || p.word(t-2) == "early" || p.word(t-2) == "later" && !p.toks[t-2].cap) { // (and "Priebus later Thursday told …")
			t -= 2
			if w := p.word(t - 1); t-s > 1 && (w == "just" || w == "only" || w == "earlier" || w == "also") {
				t-- // "Wells Fargo just this month announced"
			}
		}
		if t-s > 3 && p.word(t-1) == "time" && (p.word(t-2) == "the" || p.word(t-2) == "that") && p.word(t-3) == "at" {
			t -= 3 // "Obama at the time called …"
		}
		if n := p.personThenAdjunct(e, s, t); n > s {
			t = n // "Clinton in her speech called for …", "Obama in Ohio said …"
		}
		if !p.validSubject(s, t) || s > a && stIsVerbAux(p.word(s-1)) && !p.toks[s].cap {
			return false // (nor "who has sold a company will tell": an object)
		}
		c.subjS, c.subjE = s, t
		// "X was quoted as saying": drop "was quoted as".
	default:
		return false
	}
	if c.subjS >= 0 {
		if c.subjS < prevEnd && !c.after {
			return false
		}
		if !p.hasLetterWord(c.subjS, c.subjE) {
			return false
		}
		if s0 := p.coordinatedSubject(a, c.subjS, c.subjE); s0 >= prevEnd && !c.after {
			c.subjS = s0 // "While the watchdog and local officials say …": both speak
		} else if s0 := p.nameListStart(a, c.subjS, c.subjE); s0 < c.subjS && s0 >= prevEnd && !c.after {
			c.subjS = s0 // "Jeff Marsh (D-Ore.), Sam Brown and Rob Mendez said": all of them
		} else if n := p.contactClauseName(c.subjS, c.subjE); n > 0 && !c.after {
			c.subjS = n // "-- a metal Acme says it needs …": the name speaks
		}
		r := c.subjS - 2
		for r > a && r > c.subjS-6 && p.toks[r].kind == stWord && !(p.word(r) == "that" || p.word(r) == "which" || p.word(r) == "who") {
			r-- // ("that represents more than 155,000 Realtors")
		}
		if !c.after && r > a && (p.word(r) == "that" || p.word(r) == "which" || p.word(r) == "who") && p.resumesAt(r+1) && p.toks[c.subjS-1].kind == stWord && !p.has(c.subjS, stBitSubjectPronoun) {
			// "The group that represents 155,000 Realtors said": the
			// subject is the group, not the object of its relative clause.
			if s := p.leftNP(a, r); s < r && r-s <= 5 && p.validSubject(s, r) && p.speakerLike(s, r) {
				c.subjS, c.subjE = s, r
			}
		}
		// "Joost van Hoof of the Fontys University writes": the person is
		// the entity (a later "he" finds him) and the speaker; the
		// affiliation stays only when what comes before it is no full
		// name ("U.S. Attorney for the District of …").
		full := c.subjE
		c.subjE = e.personOfOrg(p, c.subjS, c.subjE)
		c.speaker, c.entity = e.resolveNP(p, c.subjS, c.subjE)
		if c.speaker == "" {
			return false
		}
		if c.subjE < full {
			if e.fullPersonName(c.entity, c.speaker) {
				if e.affil == nil {
					e.affil = map[int]string{}
				}
				e.affil[c.entity] = p.span(c.subjE, full)
			} else {
				c.speaker += " " + p.span(c.subjE, full)
			}
			c.subjE = full
		}
	}
	if c.lemma == "tell" && !c.after && (p.has(j, stBitDeterminer) || stPossessives[p.word(j)]) && (p.word(j+1) == "story" || p.word(j+1) == "stories" || p.word(j+1) == "tale" || p.word(j+1) == "tales") {
		return false // "It told the story of tomato pickers": a narrative, no one addressed and nothing stated
	}
	// The addressee of "told".
	programme := false // a programme's title in quotation marks ended the addressee
	if c.flags&stCueObject != 0 && !(p.word(j) == "to" && p.word(j+1) == "say") {
		k := j
		if p.has(k, stBitDeterminer) {
			k++
		}
		sawCap := false
		for k < b && k-j < 5 && (p.toks[k].kind == stWord || k > j && p.isQuote(k) && p.quotes[p.toks[k].q].words <= 5 && (strings.HasSuffix(p.toks[k-1].low, "'s") || stShowNouns[p.word(k-1)])) {
			if p.isQuote(k) {
				k++ // "told NBC's “Meet the Press” that": the programme
				break
			}
			w := p.word(k)
			if p.isNameWord(k) && p.punct(k+1) == "!" && p.toks[k+1].s == p.toks[k].e && stBrandSuffixes[p.word(k+2)] {
				k += 3 // "told Yahoo! News": the brand's "!" is part of its name
				continue
			}
			if w == "the" && sawCap && stProgrammeVerbs[p.word(k-1)] && p.toks[k-1].cap && p.isNameWord(k+1) {
				k += 2 // "told CBS' Face the Nation on Sunday": a programme's title
				continue
			}
			if w == "that" || stPrepWords[w] || stSubjectPronouns[w] || stIsVerbAux(w) || stClauseWords[w] || stTimeWords[w] && k > j && !(p.toks[k].cap && (p.isNameWord(k-1) || p.has(k-1, stBitDeterminer)) && p.isNameWord(k+1)) || k > j && stDeterminers[w] {
				// ("NPR's Morning Edition" and "the Evening Standard" are
				// names, though "morning" is a time)
				break // ("told the inquest the fall was …": a new noun phrase)
			}
			if p.isNameWord(k) {
				sawCap = true
			} else if sawCap && stStationWords[w] && p.isNameWord(k+1) {
				// "told ABC station WABC-TV", "told CNN affiliate WUSA":
				// the network and its station are one addressee.
			} else if sawCap && len(w) <= 3 && w[0] >= '0' && w[0] <= '9' && p.isNameWord(k-1) && (k+1 >= b || p.toks[k+1].kind == stPunct || p.has(k+1, stBitPrep) || p.word(k+1) == "that") {
				// "told Fox 35 in Orlando", "told Channel 4 that": a
				// station's number is part of its name.
			} else if sawCap || !p.has(j, stBitDeterminer) || k-j > 2 {
				break
			}
			k++
		}
		if sawCap && k < b && p.has(j, stBitDeterminer) && !p.toks[k].cap && (stGatheringWords[p.word(k)] || p.word(k) == "committee" || p.word(k) == "subcommittee") {
			k++ // "told a Senate panel", "told a House committee": the body, named by its chamber
		}
		if !sawCap && k > j && p.has(j, stBitDeterminer) {
			// "told a joint news conference with …": a gathering is the
			// addressee, however many words describe it.
			for m := k; m < b && m < j+6 && p.toks[m].kind == stWord && !p.toks[m].cap; m++ {
				w := p.word(m)
				if stGatheringWords[w] {
					k = m + 1
					break
				}
				if w == "that" || stPrepWords[w] || stSubjectPronouns[w] || stIsVerbAux(w) || stClauseWords[w] || stDeterminers[w] {
					break
				}
			}
		}
		if k == j {
			switch w := p.word(j); {
			case (w == "local" || w == "state" || w == "foreign" || w == "national" || w == "international" || w == "western" || w == "chinese" || w == "russian") && (p.word(j+1) == "media" || p.word(j+1) == "reporters" || p.word(j+1) == "journalists" || p.word(j+1) == "television" || p.word(j+1) == "tv" || p.word(j+1) == "radio"):
				k = j + 2 // "told local media the fire was under control"
			case w == "him" || w == "her" || w == "them" || w == "me" || w == "us" || w == "you" || stGroupWords[w] || stAudienceWords[w]:
				k = j + 1
			case w != "" && !stDeterminers[w] && (p.word(j+1) == "that" || p.punct(j+1) == ":" || p.punct(j+1) == "," || p.isQuote(j+1)):
				k = j + 1 // "told investors that"
			}
		}
		if k == j && (c.subjS > a && (p.isQuote(c.subjS-1) || p.punct(c.subjS-1) == "," && p.isQuote(c.subjS-2)) || c.after) {
			// "“…,” he told party leaders.": after its quotation, the
			// words up to the end are the addressee.
			m := j
			for m < b && m < j+5 && p.toks[m].kind == stWord && !p.has(m, stBitPrep) && !p.has(m, stBitClause) && !stTimeWords[p.word(m)] {
				m++
			}
			if m > j && (m >= b || p.toks[m].kind == stPunct || p.has(m, stBitPrep) || stTimeWords[p.word(m)]) {
				k = m
			}
			if m == j && j < b && p.toks[j].cap && stTimeWords[p.word(j)] && (j+1 >= b || p.punct(j+1) == ".") {
				k = j + 1 // "“…,” he told Today.": a programme, not a time
			}
			if m == j && p.isQuote(j) && p.quotes[p.toks[j].q].words <= 5 && unicode.IsUpper(stRuneAfter(p.text, p.quotes[p.toks[j].q].inS)) && (j+1 >= b || p.punct(j+1) == "," || p.punct(j+1) == "." || p.quoteEndsComma(j)) {
				k = j + 1 // "“…,” Lee told “Good Morning America,” adding …": a programme
				programme = true
			}
		}
		if (k == j || k > j+1 && p.has(k, stBitPrep) && p.word(k) != "that") && !c.after {
			// "told visiting trade officials they would need …": the
			// addressee ends where a pronoun subject and its verb begin.
			for m := j + 1; m < b && m < j+14 && p.toks[m].kind == stWord; m++ { // ("told a webinar hosted by the University of Melbourne on Wednesday he would …")
				if w := p.word(m); stSubjectPronouns[w] && w != "it" && stIsVerbAux(p.word(m+1)) {
					k = m
					break
				}
				if p.has(m, stBitClause) || stIsVerbAux(p.word(m)) {
					break
				}
			}
		}
		if p.word(k) != "that" && !c.after {
			// "told cheering teachers who filled the lawn that …"
			for m := j; m < b && m < j+12; m++ {
				if p.toks[m].kind != stWord || m == k && m > j && p.has(m, stBitPrep) && !stTimeWords[p.word(m)] && p.word(m) != "of" && p.isNameWord(m-1) {
					break // (but "told Reuters in a story that posted …": a name takes no such clause)
				}
				if w := p.word(m + 1); p.word(m) == "that" && m > j && !p.has(m-1, stBitClause) && !stIsVerbAux(w) && !(stAuxWords[w] || strings.HasSuffix(w, "ed") && !p.toks[m+1].cap) {
					k = m
					break
				}
			}
		}
		if k > j && (c.after || c.subjS > a && (p.isQuote(c.subjS-1) || p.punct(c.subjS-1) == "," && p.isQuote(c.subjS-2))) {
			// "“…,” Ann Lee told CNN affiliate WUSA.": after its quotation,
			// a few words to the end are all the addressee.
			e := p.trimEnd(k, b)
			te := e // "… told the Times editorial board last week.": the time ends it
			for te > k && (stTimeWords[p.word(te-1)] || p.word(te-1) == "on") {
				te--
			}
			if te > k && te-j <= 6 {
				all := true
				for m := k; m < te; m++ {
					if p.toks[m].kind != stWord || p.has(m, stBitPrep) || p.has(m, stBitClause) || stTimeWords[p.word(m)] {
						all = false
					}
				}
				if all {
					k = e
				}
			}
		}
		if k > j {
			// "told reporters this week that": the time is no addressee.
			toE := k
			for toE > j+1 && (stTimeWords[p.word(toE-1)] && !(p.toks[toE-1].cap && p.isNameWord(toE-2) && p.word(toE-2) != "on") || p.word(toE-1) == "on" && !p.toks[toE-1].cap) {
				toE--
			}
			toE = p.cutMedium(j, toE) // "told staff in an email that": the email is no addressee
			c.to = p.span(j, toE)
			if c.to == "me" || c.to == "us" || c.to == "you" {
				c.to = "" // the writer is no addressee worth naming
			}
			if p.word(k) == "to" && !c.after && (p.word(k+1) != "" || p.isQuote(k+1)) {
				// A request: the content holds the addressee ("told them to
				// wait").
				c.cS, c.cE = j, p.trimEnd(j, b)
				for m := k + 2; m+1 < c.cE; m++ {
					if p.word(m) == "and" && strings.HasSuffix(p.word(m+1), "ing") {
						c.cE = m // "… to “stop” and threatening to …": another act
						break
					}
				}
				return true
			}
			j = k
		} else if c.lemma == "tell" && p.word(j) != "how" {
			return false // (but "has told how …" needs no addressee)
		}
	}
	if c.flags&stCueAsk != 0 && c.subjS >= a && c.subjS > 0 && (p.isQuote(c.subjS-1) || c.subjS > 1 && p.punct(c.subjS-1) == "," && p.isQuote(c.subjS-2)) {
		// "“Is it true?” Todd asked the mayor.": after its question, a
		// few words to the end are whom he asked.
		if e, w := p.trimEnd(j, b), p.word(j); e > j && e-j <= 5 && (stDeterminers[w] || stPossessives[w] || stObjectPronouns[w] || stAudienceWords[w] || p.isNameWord(j)) && p.allWords(j, e) && !p.hasWord(j, e, "to", "that", "if", "whether", "about", "for", "on", "in") {
			c.to = p.span(j, e)
			j = e
		}
	}
	if programme {
		c.after = true // (the quotation before the speaker is what was said)
		q := p.quotes[p.toks[j-1].q]
		c.to = strings.TrimRight(p.text[q.inS:q.inE], ".")
		return e.contentBefore(p, a, b, c, prevEnd, c.subjS, j)
	}
	if c.after {
		return e.contentBefore(p, a, b, c, prevEnd, c.i, j)
	}
	// Content after the cue, past adverbs and a time ("on Monday").
	k := j
	for k < b && p.toks[k].kind == stWord {
		if n := p.dateEnd(k); n > k && !stIsVerbAux(p.word(n)) && !p.pastAt(n) {
			k = n // "said Dec. 6 on CNN" (but "said May 5 was the deadline")
			continue
		}
		if !(stAdverbLy(p.toks[k].low) && !p.toks[k].cap || stAfterCueAdverbs[p.toks[k].low] || stTimeWords[p.word(k)] && (p.word(k) != "this" || stTimeWords[p.word(k+1)]) || (p.word(k) == "late" || p.word(k) == "early") && stTimeWords[p.word(k+1)]) {
			break
		}
		k++
	}
	if p.punct(k) == "," {
		// "He claims, somewhat sheepishly, that …": an adverb aside.
		m := k + 1
		for m < b && m < k+4 && p.toks[m].kind == stWord && !p.toks[m].cap && (stAdverbLy(p.word(m)) || stDegreeWords[p.word(m)]) {
			m++
		}
		if m > k+1 && stAdverbLy(p.word(m-1)) && p.punct(m) == "," && (p.word(m+1) == "that" || p.isQuote(m+1)) {
			k = m + 1
		} else if w := p.word(k + 1); (w == "however" || w == "though" || w == "too" || w == "meanwhile" || w == "moreover") && p.punct(k+2) == "," && k+3 < b && (p.word(k+3) == "that" || p.isQuote(k+3) || p.subjectThenAux(k+3, b) || p.subjectThenPast(k+3, b) || p.clauseAt(k+3, b) || p.toks[k+3].kind == stWord && !p.toks[k+3].cap && stIsVerbAux(p.word(k+4))) {
			k += 3 // "Neighbors say, however, police had been there"
		}
	}
	if p.word(k) == "to" && p.word(k+1) == "say" && k+3 < b && p.toks[k+2].kind == stWord && c.form != 4 {
		// "texted to say they were there": what the message said is the
		// clause after "say".
		k += 2
		if p.word(k) == "that" {
			k++
		}
		c.cS, c.cE = k, p.trimEnd(k, b)
		return c.cE-c.cS >= 3 && p.clauseAt(c.cS, c.cE)
	}
	// "As Ann Lee reports for the Ledger, CLAUSE."
	if p.asAttribution(a, b, c, k) {
		// "As Mashable reports, the company announced that …": the
		// outlet relays; the speech in the clause is the statement.
		return !e.mainClauseSpeech(p, c.cS, c.cE)
	}
	num := func(m int) bool { w := p.word(m); return w != "" && (w[0] >= '0' && w[0] <= '9' || w[0] == '$') }
	atLeast := p.word(k) == "at" && (p.word(k+1) == "least" || p.word(k+1) == "most") ||
		(p.word(k) == "over" || p.word(k) == "about" || p.word(k) == "around" || p.word(k) == "under") && num(k+1) && c.flags&(stCueNeedThat|stCueWeak) == 0 && !stNounForms[p.word(c.i)] || // "says over 130 titles are …"
		p.word(k) == "to" && (c.lemma == "vow" || c.lemma == "promise" || c.lemma == "pledge" || c.lemma == "threaten") && !p.has(k+1, stBitDeterminer) && !stPossessives[p.word(k+1)] && !p.isNameWord(k+1) || // (but "pledged to the trust that …" names an addressee)
		p.claimTo(c, k) || // "claimed to have voted twice
		p.aboutHow(c, k) || // "boasted about how “nice” it is"
		p.word(k) == "of" && (c.lemma == "complain" || c.lemma == "warn" || c.lemma == "speak" || c.lemma == "boast") ||
		(p.word(k) == "after" || p.word(k) == "before" || p.word(k) == "until") && stFinalCues[c.lemma] && c.form == 2 && p.timeClause(k+1, b) || // "said shortly after the crew left, someone …"
		p.word(k) == "to" && c.lemma == "appeal" || // "appealed to the public to stay away"
		p.word(k) == "to" && c.lemma == "ask" && c.form == 2 && k+1 < b && p.toks[k+1].kind == stWord && !p.toks[k+1].cap && !p.has(k+1, stBitDeterminer) && !stIsBe(p.word(c.i-1)) && p.word(c.i-1) != "been" || // "members asked to get the papers" (but "was asked to leave")
		p.word(k) == "against" && (c.lemma == "warn" || c.lemma == "caution" || c.lemma == "argue" && c.form >= 1 && c.form <= 3)
	// "“I'm not,” Lee said as he fixed the pipe.": the clause after the
	// cue is the setting; the quotation is the content.
	if (p.punct(k) == "..." || p.punct(k) == "\u2026") && k+1 < b && p.toks[k+1].kind == stWord && !c.after {
		k++ // "sources tell TMZ ... the dress was taken"
	}
	// ("“…?” Trump said, which drew replies": a relative clause about the saying.)
	quoteThenSub := (p.has(k, stBitSubordinator) || p.word(k) == "which") && c.subjS > a && (p.isQuote(c.subjS-1) || p.punct(c.subjS-1) == "," && p.isQuote(c.subjS-2))
	relay := p.word(k) == "according" && p.word(k+1) == "to" || p.word(k) == "per" && k+1 < b && p.isNameWord(k+1)
	// "admitted to having an affair", "admitted to the flawed design":
	// what was owned up to (but "admitted to hospital", "admitted to
	// reporters that …").
	admitTo := (c.lemma == "admit" || c.lemma == "confess") && p.word(k) == "to" && k+1 < b && (strings.HasSuffix(p.word(k+1), "ing") && len(p.word(k+1)) > 5 || (p.has(k+1, stBitDeterminer) || stPossessives[p.word(k+1)]) && !p.hasWord(k+1, min(b, k+6), "that")) && !p.hasWord(k+1, min(b, k+4), "hospital", "hospitals", "intensive", "icu", "clinic", "university", "college", "school", "bar")
	pleadWith := c.lemma == "plead" && p.word(k) == "with" && !c.after
	switch {
	case pleadWith:
		// "pleaded with the agency to reconsider its decision": a
		// request, like "urged" (but "pleaded guilty" is none).
		for m := k + 2; m < b && m < k+8; m++ {
			if p.word(m) == "to" && m+1 < b && p.toks[m+1].kind == stWord && !p.toks[m+1].cap {
				c.to, c.cS, c.cE = p.span(k+1, m), k+1, p.trimEnd(k+1, b)
				return true
			}
			if p.toks[m].kind != stWord {
				break
			}
		}
		return false
	case admitTo:
		c.cS, c.cE = k+1, p.trimEnd(k+1, b)
		for m := k + 2; m+1 < c.cE && m < k+30; m++ {
			if w := p.word(m + 1); p.word(m) == "and" && (!p.toks[m+1].cap && (stPastVerbs[w] || stIrregularPast[w] || strings.HasSuffix(w, "ed") && len(w) > 4) || (stDeterminers[w] || stSubjectPronouns[w]) && p.pastWithin(m+2, min(c.cE, m+6))) {
				c.cE = m // "admitted to the flaw and launched a repair program", "… and the jury took …": the next act
				break
			}
		}
		return c.cE > c.cS
	case k >= b || p.punct(k) == "." || p.punct(k) == "!" || p.punct(k) == "?" || p.punct(k) == ";" && c.subjS > a+2 && p.punct(c.subjS-1) == "," || p.has(k, stBitPrep) && !atLeast || p.forDuration(k) || p.punct(k) == "," && !p.isQuote(k+1), quoteThenSub, relay:
		// An adjunct ("said in a statement that …") or the end: the content
		// follows a later "that", or came before the attribution.
		lim := k + 14
		if p.punct(k) == "," && p.word(k+1) == "as" {
			lim = k + 24 // "repeated, as he did in an interview two weeks ago with the Post, that …"
		}
		for m := k; m < b && m < lim; m++ {
			if m >= k+14 && !(p.word(m) == "that" && p.punct(m-1) == ",") {
				if p.punct(m) == "." || p.isQuote(m) {
					break
				}
				continue
			}
			if p.has(k, stBitPrep) && m > k+1 && m <= k+5 && (stTimeWords[p.word(m-1)] || stMediumWords[p.word(m-1)] || p.word(m-1) == "release" && (p.word(m-2) == "the" || p.word(m-2) == "press" || p.word(m-2) == "news")) && (stSubjectPronouns[stPronounStem(p.word(m))] && p.word(m) != "you" || p.has(m, stBitDeterminer) && p.word(m) != "a" && p.word(m) != "that") && p.clauseAt(m, b) || p.has(k, stBitPrep) && m > k+1 && m <= k+5 && stMediumWords[p.word(m-1)] && stQuantDets[p.word(m)] && p.npThenVerb(m, b) {
				// "said on Monday it is under contract", "said in a
				// statement the plant would close": the clause after the
				// adjunct, with no "that".
				c.cS, c.cE = m, p.trimEnd(m, b)
				return c.cE > c.cS+1
			}
			if w := p.word(m + 1); p.word(m) == "that" && m > k && (!p.toks[m-1].cap || (strings.HasSuffix(w, "ed") || stPastVerbs[w]) && (p.has(m+2, stBitPrep) || stAdverbLy(p.word(m+2)) || p.word(m+2) == "around" || stTimeWords[p.word(m+2)])) && (stAuxWords[w] && !stIsVerbAux(w) || (strings.HasSuffix(w, "ed") || stPastVerbs[w]) && !p.toks[m+1].cap) {
				// (and "an interview with POLITICO Playbook that published
				// around 5:30 a.m.")
				continue // "during an interview that also included Lee": a relative clause
			}
			if p.word(m) == "that" && p.punct(k) == "," && p.punct(m-1) != "," {
				continue // ", Lee said, there is no work that ensures …": not the cue's "that"
			}
			if p.word(m) == "that" && m > k && (p.has(m-1, stBitClause) || p.has(m-1, stBitSubordinator)) {
				continue // "…, though that did not deter him": a demonstrative
			}
			if p.word(m) == "that" && !(m > k && p.has(m-1, stBitPrep) && !stTimeWords[p.word(m-1)]) && !quoteThenSub && !(c.flags&stCueWeak != 0 && (p.has(k, stBitPrep) || !stWeakTellers[c.lemma])) {
				// (After a preposition "that" is a determiner: "said of
				// that plan".)
				if p.word(k) == "to" && k == c.j && m > k+1 && m-k <= 6 && c.to == "" && p.isNameWord(k+1) {
					c.to = p.span(k+1, m) // "confirmed to E! News that …"
				}
				c.cS, c.cE = m+1, p.trimEnd(m+1, b)
				c.cE = p.quoteThenClause(c.cS, c.cE)
				return c.cE > c.cS+1 || c.cE == c.cS+1 && p.isQuote(c.cS) // (a quotation is one token: "said in an email that “…”")
			}
			if p.isQuote(m) && (p.punct(m-1) == ":" || p.punct(m-1) == "," && m-1 > k && p.quotes[p.toks[m].q].words >= 3) {
				if subj := c.subjS; p.punct(m-1) == "," && subj > a && (p.isQuote(subj-1) || p.punct(subj-1) == "," && p.isQuote(subj-2)) {
					// "“A,” the senator wrote on X, “B.”": one quotation
					// the attribution interrupts.
					c.after = true
					ok := e.contentBefore(p, a, b, c, prevEnd, subj, k)
					if ok && !c.interrupted && c.cE-c.cS == 1 && p.isQuote(c.cS) && p.trimEnd(m, b) == m+1 {
						c.cE = m + 1 // ("“But,” Alito continued, as he addressed her, “is it not …?”")
						c.interrupted = true
					}
					return ok
				}
				c.cS, c.cE = m, p.trimEnd(m, b)
				return true
			}
			if p.punct(m) == "." || p.punct(m) == "," && strings.HasSuffix(p.word(m+1), "ing") && p.word(m+1) != "citing" && !p.asideThenThat(m+1, b) {
				break // (", showing that …": the "that" of another verb)
			}
			if cw, ok := stTheLexicon.cues[p.word(m)]; ok && m > k && !stMediumWords[p.word(m)] && !(cw.lemma == "ask" && p.word(m-1) == "when") && !(cw.form >= 2 && stMediumWords[p.word(m+1)]) && !((cw.lemma == "point" || cw.lemma == "rule") && p.word(m+1) != "out") && !(stMediumWords[p.word(m-1)] && cw.form >= 2 && cw.form <= 3 && p.has(m+1, stBitPrep)) && !(p.word(m-1) == "that" && (stMediumWords[p.word(m-2)] || p.word(m-2) == "story" || p.word(m-2) == "article") && cw.form >= 2 && cw.form <= 3) && !(cw.lemma == "cite" && cw.form == 4 && p.punct(m-1) == ",") {
				// (nor is ", citing three people familiar with the
				// matter, that …": the source of a report)
				// (but "in a statement posted on Telegram that …": the
				// statement's participle; nor "in an emailed statement
				// that …": an adjective)
				break // the "that" of another speech verb ("in a blog post" is none)
			}
		}
		if c.subjS < 0 && c.speaker == "" || dashed {
			return false
		}
		if p.forDuration(k) && stFinalCues[c.lemma] && c.subjS >= 0 && c.subjS < c.i {
			// "Cruz has said for weeks he's the only one who can win":
			// the duration, then the clause said.
			n := k + 1
			for n < b && n < k+5 && p.toks[n].kind == stWord && !p.has(n, stBitSubjectPronoun) && !stPronounAux(p.word(n)) {
				n++
			}
			if w := p.word(n); n < b && (stPronounAux(w) || stSubjectPronouns[w] && (stIsVerbAux(p.word(n+1)) || p.pastAt(n+1))) {
				c.cS, c.cE = n, p.trimEnd(n, b)
				return c.cE-c.cS >= 3
			}
		}
		subj := c.subjS
		if subj < 0 || subj > c.i {
			subj = p.auxStart(a, c.i)
		}
		c.after = true
		return e.contentBefore(p, a, b, c, prevEnd, subj, k)
	case p.word(k) == "against" && (c.lemma == "warn" || c.lemma == "caution" || c.lemma == "argue" && c.form >= 1 && c.form <= 3):
		// "warned against a “bad deal”"
		if k+1 >= b || p.toks[k+1].kind == stPunct {
			return false
		}
		c.cS = k
	case p.word(k) == "of" && (c.lemma == "complain" || c.lemma == "warn" || c.lemma == "speak" || c.lemma == "boast"):
		// "complained of poor communications"
		if k+1 >= b || p.toks[k+1].kind == stPunct {
			return false
		}
		c.cS = k + 1
	case p.word(k) == "that":
		if w := p.word(k + 1); c.flags&stCueObject != 0 && k > c.j && c.j == c.i+1 && c.subjS >= 0 && c.subjS < c.i && k+1 < b && !p.toks[k+1].cap && (strings.HasSuffix(w, "ed") || stPastVerbs[w]) && !stIsVerbAux(w) && !p.npThenVerb(k+1, b) {
			// (but "told Reuters that closed stores would reopen")
			// "“…,” Moss told an audience that included former staff":
			// a relative clause on the addressee; the quotation is the
			// content.
			c.after = true
			return e.contentBefore(p, a, b, c, prevEnd, c.subjS, k)
		}
		if c.flags&stCueWeak != 0 && !stWeakTellers[c.lemma] {
			return false // "the toxic fumes that people inhale": a manner verb takes no that-clause
		}
		if stCallTime[p.word(k+1)] && stIsVerbAux(p.word(k+2)) {
			return false // "The strategy outlined that day was notable": a participle after its noun, then the noun's verb
		}
		if w := p.word(k + 1); c.flags&stCueNeedThat != 0 && k+2 < b && w != "" && !p.toks[k+1].cap && !stSubjectPronouns[w] && !stDeterminers[w] && !stIsVerbAux(w) && !strings.HasSuffix(w, "ly") && !stIndefinites[w] && (p.has(k+2, stBitPrep) && p.word(k+2) != "to" || p.punct(k+2) == "," || p.punct(k+2) == ".") && !(stQuantityNouns[w] && p.word(k+2) == "of") {
			return false // "maintained that position at a meeting": a determiner, no clause
		}
		if (c.form == 1 || c.form == 0) && stNounForms[p.word(c.i)] && k+1 < b && !p.toks[k+1].cap && (stIsVerbAux(p.word(k+1)) || strings.HasSuffix(p.word(k+1), "ed") || stPastCue(p.word(k+1))) {
			return false // "critical reports that depicted …", "a blog post that said …": a noun and its relative clause
		}
		if v := c.subjS - 1; (c.form == 1 || c.form == 0) && stNounForms[p.word(c.i)] && v > a && p.toks[v].kind == stWord && !p.toks[v].cap && (strings.HasSuffix(p.word(v), "ed") && !stIsVerbAux(p.word(v)) || p.isCueWord(v)) {
			return false // "blasted recent Republican claims that …": the object of a verb, and a noun
		}
		c.cS = k + 1
		if w := p.word(k + 1); k == c.j && c.j == c.i+1 && c.form != 4 && (w == "was" || w == "is" || w == "would" || w == "will" || w == "wasn't" || w == "isn't" || w == "had" || w == "has") && k+2 < b && p.toks[k+2].kind == stWord {
			c.cS = k // "said that was not true": "that" is the subject
		}
	case p.punct(k) == ":" || p.punct(k) == "," || p.punct(k) == "—":
		if subj := c.subjS; p.punct(k) == "," && subj > a+1 && (p.punct(subj-1) == "," || p.isQuote(subj-1) && p.quoteEndsComma(subj-1)) && subj-1-a <= 8 && !p.verbIn(a, subj-1) && !p.isQuote(k+1) && p.resumesAt(k+1) && p.trimEnd(k+1, b)-(k+1) >= 3 {
			// "That, Audi says, allows the car to …": the attribution
			// interrupts the clause it reports.
			c.cS, c.cE = p.trimNPStart(a, subj-1), p.trimEnd(k+1, b)
			return true
		}
		if subj := c.subjS; (p.punct(k) == "—" || p.punct(k) == "–") && !p.isQuote(k+1) && subj > a && (p.isQuote(subj-1) || p.punct(subj-1) == "," && p.isQuote(subj-2)) {
			// "“We’re done,” Lee said — and walked out.": the dash goes
			// back to the story; the quotation before is the content.
			c.after = true
			return e.contentBefore(p, a, b, c, prevEnd, subj, k)
		}
		if !p.isQuote(k + 1) {
			if p.punct(k) == ":" && k == c.j && c.form != 4 && (p.clauseAt(k+1, b) || k+1 < b && p.toks[k+1].cap && p.punct(b-1) == "?") && p.trimEnd(k+1, b)-(k+1) >= 3 {
				// "made a surprising announcement: He renounced
				// nationalism." (no quotation marks; and "A reporter
				// asked: Did they talk about the wall?")
				c.cS = k + 1
				break
			}
			if subj := c.subjS; p.punct(k) == ":" && subj > a+1 && p.punct(subj-1) == "," {
				// "The motive, police said: jealousy."
				c.after = true
				return e.contentBefore(p, a, b, c, prevEnd, subj, k)
			}
			return false
		}
		if subj := c.subjS; p.punct(k) == "," && subj > a && (p.isQuote(subj-1) || p.punct(subj-1) == "," && p.isQuote(subj-2)) && !p.titleInOpener(a, subj-1) {
			// (But "After playing “Home,” the singer told the crowd, “…”":
			// the quotation before is a title inside an opening clause.)
			// "A," she said, "B.": one interrupted quotation.
			c.after = true
			return e.contentBefore(p, a, b, c, prevEnd, subj, k)
		}
		c.cS = k + 1
	default:
		viaThat := false // the content's "that" came after an addressee
		if p.aboutHow(c, k) {
			k++ // "boasted about how “nice” it is now"
		}
		if w := p.word(k); (w == "however" || w == "though" || w == "instead") && p.word(k+1) == "that" && k+2 < b {
			k += 2 // "experts suggest however that …": an adverb before the "that"
			c.cS, viaThat = k, true
		}
		if w := p.word(k); c.lemma == "repeat" && (stPossessives[w] || w == "the") && (p.word(k+1) == "claim" || p.word(k+1) == "assertion" || p.word(k+1) == "argument" || p.word(k+1) == "charge") && p.word(k+2) == "that" && k+3 < b {
			k += 3 // "repeated his claim that “profit-making” was the motive": the claim is what was said
			c.cS, viaThat = k, true
		}
		if (p.word(k) == "how" || p.word(k) == "why" && stWhyCues[c.lemma]) && stHowCues[c.lemma] && (!p.isQuote(k+1) && (p.subjectThenAux(k+1, b) || p.subjectThenPast(k+1, b) || p.howClause(k+1, b) || stPronounAux(p.word(k+1)) || p.has(k+1, stBitSubjectPronoun) && (stIsVerbAux(p.word(k+2)) || stPastVerbs[p.word(k+2)] || p.pastAt(k+2))) ||
			c.lemma != "tell" && k+1 < b && (p.toks[k+1].kind == stWord && !p.toks[k+1].cap || p.isQuote(k+1)) && p.has(k+2, stBitSubjectPronoun) && (stIsVerbAux(p.word(k+3)) || stPastVerbs[p.word(k+3)] || p.pastAt(k+3))) { // (and "lamented how hard it is", "how “nice” it is")
			// "told how the disease had taken her memory": the account is
			// the content, as a that-clause would be (but "asked how",
			// "said how much" stay out).
			k++
			c.cS, viaThat = k, true
		}
		if stWarnCues[c.lemma] && c.to == "" {
			// "warned members that strikes were possible": the
			// addressee, then the "that" of the content.
			for n := k + 1; n < b && n <= k+3; n++ {
				if p.word(n) == "that" && p.toks[n-1].kind == stWord && !stIsVerbAux(p.word(n-1)) && (p.has(k, stBitDeterminer) || stPossessives[p.word(k)] || p.isNameWord(k) || strings.HasSuffix(p.word(n-1), "s") || p.word(k) == "him" || p.word(k) == "her" || p.word(k) == "them" || p.word(k) == "us") {
					c.to, k = p.span(k, n), n+1
					c.cS, viaThat = k, true
					break
				}
				if p.toks[n].kind != stWord || p.verbAt(n) {
					break
				}
			}
		}
		gerund := (c.lemma == "suggest" || c.lemma == "propose" || c.lemma == "recommend") && strings.HasSuffix(p.word(k), "ing") && len(p.word(k)) > 5 && !p.toks[k].cap
		// ("…, revealing he had hit rock bottom": a participle of telling;
		// but "…, suggesting she had tried" infers.)
		tells := c.form != 4 || c.lemma == "reveal" || c.lemma == "recall" || c.lemma == "declare" || c.lemma == "mention" || c.lemma == "joke" || c.lemma == "clarify" || p.personOpens(a, c.i)
		// (cues are in sentence order: look back 30 tokens at most)
		for ci := sort.Search(len(cues), func(n int) bool { return cues[n].i >= c.i }) - 1; ci >= 0 && c.i-cues[ci].i < 30; ci-- {
			if cu := &cues[ci]; cu.i < c.i && cu.i >= a && cu.flags&(stCueWeak|stCueNeedThat|stCueAsk) == 0 && !cu.according && cu.form != 4 && (p.punct(c.i-1) == "," || p.punct(c.i-2) == "," && (p.word(c.i-1) == "even" || p.word(c.i-1) == "also" || p.word(c.i-1) == "then")) {
				tells = true // "Lee complained about the microphone, suggesting he was sabotaged": the speaker goes on
			}
		}
		threat := c.lemma == "threaten" && p.word(k) == "to" && k+1 < b && p.toks[k+1].kind == stWord && !p.toks[k+1].cap // "threatened to sue"
		if c.lemma == "threaten" && !threat {
			return false // (a threat is speech only as "threatened to …")
		}
		// "declared his retirement", "declared victory": a stance
		// announced (but "declared an emergency" is an act).
		declared := c.lemma == "declare" && (stPossessives[p.word(k)] && stDeclaredThings[p.word(k+1)] || p.word(k) == "victory")
		// "suggested she try the new keyboard": a proposal in the
		// subjunctive, its verb bare.
		mandative := (c.lemma == "suggest" || c.lemma == "propose" || c.lemma == "recommend") && p.has(k, stBitSubjectPronoun) && p.word(k) != "it" && p.bareVerbAt(k+1)
		recalled := c.lemma == "recall" && p.recalledMemory(c, k, b)
		// "proposed a safe zone for refugees", "proposed the creation of
		// an agency": the thing proposed is what was said.
		proposal := c.lemma == "propose" && c.form != 3 && c.entity >= 0 && e.ents[c.entity].kind == stEntPerson && (p.word(k) == "a" || p.word(k) == "an" || p.word(k) == "the") && k+2 < b && p.toks[k+1].kind == stWord && !p.toks[k+1].cap
		if c.flags&(stCueNeedThat|stCueWeak) != 0 && !viaThat && !p.isQuote(k) && !gerund && !threat && !declared && !mandative && !recalled && !proposal && p.messageColon(k, b) < 0 && !(c.flags&stCueWeak == 0 && tells && (p.has(k, stBitSubjectPronoun) && (stIsVerbAux(p.word(k+1)) || p.word(k) != "it" && p.pastAt(k+1)) || p.subjectThenAux(k, b) || p.subjectThenPast(k, b) || p.word(k) == "there" && stIsBe(p.word(k+1)) || stPronounAux(p.word(k)) && p.word(k) != "it's")) {
			// (but "suggested pushing back the date" proposes an act;
			// "agreed there are candidates who …" has a clause)
			return false // (but "suggested he may have …" is a clause)
		}
		if c.flags&stCueAsk != 0 {
			if n, next := p.askedWhom(k, b); n > k {
				c.to, k = p.span(k, n), next // "asked Trump: “Done?”"
			}
		}
		if c.lemma == "appeal" {
			// "appealed for witnesses to come forward", "appealed to the
			// public to stay home" (but "appealed the ruling" is a court
			// act).
			switch {
			case p.word(k) == "for" && k+1 < b && p.toks[k+1].kind == stWord:
				c.cS, c.cE = k+1, p.trimEnd(k+1, b)
				return c.cE > c.cS
			case p.word(k) == "to":
				for m := k + 2; m < b && m < k+8; m++ {
					if p.word(m) == "to" && p.toks[m+1].kind == stWord && !p.toks[m+1].cap {
						c.to, c.cS, c.cE = p.span(k+1, m), k+1, p.trimEnd(k+1, b)
						return true
					}
					if p.toks[m].kind != stWord {
						break
					}
				}
			}
			return false
		}
		if c.lemma == "ask" && p.word(k) == "for" && k+1 < b && p.toks[k+1].kind == stWord && !stIsBe(p.word(c.i-1)) && p.word(c.i-1) != "been" && p.word(c.i-1) != "when" && p.word(c.i-1) != "if" && !stAskedForNothing[p.word(p.headOf(k+1, p.trimEnd(k+1, b)))] && !stAskedForNothing[p.word(k+1)] && !stAskedForNothing[p.word(k+2)] {
			// "asked for the inquiry to be resumed", "asked for
			// compassion": a request (but "when asked for comment" is
			// the reporter's).
			c.cS, c.cE = k+1, p.trimEnd(k+1, b)
			return c.cE-c.cS >= 1
		}
		if c.flags&stCueAsk != 0 && (c.lemma == "ask" || c.lemma == "question") {
			// "asked how the line will cross …", "asked the minister
			// whether …": an indirect question is what was said (but "was
			// asked whether" reports a question put to the subject).
			if q, to := p.indirectQuestion(k, b); q > 0 && !stIsBe(p.word(c.i-1)) && p.word(c.i-1) != "been" && p.word(c.i-1) != "being" {
				c.cS, c.cE = q, p.trimEnd(q, b)
				if to > k && c.to == "" {
					c.to = p.span(k, to)
				}
				for m := q + 2; m < c.cE && m < q+60; m++ {
					if p.punct(m) == "," || p.punct(m) == ";" {
						c.cE = m // "asked how the line will cross …, Alex Barr explained": the question ends at its clause
						break
					}
				}
				return true
			}
		}
		selfAsk := c.lemma == "ask" && p.word(k) == "to" && atLeast                                                                                                        // "members asked to get the papers early"
		if c.flags&stCueAsk != 0 && !p.askTo(k, b) && !selfAsk && !(p.isQuote(k) || p.punct(k) == ":" && p.isQuote(k+1)) && !(c.lemma == "question" && p.claimThatAt(k)) { // ("asked: “Done?”"; "questioned the idea that …" doubts a claim aloud)
			return false
		}
		vowTo := p.word(k) == "to" && (c.lemma == "vow" || c.lemma == "promise" || c.lemma == "pledge") && c.form == 1 && c.subjS >= 0 && p.speakerLike(c.subjS, c.subjE) && !p.has(k+1, stBitDeterminer) && !stPossessives[p.word(k+1)] && !p.isNameWord(k+1) // "Trump vows to impose a tax"
		if (c.form == 1 || c.form == 0) && stNounForms[p.word(c.i)] && !p.isQuote(k) && !vowTo && !(c.lemma == "call" && (c.j == c.i+1 || c.subjS >= 0 && p.has(c.subjS, stBitSubjectPronoun))) && !(stIsVerbAux(p.word(k)) && c.subjS > a && (p.word(c.subjS-1) == "which" || p.word(c.subjS-1) == "that")) &&
			!(c.subjS >= 0 && p.speakerLike(c.subjS, c.subjE) && (p.has(k, stBitSubjectPronoun) && (stIsVerbAux(p.word(k+1)) || p.verbAt(k+1) || stPastVerbs[p.word(k+1)]) || (stPossessives[p.word(k)] || p.has(k, stBitDeterminer) && (p.isNameWord(c.subjE-1) || stDocHeads[p.word(c.subjE-1)])) && p.npThenVerb(k, b) ||
				p.toks[k].kind == stWord && !p.toks[k].cap && len(p.word(k)) > 3 && strings.HasSuffix(p.word(k), "s") && !strings.HasSuffix(p.word(k), "ss") && (p.word(k+1) == "have" || p.word(k+1) == "are" || p.word(k+1) == "were" || p.word(k+1) == "had"))) { // ("the report claims institutions have …") // ("The company promises it will …", "the firm claims its prices have …", "The Post reports the couple are …" are speech)
			return false // "the states where", "claims about" (but "which Nissan claims is …")
		}
		if c.lemma == "add" && !p.isQuote(k) && ((p.has(k, stBitDeterminer) || p.word(k) == "another" || p.word(k) == "extra") && !p.npThenVerb(k, b) && !stIsVerbAux(p.word(k+1)) || p.word(k) == "more" || p.word(k) == "up" || p.toks[k].kind == stWord && p.toks[k].low[0] >= '0' && p.toks[k].low[0] <= '9') {
			return false // "added 25 points"
		}

		if w := p.word(k); (w == "little" || w == "nothing" || w == "much" || w == "less" || w == "more") && !p.isQuote(k) && (k+1 >= b || p.toks[k+1].kind != stWord || p.has(k+1, stBitPrep) || (p.word(k+1) == "more" || p.word(k+1) == "else" || p.word(k+1) == "further") && (k+2 >= b || p.toks[k+2].kind != stWord)) {
			return false // "said little about the fire", "said nothing": how much, not what
		}
		if w := p.word(k + 2); p.word(k) == "no" && stNoEvidenceNouns[p.word(k+1)] && (w == "that" || w == "of" || w == "for" || w == "to" || k+2 >= b || p.toks[k+2].kind == stPunct) {
			return false // "cited no evidence that …", "offered no details": nothing put forward
		}
		w := p.word(k)
		if w == "as" && c.subjS > a && p.word(c.subjS-1) == "what" && (c.lemma == "describe" || c.lemma == "characterize" || c.lemma == "characterise") && k+1 < b {
			// "in what Ann Lee described as a “historic moment,” …": the
			// description is the content.
			k++
			w = p.word(k)
			if c.subjS-1 <= a+2 {
				// A fronted phrase: the description ends at its comma.
				for m := k; m < b; m++ {
					if p.punct(m) == "," || p.isQuote(m) && p.quoteEndsComma(m) {
						if p.isQuote(m) {
							m++
						}
						c.cS, c.cE = k, m
						return c.cE > c.cS
					}
				}
			}
		}
		if (w == "whether" || w == "what" || w == "how") && c.lemma == "say" && p.finiteVerbAfter(k+1, b) {
			// "said whether he runs depends on …": the clause is a subject.
		} else if (w == "if" || w == "unless" || w == "once") && stCondCues[c.lemma] && !p.has(k+1, stBitClause) && p.word(k+1) != "and" && (p.commaClause(k+1, b) || p.modalClause(k+2, b)) ||
			(w == "after" || w == "before" || w == "when" || w == "while" || w == "until") && stFinalCues[c.lemma] && c.form == 2 && !p.has(k+1, stBitClause) && p.timeClause(k+1, b) ||
			w == "because" && stFinalCues[c.lemma] && c.form != 4 && p.clauseAt(k+1, b) && p.reasonThenClause(k+1, b) {
			// ("said because Obama is popular, “he's a good surrogate”":
			// a reason opening the reported clause.)
			// ("said shortly after the crew left, someone took a
			// report": a time clause opening the reported one.)
			// "said if the talks fail, the strike goes on": a conditional
			// opening the reported clause, not an indirect question.
		} else if w == "if" || w == "whether" || w == "how" || w == "why" || w == "what" || w == "when" || w == "where" || w == "who" || w == "as" || w == "while" || w == "because" || w == "since" || w == "after" || w == "before" || w == "during" || w == "and" || w == "or" || w == "but" {
			return false
		}
		if c.lemma == "add" && !p.isQuote(k) && !stSubjectPronouns[w] && w != "there" && w != "this" && !(stDeterminers[w] && p.npThenVerb(k, b)) {
			return false // "adding a new chief officer": not speech
		}
		if stObjectPronouns[w] && (k+1 >= b || stTimeWords[p.word(k+1)] || p.toks[k+1].kind == stPunct) && !p.isQuote(k+1) && c.lemma != "call" && c.flags&stCueAs == 0 {
			return false // "condemning him Saturday in harsh terms": whom, not what
		}
		if c.lemma == "describe" && (w == "it" || w == "them" || w == "him" || w == "her") && p.has(k+1, stBitPrep) && !p.asVerdict(c.i, b) {
			return false // "described it to friends": a topic, no verdict
		}
		if (c.lemma == "confirm" || c.lemma == "argue") && !p.isQuote(k) && !p.hasAux(k, p.trimEnd(k, b)) && (p.isNameWord(k) && c.lemma == "confirm" || p.headIs(k, b, "case", "cases", "appeal")) {
			return false // "confirmed Lee by a vote of 53-36", "argues the government's cases": acts, not speech
		}
		if (c.lemma == "testify" || c.lemma == "comment" || c.lemma == "remark") && !p.isQuote(k) && w != "that" && (p.topicAhead(k, b) || w == "upon") {
			// (and "remarked upon a recent story": what it was about)
			return false // "testified side-by-side before the committee about the events": a topic
		}
		if c.lemma == "write" && !p.isQuote(k) && !(stSubjectPronouns[w] && stIsVerbAux(p.word(k+1))) {
			return false // "wrote hundreds of songs": the work, not a statement
		}
		if w == "to" && c.lemma != "vow" && c.lemma != "promise" && c.lemma != "pledge" && c.lemma != "threaten" && !selfAsk && !p.claimTo(c, k) {
			return false
		}
		c.cS = k
	}
	c.cE = p.trimEnd(c.cS, b)
	if q := p.messageColon(c.cS, c.cE); q > 0 {
		c.cS = q // "tweeted this announcement: “…”": the message the noun announces
	}
	if p.isQuote(c.cS) && c.cS+2 < c.cE && p.word(c.cS+2) == "which" && (p.word(c.cS+1) == "to" || p.word(c.cS+1) == "at" || p.word(c.cS+1) == "after") {
		c.cE = c.cS + 1 // "quipped, “…?” to which she replied, “…”": the answer is hers
	}
	c.cE = p.quoteThenClause(c.cS, c.cE)
	for k := c.cS + 2; k+2 < c.cE && k < c.cS+80; k++ {
		// "… told Lee he “wanted to”; Stone had just come off a play":
		// a new clause after a semicolon is the writer's.
		if p.punct(k) == ";" && p.word(k+1) != "that" && (p.clauseAt(k+1, c.cE) || p.isNameWord(k+1) && p.verbAt(k+2)) { // ("; that he …" is more content)
			c.cE = k
			break
		}
	}
	if !p.isQuote(c.cS) && c.form == 2 {
		// "told him they were lost and asked for directions": the
		// subject's next speech act, not more of what was said.
		for k := c.cS + 2; k+1 < c.cE && k < c.cS+40; k++ {
			if p.isQuote(k) || p.punct(k) == "," {
				break
			}
			if cw, ok := stTheLexicon.cues[p.word(k+1)]; ok && p.word(k) == "and" && cw.form == 2 && !p.toks[k+1].cap && p.hasVerb(c.cS, k) {
				c.cE = k
				break
			}
		}
	}
	for k := c.cS + 2; k+2 < c.cE && k < c.cS+80; k++ {
		// "…, speaking on condition of anonymity": how the source spoke,
		// not what.
		if p.punct(k) == "," && (p.word(k+1) == "speaking" || p.word(k+1) == "who" && p.word(k+2) == "spoke") && p.hasWord(k+2, min(k+8, c.cE), "anonymity", "anonymously") {
			c.cE = k
			break
		}
	}
	for k := c.cS + 2; k+1 < c.cE && k < c.cS+80; k++ {
		// "said they were “very good” before launching into …": the
		// speaker's next act, not what was said.
		if w := p.word(k + 1); p.isQuote(k) && (w == "before" || w == "after" || w == "while" || w == "without") && strings.HasSuffix(p.word(k+2), "ing") {
			c.cE = k + 1
			break
		}
	}
	if !p.isQuote(c.cS) {
		// "claimed the cuts would pay for themselves even as the budget
		// office estimated …": the writer's contrast is not content.
		for k := c.cS + 3; k+2 < c.cE && k < c.cS+80; k++ {
			if p.isQuote(k) {
				break
			}
			if w := p.word(k + 2); p.word(k) == "even" && p.word(k+1) == "as" && (stDeterminers[w] || p.isNameWord(k+2)) {
				c.cE = p.trimEnd(c.cS, k)
				break
			}
			// "said it would use force, as the protests escalated": a
			// clause of time or manner the writer adds.
			if w := p.word(k + 2); p.punct(k) == "," && p.word(k+1) == "as" && (w == "the" || w == "his" || w == "her" || w == "their" || w == "its" || stSubjectPronouns[w] && p.verbAt(k+3) && !stIsVerbAux(p.word(k+3)) || p.isNameWord(k+2)) && (stSubjectPronouns[w] || p.asClauseVerb(k+2, c.cE)) {
				c.cE = p.trimEnd(c.cS, k)
				break
			}
		}
	}
	if c.lemma == "sum" && !p.isQuote(c.cS) && p.word(c.cS-1) != "that" {
		// "summed up the long trip: “…”": what was said is the quotation;
		// "summed up the storm" alone says nothing.
		found := false
		for k := c.cS + 1; k+1 < c.cE; k++ {
			if p.punct(k) == ":" && p.isQuote(k+1) {
				c.cS, found = k+1, true
				break
			}
		}
		if !found {
			return false
		}
	}
	if c.lemma == "call" {
		// "called the show “stunning,” but seemed changed": the verdict
		// ends with its quotation; the next verb is the subject's act.
		for k := c.cS + 1; k+2 < c.cE && k < c.cS+120; k++ { // (a verdict is short: the bound keeps long sentences linear)
			if p.isQuote(k) && p.punct(k+1) == ":" && p.isQuote(k+2) && p.quoteOpensCapital(k+2) && !p.hasQuote(c.cS, k) {
				c.cE = k + 1 // "calls Cruz “a chameleon”: “…”": the verdict, then the words it sums up
				break
			}
			if w := p.word(k + 1); p.isQuote(k) && p.quoteEndsComma(k) && ((w == "but" || w == "and") && (p.verbAt(k+2) || p.word(k+2) == "seemed" || stAdverbLy(p.word(k+2))) || w == "with") {
				c.cE = k + 1
				break
			}
		}
		// "Lee, calling the plan “reckless,” voted …", "which Lee called
		// “reckless,” passed …", "What Lee called “a witch hunt” ended
		// …": the name given ends where the main clause's verb comes.
		for k := c.cS; k+1 < c.cE && k < c.cS+120; k++ {
			if !p.isQuote(k) {
				continue
			}
			if n := p.word(k + 1); (p.verbAt(k+1) || stPastVerbs[n]) && !stIsVerbAux(n) || p.quoteEndsComma(k) && (c.form == 4 || p.word(c.subjS-1) == "which" || p.word(c.subjS-1) == "what") && (p.verbAt(k+1) || stPastVerbs[n]) {
				c.cE = k + 1
				break
			}
		}
	}
	if c.flags&stCueAs != 0 {
		// "slammed the hearings as a “disgrace,” and …": the verdict ends
		// at the first break after "as" (or after its quotation, before
		// a preposition: "derided him as “scum” during a debate").
		as := false
		for k := c.cS; k < c.cE; k++ {
			if p.word(k) == "as" {
				as = true
			} else if as && k > c.cS && (p.toks[k].kind == stPunct || p.has(k, stBitSubordinator) || p.word(k) == "though" || p.isQuote(k-1) && p.has(k, stBitPrep) && p.word(k) != "of") || as && p.isQuote(k) && p.quoteEndsComma(k) {
				c.cE = k
				if p.isQuote(k) {
					c.cE = k + 1
				}
				break
			}
		}
	}
	if p.has(a, stBitSubordinator) && c.subjS == a+1 {
		// "When the advisers suggested that A, the president was not
		// satisfied.": the reported clause ends where the main one starts.
		for k := c.cE - 1; k > c.cS+2; k-- {
			if w := p.word(k + 1); p.isQuote(k) && p.quoteEndsComma(k) && (p.isNameWord(k+1) || stSubjectPronouns[w] || w == "the") {
				c.cE = k + 1 // "Although she said it was “wild,” Lee …"
				break
			}
			if p.isQuote(k) {
				break
			}
			if w := p.word(k + 1); p.punct(k) == "," && (p.isNameWord(k+1) || stSubjectPronouns[w] || w == "the") {
				c.cE = k
				break
			}
		}
	}
	if w := p.word(c.cS + 1); !c.after && p.isQuote(c.cS) && c.cE > c.cS+1 && (stSubordinators[w] && w != "as" && w != "if" || w == "when") {
		c.cE = c.cS + 1 // "saying “thank you” when they obliged"
	}
	if w := p.word(c.cS + 1); !c.after && p.isQuote(c.cS) && c.cE > c.cS+2 && p.quoteEndsComma(c.cS) && stAdverbLy(w) && (p.punct(c.cS+2) == "," || p.has(c.cS+2, stBitSubordinator)) {
		c.cE = c.cS + 1 // "said, “You tell me,” repeatedly, before he stopped": the manner is the writer's
	}
	if !c.after && p.word(c.cS-1) != "that" && !p.isQuote(c.cS) && !p.clauseAt(c.cS, c.cE) {
		if m := p.cutMedium(c.cS, c.cE); c.flags&stCueAs == 0 || !p.hasWord(m, c.cE, "as") {
			c.cE = m // (but "referenced his antics on Twitter as a sign …": the verdict comes after the medium)
		}
		c.cE = p.cutTimeAdjunct(c.cS, c.cE)
		// "announced the tour while closing out their concert": an
		// adjunct of the act ends a noun-phrase content.
		for k := c.cS + 2; k+1 < c.cE && k < c.cS+60; k++ {
			if w := p.word(k); (w == "while" || w == "before" || w == "after" || w == "since") && strings.HasSuffix(p.word(k+1), "ing") && p.toks[k-1].kind == stWord {
				c.cE = k
				break
			}
			// "saying “thank you” when they obliged", "labeled the deal “a
			// fraud” because …": the quotation ends what was said.
			if w := p.word(k); p.isQuote(k-1) && (stSubordinators[w] && w != "as" && w != "if" || w == "when") && k-1 < c.cS+12 {
				c.cE = k
				break
			}
		}
	}
	if c.form == 4 && !p.isQuote(c.cS) {
		// "Trump, despite initially saying he might quit, has instead …":
		// a participle set off inside the clause ends where the clause
		// resumes.
		q := c.i - 1
		for q > a && p.toks[q].kind == stWord && (stAdverbLy(p.word(q)) || stFrequencyAdverbs[p.word(q)] || p.has(q, stBitSubordinator) || p.word(q) == "despite" || p.word(q) == "by" || p.word(q) == "without") {
			q--
		}
		if q > a && p.punct(q) == "," && p.toks[q-1].kind == stWord {
			for k := c.cS + 2; k+1 < c.cE && k < c.cS+60; k++ {
				if p.isQuote(k) {
					break
				}
				if p.punct(k) == "," && stIsVerbAux(p.word(k+1)) && !p.toks[k+1].cap {
					c.cE = k
					break
				}
			}
		}
	}
	if nonRestrictive {
		for k := c.cS; k < c.cE; k++ {
			if p.punct(k) == "," && !p.isQuote(k-1) {
				c.cE = k
				break
			}
		}
	}
	// "…, according to X" closes the content.
	for m := c.cS; m < c.cE && m < c.cS+80; m++ {
		if p.word(m) == "according" && p.word(m+1) == "to" || p.word(m) == "per" && p.perSource(a, b, m) {
			c.cE = p.trimEnd(c.cS, m)
			break
		}
	}
	if c.cE-c.cS < 2 && !p.isQuote(c.cS) && !(c.cE-c.cS == 1 && stOneWordCues[c.lemma] && p.toks[c.cS].kind == stWord && !p.has(c.cS, stBitSubjectPronoun) && !p.has(c.cS, stBitDeterminer) && !stTimeWords[p.word(c.cS)] && p.word(c.cS) != "him" && p.word(c.cS) != "them" && p.word(c.cS) != "her") {
		return false // (but "called for calm", "denied wrongdoing")
	}
	if p.has(c.cS, stBitSubordinator) && c.cE-c.cS <= 4 && !p.hasAux(c.cS, c.cE) {
		return false // "says that while the ID": a clause cut short
	}
	if c.lemma == "cite" && c.cE-c.cS < 4 {
		return false // "citing security concerns": a reason, not a statement
	}
	return true
}

// finiteVerbAfter reports whether [k, b) holds two verb groups, the second
// the main verb of a clause whose subject is a question ("whether he runs
// depends on …").
func (p *stPara) finiteVerbAfter(k, b int) bool {
	verb := false
	for m := k + 1; m < b && m < k+30; m++ {
		if p.toks[m].kind != stWord {
			if p.punct(m) == "," || p.punct(m) == "." {
				return false
			}
			continue
		}
		w := p.word(m)
		if verb && m > k+2 && stQuestionPredicates[w] {
			return true
		}
		if stIsVerbAux(w) || !p.toks[m].cap && m > k+1 && (strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "ed")) && !p.has(m-1, stBitDeterminer) {
			verb = true
		}
	}
	return false
}

// npThenVerb reports whether the determiner at k opens a short noun
// phrase followed by a finite verb and more words: a clause ("the exact
// cause remained unclear"), not an object ("a new chief officer").
func (p *stPara) npThenVerb(k, b int) bool {
	for m := k + 2; m < b && m < k+10; m++ {
		w := p.word(m)
		if w == "" || stPrepWords[w] && w != "of" || stClauseWords[w] && w != "and" {
			return false // (but "the circumstances of the deaths and injuries remained")
		}
		if stIsVerbAux(w) || !p.toks[m].cap && strings.HasSuffix(w, "ed") {
			return p.word(m+1) != "" || p.isQuote(m+1) // (the verb's object may be quoted: "the group had “two choices”")
		}
	}
	return false
}

// stSpeechNouns name a speech act that a clause after "that" spells out:
// "Trump's claim that …", "Comey's announcement that …".
var stSpeechNouns = stWordSet("claim claims assertion assertions announcement insistence admission declaration allegation allegations accusation contention")

// speechNouns records "NAME's claim that CLAUSE" in sentence [a, b) as a
// statement of NAME, unless a statement found in the sentence (from
// e.out[from:]) holds the clause already. It reports whether it did.
func (e *stEngine) speechNouns(pi int, p *stPara, a, b, from int) bool {
	found := false
	for k := a + 1; k+3 < b; k++ {
		if p.word(k+1) != "that" || !stSpeechNouns[p.word(k)] || !p.clauseAt(k+2, b) && !p.bareNounClause(k+2, b) {
			continue
		}
		o := k - 1 // the owner's possessive, past at most two modifiers ("Trump's repeated claim")
		for o > a && o > k-3 && p.toks[o].kind == stWord && !p.toks[o].cap && !strings.HasSuffix(p.toks[o].low, "'s") && !stPossessives[p.word(o)] {
			o--
		}
		s := o // the owner's first word
		if w := p.word(o); w != "his" && w != "her" {
			if !p.isNameWord(o) || !strings.HasSuffix(p.toks[o].low, "'s") {
				continue
			}
			for s > a && s > o-4 && p.isNameWord(s-1) && !strings.HasSuffix(p.toks[s-1].low, "'s") {
				s--
			}
		}
		cS, cE := p.speechNounClause(a, b, k, s == a || p.punct(s-1) == ",")
		if cE <= cS || e.heldBy(pi, from, p.span(cS, cE)) {
			continue
		}
		speaker, id := e.speechNounOwner(p, s, o)
		if id < 0 {
			continue
		}
		c := stCue{i: k, j: k + 1, lemma: p.word(k), subjS: s, subjE: o + 1, speaker: speaker, entity: id, cS: cS, cE: cE}
		if e.emit(pi, p, a, b, &c) {
			found = true
		}
	}
	return found
}

// relativeVerdicts records a verdict given in a relative clause about
// the noun phrase before it — "a move that civil liberties groups have
// decried as unconstitutional", "the plan, which critics have described
// as a betrayal" — as a statement of the relative clause's subject,
// from the noun phrase to the verdict's end. It reports whether it
// recorded one.
func (e *stEngine) relativeVerdicts(pi int, p *stPara, a, b, from int) bool {
	found := false
	for k := a + 3; k+2 < b; k++ {
		if p.word(k+1) != "as" || !stRelativeVerdictVerbs[p.word(k)] || p.toks[k].cap {
			continue
		}
		v := k // the verb, past its auxiliaries, then the subject back to "that"/"which"
		for v > a && (stAuxWords[p.word(v-1)] || stAdverbLy(p.word(v-1))) {
			v--
		}
		r := v - 1
		for r > a && r > v-5 && p.toks[r].kind == stWord && p.word(r) != "that" && p.word(r) != "which" {
			r--
		}
		if w := p.word(r); w != "that" && w != "which" || r+1 >= v || !p.validSubject(r+1, v) || !p.speakerLike(r+1, v) {
			continue
		}
		n := r // the noun phrase the clause is about
		if p.punct(n-1) == "," || p.punct(n-1) == "—" {
			n--
		}
		s := p.leftNP(a, n)
		for m := n - 1; m > s; m-- {
			if p.verbish(m) || p.verbAt(m) {
				s = m + 1 // "The council passed the plan": the object
				break
			}
		}
		if s >= n || n-s > 6 || !p.has(s, stBitDeterminer) {
			continue
		}
		t := min(p.trimEnd(k+2, b), k+40) // (a verdict is short; the bound keeps a run-on sentence linear)
		for m := k + 2; m < t; m++ {
			if p.punct(m) == "," || p.punct(m) == ";" || p.punct(m) == "—" {
				t = m
				break
			}
		}
		if t <= k+2 || e.heldBy(pi, from, p.span(s, t)) {
			continue
		}
		speaker, id := e.resolveNP(p, r+1, v)
		if speaker == "" {
			continue
		}
		c := stCue{i: k, j: k + 2, lemma: p.word(k), subjS: r + 1, subjE: v, speaker: speaker, entity: id, cS: s, cE: t}
		if e.emit(pi, p, a, b, &c) {
			found = true
		}
	}
	return found
}

// stAskedWords open what a speaker was asked: "Asked whether …".
var stAskedWords = stWordSet("if whether why how what when where who")

// stRelativeVerdictVerbs give a verdict "as" something in a relative
// clause about what they judge.
var stRelativeVerdictVerbs = stWordSet("described decried branded labeled labelled characterized characterised denounced condemned hailed dismissed derided")

// bareNounClause reports whether a clause whose subject is a bare noun
// opens at s ("crime had doubled", "turnout was rigged").
func (p *stPara) bareNounClause(s, e int) bool {
	if p.toks[s].kind != stWord || p.toks[s].cap || p.has(s, stBitSubjectPronoun) || p.has(s, stBitClause) {
		return false
	}
	for m := s + 1; m < e && m < s+3; m++ {
		if p.toks[m].kind != stWord || p.toks[m].cap {
			return false
		}
		if stIsVerbAux(p.word(m)) || p.verbish(m) {
			return true
		}
	}
	return false
}

// speechNounOwner resolves the owner [s, o] of a speech noun: "his" or
// "her" is the man or woman the story follows; "Trump's" is Trump, but a
// lone capitalised word the article never gives in full may be no one.
// It returns id -1 when there is none.
func (e *stEngine) speechNounOwner(p *stPara, s, o int) (string, int) {
	if w := p.word(o); w == "his" || w == "her" {
		g := stMale
		if w == "her" {
			g = stFemale
		}
		id := e.recentPerson(g, -1)
		if id < 0 || e.ents[id].subjSent < e.sentNo-2 {
			return "", -1
		}
		return e.ents[id].name, id
	}
	name, kind := p.nameOf(s, o+1)
	if name == "" || kind == stEntUnknown && !strings.Contains(name, " ") && e.names[strings.ToLower(name)] == "" {
		return "", -1
	}
	return name, e.addEntity(name, kind, "", false)
}

// speechNounClause returns the clause after "that" of the speech noun at
// k, in sentence [a, b); subj says the noun phrase is the sentence's
// subject, so the clause ends where the sentence's own verb begins
// ("Trump's claim that the vote was rigged has been rejected").
func (p *stPara) speechNounClause(a, b, k int, subj bool) (int, int) {
	cS := k + 2
	cE := cS
	for cE < b && cE < cS+60 && p.punct(cE) != "," && p.punct(cE) != ";" && p.punct(cE) != "—" && p.punct(cE) != "–" && p.punct(cE) != "(" && (!p.isQuote(cE) || cE > cS && p.toks[cE-1].kind == stWord && p.quotes[p.toks[cE].q].words <= 8) {
		cE++ // (through a fragment quoted inside the clause: "there have been “thousands of shootings” in …")
	}
	if subj {
		v := cS
		for v < cE && !p.verbish(v) {
			v++
		}
		for v < cE && (p.verbish(v) || stAdverbLy(p.word(v))) && !(v > cS && stIsVerbAux(p.word(v)) && p.verbish(v-1) && !stIsVerbAux(p.word(v-1))) {
			v++ // (but "was rigged has been …": a new verb after a participle)
		}
		for m := v; m < cE; m++ {
			if w := p.word(m - 1); p.verbish(m) && p.toks[m-1].kind == stWord && w != "and" && w != "or" && w != "that" && w != "who" && w != "which" && !stSubjectPronouns[w] {
				cE = m
				break
			}
		}
	}
	cE = p.trimEnd(cS, cE)
	if cE-cS < 3 {
		return 0, 0
	}
	return cS, cE
}

// heldBy reports whether a statement of paragraph pi found since e.out[from]
// holds text already.
func (e *stEngine) heldBy(pi, from int, text string) bool {
	for _, st := range e.out[from:] {
		if st.para == pi && strings.Contains(st.Text, text) {
			return true
		}
	}
	return false
}

// verbish reports whether token k is an auxiliary or a past-tense verb.
func (p *stPara) verbish(k int) bool {
	w := p.word(k)
	return w != "" && !p.toks[k].cap && (stIsVerbAux(w) || stPastVerbs[w] || stIrregularPast[w] || strings.HasSuffix(w, "ed") && len(w) > 4)
}

// personOpens reports whether sentence [a, i) opens with "he" or "she"
// or a person's name with a given name ("He has injected drama into the
// talks, suggesting he might …": a person suggests by speaking, where
// "the data showed a rise, suggesting …" infers).
func (p *stPara) personOpens(a, i int) bool {
	w := p.word(a)
	if w == "he" || w == "she" {
		return true
	}
	return p.givenAt(a) && p.isNameWord(a+1) && a+1 < i
}

// commaIn reports whether a comma stands in [s, e).
func (p *stPara) commaIn(s, e int) bool {
	for k := s; k < e; k++ {
		if p.punct(k) == "," {
			return true
		}
	}
	return false
}

// pastWithin reports whether a past-tense verb or an auxiliary stands in
// [s, e).
func (p *stPara) pastWithin(s, e int) bool {
	for m := s; m < e; m++ {
		if p.verbish(m) {
			return true
		}
	}
	return false
}

// npThenVerbEnd returns the end of a noun phrase of one to five words at k
// that a finite verb follows ("critics questioned", "some analysts have
// said"), or k when there is none.
func (p *stPara) npThenVerbEnd(k, b int) int {
	for m := k + 1; m < b && m <= k+5; m++ {
		w := p.word(m)
		if w == "" || stPrepWords[w] && w != "of" || stClauseWords[w] {
			return k
		}
		if _, cue := stTheLexicon.cues[w]; !p.toks[m].cap && (stIsVerbAux(w) || strings.HasSuffix(w, "ed") || cue && strings.HasSuffix(w, "s")) {
			return m
		}
	}
	return k
}

// stQuestionPredicates follow a clause used as a subject ("whether it
// works depends on …").
var stQuestionPredicates = stWordSet("depends depend depended remains remained is was will would hinges hinged rests matters mattered")

// clauseBefore reports whether the text before the comma at pre looks
// like content (a clause or a quotation) rather than a subject.
func (p *stPara) clauseBefore(a, pre int) bool {
	n := 0
	for k := pre - 1; k >= a; k-- {
		if p.isQuote(k) {
			return true
		}
		if p.punct(k) == "," {
			if w := p.word(k + 1); (w == "a" || w == "an") && p.isNameWord(k-1) {
				return false // "Ann Lee, a nurse at … in Ohio state,": an apposition
			}
			if k > a && p.allNames(a, k) && !p.hasVerb(k+1, pre) {
				return false // "Ann Lee, founder of the Friends of the Park,": a bare-role apposition
			}
			break
		}
		n++
	}
	// ("The plastic resists corrosion, cracks and leaks, said …": a
	// clause ending in a list.)
	return n > 6 || n > 0 && pre-1 >= a && p.isQuote(pre-1) || n > 0 && pre-a > 6 && p.clauseAt(a, pre)
}

// shortClause reports whether the words from a to the comma at pre are a
// short clause of their own ("The plan is dead, says a spokesman"): a
// plain subject of at most four words, then a finite verb.
func (p *stPara) shortClause(a, pre int) bool {
	if pre-a < 3 || p.punct(pre) != "," || p.has(a, stBitSubordinator) || p.has(a, stBitPrep) {
		return false
	}
	for k := a + 1; k < pre && k <= a+4; k++ {
		if p.toks[k].kind != stWord {
			return false
		}
		if p.verbAt(k) {
			return true
		}
	}
	return false
}

// hasNameWords reports whether [s, e) is all capitalised name words.
func (p *stPara) hasNameWords(s, e int) bool {
	for k := s; k < e; k++ {
		if !p.isNameWord(k) {
			return false
		}
	}
	return s < e
}

// appositiveSubject finds the subject of "NAME, APPOSITION, said": the
// comma-separated segments before pre.
func (p *stPara) appositiveSubject(a, pre int) (int, int, string) {
	type seg struct{ s, e int }
	var segs []seg
	end := pre
	k := pre - 1
	for ; k >= a && len(segs) < 6; k-- {
		if p.isQuote(k) {
			if (p.titleQuote(a, k) || p.aliasQuote(k)) && p.toks[k+1].kind == stWord {
				// "Hemsley, the co-author of “Going Viral,” about …,
				// said": a title inside the apposition, its comma in the
				// marks (or a name: "Lehel, the hacker known as
				// “Guccifer,” said").
				if p.quoteEndsComma(k) {
					segs = append(segs, seg{k + 1, end})
					end = k + 1
				}
				continue
			}
			break
		}
		if p.punct(k) == "," && !p.cityState(k) {
			segs = append(segs, seg{k + 1, end})
			end = k
		}
		if (p.punct(k) == "—" || p.punct(k) == "–") && len(segs) >= 1 {
			break // "… or an accident — Brendan Buck, a spokesman, told": the clause before the dash is another
		}
	}
	if k < a && end > a {
		segs = append(segs, seg{a, end})
	} else if k >= a {
		// Stopped at a quotation or ran out of segments: the leftmost one
		// starts after it.
		if end > k+1 {
			segs = append(segs, seg{k + 1, end})
		}
	}
	if len(segs) == 2 && p.word(segs[0].s) == "including" && segs[0].e-segs[0].s <= 6 && k < a {
		// "Veterans interviewed at the rallies, including Mr. Jebens,
		// said": the group speaks, the one named among it an aside.
		if s := p.trimNPStart(segs[1].s, segs[1].e); s < segs[1].e && segs[1].e-s <= 12 && p.validSubject(s, segs[1].e) && !p.hasAux(s, segs[1].e) {
			return s, segs[1].e, ""
		}
	}
	if len(segs) < 2 {
		return -1, -1, ""
	}
	to := ""
	for _, sg := range segs {
		if p.word(sg.s) == "speaking" && p.word(sg.s+1) == "to" {
			to = p.span(sg.s+2, sg.e)
		}
	}
	// "…, the buyer, Ines Varga, told the court": a description, then the
	// name in apposition, just before the cue.
	if n, d, ns := segs[0], segs[1], p.pastRoleWords(segs[0].s, segs[0].e); (len(segs) >= 3 || k >= a && p.isQuote(k) || ns > n.s || p.capsTitleEnd(d.s, d.e)) && n.e-ns >= 2 && (n.e-n.s <= 6 || ns > n.s && n.e-n.s <= 9) && p.hasNameWords(ns, n.e) && d.e-d.s >= 2 && d.e-d.s <= 5 && (p.has(d.s, stBitDeterminer) || strings.HasSuffix(p.word(d.s), "'s") || p.capsTitleEnd(d.s, d.e)) && !p.hasAux(d.s, d.e) && p.noCue(d.s, d.e) {
		// (and "Housing Executive Chief Executive, Grainia Long, said": a
		// capitalised title ends the description)
		return d.s, n.e, to // (the speaker is the name: see resolveNP)
	}
	// "The Mandan, North Dakota, police chief, Jason Ziegler, said": the
	// description is split by the commas of a place.
	if n, d := segs[0], segs[1]; len(segs) >= 3 && n.e-n.s >= 2 && n.e-n.s <= 4 && p.allNames(n.s, n.e) && d.e-d.s <= 3 && !p.toks[d.s].cap && p.lowerRole(d.e-1) && !p.hasAux(d.s, d.e) {
		for i := 2; i < len(segs) && segs[i].e-segs[i].s <= 5; i++ {
			if sg := segs[i]; p.word(sg.s) == "the" && p.placeNames(sg.s+1, sg.e) {
				return sg.s, n.e, to
			}
			if !p.placeNames(segs[i].s, segs[i].e) {
				break
			}
		}
	}
	// Leftmost first.
	for i, j := 0, len(segs)-1; i < j; i, j = i+1, j-1 {
		segs[i], segs[j] = segs[j], segs[i]
	}
	// A clause before the subject ("Others had hoped to leave, but Gen.
	// Ann Lee, head of …, said") is no part of it.
	clause := func(sg seg) bool { // a long segment with a verb of its own
		return sg.e-sg.s > 8 && p.hasVerb(sg.s+1, sg.e)
	}
	for len(segs) > 2 && (p.hasAux(segs[0].s, segs[0].e) || clause(segs[0]) || p.word(p.trimNPStart(segs[0].s, segs[0].e)) == "according" || p.has(segs[0].s, stBitPrep) && p.word(segs[0].s) != "this" || p.has(segs[0].s, stBitIntro) || segs[0].e-segs[0].s == 1 && stAdverbLy(p.word(segs[0].s)) || strings.HasSuffix(p.word(segs[0].s), "ed") && p.has(segs[0].s+1, stBitPrep)) {
		// ("On the campus, for instance, Ann Lee, a chemist, says" and
		// "Alarmed by the unrest, Ann Lee, the leader, said":
		// introductory phrases too.)
		segs = segs[1:] // "According to X, Ann Lee, a nurse, wrote"
	}
	first := segs[0]
	if p.word(first.s) == "as" && first.e-first.s >= 2 && p.isNameWord(first.s+1) {
		first.s++ // "As Professor Adam Finn, from the University of Bristol, says: …"
	}
	first.s = p.trimNPStart(first.s, first.e)
	if p.punct(first.e-1) == ")" {
		// "Sen. Rob Portman (R-Ohio), another incumbent, said": the
		// party tag is no part of the name.
		for o := first.e - 2; o > first.s && o > first.e-8; o-- {
			if p.punct(o) == "(" {
				if p.isNameWord(o - 1) {
					first.e = o
				}
				break
			}
		}
	}
	if first.e-first.s > 10 || !p.validSubject(first.s, first.e) {
		return -1, -1, ""
	}
	// "One of them, a longtime aide, said": a part of a group already
	// named is described by the apposition.
	if stQuantSubjects[p.word(first.s)] || p.word(first.s) == "one" || p.word(first.s) == "another" {
		if p.word(first.s+1) == "of" && len(segs) > 1 && segs[1].e-segs[1].s <= 8 && p.validSubject(segs[1].s, segs[1].e) && p.speakerLike(segs[1].s, segs[1].e) {
			return segs[1].s, segs[1].e, to
		}
	}
	// "The group that owns it, Big Machine, said": prefer the name (and
	// "Minister for Life Sciences, George Freeman, told": a capitalised
	// office, then its holder).
	if (!p.isNameWord(first.e-1) || p.isDescription(first.s, first.e) || p.has(first.s, stBitTitle) && first.e-first.s >= 3 && (p.has(first.s+1, stBitPrep) || p.word(first.s+1) == "for")) && len(segs) > 1 {
		n := segs[1]
		if stAgeWord(p.word(n.s)) && n.e-n.s >= 3 {
			n.s++ // "The defendant, 34-year-old Mark Lee, denied …"
		}
		if n.e-n.s <= 5 && p.allNames(n.s, n.e) && p.word(n.s) != "a" && p.word(n.s) != "an" {
			if p.hasWord(first.s, first.e, "and") {
				return first.s, n.e, to // "Gina Ivy and her husband, Hank Ivy, said": both
			}
			return n.s, n.e, to // (but "The governor, a Republican, said": a description of the governor)
		}
		if of := p.nameOfPlace(n.s, n.e); of > 0 && !p.hasWord(first.s, first.e, "and") {
			return n.s, of, to // "Another pollster, David Woodard of Clemson University, said"
		}
	}
	return first.s, first.e, to
}

// nameOfPlace returns the "of" after a full name that names the place
// the person comes from or works at ("David Woodard of Clemson
// University"), or -1.
func (p *stPara) nameOfPlace(s, e int) int {
	for k := s + 2; k+1 < e && k <= s+3; k++ {
		if p.word(k) == "of" {
			if e-k > 9 || !p.allNames(s, k) || p.has(s, stBitTitle) {
				return -1
			}
			m := k + 1
			for m < e && p.isNameWord(m) {
				m++
			}
			if m < e && p.word(m) == "in" && m > k+1 {
				m++ // "… of Liberty Baptist Church in Marion"
				for m < e && p.isNameWord(m) {
					m++
				}
			}
			if m == e && p.isNameWord(e-1) {
				return k
			}
			return -1
		}
	}
	return -1
}

// hasVerb reports whether [s, e) holds a verb (see verbAt).
func (p *stPara) hasVerb(s, e int) bool {
	for k := s; k < e; k++ {
		if p.verbAt(k) {
			return true
		}
	}
	return false
}

// hasAux reports whether [s, e) holds an auxiliary verb.
func (p *stPara) hasAux(s, e int) bool {
	for k := s; k < e; k++ {
		if stIsVerbAux(p.word(k)) {
			return true
		}
	}
	return false
}

// allNames reports whether [s, e) is a proper name.
func (p *stPara) allNames(s, e int) bool {
	if s < e && p.has(s, stBitDeterminer) {
		s++
	}
	return p.hasNameWords(s, e)
}

// contentBefore sets the content of an attribution that follows it:
// from the sentence start (or the last statement) to the comma or
// quotation before the subject at subj.
func (e *stEngine) contentBefore(p *stPara, a, b int, c *stCue, prevEnd, subj, from int) bool {
	if d := p.word(subj - 2); subj-3 >= a && (d == "a" || d == "an" || d == "the") && p.toks[subj-1].kind == stWord && !p.toks[subj-1].cap && p.isNameWord(subj) && (p.isQuote(subj-3) || p.punct(subj-3) == ",") {
		subj -= 2 // "“…,” a smiling Clinton said": a description before the name
	}
	asQuote := false
	if p.word(subj-1) == "as" && subj-1 > a && (p.punct(subj-2) == "," || p.isQuote(subj-2) && p.quoteEndsComma(subj-2)) {
		subj-- // "The plan is dead, as one official told me."
		asQuote = p.isQuote(subj - 1)
	}
	m := subj - 1
	for m >= a && p.punct(m) == "," {
		m--
	}
	if asQuote && (m == prevEnd-1 && prevEnd > a || m > prevEnd && p.cueBefore(prevEnd, m)) {
		// "Protest, Lee said, is patriotism, like wearing the words “I
		// can't breathe,” as Bo Park said": the "as" source owns only the
		// quotation, which ends the statement before or follows a cue.
		c.cS, c.cE = m, m+1
		return p.quotes[p.toks[m].q].words >= 1
	}
	if m < prevEnd {
		return false
	}
	if q := p.descriptionAfterQuote(a, m); q >= 0 {
		m = q // "“…,” the head of the rescue agency, Bambang Soelistyo, told": the description is the speaker's
	}
	if !p.isQuote(m) && p.punct(subj-1) != "," {
		return false
	}
	s := prevEnd
	if s > a && p.has(s, stBitPrep) && !p.isQuote(m) {
		// "“…,” Askar wrote in a blog post published Thursday, 21
		// months, he said, after …": the first attribution's adjunct
		// is no content of the second.
		return false
	}
	if s == 0 {
		s = p.skipDateline(0, m+1)
	}
	for s <= m && (p.has(s, stBitIntro) || p.punct(s) == "," || p.punct(s) == "—") {
		s++
	}
	if s == m && stLoneAdverbs[p.word(s)] {
		s++ // "Sometimes, they say, it means …": an adverb alone is no content
	}
	if s > m {
		if p.punct(from) == "," && p.clauseAt(from+1, b) && prevEnd == a {
			// "Meanwhile, Doctor says, they're trying to …": nothing but
			// a connective before; the clause after is the content.
			c.cS, c.cE, c.after = from+1, p.trimEnd(from+1, b), false
			return c.cE-c.cS >= 2
		}
		return false
	}
	if q := s + 1; q+1 <= m && !p.isQuote(s) {
		// "Early on, “the objective was …,” the report states": a
		// leading adverbial is the writer's, the quotation the content.
		for q <= m && q < s+4 && p.toks[q].kind == stWord {
			q++
		}
		w := p.word(s)
		adverbial := stTimeWords[w] || stPrepWords[w] || stAdverbLy(w) || w == "early" || w == "then" || w == "still" || w == "again"
		if p.punct(q) == "," && q+1 == m && p.isQuote(m) && !p.hasVerb(s, q) && adverbial {
			s = m
		}
	}
	timeOnly := false // "Later in the day, X testified": a time, not content
	if w := p.word(s); m-s < 6 && !p.isQuote(s) && (stTimeWords[w] && !(w == "this" && !stTimeWords[p.word(s+1)]) || stPrepWords[w] || stPlacePreps[w] || stAfterCueAdverbs[w] || stAdverbLy(w) && !p.toks[s].cap || m-s < 2 && stAdverbLy(w)) {
		timeOnly = true
		for k := s; k <= m; k++ {
			if p.punct(k) == "," && !(k+1 <= m+1 && len(p.word(k+1)) > 0 && p.word(k + 1)[0] >= '0' && p.word(k + 1)[0] <= '9') || p.isQuote(k) || stIsVerbAux(p.word(k)) {
				timeOnly = false // (but "On Nov. 15, 2019," is a date)
			}
		}
	}
	if w := p.word(s); !timeOnly && s == e.sentA && p.toks[s].cap && stPrepWords[w] && m-s >= 2 && m-s <= 14 && !p.hasAux(s, m+1) && !p.hasVerb(s, m+1) {
		// "In a press release earlier this month, the committee said
		// about …:", "During a rally in Raleigh, North Carolina, Trump
		// remarked on …": a phrase with no verb sets the scene.
		timeOnly = true
		for k := s; k <= m; k++ {
			if p.isQuote(k) || p.punct(k) != "" && !(p.punct(k) == "," && p.isNameWord(k-1) && p.isNameWord(k+1)) && p.punct(k) != "." {
				timeOnly = false // (a comma between names is a place's: "Raleigh, North Carolina")
			}
		}
	}
	if w := p.word(s); stTimeSubordinators[w] && m-s >= 3 && p.isQuote(m) && p.punct(m-1) == "," && !p.isQuote(s) {
		// "When Johnson left in 1994, “things were strained,” says
		// Jerry": the time clause is the writer's setting.
		inner := true
		for k := s + 1; k < m-1; k++ {
			if p.isQuote(k) || p.punct(k) == "," {
				inner = false
				break
			}
		}
		if inner {
			s = m
		}
	}
	if p.isQuote(m) && m-1 > s && p.punct(m-1) == ":" {
		// "… had to defend his honor: “I am not a crook,” Nixon told
		// editors": the lead before the colon is the writer's.
		s = m
	}
	if w := p.word(s); s == e.sentA && strings.HasSuffix(w, "ing") && len(w) > 5 && p.toks[s].cap && !p.isQuote(m) && p.punct(from) != "," && !p.hasAux(s, m+1) {
		// (but "Targeting audiences is key, Graham said" and "Finding
		// water, he said, is …" have the gerund as subject)
		// "Circling the Star before his pilot lands, Stephen notes …": a
		// participle clause opening the sentence is what the subject
		// does, not what was said.
		clause := false // a quotation or a main clause after a comma
		for k := s; k <= m; k++ {
			if p.isQuote(k) || p.punct(k) == "," {
				clause = true
				break
			}
		}
		if !clause {
			return false
		}
	}
	if w := p.word(s); s == e.sentA && p.toks[s].cap && strings.HasSuffix(w, "ed") && (p.has(s+1, stBitPrep) || stAskedWords[p.word(s+1)]) && !p.isQuote(m) && !p.hasAux(s, m+1) {
		// "Asked about the delay, Lee wrote:", "Pressed on the cost,
		// she said …": the question put to the speaker opens the
		// sentence; it is not what was said.
		inner := false
		for k := s; k < m; k++ {
			if p.isQuote(k) || p.punct(k) == "," {
				inner = true
				break
			}
		}
		if !inner {
			return false
		}
	}
	lone := false
	if p.has(s, stBitSubordinator) {
		// "As the charges were unsealed, the director testified …": a
		// subordinate clause alone is the setting, not what was said
		// (unless the main clause follows the attribution: "If prices
		// fall, she said, farms will close.").
		lone = true
		for k := s + 1; k < m; k++ {
			if p.punct(k) == "," || p.isQuote(k) {
				lone = false
				break
			}
		}
	}
	if p.isQuote(m) && m-1 > s && p.dashAt(m-1) && p.quoteEndsComma(m) && p.punct(from) == "," {
		s = m // "… to Mexico - “I love Oreos,” he said, “I will never eat them again” - and vowed …": the aside's quotation
	}
	if p.isQuote(m) && m > s && (p.punct(m-1) == "—" || p.punct(m-1) == "(") && p.punct(from) == "—" {
		s = m // "… is known as the visionary—“Jerry sees around corners,” says Bill Polian—Stephen is …": the aside's quotation
	}
	c.cS, c.cE = s, m+1
	needThat := c.flags&(stCueNeedThat|stCueWeak) != 0 && c.flags&stCueCourt == 0 && !(c.cE-c.cS == 1 && p.isQuote(c.cS)) && !(c.flags&stCueWeak == 0 && p.isQuote(c.cE-1) && p.quoteEndsComma(c.cE-1)) // ("…, York Crown Court heard." closes a sentence of content)
	// The attribution may interrupt the content: "A," she said, "B." or
	// "The plan, he said, will fail."
	limit, pastWho := from+12, false
	if c.cE-c.cS == 1 && p.isQuote(c.cS) {
		limit = from + 20 // "“A,” Thiel wrote in a statement to Wired explaining why he is speaking at the convention, “B.”"
	}
	for k := from; k < b && k < limit; k++ {
		colon := p.punct(k) == ":" && k == from && !p.isQuote(k+1) && c.cE-c.cS <= 4 && !p.isQuote(c.cE-1)
		if p.isQuote(k) || p.punct(k) == "." || p.punct(k) == ":" && !colon || p.word(from) == "about" {
			break // ("he wrote about banking, and …": a topic, no content after)
		}
		if p.punct(k) != "," && !colon {
			continue
		}
		if p.word(k+1) == "who" && c.cE-c.cS == 1 && p.isQuote(c.cS) && !pastWho {
			ownCue := false // "“A,” says Stephen, who told his father, “B.”": B is the relative clause's
			for m := k + 2; m < b && m < k+30 && !p.isQuote(m); m++ {
				if cw, ok := stTheLexicon.cues[p.word(m)]; ok && cw.flags&stCueWeak == 0 && !p.toks[m].cap {
					ownCue = true // (not "saw every snap")
					break
				}
			}
			if ownCue {
				break
			}
			limit, pastWho = k+30, true // "“A,” says Jerry, who saw every game, “B.”": past the clause about the speaker
			continue
		}
		if c.cE-c.cS == 1 && p.isQuote(c.cS) {
			if p.isQuote(k+1) && (p.trimEnd(k+1, b) == k+2 || p.dashAt(k+2) && p.dashAt(c.cS-1)) {
				// (and "… - “A,” he said, “B” - and vowed …": the dashes
				// close the aside)
				c.cE = k + 2
				c.interrupted = true
			} else if w := p.word(k + 1); strings.HasSuffix(w, "ing") && len(w) > 4 && !p.isCueWord(k+1) && !p.toks[k+1].cap {
				// "“A,” Lee said, pausing, “B.”" and "“A,” Lee said,
				// referring to the excuse, “B.”"
				for m := k + 2; m < b && m < k+16 && !p.isQuote(m) && p.punct(m) != "."; m++ {
					if p.punct(m) == "," {
						if p.isQuote(m+1) && p.trimEnd(m+1, b) == m+2 {
							c.cE = m + 2
							c.interrupted = true
						}
						break
					}
				}
			} else if w == "a" || w == "an" || w == "the" {
				// "“A,” notes Sam Cho, a researcher at NOAA, “B.”": past
				// the speaker's apposition.
				for m := k + 2; m < b && m < k+14; m++ {
					if p.isQuote(m) || p.isCueWord(m) {
						break
					}
					if p.punct(m) == "," {
						if p.isQuote(m+1) && p.trimEnd(m+1, b) == m+2 {
							c.cE = m + 2
							c.interrupted = true
						}
						break
					}
				}
			}
		} else if w, b := p.word(k+1), p.asQuoteEnd(k+1, b); (!p.isQuote(c.cE-1) || !p.isQuote(c.cS) && p.quoteEndsComma(c.cE-1) && p.clauseAt(k+1, b)) && p.trimEnd(k+1, b)-(k+1) >= 2 && (p.noCue(k+1, b) || c.cE-c.cS <= 4 && p.isCueWord(k+1) && p.noCue(k+2, b)) && !(stTimeSubordinators[w] || p.spanBefore(k+1) || w == "as" || (w == "a" || w == "an") && !p.resumesAfterComma(k+2, b) || strings.HasSuffix(w, "ing") && len(w) > 4 && !p.toks[k+1].cap && !p.resumesAfterComma(k+2, b) && !p.gerundSubject(k+1, b) && c.cE-c.cS >= 4 && p.hasVerb(c.cS, c.cE)) {
			// (", officials said, as relatives gathered": the setting;
			// ", Fain said, a turnaround from …": the writer's apposition;
			// ", the affidavit stated, listing …": the source's next act)
			c.cE = p.trimEnd(k+1, b)
			if q := subj - 1; p.punct(q) == "," && q-2 >= c.cS {
				// "… the product — and also, she says, because it …" and
				// "The plan helped, but, she says, the cost was high": what
				// she says is the clause after the conjunction.
				n := q - 1
				if p.word(n) == "also" {
					n--
				}
				if w := p.word(n); (w == "and" || w == "but" || w == "yet") && n-1 > c.cS && (p.punct(n-1) == "," || p.punct(n-1) == "—") {
					c.cS = k + 1
				}
			}
		}
		break
	}
	if c.cE-c.cS == 1 && p.isQuote(c.cS) && !c.interrupted {
		// "“A,” said Ann Lee, chief of Acme Inc. “B.”": the sentence
		// split missed the abbreviation; B continues the quotation.
		if q := p.trimEnd(from, b) - 1; q > from && q-from < 30 && p.isQuote(q) && strings.HasSuffix(p.word(q-1), ".") && p.toks[q-1].kind == stWord {
			c.cE = q + 1
			c.interrupted = true
		}
	}
	// "Simultaneously, he continued, the government has …"
	resumed := c.cE > m+1 && !p.isQuote(m) && p.punct(subj-1) == "," && (p.has(subj, stBitSubjectPronoun) || p.isNameWord(subj))
	// "…, Martin suggested, as …", "…, as Martin suggested"
	personAfter := stAfterClauseCues[c.lemma] && c.cE == m+1 && (p.isNameWord(subj) || p.word(subj) == "as" && p.isNameWord(subj+1) || p.has(subj, stBitSubjectPronoun) && p.word(subj) != "it") && c.subjE-c.subjS <= 3
	if lone && c.cE == m+1 || needThat && !personAfter && (c.cE == m+1 || c.flags&stCueWeak != 0 && !resumed) {
		return false // (but "Britain, they suggest, should …": the clause resumes after the verb)
	}
	if timeOnly && c.cE == m+1 {
		return false
	}
	if c.cE-c.cS == 1 && p.isQuote(c.cS) {
		return p.quotes[p.toks[c.cS].q].words >= 1
	}
	if c.cE-c.cS == 2 && p.toks[c.cS].kind == stWord && p.isQuote(c.cS+1) {
		return p.quotes[p.toks[c.cS+1].q].words >= 2 // Buyers "wanted a cheaper model,"
	}
	return c.cE-c.cS >= 3
}

// stPlacePreps open a short phrase of place or circumstance that sets a
// scene before the subject ("Behind a closed door, three students
// argued …"), no content.
var stPlacePreps = stWordSet("behind beside besides near among amongst around within without upon toward towards beyond despite beneath below above")

// gerundSubject reports whether the gerund at k heads the subject of a
// clause: "replacing him would be costly" (a modal or a form of "be"
// after a short object), not "citing a lack of staff" nor "musing why
// they aren't …".
func (p *stPara) gerundSubject(k, b int) bool {
	if p.isCueWord(k) {
		return false // ", musing why they aren't …": another act of the speaker
	}
	for m := k + 1; m < b && m <= k+4; m++ {
		w := p.word(m)
		if p.toks[m].kind != stWord || w == "that" || w == "which" || w == "who" || w == "why" || w == "how" || w == "whether" {
			return false
		}
		if stIsVerbAux(w) && m > k+1 {
			return true
		}
	}
	return false
}

// cueBefore reports whether a lower-case speech verb stands in [s, m),
// within 80 tokens of m.
func (p *stPara) cueBefore(s, m int) bool {
	for k := m - 1; k >= s && k > m-80; k-- {
		if p.isCueWord(k) && !p.toks[k].cap {
			return true
		}
	}
	return false
}

// asQuoteEnd returns the end of the quotation that "as" and a source
// follow in [s, b) ("… the words “A,” as Bo Park said"), or b: the
// quotation is the end of the content around it.
func (p *stPara) asQuoteEnd(s, b int) int {
	for k := s + 1; k < b && k < s+60; k++ {
		if p.word(k) == "as" && p.isQuote(k-1) && p.quoteEndsComma(k-1) {
			for m := k + 2; m < b && m < k+20; m++ {
				if p.isCueWord(m) && !p.toks[m].cap {
					return k
				}
			}
		}
	}
	return b
}

// descriptionAfterQuote returns the quotation token before the words
// ending at m when those words are a description in apposition to the
// speaker named after them ("“…,” the head of the agency, Bambang
// Soelistyo, said"), or -1.
func (p *stPara) descriptionAfterQuote(a, m int) int {
	if p.isQuote(m) {
		return -1
	}
	for q := m - 1; q >= a && q >= m-14; q-- {
		if !p.isQuote(q) {
			if p.toks[q].kind != stWord && p.punct(q) != "," || p.verbAt(q) {
				return -1
			}
			continue
		}
		d := q + 1
		if p.punct(d) == "," {
			d++
		}
		qt := p.quotes[p.toks[q].q]
		if w := p.word(d); (w == "the" || w == "a" || w == "an") && (p.quoteEndsComma(q) || p.punct(q+1) == "," || strings.HasSuffix(strings.TrimSpace(p.text[qt.inS:qt.inE]), ",")) && m-d >= 2 {
			return q
		}
		return -1
	}
	return -1
}

// frontedAddressee returns the outlet or audience of a phrase opening
// the sentence at a and ending in a comma just before the subject at s:
// "Speaking to Reuters on Monday," "In an interview with The Associated
// Press," "Talking to reporters,". It returns "" when there is none.
func (p *stPara) frontedAddressee(a, s int) string {
	if p.punct(s-1) != "," || s-a > 14 {
		return ""
	}
	k := a
	switch w, x := p.word(a), p.word(a+1); {
	case (w == "speaking" || w == "talking") && (x == "to" || x == "with"):
		k = a + 2
	case w == "in" && (x == "an" || x == "a") && p.word(a+2) == "interview" && p.word(a+3) == "with":
		k = a + 4
	default:
		return ""
	}
	e := k
	for e < s-1 && p.toks[e].kind == stWord && !p.has(e, stBitPrep) && !stTimeWords[p.word(e)] && !(e > k && p.word(e) == "on") {
		e++
	}
	if e == k || e-k > 6 {
		return ""
	}
	return p.span(k, e)
}

// stWarnCues take an addressee before the "that" of what they report:
// "warned members that …", "reminded voters that …".
var stWarnCues = stWordSet("warn caution remind assure advise")

// stSignHeads carry slogans, not speech: "the banner said …".
var stSignHeads = stWordSet("sign signs banner banners placard placards poster posters t-shirt t-shirts shirt shirts sticker stickers billboard billboards graffiti slogan")

// stTimeSubordinators open a clause that sets the time of what follows.
var stTimeSubordinators = stWordSet("when after before while since once until")

// analyzeAccording handles "according to X".
func (e *stEngine) analyzeAccording(p *stPara, a, b int, c *stCue, prevEnd int) bool {
	x := c.j
	// "According to X, CLAUSE."
	start := a
	for start < c.i && (p.has(start, stBitIntro) || p.punct(start) == "," || p.word(start) == "for" && (p.word(start+1) == "example" || p.word(start+1) == "instance") && p.punct(start+2) == ",") {
		if p.word(start) == "for" {
			start++ // "For example, according to X, …"
		}
		start++
	}
	if start == c.i {
		k := x
		for k < b && k-x <= 15 && p.punct(k) != "," && p.punct(k) != ":" && !p.isQuote(k) {
			k++
		}
		if k >= b || k-x > 14 || k == x {
			return false
		}
		c.subjS, c.subjE = x, k
		if w := p.word(k + 1); p.punct(k) == "," && (w == "which" || w == "who") {
			// "According to TMZ, which first reported the news, …": past
			// the clause about the source.
			for m := k + 2; m < b && m < k+16; m++ {
				if p.isQuote(m) || p.punct(m) == "." {
					break
				}
				if p.punct(m) == "," {
					k = m
					break
				}
			}
		}
		// "According to his aunt, Jane Starner, CLAUSE": a name in
		// apposition belongs to the source, not to the clause.
		if n := k + 1; n < b && p.isNameWord(n) {
			m := n
			for m < b && m-n < 5 && p.isNameWord(m) {
				m++
			}
			if m-n >= 2 && p.punct(m) == "," && m+1 < b {
				c.subjS, c.subjE, k = n, m, m // the name is the speaker
			}
		}
		// "According to Breaking the Silence, an NGO of former soldiers,
		// CLAUSE": a description in apposition is no part of the clause.
		if n := k + 1; n < b && (p.word(n) == "a" || p.word(n) == "an" || p.isNameWord(k-1) && p.roleApposition(n, b)) { // (or "Tom Namako, deputy news director at Buzzfeed,")
			for m := n + 1; m < b && m < n+16; m++ {
				if p.toks[m].kind != stWord && p.punct(m) != "," || stIsVerbAux(p.word(m)) {
					break
				}
				if p.punct(m) == "," {
					if p.trimEnd(m+1, b)-(m+1) >= 3 {
						k = m
					}
					break
				}
			}
		}
		c.cS, c.cE = k+1, p.trimEnd(k+1, b)
	} else {
		k := p.trimEnd(x, b)
		for m := x; m < k && m < x+20; m++ {
			if p.punct(m) == "(" {
				break // "according to Tom Hale (a former aide)": his own bracket
			}
			if p.punct(m) == ")" {
				k = m // "(and yours, according to Joe Ambeault) made it in": the bracket closes the source
				break
			}
		}
		if p.punct(c.i-1) != "," && !(p.isQuote(c.i-1) && p.quoteEndsComma(c.i-1)) {
			// "The fire began in the kitchen according to the fire
			// department.": a source that ends the sentence needs no comma.
			if k-x > 12 || k-x < 1 || c.i-start < 4 || prevEnd != a || !(p.hasVerb(start, c.i) || p.hasPastVerb(start, c.i)) || !(p.speakerLike(x, k) || p.isNameWord(k-1)) {
				return false
			}
			for m := x; m < k; m++ {
				if p.toks[m].kind != stWord {
					return false
				}
			}
		}
		if m := p.parentheticalEnd(x, k); m > 0 && prevEnd == a {
			// "He had, according to X, eaten a rabbit.": the source
			// interrupts the clause it attaches to.
			c.subjS, c.subjE = x, m
			c.cS, c.cE = start, k
			// "… helped, but, according to Lee, the cost was high.": the
			// clause after the conjunction.
			for q := c.i - 1; q > start+2; q-- {
				if w := p.word(q); (w == "but" || w == "and" || w == "yet") && p.punct(q-1) == "," && p.punct(q+1) == "," {
					c.cS = q + 2
					break
				}
			}
			if c.cS == c.i {
				c.cS = m + 1 // the source opens the clause: what follows it
			}
			c.interrupted = true
			c.after = true
		} else {
			for q := x + 1; q < k; q++ {
				if p.punct(q) == "," || p.punct(q) == "—" {
					k = q // "…, according to X, adding to …": the source ends here
					break
				}
			}
			if k-x > 16 || k == x {
				return false
			}
			c.subjS, c.subjE = x, k
			c.cS, c.cE = prevEnd, c.i-1
			if p.punct(c.i-1) != "," && !p.isQuote(c.i-1) {
				c.cE = c.i // (no comma before "according to")
			}
			if prevEnd == 0 {
				c.cS = p.skipDateline(0, c.cE) // "(Reuters) — The regulator …"
			}
			if p.isQuote(c.i - 1) {
				c.cE = c.i // the comma sits inside the closing mark
			}
			for q := c.i - 1; q > c.cS && q > c.i-40; q-- {
				if p.punct(q) == ")" {
					break
				}
				if p.punct(q) == "(" {
					if p.hasVerb(q+1, c.i) {
						c.cS = q + 1 // "… (the true number is lower, according to X)": the bracket's clause
					}
					break
				}
			}
			for c.cS < c.cE && (p.has(c.cS, stBitIntro) || p.punct(c.cS) == ",") {
				c.cS++
			}
			c.after = true
		}
		lim := c.cE
		if c.interrupted {
			lim = c.i // the dash must come before the source
		}
		dashes := 0 // (a pair of dashes sets off an aside inside the clause: "routes — to Bath and York — that it launched")
		for d := max(c.cS, lim-60); d < lim; d++ {
			if p.punct(d) == "—" {
				dashes++
			}
		}
		for d := lim - 4; dashes%2 == 1 && d > c.cS && d > lim-60; d-- {
			if w := p.word(d + 1); p.punct(d) == "—" && (stSubjectPronouns[w] || stDeterminers[w] && w != "that" || p.isNameWord(d+1)) && !stIntroWords[w] {
				c.cS = d + 1 // "Acme, too, is growing — it had 100 brands, according to X"
				break
			}
		}
	}
	if c.after && prevEnd > a && p.has(c.cS, stBitPrep) && !p.hasVerb(c.cS, c.cE) {
		// "“…,” the minister said in a statement, according to NBC
		// News.": the outlet relays the minister's words.
		return false
	}
	if e.reportsOwnSpeech(p, c.cS, c.cE) {
		// "According to Reuters, the minister said …": the relay is no
		// source; the speech inside its clause is the statement.
		return false
	}
	for k := c.subjS; k < c.subjE; k++ {
		if p.punct(k) == "," || p.punct(k) == "(" && k > c.subjS {
			c.subjE = k // ("according to exit polls (a wide margin, …)")
			break
		}
	}
	if hk := p.headOf(c.subjS, c.subjE); p.findingHead(c.subjS, hk) && !stRecordHeads[p.word(hk)] && !p.ownedFinding(c.subjS, c.subjE, hk) {
		return false
	}
	if w, hk := p.word(c.cS), p.headOf(c.subjS, c.subjE); c.after && c.cS < c.i && (w == "his" || w == "her") && stInterviewHeads[p.word(hk)] && p.word(hk+1) == "with" {
		// "His criticism, according to an interview with the Times, was
		// …": the one interviewed is the owner of what the clause reports.
		g := stMale
		if w == "her" {
			g = stFemale
		}
		id := e.namedBefore(p, c.cS, g)
		if id < 0 {
			id = e.mentionedPerson(g)
		}
		if id >= 0 {
			c.subjS, c.subjE = c.cS, c.cS+1
			c.speaker, c.entity = e.refer(id)
			return true
		}
	}
	if c.cE-c.cS < 3 && !(c.cE-c.cS == 1 && p.isQuote(c.cS)) {
		return false
	}
	c.speaker, c.entity = e.resolveNP(p, c.subjS, c.subjE)
	return c.speaker != ""
}

// stInterviewHeads are the occasions of speech a source phrase can name
// without naming the speaker: "according to an interview with the Times".
var stInterviewHeads = stWordSet("interview interviews remarks")

// stShowNouns name what a title in quotation marks may follow as the
// addressee: "told the television program “Inside Edition.”"
var stShowNouns = stWordSet("program programme show series podcast newspaper magazine")

// stProgrammeVerbs open the titles of interview programmes written
// without quotation marks: "Face the Nation", "Meet the Press".
var stProgrammeVerbs = stWordSet("face meet")

// stCrowdHeads and stShoutLemmas: what a crowd yells or chants is a
// chant.
var (
	stCrowdHeads  = stWordSet("crowd crowds audience audiences fans marchers chanters onlookers")
	stShoutLemmas = stWordSet("yell shout chant roar scream cheer holler")
)

// stEstimatingBodies measure and project: their estimates are findings.
var stEstimatingBodies = stWordSet("institute institution bureau office agency department center centre administration service")

// stIndefinites are pronouns that open a clause as its subject:
// "proposed that everyone in America ought to …".
var stIndefinites = stWordSet("everyone everybody someone somebody anyone anybody nobody everything something anything nothing")

// parentheticalEnd returns the comma that closes a short source phrase
// starting at x and followed by at least three words of the clause
// ("…, according to X, killed …"), or 0.
func (p *stPara) parentheticalEnd(x, end int) int {
	for k := x + 1; k < end && k-x <= 12; k++ {
		if p.isQuote(k) {
			return 0
		}
		if p.punct(k) == "," {
			if end-k-1 < 3 || !p.noCue(k+1, p.subordinateAt(k+2, end)) {
				return 0 // (a cue in a clause of its own, "began when someone reported seeing …", is no matter)
			}
			w := p.word(k + 1)
			if w == "" || p.toks[k+1].cap || stClauseWords[w] || stIntroWords[w] || w == "and" || w == "but" {
				return 0 // a list or a new clause, not the rest of this one
			}
			if w == "with" || w == "including" || w == "amid" {
				return 0 // "…, according to X, with 140 whales dying": the writer's adjunct to a clause already whole
			}
			return k
		}
	}
	return 0
}

// stHowCues take an account as their content: "told how …".
var stHowCues = stWordSet("tell reveal describe recall explain recount detail lament boast outline complain acknowledge admit demand emphasize emphasise stress")

// stWhyCues of stHowCues also take a "why" clause: "explained why the
// plant closed".
var stWhyCues = stWordSet("explain demand emphasize emphasise stress")

// stPronounAux reports whether w is a subject pronoun fused with its
// auxiliary: "it's", "they're", "she'll", "I'm".
func stPronounAux(w string) bool {
	pr, aux, ok := strings.Cut(w, "'")
	return ok && stSubjectPronouns[pr] && (aux == "s" || aux == "re" || aux == "m" || aux == "ll" || aux == "ve" || aux == "d")
}

// bareRoleName finds the name in apposition to a role with no article
// that follows an inverted cue ("said head coach of the men's team, Dwayne
// Killings"): [n, m), or 0, 0.
func (p *stPara) bareRoleName(j, b int) (int, int) {
	if !p.lowerRole(j) && !p.lowerRole(j+1) {
		return 0, 0
	}
	for k := j + 1; k < b && k < j+12; k++ {
		if p.punct(k) != "," {
			if p.toks[k].kind != stWord || p.isCueWord(k) {
				return 0, 0
			}
			continue
		}
		m := k + 1
		for m < b && m < k+5 && p.isNameWord(m) {
			m++
		}
		if m-(k+1) >= 2 && (m >= p.trimEnd(k+1, b) || p.punct(m) == "," || p.punct(m) == ".") {
			return k + 1, m
		}
		return 0, 0
	}
	return 0, 0
}

// capsTitleEnd reports whether [s, e) is all capitalised words ending in
// a title ("Housing Executive Chief Executive", "Deputy Health Minister").
func (p *stPara) capsTitleEnd(s, e int) bool {
	for k := s; k < e; k++ {
		if p.toks[k].kind != stWord || !p.toks[k].cap {
			return false
		}
	}
	w := p.word(e - 1)
	return e-s >= 2 && (stTitleWords[w] || stBackHeads[w]) // (not a suffix: "Rob Goldman" is a name)
}

// partyTagComma returns the comma before a party-and-state tag that ends
// with the comma at pre (", D-California,", ", R-Texas,"), or -1.
func (p *stPara) partyTagComma(a, pre int) int {
	k := pre - 1
	for k > a && pre-k <= 5 && p.punct(k) != "," {
		k--
	}
	if k <= a || p.punct(k) != "," || k+1 >= pre {
		return -1
	}
	tag := p.text[p.toks[k+1].s:p.toks[pre-1].e]
	if len(tag) < 3 || len(tag) > 20 || !strings.ContainsRune("DRI", rune(tag[0])) || tag[1] != '-' || tag[2] < 'A' || tag[2] > 'Z' {
		return -1
	}
	return k
}

// stQuantDets open a noun phrase that may be a clause's subject ("every
// individual has to decide").
var stQuantDets = stWordSet("every each all no most many some several few both")

// nextActEnd returns where content [s, e) ends when "and" or "but" then
// a verb in the past tense begins the speaker's next act. That can only be
// so when the content is a noun phrase or an infinitive with no verb of
// its own before the conjunction ("called for a pause but stopped short
// of …", "promised to protect Medicaid and hammered …"), or a clause
// whose verb is a modal before a plain verb ("countries should work
// together and held out …"); otherwise 0.
func (p *stPara) nextActEnd(s, e int) int {
	if p.isQuote(s) {
		return 0
	}
	modal := false
	for k := s + 1; k < e && k < s+5; k++ {
		w := p.word(k)
		if stModals[w] && !stIsVerbAux(p.word(k+1)) && p.word(k+1) != "be" && p.word(k+1) != "have" && p.word(k+1) != "not" {
			modal = true
			break
		}
		if w == "" || stIsVerbAux(w) || stPastVerbs[w] || strings.HasSuffix(w, "ed") {
			break
		}
	}
	w0 := p.word(s)
	np := !modal && (stDeterminers[w0] || stPossessives[w0] || w0 == "to" && !p.toks[s+1].cap || w0 == "not" && p.word(s+1) == "to" && !p.toks[s+2].cap || p.possessiveName(s)) // (and "Israel's commitment to peace")
	if !modal && !np {
		return 0
	}
	for k := s + 1; k+2 < e && k < s+60; k++ {
		if np && p.punct(k) == "," && (p.word(k+1) == "and" || p.word(k+1) == "but") {
			n := k + 2
			if p.punct(n+1) == "," && p.toks[n].kind == stWord {
				n += 2 // ", and yes, he managed …"
			}
			if w := p.word(n); stSubjectPronouns[w] && w != "it" && (p.pastAt(n+1) || stIsVerbAux(p.word(n+1))) {
				return k // "announced a deal in June, and yes, he managed to …": the writer goes on
			}
		}
		w, v := p.word(k), p.word(k+1)
		past := !p.toks[k+1].cap && (stPastVerbs[v] || strings.HasSuffix(v, "ed") && len(v) > 4)
		if (w == "and" || w == "but") && past && p.toks[k+2].kind == stWord {
			if p.punct(k-1) == "," {
				return k - 1
			}
			return k
		}
		if np && (stIsVerbAux(w) || stPastVerbs[w] || strings.HasSuffix(w, "ed") && !p.toks[k].cap || w == "that" && !(p.word(k+2) == "and" && p.toks[k+1].kind == stWord) || w == "who" || w == "which") {
			// ("to repeat that mistake and …": "that" a determiner)
			return 0 // the noun phrase has a verb of its own: a clause may go on
		}
	}
	return 0
}

// narrationEnd returns where the writer takes over from reported content
// [s, e), or e: an example after a colon ("announced donations to the
// cause: Acme pledged …"), a comment on the act ("― a move that critics
// decried …"), the writer's first person ("…, although given the
// source, we would not …"), or what the speaker did next ("…, but felt
// ignored", "…, but it didn't say when"). Each check looks at what the
// one before left.
func (p *stPara) narrationEnd(s, e int) int {
	if m := p.colonNarrativeAt(s, e); m > s {
		e = m
	}
	if m := p.moveAppositionAt(s, e); m > s {
		e = m
	}
	if m := p.writerAsideAt(s, e); m > s {
		e = m
	}
	if m := p.butNarrativeAt(s, e); m > s {
		e = m
	}
	return e
}

// butNarrativeAt returns the comma of a ", but" in content [s, e) after
// which the writer narrates what the speaker did: a verb in the past
// tense with no subject of its own ("…, but felt unprotected", "…, but
// offered no proof"), a person who also did something else ("…, but he
// has also intensified …"), or a pronoun that declined to say more
// ("…, but he did not disclose how large", "…, but it didn't say
// when"); 0 when there is none.
func (p *stPara) butNarrativeAt(s, e int) int {
	for k := s + 2; k+2 < e && k < s+80; k++ { // (a bound keeps a long run-on sentence linear)
		if p.punct(k) != "," && !(p.isQuote(k) && p.quoteEndsComma(k)) || p.word(k+1) != "but" || p.isQuote(k+2) {
			continue
		}
		n := k + 2
		if p.isQuote(k) {
			k++ // "“jobs, jobs, jobs,” but he has also …": the quotation stays
		}
		if p.has(n, stBitPrep) {
			// "…, but during her interview she spoke for the first time
			// about …": past a phrase of time or place, the writer's
			// account of what the speaker did.
			for m := n + 1; m+1 < e && m < n+9 && p.toks[m].kind == stWord; m++ {
				if w := p.word(m); (w == "he" || w == "she" || w == "they") && p.pastAt(m+1) && !stIsVerbAux(p.word(m+1)) {
					return k
				}
			}
		}
		if w := p.word(n); p.pastAt(n) && !stIsVerbAux(w) && !p.toks[n].cap && p.word(n+1) != "by" {
			return k // (not "…, but supported by …": a participle)
		}
		if w := p.word(n); stSubjectPronouns[w] && w != "i" && w != "we" && w != "you" {
			v := p.word(n + 1)
			if w != "it" && (v == "also" || stIsVerbAux(v) && p.word(n+2) == "also") {
				return k // "…, but he has also intensified the attacks": another act of the speaker
			}
			neg := (v == "did" || v == "would" || v == "could") && p.word(n+2) == "not" || v == "didn't" || v == "wouldn't" || v == "couldn't" || v == "declined" || v == "refused"
			if !neg {
				continue
			}
			for m := n + 2; m < e && m <= n+4; m++ {
				if x := p.word(m); p.isCueWord(m) || stWithheldWords[x] {
					return k
				}
			}
		}
	}
	return 0
}

// writerAsideAt returns the comma before a clause of reported content
// [s, e) that speaks as "we" or "I" outside any quotation — the writer's
// comment, since reported speech puts the speaker in the third person —
// or 0.
func (p *stPara) writerAsideAt(s, e int) int {
	if p.hasQuote(s, min(e, s+70)) { // (a bound keeps a long run-on sentence linear)
		return 0
	}
	for k := s + 3; k+2 < e && k < s+60; k++ {
		if p.punct(k) != "," {
			continue
		}
		for n := k + 1; n < e && n < k+8; n++ {
			if w := p.word(n); w == "we" || w == "i" {
				for j := k - 1; j > s+2 && j > k-12; j-- {
					if w := p.word(j + 1); p.punct(j) == "," && (stSubordinators[w] || w == "but" || w == "and" || w == "yet") {
						return j // ", although given the source, we …": from the conjunction
					}
				}
				return k
			}
			if p.toks[n].kind != stWord {
				break
			}
		}
	}
	return 0
}

// moveAppositionAt returns the comma or dash before "a move that …"
// ("a step which …", "a decision that …") in content [s, e): the
// writer's comment on what was said or done. It returns 0 when there is
// none.
func (p *stPara) moveAppositionAt(s, e int) int {
	for k := s + 2; k+3 < e && k < s+60; k++ {
		if p.isQuote(k) {
			return 0
		}
		if p.punct(k) != "," && p.punct(k) != "—" || p.word(k+1) != "a" && p.word(k+1) != "an" {
			continue
		}
		if w := p.word(k + 3); stActNouns[p.word(k+2)] && (w == "that" || w == "which") {
			return k
		}
	}
	return 0
}

// stActNouns name an act a writer comments on in apposition ("…, a move
// that …").
var stActNouns = stWordSet("move step decision measure shift change policy gesture tactic")

// colonNarrativeAt returns the colon that ends noun-phrase content [s,
// e) when a clause of its own follows it — a name, then a verb in the
// past tense — or 0.
func (p *stPara) colonNarrativeAt(s, e int) int {
	for k := s + 2; k+2 < e && k < s+40; k++ {
		if p.toks[k].kind != stWord && p.punct(k) != ":" || p.verbish(k) || p.verbAt(k) {
			return 0 // a clause, a quotation or a break before any colon
		}
		if p.punct(k) == ":" {
			n := p.nameRunEnd(k+1, e)
			if n > k+1 && n < e && p.pastAt(n) && !stIsVerbAux(p.word(n)) {
				return k
			}
			return 0
		}
	}
	return 0
}

// stWithheldWords are what a source declines to do after speaking ("but
// he did not elaborate").
var stWithheldWords = stWordSet("say said elaborate disclose specify comment provide give identify name reveal explain detail offer answer")

// stModals are the modal verbs.
var stModals = stWordSet("will would should can could may might must shall")

// stCourtHeads are the hearings whose record speaks in court reports
// ("the inquest heard that …").
var stCourtHeads = stWordSet("court inquest tribunal hearing jury trial inquiry magistrates")

// nameRunStart returns where the run of name words ending at k starts
// (k+1 when k is no name word), going left no further than a.
func (p *stPara) nameRunStart(a, k int) int {
	s := k + 1
	for s-1 >= a && s > k-4 && p.isNameWord(s-1) {
		s--
	}
	return s
}

// resumesAfterComma reports whether a comma in [k, b) is followed by a
// verb that resumes an interrupted clause ("…, says Ann Lee, an
// immunologist at UCSF, helps direct …").
func (p *stPara) resumesAfterComma(k, b int) bool {
	for m := k; m < b && m < k+20; m++ {
		if p.punct(m) == "," && p.resumesAt(m+1) {
			return true
		}
	}
	return false
}

// contentSubject returns the subject of the clause reported by cue prev
// when participle c follows that content ("… relatives of the babies
// demonstrated outside, saying …"), and it can speak; -1, -1 otherwise.
func (p *stPara) contentSubject(prev, c *stCue) (int, int) {
	if c.form != 4 || prev.after || prev.cE <= prev.cS || prev.cE > c.i || c.i-prev.cE > 2 || p.isQuote(prev.cS) || c.lemma == "cite" {
		return -1, -1 // ("Xinhua said the man was isolated, citing the health commission": the reporter cites)
	}
	s := prev.cS
	if p.has(s, stBitSubjectPronoun) {
		return -1, -1 // ("said he would go, adding …": the same person, as a rule)
	}
	for m := s + 1; m < prev.cE && m < s+9; m++ {
		w := p.word(m)
		if w == "" {
			return -1, -1
		}
		if (stPastVerbs[w] || strings.HasSuffix(w, "ed") || stIsVerbAux(w)) && !p.toks[m].cap && !p.has(m-1, stBitDeterminer) && p.word(m-1) != "of" {
			if stIsBe(w) && !strings.HasSuffix(p.word(m+1), "ing") {
				return -1, -1 // "said the office was closed, adding …": a state, the speaker goes on
			}
			if p.validSubject(s, m) && p.speakerLike(s, m) && !p.hasNameWord(s, m) {
				return s, m
			}
			return -1, -1
		}
	}
	return -1, -1
}

// subordinateAt returns where the first subordinate or relative clause in
// [s, end) opens ("… began at 7 p.m. when someone reported …"), or end.
func (p *stPara) subordinateAt(s, end int) int {
	for k := s; k < end && k < s+61; k++ { // (noCue takes no more than 60 tokens anyway)
		if w := p.word(k); stSubordinators[w] && w != "as" || w == "who" || w == "which" {
			return k
		}
	}
	return end
}

// reportsOwnSpeech reports whether [s, e) holds a finite speech verb with
// a subject of its own.
func (e *stEngine) reportsOwnSpeech(p *stPara, s, end int) bool {
	if end-s > 80 {
		return false
	}
	for _, c := range e.findCues(p, s, end) {
		if c.according || c.coord || c.form > 2 || c.i-s < 1 || !stFinalCues[c.lemma] && c.lemma != "tell" && c.lemma != "announce" && !((c.lemma == "call" || c.lemma == "refer to" || c.lemma == "describe") && p.hasQuote(c.j, end)) {
			continue // ("the first lady had called the plan “a disaster”" speaks for itself)
		}
		if w := p.word(c.i - 1); c.form == 1 && (w != "" && w[0] >= '0' && w[0] <= '9' || stDeterminers[w] || stQuantifiers[w]) {
			continue // "across 48 states have voted": a noun
		}
		pre := p.auxStart(s, c.i)
		if pre <= s {
			continue
		}
		sub := false
		for k := s; k < pre; k++ {
			if w := p.word(k); stSubordinators[w] && w != "as" || w == "but" {
				sub = true // "…, though they later said …": not the main clause
			}
		}
		if sub {
			continue
		}
		if p.isQuote(pre-1) || p.punct(pre-1) == "," {
			return true // a quotation or an appositive before the verb
		}
		if n := p.leftNP(s, pre); n < pre && p.validSubject(n, pre) && p.speakerLike(n, pre) {
			return true
		}
	}
	return false
}

// mainClauseSpeech reports whether the clause [s, end) is itself
// speech: its subject opens it and its verb is a speech verb ("the
// company announced that …"), not a clause inside it ("the cases came
// to light when officials announced …").
func (e *stEngine) mainClauseSpeech(p *stPara, s, end int) bool {
	for _, c := range e.findCues(p, s, end) {
		if c.according || c.coord || c.form > 2 || c.i-s < 1 || c.i-s > 12 {
			continue
		}
		pre := p.auxStart(s, c.i)
		if n := p.leftNP(s, pre); n == s && pre > s && p.validSubject(n, pre) && p.speakerLike(n, pre) {
			return true
		}
		return false // only the first cue can be the main clause's verb
	}
	return false
}

// emit records the statement of a valid cue.
func (e *stEngine) emit(pi int, p *stPara, a, b int, c *stCue) bool {
	if c.lemma == "compare" && (c.entity < 0 || c.entity >= len(e.ents) || e.ents[c.entity].kind != stEntPerson) {
		return false // a person likening things speaks; a firm comparing figures does not
	}
	s, t := c.cS, p.trimEnd(c.cS, c.cE)
	if !c.after && !p.isQuote(s) {
		for k := s + 3; k+2 < t; k++ {
			if p.isQuote(k) {
				break
			}
			if w := p.word(k + 1); p.punct(k) == "," && strings.HasSuffix(w, "ing") && len(w) > 5 && !p.toks[k+1].cap && !p.isCueWord(k+1) && p.resultPhraseAt(k+1, t) {
				t = k // "…, giving Tehran a boost and highlighting …": the writer's account of effects
				break
			}
		}
	}
	if r := c.subjS - 1; !c.after && r > a && (p.word(r) == "which" || p.word(r) == "that") && p.punct(r-1) == "," && c.subjS < c.i {
		// "Unlike phone ads, which Acme says will barely pass $1 billion,
		// TV ads totaled …": the relative clause ends at its comma.
		for k := s + 2; k+2 < t; k++ {
			if p.isQuote(k) {
				break
			}
			if p.punct(k) == "," && p.finiteClauseAt(k+1, t) {
				t = k
				break
			}
		}
	}
	if !c.after && !p.isQuote(s) {
		for k := s + 3; k+2 < t; k++ {
			if p.isQuote(k) {
				break
			}
			// "…that he might appoint Icahn, though Icahn reportedly
			// declined": the writer's aside, not what was said.
			if w := p.word(k + 1); p.punct(k) == "," && (w == "though" || w == "although") && (p.isNameWord(k+2) || p.clauseAt(k+2, t)) && p.hasAux(s, k) && !p.hasQuote(k+2, t) { // (a quotation in it is the speaker's: "…, though the data will be “mixed”")
				t = k
				break
			}
			if w := p.word(k); (w == "but" || w == "and") && p.word(k+1) == "which" && k > s+2 {
				t = k // "a program Iran says it needs for fuel but which can also …": the antecedent's clause resumes
				break
			}
			// "…would hire 200 officers, but critics questioned how …":
			// another source's reaction is the writer's, not what was said.
			if w := p.word(k + 1); p.punct(k) == "," && (w == "but" || w == "while" || w == "whereas") && k+3 < t {
				if e := p.npThenVerbEnd(k+2, t); e > k+2 && p.speakerLike(k+2, e) && !p.has(k+2, stBitSubjectPronoun) && strings.HasSuffix(p.word(e-1), "s") && !strings.HasSuffix(p.word(e-1), "'s") {
					// (a group of others: "critics", "analysts"; but "…,
					// but the league's leading passer has not been
					// cleared" is still the coach's report)
					t = k
					break
				}
			}
		}
	}
	if !c.after && !p.isQuote(s) {
		// "Hamas said the strike killed 12 people, a figure that could
		// not be independently verified": the writer's comment on what
		// was said is no part of it.
		for k := s + 3; k+3 < t; k++ {
			if p.punct(k) == "," && (p.word(k+1) == "a" || p.word(k+1) == "an") && stWriterAsideNouns[p.word(k+2)] && (p.word(k+3) == "that" || p.word(k+3) == "which") {
				t = k
				break
			}
		}
		for k := s + 1; k+3 < t && k < s+40; k++ {
			if p.isQuote(k) && p.quoteEndsComma(k) && p.word(k+1) == "part" && p.word(k+2) == "of" && p.word(k+3) != "which" && p.word(k+3) != "whom" {
				t = k + 1 // "says he's “losing the war,” part of a lashing they've …": the writer's gloss after the quotation
				break
			}
		}
	}
	if !c.after && c.subjS > a+1 && (p.word(c.subjS-1) == "which" || p.word(c.subjS-1) == "who") && p.punct(c.subjS-2) == "," {
		// "The device, which Apple says is its fastest yet, will cost
		// $999": the relative clause ends where the main clause resumes.
		for k := s + 1; k+1 < t; k++ {
			if p.punct(k) == "," && p.resumesAt(k+1) {
				t = k
				break
			}
		}
	}
	for s < t && p.toks[s].kind == stPunct && !stCurrency(p.toks[s].low) {
		s++ // (but "pledged $10 million" keeps its sign)
	}
	if !c.after && c.subjS > a && p.word(c.subjS-1) == "what" && stIsBe(p.word(s)) {
		s++ // "for what he said was a lax response": the report follows "was"
	}
	if s >= t {
		return false
	}
	if d := p.punct(s + 1); !c.after && p.isQuote(s) && s+1 < t && (strings.Trim(d, "—–-") == "" && d != "" || d == "(" || c.lemma == "call" && s == c.j && p.word(s+1) == "and") {
		// ("what Garrett calls “a vision” and the style it should
		// play": the name given is the quotation.)
		t = s + 1 // "as he pleaded “I can't breathe” –– by a police officer": the dash closes an aside
	}
	st := stStmt{para: pi, entity: c.entity}
	st.Speaker, st.To, st.Paragraph = c.speaker, c.to, pi
	if st.To == "" && c.subjS > a {
		st.To = p.frontedAddressee(a, c.subjS) // "Speaking to Reuters on Monday, Hughes said …"
	}
	ce := c.j
	if w := p.word(ce - 2); ce-c.i == 3 && w == "the" && (p.word(ce-1) == "fact" || p.word(ce-1) == "point") && c.lemma != "make clear" {
		ce -= 2 // "underscored the fact that": the cue is the verb
	} else if ce-c.i == 2 && stThatAdverbs[p.word(ce-1)] {
		ce-- // "hinted before that"
	}
	st.Cue = strings.ToLower(p.span(c.i, ce))
	if c.lemma == "join calls for" {
		st.Cue = p.word(c.i) + " calls for" // (not "joined growing calls on Thursday for")
	}
	if c.lemma == "deliver message" {
		m := c.i + 1
		for m < ce && !stDeliveredSpeech[p.word(m)] {
			m++
		}
		st.Cue = strings.ToLower(p.span(c.i, m+1)) // "delivered a blunt message"
		if p.word(m+1) == "to" && st.To == "" && ce-1 > m+2 {
			st.To = p.span(m+2, ce-1) // "… to Trump:"
		}
	}
	if p.word(c.i+1) == "the" && p.word(c.i+2) == "case" && c.lemma == "make clear" {
		st.Cue = p.word(c.i) + " the case" // "made the case to group leaders that …"
		if p.word(c.i+3) == "to" && st.To == "" && ce-1 > c.i+4 {
			st.To = p.span(c.i+4, ce-1)
		}
	}
	quotes, words := 0, 0
	for k := s; k < t; k++ {
		switch p.toks[k].kind {
		case stQuoteTok:
			quotes++
		case stWord:
			words++
		}
	}
	switch {
	case c.interrupted && p.isQuote(s) && p.isQuote(t-1):
		q1, q2 := p.quotes[p.toks[s].q], p.quotes[p.toks[t-1].q]
		st.Kind = KindDirect
		st.Text = p.text[q1.inS:q2.inE]
		st.textS = q1.inS
		st.openQuote = !q2.closed
	case t-s == 1 && quotes == 1:
		q := p.quotes[p.toks[s].q]
		st.Kind = KindDirect
		st.Text = p.text[q.inS:q.inE]
		st.textS = q.inS
		st.openQuote = !q.closed
		st.mergeable = c.after
	case quotes > 0:
		st.Kind = KindMixed
		st.Text = p.text[p.toks[s].s:p.toks[t-1].e]
		st.textS = int(p.toks[s].s)
		// The attack was “aimed at X,” he said. “And Y.”: one statement.
		st.mergeable = c.after && p.isQuote(t-1)
		st.openQuote = p.isQuote(t-1) && !p.quotes[p.toks[t-1].q].closed
	default:
		if p.word(s) == "about" && !c.after {
			return false // a bare topic ("joked about the weather"; "About 50 were hurt, police said" is content)
		}
		st.Kind = KindIndirect
		st.Text = p.text[p.toks[s].s:p.toks[t-1].e]
		st.textS = int(p.toks[s].s)
	}
	st.Text = strings.TrimSpace(st.Text)
	if st.Text == "" {
		return false
	}
	st.sentEnd = b
	e.out = append(e.out, st)
	if c.lemma == "call" && !c.after && p.isQuote(t-1) && p.punct(t) == ":" && p.isQuote(t+1) && p.quoteOpensCapital(t+1) && p.trimEnd(t+2, b) == t+2 {
		// "calls Cruz “a chameleon”: “…”": the quotation the verdict
		// sums up is said in full, a statement of its own.
		q := p.quotes[p.toks[t+1].q]
		e.out = append(e.out, stStmt{
			Statement: Statement{Speaker: st.Speaker, Kind: KindDirect, Text: p.text[q.inS:q.inE], Paragraph: pi},
			openQuote: !q.closed, para: pi, sentEnd: b, entity: c.entity, textS: q.inS,
		})
	}
	if c.entity >= 0 && c.entity < len(e.ents) {
		e.touch(c.entity, true, true)
		e.ents[c.entity].spoke = true
		if c.lemma == "report" && c.subjS >= 0 && p.outletName(c.subjS, c.subjE) && !stCompanySuffixes[p.word(c.subjE-1)] && !p.figuresReported(c.cS, c.cE) {
			e.ents[c.entity].outlet = true // "as Reuters reported": a news outlet (but "Acme Corp. reported a loss" and "McClatchy reported a loss" are a company's results)
		}
		if en := &e.ents[c.entity]; en.gender == 0 && len(en.toks) == 1 && en.head == "" && (en.kind == stEntPerson || en.kind == stEntUnknown) && !c.after {
			// "Lee said she had no regrets": the reported clause's
			// subject is the speaker, a woman (and no company).
			switch p.word(s) {
			case "she":
				en.gender, en.kind = stFemale, stEntPerson
			case "he":
				en.gender, en.kind = stMale, stEntPerson
			}
		}
	}
	return true
}

// isDescription reports whether [s, e) is a description ("the company
// that runs the awards") rather than a name.
func (p *stPara) isDescription(s, e int) bool {
	if p.has(s, stBitDeterminer) && s+1 < e && !p.isNameWord(s+1) {
		return true
	}
	for k := s; k < e; k++ {
		if p.has(k, stBitClause) {
			return true
		}
	}
	return false
}

// clauseSubject finds the subject of the nearest clause that starts
// before i with a subordinating word ("after Swift scolded the label,
// accusing it of …").
func (p *stPara) clauseSubject(a, i int) (int, int) {
	for k := i - 1; k > a && k > i-30; k-- {
		switch p.word(k) {
		case "after", "before", "when", "while", "because", "since", "as", "and", "but":
			if _, asked := stTheLexicon.cues[p.word(k-1)]; asked && p.word(k) == "when" && k > a {
				// "He declined to state when the lander would be ready,
				// saying …": after an indirect question the participle
				// belongs to the main clause.
				return -1, -1
			}
			if k+1 < i && p.toks[k+1].kind == stWord {
				// The subject of a clause, not of a phrase ("before the
				// vote on Monday,").
				if s, t := p.sentSubject(k+1, i); s >= 0 && t < i && p.toks[t].kind == stWord && !p.has(t, stBitPrep) {
					if _, isCue := stTheLexicon.cues[p.word(s)]; !isCue {
						return s, t
					}
				}
			}
			return -1, -1
		}
		if p.isQuote(k) {
			return -1, -1
		}
	}
	return -1, -1
}

var stMediumWords = stWordSet("report reports note notes call calls meeting meetings conference summit ceremony session statement statements memo interview interviews post posts posting postings tweet tweets letter email e-mail video message messages press conference briefing twitter facebook instagram x tiktok youtube linkedin threads social website blog podcast radio television tv speech op-ed editorial filing address remarks testimony appearance hearing rally sermon lecture")

// clauseAt reports whether a clause opens at s: a subject pronoun, a
// name or a short noun phrase followed by its verb ("he received threats
// on social media" is what was said, medium and all).
func (p *stPara) clauseAt(s, e int) bool {
	switch w := p.word(s); {
	case w == "":
		return false
	case strings.IndexByte(w, '\'') > 0 && stSubjectPronouns[stPronounStem(w)]:
		return true // "they're", "we've", "he's" (a pronoun's 's is "is" or "has")
	case stSubjectPronouns[w] && w != "you":
		return p.verbAt(s+1) || p.word(s+1) != "" && !p.toks[s+1].cap && strings.HasSuffix(p.word(s+1), "s") || p.isQuote(s+1) && p.quoteOpensVerb(s+1)
	case stDeterminers[w]:
		return p.npThenVerb(s, e)
	}
	n := s
	for n < e && p.isNameWord(n) {
		n++
	}
	return n > s && (p.verbAt(n) || p.isQuote(n) && p.quoteOpensVerb(n)) // (and "Trump “may have broken the law”")
}

// nextComma returns the first comma in [s, e) within lim tokens, or 0
// when a quotation or another mark comes first.
// relativeThenVerb reports whether the relative clause opened by "who"
// or "which" at k has its own verb right after it and is followed, with
// no comma between, by the verb of the noun it describes: "the mother,
// who lost her son in the attack is wrong about it".
func (p *stPara) relativeThenVerb(k, e int) bool {
	verb := func(v int) bool {
		w := p.word(v)
		return p.verbAt(v) || !p.toks[v].cap && (strings.HasSuffix(w, "ed") || stIrregularPast[w])
	}
	v := k + 1
	for v < e && v <= k+2 && !verb(v) {
		v++ // ("who later died")
	}
	if v >= e || !verb(v) {
		return false
	}
	for n := v + 2; n < e && n < v+20; n++ {
		if p.toks[n].kind != stWord {
			return false
		}
		switch p.word(n) {
		case "is", "are", "was", "were", "will", "would", "has", "have", "had":
			w := p.word(n - 1)
			return p.toks[n-1].kind == stWord && !p.verbAt(n-1) && !stClauseWords[w] && !stSubjectPronouns[w] && w != "and" && w != "or" && !stAuxWords[w]
		}
	}
	return false
}

func (p *stPara) nextComma(s, e, lim int) int {
	for m := s; m < e && m < s+lim; m++ {
		if p.punct(m) == "," {
			return m
		}
		if p.toks[m].kind != stWord {
			return 0
		}
	}
	return 0
}

// cutMedium drops a trailing "in a statement", "on Twitter" and the like
// from a noun-phrase content ("denied the allegations in a statement").
func (p *stPara) cutMedium(s, e int) int {
	for k := s + 1; k < e && k < s+40; k++ {
		switch p.word(k) {
		case "in", "on", "during", "via", "through":
		default:
			continue
		}
		medium := func(m int) bool {
			// ("social" only as "social media": "the Social Security age" is no medium)
			return stMediumWords[p.word(m)] && (p.word(m) != "social" || p.word(m+1) == "media" || p.word(m+1) == "network" || p.word(m+1) == "networks")
		}
		m := k + 1
		for m < e && m < k+5 && (p.has(m, stBitDeterminer) || p.toks[m].kind == stWord && !medium(m) && p.word(m) != "of") {
			m++
		}
		if m < e && medium(m) && !(p.word(k) == "on" && p.isCueWord(k-1)) {
			return k // (but "officials are in possession of video" and "could not comment on the letter" are content)
		}
	}
	return e
}

// cutTimeAdjunct ends a noun-phrase content [s, e) before a time or a
// next act of the speaker: "declared his retirement just days before the
// deadline", "announced a resignation in mid-August and then persuaded
// …", "confirmed the closure on Monday".
func (p *stPara) cutTimeAdjunct(s, e int) int {
	if w := p.word(s); stSubjectPronouns[w] || strings.HasSuffix(w, "ing") || e-s > 40 {
		return e // a clause or an act ("pushing back the date …"), not a noun phrase
	}
	for k := s + 1; k < e; k++ {
		if w := p.word(k); (w == "then" || w == "later") && (p.word(k-1) == "and" || p.punct(k-1) == ",") && k+1 < e && p.verbAt(k+1) {
			m := k - 1
			for m > s && (p.word(m) == "and" || p.punct(m) == ",") {
				m--
			}
			e = m + 1 // "announced a resignation in mid-August and then persuaded …"
			break
		}
	}
	np := e // (the noun phrase before an aside: "declared victory on Wednesday, though the count is not final")
	for k := s + 1; k < e; k++ {
		if w := p.word(k + 1); p.punct(k) == "," && (w == "though" || w == "although" || w == "while" || w == "but") {
			np = k
			break
		}
	}
	for k := s; k < np; k++ {
		if p.isQuote(k) || p.verbAt(k) || stPastVerbs[p.word(k)] {
			return e // a verb: a clause, whose time is part of what was said
		}
	}
	e = np
	for k := s + 1; k < e; k++ {
		w := p.word(k)
		switch {
		case (w == "on" || w == "in" || w == "at" || w == "last" || w == "this" || w == "earlier") && k+1 < e && p.timeAhead(k+1) && !((w == "last" || w == "this" || w == "earlier") && (p.has(k-1, stBitPrep) || p.word(k-1) == "for")):
			return k // (but "a ruling from last year": the time belongs to the noun)
		case w == "just" && (stTimeUnits[p.word(k+1)] && p.has(k+2, stBitSubordinator) || stTimeUnits[p.word(k+2)] && p.has(k+3, stBitSubordinator)):
			return k // "just (three) days before the deadline"
		}
	}
	return e
}

// timeAhead reports whether the words at k name a time: "Monday", "mid-
// August", "March 3", "the morning".
func (p *stPara) timeAhead(k int) bool {
	w := p.word(k)
	if w == "the" {
		w = p.word(k + 1)
	}
	if strings.HasPrefix(w, "mid-") {
		w = w[4:]
	}
	return stTimeWords[w] && w != "this" && w != "last" && w != "later" && w != "earlier" && w != "recently"
}

// hasLetterWord reports whether [s, e) holds a word that is not a number.
func (p *stPara) hasLetterWord(s, e int) bool {
	for k := s; k < e; k++ {
		if w := p.word(k); w != "" && !(w[0] >= '0' && w[0] <= '9') {
			return true
		}
	}
	return false
}

// noCue reports whether [s, e) holds no speech verb.
// passiveOrInfinitive reports whether the cue word at k of form form is
// an infinitive or a passive past an adverb: "to quickly put", "he’s
// almost guaranteed".
func (p *stPara) passiveOrInfinitive(s, k, form int) bool {
	if c := p.word(k); k > s && p.word(k-1) == "to" && !strings.HasSuffix(c, "ed") && !strings.HasSuffix(c, "ing") && !strings.HasSuffix(c, "s") {
		return true // "for Democrats to put …" ("put" is also a past form)
	}
	m := k - 1
	for m > s && (stAdverbLy(p.word(m)) || p.word(m) == "almost" || p.word(m) == "also" || p.word(m) == "just") {
		m--
	}
	if m < s || m == k-1 {
		return false // (no adverb between: the checks of noCue decide)
	}
	w := p.word(m)
	return form == 0 && w == "to" || form == 2 && (stIsBe(w) || strings.HasSuffix(w, "'s") && stSubjectPronouns[strings.TrimSuffix(w, "'s")])
}

func (p *stPara) noCue(s, e int) bool {
	if e-s > 60 {
		return false // too long to be one parenthetical sentence
	}
	for k := s; k < e; k++ {
		if cw, ok := stTheLexicon.cues[p.word(k)]; ok && cw.flags&stCueWeak == 0 && !p.passiveOrInfinitive(s, k, cw.form) && !(cw.form == 4 && k > s && p.has(k-1, stBitPrep)) && !(k > s && p.has(k-1, stBitSubjectPronoun) && stIsVerbAux(p.word(k+1))) && !(cw.form == 0 && k > s && p.word(k-1) == "to") && !(cw.form == 2 && k > s && stIsBe(p.word(k-1))) && !(k > s && p.has(k-1, stBitDeterminer)) && !(cw.form == 2 && k > s && stComparedAfter[p.word(k-1)]) && !(cw.form == 4 && cw.flags&(stCueNeedThat|stCueAsk) != 0 && p.word(k+1) != "that" && !p.isQuote(k+1) && p.punct(k+1) != ":") && !(cw.form == 0 && p.nounAfterModifier(s, k)) {
			// ("to highlight" is an infinitive, no attribution; "will
			// be posted" a passive)
			// (… but "prices it said were cut" is a relative clause;
			// "the sharing of data" is a noun and "when compared with" a
			// comparison.)
			// ("continued" and the like speak only with a quotation, and
			// "before reporting to duty" names no speech; "sharing a
			// cartoon" and "asking questions" need a that or a quotation.)
			return false
		}
		if p.word(k) == "according" {
			return false
		}
	}
	return true
}

// nounAfterModifier reports whether the base form of a speech verb at k
// follows a determiner and a modifier: "a lunch counter", "the fishing
// dispute" are nouns (but "the police say" speaks).
func (p *stPara) nounAfterModifier(s, k int) bool {
	prev := p.word(k - 1)
	return k-2 >= s && p.has(k-2, stBitDeterminer) && p.word(k-2) != "that" && p.toks[k-1].kind == stWord && !p.toks[k-1].cap && !strings.HasSuffix(prev, "s") && !stIrregularPlurals[prev] && !stGroupWords[prev] && !stSubjectPronouns[prev] && !stAuxWords[prev] && !p.isQuote(k+1) && p.word(k+1) != "that"
}

// adjunctAfterConj reports whether the words ending at pre are an
// adjunct ("in an interview last year", "on Monday") opened right after
// "but" or "and": "…, but in an interview last year argued …", a verb
// that shares the sentence's subject.
func (p *stPara) adjunctAfterConj(a, pre int) bool {
	if w := p.word(pre); !stTimeWords[w] && !stMediumWords[w] {
		return false // (the adjunct ends in a time or a medium; "but in the end officials said" has a subject)
	}
	for m := pre; m > a && m > pre-7; m-- {
		if p.toks[m].kind != stWord || p.toks[m].cap && !stTimeWords[p.word(m)] || stIsVerbAux(p.word(m)) || p.pastAt(m) || p.has(m, stBitSubjectPronoun) {
			return false
		}
		if w := p.word(m - 1); (w == "but" || w == "and") && (p.has(m, stBitPrep) || stTimeWords[p.word(m)]) {
			return true
		}
	}
	return false
}

// stPronounStem is the pronoun of a contraction ("he's" → "he"), or w.
func stPronounStem(w string) string {
	if i := strings.IndexByte(w, '\''); i > 0 {
		return w[:i]
	}
	return w
}

// stComparedAfter stand before a participle that compares rather than
// reports: "pale when compared with", "once compared to" (but "as
// reported by" relays).
var stComparedAfter = stWordSet("when if than once unless")

// stStationWords join a network to its local outlet in an addressee.
var stStationWords = stWordSet("station affiliate radio television newspaper channel")

// fullPersonName reports whether speaker, resolved to entity id, is a
// person's name of at least two capitalised words ("Paul Hunter"), which
// needs no affiliation after it to say who spoke.
func (e *stEngine) fullPersonName(id int, speaker string) bool {
	if id < 0 || id >= len(e.ents) || e.ents[id].kind != stEntPerson {
		return false
	}
	f := strings.Fields(e.canonical(speaker)) // ("Rusk" after "Tova Rusk")
	if len(f) < 2 {
		return false
	}
	given := stSexOfGiven(strings.ToLower(f[0])) != 0
	for i, w := range f {
		if r := []rune(w); !unicode.IsUpper(r[0]) || stTitleWords[strings.ToLower(w)] && !(i > 0 && given) {
			return false // (but "Barbara Boxer": a given name, then a surname that is also a trade)
		}
	}
	return true
}

// stGatheringWords head an addressee that is an occasion, not a person:
// "told a joint news conference", "told the annual meeting".
var stGatheringWords = stWordSet("conference briefing meeting rally hearing summit gathering session forum audience crowd assembly convention seminar webinar symposium panel")

// stAudienceWords are addressees named by a bare plural ("told reporters").
var stAudienceWords = stWordSet("detectives officers deputies agents jurors doctors nurses friends reporters journalists investors lawmakers supporters listeners viewers readers fans delegates parliament congress colleagues staff employees workers voters crowds audiences shareholders analysts students parents media press")

// preferFinalAttribution drops the cues inside the content of an
// attribution that closes the sentence ("During the call he said, “…,”
// the office said."): speech reported inside a statement is part of it.
func (p *stPara) preferFinalAttribution(a, b int, cues []stCue) ([]stCue, int) {
	if len(cues) < 2 {
		return cues, b
	}
	f := cues[len(cues)-1]
	if f.according || f.form > 2 || !stFinalCues[f.lemma] {
		return cues, b // (a base form speaks for a plural: "…, officials say")
	}
	for k := f.i - 1; k > a && k > f.i-20 && !p.isQuote(k); k-- {
		if p.word(k) == "as" && p.isQuote(k-1) {
			return cues, b // "…, Lee said, is like wearing “A,” as Bo Park said": the "as" source owns the quotation only
		}
	}
	if p.punct(f.i-1) == "," && f.i-1 > a {
		// Inverted: "Lee was known for telling others “…”, said another
		// witness, Ann Hale.": the closing attribution holds the rest.
		own := false // an earlier attribution of its own, not a relay
		for _, c := range cues[:len(cues)-1] {
			own = own || !c.according
		}
		if end := p.trimEnd(f.j, b); end > f.j && end-f.j <= 14 && p.noCue(f.j, end) && p.toks[f.j].kind == stWord && !(own && (p.word(f.j) == "that" || p.clauseAt(f.j, end))) {
			// (but "Quinn says A, while another contributor, Major
			// Jackson, says he knows …" is two statements)
			n := 0
			for _, c := range cues[:len(cues)-1] {
				if c.i < f.i-1 {
					n++
				}
			}
			if n > 0 && f.lemma == "report" && p.outletName(f.j, end) {
				// "…, the inquest heard on Monday, reported The Mirror":
				// the outlet relays; the attribution before it is the source.
				if c0 := cues[n-1]; c0.i > a && (c0.form == 1 || c0.form == 2) && stFinalCues[c0.lemma] {
					// (also "“…,” said Kristen Day, director of Voters
					// First, reports the Gazette" and "Lee noted that …,
					// reported the Examiner")
					return cues[:n], f.i - 1
				}
			}
			return cues[n:], b
		}
	}
	// Nothing but an adjunct ("in a statement", "on Monday") may follow.
	end := p.trimEnd(f.j, b)
	if end > f.j {
		w := p.word(f.j)
		if end-f.j > 6 || !(stPrepWords[w] || stTimeWords[w]) {
			return cues, b
		}
		for k := f.j; k < end; k++ {
			if p.toks[k].kind != stWord {
				return cues, b
			}
		}
	}
	pre := p.auxStart(a, f.i)
	s := p.leftNP(a, pre)
	if s >= pre || s < a+3 || !p.validSubject(s, pre) || !p.speakerLike(s, pre) {
		return cues, b
	}
	if !(p.punct(s-1) == "," || p.isQuote(s-1) && p.quoteEndsComma(s-1)) {
		return cues, b
	}
	for k := s + 1; k < pre; k++ {
		if p.isNameWord(k) && p.toks[k-1].kind == stWord && !p.toks[k-1].cap && !p.has(k-1, stBitDeterminer) && p.has(s, stBitDeterminer) {
			return cues, b // "a prospect Vindman denied": a relative clause
		}
	}
	n := 0
	for _, c := range cues[:len(cues)-1] {
		if c.i < s {
			n++
		}
	}
	if n == 0 {
		return cues, b
	}
	if doc := p.documentRelay(s, pre, &f, b); (f.lemma == "report" && p.outletName(s, pre) || doc || f.lemma == "write") && n == len(cues)-1 {
		// ("Lee told investigators …, Detective Park wrote.": the
		// writer relays too.)
		// "Ann Lee said in a memo that …, the Daily Ledger reported.": the
		// outlet relays Lee's statement; Lee is the source. So do
		// records: "…, search warrant documents say".
		c0 := cues[0]
		if k := p.auxStart(a, c0.i) - 1; k >= a && p.toks[k].kind == stWord && (p.speakerLike(p.leftNP(a, k+1), k+1) || (doc || f.lemma == "write") && (p.validSubject(p.leftNP(a, k+1), k+1) || p.word(k) == "he" || p.word(k) == "she" || p.word(k) == "they")) && (c0.form == 1 || c0.form == 2) && (stFinalCues[c0.lemma] || c0.lemma == "tell" || c0.lemma == "reply") {
			return cues[:n], p.trimEnd(a, s)
		}
	}
	return cues[n:], b
}

// stRelayHeads are documents that relay what others said ("…, court
// documents say").
var stRelayHeads = stWordSet("documents papers records filings affidavit affidavits transcript transcripts files")

// documentRelay reports whether the closing attribution f with subject
// [s, e) only relays the statement before it from a record: "…, search
// warrant documents say", "…, the detective wrote in court papers".
func (p *stPara) documentRelay(s, e int, f *stCue, b int) bool {
	switch f.lemma {
	case "say", "show", "state":
		return stRelayHeads[p.word(p.headOf(s, e))]
	case "write":
		if p.word(f.j) != "in" {
			return false
		}
		for k := f.j + 1; k < b && k < f.j+6; k++ {
			if stRelayHeads[p.word(k)] || p.word(k) == "report" || p.word(k) == "complaint" {
				return true
			}
		}
	}
	return false
}

// outletName reports whether [s, e) is a proper name, as a news outlet's
// is ("Yahoo Finance", "the Daily Ledger").
func (p *stPara) outletName(s, e int) bool {
	if p.has(s, stBitDeterminer) {
		s++
	}
	return e-s <= 5 && p.hasNameWords(s, e)
}

// topicAhead reports whether "about" or "on" follows k within a few
// words of adjuncts, before any verb: what was spoken about, not said.
func (p *stPara) topicAhead(k, b int) bool {
	for m := k; m < b && m < k+10; m++ {
		w := p.word(m)
		if w == "about" || w == "on" && m > k {
			return true
		}
		if p.toks[m].kind != stWord || stIsVerbAux(w) || w == "that" {
			return false
		}
	}
	return false
}

// headIs reports whether the noun phrase from k, up to a preposition or
// punctuation, ends in one of heads.
func (p *stPara) headIs(k, b int, heads ...string) bool {
	e := k
	for e < b && e < k+8 && p.toks[e].kind == stWord && !p.has(e, stBitPrep) {
		e++
	}
	return e > k && slices.Contains(heads, p.word(e-1))
}

// clauseAfter makes the words after cue c, past a leading "that", its
// content when there are at least min of them before the end of the
// sentence at b.
func (p *stPara) clauseAfter(c *stCue, b, min int) bool {
	e := p.trimEnd(c.j, b)
	if e-c.j < min {
		return false
	}
	c.cS, c.cE = c.j, e
	if p.word(c.cS) == "that" {
		c.cS++
	}
	return true
}

// hasBeBefore reports whether a form of "be" stands in (pre, i).
func (p *stPara) hasBeBefore(pre, i int) bool {
	for k := pre + 1; k < i; k++ {
		if stIsBe(p.word(k)) {
			return true
		}
	}
	return false
}

// npEnd is where to look for a verb after an inverted subject ending at
// t: past the next word, unless that word is a participle of speech.
func (p *stPara) npEnd(t int) int {
	if p.cueParticiple(t) {
		return t
	}
	return t + 1
}

// cueParticiple reports whether token i is the participle of a speech
// verb ("highlighting").
func (p *stPara) cueParticiple(i int) bool {
	return strings.HasSuffix(p.word(i), "ing") && !p.toks[i].cap && p.isCueWord(i)
}

// isCueWord reports whether the word at i is a form of a speech verb.
func (p *stPara) isCueWord(i int) bool {
	return p.has(i, stBitCue)
}

// dropInterruptedVerb drops a cue that is the verb of a clause a
// parenthetical attribution interrupts: in "His partner, he says, told
// him the men were paid", what the partner told is part of what "he
// says".
func (p *stPara) dropInterruptedVerb(a int, cues []stCue) []stCue {
	for m := 0; m+1 < len(cues); m++ {
		c, n := cues[m], cues[m+1]
		k := p.auxStart(a, c.i) - 1 // the subject of the parenthetical
		if c.according || c.form != 1 && c.form != 2 || k-1 <= a || p.punct(k-1) != "," || p.punct(c.j) != "," ||
			!(p.has(k, stBitSubjectPronoun) || p.isNameWord(k)) || p.auxStart(a, n.i) != c.j+1 || n.form != 1 && n.form != 2 {
			continue
		}
		if k-1-a > 4 || !p.speakerLike(a, k-1) {
			continue // only a short subject before the parenthetical
		}
		return append(cues[:m+1:m+1], cues[m+2:]...)
	}
	return cues
}

// quoteEndsComma reports whether the quotation token i closes on a comma
// inside its marks (“…,” she said).
func (p *stPara) quoteEndsComma(i int) bool {
	q := p.quotes[p.toks[i].q]
	inner := p.text[q.inE:q.end]
	return strings.HasPrefix(inner, ",")
}

// askTo reports whether the words from k are a request: an object and an
// infinitive ("their governments to help").
func (p *stPara) askTo(k, b int) bool {
	for m := k; m < b && m < k+6; m++ {
		w := p.word(m)
		if w == "" || stClauseWords[w] || w == "for" || w == "about" {
			return false
		}
		if w == "to" {
			return m > k
		}
	}
	return false
}

// subordinateEnd returns the comma that closes a subordinate clause
// holding the cue act when c is the verb of the main clause ("When she
// announced the plan, she said …"), or 0.
func (p *stPara) subordinateEnd(a int, act, c *stCue) int {
	s := a
	for s < act.i && (p.has(s, stBitIntro) || p.punct(s) == ",") {
		s++
	}
	if w := p.word(s); (w == "just" || w == "even" || w == "only" || w == "right" || w == "shortly") && p.word(s+1) != "" {
		s++ // "Just as the UAW announced the deal, workers said …"
	}
	switch p.word(s) {
	case "when", "while", "after", "before", "as", "although", "though", "because", "since", "once", "if":
	default:
		return 0
	}
	pre := p.auxStart(a, c.i)
	var subj int
	if p.has(pre-1, stBitSubjectPronoun) {
		subj = pre - 1
	} else {
		subj = p.leftNP(a, pre)
		if subj >= pre || pre-subj > 4 || p.punct(subj-1) != "," && !(p.isQuote(subj-1) && p.quoteEndsComma(subj-1)) {
			// "…, workers at GM's plant in Tennessee said": a longer
			// subject, back to the comma that closes the fronted clause.
			subj = pre
			for subj > act.cS+1 && pre-subj < 16 && p.toks[subj-1].kind == stWord && !stIsVerbAux(p.word(subj-1)) && (!p.isCueWord(subj-1) || p.determinedNoun(subj-1)) && !p.has(subj-1, stBitSubordinator) && !p.has(subj-1, stBitClause) {
				subj--
			}
			if pre-subj < 2 || !p.speakerLike(subj, pre) && !stGroupWords[p.word(p.headOf(subj, pre))] {
				return 0
			}
		}
	}
	q := subj - 1
	if n := p.adjunctStart(act.cS, q); p.punct(q) != "," && !p.has(n, stBitSubordinator) && !p.has(n, stBitClause) && (p.has(n, stBitPrep) || p.timeAhead(n)) {
		q = n - 1 // "Although …, at the town hall this week she said …": past the main clause's adjunct
	}
	if p.isQuote(q) && p.quoteEndsComma(q) && q > act.cS {
		return q + 1 // "After Lee said the schools were “less advanced,” Hale said: …"
	}
	if p.punct(q) != "," || q <= act.cS {
		return 0
	}
	return q
}

// adjunctStart returns the first word of the run of words that ends at
// k and follows a comma after s (k+1 when there is none within eight
// words).
func (p *stPara) adjunctStart(s, k int) int {
	for m := k; m > s && m > k-8; m-- {
		if p.toks[m].kind != stWord {
			if p.punct(m) == "," {
				return m + 1
			}
			break
		}
	}
	return k + 1
}

// determinedNoun reports whether the word at k follows a determiner,
// directly or past one lower-case modifier: a noun, though it could be a
// speech verb ("the northern state of Maine", "a report").
func (p *stPara) determinedNoun(k int) bool {
	if p.has(k-1, stBitDeterminer) {
		return true
	}
	w := p.word(k - 1)
	return p.has(k-2, stBitDeterminer) && w != "" && !p.toks[k-1].cap && !stIsVerbAux(w) && !stSubjectPronouns[w]
}

// stFinalCues are the speech verbs that close a sentence of content
// ("…, the office said.").
var stFinalCues = stWordSet("say add write report testify explain note warn argue insist claim continue conclude acknowledge recall state confirm announce hear")

// stCondCues are the speech verbs whose reported clause may open with a
// condition ("warned that if …" without the "that").
var stCondCues = stWordSet("say add warn argue insist explain note predict suggest claim")

// commaClause reports whether [s, b) holds a comma followed by at least
// two more words: a main clause after an opening condition.
// modalClause reports whether a main clause with a pronoun subject and a
// modal starts in [s, b) after a conditional with no comma: "says if he
// spent the day there he’d be doing nothing".
func (p *stPara) modalClause(s, b int) bool {
	for m := s; m < b-1 && m < s+30; m++ {
		w := p.word(m)
		if w == "" || p.isQuote(m) {
			return false
		}
		if !stSubjectPronouns[w] {
			continue
		}
		raw := strings.ReplaceAll(strings.ToLower(p.text[p.toks[m].s:p.toks[m].e]), "’", "'")
		if stModals[p.word(m+1)] || strings.HasSuffix(raw, "'d") || strings.HasSuffix(raw, "'ll") {
			return true // ("he’d" is read as "he")
		}
	}
	return false
}

func (p *stPara) commaClause(s, b int) bool {
	for k := s; k < b-2; k++ {
		if p.punct(k) == "," && p.word(k+1) != "" && p.word(k+2) != "" {
			return true
		}
	}
	return false
}

// reasonThenClause reports whether the clause of reason from s ends at a
// comma within 20 tokens and a quotation or a clause with its own
// subject follows: "because Obama is popular, “he's a good surrogate”".
func (p *stPara) reasonThenClause(s, b int) bool {
	for k := s + 2; k < b-1 && k < s+20; k++ {
		if p.punct(k) == "," {
			return p.isQuote(k+1) || p.clauseAt(k+1, b)
		}
		if p.toks[k].kind != stWord {
			return false
		}
	}
	return false
}

// frontedParticiple handles a sentence that opens with a speech verb in
// -ing ("Arguing that …, Ann Lee said …"): it returns the comma that
// ends the participle clause and the subject of the main clause after
// it, or 0 when the sentence is not built so.
func (p *stPara) frontedParticiple(a, b int, c *stCue) (int, int, int) {
	start := a
	if a == 0 {
		start = p.skipDateline(a, b)
	}
	for start < c.i && (p.has(start, stBitIntro) || p.punct(start) == ",") {
		start++
	}
	if start != c.i || c.lemma == "cite" || c.lemma == "add" || c.lemma == "continue" || c.lemma == "read" {
		return 0, 0, 0
	}
	cs := c.j
	switch w := p.word(cs); {
	case w == "that":
		cs++
	case c.flags&stCueNeedThat != 0 && p.isQuote(cs) && p.quotes[p.toks[cs].q].words <= 8 && (stIsBe(p.word(cs+1)) || stIsVerbAux(p.word(cs+1)) || p.verbAt(cs+1)):
		// "Declaring “the soul of the firm” is at risk, …": a quoted
		// subject opens the clause.
	case c.flags&(stCueNeedThat|stCueWeak) != 0:
		return 0, 0, 0
	case !(stDeterminers[w] || stSubjectPronouns[w] || p.isQuote(cs) || w == "him" || w == "them" || w == "her"):
		return 0, 0, 0 // "Warning lights flashed": a noun, not a verb
	}
	for k := cs + 1; k < b-2 && k < cs+45; k++ {
		if p.punct(k) == ";" || p.punct(k) == "." {
			return 0, 0, 0
		}
		if p.punct(k) != "," {
			continue
		}
		w := p.word(k + 1)
		if w == "" || stPrepWords[w] || stIntroWords[w] || stTimeWords[w] || stClauseWords[w] || w == "and" || w == "or" {
			continue
		}
		s, t := p.sentSubject(k+1, b)
		if m := k + 1; s < 0 {
			for m < k+3 && p.lowerRole(m) {
				m++
			}
			if s2, t2 := p.sentSubject(m, b); m > k+1 && s2 == m && p.isNameWord(m) {
				s, t = k+1, t2 // "…, chief executive Ann Park has ordered": the role is the subject's
			}
		}
		if s != k+1 || t >= b {
			continue
		}
		v := p.word(t)
		_, isCue := stTheLexicon.cues[v]
		if stIsVerbAux(v) || isCue || !p.toks[t].cap && (strings.HasSuffix(v, "ed") || stPastVerbs[v]) {
			return k, s, t
		}
	}
	return 0, 0, 0
}

// asAttribution handles an attribution in an "as" clause that opens the
// sentence ("As Ann Lee reports for the Ledger, the plant will close";
// "As the Gazette reported last week, …"): the content is the main
// clause after the comma, and an outlet after "for" is where the
// source said it. k is the first token after the cue and its object.
func (p *stPara) asAttribution(a, b int, c *stCue, k int) bool {
	if c.subjS <= a || p.word(c.subjS-1) != "as" {
		return false
	}
	if !stFinalCues[c.lemma] && c.lemma != "tell" && c.lemma != "reveal" && c.lemma != "announce" && c.lemma != "point" {
		return false
	}
	start := a
	if a == 0 {
		start = p.skipDateline(a, b)
	}
	for start < c.subjS-1 && (p.has(start, stBitIntro) || p.punct(start) == ",") {
		start++
	}
	if start != c.subjS-1 {
		return false
	}
	if w := p.word(k); w != "" && w != "for" && !stPrepWords[w] && !stTimeWords[w] {
		return false // "As the minister said the plan was dead, …"
	}
	m := k
	for m < b && m < k+10 && p.toks[m].kind == stWord {
		m++
	}
	if p.punct(m) != "," {
		return false
	}
	end := p.trimEnd(m+1, b)
	if end-(m+1) < 3 {
		return false
	}
	for n := m + 1; n < end; n++ {
		if p.isQuote(n) && (p.punct(n-1) == "," || p.punct(n-1) == ":") {
			return false // the quotation after the comma is the content
		}
	}
	if p.word(k) == "for" && m > k+1 && c.to == "" {
		c.to = p.span(k+1, m)
	}
	c.cS, c.cE = m+1, end
	return true
}

// stSentWords make "by" or "from" before a comma name who sent a message
// ("In a memo sent by Ann Lee, staff were told …").
var stSentWords = stWordSet("sent signed written issued email e-mail memo letter message note statement")

// analyzePassive handles "told" in the passive: the agent after "by"
// ("Staff were told by the director that …") or the sender of the
// message the sentence opens with ("In a memo sent by Ann Lee, workers
// were told that …") speaks; the subject is the addressee; the content
// is a that-clause.
func (e *stEngine) analyzePassive(p *stPara, a, b int, c *stCue) bool {
	as, ae := -1, -1
	j := c.j
	if p.word(j) == "by" || p.word(j) == "in" && c.lemma != "tell" {
		k := j + 1
		for k < b && k < j+9 && p.toks[k].kind == stWord && p.word(k) != "that" && !p.has(k, stBitPrep) {
			k++
		}
		as, ae, j = j+1, k, k
		if p.word(c.j) == "in" {
			// "it's revealed in Eurogamer's review that …": a document
			// or an outlet's article speaks; "in court" names no one.
			if h := stStripPossessive(p.word(p.headOf(as, ae))); !stDocHeads[h] && !stMediumWords[h] && h != "review" && h != "article" {
				return false
			}
		}
	} else {
		for k := a; k < c.i && k < a+16; k++ {
			w := p.word(k)
			if (w == "by" || w == "from") && stSentWords[p.word(k-1)] {
				m := k + 1
				for m < c.i && p.toks[m].kind == stWord {
					m++
				}
				if p.punct(m) == "," {
					as, ae = k+1, m
				}
				break
			}
		}
	}
	if as < 0 || !p.validSubject(as, ae) || !p.speakerLike(as, ae) {
		return false
	}
	for j < b && j < c.j+6 && p.word(j) != "that" && p.toks[j].kind == stWord {
		j++ // "on Monday", "in an email"
	}
	if p.word(j) != "that" {
		return false
	}
	c.cS, c.cE = j+1, p.trimEnd(j+1, b)
	if c.cE-c.cS < 3 {
		return false
	}
	pre := p.auxStart(a, c.i)
	if s := p.leftNP(a, pre); s < pre && p.validSubject(s, pre) && p.word(s) != "it" && p.word(s) != "it's" {
		c.to = p.span(s, pre) // (an expletive "it" is no addressee)
	}
	c.subjS, c.subjE = as, ae
	c.speaker, c.entity = e.resolveNP(p, as, ae)
	return c.speaker != ""
}

// nameBeforeApposition returns the start of a name that stands between a
// quotation and the description starting at s ("“…,” Ann Lee, a nurse
// at the clinic told …"), or -1.
func (p *stPara) nameBeforeApposition(a, s int) int {
	if s-1 <= a || p.punct(s-1) != "," {
		return -1
	}
	if w := p.word(s); w != "a" && w != "an" && !p.lowerRole(s) {
		return -1
	}
	n := s - 1
	for n > a && n > s-6 && p.isNameWord(n-1) {
		n--
	}
	if s-1-n < 2 {
		return -1
	}
	if !(p.isQuote(n-1) || p.punct(n-1) == "," && p.isQuote(n-2)) {
		return -1
	}
	return n
}

// apposStartBack returns where a description opened by ", a" or ", an"
// starts when the noun phrase ending before a cue at s began inside it
// ("…, an analyst at the Council on Energy, Environment and Water think
// tank told"), or s.
func (p *stPara) apposStartBack(a, s int) int {
	if w := p.word(s); w == "a" || w == "an" {
		return s
	}
	for d := s - 1; d > a+1 && d > s-16; d-- {
		if p.toks[d].kind != stWord && p.punct(d) != "," || p.isCueWord(d) && !p.toks[d].cap {
			return s
		}
		if w := p.word(d); (w == "a" || w == "an") && p.punct(d-1) == "," {
			return d
		}
	}
	return s
}

// relativeSpeech returns the comma before a non-restrictive relative
// clause inside the content of act whose subject pronoun speaks with c
// (", which it said …"), or 0.
func (p *stPara) relativeSpeech(act *stCue, a int, c *stCue) int {
	if act.speaker == "" || c.form != 1 && c.form != 2 {
		return 0
	}
	k := p.auxStart(a, c.i) - 1
	if !p.has(k, stBitSubjectPronoun) || p.word(k) == "i" || p.word(k) == "we" || p.word(k) == "you" {
		return 0
	}
	if w := p.word(k - 1); w != "which" && w != "that" || p.punct(k-2) != "," || k-2 <= act.cS+1 {
		return 0
	}
	return k - 2
}

// stReactionNouns name a response that comes from someone: "criticism
// from rights groups, who …".
var stReactionNouns = stWordSet("criticism criticisms condemnation praise support backlash protest protests complaints complaint opposition reaction reactions response responses calls warnings applause anger outrage pushback objections")

// relativeSubject returns the start of a subject that a restrictive
// relative clause ending at t describes ("A spokesperson who asked not
// to be named said"), when its "who" comes at or before s; or -1.
func (p *stPara) relativeSubject(a, s, t int) int {
	w := -1
	for k := t - 1; k > a && k >= t-24; k-- {
		if p.toks[k].kind != stWord && p.punct(k) != "(" && p.punct(k) != ")" {
			return -1 // (a bracketed aside may sit in the clause)
		}
		if p.word(k) == "who" {
			w = k
			break
		}
	}
	if w > a+1 && p.word(w-1) == "and" {
		// "A man who worshiped here and who did not want to be named":
		// the first of two clauses on one person.
		for k := w - 2; k > a && k >= w-24 && p.toks[k].kind == stWord; k-- {
			if p.word(k) == "who" {
				w = k
				break
			}
		}
	}
	if w < 0 || w > s-1 {
		return -1
	}
	n := p.leftNP(a, w)
	if n >= w || w-n > 5 || !p.validSubject(n, w) || !p.speakerLike(n, w) {
		return -1
	}
	if n > a && p.toks[n-1].kind == stWord && !p.has(n-1, stBitIntro) {
		return -1 // the object of another verb
	}
	return n
}

// stSubordinators open a subordinate clause.
var stSubordinators = stWordSet("as when while after before because although though since once until unless if whereas")

// findingHead reports whether the head hk of a subject starting at s is
// a finding ("a study", "the data"), not the end of a proper name
// ("Coresight Research", "Pew Research").
func (p *stPara) findingHead(s, hk int) bool {
	if stQuantityHeads[p.word(hk)] && p.word(hk+1) == "of" {
		// "A large body of neuroscientific studies has pointed out":
		// the studies are the head.
		for m := hk + 2; m < hk+6 && p.toks[min(m, len(p.toks)-1)].kind == stWord && m < len(p.toks); m++ {
			if stFindingHeads[p.word(m)] {
				return true
			}
		}
	}
	h := strings.ToLower(stStripPossessive(p.word(hk)))
	if (h == "paper" || h == "papers" || h == "report") && p.word(hk+1) == "published" && p.word(hk+2) == "in" && (p.word(hk+3) == "the" && p.word(hk+4) == "journal" || p.word(hk+3) == "journal") {
		return true // "a paper published in the journal Nature Astronomy": research, a finding
	}
	if !stFindingHeads[h] {
		return false
	}
	if h == "review" {
		for k := s; k < hk; k++ {
			if p.isNameWord(k) && stStripPossessive(p.word(k)) != p.word(k) {
				return false // "The Verge's review": an outlet's article, not a finding
			}
		}
	}
	return !(p.toks[hk].cap && hk > s && p.isNameWord(hk-1) && !p.has(hk-1, stBitCommonCap))
}

// stReducedOK may stand before a participle cue that still has the
// sentence's subject ("and saying", "before adding", "while noting").
var stReducedOK = stWordSet("and but or while before after by then also again later thus even without when as")

// whichAntecedent finds, for a participle cue after "by" inside a
// ", which …" or ", who …" clause, the noun phrase the clause describes;
// (-1, -1) when there is none.
func (p *stPara) whichAntecedent(a int, c *stCue) (int, int) {
	if c.form != 4 || p.word(c.i-1) != "by" {
		return -1, -1
	}
	for k := c.i - 2; k > a+1 && c.i-k < 16; k-- {
		if p.toks[k].kind != stWord {
			return -1, -1
		}
		if w := p.word(k); (w == "which" || w == "who") && p.punct(k-1) == "," {
			e := k - 1
			s := p.leftNP(a, e)
			for m := e - 1; m > s; m-- {
				if p.has(m, stBitPrep) {
					s = m + 1 // "rhetoric from the Likud party, which …"
					break
				}
			}
			if s < e && p.validSubject(s, e) && p.speakerLike(s, e) {
				return s, e
			}
			return -1, -1
		}
	}
	return -1, -1
}

// stObjectVerbs take an object after them and are never followed by
// an inverted subject.
var stObjectVerbs = stWordSet("condemn denounce accuse criticise criticize urge deny call label demand cite praise")

// stAsideWords open a short aside between a subject and its verb.
var stAsideWords = stWordSet("for however meanwhile in moreover likewise similarly")

// asideStart returns the comma opening a short aside that the comma at
// pre closes ("Ann Lee, for example, said"; "the group, in turn,
// said"), when a subject stands before it; 0 otherwise.
func (p *stPara) asideStart(a, pre int) int {
	if p.punct(pre) != "," {
		return 0
	}
	q := pre - 1
	for q > a && pre-q <= 4 && p.toks[q].kind == stWord {
		q--
	}
	if p.punct(q) != "," || q <= a || pre-q < 2 || !stAsideWords[p.word(q+1)] || p.toks[q-1].kind != stWord && p.punct(q-1) != ")" {
		return 0
	}
	if w := p.word(q + 1); (w == "for" || w == "in") && pre-q < 3 {
		return 0
	}
	return q
}

// stFigureWords are results a company reports: "reported a loss of …".
var stFigureWords = stWordSet("loss losses profit profits revenue revenues earnings sales income debt deficit surplus results growth decline increase drop rise")

// figuresReported reports whether the content [s, t) of "reported" opens
// with a company's figures ("a loss of $304.7 million", "long-term debt
// of …", "record sales"), which make its subject no news outlet.
func (p *stPara) figuresReported(s, t int) bool {
	for k := s; k < t && k < s+4 && p.toks[k].kind == stWord; k++ {
		if stFigureWords[p.word(k)] {
			return true
		}
	}
	return false
}

// stAskedForNothing are what one asks for without saying anything:
// "asked for comment", "asked for his name".
var stAskedForNothing = stWordSet("comment comments details detail name names identification id anonymity help directions money ticket tickets")

// stTargetCues take the one they censure or praise for object.
var stTargetCues = stWordSet("criticize criticise condemn denounce blast slam assail lambast accuse blame praise hail mock ridicule decry deplore")

// stQuantityHeads measure what follows "of": "a body of studies", "a
// host of surveys".
var stQuantityHeads = stWordSet("body number series host raft wealth range handful pile mountain")

// stRecordHeads are documents that speak for their authors: "according to
// court records" attributes, where "according to the data" reports a
// finding.
var stRecordHeads = stWordSet("records documents document filings filing")

// stAfterCueAdverbs may follow a speech verb before an adjunct ("tweeted
// soon after the hearing").
var stAfterCueAdverbs = stWordSet("soon later earlier again afterwards afterward then once now today yesterday too also")

// hasNameWord reports whether [s, e) holds a capitalised name word.
func (p *stPara) hasNameWord(s, e int) bool {
	for k := s; k < e; k++ {
		if p.isNameWord(k) {
			return true
		}
	}
	return false
}

// althoughClause returns the comma of a ", although"/", though" in the
// content of act when the cue c follows it with a pronoun for act's own
// source ("Officials said A, although they cautioned B"), or 0. A
// pronoun for someone inside the content ("According to Lee, the police
// were unaware, though they later said …") is part of what was said.
func (e *stEngine) althoughClause(p *stPara, act, c *stCue) int {
	q := c.i - 1
	for q > act.cS && q > c.i-5 && p.toks[q].kind == stWord && (stAuxWords[p.word(q)] || stAdverbLy(p.word(q)) || stMidAdverbs[p.word(q)]) {
		q-- // ("although they later cautioned")
	}
	w := p.word(q)
	if q-2 <= act.cS || p.punct(q-2) != "," || p.word(q-1) != "although" && p.word(q-1) != "though" || act.entity < 0 || act.entity >= len(e.ents) {
		return 0
	}
	kind := e.ents[act.entity].kind
	if w == "they" && (kind == stEntGroup || kind == stEntOrg) || (w == "he" || w == "she") && kind == stEntPerson {
		return q - 2
	}
	return 0
}

// whileClause returns the comma of a ", while"/", whereas" that opens a
// clause between s and the cue at i, when a subject of at most seven words
// stands between it and the cue, or 0.
func (p *stPara) whileClause(s, i int) int {
	for q := i - 2; q > s && q > i-10; q-- {
		// "… was fine and the military said it was …": coordinated
		// clauses, each with its own source.
		if e := p.auxStart(q+1, i); p.word(q) == "and" && q > s+2 && p.toks[q-1].kind == stWord && e-(q+1) >= 2 && (p.word(q+1) == "the" || p.isNameWord(q+1) && !p.has(q+1, stBitCommonCap)) &&
			p.validSubject(q+1, e) && p.speakerLike(q+1, e) && stPastCue(p.word(i)) {
			return q
		}
		if p.toks[q].kind != stWord {
			if p.punct(q) == "," && (p.word(q+1) == "while" || p.word(q+1) == "whereas") && i-(q+2) >= 1 {
				return q
			}
			// "…, but the editor Jon Sopel said …", "…, though Mrs. Lee
			// said …": a new source.
			if e := p.auxStart(q+2, i); p.punct(q) == "," && (p.word(q+1) == "but" || p.word(q+1) == "though" || p.word(q+1) == "although") && e-(q+2) >= 1 && !p.has(q+2, stBitSubjectPronoun) && p.validSubject(q+2, e) && p.speakerLike(q+2, e) {
				return q
			}
			if p.punct(q) == "," && p.punct(i-1) == "," && i-1-(q+1) >= 2 && p.hasNameWords(q+1, i-1) {
				// "…, while another contributor, Major Jackson, says …":
				// the new source's description, then its name.
				for r := q - 1; r > s && r > q-12; r-- {
					if p.toks[r].kind != stWord {
						if p.punct(r) == "," && (p.word(r+1) == "while" || p.word(r+1) == "whereas") {
							return r
						}
						break
					}
				}
			}
			return 0
		}
	}
	return 0
}

// stPastCue reports whether w is the past tense of a speech verb ("said").
func stPastCue(w string) bool {
	cw, ok := stTheLexicon.cues[w]
	return ok && cw.form == 2
}

// subjectThenAux reports whether a clause opens at k with a name or a
// short definite noun phrase and an auxiliary: "suggested Conway was
// holding out", "suggested the deal had collapsed".
func (p *stPara) subjectThenAux(k, b int) bool {
	n := k
	if w := p.word(k); w == "the" || w == "his" || w == "her" || w == "its" || w == "their" || w == "this" || w == "these" || w == "those" || w == "our" {
		n++
		for n < b && n < k+6 && p.toks[n].kind == stWord && (!p.toks[n].cap || p.isNameWord(n) && (n > k+1 || p.isNameWord(n+1)) || stDemonyms[p.word(n)]) && !stIsVerbAux(p.word(n)) && !p.has(n, stBitPrep) {
			n++ // ("the most likely reason residents stay is …", "… reason Rukban residents are …")
		}
	} else {
		for n < b && n < k+3 && p.isNameWord(n) {
			n++
		}
	}
	if n == k || n >= b {
		return false
	}
	if w := p.word(n); n > k+1 && (w == "in" || w == "of" || w == "at" || w == "on" || w == "for" || w == "across") {
		// "the situation in hospitals could": a short modifier first
		m := n + 1
		for m < b && m < n+5 && p.toks[m].kind == stWord && !stIsVerbAux(p.word(m)) && !p.has(m, stBitClause) && !p.has(m, stBitPrep) {
			m++
		}
		if m == n+1 || m >= b {
			return false
		}
		n = m
	}
	if det := n; det > k && det < b && p.isNameWord(det) {
		// "his Russian counterpart, Dmitri Medvedev, would": a
		// capitalised adjective inside the noun phrase.
		for det < b && det < k+6 && p.toks[det].kind == stWord && !stIsVerbAux(p.word(det)) && !p.has(det, stBitPrep) {
			det++
		}
		if p.punct(det) == "," {
			n = det
		}
	}
	if p.punct(n) == "," && n > k+1 {
		// "her deputy, Rui Dahl, would help": a name in apposition.
		m := n + 1
		for m < b && m < n+5 && p.isNameWord(m) {
			m++
		}
		if m > n+2 && p.punct(m) == "," {
			n = m + 1
		} else if w := p.word(n + 1); (w == "where" || w == "which" || w == "who") && p.word(k) != "" {
			// "the prison, where men can be held for years, is": a
			// relative clause between commas.
			for m = n + 2; m < b && m < n+20; m++ {
				if p.punct(m) == "," {
					n = m + 1
					break
				}
				if p.toks[m].kind != stWord {
					break
				}
			}
		}
	}
	w := p.word(n)
	return stIsBe(w) || w == "had" || w == "has" || w == "would" || w == "could" || w == "might" || w == "may" || w == "will" || w == "should" || w == "must" || w == "can"
}

// resumesAt reports whether a verb resumes the interrupted clause at k:
// "That, Audi says, allows …", "The levy, Lee said, will rise".
func (p *stPara) resumesAt(k int) bool {
	w := p.word(k)
	if w == "" || p.toks[k].cap {
		return false
	}
	return stIsVerbAux(w) || !stDeterminers[w] && !stPrepWords[w] && (strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "ed"))
}

// stDurations are spans of time: "warned for years that …".
var stDurations = stWordSet("years months weeks days decades hours ages generations time while")

// forDuration reports whether "for" at k opens a span of time ("for
// years", "for some time", "for the past decade").
func (p *stPara) forDuration(k int) bool {
	if p.word(k) != "for" {
		return false
	}
	for m := k + 1; m < k+5 && m < len(p.toks) && p.toks[m].kind == stWord; m++ {
		if w := p.word(m); stDurations[w] || w == "decade" || w == "year" || w == "month" || w == "week" {
			return true
		}
	}
	return false
}

// stDegreeWords modify an adverb: "somewhat sheepishly".
var stDegreeWords = stWordSet("somewhat rather quite very a bit little more less most")

// issuedDoc reports whether the noun ending at pre is a message the
// subject sent, which the participle after it reports: "issued a
// statement saying …", "sent an email to staff saying …".
func (p *stPara) issuedDoc(a, pre int) bool {
	k := pre
	if stTimeWords[p.word(k)] && k-2 > a && (p.word(k-1) == "on" || p.word(k-1) == "late" || p.word(k-1) == "early" || p.word(k-1) == "last" || p.word(k-1) == "this") {
		k -= 2 // "issued a statement on Monday saying …"
	}
	if p.word(k-1) == "to" {
		k -= 2 // "an email to staff"
	} else if p.word(k-2) == "to" && p.toks[k-1].kind == stWord {
		k -= 3 // "a letter to the board"
	}
	if k > a+1 && stDocHeads[p.word(k)] && p.toks[k-1].kind == stWord && !p.toks[k-1].cap && !stDocHeads[p.word(k-1)] && (p.has(k-2, stBitDeterminer) || stIssueVerbs[p.word(k-2)]) {
		return true // "sent out a press release saying …", "issued a joint statement saying …"
	}
	return k > a && stDocHeads[p.word(k)] && (p.has(k-1, stBitDeterminer) || stIssueVerbs[p.word(k-1)])
}

// stIssueVerbs send out a message: "issued statements saying".
var stIssueVerbs = stWordSet("issued released sent posted published put wrote shared issuing releasing sending posting publishing")

// stFrequencyAdverbs place an act in time or frequency: "despite first
// saying".
var stFrequencyAdverbs = stWordSet("first once later earlier also even still never always often again")

// stDeclaredThings are what one declares by saying so: "declared his
// candidacy".
var stDeclaredThings = stWordSet("retirement candidacy candidature intention intentions support opposition innocence bid resignation loyalty independence")

// stSingular returns the singular of a plain plural noun ("residents",
// "vice-chancellors", "families"), or "" when w is none.
func stSingular(w string) string {
	switch {
	case len(w) < 4 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us"):
		return ""
	case strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "xes"):
		return w[:len(w)-2]
	}
	return w[:len(w)-1]
}

// stCompanySuffixes end the names of companies, never of news outlets.
var stCompanySuffixes = stWordSet("corp corp. corporation inc inc. ltd ltd. plc co co. company group holdings bank airlines airline motors industries technologies systems llc ag sa gmbh")

// stThenWords may stand between "and" and a coordinated verb.
var stThenWords = stWordSet("then later also subsequently ultimately eventually again afterwards afterward finally")

// quoteThenClause returns where content [s, e) ends when the writer
// takes over inside it: at ", citing …" (the sources of what was said),
// or after a quotation that closes on a comma before a new clause with a
// subject of its own ("pledged that the department “would track the
// standard,” but trust members questioned …").
func (p *stPara) quoteThenClause(s, e int) int {
	for k := s + 2; k+1 < e && k < s+120; k++ {
		if p.punct(k) == "," && p.word(k+1) == "citing" {
			return k // "reported that the deal was done, citing two sources": the sources are no part of it
		}
	}
	for k := s + 1; k+2 < e && k < s+80; k++ {
		if p.isQuote(k) && p.quoteEndsComma(k) && (p.word(k+1) == "but" || p.word(k+1) == "while") && !p.has(k+2, stBitSubjectPronoun) && (p.clauseAt(k+2, e) || p.npThenVerbEnd(k+2, e) > k+2) {
			return k + 1
		}
	}
	return e
}

// timeClause reports whether a short clause with its own subject and verb
// opens at s and ends at a comma before more words ("after the crew
// left, someone took a report").
func (p *stPara) timeClause(s, b int) bool {
	for k := s + 1; k < b && k < s+6; k++ {
		if p.toks[k].kind != stWord {
			return false
		}
		if w := p.word(k); !p.toks[k].cap && (p.verbAt(k) || stPastVerbs[w]) {
			for m := k + 1; m < b && m < k+12; m++ {
				if p.punct(m) == "," {
					return p.word(m+1) != "" && p.word(m+2) != ""
				}
				if p.toks[m].kind != stWord {
					return false
				}
			}
			return false
		}
	}
	return false
}

// stQuestionWords open an indirect question.
var stQuestionWords = stWordSet("whether if how why what when where who")

// indirectQuestion finds an indirect question after "asked" at k, past an
// addressee of up to three words ("asked the minister whether the line
// will …"): where the question starts and where the addressee ends (k
// when there is none), or 0.
func (p *stPara) indirectQuestion(k, b int) (int, int) {
	q := k
	for q < b && q < k+4 && p.toks[q].kind == stWord && !stQuestionWords[p.word(q)] && !p.has(q, stBitPrep) && !stIsVerbAux(p.word(q)) && p.word(q) != "about" && p.word(q) != "for" {
		q++
	}
	if !stQuestionWords[p.word(q)] || q > k && !(p.isNameWord(q-1) || stObjectPronouns[p.word(k)] || stAudienceWords[p.word(q-1)] || p.word(k) == "the" || stPossessives[p.word(k)]) {
		return 0, 0
	}
	for m := q + 1; m < b && m < q+9; m++ {
		if p.toks[m].kind != stWord {
			return 0, 0
		}
		if w := p.word(m); p.verbAt(m) || strings.IndexByte(w, '\'') > 0 && stSubjectPronouns[stPronounStem(w)] || m > q+1 && !p.toks[m].cap && len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(p.word(m-1), "s") && !p.has(m-1, stBitPrep) && !p.has(m-1, stBitDeterminer) {
			return q, q // (and "what kind of person gets up …": a present verb after its noun)
		}
	}
	return 0, 0
}

// askedWhom returns the colon or comma after a short addressee at k that
// introduces a quoted question ("asked Trump: “Done?”"), or k.
func (p *stPara) askedWhom(k, b int) (int, int) {
	n := k
	if w := p.word(k); w == "the" || stPossessives[w] {
		n++ // "asked the witness: “…”", "asked the Cleveland crowd “…”"
		for n < b && n < k+4 && p.toks[n].kind == stWord && (!p.toks[n].cap || p.isNameWord(n) && n+1 < b && p.toks[n+1].kind == stWord && !p.toks[n+1].cap) && !p.has(n, stBitClause) && !p.has(n, stBitPrep) {
			n++
		}
		if n == k+1 || p.toks[n-1].cap {
			return k, k
		}
	}
	for n < b && n < k+3 && (p.isNameWord(n) || n == k && (stObjectPronouns[p.word(n)] || stAudienceWords[p.word(n)])) {
		n++ // (and "asked reporters, “…”")
	}
	switch {
	case n > k && (p.punct(n) == ":" || p.punct(n) == ",") && p.isQuote(n+1):
		return n, n + 1
	case n > k && p.isQuote(n) && p.quotes[p.toks[n].q].words >= 4 && p.quoteOpensCapital(n):
		return n, n // "asked the crowd “If …?”": no comma before the question
	}
	return k, k
}

// quoteOpensCapital reports whether the quotation at token i starts with
// a capital letter: a sentence of its own, not a quoted fragment.
func (p *stPara) quoteOpensCapital(i int) bool {
	q := p.quotes[p.toks[i].q]
	for _, r := range p.text[q.inS:q.inE] {
		return unicode.IsUpper(r)
	}
	return false
}

// stObjectPronouns stand for a person as an object: "asked him: “…”".
var stObjectPronouns = stWordSet("him her them me us")

// stResearchHeads conclude findings, not statements: "researchers
// concluded that …".
// proposalAt tells whether the noun phrase from s (before t) is headed
// by a word for a proposal that goes on to say what it proposes ("a plan
// to …", "his new strategy for …").
func (p *stPara) proposalAt(s, t int) bool {
	for k := s; k < t && k < s+4; k++ {
		if stProposalWords[p.word(k)] {
			w := p.word(k + 1)
			return w == "to" || w == "for" || w == "that" // (but "outlined her economic plan": a topic)
		}
		if p.toks[k].kind != stWord {
			return false
		}
	}
	return false
}

var stProposalWords = stWordSet("plan plans proposal proposals strategy vision agenda blueprint roadmap")

var stResearchHeads = stWordSet("researchers scientists authors team study studies analysis review examiner examiners coroner coroners autopsy pathologist pathologists")

// personOfOrg trims a subject [s, t) that names a person and then the
// body they belong to ("Joost van Hoof of the Fontys University writes")
// to the person: it returns the end of the name, or t.
func (e *stEngine) personOfOrg(p *stPara, s, t int) int {
	if t-s < 3 || !p.isNameWord(s) || p.has(s, stBitDeterminer) {
		return t
	}
	for o := s + 1; o < t-1; o++ {
		if w := p.word(o); w != "of" && w != "for" {
			continue
		}
		if !p.isNameWord(o-1) || stHasOrgWord(p, s, o) {
			return t
		}
		for k := o + 1; k < t; k++ {
			if w := p.word(k); !p.isNameWord(k) && w != "of" && w != "the" && w != "and" && w != "for" {
				return t // the rest must be the organisation's name
			}
		}
		if name, kind := p.nameOf(s, o); name == "" || kind != stEntPerson {
			return t
		}
		if _, known := e.names[stStripPossessive(p.word(s))]; o == s+1 && !known {
			return t // one word is a person only as a surname named before ("The Duke of Edinburgh")
		}
		return o
	}
	return t
}

// roleApposition reports whether the words from n up to the next comma
// name a role ("deputy news director at Buzzfeed", "Chief Economist at
// Acme") and a clause follows that comma.
func (p *stPara) roleApposition(n, b int) bool {
	role := false
	for m := n; m < b && m < n+12; m++ {
		if p.punct(m) == "," {
			return role && m > n && p.clauseAt(m+1, b)
		}
		w := p.word(m)
		if p.toks[m].kind != stWord || stIsVerbAux(w) || stClauseWords[w] || p.verbAt(m) {
			return false
		}
		if stTitleWords[w] || stHasSpeakerSuffix(w) && !stPrepWords[w] {
			role = true
		}
	}
	return false
}

// pastRoleWords skips lower-case role words opening an apposition ("economist
// Dan Reyes", "retired general Omar Haddad") and returns where the name
// starts.
func (p *stPara) pastRoleWords(s, e int) int {
	k := s
	for k < e && k < s+3 && p.toks[k].kind == stWord && (!p.toks[k].cap || k > s && p.has(k, stBitTitle) && p.word(k+1) == "of") && (p.lowerRole(k) || p.has(k, stBitTitle) || stRoleAdjs[p.word(k)]) {
		k++
	}
	if w := p.word(k); k > s && (w == "to" || w == "for" || w == "of") && p.isNameWord(k+1) {
		// "former special envoy to Ukraine Kurt Volker": a post held in
		// a place, then the person, from a given name on.
		for g := k + 2; g < e-1 && g < k+5; g++ {
			if p.givenAt(g) && p.allNames(g, e) {
				return g
			}
		}
		if e-(k+1) >= 3 && e-(k+1) <= 4 && p.allNames(k+1, e) {
			return e - 2 // (a given name the lists lack: the last two words)
		}
	}
	return k
}

// stRoleAdjs qualify a role before a name: "retired general Omar Haddad".
var stRoleAdjs = stWordSet("retired former veteran longtime senior junior acting interim deputy assistant associate chief top lead")

// namesOnly reports whether [s, e) is names joined by commas and "and"
// ("Egypt and Jordan", "Lee, Park and Cho").
func (p *stPara) namesOnly(s, e int) bool {
	names := 0
	for k := s; k < e; k++ {
		switch {
		case p.isNameWord(k):
			names++
		case p.word(k) == "and" || p.punct(k) == ",":
			if k == s || k == e-1 {
				return false
			}
		default:
			return false
		}
	}
	return names >= 2 && p.hasWord(s, e, "and")
}

// hasWord reports whether one of words stands in [s, e).
func (p *stPara) hasWord(s, e int, words ...string) bool {
	for k := s; k < e; k++ {
		for _, w := range words {
			if p.word(k) == w {
				return true
			}
		}
	}
	return false
}

// asReportedBy handles a passive "as" attribution with its agent: "As
// first reported by The Times, the plant will close" and "The plant will
// close, as reported by The Times." The agent speaks; the clause the
// "as" phrase is attached to is the content. handled is false when the
// cue is not in that construction.
func (e *stEngine) asReportedBy(p *stPara, a, b int, c *stCue) (ok, handled bool) {
	m := c.i - 1
	for m > a && m > c.i-3 && stAsAdverbs[p.word(m)] {
		m--
	}
	if p.word(m) != "as" {
		return false, false
	}
	s := c.j + 1
	t := p.rightNP(s, b)
	if t <= s || !p.validSubject(s, t) || !p.speakerLike(s, t) {
		return false, false
	}
	n := t // past a time: "by The Times on Monday"
	for n < b && n < t+4 && p.toks[n].kind == stWord && (stTimeWords[p.word(n)] || p.word(n) == "on" || p.word(n) == "in" || p.word(n) == "last" || p.word(n) == "earlier") {
		n++
	}
	start := a
	if a == 0 {
		start = p.skipDateline(a, b)
	}
	for start < m && (p.has(start, stBitIntro) || p.punct(start) == ",") {
		start++
	}
	switch {
	case start == m && p.punct(n) == ",":
		c.cS, c.cE = n+1, p.trimEnd(n+1, b)
	case m-1 > start && p.punct(m-1) == "," && p.trimEnd(n, b) == n:
		for k := start; k < m-1; k++ {
			if cw, ok := stTheLexicon.cues[p.word(k)]; ok && cw.flags&stCueWeak == 0 && !p.toks[k].cap || p.word(k) == "according" {
				return false, true // "“…,” said an expert, as reported by The Times": a relay
			}
		}
		c.cS, c.cE = start, m-1
	default:
		return false, false
	}
	if c.cE-c.cS < 3 || p.isQuote(c.cS) && c.cE-c.cS == 1 && p.quotes[p.toks[c.cS].q].words < 3 {
		return false, true
	}
	c.subjS, c.subjE = s, t
	c.speaker, c.entity = e.resolveNP(p, s, t)
	return c.speaker != "", true
}

// stAsAdverbs may stand between "as" and a passive cue ("as first
// reported by").
var stAsAdverbs = stWordSet("first originally previously earlier initially widely exclusively")

// asClauseVerb reports whether a short noun phrase at k is followed by a
// finite verb before any punctuation ("the latest round of protests
// escalates"), making "as" a conjunction rather than a comparison.
func (p *stPara) asClauseVerb(k, e int) bool {
	for m := k + 1; m < e && m < k+9; m++ {
		if p.toks[m].kind != stWord {
			return false
		}
		w := p.word(m)
		if p.toks[m].cap || stPrepWords[w] || p.has(m-1, stBitDeterminer) || p.word(m-1) == "of" {
			continue
		}
		if stIsVerbAux(w) || strings.HasSuffix(w, "ed") && len(w) > 4 || stPastCue(w) || stPastVerbs[w] || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 3 {
			return true
		}
	}
	return false
}

// messageColon returns the quotation after "this announcement:" at k
// ("tweeted this announcement: “…”"), or -1.
func (p *stPara) messageColon(k, e int) int {
	if p.isQuote(k) {
		return -1
	}
	noun := false // a message noun seen ("a statement on Instagram: “…”")
	for m := k; m < e && m <= k+16; m++ {
		if p.punct(m) == ":" || p.punct(m) == "," && p.word(m-1) == "caption" {
			if (noun || stMessageNouns[p.word(m-1)]) && m+1 < e && p.isQuote(m+1) {
				return m + 1
			}
			break
		}
		if p.toks[m].kind != stWord {
			break
		}
		if stMessageNouns[p.word(m)] && m <= k+3 {
			noun = true
		}
	}
	return -1
}

// stMessageNouns name a message whose words a colon introduces
// ("tweeted this announcement: “…”").
var stMessageNouns = stWordSet("announcement message statement warning note reply response post tweet words advice question answer update plea appeal caption")

// titleInOpener reports whether the quotation at q is a short title inside
// an opening phrase ("After playing “Home,” the singer told …"): the
// sentence opens with a preposition or subordinator a few words before.
func (p *stPara) titleInOpener(a, q int) bool {
	if !p.isQuote(q) || q-a < 2 || q-a > 5 || p.quotes[p.toks[q].q].words > 6 {
		return false
	}
	if w := p.word(a); !stSubordinators[w] && !stPrepWords[w] {
		return false
	}
	for k := a + 1; k < q; k++ {
		if p.toks[k].kind != stWord || p.isCueWord(k) {
			return false
		}
	}
	return true
}

// subjectThenPast reports whether a clause opens at k with a short definite
// noun phrase and a verb in the past ("revealed the segment posted its
// best quarter", "suggested the approach rang hollow"), not a noun and
// its participle ("revealed the plans outlined in the report").
func (p *stPara) subjectThenPast(k, b int) bool {
	if w := p.word(k); w != "the" && w != "this" && w != "its" && w != "their" && w != "his" && w != "her" {
		return false
	}
	for m := k + 2; m < b && m <= k+4; m++ {
		w := p.word(m)
		if w == "" || p.toks[m].cap || stPrepWords[w] || stClauseWords[w] || stAuxWords[w] {
			return false
		}
		if strings.HasSuffix(w, "ed") && len(w) > 4 || stPastVerbs[w] {
			n := p.word(m + 1)
			return n != "" && !stPrepWords[n] && n != "and" && n != "or"
		}
	}
	return false
}

// pastAt reports whether the word at k is a verb in the past tense, a
// lowercase "-ed" word or a common irregular one ("he crashed", "she
// knew").
func (p *stPara) pastAt(k int) bool {
	w := p.word(k)
	return !p.toks[k].cap && (strings.HasSuffix(w, "ed") && len(w) > 4 || stPastVerbs[w])
}

// hasPastVerb reports whether [s, e) holds a common irregular past verb
// ("began", "fell").
func (p *stPara) hasPastVerb(s, e int) bool {
	for k := s; k < e; k++ {
		if stPastVerbs[p.word(k)] {
			return true
		}
	}
	return false
}

// stAddingCues are participles that may announce the quotation of the
// next sentence ("…, Lee said, adding with a grin. “…”").
var stAddingCues = stWordSet("add continue explain note joke quip warn")

// toAddressee reports whether the noun phrase ending at pre is the
// addressee of a speech verb ("wrote to someone saying …"): the
// participle after it is the writer's, not the addressee's.
func (p *stPara) toAddressee(a, pre int) bool {
	for s := pre; s > a+1 && s > pre-4; s-- {
		if p.word(s-1) == "to" {
			return p.isCueWord(s - 2)
		}
		if p.toks[s-1].kind != stWord {
			return false
		}
	}
	return false
}

// stWeakTellers are weak cues that still report a that-clause
// ("responded that …", "concluded that …"), unlike manners of speaking
// ("fumes", "laughed").
var stWeakTellers = stWordSet("respond conclude continue answer read")

// ownClauseAt reports whether a clause with its own subject starts at k:
// "there are …", "they have …".
func (p *stPara) ownClauseAt(k int) bool {
	w := p.word(k)
	if w != "there" && !stSubjectPronouns[w] || p.toks[k].cap {
		return false
	}
	return stIsVerbAux(p.word(k+1)) || p.verbAt(k+1)
}

// stCurrency reports whether a punctuation token is a currency sign.
func stCurrency(t string) bool {
	switch t {
	case "$", "£", "€", "¥", "₹":
		return true
	}
	return false
}

// asideThenThat reports whether a participle aside opening at k closes
// with a comma right before "that": "said, referring to the mayor, that
// …" (the "that" is the cue's).
func (p *stPara) asideThenThat(k, b int) bool {
	for m := k + 1; m < b && m < k+12; m++ {
		if p.toks[m].kind != stWord {
			return p.punct(m) == "," && p.word(m+1) == "that"
		}
	}
	return false
}

// stWriterAsideNouns head the writer's comment appended to reported
// speech: ", a figure that could not be verified", ", a claim which …".
var stWriterAsideNouns = stWordSet("figure figures claim claims number toll assertion allegation allegations account charge estimate tally")

// possessiveEnd reports whether the noun phrase ending before token t is
// a possessive that the words from t complete ("Jones' “steady hand”",
// "Lee's plan"), not a whole noun phrase.
func (p *stPara) possessiveEnd(t int) bool {
	if t <= 0 || t >= len(p.toks) || p.toks[t-1].kind != stWord {
		return false
	}
	if l := p.toks[t-1].low; strings.HasSuffix(l, "'") || strings.HasSuffix(l, "'s") {
		return p.toks[t].kind == stWord || p.isQuote(t)
	}
	// A straight apostrophe after an s read as an opening mark: "Jones' "…"".
	if l := p.toks[t-1].low; strings.HasSuffix(l, "s") && t+1 < len(p.toks) && p.punct(t) == "'" && p.toks[t].s == p.toks[t-1].e {
		return p.toks[t+1].kind == stWord || p.isQuote(t+1)
	}
	return false
}

// hasQuote reports whether a quotation opens in tokens [s, e).
func (p *stPara) hasQuote(s, e int) bool {
	for k := max(s, 0); k < e && k < len(p.toks); k++ {
		if p.isQuote(k) {
			return true
		}
	}
	return false
}

// coordinatedSubject finds the start of a subject of two noun phrases
// joined by "and" that opens its clause ("While the watchdog and local
// officials say", "The union and the firm said"), given the second one
// at [s, t); it returns -1 when the subject is not such a pair.
func (p *stPara) coordinatedSubject(a, s, t int) int {
	if s-2 <= a || p.word(s-1) != "and" || p.toks[s-2].kind != stWord {
		return -1
	}
	cs := a
	if a == 0 {
		cs = p.skipDateline(a, s)
	}
	if p.has(cs, stBitSubordinator) {
		cs++ // "While the watchdog and …"
	}
	if s0 := p.leftNP(cs, s-1); s0 == cs && s-1-s0 <= 6 && s-1-s0 >= 1 && !p.verbIn(s0, s-1) && p.speakerLike(s0, s-1) && p.speakerLike(s, t) {
		for k := s0; k < s-1; k++ {
			w := p.word(k)
			if p.toks[k].kind != stWord || stPrepWords[w] && w != "of" || p.verbAt(k) || stPastVerbs[w] || stIrregularPast[w] || stIsVerbAux(w) || !p.toks[k].cap && strings.HasSuffix(w, "ed") {
				return -1 // ("The company cut jobs and officials said": two clauses)
			}
		}
		return s0
	}
	return -1
}

// nameListStart returns where a list of names that ends with the
// subject [s, t) starts — "Jeff Marsh (D-Ore.), Sam Brown (D-Ohio) and
// Rob Mendez said", "Jeff Marsh, Sam Brown and Rob Mendez said" — or s
// when the subject ends no such list.
func (p *stPara) nameListStart(a, s, t int) int {
	k := s - 1
	if p.word(k) == "and" {
		k--
	} else if !p.hasWord(s, t, "and") || p.punct(k) != "," {
		return s
	}
	if p.word(s-1) == "and" && !p.allNames(s, t) || p.punct(t) == "," || p.word(t) == "who" {
		return s // ("an imprint of Acme Books and a spokeswoman said"; "…, Bo Park and Jo Dee, who joked")
	}
	start, commas, tags := s, 0, 0
	for k > a && k > s-40 {
		if p.punct(k) == "," {
			k--
		}
		if p.punct(k) == ")" {
			// a party tag: "(D-Ohio)"
			o := k - 1
			for o > a && o > k-8 && p.punct(o) != "(" {
				o--
			}
			if p.punct(o) != "(" {
				break
			}
			k, tags = o-1, tags+1
		}
		n := p.nameRunStart(a, k)
		if n > k || k+1-n < 2 || stHasOrgWord(p, n, k+1) {
			break
		}
		start, k = n, n-1
		if p.punct(k) != "," {
			break
		}
		commas++
	}
	if tags == 0 && !(start == a && p.givenAt(start)) || commas == 0 && p.word(s-1) == "and" {
		return s // two names: "Ann Lee and Bo Park" is found as the subject already
	}
	return start // (and "Ben Carson, Ted Cruz and Rand Paul have all said", a list opening the sentence)
}

// contactClauseName finds the name that speaks in a subject [s, t) made
// of an article, a common noun and a name ("a program Iran says it
// needs"): the noun is what a relative clause with no "that" is about,
// and the name is its subject. It returns -1 when the subject is no such
// phrase, or when the noun is a role ("the singer Ann Lee").
func (p *stPara) contactClauseName(s, t int) int {
	if t-s < 3 || t-s > 6 || (p.word(s) != "a" && p.word(s) != "an") {
		return -1
	}
	n := s + 1
	for n < t && p.toks[n].kind == stWord && !p.toks[n].cap {
		if w := p.word(n); p.lowerRole(n) || stKinWords[w] || stRoleNouns[w] || stHasOrgWord(p, n, n+1) || stGroupWords[w] || strings.HasSuffix(w, "ed") || stPastVerbs[w] || stIrregularPast[w] || stPrepWords[w] || p.verbAt(n) {
			return -1 // (nor "a forecast released Thursday": a participle)
		}
		n++
	}
	if n != s+2 || n >= t || !p.allNames(n, t) || stTimeWords[p.word(n)] {
		return -1
	}
	return n
}

// stMannerHeads end a phrase of manner after a cue: "in a quieter tone".
var stMannerHeads = stWordSet("tone voice manner whisper way fashion")

// mannerPhraseEnd returns the token after a phrase of manner at k ("in a
// quieter tone", "in a low voice"), or 0 when there is none.
func (p *stPara) mannerPhraseEnd(k, b int) int {
	if p.word(k) != "in" || (p.word(k+1) != "a" && p.word(k+1) != "an" && p.word(k+1) != "the" && !stPossessives[p.word(k+1)]) {
		return 0
	}
	for m := k + 2; m < b && m < k+6; m++ {
		if p.toks[m].kind != stWord {
			return 0
		}
		if stMannerHeads[p.word(m)] {
			return m + 1
		}
	}
	return 0
}

// subjectAfterComma finds, for a cue coordinated by the "and" at pre, the
// subject that opens the clause after the last comma before it, when that
// subject is a name followed by a past verb ("…, however, Lee called Moss
// and informed …"); it returns -1, -1 otherwise.
func (p *stPara) subjectAfterComma(a, pre int) (int, int) {
	if p.word(pre) != "and" {
		return -1, -1
	}
	m := pre - 1
	for m > a && m > pre-12 && p.punct(m) != "," {
		if p.toks[m].kind != stWord {
			return -1, -1
		}
		m--
	}
	if m <= a || p.punct(m) != "," || !p.isNameWord(m+1) {
		return -1, -1
	}
	t := m + 1
	for t < pre && p.isNameWord(t) {
		t++
	}
	if w := p.word(t); t-(m+1) > 3 || t >= pre || p.toks[t].cap || !(strings.HasSuffix(w, "ed") || stPastVerbs[w] || stIrregularPast[w]) {
		return -1, -1
	}
	return m + 1, t
}

// finiteClauseAt reports whether a clause opens at k: a noun phrase of up
// to eight words, then a finite verb ("TV ads totaled …", "the firm has …").
func (p *stPara) finiteClauseAt(k, t int) bool {
	if w := p.word(k); w == "" || stPrepWords[w] || stClauseWords[w] || w == "and" || w == "but" || w == "or" {
		return false
	}
	for m := k + 1; m < t && m <= k+8; m++ {
		if p.toks[m].kind != stWord {
			return false
		}
		w := p.word(m)
		if stIsVerbAux(w) || !p.toks[m].cap && (strings.HasSuffix(w, "ed") || stPastVerbs[w] || stIrregularPast[w]) {
			return true
		}
	}
	return false
}

// howClause reports whether a clause with a past verb opens at k after
// "how": a determiner, up to three words, then the verb ("how the fire
// started in the roof"). After "how" a past form is the clause's verb,
// not a participle.
func (p *stPara) howClause(k, b int) bool {
	if !p.has(k, stBitDeterminer) && !stPossessives[p.word(k)] {
		return false
	}
	for m := k + 1; m < b && m <= k+4; m++ {
		if p.toks[m].kind != stWord || p.has(m, stBitPrep) || p.has(m, stBitClause) {
			return false
		}
		if m > k+1 && (p.pastAt(m) || stIrregularPast[p.word(m)]) {
			return true
		}
	}
	return false
}

// resultPhraseAt reports whether the participle at k opens a phrase of
// effects joined by "and" to a participle of a speech verb before t
// (", giving Tehran a boost and highlighting …").
func (p *stPara) resultPhraseAt(k, t int) bool {
	for m := k + 1; m+1 < t && m < k+16; m++ {
		if p.toks[m].kind != stWord {
			return false
		}
		if p.word(m) == "and" && p.isCueWord(m+1) && strings.HasSuffix(p.word(m+1), "ing") {
			return true
		}
	}
	return false
}

// resultParticiple reports whether the participle cue at i is joined by
// "and" to a participle of another verb that opens a phrase after a comma
// (", giving Tehran a boost and highlighting differences …"): a phrase of
// effects the writer adds, in which no one speaks.
func (p *stPara) resultParticiple(a, i int) bool {
	if p.word(i-1) != "and" {
		return false
	}
	for k := i - 2; k > a && k > i-16; k-- {
		if p.toks[k].kind != stWord {
			return false
		}
		if w := p.word(k); p.punct(k-1) == "," && strings.HasSuffix(w, "ing") && len(w) > 5 && !p.isCueWord(k) && !p.toks[k].cap {
			return true
		}
	}
	return false
}

// anonymityRequest reports whether content [s, e) asks that the speaker
// not be named: "to remain anonymous", "not to be identified", "for
// anonymity", "that her name not be used".
func (p *stPara) anonymityRequest(s, e int) bool {
	w := func(k int) string {
		if k >= e {
			return ""
		}
		return p.word(k)
	}
	switch {
	case w(s) == "for" && (w(s+1) == "anonymity" || w(s+1) == "anonymous"):
		return true
	case w(s) == "to" && (w(s+1) == "remain" || w(s+1) == "stay" || w(s+1) == "be") && (w(s+2) == "anonymous" || w(s+2) == "unnamed" || w(s+2) == "nameless"):
		return true
	case (w(s) == "not" && w(s+1) == "to" || w(s) == "to" && w(s+1) == "not") && w(s+2) == "be" && (w(s+3) == "named" || w(s+3) == "identified" || w(s+3) == "quoted"):
		return true
	case w(s) == "that" && (w(s+1) == "his" || w(s+1) == "her" || w(s+1) == "their") && (w(s+2) == "name" || w(s+2) == "names"):
		return true
	case (w(s) == "his" || w(s) == "her" || w(s) == "their") && (w(s+1) == "name" || w(s+1) == "names") && (w(s+2) == "not" || w(s+2) == "be" || w(s+2) == "to"):
		return true
	}
	return false
}

// stToldNouns are what one tells that is no statement of one's own:
// "told their own tale", "told the truth", "told a joke".
var stToldNouns = stWordSet("tale tales story stories lie lies joke jokes truth version yarn yarns")

// toldTale reports whether the words from j, after a form of "tell", are
// a determiner and a noun of stToldNouns with no clause or quotation
// after them.
func (p *stPara) toldTale(j, b int) bool {
	k := j
	if !p.has(k, stBitDeterminer) && !stPossessives[p.word(k)] {
		return false
	}
	k++
	for n := 0; n < 3 && k < b && p.toks[k].kind == stWord && !stToldNouns[p.word(k)]; n++ {
		k++ // "their own", "a very different"
	}
	if !stToldNouns[p.word(k)] {
		return false
	}
	for m := k + 1; m < b && m < k+40; m++ {
		if p.isQuote(m) || p.word(m) == "that" || p.punct(m) == ":" {
			return false // "told the story that …", "told a joke: “…”"
		}
	}
	return true
}

// stDataOwners name who keeps the figures in "according to city data",
// "according to government estimates".
var stDataOwners = stWordSet("city government state federal census county official police industry company market exit trade customs labor labour employment election court hospital ministry department agency")

// ownedFinding reports whether the finding [s, t) with head hk, after
// "according to", says whose it is ("an Associated Press analysis", "city
// data", "data from the grid operator", "a review of disclosures by
// Public Citizen"): annotators take such figures as attributed, where "a
// study" or "the data" alone names no source.
func (p *stPara) ownedFinding(s, t, hk int) bool {
	if h := p.word(hk); h == "survey" || h == "surveys" || h == "poll" || h == "polls" || h == "polling" {
		return false // (a poll's figures are what people answered, not what its maker said)
	}
	if h := p.word(hk); h == "analysis" || h == "study" || h == "research" || h == "average" || h == "averages" || h == "returns" {
		return false // "according to a Gazette analysis of tax records": a finding, whoever made it
	}
	if p.word(hk+1) == "published" && p.word(hk+2) == "in" {
		return false // "a paper published in the journal Nature": research
	}
	for k := s; k < t; k++ {
		if p.isNameWord(k) && !p.has(k, stBitCommonCap) {
			return true
		}
		if w := p.word(k); k > hk && (w == "from" || w == "by" || w == "of" || w == "compiled") {
			return true
		}
	}
	return hk > s && stDataOwners[p.word(hk-1)]
}

// claimTo reports whether "to" at k opens what a claim says of its
// maker: "claimed to have voted twice", "claims to be a doctor".
func (p *stPara) claimTo(c *stCue, k int) bool {
	return c.lemma == "claim" && p.word(k) == "to" && (p.word(k+1) == "have" || p.word(k+1) == "be")
}

// endContent ends the content of cue c, in a sentence ending at b, where
// something else begins: a quotation after a colon with its own
// attribution, the writer's "even though", the next act after a verdict,
// or the comma that closes a clause the cue sits in.
func (p *stPara) endContent(c *stCue, b int) {
	if !c.after && !p.isQuote(c.cS) {
		// "said the son acted out of worry: “It is rattling,” Conway
		// told CNN": a quotation after a colon that has its own
		// attribution is not part of this content.
		for k := c.cS + 2; k+1 < c.cE && k < c.cS+80; k++ {
			if p.punct(k) != ":" || !p.isQuote(k+1) {
				continue
			}
			own := false
			for m := k + 2; m < b && m < k+8; m++ {
				if p.isCueWord(m) && !p.toks[m].cap {
					own = true
					break
				}
				if p.punct(m) == "." || p.isQuote(m) {
					break
				}
			}
			if own {
				c.cE = k
			}
			break
		}
	}
	if !c.after && !p.isQuote(c.cS) {
		// "insisted the election is rigged even though voters are more
		// likely to be struck by lightning": the writer's rejoinder.
		for k := c.cS + 3; k+1 < c.cE && k < c.cS+80; k++ {
			if p.isQuote(k) {
				break
			}
			if w := p.word(k + 1); p.word(k) == "even" && (w == "though" || w == "as") {
				c.cE = p.trimEnd(c.cS, k)
				break
			}
		}
	}
	if !c.after && (c.lemma == "call" || c.lemma == "describe" || c.flags&stCueAs != 0) {
		// "called the plan “a disaster” Tuesday, hours after …": the day
		// after the quoted verdict is when it was said.
		for k := c.cS + 1; k+1 < c.cE && k < c.cS+40; k++ {
			if !p.isQuote(k) {
				continue
			}
			m := k + 1
			if p.word(m) == "on" {
				m++
			}
			n := m
			for n < c.cE && n < m+3 && stTimeWords[p.word(n)] && p.word(n) != "this" && p.word(n) != "that" {
				n++
			}
			if n > m && (n >= c.cE || p.punct(n) == ",") {
				c.cE = k + 1
				break
			}
		}
	}
	if !c.after && (c.lemma == "call" || c.flags&stCueAs != 0) {
		// "called Ryan a “very weak leader” and boasted about …": a
		// verdict ends where the speaker's next act begins.
		for k := c.cS + 2; k+1 < c.cE && k < c.cS+40; k++ {
			if w := p.word(k + 1); p.word(k) == "and" && !p.toks[k+1].cap && (p.isCueWord(k+1) || stPastVerbs[w] || p.pastAt(k+1)) {
				c.cE = p.trimEnd(c.cS, k)
				break
			}
			if w := p.word(k + 1); c.lemma == "call" && p.punct(k) == "," && !p.isQuote(k-1) && !p.hasQuote(c.cS, k) && (strings.HasSuffix(w, "ing") && !p.toks[k+1].cap || stNounHeadsAfterComma[w]) {
				c.cE = k // "called himself pro-choice, stances that …", "call it X, raising …": the writer's aside
				break
			}
			if w := p.word(k + 1); c.lemma == "call" && p.isQuote(k) && p.quoteEndsComma(k) && strings.HasSuffix(w, "ing") && !p.toks[k+1].cap && !p.hasQuote(c.cS, k) {
				c.cE = k + 1 // "called Cruz the “ultimate hypocrite,” linking to …": the quoted verdict ends it
				break
			}
		}
	}
	if !c.after && !c.according && !p.isQuote(c.cS) && p.word(c.cS-1) != "that" && !p.clauseAt(c.cS, c.cE) {
		// "denounced GOP efforts to defund the group, which provides …":
		// a relative clause describes the noun phrase said, the writer's
		// aside.
		for k := c.cS + 2; k+1 < c.cE && k < c.cS+30; k++ {
			if p.isQuote(k) || p.verbAt(k) {
				break
			}
			if w := p.word(k + 1); p.punct(k) == "," && (w == "which" || w == "who") && !p.has(k+2, stBitSubjectPronoun) {
				if m := p.nextComma(k+2, c.cE, 25); m > 0 && stFinalCues[c.lemma] && (p.verbAt(m+1) || stIsVerbAux(p.word(m+1))) && !p.toks[m+1].cap {
					break // "said the talks, which began a decade ago, remained …": the noun's own verb follows
				}
				if stFinalCues[c.lemma] && p.relativeThenVerb(k+1, c.cE) {
					break // the same with no comma to close the clause: "said Ann Lee, who lost her son in the attack is wrong"
				}
				c.cE = k // (but "…, which it said crashed": the source's own words, see relativeSpeech)
				break
			}
		}
	}
	if !c.after && !p.isQuote(c.cS) {
		// "implied it was her fault — although the photo showed …": a
		// dash and "although" open the writer's own objection.
		for k := c.cS + 3; k+1 < c.cE && k < c.cS+80; k++ {
			if w := p.word(k + 1); p.dashAt(k) && (w == "although" || w == "though") && !p.dashIn(k+2, min(c.cE, k+80)) {
				c.cE = k
				break
			}
		}
	}
	if !c.after && !p.isQuote(c.cS) && c.form != 2 && c.form != 3 {
		// "pledging further reform and trying to connect …", "denies the
		// crime was a genocide and goes to great lengths …": a verb of the
		// cue's own form after "and" is the speaker's next act.
		for k := c.cS + 2; k+1 < c.cE && k < c.cS+50; k++ {
			if p.isQuote(k) {
				break
			}
			if p.word(k) == "and" && p.nextActAt(c, k+1) {
				c.cE = p.trimEnd(c.cS, k)
				break
			}
		}
	}
	if c.form == 4 && !c.after && c.subjS > 0 && c.subjE == c.i {
		// "Ryan saying he was pleased and Trump calling it a success":
		// the content ends where the next absolute phrase begins.
		for k := c.cS + 2; k+1 < c.cE && k < c.cS+60; k++ {
			if p.word(k) == "and" && p.absoluteSubject(c.subjS-1, p.nameEnd(k+1)) == k+1 {
				c.cE = p.trimEnd(c.cS, k)
				break
			}
		}
	}
	if c.clauseEnd && !c.after {
		for k := c.cS + 1; k < c.cE && k < c.cS+80; k++ {
			if p.punct(k) == "," && p.word(k+1) != "that" && p.word(k+1) != "and" {
				c.cE = k
				break
			}
		}
	}
}

// nextActByPronoun ends the content of cue c at ", but he gave …": the
// speaker's next act in the writer's words, when the pronoun can be the
// speaker ("Reid said both are “non-entities,” but he gave the Texan a
// compliment"; but in "Ann said she hardly knew him, but he left her
// intrigued" the "he" is someone she speaks of).
func (e *stEngine) nextActByPronoun(p *stPara, c *stCue) {
	if c.after || c.entity < 0 || c.entity >= len(e.ents) || e.ents[c.entity].kind != stEntPerson || c.form != 1 && c.form != 2 && c.form != 3 {
		return
	}
	for k := c.cS + 3; k+3 < c.cE && k < c.cS+60; k++ {
		if p.isQuote(k) && !p.quoteEndsComma(k) {
			break
		}
		w := p.word(k + 2)
		if p.word(k+1) != "but" || !(p.punct(k) == "," || p.isQuote(k) && p.quoteEndsComma(k)) || w != "he" && w != "she" {
			continue
		}
		g := stMale
		if w == "she" {
			g = stFemale
		}
		v := p.word(k + 3)
		perfect := v == "has" && p.pastAt(k+4) && !p.isCueWord(k+4) // ", but she has bristled at …": the writer's present perfect
		if c.form == 3 && !perfect {
			return // (after "has said", only the speaker's next act in the same tense)
		}
		if (p.verbAt(k+3) || stIrregularPast[v]) && (!stIsVerbAux(v) || strings.HasSuffix(v, "n't") && p.verbAt(k+4) || perfect) && !p.isCueWord(k+3) && e.sexOf(c.entity) == g {
			// (and ", but he hasn't endorsed her")
			c.cE = p.trimEnd(c.cS, k+1)
		}
		return
	}
}

// aboutHow reports whether "about how" at k opens the account a boast, a
// complaint or a lament gives: "boasted about how “nice” it is".
func (p *stPara) aboutHow(c *stCue, k int) bool {
	return p.word(k) == "about" && p.word(k+1) == "how" && (c.lemma == "boast" || c.lemma == "complain" || c.lemma == "lament")
}

// personThenAdjunct returns the end of the person's name that opens the
// subject [s, t) when a short phrase of place, time or occasion follows
// it ("Clinton in her speech", "Obama in Ohio", "Lee during the debate"):
// a person's name takes no such modifier, so the phrase tells where or
// when the words were said. It returns -1 for everything else, groups
// included ("officials in Ohio" are the speakers).
func (p *stPara) personThenAdjunct(e *stEngine, s, t int) int {
	n := s
	for n < t && n < s+4 && p.isNameWord(n) {
		n++
	}
	if n == s || n+2 > t || t-n > 6 {
		return -1
	}
	if w := p.word(n); w != "in" && w != "during" && w != "at" && !(w == "on" && p.toks[n+1].cap) {
		return -1
	}
	for k := n + 1; k < t; k++ {
		if p.toks[k].kind != stWord || p.word(k) == "and" || p.word(k) == "who" {
			return -1
		}
	}
	if w := strings.TrimSuffix(p.word(t-1), "s"); stTimeWords[w] || len(w) == 4 && w[0] >= '1' && w[0] <= '2' && strings.Trim(w, "0123456789") == "" {
		return n // "Acme in recent weeks", "Acme in 2019": when, whoever it is
	}
	if w := p.word(n + 1); p.word(n) == "in" && (w == "a" || w == "an" || stPossessives[w]) && stMediumWords[p.word(t-1)] {
		return n // "Jeb Bush in a Medium post", "Acme in its statement": how, whoever it is
	}
	name, kind := p.nameOf(s, n)
	if kind != stEntPerson || name == "" {
		return -1
	}
	if n-s == 1 {
		if full := e.names[stStripPossessive(p.toks[s].low)]; !strings.Contains(full, " ") {
			return -1 // ("Apple in China": no person the article named)
		}
	} else if !p.givenAt(s) && !p.has(s, stBitTitle) {
		return -1
	}
	return n
}

// bareVerbAt reports whether token k may be a verb in its bare form ("she
// try", "they reconsider"): a lower-case word with no ending of tense,
// person or participle that is no function word.
func (p *stPara) bareVerbAt(k int) bool {
	if k >= len(p.toks) || p.toks[k].kind != stWord || p.toks[k].cap || k+1 >= len(p.toks) || p.toks[k+1].kind == stPunct && p.punct(k+1) != "," {
		return false
	}
	w := p.word(k)
	if len(w) < 3 || stIsVerbAux(w) || stAuxWords[w] || stPrepWords[w] || stDeterminers[w] || stClauseWords[w] || stAdverbLy(w) || stPastVerbs[w] || stIrregularPast[w] || w == "not" || w == "also" {
		return false
	}
	for _, suf := range []string{"s", "ed", "ing"} {
		if strings.HasSuffix(w, suf) {
			return false
		}
	}
	return true
}

// possessiveRole reports whether [j, t) is a person's role given by whose
// it is: "Hale's campaign manager", "Mr. Trump's daughter" — a possessive
// name, then lower-case words only.
func (p *stPara) possessiveRole(j, t int) bool {
	k := j
	for k < t && k < j+4 && p.isNameWord(k) && !strings.HasSuffix(p.toks[k].low, "'s") && !strings.HasSuffix(p.toks[k].low, "\u2019s") || k < t && p.punct(k) == "." && k > j {
		k++
	}
	if k >= t || !p.isNameWord(k) || !strings.HasSuffix(p.toks[k].low, "'s") && !strings.HasSuffix(p.toks[k].low, "\u2019s") {
		return false
	}
	if k+1 >= t || t-(k+1) > 3 {
		return false
	}
	for m := k + 1; m < t; m++ {
		if p.toks[m].kind != stWord || p.toks[m].cap {
			return false
		}
	}
	return true
}

// stRelCutPreps end the phrase before the noun a relative clause after a
// comma is about: "sent to the mayor, who said …".
var stRelCutPreps = stWordSet("to with against for into toward towards by")

// stQuantityNouns count what follows them: "that thousands of people
// cheered" opens a clause.
var stQuantityNouns = stWordSet("thousands millions billions hundreds dozens tens scores lots plenty most many some none all half")

// absoluteSubject returns the start of the name that stands right before
// the participle at i in an absolute phrase: "…, with Lee saying …",
// "… – Lee saying … and Park calling …"; or -1. After "and" or a comma
// the phrase must repeat an earlier one of the same shape.
func (p *stPara) absoluteSubject(a, i int) int {
	n, lead := p.absoluteName(a, i)
	switch lead {
	case "with", "–", "—":
		return n
	case "and", ",":
		// (one earlier phrase of the same shape, within 30 words: the
		// search does not chain, so long lists stay linear)
		for k := n - 2; k > a && k > n-30; k-- {
			if _, l := p.absoluteName(a, k); l != "" {
				return n
			}
		}
	}
	return -1
}

// absoluteName returns the start of the name right before the
// participle cue at i, and the word or dash before that name ("with",
// "and", ",", "–", "—"); or -1 and "".
func (p *stPara) absoluteName(a, i int) (int, string) {
	if i >= len(p.toks) || !p.isCueWord(i) || !strings.HasSuffix(p.word(i), "ing") {
		return -1, ""
	}
	n := i
	for n > a && i-n < 3 && p.isNameWord(n-1) && p.toks[n-1].cap && !strings.HasSuffix(p.word(n-1), "'s") {
		n--
	}
	if n == i || n <= a || p.has(n, stBitCommonCap) || p.has(n, stBitNonNameCap) {
		return -1, ""
	}
	switch w := p.word(n - 1); {
	case w == "with" || w == "and":
		return n, w
	case p.punct(n-1) == "–" || p.punct(n-1) == "—" || p.punct(n-1) == ",":
		return n, p.punct(n - 1)
	}
	return -1, ""
}

// nameEnd returns the end of the run of name words starting at k (k
// itself when none starts there).
func (p *stPara) nameEnd(k int) int {
	for k < len(p.toks) && p.isNameWord(k) {
		k++
	}
	return k
}

// cityState reports whether the comma at k separates a place from the
// state or country it lies in ("Sumter, South Carolina", "Lyon,
// France"): no boundary between phrases.
func (p *stPara) cityState(k int) bool {
	if k < 1 || !p.isNameWord(k-1) {
		return false
	}
	for n := 1; n <= 3 && k+n < len(p.toks); n++ {
		if !p.isNameWord(k + n) {
			break
		}
		if p.placeAt(k+1, k+1+n) && !p.isNameWord(k+1+n) {
			return true
		}
	}
	return false
}

// placeAt reports whether [s, t) names a US state or a country.
func (p *stPara) placeAt(s, t int) bool {
	if t-s < 1 || t-s > 3 || !p.isNameWord(s) {
		return false
	}
	if t-s == 1 {
		return stStates[p.word(s)] || stCountries[p.word(s)]
	}
	if !stPlaceFirsts[p.word(s)] {
		return false // (no allocation for the common case)
	}
	name := p.word(s) + " " + p.word(s+1)
	if t-s == 3 {
		name += " " + p.word(s+2)
	}
	return stStates[name] || stCountries[name]
}

// placeNames reports whether [s, e) is all name words but for the commas
// between a town and its state ("Bismarck, North Dakota").
func (p *stPara) placeNames(s, e int) bool {
	for k := s; k < e; k++ {
		if !p.isNameWord(k) && !(p.punct(k) == "," && p.cityState(k)) {
			return false
		}
	}
	return s < e
}

// spanBefore reports whether a span of time relative to an event opens
// at k: "two days after voters went to the polls", "hours before the
// vote", "a week later".
func (p *stPara) spanBefore(k int) bool {
	w := p.word(k)
	if !(w == "a" || w == "an" || w == "one" || w == "two" || w == "three" || w == "several" || w == "few" || w == "just" || w != "" && w[0] >= '0' && w[0] <= '9') {
		return false
	}
	n := k + 1
	if p.word(n) == "few" {
		n++
	}
	switch p.word(n) {
	case "day", "days", "hour", "hours", "week", "weeks", "month", "months", "year", "years", "minute", "minutes":
		x := p.word(n + 1)
		return x == "after" || x == "before" || x == "later" || x == "earlier" || x == "ago"
	}
	return false
}

// quoteOpensVerb reports whether the quotation at token i opens with a
// verb in the past or with an auxiliary: he “hand-delivered a letter …”.
func (p *stPara) quoteOpensVerb(i int) bool {
	q := p.quotes[p.toks[i].q]
	w, _, _ := strings.Cut(strings.TrimSpace(p.text[q.inS:q.inE]), " ")
	w = strings.ToLower(strings.TrimRight(w, ",.;:!?"))
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return false
	}
	return stIsVerbAux(w) || stPastVerbs[w] || stIrregularPast[w] || strings.HasSuffix(w, "ed") && len(w) > 4
}

// andPronounCue reports whether the cue c follows ", and he" or ", but
// she" (or a quotation closed by a comma, then "and he"): a new sentence
// of the speaker's own, not speech reported inside the content before.
func (p *stPara) andPronounCue(a int, c *stCue) bool {
	k := p.auxStart(a, c.i) - 1
	if w := p.word(k); !(w == "he" || w == "she" || w == "they") || c.form != 2 {
		return false
	}
	if w := p.word(k - 1); w != "and" && w != "but" {
		return false
	}
	return p.punct(k-2) == "," || k-2 >= a && p.isQuote(k-2) && p.quoteEndsComma(k-2)
}

// spentTime reports whether the words before the participle after pre
// are "spent (much of) the week": the subject spent the time doing what
// the participle says ("spent the run-up portraying Sanders as …").
func (p *stPara) spentTime(a, pre int) bool {
	for k := pre; k > a && k > pre-10; k-- {
		if p.toks[k].kind != stWord {
			return false
		}
		if w := p.word(k); w == "spent" || w == "spends" || w == "spend" || w == "spending" {
			return k < pre
		}
	}
	return false
}

// polledShare reports whether the subject [s, t) is a share of people
// counted by a poll: "20 percent of voters", "three-quarters of the
// voters in exit polls" (a figure, so no one spoke it).
func (p *stPara) polledShare(s, t int) bool {
	for k := s; k < t && k < s+5; k++ {
		w := p.word(k)
		if w == "percent" || w == "per" && p.word(k+1) == "cent" || w == "%" || strings.HasSuffix(w, "%") {
			// (but "Sixty-six percent of those surveyed said" quotes the
			// answers of people the story set apart)
			return (p.word(k+1) == "of" || p.word(k+2) == "of") && !p.hasWord(k+1, min(k+4, t), "those")
		}
		if (w == "three-quarters" || w == "two-thirds" || w == "majority" || w == "plurality") && p.word(k+1) == "of" {
			return p.hasWord(s, t, "poll", "polls", "survey", "surveyed", "polled", "respondents", "voters", "americans")
		}
		if stNumberWord(w) && p.word(k+1) == "in" && stNumberWord(p.word(k+2)) {
			// "One in four voters in a poll last year said"
			return p.hasWord(s, t, "poll", "polls", "survey", "surveyed", "polled", "respondents")
		}
	}
	return false
}

// stPronounSex is the sex "he" or "she" tells, or 0 for any other word.
func stPronounSex(w string) uint8 {
	switch w {
	case "he":
		return stMale
	case "she":
		return stFemale
	}
	return 0
}

// lastOut is the statement recorded last, or nil.
func (e *stEngine) lastOut() *stStmt {
	if len(e.out) == 0 {
		return nil
	}
	return &e.out[len(e.out)-1]
}

// sameSource reports whether the addressee named by to is entity id:
// its full name or its surname.
func (e *stEngine) sameSource(id int, to string) bool {
	toks := stNameToks(to)
	en := &e.ents[id]
	if len(toks) == 0 || len(en.toks) == 0 || en.kind != stEntPerson {
		return false
	}
	return toks[len(toks)-1] == en.toks[len(en.toks)-1] && (len(toks) == 1 || slices.Equal(toks, en.toks))
}

// dashAsideAt reports whether the cue at i stands in an aside opened by
// a dash and "as" ("— as many researchers believe, and Democrats are
// alleging, but Moscow strongly denies —").
func (p *stPara) dashAsideAt(a, i int) bool {
	for k := i - 1; k > a && k >= i-30; k-- {
		if p.isQuote(k) {
			return false
		}
		if p.punct(k) == "—" {
			return p.word(k+1) == "as"
		}
	}
	return false
}

// inWhichSpeech returns the comma before ", in which NAME said" ending at
// the cue i (a relative clause naming a speaker: "a fundraiser, in which
// Adelson said: …"), or -1; the name starts three tokens after it.
func (p *stPara) inWhichSpeech(from, i int) int {
	k := i - 1
	for k > from && k > i-5 && p.isNameWord(k) {
		k--
	}
	if k == i-1 || p.word(k) != "which" || k-2 <= from || p.punct(k-2) != "," {
		return -1
	}
	if w := p.word(k - 1); w != "in" && w != "during" && w != "at" {
		return -1
	}
	return k - 2
}

// prepAsideSubject returns the name standing before an aside that opens
// with a preposition and closes with the comma at pre, just before a cue
// ("Mrs. Clinton, in response to the slur, accused him …"), or -1, -1.
func (p *stPara) prepAsideSubject(a, pre int) (int, int) {
	m := pre - 1
	for m > a && m > pre-30 && p.punct(m) != "," {
		if p.isQuote(m) || stIsVerbAux(p.word(m)) || p.punct(m) == "." {
			return -1, -1
		}
		m--
	}
	if p.punct(m) != "," || m+1 >= pre || !p.has(m+1, stBitPrep) || p.hasVerb(m+1, pre) {
		return -1, -1
	}
	s := m
	for s > a && s > m-4 && p.isNameWord(s-1) {
		s--
	}
	if s == m || s > a && !(p.has(s-1, stBitSubordinator) || p.punct(s-1) == "," || p.word(s-1) == "and" || p.word(s-1) == "but") {
		return -1, -1
	}
	if stHonorificSex(p.word(s)) != 0 && m-s >= 2 {
		s++ // ("Mrs. Clinton": the surname finds her as the story named her)
	}
	return s, m
}

// stNounHeadsAfterComma open an apposition on a whole verdict: "called
// himself pro-choice, stances he has since disavowed".
var stNounHeadsAfterComma = stWordSet("stances stance positions position views remarks comments words claims moves")

// stSendVerbs send or publish a document: "a letter the campaign sent".
var stSendVerbs = stWordSet("sent issued released wrote filed posted circulated published distributed")

// docSender returns the subject of a reduced relative clause on a
// document noun before the participle at i — "a letter the Sanders
// campaign sent the DNC on Monday alleging …" — or -1, -1.
func (p *stPara) docSender(a, i int) (int, int) {
	for d := i - 3; d > a && d >= i-14; d-- {
		if p.toks[d].kind != stWord {
			return -1, -1
		}
		if !stDocHeads[p.word(d)] || p.toks[d].cap {
			continue
		}
		s := d + 1
		if p.word(s) == "that" || p.word(s) == "which" {
			s++
		}
		v := s
		for v < i && v < s+5 && !stSendVerbs[p.word(v)] {
			if p.toks[v].kind != stWord || stIsVerbAux(p.word(v)) {
				return -1, -1
			}
			v++
		}
		if v == s || v >= i || !stSendVerbs[p.word(v)] || !p.speakerLike(s, v) {
			return -1, -1
		}
		return s, v
	}
	return -1, -1
}

// stLoneAdverbs open a sentence before a parenthetical attribution
// without being what was said: "Sometimes, they say, it means …".
var stLoneAdverbs = stWordSet("sometimes often usually ultimately eventually increasingly occasionally")

// frontedPrepAt reports whether the sentence from a opens with a
// preposition right before the participle at i: "After saying …", "In
// addition to stating …", "Besides claiming …".
func (p *stPara) frontedPrepAt(a, i int) bool {
	switch i - a {
	case 1:
		switch p.word(a) {
		case "after", "before", "besides", "since", "upon", "while", "by":
			return true
		}
	case 3:
		return p.word(a) == "in" && p.word(a+1) == "addition" && p.word(a+2) == "to"
	}
	return false
}

// withShare reports whether the participle at i follows "with" and a
// share of people counted ("with 50 percent saying", "with three in 10
// saying", "with a majority saying"): a poll's finding.
func (p *stPara) withShare(a, i int) bool {
	k := i - 1
	for k > a && k >= i-5 && p.word(k) != "with" {
		k--
	}
	if p.word(k) != "with" || k == i-1 {
		return false
	}
	for m := k + 1; m < i; m++ {
		switch w := p.word(m); {
		case w == "percent" || w == "%" || strings.HasSuffix(w, "%") || w == "majority" || w == "plurality" || w == "half" || w == "two-thirds" || w == "three-quarters":
			return true
		case w == "in" && m > k+1 && m+1 < i && stNumberWord(p.word(m-1)) && stNumberWord(p.word(m+1)):
			return true // "three in 10"
		}
	}
	return false
}

// stNumberWord reports whether w is a number in digits or a small one in
// words.
func stNumberWord(w string) bool {
	if w != "" && w[0] >= '0' && w[0] <= '9' {
		return true
	}
	switch w {
	case "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten":
		return true
	}
	return false
}

// nextActAt reports whether the word at k, after an "and" in the content
// of cue c, is a verb in the cue's own form that the content cannot
// hold: a gerund after content with no verb ("pledging reform and
// trying …"), or a present verb after content in the past ("denies it
// was a genocide and goes …").
func (p *stPara) nextActAt(c *stCue, k int) bool {
	w := p.word(k)
	if len(w) < 4 || p.toks[k].cap {
		return false
	}
	switch c.form {
	case 4:
		return strings.HasSuffix(w, "ing") && !stNounIng[w] && !p.hasVerb(c.cS, k-1) && !p.isQuote(k+1)
	case 1:
		if !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "ous") || p.toks[k+1].kind != stWord || p.verbAt(k+1) || stIsVerbAux(p.word(k+1)) {
			return false // ("… and sales dropped": a new subject)
		}
		for m := c.cS; m < k-1; m++ {
			if v := p.word(m); v == "was" || v == "were" || v == "had" {
				return true
			}
		}
	}
	return false
}

// stNounIng are words in -ing that are nouns: "building", "morning".
var stNounIng = stWordSet("building buildings morning evening thing things nothing something anything everything ceiling during meeting meetings funding spending housing training hearing hearings ruling rulings wedding king ring string spring wing swing")

// subordinatorBefore returns the subordinator that opens the sentence at
// a right before the subject starting at s (past a determiner): "After
// the man mentioned …", "Not long after Trump tweeted …"; or -1.
func (p *stPara) subordinatorBefore(a, s int) int {
	k := s - 1
	if k > a && p.has(k, stBitDeterminer) {
		k--
	}
	w := p.word(k)
	if k < a || k-a > 4 || !stSubordinators[w] || w == "as" || w == "if" || w == "unless" || k > a && !p.subordinatorLead(a, k) {
		return -1
	}
	return k
}

// subordinatorLead reports whether [a, k) only leads up to a
// subordinator at k: "Not long after", "Shortly before", "Just as".
func (p *stPara) subordinatorLead(a, k int) bool {
	return p.allIn(a, k, stSubordinatorLeads)
}

// allIn reports whether [s, e) is not empty and every word in it belongs
// to set.
func (p *stPara) allIn(s, e int, set map[string]bool) bool {
	for k := s; k < e; k++ {
		if !set[p.word(k)] {
			return false
		}
	}
	return s < e
}

// stSubordinatorLeads modify a subordinator that opens a sentence.
var stSubordinatorLeads = stWordSet("and but so then not long shortly just soon right even only days weeks hours minutes moments months years a day week hour")

// recalledMemory reports whether what follows "recalled" at k is a
// person's memory told: someone's quality ("recalled Ali's generosity",
// "recalled his kindness"), a verdict ("recalled the night as the worst
// of his life") or an experience ("recalled meeting him in 1974"); not a
// product or an envoy recalled ("recalled 2 million cars", "recalled its
// ambassador").
func (p *stPara) recalledMemory(c *stCue, k, b int) bool {
	if c.subjS < 0 || !p.speakerLike(c.subjS, c.subjE) || stHasOrgWord(p, c.subjS, c.subjE) {
		return false
	}
	w := p.word(k)
	switch {
	case strings.HasSuffix(w, "ing") && len(w) > 5 && !p.toks[k].cap && !stNounIng[w]:
		return true
	case stPossessives[w] && w != "its" || strings.HasSuffix(w, "'s") && p.isNameWord(k):
		return p.toks[k+1].kind == stWord && !p.toks[k+1].cap && !stRecallThings[p.word(k+1)]
	case stDeterminers[w]:
		for m := k + 1; m < b && m < k+8; m++ {
			if p.word(m) == "as" {
				return m > k+1
			}
			if p.toks[m].kind != stWord {
				break
			}
		}
	}
	return false
}

// stRecallThings are what a firm or a government recalls: "recalled its
// ambassador", "recalled their vehicles".
var stRecallThings = stWordSet("ambassador ambassadors envoy envoys products product vehicles cars trucks models units devices batteries drugs food staff troops")

// spacedDash reports whether the hyphen at k stands alone between spaces,
// as a dash does in some copy ("the brand - a small business - noted").
func (p *stPara) spacedDash(k int) bool {
	t := p.toks[k]
	return t.s > 0 && int(t.e) < len(p.text) && p.text[t.s-1] == ' ' && p.text[t.e] == ' '
}

// titleQuote reports whether the quotation at k is the short title of a
// work named inside a phrase: "the co-author of “Going Viral”".
func (p *stPara) titleQuote(a, k int) bool {
	w := p.word(k - 1)
	return p.isQuote(k) && p.quotes[p.toks[k].q].words <= 5 && k > a+2 && (w == "of" || w == "the" || strings.HasSuffix(w, "'s"))
}

// titleInApposition returns the comma after the subject when the
// quotation just before the cue (at pre, or before the comma at pre) is
// a title inside an apposition to it ("Hemsley, the co-author of “Going
// Viral,” said"); or -1.
func (p *stPara) titleInApposition(a, pre int) int {
	q := pre
	if !p.isQuote(q) {
		q--
	}
	if !p.titleQuote(a, q) && !p.aliasQuote(q) {
		return -1
	}
	for k := q - 1; k > a && k > q-14; k-- {
		if p.punct(k) == "," {
			if p.isNameWord(k-1) && (p.has(k+1, stBitDeterminer) || p.lowerRole(k+1)) {
				return k
			}
			return -1
		}
		if p.toks[k].kind != stWord {
			return -1
		}
	}
	return -1
}

// stPlaceFirsts are the first words of the states and countries of more
// than one word ("new", "south", "united", …).
var stPlaceFirsts = func() map[string]bool {
	m := map[string]bool{}
	for _, set := range []map[string]bool{stStates, stCountries} {
		for name := range set {
			if first, _, ok := strings.Cut(name, " "); ok {
				m[first] = true
			}
		}
	}
	return m
}()

// aliasQuote reports whether the quotation at k is a name someone goes by
// ("the hacker known as “Guccifer,”", "nicknamed “Bo”"), closing on the
// apposition's comma.
func (p *stPara) aliasQuote(k int) bool {
	return p.isQuote(k) && p.quoteEndsComma(k) && (p.word(k-1) == "as" && p.word(k-2) == "known" || p.word(k-1) == "nicknamed")
}

// stPollHeads are those a poll asks; what they "say" is its finding.
var stPollHeads = stWordSet("voters respondents adults americans residents people those consumers likely registered participants")

// dashAt reports whether token k is a dash: an em or en dash, or a
// spaced hyphen.
func (p *stPara) dashAt(k int) bool {
	d := p.punct(k)
	return d == "—" || d == "–" || d == "-" && p.spacedDash(k)
}

// dashIn reports whether a dash stands among tokens [a, b).
func (p *stPara) dashIn(a, b int) bool {
	for k := a; k < b; k++ {
		if p.dashAt(k) {
			return true
		}
	}
	return false
}

// criticizedPerson reports whether what cue c reports is only the full
// name of the person criticised, condemned or denounced, with nothing
// said of what.
func (p *stPara) criticizedPerson(c *stCue) bool {
	if c.after || c.lemma != "criticize" && c.lemma != "condemn" && c.lemma != "denounce" || p.isQuote(c.cS) {
		return false
	}
	n := c.cS
	for n < c.cE && p.isNameWord(n) {
		n++
	}
	return n-c.cS >= 2 && (n == c.cE || p.punct(n) == "," && !stFinalCues[p.word(n+1)] && !strings.HasSuffix(p.word(n+1), "ing"))
}

// stMonthWords are the months, in full and abbreviated.
var stMonthWords = stWordSet("january february march april may june july august september october november december jan jan. feb feb. mar mar. apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. oct oct. nov nov. dec dec.")

// dateEnd returns the end of a date at k — a month, its day and perhaps
// the year: "Dec. 6", "March 14, 2016" — or k.
func (p *stPara) dateEnd(k int) int {
	if !stMonthWords[p.word(k)] || !p.toks[k].cap {
		return k
	}
	day := p.word(k + 1)
	if len(day) == 0 || len(day) > 2 || day[0] < '0' || day[0] > '9' || day[len(day)-1] < '0' || day[len(day)-1] > '9' {
		return k
	}
	if y := p.word(k + 3); p.punct(k+2) == "," && len(y) == 4 && y[0] >= '1' && y[0] <= '2' {
		return k + 4
	}
	return k + 2
}

// possessiveName reports whether a name of one to four words ending in
// "'s" opens a noun phrase at s: "Israel's commitment", "Ann Lee's plan".
func (p *stPara) possessiveName(s int) bool {
	for m := s; m < s+4 && p.isNameWord(m); m++ {
		if strings.HasSuffix(p.word(m), "'s") {
			return true
		}
	}
	return false
}

// stNoEvidenceNouns after "no" say that nothing was put forward: "cited
// no evidence that …".
var stNoEvidenceNouns = stWordSet("evidence proof details detail sign signs indication basis source sources reason reasons explanation examples example")
