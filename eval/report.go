package eval

import (
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
)

// DocReport is the score of one gold document.
type DocReport struct {
	ID             string // the gold document's ID
	Gold           int    // gold statements
	Predicted      int    // predicted statements
	Matched        int    // matched pairs
	SpeakerCorrect int    // matched pairs whose speaker is right
	KindCorrect    int    // matched pairs whose kind is right
	// WrongSpeakers are matched pairs with a wrong speaker.
	WrongSpeakers []WrongSpeaker
	// Misses are gold statements left unmatched.
	Misses []GoldStatement
	// Extras are predictions left unmatched.
	Extras []Prediction
}

// WrongSpeaker is a matched pair whose speaker is wrong.
type WrongSpeaker struct {
	Gold GoldStatement // the gold statement
	Pred Prediction    // the prediction matched to it
}

// Report is the score of a prediction set over gold documents, in the
// order of the gold documents.
type Report struct {
	// Docs holds one entry per gold document.
	Docs []DocReport
	// TP, FP and FN count matched, unmatched predicted and unmatched gold
	// statements.
	TP, FP, FN int
	// SpeakerCorrect and KindCorrect count matched pairs with the right
	// speaker and kind.
	SpeakerCorrect, KindCorrect int
	// Unknown lists prediction documents that are not in gold, sorted.
	Unknown []string
}

// Score matches preds against gold document by document, as score.py does.
func Score(gold []Gold, preds []Prediction) Report {
	var r Report
	// A later gold file with the same id replaces an earlier one but keeps
	// its place, as a Python dict does.
	order := []string{}
	byID := map[string][]GoldStatement{}
	for _, g := range gold {
		if _, ok := byID[g.ID]; !ok {
			order = append(order, g.ID)
		}
		byID[g.ID] = g.Statements
	}
	byDoc := map[string][]Prediction{}
	for _, p := range preds {
		byDoc[p.Doc] = append(byDoc[p.Doc], p)
	}
	for _, id := range order {
		g, p := byID[id], byDoc[id]
		m := Match(g, p)
		d := DocReport{ID: id, Gold: len(g), Predicted: len(p), Matched: len(m)}
		mg := make(map[int]bool, len(m))
		mp := make(map[int]bool, len(m))
		for _, pr := range m {
			mg[pr.Gold], mp[pr.Pred] = true, true
			if SpeakerOK(p[pr.Pred].Speaker, g[pr.Gold].Speaker) {
				d.SpeakerCorrect++
			} else {
				d.WrongSpeakers = append(d.WrongSpeakers, WrongSpeaker{g[pr.Gold], p[pr.Pred]})
			}
			if p[pr.Pred].Kind == g[pr.Gold].Kind {
				d.KindCorrect++
			}
		}
		for gi, s := range g {
			if !mg[gi] {
				d.Misses = append(d.Misses, s)
			}
		}
		for pi, s := range p {
			if !mp[pi] {
				d.Extras = append(d.Extras, s)
			}
		}
		r.TP += d.Matched
		r.FP += d.Predicted - d.Matched
		r.FN += d.Gold - d.Matched
		r.SpeakerCorrect += d.SpeakerCorrect
		r.KindCorrect += d.KindCorrect
		r.Docs = append(r.Docs, d)
	}
	for doc := range byDoc {
		if _, ok := byID[doc]; !ok {
			r.Unknown = append(r.Unknown, doc)
		}
	}
	sort.Strings(r.Unknown)
	return r
}

func prf(hits, predicted, expected int) (p, r, f float64) {
	if predicted > 0 {
		p = float64(hits) / float64(predicted)
	}
	if expected > 0 {
		r = float64(hits) / float64(expected)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// Precision is the share of predictions matched to a gold statement.
func (r Report) Precision() float64 { p, _, _ := prf(r.TP, r.TP+r.FP, r.TP+r.FN); return p }

// Recall is the share of gold statements matched to a prediction.
func (r Report) Recall() float64 { _, x, _ := prf(r.TP, r.TP+r.FP, r.TP+r.FN); return x }

// F1 is the harmonic mean of Precision and Recall.
func (r Report) F1() float64 { _, _, f := prf(r.TP, r.TP+r.FP, r.TP+r.FN); return f }

// AttributedPrecision counts a prediction only if matched with the right
// speaker, over all predictions.
func (r Report) AttributedPrecision() float64 {
	p, _, _ := prf(r.SpeakerCorrect, r.TP+r.FP, r.TP+r.FN)
	return p
}

// AttributedRecall is the attributed hits over all gold statements.
func (r Report) AttributedRecall() float64 {
	_, x, _ := prf(r.SpeakerCorrect, r.TP+r.FP, r.TP+r.FN)
	return x
}

// AttributedF1 is the headline figure of score.py.
func (r Report) AttributedF1() float64 {
	_, _, f := prf(r.SpeakerCorrect, r.TP+r.FP, r.TP+r.FN)
	return f
}

// SpeakerAccuracy is the share of matched statements with the right speaker.
func (r Report) SpeakerAccuracy() float64 {
	if r.TP == 0 {
		return 0
	}
	return float64(r.SpeakerCorrect) / float64(r.TP)
}

// KindAccuracy is the share of matched statements with the right kind.
func (r Report) KindAccuracy() float64 {
	if r.TP == 0 {
		return 0
	}
	return float64(r.KindCorrect) / float64(r.TP)
}

// Summary is the last line of score.py's output.
func (r Report) Summary() string {
	return fmt.Sprintf("statements P=%.3f R=%.3f F1=%.3f | speaker-accuracy=%.3f kind-accuracy=%.3f | attributed F1=%.3f",
		r.Precision(), r.Recall(), r.F1(), r.SpeakerAccuracy(), r.KindAccuracy(), r.AttributedF1())
}

// Write prints the report in score.py's format: one line per document
// (with verbose, its wrong speakers, misses and extras), then the summary.
func (r Report) Write(w io.Writer, verbose bool) error {
	var b strings.Builder
	for _, d := range r.Docs {
		fmt.Fprintf(&b, "%s: gold %d predicted %d matched %d speaker-correct %d\n",
			d.ID, d.Gold, d.Predicted, d.Matched, d.SpeakerCorrect)
		if !verbose {
			continue
		}
		for _, ws := range d.WrongSpeakers {
			fmt.Fprintf(&b, "   WRONG SPEAKER %s for %s: %s\n",
				pyRepr(ws.Pred.Speaker), pyRepr(first(ws.Gold.Speaker)), prefix(ws.Gold.Text, 70))
		}
		for _, s := range d.Misses {
			fmt.Fprintf(&b, "   MISSED %s %s: %s\n", pyRepr(first(s.Speaker)), s.Cue, prefix(s.Text, 80))
		}
		for _, s := range d.Extras {
			fmt.Fprintf(&b, "   EXTRA %s: %s\n", pyRepr(s.Speaker), prefix(s.Text, 80))
		}
	}
	if len(r.Unknown) > 0 {
		u := r.Unknown
		if len(u) > 5 {
			u = u[:5]
		}
		q := make([]string, len(u))
		for i, s := range u {
			q[i] = pyRepr(s)
		}
		fmt.Fprintf(&b, "note: predictions for documents not in gold ignored: [%s]\n", strings.Join(q, ", "))
	}
	b.WriteString(r.Summary())
	b.WriteByte('\n')
	if _, err := io.WriteString(w, b.String()); err != nil {
		return fmt.Errorf("eval: write report: %w", err)
	}
	return nil
}

func first(ss []string) string {
	if len(ss) == 0 {
		return ""
	}
	return ss[0]
}

// prefix is s[:n] in code points, as Python slices strings.
func prefix(s string, n int) string {
	i := 0
	for j := range s {
		if i == n {
			return s[:j]
		}
		i++
	}
	return s
}

// pyRepr approximates Python's repr of a str.
func pyRepr(s string) string {
	q := byte('\'')
	if strings.ContainsRune(s, '\'') && !strings.ContainsRune(s, '"') {
		q = '"'
	}
	var b strings.Builder
	b.WriteByte(q)
	for _, c := range s {
		switch {
		case c == '\\':
			b.WriteString(`\\`)
		case c == rune(q):
			b.WriteByte('\\')
			b.WriteByte(q)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			b.WriteString(`\r`)
		case c == '\t':
			b.WriteString(`\t`)
		case c < 0x20 || c == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, c)
		case !strconv.IsPrint(c) && c != ' ':
			switch {
			case c <= 0xff:
				fmt.Fprintf(&b, `\x%02x`, c)
			case c <= 0xffff:
				fmt.Fprintf(&b, `\u%04x`, c)
			default:
				fmt.Fprintf(&b, `\U%08x`, c)
			}
		default:
			b.WriteRune(c)
		}
	}
	b.WriteByte(q)
	return b.String()
}
