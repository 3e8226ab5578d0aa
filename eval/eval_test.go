package eval

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// sharedDir is /work/shared seen from this package's folder.
var sharedDir = filepath.Join("..", "..", "shared")

func devGold(t *testing.T) []Gold {
	t.Helper()
	dir := filepath.Join(sharedDir, "gold", "dev")
	if d := os.Getenv("QUOTEWIRE_GOLD"); d != "" {
		dir = d // score another gold set, e.g. a held-out one
	}
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("dev gold set %s not present (it lives beside the repo in ../shared): %v", dir, err)
	}
	gold, err := LoadGoldDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	return gold
}

func devPredictions(t *testing.T, gold []Gold) []Prediction {
	t.Helper()
	var preds []Prediction
	for _, g := range gold {
		p, err := Predict(g)
		if err != nil {
			t.Fatal(err)
		}
		preds = append(preds, p...)
	}
	return preds
}

// TestDevScore prints the dev-set report; -v shows it, and
// QUOTEWIRE_VERBOSE=1 lists each miss, extra and wrong speaker.
func TestDevScore(t *testing.T) {
	gold := devGold(t)
	r := Score(gold, devPredictions(t, gold))
	var buf bytes.Buffer
	if err := r.Write(&buf, os.Getenv("QUOTEWIRE_VERBOSE") != ""); err != nil {
		t.Fatal(err)
	}
	t.Logf("dev report:\n%s", buf.String())
	t.Logf("attributed P=%.3f R=%.3f F1=%.3f", r.AttributedPrecision(), r.AttributedRecall(), r.AttributedF1())
}

// TestAgreesWithScorePy scores the extractor's dev predictions with both
// this package and score.py and requires identical verbose output.
func TestAgreesWithScorePy(t *testing.T) {
	gold := devGold(t)
	script := filepath.Join(sharedDir, "gold", "score.py")
	if _, err := os.Stat(script); err != nil {
		t.Skipf("reference scorer %s not present: %v", script, err)
	}
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not installed; cannot run score.py")
	}
	preds := devPredictions(t, gold)
	// Add predictions that exercise ties, unknown documents and repr quoting.
	if len(gold) > 0 && len(gold[0].Statements) > 0 {
		s := gold[0].Statements[0]
		preds = append(preds,
			Prediction{Doc: gold[0].ID, Speaker: "it's \"x\"", Text: s.Text, Kind: s.Kind},
			Prediction{Doc: gold[0].ID, Speaker: s.Speaker[0], Text: s.Text, Kind: "mixed"},
			Prediction{Doc: "no-such-doc", Speaker: "x", Text: "y"})
	}
	path := filepath.Join(t.TempDir(), "preds.jsonl")
	var buf bytes.Buffer
	if err := WritePredictions(&buf, preds); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, verbose := range []bool{false, true} {
		args := []string{script, filepath.Join(sharedDir, "gold", "dev"), path}
		if verbose {
			args = append(args, "--verbose")
		}
		out, err := exec.Command(python, args...).Output()
		if err != nil {
			t.Fatalf("score.py: %v", err)
		}
		var got bytes.Buffer
		if err := Score(gold, preds).Write(&got, verbose); err != nil {
			t.Fatal(err)
		}
		if got.String() != string(out) {
			t.Errorf("verbose=%v: report differs from score.py\n--- score.py\n%s\n--- eval\n%s", verbose, out, got.String())
		}
	}
}

func TestTokens(t *testing.T) {
	tests := []struct {
		name string
		in   string
		det  bool
		want string
	}{
		{"possessive", "The minister's office", false, "the minister office"},
		{"curly possessive", "Her team\u2019s plan", false, "her team plan"},
		{"determiners", "The office of a mayor", true, "office of mayor"},
		{"nfkc", "\uff21\uff22 fi\ufb01", false, "ab fifi"},
		{"underscore", "snake_case x", false, "snake case x"},
		{"apostrophe word", "it'sy don't", false, "it sy don t"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := strings.Join(Tokens(tt.in, tt.det), " "); got != tt.want {
				t.Errorf("Tokens(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestMatchTies(t *testing.T) {
	gold := []GoldStatement{{Text: "alpha beta"}, {Text: "alpha beta"}}
	preds := []Prediction{{Text: "alpha beta"}, {Text: "alpha beta"}}
	got := Match(gold, preds)
	want := []Pair{{1, 1}, {0, 0}}
	if len(got) != 2 || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("Match = %v, want %v", got, want)
	}
}
