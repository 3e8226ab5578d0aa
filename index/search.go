package index

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	bleveindex "github.com/blevesearch/bleve_index_api"
)

// Query selects statements. Empty fields do not filter; all set fields
// must match.
type Query struct {
	Text         string    // free text over the statement (and title); "quoted parts" must appear as phrases; empty: match all
	Speaker      string    // all words must match the speaker's name, canonical name or an alias: "netanyahu" finds "Mr. Netanyahu"; in double quotes, the whole name (or its canonical form) must match
	Outlet       string    // exact outlet (case-insensitive)
	Kind         string    // direct|indirect|mixed or empty
	Cue          string    // the attribution verb, exact (case-insensitive): "warned"
	Since, Until time.Time // inclusive publication-date range (an Until at midnight includes that whole day); zero: open
	Limit        int       // page size; zero: 20
	Offset       int       // hits to skip
	// Expr is a parsed query-language expression (package query), ANDed
	// with the fields above.
	Expr *Expr
	// Sort is SortDate (newest first) or SortRelevance; empty: relevance
	// when the query has free text, else date.
	Sort string
	// Facets asks for Result.Facets: top speakers, outlets and a timeline.
	Facets bool
}

// Sort orders.
const (
	SortDate      = "date"
	SortRelevance = "relevance"
)

// DefaultLimit is the page size of a Query that leaves Limit zero.
const DefaultLimit = 20

// exactDistinctLimit is the largest number of matching rows for which
// Search counts distinct statements exactly (with a facet over all
// matches) when not all of them were fetched; above it Result.Total is
// estimated from the share of copies among the hits fetched, and
// Result.TotalExact is false.
const exactDistinctLimit = 250

// Source is another article carrying the same statement as a Hit.
type Source struct {
	ID        string    `json:"id"`
	URL       string    `json:"url"`
	Outlet    string    `json:"outlet"`
	Title     string    `json:"title"`
	Published time.Time `json:"published"`
}

// Hit is one search result: the record, its relevance score (zero when
// results are sorted by date), where the query's words matched, and the
// other articles carrying the same statement.
type Hit struct {
	Record
	Score float64
	// Matches are the byte offsets [start, end) in Text of the matched
	// query terms, in order, not overlapping. Plain offsets, not markup.
	Matches [][2]int
	// Sources are the other articles (same canonical speaker, same
	// normalised text) that carry this statement, oldest first.
	Sources []Source
}

// FacetCount is one facet value and how many matching rows have it.
type FacetCount struct {
	Term  string `json:"term"`
	Count int    `json:"count"`
}

// Facets summarise all matches of a query, not just one page.
type Facets struct {
	Speakers []FacetCount // canonical speakers, most statements first (at most 10)
	Outlets  []FacetCount // outlets as written, most statements first (at most 10)
	// Timeline counts statements per day ("2025-11-03") or, when the
	// matches span more than 62 days, per ISO week ("2025-W45"), in time
	// order.
	Timeline []FacetCount
}

// Result is one page of search results.
type Result struct {
	// Total is the number of distinct statements matching (copies of one
	// statement in several articles count once). Exact when TotalExact,
	// else (more than 250 matching rows, not all fetched) estimated.
	Total      uint64
	TotalExact bool
	Rows       uint64        // matching rows (articles × statements)
	Hits       []Hit         // this page
	Facets     *Facets       // when Query.Facets
	Took       time.Duration // time spent searching
}

// sortByDate is newest first with the ID as tie-breaker: a total order,
// which search_after needs.
func sortByDate() []string { return []string{"-" + fieldPublishedKey, "_id"} }

// sortByScore is by relevance, then by ID. Bleve needs no doc values for
// it (a date tie-break would decode the sort key of every match, most of
// a faceted query's time); ties among the hits fetched are then put newest
// first by sortTies.
func sortByScore() []string { return []string{"-_score", "_id"} }

// sortTies orders hits sorted by sortByScore by relevance, then newest
// first, then by ID.
func sortTies(hits search.DocumentMatchCollection) {
	published := func(h *search.DocumentMatch) int64 {
		s, _ := h.Fields[fieldPublished].(string)
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			return math.MinInt64
		}
		return n
	}
	slices.SortStableFunc(hits, func(a, b *search.DocumentMatch) int {
		if c := cmp.Compare(b.Score, a.Score); c != 0 {
			return c
		}
		if c := cmp.Compare(published(b), published(a)); c != 0 {
			return c
		}
		return strings.Compare(a.ID, b.ID)
	})
}

// Search runs q and returns one page of hits, newest first (by Published,
// then ID) or by relevance (see Query.Sort). Copies of one statement are
// collapsed into the first (best) hit, the others listed as its Sources;
// pages count distinct statements.
func (ix *Index) Search(ctx context.Context, q Query) (*Result, error) {
	started := time.Now()
	if q.Limit < 0 || q.Offset < 0 {
		return nil, fmt.Errorf("index: search: negative limit %d or offset %d", q.Limit, q.Offset)
	}
	switch q.Sort {
	case "", SortDate, SortRelevance:
	default:
		return nil, fmt.Errorf("index: search: unknown sort %q (want date or relevance)", q.Sort)
	}
	// Only the months the query's dates overlap are searched; when it
	// covers them wholly, their statements need no date check.
	shards, covered := ix.shardsIn(dateBoundsOf(q))
	if covered && len(shards) > 0 {
		q.Since, q.Until = time.Time{}, time.Time{}
	}
	src := over(shards)
	bq, scored, err := ix.buildQuery(q)
	if err != nil {
		return nil, err
	}
	limit := q.Limit
	if limit == 0 {
		limit = DefaultLimit
	}
	byScore := scored && q.Sort != SortDate
	want := q.Offset + limit
	fetch := want + want/4 + 2 // room for a few copies; more are fetched if needed

	var (
		res    *bleve.SearchResult
		groups []*group
	)
	for {
		req := bleve.NewSearchRequestOptions(bq, fetch, 0, false)
		// Over several shards, each would load fetch hits' stored fields
		// and match locations, most of them for nothing: load them for the
		// merged page only (loadHits).
		if len(shards) <= 1 {
			req.Fields = storedFields()
			req.IncludeLocations = scored
		}
		if byScore {
			req.SortBy(sortByScore())
		} else {
			if !scored {
				req.Score = "none"
			}
			req.SortBy(sortByDate())
		}
		if q.Facets && res == nil {
			addFacets(req)
		}
		r, err := src.SearchInContext(ctx, req)
		if err != nil {
			return nil, fmt.Errorf("index: search: %w", err)
		}
		if len(shards) > 1 {
			if err := ix.loadHits(ctx, shards, bq, scored, r.Hits); err != nil {
				return nil, err
			}
		}
		if byScore {
			sortTies(r.Hits)
		}
		if res != nil {
			r.Facets = res.Facets
		}
		res = r
		groups = ix.collapse(res.Hits)
		if len(groups) >= want || len(res.Hits) < fetch || uint64(fetch) >= res.Total {
			break
		}
		fetch *= 2
	}

	out := &Result{Rows: res.Total, Total: res.Total}
	if uint64(len(res.Hits)) == res.Total { // every match is in hand
		out.Total, out.TotalExact = uint64(len(groups)), true
	}
	allGroups := groups
	if q.Offset < len(groups) {
		groups = groups[q.Offset:min(len(groups), want)]
	} else {
		groups = nil
	}
	if err := ix.addSources(ctx, groups); err != nil {
		return nil, err
	}
	for _, g := range groups {
		out.Hits = append(out.Hits, g.hit)
	}
	switch {
	case out.TotalExact:
	case res.Total <= exactDistinctLimit:
		n, err := ix.distinct(ctx, src, bq, int(res.Total))
		if err != nil {
			return nil, err
		}
		out.Total, out.TotalExact = uint64(n), true
	default: // estimate from the hits in hand
		out.Total = uint64(float64(res.Total) * float64(len(allGroups)) / float64(len(res.Hits)))
	}
	if q.Facets {
		out.Facets = ix.facets(res)
	}
	out.Took = time.Since(started)
	return out, nil
}

// loadHits fills in the stored fields of hits found over several shards
// and, when scored, where bq matched: one search per shard holding hits,
// for those hits only.
func (ix *Index) loadHits(ctx context.Context, shards []*shard, bq query.Query, scored bool, hits search.DocumentMatchCollection) error {
	ids := map[string][]string{}
	for _, h := range hits {
		ids[h.Index] = append(ids[h.Index], h.ID)
	}
	byID := make(map[string]*search.DocumentMatch, len(hits))
	for _, s := range shards {
		if len(ids[s.key]) == 0 {
			continue
		}
		var q query.Query = bleve.NewDocIDQuery(ids[s.key])
		if scored {
			q = bleve.NewConjunctionQuery(q, bq)
		}
		req := bleve.NewSearchRequestOptions(q, len(ids[s.key]), 0, false)
		req.Fields = storedFields()
		req.IncludeLocations = scored
		if !scored {
			req.Score = "none"
		}
		res, err := s.bi.SearchInContext(ctx, req)
		if err != nil {
			return fmt.Errorf("index: search: load hits: %w", err)
		}
		for _, h := range res.Hits {
			byID[h.ID] = h
		}
	}
	for _, h := range hits {
		if l := byID[h.ID]; l != nil {
			h.Fields, h.Locations = l.Fields, l.Locations
		}
	}
	return nil
}

// group is one distinct statement among the hits.
type group struct {
	key string
	hit Hit
	ids map[string]bool // the hits' IDs already folded in
}

// collapse groups hits by statement (text_key), keeping their order.
func (ix *Index) collapse(hits search.DocumentMatchCollection) []*group {
	byKey := map[string]*group{}
	var out []*group
	for _, h := range hits {
		r := ix.record(h)
		name, _ := StripSpeaker(r.Speaker)
		k := textKey(name, r.Text)
		if g := byKey[k]; g != nil {
			g.ids[r.ID] = true
			continue
		}
		g := &group{key: k, hit: Hit{Record: r, Score: h.Score, Matches: matches(h, r.Text)}, ids: map[string]bool{r.ID: true}}
		byKey[k] = g
		out = append(out, g)
	}
	return out
}

// addSources fills in each group's Sources: every other indexed copy of
// the statement, whether or not it matched the query.
func (ix *Index) addSources(ctx context.Context, groups []*group) error {
	if len(groups) == 0 {
		return nil
	}
	// First only count, with term lookups in each shard: most statements
	// have no copies, and then nothing needs searching or loading.
	counts, holding, err := ix.keyCounts(ctx, groups)
	if err != nil {
		return fmt.Errorf("index: search: sources: %w", err)
	}
	var terms []query.Query
	byKey := make(map[string]*group, len(groups))
	for _, g := range groups {
		if counts[g.key] <= 1 {
			continue // this hit is the only copy
		}
		tq := bleve.NewTermQuery(g.key)
		tq.SetField(fieldTextKey)
		terms = append(terms, tq)
		byKey[g.key] = g
	}
	if len(terms) == 0 {
		return nil // no copies anywhere
	}
	all := over(holding)
	req := bleve.NewSearchRequestOptions(bleve.NewDisjunctionQuery(terms...), 1000, 0, false)
	req.Score = "none"
	req.Fields = storedFields()
	req.SortBy([]string{fieldPublishedKey, "_id"})
	res, err := all.SearchInContext(ctx, req)
	if err != nil {
		return fmt.Errorf("index: search: sources: %w", err)
	}
	for _, h := range res.Hits {
		r := ix.record(h)
		name, _ := StripSpeaker(r.Speaker)
		g := byKey[textKey(name, r.Text)]
		if g == nil || r.ID == g.hit.ID {
			continue
		}
		g.hit.Sources = append(g.hit.Sources, Source{ID: r.ID, URL: r.URL, Outlet: r.Outlet, Title: r.Title, Published: r.Published})
	}
	return nil
}

// keyCounts counts the statements carrying each group's text key, over
// all shards, and lists the shards holding any key more than once overall.
func (ix *Index) keyCounts(ctx context.Context, groups []*group) (map[string]uint64, []*shard, error) {
	counts := make(map[string]uint64, len(groups))
	perShard := map[*shard]map[string]bool{}
	shards := ix.allShards()
	for _, s := range shards {
		adv, err := s.bi.Advanced()
		if err != nil {
			return nil, nil, err
		}
		r, err := adv.Reader()
		if err != nil {
			return nil, nil, err
		}
		// A dictionary lookup first: cheaper than a postings reader, and
		// most keys are in one shard only.
		var dict bleveindex.FieldDictContains
		if rc, ok := r.(bleveindex.IndexReaderContains); ok {
			if dict, err = rc.FieldDictContains(fieldTextKey); err != nil {
				r.Close()
				return nil, nil, err
			}
		}
		for _, g := range groups {
			if dict != nil {
				ok, err := dict.Contains([]byte(g.key))
				if err != nil {
					r.Close()
					return nil, nil, err
				}
				if !ok {
					continue
				}
			}
			tfr, err := r.TermFieldReader(ctx, []byte(g.key), fieldTextKey, false, false, false)
			if err != nil {
				r.Close()
				return nil, nil, err
			}
			if n := tfr.Count(); n > 0 {
				counts[g.key] += n
				if perShard[s] == nil {
					perShard[s] = map[string]bool{}
				}
				perShard[s][g.key] = true
			}
			tfr.Close()
		}
		if err := r.Close(); err != nil {
			return nil, nil, err
		}
	}
	var holding []*shard
	for _, s := range shards {
		for k := range perShard[s] {
			if counts[k] > 1 {
				holding = append(holding, s)
				break
			}
		}
	}
	return counts, holding, nil
}

// distinct counts the distinct statements among rows matches of bq.
func (ix *Index) distinct(ctx context.Context, src searcher, bq query.Query, rows int) (int, error) {
	if rows <= 1 {
		return rows, nil
	}
	req := bleve.NewSearchRequestOptions(bq, 0, 0, false)
	req.Score = "none"
	req.AddFacet("k", bleve.NewFacetRequest(fieldTextKey, rows))
	res, err := src.SearchInContext(ctx, req)
	if err != nil {
		return 0, fmt.Errorf("index: search: count distinct: %w", err)
	}
	f := res.Facets["k"]
	if f == nil || f.Terms == nil {
		return rows, nil
	}
	return len(f.Terms.Terms()) + f.Missing, nil
}

// matches returns the byte offsets of the query terms that matched in
// text, sorted and merged.
func matches(h *search.DocumentMatch, text string) [][2]int {
	var out [][2]int
	for _, locs := range h.Locations[fieldText] {
		for _, l := range locs {
			if int(l.End) <= len(text) && l.Start < l.End {
				out = append(out, [2]int{int(l.Start), int(l.End)})
			}
		}
	}
	if len(out) == 0 {
		return nil
	}
	slices.SortFunc(out, func(a, b [2]int) int { return cmp.Compare(a[0], b[0]) })
	merged := out[:1]
	for _, m := range out[1:] {
		last := &merged[len(merged)-1]
		if m[0] <= last[1] {
			last[1] = max(last[1], m[1])
			continue
		}
		merged = append(merged, m)
	}
	return merged
}

// Facet requests: names in the request and result.
const (
	facetSpeakers = "speakers"
	facetOutlets  = "outlets"
	facetDays     = "days"
	topFacets     = 10
)

func addFacets(req *bleve.SearchRequest) {
	req.AddFacet(facetSpeakers, bleve.NewFacetRequest(fieldSpeakerName, 200))
	req.AddFacet(facetOutlets, bleve.NewFacetRequest(fieldOutletFacet, topFacets))
	req.AddFacet(facetDays, bleve.NewFacetRequest(fieldDay, 20000))
}

// facets turns Bleve's facet results into Facets: speakers grouped by
// canonical name, days into weeks over a long span.
func (ix *Index) facets(res *bleve.SearchResult) *Facets {
	f := &Facets{}
	if fr := res.Facets[facetSpeakers]; fr != nil && fr.Terms != nil {
		sum := map[string]int{}
		for _, t := range fr.Terms.Terms() {
			sum[ix.speakers.canonical(ix.speakers.display(t.Term), "")] += t.Count
		}
		f.Speakers = topCounts(sum, topFacets)
	}
	if fr := res.Facets[facetOutlets]; fr != nil && fr.Terms != nil {
		for _, t := range fr.Terms.Terms() {
			f.Outlets = append(f.Outlets, FacetCount{Term: t.Term, Count: t.Count})
		}
	}
	if fr := res.Facets[facetDays]; fr != nil && fr.Terms != nil {
		days := fr.Terms.Terms()
		var first, last time.Time
		for i, t := range days {
			d, err := time.Parse(time.DateOnly, t.Term)
			if err != nil {
				continue
			}
			if i == 0 || d.Before(first) {
				first = d
			}
			if i == 0 || d.After(last) {
				last = d
			}
		}
		weekly := last.Sub(first) > 62*24*time.Hour
		sum := map[string]int{}
		for _, t := range days {
			term := t.Term
			if weekly {
				if d, err := time.Parse(time.DateOnly, t.Term); err == nil {
					y, w := d.ISOWeek()
					term = fmt.Sprintf("%04d-W%02d", y, w)
				}
			}
			sum[term] += t.Count
		}
		for term, n := range sum {
			f.Timeline = append(f.Timeline, FacetCount{Term: term, Count: n})
		}
		slices.SortFunc(f.Timeline, func(a, b FacetCount) int { return strings.Compare(a.Term, b.Term) })
	}
	return f
}

// topCounts sorts counts, most first (ties by term), and keeps n.
func topCounts(counts map[string]int, n int) []FacetCount {
	out := make([]FacetCount, 0, len(counts))
	for t, c := range counts {
		out = append(out, FacetCount{Term: t, Count: c})
	}
	slices.SortFunc(out, func(a, b FacetCount) int {
		if a.Count != b.Count {
			return b.Count - a.Count
		}
		return strings.Compare(a.Term, b.Term)
	})
	if len(out) > n {
		out = out[:n]
	}
	return out
}

// exportWindow is how many rows Export aims to read per date window.
const exportWindow = 4000

// Export calls fn for every record matching q, newest first, ignoring
// q.Limit and q.Offset and without collapsing copies. It stops at the
// first error from fn or ctx and returns it wrapped.
//
// It walks the matches in publication-date windows sized to hold about
// exportWindow rows each, so every Bleve search touches one window's
// documents only: the whole export is linear in the number of rows, and
// memory stays flat. (Paging one sorted search with search_after would
// re-collect all matches for every page.) Rows without a publication date
// come last.
func (ix *Index) Export(ctx context.Context, q Query, fn func(Record) error) error {
	bq, _, err := ix.buildQuery(q)
	if err != nil {
		return err
	}
	shards, covered := ix.shardsIn(dateBoundsOf(q))
	if covered {
		q.Since, q.Until = time.Time{}, time.Time{}
		if bq, _, err = ix.buildQuery(q); err != nil {
			return err
		}
	}
	// Shards are months, newest first, then undated statements; a
	// month is read a day at a time. exportWorkers goroutines take these
	// jobs in order and search them (loading stored fields: most of the
	// work) while this one turns their pages, in job order, into records
	// for fn. At most exportAhead jobs are taken before fn is done with
	// them: memory stays bounded.
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	type job struct {
		run   func(emit func(*bleve.SearchResult) error) error
		pages chan *bleve.SearchResult // closed when the job is done
		err   error                    // read after pages is closed
	}
	var jobs []*job
	add := func(run func(emit func(*bleve.SearchResult) error) error) {
		jobs = append(jobs, &job{run: run, pages: make(chan *bleve.SearchResult, exportAhead)})
	}
	for _, s := range shards {
		if !s.dated() {
			add(func(emit func(*bleve.SearchResult) error) error { return ix.exportShard(ctx, s, bq, emit) })
			continue
		}
		for day := s.hi.Add(-24 * time.Hour); !day.Before(s.lo); day = day.Add(-24 * time.Hour) {
			add(func(emit func(*bleve.SearchResult) error) error { return ix.exportDay(ctx, s.bi, day, bq, emit) })
		}
	}
	taken := make(chan struct{}, exportAhead) // jobs taken and not yet done by fn
	next := make(chan *job)
	go func() {
		defer close(next)
		for i, j := range jobs {
			select {
			case taken <- struct{}{}:
				select {
				case next <- j:
					continue
				case <-ctx.Done():
				}
			case <-ctx.Done():
			}
			for _, r := range jobs[i:] {
				r.err = fmt.Errorf("index: export: %w", ctx.Err())
				close(r.pages)
			}
			return
		}
	}()
	var wg sync.WaitGroup
	for range exportWorkers {
		wg.Go(func() {
			for j := range next {
				j.err = j.run(func(res *bleve.SearchResult) error {
					select {
					case j.pages <- res:
						return nil
					case <-ctx.Done():
						return fmt.Errorf("index: export: %w", ctx.Err())
					}
				})
				close(j.pages)
			}
		})
	}
	// Deferred calls run last first: cancel, then wait for the workers.
	defer wg.Wait()
	defer cancel()
	for _, j := range jobs {
		for res := range j.pages {
			for _, h := range res.Hits {
				if err := fn(ix.record(h)); err != nil {
					return fmt.Errorf("index: export: record %s: %w", h.ID, err)
				}
			}
		}
		if j.err != nil {
			return j.err
		}
		<-taken
	}
	return nil
}

// exportWorkers is how many jobs (days, or shards without months) Export
// reads at once; exportAhead is how many jobs it takes before fn is done
// with them, and how many pages a job may have ready.
const (
	exportWorkers = 2
	exportAhead   = 4
)

// exportShard is Export over a shard that is not a month (undated, or a
// pre-sharding index): it hands emit the matches in pages, newest first.
func (ix *Index) exportShard(ctx context.Context, s *shard, bq query.Query, emit func(*bleve.SearchResult) error) error {
	src := s.bi
	var (
		oldest, newest time.Time
		n              uint64
		err            error
	)
	if s.key != undatedShard {
		if oldest, newest, n, err = ix.dateBounds(ctx, src, bq); err != nil {
			return err
		}
	}
	if err := ix.exportWindows(ctx, src, bq, oldest, newest, n, emit); err != nil {
		return err
	}
	// Rows without a date.
	var undated query.Query = bq
	if n > 0 {
		incl := true
		all := bleve.NewDateRangeInclusiveQuery(oldest, newest, &incl, &incl)
		all.SetField(fieldPublished)
		b := bleve.NewBooleanQuery()
		b.AddMust(bq)
		b.AddMustNot(all)
		undated = b
	}
	req := bleve.NewSearchRequestOptions(undated, exportWindow, 0, false)
	req.Fields = storedFields()
	req.Score = "none"
	req.SortBy([]string{"_id"})
	for {
		res, err := src.SearchInContext(ctx, req)
		if err != nil {
			return fmt.Errorf("index: export: %w", err)
		}
		if err := emit(res); err != nil {
			return err
		}
		if len(res.Hits) < req.Size {
			return nil
		}
		req.SearchAfter = res.Hits[len(res.Hits)-1].Sort
	}
}

// exportDay hands emit the matches of bq published on the UTC day
// starting at day, newest first: one page, found by the day's term (one
// posting list, where a range over nanosecond timestamps expands to dozens
// of terms), or, past maxWindow matches, pages of shorter windows.
func (ix *Index) exportDay(ctx context.Context, src searcher, day time.Time, bq query.Query, emit func(*bleve.SearchResult) error) error {
	tq := bleve.NewTermQuery(day.Format(time.DateOnly))
	tq.SetField(fieldDay)
	var q query.Query = tq
	if _, all := bq.(*query.MatchAllQuery); !all {
		q = bleve.NewConjunctionQuery(tq, bq)
	}
	req := bleve.NewSearchRequestOptions(q, maxWindow, 0, false)
	req.Fields = storedFields()
	req.Score = "none"
	req.SortBy(sortByDate())
	res, err := src.SearchInContext(ctx, req)
	if err != nil {
		return fmt.Errorf("index: export: %w", err)
	}
	switch {
	case res.Total > uint64(len(res.Hits)):
		end := day.Add(24*time.Hour - time.Nanosecond)
		return ix.exportWindows(ctx, src, bq, day, end, res.Total, emit)
	case len(res.Hits) > 0:
		return emit(res)
	}
	return nil
}

// exportWindows hands emit the n matches of bq published in [oldest,
// newest], newest first, in windows of time sized to hold about
// exportWindow rows each.
func (ix *Index) exportWindows(ctx context.Context, src searcher, bq query.Query, oldest, newest time.Time, n uint64, emit func(*bleve.SearchResult) error) error {
	if n == 0 {
		return nil
	}
	hi := newest.Add(time.Nanosecond) // exclusive
	span := newest.Sub(oldest) + time.Nanosecond
	width := time.Duration(float64(span) * exportWindow / float64(n))
	width = max(width, time.Second)
	for !hi.Before(oldest) && hi != oldest {
		lo := hi.Add(-width)
		if lo.Before(oldest) {
			lo = oldest
		}
		res, err := ix.window(ctx, src, bq, lo, hi)
		if err != nil {
			return err
		}
		if res == nil { // too many rows: halve the window
			width = max(width/2, time.Nanosecond)
			continue
		}
		if err := emit(res); err != nil {
			return err
		}
		// Aim the next window at exportWindow rows.
		if len(res.Hits) > 0 {
			width = time.Duration(float64(width) * exportWindow / float64(len(res.Hits)))
		} else {
			width *= 4
		}
		width = max(min(width, span), time.Second)
		hi = lo
	}
	return nil
}

// maxWindow is the most rows Export takes from one window; a window
// holding more is split. A variable for tests.
var maxWindow = 4 * exportWindow

// window returns the matches of bq published in [lo, hi), newest first, or
// nil when there are more than maxWindow.
func (ix *Index) window(ctx context.Context, src searcher, bq query.Query, lo, hi time.Time) (*bleve.SearchResult, error) {
	incl, excl := true, false
	dq := bleve.NewDateRangeInclusiveQuery(lo, hi, &incl, &excl)
	dq.SetField(fieldPublished)
	req := bleve.NewSearchRequestOptions(bleve.NewConjunctionQuery(dq, bq), maxWindow, 0, false)
	req.Fields = storedFields()
	req.Score = "none"
	req.SortBy(sortByDate())
	res, err := src.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("index: export: %w", err)
	}
	if res.Total > uint64(maxWindow) && hi.Sub(lo) > time.Nanosecond {
		return nil, nil
	}
	return res, nil
}

// dateBounds returns the oldest and newest publication dates among bq's
// matches and how many matches have one.
func (ix *Index) dateBounds(ctx context.Context, src searcher, bq query.Query) (oldest, newest time.Time, n uint64, err error) {
	one := func(order string) (time.Time, uint64, error) {
		req := bleve.NewSearchRequestOptions(bq, 1, 0, false)
		req.Score = "none"
		req.Fields = []string{fieldPublished}
		req.SortBy([]string{order, "_id"})
		res, err := src.SearchInContext(ctx, req)
		if err != nil {
			return time.Time{}, 0, fmt.Errorf("index: export: %w", err)
		}
		for _, h := range res.Hits {
			s, _ := h.Fields[fieldPublished].(string)
			if v, err := strconv.ParseInt(s, 10, 64); err == nil {
				return time.Unix(0, v).UTC(), res.Total, nil
			}
		}
		return time.Time{}, 0, nil
	}
	if newest, n, err = one("-" + fieldPublishedKey); err != nil || n == 0 {
		return time.Time{}, time.Time{}, 0, err
	}
	// Missing sort keys sort first ascending: skip them with a range.
	incl := true
	dq := bleve.NewDateRangeInclusiveQuery(time.Time{}, newest, &incl, &incl)
	dq.SetField(fieldPublished)
	bqDated := bleve.NewConjunctionQuery(dq, bq)
	req := bleve.NewSearchRequestOptions(bqDated, 1, 0, false)
	req.Score = "none"
	req.Fields = []string{fieldPublished}
	req.SortBy([]string{fieldPublishedKey, "_id"})
	res, err := src.SearchInContext(ctx, req)
	if err != nil {
		return time.Time{}, time.Time{}, 0, fmt.Errorf("index: export: %w", err)
	}
	if len(res.Hits) == 0 {
		return time.Time{}, time.Time{}, 0, nil
	}
	s, _ := res.Hits[0].Fields[fieldPublished].(string)
	v, perr := strconv.ParseInt(s, 10, 64)
	if perr != nil {
		return time.Time{}, time.Time{}, 0, fmt.Errorf("index: export: stored date %q: %w", s, perr)
	}
	return time.Unix(0, v).UTC(), newest, res.Total, nil
}

// buildQuery translates q into a Bleve query and reports whether it is
// scored (has free text). Filters never contribute to the score.
func (ix *Index) buildQuery(q Query) (query.Query, bool, error) {
	var filters []query.Query
	if s := strings.TrimSpace(q.Speaker); len(s) > 2 && strings.HasPrefix(s, `"`) && strings.HasSuffix(s, `"`) {
		filters = append(filters, ix.speakerQuery(strings.TrimSpace(s[1:len(s)-1]), true))
	} else if s != "" {
		filters = append(filters, ix.speakerQuery(s, false))
	}
	if o := strings.TrimSpace(q.Outlet); o != "" {
		fq, _ := ix.fieldQuery(FieldOutlet, o, true)
		filters = append(filters, fq)
	}
	if k := strings.TrimSpace(q.Kind); k != "" {
		fq, err := ix.fieldQuery(FieldKind, k, true)
		if err != nil {
			return nil, false, err
		}
		filters = append(filters, fq)
	}
	if c := strings.TrimSpace(q.Cue); c != "" {
		fq, _ := ix.fieldQuery(FieldCue, c, true)
		filters = append(filters, fq)
	}
	if !q.Since.IsZero() || !q.Until.IsZero() {
		dq, err := dateRange(q.Since, q.Until)
		if err != nil {
			return nil, false, err
		}
		filters = append(filters, dq)
	}
	var scoredParts []query.Query
	if text := textQuery(q.Text); text != nil {
		scoredParts = append(scoredParts, text)
	}
	if q.Expr != nil {
		eq, err := ix.exprQuery(q.Expr)
		if err != nil {
			return nil, false, err
		}
		if q.Expr.scored() {
			scoredParts = append(scoredParts, eq)
		} else {
			filters = append(filters, eq)
		}
	}

	if len(scoredParts) == 0 {
		switch len(filters) {
		case 0:
			return bleve.NewMatchAllQuery(), false, nil
		case 1:
			return filters[0], false, nil
		default:
			return bleve.NewConjunctionQuery(filters...), false, nil
		}
	}
	// One conjunction rather than a boolean query with a filter clause:
	// Bleve's conjunction leapfrogs from its most selective part (a
	// speaker in one month), where a filter clause would be checked
	// against every match of the text. Filters get a negligible boost so
	// that they do not change the ranking.
	for _, f := range filters {
		if b, ok := f.(query.BoostableQuery); ok {
			b.SetBoost(filterBoost)
		}
	}
	return bleve.NewConjunctionQuery(append(scoredParts, filters...)...), true, nil
}

// filterBoost weights filters ANDed with scored text: low enough not to
// reorder hits, not zero (which Bleve reads as "unset").
const filterBoost = 1e-6

// fieldQuery matches a speaker, outlet, kind or cue value.
func (ix *Index) fieldQuery(field, v string, exact bool) (query.Query, error) {
	v = strings.TrimSpace(v)
	switch field {
	case FieldSpeaker:
		return ix.speakerQuery(v, exact), nil
	case FieldOutlet, FieldCue:
		mq := bleve.NewMatchQuery(v) // the field's analyzer lower-cases it
		mq.SetField(field)
		return mq, nil
	case FieldKind:
		k := strings.ToLower(v)
		switch k {
		case "direct", "indirect", "mixed":
		default:
			return nil, fmt.Errorf("index: search: unknown kind %q (want direct, indirect or mixed)", v)
		}
		tq := bleve.NewTermQuery(k)
		tq.SetField(fieldKind)
		return tq, nil
	}
	return nil, fmt.Errorf("index: search: unknown field %q", field)
}

// speakerQuery matches statements by a speaker: any stripped name in the
// speaker's group (see speakerTable.resolve), or the words of the speaker
// as written.
func (ix *Index) speakerQuery(v string, exact bool) query.Query {
	var any []query.Query
	want := nameTokens(v)
	for _, m := range ix.speakers.resolve(v, exact) {
		var names []query.Query
		for _, k := range m.keys {
			if !exact && m.outlet == "" && containsAll(strings.Fields(k), want) {
				// The match on the speaker's words below finds it: fewer
				// terms to intersect (a surname is one term, not one per
				// full name).
				continue
			}
			tq := bleve.NewTermQuery(k)
			tq.SetField(fieldSpeakerName)
			names = append(names, tq)
		}
		if len(names) == 0 {
			continue
		}
		var q query.Query = bleve.NewDisjunctionQuery(names...)
		if m.outlet != "" {
			oq := bleve.NewMatchQuery(m.outlet)
			oq.SetField(fieldOutlet)
			q = bleve.NewConjunctionQuery(q, oq)
		}
		any = append(any, q)
	}
	if exact {
		mq := bleve.NewMatchQuery(v) // lower-cased by the field's analyzer
		mq.SetField(fieldSpeakerExact)
		any = append(any, mq)
	} else {
		mq := bleve.NewMatchQuery(v)
		mq.SetField(fieldSpeaker)
		mq.SetOperator(query.MatchQueryOperatorAnd)
		any = append(any, mq)
	}
	if len(any) == 1 {
		return any[0]
	}
	return bleve.NewDisjunctionQuery(any...)
}

// dateRange matches publication dates in [since, until]; an until at
// midnight includes that day.
func dateRange(since, until time.Time) (query.Query, error) {
	end, inclusiveEnd := until, true
	if !end.IsZero() && isMidnight(end) {
		end, inclusiveEnd = end.AddDate(0, 0, 1), false
	}
	if !since.IsZero() && !end.IsZero() && since.After(end) {
		return nil, fmt.Errorf("index: search: since %s is after until %s",
			since.Format(time.RFC3339), until.Format(time.RFC3339))
	}
	if q := dayTerms(since, end, inclusiveEnd); q != nil {
		return q, nil
	}
	inclusiveStart := true
	dq := bleve.NewDateRangeInclusiveQuery(since, end, &inclusiveStart, &inclusiveEnd)
	dq.SetField(fieldPublished)
	return dq, nil
}

// maxDayTerms is the longest range (in whole days) dayTerms handles.
const maxDayTerms = 120

// dayTerms matches [since, end) (or [since, end] when inclusiveEnd) as a
// union of whole days (terms of the day keyword) and, for partial days at
// the edges, numeric ranges. A range of whole UTC days, the common case,
// becomes a few dozen term lookups instead of a numeric range over
// nanosecond timestamps, which expands to hundreds of terms. It returns
// nil for open or long ranges.
func dayTerms(since, end time.Time, inclusiveEnd bool) query.Query {
	if since.IsZero() || end.IsZero() {
		return nil
	}
	since, end = since.UTC(), end.UTC()
	firstDay := since.Truncate(24 * time.Hour)
	if firstDay.Before(since) {
		firstDay = firstDay.Add(24 * time.Hour)
	}
	endDay := end.Truncate(24 * time.Hour) // exclusive
	days := int(endDay.Sub(firstDay) / (24 * time.Hour))
	if days <= 0 || days > maxDayTerms {
		return nil
	}
	var parts []query.Query
	for d := firstDay; d.Before(endDay); d = d.Add(24 * time.Hour) {
		tq := bleve.NewTermQuery(d.Format(time.DateOnly))
		tq.SetField(fieldDay)
		parts = append(parts, tq)
	}
	incl, excl := true, false
	if since.Before(firstDay) {
		dq := bleve.NewDateRangeInclusiveQuery(since, firstDay, &incl, &excl)
		dq.SetField(fieldPublished)
		parts = append(parts, dq)
	}
	if end.After(endDay) || inclusiveEnd {
		dq := bleve.NewDateRangeInclusiveQuery(endDay, end, &incl, &inclusiveEnd)
		dq.SetField(fieldPublished)
		parts = append(parts, dq)
	}
	return bleve.NewDisjunctionQuery(parts...)
}

// isMidnight reports whether t is at 00:00:00 in its own location, i.e.
// a date without a time of day.
func isMidnight(t time.Time) bool {
	h, m, s := t.Clock()
	return h == 0 && m == 0 && s == 0 && t.Nanosecond() == 0
}

// textQuery builds the scored part of a query: every "quoted phrase" must
// occur in the statement text; the other words may occur in the text or,
// with less weight, in the title, and rank hits by how well they match.
func textQuery(s string) query.Query {
	var phrases []string
	var words strings.Builder
	for i, part := range strings.Split(s, `"`) {
		part = strings.TrimSpace(part)
		switch {
		case part == "":
		case i%2 == 1:
			phrases = append(phrases, part)
		default:
			words.WriteString(part)
			words.WriteByte(' ')
		}
	}
	var must []query.Query
	for _, p := range phrases {
		pq := bleve.NewMatchPhraseQuery(p)
		pq.SetField(fieldText)
		must = append(must, pq)
	}
	if w := strings.TrimSpace(words.String()); w != "" {
		inText := bleve.NewMatchQuery(w)
		inText.SetField(fieldText)
		inTitle := bleve.NewMatchQuery(w)
		inTitle.SetField(fieldTitle)
		inTitle.SetBoost(0.3)
		must = append(must, bleve.NewDisjunctionQuery(inText, inTitle))
	}
	switch len(must) {
	case 0:
		return nil
	case 1:
		return must[0]
	default:
		return bleve.NewConjunctionQuery(must...)
	}
}
