package index

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
)

// Query selects statements. Empty fields do not filter; all set fields
// must match.
type Query struct {
	Text         string    // free text over the statement (and title); "quoted parts" must appear as phrases; empty: match all
	Speaker      string    // all words must match the speaker's name: "netanyahu" finds "Benjamin Netanyahu"; in double quotes, the whole name must match (case-insensitive)
	Outlet       string    // exact outlet (case-insensitive)
	Kind         string    // direct|indirect|mixed or empty
	Since, Until time.Time // inclusive publication-date range (an Until at midnight includes that whole day); zero: open
	Limit        int       // page size; zero: 20
	Offset       int       // hits to skip
}

// DefaultLimit is the page size of a Query that leaves Limit zero.
const DefaultLimit = 20

// Hit is one search result: the record and its relevance score (zero when
// results are sorted by date).
type Hit struct {
	Record
	Score float64
}

// Result is one page of search results.
type Result struct {
	Total uint64        // matches in the whole index, not just this page
	Hits  []Hit         // this page
	Took  time.Duration // time spent in Bleve
}

// sortByDate is newest first with the ID as tie-breaker: a total order,
// which search_after needs.
func sortByDate() []string { return []string{"-" + fieldPublishedKey, "_id"} }

// sortByScore is by relevance, then as sortByDate.
func sortByScore() []string { return []string{"-_score", "-" + fieldPublishedKey, "_id"} }

// Search runs q and returns one page of hits: newest first (by Published,
// then ID) unless q.Text is set, in which case by relevance.
func (ix *Index) Search(ctx context.Context, q Query) (*Result, error) {
	if q.Limit < 0 || q.Offset < 0 {
		return nil, fmt.Errorf("index: search: negative limit %d or offset %d", q.Limit, q.Offset)
	}
	bq, scored, err := buildQuery(q)
	if err != nil {
		return nil, err
	}
	limit := q.Limit
	if limit == 0 {
		limit = DefaultLimit
	}
	req := bleve.NewSearchRequestOptions(bq, limit, q.Offset, false)
	req.Fields = storedFields()
	if scored {
		req.SortBy(sortByScore())
	} else {
		req.Score = "none"
		req.SortBy(sortByDate())
	}
	res, err := ix.bi.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("index: search: %w", err)
	}
	out := &Result{Total: res.Total, Took: res.Took, Hits: make([]Hit, 0, len(res.Hits))}
	for _, h := range res.Hits {
		out.Hits = append(out.Hits, Hit{Record: fromHit(h), Score: h.Score})
	}
	return out, nil
}

// Export calls fn for every record matching q, newest first, ignoring
// q.Limit and q.Offset. It pages with search_after, so memory stays flat
// however many records match. It stops at the first error from fn or ctx
// and returns it wrapped.
func (ix *Index) Export(ctx context.Context, q Query, fn func(Record) error) error {
	bq, _, err := buildQuery(q)
	if err != nil {
		return err
	}
	req := bleve.NewSearchRequestOptions(bq, exportPageSize, 0, false)
	req.Fields = storedFields()
	req.Score = "none"
	req.SortBy(sortByDate())
	for {
		res, err := ix.bi.SearchInContext(ctx, req)
		if err != nil {
			return fmt.Errorf("index: export: %w", err)
		}
		for _, h := range res.Hits {
			if err := fn(fromHit(h)); err != nil {
				return fmt.Errorf("index: export: record %s: %w", h.ID, err)
			}
		}
		if len(res.Hits) < req.Size {
			return nil
		}
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("index: export: %w", err)
		}
		req.SearchAfter = res.Hits[len(res.Hits)-1].Sort
	}
}

// buildQuery translates q into a Bleve query and reports whether it is
// scored (has free text). Filters never contribute to the score.
func buildQuery(q Query) (query.Query, bool, error) {
	var filters []query.Query
	if s := strings.TrimSpace(q.Speaker); len(s) > 2 && strings.HasPrefix(s, `"`) && strings.HasSuffix(s, `"`) {
		mq := bleve.NewMatchQuery(strings.TrimSpace(s[1 : len(s)-1])) // lower-cased by the field's analyzer
		mq.SetField(fieldSpeakerExact)
		filters = append(filters, mq)
	} else if s != "" {
		mq := bleve.NewMatchQuery(s)
		mq.SetField(fieldSpeaker)
		mq.SetOperator(query.MatchQueryOperatorAnd)
		filters = append(filters, mq)
	}
	if o := strings.TrimSpace(q.Outlet); o != "" {
		mq := bleve.NewMatchQuery(o) // the field's analyzer lower-cases it
		mq.SetField(fieldOutlet)
		filters = append(filters, mq)
	}
	if k := strings.ToLower(strings.TrimSpace(q.Kind)); k != "" {
		switch k {
		case "direct", "indirect", "mixed":
		default:
			return nil, false, fmt.Errorf("index: search: unknown kind %q (want direct, indirect or mixed)", q.Kind)
		}
		tq := bleve.NewTermQuery(k)
		tq.SetField(fieldKind)
		filters = append(filters, tq)
	}
	if !q.Since.IsZero() || !q.Until.IsZero() {
		end, inclusiveEnd := q.Until, true
		if !end.IsZero() && isMidnight(end) {
			end, inclusiveEnd = end.AddDate(0, 0, 1), false
		}
		if !q.Since.IsZero() && !end.IsZero() && q.Since.After(end) {
			return nil, false, fmt.Errorf("index: search: since %s is after until %s",
				q.Since.Format(time.RFC3339), q.Until.Format(time.RFC3339))
		}
		inclusiveStart := true
		dq := bleve.NewDateRangeInclusiveQuery(q.Since, end, &inclusiveStart, &inclusiveEnd)
		dq.SetField(fieldPublished)
		filters = append(filters, dq)
	}

	text := textQuery(q.Text)
	if text == nil {
		switch len(filters) {
		case 0:
			return bleve.NewMatchAllQuery(), false, nil
		case 1:
			return filters[0], false, nil
		default:
			return bleve.NewConjunctionQuery(filters...), false, nil
		}
	}
	bq := bleve.NewBooleanQuery()
	bq.AddMust(text)
	switch len(filters) {
	case 0:
	case 1:
		bq.AddFilter(filters[0])
	default:
		bq.AddFilter(bleve.NewConjunctionQuery(filters...))
	}
	return bq, true, nil
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
