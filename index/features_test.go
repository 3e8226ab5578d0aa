package index

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestStripSpeaker(t *testing.T) {
	for _, tc := range []struct{ in, name, role string }{
		{"Netanyahu", "Netanyahu", ""},
		{"Benjamin Netanyahu", "Benjamin Netanyahu", ""},
		{"Israel's Prime Minister Benjamin Netanyahu", "Benjamin Netanyahu", "Israel's Prime Minister"},
		{"Mr. Netanyahu", "Netanyahu", "Mr."},
		{"Foreign Minister Gideon Saar", "Gideon Saar", "Foreign Minister"},
		{"Gov. Maura Healey", "Maura Healey", "Gov."},
		{"Mayor Elena Marquez", "Elena Marquez", "Mayor"},
		{"Sen. Dr. Ada Quill", "Ada Quill", "Sen. Dr."},
		{"President", "President", ""},
		{"Sara Cohen, a spokesperson for the city", "Sara Cohen", "a spokesperson for the city"},
		{"a spokesperson for the ministry", "a spokesperson for the ministry", ""},
		{"  Ursula   von der Leyen ", "Ursula von der Leyen", ""},
		{"Ann Lee of the BBC", "Ann Lee", "of the BBC"},
		{"Joost van Dam of the Delft Institute of Design", "Joost van Dam", "of the Delft Institute of Design"},
		{"Dr. Ines Varro of Coastal Public Radio", "Ines Varro", "Dr., of Coastal Public Radio"},
		{"Federal Reserve Bank of New York", "Federal Reserve Bank of New York", ""},
		{"Bank of America", "Bank of America", ""},
		{"Secretary of State Anna Berg", "Anna Berg", "Secretary of State"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			name, role := StripSpeaker(tc.in)
			if name != tc.name || role != tc.role {
				t.Errorf("StripSpeaker(%q) = %q, %q; want %q, %q", tc.in, name, role, tc.name, tc.role)
			}
		})
	}
}

// speakerFixture: one person under four surface forms, plus a namesake
// and a different person with the same surname.
func speakerFixture() []Record {
	at := func(d int) time.Time { return time.Date(2025, 11, d, 10, 0, 0, 0, time.UTC) }
	return []Record{
		{Speaker: "Netanyahu", Cue: "said", Kind: "indirect", Text: "The talks in Cairo had made real progress.", URL: "https://h.example/1", Outlet: "Harbor Ledger", Published: at(3)},
		{Speaker: "Benjamin Netanyahu", Cue: "said", Kind: "direct", Text: "We will keep the crossings open for aid.", URL: "https://h.example/2", Outlet: "Harbor Ledger", Published: at(4)},
		{Speaker: "Israel's Prime Minister Benjamin Netanyahu", Cue: "warned", Kind: "direct", Text: "No one should test our resolve on the northern border.", URL: "https://q.example/3", Outlet: "Quay Times", Published: at(5)},
		{Speaker: "Mr. Netanyahu", Cue: "told", Kind: "indirect", Text: "the cabinet would meet again on Sunday", URL: "https://q.example/4", Outlet: "Quay Times", Published: at(6)},
		{Speaker: "Sara Netanyahu", Cue: "said", Kind: "direct", Text: "The hospital visit was deeply moving.", URL: "https://q.example/5", Outlet: "Quay Times", Published: at(7)},
		{Speaker: "Bibi", Cue: "said", Kind: "direct", Text: "Nobody builds a coalition in a day.", URL: "https://q.example/6", Outlet: "Quay Times", Published: at(8)},
	}
}

func TestSpeakerSearchFindsAllForms(t *testing.T) {
	ix, _ := openTemp(t, Options{})
	mustAdd(t, ix, speakerFixture())
	ctx := context.Background()
	for _, tc := range []struct {
		name  string
		q     Query
		want  int
		canon string
	}{
		{"surname finds every form and the namesake", Query{Speaker: "netanyahu"}, 5, ""},
		{"first name finds the person's group", Query{Speaker: "benjamin"}, 4, "Benjamin Netanyahu"},
		{"whole name in quotes finds surname-only mentions", Query{Speaker: `"benjamin netanyahu"`}, 4, "Benjamin Netanyahu"},
		{"expression field", Query{Expr: &Expr{Op: OpField, Field: FieldSpeaker, Value: "Benjamin Netanyahu", Exact: true}}, 4, "Benjamin Netanyahu"},
		{"namesake alone", Query{Speaker: `"sara netanyahu"`}, 1, "Sara Netanyahu"},
		{"no alias without speakers.yaml", Query{Speaker: `"bibi"`}, 1, "Bibi"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, err := ix.Search(ctx, tc.q)
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Hits) != tc.want {
				t.Fatalf("%d hits %v, want %d", len(res.Hits), speakers(res.Hits), tc.want)
			}
			for _, h := range res.Hits {
				if tc.canon != "" && h.SpeakerCanonical != tc.canon {
					t.Errorf("%q: canonical %q, want %q", h.Speaker, h.SpeakerCanonical, tc.canon)
				}
			}
		})
	}

	// speakers.yaml merges Bibi in and splits by outlet, at query time.
	path := filepath.Join(t.TempDir(), "speakers.yaml")
	os.WriteFile(path, []byte("merge:\n  Benjamin Netanyahu: [Bibi]\nsplit:\n  Sara Netanyahu:\n    Quay Times: Sara Netanyahu (Quay)\n"), 0o644)
	a, err := LoadAliases(path, false)
	if err != nil {
		t.Fatal(err)
	}
	ix.SetAliases(a)
	res, err := ix.Search(ctx, Query{Speaker: `"benjamin netanyahu"`})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Hits) != 5 {
		t.Errorf("after merge: %d hits %v, want 5", len(res.Hits), speakers(res.Hits))
	}
	res, err = ix.Search(ctx, Query{Speaker: `"Sara Netanyahu (Quay)"`})
	if err != nil || len(res.Hits) != 1 || res.Hits[0].SpeakerCanonical != "Sara Netanyahu (Quay)" {
		t.Errorf("split: %v %+v", err, res)
	}
	list, err := ix.Speakers(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 2 || list[0].Name != "Benjamin Netanyahu" || list[0].Count != 5 || list[1].Name != "Sara Netanyahu (Quay)" {
		t.Fatalf("Speakers = %+v", list)
	}
	for _, form := range []string{"Mr. Netanyahu", "Israel's Prime Minister Benjamin Netanyahu", "Bibi"} {
		if !slices.Contains(list[0].Aliases, form) {
			t.Errorf("aliases %q lack %q", list[0].Aliases, form)
		}
	}
}

func TestFacetsHighlightsSortAndCollapse(t *testing.T) {
	ix, _ := openTemp(t, Options{})
	recs := speakerFixture()
	// The same statement syndicated by two more outlets, once with the
	// speaker's title and different spacing and punctuation.
	dup := recs[1]
	dup.URL, dup.Outlet, dup.Published = "https://w.example/9", "Wire Service", dup.Published.Add(-time.Hour)
	dup2 := recs[1]
	dup2.Speaker, dup2.Text = "Prime Minister Benjamin Netanyahu", "We will keep the crossings   open for aid"
	dup2.URL, dup2.Outlet = "https://x.example/10", "Bay Courier"
	recs = append(recs, dup, dup2)
	mustAdd(t, ix, recs)
	ctx := context.Background()

	res, err := ix.Search(ctx, Query{Expr: &Expr{Op: OpWord, Value: "crossings aid"}, Facets: true})
	if err != nil {
		t.Fatal(err)
	}
	if res.Total != 1 || res.Rows != 3 || len(res.Hits) != 1 {
		t.Fatalf("Total %d Rows %d hits %d, want 1 3 1", res.Total, res.Rows, len(res.Hits))
	}
	h := res.Hits[0]
	if len(h.Sources) != 2 {
		t.Errorf("sources %+v, want the 2 other articles", h.Sources)
	}
	var words []string
	for _, m := range h.Matches {
		words = append(words, h.Text[m[0]:m[1]])
	}
	if strings.Join(words, ",") != "crossings,aid" {
		t.Errorf("matches %v → %q", h.Matches, words)
	}
	f := res.Facets
	if f == nil || len(f.Speakers) != 1 || f.Speakers[0] != (FacetCount{"Benjamin Netanyahu", 3}) {
		t.Errorf("speaker facet %+v", f)
	}
	if len(f.Outlets) != 3 || len(f.Timeline) != 1 || f.Timeline[0] != (FacetCount{"2025-11-04", 3}) {
		t.Errorf("outlet/timeline facets %+v %+v", f.Outlets, f.Timeline)
	}

	// Sort and paging over distinct statements.
	all, err := ix.Search(ctx, Query{Limit: 3})
	if err != nil {
		t.Fatal(err)
	}
	if all.Total != 6 || all.Rows != 8 || len(all.Hits) != 3 || all.Hits[0].Text != recs[5].Text {
		t.Fatalf("all newest first: total %d rows %d %v", all.Total, all.Rows, speakers(all.Hits))
	}
	next, err := ix.Search(ctx, Query{Limit: 3, Offset: 3})
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, h := range append(all.Hits, next.Hits...) {
		if seen[h.Text] {
			t.Errorf("statement %q on two pages", h.Text)
		}
		seen[h.Text] = true
	}
	if len(seen) != 6 {
		t.Errorf("two pages hold %d distinct statements, want 6", len(seen))
	}
	for _, tc := range []struct {
		sort  string
		first string
	}{
		{SortDate, recs[5].Text},
		{SortRelevance, recs[0].Text},
	} {
		res, err := ix.Search(ctx, Query{Expr: &Expr{Op: OpOr, Args: []*Expr{{Op: OpWord, Value: "talks cairo progress"}, {Op: OpWord, Value: "coalition"}}}, Sort: tc.sort})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Hits) != 2 || res.Hits[0].Text != tc.first {
			t.Errorf("sort %s: first %q", tc.sort, speakers(res.Hits))
		}
	}
}

func TestExportWindowsKeepOrderAndUndated(t *testing.T) {
	ix, _ := openTemp(t, Options{})
	recs := corpus(9000, 3)
	for i := 0; i < len(recs); i += 500 {
		recs[i].Published = time.Time{}
	}
	mustAdd(t, ix, recs)
	var got []Record
	if err := ix.Export(context.Background(), Query{}, func(r Record) error { got = append(got, r); return nil }); err != nil {
		t.Fatal(err)
	}
	if len(got) != len(recs) {
		t.Fatalf("exported %d of %d", len(got), len(recs))
	}
	ids := map[string]bool{}
	for i, r := range got {
		if ids[r.ID] {
			t.Fatalf("record %s twice", r.ID)
		}
		ids[r.ID] = true
		if i > 0 && !r.Published.IsZero() && r.Published.After(got[i-1].Published) {
			t.Fatalf("row %d newer than row %d", i, i-1)
		}
	}
	if !got[len(got)-1].Published.IsZero() {
		t.Error("undated records do not come last")
	}
}
