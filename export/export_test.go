package export

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/quotewire/quotewire/index"
)

func TestSanitize(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"},
		{"+1 555 0100", "'+1 555 0100"},
		{"-10 degrees", "'-10 degrees"},
		{"@mayor", "'@mayor"},
		{"\tindented", "'\tindented"},
		{"\rreturn", "'\rreturn"},
		{"plain text", "plain text"},
		{"a=b", "a=b"},
		{"", ""},
	} {
		if got := Sanitize(tc.in); got != tc.want {
			t.Errorf("Sanitize(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestReadJSONLines(t *testing.T) {
	in := strings.Join([]string{
		`{"speaker":"Ines Callow","text":"The pier closes.","url":"https://a.example/1","published":"2025-11-02T08:00:00Z","kind":"direct"}`,
		``,
		`not json`,
		`{"speaker":"Ines Callow","text":"x","url":"https://a.example/1","published":"yesterday"}`,
		`{"speaker":"Ines Callow","text":"x","url":"https://a.example/1","kind":"shouted"}`,
		`{"speaker":"Ines Callow","text":"","url":"https://a.example/1"}`,
		`{"speaker":"Tomas Reyes","text":"Ferries run.","url":"https://b.example/2","role":"Harbour Master"}`,
	}, "\n")
	for _, tc := range []struct {
		name     string
		stopAt   int // stop when this line is bad; 0: skip all
		good     int
		badLines []int
	}{
		{"skip", 0, 2, []int{3, 4, 5, 6}},
		{"stop", 4, 1, []int{3, 4}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var good []index.Record
			var bad []int
			stop := errors.New("stop")
			err := ReadJSONLines(strings.NewReader(in), func(r index.Record) error {
				good = append(good, r)
				return nil
			}, func(le *LineError) error {
				bad = append(bad, le.Line)
				if le.Line == tc.stopAt {
					return stop
				}
				return nil
			})
			if tc.stopAt != 0 && !errors.Is(err, stop) || tc.stopAt == 0 && err != nil {
				t.Fatalf("err = %v", err)
			}
			if len(good) != tc.good || !slices.Equal(bad, tc.badLines) {
				t.Errorf("good %d bad %v, want %d %v", len(good), bad, tc.good, tc.badLines)
			}
			if tc.stopAt == 0 && good[1].Role != "Harbour Master" {
				t.Errorf("role not read: %+v", good[1])
			}
		})
	}
}
