package extractors

import (
	"strings"
	"unicode"
)

// stBeForms make a following past participle passive.
func stIsBe(w string) bool {
	switch w {
	case "is", "was", "were", "are", "be", "been", "being", "'s", "am":
		return true
	}
	return false
}

// stReferForms are the forms of "refer", each with its stCueWord form
// plus one.
var stReferForms = map[string]int{"refer": 1, "refers": 2, "referred": 3, "referring": 5}

// stVoiceForms are the forms of "voice" as a verb, each with its
// stCueWord form: "voiced support for", "voicing opposition to".
var stVoiceForms = map[string]int{"voiced": 2, "voices": 1, "voicing": 4}

// findCues finds the speech verbs of sentence [a, b) that are used as
// verbs, not negated, not passive and not in a relative clause.
func (e *stEngine) findCues(p *stPara, a, b int) []stCue {
	var cues []stCue
	for i := a; i < b; i++ {
		t := p.toks[i]
		if t.kind != stWord {
			continue
		}
		if t.low == "according" && p.word(i+1) == "to" {
			cues = append(cues, stCue{i: i, j: i + 2, lemma: "according to", according: true})
			i++
			continue
		}
		if t.low == "per" && p.perSource(a, b, i) {
			cues = append(cues, stCue{i: i, j: i + 1, lemma: "per", according: true})
			continue
		}
		lw, ok := e.lx.scan[t.low]
		cw, phrase := lw.stCueWord, lw.phrase
		if !ok && (t.low == "forecast" || t.low == "forecasts") && p.word(i+1) == "that" && i > a && p.toks[i-1].kind == stWord && !p.has(i-1, stBitDeterminer) {
			// "Putin forecast that the economy would rebound" (the word
			// stays out of the lexicon: "a forecast released Thursday")
			form := 2
			if t.low == "forecasts" {
				form = 1
			}
			cw, ok = stCueWord{lemma: "forecast", flags: stCueNeedThat, form: form}, true
		}
		if !ok && (t.low == "shot" || t.low == "fired" || t.low == "hit" || t.low == "barked" || t.low == "snapped" || t.low == "struck") && p.word(i+1) == "back" {
			// "“…,” Haley shot back": a retort (but not "fired the coach";
			// the words stay out of the lexicon, where "fires" would be a cue)
			cw, ok = stCueWord{lemma: "shoot back", flags: stCueNeedThat, form: 2}, true
		}
		if !ok && (p.word(i+1) == "support" && p.word(i+2) == "for" || p.word(i+1) == "opposition" && p.word(i+2) == "to") && i+3 < b && p.toks[i+3].kind == stWord {
			if f, voice := stVoiceForms[t.low]; voice {
				// "had voiced support for a single-payer system" (a stance
				// in words; "voice" alone stays out of the lexicon)
				cw, ok = stCueWord{lemma: "voice " + p.word(i+1), form: f}, true
			}
		}
		if !ok && p.word(i+1) == "to" && stReferForms[t.low] != 0 && p.asVerdict(i+1, b) {
			// "referred to Lee as “a loon”" (but "referred to the report"
			// is no speech, nor "referring to the excuse" — the words stay
			// out of the lexicon)
			cw, ok = stCueWord{lemma: "refer to", flags: stCueAs, form: stReferForms[t.low] - 1}, true
		}
		if n := p.callsForEnd(i); !ok && n > 0 {
			// "Biden joined growing calls for the release of …": a call
			// one takes up is one's own.
			cues = append(cues, stCue{i: i, j: n, lemma: "join calls for", form: 2, subjS: -1, subjE: -1, entity: -1})
			continue
		}
		if !ok && p.quoteTag(a, b, i) {
			cw, ok = stCueWord{lemma: t.low, form: 2}, true // "“…,” Trump simpered."
		}
		if !ok {
			continue
		}
		if len(t.low) > 1 && p.text[t.s:t.e] == strings.ToUpper(p.text[t.s:t.e]) {
			continue // a heading or button in capitals
		}
		if t.cap && i > a && p.isNameWord(i-1) && !p.has(i-1, stBitCommonCap) && !p.has(i-1, stBitNonNameCap) {
			continue // part of a name: "United States", "Ohio State"
		}
		if cw.lemma == "text" && (p.word(i+1) == "message" || p.word(i+1) == "messages" || p.word(i+1) == "messaging") {
			continue // "found text messages": a noun
		}
		j := i + 1
		if p.word(i+1) == "the" && (p.word(i+2) == "fact" || p.word(i+2) == "point") && p.word(i+3) == "that" && (cw.form == 1 || cw.form == 2 || cw.form == 4) {
			j = i + 3 // "underscored the fact that …": what follows "that" was said
		} else if stThatAdverbs[p.word(i+1)] && p.word(i+2) == "that" && cw.form != 0 {
			j = i + 2 // "has hinted before that …"
		}
		if phrase {
			n, ok := p.phraseCueEnd(cw.lemma, i+1)
			if !ok {
				continue
			}
			j = n
		}
		if cw.lemma == "point" && p.word(i+1) == "to" && (cw.form == 1 || cw.form == 2 || cw.form == 0 && i > a && strings.HasSuffix(p.word(i-1), "s") && !stModals[p.word(i-1)]) && i > a && p.toks[i-1].kind == stWord && !stIsBe(p.word(i-1)) && !stPointedAt[p.word(i+2)] && !stPointedAt[p.word(i+3)] {
			// "Starmer pointed to disquiet over …", "researchers point to
			// the shift as evidence": a source citing something (only a
			// source: "the data point to" names no speaker).
			cw = stCueWord{lemma: "point to", form: cw.form}
			j = i + 2
		} else if cw.lemma == "point" || cw.lemma == "rule" {
			if p.word(i+1) != "out" {
				continue
			}
			j = i + 2
		}
		if cw.lemma == "shoot back" || cw.lemma == "refer to" {
			j = i + 2 // (the particle or preposition is part of the cue)
		}
		if cw.lemma == "voice support" || cw.lemma == "voice opposition" {
			j = i + 3 // "voiced support for": what follows is what was backed
		}
		if cw.lemma == "put" {
			// "As Lee put it: …", "…, as Lee put it bluntly."
			k := i + 2
			if stAdverbLy(p.word(k)) {
				k++
			}
			end := k
			if w := p.word(k); w == "on" || w == "in" || w == "to" {
				// "As one fan put it on Twitter: …"
				n := k + 1
				for n < b && n < k+5 && p.toks[n].kind == stWord {
					n++
				}
				if p.punct(n) == ":" || p.punct(n) == "," {
					k = n
				}
			}
			if p.word(i+1) != "it" || !(p.punct(k) == ":" || p.punct(k) == "," || p.punct(k) == "." || k >= b) {
				continue
			}
			j = end
		}
		if cw.lemma == "sum" {
			// "summed up", "summed it up"
			switch {
			case p.word(i+1) == "up":
				j = i + 2
			case p.word(i+1) == "it" && p.word(i+2) == "up":
				j = i + 3
			default:
				continue
			}
		}
		if cw.lemma == "state" && cw.form <= 1 && (p.word(i+1) == "of" || i > a && p.isNameWord(i-1) && !p.toks[i].cap && !(p.word(i+1) == "that" || p.isQuote(i+1) || p.punct(i+1) == ":" || p.punct(i+1) == "," && p.isQuote(i+2))) {
			continue // "the US state of Maine": a noun
		}
		if cw.lemma == "label" && cw.form != 2 && cw.form != 3 {
			continue // "a white label solution": a noun
		}
		if w := p.word(i + 1); (cw.lemma == "declare" || cw.lemma == "pronounce") && (w == "it" || w == "him" || w == "her" || w == "them" || w == "this") && p.isQuote(i+2) {
			cw.lemma, cw.flags = "call", stTheLexicon.cues["called"].flags // "declaring it “another super Tuesday”": a verdict, as "calling it"
		}
		if cw.lemma == "call" || cw.lemma == "label" {
			n, ok := p.callCue(i, b)
			if !ok {
				continue
			}
			j = n
		}
		if cw.flags&stCueAs != 0 && !p.asVerdict(i, b) && !(cw.lemma == "brand" && p.objectThenQuote(i, b)) {
			continue // ("branded the move “desperate”" needs no "as")
		}
		if cw.lemma == "ask" && p.word(i+1) == "not" && p.word(i+2) == "to" && p.word(i+3) == "be" {
			continue // "asked not to be named": anonymity, not a statement
		}
		if cw.lemma == "instruct" && !p.objectThenTo(i+1, b) && p.word(i+1) != "that" && !p.isQuote(i+1) && !p.isQuote(i-1) && !(p.punct(i-1) == "," && p.isQuote(i-2)) && !p.hasQuote(a, i) {
			continue // "instructed a lawyer", "was instructed in the law": no speech without "to …"
		}
		if cw.lemma == "claim" && p.claimsThing(i+1) {
			continue // "the family claimed his body": taking, not saying
		}
		if w := p.word(i + 1); cw.lemma == "confirm" && (w == "the" || w == "a" || w == "our" || w == "my") && stBeliefNouns[p.word(i+2)] {
			continue // "it confirms the belief that …": a belief borne out, nothing said
		}
		if w := p.word(i - 1); cw.lemma == "accuse" && (cw.form == 2 || cw.form == 3) && p.word(i+1) == "of" && w != "has" && w != "have" && w != "had" && !stSubjectPronouns[w] {
			continue // "a contractor accused of spying": the accused, not the accuser (who names an object first)
		}
		if cw.lemma == "tell" && (p.word(i+1) == "the" && p.word(i+2) == "truth" || p.word(i+1) == "lies" || p.word(i+1) == "a" && p.word(i+2) == "lie") {
			continue // "lies as easily as it tells the truth": a habit, no statement
		}
		if cw.lemma == "predict" && (p.punct(i+1) == "$" || p.toks[min(i+1, len(p.toks)-1)].kind == stWord && p.word(i+1) != "" && p.word(i + 1)[0] >= '0' && p.word(i + 1)[0] <= '9') {
			continue // "Wall Street predicted $2.52 a share": a forecast figure
		}
		if cw.lemma == "compare" && !p.comparedTo(i, b) {
			continue // "compared with last year": only "compared him to a toddler's father" speaks
		}
		if cw.lemma == "continue" && p.word(i+1) == "to" {
			continue // "continues to rise": the verb after "to" may speak, this one does not
		}
		if cw.lemma == "add" && p.word(i+1) == "to" {
			continue // "adding to the pressure": not speech
		}
		if cw.lemma == "report" && (p.word(i+1) == "for" || p.word(i+1) == "to") && (p.word(i+2) == "duty" || p.word(i+2) == "work") {
			continue // "reported for duty": not speech
		}
		if p.word(i-1) == "to" && !p.continueTo(i-1) && !p.promptedTo(a, i-1) && p.tookTo(a, i-1) < 0 && !(strings.HasSuffix(t.low, "ing") && p.frontedPrepAt(a, i)) {
			// (but "In addition to stating …": a gerund after a preposition)
			continue // an infinitive: "declined to comment"
		}
		k := i - 1
		neg, be := false, false
		for k >= a && p.toks[k].kind == stWord && !p.modalName(k, i) && (stAuxWords[p.toks[k].low] || p.sinceAux(k) || p.earlyOn(k) || p.continueTo(k) || stAdverbLy(p.toks[k].low) && !p.toks[k].cap || strings.HasSuffix(p.toks[k].low, "n't") || p.floatingQuant(k)) {
			w := p.toks[k].low
			if stNegWords[w] || strings.HasSuffix(w, "n't") {
				neg = true
			}
			if (w == "will" || w == "shall" || w == "may" || w == "might" || w == "should" || w == "must") && !(cw.lemma == "tell" && p.word(i+1) == "you") {
				neg = true // "will announce a plan on Friday": not said yet ("will tell you" is a habit)
			}
			if stIsBe(w) {
				be = true
			}
			k--
		}
		if neg {
			continue
		}
		if w := p.word(k); (w == "and" || w == "or") && cw.form == 0 {
			// "the Air Force may meet with Boeing and say …": the modal
			// governs the coordinated verb too (a plain verb only: in
			// "said regions should pay and warned …" it cannot).
			for m := k - 1; m >= a && m > k-10 && p.toks[m].kind == stWord; m-- {
				if x := p.word(m); x == "will" || x == "may" || x == "might" || x == "could" || x == "should" || x == "must" || x == "can" {
					neg = true
					break
				}
			}
			if neg {
				continue
			}
		}
		prev := p.word(k)
		quant := (stQuantSubjects[prev] || (prev == "one" || prev == "another") && (cw.form == 1 || cw.form == 2)) && (k == a || p.toks[k-1].kind != stWord || p.has(k-1, stBitIntro)) // "Some said", "One said"
		relThat := (prev == "which" || prev == "that") && (cw.form == 1 || cw.form == 2) && p.word(i+1) == "that" && k > a && p.toks[k-1].kind == stWord && !p.toks[k-1].cap && strings.HasSuffix(p.word(k-1), "s")
		ofCount := stQuantifiers[prev] && k > a && p.word(k-1) == "of"                                                                 // "the mother of three said"
		relWhich := prev == "which" && (cw.form == 1 || cw.form == 2) && k > a && (p.punct(k-1) == "," || p.isNameWord(k-1) && !t.cap) // "The Met Office, which said …," (or "the Chicago Police Department which reported")
		if prev == "who" && cw.form != 1 && cw.form != 2 && !(cw.form == 0 && k > a && strings.HasSuffix(p.word(k-1), "s") && !p.toks[k-1].cap) || stDeterminers[prev] && !quant && !relThat && !ofCount || prev == "which" && !relThat && !relWhich || prev == "whom" {
			continue // a noun ("the report") or a relative clause
		}
		if prev == "having" && (k == a || p.toks[k-1].kind != stWord) {
			continue // "Having described the move, I now want to …": a participle opening the sentence
		}
		if stNegWords[prev] {
			continue
		}
		if cw.lemma == "offer" && cw.form == 4 {
			continue // "the doctors offering to run the clinic": an offer of help, no speech
		}
		if cw.form == 0 && stNounForms[t.low] && p.indefiniteBefore(a, k) {
			continue // "a prior unconfirmed report that …": a noun after its article
		}
		if w := p.word(i - 2); cw.form == 0 && stNounForms[t.low] && i-2 >= a && (w == "most" || w == "least") && p.toks[i-1].kind == stWord && !p.toks[i-1].cap {
			continue // "the most conservative state on the calendar": a noun after a superlative
		}
		if cw.form == 0 && k == i-1 && k > a && p.has(k-1, stBitDeterminer) && p.word(k-1) != "that" && (!p.has(k-2, stBitPrep) || p.has(i+1, stBitPrep) || p.punct(i+1) != "") && p.toks[k].kind == stWord && !strings.HasSuffix(prev, "s") && !stIrregularPlurals[prev] && !stGroupWords[prev] && !stSubjectPronouns[prev] && !stAuxWords[prev] && !p.isQuote(i+1) && p.word(i+1) != "that" {
			continue // "the Kashmir dispute", "the fishing dispute": a noun after its modifier (but "the police dispute …")
		}
		if cw.form == 4 && k > a && p.has(k-1, stBitDeterminer) && p.toks[k].kind == stWord && !p.toks[k].cap && !stAuxWords[prev] && !stSubjectPronouns[prev] && (p.punct(i+1) == ":" || p.punct(i+1) == "." || p.punct(i+1) == ",") {
			continue // "brings a new warning": a noun after its adjective
		}
		if cw.form == 4 && (prev == "including" || prev == "on" || prev == "of" || prev == "about" || prev == "without" || prev == "for") {
			continue // "measures including calling for a debate", "courses on writing a book"
		}
		if stNounForms[t.low] && (cw.form == 0 || cw.form == 1) && (stPrepWords[prev] || prev == "for") && !(prev == "to" && (p.promptedTo(a, k) || p.tookTo(a, k) >= 0)) {
			continue // "asked them for comment": a noun after a preposition
		}
		if stNounForms[t.low] && (cw.form == 0 || cw.form == 1) && k > a && (p.has(k-1, stBitDeterminer) || strings.HasSuffix(p.word(k-1), "'s")) && p.toks[k].kind == stWord && !p.toks[k].cap && !stAuxWords[prev] && !stSubjectPronouns[prev] && !stQuantSubjects[prev] && p.word(i+1) != "that" && !p.isQuote(i+1) && p.punct(i+1) != ":" && !p.has(i+1, stBitSubjectPronoun) && !(stPossessives[p.word(i+1)] && p.npThenVerb(i+1, b)) && !(k-1 > a && (p.isQuote(k-2) || p.punct(k-2) == "," && p.isQuote(k-3))) && !(k-1 > a && p.punct(k-2) == "," && (i+1 >= b || p.punct(i+1) == "." || p.punct(i+1) == ",")) && !((k-1 == a || k-2 > a && p.punct(k-2) == "," && !p.isQuote(k-3)) && p.has(i+1, stBitDeterminer) && p.npThenVerb(i+1, b)) {
			// (and "…, the company claims." and "The lawsuit claims the
			// firm misled …" speak, as does "For instance, the paper notes
			// the government …")
			continue // "in the police report": a compound noun (but "The group state that …")
		}
		if stNounForms[t.low] && (cw.form == 0 || cw.form == 1) && k > a && p.word(k-1) == "to" && !p.toks[k].cap && !stAuxWords[prev] && !stAdverbLy(prev) {
			continue // "paid $1 billion to settle charges": the object of an infinitive
		}
		if (cw.form == 0 || cw.form == 1) && stNounForms[t.low] && stNounAdjectives[prev] && k > a && (stPossessives[p.word(k-1)] || strings.HasSuffix(p.word(k-1), "'s")) {
			continue // "his recent claim that …": a noun after a possessive and an adjective
		}
		if (strings.HasSuffix(prev, "'s") || strings.HasSuffix(prev, "s'")) && !stSubjectPronouns[strings.TrimSuffix(prev, "'s")] && prev != "that's" && prev != "who's" {
			continue // "the doctor's reports", "Epstein's alleged ring": no verb after a possessive
		}
		coord, passive, absolute := false, false, false
		switch cw.form {
		case 2, 3:
			if be && cw.lemma == "tell" {
				passive = true // "staff were told by the director that …"
			} else if it := p.word(k); (be && it == "it" || it == "it's") && (p.word(i+1) == "by" || p.word(i+1) == "in") && k >= a {
				passive = true // "It was reported by the BBC that …", "it's revealed in Eurogamer's review that …"
			} else if be {
				// "was quoted as saying" is handled at "saying"; other
				// passives have no speaker.
				continue
			}
		case 4:
			// ", with Ann Lee warning …", ", with many researchers
			// warning …", ", with its leader warning …"
			ws := p.withSubjectStart(a, k)
			absolute = !be && k >= a && ws >= 0 && (p.isNameWord(k) || p.toks[k].kind == stWord && !p.toks[k].cap && (strings.HasSuffix(p.word(k), "s") && p.speakerLike(k, k+1) || p.speakerLike(ws, k+1))) || !be && p.absoluteSubject(a, i) >= 0
			if !be && !absolute && p.isNameWord(k) && !stTimeWords[p.word(k)] && k > a && p.word(i+1) != "" && !p.toks[i+1].cap && p.word(i+1) != "that" && !p.has(i+1, stBitDeterminer) && !p.has(i+1, stBitSubjectPronoun) && p.word(i+1) != "to" {
				continue // a modifier: "a County reporting station"
			}
			if !be && !absolute {
				coord = true
				// "quoted as saying": the subject is before "was quoted".
				if prev == "as" && p.word(k-1) == "quoted" || prev == "quoted" && k > a && stIsBe(p.word(k-1)) {
					coord = false // ("was quoted calling")
				}
			}
		}
		cues = append(cues, stCue{i: i, j: j, lemma: cw.lemma, flags: cw.flags, form: cw.form, coord: coord, passive: passive, absolute: absolute, subjS: -1, subjE: -1, entity: -1})
	}
	return cues
}

// stPromptVerbs make their object do what the infinitive says
// ("prompted the judge to quip …").
var stPromptVerbs = stWordSet("prompted prompting prompts prompt led leading leads forced forcing spurred spurring moved moving")

// promptedTo reports whether the "to" at t follows "prompted NP": the NP
// is the subject of the infinitive.
func (p *stPara) promptedTo(a, t int) bool {
	for k := t - 1; k > a && t-k <= 5; k-- {
		if p.toks[k].kind != stWord {
			return false
		}
		if stPromptVerbs[p.word(k)] {
			return k < t-1
		}
	}
	return false
}

// auxStart returns the first token of the auxiliary and adverb run that
// ends just before i.
func (p *stPara) auxStart(a, i int) int {
	if t := p.tookTo(a, i-1); t >= 0 {
		i = t // "took to Instagram to announce": the subject is the one who took to it
	}
	k := i - 1
	if p.modalName(k, i) {
		return i // "May said", "Will told": a name, not a modal
	}
	for k >= a && p.toks[k].kind == stWord && (stAuxWords[p.toks[k].low] || p.sinceAux(k) || p.earlyOn(k) || p.continueTo(k) || stAdverbLy(p.toks[k].low) && !p.toks[k].cap || stDegreeWords[p.toks[k].low] && stAdverbLy(p.word(k+1)) || stMidAdverbs[p.toks[k].low] && stAuxWords[p.word(k-1)] || p.floatingQuant(k) || (p.toks[k].low == "together" || p.toks[k].low == "jointly") && k > a || p.hearsayTo(k)) {
		k-- // (and "more recently", "have instead demanded", "the senators all said", "which together vowed", "is reported to have called")
	}
	if w := p.word(k - 1); k-2 >= a && (w == "on" || w == "last" || w == "this") && p.punct(k-2) == "," && stDayOrMonth[p.word(k)] {
		k -= 2 // "Christie, who is chairing the team, on Sunday defended …": the day after the aside
	}
	return k + 1
}

// stHearsayVerbs report speech at second hand: "is reported to have
// called", "was said to have told".
var stHearsayVerbs = stWordSet("reported said understood believed known alleged rumored rumoured thought")

// stSeemVerbs hedge a verb: "appeared to have told".
var stSeemVerbs = stWordSet("appears appeared seems seemed")

// hearsayTo reports whether token k belongs to "is reported to have" or
// "appeared to have" before a speech verb's participle: words the subject
// reaches its verb across.
func (p *stPara) hearsayTo(k int) bool {
	switch w := p.word(k); {
	case w == "to":
		return p.word(k+1) == "have" && (stHearsayVerbs[p.word(k-1)] && stIsBe(p.word(k-2)) || stSeemVerbs[p.word(k-1)])
	case stHearsayVerbs[w]:
		return stIsBe(p.word(k-1)) && p.word(k+1) == "to" && p.word(k+2) == "have"
	case stSeemVerbs[w]:
		return p.word(k+1) == "to" && p.word(k+2) == "have"
	}
	return false
}

// floatingQuant reports whether token k is "all", "both" or "each" after
// the plural subject it quantifies: "the senators all said", "Lee and
// Park both told", "they each claimed".
func (p *stPara) floatingQuant(k int) bool {
	switch p.word(k) {
	case "all", "both", "each":
	default:
		return false
	}
	if k == 0 {
		return false
	}
	if p.punct(k-1) == ")" {
		return true // "Ann Lee (D-Ore.) and Bo Park (D-Ohio) all said"
	}
	if k > 1 && stAuxWords[p.word(k-1)] && !stAuxWords[p.word(k-2)] {
		k-- // "Lee and Park have both argued"
	}
	w := p.word(k - 1)
	if p.toks[k-1].kind != stWord {
		return false
	}
	return w == "they" || w == "we" || stIrregularPlurals[w] || p.isNameWord(k-1) && !stCommonCaps[w] || !p.toks[k-1].cap && len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !stIsVerbAux(w) && !stPrepWords[w]
}

// modalName reports whether token k, just before the verb at i, is a
// capitalised modal that names a person: a modal takes a plain verb, so
// "May said" and "Will told" are names ("May say" is not).
func (p *stPara) modalName(k, i int) bool {
	if k < 0 || k != i-1 || p.toks[k].kind != stWord || !p.toks[k].cap || !stModals[p.toks[k].low] || p.has(k-1, stBitPrep) || stTimeWords[p.word(k-1)] {
		return false // (nor "a letter in May urged": the month)
	}
	cw, ok := stTheLexicon.cues[p.word(i)]
	return ok && cw.form != 0 && p.word(i) != cw.lemma
}

// roleHolderEnd returns the end of the name at k that follows a lower-case
// role ("campaign manager Kellyanne Conway") when a verb comes after the
// name: the role's holder is the subject. It returns 0 otherwise.
func (p *stPara) roleHolderEnd(k, b int) int {
	if !p.isNameWord(k) || !p.lowerRole(k-1) {
		return 0
	}
	n := p.nameRunEnd(k, b)
	if n < b && p.toks[n].kind == stWord && (p.verbAt(n) || stAuxWords[p.word(n)] || p.isCueWord(n)) {
		return n
	}
	return 0
}

// nameRunEnd returns the end of the run of at most four name words that
// starts at k.
func (p *stPara) nameRunEnd(k, b int) int {
	n := k
	for n < b && n < k+4 && p.isNameWord(n) {
		n++
	}
	return n
}

// stMidAdverbs sit between an auxiliary and its verb ("have instead
// demanded", "has also said").
var stMidAdverbs = stWordSet("instead also since still already now then again even repeatedly")

// isNameWord reports whether token i is a capitalised word that can be
// part of a name.
func (p *stPara) isNameWord(i int) bool {
	if i < 0 || i >= len(p.toks) {
		return false
	}
	t := &p.toks[i]
	if t.kind != stWord {
		// "Johnson & Johnson", "ESPN Stats & Info": one name.
		if t.kind != stPunct || t.low != "&" || i == 0 || i+1 == len(p.toks) {
			return false
		}
		l, r := &p.toks[i-1], &p.toks[i+1]
		return l.kind == stWord && l.cap && r.kind == stWord && r.cap
	}
	if !t.cap {
		return false
	}
	c := p.text[t.s]
	return c < '0' || c > '9'
}

// leftNP finds the noun phrase ending just before end, going left no
// further than a. It returns start == end when there is none.
func (p *stPara) leftNP(a, end int) int {
	k := end - 1
	for ; k >= a && end-k <= 20; k-- {
		t := p.toks[k]
		switch t.kind {
		case stQuoteTok:
			if q := p.quotes[t.q]; q.words <= 4 && k > a && (p.has(k-1, stBitDeterminer) || stPossessives[p.word(k-1)]) && k+1 < end && p.toks[k+1].kind == stWord && !p.toks[k+1].cap {
				continue // "the “Bad Romance” singer": a title inside the noun phrase
			}
			return p.trimNPStart(k+1, end)
		case stPunct:
			if (t.low == "$" || t.low == "£" || t.low == "€") && k+1 < end && len(p.word(k+1)) > 0 && p.word(k + 1)[0] >= '0' && p.word(k + 1)[0] <= '9' {
				continue // "The trust spending more than $100 million on …"
			}
			if t.low == "&" && p.isNameWord(k) || (t.low == "(" || t.low == ")") && p.isNameWord(k-1) && p.isNameWord(k+1) || k > 0 && k+1 < len(p.toks) && p.toks[k-1].e == t.s && p.toks[k+1].s == t.e && p.toks[k-1].cap && p.toks[k-1].kind == stWord && p.isNameWord(k+1) {
				continue // ("U.S.-Russia relations")
			}
			if t.low == "," && p.listInName(a, k, end) {
				continue // "the Department for Environment, Food and Rural Affairs"
			}
			return p.trimNPStart(k+1, end)
		}
		w := t.low
		if w == "and" || w == "&" {
			if p.isNameWord(k-1) && p.isNameWord(k+1) {
				continue
			}
			if p.lowerRole(k-1) && p.isNameWord(end-1) && p.isNameWord(end-2) {
				continue // "lead author and planetary scientist Ann Lee"
			}
			if end == k+2 && p.lowerRole(k-1) && p.lowerRole(k+1) && p.has(k-2, stBitDeterminer) {
				continue // "the singer and guitarist": one person, two roles
			}
			if stTenseAdjs[p.word(k-1)] && stTenseAdjs[p.word(k+1)] {
				continue // "five past and current employees"
			}
			if n := p.nameRunStart(a, k-1); n < k && k+1 < end && !p.toks[k+1].cap && p.has(n-1, stBitPrep) {
				return p.trimNPStart(k+1, end) // "… in the area of Walsall and residents claimed": a new subject after a place
			}
			if s := p.leftConjunct(a, k); s < k && k+1 < end {
				if s-2 >= a && p.punct(s-1) == "," && p.lowerRole(s-2) && (s-2 == a || p.isQuote(s-3) || p.punct(s-3) == "," && p.isQuote(s-4)) && p.isNameWord(end-1) && p.isNameWord(end-2) {
					return s - 2 // "“…,” chairman, CEO and president Ann Lee said": one list of titles
				}
				return p.trimNPStart(s, end) // "officials and customers"
			}
			return p.trimNPStart(k+1, end)
		}
		if stClauseWords[w] || stIsVerbAux(w) && !(t.cap && stModals[w] && (p.modalName(k, end) || k > a && p.isNameWord(k-1) && p.toks[k-1].low != "i")) {
			return p.trimNPStart(k+1, end) // (but "Theresa May", "May said")
		}
		if _, ok := stTheLexicon.cues[w]; ok && k < end-1 && !t.cap && !p.nounAt(k) && w != "offering" {
			return p.trimNPStart(k+1, end) // "State" in a name is no verb (nor is "offering", see findCues)
		}
	}
	if end-k > 20 {
		return end
	}
	return p.trimNPStart(k+1, end)
}

// listInName reports whether the comma at k separates the items of a
// list inside an institution's name ending at end: "Department for
// Environment, Food and Rural Affairs", "Ministry of Housing, Communities
// and Local Government". The words after the comma are names up to an
// "and", and the name before it follows "for" or "of" after a name.
func (p *stPara) listInName(a, k, end int) bool {
	if !p.isNameWord(k-1) || !p.isNameWord(k+1) {
		return false
	}
	and := false
	for m := k + 1; m < end; m++ {
		switch w := p.word(m); {
		case w == "and" || w == "&":
			and = and || p.isNameWord(m+1)
		case p.punct(m) == ",":
		case !p.isNameWord(m):
			return false
		}
	}
	n := p.nameRunStart(a, k-1)
	w := p.word(n - 1)
	return and && n-2 >= a && (w == "for" || w == "of") && p.isNameWord(n-2)
}

// stFrontedActs open a participle phrase before a subject: "Speaking on
// Sky News Mr Malthouse said".
var stFrontedActs = stWordSet("speaking writing talking appearing addressing posting")

// stPointedAt are things one points to with a finger, not as evidence:
// "pointed to the sky".
var stPointedAt = stWordSet("sky door window screen map chart ceiling floor camera wall sign board photo photograph picture building ground crowd exit stage ball him her them me us it")

var stTimeWords = stWordSet("monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december week month year weekend morning afternoon evening night day today yesterday tonight earlier later last this next recently")

// trimNPStart drops leading conjunctions and time phrases from [s, end).
func (p *stPara) trimNPStart(s, end int) int {
	for s < end {
		w := p.word(s)
		switch {
		case stIntroWords[w]:
			s++
		case w == "no" && p.word(s+1) == "wonder" && s+2 < end:
			s += 2 // "No wonder Trump said …"
		case (w == "even" || w == "only") && s+1 < end && (p.has(s+1, stBitDeterminer) || p.isNameWord(s+1)):
			s++ // "Even the mayor says …", "Only Lee said …": the focus word is no part of the name
		case stFrontedActs[w] && p.toks[s].cap && s+3 < end:
			// "Speaking on Sky News Mr Malthouse said" (no comma after the
			// opening phrase): the subject starts at the honorific or
			// given name after it.
			n := s + 2
			for n < end-1 && stHonorificSex(p.word(n)) == 0 && !p.has(n, stBitTitle) && !p.givenAt(n) {
				n++
			}
			if n >= end-1 {
				return s
			}
			s = n
		case stTimeUnits[w] && (p.word(s+1) == "later" || p.word(s+1) == "earlier" || p.word(s+1) == "ago") && s+2 < end:
			s += 2 // "Hours later the company said"
		case (w == "a" || w == "an" || w == "one" || w == "half") && s+3 < end && stTimeAmount(p, s) > s:
			s = stTimeAmount(p, s) // "a year later the White House announced"
		case (w == "on" || w == "in" || w == "at" || w == "last" || w == "this" || w == "earlier" || w == "later") && s+1 < end:
			n := s + 1
			for n < end && (stTimeWords[p.word(n)] || p.word(n) == "the" && (w == "on" || w == "in" || w == "at" || stTimeWords[p.word(n+1)] || n+1 < end && len(p.word(n+1)) > 0 && unicode.IsDigit(rune(p.word(n + 1)[0]))) || len(p.word(n)) > 0 && unicode.IsDigit(rune(p.word(n)[0]))) {
				n++
			}
			if n > s+1 && n < end && p.word(n-1) == "the" {
				n-- // "On Monday the minister insisted": the subject keeps its article
			}
			if n == s+1 && (w == "later" || w == "earlier") && p.has(n, stBitDeterminer) && n+1 < end {
				s = n // "Later the pair insisted"
				continue
			}
			if n == s+1 && w != "last" && w != "this" {
				return s
			}
			s = n
		default:
			return s
		}
	}
	return s
}

// stTimeAmount returns the end of a span of time before "later",
// "earlier" or "ago" at s ("a year later", "half a year later", "one
// week earlier"), or s.
func stTimeAmount(p *stPara, s int) int {
	n := s
	if p.word(n) == "half" && (p.word(n+1) == "a" || p.word(n+1) == "an") {
		n++
	}
	n++
	if w := p.word(n); w == "few" || w == "couple" {
		n++ // "a few minutes later", "a couple of days earlier"
		if p.word(n) == "of" {
			n++
		}
	}
	if w := p.word(n + 1); w != "later" && w != "earlier" && w != "ago" {
		return s
	}
	if w := p.word(n); !stTimeUnits[w] && !stTimeUnits[w+"s"] {
		return s
	}
	return n + 2
}

// stThirdPersonHas are contractions of a third person with "is" or "has",
// which stand as the subject of a verb that follows them.
var stThirdPersonHas = stWordSet("he's she's they're they've")

// validSubject reports whether tokens [s, e) can name a speaker.
func (p *stPara) validSubject(s, e int) bool {
	if s >= e || e-s > 20 {
		return false
	}
	last := p.word(e - 1)
	if last == "you" && e-s > 1 {
		return false // "The worst thing you can do is … by saying": a clause on "you", no source
	}
	if last == "" || stPrepWords[last] || stDeterminers[last] && e-s > 1 && !(p.word(e-2) == "of" && stQuantifiers[last] && e-s > 3) || stClauseWords[last] { // (but "the mother of three")
		return false
	}
	first := p.word(s)
	if (first == "everything" || first == "anything" || first == "nothing" || first == "whatever" || first == "something") && e-s > 1 {
		return false // "Everything Trump says is a lie": a relative clause, no source
	}
	if first == "at" && (p.word(s+1) == "least" || p.word(s+1) == "most") && e-s >= 4 {
		return p.validSubject(s+2, e) // "At least two witnesses said"
	}
	if n := p.word(s + 1); (first == "about" || first == "around") && e-s >= 3 && n != "" && (n[0] >= '0' && n[0] <= '9' || stNumberWord(n)) {
		return p.validSubject(s+1, e) // "About 40 rabbis have said"
	}
	if first == "" || stPrepWords[first] && first != "this" && !(first == "outside" && e-s == 2 && stOutsiders[p.word(s+1)]) || first == "like" || first == "unlike" || first == "including" || first == "no" || first == "nobody" || first == "none" || first == "neither" || first == "anyone" || first == "anybody" || first == "whoever" || stSubordinators[first] {
		return false // (nor "As we've noted": a subordinate clause)
	}
	if i := strings.IndexByte(first, '\''); i > 0 && stSubjectPronouns[first[:i]] && !(e-s == 1 && stThirdPersonHas[first]) {
		return false // "we've", "they'll" (but "He's upset but says …")
	}
	if stSubjectPronouns[first] && e-s > 1 && !p.isNameWord(s+1) {
		return false // "she delivered her closing": a clause, not a subject
	}
	if p.word(s+1) == "by" && !p.toks[s].cap && (strings.HasSuffix(first, "ed") || strings.HasSuffix(first, "en") || first == "seen") {
		return false // "reports seen by Reuters suggest": the head came before
	}
	if e-s == 1 {
		if stBadSubjects[first] || stDeterminers[first] || stNonNameCaps[first] {
			return false
		}
		if !p.toks[s].cap && !stSubjectPronouns[first] && !stGroupWords[first] && !strings.HasSuffix(first, "s") {
			return false
		}
		if first == "i" || first == "we" || first == "you" {
			return false
		}
	}
	return true
}

// rightNP finds a noun phrase starting at s for an inverted attribution
// ("…, said John Smith, a spokesman"); it returns its end or s.
func (p *stPara) rightNP(s, b int) int {
	k := s
	if stQuantifiers[p.word(k)] && p.word(k+1) == "of" && (p.word(k+2) == "the" || p.word(k+2) == "those" || stPossessives[p.word(k+2)]) {
		k += 3 // "said several of the protesters"
	} else if p.has(k, stBitDeterminer) {
		k++
	}
	for k < b && k-s < 8 {
		t := p.toks[k]
		if t.kind != stWord {
			break
		}
		if t.low == "of" && k > s && p.isNameWord(k-1) && p.isNameWord(k+1) && stOrgWords[p.word(k-1)] {
			k++ // "said University of Miami weather expert Brian McNoldy"
			continue
		}
		if t.low == "and" && k == s+1 && p.isNameWord(s) && p.isNameWord(k+1) && !p.isNameWord(k+2) && (k+2 >= b || p.toks[k+2].kind == stPunct) {
			k += 2 // "said Hale and Lee."
			break
		}
		if t.low == "and" && k > s && p.isNameWord(k-1) && p.word(k+1) == "others" && (k+2 >= b || p.toks[k+2].kind == stPunct) {
			k += 2 // "said Doyle and others,"
			break
		}
		if t.low == "and" && k > s && stTitleWords[stStripPossessive(p.word(k-1))] && p.toks[k-1].cap && k+1 < b && p.toks[k+1].kind == stWord {
			k++ // "said former Gov. and party Chairman Ed Rendell": two titles, one person
			continue
		}
		if stPrepWords[t.low] || t.low == "for" && k > s && !p.isNameWord(k-1) && stHasSpeakerSuffix(p.word(k-1)) || stClauseWords[t.low] && !p.isNameWord(k) || stAuxWords[t.low] && !p.npAdverb(s, k) && !(t.cap && p.isNameWord(k+1)) && !(t.cap && k == s && stModals[t.low] && (k+1 >= b || p.toks[k+1].kind != stWord)) || t.low == "and" {
			break // ("says WHO", "says Will McClay" and "said May." are names)
		}
		if _, ok := stTheLexicon.cues[t.low]; ok && !(t.cap && k > s && p.isNameWord(k-1)) && !(k > s && stNounForms[t.low] && p.has(k-1, stBitDeterminer) && (k+1 >= b || p.toks[k+1].kind != stWord || p.has(k+1, stBitPrep) || p.cueParticiple(k+1))) && !(t.low == "state" && p.isNameWord(k+1) && p.isNameWord(k+2)) {
			break // (but "the Washington Post" is a name, "says the report." a noun, and "said state Sen. Ann Lee" a title)
		}
		k++
	}
	if k == s || p.has(k-1, stBitDeterminer) {
		return s
	}
	if k-s == 8 && k < b && p.toks[k].kind == stWord {
		k = p.longSubject(s, k, b)
	}
	if k < b {
		switch w := p.word(k); {
		case p.punct(k) != "":
		case stPrepWords[w] || w == "for": // ("said a strategist for one of the candidates")
		case p.cueParticiple(k):
			// "…, says a report highlighting the …": the subject's next
			// act of speech.
		case (w == "who" || w == "whose") && k > s && p.toks[k-1].kind == stWord:
			// "said a woman who declined to give her name": the relative
			// clause describes the speaker.
		case (w == "as" || w == "when" || w == "while" || w == "before" || w == "after") && p.isNameWord(k-1) && (p.has(k+1, stBitSubjectPronoun) || p.word(k+1) == "asked"):
			// "said Hale as he left the court": when, not who.
		default:
			return s
		}
	}
	if !p.toks[s].cap && !p.has(s, stBitDeterminer) && !p.roleName(s, k) {
		// A bare plural of people: "say economists", "said longtime
		// residents.", "said analysts at Morgan Stanley".
		end, w := k >= b || p.toks[k].kind == stPunct, p.word(k)
		if !strings.HasSuffix(p.word(k-1), "s") || !p.speakerLike(s, k) || !(end && k-s <= 3 || k == s+1 && (w == "at" || w == "of" || w == "for" || w == "in")) {
			return s
		}
	}
	// "says the letter signed by seven physicians": the agent belongs to
	// the subject.
	if p.word(k) == "by" && k-1 > s && strings.HasSuffix(p.word(k-1), "ed") {
		n := k + 1
		for n < b && n-k <= 5 && p.toks[n].kind == stWord && !p.has(n, stBitPrep) {
			n++
		}
		if n > k+1 && (n >= b || p.toks[n].kind == stPunct) {
			return n
		}
	}
	// "said a member of GreatFire.org", "said a spokesman for the Acme
	// Group": an organisation named after "of" or "for" belongs to the
	// subject.
	if w := p.word(k); (w == "of" || w == "for" || w == "at" && !p.isNameWord(k-1) || w == "from" && stDocHeads[p.word(k-1)] || w == "to" && stAideNouns[p.word(k-1)]) && k+1 < b {
		m := k + 1
		the := p.word(m) == "the"
		if the {
			m++
		}
		n := m
		for n < b && n-m < 8 && (p.isNameWord(n) || p.word(n) == "of" && n > m && p.isNameWord(n+1)) {
			n++
		}
		if n > m && (n >= b || p.toks[n].kind == stPunct || p.has(n, stBitPrep) && !p.toks[n].cap || p.word(n) == "who" && !p.isNameWord(k-1)) && (!p.isNameWord(k-1) || p.orgPhrase(m, n, the)) {
			// (and "said a handful of Democrats who point to …": the
			// relative clause describes the speakers)
			return n // (also "wrote analysts at Morgan Stanley in a note")
		}
		if w == "from" && the {
			// "said a statement from the (Lee) family": the family's
			// statement.
			n = m
			for n < b && n < m+4 && p.toks[n].kind == stWord && !p.has(n, stBitPrep) && !p.isCueWord(n) {
				n++
			}
			if n > m && (n >= b || p.toks[n].kind == stPunct) {
				return n
			}
		}
	}
	// "said the head of the rescue agency, Bambang Soelistyo.": a
	// description, then the name in apposition.
	if w := p.word(k); p.has(s, stBitDeterminer) && (w == "of" || w == "at" || w == "for") {
		for m := k + 1; m < b && m <= k+10; m++ {
			if p.punct(m) == "," {
				n := m + 1
				for n < b && n < m+5 && p.isNameWord(n) {
					n++
				}
				if n-(m+1) >= 2 && (n >= b || p.toks[n].kind == stPunct) {
					return n
				}
				break
			}
			if p.toks[m].kind != stWord || p.has(m, stBitClause) || stIsVerbAux(p.word(m)) {
				break
			}
		}
	}
	return k
}

// orgPhrase reports whether the capitalised words m..n after "of" name an
// organisation, so that "said Ann Lee of the BBC" and "said Ann Lee of
// South Carolina Public Radio" keep it, while "said Lee of Trump" (what
// Lee spoke about) does not.
func (p *stPara) orgPhrase(m, n int, the bool) bool {
	if the || n-m >= 3 {
		return true
	}
	for i := m; i < n; i++ {
		if stOrgWords[p.word(i)] || stIsAcronym(p, i) {
			return true
		}
	}
	return false
}

// npAdverb reports whether the adverb at k modifies a noun phrase that
// opened with a possessive or determiner at k-1 ("the firm's recently
// named chair", "its long serving director"), rather than ending it.
func (p *stPara) npAdverb(s, k int) bool {
	if k == s || k+1 >= len(p.toks) || p.toks[k+1].kind != stWord || p.toks[k+1].cap {
		return false
	}
	prev, next := p.word(k-1), p.word(k+1)
	if !strings.HasSuffix(prev, "'s") && !stDeterminers[prev] {
		return false
	}
	if !stAdverbLy(p.word(k)) && p.word(k) != "long" {
		return false
	}
	_, cue := stTheLexicon.cues[next]
	return !cue && !stAuxWords[next] && !stPrepWords[next] && !stClauseWords[next]
}

// longSubject extends an inverted subject that filled the usual window
// when it runs on into a capitalised name ("said the group's recently
// named executive chair Ana Ruiz in an email"): up to twelve words,
// ending in two name words before punctuation or a preposition. It
// returns k unchanged otherwise.
func (p *stPara) longSubject(s, k, b int) int {
	e := k
	for e < b && e-s < 12 && p.toks[e].kind == stWord {
		w := p.toks[e].low
		if stPrepWords[w] || stClauseWords[w] || stAuxWords[w] || w == "and" {
			break
		}
		if _, ok := stTheLexicon.cues[w]; ok {
			return k
		}
		e++
	}
	if e-s < 2 || !p.isNameWord(e-1) || !p.isNameWord(e-2) {
		return k
	}
	if e < b && p.punct(e) == "" && !p.has(e, stBitPrep) {
		return k
	}
	return e
}

// roleName reports whether [s, e) is a lower-case role followed by a
// name of two or more words ("certified planner Ola Berg").
func (p *stPara) roleName(s, e int) bool {
	if e-s < 3 || !p.isNameWord(e-1) || !p.isNameWord(e-2) {
		return false
	}
	if s+2 < e && !p.toks[s].cap && p.toks[s+1].cap && !p.toks[s+2].cap && stRoleAdjs[p.word(s)] && (stStates[p.word(s+1)] || stCountries[p.word(s+1)]) {
		s += 2 // "former Pennsylvania governor Ed Rendell": the place the role was held
	}
	k := s
	for k < e && !p.toks[k].cap {
		k++
	}
	if k == s || k > s+4 || !stHasSpeakerSuffix(p.word(k-1)) && !p.has(k-1, stBitTitle) && !p.has(k-1, stBitBackHead) && !(stTitleModifiers[p.word(k-1)] && p.has(k, stBitTitle) && e-k >= 3) {
		return false // (but "state Rep. Tom Hale": a title's modifier, then the title)
	}
	for ; k < e; k++ {
		if p.word(k) == "and" && stTitleWords[stStripPossessive(p.word(k-1))] {
			// "former Gov. and party Chairman Ed Rendell": a second title
			m := k + 1
			for m < e && m < k+6 && p.toks[m].kind == stWord && !p.has(m, stBitTitle) {
				m++
			}
			if m < e-2 && p.has(m, stBitTitle) {
				k = m
				continue
			}
			return false
		}
		if !p.isNameWord(k) {
			return false
		}
	}
	return true
}

// stAideNouns serve someone named after "to": "said a former aide to
// Hale".
var stAideNouns = stWordSet("aide aides adviser advisers advisor advisors spokesman spokeswoman spokesperson assistant assistants counsel counselor envoy ambassador successor heir secretary consultant consultants")

// stTitleModifiers go before a capitalised title: "state Sen. Ann Lee",
// "former Gov. Tom Hale".
var stTitleModifiers = stWordSet("state former acting deputy interim assistant associate senior freshman veteran longtime incoming outgoing retired late then-")

// sentEndTrim returns b without trailing punctuation tokens.
func (p *stPara) trimEnd(s, b int) int {
	for b > s && p.toks[b-1].kind == stPunct && p.toks[b-1].low != "%" {
		if w := p.toks[b-1].low; (w == ")" || w == "]") && p.opensBracket(s, b-1, w) {
			break // "Rep. Ilhan Omar (D-Minn.)" keeps its closing bracket
		}
		b-- // (but "revenue rose 5%" keeps its sign)
	}
	return b
}

// opensBracket reports whether [s, e) leaves a bracket open that close
// (")" or "]") would shut.
func (p *stPara) opensBracket(s, e int, close string) bool {
	open := "("
	if close == "]" {
		open = "["
	}
	depth := 0
	for k := s; k < e; k++ {
		switch p.toks[k].low {
		case open:
			depth++
		case close:
			if depth > 0 {
				depth--
			}
		}
	}
	return depth > 0
}

// stCalendarNouns name a stretch of time that "the" makes an apposition
// to a date ("In 2013, the year …,").
var stCalendarNouns = stWordSet("year day week month season night morning summer winter spring autumn decade")

// sentSubject finds the subject of sentence [a, b): the first noun phrase
// after introductory phrases.
func (p *stPara) sentSubject(a, b int) (int, int) {
	i := a
	if a == 0 {
		i = p.skipDateline(a, b)
	}
	if p.punct(i) == "(" {
		i++ // "(Lee does not supply the chain.)"
	}
	start := i // (past a dateline: "NEW YORK (AP) — As the virus spread, …")
	for guard := 0; guard < 4 && i < b; guard++ {
		w := p.word(i)
		if m := stTimeAmount(p, i); m > i && i == start && p.toks[i].kind == stWord {
			i = m // "A few minutes later they reversed themselves"
			if p.punct(i) == "," {
				i++
			}
			continue
		}
		if stIntroWords[w] {
			i++
			if p.punct(i) == "," {
				i++
			}
			continue
		}
		_, cueWord := stTheLexicon.cues[w]
		if stPrepWords[w] || stTimeWords[w] || stAdverbLy(w) || stSubordinators[w] && (i == a || i == start) || (w == "like" || w == "unlike" || w == "despite" || w == "among" || w == "for") && (i == a || i == start) || (w == "each" || w == "every") && (p.word(i+1) == "time" || stTimeWords[p.word(i+1)]) || w == "for" && (p.word(i+1) == "example" || p.word(i+1) == "instance") || p.gerundOpener(i, i+1) && !cueWord || (w == "asked" || w == "pressed" || w == "reached") && i == a || w == "the" && i > start && stCalendarNouns[p.word(i+1)] {
			// (and "Asked whether it would work, Lee shrugged.", and "In
			// 2013, the year a guide named his brewery the best, Fox
			// launched …")
			if m := p.timePhraseEnd(i, b); m > i && p.isNameWord(m) {
				// "On Thursday evening Hillary Clinton delivered her
				// speech as the nominee, …": a time with no comma, then
				// the subject and its verb (the comma comes later).
				n := m
				for n < b && n < m+4 && p.isNameWord(n) {
					n++
				}
				if n-m >= 2 && p.verbAt(n) {
					i = m
					continue
				}
			}
			// An introductory phrase up to a comma ("Following a
			// performance of “Black Water,” Simmons …").
			c := -1
			for k := i; k < b && k < i+20; k++ {
				if p.punct(k) == "," {
					c = k
					break
				}
				if p.isQuote(k) && p.quoteEndsComma(k) {
					c = k
					break
				}
				if p.toks[k].kind != stWord && !(p.isQuote(k) && p.quotes[p.toks[k].q].words <= 4) {
					break
				}
			}
			if c < 0 {
				if m := p.timePhraseEnd(i, b); m > i && p.isNameWord(m) {
					i = m // "Last night AT&T made …": a time with no comma
					continue
				}
				return -1, -1
			}
			i = c + 1
			continue
		}
		break
	}
	if i == start {
		if c := p.frontedPhraseComma(i, b); c > i {
			i = c + 1 // "True to their hopes, Zach Hickson kicked heroin."
		}
	}
	if i >= b || p.toks[i].kind != stWord {
		return -1, -1
	}
	w := p.word(i)
	if stSubjectPronouns[stPronounStem(w)] {
		return i, i + 1 // (and "He's upset but says …")
	}
	if _, isCue := stTheLexicon.cues[w]; isCue && !p.isNameWord(i+1) {
		return -1, -1 // "Warning that …, she said": a verb, not a name
	}
	if !p.toks[i].cap && p.isNameWord(i+1) && p.isNameWord(i+2) && !stPrepWords[w] && !stClauseWords[w] && !stIsVerbAux(w) {
		// "…, poet Ada Limon struggled": a role, then the person.
		k := i + 1
		for k < b && k < i+5 && p.isNameWord(k) {
			k++
		}
		if p.lowerRole(i) || p.givenAt(i+1) || p.verbAt(k) {
			return i + 1, k
		}
	}
	if p.toks[i].cap && !stCommonCaps[w] && !stNonNameCaps[w] {
		k := i
		for k < b && p.isNameWord(k) {
			k++
			if w := p.toks[k-1].low; strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "\u2019s") || strings.HasSuffix(w, "s'") || strings.HasSuffix(w, "s\u2019") {
				// "Vidal's office issued …", "Sanders’ campaign launched …":
				// the possessed noun is the subject's head.
				m := k
				for m < b && m < k+3 && p.toks[m].kind == stWord && !p.toks[m].cap && !stIsVerbAux(p.word(m)) && !p.has(m, stBitPrep) && !p.has(m, stBitClause) && !stAuxWords[p.word(m)] && !strings.HasSuffix(p.word(m), "ed") && !stPastVerbs[p.word(m)] {
					if _, cue := stTheLexicon.cues[p.word(m)]; cue {
						break
					}
					m++
				}
				if n := p.roleHolderEnd(m, b); m > k && n > 0 {
					return i, n // "Trump's campaign manager Kellyanne Conway did not …"
				}
				if m == k || m < b && p.toks[m].kind == stWord && !p.verbAt(m) && !p.pastAt(m) && !stAuxWords[p.word(m)] && !p.isCueWord(m) {
					return -1, -1
				}
				return i, m
			}
			// A role between capitalised words: "Wild coach Bo Park",
			// "Republican state schools Superintendent Ann Lee".
			if r := p.roleRun(k, b); r > k {
				k = r
			}
		}
		if w := p.word(k); k < b && !p.toks[k].cap && (stGroupWords[w] || stIrregularPlurals[w]) {
			k++ // "Hong Kong police have …"
		}
		return i, k
	}
	if stDeterminers[w] {
		k := i + 1
		for k < b && k < i+6 && p.toks[k].kind == stWord {
			x := p.toks[k].low
			if stAuxWords[x] || stClauseWords[x] || stPrepWords[x] {
				break
			}
			if _, ok := stTheLexicon.cues[x]; ok && !(p.toks[k].cap && p.isNameWord(k-1)) {
				break // "States" after "United" is part of a name
			}
			if !p.toks[k].cap && (strings.HasSuffix(x, "ed") || k > i+1 && (stPastVerbs[x] || strings.HasSuffix(x, "ing") && len(x) > 5)) {
				break // ("The trust gave the county …", "The trust spending $100 million …")
			}
			k++
			if k-i >= 4 && !(k < b && p.isNameWord(k-1) && p.lowerRole(k)) && !(k < b && k < i+8 && p.isNameWord(k-1) && p.isNameWord(k)) {
				break // (but "The former New York mayor": the role after the name; "The Citizens’ Independent Transportation Trust" whole)
			}
		}
		// "A spokesperson for the department": the phrase ends in its noun,
		// not in "the" or "for".
		for k < b && k < i+8 && (p.has(k-1, stBitDeterminer) || p.word(k-1) == "for" || p.word(k-1) == "of") && p.toks[k].kind == stWord && !stAuxWords[p.word(k)] && !p.has(k, stBitClause) && !(k == i+1 && !p.toks[k].cap && (strings.HasSuffix(p.word(k), "ed") || stPastVerbs[p.word(k)])) {
			k++ // (but "That prompted Rubio to …": a pronoun and its verb)
		}
		if n := p.roleHolderEnd(k, b); k > i+1 && n > 0 {
			return i, n // "the mayor’s campaign manager Ann Lee did not …"
		}
		if s, t := p.appositiveName(k, b); k > i+1 && w == "the" && s > 0 {
			return s, t // "the other candidate on the stage, former Secretary of State Ann Lee, drew …"
		}
		if k > i+1 {
			return i, k
		}
	}
	return -1, -1
}

// appositiveName returns the name in apposition after a description
// ending at k (past a short prepositional phrase), when the clause's verb
// follows it: "the other candidate on the stage, former Secretary of
// State Ann Lee, drew …". It returns 0, 0 otherwise.
func (p *stPara) appositiveName(k, b int) (int, int) {
	m := k
	if p.has(m, stBitPrep) {
		for m < b && m < k+6 && p.toks[m].kind == stWord {
			m++
		}
	}
	if p.punct(m) != "," {
		return 0, 0
	}
	n := m + 1
	for n < b && n < m+12 && p.toks[n].kind == stWord {
		n++
	}
	if p.punct(n) != "," || n+1 >= b {
		return 0, 0
	}
	ns := p.pastRoleWords(m+1, n)
	if n-ns < 2 || n-ns > 4 || !p.allNames(ns, n) || stHasOrgWord(p, ns, n) || !p.verbAt(n+1) && !stPastVerbs[p.word(n+1)] {
		return 0, 0
	}
	return ns, n
}

// quoteTag reports whether the past-tense verb at i, outside the speech
// lexicon, attributes the quotation just before: "“…,” Trump simpered in
// a tweet." A quotation closed by a comma, a name or "he"/"she", and the
// verb ending the clause leave no other reading.
func (p *stPara) quoteTag(a, b, i int) bool {
	t := p.toks[i]
	if t.cap || len(t.low) < 5 || !strings.HasSuffix(t.low, "ed") || strings.HasSuffix(t.low, "eed") {
		return false
	}
	s := i - 1
	if w := p.word(s); w != "he" && w != "she" {
		for s >= a && i-s <= 3 && p.isNameWord(s) {
			s--
		}
		if s == i-1 {
			return false
		}
	} else {
		s--
	}
	if s < a || !p.isQuote(s) || !p.quoteEndsComma(s) {
		return false
	}
	n := i + 1
	if !(n >= b || p.toks[n].kind == stPunct && p.toks[n].low != "(" || p.has(n, stBitPrep)) {
		return false
	}
	for k := n; k < b && !p.isQuote(k); k++ {
		if cw, ok := stTheLexicon.cues[p.word(k)]; ok && (cw.form == 4 || p.punct(k-1) == ",") {
			return false // "“A,” Lee weighed in, telling Cook, “B”": the speech verb comes
		}
	}
	return true
}

// comparedTo reports whether the "compare" at i likens an object to
// something: "compared him to the father of a toddler". The comparison
// word must follow an object of one to ten words within the clause.
func (p *stPara) comparedTo(i, b int) bool {
	if w := p.word(i + 1); w == "to" || w == "with" || w == "" || i > 0 && (p.word(i-1) == "when" || p.word(i-1) == "as") {
		return false
	}
	for k := i + 2; k < b && k <= i+11; k++ {
		if p.toks[k].kind != stWord {
			if p.isQuote(k) || p.punct(k) == "'" {
				continue
			}
			return false
		}
		if p.word(k) == "to" {
			return true
		}
	}
	return false
}

// objectThenQuote reports whether the verb at i takes a short object (a
// determiner or possessive and up to four more words) and then a
// quotation: "branded the move “desperate”".
func (p *stPara) objectThenQuote(i, b int) bool {
	if w := p.word(i + 1); w == "him" || w == "her" || w == "them" || w == "it" {
		return p.isQuote(i+2) && p.quotes[p.toks[i+2].q].words <= 8
	} else if !stDeterminers[w] && !stPossessives[w] && !p.isNameWord(i+1) {
		return false
	}
	for k := i + 2; k < b && k <= i+6; k++ {
		if p.isQuote(k) {
			return p.quotes[p.toks[k].q].words <= 8
		}
		if p.toks[k].kind != stWord || p.has(k, stBitClause) || stIsVerbAux(p.word(k)) {
			return false
		}
	}
	return false
}

// earlyOn reports whether token k is part of the adverb "early on" ("who
// early on insisted that …").
func (p *stPara) earlyOn(k int) bool {
	return p.word(k) == "on" && p.word(k-1) == "early" || p.word(k) == "early" && p.word(k+1) == "on"
}

// stIsVerbAux reports whether w is an auxiliary verb, which cannot sit
// inside a subject noun phrase.
func stIsVerbAux(w string) bool {
	switch w {
	case "has", "have", "had", "is", "was", "are", "were", "been", "will", "would", "can", "could", "may", "might", "should", "must", "did", "does", "do":
		return true
	case "hasn't", "haven't", "hadn't", "isn't", "wasn't", "aren't", "weren't", "won't", "wouldn't", "can't", "couldn't", "shouldn't", "mustn't", "didn't", "doesn't", "don't":
		return true // "how he couldn't have been there"
	}
	return false
}

// stDashPunct are the dashes a dateline ends with.
var stDashPunct = map[string]bool{"-": true, "--": true, "—": true, "–": true}

// skipDateline returns the first token after a dateline opening the
// paragraph at a ("BUFFALO, N.Y. —", "Indianapolis –", "LONDON (Reuters) -"),
// or a when there is none.
func (p *stPara) skipDateline(a, b int) int {
	if o := a + 1; o < b && o < a+4 && p.toks[a].kind == stWord && stAllCaps(p, p.toks[a]) && p.toks[a].e-p.toks[a].s >= 3 {
		// "MOSCOW (UrduPoint News / Sputnik - 29th April, 2020) It is …":
		// a dateline in capitals with its credit in brackets.
		for o < b && o < a+4 && p.punct(o) != "(" && (p.punct(o) == "," || p.toks[o].kind == stWord && stAllCaps(p, p.toks[o])) {
			o++
		}
		if p.punct(o) == "(" {
			for c := o + 1; c < b && c < o+20; c++ {
				if p.punct(c) == ")" {
					n := c + 1
					for n < b && n < c+3 && stDashPunct[p.punct(n)] {
						n++ // "WASHINGTON (Aug. 13) -- …"
					}
					if n < b && p.toks[n].kind == stWord && p.toks[n].cap {
						return n
					}
					break
				}
			}
		}
	}
	for k := a; k < b && k < a+8; k++ {
		switch {
		case p.punct(k) == "—":
			if k > a && (p.isNameWord(k+1) || p.isQuote(k+1)) {
				return k + 1
			}
			return a
		case p.punct(k) == ":" && k > a && k+1 < b && p.toks[k+1].kind == stWord && p.toks[k+1].cap && p.word(k+1) != "i" && p.word(k+1) != "we" && p.word(k+1) != "my" && p.word(k+1) != "our":
			// "BEIJING: In what is seen as a snub, …": a dateline in
			// capitals (not a transcript label before first-person words).
			for m := a; m < k; m++ {
				if p.punct(m) != "," && (!stAllCaps(p, p.toks[m]) || p.toks[m].e-p.toks[m].s < 3) {
					return a // (not "Q:")
				}
			}
			return k + 1
		case p.isNameWord(k), p.punct(k) == ",", p.punct(k) == "(", p.punct(k) == ")":
		default:
			return a
		}
	}
	return a
}

// roleRun reports where a run of lower-case role words starting at k ends
// when a capitalised name follows it ("coach" in "Wild coach Bo Park");
// it returns k when there is none.
func (p *stPara) roleRun(k, b int) int {
	m := k
	for m < b && m < k+3 && p.toks[m].kind == stWord && !p.toks[m].cap {
		w := p.toks[m].low
		if stAuxWords[w] || stClauseWords[w] || stPrepWords[w] || stDeterminers[w] || stNameParticles[w] || w == "and" || w == "or" || strings.HasSuffix(w, "ed") || stAdverbLy(w) || strings.HasSuffix(w, "'s") {
			return k
		}
		if _, ok := stTheLexicon.cues[w]; ok {
			return k
		}
		m++
	}
	if m == k || !p.isNameWord(m) || !p.isNameWord(m+1) && !p.has(m, stBitTitle) && !(m+1 < b && p.toks[m+1].kind == stWord && !p.toks[m+1].cap) {
		return k // (a surname alone will do before a verb: "Meta spokesman Tolan disagrees")
	}
	last := p.word(m - 1)
	if !stTitleWords[last] && !p.has(m, stBitTitle) && !stHasSpeakerSuffix(last) {
		return k
	}
	return m
}

// stNotPersonNouns end like nouns naming people but name things.
var stNotPersonNouns = stWordSet("letter letters paper papers water number numbers order orders matter power center centre border other after over under never ever either whether rather together later latter error errors mirror color colour floor door factor factors sector sectors motor event events percent content extent perspective initiative incentive objective answer answers chapter filter summer winter weather cancer dollar dollars quarter quarters offer offers computer computers disorder disorders character characters danger dangers monster monsters cluster clusters chamber chambers register corner corners layer layers trigger triggers shelter shelters barrier barriers counter fever flavor flavour behavior behaviour vector vectors tumor tumour tumors tumours error terror horror")

// lowerRole reports whether token k is a lower-case role word
// ("scientist", "senator").
func (p *stPara) lowerRole(k int) bool {
	w := p.word(k)
	return w != "" && !p.toks[k].cap && (stTitleWords[w] || stHasSpeakerSuffix(w))
}

// stHasSpeakerSuffix reports whether w ends like a noun naming a person
// ("teacher", "defenseman", "analyst").
func stHasSpeakerSuffix(w string) bool {
	if strings.HasSuffix(w, "ment") || strings.HasSuffix(w, "ments") {
		return false // "a comment Lee made"
	}
	for _, suf := range stSpeakerSuffixes {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return !stNotPersonNouns[w] // (but "the letter Lee wrote")
		}
	}
	return false
}

// mainVerbSubject finds the subject of the clause that ends at the comma
// before a participle ("Ann Lee welcomed the deal, saying …"): the noun
// phrase before the nearest finite verb.
func (p *stPara) mainVerbSubject(a, comma int) (int, int) {
	for k := comma - 1; k > a && k > comma-25; k-- {
		t := p.toks[k]
		if t.kind == stQuoteTok || p.punct(k) == ";" || p.punct(k) == "." {
			return -1, -1
		}
		if t.kind != stWord || t.cap {
			continue
		}
		w := t.low
		_, isCue := stTheLexicon.cues[w]
		if !(strings.HasSuffix(w, "ed") && len(w) > 4 || isCue || stPastVerbs[w]) {
			continue
		}
		s0 := p.auxStart(a, k)
		if s0-1 > a && p.punct(s0-1) == "," && k-s0 <= 1 {
			// "Trump's state director, Mike Rubino, reached out …,
			// writing …": the subject stands before its apposition.
			if s, t, _ := p.appositiveSubject(a, s0-1); s >= 0 && t < s0 && p.isNameWord(t-1) {
				return s, t
			}
		}
		if s0 <= a || p.has(s0-1, stBitDeterminer) || p.has(s0-1, stBitPrep) || p.toks[s0-1].kind != stWord {
			continue
		}
		if r := p.relativeBefore(a, s0); r > a {
			k = r // "Lee asked about a photo in which you can see tags affixed, saying …": the verb of the relative clause is not the main one
			continue
		}
		s := p.leftNP(a, s0)
		if s < s0 && p.validSubject(s, s0) && (s == a || p.toks[s-1].kind != stWord || p.has(s-1, stBitIntro) || p.trimNPStart(a, s0) == s) {
			return s, s0 // (after a time: "Last week Ann Lee revealed …")
		}
		return -1, -1
	}
	return -1, -1
}

// indefiniteBefore reports whether "a" or "an" opens a run of one to three
// lower-case modifiers ending at k ("a prior unconfirmed").
func (p *stPara) indefiniteBefore(a, k int) bool {
	for m := k; m >= a && m > k-3; m-- {
		w := p.word(m)
		if w == "a" || w == "an" {
			return m < k
		}
		if w == "" || p.toks[m].cap || stAuxWords[w] || stClauseWords[w] || stPrepWords[w] || stSubjectPronouns[w] || strings.HasSuffix(w, "s") {
			return false
		}
	}
	return false
}

// relativeBefore returns the position of the last relative pronoun
// ("which", "whom", "whose") in [a, e), or -1.
func (p *stPara) relativeBefore(a, e int) int {
	for k := e - 1; k > a; k-- {
		if w := p.word(k); w == "which" || w == "whom" || w == "whose" {
			return k
		}
	}
	return -1
}

// stPastVerbs are common irregular past tenses that head a main clause.
var stPastVerbs = stWordSet("gave made took spoke met left went held sent came began brought kept sought struck won lost threw stood sat put set led ran saw found got paid felt heard thought built bought caught fought taught sold spent became grew knew drew flew rose fell wore broke chose drove rode fled meant slept dealt hung laid sank sang rang swam shook woke forgot understood withdrew")

// leftConjunct finds the start of a short noun phrase ending just before
// the "and" at k ("Businesses and residents", "outraged local officials
// and customers"); it returns k when the words there are not one.
func (p *stPara) leftConjunct(a, k int) int {
	h := p.word(k - 1)
	if h == "" || stDeterminers[h] || stAuxWords[h] || stPrepWords[h] || stClauseWords[h] || !p.toks[k-1].cap && !strings.HasSuffix(h, "s") {
		return k
	}
	if _, ok := stTheLexicon.cues[h]; ok {
		return k
	}
	m := k - 1
	for ; m >= a && m > k-5; m-- {
		t := p.toks[m]
		if t.kind != stWord {
			return m + 1
		}
		w := t.low
		if stClauseWords[w] || stIsVerbAux(w) || stPrepWords[w] || !t.cap && strings.HasSuffix(w, "ed") && m < k-1 {
			return m + 1
		}
		if _, ok := stTheLexicon.cues[w]; ok {
			return m + 1
		}
	}
	if m < a {
		return a
	}
	return k
}

// perSource reports whether the "per" at i names a source like
// "according to" ("…, per the health ministry, …"; "Per Reuters, …"):
// it opens the sentence or follows a comma, and a short phrase naming a
// source runs from it to a comma or the sentence end. "5 per cent" and
// "as per the rules" are rates and references, not sources.
func (p *stPara) perSource(a, b, i int) bool {
	if i != a && p.punct(i-1) != "," {
		return false
	}
	k := i + 1
	for k < b && k < i+9 && p.toks[k].kind == stWord {
		k++
	}
	if k == i+1 || k < b && p.punct(k) == "" || k == i+9 {
		return false
	}
	if w := p.word(i + 1); w != "the" && w != "a" && w != "an" && !p.isNameWord(i+1) {
		return false
	}
	return p.speakerLike(i+1, k)
}

// stCallTime are nouns that make "called police an hour later" a time,
// not a description.
var stCallTime = stWordSet("hour hours minute minutes day days week weeks month months year years time times while night morning evening afternoon moment second seconds")

// callCue reports whether "call" at i is speech, and where its content
// starts: "called for an inquiry", "called on the board to resign",
// "called the plan a sham", "called the ruling “a disgrace”". Calling
// someone on the phone, calling an election or a meeting, and naming
// ("a man called Tom") are not.
// stVerdictAdjs judge what they follow: "called the claims baseless".
var stVerdictAdjs = stWordSet("false untrue wrong inaccurate misleading baseless unfounded groundless ridiculous absurd laughable outrageous unacceptable unfair unjust unconstitutional illegal unlawful dangerous reckless irresponsible premature disgraceful shameful appalling disgusting despicable deplorable unprecedented excessive inadequate insufficient irrelevant meaningless pointless racist sexist offensive hypocritical fake bogus nonsense unworkable unrealistic unnecessary unwarranted unjustified inappropriate immaterial")

// stVerdictNouns judge what they follow with no article: "called the
// scheme fraud."
var stVerdictNouns = stWordSet("fraud garbage rubbish propaganda treason extortion theft blackmail hypocrisy censorship racism bigotry cowardice lies slander libel")

// stComparatives compare what they follow: "calling the number closer to 730".
var stComparatives = stWordSet("closer nearer higher lower greater smaller larger bigger worse better fewer")

func (p *stPara) callCue(i, b int) (int, bool) {
	if w := p.word(i - 2); p.isQuote(i+1) && (w == "which" || w == "what" || w == "who" || w == "whom") && p.has(i-1, stBitSubjectPronoun) {
		return i + 1, true // "the failure, which he called “the hardest yet”", "Ann Lee, who he called “a weathervane”"
	}
	if w := p.word(i + 1); w == "a" || w == "an" || p.isQuote(i+1) {
		// "capping what CEO Jamie Dimon called a record year": a name
		// between "what" and the verb.
		for k := i - 1; k >= 0 && k >= i-5; k-- {
			if x := p.word(k); x == "what" || x == "which" {
				if k < i-2 && p.isNameWord(i-1) {
					return i + 1, true
				}
				break
			}
			if !p.isNameWord(k) && !p.has(k, stBitTitle) {
				break
			}
		}
	}
	switch p.word(i + 1) {
	case "for":
		return i + 2, i+2 < b && p.toks[i+2].kind != stPunct
	case "on", "upon":
		for k := i + 3; k < b && k < i+10; k++ {
			if p.toks[k].kind != stWord && !(p.isQuote(k) && p.quotes[p.toks[k].q].words <= 3) {
				return 0, false // (scare quotes may stand in the object: the “interim” government)
			}
			if p.word(k) == "to" {
				return i + 2, true
			}
		}
		return 0, false
	case "off", "up", "in", "out", "back", "it", "him", "her", "them", "me", "us":
		if w := p.word(i + 1); w != "it" && w != "him" && w != "her" && w != "them" {
			return 0, false
		}
	}
	// A longer object ending in a comma before the quotation: "calls
	// Lee's case for the tax, “a fantasy.”"
	for k := i + 2; k < b && k <= i+13; k++ {
		if p.isQuote(k) {
			if p.punct(k-1) == "," && k-1 > i+2 {
				return i + 1, true
			}
			break
		}
		if w := p.word(k); p.toks[k].kind != stWord && !(p.punct(k) == "," && p.isQuote(k+1)) || stClauseWords[w] || stIsVerbAux(w) {
			break
		}
	}
	// An object of one to six words, then a quotation or "a/an" + a
	// description.
	limit := i + 7
	if p.word(i+1) == "those" {
		limit = i + 10 // "called those advocating for more direct intervention “fools”"
	}
	for k := i + 2; k < b && k <= limit; k++ {
		if p.isQuote(k) {
			return i + 1, true
		}
		if w := p.word(k + 1); p.word(k) == "in" && (w == "favor" || w == "favour" || w == "support") && p.word(k+2) == "of" && limit == i+7 {
			k += 2 // "called her vote in favor of the war a mistake"
			limit += 5
			continue
		}
		if p.toks[k].kind != stWord {
			return 0, false
		}
		if w := p.word(k); w == "a" || w == "an" {
			n := k + 1
			for n < b && n < k+4 && p.toks[n].kind == stWord && !stCallTime[p.word(n)] && !p.has(n, stBitPrep) {
				n++
			}
			if n == k+1 && n < b && p.isQuote(n) {
				return i + 1, true // "called it an “extremely adverse development”"
			}
			if n == k+1 || n < b && stCallTime[p.word(n)] {
				return 0, false
			}
			return i + 1, true
		}
		if w, x := p.word(k), p.word(i+1); k == i+2 && (x == "himself" || x == "herself" || x == "themselves") && !p.toks[k].cap && !stPrepWords[w] && !stCallTime[w] && !stClauseWords[w] && !stIsVerbAux(w) {
			return i + 1, true // "called himself pro-choice": a self-description
		}
		obj := k == i+2 && (stObjectPronouns[p.word(i+1)] || p.word(i+1) == "it")
		if !obj && k <= i+3 && p.allNames(i+1, k) && (p.word(k) == "his" || p.word(k) == "her" || p.word(k) == "their") {
			obj = true // "called Trump his friend" (but "called Lee the next day")
		}
		if w := p.word(k); obj && (w == "the" || w == "my" || w == "his" || w == "her" || w == "their" || w == "our" || w == "its") {
			// "called him the author of …", "called them her heroes": a
			// description of the person, unless it is when ("called him
			// the next day").
			n := k + 1
			for n < b && n < k+4 && p.toks[n].kind == stWord && !stCallTime[p.word(n)] && !p.has(n, stBitPrep) {
				n++
			}
			if n == k+1 && n < b && p.isQuote(n) {
				return i + 1, true // "called it the “end of an era”"
			}
			return i + 1, n > k+1 && !(n < b && stCallTime[p.word(n)])
		}
		if w := p.word(k); k == i+2 && (p.word(i+1) == "them" || p.word(i+1) == "us") && len(w) > 3 && strings.HasSuffix(w, "s") && !p.toks[k].cap && !stCallTime[strings.TrimSuffix(w, "s")] && (k+1 >= b || p.toks[k+1].kind == stPunct) {
			return i + 1, true // "called them liars."
		}
		if x := p.word(i + 1); k > i+2 && (stDeterminers[x] || stPossessives[x]) && x != "a" && x != "an" && p.verdictWordAt(k) && !p.verdictWordAt(k-1) && !p.toks[k-1].cap && (k+1 >= b || p.toks[k+1].kind == stPunct || p.word(k+1) == "and" || p.word(k+1) == "but") {
			return i + 1, true // "called the lawsuit frivolous", "called the vote rigged", "called the results troubling"
		}
		if x := p.word(i + 1); k > i+2 && (stDeterminers[x] || stPossessives[x]) && stAdverbLy(p.word(k)) && p.verdictWordAt(k+1) && (k+2 >= b || p.toks[k+2].kind == stPunct || p.word(k+2) == "and") {
			return i + 1, true // "called the report politically motivated"
		}
		if w := p.word(k); k > i+1 && (stVerdictAdjs[w] || stVerdictNouns[w] && k+1 < b && p.toks[k+1].kind == stPunct || stComparatives[w] && (p.word(k+1) == "to" || p.word(k+1) == "than")) {
			return i + 1, true // "called the charges baseless", "calling the real number closer to 730"
		}
		if p.has(k, stBitPrep) && !(p.word(k) == "of" && k > i+2) || p.has(k, stBitClause) || stIsVerbAux(p.word(k)) {
			if x := p.word(i + 1); p.has(k, stBitPrep) && k > i+2 && (stDeterminers[x] || stPossessives[x] || strings.HasSuffix(x, "'s")) && x != "a" && x != "an" {
				// "called the squabble with the agencies unusual": a
				// phrase inside the object, then the verdict that ends it.
				for m := k + 1; m < b && m < k+7 && (p.toks[m].kind == stWord || p.punct(m) == "/" && stNumberWord(p.word(m-1))) && !p.has(m, stBitClause) && !stIsVerbAux(p.word(m)); m++ {
					if p.verdictWordAt(m) && m > k+1 && !p.toks[m-1].cap && (m+1 >= b || p.toks[m+1].kind == stPunct) {
						return i + 1, true
					}
					if w := p.word(m); (w == "a" || w == "an") && m > k+1 && p.isQuote(m+1) {
						return i + 1, true // "called her remarks on 9/11 a “new low”"
					}
				}
			}
			return 0, false // (but "called the impact of the storm “minimal”")
		}
	}
	return 0, false
}

// sinceAux reports whether token k is the adverb "since" of "has since
// said".
func (p *stPara) sinceAux(k int) bool {
	if p.toks[k].low != "since" {
		return false
	}
	w := p.word(k - 1)
	return w == "has" || w == "have" || w == "had"
}

// withSubjectStart returns where the subject ending at k of an absolute
// phrase after ", with" starts ("…, with Foreign Minister Ann Lee warning
// of …", where the name is the subject of the participle), or -1.
func (p *stPara) withSubjectStart(a, k int) int {
	for m := k; m > a && k-m < 8; m-- {
		if p.toks[m].kind != stWord {
			return -1
		}
		if p.word(m-1) == "with" {
			if p.punct(m-2) == "," {
				return m
			}
			return -1
		}
	}
	return -1
}

// asVerdict reports whether a verb at i that speaks only as a verdict
// has an object of one to eight words and then "as" ("slammed the
// hearings as a “disgrace”").
func (p *stPara) asVerdict(i, b int) bool {
	if strings.HasPrefix(p.word(i), "defend") {
		// "defended his call to raise the wage", "defended Clinton against
		// allegations of …": a stance or words stood up for (but
		// "defended the city", "defended his title" are acts).
		for k := i + 1; k < b && k <= i+8 && p.toks[k].kind == stWord; k++ {
			w := p.word(k)
			if stDefendedSpeech[w] && k > i+1 && (stPossessives[p.word(k-1)] || strings.HasSuffix(p.word(k-1), "'s") || p.word(k-1) == "the") {
				return true
			}
			if w == "against" {
				return stDefendedCharges[p.word(k+1)]
			}
			if x := p.word(k + 1); w == "as" && k > i+1 && (p.isQuote(k+1) || (x == "a" || x == "an") && (p.isQuote(k+2) || p.isQuote(k+3) || p.isQuote(k+4))) {
				return true // "defended his campaign manager as a “very decent man”": a verdict in words
			}
			if stClauseWords[w] || stIsVerbAux(w) {
				return false
			}
		}
		return false
	}
	if strings.HasPrefix(p.word(i), "reject") || strings.HasPrefix(p.word(i), "dismiss") && p.claimThatAt(i+1) {
		// ("dismisses the idea that a vote makes a difference")
		// "rejected any implication that …", "rejected the allegations":
		// a denial of what others said.
		for k := i + 1; k < b && k <= i+4 && p.toks[k].kind == stWord; k++ {
			if stRejectedClaims[p.word(k)] {
				if k == i+1 && strings.HasSuffix(p.word(k), "s") {
					return p.claimThatAt(k) // "rejected attacks from Bush that he was not a conservative"
				}
				return k > i+1 && (p.has(k-1, stBitDeterminer) || p.word(k-1) == "any" || stPossessives[p.word(k-1)] || strings.HasSuffix(p.word(k-1), "'s"))
			}
		}
	}
	for k := i + 2; k < b && k <= i+9; k++ {
		if p.toks[k].kind != stWord {
			return false
		}
		w := p.word(k)
		if w == "as" {
			if w := p.word(i); strings.HasPrefix(w, "reject") || strings.HasPrefix(w, "introduc") {
				// "rejected the claims as “false”" speaks; "rejected
				// the US as a mediator" takes a position. ("introduced
				// Cook as “someone who …”", but "introduced the bill as a
				// compromise".)
				return k+1 < b && p.isQuote(k+1)
			}
			if w := p.word(i); strings.HasPrefix(w, "brand") && k+2 < b && p.toks[k+1].cap && p.toks[k+2].cap {
				return false // "brand their program as Building Community Resilience": a name given, no verdict
			}
			return k+1 < b && (p.isQuote(k+1) || p.toks[k+1].kind == stWord)
		}
		if x := p.word(k + 1); w == "for" && stCensureVerbs[p.word(i)] && k > i+1 && k+1 < b && (strings.HasSuffix(x, "ing") && len(x) >= 5 || stPossessives[x] || x == "not" || x == "what") {
			return true // "blasted the network for reporting that …" (or "for being “dishonest”"): a censure and its grounds
		}
		if stClauseWords[w] || stIsVerbAux(w) {
			return false
		}
	}
	return false
}

// stRejectedClaims are what one rejects in words: "rejected any
// suggestion that …".
var stRejectedClaims = stWordSet("implication implications suggestion suggestions claim claims notion notions idea allegation allegations accusation accusations charge charges assertion assertions characterization attacks")

// claimThatAt reports whether a claim and its "that" follow at k: "the
// idea that …", "any suggestion that …", "attacks from Bush that …".
func (p *stPara) claimThatAt(k int) bool {
	if w := p.word(k); stDeterminers[w] || w == "any" || stPossessives[w] {
		k++
	}
	if !stRejectedClaims[p.word(k)] {
		return false
	}
	for m := k + 1; m < len(p.toks) && m <= k+6; m++ {
		if p.word(m) == "that" {
			return true
		}
		if p.toks[m].kind != stWord {
			return false
		}
	}
	return false
}

// stDefendedSpeech are stances and words one defends in speech: "defended
// his call to …", "defended the nominee's description of …".
var stDefendedSpeech = stWordSet("call calls position positions decision decisions remark remarks comment comments description statement statements proposal proposals claim claims words rhetoric")

// stDefendedCharges follow "defended X against": "against allegations".
var stDefendedCharges = stWordSet("allegations allegation criticism charges charge attacks accusations claims critics")

// stCensureVerbs speak as "blasted X for Y" as well as "blasted X as Y".
var stCensureVerbs = stWordSet("praise praises praised praising laud lauds lauded lauding commend commends commended commending applaud applauds applauded applauding hail hails hailed hailing mock mocks mocked mocking ridicule ridicules ridiculed ridiculing slam slams slammed slamming blast blasts blasted blasting assail assails assailed assailing lambast lambasts lambasted lambasting rip rips ripped ripping attack attacks attacked attacking chide chides chided chiding knock knocks knocked knocking scold scolds scolded scolding rebuke rebukes rebuked rebuking fault faults faulted faulting")

// stContinueVerbs say that speech goes on: "continues to insist".
// The adjectives and nouns here work the same way: "was quick to point
// out", "was careful to note", "took pains to stress", "had to admit".
var stContinueVerbs = stWordSet("continue continues continued continuing like likes liked love loves loved tend tends tended tried tries trying sought seeks seeking hastened rushed quick careful keen eager pains forced had")

// continueTo reports whether token k belongs to "continues to" (or "went
// on to") just before a speech verb, which then keeps its subject:
// "Lee continues to insist …".
func (p *stPara) continueTo(k int) bool {
	if p.outOfWayTo(k) {
		return true
	}
	switch p.toks[k].low {
	case "to":
		return k > 0 && (stContinueVerbs[p.toks[k-1].low] || p.toks[k-1].low == "on" && k > 1 && (p.toks[k-2].low == "went" || p.toks[k-2].low == "goes"))
	case "on":
		return k > 0 && k+1 < len(p.toks) && p.toks[k+1].low == "to" && (p.toks[k-1].low == "went" || p.toks[k-1].low == "goes")
	case "went", "goes":
		return k+2 < len(p.toks) && p.toks[k+1].low == "on" && p.toks[k+2].low == "to"
	case "took", "takes", "at":
		return k+2 < len(p.toks) && p.toks[k+1].low == "pains" && p.toks[k+2].low == "to" // "took pains to stress", "was at pains to"
	}
	return stContinueVerbs[p.toks[k].low] && k+1 < len(p.toks) && p.toks[k+1].low == "to"
}

// outOfWayTo reports whether token k belongs to "went out of his way
// to" before a speech verb: the speaker made a point of saying it.
func (p *stPara) outOfWayTo(k int) bool {
	for t := k; t <= k+5 && t < len(p.toks); t++ {
		if p.word(t) == "to" && p.word(t-1) == "way" && (stPossessives[p.word(t-2)] || p.word(t-2) == "the") && p.word(t-3) == "of" && p.word(t-4) == "out" && k >= t-5 && !stCensureVerbs[p.word(t+1)] && p.word(t+1) != "criticize" && p.word(t+1) != "criticise" {
			// (but "went out of his way to criticize the department"
			// names a target, not what was said)
			switch p.word(t - 5) {
			case "went", "goes", "go", "going", "gone":
				return true
			}
		}
	}
	return false
}

// tookTo returns the index of "took" in "took to Instagram to" ending
// with the "to" at t (one to three words between), or -1.
func (p *stPara) tookTo(a, t int) int {
	if p.word(t) != "to" {
		return -1
	}
	if p.word(t-1) == "first" && t-2 > a {
		// "The Times was (the) first to report that …": the first one
		// speaks.
		m := t - 2
		if p.word(m) == "the" {
			m--
		}
		if stIsBe(p.word(m)) && m > a {
			return m
		}
	}
	for m := t - 2; m > a && m >= t-4; m-- {
		if p.word(m) == "to" {
			if w := p.word(m - 1); w == "took" || w == "takes" || w == "take" || w == "taking" || w == "taken" || (w == "turned" || w == "turns" || w == "turning") && p.isNameWord(m+1) {
				return m - 1 // (and "turned to Twitter to describe …")
			}
			return -1
		}
		if p.toks[m+1].kind != stWord {
			return -1
		}
	}
	for m := t - 2; m > a && m >= t-9; m-- {
		if p.toks[m].kind != stWord {
			return -1
		}
		if stRevisedVerbs[p.word(m)] && m < t-2 && (stPossessives[p.word(m+1)] || p.has(m+1, stBitDeterminer)) {
			return m // "shifted his own account of the meeting to say …": the one who revised it speaks
		}
	}
	for m := t - 2; m > a && m >= t-12; m-- {
		if p.toks[m].kind != stWord {
			return -1
		}
		if w := p.word(m); (w == "used" || w == "uses" || w == "using") && m < t-2 && (stPossessives[p.word(m+1)] || p.word(m+1) == "the") && stUsedToSpeak[p.word(t+1)] {
			return m // "used the rally to announce two new ads": the one who used it speaks
		}
	}
	return -1
}

// stUsedToSpeak are the speech acts one "uses" an occasion for ("used
// the rally to announce …").
var stUsedToSpeak = stWordSet("announce unveil declare warn urge attack criticize criticise condemn denounce call say tell promise pledge reiterate argue insist stress highlight accuse blast slam tout")

// stRevisedVerbs change an account or a text "to say" something new.
var stRevisedVerbs = stWordSet("shifted changed revised updated amended altered adjusted corrected edited rewrote modified")

// objectThenTo reports whether a short object from k is followed by an
// infinitive ("citizens not to travel", "the men to listen").
func (p *stPara) objectThenTo(k, b int) bool {
	for m := k + 1; m < b && m < k+6; m++ {
		if p.toks[m].kind != stWord {
			return false
		}
		if p.word(m) == "to" {
			return true
		}
	}
	return false
}

// stThatAdverbs stand between a speech verb and its "that": "hinted
// before that …", "said again that …".
var stThatAdverbs = stWordSet("before previously again repeatedly often recently earlier later since also long then once twice today yesterday")

// callsForEnd returns the end of "joined (growing) calls for" at i (the
// index after "for"), or 0.
func (p *stPara) callsForEnd(i int) int {
	switch p.word(i) {
	case "joined", "joins", "echoed", "echoes", "renewed", "renews", "repeated", "repeats":
	default:
		return 0
	}
	k := i + 1
	for k < i+4 && p.toks[min(k, len(p.toks)-1)].kind == stWord && (p.word(k) == "the" || p.word(k) == "growing" || p.word(k) == "mounting" || p.word(k) == "his" || p.word(k) == "her" || p.word(k) == "their" || p.word(k) == "its" || p.word(k) == "recent" || p.word(k) == "earlier" || p.word(k) == "widespread") {
		k++
	}
	if w := p.word(k); w != "calls" && w != "call" {
		return 0
	}
	k++
	if n := p.timePhraseEnd(k, len(p.toks)); n > k && n < k+4 {
		k = n // "joined growing calls on Thursday for …"
	}
	if p.word(k) == "for" && k+1 < len(p.toks) && p.toks[k+1].kind == stWord {
		return k + 1
	}
	return 0
}

// stBeliefNouns are views that something confirms by bearing them out
// ("confirms the suspicion that …").
var stBeliefNouns = stWordSet("belief beliefs suspicion suspicions fear fears view views notion idea impression perception hypothesis theory sense feeling worst")

// stClaimedThings are what one claims by taking it, not by saying it.
var stClaimedThings = stWordSet("body bodies remains life lives title titles prize prizes seat seats throne crown medal medals trophy trophies land lands territory estate inheritance reward jackpot ticket tickets luggage baggage haul hauls wicket wickets point points goal goals spot spots place berth record lead win wins victory share stake")

// claimsThing reports whether the object after "claimed" at k is a thing
// taken ("the body", "his third title", "the lives of 12 people").
func (p *stPara) claimsThing(k int) bool {
	if w := p.word(k); w == "victory" || w == "credit" {
		return true // "claimed victory as the hearing ended": an act, not a statement
	}
	for m := k; m < k+4 && p.toks[min(m, len(p.toks)-1)].kind == stWord && m < len(p.toks); m++ {
		if stClaimedThings[stStripPossessive(p.word(m))] {
			// (after a determiner or modifier, and with no verb of its
			// own: "claimed the body was moved" is speech)
			n := p.word(m + 1)
			return m > k && !stAuxWords[n] && !stIsBe(n) && !p.verbAt(m+1)
		}
		if p.word(m) == "that" || p.isQuote(m) || stIsVerbAux(p.word(m)) {
			return false // ("claims is a record": a clause)
		}
	}
	return false
}

// phraseCueEnd returns the end of the phrase a phrase cue needs after
// its verb, starting at k: "issued a statement", "made it (very) clear";
// ok is false when the words are not there.
func (p *stPara) phraseCueEnd(lemma string, k int) (int, bool) {
	if lemma == "express concern" {
		// "expressed concern that the deal could …" (a worry voiced; a
		// bare "expressed outrage" is a feeling, no statement)
		if stAdjWorry(p.word(k)) {
			k++ // "grave concern"
		}
		if stVoicedWorries[p.word(k)] && p.word(k+1) == "that" {
			return k + 1, true
		}
		return 0, false
	}
	if lemma == "deliver message" {
		// "delivered a blunt message to Trump: “…”"
		if w := p.word(k); w != "a" && w != "an" && w != "the" && !stPossessives[w] {
			return 0, false
		}
		m := k + 1
		for m < len(p.toks) && m < k+4 && p.toks[m].kind == stWord && !stDeliveredSpeech[p.word(m)] {
			m++
		}
		if !stDeliveredSpeech[p.word(m)] {
			return 0, false
		}
		n := m + 1
		if p.word(n) == "to" {
			n++ // past the one it was delivered to
			for n < len(p.toks) && n < m+8 && p.toks[n].kind == stWord && p.word(n) != "that" {
				n++
			}
		}
		if p.punct(n) == ":" || p.word(n) == "that" && !p.verbAt(n+1) {
			return n + 1, true
		}
		return 0, false
	}
	if lemma != "make clear" {
		return p.issuedStatement(k) // "issued a statement to the Herald that …"
	}
	if m, ok := p.madeAnnouncement(k); ok {
		return m, true // "made a surprising announcement: …"
	}
	if p.word(k) == "the" && p.word(k+1) == "case" {
		// "made the case to group leaders that he had not sold them out"
		for m := k + 2; m < len(p.toks) && m < k+12 && p.toks[m].kind == stWord; m++ {
			if p.word(m) == "that" {
				return m + 1, true
			}
		}
		return 0, false
	}
	if p.word(k) == "it" {
		k++
	}
	if w := p.word(k); w == "very" || w == "quite" || w == "abundantly" || w == "perfectly" || w == "crystal" {
		k++
	}
	return k + 1, p.word(k) == "clear"
}

// stDeliveredSpeech are what one "delivers" in words: "delivered a blunt
// message: …".
var stDeliveredSpeech = stWordSet("message warning rebuke verdict ultimatum")

// stVoicedWorries are what one "expresses" in words: "expressed concern
// that …".
var stVoicedWorries = stWordSet("concern concerns fear fears worry worries doubt doubts")

// stAdjWorry reports whether w may qualify a voiced worry ("grave
// concern", "serious doubts").
func stAdjWorry(w string) bool {
	return w == "grave" || w == "serious" || w == "deep" || w == "growing" || w == "some" || w == "strong"
}

// stMadeSpeech are the speech acts one "makes": "made an announcement
// that …", "made a pledge:", "made the case that …".
var stMadeSpeech = stWordSet("announcement statement declaration pledge promise vow admission confession prediction case point argument claim assertion accusation allegation")

// madeAnnouncement reports whether the words from k name a speech act
// one makes ("an announcement", "a surprising announcement") and returns
// the index just past it.
func (p *stPara) madeAnnouncement(k int) (int, bool) {
	if w := p.word(k); w != "a" && w != "an" && w != "the" && w != "his" && w != "her" && w != "its" && w != "their" {
		return 0, false
	}
	for m := k + 1; m < k+4 && m < len(p.toks) && p.toks[m].kind == stWord; m++ {
		if stMadeSpeech[p.word(m)] {
			if n := p.punct(m + 1); n == ":" || p.word(m+1) == "that" && (!p.verbAt(m+2) || p.word(m+3) == "of") { // ("that thousands of people cheered": a noun)
				return m + 1, true
			}
			return 0, false
		}
	}
	return 0, false
}

// issuedStatement reports whether the words from k name a statement
// ("a statement", "a joint statement", "a brief written statement", "a
// warning")
// and returns the index just past it.
func (p *stPara) issuedStatement(k int) (int, bool) {
	w := p.word(k)
	if w != "a" && w != "an" && w != "the" && w != "its" && w != "his" && w != "her" && w != "their" {
		return 0, false
	}
	for m := k + 1; m < k+4 && m < len(p.toks) && p.toks[m].kind == stWord; m++ {
		switch p.word(m) {
		case "statement", "communique", "communiqué", "declaration", "warning":
			for n := m + 1; n < m+6 && n < len(p.toks); n++ {
				if p.word(n) == "that" && (p.verbAt(n+1) || stAdverbLy(p.word(n+1))) {
					return 0, false // "a statement that appeared to …": a relative clause
				}
			}
			return m + 1, true
		}
	}
	return 0, false
}

// nounAt reports whether the speech-verb form at k is a noun after its
// determiner: "a recent report by the agency", "the group's claims".
func (p *stPara) nounAt(k int) bool {
	if !stNounForms[p.word(k)] {
		return false
	}
	if n := p.word(k + 1); p.word(k) == "state" && k > 0 && p.isNameWord(k-1) && (stTitleWords[n] || stHasSpeakerSuffix(n) || stOrgWords[n] || stBackHeads[n]) {
		return true // "The New York state attorney general", "Ohio state senator"
	}
	d := k - 1
	if d > 0 && p.toks[d].kind == stWord && !p.toks[d].cap && !p.has(d, stBitDeterminer) && !stIsVerbAux(p.word(d)) && !p.has(d, stBitSubjectPronoun) {
		d-- // an adjective between: "a recent report"
	}
	w := p.word(d)
	return stDeterminers[w] || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "\u2019s")
}

// timePhraseEnd returns the end of a time phrase at i with no comma after
// it ("last night", "on Monday", "this week", "earlier this month"), or i.
func (p *stPara) timePhraseEnd(i, b int) int {
	m := i
	for m < b && m < i+4 && p.toks[m].kind == stWord && (stTimeWords[p.word(m)] || p.word(m) == "on" || p.word(m) == "the") {
		m++
	}
	if m == i || !stTimeWords[p.word(m-1)] {
		return i
	}
	return m
}

// stTimeUnits count time in phrases like "hours later".
var stTimeUnits = stWordSet("seconds minutes moments hours days weeks months years decades")

// frontedPhraseComma returns the comma that closes a short phrase of
// lower-case words opening sentence [i, b) before a person's name —
// "True to their hopes, Zach Hickson …", "Sure enough, Lee …" — or -1.
// The name must not be a parenthetical speaker ("Many residents, Hale
// said, …").
func (p *stPara) frontedPhraseComma(i, b int) int {
	c := -1
	for k := i + 1; k < b && k < i+8; k++ {
		if p.punct(k) == "," {
			c = k
			break
		}
		if p.toks[k].kind != stWord || p.toks[k].cap {
			return -1
		}
	}
	if c < i+2 || !p.isNameWord(c+1) {
		return -1
	}
	if w := p.word(i); stMaleGiven[w] || stFemaleGiven[w] || stSubjectPronouns[w] || stDeterminers[w] || strings.HasSuffix(w, "ing") {
		return -1 // (a participle's phrase is left as it was: "Moving forward, …")
	}
	n := c + 1
	for n < b && n < c+5 && p.isNameWord(n) {
		n++
	}
	if n >= b || p.toks[n].kind != stWord || p.isCueWord(n) || p.isCueWord(n+1) && stAdverbLy(p.word(n)) {
		return -1
	}
	return c
}

// stEvaluativeWords judge what they follow without a telling ending:
// "called the idea crazy", "called the ruling historic".
var stEvaluativeWords = stWordSet("crazy silly lousy shoddy sloppy phony bogus sorry messy risky shady shaky hasty petty nasty ugly brutal crucial fatal illegal unethical immoral radical vital unusual ideal historic tragic great good bad terrible horrible awful sad pathetic fantastic wonderful excellent amazing huge big stupid dumb insane absurd cowardly ridiculous")

// stIngNouns end in "-ing" but are things, not judgements: "called the
// building", "called the meeting".
var stIngNouns = stWordSet("building meeting hearing briefing evening morning wedding funding spending housing training feeling clothing ceiling")

// verdictWordAt reports whether token k is an adjective that can judge
// the object of "called": one of stEvaluativeWords, or a lower-case word
// with an adjective's ending (frivolous, shameful, deceptive,
// unacceptable, cynical, baseless, childish), a participle of judgement
// (rigged, misguided, troubling) or one of stVerdictAdjs.
func (p *stPara) verdictWordAt(k int) bool {
	if k >= len(p.toks) || p.toks[k].kind != stWord || p.toks[k].cap {
		return false
	}
	w := p.word(k)
	if stVerdictAdjs[w] || stEvaluativeWords[w] {
		return true
	}
	if len(w) < 6 || stCallTime[w] || stTimeWords[w] {
		return false
	}
	for _, suf := range []string{"ous", "ful", "ive", "able", "ible", "ical", "less", "ish", "ed", "ing"} {
		if strings.HasSuffix(w, suf) {
			return !strings.HasSuffix(w, "eed") && !strings.HasSuffix(w, "thing") && !stIngNouns[w]
		}
	}
	return false
}

// stNounAdjectives qualify a speech noun after a possessive: "his recent
// claim", "her earlier statement", "Lee's repeated warnings".
var stNounAdjectives = stWordSet("recent earlier latest repeated false new previous own initial original first last public frequent baseless unfounded dubious controversial oft-repeated")

// stTenseAdjs set people in time: "past and current employees", "former
// and present members".
var stTenseAdjs = stWordSet("past current former present future onetime")

// stOutsiders are those "outside" describes as from beyond a body, not a
// place: "Outside experts say …".
var stOutsiders = stWordSet("experts analysts economists observers advisers advisors groups counsel lawyers scientists researchers critics investigators auditors consultants")
