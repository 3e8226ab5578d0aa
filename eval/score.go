package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Thresholds of score.py.
const (
	// TextMatch is the token F1 of texts at which a prediction matches.
	TextMatch = 0.5
	// SpeakerMatch is the token F1 at which a speaker is right.
	SpeakerMatch = 0.7
)

// Prediction is one predicted statement, as a line of a predictions file.
type Prediction struct {
	Doc     string `json:"doc"`           // the gold document's ID
	Speaker string `json:"speaker"`       // the source as predicted
	Text    string `json:"text"`          // the content span
	Kind    string `json:"kind"`          // direct, indirect or mixed
	Cue     string `json:"cue,omitempty"` // the attribution verb or phrase
}

// WritePredictions writes preds as JSON lines.
func WritePredictions(w io.Writer, preds []Prediction) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, p := range preds {
		if err := enc.Encode(p); err != nil {
			return fmt.Errorf("eval: write prediction: %w", err)
		}
	}
	return nil
}

// ReadPredictions reads JSON lines; blank lines are skipped.
func ReadPredictions(r io.Reader) ([]Prediction, error) {
	var out []Prediction
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 64<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var p Prediction
		if err := json.Unmarshal([]byte(line), &p); err != nil {
			return nil, fmt.Errorf("eval: predictions line %d: %w", n, err)
		}
		out = append(out, p)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("eval: read predictions: %w", err)
	}
	return out, nil
}

// isWord reports whether r is a word character of Python's re module
// (letters, numbers and the underscore).
func isWord(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r)
}

// Tokens splits s as score.py does: NFKC, lower case, curly apostrophes
// made straight, a possessive 's removed, then runs of letters and digits.
// With dropDeterminers, the words a, an and the are dropped too.
func Tokens(s string, dropDeterminers bool) []string {
	s = strings.ToLower(norm.NFKC.String(s))
	s = strings.NewReplacer("\u2019", "'", "\u2018", "'").Replace(s)
	s = dropPossessive(s)
	var toks []string
	start := -1
	for i, r := range s {
		alnum := r != '_' && isWord(r)
		switch {
		case alnum && start < 0:
			start = i
		case !alnum && start >= 0:
			toks = appendToken(toks, s[start:i], dropDeterminers)
			start = -1
		}
	}
	if start >= 0 {
		toks = appendToken(toks, s[start:], dropDeterminers)
	}
	return toks
}

func appendToken(toks []string, t string, dropDeterminers bool) []string {
	if dropDeterminers && (t == "a" || t == "an" || t == "the") {
		return toks
	}
	return append(toks, t)
}

// dropPossessive removes every "'s" not followed by a word character
// (Python's r"'s\b").
func dropPossessive(s string) string {
	if !strings.Contains(s, "'s") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		if strings.HasPrefix(s[i:], "'s") {
			r, _ := utf8.DecodeRuneInString(s[i+2:])
			if i+2 == len(s) || !isWord(r) {
				i += 2
				continue
			}
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String()
}

// F1 is the token F1 of pred against gold (multiset overlap), 0 when
// either is empty.
func F1(pred, gold []string) float64 {
	if len(pred) == 0 || len(gold) == 0 {
		return 0
	}
	common := make(map[string]int, len(gold))
	for _, t := range gold {
		common[t]++
	}
	hit := 0
	for _, t := range pred {
		if common[t] > 0 {
			hit++
			common[t]--
		}
	}
	if hit == 0 {
		return 0
	}
	p := float64(hit) / float64(len(pred))
	r := float64(hit) / float64(len(gold))
	return 2 * p * r / (p + r)
}

// SpeakerOK reports whether pred names one of the alternatives (token F1
// without determiners at least SpeakerMatch).
func SpeakerOK(pred string, alternatives []string) bool {
	pt := Tokens(pred, true)
	for _, a := range alternatives {
		if F1(pt, Tokens(a, true)) >= SpeakerMatch {
			return true
		}
	}
	return false
}

// Pair is a matched gold and predicted statement, by index.
type Pair struct{ Gold, Pred int }

// Match pairs gold and predicted statements one to one, best text F1
// first; ties go to the higher gold index, then the higher prediction
// index, as Python's reverse sort of (score, gi, pi) tuples does.
func Match(gold []GoldStatement, preds []Prediction) []Pair {
	type cand struct {
		s      float64
		gi, pi int
	}
	var cands []cand
	pt := make([][]string, len(preds))
	for i, p := range preds {
		pt[i] = Tokens(p.Text, false)
	}
	for gi, g := range gold {
		gt := Tokens(g.Text, false)
		for pi := range preds {
			if s := F1(pt[pi], gt); s >= TextMatch {
				cands = append(cands, cand{s, gi, pi})
			}
		}
	}
	sort.Slice(cands, func(i, j int) bool {
		a, b := cands[i], cands[j]
		if a.s != b.s {
			return a.s > b.s
		}
		if a.gi != b.gi {
			return a.gi > b.gi
		}
		return a.pi > b.pi
	})
	usedG := make(map[int]bool)
	usedP := make(map[int]bool)
	var out []Pair
	for _, c := range cands {
		if usedG[c.gi] || usedP[c.pi] {
			continue
		}
		usedG[c.gi], usedP[c.pi] = true, true
		out = append(out, Pair{c.gi, c.pi})
	}
	return out
}
