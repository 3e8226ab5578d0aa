package index

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2/document"
	"github.com/blevesearch/bleve/v2/index/scorch"
	bleveindex "github.com/blevesearch/bleve_index_api"
)

func TestCompactMergesSegmentsAndKeepsResults(t *testing.T) {
	ix, _ := openTemp(t, Options{BatchSize: 3})
	ctx := context.Background()
	var recs []Record
	for i := range 40 {
		recs = append(recs, Record{Speaker: fmt.Sprintf("Speaker %d", i%5), Cue: "said", Kind: "direct",
			Text: fmt.Sprintf("Statement number %d on the harbour budget.", i), URL: fmt.Sprintf("https://c.example/%d", i),
			Outlet: []string{"Reuters", "AP"}[i%2], Published: day(1 + i%20).Add(time.Duration(i) * time.Minute)})
	}
	s, err := ix.shardFor(shardKey(day(1)))
	if err != nil {
		t.Fatal(err)
	}
	adv, err := s.bi.Advanced()
	if err != nil {
		t.Fatal(err)
	}
	sc := adv.(*scorch.Scorch)
	// Several segments on disk. Scorch's persister merges every segment
	// still in memory into one file when it gets round to them, so on a
	// slow machine (or under -race) adds made in quick succession can all
	// land in a single segment. Wait for each group to reach disk before
	// adding the next: four groups make four file segments, below the
	// merge planner's tier size, so nothing merges them in the background.
	const groups = 4
	for g := range groups {
		mustAdd(t, ix, recs[g*len(recs)/groups:(g+1)*len(recs)/groups])
		waitPersisted(t, sc)
	}
	if n := segmentsOf(sc); n < 2 {
		t.Fatalf("setup: shard has %d segment(s), want several", n)
	}
	q := Query{Expr: &Expr{Op: OpWord, Value: "harbour"}, Facets: true, Limit: 100}
	before, err := ix.Search(ctx, q)
	if err != nil {
		t.Fatal(err)
	}

	n, err := ix.Compact(ctx)
	if err != nil {
		t.Fatalf("Compact: %v", err)
	}
	if n != 1 {
		t.Errorf("Compact merged %d shards, want 1", n)
	}
	if got := segmentsOf(sc); got != 1 {
		t.Errorf("after Compact: %d segments, want 1", got)
	}
	after, err := ix.Search(ctx, q)
	if err != nil {
		t.Fatal(err)
	}
	if after.Total != before.Total || len(after.Hits) != len(before.Hits) || after.Total != uint64(len(recs)) {
		t.Fatalf("after Compact: %d hits of %d, before %d of %d", len(after.Hits), after.Total, len(before.Hits), before.Total)
	}
	for i := range after.Hits {
		if after.Hits[i].ID != before.Hits[i].ID {
			t.Errorf("hit %d: %s after, %s before", i, after.Hits[i].ID, before.Hits[i].ID)
		}
	}
	if fmt.Sprint(after.Facets) != fmt.Sprint(before.Facets) {
		t.Errorf("facets changed:\n%v\n%v", after.Facets, before.Facets)
	}
	if n, err := ix.Compact(ctx); err != nil || n != 0 {
		t.Errorf("second Compact: %d, %v; want 0, nil", n, err)
	}
}

// waitPersisted waits until sc holds no segment that is only in memory.
func waitPersisted(t *testing.T, sc *scorch.Scorch) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		m := sc.StatsMap()
		mem, _ := m["TotMemorySegmentsAtRoot"].(uint64)
		if mem == 0 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("setup: %d segment(s) still in memory after 30s", mem)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func TestBleveDocStoresDocValuesUnchunked(t *testing.T) {
	m, err := newMapping()
	if err != nil {
		t.Fatal(err)
	}
	r := fixture()[0]
	r.ID = recordID(r)
	d, err := bleveDoc(m, r.ID, toDoc(r))
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, f := range d.Fields {
		seen[f.Name()] = true
		opts := f.Options()
		unchunked := opts.SkipDVChunking() && opts.SkipDVCompression()
		if dvFields[f.Name()] != unchunked {
			t.Errorf("field %s: options %v", f.Name(), opts)
		}
		if dvFields[f.Name()] && !opts.IncludeDocValues() {
			t.Errorf("field %s lost its doc values", f.Name())
		}
	}
	for name := range dvFields {
		if !seen[name] {
			t.Errorf("field %s missing from the document", name)
		}
	}
	// Everything else is exactly what Batch.Index would have built.
	plain := document.NewDocument(r.ID)
	if err := m.MapDocument(plain, toDoc(r)); err != nil {
		t.Fatal(err)
	}
	if len(plain.Fields) != len(d.Fields) {
		t.Fatalf("%d fields, Batch.Index would make %d", len(d.Fields), len(plain.Fields))
	}
	for i, f := range plain.Fields {
		g := d.Fields[i]
		want := f.Options()
		if dvFields[f.Name()] {
			want |= bleveindex.SkipDVChunking | bleveindex.SkipDVCompression
		}
		if g.Name() != f.Name() || string(g.Value()) != string(f.Value()) || g.Options() != want {
			t.Errorf("field %d: %s=%q (%v), want %s=%q (%v)", i, g.Name(), g.Value(), g.Options(), f.Name(), f.Value(), want)
		}
	}
}
