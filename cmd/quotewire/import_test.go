package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// importLines are statements in the export format, written for this test.
var importLines = []string{
	`{"speaker":"Harbour Master Ines Callow","cue":"said","kind":"direct","text":"=SUM(A1:A9) is not how we count boats.","to":"","paragraph":2,"url":"https://ledger.example/a","title":"Boats","outlet":"Ledger","published":"2025-11-02T08:00:00Z","extracted":"2025-11-02T09:00:00Z","id":"id-1"}`,
	`{"speaker":"Ines Callow","cue":"warned","kind":"indirect","text":"the pier would close for a week","to":"reporters","paragraph":3,"url":"https://ledger.example/a","title":"Boats","outlet":"Ledger","published":"2025-11-02T08:00:00Z","id":"id-2"}`,
	`{"speaker":"Tomas Reyes","cue":"said","kind":"direct","text":"-10 degrees is cold for ferries.","to":"","paragraph":1,"url":"https://courier.example/b","title":"Cold","outlet":"Courier","published":"2025-11-05T12:30:00Z","id":"id-3"}`,
}

func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestImportExportRoundTrip(t *testing.T) {
	src := writeFile(t, "in.jsonl", strings.Join(importLines, "\n")+"\n")
	a := filepath.Join(t.TempDir(), "a")
	if out, errs, code := run(t, "--data", a, "import", src); code != 0 || !strings.Contains(errs, "imported 3 statements") {
		t.Fatalf("import: exit %d\n%s%s", code, out, errs)
	}
	first, errs, code := run(t, "--data", a, "export", "--format", "jsonl")
	if code != 0 {
		t.Fatalf("export: %s", errs)
	}
	if !strings.Contains(first, `"speaker_canonical":"Ines Callow"`) || !strings.Contains(first, `"role":"Harbour Master"`) {
		t.Errorf("export lacks canonical speaker or role:\n%s", first)
	}
	// export → import into an empty folder → export: the same rows.
	b := filepath.Join(t.TempDir(), "b")
	if _, errs, code := run(t, "--data", b, "import", writeFile(t, "x.jsonl", first)); code != 0 {
		t.Fatalf("re-import: %s", errs)
	}
	second, _, _ := run(t, "--data", b, "export", "--format", "jsonl")
	if first != second {
		t.Errorf("round trip differs:\n%s\n---\n%s", first, second)
	}
	csvA, _, _ := run(t, "--data", a, "export")
	csvB, _, _ := run(t, "--data", b, "export")
	if csvA != csvB || strings.Count(csvA, "\n") != 4 {
		t.Errorf("CSV round trip differs or wrong size:\n%s\n---\n%s", csvA, csvB)
	}
}

func TestImportBadLines(t *testing.T) {
	bad := []string{importLines[0], `{"speaker": "x"`, importLines[1], `{"speaker":"","text":"no one","url":"https://x.example"}`, importLines[2]}
	src := writeFile(t, "bad.jsonl", strings.Join(bad, "\n")+"\n")
	for _, tc := range []struct {
		name     string
		args     []string
		code     int
		reported []string
		count    int // statements in the index afterwards
	}{
		{"skip by default", nil, 0, []string{"line 2:", "line 4: missing speaker", "skipped 2 bad line(s)"}, 4},
		{"strict stops but keeps what was indexed", []string{"--strict"}, 1, []string{"line 2:", "--strict"}, 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data := filepath.Join(t.TempDir(), "d")
			// Something already indexed, which must survive.
			if _, errs, code := run(t, "--data", data, "import", writeFile(t, "pre.jsonl",
				`{"speaker":"Olu Adeyemi","cue":"said","kind":"direct","text":"Keep the lights on.","url":"https://pre.example/p","outlet":"Pre","published":"2025-10-01T00:00:00Z","id":"pre"}`+"\n")); code != 0 {
				t.Fatal(errs)
			}
			_, errs, code := run(t, append([]string{"--data", data, "import", src}, tc.args...)...)
			if code != tc.code {
				t.Errorf("exit %d, want %d: %s", code, tc.code, errs)
			}
			for _, want := range tc.reported {
				if !strings.Contains(errs, want) {
					t.Errorf("stderr lacks %q:\n%s", want, errs)
				}
			}
			out, _, _ := run(t, "--data", data, "export", "--format", "jsonl")
			if n := strings.Count(out, "\n"); n != tc.count {
				t.Errorf("%d statements indexed, want %d:\n%s", n, tc.count, out)
			}
		})
	}
}

func TestExportCSVOptions(t *testing.T) {
	data := filepath.Join(t.TempDir(), "d")
	if _, errs, code := run(t, "--data", data, "import", writeFile(t, "in.jsonl", strings.Join(importLines, "\n"))); code != 0 {
		t.Fatal(errs)
	}
	for _, tc := range []struct {
		name      string
		args      []string
		has, lack []string
	}{
		{"sanitised by default", nil, []string{`'=SUM(A1:A9)`, `'-10 degrees`}, []string{"\uFEFF", ",=SUM"}},
		{"no-sanitize", []string{"--no-sanitize"}, []string{",=SUM(A1:A9)", ",-10 degrees"}, []string{`'=SUM`}},
		{"bom", []string{"--bom"}, []string{"\uFEFFdate,speaker,"}, nil},
		{"query language", []string{"speaker:callow cue:warned"}, []string{"the pier would close"}, []string{"SUM", "ferries"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, errs, code := run(t, append([]string{"--data", data, "export"}, tc.args...)...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errs)
			}
			for _, s := range tc.has {
				if !strings.Contains(out, s) {
					t.Errorf("output lacks %q:\n%s", s, out)
				}
			}
			for _, s := range tc.lack {
				if strings.Contains(out, s) {
					t.Errorf("output has %q:\n%s", s, out)
				}
			}
		})
	}
}

func TestSearchAndSpeakersCommands(t *testing.T) {
	data := filepath.Join(t.TempDir(), "d")
	if _, errs, code := run(t, "--data", data, "import", writeFile(t, "in.jsonl", strings.Join(importLines, "\n"))); code != 0 {
		t.Fatal(errs)
	}
	for _, tc := range []struct {
		name string
		args []string
		code int
		has  []string
	}{
		{"speaker field across forms", []string{"search", `speaker:"ines callow"`}, 0, []string{"2 of 2 statements", "Ines Callow"}},
		{"language and flags combine", []string{"search", "pier OR ferries", "--outlet", "courier"}, 0, []string{"1 of 1 statements", "Tomas Reyes"}},
		{"facets", []string{"search", "--facets"}, 0, []string{"TOP SPEAKERS", "2  Ines Callow", "TIMELINE", "2025-11-02"}},
		{"relative date", []string{"search", "since:3d"}, 0, []string{"no statements found"}},
		{"bad query names token", []string{"search", "colour:red"}, 2, nil},
		{"bad sort", []string{"search", "--sort", "alpha"}, 2, nil},
		{"speakers", []string{"speakers"}, 0, []string{"Ines Callow", "Harbour Master Ines Callow", "Tomas Reyes"}},
		{"speakers json", []string{"speakers", "--format", "json"}, 0, []string{`{"name":"Ines Callow","count":2,"aliases":["Harbour Master Ines Callow","Ines Callow"]}`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, errs, code := run(t, append([]string{"--data", data}, tc.args...)...)
			if code != tc.code {
				t.Fatalf("exit %d, want %d\n%s%s", code, tc.code, out, errs)
			}
			for _, s := range tc.has {
				if !strings.Contains(out, s) {
					t.Errorf("output lacks %q:\n%s", s, out)
				}
			}
		})
	}
}
