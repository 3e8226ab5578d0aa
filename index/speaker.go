package index

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
	"golang.org/x/text/unicode/norm"
	"gopkg.in/yaml.v3"
)

// titles are honorifics, offices and roles that may precede a name. They
// are matched case-insensitively, longest first, with or without a final
// period, and moved from the name into the role.
var titles = func() [][]string {
	list := []string{
		"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
		"rev", "reverend", "father", "rabbi", "imam", "sheikh", "gen", "general", "col", "colonel",
		"capt", "captain", "lt", "lieutenant", "sgt", "sergeant", "adm", "admiral", "maj", "major",
		"sen", "senator", "rep", "representative", "congressman", "congresswoman", "gov", "governor",
		"lt gov", "lieutenant governor", "mayor", "deputy mayor", "president", "vice president",
		"president-elect", "former president", "prime minister", "deputy prime minister",
		"former prime minister", "foreign minister", "defense minister", "defence minister",
		"finance minister", "interior minister", "health minister", "economy minister",
		"minister", "secretary of state", "secretary", "chancellor", "king", "queen", "prince",
		"princess", "pope", "judge", "justice", "chief justice", "attorney general", "ambassador",
		"commissioner", "councilor", "councillor", "councilman", "councilwoman", "council member",
		"sheriff", "police chief", "fire chief", "harbor master", "harbour master", "chief", "superintendent", "spokesman", "spokeswoman",
		"spokesperson", "ceo", "chief executive", "chairman", "chairwoman", "chair", "director",
		"coach", "speaker", "leader", "opposition leader", "state", "u.s.", "us", "former", "acting",
	}
	out := make([][]string, len(list))
	for i, t := range list {
		out[i] = strings.Fields(t)
	}
	slices.SortFunc(out, func(a, b []string) int { return len(b) - len(a) })
	return out
}()

// orgWords name bodies, not people: "Federal Reserve Bank of New York"
// is one name.
var orgWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("bank university college school institute department ministry office agency council committee commission board court church house party union association society foundation company corporation group bureau service services authority federation league club team museum hospital center centre reserve republic kingdom state states city county") {
		m[w] = true
	}
	return m
}()

// affiliationAt returns the index of the "of" or "for" that follows a
// person's name of two to four words ("Ann Lee of the BBC", "Joost van
// Hoof of Fontys University"), or 0.
func affiliationAt(toks []string) int {
	for i := 2; i < len(toks)-1 && i <= 4; i++ {
		if toks[i] != "of" && toks[i] != "for" {
			continue
		}
		capitals := 0
		for _, t := range toks[:i] {
			if orgWords[strings.ToLower(strings.Trim(t, ".,'’"))] {
				return 0
			}
			if r := []rune(t)[0]; unicode.IsUpper(r) {
				capitals++
			}
		}
		if capitals < 2 || matchTitle(toks[:i]) >= i {
			return 0 // ("Prime Minister of Israel …" is a title)
		}
		return i
	}
	return 0
}

// StripSpeaker splits a speaker as written into a name and a role:
// leading honorifics and offices ("Mr.", "Prime Minister", "Gov.") and
// possessive affiliations ("Israel's") go to the role, as does an
// appositive after a comma ("Sara Cohen, a spokesperson for the city").
// Descriptions without a name ("a spokesperson for the ministry") are kept
// whole as the name. The name is never empty when speaker is not.
func StripSpeaker(speaker string) (name, role string) {
	stripCache.RLock()
	e, ok := stripCache.m[speaker]
	stripCache.RUnlock()
	if ok {
		return e[0], e[1]
	}
	name, role = stripSpeaker(speaker)
	stripCache.Lock()
	if len(stripCache.m) >= maxStripCache {
		clear(stripCache.m)
	}
	stripCache.m[speaker] = [2]string{name, role}
	stripCache.Unlock()
	return name, role
}

// stripCache remembers StripSpeaker's answers: indexing, search and export
// strip every row's speaker, and there are far fewer speakers (as written)
// than rows. It is emptied when it reaches maxStripCache entries.
var stripCache = struct {
	sync.RWMutex
	m map[string][2]string
}{m: map[string][2]string{}}

const maxStripCache = 1 << 16

// stripSpeaker is StripSpeaker without the cache.
func stripSpeaker(speaker string) (name, role string) {
	s := strings.Join(strings.Fields(speaker), " ")
	if s == "" {
		return "", ""
	}
	if i := strings.Index(s, ", "); i > 0 {
		name, role := StripSpeaker(s[:i])
		extra := strings.TrimSpace(s[i+2:])
		if role == "" {
			return name, extra
		}
		return name, role + ", " + extra
	}
	toks := strings.Fields(s)
	if first := toks[0]; first == "a" || first == "an" || first == "the" || first == "A" || first == "An" || first == "The" {
		return s, "" // a description, not a name
	}
	if i := affiliationAt(toks); i > 0 {
		// "Ann Lee of the BBC": the body the person speaks for is a role.
		name, role := StripSpeaker(strings.Join(toks[:i], " "))
		if role != "" {
			role += ", "
		}
		return name, role + strings.Join(toks[i:], " ")
	}
	var roleToks []string
	// Possessive affiliation: everything up to the last leading "X's".
	for i := len(toks) - 2; i >= 0; i-- {
		if t := toks[i]; strings.HasSuffix(t, "'s") || strings.HasSuffix(t, "’s") || strings.HasSuffix(t, "s'") {
			roleToks = append(roleToks, toks[:i+1]...)
			toks = toks[i+1:]
			break
		}
	}
	for len(toks) > 1 {
		n := matchTitle(toks)
		if n == 0 || n >= len(toks) {
			break
		}
		roleToks = append(roleToks, toks[:n]...)
		toks = toks[n:]
	}
	return strings.Join(toks, " "), strings.Join(roleToks, " ")
}

// matchTitle returns how many leading tokens of toks form a title, or 0.
func matchTitle(toks []string) int {
	for _, t := range titles {
		if len(t) > len(toks) {
			continue
		}
		ok := true
		for i, w := range t {
			if strings.TrimSuffix(strings.ToLower(toks[i]), ".") != w {
				ok = false
				break
			}
		}
		if ok {
			return len(t)
		}
	}
	return 0
}

// fold lower-cases s and removes diacritics: "Erdoğan" → "erdogan".
func fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(s)
	}
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// nameTokens are the folded words of a name, without punctuation and
// generational suffixes.
func nameTokens(name string) []string {
	var out []string
	for _, t := range strings.FieldsFunc(fold(name), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '\''
	}) {
		switch t {
		case "jr", "sr", "ii", "iii", "iv":
			continue
		}
		out = append(out, t)
	}
	return out
}

// particles may be lower-case inside a proper name.
var particles = map[string]bool{"von": true, "van": true, "der": true, "den": true, "de": true, "da": true,
	"di": true, "du": true, "del": true, "la": true, "le": true, "bin": true, "al": true, "el": true, "ben": true, "y": true}

// isProperName reports whether display looks like a person's or body's
// name rather than a description: every word capitalised, but for
// particles ("von der Leyen", "Lula da Silva").
func isProperName(display string) bool {
	for _, w := range strings.Fields(display) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !particles[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// surname is the last name token, the key under which names are grouped.
func surname(name string) string {
	t := nameTokens(name)
	if len(t) == 0 {
		return ""
	}
	return t[len(t)-1]
}

// nameKey is the index term for a stripped name: folded, single-spaced.
func nameKey(name string) string { return strings.Join(nameTokens(name), " ") }

// containsInOrder reports whether sub's tokens occur in toks in order.
func containsInOrder(toks, sub []string) bool {
	i := 0
	for _, t := range toks {
		if i < len(sub) && t == sub[i] {
			i++
		}
	}
	return i == len(sub)
}

// Aliases is the speakers.yaml file: names to merge into one speaker, and
// names to split into several by outlet. It is applied at query time.
//
//	merge:
//	  Benjamin Netanyahu: [Bibi, "Bibi Netanyahu"]
//	split:
//	  John Smith:
//	    The Harbor Ledger: John Smith (Harbor Ledger)
//	    Daily Planet: John Smith (Daily Planet)
type Aliases struct {
	// Merge maps a canonical name to other names of the same person.
	Merge map[string][]string `yaml:"merge"`
	// Split maps a canonical name to outlet → the name to use for that
	// outlet's statements.
	Split map[string]map[string]string `yaml:"split"`
}

// LoadAliases reads a speakers.yaml file. A missing file is no error when
// optional is set (it gives empty Aliases).
func LoadAliases(path string, optional bool) (*Aliases, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		if optional && os.IsNotExist(err) {
			return &Aliases{}, nil
		}
		return nil, fmt.Errorf("index: aliases: %w", err)
	}
	var a Aliases
	dec := yaml.NewDecoder(strings.NewReader(string(data)))
	dec.KnownFields(true)
	if err := dec.Decode(&a); err != nil && err.Error() != "EOF" {
		return nil, fmt.Errorf("index: aliases %s: %w", path, err)
	}
	return &a, nil
}

// speakerTable remembers every stripped name seen with how many
// statements used it, so that names can be grouped into speakers and
// searched by their canonical form. It is persisted in the index's
// internal storage.
type speakerTable struct {
	mu      sync.RWMutex
	names   map[string]*nameEntry // by nameKey
	aliases *Aliases
	canon   *canonState // nil when stale
	dirty   bool
}

// canonState is the speaker grouping derived from the names and aliases.
type canonState struct {
	canon    map[string]string   // name key → canonical display name
	canonKey map[string]string   // name key → name key of its canonical name
	members  map[string][]string // canonical name key → the name keys grouped under it
	// byToken maps a name token to the canonical keys whose key or a
	// member's key holds it: the candidates resolve checks, instead of
	// every group (there are tens of thousands of speakers).
	byToken map[string][]string
}

type nameEntry struct {
	Display string   `json:"d"`
	Count   int      `json:"n"`
	Forms   []string `json:"f,omitempty"` // surface forms as written, at most maxForms
}

// maxForms bounds the surface forms remembered per name.
const maxForms = 8

// seenName is one statement's speaker for speakerTable.note.
type seenName struct{ name, form string }

const internalSpeakers = "quotewire_speakers"

func newSpeakerTable() *speakerTable {
	return &speakerTable{names: map[string]*nameEntry{}, aliases: &Aliases{}}
}

func (st *speakerTable) load(data []byte) error {
	if len(data) == 0 {
		return nil
	}
	st.mu.Lock()
	defer st.mu.Unlock()
	return json.Unmarshal(data, &st.names)
}

func (st *speakerTable) marshal() ([]byte, bool, error) {
	st.mu.Lock()
	defer st.mu.Unlock()
	if !st.dirty {
		return nil, false, nil
	}
	st.dirty = false
	b, err := json.Marshal(st.names)
	return b, true, err
}

// note records the speakers of some statements.
func (st *speakerTable) note(seen []seenName) {
	if len(seen) == 0 {
		return
	}
	st.mu.Lock()
	defer st.mu.Unlock()
	for _, s := range seen {
		k := nameKey(s.name)
		if k == "" {
			continue
		}
		e := st.names[k]
		if e == nil {
			e = &nameEntry{Display: s.name}
			st.names[k] = e
			st.canon = nil
		}
		e.Count++
		if len(e.Forms) < maxForms && !slices.Contains(e.Forms, s.form) {
			e.Forms = append(e.Forms, s.form)
		}
	}
	st.dirty = true
}

func (st *speakerTable) setAliases(a *Aliases) {
	if a == nil {
		a = &Aliases{}
	}
	st.mu.Lock()
	defer st.mu.Unlock()
	st.aliases = a
	st.canon = nil
}

// canonicalMap returns nameKey → canonical name, computing it if stale:
// the fullest name seen with the same surname that contains the name's
// words in order (most words, then most statements), then merges.
// The caller holds at least the read lock... callers use canonical().
func (st *speakerTable) canonicalMap() map[string]string { return st.state().canon }

// state returns the current grouping, computing it if stale.
func (st *speakerTable) state() *canonState {
	st.mu.RLock()
	if c := st.canon; c != nil {
		st.mu.RUnlock()
		return c
	}
	st.mu.RUnlock()
	st.mu.Lock()
	defer st.mu.Unlock()
	if st.canon != nil {
		return st.canon
	}
	st.canon = st.compute()
	return st.canon
}

// compute groups the names; the caller holds the write lock.
func (st *speakerTable) compute() *canonState {
	bySurname := map[string][]string{}
	for k := range st.names {
		t := strings.Fields(k)
		if len(t) == 0 {
			continue
		}
		bySurname[t[len(t)-1]] = append(bySurname[t[len(t)-1]], k)
	}
	canon := make(map[string]string, len(st.names))
	for k, e := range st.names {
		toks := strings.Fields(k)
		best := k
		if len(toks) > 0 {
			for _, cand := range bySurname[toks[len(toks)-1]] {
				ct := strings.Fields(cand)
				if cand != k && !isProperName(st.names[cand].Display) || !containsInOrder(ct, toks) {
					continue
				}
				bt := strings.Fields(best)
				switch {
				case len(ct) > len(bt),
					len(ct) == len(bt) && st.names[cand].Count > st.names[best].Count,
					len(ct) == len(bt) && st.names[cand].Count == st.names[best].Count && cand < best:
					best = cand
				}
			}
		}
		canon[k] = st.names[best].Display
		_ = e
	}
	for target, others := range st.aliases.Merge {
		canon[nameKey(target)] = target
		for _, o := range others {
			canon[nameKey(o)] = target
		}
		// Names that were canonicalised to an alias follow it.
		for k, c := range canon {
			for _, o := range others {
				if nameKey(c) == nameKey(o) {
					canon[k] = target
				}
			}
		}
	}
	cs := &canonState{canon: canon, canonKey: make(map[string]string, len(canon)), members: map[string][]string{}}
	for k, c := range canon {
		ck := nameKey(c)
		cs.canonKey[k] = ck
		cs.members[ck] = append(cs.members[ck], k)
	}
	cs.byToken = make(map[string][]string, len(cs.members))
	for ck, ms := range cs.members {
		seen := map[string]bool{}
		for _, k := range append([]string{ck}, ms...) {
			for _, t := range strings.Fields(k) {
				if !seen[t] {
					seen[t] = true
					cs.byToken[t] = append(cs.byToken[t], ck)
				}
			}
		}
	}
	return cs
}

// canonical returns the canonical speaker for a stripped name and outlet.
func (st *speakerTable) canonical(name, outlet string) string {
	k := nameKey(name)
	cs := st.state()
	c, ok := cs.canon[k]
	if !ok {
		c = name
	}
	st.mu.RLock()
	defer st.mu.RUnlock()
	if len(st.aliases.Split) == 0 {
		return c
	}
	ck := cs.canonKey[k]
	for target, byOutlet := range st.aliases.Split {
		if nameKey(target) != ck {
			continue
		}
		for o, split := range byOutlet {
			if strings.EqualFold(o, outlet) {
				return split
			}
		}
	}
	return c
}

// speakerMatch is what a speaker filter resolves to: any of these name
// keys, optionally limited to one outlet (a split).
type speakerMatch struct {
	keys   []string
	outlet string
}

// resolve finds the name keys a speaker filter means. exact: v is a whole
// name (canonical, alias, split or surface form); otherwise v's words must
// all occur in the name, its canonical form or an alias, and the whole
// group of each such speaker is included.
func (st *speakerTable) resolve(v string, exact bool) []speakerMatch {
	cs := st.state()
	st.mu.RLock()
	defer st.mu.RUnlock()
	want := nameTokens(v)
	wantKey := strings.Join(want, " ")
	if len(want) == 0 {
		return nil
	}
	hit := func(k string) bool {
		if exact {
			return k == wantKey
		}
		return containsInOrder(strings.Fields(k), want) || containsAll(strings.Fields(k), want)
	}
	// Exact split names first.
	var out []speakerMatch
	for target, byOutlet := range st.aliases.Split {
		for o, split := range byOutlet {
			if hit(nameKey(split)) {
				out = append(out, speakerMatch{keys: cs.group(nameKey(target)), outlet: o})
			}
		}
	}
	groups := map[string]bool{}
	// Every key that hits holds want[0]: only groups with that token can.
	for _, ck := range cs.byToken[want[0]] {
		members := cs.members[ck]
		if hit(ck) {
			groups[ck] = true
			continue
		}
		for _, k := range members {
			if hit(k) {
				groups[ck] = true
				break
			}
		}
	}
	for target, others := range st.aliases.Merge {
		for _, o := range append([]string{target}, others...) {
			if hit(nameKey(o)) {
				groups[nameKey(target)] = true
			}
		}
	}
	var keys []string
	for g := range groups {
		keys = append(keys, cs.group(g)...)
	}
	if exact && !slices.Contains(keys, wantKey) {
		keys = append(keys, wantKey)
	}
	slices.Sort(keys)
	keys = slices.Compact(keys)
	if len(keys) > 0 {
		out = append(out, speakerMatch{keys: keys})
	}
	return out
}

// group lists the name keys whose canonical name has key g, and g itself.
func (cs *canonState) group(g string) []string {
	return append([]string{g}, cs.members[g]...)
}

func containsAll(toks, want []string) bool {
	for _, w := range want {
		if !slices.Contains(toks, w) {
			return false
		}
	}
	return true
}

// Speaker is one entry of Index.Speakers: a canonical speaker with its
// statement count and the surface forms (stripped names) seen.
type Speaker struct {
	Name    string   `json:"name"`
	Count   int      `json:"count"`
	Aliases []string `json:"aliases"`
}

// display returns the display form of a name key (the key itself when
// unknown).
func (st *speakerTable) display(k string) string {
	st.mu.RLock()
	defer st.mu.RUnlock()
	if e := st.names[k]; e != nil {
		return e.Display
	}
	return k
}

// Speakers lists canonical speakers by statement count, most first (ties
// by name), with the surface forms seen for each; limit ≤ 0 lists all.
// speakers.yaml splits are listed separately by outlet.
func (ix *Index) Speakers(ctx context.Context, limit int) ([]Speaker, error) {
	req := bleve.NewSearchRequestOptions(bleve.NewMatchAllQuery(), 0, 0, false)
	req.Score = "none"
	req.AddFacet("names", bleve.NewFacetRequest(fieldSpeakerName, 1<<20))
	all := ix.all()
	res, err := all.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("index: speakers: %w", err)
	}
	byName := map[string]*Speaker{}
	get := func(name string) *Speaker {
		s := byName[name]
		if s == nil {
			s = &Speaker{Name: name}
			byName[name] = s
		}
		return s
	}
	st := ix.speakers
	if f := res.Facets["names"]; f != nil && f.Terms != nil {
		for _, t := range f.Terms.Terms() {
			display := st.display(t.Term)
			s := get(st.canonical(display, ""))
			s.Count += t.Count
			st.mu.RLock()
			if e := st.names[t.Term]; e != nil {
				s.Aliases = append(s.Aliases, e.Forms...)
			}
			st.mu.RUnlock()
			if len(s.Aliases) == 0 || !slices.Contains(s.Aliases, display) {
				s.Aliases = append(s.Aliases, display)
			}
		}
	}
	// Splits: count each outlet's part and take it from the whole.
	st.mu.RLock()
	splits := st.aliases.Split
	st.mu.RUnlock()
	for target, byOutlet := range splits {
		whole := byName[target]
		if whole == nil {
			continue
		}
		for outlet, split := range byOutlet {
			q := bleve.NewConjunctionQuery(ix.speakerQuery(target, true), mustField(ix.fieldQuery(FieldOutlet, outlet, true)))
			r := bleve.NewSearchRequestOptions(q, 0, 0, false)
			r.Score = "none"
			res, err := all.SearchInContext(ctx, r)
			if err != nil {
				return nil, fmt.Errorf("index: speakers: split %s: %w", split, err)
			}
			if res.Total == 0 {
				continue
			}
			s := get(split)
			s.Count += int(res.Total)
			s.Aliases = whole.Aliases
			whole.Count -= int(res.Total)
		}
		if whole.Count <= 0 {
			delete(byName, target)
		}
	}
	out := make([]Speaker, 0, len(byName))
	for _, s := range byName {
		slices.Sort(s.Aliases)
		s.Aliases = slices.Compact(s.Aliases)
		out = append(out, *s)
	}
	slices.SortFunc(out, func(a, b Speaker) int {
		if a.Count != b.Count {
			return b.Count - a.Count
		}
		return strings.Compare(a.Name, b.Name)
	})
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	return out, nil
}

func mustField(q query.Query, err error) query.Query {
	if err != nil {
		return bleve.NewMatchNoneQuery()
	}
	return q
}
