// Package web serves quotewire over HTTP: the JSON API that `search` and
// `export` use while a daemon holds the data folder, CSV and JSON Lines
// downloads, the crawler's status and Prometheus metrics.
package web

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/quotewire/quotewire/export"
	"github.com/quotewire/quotewire/index"
)

// Options configures the handler. Index is required; the rest may be nil.
type Options struct {
	Index *index.Index
	// Status returns what /api/status shows (the crawler's state).
	Status func() (any, error)
	// Metrics serves /metrics.
	Metrics http.Handler
	Log     *slog.Logger
}

// SearchResponse is the body of /api/search.
type SearchResponse struct {
	Total  uint64             `json:"total"`
	TookMS float64            `json:"took_ms"`
	Hits   []export.Statement `json:"hits"`
}

// Handler returns the HTTP handler.
func Handler(opts Options) http.Handler {
	s := &server{Options: opts}
	if s.Log == nil {
		s.Log = slog.New(slog.DiscardHandler)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /api/search", s.search)
	mux.HandleFunc("GET /api/export.csv", s.exportCSV)
	mux.HandleFunc("GET /api/export.jsonl", s.exportJSONL)
	mux.HandleFunc("GET /api/status", s.status)
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("ok\n")) })
	if opts.Metrics != nil {
		mux.Handle("GET /metrics", opts.Metrics)
	}
	return secure(mux)
}

type server struct{ Options }

// secure sets headers that keep scraped text inert in a browser.
func secure(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hd := w.Header()
		hd.Set("X-Content-Type-Options", "nosniff")
		hd.Set("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'")
		hd.Set("Referrer-Policy", "no-referrer")
		hd.Set("X-Frame-Options", "DENY")
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
	var he httpError
	if errors.As(err, &he) {
		code = he.code
	} else {
		s.Log.Error("api", "err", err)
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(map[string]string{"error": err.Error()})
}

func (s *server) search(w http.ResponseWriter, r *http.Request) {
	q, err := QueryFromValues(r.URL.Query())
	if err != nil {
		s.fail(w, err)
		return
	}
	res, err := s.Index.Search(r.Context(), q)
	if err != nil {
		s.fail(w, err)
		return
	}
	out := SearchResponse{Total: res.Total, TookMS: float64(res.Took.Microseconds()) / 1000, Hits: []export.Statement{}}
	for _, h := range res.Hits {
		out.Hits = append(out.Hits, export.FromRecord(h.Record))
	}
	w.Header().Set("Content-Type", "application/json")
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(true)
	enc.Encode(out)
}

func (s *server) exportCSV(w http.ResponseWriter, r *http.Request) {
	s.export(w, r, "text/csv; charset=utf-8", "statements.csv", export.CSV)
}

func (s *server) exportJSONL(w http.ResponseWriter, r *http.Request) {
	s.export(w, r, "application/x-ndjson", "statements.jsonl", export.JSONLines)
}

func (s *server) export(w http.ResponseWriter, r *http.Request, ctype, name string,
	write func(context.Context, io.Writer, *index.Index, index.Query) (int, error)) {
	q, err := QueryFromValues(r.URL.Query())
	if err != nil {
		s.fail(w, err)
		return
	}
	w.Header().Set("Content-Type", ctype)
	w.Header().Set("Content-Disposition", `attachment; filename="`+name+`"`)
	bw := bufio.NewWriterSize(w, 64<<10)
	if _, err := write(r.Context(), bw, s.Index, q); err != nil {
		s.Log.Warn("export cut short", "err", err)
		return
	}
	bw.Flush()
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
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(st)
}

// QueryFromValues reads a query from URL parameters: q (free text),
// speaker, outlet, kind, since, until (YYYY-MM-DD or RFC 3339), limit and
// offset.
func QueryFromValues(v url.Values) (index.Query, error) {
	bad := func(format string, args ...any) (index.Query, error) {
		return index.Query{}, httpError{http.StatusBadRequest, fmt.Errorf(format, args...)}
	}
	q := index.Query{Text: v.Get("q"), Speaker: v.Get("speaker"), Outlet: v.Get("outlet")}
	switch k := strings.ToLower(v.Get("kind")); k {
	case "", "direct", "indirect", "mixed":
		q.Kind = k
	default:
		return bad("kind %q: want direct, indirect or mixed", v.Get("kind"))
	}
	var err error
	if q.Since, err = ParseDate(v.Get("since"), false); err != nil {
		return bad("since: %v", err)
	}
	if q.Until, err = ParseDate(v.Get("until"), true); err != nil {
		return bad("until: %v", err)
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

// Values is the inverse of QueryFromValues, for clients.
func Values(q index.Query) url.Values {
	v := url.Values{}
	set := func(k, s string) {
		if s != "" {
			v.Set(k, s)
		}
	}
	set("q", q.Text)
	set("speaker", q.Speaker)
	set("outlet", q.Outlet)
	set("kind", q.Kind)
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
