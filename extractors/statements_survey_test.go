package extractors

import (
	"os"
	"testing"
)

// TestStatementsSurvey prints the statements found in every benchmark
// page when QUOTEWIRE_SURVEY is set; a aid for reviewing the rules on
// text without gold annotations.
func TestStatementsSurvey(t *testing.T) {
	if os.Getenv("QUOTEWIRE_SURVEY") == "" {
		t.Skip("set QUOTEWIRE_SURVEY=1 to print statements of the benchmark pages")
	}
	for _, paras := range statementBenchPages(t) {
		st := Statements(paras)
		t.Logf("==== %d paragraphs, %d statements", len(paras), len(st))
		for _, s := range st {
			t.Logf("%-40.40q %-12s %-8s %.110s", s.Speaker, s.Cue, s.Kind, s.Text)
		}
	}
}
