package index

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
)

func TestShardsByMonth(t *testing.T) {
	ix, dir := openTemp(t, Options{})
	recs := fixture()
	recs = append(recs, Record{Speaker: "Ann Undated", Text: "No date on this one.", URL: "https://u.example/1", Outlet: "U"})
	mustAdd(t, ix, recs)
	months := map[string]bool{}
	for _, r := range recs {
		months[shardKey(r.Published)] = true
	}
	for m := range months {
		if _, err := os.Stat(filepath.Join(dir, m, "index_meta.json")); err != nil {
			t.Errorf("shard %s: %v", m, err)
		}
	}
	if n := mustCount(t, ix); n != uint64(len(recs)) {
		t.Errorf("count = %d, want %d", n, len(recs))
	}
	// A range before every month searches no shard.
	old := time.Date(1990, 1, 1, 0, 0, 0, 0, time.UTC)
	res, err := ix.Search(context.Background(), Query{Since: old, Until: old.AddDate(0, 1, 0), Facets: true})
	if err != nil || len(res.Hits) != 0 || res.Total != 0 {
		t.Errorf("search of 1990: %+v, %v", res, err)
	}
	// A range ending mid-month still checks dates within that month.
	for _, r := range recs {
		if r.Published.IsZero() {
			continue
		}
		res, err := ix.Search(context.Background(), Query{Since: r.Published, Until: r.Published.Add(time.Second), Limit: 100})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, h := range res.Hits {
			if h.Published.Before(r.Published) || h.Published.After(r.Published.Add(time.Second)) {
				t.Errorf("hit %v outside [%v, +1s]", h.Published, r.Published)
			}
			found = found || h.ID == r.ID
		}
		if !found {
			t.Errorf("range around %v misses %s", r.Published, r.ID)
		}
	}
}

func TestReplaceArticleMovesMonth(t *testing.T) {
	ix, _ := openTemp(t, Options{})
	ctx := context.Background()
	jan := time.Date(2024, 1, 20, 9, 0, 0, 0, time.UTC)
	rec := func(at time.Time) []Record {
		return []Record{{Speaker: "Ann Lee", Text: "We will move.", URL: "https://m.example/1", Outlet: "M", Published: at}}
	}
	if err := ix.ReplaceArticle(ctx, "https://m.example/1", rec(jan)); err != nil {
		t.Fatal(err)
	}
	if err := ix.ReplaceArticle(ctx, "https://m.example/1", rec(jan.AddDate(0, 1, 0))); err != nil {
		t.Fatal(err)
	}
	if n := mustCount(t, ix); n != 1 {
		t.Fatalf("count after the article moved to February = %d, want 1", n)
	}
	res, err := ix.Search(ctx, Query{Since: time.Date(2024, 2, 1, 0, 0, 0, 0, time.UTC), Until: time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC)})
	if err != nil || len(res.Hits) != 1 {
		t.Fatalf("February: %v %v", res, err)
	}
	if err := ix.ReplaceArticle(ctx, "https://m.example/1", nil); err != nil {
		t.Fatal(err)
	}
	if n := mustCount(t, ix); n != 0 {
		t.Errorf("count after deleting the article = %d", n)
	}
}

// TestOpensPreShardingIndex checks that a folder holding one Bleve index,
// as written before sharding, opens and works as a single shard.
func TestOpensPreShardingIndex(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "old")
	m, err := newMapping()
	if err != nil {
		t.Fatal(err)
	}
	bi, err := bleve.NewUsing(dir, m, scorch.Name, scorch.Name, nil)
	if err != nil {
		t.Fatal(err)
	}
	old := fixture()
	for _, r := range old {
		r.ID = recordID(r)
		if err := bi.Index(r.ID, toDoc(r)); err != nil {
			t.Fatal(err)
		}
	}
	if err := bi.Close(); err != nil {
		t.Fatal(err)
	}
	ix, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if !ix.legacy {
		t.Error("not opened as a pre-sharding index")
	}
	mustAdd(t, ix, []Record{{Speaker: "Ann Lee", Text: "New here.", URL: "https://n.example/1", Published: time.Now()}})
	if n := mustCount(t, ix); n != uint64(len(old)+1) {
		t.Errorf("count = %d, want %d", n, len(old)+1)
	}
	res, err := ix.Search(context.Background(), Query{Speaker: "netanyahu", Since: time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)})
	if err != nil || len(res.Hits) == 0 {
		t.Errorf("search: %v %v", res, err)
	}
	var rows int
	if err := ix.Export(context.Background(), Query{}, func(Record) error { rows++; return nil }); err != nil || rows != len(old)+1 {
		t.Errorf("export: %d rows, %v", rows, err)
	}
	if _, err := os.Stat(filepath.Join(dir, metaFile)); err == nil {
		t.Error("pre-sharding folder got a meta database")
	}
}

// TestExportBusyDay exports a day holding more than maxWindow rows, which
// Export reads in windows of time.
func TestExportBusyDay(t *testing.T) {
	defer func(n int) { maxWindow = n }(maxWindow)
	maxWindow = 50
	ix, _ := openTemp(t, Options{})
	recs := corpus(400, 5)
	day := time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC)
	for i := range recs {
		if i%2 == 0 {
			recs[i].Published = day.Add(time.Duration(i) * time.Minute)
		}
	}
	mustAdd(t, ix, recs)
	var got []Record
	if err := ix.Export(context.Background(), Query{}, func(r Record) error { got = append(got, r); return nil }); err != nil {
		t.Fatal(err)
	}
	if len(got) != len(recs) {
		t.Fatalf("exported %d of %d", len(got), len(recs))
	}
	seen := map[string]bool{}
	for i, r := range got {
		if seen[r.ID] {
			t.Fatalf("%s twice", r.ID)
		}
		seen[r.ID] = true
		if i > 0 && (r.Published.After(got[i-1].Published) || r.Published.Equal(got[i-1].Published) && r.ID < got[i-1].ID) {
			t.Fatalf("row %d out of order", i)
		}
	}
	var kept int
	if err := ix.Export(context.Background(), Query{Kind: "direct", Since: day, Until: day}, func(r Record) error {
		if r.Kind != "direct" || r.Published.Before(day) || !r.Published.Before(day.AddDate(0, 0, 1)) {
			t.Errorf("exported %v %s", r.Published, r.Kind)
		}
		kept++
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if kept == 0 {
		t.Error("filtered export of the busy day is empty")
	}
}
