package web

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/quotewire/quotewire/index"
)

func testIndex(t *testing.T) *index.Index {
	t.Helper()
	ix, err := index.Open(t.TempDir(), index.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	day := func(d int) time.Time { return time.Date(2025, 11, d, 9, 0, 0, 0, time.UTC) }
	err = ix.Add(context.Background(), []index.Record{
		{Speaker: "Elena Marquez", Cue: "said", Kind: "direct", Text: "The dredging starts in spring <script>alert(1)</script>", URL: "http://l.example/a", Title: "Dredging", Outlet: "The Harbor Ledger", Published: day(3)},
		{Speaker: "Hugh Hill", Cue: "told", Kind: "indirect", Text: "pilots had asked for a deeper channel for years", To: "Reuters", URL: "http://l.example/a", Paragraph: 2, Title: "Dredging", Outlet: "The Harbor Ledger", Published: day(3)},
		{Speaker: "Elena Marquez", Cue: "warned", Kind: "indirect", Text: "=HYPERLINK(\"x\") storm surge could flood the market", URL: "http://l.example/b", Title: "Storm", Outlet: "The Harbor Ledger", Published: day(21)},
	})
	if err != nil {
		t.Fatal(err)
	}
	return ix
}

func TestSearchAPI(t *testing.T) {
	srv := httptest.NewServer(Handler(Options{Index: testIndex(t)}))
	defer srv.Close()
	get := func(q url.Values) (*http.Response, SearchResponse) {
		t.Helper()
		resp, err := http.Get(srv.URL + "/api/search?" + q.Encode())
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var sr SearchResponse
		json.NewDecoder(resp.Body).Decode(&sr)
		return resp, sr
	}
	resp, sr := get(url.Values{"speaker": {"marquez"}})
	if resp.StatusCode != 200 || sr.Total != 2 || len(sr.Hits) != 2 {
		t.Fatalf("speaker=marquez: %d, %+v", resp.StatusCode, sr)
	}
	if sr.Hits[0].Published < sr.Hits[1].Published {
		t.Error("not newest first")
	}
	if resp.Header.Get("X-Content-Type-Options") != "nosniff" || !strings.Contains(resp.Header.Get("Content-Security-Policy"), "default-src 'self'") {
		t.Errorf("security headers missing: %v", resp.Header)
	}
	_, sr = get(url.Values{"speaker": {"marquez"}, "until": {"2025-11-03"}})
	if sr.Total != 1 || !strings.Contains(sr.Hits[0].Text, "dredging") {
		t.Errorf("until (inclusive day): %+v", sr)
	}
	_, sr = get(url.Values{"q": {"channel"}})
	if sr.Total != 1 || sr.Hits[0].Speaker != "Hugh Hill" || sr.Hits[0].To != "Reuters" {
		t.Errorf("q=channel: %+v", sr)
	}
	resp, _ = get(url.Values{"since": {"yesterday"}})
	if resp.StatusCode != http.StatusBadRequest {
		t.Errorf("bad date: status %d", resp.StatusCode)
	}
	resp, _ = get(url.Values{"kind": {"rumour"}})
	if resp.StatusCode != http.StatusBadRequest {
		t.Errorf("bad kind: status %d", resp.StatusCode)
	}
}

func TestExportCSVAPI(t *testing.T) {
	srv := httptest.NewServer(Handler(Options{Index: testIndex(t)}))
	defer srv.Close()
	resp, err := http.Get(srv.URL + "/api/export.csv?speaker=marquez")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/csv") {
		t.Errorf("content type %q", resp.Header.Get("Content-Type"))
	}
	rows, err := csv.NewReader(resp.Body).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 3 || rows[0][1] != "speaker" || rows[1][1] != "Elena Marquez" {
		t.Errorf("rows = %q", rows)
	}
}

func TestValuesRoundTrip(t *testing.T) {
	now := time.Date(2025, 12, 1, 10, 0, 0, 0, time.UTC)
	in := url.Values{"q": {`ferry OR bus "fare rise" -strike since:7d`}, "speaker": {"marquez"}, "outlet": {"The Harbor Ledger"},
		"kind": {"direct"}, "cue": {"said"}, "since": {"2025-11-01"}, "until": {"2025-11-30"}, "sort": {"date"},
		"limit": {"5"}, "offset": {"10"}}
	q, err := QueryFromValues(in, now)
	if err != nil {
		t.Fatal(err)
	}
	if q.Expr == nil || q.Speaker != "marquez" || q.Cue != "said" || q.Sort != "date" || q.Limit != 5 || q.Offset != 10 {
		t.Fatalf("QueryFromValues: %+v", q)
	}
	back, err := QueryFromValues(Values(q), now)
	if err != nil {
		t.Fatalf("QueryFromValues(Values(q)): %v (values %v)", err, Values(q))
	}
	if got, want := Values(back).Encode(), Values(q).Encode(); got != want {
		t.Errorf("round trip:\n got %s\nwant %s", got, want)
	}
	if back.Expr.String() != q.Expr.String() {
		t.Errorf("expression %s came back as %s", q.Expr, back.Expr)
	}
}
