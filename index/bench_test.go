package index

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2"
)

// Benchmark sizes come from the environment so that `go test -bench` needs
// no custom flags:
//
//	QUOTEWIRE_BENCH_INDEX_N  statements indexed per BenchmarkIndex op (default 20000)
//	QUOTEWIRE_BENCH_N        statements in the BenchmarkSearch index (default 100000)
const (
	benchIndexEnv  = "QUOTEWIRE_BENCH_INDEX_N"
	benchSearchEnv = "QUOTEWIRE_BENCH_N"
)

// envInt reads a positive integer from the environment, or returns def.
func envInt(b *testing.B, name string, def int) int {
	b.Helper()
	s := os.Getenv(name)
	if s == "" {
		return def
	}
	n, err := strconv.Atoi(s)
	if err != nil || n <= 0 {
		b.Fatalf("%s=%q: want a positive integer", name, s)
	}
	return n
}

// withoutIDs copies recs with their IDs cleared, so Add does its full work.
func withoutIDs(recs []Record) []Record {
	out := make([]Record, len(recs))
	copy(out, recs)
	for i := range out {
		out[i].ID = ""
	}
	return out
}

// BenchmarkIndex measures indexing throughput (statements/s) into a fresh
// on-disk index: plain Bleve with its default mapping against Index.Add at
// several batch sizes.
func BenchmarkIndex(b *testing.B) {
	n := envInt(b, benchIndexEnv, 20000)
	recs := corpus(n, 42)
	for i := range recs {
		recs[i].ID = recordID(recs[i])
	}

	// run times fn (which indexes recs into a new index in dir) once per
	// op and reports statements per second.
	run := func(b *testing.B, fn func(b *testing.B, dir string)) {
		var elapsed time.Duration
		for i := 0; b.Loop(); i++ {
			dir := filepath.Join(b.TempDir(), strconv.Itoa(i))
			start := time.Now()
			fn(b, dir)
			elapsed += time.Since(start)
		}
		b.ReportMetric(float64(n*b.N)/elapsed.Seconds(), "statements/s")
	}

	b.Run("baseline-bleve-default-mapping-batch1000", func(b *testing.B) {
		run(b, func(b *testing.B, dir string) {
			bi, err := bleve.New(dir, bleve.NewIndexMapping())
			if err != nil {
				b.Fatal(err)
			}
			for start := 0; start < len(recs); start += 1000 {
				batch := bi.NewBatch()
				for _, r := range recs[start:min(start+1000, len(recs))] {
					if err := batch.Index(r.ID, r); err != nil {
						b.Fatal(err)
					}
				}
				if err := bi.Batch(batch); err != nil {
					b.Fatal(err)
				}
			}
			if err := bi.Close(); err != nil {
				b.Fatal(err)
			}
		})
	})
	for _, size := range []int{500, 1000, DefaultBatchSize, 5000} {
		b.Run(fmt.Sprintf("quotewire-Add-batch%d", size), func(b *testing.B) {
			run(b, func(b *testing.B, dir string) {
				ix, err := Open(dir, Options{BatchSize: size})
				if err != nil {
					b.Fatal(err)
				}
				if err := ix.Add(context.Background(), withoutIDs(recs)); err != nil {
					b.Fatal(err)
				}
				if err := ix.Close(); err != nil {
					b.Fatal(err)
				}
			})
		})
	}
}

// BenchmarkSearch measures query latency (ms/query) on an index of
// QUOTEWIRE_BENCH_N synthetic statements, for a speaker + one-month date
// range query newest first, the same with free text (by relevance), and
// free text alone.
func BenchmarkSearch(b *testing.B) {
	n := envInt(b, benchSearchEnv, 100000)
	ix, err := Open(filepath.Join(b.TempDir(), "idx"), Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer ix.Close()
	start := time.Now()
	if err := ix.Add(context.Background(), corpus(n, 7)); err != nil {
		b.Fatal(err)
	}
	b.Logf("indexed %d statements in %v", n, time.Since(start).Round(time.Millisecond))

	// queries rotates through speakers, months and words so that no single
	// query is answered from a warm cache only.
	queries := func(text bool) []Query {
		var qs []Query
		for i := range 64 {
			since := time.Date(2023, time.Month(1+i%24), 1, 0, 0, 0, 0, time.UTC)
			q := Query{
				Speaker: corpusLast[i%len(corpusLast)],
				Since:   since,
				Until:   since.AddDate(0, 1, -1),
			}
			if text {
				q.Text = corpusWords[i%len(corpusWords)] + " " + corpusWords[(i*7+3)%len(corpusWords)]
			}
			qs = append(qs, q)
		}
		return qs
	}
	textOnly := queries(true)
	for i := range textOnly {
		textOnly[i] = Query{Text: textOnly[i].Text}
	}

	for _, bc := range []struct {
		name string
		qs   []Query
	}{
		{"speaker+range/newest-first", queries(false)},
		{"speaker+range+text/relevance", queries(true)},
		{"text/relevance", textOnly},
		{"all/newest-first", []Query{{}}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			var hits uint64
			start := time.Now()
			for i := 0; b.Loop(); i++ {
				res, err := ix.Search(context.Background(), bc.qs[i%len(bc.qs)])
				if err != nil {
					b.Fatal(err)
				}
				hits += res.Total
			}
			b.ReportMetric(float64(time.Since(start).Microseconds())/1000/float64(b.N), "ms/query")
			b.ReportMetric(float64(hits)/float64(b.N), "matches/query")
		})
	}
}
