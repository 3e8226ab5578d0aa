package extractors

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// stEntKind is what sort of source an entity is.
type stEntKind uint8

const (
	stEntUnknown stEntKind = iota
	stEntPerson
	stEntOrg
	stEntGroup
	stEntDoc
)

// stEntity is a source mentioned in the article.
type stEntity struct {
	name     string // as it is given as a speaker
	kind     stEntKind
	head     string   // lower-case head noun of a description
	toks     []string // lower-case words of the name
	lastAny  int      // clock of the last mention
	lastSubj int      // clock of the last mention as a subject or speaker
	gender   uint8    // stMale, stFemale or 0 when unknown
	spoke    bool     // the source of a statement found so far
	// kin is set for a person introduced as a relative of someone
	// ("His son, Mika Tane,"): the bare surname stays the other's.
	kin bool
	// bareAt is the clock when the article first called the person by
	// the surname alone (0: never). When a relative with the same surname
	// is named after that ("Debbie Meadows"), the bare surname stays this
	// person's.
	bareAt int
	// born is the clock of the first mention.
	born int
	// human is set for a name a "who" clause follows ("Trump, who spoke
	// to reporters"): never "the company" or "the bank".
	human bool
	// outlet is set for a name that reported ("as Reuters reported"): a
	// news outlet, never what "the company" refers back to.
	outlet bool
	// subjSent is the sentence number of the last mention as a subject
	// or speaker.
	subjSent int
}

// last is the clock of en's last mention as a subject (subj) or in any
// role.
func (en *stEntity) last(subj bool) int {
	if subj {
		return en.lastSubj
	}
	return en.lastAny
}

// Genders, learnt from the pronouns that refer to a person.
const (
	stMale   uint8 = 1
	stFemale uint8 = 2
)

// genderAfter guesses the gender of a subject from the pronouns later in
// its sentence ("Smith said his team …"); 0 when none or both occur.
func (p *stPara) genderAfter(s, b int) uint8 {
	var g uint8
	for k := s; k < b; k++ {
		if p.isNameWord(k) && k > s && !p.has(k, stBitCommonCap) {
			break // "Lee told Park that she …": she may be Park
		}
		var x uint8
		switch p.word(k) {
		case "he", "his", "himself":
			x = stMale
		case "she", "hers", "herself":
			x = stFemale
		case "her":
			// "her" is an object as often as a possessive: "Lee called
			// her a liar" tells nothing of Lee.
			if k > s && p.verbAt(k-1) {
				continue
			}
			x = stFemale
		default:
			continue // ("him" is always someone else)
		}
		if g != 0 && g != x {
			return 0
		}
		g = x
	}
	return g
}

// recentPerson finds the person last in focus whose gender does not
// contradict g.
func (e *stEngine) recentPerson(g uint8, not int) int {
	best, bestT := -1, 0
	lo := len(e.ents) - 64
	if lo < 0 {
		lo = 0
	}
	for i := len(e.ents) - 1; i >= lo; i-- {
		en := &e.ents[i]
		if en.kind != stEntPerson || !e.sexAllows(i, g) || e.doubtfulPerson(i) || i == not {
			continue
		}
		if en.lastSubj > bestT {
			best, bestT = i, en.lastSubj
		}
	}
	if best >= 0 && g != 0 && e.sexOf(best) == 0 && e.ents[best].head != "" {
		// "The host quipped, … She continued": a named woman who spoke a
		// sentence or two before is likelier than a description of
		// unknown sex.
		for i := len(e.ents) - 1; i >= lo; i-- {
			if en := &e.ents[i]; i != best && en.kind == stEntPerson && e.sexOf(i) == g && en.head == "" && en.spoke && en.subjSent >= e.sentNo-2 && en.subjSent >= e.ents[best].subjSent {
				return i
			}
		}
	}
	if best < 0 {
		// No person has been a subject yet: one only mentioned ("… the
		// candidate, Ann Lee, would come", "When Lee walked in, …").
		for i := len(e.ents) - 1; i >= lo; i-- {
			en := &e.ents[i]
			if en.kind == stEntPerson && e.sexAllows(i, g) && en.lastAny > bestT {
				best, bestT = i, en.lastAny
			}
		}
	}
	return best
}

var stDocHeads = stWordSet("brief suit clip timeline ad ads advert adverts advertisement commercial story stories article articles affidavit affidavits transcript bulletin advisory newsletter statement statements report agreement letter message email note post memo filing release document tweet communique communiqué announcement obituary obituaries lawsuit complaint indictment petition page paper editorial op-ed column")

// stBackHeads are heads of short descriptions that refer back to a source.
var stBackHeads = stWordSet("people startup start-up nonprofit charity manufacturer maker developer publisher broadcaster chain brand teen utility carrier airline insurer lender retailer automaker bank actor actress singer rapper musician artist writer author director producer player striker goalkeeper quarterback pitcher golfer driver rider boxer fighter champion winner veteran rookie star entrepreneur founder billionaire businessman businesswoman candidate nominee lawmaker legislator congressman congresswoman mp premier chancellor king queen prince princess pope cleric archbishop bishop judge teenager student mother father official officials spokesman spokeswoman spokesperson minister company firm group label agency insider source sources authors researchers president senator governor mayor organisation organization network outlet studio team lawyer attorney coach manager chairman executive regulator ministry government administration campaign office department player star singer rapper actor actress politician leader diplomat envoy ambassador prosecutor prosecutors police chief officer officers expert analyst economist scientist doctor woman man couple planemaker carmaker chipmaker drugmaker miner conglomerate giant family")

// stTitleKin groups titles that name the same trade, so "the actress"
// may be the "actor (Ann Lee)" and "the filmmaker" the "director".
var stTitleKin = map[string]string{
	"actor": "act", "actress": "act",
	"filmmaker": "film", "director": "film", "writer-director": "film", "film-maker": "film",
	"singer": "sing", "vocalist": "sing", "singer-songwriter": "sing", "frontman": "sing", "frontwoman": "sing",
	"lawyer": "law", "attorney": "law",
	"spokesman": "spokes", "spokeswoman": "spokes", "spokesperson": "spokes",
	"businessman": "business", "businesswoman": "business",
	"congressman": "congress", "congresswoman": "congress", "representative": "congress", "rep.": "congress",
}

// stTitleCovers lists, for a back-reference that names a trade, the
// titles of that trade an article may have given first ("Ambassador Ann
// Lee" … "the diplomat said").
var stTitleCovers = map[string][]string{
	"diplomat":   {"ambassador", "envoy", "consul", "attache", "chargé"},
	"envoy":      {"ambassador"},
	"lawmaker":   {"senator", "sen.", "congressman", "congresswoman", "representative", "rep.", "mp", "assemblyman", "assemblywoman", "legislator", "councilman", "councilwoman", "councillor", "councilor"},
	"legislator": {"senator", "sen.", "congressman", "congresswoman", "representative", "rep.", "mp", "assemblyman", "assemblywoman", "lawmaker"},
	"politician": {"senator", "sen.", "congressman", "congresswoman", "representative", "rep.", "mp", "assemblyman", "assemblywoman", "lawmaker", "legislator", "mayor", "governor", "gov.", "minister", "councilman", "councilwoman", "councillor", "councilor"},
	"officer":    {"sergeant", "sgt.", "lieutenant", "lt.", "detective", "constable", "deputy", "trooper", "captain", "capt.", "inspector"},
	"minister":   {"secretary"}, // ("Health Secretary Wes Streeting … the minister")
}

// stPostedTitles are posts held in a place: "ambassador to Hungary".
var stPostedTitles = stWordSet("ambassador envoy consul emissary representative delegate attache chargé")

// stTitleFits reports whether head is one of the titles ts, or of the
// same trade.
func stTitleFits(ts map[string]bool, head string) bool {
	if ts[head] {
		return true
	}
	for _, t := range stTitleCovers[head] {
		if ts[t] {
			return true // "the diplomat" for an ambassador
		}
	}
	if k := stTitleKin[head]; k != "" {
		for t := range ts {
			if stTitleKin[t] == k {
				return true
			}
		}
	}
	return false
}

// stOnlyLabels reports whether the titles ts are all party labels
// ("Republican Donald Trump"), which tell no trade: "the businessman"
// may still be him.
func stOnlyLabels(ts map[string]bool) bool {
	for t := range ts {
		if !stNameLabels[t] {
			return false
		}
	}
	return true
}

// stAnonHeads introduce unnamed sources; "the official" refers back only
// to an earlier official.
var stAnonHeads = stWordSet("official officials people source sources insider insiders spokesman spokeswoman spokesperson expert analyst witness aide person man woman")

var stOrgBackHeads = stWordSet("startup start-up nonprofit charity manufacturer maker developer publisher broadcaster chain brand utility carrier airline insurer lender retailer automaker bank company firm group label agency organisation organization network outlet studio ministry government administration campaign department regulator team office planemaker carmaker chipmaker drugmaker miner conglomerate giant")

// stNameParticles may sit inside a personal name.
var stNameParticles = stWordSet("de van der von al bin ibn da di le la du del dos das ben ten ter den")

// stNonNameCaps are capitalised sentence openers that never begin a name.
var stNonNameCaps = stWordSet("outside inside throughout latest afterwards afterward granted rather otherwise anyway nevertheless nonetheless regardless likewise similarly accordingly consequently therefore do does did is are was were can could should would must has have had ask meet neither either nobody none whatever whoever whichever sometimes often later now today tonight yesterday here there finally first second third next last again soon although because since while when after before if unless despite during though until whether where why how what who whose nationally locally overall instead meanwhile however moreover furthermore still yet also thus hence besides additionally indeed perhaps maybe even only just like unlike as at by for from in into of off on onto out over per than through to toward towards under up upon via with within without among amid against along around across behind below beneath beside between beyond")

// stHeadlinePreps are prepositions that a headline capitalises ("Q&A With
// Mia Lind"); none of them is part of a personal name.
var stHeadlinePreps = stWordSet("with and for from about into against between without among at on to versus vs")

// stNameIndex is what a first pass over the whole article learns of the
// personal names in it.
type stNameIndex struct {
	// names maps the last word of every personal name to the fullest
	// form of that name.
	names map[string]string
	// titles maps the last word of a name to the titles it came with.
	titles map[string]map[string]bool
	// firsts maps the same last word to the first full name the article
	// gave with it: when two people share a surname ("Hori Parata" and
	// his son "Te Kaurinui Robert Parata"), the surname alone is the
	// first one's. firstPi gives that name's paragraph.
	firsts  map[string]string
	firstPi map[string]int
	// titled gives the first paragraph that calls the person of a
	// surname by a title and the surname alone ("President Obama"), with
	// that title; fullTitled holds the surname and title pairs given with
	// a full name too ("President Barack Obama"). (Both stay nil in the
	// many articles that need neither.)
	titled     map[string]stTitledUse
	fullTitled map[[2]string]bool
	// givens maps a known given name to the full name it stands for
	// alone ("Jerry says" after "Jerry Jones"), see stDominantGivens.
	givens map[string]string
	// aliases maps a name the article says a person is known by to that
	// person's full name ("Marcel Lehel, the hacker known as “Guccifer,”").
	aliases map[string]string
}

// stTitledUse is the first use of a surname after a title alone.
type stTitledUse struct {
	pi    int
	title string
}

// stCollectNames indexes the personal names of the article.
func stCollectNames(paras []stPara) stNameIndex {
	names := map[string]string{}
	firsts := map[string]string{}
	firstPi := map[string]int{}
	var titled map[string]stTitledUse
	var fullTitled map[[2]string]bool
	var aliases map[string]string
	titles := map[string]map[string]bool{}
	count := map[string]int{}
	givenCount := map[[2]string]int{}
	for pi := range paras {
		p := &paras[pi]
		for _, se := range p.sents {
			for k := se[0]; k < se[1]; {
				if !p.isNameWord(k) {
					k++
					continue
				}
				s := k
				for k < se[1] && (p.isNameWord(k) || p.has(k, stBitNameParticle) && p.isNameWord(k+1) && k > s) {
					k++
					if strings.HasSuffix(p.toks[k-1].low, "'s") || strings.HasSuffix(p.toks[k-1].low, "'") {
						break
					}
				}
				// Drop sentence openers and titles.
				n := s
				for n < k && (p.has(n, stBitCommonCap) || p.has(n, stBitNonNameCap) || stPlaceAdjective(p.word(n)) || n == se[0] && (strings.HasSuffix(p.word(n), "ly") || stRoleOpener(p.word(n)) || stOpenerCue(p.word(n)) || k-n >= 3 && stHasSpeakerSuffix(p.word(n)) && !stMaleGiven[p.word(n)] && !stFemaleGiven[p.word(n)])) {
					n++
				}
				for m := k - 2; m > n; m-- {
					if stHeadlinePreps[p.word(m)] {
						n = m + 1 // "Q&A With Mia Lind": a headline's capitals before the name
						break
					}
				}
				if w := p.word(n - 1); k-n >= 3 && n == s && (w == "to" || w == "for" || w == "of" || w == "in") && stCountries[p.word(n)] {
					n++ // "envoy to Ukraine Kurt Volker": the post's country, then the name
				}
				if n < k && p.word(n-1) == "the" && n-1 >= se[0] && p.toks[n-1].cap {
					// "The Mirror Linda Nolan" (a missing comma after the
					// outlet): the person starts at a given name.
					for m := n + 1; m < k && m < n+4; m++ {
						if p.givenAt(m) {
							n = m
							break
						}
					}
				}
				for m := n; m < k; m++ {
					if p.has(m, stBitTitle) && (m < k-1 || m == n || !p.givenAt(m-1)) && !(stRoyalTitles[p.word(m)] && m == k-2 && p.toks[m].cap) {
						n = m + 1 // (but "Robert King": a surname that is also a title)
					} else if p.word(m) == "speaker" && m+2 < k && p.givenAt(m+1) {
						n = m + 1 // "House Speaker Paul Ryan": the chair's title
					}
				}
				if w := p.word(s - 1); n == s && k-n >= 3 && s > se[0] && (w == "to" || w == "of" || w == "from" || w == "in") && p.isNameWord(n+1) && !p.has(n, stBitNameParticle) && !stMaleGiven[p.word(n)] && !stFemaleGiven[p.word(n)] {
					n++ // "envoy to Ukraine Kurt Volker": a place before the name
				}
				if k > n && !stHasOrgWord(p, n, k) {
					// Remember the titles a name comes with ("Gov. Ann
					// Lee", "coach Bo Park"), for "the governor".
					for m := max(s-2, se[0]); m < n; m++ {
						if m == s-2 && p.toks[m+1].kind == stWord && !p.toks[m+1].cap && !p.has(m+1, stBitTitle) && stTitleNoun(p.word(m+1)) == "" && !stHasSpeakerSuffix(p.word(m+1)) && !p.has(m+1, stBitBackHead) && !(p.word(m+1) == "to" && n > s) {
							continue // "his father hired Bill Parcells": no title of his (but "envoy to Ukraine Kurt Volker")
						}
						t := stTitleNoun(p.word(m))
						if t == "" && p.word(m) == "chief" {
							// "Police Chief Ann Lee": chief heads the title.
							t = "chief"
						}
						if w := p.word(m); t == "" && m == s-1 && !p.toks[m].cap && !stPrepWords[w] && (stHasSpeakerSuffix(w) || stBackHeads[w]) {
							t = w // "tax adviser Nell Orrin"
						}
						if t != "" {
							last := stLastWord(stStripPossessive(p.span(n, k)))
							if titles[last] == nil {
								titles[last] = map[string]bool{}
							}
							titles[last][t] = true
							if m > se[0] && p.isNameWord(m-1) {
								// "Acme co-founder Bo Park": "the Acme founder".
								titles[last][stStripPossessive(p.word(m-1))+" "+t] = true
							}
						}
					}
				}
				if k-n >= 1 && k-n <= 4 && !stHasOrgWord(p, n, k) {
					// "Mia Lind, the founder of Crumb,": a role in apposition
					// (and "Meghan, Duchess of Sussex,": one name will do for
					// a royal title).
					if t := p.appositionRole(k, se[1]); t != "" && (k-n >= 2 || stRoyalTitles[t]) {
						last := stLastWord(p.span(n, k))
						if titles[last] == nil {
							titles[last] = map[string]bool{}
						}
						titles[last][t] = true
					}
				}
				if k-n >= 1 && k-n <= 4 && !stHasOrgWord(p, n, k) {
					// "Republican presidential nominee Donald Trump",
					// "Democrat Ann Lee": the party, for "the Republican
					// nominee".
					m0 := n - 1
					if p.has(n, stBitParty) && k-n >= 3 {
						m0 = n // "Republican Donald Trump"
					}
					for m := m0; m >= se[0] && m >= n-4; m-- {
						if w := p.word(m); stPartyWords[w] && p.toks[m].cap {
							last := stLastWord(stStripPossessive(p.span(n, k)))
							if titles[last] == nil {
								titles[last] = map[string]bool{}
							}
							titles[last][stPartyOf[w]] = true
							break
						} else if p.toks[m].kind != stWord || p.toks[m].cap && m < s || m == n || !p.toks[m].cap && !stBackHeads[w] && !stTitleWords[w] && w != "presidential" && w != "vice" && w != "party" {
							break
						}
					}
				}
				if n > s && p.has(n-1, stBitTitle) {
					if last := stLastWord(stStripPossessive(p.span(n, k))); k-n >= 2 {
						if fullTitled == nil {
							fullTitled = map[[2]string]bool{}
						}
						fullTitled[[2]string{last, p.word(n - 1)}] = true
					} else if _, seen := titled[last]; !seen && !stNonNameCaps[last] {
						if titled == nil {
							titled = map[string]stTitledUse{}
						}
						titled[last] = stTitledUse{pi, p.word(n - 1)}
					}
				}
				if k-n < 2 || k-n > 4 {
					continue
				}
				name := stUnshout(stStripPossessive(p.span(n, k)))
				if stHasOrgWord(p, n, k) {
					continue
				}
				if alias := p.knownAs(k, se[1]); alias != "" && stLastWord(alias) != stLastWord(name) {
					if aliases == nil {
						aliases = map[string]string{}
					}
					aliases[stLastWord(alias)] = name
				}
				last := stLastWord(name)
				count[name]++
				if g := p.toks[n].low; stMaleGiven[g] || stFemaleGiven[g] {
					givenCount[[2]string{g, name}]++
				}
				if _, seen := firsts[last]; !seen {
					firsts[last] = name
					firstPi[last] = pi
				}
				old, ok := names[last]
				if nw, ow := stWordCount(name), stWordCount(old); !ok || nw > ow || nw == ow && count[name] > count[old] {
					names[last] = name
				}
			}
		}
	}
	return stNameIndex{names: names, titles: titles, firsts: firsts, firstPi: firstPi, titled: titled, fullTitled: fullTitled, givens: stDominantGivens(givenCount, names), aliases: aliases}
}

// knownAs returns the one-word name given in an apposition after a full
// name ending before k: ", the hacker known as “Guccifer,”", ", known as
// Sparky,", or "".
func (p *stPara) knownAs(k, b int) string {
	if p.punct(k) != "," {
		return ""
	}
	m := k + 1
	if w := p.word(m); w == "the" || w == "a" || w == "an" {
		for m++; m < b && m < k+6 && p.toks[m].kind == stWord && !p.toks[m].cap && p.word(m) != "known"; m++ {
		}
	}
	if p.word(m) == "also" {
		m++
	}
	if p.word(m) != "known" || p.word(m+1) != "as" || m+2 >= b {
		return ""
	}
	m += 2
	var alias string
	switch {
	case p.isQuote(m):
		q := p.quotes[p.toks[m].q]
		alias = strings.TrimRight(p.text[q.inS:q.inE], ",.")
	case p.isNameWord(m) && !p.isNameWord(m+1):
		alias = p.text[p.toks[m].s:p.toks[m].e]
	}
	if alias == "" || strings.ContainsAny(alias, " \t") {
		return "" // (one word: "known as the Notorious RBG" is an epithet)
	}
	if r, _ := utf8.DecodeRuneInString(alias); !unicode.IsUpper(r) {
		return ""
	}
	return alias
}

// stUnshout writes a given name set in capitals at the start of a story
// ("LINDA Nolan has vowed …", the house style of some papers) as a name.
func stUnshout(name string) string {
	sp := strings.IndexByte(name, ' ')
	if sp < 3 || sp+2 >= len(name) {
		return name
	}
	for i := 0; i < sp; i++ {
		if c := name[i]; c < 'A' || c > 'Z' {
			return name // (checked before any allocation: most names are not shouted)
		}
	}
	if c, d := name[sp+1], name[sp+2]; c < 'A' || c > 'Z' || d < 'a' || d > 'z' {
		return name
	}
	g := strings.ToLower(name[:sp])
	if !stMaleGiven[g] && !stFemaleGiven[g] {
		return name
	}
	return name[:1] + g[1:] + name[sp:]
}

// stDominantGivens maps a given name to the full name the article gives
// it most ("Jerry" → "Jerry Jones"), when that full name is used at least
// twice as often as any other with the same given name. A full name
// counts under its fullest form.
func stDominantGivens(counts map[[2]string]int, names map[string]string) map[string]string {
	type best struct {
		name        string
		top, second int
	}
	per := map[string]*best{}
	for k, n := range counts {
		g, name := k[0], k[1]
		if full := names[stLastWord(name)]; full != "" && strings.HasPrefix(strings.ToLower(full), g+" ") {
			name = full
		}
		b := per[g]
		if b == nil {
			b = &best{}
			per[g] = b
		}
		switch {
		case b.name == name:
			b.top += n
		case n > b.top:
			b.second, b.top, b.name = b.top, n, name
		case n > b.second:
			b.second = n
		}
	}
	out := map[string]string{}
	for g, b := range per {
		if b.top >= 2*b.second {
			out[g] = b.name
		}
	}
	return out
}

// stOpenerCue reports whether w, the first word of a sentence, is a
// finite speech verb: in "Replied Stephen, “No.”" the name is Stephen.
func stOpenerCue(w string) bool {
	cw, ok := stTheLexicon.cues[w]
	return ok && (cw.form == 1 || cw.form == 2)
}

// stRoleOpener reports whether w, capitalised only as the first word of a
// sentence, is a role rather than a given name: a hyphenated role
// ("Singer-guitarist") or a plural one ("Guitarists").
func stRoleOpener(w string) bool {
	if i := strings.LastIndexByte(w, '-'); i > 0 && stHasSpeakerSuffix(w[i+1:]) {
		return true
	}
	if stRoleNouns[w] {
		return true // "Neighbour Ivy Crane watched …"
	}
	for _, suf := range []string{"ers", "ists", "ors", "ians", "ants", "ents"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// stTitleNoun turns a title before a name into the noun a later
// description uses ("Gov." → "governor"); "" for other words.
func stTitleNoun(w string) string {
	w = strings.TrimPrefix(w, "co-") // "co-founder" is a founder
	switch w {
	case "gov.", "gov":
		return "governor"
	case "sen.", "sen":
		return "senator"
	case "rep.", "rep":
		return "representative"
	case "dr.", "dr":
		return "doctor"
	case "prof.", "prof":
		return "professor"
	case "gen.", "gen":
		return "general"
	case "mr.", "mr", "mrs.", "mrs", "ms.", "ms", "miss", "sir", "dame", "lord", "lady", "senior", "junior", "deputy", "acting", "former", "late", "vice", "chief", "state", "foreign", "defense", "defence", "interior", "finance", "health", "trade", "economy", "special":
		return ""
	}
	if stTitleWords[w] {
		return w
	}
	return ""
}

func stHasOrgWord(p *stPara, s, e int) bool {
	for k := s; k < e; k++ {
		if p.has(k, stBitOrg) {
			return true
		}
	}
	return false
}

func stStripPossessive(s string) string {
	if n := len(s); n == 0 || s[n-1] != 's' && s[n-1] != 'S' && s[n-1] != '\'' && s[n-1] != 0x99 {
		return s // the common case: no possessive ending ('s, ', ’s, ’)
	}
	for _, suf := range []string{"'s", "\u2019s", "'S", "'", "\u2019"} {
		if strings.HasSuffix(s, suf) && len(s) > len(suf) {
			return s[:len(s)-len(suf)]
		}
	}
	return s
}

func stLastWord(s string) string {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	if i := strings.LastIndexFunc(s, unicode.IsSpace); i >= 0 {
		s = s[i+1:]
	}
	if s == "" {
		return ""
	}
	return strings.ReplaceAll(strings.ToLower(s), "\u2019", "'")
}

// canonical replaces a personal name by the fullest form the article uses.
func (e *stEngine) canonical(speaker string) string {
	if i := strings.Index(speaker, " of the "); i > 0 && strings.Count(speaker[:i], " ") < 2 {
		// "Wee of the Times": a surname with its outlet.
		if full := e.canonicalName(speaker[:i]); full != speaker[:i] {
			return full + speaker[i:]
		}
		return speaker
	}
	return e.canonicalName(speaker)
}

// canonicalName gives a person's name in the fullest form the article
// uses.
func (e *stEngine) canonicalName(speaker string) string {
	speaker = stUnshout(speaker)
	f := strings.Fields(speaker)
	if len(f) == 0 || len(f) > 3 {
		return speaker
	}
	for _, w := range f {
		if r, _ := utf8.DecodeRuneInString(w); !(r >= 'A' && r <= 'Z' || r > 127) {
			return speaker
		}
	}
	if len(f) == 1 {
		if full, ok := e.givens[strings.ToLower(speaker)]; ok {
			if _, surname := e.names[stLastWord(speaker)]; !surname {
				return full // "Jerry says" after "Jerry Jones, the owner"
			}
		}
	}
	if full, ok := e.aliases[stLastWord(speaker)]; ok && len(f) <= 2 {
		return full // "Guccifer said" of "Marcel Lehel, known as “Guccifer”"
	}
	full, ok := e.names[stLastWord(speaker)]
	if first := e.firsts[stLastWord(speaker)]; ok && len(f) == 1 && first != "" && !stHasWordSuffixFold(full, first) {
		full = first // two people of one surname: the surname alone is the first one's
	}
	if !ok || strings.Count(full, " ")+1 <= len(f) {
		return speaker
	}
	if !stHasWordSuffixFold(full, speaker) {
		return speaker
	}
	if w := strings.Fields(full)[0]; len(w) >= 2 && strings.ToUpper(w) == w && strings.ToLower(w) != w {
		return speaker // "VOA Pentagon correspondent …": an acronym opens no person's name
	}
	if ff := strings.Fields(full); len(ff) >= 3 && stNameLabels[strings.ToLower(ff[0])] {
		return strings.Join(ff[1:], " ") // "Democrat Ann Lee", "Rival Ann Lee": a label, not her name
	}
	return full
}

// stNameLabels are capitalised words a story puts before a politician's
// full name that are no part of it.
var stNameLabels = stWordSet("republican democratic democrat gop libertarian rival challenger opponent incumbent")

// touch records a mention of entity id.
func (e *stEngine) touch(id int, subj, _ bool) {
	e.clock++
	e.ents[id].lastAny = e.clock
	if subj {
		e.ents[id].lastSubj = e.clock
		e.ents[id].subjSent = e.sentNo
	}
}

// recent finds the most recently mentioned entity of one of kinds.
func (e *stEngine) recent(subj bool, kinds ...stEntKind) int {
	best, bestT := -1, 0
	// Only the most recent entities are candidates, to stay linear.
	lo := len(e.ents) - 64
	if lo < 0 {
		lo = 0
	}
	for i := len(e.ents) - 1; i >= lo; i-- {
		en := &e.ents[i]
		ok := false
		for _, k := range kinds {
			if en.kind == k {
				ok = true
			}
		}
		if !ok {
			continue
		}
		if t := en.last(subj); t > bestT {
			best, bestT = i, t
		}
	}
	return best
}

// findEntity finds an entity with the same name.
func (e *stEngine) findEntity(kind stEntKind, toks []string) int {
	lo := len(e.ents) - 64
	if lo < 0 {
		lo = 0
	}
	if kind == stEntPerson && len(toks) == 1 {
		// A bare surname: the person of that surname mentioned last.
		best, bestT := -1, -1
		for i := len(e.ents) - 1; i >= lo; i-- {
			if en := &e.ents[i]; en.kind == stEntPerson && len(en.toks) > 0 && en.toks[len(en.toks)-1] == toks[0] && !en.kin && en.lastAny > bestT {
				best, bestT = i, en.lastAny
			}
		}
		if best >= 0 && e.wantSex != 0 && !e.sexAllows(best, e.wantSex) {
			// "Clinton said she …" after "Bill Clinton": the Clinton
			// the pronoun fits.
			alt, altT := -1, -1
			for i := len(e.ents) - 1; i >= lo; i-- {
				if en := &e.ents[i]; en.kind == stEntPerson && len(en.toks) > 0 && en.toks[len(en.toks)-1] == toks[0] && !en.kin && e.sexOf(i) == e.wantSex && en.lastAny > altT {
					alt, altT = i, en.lastAny
				}
			}
			if alt >= 0 {
				return alt
			}
		}
		claimed := false
		for i := len(e.ents) - 1; best >= 0 && i >= lo; i-- {
			if en := &e.ents[i]; i != best && en.kind == stEntPerson && len(en.toks) > 1 && en.toks[len(en.toks)-1] == toks[0] && !en.kin && en.bareAt > 0 && en.bareAt < e.ents[best].born {
				best = i // the surname was this person's before the other came in
				claimed = true
				break
			}
		}
		if best >= 0 && !claimed && e.ents[best].bareAt == 0 {
			if id, other := e.firstOfSurname(toks[0], best, lo); other {
				// "… to reward Paul Dorsey. … Lena Dorsey, who …" then
				// "Dorsey said": the surname alone is the first one's.
				return id
			}
		}
		if best >= 0 {
			return best
		}
	}
	for i := len(e.ents) - 1; i >= lo; i-- {
		en := &e.ents[i]
		if len(en.toks) == 0 || len(toks) == 0 {
			continue
		}
		switch {
		case kind == stEntPerson && en.kind == stEntPerson:
			if en.toks[len(en.toks)-1] != toks[len(toks)-1] {
				continue // (checked first: givenOf may allocate)
			}
			if g := e.givenOf(i); g == "" || len(toks) == 1 || stSameGiven(g, toks[0]) || strings.HasSuffix(g, "ing") || strings.HasSuffix(toks[0], "ing") {
				return i // (but "Sarah Gille" is not "Ellen Gille")
			}
		case en.kind == kind || en.kind == stEntUnknown || kind == stEntUnknown:
			if en.head != "" && len(en.toks) > len(toks) && kind != en.kind && !slices.Contains(toks, en.head) {
				continue // "Mr. Ford" is not "Ford advisers"
			}
			if (stPrefix(en.toks, toks) || stPrefix(toks, en.toks)) && !(slices.Contains(en.toks, "and") && !slices.Contains(toks, "and")) {
				return i // ("Corva Bio" is not "Corva Bio and Lumen Gene")
			}
		}
	}
	return -1
}

// firstOfSurname tells whether the article gave the surname sur first,
// in an earlier paragraph, to another person than entity best, whose
// full name it used no earlier; it returns that person's entity, or -1
// when it has none yet.
func (e *stEngine) firstOfSurname(sur string, best, lo int) (int, bool) {
	first, ok := e.firsts[sur]
	if !ok || e.firstPi[sur] >= e.pi {
		return -1, false
	}
	ft := strings.Fields(strings.ReplaceAll(strings.ToLower(first), "\u2019", "'"))
	if b := &e.ents[best]; len(ft) < 2 || len(b.toks) < 2 || slices.Equal(ft, b.toks) || b.spoke || stSexOfGiven(ft[0]) == 0 {
		return -1, false // (but "Jeh Johnson said" after "Gary Johnson": the one speaking)
	}
	if e.wantSex != 0 && stSexOfGiven(ft[0]) != 0 && stSexOfGiven(ft[0]) != e.wantSex {
		return -1, false // "Clinton said she …": not Bill
	}
	for i := lo; i < len(e.ents); i++ {
		if en := &e.ents[i]; en.kind == stEntPerson && slices.Equal(en.toks, ft) {
			if en.kin {
				return -1, false
			}
			return i, true
		}
	}
	return -1, true
}

func stPrefix(a, b []string) bool {
	if len(a) > len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// stNameToks are the lower-case words of a name as entities keep them:
// no possessive ending, straight apostrophes.
func stNameToks(name string) []string {
	toks := strings.Fields(strings.ToLower(stStripPossessive(name)))
	for i, t := range toks {
		toks[i] = strings.ReplaceAll(t, "\u2019", "'")
	}
	return toks
}

// addEntity registers or refreshes a source and returns its index.
func (e *stEngine) addEntity(name string, kind stEntKind, head string, subj bool) int {
	toks := stNameToks(name)
	id := -1
	if head == "" {
		id = e.findEntity(kind, toks)
		if id < 0 && (kind != stEntGroup || !slices.Contains(toks, "and")) {
			// The same name seen before as another kind of source (but
			// "Acme Foods and QFC" is not Acme Foods).
			id = e.findEntity(stEntUnknown, toks)
			if id >= 0 && kind == stEntOrg && e.ents[id].kind == stEntPerson && len(e.ents[id].toks) < len(toks) && slices.ContainsFunc(toks[len(e.ents[id].toks):], func(w string) bool { return stOrgWords[w] }) {
				id = -1 // "the Trayvon Martin Foundation" is not Trayvon Martin
			}
		}
	}
	if kind == stEntOrg {
		e.hasOrg = true
	}
	if id < 0 {
		e.ents = append(e.ents, stEntity{name: name, kind: kind, head: head, toks: toks, born: e.clock + 1})
		id = len(e.ents) - 1
	} else if e.ents[id].kind == stEntUnknown && !stPlaceToks(e.ents[id].toks) {
		e.ents[id].kind = kind // (a place stays a place: "Hong Kong's way of life")
	}
	if len(toks) == 1 && kind == stEntPerson && head == "" && len(e.ents[id].toks) > 1 && e.ents[id].bareAt == 0 && e.ents[id].toks[len(e.ents[id].toks)-1] == toks[0] {
		e.ents[id].bareAt = e.clock + 1
	}
	e.touch(id, subj, false)
	return id
}

// noteSubject records the sources a sentence mentions, so that later
// pronouns and descriptions can refer to them.
func (e *stEngine) noteSubject(p *stPara, a, b int) {
	e.notePlural(p, a, b)
	e.noteExistential(p, a, b)
	if p.has(a, stBitSubordinator) && p.isNameWord(a+1) {
		// "Once Fetter arrived, Lorenz gave her a manual": the person
		// of the fronted clause is a subject too, before the main one.
		k := a + 1
		for k < b && k < a+5 && p.isNameWord(k) {
			k++
		}
		if p.verbAt(k) && !stHasOrgWord(p, a+1, k) {
			if name, kind := p.nameOf(a+1, k); name != "" && kind == stEntPerson {
				e.addEntity(name, kind, "", true)
			}
		}
	}
	ss, st := p.sentSubject(a, b)
	if w := p.word(a); w == "a" || w == "an" || w == "the" || w == "one" {
		// "A freshman named Hailey Puckett posted …": the person named is
		// the subject.
		for k := a + 1; k < b && k < a+5 && p.toks[k].kind == stWord && !p.toks[k].cap; k++ {
			if w := p.word(k); (w == "named" || w == "called") && k > a+1 && p.isNameWord(k+1) {
				n := k + 1
				for n < b && n < k+5 && p.isNameWord(n) {
					n++
				}
				if name, kind := p.nameOf(k+1, n); n-(k+1) >= 2 && kind == stEntPerson && name != "" {
					e.addEntity(name, kind, "", true)
				}
				break
			}
		}
	}
	if w := p.word(a); w == "a" || w == "an" {
		// "A high school graduate, Lazar had no training": a description
		// fronted in apposition to the subject, who is named after it.
		k := a + 1
		for k < b && k < a+7 && p.toks[k].kind == stWord && !p.toks[k].cap {
			k++
		}
		if k > a+1 && p.punct(k) == "," && p.isNameWord(k+1) {
			n := k + 1
			for n < b && n < k+5 && p.isNameWord(n) {
				n++
			}
			if p.verbAt(n) || stPastVerbs[p.word(n)] {
				if name, kind := p.nameOf(k+1, n); name != "" && (kind == stEntPerson || e.findEntity(stEntPerson, stNameToks(name)) >= 0) { // ("A high school graduate, Lazar": a person's school, no firm)
					e.addEntity(name, stEntPerson, "", true)
				}
			}
		}
	}
	if ss >= 0 && st-ss >= 2 && st-ss <= 5 && p.word(st-1) == "campaign" && strings.HasSuffix(p.toks[st-2].low, "'s") && p.isNameWord(st-2) && p.hasNameWords(ss, st-1) {
		// "Donald Trump's campaign is defending … It's denouncing what
		// it calls …": the campaign is the "it" after.
		name := p.span(ss, st)
		e.addEntity(name, stEntOrg, "campaign", true)
	}
	if ss >= 0 && p.word(ss) == "the" && st-ss >= 2 && st-ss <= 5 && p.has(ss+1, stBitParty) {
		// "The Republican is also urging …": the party's person named
		// before is the one the story follows.
		if id := e.byParty(stPartyOf[p.word(ss+1)], p.word(st-1)); id >= 0 {
			e.touch(id, true, true)
		}
	}
	if w := p.word(ss); ss >= 0 && st == ss+1 && (w == "he" || w == "she") {
		// "In Hajjaj's case, she chose to stay": the woman named is the
		// one the story now follows.
		g := stMale
		if w == "she" {
			g = stFemale
		}
		if id := e.possessiveFronted(p, ss, g); id >= 0 {
			e.touch(id, true, true)
		}
	}
	if ss >= 0 && st-ss >= 2 && st-ss <= 4 && strings.HasSuffix(p.toks[st-2].low, "'s") && p.isNameWord(st-2) && stGroupWords[p.word(st-1)] && (p.word(st-1) == "family" || strings.HasSuffix(p.word(st-1), "s")) {
		// "Cameron's family issued a tribute. They said: …": the group
		// is who "they" are.
		e.addEntity(p.span(ss, st), stEntGroup, p.word(st-1), true)
	}
	if w := p.word(ss); ss >= 0 && st-ss >= 2 && st-ss <= 4 && (w == "the" || w == "this" || w == "that") && stDocHeads[p.word(st-1)] {
		e.docSubj, e.docSubjSent = p.span(ss, st), e.sentNo
		if by := p.word(st); by == "by" || by == "from" {
			// "The report by the College Union claims …": the author
			// belongs to the document's name.
			n := st + 1
			if p.word(n) == "the" {
				n++
			}
			m := n
			for m < b && m < n+8 && p.isNameWord(m) {
				m++
			}
			if m > n {
				e.docSubj = p.span(ss, m)
			}
		}
	}
	k := ss
	if k < 0 {
		for k = a; k < b && (p.has(k, stBitIntro) || p.punct(k) == ","); k++ {
		}
	}
	e.notePossessiveFirm(p, k, b)
	if ss >= 0 && p.punct(st) == "," && p.has(st+1, stBitSubjectPronoun) && p.isCueWord(st+2) {
		return // "Britain, they suggest, should …": the pronoun is someone else, named before
	}
	if s, t := ss, st; s >= 0 && p.isNameWord(s) && !p.has(s, stBitSubjectPronoun) && !stSubjectPronouns[strings.SplitN(p.word(s), "'", 2)[0]] && !p.gerundOpener(s, t) && !e.openerOnly(p, s, t) && !p.nounBeforeParticiple(a, s, t) {
		name, kind := p.nameOf(s, t)
		if name != "" {
			if !strings.Contains(name, " ") {
				e.wantSex = p.genderAfter(t, b)
			}
			id := e.addEntity(name, kind, "", true)
			e.wantSex = 0
			if p.punct(t) == "," && p.word(t+1) == "who" {
				e.ents[id].human = true
			}
			if kind == stEntPerson && e.ents[id].gender == 0 {
				// (A given name or honorific outweighs a pronoun that may
				// be someone else's: "Tom Hall, whose daughter was hurt,
				// said the school failed her.")
				if g := p.genderAfter(t, b); g != 0 && e.sexOfName(e.ents[id].toks) == 0 {
					e.ents[id].gender = g
				}
			}
		}
	}
	e.noteOtherPersons(p, a, b, ss, st)
	if ss < 0 || !p.isNameWord(ss) && !p.has(ss, stBitSubjectPronoun) {
		e.noteSpeechOwner(p, a, b)
	}
	e.noteOfficeClause(p, a, b)
	// "Lee's son, filmmaker Bo Park (…), also remembers …": the person in
	// apposition is the subject, and the kin word tells the sex.
	t := a + 1
	for t < b && t < a+3 && p.toks[t].kind == stWord && !p.toks[t].cap {
		t++
	}
	if s := a; t > a+1 && t < b && p.punct(t) == "," && (p.isNameWord(s) && strings.HasSuffix(p.toks[s].low, "'s") || p.word(s) == "his" || p.word(s) == "her" || p.word(s) == "their") {
		// (and "Her colleague, Bo Park, agreed.")
		m := t + 1
		for m < b && m < t+4 && p.toks[m].kind == stWord && !p.toks[m].cap {
			m++
		}
		n := m
		for n < b && n < m+4 && p.isNameWord(n) {
			n++
		}
		if n-m >= 2 && !stHasOrgWord(p, m, n) && (n >= b || p.punct(n) == "," || p.punct(n) == "(" || p.verbAt(n)) {
			if name, kind := p.nameOf(m, n); name != "" && kind == stEntPerson {
				id := e.addEntity(name, kind, "", true)
				kin := p.word(t - 1)
				if stMaleWords[kin] || stFemaleWords[kin] {
					e.ents[id].kin = true
				}
				e.setSexFrom(id, kin)
			}
		}
	}
	// "When the chemist Ann Lee looked again, she saw …": the person of
	// the fronted clause is the "she" of the main one, and in focus.
	if s := p.afterFronted(a, b); s > a && (p.word(s) == "he" || p.word(s) == "she") {
		g := stMale
		if p.word(s) == "she" {
			g = stFemale
		}
		if id := e.frontedPerson(p, s, g); id >= 0 {
			e.touch(id, true, false)
			if e.ents[id].gender == 0 {
				e.ents[id].gender = g
			}
		}
	}
	// A subject owned by a person ("Mr. Lee's plan is …"): the next "he"
	// may be that person.
	s0 := a
	for s0 < b && (p.has(s0, stBitCommonCap) || p.has(s0, stBitClause)) && !p.isQuote(s0) {
		s0++ // "When President Lee's advisers …"
	}
	if s, t := s0, b; t-s >= 3 && p.isNameWord(s) {
		for k := s; k < t-1 && k < s+5; k++ {
			w := p.word(k)
			if !p.isNameWord(k) && !stTitleWords[w] {
				break
			}
			if strings.HasSuffix(w, "'s") && k > s {
				// Only a titled name ("Mr. Lee's") or a person already met
				// ("Lee's"): "While Stadia's lineup" names no person.
				titled := p.has(s, stBitTitle) && !p.has(s, stBitCommonCap)
				if name, kind := p.nameOf(s, k+1); name != "" && kind == stEntPerson && (titled || e.findEntity(stEntPerson, []string{stStripPossessive(w)}) >= 0) {
					e.addEntity(name, kind, "", true)
				}
				break
			}
		}
	}
	// A subject coordinated with a description ("Gov. Ann Lee and leaders
	// of the legislature have …") is a group that "they" can refer to.
	if s, t := ss, st; s >= 0 && p.word(t) == "and" && p.isNameWord(s) {
		m := t + 1
		for m < b && m < t+9 && p.toks[m].kind == stWord && !stIsVerbAux(p.word(m)) && !p.has(m, stBitClause) {
			if _, ok := stTheLexicon.cues[p.word(m)]; ok || p.floatingQuant(m) {
				break
			}
			if w := p.word(m); !p.toks[m].cap && strings.HasSuffix(w, "ed") && !strings.Contains(w, "-") {
				break
			}
			m++
		}
		if m > t+1 && m < b && p.toks[m].kind == stWord && !p.toks[m].cap {
			e.addEntity(p.span(s, m), stEntGroup, "", true)
		}
	}
	// Pairs of names ("Senator Ann Lee and congressman Bo Park") are a
	// group that "they" can refer to.
	for k := a + 1; k+1 < b; k++ {
		if p.word(k) != "and" || !p.isNameWord(k-1) {
			continue
		}
		s := k - 1
		for s > a && s > k-5 && (p.isNameWord(s-1) || p.has(s-1, stBitTitle)) {
			s--
		}
		t := k + 1
		if p.has(t, stBitTitle) && !p.isNameWord(t) {
			t++
		}
		n := t
		for t < b && t < n+4 && p.isNameWord(t) {
			t++
		}
		if t == n || t-s < 4 || p.isNameWord(s) && p.has(s, stBitCommonCap) || p.placeAt(s, k) || p.placeAt(k+1, t) {
			continue // (but "South Carolina and Nevada" are places)
		}
		if w := p.word(t); t < b && w != "" && !p.toks[t].cap && strings.HasSuffix(w, "s") && !p.verbAt(t) && !stIsVerbAux(w) && !p.isCueWord(t) && !stPrepWords[w] && !stClauseWords[w] && w != "and" {
			continue // "the Latin America and Near East divisions": names modifying a noun
		}
		e.addEntity(p.span(s, t), stEntGroup, "", true)
	}
	// A surname alone that the article gives in full elsewhere is a
	// person mentioned ("When Lee walked in, …").
	for k := a + 1; k < b; k++ {
		if !p.isNameWord(k) || p.isNameWord(k+1) || p.isNameWord(k-1) && !p.has(k-1, stBitCommonCap) && !p.has(k-1, stBitNonNameCap) {
			continue
		}
		if full, ok := e.names[stStripPossessive(p.toks[k].low)]; ok && full != "" && strings.Contains(full, " ") {
			// "As it turned out, Lee had spent …": a name before its verb
			// is a subject, and in focus.
			// (Only at the head of the main clause: in "He said Lee is
			// …" the "he" is still to be resolved.)
			subj := (k == ss || k == p.afterFronted(a, b)) && !strings.HasSuffix(p.toks[k].low, "'s") && (p.verbAt(k+1) || p.word(k+1) == "and")
			id := e.findEntity(stEntPerson, []string{stStripPossessive(p.toks[k].low)})
			if id < 0 {
				e.addEntity(stStripPossessive(p.span(k, k+1)), stEntPerson, "", subj)
			} else {
				e.touch(id, subj, false)
			}
		}
	}
}

// noteOrgs records the organisations a sentence mentions anywhere outside
// quotations.
func (e *stEngine) noteOrgs(p *stPara, a, b int) {
	for k := a; k < b; {
		if !p.isNameWord(k) || p.has(k, stBitCommonCap) {
			k++
			continue
		}
		s := k // (the run below moves k past it: "Malaysia's Kestrel Group" is two names)
		for k < b && (p.isNameWord(k) || p.punct(k) == "&" && p.isNameWord(k+1) && k > s) {
			k++
			if strings.HasSuffix(p.toks[k-1].low, "'s") {
				break
			}
		}
		if w := p.word(k); (w == "of" || w == "for") && p.isNameWord(k+1) && !strings.HasSuffix(p.toks[k-1].low, "'s") {
			// "Alliance of Motion Picture and Television Producers": the
			// name runs on past its "of".
			m := k + 1
			for m < b && m < k+9 && (p.isNameWord(m) || (p.word(m) == "and" || p.word(m) == "of" || p.word(m) == "the") && p.isNameWord(m+1)) {
				m++
			}
			if p.titleCaseOrg(s, m) >= 0 && stHasOrgWord(p, s, m) {
				e.addEntity(stStripPossessive(p.span(s, m)), stEntOrg, "", false)
				k = m
				continue
			}
		}
		if stHasOrgWord(p, s, k) {
			e.addEntity(stStripPossessive(p.span(s, k)), stEntOrg, "", false)
			continue
		}
		if w := p.word(s - 1); k-s <= 4 && stFoundVerbs[w] && !p.toks[s-1].cap {
			// "Zhang cofounded Editas Medicine": what one founds or buys
			// is an organisation.
			e.addEntity(stStripPossessive(p.span(s, k)), stEntOrg, "", false)
			continue
		}
		if k-s <= 4 && !p.givenAt(s) && !p.has(s, stBitTitle) && !p.has(s, stBitFirmTitle) && (p.word(s-1) == "by" && stMakerVerbs[p.word(s-2)] || p.unitOf(s, k) || p.headsFirm(k, b) || p.brandOf(s, k, b)) {
			// (but "Chief executive Priya Raman" is a title)
			// "the jet operated by Indonesia AirAsia", "AirAsia, a unit
			// of …", "AirAsia chief executive Tony Fernandes": a business.
			e.addEntity(stStripPossessive(p.span(s, k)), stEntOrg, "", false)
			continue
		}
		if s2 := s; k < b && stStaffWords[p.word(k)] {
			// "A Whole Foods spokeswoman": a name its staff speak for is
			// an organisation's.
			for s2 < k && (p.has(s2, stBitCommonCap) || p.has(s2, stBitNonNameCap)) {
				s2++
			}
			if s2 < k && k-s2 <= 4 && !p.has(s2, stBitTitle) && p.word(s2) != "chief" && (k-s2 >= 2 || e.midCaps[stStripPossessive(p.word(s2))] || s2 > 0 && p.toks[s2-1].kind == stWord) {
				// (but "Chief executive Priya Raman" is a title)
				id := e.addEntity(stStripPossessive(p.span(s2, k)), stEntOrg, "", false)
				if en := &e.ents[id]; en.kind == stEntPerson && stSpokesWords[p.word(k)] && e.sexOf(id) == 0 && !en.human && !stMaleGiven[en.toks[0]] && !stFemaleGiven[en.toks[0]] {
					// "Whole Foods touted …" looked like a person's name;
					// "a Whole Foods spokeswoman" shows it is a company.
					en.kind = stEntOrg
				}
				continue
			}
		}
		if k-s >= 2 && k-s <= 4 || k-s == 1 && p.punct(k) == "," && p.word(k+1) == "who" || p.givenApposition(s, k) {
			e.notePersonMention(p, s, k)
		}
		if !e.hasOrg {
			continue
		}
		toks := make([]string, 0, k-s)
		for m := s; m < k; m++ {
			toks = append(toks, stStripPossessive(p.toks[m].low))
		}
		if id := e.findEntity(stEntOrg, toks); id >= 0 && e.ents[id].kind == stEntOrg {
			e.touch(id, false, false)
		}
	}
}

// stMakerVerbs before "by" take a business as their agent: "operated by
// Indonesia AirAsia".
var stMakerVerbs = stWordSet("operated owned run managed made built developed manufactured published produced sponsored funded backed")

// stFirmTitles follow a business's name and precede its officer's: "AirAsia
// chief executive Tony Fernandes", "Tesla CEO Elon Musk".
var stFirmTitles = stWordSet("ceo cfo coo chief chairman chairwoman founder co-founder cofounder president executive")

// givenAt reports whether token k is a known given name, which makes the
// name it opens a person's.
func (p *stPara) givenAt(k int) bool {
	return stGivenNames[p.word(k)]
}

// stGivenNames are the given names of both sexes.
var stGivenNames = func() map[string]bool {
	m := make(map[string]bool, len(stMaleGiven)+len(stFemaleGiven))
	for _, set := range []map[string]bool{stMaleGiven, stFemaleGiven} {
		for w, in := range set {
			if in {
				m[w] = true
			}
		}
	}
	return m
}()

// unitOf reports whether the name [s, k) is in apposition with "a unit
// of", "a subsidiary of" or is what such a phrase names: "Indonesia
// AirAsia, a unit of Malaysia's AirAsia Bhd".
func (p *stPara) unitOf(s, k int) bool {
	if p.punct(k) == "," && (p.word(k+1) == "a" || p.word(k+1) == "an") && stUnitWords[p.word(k+2)] && p.word(k+3) == "of" {
		return true
	}
	return p.word(s-1) == "of" && stUnitWords[p.word(s-2)] && (p.word(s-3) == "a" || p.word(s-3) == "an")
}

// brandOf reports whether the name [s, k) is a brand before what it
// runs or makes: "an AirAsia passenger jet", "a Delta flight", "the Acme
// plant". A country or a name that opened the sentence is no brand.
func (p *stPara) brandOf(s, k, b int) bool {
	if k >= b || k-s > 2 {
		return false
	}
	if w := p.word(s - 1); w != "a" && w != "an" && w != "the" {
		return false
	}
	n := k
	if p.word(n) == "passenger" || p.word(n) == "cargo" {
		n++
	}
	return stBrandNouns[p.word(n)] && !p.toks[n].cap && !stCountries[strings.ToLower(p.span(s, k))]
}

// stBrandNouns are things a business runs or makes.
var stBrandNouns = stWordSet("jet jets plane planes flight flights aircraft airliner airliners ship ships vessel ferry train trains bus buses truck trucks factory plant plants store stores outlet outlets subsidiary smartphone phone app")

// stUnitWords name a part of a business.
var stUnitWords = stWordSet("unit subsidiary division affiliate arm")

// headsFirm reports whether the name ending at k is followed by an
// officer's title and a person's name: "AirAsia chief executive Tony
// Fernandes".
func (p *stPara) headsFirm(k, b int) bool {
	m := k
	for m < b && m < k+3 && !p.toks[m].cap && p.has(m, stBitFirmTitle) {
		m++
	}
	return m > k && m < b && p.isNameWord(m) && p.isNameWord(m+1) && p.givenAt(m)
}

// stFoundVerbs take an organisation as their object.
var stFoundVerbs = stWordSet("founded cofounded co-founded launched acquired bought runs ran owns owned joined left")

// stStaffWords follow the name of an organisation they work for: "a
// Whole Foods spokeswoman", "Acme executives".
var stStaffWords = stWordSet("spokesman spokeswoman spokesperson spokespeople executive executives employee employees staffer staffers representative representatives")

// notePersonMention records a person named anywhere in a sentence, in
// any role, when another person of the same surname is known: after
// "harassers went after union leader Chuck Jones", "Jones" is no longer
// the Leslie Jones met earlier.
func (e *stEngine) notePersonMention(p *stPara, s, k int) {
	name, kind := p.nameOf(s, k)
	if kind == stEntPerson && !strings.Contains(name, " ") && p.punct(k) == "," && p.word(k+1) == "who" {
		// "looked to Kukura, who had revived the club": a surname the
		// article gave in full before.
		if full, ok := e.names[strings.ToLower(stStripPossessive(name))]; ok && strings.Contains(full, " ") {
			name = full
		}
	}
	if kind != stEntPerson || !strings.Contains(name, " ") && !p.givenApposition(s, k) {
		return
	}
	toks := strings.Fields(strings.ToLower(name))
	last := toks[len(toks)-1]
	// "… a worry for former librarian Tom Hale, who ran the branch": the
	// person is the subject of the relative clause, and the "he" of the
	// sentences after it.
	// (But when a person spoke in the sentence, the speaker stays in
	// focus: "“…,” Lee said, not needing to name its author, Bo Park,
	// who died in May. He said …" is Lee again.)
	who := p.punct(k) == "," && (p.word(k+1) == "who" || p.givenAt(s) && p.introducedAs(k+1)) && !e.sentSpeaker
	if who && p.word(k+1) == "who" && e.personSubjectNow() && p.hasWord(e.sentA, s, "who") {
		// "Trump mentioned his daughter, who married Jared Kushner, who
		// is …": a relative clause inside another keeps the sentence's
		// subject in focus.
		who = false
	}
	v := k + 1
	if w := p.word(k + 1); p.punct(k) == "," && len(w) <= 3 && w != "" && w[0] >= '0' && w[0] <= '9' && p.punct(k+2) == "," {
		v = k + 3 // "One voter, Lupe Ortiz, 35, showed up": an age between
	}
	if w := p.word(v); !who && p.punct(s-1) == "," && p.punct(v-1) == "," && p.punct(k) == "," && v < len(p.toks) && !p.toks[v].cap && (p.verbAt(v) || stPastVerbs[w] || stIrregularPast[w] || stIsVerbAux(w) || strings.HasSuffix(w, "ed")) {
		who = true // "one of the cooks in the room, Rui Dahl, started shouting": the name in apposition is the subject
	}
	other := false
	for i := len(e.ents) - 1; i >= 0 && i >= len(e.ents)-64; i-- {
		en := &e.ents[i]
		if en.kind != stEntPerson || en.toks[len(en.toks)-1] != last {
			continue
		}
		given := e.givenOf(i)
		if given == "" {
			continue
		}
		if stSameGiven(given, toks[0]) {
			e.touch(i, who, false)
			return
		}
		other = true
	}
	if other || who {
		e.addEntity(name, kind, "", who)
	}
}

// givenOf is the given name of person id: its first word, or for one
// known by surname only, the first word of the first full name the
// article gave with that surname; "" when there is none.
func (e *stEngine) givenOf(id int) string {
	toks := e.ents[id].toks
	if len(toks) >= 2 {
		return toks[0]
	}
	if len(toks) == 1 {
		f := strings.TrimFunc(e.firsts[toks[0]], unicode.IsSpace)
		if i := strings.IndexFunc(f, unicode.IsSpace); i > 0 {
			return strings.ToLower(f[:i]) // (the first of two words or more)
		}
	}
	return ""
}

// stSameGiven reports whether two given names may be one person's:
// equal, or one a short form of the other ("Josh", "Joshua").
func stSameGiven(a, b string) bool {
	return a == b || strings.HasPrefix(a, b) || strings.HasPrefix(b, a)
}

// openerOnly reports whether the one-word subject [s, t) is capitalised
// only because it opens its sentence: the article never capitalises it
// elsewhere nor uses it in a longer name ("Fresh fillets sell for …").
func (e *stEngine) openerOnly(p *stPara, s, t int) bool {
	if t-s != 1 || s > 0 && p.toks[s-1].kind == stWord {
		return false
	}
	w := stStripPossessive(p.toks[s].low)
	if _, ok := e.names[w]; ok || e.midCaps[w] || stSubjectPronouns[w] || stCountries[w] || p.common(s) {
		return false // ("She left early, but said …": a pronoun is no name; nor is "China"; "Police issued …" is a subject)
	}
	if strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !stMaleGiven[w] && !stFemaleGiven[w] {
		return true // "Criminals can turn …": a plural noun opening the sentence, never capitalised elsewhere
	}
	for _, suf := range []string{"tion", "sion", "ment", "ness", "ity", "ism", "ance", "ence"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 && !stMaleGiven[w] && !stFemaleGiven[w] {
			return true // "Immigration is now an issue …": an abstract noun, never a person
		}
	}
	return t < len(p.toks) && p.toks[t].kind == stWord && !p.toks[t].cap && !stIsVerbAux(p.word(t)) && !p.isCueWord(t) && !p.pastAt(t) // ("Acme issued a statement saying …": a name and its verb)
}

// orgBeforeTitle reports whether the organisation words of [s, e) all
// stand before a title that is followed by a name ("Police Chief Ann
// Lee", "Acme CEO Bo Park"): the phrase names a person with a role.
func (p *stPara) orgBeforeTitle(s, e int) bool {
	for m := e - 2; m > s; m-- {
		if (p.has(m, stBitTitle) || p.lowerRole(m)) && p.isNameWord(m+1) {
			return !stHasOrgWord(p, m+1, e) // (and "NASA Goddard Institute climatologist Gavin Schmidt")
		}
	}
	return false
}

// stFirmNouns describe a company in apposition after its name.
var stFirmNouns = stWordSet("chain retailer insurer lender conglomerate startup start-up manufacturer carmaker automaker chipmaker drugmaker planemaker company firm group publisher operator developer utility bank brokerage")

// surnameHe reports whether "He" at n is a surname, the name [n, e)
// being two words: "He Jianxiong", "He Yafei".
func (p *stPara) surnameHe(n, e int) bool {
	return e-n == 2 && p.word(n) == "he" && p.toks[n].cap && p.isNameWord(n+1) && !p.has(n+1, stBitCommonCap) && !p.has(n+1, stBitNonNameCap)
}

// stPlaceAdjective reports whether w says where someone is based or
// comes from: "sacramento-based", "kenyan-born".
func stPlaceAdjective(w string) bool {
	return len(w) > 6 && (strings.HasSuffix(w, "-based") || strings.HasSuffix(w, "-born") || strings.HasSuffix(w, "-headquartered"))
}

// nameOf normalises a capitalised noun phrase [s, e) to a name: titles
// dropped; it tells people from organisations as far as it can.
func (p *stPara) nameOf(s, e int) (string, stEntKind) {
	n := s
	for n < e && (p.has(n, stBitCommonCap) || p.has(n, stBitNonNameCap) || p.word(n) != "" && p.word(n)[0] >= '0' && p.word(n)[0] <= '9') && !p.surnameHe(n, e) {
		n++
	}
	for m := e - 2; m > n; m-- {
		if stHeadlinePreps[p.word(m)] && p.toks[m].cap {
			n = m + 1 // "Q&A With Mia Lind"
			break
		}
	}
	if !stHasOrgWord(p, n, e) || p.orgBeforeTitle(n, e) {
		n0 := n
		for m := n; m < e-1; m++ {
			w := p.word(m)
			if stTitleWords[w] && !(stAdjTitles[w] && m == e-2) && !(w == "lady" && m == n) && !(stRoyalTitles[w] && m == e-2 && p.toks[m].cap) || w != "" && !p.toks[m].cap && (stHasSpeakerSuffix(w) || p.has(m+1, stBitTitle)) {
				n = m + 1 // (but "Lady Gaga" keeps her name whole)
			}
		}
		if e-n == 1 && p.common(n) {
			n = n0 // "Indiana State Police": not a title before a name
		}
	}
	if w := p.word(n - 1); n == s && e-n >= 3 && (w == "to" || w == "for" || w == "of" || w == "in") && stCountries[p.word(n)] && !stCountries[p.word(n)+" "+p.word(n+1)] && p.allNames(n+1, e) {
		n++ // "envoy to Ukraine Kurt Volker": the post's country, then the name
	}
	if w := p.word(n); e-n >= 2 && p.isNameWord(n+1) && stPlaceAdjective(w) {
		n++ // "Sacramento-based McClatchy", "Kenyan-born Ann Lee": where, not who
	}
	if w := p.word(n); e-n >= 3 && p.isNameWord(n+1) && p.toks[n+1].kind == stWord && (stRoleOpener(w) || stHasSpeakerSuffix(w) && !stMaleGiven[w] && !stFemaleGiven[w] || stPartyWords[w]) && !stHasOrgWord(p, n, e) {
		n++ // "Drummer Ola Rask", "Democrat Ann Lee": a role or a party at the start
	}
	if n >= e || !p.isNameWord(n) || e-n == 1 && (p.common(n) || stPartyWords[stStripPossessive(p.word(n))]) {
		return "", stEntUnknown // (and "the Republican": a party's member, named elsewhere)
	}
	if e-n == 2 && stStates[p.word(n)] && stPartyWords[stStripPossessive(p.word(n+1))] {
		return "", stEntUnknown // "the Wisconsin Republican’s name": a state and a party, an epithet
	}
	if !p.isNameWord(e-1) && p.punct(e-1) != ")" {
		return "", stEntUnknown // "the Kurdish freedom struggle" is no name
	}
	name := stStripPossessive(p.span(n, e))
	for k := n + 1; k < e-1; k++ {
		if p.word(k) == "and" {
			return name, stEntGroup // "Romeo and Juliet": two, not one person
		}
	}
	if w := strings.TrimSuffix(stStripPossessive(p.word(e-1)), "s"); len(w) < len(p.word(e-1)) && (stPartyWords[w] || stDemonyms[w]) {
		if n > s && p.toks[s].cap && stQuantSubjects[p.word(s)] {
			name = stStripPossessive(p.span(s, e)) // "Most Republicans": the share is part of who speaks
		}
		return name, stEntGroup // "Other Republicans", "Senate Democrats", "Israelis": members, whom "they" means
	}
	if low := strings.ToLower(stStripPossessive(p.span(n, e))); stCountries[low] || stInstitutions[low] {
		return name, stEntOrg // "Russia denied …", "The Kremlin said …": a state, never "he" or "she"
	} else if stPlaceName(p, n, e) {
		return name, stEntUnknown // "San Francisco", "Jones Street": a place, neither "he" nor "it"
	}
	switch {
	case n > s && (p.word(n-1) == "mr." || p.word(n-1) == "mr"):
		return name, stEntPerson
	case n > s && (p.word(n-1) == "mrs." || p.word(n-1) == "ms." || p.word(n-1) == "mrs" || p.word(n-1) == "ms"):
		return name, stEntPerson
	case stHasOrgWord(p, n, e), stHasOrgWord(p, s, e) && !(n > s && (p.has(n-1, stBitTitle) || p.lowerRole(n-1))):
		// An organisation word before a title belongs to the title
		// ("Police Chief Ann Lee"): the name is a person's.
		return name, stEntOrg
	case p.punct(e) == "," && p.word(e+1) == "which":
		return name, stEntOrg
	case p.punct(e) == "," && (p.word(e+1) == "a" || p.word(e+1) == "an" || p.word(e+1) == "the") && (stFirmNouns[p.word(e+2)] || !p.toks[min(e+2, len(p.toks)-1)].cap && stFirmNouns[p.word(e+3)]):
		return name, stEntOrg // "McClatchy, a chain of 30 newspapers,"
	case p.punct(e) == "," && p.word(e+1) == "who":
		return name, stEntPerson
	case e-n == 1 && stIsAcronym(p, n):
		return name, stEntOrg // an acronym
	case stWebName(p.word(e - 1)):
		return name, stEntOrg // "Factcheck.org", "Politico.com": a website
	}
	// An apposition before the name describing an organisation.
	if p.punct(s-1) == "," && n == s && !p.lowerRole(s-2) { // ("the police chief, Ann Lee": a person's role)
		org := false
		k := s - 2
		for ; k >= 0 && k > s-14; k-- {
			if p.punct(k) == "," || p.punct(k) == "." || p.isQuote(k) {
				break
			}
			if stOrgWords[p.word(k)] && !p.toks[k].cap {
				org = true
			}
		}
		// Not an introductory phrase ("In a report on Tuesday, Ann Lee"),
		// nor a clause before a final attribution ("… allows the company
		// to sell, Lee said"): a short description.
		short := s-1-(k+1) <= 8
		for m := k + 1; m < s-1 && short; m++ {
			if w := p.word(m); w == "to" || stIsVerbAux(w) || stIsBe(w) {
				short = false
			}
		}
		if w := p.word(k + 1); org && short && !stPrepWords[w] && !stTimeWords[w] && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") && !p.isCueWord(k+1) {
			return name, stEntOrg // (but "Asked about the report, Lee said": a participle phrase)
		}
	}
	return name, stEntPerson
}

// allWords reports whether [s, e) holds words only.
func (p *stPara) allWords(s, e int) bool {
	for k := s; k < e; k++ {
		if p.toks[k].kind != stWord {
			return false
		}
	}
	return true
}

// resolveNP turns the subject [s, e) into a speaker: pronouns and short
// descriptions are resolved to earlier sources, names are normalised.
// It returns "" when a pronoun cannot be resolved.
func (e *stEngine) resolveNP(p *stPara, s, t int) (string, int) {
	if s >= t {
		return "", -1
	}
	if t-s == 2 && p.word(s) == "all" && p.has(s+1, stBitSubjectPronoun) {
		s++ // "all she could do was shout …": she
	}
	if w := p.word(s); t-s >= 2 && t-s <= 3 && (w == "his" || w == "her") && p.allIn(s+1, t, stTimeWords) {
		// "after her March comment that, “…”": the one "her" refers to
		g := stMale
		if w == "her" {
			g = stFemale
		}
		if id := e.recentPerson(g, -1); id >= 0 {
			return e.ents[id].name, id
		}
		return "", -1
	}
	if t-s == 3 && stQuantSubjects[p.word(s)] && p.word(s+1) == "of" && p.word(s+2) == "them" {
		// "The group was diverse …. Most of them said …": of the group
		// just named.
		if id := e.recent(true, stEntGroup); id >= 0 && e.ents[id].subjSent >= e.sentNo-3 {
			return e.refer(id)
		}
		if e.plural != "" && e.sentNo-e.pluralAt <= 3 {
			return e.plural, e.addEntity(e.plural, stEntGroup, "", true)
		}
		return "", -1
	}
	if p.has(s, stBitTitle) && p.toks[s].cap && p.word(s+1) == "of" {
		// "Secretary of State John F. Kerry", "Minister of Health Ann
		// Lee": the office's department, then the person.
		for j := s + 3; j < t-1 && j <= s+5; j++ {
			if !p.isNameWord(j) {
				break
			}
			if p.givenAt(j) && p.allNames(j, t) {
				s = j
				break
			}
		}
	}
	if p.epithet(s, t) || s > 0 && p.word(s-1) == "the" && p.epithet(s-1, t) {
		// "the New York Democrat said", "the self-described democratic
		// socialist said": the person the story just named in full.
		// (And "the Wisconsin Republican, who had pledged …", its
		// article left outside.)
		key := strings.ToLower(p.span(s, t))
		key = strings.TrimPrefix(key, "the ")
		if id, ok := e.epithets[key]; ok && id < len(e.ents) {
			return e.refer(id) // "The Wisconsin Republican did give Trump some credit": the one it stood for before
		}
		if id := e.recentNamedAny(); id >= 0 && e.ents[id].kind == stEntPerson && e.ents[id].subjSent >= e.sentNo-3 && strings.Contains(e.canonical(e.ents[id].name), " ") {
			if e.epithets == nil {
				e.epithets = map[string]int{}
			}
			e.epithets[key] = id
			return e.refer(id)
		}
	}
	if t-s == 1 && e.wantSex == 0 && p.isNameWord(s) {
		// "Clinton issued a statement saying she …": the pronouns after a
		// bare surname tell which bearer it is.
		e.wantSex = p.genderAfter(t, min(len(p.toks), t+40))
		defer func() { e.wantSex = 0 }()
	}
	if p.nameList(s, t) || p.rolesAndNames(s, t) {
		// "Jeff Marsh (D-Ore.), Sam Brown and Rob Mendez": all of them.
		name := p.span(s, t)
		return name, e.addEntity(name, stEntGroup, "", true)
	}
	if k := p.anonymityClause(s, t); k > s {
		t = k // "A spokesperson who did not wish to be named": the spokesperson
	}
	if w := p.word(s); w == "a" || w == "an" {
		// "A woman who has accused former President Bill Clinton of rape
		// said": someone new, described by the clause; not the person
		// the clause names.
		for k := s + 2; k < t-2 && k < s+5; k++ {
			if p.toks[k-1].kind != stWord || p.toks[k-1].cap {
				break
			}
			if h := p.word(k - 1); p.word(k) == "who" && (stAnonHeads[h] || stBackHeads[h] || stHasSpeakerSuffix(h)) && p.hasNameWord(k+1, t) {
				name := p.span(s, t)
				return name, e.addEntity(name, stEntPerson, h, true)
			}
		}
	}
	for k := s + 1; k+2 < t; k++ {
		if p.word(k) == "and" && stPossessives[p.word(k+1)] && stKinWords[p.word(k+2)] {
			// "Gina Ivy and her husband, Hank Ivy": the two of them.
			name := p.span(s, t)
			return name, e.addEntity(name, stEntGroup, "", true)
		}
	}
	if c := p.lastComma(s, t); c > s && p.has(s, stBitDeterminer) && !p.toks[c+1].cap {
		// "Another diplomat, former special envoy to Ukraine Kurt
		// Volker": a description, then a role and the person's name.
		if ns := p.pastRoleWords(c+1, t); ns > c+1 && t-ns >= 2 && t-ns <= 4 && p.allNames(ns, t) && !stHasOrgWord(p, ns, t) {
			if name, kind := p.nameOf(ns, t); name != "" && kind == stEntPerson {
				return name, e.addEntity(name, stEntPerson, "", true)
			}
		}
	}
	if c := p.lastComma(s, t); c > s && t-(c+1) >= 2 && t-(c+1) <= 4 && p.allNames(c+1, t) && !stHasOrgWord(p, c+1, t) && (p.has(s, stBitDeterminer) || p.has(s, stBitTitle) && p.toks[s].cap && (p.has(s+1, stBitPrep) || p.word(s+1) == "for")) {
		// (and "Minister for Life Sciences, George Freeman": an office,
		// then its holder)
		// "the head of the rescue agency, Bambang Soelistyo": a
		// description, then the person in apposition — the person speaks.
		if name, kind := p.nameOf(c+1, t); name != "" && kind != stEntDoc {
			return name, e.addEntity(name, stEntPerson, "", true)
		}
	}
	if w := p.word(s + 1); t-s >= 3 && (p.word(s) == "those" || p.word(s) == "people") && (w == "around" || w == "near" || w == "close" || w == "closest") {
		// "Those around Trump say …": his circle, not Trump.
		name := p.span(s, t)
		return name, e.addEntity(name, stEntGroup, "", true)
	}
	if t-s == 2 && p.has(s+1, stBitBackHead) {
		// "His office said": the office of the person referred to.
		id := -1
		switch p.word(s) {
		case "his", "her":
			g := stMale
			if p.word(s) == "her" {
				g = stFemale
			}
			if id = e.namedBefore(p, s, g); id < 0 {
				id = e.mentionedPerson(g)
				if id < 0 || e.sexOf(id) == 0 {
					if n := e.namedInPara(p, s, g); n >= 0 {
						id = n // "“… Hillary Clinton never took action …,” her campaign said"
					}
				}
			}
		case "their":
			id = e.recent(true, stEntGroup, stEntOrg)
		}
		if id >= 0 {
			name := e.canonical(e.ents[id].name) + "'s " + p.word(s+1)
			kind := stEntOrg // "his office"
			if stAnonHeads[p.word(s+1)] || stHasSpeakerSuffix(p.word(s+1)) {
				kind = stEntPerson // "her spokesman", "his lawyer"
			}
			return name, e.addEntity(name, kind, p.word(s+1), true)
		}
	}
	if t-s == 1 {
		if w := p.word(s); strings.HasPrefix(w, "we'") || strings.HasPrefix(w, "i'") || strings.HasPrefix(w, "you'") {
			return "", -1 // "We've spent days with it and can say …": the writer
		}
		switch stPronounStem(p.word(s)) {
		case "he", "she":
			g := stMale
			if stPronounStem(p.word(s)) == "she" {
				g = stFemale
			}
			id := e.frontedPerson(p, s, g)
			if id < 0 {
				id = e.possessiveFronted(p, s, g)
			}
			if id < 0 {
				id = e.cataphor(p, s, g)
			}
			if id < 0 && p.whoBefore(e.sentA, s) {
				// "… stood Jo Alvarez, 18, who in May made news when he
				// announced …": the person the relative clause is about.
				id = e.namedBeforeRelaxed(p, s, g, true)
			}
			if id < 0 && !e.personSubjectNow() {
				// "a grand jury chose not to indict in the case of Eric
				// Garner, a man choked to death as he pleaded …": with no
				// person as the sentence's subject, the one it names.
				id = e.namedBefore(p, s, g)
			}
			if id < 0 {
				id = e.recentPerson(g, -1)
				if n := e.newcomer(p, s, g, id); n >= 0 {
					id = n
				}
				if id >= 0 && e.ents[id].subjSent == e.sentNo && s > e.sentA+2 && p.punct(s-1) == "," && !p.isQuote(s-2) && !p.isQuote(e.sentA) && p.closesSentence(s+1) {
					// "Faith has kept him away from drink, he said": the
					// subject of the words reported is not the one who
					// reports them.
					if alt := e.recentPerson(g, id); alt >= 0 && (e.ents[alt].subjSent >= e.sentNo-4 || !p.honorificName(e.sentA, s)) {
						id = alt // (but "Ms. Nwanguma was shocked, she said" long after anyone else spoke is her own account)
					}
				}
			}
			if id < 0 {
				return "", -1
			}
			if e.ents[id].gender == 0 {
				e.ents[id].gender = g
			}
			return e.ents[id].name, id
		case "they":
			if id := e.sentencePlural(p, s); id >= 0 {
				return e.ents[id].name, id
			} else if id == -2 {
				return "", -1
			}
			id := e.recent(true, stEntGroup, stEntOrg)
			if id >= 0 && stCountries[strings.ToLower(e.ents[id].name)] {
				id = -1 // a country is "it", not "they"
			}
			if id < 0 && e.plural != "" && e.sentNo-e.pluralAt <= 1 {
				// "… left some of the state's energy experts bewildered.
				// They said …": the group just named, though not as a
				// subject.
				return e.plural, e.addEntity(e.plural, stEntGroup, "", true)
			}
			if id < 0 {
				return "", -1
			}
			return e.ents[id].name, id
		case "it":
			if e.docSubj != "" && e.sentNo-e.docSubjSent == 1 {
				// "The message included photos. “…,” it said.": the
				// document the sentence before was about.
				return e.docSubj, e.addEntity(e.docSubj, stEntDoc, stLastWord(strings.ToLower(e.docSubj)), true)
			}
			id := e.recentOrgLike(true, false, stEntOrg, stEntDoc)
			if id < 0 {
				return "", -1
			}
			return e.ents[id].name, id
		case "i", "we", "you":
			return "", -1
		}
	}
	if p.word(s) == "the" && t-s == 2 && p.toks[s+1].low == "pm" {
		// "The PM said": the prime minister the story named.
		if id := e.byTitle("minister"); id >= 0 {
			return e.refer(id)
		}
	}
	if w := p.toks[t-1].low; p.word(s) == "the" && (t-s == 2 || t-s == 3 && stAgeWord(p.word(s+1))) && stDemonyms[w] {
		// "the Dutchman told Sky Sports", "the 54-year-old Portuguese":
		// the named person the story follows.
		if id := e.recentNamedAny(); id >= 0 && e.ents[id].subjSent >= e.sentNo-3 {
			return e.refer(id)
		}
	}
	if p.word(s) == "the" && t-s == 2 && p.word(s+1) == "campaign" {
		// "A Biden campaign release declared … the campaign added": the
		// campaign a source named just before belongs to.
		for i := len(e.ents) - 1; i >= 0 && i >= len(e.ents)-8; i-- {
			en := &e.ents[i]
			if k := slices.Index(en.toks, "campaign"); k > 0 && k < len(en.toks)-1 && en.subjSent >= e.sentNo-3 {
				f := strings.Fields(en.name)
				if len(f) != len(en.toks) {
					break
				}
				if w := strings.ToLower(f[0]); w == "a" || w == "an" || w == "the" {
					f = f[1:]
					k--
				}
				name := strings.Join(f[:k+1], " ")
				return name, e.addEntity(name, stEntOrg, "", true)
			}
		}
		// "Ann Lee plans to … The campaign says": the campaign of the
		// person the sentence before was about.
		if id := e.recentNamedAny(); id >= 0 && e.ents[id].subjSent >= e.sentNo-1 && strings.Contains(e.canonical(e.ents[id].name), " ") {
			name := e.canonical(e.ents[id].name) + "'s campaign"
			return name, e.addEntity(name, stEntOrg, "campaign", true)
		}
	}
	if w := p.word(s + 1); p.word(s) == "the" && stPartyWords[w] && (t-s == 2 || t-s >= 3 && t-s <= 5 && stFormerHeads[p.word(t-1)]) {
		// "The Republican presidential nominee said", "The Republican
		// is …": the one the article named with that party.
		if id := e.byParty(stPartyOf[w], p.word(t-1)); id >= 0 {
			return e.refer(id)
		}
	}
	if p.word(s) == "the" && p.word(s+1) == "former" && t-s >= 3 && t-s <= 8 && stFormerHeads[p.word(t-1)] {
		// "The former first lady and senator said": the person the
		// story follows, named before.
		if id := e.byTitle(p.word(t - 1)); id >= 0 {
			return e.refer(id)
		}
		if id := e.recentNamedAny(); id >= 0 && e.ents[id].subjSent >= e.sentNo-3 {
			return e.refer(id)
		}
	}
	// Coordinated names ("Canadian Ole Brand and Irish Fiona Nagle",
	// "NBC News and Bloomberg") speak together.
	if g := p.coordinatedNames(s, t); g >= 0 {
		text := p.span(g, t)
		return text, e.addEntity(text, stEntGroup, "", true)
	}
	// "Doctors for Camp Closure", "Breaking the Silence", "Friends of
	// the Earth": an organisation named by a phrase.
	if n := p.phraseName(s, t); n != "" {
		return n, e.addEntity(n, stEntOrg, "", true)
	}
	// Trailing capitalised words, unless a preposition puts them in a
	// modifier ("the authors of the study in Nature").
	cs := t
	for cs > s && (p.isNameWord(cs-1) || p.punct(cs-1) == "(" || p.punct(cs-1) == ")" || p.has(cs-1, stBitNameParticle) && cs < t || (p.word(cs-1) == "to" || p.word(cs-1) == "for") && cs < t && p.isNameWord(cs) && cs-2 >= s && p.isNameWord(cs-2) && stOrgPhraseHeads[p.word(cs-2)]) {
		cs-- // (and "Alliance to Reclaim Our Schools", "Committee for Free Speech": an organisation's name)
	}

	hasPrep := false
	for k := s; k < t; k++ {
		if w := p.word(k); w == "of" || w == "at" || w == "from" || w == "for" || w == "with" || w == "in" || w == "by" || w == "on" || w == "atop" || w == "near" || w == "inside" || k > s+1 && !p.toks[k].cap && strings.HasSuffix(w, "ing") && len(w) > 5 && p.has(k+1, stBitDeterminer) || k > s && !p.toks[k].cap && stRelationParticiples[w] || w == "to" && k > s && (p.has(k-1, stBitTitle) || stAdviserWords[p.word(k-1)] || p.word(k-1) == "close" || p.word(k-1) == "loyal" || k > s+1 && !p.toks[k-1].cap && strings.HasSuffix(p.word(k-1), "ed")) || stClauseWords[w] && !p.isNameWord(k) {
			hasPrep = true
		}
	}
	text := p.span(s, t)
	head := ""
	if hasPrep {
		// "Patrol Chief Ann Lee with the city police": the person named
		// before the modifier.
		fp := s
		for fp < t && !p.has(fp, stBitPrep) && p.word(fp) != "for" {
			fp++
		}
		c2 := fp
		for c2 > s && p.isNameWord(c2-1) {
			c2--
		}
		if w := p.word(fp); fp-c2 >= 2 && fp < t && (w == "with" || w == "at" || w == "from" || w == "of" && (p.givenAt(c2) || c2 > s && p.lowerRole(c2-1))) && !stHasOrgWord(p, c2, fp) {
			if name, kind := p.nameOf(c2, fp); name != "" && kind == stEntPerson && strings.Contains(name, " ") {
				return name, e.addEntity(name, kind, "", true)
			}
		}
	}
	if hasPrep && cs > s+1 && t-cs >= 2 && p.lowerRole(cs-1) && !stHasOrgWord(p, cs, t) {
		// "NASA Goddard Institute for Space Studies climatologist Gavin
		// Schmidt": a role, then the person's name, after the modifier.
		if name, kind := p.nameOf(cs, t); name != "" && kind == stEntPerson && strings.Contains(name, " ") {
			return name, e.addEntity(name, kind, "", true)
		}
	}
	if hasPrep && t-cs >= 3 && t-cs <= 5 && cs-2 >= s && p.word(cs-1) == "to" && stPostedTitles[p.word(cs-2)] && !p.has(cs, stBitTitle) && !stHasOrgWord(p, cs, t) {
		// "Slovak Ambassador to Hungary Jan Novak": a post held in a
		// place, then the person's name.
		g := -1
		for m := t - 3; m <= t-2; m++ {
			if m > cs && p.givenAt(m) {
				g = m
				break
			}
		}
		if g < 0 && t-cs == 3 && !p.givenAt(cs) {
			g = cs + 1 // (a given name the lists lack)
		}
		if g > cs {
			if name, kind := p.nameOf(g, t); name != "" && kind == stEntPerson {
				return name, e.addEntity(name, kind, "", true)
			}
		}
	}
	if hasPrep && t-s >= 5 && p.has(s, stBitTitle) && p.has(s+1, stBitPrep) {
		// "Minister in the Ministry of Finance Brian Manning": a title
		// naming an institution, then a person's full name. ("Secretary
		// of State Mike Pompeo" is a title alone and stays whole.)
		for g := t - 3; g <= t-2; g++ {
			if g > s+2 && p.givenAt(g) && p.isNameWord(g-1) && !p.givenAt(g-1) && p.allNames(g, t) && !stHasOrgWord(p, g, t) && stHasOrgWord(p, s, g) {
				if name, kind := p.nameOf(g, t); name != "" && kind == stEntPerson {
					return name, e.addEntity(name, kind, "", true)
				}
			}
		}
	}
	if t-cs == 1 && cs == s && p.common(cs) {
		cs = t // "Officials said", "Police said": a common noun, not a name
	}
	if cs > s && cs < t && p.has(t-1, stBitTitle) {
		titles := true
		for k := cs; k < t; k++ {
			if w := p.word(k); !stTitleWords[w] && !stIsAcronym(p, k) && w != "vice" {
				titles = false
			}
		}
		if titles {
			cs = t // "the US President": a title, which refers back, not a name
		}
	}
	if !hasPrep && cs < t && !strings.HasSuffix(p.word(t-1), "'s") && !strings.HasSuffix(p.word(t-1), "\u2019s") {
		name, kind := p.nameOf(cs, t)
		if name != "" {
			if kind == stEntPerson && !strings.Contains(name, " ") {
				// "Mr. Alvarez" after "Maria Alvarez": her husband, not
				// her.
				if g := stHonorificSex(p.word(s)); g != 0 {
					if id := e.findEntity(stEntPerson, []string{strings.ToLower(name)}); id >= 0 && e.sexOf(id) != 0 && e.sexOf(id) != g {
						full := p.span(s, t)
						id = e.addEntity(full, kind, "honorific", true)
						e.ents[id].gender = g
						return full, id
					}
				}
			}
			if cs > s && kind == stEntPerson {
				// A role before the name ("talent manager Scooter Braun").
				return name, e.addEntity(name, kind, "", true)
			}
			if cs == s || p.has(s, stBitDeterminer) && cs == s+1 {
				return name, e.addEntity(name, kind, "", true)
			}
			return text, e.addEntity(text, kind, "", true)
		}
	}
	// A description: its head is the last word before a preposition or
	// relative clause.
	hk := p.headOf(s, t)
	head = stStripPossessive(p.word(hk))
	kind := stEntUnknown
	switch {
	case stDocHeads[head] || stMediumWords[head]:
		kind = stEntDoc
	case stOrgWords[head]:
		kind = stEntOrg
	case head == "prosecution" || head == "defence" || head == "defense":
		kind = stEntGroup // a side in court, never "he"
	case stGroupWords[head] || stIrregularPlurals[head] || stQuantSubjects[head] || strings.HasSuffix(head, "s") && !strings.HasSuffix(head, "ss") && !p.toks[hk].cap:
		kind = stEntGroup // (and "many in the space community")
	case !p.toks[hk].cap:
		kind = stEntPerson
	}
	// A short definite description refers back.
	det := p.word(s)
	plain := true
	for k := s + 1; k < t; k++ {
		if p.isNameWord(k) && !strings.HasSuffix(p.word(k), "-based") || k < t-1 && (strings.HasSuffix(p.word(k), "'s") || strings.HasSuffix(p.word(k), "s'")) {
			plain = false // ("the governor's office" is the governor's, not the office named last)
		}
	}
	if det == "the" && t-s == 3 && !plain && stBackHeads[head] && !stDocHeads[head] && p.isNameWord(s+1) {
		// "the Israeli official" after "a senior Israeli official": a
		// capitalised modifier the earlier description also had.
		mod := stStripPossessive(p.toks[s+1].low)
		if id := e.byHeadWith(head, mod); id >= 0 {
			e.touch(id, true, true)
			return e.ents[id].name, id
		}
		// "the Acme founder" after "Acme co-founder Bo Park".
		if id := e.byTitle(mod + " " + head); id >= 0 {
			e.touch(id, true, true)
			return e.ents[id].name, id
		}
		// "the Conservative leader" after "Opposition leader Kemi
		// Badenoch": the one the article gave the title, whatever the
		// modifier (unless a party or country names another: that one
		// was tried first).
		if stTitleWords[head] && !stDocHeads[head] {
			if id := e.byTitle(head); id >= 0 {
				e.touch(id, true, true)
				return e.ents[id].name, id
			}
		}
	}
	if w := p.word(s + 1); det == "the" && t-s == 3 && hk == t-1 && !p.toks[s+1].cap && stStripPossessive(w) != w && ((head == "spokesman" || head == "spokeswoman" || head == "spokesperson") && (stHeldOffices[stStripPossessive(w)] || stTitleWords[stStripPossessive(w)]) || stTitleWords[head] && (stOrgWords[stStripPossessive(w)] || stOrgBackHeads[stStripPossessive(w)])) {
		// "The congressman’s spokesman" after "Gowdy spokesman Jamal
		// Ware", "the bureau's director" after "FBI Director James
		// Comey": the one the article gave that post.
		if id := e.byTitle(head); id >= 0 {
			e.touch(id, true, true)
			return e.ents[id].name, id
		}
	}
	if det == "the" && t-s == 3 && hk == t-1 && p.toks[s+1].cap && stDemonyms[p.word(s+1)] && (head == "leader" || head == "premier") {
		// "the Russian leader" after "President Vladimir Putin": the
		// head of a government, the subject of a sentence just before.
		if id := e.recent(true, stEntPerson); id >= 0 && e.ents[id].subjSent >= e.sentNo-3 && e.leadsGovernment(id) {
			e.touch(id, true, true)
			return e.ents[id].name, id
		}
	}
	if det == "the" && t-s == 2 && stRoyalTitles[head] {
		// "the duchess" after "Meghan, Duchess of Sussex".
		if id := e.byTitle(head); id >= 0 {
			e.touch(id, true, true)
			return e.ents[id].name, id
		}
	}
	if det == "the" && t-s == 2 && !stDocHeads[head] && head != "company" && head != "firm" && head != "group" {
		// "the airport" after "Stansted Airport": the organisation whose
		// name ends in the same noun. ("the company" is whichever company
		// was named last, not the one called "… Company".)
		if id := e.orgNamedBy(head); id >= 0 {
			e.touch(id, true, true)
			return e.ents[id].name, id
		}
	}
	if det == "the" && t-s <= 4 && plain && !stBackHeads[head] && !stDocHeads[head] && stHasSpeakerSuffix(head) {
		// "the tax adviser" after "tax adviser Nell Orrin": a role the
		// article gave a named person.
		if id := e.byTitle(head); id >= 0 {
			e.touch(id, true, true)
			return e.ents[id].name, id
		}
	}
	if det == "the" && t-s >= 3 && t-s <= 6 && hk == t-1 && !p.toks[hk].cap && (stFocusHeads[head] || stHasSpeakerSuffix(head)) && !stAnonHeads[head] {
		// "the American Horror Story actress", "the Grammy-winning
		// singer": a capitalised modifier naming a work or prize, and
		// the named person in focus with that trade.
		caps := true
		for k := s + 1; k < hk; k++ {
			if !p.toks[k].cap || p.toks[k].kind != stWord {
				caps = false
			}
		}
		if caps && (t-s >= 4 || stFocusHeads[head] && !stDemonyms[p.toks[s+1].low]) {
			// (and "the Mercedes driver", "the Chelsea striker": a team
			// or a label, and the trade the story follows)
			if id := e.recentNamed(head); id >= 0 && (t-s >= 4 || strings.Contains(e.canonical(e.ents[id].name), " ")) {
				e.touch(id, true, true)
				return e.ents[id].name, id
			}
		}
	}
	if w := p.word(s + 2); det == "the" && t-s == 5 && stAgeWord(p.word(s+1)) && p.word(s+3) == "of" && (w == "mother" || w == "father" || w == "grandmother" || w == "grandfather") {
		// "the 34-year-old mother of three": the parent the sentence or
		// the one before named.
		g := stMale
		if w == "mother" || w == "grandmother" {
			g = stFemale
		}
		if id := e.recentNamedAny(); id >= 0 && e.ents[id].subjSent >= e.sentNo-1 && e.sexAllows(id, g) {
			return e.refer(id)
		}
	}
	if det == "the" && t-s >= 3 && t-s <= 4 && hk > s+1 && plain && !hasPrep && stAgeWord(p.word(s+1)) {
		// "the 31-year-old filmmaker": a person already named, described
		// by age and trade. (A bare "the 56-year-old" may be anyone the
		// story has named; it stays as written.)
		if id := e.byTitle(head); id >= 0 {
			return e.refer(id)
		}
		if id := e.recentNamed(head); id >= 0 {
			return e.refer(id)
		}
	}
	if det == "the" && t-s == 4 && plain && p.word(s+2) == "and" && p.lowerRole(s+1) && p.lowerRole(s+3) {
		// "the singer and guitarist": one person with two roles, the
		// one the article gave either title, or the named one in focus.
		for _, r := range []string{p.word(s + 3), p.word(s + 1)} {
			if id := e.byTitle(r); id >= 0 {
				e.touch(id, true, true)
				return e.ents[id].name, id
			}
		}
		if id := e.recentNamed(p.word(s + 3)); id >= 0 {
			e.touch(id, true, true)
			return e.ents[id].name, id
		}
	}
	if (det == "the" || det == "these" || det == "those") && t-s <= 3 && plain && stGroupWords[head] && strings.HasSuffix(head, "s") {
		// "the officials said" after "Con Edison officials say": the
		// group named with that head, never one person of it.
		if id := e.byHead(head); id >= 0 {
			return e.refer(id)
		}
		if id := e.groupHeaded(head); id >= 0 {
			return e.refer(id)
		}
		return text, e.addEntity(text, stEntGroup, head, true)
	}
	if (det == "the" || det == "this" || det == "that") && (t-s <= 3 || t-s == 4 && stBusinessHeads[head]) && plain && (stBackHeads[head] || stFocusHeads[head]) && !stDocHeads[head] && p.word(s+1) != "other" {
		// (but "the other candidate" is not the one just named)
		if id := e.byHead(head); id >= 0 {
			if stOrgBackHeads[head] && head != "government" && head != "administration" {
				// An organisation named since is the one meant.
				if r := e.recentOrgLike(false, stBusinessHeads[head], stEntOrg); r >= 0 && e.ents[r].lastAny > e.ents[id].lastAny && e.fitsHead(r, head) {
					id = r
				}
			}
			e.touch(id, true, true)
			return e.ents[id].name, id
		}
		if stOrgBackHeads[head] && !(t-s == 3 && stInstitutionMods[p.word(s+1)]) && head != "government" && head != "administration" {
			// ("the government" is a government, not the last company
			// or council named: it stays a description.)
			// ("the news agency", but not "the government team": an
			// institution as modifier names another group.)
			id := e.recentOrgLike(false, stBusinessHeads[head], stEntOrg)
			if id >= 0 && !e.fitsHead(id, head) {
				id = e.recentFitting(head)
			}
			if id >= 0 {
				e.touch(id, true, true)
				return e.ents[id].name, id
			}
		} else if id := e.byTitle(head); id >= 0 {
			if r := e.recentNamed(head); stFocusHeads[head] && r >= 0 && r != id && e.ents[r].subjSent >= e.sentNo-1 && e.ents[id].subjSent < e.sentNo-1 {
				// "the coach" right after Parcells spoke, though the
				// article titled Garrett "coach" long before.
				id = r
			}
			if r := e.recentNamedAny(); r >= 0 && r != id && stHeldOffices[head] && e.ents[r].subjSent == e.sentNo && e.ents[id].subjSent < e.sentNo-2 && !e.titledOtherwise(r, head) {
				// "Cruz defends his record in an ad: “…,” the senator
				// says", though the article titled McCain "Sen." three
				// paragraphs up: the subject of this very sentence.
				id = r
			}
			e.touch(id, true, true)
			return e.ents[id].name, id
		} else if stFocusHeads[head] {
			// "the actor", "the coach": the named person last in focus.
			if id := e.recentNamed(head); id >= 0 {
				e.touch(id, true, true)
				return e.ents[id].name, id
			}
		}
	}
	if det == "the" && t-s == 2 && (head == "man" || head == "woman") && e.byHead(head) < 0 {
		// "Another Muslim who worshiped here said … “…,” the man said":
		// the one the description just introduced.
		g := stMale
		if head == "woman" {
			g = stFemale
		}
		for i := len(e.ents) - 1; i >= 0 && i >= len(e.ents)-8; i-- {
			en := &e.ents[i]
			if en.kind != stEntPerson && en.kind != stEntUnknown || en.head == "" || !en.spoke || en.subjSent < e.sentNo-1 || !e.sexAllows(i, g) {
				continue
			}
			if f, _, _ := strings.Cut(strings.ToLower(en.name), " "); f == "a" || f == "an" || f == "another" || f == "one" {
				return e.refer(i)
			}
			break
		}
	}
	if det == "the" && t-s == 2 && stPairHeads[head] && e.pair != "" {
		// "the couple", "the pair": the two people named together most
		// often (see notePair).
		return e.pair, e.addEntity(e.pair, stEntGroup, "", true)
	}
	if det == "the" && p.word(s+1) == "former" && hk == s+2 && t-hk <= 5 && p.word(hk+1) == "of" && stTitleWords[head] && p.allNames(hk+2, t) {
		// "the former CEO of Hewlett-Packard added" right after Carly
		// Fiorina spoke: an office she held, not a new source.
		if id := e.recentNamedAny(); id >= 0 && e.ents[id].subjSent >= e.sentNo-1 && e.ents[id].kind == stEntPerson && strings.Contains(e.canonical(e.ents[id].name), " ") {
			return e.refer(id)
		}
	}
	if id := e.officeHolder(p, s, t, hk, head); id >= 0 {
		return e.refer(id)
	}
	if det == "the" && t-s == 3 && p.word(s+1) == "former" && stTitleWords[head] && !p.toks[hk].cap {
		// "the former mayor" when no one was given the title: the named
		// person the last sentences were about (the story may never
		// spell out an office its readers know).
		if id := e.recentNamedAny(); id >= 0 && e.ents[id].subjSent >= e.sentNo-2 {
			return e.refer(id)
		}
	}
	return text, e.addEntity(text, kind, head, true)
}

// titleCaseOrg returns where the name starts when [s, t) is, past a
// leading "the", capitalised words joined by "of", "and", "for", "the" or
// "&" with at least one "of" or "for" ("Alliance of Motion Picture and
// Television Producers"); -1 otherwise.
func (p *stPara) titleCaseOrg(s, t int) int {
	n := s
	if p.word(n) == "the" {
		n++
	}
	if t-n < 3 || t-n > 10 || !p.isNameWord(n) || !p.isNameWord(t-1) {
		return -1
	}
	joined := false
	for k := n; k < t; k++ {
		switch w := p.word(k); {
		case w == "of" || w == "for":
			joined = true
		case w == "and" || w == "the" || p.punct(k) == "&":
		case p.toks[k].kind != stWord || !p.toks[k].cap || strings.HasSuffix(w, "'s"):
			return -1
		}
	}
	if !joined || p.has(n, stBitTitle) || p.givenAt(n) {
		return -1 // ("Secretary of State Ann Lee", "Ann Lee of Acme": people)
	}
	return n
}

// stPartyWords are the American parties' words before a politician's
// name; stPartyOf maps each to its party.
var stPartyWords = stWordSet("republican democratic democrat gop libertarian")

var stPartyOf = map[string]string{"republican": "republican", "gop": "republican", "democratic": "democratic", "democrat": "democratic", "libertarian": "libertarian"}

// stOrgPhraseHeads open organisations' names that go on with "to" or
// "for".
var stOrgPhraseHeads = stWordSet("alliance committee campaign coalition center centre council foundation institute fund society association union league network partnership project movement americans citizens physicians doctors lawyers parents friends")

// stFormerHeads are the offices that "the former …" refers back with.
var stFormerHeads = stWordSet("senator president lady governor mayor secretary minister congressman congresswoman representative ambassador chairman chairwoman director chief premier chancellor leader judge general admiral candidate nominee official aide adviser advisor diplomat envoy commissioner attorney prosecutor")

// recentNamedAny finds the person known by name who was last a subject.
func (e *stEngine) recentNamedAny() int {
	best, bestT := -1, 0
	lo := max(len(e.ents)-64, 0)
	for i := len(e.ents) - 1; i >= lo; i-- {
		if en := &e.ents[i]; en.kind == stEntPerson && en.head == "" && len(en.toks) > 0 && !en.kin && en.lastSubj > bestT {
			best, bestT = i, en.lastSubj
		}
	}
	return best
}

// stHeldOffices are offices a story uses to refer back to the person it
// follows without having given them the title: "The minority leader
// said", "the presumptive Republican presidential nominee wrote".
var stHeldOffices = stWordSet("senator president governor mayor secretary minister congressman congresswoman chairman chairwoman leader candidate nominee front-runner frontrunner hopeful speaker")

// officeHolder returns the person a description of an office [s, t)
// with head hk refers back to, or -1: the named person who was a subject
// of this sentence or the one before, when no one was given the office
// and no description with that head was met, and the party named (if
// any) is not another the person was given. The description must open
// the sentence or its clause.
func (e *stEngine) officeHolder(p *stPara, s, t, hk int, head string) int {
	if p.word(s) != "the" || t-s < 2 || t-s > 7 || hk <= s || !stHeldOffices[head] || p.toks[hk].cap && !stIsAcronym(p, hk) {
		return -1
	}
	if s != e.sentA && p.punct(s-1) != "," && !p.isQuote(s-1) {
		return -1 // an object ("quoted the mayor as saying") may bring in someone new
	}
	if hk < t-1 && !(p.word(hk+1) == "of" && t-(hk+2) >= 1 && t-(hk+2) <= 2 && p.allWords(hk+2, t)) {
		return -1 // ("the former secretary of state")
	}
	party, state := "", false
	for k := s + 1; k < hk; k++ {
		w := p.word(k)
		if p.toks[k].cap && stStates[w] && !state {
			state = true // "the Florida senator"
			continue
		}
		if w == "" || p.toks[k].cap && stPartyOf[w] == "" || w == "other" || w == "rival" || w == "opposing" {
			return -1 // ("the other candidate" is not the one just named)
		}
		if stPartyOf[w] != "" {
			party = stPartyOf[w]
		}
	}
	if !state && (e.byTitle(head) >= 0 || e.byHead(head) >= 0) {
		return -1 // someone holds it, or a description introduced it
	}
	id := e.recentNamedAny()
	if id < 0 || e.ents[id].subjSent < e.sentNo-2 || !strings.Contains(e.canonical(e.ents[id].name), " ") {
		return -1
	}
	if state && e.titledOtherwise(id, head) {
		return -1 // (a state's senator other than the governor just named)
	}
	if (head == "congresswoman" || head == "chairwoman") && !e.sexAllows(id, stFemale) || (head == "congressman" || head == "chairman") && !e.sexAllows(id, stMale) {
		return -1
	}
	if party != "" {
		en := &e.ents[id]
		for q, other := range stPartyOf {
			if other != party && e.titles[en.toks[len(en.toks)-1]][q] {
				return -1 // "the Democratic nominee" is not the Republican just named
			}
		}
	}
	return id
}

// titledOtherwise reports whether person id was given a title, none of
// them head.
func (e *stEngine) titledOtherwise(id int, head string) bool {
	toks := e.ents[id].toks
	if len(toks) == 0 {
		return false
	}
	ts := e.titles[toks[len(toks)-1]]
	if ts[head] {
		return false
	}
	for t := range ts {
		if stTitleWords[t] {
			return true
		}
	}
	return false
}

// phraseName returns [s, t) when it is an organisation's name made of a
// phrase: capitalised words around lower-case function words, opening
// with a plural or a gerund ("Reporters Without Borders" is written so
// too); "" otherwise.
func (p *stPara) phraseName(s, t int) string {
	if t-s < 3 || t-s > 6 || !p.isNameWord(s) || !p.isNameWord(t-1) || p.has(s, stBitCommonCap) || p.has(s, stBitNonNameCap) {
		return ""
	}
	if w := p.word(s); !(strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "'s")) && !strings.HasSuffix(w, "ing") {
		return ""
	}
	fn := false
	for k := s + 1; k < t-1; k++ {
		switch w := p.word(k); {
		case p.isNameWord(k):
		case w == "for" || w == "of" || w == "the" || w == "without" || w == "against" || w == "and":
			fn = true
		default:
			return ""
		}
	}
	if !fn {
		return ""
	}
	return p.span(s, t)
}

// orgNamedBy finds the most recent organisation whose name of two words
// or more ends in head.
func (e *stEngine) orgNamedBy(head string) int {
	for i := len(e.ents) - 1; i >= max(len(e.ents)-64, 0); i-- {
		en := &e.ents[i]
		if en.kind != stEntGroup && en.head == "" && len(en.toks) >= 2 && en.toks[len(en.toks)-1] == head && (en.kind == stEntOrg || !stHasSpeakerSuffix(head) && !stBackHeads[head]) {
			return i
		}
	}
	return -1
}

// stIrregularPlurals name groups without a plural "s".
var stIrregularPlurals = stWordSet("men women people children police staff crew folks")

// stInstitutionMods before a group noun name a group of their own ("the
// government team", "the opposition campaign").
var stInstitutionMods = stWordSet("government opposition party police union military army navy campaign city state council parliament court defence defense prosecution central national federal")

var stHeadSynonyms = map[string]string{"source": "insider", "insider": "source", "sources": "insiders", "spokeswoman": "spokesperson", "spokesman": "spokesperson"}

// byHead finds the most recent source described with the same head noun.
func (e *stEngine) byHead(head string) int {
	best, bestT := -1, 0
	lo := len(e.ents) - 64
	if lo < 0 {
		lo = 0
	}
	syn := stHeadSynonyms[head]
	for i := len(e.ents) - 1; i >= lo; i-- {
		en := &e.ents[i]
		if en.head == "" || en.head != head && en.head != syn {
			continue
		}
		if en.lastSubj > bestT {
			best, bestT = i, en.lastSubj
		}
	}
	return best
}

// byHeadWith is byHead for an entity whose words include mod.
func (e *stEngine) byHeadWith(head, mod string) int {
	lo := max(len(e.ents)-64, 0)
	syn := stHeadSynonyms[head]
	best, bestT := -1, 0
	for i := len(e.ents) - 1; i >= lo; i-- {
		en := &e.ents[i]
		if en.head == "" || en.head != head && en.head != syn || !slices.Contains(en.toks, mod) {
			continue
		}
		if en.lastSubj > bestT {
			best, bestT = i, en.lastSubj
		}
	}
	return best
}

var stQuantifiers = stWordSet("some many most one two three four five several all none each few half dozens hundreds thousands both any majority either neither")

// headOf returns the index of the head noun of the noun phrase [s, t):
// the last word before a preposition or relative clause ("the authors of
// the study"), or the noun after "some of the".
func (p *stPara) headOf(s, t int) int {
	if stQuantifiers[p.word(s)] && p.word(s+1) == "of" && s+2 < t {
		s += 2
		for s < t-1 && p.has(s, stBitDeterminer) {
			s++
		}
	}
	hk := t - 1
	// "the firm's newly appointed managing director Ann Lee": participles
	// before a name of two words or more modify it.
	named := t-s >= 4 && p.isNameWord(t-1) && p.isNameWord(t-2)
	for k := s + 1; k < t; k++ {
		w := p.word(k)
		participle := !p.toks[k].cap && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) && (!named || p.has(k+1, stBitPrep)) &&
			(k > s+1 && !p.isNameWord(k-1) || k == s+1 && p.has(k+1, stBitPrep) && (p.common(s) || !p.toks[s].cap)) // (and "Officials briefed on the talks")
		if w == "of" && stShareNouns[p.word(k-1)] && k+1 < t {
			return p.headOf(k+1, t) // "a 52-percent majority of GOP insiders": the insiders
		}
		if stPrepWords[w] || w == "for" || stClauseWords[w] && !p.isNameWord(k) || w == "familiar" || w == "close" && p.word(k+1) == "to" || p.punct(k) == "," || participle {
			hk = k - 1
			break
		}
		if (w == "i" || w == "we") && k > s+1 && k+1 < t && p.toks[k-1].kind == stWord && !p.toks[k-1].cap && !p.has(k-1, stBitDeterminer) {
			hk = k - 1 // "a man I know", "one tenant we met": a relative clause after the head
			break
		}
	}
	return hk
}

// lastComma returns the last comma token in [s, t), or -1.
func (p *stPara) lastComma(s, t int) int {
	for k := t - 1; k >= s; k-- {
		if p.punct(k) == "," {
			return k
		}
	}
	return -1
}

// stShareNouns name a share of a group ("a majority of voters", "a third
// of the staff"); the group is what speaks.
var stShareNouns = stWordSet("majority minority plurality percent per-cent third thirds quarter half fraction handful share proportion")

var stSpeakerHeads = stWordSet("inmate inmates detainee detainees refugee refugees migrant migrants troops passenger passengers survivor survivors clerk clerks chef chefs cop cops suspect suspects defendant defendants plaintiff plaintiffs pilot pilots priest chef guard guards child children kids boy boys girl girls teen teens guest guests host hosts person people advocates advocate consumers customers businesses parents voters workers employees users farmers shoppers fans patients unions sides men women owners airline airlines carrier operator operators manufacturer maker makers retailer insurer lender utility regulator watchdog guard force forces city county district town village province region state country nation club side squad federation firm firms brand store chain hospital clinic school district prison jail zoo museum festival fire brigade rescue ministry court tribunal panel jury prosecutor investigators inquiry inquest hearing magistrates probe review watchdog charity foundation nonprofit ngo church diocese mosque temple band orchestra studio publisher platform app rep reps aide aides associate associates confidant confidants ally allies source sources insider insiders official officials spokesman spokeswoman spokesperson minister ministers president senator governor mayor leader leaders expert experts analyst analysts author authors group company statement report he she they it who chief head boss coach judge lawyer attorney doctor doctors nurse nurses witness witnesses resident residents family families mother father son daughter wife husband friend friends uncle uncles aunt aunts cousin cousins brother brothers sister sisters grandmother grandfather grandparents relative relatives sibling siblings niece nephew girlfriend boyfriend fiance fiancee colleague colleagues partner partners neighbour neighbor neighbours neighbors victim victims student students pupil teacher teachers staff crew team police agency ministry government administration council committee board union party office campaign network outlet newspaper paper magazine website blog channel broadcaster prosecutors prosecution defence defense military army navy regime embassy parliament court cabinet white house academic academics scholar scholars critic critics veteran veterans candidate candidates diplomat diplomats envoy envoys sheriff citizen citizens locals surgeon surgeons paramedic paramedics medic medics cleric clerics athlete athletes mom moms mum mums dad dads pupils body delegation feds others")

// stPolledWords after "those" name the people a poll asked.
var stPolledWords = stWordSet("surveyed polled interviewed questioned asked")

// speakerLike reports whether the noun phrase [s, t) can name a source:
// a name, a pronoun, or a description of a person, group, organisation or
// document.
func (p *stPara) speakerLike(s, t int) bool {
	if stQuantSubjects[p.word(s)] && s+2 < t && (p.word(s+1) == "in" || p.word(s+1) == "of" || p.word(s+1) == "at") {
		return p.speakerLike(s+2, t) // "many in the space community"
	}
	hk := p.headOf(s, t)
	if hk < s || hk >= t {
		return false
	}
	if p.isNameWord(hk) || p.isQuote(hk) {
		return true
	}
	h := stStripPossessive(p.word(hk))
	if h == "" {
		return p.punct(hk) == ")"
	}
	if (h == "number" || stShareNouns[h]) && p.word(hk+1) == "of" && hk+2 < t {
		return p.speakerLike(hk+2, t) // "A number of unhoused people told"
	}
	if i := strings.Index(h, "-of-"); i > 0 {
		h = h[:i] // "the mother-of-two", "a father-of-three"
	}
	for _, pre := range stPersonPrefixes {
		if len(h) > len(pre)+4 && strings.HasPrefix(h, pre) {
			h = strings.TrimPrefix(h[len(pre):], "-") // "superdelegates", "co-chairs"
			break
		}
	}
	if stSubjectPronouns[h] || stSpeakerHeads[h] || stRoyalTitles[h] || stBackHeads[h] || stFocusHeads[h] || stTitleWords[h] || stGroupWords[h] || stOrgWords[h] || stDocHeads[h] || stAgeWord(h) {
		return true
	}
	if w := p.word(hk - 1); h == "hands" && hk > s && (w == "old" || w == "political" || w == "campaign" || w == "party" || w == "veteran" || w == "longtime" || w == "farm") {
		return true // "old Iowa political hands say": veterans, not hands
	}
	if stPolledWords[h] && hk > s && (p.word(hk-1) == "those" || p.word(hk-1) == "people") {
		return true // "Sixty-six percent of those surveyed said": the people polled
	}
	if h == "ones" && (p.word(hk-1) == "loved" || p.word(hk-1) == "dear") {
		return true // "Loved ones say the victim is …": the family
	}
	if h == "few" && hk == s+1 && p.word(s) == "a" {
		return true // "A few said …": a few of the people just described
	}
	if n := len(h); n > 3 && h[n-1] == 's' {
		// A plural of a source noun: "groups", "agencies", "unions",
		// "delegates".
		if sg := h[:n-1]; stOrgWords[sg] || stSpeakerHeads[sg] || stBackHeads[sg] || stTitleWords[sg] || stDocHeads[sg] {
			return true
		}
		if strings.HasSuffix(h, "ies") && stOrgWords[h[:n-3]+"y"] {
			return true
		}
	}
	return stHasSpeakerSuffix(h) // (not "a use disorder", "the letter")
}

// anonymityClause returns where a relative clause asking for anonymity
// starts in the noun phrase [s, t) ("a spokesperson who did not wish to
// be named because of agency policy", "an official, who spoke on
// condition of anonymity"), or -1. The clause tells why no name is given;
// it is no part of who spoke.
func (p *stPara) anonymityClause(s, t int) int {
	for k := s + 1; k < t; k++ {
		if p.word(k) != "who" {
			continue
		}
		for m := k + 1; m < t; m++ {
			if p.word(m) == "who" {
				k = m - 1 // "a man who worshiped here and who did not want to be named": the next clause may ask it
				break
			}
			if w := p.word(m); (w == "named" || w == "identified") && (p.word(m-1) == "be" || p.word(m-1) == "being") || w == "anonymity" || w == "anonymous" || w == "anonymously" {
				// (but "a woman who identified herself as …" gives who she is)
				if p.punct(k-1) == "," || p.word(k-1) == "and" {
					return k - 1
				}
				return k
			}
		}
		if p.word(k+1) != "who" {
			return -1
		}
	}
	return -1
}

// stRelationParticiples tie a description to the person it serves or
// opposes: "a lawyer representing Ruiz", "delegates backing Ruiz" are not
// Ruiz.
var stRelationParticiples = stWordSet("representing backing supporting opposing advising defending challenging assisting accompanying")

// stPersonPrefixes make a new word for a person out of an old one:
// "superdelegate", "co-chair", "ex-minister".
var stPersonPrefixes = []string{"super", "co-", "ex-", "vice-", "sub-"}

// stFocusHeads describe a person by what they do for a living or are
// known for; "the singer" usually refers to the person the article is
// about, while "the official" or "the minister" may introduce someone new.
var stFocusHeads = stWordSet("teen actor actress singer rapper musician artist star player striker goalkeeper quarterback pitcher golfer driver rider boxer fighter champion veteran rookie entrepreneur founder billionaire businessman businesswoman candidate nominee teenager coach author writer novelist director filmmaker comedian model athlete swimmer runner skater cyclist tennis")

// recentNamed finds the most recent person known by name whose titles,
// if the article gave any, include head.
func (e *stEngine) recentNamed(head string) int {
	var g uint8
	if stFemaleWords[head] {
		g = stFemale
	} else if stMaleWords[head] {
		g = stMale
	}
	if g != 0 {
		// "the actress": a woman known to be one first.
		if id := e.recentNamedSex(head, g, true); id >= 0 {
			return id
		}
		return e.recentNamedSex(head, g, false)
	}
	return e.recentNamedSex(head, 0, false)
}

// recentNamedSex is recentNamed for persons whose sex is known to be g
// (known set) or may be g.
func (e *stEngine) recentNamedSex(head string, g uint8, known bool) int {
	best, bestT := -1, 0
	lo := len(e.ents) - 64
	if lo < 0 {
		lo = 0
	}
	for i := len(e.ents) - 1; i >= lo; i-- {
		en := &e.ents[i]
		if en.kind != stEntPerson || en.head != "" || len(en.toks) == 0 {
			continue
		}
		if ts := e.titles[en.toks[len(en.toks)-1]]; len(ts) > 0 && !stTitleFits(ts, head) && !stOnlyLabels(ts) {
			continue // known as something else: "striker Bo Kerr" is no coach
		}
		if g != 0 && (known && e.sexOf(i) != g || !e.sexAllows(i, g)) {
			continue
		}
		if en.lastSubj > bestT {
			best, bestT = i, en.lastSubj
		}
	}
	return best
}

// common reports whether the capitalised word i is a common noun that
// names a kind of source ("Officials", "Police") rather than a name.
func (p *stPara) common(i int) bool {
	w := p.word(i)
	return stGroupWords[w] || stSpeakerHeads[w] || stBackHeads[w] || stOrgWords[w] || stAudienceWords[w]
}

// byTitle finds the most recent named person the article introduced with
// the title head ("President Ann Lee" for "the president").
func (e *stEngine) byTitle(head string) int {
	best, bestT := -1, 0
	lo := len(e.ents) - 64
	if lo < 0 {
		lo = 0
	}
	for i := len(e.ents) - 1; i >= lo; i-- {
		en := &e.ents[i]
		if en.kind != stEntPerson || en.head != "" || len(en.toks) == 0 {
			continue
		}
		ts := e.titles[en.toks[len(en.toks)-1]]
		if !stTitleFits(ts, head) && !(head == "executive" && (ts["ceo"] || ts["chief"] || ts["cfo"] || ts["coo"])) {
			continue // ("the executive" after "CEO Ann Park")
		}
		if en.lastSubj > bestT {
			best, bestT = i, en.lastSubj
		}
	}
	return best
}

// byParty finds the person the article named with party and the title
// head ("Republican nominee Ann Lee" for "the Republican nominee"), or
// the only person it named with that party; -1 otherwise.
func (e *stEngine) byParty(party, head string) int {
	best, bestT, only, n := -1, 0, -1, 0
	seen := map[string]bool{}
	for i := len(e.ents) - 1; i >= max(len(e.ents)-64, 0); i-- {
		en := &e.ents[i]
		if en.kind != stEntPerson || en.head != "" || len(en.toks) == 0 {
			continue
		}
		last := en.toks[len(en.toks)-1]
		ts := e.titles[last]
		if !ts[party] {
			continue
		}
		if !seen[last] {
			seen[last] = true
			n++
			only = i
		}
		if stTitleFits(ts, head) && en.lastSubj > bestT {
			best, bestT = i, en.lastSubj
		}
	}
	if best < 0 && n == 1 {
		return only
	}
	return best
}

// stAdjTitles are title words that are also adjectives inside the names
// of organisations ("Ohio State Patrol", "Health Board").
var stAdjTitles = stWordSet("state foreign defense defence interior finance health trade economy special senior junior deputy acting former late vice chief head general")

// coordinatedNames reports where the names of [s, t) start when the
// phrase is two names joined by "and" with nothing but capitalised
// words around it ("both Ann Lee and Bo Park"); -1 otherwise.
func (p *stPara) coordinatedNames(s, t int) int {
	g := s
	for g < t && (p.has(g, stBitDeterminer) || p.word(g) == "both") {
		g++
	}
	and := -1
	for k := g; k < t; k++ {
		switch {
		case p.word(k) == "and" && k > g && p.isNameWord(k-1) && p.isNameWord(k+1) && and < 0:
			and = k
		case p.isNameWord(k) && !p.has(k, stBitCommonCap):
		default:
			return -1
		}
	}
	if and < 0 || t-g < 3 {
		return -1
	}
	return g
}

// nameList reports whether [s, t) is a list of names, three or
// more, with commas and "and", and party tags in brackets after them.
func (p *stPara) nameList(s, t int) bool {
	if t-s < 7 || !p.hasWord(s, t, "and") {
		return false
	}
	commas, depth := 0, 0
	for k := s; k < t; k++ {
		switch {
		case p.punct(k) == "(":
			depth++
		case p.punct(k) == ")":
			depth--
		case depth > 0:
		case p.punct(k) == ",":
			commas++
		case p.word(k) == "and" || p.isNameWord(k):
		default:
			return false
		}
	}
	return commas >= 1 && depth == 0
}

// rolesAndNames reports whether [s, t) joins two people, each named in
// full after a role ("Dover council leader Tom Hale and Bath council
// leader Ann Lee"): both speak.
func (p *stPara) rolesAndNames(s, t int) bool {
	if t-s < 7 || !p.isNameWord(t-1) || !p.isNameWord(t-2) {
		return false
	}
	for k := s + 2; k < t-3; k++ {
		if p.word(k) != "and" {
			continue
		}
		if !p.isNameWord(k-1) || !p.isNameWord(k-2) || p.isNameWord(k+1) && p.isNameWord(k+2) && !p.lowerRole(k+3) && p.allNames(k+1, t) {
			return false // ("Ann Lee and Bo Park": names only, found elsewhere)
		}
		return p.lowerRole(k-3) || p.lowerRole(k+2) || p.lowerRole(k+3)
	}
	return false
}

// sentencePlural returns the group that opens the sentence as its
// subject when "they" at s opens a clause joined to it: in "The unions
// made news when they said …" they are the unions. It returns -1 when
// the sentence is not built so, and -2 when the group is a finding.
func (e *stEngine) sentencePlural(p *stPara, s int) int {
	a := p.skipDateline(e.sentA, s)
	if w := p.word(s - 1); s-a < 4 || !(stSubordinators[w] && w != "if" && w != "unless" || w == "and" || w == "but") {
		return -1
	}
	v := -1
	for k := a + 1; k < s-1 && k < a+10; k++ {
		if p.toks[k].kind != stWord {
			return -1 // ("In June, …": an opening phrase, not a subject)
		}
		if p.verbish(k) || p.verbAt(k) && !p.has(k, stBitPrep) {
			v = k
			break
		}
	}
	if v < 0 {
		return -1
	}
	h := v - 1
	for k := a + 1; k < v; k++ {
		if p.has(k, stBitPrep) {
			h = k - 1 // "Chess clubs at Yale": the clubs
			break
		}
	}
	w := p.word(h)
	if h < a || len(w) < 4 || w[len(w)-1] != 's' || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "'s") || w == "news" || !p.validSubject(a, v) {
		return -1
	}
	if p.findingHead(a, h) {
		return -2 // "Howitt's findings were significant because they pointed to …": a finding, no one
	}
	return e.addEntity(p.span(a, v), stEntGroup, w, true)
}

// stQuantSubjects stand alone for part of a group named before ("Some
// said …", "Others complained …").
var stQuantSubjects = stWordSet("some many others several most")

// notePlural remembers the last plural description of people in
// sentence [a, b) that a verb follows ("dozens of stranded travellers
// slept", "nearly 150 Indians returned"), for a later "Some said".
func (e *stEngine) notePlural(p *stPara, a, b int) {
	// The last one counts: scan backwards and stop at the first found.
	for k := b - 1; k > a; k-- {
		h := p.toks[k-1].low
		if len(h) < 4 || h[len(h)-1] != 's' || h[len(h)-2] == 's' || p.toks[k-1].kind != stWord {
			continue // cheap test first: the noun before is a plural
		}
		t := p.toks[k]
		if t.kind != stWord || t.cap {
			continue
		}
		w := t.low
		if stPrepWords[w] || stDeterminers[w] || stClauseWords[w] || stIntroWords[w] || w == "and" || w == "or" || strings.HasSuffix(w, "s") && !stIsVerbAux(w) {
			continue // not a verb after the noun
		}
		if w := p.word(k - 2); !(stGroupWords[h] || stSpeakerHeads[h] || stHasSpeakerSuffix(h)) || p.toks[k-1].cap && (stHonorificSex(w) != 0 || w == "sen." || p.givenAt(k-2) || e.names[h] != "") {
			continue // (but "Mr. Sanders", "Bernie Sanders" are names, and "Waters tweeted" after "David Waters")
		}
		s := p.leftNP(a, k)
		if k-s > 6 {
			// "… left some of the state's energy experts bewildered": a
			// quantified group inside a longer clause.
			for j := k - 3; j >= a && j >= k-7; j-- {
				if stQuantSubjects[p.word(j)] && p.word(j+1) == "of" {
					s = j
					break
				}
			}
		}
		if s < k && k-s <= 7 && p.validSubject(s, k) && (!stQuantSubjects[p.word(s)] || p.word(s+1) == "of" && k-s >= 3) {
			e.plural, e.pluralAt = p.span(s, k), e.sentNo
			return
		}
	}
}

// stIsAcronym reports whether token i is a word in capitals of two
// letters or more.
func stIsAcronym(p *stPara, i int) bool {
	if i < 0 || i >= len(p.toks) || p.toks[i].kind != stWord || len(p.toks[i].low) < 2 {
		return false
	}
	t := p.text[p.toks[i].s:p.toks[i].e]
	return strings.ToUpper(t) == t && strings.ToLower(t) != t
}

// appositionRole returns the head of a role in apposition after the name
// ending at k (", the founder of Crumb,", ", a nurse at the clinic"), or
// "".
func (p *stPara) appositionRole(k, b int) string {
	if p.punct(k) != "," {
		return ""
	}
	m0 := k + 2
	if w := p.word(k + 1); stRoyalTitles[w] && p.toks[k+1].cap && (p.word(k+2) == "of" || p.punct(k+2) == ",") {
		return w // "Meghan, Duchess of Sussex,": "the duchess"
	}
	switch p.word(k + 1) {
	case "the", "a", "an":
	default:
		// "Ann Lee, Acme data scientist and co-author of the study,": a
		// firm's name, then the role.
		m0 = k + 1
		for m0 < b && m0 < k+4 && p.isNameWord(m0) && !strings.HasSuffix(p.toks[m0].low, "'s") {
			m0++
		}
		if m0 == k+1 || m0 >= b || p.toks[m0].kind != stWord || p.toks[m0].cap {
			return ""
		}
	}
	m := m0
	for m < b && m < m0+4 && p.toks[m].kind == stWord && !p.toks[m].cap && !p.has(m, stBitPrep) && !p.has(m, stBitClause) && p.word(m) != "and" {
		m++
	}
	if m == m0 {
		return ""
	}
	// Offices ("the president of the bank") are qualified by what
	// follows and may be another's title in the article; roles a person
	// is known by ("the founder", "the coach") and plain person nouns
	// are not.
	h := p.word(m - 1)
	if stFocusHeads[h] || !stTitleWords[h] && (stBackHeads[h] || stSpeakerHeads[h] || stHasSpeakerSuffix(h)) {
		return h
	}
	if stTitleWords[h] && (p.punct(m) == "," || p.punct(m) == ".") && m-(k+2) >= 2 {
		return h // "Ann Lee, the city's housing commissioner,": an office the apposition completes
	}
	return ""
}

// recentOrgLike is recent for organisations, also counting a source of
// an earlier statement named by one capitalised word that is no
// person's surname in the article ("WeWork said"): such names are nearly
// always companies, bodies or outlets, though nameOf cannot tell them
// from people. With noOutlet, a name that reported is skipped ("the
// company" is not the outlet).
func (e *stEngine) recentOrgLike(subj, noOutlet bool, kinds ...stEntKind) int {
	best, bestT := -1, 0
	lo := max(len(e.ents)-64, 0)
	for i := len(e.ents) - 1; i >= lo; i-- {
		if en := &e.ents[i]; !(noOutlet && en.outlet) && slices.Contains(kinds, en.kind) && en.last(subj) > bestT {
			best, bestT = i, en.last(subj) // ("the company" is not the outlet that reported)
		}
	}
	for i := len(e.ents) - 1; i >= lo; i-- {
		en := &e.ents[i]
		if !en.spoke || en.kind != stEntPerson && en.kind != stEntUnknown || en.head != "" || len(en.toks) != 1 || e.sexOf(i) != 0 || en.human || noOutlet && en.outlet {
			continue
		}
		if full, ok := e.names[en.toks[0]]; ok && strings.Contains(full, " ") {
			continue // a surname
		}
		if t := en.last(subj); t > bestT {
			best, bestT = i, t
		}
	}
	return best
}

// stBusinessHeads describe a business; stNonBusinessWords name bodies
// that are none: "the company" is not the Fishing Vessel Owners
// Association named last.
var (
	stBusinessHeads    = stWordSet("company firm startup start-up manufacturer maker developer publisher chain brand utility carrier airline insurer lender retailer automaker bank label studio planemaker carmaker chipmaker drugmaker miner conglomerate giant")
	stNonBusinessWords = stWordSet("association union council committee government ministry department party university college school police court commission federation league foundation institute agency authority board parliament senate congress campaign coalition alliance caucus tribe guild embassy consulate army military navy hospital church society office museum zoo prison jail library clinic charity regulator watchdog spokesperson spokesman spokeswoman un eu nato who fbi cia nsa nasa imf opec unicef unesco unhcr fda cdc epa sec ftc fcc doj dhs irs")
)

// fitsHead reports whether entity id may be what "the HEAD" refers to.
func (e *stEngine) fitsHead(id int, head string) bool {
	en := &e.ents[id]
	switch {
	case head == "campaign":
		// "the campaign" is a campaign ("Lee's campaign"), never the
		// last agency or firm named.
		for _, w := range en.toks {
			if w == "campaign" {
				return true
			}
		}
		return false
	case stBusinessHeads[head]:
		if stCountries[strings.Join(en.toks, " ")] || en.outlet {
			return false // "the company" is no country, nor the outlet that reported
		}
		if len(en.toks) == 1 && (stOrgWords[en.toks[0]] || stGroupWords[en.toks[0]]) {
			return false // "Companies expect …" opened a sentence: no name
		}
		if stInstitutions[strings.Join(en.toks, " ")] {
			return false // a seat of government is no company
		}
		for _, w := range en.toks {
			if stNonBusinessWords[w] {
				return false
			}
		}
	case stInstitutionHeads[head]:
		// "the ministry" is a ministry: a name holding the word, or an
		// acronym ("NASA" for "the agency").
		if len(en.toks) == 1 && strings.ToUpper(en.name) == en.name {
			return true
		}
		for _, w := range en.toks {
			if w == head || stInstitutionKin[head][w] {
				return true // (and "the agency" for the "… Administration")
			}
		}
		return false
	}
	return true
}

// stInstitutionHeads describe public bodies of one kind: "the ministry"
// refers back only to a ministry.
var stInstitutionHeads = stWordSet("ministry department agency office council committee commission court bureau authority regulator university union party board")

// recentFitting returns the organisation mentioned last that "the HEAD"
// may refer to, or -1.
func (e *stEngine) recentFitting(head string) int {
	best, bestT := -1, 0
	for i := len(e.ents) - 1; i >= max(len(e.ents)-64, 0); i-- {
		if en := &e.ents[i]; en.kind == stEntOrg && en.spoke && en.lastAny > bestT && e.fitsHead(i, head) {
			best, bestT = i, en.lastAny
		}
	}
	if best < 0 && stBusinessHeads[head] {
		// None has spoken yet: the business named last ("the jet
		// operated by Indonesia AirAsia … the airline said").
		for i := len(e.ents) - 1; i >= max(len(e.ents)-64, 0); i-- {
			if en := &e.ents[i]; en.kind == stEntOrg && en.lastAny > bestT && !stCountries[strings.Join(en.toks, " ")] && e.fitsHead(i, head) {
				best, bestT = i, en.lastAny
			}
		}
	}
	return best
}

// doubtfulPerson reports whether entity i is one capitalised word that
// opened a sentence and nothing else confirms as a person: no given name,
// no statement, no fuller name ("Inference, close reading, and faith
// are essential").
func (e *stEngine) doubtfulPerson(i int) bool {
	en := &e.ents[i]
	if len(en.toks) != 1 || en.spoke || en.head != "" || e.sexOf(i) != 0 {
		return false
	}
	w := en.toks[0]
	if stMaleGiven[w] || stFemaleGiven[w] || len(e.titles[w]) > 0 {
		return false // a given name, or a title before it ("Ms. Osei")
	}
	full, ok := e.names[w]
	return !ok || !strings.Contains(full, " ")
}

// frontedPerson resolves "he" or "she" at s after a fronted finite
// clause of the same sentence that names exactly one person ("While the
// slogan did not appeal to Ann Lee, a health officer, she said …"): the
// person it names, if the gender allows. A participle clause ("After
// meeting Lee, she said") has the pronoun as its subject and is left
// alone. It returns -1 when the rule does not apply.
func (e *stEngine) frontedPerson(p *stPara, s int, g uint8) int {
	a := e.sentA
	if a >= s || s-a > 40 || !p.has(a, stBitSubordinator) || p.punct(s-1) != "," && !(p.isQuote(s-1) && p.quoteEndsComma(s-1)) {
		return -1
	}
	if w := p.word(a + 1); w == "" || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") || w == "asked" || w == "told" {
		return -1
	}
	found, subject := "", false
	for k := a + 1; k < s; k++ {
		if w := p.word(k); g == stMale && w == "him" || g == stFemale && w == "her" && !p.isNameWord(k+1) && p.toks[k+1].kind != stWord {
			return -1 // "After Lee criticised him, he said": someone else
		}
		if !p.isNameWord(k) || p.isNameWord(k-1) && k-1 > a {
			continue
		}
		m := k
		for m < s && p.isNameWord(m) {
			m++
		}
		if m-k < 2 {
			if _, known := e.names[stStripPossessive(p.toks[k].low)]; !known || p.has(k, stBitCommonCap) {
				continue
			}
		}
		name, kind := p.nameOf(k, m)
		if name == "" || kind != stEntPerson || strings.HasSuffix(p.toks[m-1].low, "'s") || stPlaceName(p, k, m) || stPlaceName(p, k+1, m) && p.word(k) == "the" {
			k = m // ("left Washington for the Middle East": places)
			continue
		}
		if found != "" {
			return -1 // two people: no telling
		}
		found, subject = name, k == a+1 || p.describedSubject(a+1, k)
		k = m
	}
	// Only a name known to be a woman's for "she" or a man's for "he"
	// ("After churchgoers were killed in South Carolina, he said" names
	// no person), or a person the article names in full who is the
	// clause's subject ("When Lee was asked …, he said").
	if found == "" {
		return -1
	}
	toks := strings.Fields(strings.ToLower(found))
	full := e.names[toks[len(toks)-1]]
	if sx := e.sexOfName(toks); sx != g && !(sx == 0 && subject && strings.Contains(full, " ")) {
		return -1
	}
	return e.addEntity(found, stEntPerson, "", false)
}

// nounBeforeParticiple reports whether [s, t) is one word opening the
// sentence at a and followed by a participle: "Research focusing on cells
// could …" is a noun with a reduced relative clause, not a person.
func (p *stPara) nounBeforeParticiple(a, s, t int) bool {
	w := p.word(t)
	if t-s == 1 && s == a && w != "" && !p.toks[t].cap && (p.verbAt(t+1) || p.isCueWord(t+1) || p.isQuote(t+1)) && !p.verbAt(t) && !p.isCueWord(t) && !stAdverbLy(w) && !stMidAdverbs[w] && w != "almost" && w != "never" && w != "just" { // (but "Trump quickly disavowed …", "Trump almost seemed …")
		return true // "Border agents say …": a modifier of a common noun
	}
	return t-s == 1 && s == a && strings.HasSuffix(w, "ing") && len(w) > 5 && !p.toks[t].cap
}

// verbAt reports whether token k is a finite verb: an auxiliary or a
// lower-case past form ("had", "bought", "approached").
func (p *stPara) verbAt(k int) bool {
	w := p.word(k)
	if w == "" || p.toks[k].cap {
		return false
	}
	return stIsVerbAux(w) || strings.HasSuffix(w, "ed") && len(w) > 4 || stPastCue(w)
}

// afterFronted returns the token after the comma that closes a fronted
// subordinate clause opening the sentence at a ("When …, she"), or -1.
func (p *stPara) afterFronted(a, b int) int {
	if !p.has(a, stBitSubordinator) {
		return -1
	}
	for k := a + 1; k < b && k < a+40; k++ {
		if p.isQuote(k) || p.punct(k) == "." || p.punct(k) == ";" {
			return -1
		}
		if p.punct(k) == "," {
			return k + 1
		}
	}
	return -1
}

// describedSubject reports whether [s, k) is a determiner and lower-case
// role words before a name: "the immunologist" in "When the immunologist
// Ann Lee looked …".
func (p *stPara) describedSubject(s, k int) bool {
	if w := p.word(s); (w != "the" && w != "a" && w != "an") || k-s < 2 || k-s > 4 {
		return false
	}
	for m := s + 1; m < k; m++ {
		if w := p.word(m); w == "" || p.toks[m].cap || stAuxWords[w] || stPrepWords[w] || stClauseWords[w] {
			return false
		}
	}
	return true
}

// whoBefore reports whether ", who" opens a relative clause within the
// twenty tokens before s in the sentence starting at a.
func (p *stPara) whoBefore(a, s int) bool {
	for k := s - 1; k > a && s-k <= 20; k-- {
		if p.word(k) == "who" && p.punct(k-1) == "," {
			return true
		}
	}
	return false
}

// namedBefore finds the last person named in full earlier in the
// sentence, before s, whose sex may be g: "Ann Lee returned on Monday,
// her spokesman said" is Lee's spokesman. It returns -1 when there is
// none.
func (e *stEngine) namedBefore(p *stPara, s int, g uint8) int {
	return e.namedBeforeRelaxed(p, s, g, false)
}

// namedBeforeRelaxed is namedBefore; with anyName set, a full name of
// unknown sex will do (the person a relative clause describes).
func (e *stEngine) namedBeforeRelaxed(p *stPara, s int, g uint8, anyName bool) int {
	for k := s - 1; k > e.sentA && k > s-40; k-- {
		if !p.isNameWord(k) || p.isNameWord(k+1) || p.isQuote(k) {
			continue
		}
		n := k
		for n > e.sentA && p.isNameWord(n-1) {
			n--
		}
		if strings.HasSuffix(p.toks[k].low, "'s") {
			k = n
			continue
		}
		if k == n {
			// A surname alone ("because Obama didn't …, when he
			// announced"): a person the article named before, of the
			// pronoun's sex.
			full, ok := e.names[p.toks[k].low]
			sx := e.sexOfName([]string{p.toks[k].low})
			if ok && !p.has(k, stBitCommonCap) && (sx == g || sx == 0 && (stIsVerbAux(p.word(k+1)) || p.pastAt(k+1))) {
				// (a surname of unknown sex will do as a clause's subject)
				if id := e.findEntity(stEntPerson, strings.Fields(strings.ToLower(full))); id >= 0 {
					return id
				}
			}
			continue
		}
		name, kind := p.nameOf(n, k+1)
		if name == "" || kind != stEntPerson || !strings.Contains(name, " ") {
			k = n
			continue
		}
		// A person for sure: the sex agrees, or a role or title stands
		// before the name ("opposition leader Ann Lee"), or "who" follows.
		sx := e.sexOfName(strings.Fields(strings.ToLower(name)))
		w := p.word(n - 1)
		role := n > e.sentA && !p.toks[n-1].cap && (stHasSpeakerSuffix(w) || stTitleWords[w] || stBackHeads[w]) || p.punct(k+1) == "," && (p.word(k+2) == "who" || (p.word(k+2) == "a" || p.word(k+2) == "an") && stPersonNouns[p.word(k+3)])
		if sx == g || sx == 0 && (role || anyName) {
			return e.addEntity(name, kind, "", false)
		}
		k = n
	}
	return -1
}

// cataphor resolves "he" or "she" at s as the subject of a fronted
// clause to the named subject of the main clause after it: "Although
// she said the film was “wild,” Ann Lee would not reveal more." It
// returns -1 when the sentence is not built so.
func (e *stEngine) cataphor(p *stPara, s int, g uint8) int {
	a := e.sentA
	if s != a+1 || !p.has(a, stBitSubordinator) {
		return -1
	}
	b := a
	for _, se := range p.sents {
		if se[0] == a {
			b = se[1]
		}
	}
	for k := s + 1; k < b && k < s+40; k++ {
		if p.punct(k) != "," && !(p.isQuote(k) && p.quoteEndsComma(k)) {
			continue
		}
		n := k + 1
		m := n
		for m < b && p.isNameWord(m) {
			m++
		}
		if m-n < 1 || m >= b || p.toks[m].kind != stWord || p.toks[m].cap || p.has(n, stBitCommonCap) {
			return -1
		}
		name, kind := p.nameOf(n, m)
		if name == "" || kind != stEntPerson {
			return -1
		}
		toks := strings.Fields(strings.ToLower(name))
		if sx := e.sexOfName(toks); sx != 0 && sx != g {
			return -1
		}
		if m-n == 1 {
			if _, known := e.names[toks[0]]; !known {
				return -1 // a lone capitalised word: maybe no person
			}
		}
		return e.addEntity(name, kind, "", true)
	}
	return -1
}

// mentionedPerson is recentPerson for a possessive ("His office said"):
// the person last mentioned in any role ("Teachers did not see Lee at
// the hearing. His office said …") rather than the last subject.
func (e *stEngine) mentionedPerson(g uint8) int {
	best, bestT := -1, 0
	lo := max(len(e.ents)-64, 0)
	for i := len(e.ents) - 1; i >= lo; i-- {
		en := &e.ents[i]
		if en.kind != stEntPerson || en.head != "" || !e.sexAllows(i, g) {
			continue
		}
		if en.lastAny > bestT {
			best, bestT = i, en.lastAny
		}
	}
	if best >= 0 && g != 0 && e.sexOf(best) == 0 && e.ents[best].subjSent < e.sentNo-1 {
		// "… USA TODAY reached … “…,” her campaign said": a woman the
		// article named is likelier than a name of unknown sex.
		known, knownT := -1, 0
		for i := len(e.ents) - 1; i >= lo; i-- {
			if en := &e.ents[i]; en.kind == stEntPerson && en.head == "" && e.sexOf(i) == g && en.lastAny > knownT {
				known, knownT = i, en.lastAny
			}
		}
		if known >= 0 {
			return known
		}
	}
	if best < 0 {
		return e.recentPerson(g, -1)
	}
	return best
}

// namedInPara returns the person of sex g whose full name the paragraph
// holds last (inside a quotation too), or -1.
func (e *stEngine) namedInPara(p *stPara, s int, g uint8) int {
	// (within a window around s: a paragraph may be megabytes long)
	lo, hi := max(int(p.toks[s].s)-2000, 0), min(int(p.toks[s].e)+200, len(p.text))
	for lo > 0 && !utf8.RuneStart(p.text[lo]) {
		lo--
	}
	for hi < len(p.text) && !utf8.RuneStart(p.text[hi]) {
		hi++
	}
	text := p.text[lo:hi]
	best, at := "", -1
	for _, m := range []map[string]string{e.names, e.firsts} {
		for _, full := range m {
			if !strings.Contains(full, " ") || e.sexOfName(strings.Fields(strings.ToLower(full))) != g {
				continue
			}
			if i := strings.LastIndex(text, full); i > at || i == at && i >= 0 && full < best {
				best, at = full, i
			}
		}
	}
	if at < 0 {
		return -1
	}
	return e.addEntity(best, stEntPerson, "", false)
}

// stAdviserWords are roles held "to" someone ("adviser to the president").
var stAdviserWords = stWordSet("adviser advisers advisor advisors aide aides counselor counsellor consultant consultants")

// gerundOpener reports whether [s, t) is one capitalised -ing word opening
// a phrase ("Lacking the rights to his work, …"), not a name like
// "Boeing said".
func (p *stPara) gerundOpener(s, t int) bool {
	if g := p.toks[s].low; t-s >= 2 && t-s <= 3 && len(g) > 5 && strings.HasSuffix(g, "ing") && !stMaleGiven[g] && !stFemaleGiven[g] && t < len(p.toks) && p.toks[t].kind == stWord && !p.toks[t].cap && !p.verbAt(t) && !p.isCueWord(t) {
		return true // "Taking Archie outside is his favourite": the object is named, not a subject
	}
	if t-s != 1 || !strings.HasSuffix(p.toks[s].low, "ing") {
		return false
	}
	w := p.word(t)
	return stDeterminers[w] || stPrepWords[w] || stSubjectPronouns[w]
}

// stNameSet makes a set of the lower-case names in list, separated by
// "|" (names may hold spaces: "new york").
func stNameSet(list string) map[string]bool {
	m := map[string]bool{}
	for _, c := range strings.Split(list, "|") {
		m[c] = true
	}
	return m
}

// stCountries are states and unions of states that speak in the news
// ("Russia denied the allegations"); they are organisations, not people.
var stCountries = stNameSet("afghanistan|albania|algeria|angola|argentina|armenia|australia|austria|azerbaijan|bahrain|bangladesh|belarus|belgium|bolivia|bosnia|brazil|britain|bulgaria|cambodia|cameroon|canada|chile|china|colombia|congo|croatia|cuba|cyprus|czechia|denmark|ecuador|egypt|eritrea|estonia|ethiopia|finland|france|georgia|germany|ghana|greece|guatemala|haiti|honduras|hungary|iceland|india|indonesia|iran|iraq|ireland|israel|italy|jamaica|japan|jordan|kazakhstan|kenya|kosovo|kuwait|kyrgyzstan|laos|latvia|lebanon|libya|lithuania|luxembourg|madagascar|malawi|malaysia|mali|malta|mexico|moldova|mongolia|montenegro|morocco|mozambique|myanmar|namibia|nepal|netherlands|nicaragua|niger|nigeria|norway|oman|pakistan|palestine|panama|paraguay|peru|philippines|poland|portugal|qatar|romania|russia|rwanda|senegal|serbia|singapore|slovakia|slovenia|somalia|spain|sudan|sweden|switzerland|syria|taiwan|tajikistan|tanzania|thailand|tunisia|turkey|turkmenistan|uganda|ukraine|uruguay|uzbekistan|venezuela|vietnam|yemen|zambia|zimbabwe|america|the united states|united states|the us|us|u.s.|the u.s.|uk|u.k.|the uk|the u.k.|united kingdom|the united kingdom|north korea|south korea|saudi arabia|south africa|new zealand|sri lanka|the netherlands|the philippines|united arab emirates|the united arab emirates|uae|the uae|costa rica|el salvador|ivory coast|south sudan|czech republic|the czech republic|dominican republic|the dominican republic|european union|the european union|eu|the eu")

// stPlaces are states and cities the news names as places (and whose
// governments speak as organisations), never as people.
var stPlaces = stNameSet(stStateList + "|" + stCityList)

// stStates are the US states: "Sumter, South Carolina" names a town and
// its state.
var stStates = stNameSet(stStateList)

const (
	stStateList = "alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|new york|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|west virginia|wisconsin|wyoming"
	stCityList  = "new york city|chicago|boston|seattle|houston|dallas|atlanta|miami|detroit|philadelphia|phoenix|denver|baltimore|brooklyn|manhattan|oakland|portland|minneapolis|indianapolis|louisville|cleveland|cincinnati|columbus|pittsburgh|milwaukee|nashville|memphis|charlotte|raleigh|san diego|san antonio|austin|las vegas|los angeles|san francisco|new orleans|st. louis|kansas city|orlando|tampa|jacksonville|des moines|omaha|sacramento|honolulu|albuquerque|tucson|el paso|salt lake city|buffalo|newark|ariz|calif|colo|conn|fla|kan|ky|mich|minn|mont|neb|nev|okla|ore|tenn|tex|wis|wyo|ala|ark|london|paris|berlin|moscow|beijing|shanghai|tokyo|delhi|mumbai|kyiv|kiev|gaza|jerusalem|tel aviv|tehran|baghdad|damascus|beirut|cairo|istanbul|ankara|madrid|rome|brussels|geneva|vienna|warsaw|ottawa|toronto|sydney|melbourne|hong kong|taipei|seoul|manila|jakarta|lagos|nairobi|johannesburg|dublin|belfast|edinburgh|glasgow|manchester|birmingham|liverpool|leeds|cardiff|westminster|whitehall|silicon valley|wall street|bay area|midwest|middle east|far east|west bank|east jerusalem|gulf|persian gulf|balkans|caucasus|caribbean|latin america|south america|north america|central america|east africa|west africa|north africa|sub-saharan africa|southeast asia|south asia|central asia|east asia|asia-pacific|scandinavia|arctic|antarctica|sahel|horn of africa|pacific|atlantic"
)

// stPlaceHeads end the names of places ("Jones Street", "Bay Area"),
// stPlaceOpeners start them ("San Francisco", "Fort Worth").
var (
	stPlaceHeads   = stWordSet("street st. avenue ave. road rd. boulevard blvd. lane square plaza bridge area district county valley bay beach island islands river lake mountains heights village township borough province region peninsula coast strip corridor")
	stPlaceOpeners = stWordSet("san santa los las fort port mount lake saint st. st")
)

// stPlaceName reports whether the capitalised words [n, e) name a place
// rather than a person.
func stPlaceName(p *stPara, n, e int) bool {
	toks := make([]string, 0, e-n)
	for k := n; k < e; k++ {
		toks = append(toks, stStripPossessive(p.word(k)))
	}
	return stPlaceToks(toks)
}

// stInstitutions are seats of government named for their buildings or
// bodies: "The Kremlin has denied …" is an organisation speaking.
var stInstitutions = stNameSet("kremlin|white house|pentagon|downing street|number 10|no 10|élysée|elysee|élysée palace|vatican|holy see|whitehall|congress|senate|parliament|bundestag|knesset|duma|state department|foreign office|home office|treasury|nato|european commission|european union|united nations|un|eu|who.int|imf|world bank|interpol|supreme court|high court")

// stPlaceToks reports whether the lower-case words of a name are a
// place's: a state or city, "… Street", "San …".
func stPlaceToks(toks []string) bool {
	if len(toks) == 0 {
		return false
	}
	if stPlaces[strings.Join(toks, " ")] {
		return true
	}
	if len(toks) >= 2 && stPlaceHeads[toks[len(toks)-1]] && !stTitleWords[toks[0]] {
		return true
	}
	return len(toks) == 2 && stPlaceOpeners[toks[0]] && !stOrgWords[toks[1]] // (but "San Francisco Chronicle" is a paper)
}

// noteOfficeClause marks as the latest subject the office-holder who
// is the subject of a clause after ", but" or ", and" ("…, but the mayor
// resisted broadening the effort. “…,” she told me."): the person the
// article gave that title.
func (e *stEngine) noteOfficeClause(p *stPara, a, b int) {
	if len(e.titles) == 0 {
		return // (no one titled: no office-holder to find)
	}
	for k := a + 2; k+3 < b && k < a+80; k++ {
		if p.punct(k) != "," || p.word(k+1) != "but" && p.word(k+1) != "and" || p.word(k+2) != "the" || !stOfficeHeads[p.word(k+3)] {
			continue
		}
		if w := p.word(k + 4); !p.verbAt(k+4) && !stPastVerbs[w] {
			continue
		}
		if id := e.byTitle(p.word(k + 3)); id >= 0 {
			e.touch(id, true, true)
		}
		return
	}
}

// stInstitutionKin lists, for an institution's head noun, the words that
// name institutions of that kind: "the agency" may be the "Federal
// Aviation Administration" or the "Environment Agency"'s kin "Service".
var stInstitutionKin = map[string]map[string]bool{
	"agency":     stWordSet("administration service bureau commission authority office institute"),
	"department": stWordSet("ministry office"),
	"ministry":   stWordSet("department office"),
	"regulator":  stWordSet("commission authority agency administration office"),
}

// stRoleNouns name what a person is to the story, capitalised before a
// name at the start of a sentence: "Neighbour Ivy Crane", "Witness Bo
// Hart".
var stRoleNouns = stWordSet("neighbour neighbor witness resident passenger survivor victim student pupil parent mum mom dad nurse doctor driver shopper customer voter fan commuter tenant landlord neighbours neighbors witnesses residents")

// stKinWords name a relative: "his wife Anna".
var stKinWords = stWordSet("wife husband son daughter brother sister mother father")

// stPlainPersonHeads are descriptions of one person whose sex they tell:
// "A 34-year-old man was arrested. He told officers …".
// stOfficeHeads are one-person offices: "The mayor visited the street.
// “We'll rebuild,” she said."
var stOfficeHeads = stWordSet("mayor governor president senator minister premier chancellor judge sheriff coach chairman chairwoman ceo principal headteacher superintendent commissioner ambassador pope bishop")

var stPlainPersonHeads = stWordSet("man woman boy girl mother father son daughter wife husband brother sister grandmother grandfather widow widower")

// noteOtherPersons records people a sentence introduces that the subject
// rule misses, so that a later "he" or "she" finds them rather than
// someone named earlier:
//   - a description of one person as the subject ("A 34-year-old man was
//     arrested");
//   - a name after a possessive affiliation and a title ("Germany's
//     Chancellor Olaf Scholz spoke");
//   - a relative named in the sentence ("Tom Ford and his wife Anna").
func (e *stEngine) noteOtherPersons(p *stPara, a, b, ss, st int) {
	if ss >= 0 && st > ss+1 && p.isNameWord(ss) {
		// "Matie’s trajectory, however, has shifted. He’s gone …": the
		// known person whose thing is the subject is the topic.
		k := ss
		for k < st-1 && k < ss+3 && p.isNameWord(k) && stStripPossessive(p.toks[k].low) == p.toks[k].low {
			k++
		}
		if w := p.toks[k].low; p.isNameWord(k) && stStripPossessive(w) != w && k+1 < st && !p.toks[k+1].cap {
			toks := make([]string, 0, k+1-ss)
			for m := ss; m <= k; m++ {
				toks = append(toks, stStripPossessive(p.toks[m].low))
			}
			if id := e.findEntity(stEntPerson, toks); id >= 0 && e.ents[id].kind == stEntPerson {
				e.touch(id, true, true)
			}
		}
	}
	if ss >= 0 && st > ss && p.has(ss, stBitDeterminer) && p.word(ss) != "these" && p.word(ss) != "those" {
		if h := p.word(p.headOf(ss, st)); (stPlainPersonHeads[h] || stOfficeHeads[h] && p.word(ss) == "the" && st-ss == 2 && e.byTitle(h) < 0 && e.byHead(h) < 0) && (p.verbAt(st) || stIrregularPast[p.word(st)] || p.resumesAt(st)) {
			e.setSexFrom(e.addEntity(p.span(ss, st), stEntPerson, h, true), h)
		}
	}
	if ss < 0 {
		i := a
		for i < b && (p.has(i, stBitIntro) || p.punct(i) == ",") {
			i++
		}
		if p.isNameWord(i) && (strings.HasSuffix(p.word(i), "'s") || strings.HasSuffix(p.word(i), "s'")) {
			k := i + 1
			for k < b && k < i+5 && p.isNameWord(k) && p.has(k, stBitTitle) {
				k++
			}
			m := k
			for m < b && m < k+4 && p.isNameWord(m) {
				m++
			}
			if k > i+1 && m-k >= 2 && (p.verbAt(m) || stIrregularPast[p.word(m)] || p.resumesAt(m)) {
				if name, kind := p.nameOf(k, m); name != "" && kind == stEntPerson {
					e.addEntity(name, kind, "", true)
				}
			}
		}
	}
	for k := a + 1; k+2 < b; k++ {
		// "The meeting came a week after Home Secretary Yvette Cooper
		// visited Calais": the subject of a clause inside the sentence
		// is mentioned, for a later "she".
		if p.toks[k].kind != stWord || !p.isNameWord(k+1) || !p.has(k, stBitSubordinator) {
			continue
		}
		m := k + 1
		for m < b && m < k+6 && p.isNameWord(m) {
			m++
		}
		n := k + 1
		for n < m-2 && (p.has(n, stBitTitle) || p.has(n, stBitCommonCap)) {
			n++
		}
		if m-n >= 2 && p.verbAt(m) && !stHasOrgWord(p, n, m) {
			if name, kind := p.nameOf(n, m); name != "" && kind == stEntPerson {
				e.addEntity(name, kind, "", false)
			}
		}
	}
	if k := p.thatClauseName(a, b); k >= 0 && !e.personSubjectNow() {
		// "Meadows' plans were kept so secret that Wayne King, his
		// deputy, did not learn of them": with no person as the main
		// subject, the person of the that-clause is the one followed.
		e.notePersonTopic(p, k, b)
	}
	if n := p.namedPair(a, b); n != "" && e.knownPair(n) {
		e.notePair(n)
	}
	if k := p.copulaName(a, b); k >= 0 {
		// "Among those who fled was 25-year-old Nesma Hajjaj, who was
		// pregnant": the person the sentence introduces is its topic.
		e.notePersonTopic(p, k, b)
	}
	for k := a; k+3 < b; k++ {
		// "Debbie Meadows, the congressman's wife,": a relative of the
		// person the story is about; the bare surname stays the other's.
		if p.punct(k) != "," || !p.isNameWord(k-1) || k-2 < a || !p.isNameWord(k-2) {
			continue
		}
		m := k + 1
		for m < b && m < k+8 && (p.has(m, stBitDeterminer) || stPossessives[p.word(m)] || strings.HasSuffix(p.toks[m].low, "'s") || stKinCopula[p.word(m)]) {
			m++ // (also "Scott Meadows, who appears to be the brother of …")
		}
		if m == k+1 || !stKinWords[p.word(m)] || m+1 < b && p.toks[m+1].kind == stWord && p.word(m+1) != "of" {
			continue
		}
		s := k - 1
		for s > a && s > k-5 && p.isNameWord(s-1) {
			s--
		}
		if name, kind := p.nameOf(s, k); name != "" && kind == stEntPerson && strings.Contains(name, " ") {
			id := e.addEntity(name, kind, "", false)
			e.ents[id].kin = true
			e.setSexFrom(id, p.word(m))
		}
	}
	for k := a; k+2 < b; k++ {
		if w := p.word(k); (w == "his" || w == "her") && stKinWords[p.word(k+1)] && (p.isNameWord(k+2) || p.punct(k+2) == "," && p.isNameWord(k+3)) {
			n := k + 2
			if p.punct(n) == "," {
				n++ // "“…,” his wife, Gabriela Lazar, wrote"
			}
			m := n
			for m < b && m < n+3 && p.isNameWord(m) {
				m++
			}
			if name, kind := p.nameOf(n, m); name != "" && kind == stEntPerson && (n == k+2 || m-n >= 2) {
				// "“…,” she told her daughter Bo Park": with a person
				// for subject, the relative is only mentioned.
				subj := true
				for j := max(a, k-40); j < k; j++ {
					if w := stPronounStem(p.word(j)); (w == "he" || w == "she") && (j == a || p.isCueWord(j+1) || p.verbAt(j+1)) {
						subj = false
					}
				}
				id := e.addEntity(name, kind, "", subj)
				e.ents[id].kin = true
				e.setSexFrom(id, p.word(k+1))
			}
		}
	}
}

// setSexFrom gives entity id, when its sex is still unknown, the sex of a
// gendered word said of it ("wife", "man", "his son").
func (e *stEngine) setSexFrom(id int, w string) {
	if e.ents[id].gender != 0 {
		return
	}
	if stMaleWords[w] {
		e.ents[id].gender = stMale
	} else if stFemaleWords[w] {
		e.ents[id].gender = stFemale
	}
}

// noteExistential records the plural group an existential sentence
// introduces ("All the while, there have been critics."), so that a
// later "they" finds it.
func (e *stEngine) noteExistential(p *stPara, a, b int) {
	e.noteInvertedBe(p, a, b)
	k := a
	for k < b && k < a+6 && p.word(k) != "there" {
		k++
	}
	if p.word(k) != "there" || k+1 >= b {
		return
	}
	m := k + 1
	for m < b && m < k+4 && (stIsVerbAux(p.word(m)) || p.word(m) == "been") {
		m++
	}
	if m == k+1 || m >= b {
		return
	}
	t := m
	for t < b && t < m+4 && p.toks[t].kind == stWord && !p.has(t, stBitPrep) && !p.has(t, stBitClause) {
		t++
	}
	if t == m || (t < b && p.toks[t].kind == stWord && !p.has(t, stBitPrep)) {
		return
	}
	if h := p.word(t - 1); stGroupWords[h] || stIrregularPlurals[h] || strings.HasSuffix(h, "s") && stHasSpeakerSuffix(strings.TrimSuffix(h, "s")) {
		e.addEntity(p.span(m, t), stEntGroup, h, true)
	}
}

// noteInvertedBe records the person named after "was" in a sentence
// that puts a place first — "Yet there in the back was Garcia, the
// grocery worker.", "Among the crowd was Ann Lee." — as its subject.
func (e *stEngine) noteInvertedBe(p *stPara, a, b int) {
	lead := false // "there" or a preposition before the verb
	for k := a; k < b && k < a+10; k++ {
		w := p.word(k)
		switch {
		case w == "there" || p.has(k, stBitPrep):
			lead = true
		case (w == "was" || w == "is") && lead && k > a:
			n := k + 1
			for n < b && n < k+5 && p.isNameWord(n) {
				n++
			}
			if n > k+1 && (n >= b || p.punct(n) == "," || p.punct(n) == ".") {
				if name, kind := p.nameOf(k+1, n); name != "" && kind == stEntPerson {
					e.addEntity(name, kind, "", true)
				}
			}
			return
		case p.toks[k].kind != stWord || p.isNameWord(k) && k > a || stIsVerbAux(w):
			return
		}
	}
}

// personSubjectNow reports whether a person was noted as the subject of
// the sentence being read.
func (e *stEngine) personSubjectNow() bool {
	for i := len(e.ents) - 1; i >= max(len(e.ents)-64, 0); i-- {
		if en := &e.ents[i]; en.kind == stEntPerson && en.subjSent == e.sentNo {
			return true
		}
	}
	return false
}

// stPersonNouns name a person in an apposition (", a man choked …").
var stPersonNouns = stWordSet("man woman boy girl father mother son daughter teenager resident student worker nurse doctor teacher")

// stSpokesWords speak for an organisation, never for a person's name.
var stSpokesWords = stWordSet("spokesman spokeswoman spokesperson spokespeople")

// stAgeWord reports whether w is an age in the "56-year-old" form, which
// news writing uses to describe a person already named.
func stAgeWord(w string) bool {
	return len(w) > len("-year-old") && w[0] >= '0' && w[0] <= '9' && strings.HasSuffix(w, "-year-old")
}

// copulaName returns where a person's name starts when the sentence [a, b)
// introduces the person as the complement of "was" or "is", at its end or
// before ", who" ("One of those who fled was 25-year-old Nesma Hajjaj,
// who …"); -1 otherwise.
func (p *stPara) copulaName(a, b int) int {
	for k := a + 2; k+2 < b; k++ {
		if w := p.word(k); w != "was" && w != "is" || p.isNameWord(k-1) {
			continue
		}
		n := k + 1
		if stAgeWord(p.word(n)) {
			n++
		}
		if !p.isNameWord(n) || p.has(n, stBitCommonCap) || p.has(n, stBitTitle) {
			return -1
		}
		m := n
		for m < b && m < n+4 && p.isNameWord(m) {
			m++
		}
		if m-n < 2 {
			return -1
		}
		if end := p.trimEnd(m, b); end == m || p.punct(m) == "," && p.word(m+1) == "who" {
			return n
		}
		return -1
	}
	return -1
}

// stFrontedCaseNouns follow a possessive name in a fronted phrase that
// makes the name the topic: "In Hajjaj's case, she …", "For Lee's part,
// he …".
var stFrontedCaseNouns = stWordSet("case part view opinion account telling mind words eyes")

// possessiveFronted finds the person of a fronted "In X's case," or "For
// X's part," before the pronoun at s: the sentence is about that person.
// It returns -1 when the sentence does not open so, or the name is no
// person the article named whose sex allows g.
func (e *stEngine) possessiveFronted(p *stPara, s int, g uint8) int {
	a := e.sentA
	if s-a < 4 || s-a > 7 || p.punct(s-1) != "," || !stFrontedCaseNouns[p.word(s-2)] {
		return -1
	}
	if w := p.word(a); w != "in" && w != "for" && w != "to" && w != "from" {
		return -1
	}
	m := s - 2
	if !p.isNameWord(m-1) || stStripPossessive(p.toks[m-1].low) == p.toks[m-1].low {
		return -1
	}
	k := m - 1
	for k > a+1 && p.isNameWord(k-1) {
		k--
	}
	if k != a+1 {
		return -1
	}
	last := stStripPossessive(p.toks[m-1].low)
	if _, known := e.names[last]; !known {
		return -1
	}
	id := e.findEntity(stEntPerson, []string{last})
	if id < 0 || !e.sexAllows(id, g) {
		return -1
	}
	return id
}

// stPairHeads refer back to two people named together.
var stPairHeads = stWordSet("couple pair duo")

// namedPair returns the last "Name and Name" of the sentence [a, b) that
// joins two persons' names ("Prince Harry and Meghan"); "" if none.
func (p *stPara) namedPair(a, b int) string {
	found := ""
	for k := a + 1; k+1 < b; k++ {
		if p.word(k) != "and" || !p.isNameWord(k-1) || !p.isNameWord(k+1) {
			continue
		}
		s := k - 1
		for s > a && s > k-4 && p.isNameWord(s-1) {
			s--
		}
		for s < k-1 && (p.has(s, stBitCommonCap) || p.word(s) == "both") {
			s++ // "Both Tom Vale and …"
		}
		t := k + 1
		for t < b && t < k+4 && p.isNameWord(t) && !strings.HasSuffix(p.toks[t].low, "'s") {
			t++
		}
		if t < b && p.isNameWord(t) {
			t++ // "Meghan's": the possessive ends the name
		}
		if n1, k1 := p.nameOf(s, k); n1 == "" || k1 != stEntPerson || stHasOrgWord(p, s, t) {
			continue
		}
		if n2, k2 := p.nameOf(k+1, t); n2 == "" || k2 != stEntPerson {
			continue
		}
		found = stStripPossessive(p.span(s, t))
	}
	return found
}

// stFirmAssets are what a business has: after "Apple's" they show the
// name is a company's ("Apple's sales fell. The company said …").
var stFirmAssets = stWordSet("sales shares stock revenue revenues profit profits earnings brand brands products customers employees workers staff board executives market valuation business operations stores plants factories")

// notePossessiveFirm records the company of a subject such as "Apple's
// sales" or "Acme's board" as the sentence's subject, for a later "the
// company".
func (e *stEngine) notePossessiveFirm(p *stPara, s, t int) {
	if p.word(s) == "shares" && p.word(s+1) == "of" && p.isNameWord(s+2) {
		// "Shares of General Motors rose after the automaker said …"
		m := s + 2
		for m < t && m < s+6 && p.isNameWord(m) {
			m++
		}
		if !p.givenAt(s + 2) {
			e.addEntity(p.span(s+2, m), stEntOrg, "", true)
		}
		return
	}
	k := s
	for k < t && k < s+4 && p.isNameWord(k) && !strings.HasSuffix(p.toks[k].low, "'s") {
		k++
	}
	if k >= t-1 || !p.isNameWord(k) || !strings.HasSuffix(p.toks[k].low, "'s") || p.has(s, stBitCommonCap) || p.givenAt(s) {
		return
	}
	if !stFirmAssets[p.word(k+1)] && !(stFirmAssets[p.word(k+2)] && !p.toks[k+1].cap) {
		return
	}
	toks := make([]string, 0, k+1-s)
	for m := s; m <= k; m++ {
		toks = append(toks, stStripPossessive(p.toks[m].low))
	}
	if _, person := e.names[toks[len(toks)-1]]; person {
		return
	}
	if id := e.findEntity(stEntOrg, toks); id >= 0 && e.ents[id].kind != stEntOrg {
		return // a person's or a group's
	}
	e.addEntity(stStripPossessive(p.span(s, k+1)), stEntOrg, "", true)
}

// thatClauseName returns where a person's name starts when a that-clause
// of the sentence [a, b) opens with it, before its verb or an apposition
// and then its verb ("so secret that Wayne King, the deputy, did not
// learn"); -1 otherwise.
func (p *stPara) thatClauseName(a, b int) int {
	for k := a + 2; k+2 < b; k++ {
		if p.word(k) != "that" || p.isCueWord(k-1) || !p.isNameWord(k+1) || p.has(k+1, stBitCommonCap) {
			continue
		}
		m := k + 1
		for m < b && m < k+5 && p.isNameWord(m) {
			m++
		}
		if m-(k+1) < 2 {
			return -1
		}
		if p.punct(m) == "," {
			c := m + 1
			for c < b && c < m+25 && p.punct(c) != "," {
				c++
			}
			if p.punct(c) != "," {
				return -1
			}
			m = c + 1
		}
		if p.verbAt(m) {
			return k + 1
		}
		return -1
	}
	return -1
}

// knownPair reports whether both names of "A and B" belong to persons the
// article names ("Netflix and Spotify" do not).
func (e *stEngine) knownPair(pair string) bool {
	l, r, ok := strings.Cut(strings.ToLower(pair), " and ")
	if !ok {
		return false
	}
	for _, side := range []string{l, r} {
		f := strings.Fields(side)
		if len(f) == 0 {
			return false
		}
		first, last := f[0], f[len(f)-1]
		_, known := e.names[last]
		_, given := e.givens[last]
		if !known && !given && !stMaleGiven[first] && !stFemaleGiven[first] {
			return false
		}
	}
	return true
}

// notePair counts a mention of two people named together and makes the
// pair mentioned most often (the later one on a tie) the one "the couple"
// means.
func (e *stEngine) notePair(pair string) {
	if e.pairs == nil {
		e.pairs, e.pairName = map[string]int{}, map[string]string{}
	}
	l, r, _ := strings.Cut(strings.ToLower(pair), " and ")
	lf, rf := strings.Fields(l), strings.Fields(r)
	key := lf[len(lf)-1] + "|" + rf[len(rf)-1]
	e.pairs[key]++
	if len(pair) > len(e.pairName[key]) {
		e.pairName[key] = pair
	}
	best := key
	for k, n := range e.pairs {
		if n > e.pairs[best] || n == e.pairs[best] && best != key && k < best {
			best = k // (ties broken by key, so the choice does not depend on map order)
		}
	}
	e.pair = e.pairName[best]
}

// stKinCopula may stand between a name and the kin word of a relative
// clause: "who is the wife of", "who appears to be the brother of".
var stKinCopula = stWordSet("who is was appears appeared seems seemed to be")

// closesSentence reports whether the cue at k ends its sentence, give or
// take a short adjunct (", he said on Monday."): what was said came
// before it.
func (p *stPara) closesSentence(k int) bool {
	if !p.isCueWord(k) {
		return false
	}
	for m := k + 1; m < len(p.toks) && m <= k+6; m++ {
		if w := p.toks[m].low; p.toks[m].kind == stPunct && (w == "." || w == "!" || w == "?") {
			return true
		}
		if p.isQuote(m) || p.word(m) == "that" {
			return false
		}
	}
	return k+1 >= len(p.toks)
}

// stDemonyms name a person by nationality, as sports and foreign news
// refer back to someone already named: "the Dutchman", "the Spaniard".
var stDemonyms = stWordSet("dutchman dutchwoman frenchman frenchwoman englishman englishwoman scotsman scotswoman welshman welshwoman irishman irishwoman briton spaniard portuguese argentine argentinian brazilian german italian australian canadian belgian swede norwegian dane finn croat serb pole czech slovak hungarian romanian bulgarian greek turk russian ukrainian georgian israeli egyptian moroccan nigerian ghanaian senegalese kenyan ethiopian south african japanese korean chinese indian pakistani mexican colombian chilean uruguayan peruvian venezuelan american new zealander kiwi austrian swiss icelander latino latina hispanic asian arab")

// groupHeaded finds the group last mentioned whose name ends in the plural
// head ("Con Edison officials" for "the officials").
func (e *stEngine) groupHeaded(head string) int {
	best, bestT := -1, 0
	for i := len(e.ents) - 1; i >= max(len(e.ents)-64, 0); i-- {
		if en := &e.ents[i]; en.kind == stEntGroup && len(en.toks) >= 2 && en.toks[len(en.toks)-1] == head && en.lastAny > bestT {
			best, bestT = i, en.lastAny
		}
	}
	return best
}

// stHonorificSex is the sex an honorific gives ("Mr." male, "Ms." and
// "Mrs." female), or 0.
func stHonorificSex(w string) uint8 {
	switch strings.TrimSuffix(w, ".") {
	case "mr", "sir", "lord":
		return stMale
	case "ms", "mrs", "miss", "dame", "lady":
		return stFemale
	}
	return 0
}

// stRoyalTitles stay part of a name of one word: "Prince Andrew", "Pope
// Francis", "Queen Elizabeth".
var stRoyalTitles = stWordSet("prince princess king queen pope duke duchess emperor empress")

// refer records a back-reference to entity id as a subject mention and
// returns the name it speaks under.
func (e *stEngine) refer(id int) (string, int) {
	e.touch(id, true, true)
	return e.ents[id].name, id
}

// notePersonTopic records the person whose full name starts at k as a
// subject of the sentence ending at b, for a later "he" or "she".
func (e *stEngine) notePersonTopic(p *stPara, k, b int) {
	m := k
	for m < b && m < k+4 && p.isNameWord(m) {
		m++
	}
	if name, kind := p.nameOf(k, m); name != "" && kind == stEntPerson && strings.Contains(name, " ") && !stHasOrgWord(p, k, m) {
		e.addEntity(name, kind, "", true)
	}
}

// newcomer finds the person a quotation that opens paragraph p means by
// "he said" (s is the pronoun) when the paragraph before introduced
// someone new, in any place in its sentences ("That is bad news for Tom
// Hale, a baker on Main Street." / "“It will hurt us,” he said."): the
// one person of sex g the article names there for the first time (not in
// brackets: "(the first track samples the voice of Carl Sagan)"), when
// that paragraph reported no statement and did not mention id, the
// person last in focus. It returns -1 otherwise.
func (e *stEngine) newcomer(p *stPara, s int, g uint8, id int) int {
	if e.pi < 1 || len(p.sents) == 0 || e.sentA != p.sents[0][0] || !p.isQuote(e.sentA) || s-e.sentA > 200 {
		return -1
	}
	for k := e.sentA + 1; k < s; k++ {
		if p.isNameWord(k) {
			return -1 // someone named outside the quotation
		}
	}
	if n := len(e.out); n > 0 && e.out[n-1].para == e.pi-1 {
		return -1
	}
	q := &e.paras[e.pi-1]
	if len(q.toks) > 400 || q.block {
		return -1
	}
	if e.firstPara == nil {
		e.firstPara = map[string]int{}
		for i := range e.paras {
			for k := range e.paras[i].toks {
				if e.paras[i].isNameWord(k) { // (names are all it is asked about)
					if w := stStripPossessive(e.paras[i].toks[k].low); e.firstPara[w] == 0 && w != "" {
						e.firstPara[w] = i + 1
					}
				}
			}
		}
	}
	var idLast string
	if id >= 0 && len(e.ents[id].toks) > 0 {
		idLast = e.ents[id].toks[len(e.ents[id].toks)-1]
	}
	// The person in focus goes stale when neither of the two paragraphs
	// before names them; then anyone the paragraph before names may be
	// meant, not only a newcomer.
	stale := e.pi >= 2 && idLast != "" && len(e.paras[e.pi-2].toks) <= 400
	for k := 0; stale && k < len(e.paras[e.pi-2].toks); k++ {
		if stStripPossessive(e.paras[e.pi-2].toks[k].low) == idLast {
			stale = false
		}
	}
	found, paren := "", false
	for k := 0; k < len(q.toks); {
		if !q.isNameWord(k) {
			switch q.punct(k) {
			case "(":
				paren = true
			case ")":
				paren = false
			}
			k++
			continue
		}
		a := k
		for k < len(q.toks) && q.isNameWord(k) {
			k++
			if strings.HasSuffix(q.toks[k-1].low, "'s") || strings.HasSuffix(q.toks[k-1].low, "\u2019s") {
				break
			}
		}
		if k-a >= 3 && !q.givenAt(a) && q.givenAt(a+1) {
			a++ // "Ask Tom Hale …": a sentence's first word
		}
		last := stStripPossessive(q.toks[k-1].low)
		if last == idLast {
			return -1 // the one in focus is named there too
		}
		if paren || k-a < 2 || k-a > 3 || !q.givenAt(a) || stHasOrgWord(q, a, k) || e.firstPara[last] != e.pi && !stale {
			continue
		}
		if sx := stSexOfGiven(q.word(a)); g != 0 && sx != 0 && sx != g {
			continue
		}
		name := stStripPossessive(q.span(a, k))
		if found != "" && found != name {
			return -1 // two newcomers: no telling
		}
		found = name
	}
	if found == "" {
		return -1
	}
	return e.addEntity(found, stEntPerson, "", true)
}

// introducedAs reports whether an indefinite description of a person
// starts at k, after a name and its comma: "lunch with Cora Orona, a
// former firefighter who retired young" brings her in as the one the
// next sentences are about.
func (p *stPara) introducedAs(k int) bool {
	if w := p.word(k); w != "a" && w != "an" {
		return false
	}
	for m := k + 1; m < len(p.toks) && m < k+12; m++ {
		switch {
		case p.word(m) == "who" || p.punct(m) == "." || p.punct(m) == ",":
			return m > k+1
		case p.toks[m].kind != stWord:
			return false
		}
	}
	return false
}

// givenApposition reports whether the one word [s, k) is a given name in
// apposition to the subject, its verb after it: "A bearded man there,
// Martin, has lived here for years."
func (p *stPara) givenApposition(s, k int) bool {
	if k != s+1 || p.punct(s-1) != "," || p.punct(k) != "," || k+1 >= len(p.toks) || p.toks[k+1].cap {
		return false
	}
	w := p.word(k + 1)
	return p.givenAt(s) && (p.verbAt(k+1) || stPastVerbs[w] || stIrregularPast[w] || stIsVerbAux(w))
}

// stWebName reports whether w is a website's name: "factcheck.org".
func stWebName(w string) bool {
	w = stStripPossessive(w)
	for _, d := range []string{".org", ".com", ".net", ".gov", ".edu", ".co.uk", ".io"} {
		if len(w) > len(d)+1 && strings.HasSuffix(w, d) {
			return true
		}
	}
	return false
}

// epithet reports whether [s, t) describes a person the story has named
// rather than naming one: a party member ("the lifelong Republican") or
// a self-description ("the self-described democratic socialist").
func (p *stPara) epithet(s, t int) bool {
	if p.word(s) != "the" || t-s < 2 || t-s > 5 || !p.allWords(s, t) {
		return false
	}
	if w := p.word(s + 1); w == "self-described" || w == "self-proclaimed" || w == "self-styled" {
		return t-s >= 3
	}
	w := p.toks[t-1].low
	return t-s <= 4 && (w == "democrat" || w == "republican") && p.toks[t-1].cap
}

// stHasWordSuffixFold reports whether s ends in a space and then suffix,
// ignoring case: the last words of a name ("Ann Lee" of "Mayor Ann Lee").
func stHasWordSuffixFold(s, suffix string) bool {
	n := len(s) - len(suffix)
	return n > 0 && s[n-1] == ' ' && strings.EqualFold(s[n:], suffix)
}

// honorificName reports whether [a, b) opens with an honorific and a
// surname ("In Louisville, Ms. Nwanguma was …").
func (p *stPara) honorificName(a, b int) bool {
	for k := a; k+1 < b && k < a+12; k++ {
		if stHonorificSex(p.word(k)) != 0 && p.isNameWord(k+1) {
			return true
		}
	}
	return false
}

// stWordCount is len(strings.Fields(s)) without the allocation.
func stWordCount(s string) int {
	n, in := 0, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			in = false
		} else if !in {
			in = true
			n++
		}
	}
	return n
}

// leadsGovernment reports whether the article titles person id a
// president, prime minister, premier, chancellor or monarch.
func (e *stEngine) leadsGovernment(id int) bool {
	toks := e.ents[id].toks
	if len(toks) == 0 {
		return false
	}
	for t := range e.titles[toks[len(toks)-1]] {
		switch t {
		case "president", "prime minister", "premier", "chancellor", "king", "queen", "emperor", "leader":
			return true
		}
	}
	return false
}

// stOwnedSpeech are things said that a possessive name owns: "Comey's
// statement", "Lee's remarks".
var stOwnedSpeech = stWordSet("statement remarks comments testimony speech announcement interview address")

// noteSpeechOwner makes the person whose words sentence [a, b) mentions
// the one in focus when no person is its subject: "That might sound
// strange to anyone listening to FBI Director James Comey's statement.
// He called …" — the next "he" is Comey.
func (e *stEngine) noteSpeechOwner(p *stPara, a, b int) {
	owner := -1
	for k := a + 1; k+1 < b; k++ {
		if !stOwnedSpeech[p.word(k+1)] || !strings.HasSuffix(p.word(k), "'s") || !p.isNameWord(k) || !p.isNameWord(k-1) {
			continue
		}
		if owner >= 0 {
			return // two people's words: no focus
		}
		owner = k
	}
	if owner < 0 {
		return
	}
	s := owner - 1
	for s > a && owner-s < 4 && p.isNameWord(s-1) && !p.has(s-1, stBitCommonCap) {
		s--
	}
	if name, kind := p.nameOf(s, owner+1); name != "" && kind == stEntPerson && strings.Contains(name, " ") {
		e.addEntity(name, stEntPerson, "", true)
	}
}
