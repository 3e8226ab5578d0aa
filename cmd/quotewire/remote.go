package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"time"

	"github.com/quotewire/quotewire/config"
	"github.com/quotewire/quotewire/index"
	"github.com/quotewire/quotewire/pipeline"
	"github.com/quotewire/quotewire/web"
)

// remote asks the daemon holding a data folder, through its HTTP API.
type remote struct {
	base   string
	client *http.Client
}

// daemonFor returns a client for the daemon running on cfg's data folder,
// if there is one.
func daemonFor(cfg *config.Config) (*remote, bool) {
	info, ok := pipeline.ReadDaemonInfo(cfg.DataDir)
	if !ok {
		return nil, false
	}
	return &remote{base: "http://" + info.Addr, client: &http.Client{Timeout: 10 * time.Minute}}, true
}

func (r *remote) get(ctx context.Context, path string, q index.Query) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, r.base+path+"?"+web.Values(q).Encode(), nil)
	if err != nil {
		return nil, err
	}
	resp, err := r.client.Do(req)
	if err != nil {
		return nil, fmt.Errorf("daemon at %s: %w", r.base, err)
	}
	if resp.StatusCode != http.StatusOK {
		defer resp.Body.Close()
		var e struct{ Error string }
		json.NewDecoder(io.LimitReader(resp.Body, 1<<20)).Decode(&e)
		return nil, fmt.Errorf("daemon at %s: %s: %s", r.base, resp.Status, e.Error)
	}
	return resp, nil
}

// search runs q on the daemon.
func (r *remote) search(ctx context.Context, q index.Query) (*index.Result, error) {
	resp, err := r.get(ctx, "/api/search", q)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var sr web.SearchResponse
	if err := json.NewDecoder(resp.Body).Decode(&sr); err != nil {
		return nil, fmt.Errorf("daemon at %s: bad answer: %w", r.base, err)
	}
	res := &index.Result{Total: sr.Total, Took: time.Duration(sr.TookMS * float64(time.Millisecond))}
	for _, s := range sr.Hits {
		pub, _ := time.Parse(time.RFC3339, s.Published)
		ext, _ := time.Parse(time.RFC3339, s.Extracted)
		res.Hits = append(res.Hits, index.Hit{Record: index.Record{
			ID: s.ID, Speaker: s.Speaker, Cue: s.Cue, Kind: s.Kind, Text: s.Text, To: s.To,
			Paragraph: s.Paragraph, URL: s.URL, Title: s.Title, Outlet: s.Outlet, Published: pub, Extracted: ext,
		}})
	}
	return res, nil
}

// export streams the daemon's CSV export of q to w.
func (r *remote) export(ctx context.Context, q index.Query, w io.Writer) error {
	resp, err := r.get(ctx, "/api/export.csv", q)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	_, err = io.Copy(w, resp.Body)
	return err
}
