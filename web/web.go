// Package web serves quotewire over HTTP: a search page (embedded, no
// build step), the JSON API that the page and, while a daemon holds the
// data folder, `search` and `export` use, CSV and JSON Lines downloads,
// the crawler's status and Prometheus metrics.
//
// Everything the index returns was scraped from the web and is untrusted:
// the API sends it as JSON only, and the page inserts it as text, under a
// Content-Security-Policy that allows no inline script or style.
package web

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/quotewire/quotewire/export"
	"github.com/quotewire/quotewire/index"
	"github.com/quotewire/quotewire/query"
)

// Options configures the handler. Index is required; the rest may be nil.
type Options struct {
	Index *index.Index
	// Status returns what /api/status shows (the crawler's state).
	Status func() (any, error)
	// Metrics serves /metrics.
	Metrics http.Handler
	Log     *slog.Logger
	// LocalHostsOnly refuses requests whose Host header is not localhost
	// or an IP address, so that a web page elsewhere cannot read a
	// loopback server through a DNS name it rebinds to 127.0.0.1. Set it
	// when listening on loopback.
	LocalHostsOnly bool
	// Now is the clock for relative dates in queries (since:7d); nil:
	// time.Now.
	Now func() time.Time
}

// SearchResponse is the body of /api/search.
type SearchResponse struct {
	// Total counts distinct statements (copies in several articles once);
	// exact when TotalExact.
	Total      uint64  `json:"total"`
	TotalExact bool    `json:"total_exact"`
	TookMS     float64 `json:"took_ms"`
	Hits       []Hit   `json:"hits"`
	Facets     *Facets `json:"facets,omitempty"` // with facets=1
}

// Hit is one search result: the statement in its stable JSON shape plus
// what the page shows about it.
type Hit struct {
	export.Statement
	// SpeakerCanonical is the speaker's canonical name ("Elena Marquez"
	// for "Mayor Elena Marquez"), Role the title taken off ("Mayor").
	SpeakerCanonical string  `json:"speaker_canonical,omitempty"`
	Role             string  `json:"role,omitempty"`
	Score            float64 `json:"score,omitempty"`
	// Matches are byte offsets [start, end) into the UTF-8 Text of the
	// words the query matched, in order, not overlapping.
	Matches [][2]int `json:"matches,omitempty"`
	// AlsoIn lists other articles carrying the same statement.
	AlsoIn []Source `json:"also_in,omitempty"`
}

// Source is another article carrying a Hit's statement.
type Source struct {
	URL       string `json:"url"`
	Title     string `json:"title"`
	Outlet    string `json:"outlet"`
	Published string `json:"published"`
}

// Facets summarise every statement matching a search, not just one page.
type Facets struct {
	Speakers []FacetCount `json:"speakers"` // canonical names, most statements first
	Outlets  []FacetCount `json:"outlets"`
	Timeline Timeline     `json:"timeline"`
}

// FacetCount is one facet value with its number of statements.
type FacetCount struct {
	Name  string `json:"name"`
	Count int    `json:"count"`
}

// Timeline counts statements per day, or per week (starting Mondays) when
// they span more than about two months. Buckets run without gaps from
// the first to the last, in time order.
type Timeline struct {
	Interval string   `json:"interval"` // "day" or "week"
	Buckets  []Bucket `json:"buckets"`
}

// Bucket is one day or week of a Timeline.
type Bucket struct {
	Start string `json:"start"` // YYYY-MM-DD: the day, or the Monday of the week
	Count int    `json:"count"`
}

// SpeakersResponse is the body of /api/speakers.
type SpeakersResponse struct {
	Speakers []index.Speaker `json:"speakers"`
}

// Handler returns the HTTP handler: the search page at /, its files under
// /static/, and the API under /api/.
func Handler(opts Options) http.Handler {
	s := &server{Options: opts}
	if s.Log == nil {
		s.Log = slog.New(slog.DiscardHandler)
	}
	if s.Now == nil {
		s.Now = time.Now
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", page)
	mux.Handle("GET /static/", assets())
	mux.HandleFunc("GET /api/search", s.search)
	mux.HandleFunc("GET /api/speakers", s.speakersList)
	mux.HandleFunc("GET /api/export.csv", s.exportCSV)
	mux.HandleFunc("GET /api/export.jsonl", s.exportJSONL)
	mux.HandleFunc("GET /api/status", s.status)
	mux.HandleFunc("/api/", s.noEndpoint)
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("ok\n")) })
	if opts.Metrics != nil {
		mux.Handle("GET /metrics", opts.Metrics)
	}
	var h http.Handler = mux
	if opts.LocalHostsOnly {
		h = localHostsOnly(h)
	}
	return secure(h)
}

type server struct{ Options }

// secure sets headers that keep scraped text inert in a browser.
func secure(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hd := w.Header()
		hd.Set("X-Content-Type-Options", "nosniff")
		hd.Set("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
		hd.Set("Referrer-Policy", "no-referrer")
		hd.Set("X-Frame-Options", "DENY")
		hd.Set("Cross-Origin-Opener-Policy", "same-origin")
		hd.Set("Cross-Origin-Resource-Policy", "same-origin")
		h.ServeHTTP(w, r)
	})
}

// localHostsOnly refuses requests for host names other than localhost (see
// Options.LocalHostsOnly).
func localHostsOnly(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		host := r.Host
		if hh, _, err := net.SplitHostPort(host); err == nil {
			host = hh
		}
		host = strings.TrimSuffix(strings.Trim(host, "[]"), ".")
		if net.ParseIP(host) == nil && !strings.EqualFold(host, "localhost") && !strings.HasSuffix(strings.ToLower(host), ".localhost") {
			http.Error(w, "quotewire: unknown host name "+strconv.Quote(r.Host)+": use the address printed at start", http.StatusMisdirectedRequest)
			return
		}
		h.ServeHTTP(w, r)
	})
}

// httpError is an error with the HTTP status it should be reported with.
type httpError struct {
	code int
	err  error
}

func (e httpError) Error() string { return e.err.Error() }

func (s *server) fail(w http.ResponseWriter, err error) {
	code := http.StatusInternalServerError
	body := map[string]any{"error": err.Error()}
	var he httpError
	var qe *query.Error
	switch {
	case errors.As(err, &qe):
		code = http.StatusBadRequest
		body["position"] = qe.Pos
	case errors.As(err, &he):
		code = he.code
	default:
		s.Log.Error("api", "err", err)
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(body)
}

// writeJSON sends v as the JSON answer.
func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(true) // <, > and & as \u escapes: inert even if sniffed as HTML
	enc.Encode(v)
}

// noEndpoint answers API paths and methods that do not exist.
func (s *server) noEndpoint(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		s.fail(w, httpError{http.StatusMethodNotAllowed, fmt.Errorf("%s not allowed: the API is read-only (GET)", r.Method)})
		return
	}
	s.fail(w, httpError{http.StatusNotFound, fmt.Errorf("no API endpoint %s (see /api/search, /api/speakers, /api/export.csv, /api/export.jsonl, /api/status)", r.URL.Path)})
}

func (s *server) search(w http.ResponseWriter, r *http.Request) {
	v := r.URL.Query()
	q, err := s.query(v)
	if err != nil {
		s.fail(w, err)
		return
	}
	switch f := v.Get("facets"); f {
	case "", "0", "false":
	case "1", "true":
		q.Facets = true
	default:
		s.fail(w, httpError{http.StatusBadRequest, fmt.Errorf("facets %q: want 1 or 0", f)})
		return
	}
	res, err := s.Index.Search(r.Context(), q)
	if err != nil {
		s.fail(w, searchError(err))
		return
	}
	out := SearchResponse{Total: res.Total, TotalExact: res.TotalExact, TookMS: float64(res.Took.Microseconds()) / 1000, Hits: []Hit{}}
	for _, h := range res.Hits {
		out.Hits = append(out.Hits, hitOf(h))
	}
	if res.Facets != nil {
		out.Facets = facetsOf(res.Facets)
	}
	writeJSON(w, out)
}

// searchError turns the index's complaints about a query (an unknown kind,
// since after until) into 400s; other errors stay server errors.
func searchError(err error) error {
	msg := err.Error()
	if strings.Contains(msg, "index: search: unknown") || strings.Contains(msg, "is after until") || strings.Contains(msg, "negative limit") {
		return httpError{http.StatusBadRequest, errors.New(strings.TrimPrefix(msg, "index: search: "))}
	}
	return err
}

func hitOf(h index.Hit) Hit {
	out := Hit{Statement: export.FromRecord(h.Record), SpeakerCanonical: h.SpeakerCanonical, Role: h.Role, Score: h.Score}
	for _, m := range h.Matches {
		// Only whole characters: a range splitting a UTF-8 sequence would
		// show as U+FFFD in the page.
		if m[0] >= 0 && m[0] < m[1] && m[1] <= len(h.Text) && utf8.RuneStart(h.Text[m[0]]) && (m[1] == len(h.Text) || utf8.RuneStart(h.Text[m[1]])) {
			out.Matches = append(out.Matches, m)
		}
	}
	for _, src := range h.Sources {
		out.AlsoIn = append(out.AlsoIn, Source{URL: src.URL, Title: src.Title, Outlet: src.Outlet, Published: export.FormatTime(src.Published)})
	}
	return out
}

// maxTimelineBuckets bounds the gap-filled timeline.
const maxTimelineBuckets = 3000

func facetsOf(f *index.Facets) *Facets {
	out := &Facets{Speakers: []FacetCount{}, Outlets: []FacetCount{}, Timeline: Timeline{Interval: "day", Buckets: []Bucket{}}}
	for _, c := range f.Speakers {
		out.Speakers = append(out.Speakers, FacetCount{Name: c.Term, Count: c.Count})
	}
	for _, c := range f.Outlets {
		out.Outlets = append(out.Outlets, FacetCount{Name: c.Term, Count: c.Count})
	}
	// The index names weeks "2025-W45"; the page wants dates.
	counts := map[time.Time]int{}
	var first, last time.Time
	for _, c := range f.Timeline {
		var d time.Time
		if y, w, ok := isoWeek(c.Term); ok {
			out.Timeline.Interval = "week"
			d = weekStart(y, w)
		} else if t, err := time.Parse(time.DateOnly, c.Term); err == nil {
			d = t
		} else {
			continue
		}
		counts[d] += c.Count
		if first.IsZero() || d.Before(first) {
			first = d
		}
		if d.After(last) {
			last = d
		}
	}
	if len(counts) == 0 {
		return out
	}
	step := 1
	if out.Timeline.Interval == "week" {
		step = 7
	}
	for d := first; !d.After(last) && len(out.Timeline.Buckets) < maxTimelineBuckets; d = d.AddDate(0, 0, step) {
		out.Timeline.Buckets = append(out.Timeline.Buckets, Bucket{Start: d.Format(time.DateOnly), Count: counts[d]})
	}
	return out
}

// isoWeek reads "2025-W45".
func isoWeek(s string) (year, week int, ok bool) {
	y, w, found := strings.Cut(s, "-W")
	if !found {
		return 0, 0, false
	}
	year, err1 := strconv.Atoi(y)
	week, err2 := strconv.Atoi(w)
	return year, week, err1 == nil && err2 == nil && week >= 1 && week <= 53
}

// weekStart is the Monday of ISO week w of year y, in UTC.
func weekStart(y, w int) time.Time {
	jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC) // always in week 1
	monday := jan4.AddDate(0, 0, -((int(jan4.Weekday()) + 6) % 7))
	return monday.AddDate(0, 0, 7*(w-1))
}

func (s *server) exportCSV(w http.ResponseWriter, r *http.Request) {
	s.export(w, r, "text/csv; charset=utf-8", "statements.csv", export.CSV)
}

func (s *server) exportJSONL(w http.ResponseWriter, r *http.Request) {
	s.export(w, r, "application/x-ndjson", "statements.jsonl", export.JSONLines)
}

func (s *server) export(w http.ResponseWriter, r *http.Request, ctype, name string,
	write func(context.Context, io.Writer, *index.Index, index.Query) (int, error)) {
	q, err := s.query(r.URL.Query())
	if err != nil {
		s.fail(w, err)
		return
	}
	// Check the query before the 200 goes out, so that a bad one is a 400.
	probe := q
	probe.Limit, probe.Offset = 1, 0
	if _, err := s.Index.Search(r.Context(), probe); err != nil {
		s.fail(w, searchError(err))
		return
	}
	w.Header().Set("Content-Type", ctype)
	w.Header().Set("Content-Disposition", `attachment; filename="`+name+`"`)
	w.Header().Set("Cache-Control", "no-store")
	bw := bufio.NewWriterSize(w, 64<<10)
	if _, err := write(r.Context(), bw, s.Index, q); err != nil {
		s.Log.Warn("export cut short", "err", err)
		return
	}
	bw.Flush()
}

// maxSpeakers is how many speakers /api/speakers lists at most.
const maxSpeakers = 10000

func (s *server) speakersList(w http.ResponseWriter, r *http.Request) {
	limit := 500
	if v := r.URL.Query().Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > maxSpeakers {
			s.fail(w, httpError{http.StatusBadRequest, fmt.Errorf("limit %q: want a whole number from 1 to %d", v, maxSpeakers)})
			return
		}
		limit = n
	}
	sp, err := s.Index.Speakers(r.Context(), limit)
	if err != nil {
		s.fail(w, err)
		return
	}
	if sp == nil {
		sp = []index.Speaker{}
	}
	writeJSON(w, SpeakersResponse{Speakers: sp})
}

func (s *server) status(w http.ResponseWriter, r *http.Request) {
	if s.Status == nil {
		s.fail(w, httpError{http.StatusNotFound, errors.New("no crawler status here")})
		return
	}
	st, err := s.Status()
	if err != nil {
		s.fail(w, err)
		return
	}
	writeJSON(w, st)
}

// query reads a search from URL parameters (see QueryFromValues).
func (s *server) query(v url.Values) (index.Query, error) {
	return QueryFromValues(v, s.Now())
}

// QueryFromValues reads a search from URL parameters: q (the query
// language of package query; relative dates count back from now),
// speaker, outlet, kind, cue, since, until (YYYY-MM-DD or RFC 3339), sort
// (date or relevance), limit and offset. The parameters are ANDed with q.
func QueryFromValues(v url.Values, now time.Time) (index.Query, error) {
	bad := func(format string, args ...any) (index.Query, error) {
		return index.Query{}, httpError{http.StatusBadRequest, fmt.Errorf(format, args...)}
	}
	q, err := query.Parse(v.Get("q"), now)
	if err != nil {
		return index.Query{}, err
	}
	q.Speaker, q.Outlet, q.Cue = v.Get("speaker"), v.Get("outlet"), v.Get("cue")
	switch k := strings.ToLower(v.Get("kind")); k {
	case "", "direct", "indirect", "mixed":
		q.Kind = k
	default:
		return bad("kind %q: want direct, indirect or mixed", v.Get("kind"))
	}
	switch srt := v.Get("sort"); srt {
	case "", index.SortDate, index.SortRelevance:
		q.Sort = srt
	default:
		return bad("sort %q: want date or relevance", srt)
	}
	if q.Since, err = ParseDate(v.Get("since"), false); err != nil {
		return bad("since: %v", err)
	}
	if q.Until, err = ParseDate(v.Get("until"), true); err != nil {
		return bad("until: %v", err)
	}
	if !q.Since.IsZero() && !q.Until.IsZero() && q.Until.Before(q.Since) {
		return bad("until %s is before since %s", v.Get("until"), v.Get("since"))
	}
	for _, p := range []struct {
		name string
		dst  *int
	}{{"limit", &q.Limit}, {"offset", &q.Offset}} {
		if s := v.Get(p.name); s != "" {
			n, err := strconv.Atoi(s)
			if err != nil || n < 0 {
				return bad("%s %q: want a whole number", p.name, s)
			}
			*p.dst = n
		}
	}
	return q, nil
}

// Values is the inverse of QueryFromValues, for clients: q.Text and q.Expr
// go into q, in the query language.
func Values(q index.Query) url.Values {
	v := url.Values{}
	set := func(k, s string) {
		if s != "" {
			v.Set(k, s)
		}
	}
	var text []string
	if t := strings.TrimSpace(q.Text); t != "" {
		text = append(text, t)
	}
	if q.Expr != nil {
		text = append(text, q.Expr.String())
	}
	set("q", strings.Join(text, " "))
	set("speaker", q.Speaker)
	set("outlet", q.Outlet)
	set("kind", q.Kind)
	set("cue", q.Cue)
	set("sort", q.Sort)
	if !q.Since.IsZero() {
		v.Set("since", q.Since.Format(time.RFC3339Nano))
	}
	if !q.Until.IsZero() {
		v.Set("until", q.Until.Format(time.RFC3339Nano))
	}
	if q.Limit > 0 {
		v.Set("limit", strconv.Itoa(q.Limit))
	}
	if q.Offset > 0 {
		v.Set("offset", strconv.Itoa(q.Offset))
	}
	if q.Facets {
		v.Set("facets", "1")
	}
	return v
}

// ParseDate reads YYYY-MM-DD (UTC; the end of that day when endOfDay) or
// RFC 3339. The empty string is the zero time.
func ParseDate(s string, endOfDay bool) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		if endOfDay {
			t = t.Add(24*time.Hour - time.Nanosecond)
		}
		return t, nil
	}
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("%q is not a date: want YYYY-MM-DD or RFC 3339 (2025-11-17T09:30:00Z)", s)
	}
	return t, nil
}
