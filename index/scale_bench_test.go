package index

import (
	"context"
	"encoding/csv"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"sync/atomic"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2"
)

// benchChunk is how many statements BenchmarkScale adds per step.
const benchChunk = 50000

// benchCorpus is corpus, or corpusDense when QUOTEWIRE_BENCH_CORPUS=dense.
func benchCorpus(b *testing.B, n int, seed uint64) []Record {
	switch c := os.Getenv("QUOTEWIRE_BENCH_CORPUS"); c {
	case "", "zipf":
		return corpus(n, seed)
	case "dense":
		return corpusDense(n, seed)
	default:
		b.Fatalf("QUOTEWIRE_BENCH_CORPUS=%q: want zipf or dense", c)
		return nil
	}
}

// BenchmarkScale grows one index to QUOTEWIRE_BENCH_N statements (default
// 100000) in steps of 50,000, reporting the indexing rate of the first and
// last step and overall, against plain Bleve (default mapping, batches of
// 1000) growing the same way; then measures, on the full index, query
// latency percentiles, facets, a full CSV export and the index size.
// Run it once:
//
//	QUOTEWIRE_BENCH_N=1000000 go test ./index -run '^$' -bench BenchmarkScale -benchtime 1x -timeout 2h
//
// QUOTEWIRE_BENCH_BASELINE_N caps the baseline's size (default: the same
// n). QUOTEWIRE_BENCH_DIR keeps the quotewire index in that folder: a
// later run finding it full skips indexing and measures search only.
func BenchmarkScale(b *testing.B) {
	n := envInt(b, benchSearchEnv, 100000)
	baseN := min(n, envInt(b, "QUOTEWIRE_BENCH_BASELINE_N", n))
	recs := benchCorpus(b, n, 7)
	ctx := context.Background()

	grow := func(b *testing.B, n int, add func([]Record) error) {
		var first, last, total time.Duration
		for start := 0; start < n; start += benchChunk {
			chunk := withoutIDs(recs[start:min(start+benchChunk, n)])
			t := time.Now()
			if err := add(chunk); err != nil {
				b.Fatal(err)
			}
			d := time.Since(t)
			if start == 0 {
				first = d
			}
			last = d
			total += d
		}
		lastN := n - (n-1)/benchChunk*benchChunk
		b.ReportMetric(float64(min(n, benchChunk))/first.Seconds(), "first-step-statements/s")
		b.ReportMetric(float64(lastN)/last.Seconds(), "last-step-statements/s")
		b.ReportMetric(float64(n)/total.Seconds(), "statements/s")
	}

	b.Run("index/baseline-bleve-default-mapping-batch1000", func(b *testing.B) {
		for b.Loop() {
			bi, err := bleve.New(filepath.Join(b.TempDir(), "base"), bleve.NewIndexMapping())
			if err != nil {
				b.Fatal(err)
			}
			grow(b, baseN, func(chunk []Record) error {
				for s := 0; s < len(chunk); s += 1000 {
					batch := bi.NewBatch()
					for _, r := range chunk[s:min(s+1000, len(chunk))] {
						if err := batch.Index(recordID(r), r); err != nil {
							return err
						}
					}
					if err := bi.Batch(batch); err != nil {
						return err
					}
				}
				return nil
			})
			if err := bi.Close(); err != nil {
				b.Fatal(err)
			}
		}
	})

	dir := os.Getenv("QUOTEWIRE_BENCH_DIR")
	if dir == "" {
		dir = filepath.Join(b.TempDir(), "idx")
	}
	ix, err := Open(dir, Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer ix.Close()
	if have, _ := ix.Count(); have < uint64(n) {
		b.Run("index/quotewire-Add", func(b *testing.B) {
			for b.Loop() {
				grow(b, n, func(chunk []Record) error { return ix.Add(ctx, chunk) })
			}
		})
	}

	// What the daemon does once a day and reindex/import at their end.
	b.Run("compact", func(b *testing.B) {
		for b.Loop() {
			t := time.Now()
			n, err := ix.Compact(ctx)
			if err != nil {
				b.Fatal(err)
			}
			b.ReportMetric(time.Since(t).Seconds(), "s")
			b.ReportMetric(float64(n), "shards-merged")
		}
	})

	b.Run("size", func(b *testing.B) {
		for b.Loop() {
			var size int64
			filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
				if err == nil && !d.IsDir() {
					if fi, err := d.Info(); err == nil {
						size += fi.Size()
					}
				}
				return nil
			})
			b.ReportMetric(float64(size)/float64(n), "bytes/statement")
			b.ReportMetric(float64(size)/(1<<20), "MiB")
		}
	})

	// latency runs each query of qs rounds times and reports percentiles.
	latency := func(b *testing.B, qs []Query, rounds int) {
		for b.Loop() {
			var ds []time.Duration
			var hits uint64
			for range rounds {
				for _, q := range qs {
					t := time.Now()
					res, err := ix.Search(ctx, q)
					if err != nil {
						b.Fatal(err)
					}
					ds = append(ds, time.Since(t))
					hits += res.Rows
				}
			}
			slices.Sort(ds)
			ms := func(p float64) float64 {
				return float64(ds[int(p*float64(len(ds)-1))].Microseconds()) / 1000
			}
			b.ReportMetric(ms(0.50), "p50-ms")
			b.ReportMetric(ms(0.99), "p99-ms")
			b.ReportMetric(float64(hits)/float64(len(ds)), "matches/query")
		}
	}
	var speakerRangeText, textFacets, speakerRange, speakerYearWord []Query
	for i := range 64 {
		year := time.Date(2023+i%2, 1, 1, 0, 0, 0, 0, time.UTC)
		speakerYearWord = append(speakerYearWord, Query{Speaker: corpusLast[i%len(corpusLast)], Since: year,
			Until: year.AddDate(1, 0, -1), Expr: &Expr{Op: OpWord, Value: corpusWords[(i*3)%len(corpusWords)]}, Sort: SortDate})
	}
	for i := range 64 {
		since := time.Date(2023, time.Month(1+i%24), 1, 0, 0, 0, 0, time.UTC)
		words := corpusWords[i%len(corpusWords)] + " " + corpusWords[(i*7+3)%len(corpusWords)]
		speakerRange = append(speakerRange, Query{Speaker: corpusLast[i%len(corpusLast)], Since: since, Until: since.AddDate(0, 1, -1)})
		speakerRangeText = append(speakerRangeText, Query{Speaker: corpusLast[i%len(corpusLast)], Since: since,
			Until: since.AddDate(0, 1, -1), Expr: &Expr{Op: OpWord, Value: words}, Sort: SortDate})
		textFacets = append(textFacets, Query{Expr: &Expr{Op: OpWord, Value: words}, Facets: true})
	}
	b.Run("search/speaker+range/newest-first", func(b *testing.B) { latency(b, speakerRange, 4) })
	b.Run("search/speaker+range+text/newest-first+highlights", func(b *testing.B) { latency(b, speakerRangeText, 4) })
	b.Run("search/speaker+year+word/newest-first+highlights", func(b *testing.B) { latency(b, speakerYearWord, 4) })
	b.Run("search/text/relevance+facets", func(b *testing.B) { latency(b, textFacets, 4) })

	b.Run("export/all-csv", func(b *testing.B) {
		for b.Loop() {
			var peak atomic.Uint64
			done := make(chan struct{})
			go func() {
				var ms runtime.MemStats
				tick := time.NewTicker(50 * time.Millisecond)
				defer tick.Stop()
				for {
					runtime.ReadMemStats(&ms)
					if ms.HeapInuse > peak.Load() {
						peak.Store(ms.HeapInuse)
					}
					select {
					case <-done:
						return
					case <-tick.C:
					}
				}
			}()
			cw := csv.NewWriter(io.Discard)
			rows := 0
			t := time.Now()
			err := ix.Export(ctx, Query{}, func(r Record) error {
				rows++
				return cw.Write([]string{r.Published.Format(time.RFC3339), r.Speaker, r.SpeakerCanonical, r.Role,
					r.Cue, r.Kind, r.Text, r.To, r.Outlet, r.Title, r.URL, strconv.Itoa(r.Paragraph)})
			})
			cw.Flush()
			d := time.Since(t)
			close(done)
			if err != nil {
				b.Fatal(err)
			}
			if rows == 0 {
				b.Fatal("exported nothing")
			}
			b.ReportMetric(d.Seconds(), "s")
			b.ReportMetric(float64(rows), "rows")
			b.ReportMetric(float64(peak.Load())/(1<<20), "peak-heap-MiB")
		}
	})
}
