package index

import (
	"bufio"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// openTemp opens a fresh index in a temporary folder, closed at cleanup.
func openTemp(t *testing.T, opts Options) (*Index, string) {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "idx")
	ix, err := Open(dir, opts)
	if err != nil {
		t.Fatalf("Open(%s): %v", dir, err)
	}
	t.Cleanup(func() {
		if err := ix.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return ix, dir
}

// mustAdd adds recs or fails the test.
func mustAdd(t *testing.T, ix *Index, recs []Record) {
	t.Helper()
	if err := ix.Add(context.Background(), recs); err != nil {
		t.Fatalf("Add: %v", err)
	}
}

// mustCount returns the index's document count or fails the test.
func mustCount(t *testing.T, ix *Index) uint64 {
	t.Helper()
	n, err := ix.Count()
	if err != nil {
		t.Fatalf("Count: %v", err)
	}
	return n
}

// speakers lists the hits' speakers in order.
func speakers(hits []Hit) []string {
	out := make([]string, len(hits))
	for i, h := range hits {
		out[i] = h.Speaker
	}
	return out
}

// day returns midnight UTC of the given date in March 2024.
func day(d int) time.Time { return time.Date(2024, 3, d, 0, 0, 0, 0, time.UTC) }

// fixture is a small hand-written corpus with known answers.
func fixture() []Record {
	return []Record{
		{Speaker: "Benjamin Netanyahu", Cue: "said", Kind: "direct", Text: "We will not agree to a ceasefire before our goals are met.",
			URL: "https://a.example/1", Paragraph: 3, Title: "Netanyahu rejects ceasefire", Outlet: "Reuters", Published: day(1).Add(9 * time.Hour)},
		{Speaker: "Joe Biden", Cue: "told", Kind: "indirect", Text: "The president said a ceasefire deal was close and talks would resume.", To: "reporters",
			URL: "https://b.example/2", Paragraph: 1, Title: "Biden hopeful on talks", Outlet: "AP", Published: day(5).Add(14*time.Hour + 123456789)},
		{Speaker: "Olaf Scholz", Cue: "warned", Kind: "mixed", Text: "Energy prices remain the biggest risk for the economy.",
			URL: "https://c.example/3", Paragraph: 2, Title: "Scholz on energy", Outlet: "reuters", Published: day(3)},
		{Speaker: "Benjamin Gantz", Cue: "said", Kind: "direct", Text: "Elections should be held soon.",
			URL: "https://d.example/4", Paragraph: 5, Title: "Gantz calls for elections", Outlet: "Haaretz", Published: day(6).Add(time.Minute)},
		{Speaker: "Recep Tayyip Erdoğan", Cue: "said", Kind: "direct", Text: "Trade with Europe is growing, and a ceasefire helps everyone.",
			URL: "https://e.example/5", Paragraph: 1, Title: "Erdogan on trade", Outlet: "Al Jazeera", Published: day(2), Extracted: day(2).Add(90 * time.Minute)},
	}
}

func TestSearch(t *testing.T) {
	ix, _ := openTemp(t, Options{})
	mustAdd(t, ix, fixture())

	tests := []struct {
		name  string
		q     Query
		want  []string // speakers, in order
		total uint64
	}{
		{name: "all newest first", q: Query{},
			want: []string{"Benjamin Gantz", "Joe Biden", "Olaf Scholz", "Recep Tayyip Erdoğan", "Benjamin Netanyahu"}},
		{name: "speaker surname", q: Query{Speaker: "netanyahu"}, want: []string{"Benjamin Netanyahu"}},
		{name: "speaker full name", q: Query{Speaker: "Benjamin Netanyahu"}, want: []string{"Benjamin Netanyahu"}},
		{name: "speaker first name", q: Query{Speaker: "benjamin"}, want: []string{"Benjamin Gantz", "Benjamin Netanyahu"}},
		{name: "speaker folded", q: Query{Speaker: "erdogan"}, want: []string{"Recep Tayyip Erdoğan"}},
		{name: "speaker exact", q: Query{Speaker: `"benjamin netanyahu"`}, want: []string{"Benjamin Netanyahu"}},
		{name: "speaker exact needs whole name", q: Query{Speaker: `"netanyahu"`}, want: []string{}},
		{name: "speaker unknown", q: Query{Speaker: "macron"}, want: []string{}},
		{name: "outlet any case", q: Query{Outlet: "REUTERS"}, want: []string{"Olaf Scholz", "Benjamin Netanyahu"}},
		{name: "outlet with space", q: Query{Outlet: "al jazeera"}, want: []string{"Recep Tayyip Erdoğan"}},
		{name: "outlet is exact", q: Query{Outlet: "al"}, want: []string{}},
		{name: "kind", q: Query{Kind: "direct"}, want: []string{"Benjamin Gantz", "Recep Tayyip Erdoğan", "Benjamin Netanyahu"}},
		{name: "date range inclusive, until is a date", q: Query{Since: day(3), Until: day(5)},
			want: []string{"Joe Biden", "Olaf Scholz"}},
		{name: "until instant is inclusive", q: Query{Until: day(2)},
			want: []string{"Recep Tayyip Erdoğan", "Benjamin Netanyahu"}},
		{name: "since only", q: Query{Since: day(5).Add(14 * time.Hour)}, want: []string{"Benjamin Gantz", "Joe Biden"}},
		{name: "filters combine", q: Query{Speaker: "benjamin", Kind: "direct", Since: day(4)}, want: []string{"Benjamin Gantz"}},
		{name: "limit and offset", q: Query{Limit: 2, Offset: 1}, want: []string{"Joe Biden", "Olaf Scholz"}, total: 5},
		{name: "text ranks", q: Query{Text: "ceasefire talks"},
			want: []string{"Joe Biden", "Benjamin Netanyahu", "Recep Tayyip Erdoğan"}},
		{name: "text phrase", q: Query{Text: `"ceasefire helps"`}, want: []string{"Recep Tayyip Erdoğan"}},
		{name: "text with filter", q: Query{Text: "ceasefire", Outlet: "reuters"}, want: []string{"Benjamin Netanyahu"}},
		{name: "text in title", q: Query{Text: "hopeful"}, want: []string{"Joe Biden"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := ix.Search(context.Background(), tt.q)
			if err != nil {
				t.Fatalf("Search(%+v): %v", tt.q, err)
			}
			if got := speakers(res.Hits); !slices.Equal(got, tt.want) {
				t.Errorf("Search(%+v) = %q, want %q", tt.q, got, tt.want)
			}
			total := tt.total
			if total == 0 {
				total = uint64(len(tt.want))
			}
			if res.Total != total {
				t.Errorf("Total = %d, want %d", res.Total, total)
			}
			if tt.q.Text != "" {
				for i := 1; i < len(res.Hits); i++ {
					if res.Hits[i].Score > res.Hits[i-1].Score {
						t.Errorf("hit %d scores %v above hit %d (%v)", i, res.Hits[i].Score, i-1, res.Hits[i-1].Score)
					}
				}
			}
		})
	}
}

func TestSearchReturnsFullRecord(t *testing.T) {
	ix, _ := openTemp(t, Options{})
	recs := fixture()
	mustAdd(t, ix, recs)
	for _, want := range recs {
		res, err := ix.Search(context.Background(), Query{Speaker: want.Speaker, Since: want.Published, Until: want.Published.Add(time.Nanosecond)})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Hits) != 1 {
			t.Fatalf("%s: %d hits, want 1", want.Speaker, len(res.Hits))
		}
		got := res.Hits[0].Record
		if want.ID != recordID(want) {
			t.Errorf("Add set ID %q, want %q", want.ID, recordID(want))
		}
		if !got.Published.Equal(want.Published) || !got.Extracted.Equal(want.Extracted) {
			t.Errorf("times = %v, %v; want %v, %v", got.Published, got.Extracted, want.Published, want.Extracted)
		}
		got.Published, got.Extracted = want.Published, want.Extracted
		if got.SpeakerCanonical != want.Speaker {
			t.Errorf("SpeakerCanonical = %q, want %q", got.SpeakerCanonical, want.Speaker)
		}
		got.SpeakerCanonical = ""
		if got != want {
			t.Errorf("round trip:\n got %+v\nwant %+v", got, want)
		}
	}
}

func TestRecordIDIsDeterministic(t *testing.T) {
	r := fixture()[0]
	a, b := recordID(r), recordID(r)
	if a != b || len(a) != 32 {
		t.Fatalf("recordID = %q, %q; want equal 32-hex-digit IDs", a, b)
	}
	r.Paragraph++
	if recordID(r) == a {
		t.Error("recordID ignores the paragraph")
	}
}

func TestSearchRejectsBadQuery(t *testing.T) {
	ix, _ := openTemp(t, Options{})
	for _, q := range []Query{{Kind: "quoted"}, {Limit: -1}, {Since: day(5), Until: day(1)}} {
		if _, err := ix.Search(context.Background(), q); err == nil {
			t.Errorf("Search(%+v) succeeded, want an error", q)
		}
	}
}

func TestReplaceArticle(t *testing.T) {
	ix, _ := openTemp(t, Options{})
	ctx := context.Background()
	const url = "https://a.example/article"
	article := func(n int) []Record {
		var recs []Record
		for i := range n {
			recs = append(recs, Record{Speaker: "Olaf Scholz", Kind: "direct", Text: "Statement " + string(rune('A'+i)),
				Paragraph: i + 1, URL: url, Outlet: "Reuters", Published: day(1)})
		}
		return recs
	}
	mustAdd(t, ix, fixture())
	before := mustCount(t, ix)

	for range 2 {
		if err := ix.ReplaceArticle(ctx, url, article(3)); err != nil {
			t.Fatalf("ReplaceArticle: %v", err)
		}
		if n := mustCount(t, ix); n != before+3 {
			t.Fatalf("count after replacing with 3 = %d, want %d", n, before+3)
		}
	}

	if err := ix.ReplaceArticle(ctx, url, article(1)); err != nil {
		t.Fatalf("ReplaceArticle: %v", err)
	}
	if n := mustCount(t, ix); n != before+1 {
		t.Errorf("count after replacing with 1 = %d, want %d", n, before+1)
	}
	res, err := ix.Search(ctx, Query{Speaker: "scholz", Until: day(1)})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Hits) != 1 || res.Hits[0].Text != "Statement A" {
		t.Errorf("after replace: %+v, want only Statement A", res.Hits)
	}

	if err := ix.ReplaceArticle(ctx, url, nil); err != nil {
		t.Fatalf("ReplaceArticle(nil): %v", err)
	}
	if n := mustCount(t, ix); n != before {
		t.Errorf("count after replacing with none = %d, want %d", n, before)
	}

	bad := article(1)
	bad[0].URL = "https://elsewhere.example/"
	if err := ix.ReplaceArticle(ctx, url, bad); err == nil {
		t.Error("ReplaceArticle accepted a record of another article")
	}
}

func TestExportStreamsAllInDateOrder(t *testing.T) {
	ix, _ := openTemp(t, Options{BatchSize: 700})
	recs := corpus(2*exportPageSize+345, 1)
	mustAdd(t, ix, recs)

	var got []Record
	err := ix.Export(context.Background(), Query{Limit: 5, Offset: 3}, func(r Record) error {
		got = append(got, r)
		return nil
	})
	if err != nil {
		t.Fatalf("Export: %v", err)
	}
	if len(got) != len(recs) {
		t.Fatalf("exported %d records, want %d", len(got), len(recs))
	}
	seen := make(map[string]bool, len(got))
	for i, r := range got {
		if seen[r.ID] {
			t.Fatalf("record %s exported twice", r.ID)
		}
		seen[r.ID] = true
		if i > 0 {
			prev := got[i-1]
			if r.Published.After(prev.Published) || (r.Published.Equal(prev.Published) && r.ID < prev.ID) {
				t.Fatalf("record %d (%v %s) out of order after (%v %s)", i, r.Published, r.ID, prev.Published, prev.ID)
			}
		}
	}

	// A filtered export, and an error from fn stopping it.
	var direct int
	if err := ix.Export(context.Background(), Query{Kind: "direct"}, func(r Record) error {
		if r.Kind != "direct" {
			t.Fatalf("exported kind %q", r.Kind)
		}
		direct++
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	res, err := ix.Search(context.Background(), Query{Kind: "direct"})
	if err != nil {
		t.Fatal(err)
	}
	if uint64(direct) != res.Rows {
		t.Errorf("exported %d direct records, search counts %d rows", direct, res.Rows)
	}
	stop := errors.New("stop")
	if err := ix.Export(context.Background(), Query{}, func(Record) error { return stop }); !errors.Is(err, stop) {
		t.Errorf("Export returned %v, want the callback's error", err)
	}
}

func TestAddStopsOnCancelledContext(t *testing.T) {
	ix, _ := openTemp(t, Options{BatchSize: 10})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := ix.Add(ctx, corpus(30, 2)); !errors.Is(err, context.Canceled) {
		t.Fatalf("Add = %v, want context.Canceled", err)
	}
}

func TestReopenKeepsData(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "idx")
	ix, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	mustAdd(t, ix, fixture())
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	ix, err = Open(dir, Options{})
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer ix.Close()
	if n := mustCount(t, ix); n != uint64(len(fixture())) {
		t.Errorf("count after reopen = %d, want %d", n, len(fixture()))
	}
	res, err := ix.Search(context.Background(), Query{Speaker: "netanyahu"})
	if err != nil || len(res.Hits) != 1 {
		t.Errorf("search after reopen: %v, %v", res, err)
	}
}

func TestOpenErrors(t *testing.T) {
	tmp := t.TempDir()
	file := filepath.Join(tmp, "file")
	if err := os.WriteFile(file, []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(file, Options{}); err == nil || !strings.Contains(err.Error(), file) || !strings.Contains(err.Error(), "not a directory") {
		t.Errorf("Open(regular file) = %v, want an error naming %s as not a directory", err, file)
	}
	if _, err := Open(tmp, Options{}); err == nil || !strings.Contains(err.Error(), tmp) {
		t.Errorf("Open(non-empty folder without index) = %v, want an error naming %s", err, tmp)
	}
	empty := t.TempDir()
	ix, err := Open(empty, Options{})
	if err != nil {
		t.Fatalf("Open(empty folder) = %v, want a new index", err)
	}
	ix.Close()
}

func TestOpenLockedInProcess(t *testing.T) {
	_, dir := openTemp(t, Options{})
	start := time.Now()
	ix, err := Open(dir, Options{LockTimeout: 150 * time.Millisecond})
	if err == nil {
		ix.Close()
		t.Fatal("second Open succeeded while the index is open")
	}
	if !errors.Is(err, ErrLocked) || !strings.Contains(err.Error(), dir) {
		t.Fatalf("second Open = %v, want ErrLocked naming %s", err, dir)
	}
	if d := time.Since(start); d < 150*time.Millisecond || d > 5*time.Second {
		t.Errorf("second Open gave up after %v, want about 150ms", d)
	}
}

// holdEnv names the folder a re-executed test binary should hold open; see
// TestOpenLockedByOtherProcess.
const holdEnv = "QUOTEWIRE_INDEX_TEST_HOLD"

// TestOpenLockedByOtherProcess runs this test binary again as a child that
// opens the index and keeps it open until its stdin closes, and checks that
// Open here fails with ErrLocked meanwhile and succeeds once the child ends.
func TestOpenLockedByOtherProcess(t *testing.T) {
	if dir := os.Getenv(holdEnv); dir != "" {
		holdIndex(t, dir)
		return
	}
	dir := filepath.Join(t.TempDir(), "idx")
	ix, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	mustAdd(t, ix, fixture())
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}

	cmd := exec.Command(os.Args[0], "-test.run=^TestOpenLockedByOtherProcess$")
	cmd.Env = append(os.Environ(), holdEnv+"="+dir)
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = cmd.Process.Kill(); _ = cmd.Wait() })
	ready := bufio.NewScanner(stdout)
	for ready.Scan() && ready.Text() != "holding" {
	}

	if ix, err := Open(dir, Options{LockTimeout: 100 * time.Millisecond}); !errors.Is(err, ErrLocked) {
		if err == nil {
			ix.Close()
		}
		t.Fatalf("Open while another process holds the index = %v, want ErrLocked", err)
	}

	stdin.Close()
	if err := cmd.Wait(); err != nil {
		t.Fatalf("child: %v", err)
	}
	ix, err = Open(dir, Options{LockTimeout: 100 * time.Millisecond})
	if err != nil {
		t.Fatalf("Open after the other process exited: %v", err)
	}
	defer ix.Close()
	if n := mustCount(t, ix); n != uint64(len(fixture())) {
		t.Errorf("count = %d, want %d", n, len(fixture()))
	}
}

// holdIndex is the child side of TestOpenLockedByOtherProcess.
func holdIndex(t *testing.T, dir string) {
	ix, err := Open(dir, Options{})
	if err != nil {
		t.Fatalf("child Open: %v", err)
	}
	os.Stdout.WriteString("holding\n")
	_, _ = bufio.NewReader(os.Stdin).ReadString('\n') // until the parent closes stdin
	if err := ix.Close(); err != nil {
		t.Fatalf("child Close: %v", err)
	}
}
