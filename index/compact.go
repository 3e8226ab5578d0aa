package index

import (
	"context"
	"fmt"

	"github.com/blevesearch/bleve/v2/index/scorch"
)

// Compact merges each shard holding more than one segment into one.
//
// Scorch merges segments in tiers while it indexes and leaves a month's
// shard in 5–12 segments; every term lookup, doc-value read and searcher
// of a query then runs once per segment. A shard that no longer changes
// (a past month) is best kept as one segment: on a million statements,
// compacting roughly halved query times (docs/BENCHMARKS.md). Compact
// runs online — searches and writes go on meanwhile — and a shard written
// to later simply gains segments again until the next Compact. The daemon
// calls it once a day; reindex and import call it when they finish.
//
// It returns how many shards it merged.
func (ix *Index) Compact(ctx context.Context) (int, error) {
	n := 0
	for _, s := range ix.allShards() {
		if err := ctx.Err(); err != nil {
			return n, fmt.Errorf("index: compact: %w", err)
		}
		adv, err := s.bi.Advanced()
		if err != nil {
			return n, fmt.Errorf("index: compact shard %s: %w", s.key, err)
		}
		sc, ok := adv.(*scorch.Scorch)
		if !ok {
			continue // not a scorch index: nothing to merge
		}
		if segmentsOf(sc) <= 1 {
			continue
		}
		if err := sc.ForceMerge(ctx, nil); err != nil {
			return n, fmt.Errorf("index: compact shard %s: %w", s.key, err)
		}
		n++
	}
	return n, nil
}

// segmentsOf is the number of segments sc's current snapshot holds.
func segmentsOf(sc *scorch.Scorch) uint64 {
	m := sc.StatsMap()
	var n uint64
	for _, k := range []string{"TotFileSegmentsAtRoot", "TotMemorySegmentsAtRoot"} {
		if v, ok := m[k].(uint64); ok {
			n += v
		}
	}
	return n
}
