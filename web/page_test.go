package web

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/quotewire/quotewire/index"
)

// getJSON fetches path from srv and decodes the JSON answer into v.
func getJSON(t *testing.T, srv *httptest.Server, path string, v any) *http.Response {
	t.Helper()
	resp, err := http.Get(srv.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if ct := resp.Header.Get("Content-Type"); ct != "application/json" {
		t.Errorf("%s: Content-Type %q, want application/json", path, ct)
	}
	if err := json.NewDecoder(resp.Body).Decode(v); err != nil {
		t.Errorf("%s: %v", path, err)
	}
	return resp
}

func TestSearchQueryLanguage(t *testing.T) {
	srv := httptest.NewServer(Handler(Options{Index: pageIndex(t)}))
	defer srv.Close()
	for _, tc := range []struct {
		name     string
		params   url.Values
		total    uint64
		speakers []string // every hit's canonical speaker is one of these
	}{
		{"word", url.Values{"q": {"ferry"}}, 10, nil},
		{"speaker field", url.Values{"q": {"ferry speaker:marquez"}}, 4, []string{"Elena Marquez"}},
		{"exact speaker", url.Values{"q": {`speaker:"Elena Marquez"`}}, 5, []string{"Elena Marquez"}},
		{"phrase", url.Values{"q": {`"storm surge"`}}, 1, []string{"Elena Marquez"}},
		{"or", url.Values{"q": {"cod OR mackerel OR surge"}}, 2, []string{"Amara Nwosu", "Elena Marquez"}},
		{"not", url.Values{"q": {"speaker:hill NOT ferry"}}, 1, []string{"Hugh Hill"}},
		{"kind and cue", url.Values{"q": {"kind:direct cue:warned"}}, 1, []string{"Elena Marquez"}},
		{"outlet", url.Values{"q": {`outlet:"bay radio" ferry`}}, 3, nil},
		{"dates", url.Values{"q": {"ferry since:2025-11-10 until:2025-11-14"}}, 2, nil},
		{"q ANDed with parameters", url.Values{"q": {"ferry"}, "speaker": {"hill"}}, 2, []string{"Hugh Hill"}},
		{"parameters alone", url.Values{"outlet": {"island gazette"}, "kind": {"indirect"}, "until": {"2025-11-02"}}, 2, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var sr SearchResponse
			resp := getJSON(t, srv, "/api/search?"+tc.params.Encode(), &sr)
			if resp.StatusCode != 200 || sr.Total != tc.total || len(sr.Hits) != int(tc.total) {
				t.Fatalf("%d, total %d, %d hits; want %d", resp.StatusCode, sr.Total, len(sr.Hits), tc.total)
			}
			for _, h := range sr.Hits {
				if tc.speakers != nil && !contains(tc.speakers, h.SpeakerCanonical) {
					t.Errorf("hit by %q (%q)", h.SpeakerCanonical, h.Text)
				}
			}
			if sr.Facets != nil {
				t.Error("facets without facets=1")
			}
		})
	}
}

func contains(list []string, s string) bool {
	for _, l := range list {
		if l == s {
			return true
		}
	}
	return false
}

func TestSearchHitsAndFacets(t *testing.T) {
	srv := httptest.NewServer(Handler(Options{Index: pageIndex(t)}))
	defer srv.Close()
	var sr SearchResponse
	getJSON(t, srv, "/api/search?q=ferry&facets=1&limit=3&sort=date", &sr)
	if len(sr.Hits) != 3 || sr.Total != 10 {
		t.Fatalf("total %d, %d hits", sr.Total, len(sr.Hits))
	}
	for i, h := range sr.Hits {
		if i > 0 && h.Published > sr.Hits[i-1].Published {
			t.Errorf("sort=date: %s after %s", h.Published, sr.Hits[i-1].Published)
		}
		if len(h.Matches) == 0 {
			t.Errorf("no matches in %q", h.Text)
		}
		for _, m := range h.Matches {
			if w := strings.ToLower(h.Text[m[0]:m[1]]); w != "ferry" {
				t.Errorf("match %v in %q is %q", m, h.Text, w)
			}
		}
	}
	f := sr.Facets
	if f == nil {
		t.Fatal("no facets with facets=1")
	}
	if len(f.Speakers) == 0 || f.Speakers[0] != (FacetCount{"Elena Marquez", 4}) {
		t.Errorf("speaker facet: %+v", f.Speakers)
	}
	if len(f.Outlets) != 4 {
		t.Errorf("outlet facet: %+v", f.Outlets)
	}
	tl := f.Timeline
	if tl.Interval != "day" || len(tl.Buckets) != 25 || tl.Buckets[0] != (Bucket{"2025-11-03", 2}) || tl.Buckets[24].Start != "2025-11-27" {
		t.Errorf("timeline: %+v", tl)
	}
	sum := 0
	for _, b := range tl.Buckets {
		sum += b.Count
	}
	if sum != 11 { // rows: the timetable statement is in two articles
		t.Errorf("timeline counts %d statements, want 11", sum)
	}

	// A role and a copy in another outlet.
	sr = SearchResponse{}
	getJSON(t, srv, "/api/search?"+url.Values{"q": {`"night ferry"`}}.Encode(), &sr)
	if len(sr.Hits) != 1 || sr.Hits[0].Role != "Mayor" || sr.Hits[0].SpeakerCanonical != "Elena Marquez" || sr.Hits[0].Speaker != "Mayor Elena Marquez" {
		t.Errorf("role: %+v", sr.Hits)
	}
	sr = SearchResponse{}
	getJSON(t, srv, "/api/search?q=timetable", &sr)
	if len(sr.Hits) != 1 || len(sr.Hits[0].AlsoIn) != 1 {
		t.Errorf("syndicated statement: %+v", sr.Hits)
	}
}

func TestTimelineWeeks(t *testing.T) {
	f := facetsOf(&index.Facets{Timeline: []index.FacetCount{{Term: "2025-W45", Count: 3}, {Term: "2026-W01", Count: 1}, {Term: "2025-W47", Count: 2}}})
	tl := f.Timeline
	if tl.Interval != "week" || len(tl.Buckets) != 9 {
		t.Fatalf("timeline %+v", tl)
	}
	if tl.Buckets[0] != (Bucket{"2025-11-03", 3}) || tl.Buckets[1] != (Bucket{"2025-11-10", 0}) || tl.Buckets[2] != (Bucket{"2025-11-17", 2}) || tl.Buckets[8] != (Bucket{"2025-12-29", 1}) {
		t.Errorf("buckets %+v", tl.Buckets)
	}
}

func TestSearchBadQuery(t *testing.T) {
	srv := httptest.NewServer(Handler(Options{Index: pageIndex(t)}))
	defer srv.Close()
	for _, tc := range []struct {
		q    url.Values
		want string // in the message
	}{
		{url.Values{"q": {"ferry AND"}}, "AND needs something after it"},
		{url.Values{"q": {"colour:red"}}, "unknown field"},
		{url.Values{"q": {`"storm surge`}}, "unclosed quote"},
		{url.Values{"q": {"(ferry OR bus"}}, "unclosed parenthesis"},
		{url.Values{"q": {"kind:rumour"}}, "unknown kind"},
		{url.Values{"q": {"since:yesterday"}}, "bad date"},
		{url.Values{"sort": {"sideways"}}, `sort "sideways"`},
		{url.Values{"facets": {"maybe"}}, "facets"},
		{url.Values{"since": {"2025-11-20"}, "until": {"2025-11-01"}}, "before since"},
		{url.Values{"limit": {"-1"}}, "limit"},
	} {
		var body struct {
			Error    string
			Position int
		}
		resp := getJSON(t, srv, "/api/search?"+tc.q.Encode(), &body)
		if resp.StatusCode != http.StatusBadRequest || !strings.Contains(body.Error, tc.want) {
			t.Errorf("%s: %d %q, want 400 naming %q", tc.q.Encode(), resp.StatusCode, body.Error, tc.want)
		}
	}
	var body struct {
		Error    string
		Position int
	}
	getJSON(t, srv, "/api/search?q="+url.QueryEscape("ferry AND"), &body)
	if body.Position != 7 {
		t.Errorf("position %d, want 7 (the AND)", body.Position)
	}
}

func TestExportQueryLanguage(t *testing.T) {
	srv := httptest.NewServer(Handler(Options{Index: pageIndex(t)}))
	defer srv.Close()
	resp, err := http.Get(srv.URL + "/api/export.csv?" + url.Values{"q": {`ferry speaker:"Elena Marquez"`}}.Encode())
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if ct := resp.Header.Get("Content-Type"); ct != "text/csv; charset=utf-8" {
		t.Errorf("Content-Type %q", ct)
	}
	if cd := resp.Header.Get("Content-Disposition"); cd != `attachment; filename="statements.csv"` {
		t.Errorf("Content-Disposition %q", cd)
	}
	rows, err := csv.NewReader(resp.Body).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 5 || len(rows[0]) < 10 || strings.Join(rows[0][:10], ",") != "date,speaker,cue,kind,statement,addressee,outlet,title,url,paragraph" {
		t.Fatalf("rows: %q", rows)
	}
	for _, r := range rows[1:] {
		if !strings.HasSuffix(r[1], "Elena Marquez") || !strings.Contains(strings.ToLower(r[4]), "ferry") {
			t.Errorf("row %q", r)
		}
	}
	if rows[1][0] < rows[4][0] {
		t.Errorf("not newest first: %s … %s", rows[1][0], rows[4][0])
	}

	// JSON Lines: every row, copies included.
	resp, err = http.Get(srv.URL + "/api/export.jsonl?q=ferry")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if ct := resp.Header.Get("Content-Type"); ct != "application/x-ndjson" {
		t.Errorf("Content-Type %q", ct)
	}
	n := 0
	for sc := bufio.NewScanner(resp.Body); sc.Scan(); n++ {
		var m map[string]any
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil || m["speaker"] == nil {
			t.Errorf("line %q: %v", sc.Text(), err)
		}
	}
	if n != 11 {
		t.Errorf("%d JSON lines, want 11", n)
	}

	// A bad query is a 400 with a message, not an empty download.
	var body struct{ Error string }
	if resp := getJSON(t, srv, "/api/export.csv?q="+url.QueryEscape("(ferry"), &body); resp.StatusCode != 400 || !strings.Contains(body.Error, "parenthesis") {
		t.Errorf("bad export query: %d %q", resp.StatusCode, body.Error)
	}
}

func TestSpeakersAPI(t *testing.T) {
	srv := httptest.NewServer(Handler(Options{Index: pageIndex(t)}))
	defer srv.Close()
	var sr SpeakersResponse
	getJSON(t, srv, "/api/speakers", &sr)
	if len(sr.Speakers) != 8 {
		t.Fatalf("%d speakers: %+v", len(sr.Speakers), sr.Speakers)
	}
	if s := sr.Speakers[0]; s.Name != "Harbor Watch" || s.Count != 6 {
		t.Errorf("first speaker %+v", s)
	}
	found := false
	for _, s := range sr.Speakers {
		if s.Name == "Elena Marquez" {
			found = true
			if s.Count != 5 || !contains(s.Aliases, "Mayor Elena Marquez") {
				t.Errorf("Elena Marquez: %+v", s)
			}
		}
	}
	if !found {
		t.Error("Elena Marquez not listed")
	}
	getJSON(t, srv, "/api/speakers?limit=2", &sr)
	if len(sr.Speakers) != 2 {
		t.Errorf("limit=2: %d speakers", len(sr.Speakers))
	}
}

func TestPageAndHeaders(t *testing.T) {
	srv := httptest.NewServer(Handler(Options{Index: pageIndex(t)}))
	defer srv.Close()
	for _, tc := range []struct{ path, ctype string }{
		{"/", "text/html; charset=utf-8"},
		{"/static/app.js", "text/javascript; charset=utf-8"},
		{"/static/app.css", "text/css; charset=utf-8"},
		{"/static/favicon.svg", "image/svg+xml"},
		{"/api/search?q=ferry", "application/json"},
		{"/api/speakers", "application/json"},
		{"/api/export.csv", "text/csv; charset=utf-8"},
	} {
		resp, err := http.Get(srv.URL + tc.path)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		h := resp.Header
		if resp.StatusCode != 200 || h.Get("Content-Type") != tc.ctype {
			t.Errorf("%s: %s, Content-Type %q, want %q", tc.path, resp.Status, h.Get("Content-Type"), tc.ctype)
		}
		csp := h.Get("Content-Security-Policy")
		for _, want := range []string{"default-src 'self'", "script-src 'self';", "style-src 'self';", "frame-ancestors 'none'", "object-src 'none'"} {
			if !strings.Contains(csp, want) {
				t.Errorf("%s: CSP %q lacks %q", tc.path, csp, want)
			}
		}
		if strings.Contains(csp, "unsafe-inline") || strings.Contains(csp, "unsafe-eval") {
			t.Errorf("%s: CSP allows inline code: %q", tc.path, csp)
		}
		if h.Get("X-Content-Type-Options") != "nosniff" || h.Get("Referrer-Policy") != "no-referrer" || h.Get("X-Frame-Options") != "DENY" {
			t.Errorf("%s: headers %v", tc.path, h)
		}
		if tc.path == "/" {
			// Inline script or style would be blocked by the CSP anyway.
			if regexp.MustCompile(`<script(?:\s[^>]*)?>\s*[^<\s]|<style|\sstyle=|\son[a-z]+=`).Match(body) {
				t.Error("index.html has inline script, style or event handlers")
			}
		}
	}
	resp, err := http.Get(srv.URL + "/nothing-here")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 404 {
		t.Errorf("/nothing-here: %s", resp.Status)
	}
}

func TestAPIRejectsOtherMethods(t *testing.T) {
	srv := httptest.NewServer(Handler(Options{Index: pageIndex(t)}))
	defer srv.Close()
	for _, method := range []string{http.MethodPost, http.MethodPut, http.MethodDelete} {
		for _, path := range []string{"/api/search", "/api/export.csv", "/api/speakers"} {
			req, _ := http.NewRequest(method, srv.URL+path+"?q=ferry", strings.NewReader("q=ferry"))
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			var body struct{ Error string }
			json.NewDecoder(resp.Body).Decode(&body)
			resp.Body.Close()
			if resp.StatusCode != http.StatusMethodNotAllowed || resp.Header.Get("Allow") != "GET, HEAD" || !strings.Contains(body.Error, "read-only") {
				t.Errorf("%s %s: %s %q (Allow %q)", method, path, resp.Status, body.Error, resp.Header.Get("Allow"))
			}
		}
	}
	var body struct{ Error string }
	if resp := getJSON(t, srv, "/api/nope", &body); resp.StatusCode != 404 || !strings.Contains(body.Error, "/api/search") {
		t.Errorf("/api/nope: %d %q", resp.StatusCode, body.Error)
	}
}

func TestLocalHostsOnly(t *testing.T) {
	srv := httptest.NewServer(Handler(Options{Index: pageIndex(t), LocalHostsOnly: true}))
	defer srv.Close()
	for host, want := range map[string]int{
		"":                 200, // the listener's address
		"localhost:7475":   200,
		"app.localhost":    200,
		"[::1]:7475":       200,
		"evil.example":     http.StatusMisdirectedRequest,
		"evil.example:80":  http.StatusMisdirectedRequest,
		"127.0.0.1.nip.io": http.StatusMisdirectedRequest,
	} {
		req, _ := http.NewRequest(http.MethodGet, srv.URL+"/api/search", nil)
		if host != "" {
			req.Host = host
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != want {
			t.Errorf("Host %q: %s, want %d", host, resp.Status, want)
		}
	}
}
