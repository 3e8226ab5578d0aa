package web

import (
	"io"
	"net/http/httptest"
	"testing"
)

func TestDbg(t *testing.T) {
	srv := httptest.NewServer(Handler(Options{Index: pageIndex(t)}))
	defer srv.Close()
	for _, u := range []string{"/api/search?q=nobody+rides", "/api/search?q=ferry&facets=1&limit=2", "/api/speakers"} {
		resp, _ := srv.Client().Get(srv.URL + u)
		b, _ := io.ReadAll(resp.Body)
		t.Logf("%s %d %s", u, resp.StatusCode, b)
	}
}
