package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/quotewire/quotewire/export"
)

// run executes the quotewire command line in-process and returns its
// output and exit code.
func run(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	root := newRootCommand()
	root.SetArgs(args)
	root.SetOut(&out)
	root.SetErr(&errb)
	root.SetIn(strings.NewReader(""))
	err := root.ExecuteContext(context.Background())
	code = exitCode(&errb, err)
	return out.String(), errb.String(), code
}

func TestDemoSearchExport(t *testing.T) {
	data := filepath.Join(t.TempDir(), "data")
	out, errs, code := run(t, "--data", data, "demo")
	if code != 0 {
		t.Fatalf("demo: exit %d\n%s\n%s", code, out, errs)
	}
	for _, want := range []string{"articles fetched", "statements found", "quotewire --data " + data + " search"} {
		if !strings.Contains(out, want) {
			t.Errorf("demo output lacks %q:\n%s", want, out)
		}
	}

	// search --format json: one statement per line with the stable names.
	out, errs, code = run(t, "--data", data, "search", "--speaker", "marquez", "--format", "json", "--limit", "100")
	if code != 0 {
		t.Fatalf("search: exit %d: %s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) == 0 || lines[0] == "" {
		t.Fatal("search --speaker marquez found nothing")
	}
	for _, l := range lines {
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatalf("bad JSON line %q: %v", l, err)
		}
		for _, k := range []string{"speaker", "cue", "kind", "text", "to", "paragraph", "url", "title", "outlet", "published"} {
			if _, ok := m[k]; !ok {
				t.Errorf("JSON result lacks %q: %s", k, l)
			}
		}
		if !strings.Contains(strings.ToLower(m["speaker"].(string)), "marquez") {
			t.Errorf("speaker = %q", m["speaker"])
		}
	}

	// The table view names its columns and counts the results.
	out, _, code = run(t, "--data", data, "search", "--speaker", "marquez")
	if code != 0 || !strings.Contains(out, "SPEAKER") || !strings.Contains(out, "statements") {
		t.Errorf("table search: exit %d\n%s", code, out)
	}

	// export: RFC 4180 CSV that parses back, one row per statement.
	csvPath := filepath.Join(t.TempDir(), "all.csv")
	if _, errs, code = run(t, "--data", data, "export", "--out", csvPath); code != 0 {
		t.Fatalf("export: exit %d: %s", code, errs)
	}
	f, err := os.Open(csvPath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatalf("export is not valid CSV: %v", err)
	}
	if got := strings.Join(rows[0], ","); got != strings.Join(export.CSVHeader, ",") {
		t.Errorf("header = %s", got)
	}
	all, _, _ := run(t, "--data", data, "search", "--format", "json", "--limit", "100000")
	if want := strings.Count(all, "\n"); len(rows)-1 != want || want == 0 {
		t.Errorf("CSV has %d rows, search finds %d statements", len(rows)-1, want)
	}
	for i, r := range rows[1:] {
		if r[1] == "" || r[4] == "" || r[8] == "" {
			t.Errorf("row %d lacks speaker, statement or url: %q", i+1, r)
		}
	}

	// A second demo replaces the first one's folder.
	if _, errs, code = run(t, "--data", data, "demo"); code != 0 {
		t.Fatalf("second demo: exit %d: %s", code, errs)
	}
	again, _, _ := run(t, "--data", data, "search", "--format", "json", "--limit", "100000")
	if strings.Count(again, "\n") != strings.Count(all, "\n") {
		t.Errorf("second demo: %d statements, first: %d", strings.Count(again, "\n"), strings.Count(all, "\n"))
	}
}

func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	badCfg := filepath.Join(dir, "bad.yaml")
	os.WriteFile(badCfg, []byte("sources:\n  - name: x\n    start: [http://x.example/]\n    schedule: every hour\n"), 0o644)
	notDemo := filepath.Join(dir, "mine")
	os.MkdirAll(notDemo, 0o755)
	os.WriteFile(filepath.Join(notDemo, "notes.txt"), []byte("keep me"), 0o644)

	tests := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"malformed config", []string{"--config", badCfg, "crawl"}, 1, "bad.yaml:4: sources[0].schedule"},
		{"missing config", []string{"--config", filepath.Join(dir, "nope.yaml"), "crawl"}, 1, "nope.yaml"},
		{"no sources", []string{"--data", dir, "crawl"}, 2, "no sources"},
		{"bad date", []string{"--data", dir, "search", "--since", "last week"}, 2, "--since"},
		{"bad kind", []string{"--data", dir, "search", "--kind", "quote"}, 2, "--kind"},
		{"unknown flag", []string{"search", "--speakr", "x"}, 2, "unknown flag"},
		{"no index", []string{"--data", filepath.Join(dir, "empty"), "search", "x"}, 1, "no index in"},
		{"bad start URL", []string{"--data", dir, "crawl", "--start", "ftp://x.example/"}, 2, "scheme must be http"},
		{"demo refuses a foreign folder", []string{"--data", notDemo, "demo"}, 1, "did not make"},
		{"extract missing file", []string{"extract", filepath.Join(dir, "none.html")}, 1, "none.html"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, errs, code := run(t, tt.args...)
			if code != tt.code || !strings.Contains(errs, tt.want) {
				t.Errorf("exit %d (want %d), stderr %q (want %q)", code, tt.code, errs, tt.want)
			}
		})
	}
	if b, err := os.ReadFile(filepath.Join(notDemo, "notes.txt")); err != nil || string(b) != "keep me" {
		t.Error("demo touched a folder it did not make")
	}
}

func TestExtractFiles(t *testing.T) {
	dir := t.TempDir()
	page := filepath.Join(dir, "page.html")
	os.WriteFile(page, []byte(`<html lang="en"><head><title>Harbour dredging starts | Bay Courier</title>
<meta property="og:site_name" content="Bay Courier">
<meta property="article:published_time" content="2025-11-04T08:00:00Z"></head>
<body><article><h1>Harbour dredging starts</h1><p class="byline">By Ana Lindqvist</p>
<p>Dredging of the inner harbour began on Tuesday, months after the work was first promised to fishing crews.</p>
<p>"We have waited three winters for this," said Piet Jansen, who chairs the fishermen's cooperative.</p>
<p>The port authority said the channel would be deepened by two metres before the summer season.</p>
</article></body></html>`), 0o644)
	txt := filepath.Join(dir, "story.txt")
	os.WriteFile(txt, []byte("The council met on Monday.\n\"We will not raise the rates this year,\" Councillor Mara Obi said.\n"), 0o644)
	out, errs, code := run(t, "extract", "--url", "https://courier.example/2025/11/04/dredging", page, txt)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 {
		t.Fatalf("want 2 JSON lines, got %d:\n%s", len(lines), out)
	}
	var res struct {
		Input, URL, Title, Published, Language, Text string
		Authors                                      []string
		Statements                                   []struct{ Speaker, Cue, Kind, Text, To string }
	}
	if err := json.Unmarshal([]byte(lines[0]), &res); err != nil {
		t.Fatal(err)
	}
	if res.Input != page || res.Title != "Harbour dredging starts" || !strings.HasPrefix(res.Published, "2025-11-04") {
		t.Errorf("article = %+v", res)
	}
	if !strings.Contains(res.Text, "three winters") {
		t.Errorf("body lacks the quote paragraph: %q", res.Text)
	}
	found := false
	for _, s := range res.Statements {
		if strings.Contains(s.Speaker, "Piet Jansen") && s.Kind == "direct" && strings.Contains(s.Text, "three winters") {
			found = true
		}
	}
	if !found {
		t.Errorf("Jansen's quote not extracted: %+v", res.Statements)
	}
	if err := json.Unmarshal([]byte(lines[1]), &res); err != nil {
		t.Fatal(err)
	}
	if len(res.Statements) != 1 || !strings.Contains(res.Statements[0].Speaker, "Mara Obi") {
		t.Errorf("text input statements = %+v", res.Statements)
	}
}
