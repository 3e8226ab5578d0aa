package query

import (
	"strings"
	"testing"
	"time"

	"github.com/quotewire/quotewire/index"
)

var now = time.Date(2025, 11, 30, 15, 4, 5, 0, time.UTC)

func TestParse(t *testing.T) {
	for _, tc := range []struct {
		name, in, want string
	}{
		{"empty", "   ", ""},
		{"words merge", "harbour wall repairs", "harbour wall repairs"},
		{"phrase", `"night ferry" fares`, `("night ferry" AND fares)`},
		{"curly quotes", `“night ferry”`, `"night ferry"`},
		{"or binds tighter", "ferry bus OR tram fares", "(ferry AND (bus OR tram) AND fares)"},
		{"explicit and between words", "ferry AND fares", "ferry fares"},
		{"not", "ferry NOT strike", "(ferry AND NOT strike)"},
		{"plus minus", "+ferry -strike", "((ferry) AND NOT strike)"},
		{"hyphenated word stays", "long-term plan", "long-term plan"},
		{"group", "(ferry OR bus) fares", "((ferry OR bus) AND fares)"},
		{"lower-case operators are words", "salt and pepper", "salt and pepper"},
		{"speaker", "speaker:netanyahu", "speaker:netanyahu"},
		{"speaker quoted", `speaker:"benjamin netanyahu" ceasefire`, `(speaker:"benjamin netanyahu" AND ceasefire)`},
		{"outlet cue kind", `outlet:"the harbor ledger" cue:warned kind:Direct`, `(outlet:"the harbor ledger" AND cue:warned AND kind:direct)`},
		{"field case", "Speaker:marquez", "speaker:marquez"},
		{"absolute dates", "since:2025-11-01 until:2025-11-30", "(since:2025-11-01T00:00:00Z AND until:2025-11-30T00:00:00Z)"},
		{"relative days", "since:7d", "since:2025-11-23T00:00:00Z"},
		{"relative weeks", "since:2w", "since:2025-11-16T00:00:00Z"},
		{"relative months", "since:3m", "since:2025-08-30T00:00:00Z"},
		{"relative years", "until:1y", "until:2024-11-30T00:00:00Z"},
		{"negated field", "-speaker:biden talks", "(NOT speaker:biden AND talks)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			q, err := Parse(tc.in, now)
			if err != nil {
				t.Fatalf("Parse(%q): %v", tc.in, err)
			}
			if got := q.Expr.String(); got != tc.want {
				t.Errorf("Parse(%q) = %s, want %s", tc.in, got, tc.want)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		pos      int
		token    string
	}{
		{"unknown field", "ferry colour:red", 7, "colour:"},
		{"unclosed quote", `ferry "night bus`, 7, `"night bus`},
		{"unclosed field quote", `speaker:"ben`, 1, `speaker:"ben`},
		{"missing value", "ferry speaker: x", 7, "speaker:"},
		{"bad date", "since:yesterday", 1, "since:yesterday"},
		{"bad kind", "kind:quote", 1, "kind:quote"},
		{"dangling or", "ferry OR", 7, "OR"},
		{"leading and", "AND ferry", 1, "AND"},
		{"unclosed paren", "(ferry bus", 1, "("},
		{"stray paren", "ferry )", 7, ")"},
		{"not at end", "ferry NOT", 7, "NOT"},
		{"position counts runes", "Erdoğan colour:x", 9, "colour:"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse(tc.in, now)
			if err == nil {
				t.Fatalf("Parse(%q): no error", tc.in)
			}
			qe, ok := err.(*Error)
			if !ok {
				t.Fatalf("Parse(%q): error %T %v, want *Error", tc.in, err, err)
			}
			if qe.Pos != tc.pos || qe.Token != tc.token {
				t.Errorf("Parse(%q): at %d %q, want at %d %q (%v)", tc.in, qe.Pos, qe.Token, tc.pos, tc.token, err)
			}
			if !strings.Contains(err.Error(), "position") {
				t.Errorf("error %q does not give the position", err)
			}
		})
	}
}

func TestParseLeavesFiltersToCaller(t *testing.T) {
	q, err := Parse("speaker:marquez", now)
	if err != nil {
		t.Fatal(err)
	}
	if q.Speaker != "" || q.Expr == nil || q.Expr.Op != index.OpField {
		t.Errorf("got %+v", q)
	}
}
