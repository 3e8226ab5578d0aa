package pipeline

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"time"

	"github.com/quotewire/quotewire/archive"
	"github.com/quotewire/quotewire/extractors"
)

// ReindexStats counts what Reindex did.
type ReindexStats struct {
	Pages      int64         `json:"pages"`      // archived responses read
	Articles   int64         `json:"articles"`   // articles re-extracted and replaced in the index
	Statements int64         `json:"statements"` // statements now indexed for them
	Errors     int64         `json:"errors"`     // records that could not be extracted or indexed
	Duration   time.Duration `json:"duration"`
}

// Reindex re-runs extraction over every page in the archive and replaces
// each article's statements in the index, without touching the network.
// progress, when set, is called after each page with the running totals.
func (p *Pipeline) Reindex(ctx context.Context, progress func(ReindexStats)) (ReindexStats, error) {
	var st ReindexStats
	start := time.Now()
	err := archive.Walk(ctx, ArchiveDir(p.cfg.DataDir), func(rec archive.Record) error {
		st.Pages++
		defer func() {
			if progress != nil {
				st.Duration = time.Since(start)
				progress(st)
			}
		}()
		u, err := url.Parse(rec.URL)
		if err != nil || rec.Status != 200 {
			return nil
		}
		art, err := extractors.FromHTML(rec.Body, rec.Header.Get("Content-Type"), u)
		if err != nil {
			st.Errors++
			p.log.Warn("reindex: extraction failed", "url", rec.URL, "err", err)
			return nil
		}
		if len(art.Paragraphs) == 0 {
			return nil
		}
		fetched, err := Canonical(rec.URL)
		if err != nil {
			fetched = rec.URL
		}
		n, err := p.indexArticle(ctx, art, fetched)
		if errors.Is(err, errDuplicate) {
			return nil
		}
		if err != nil {
			return err
		}
		st.Articles++
		st.Statements += int64(n)
		return nil
	})
	st.Duration = time.Since(start)
	if err != nil {
		return st, fmt.Errorf("pipeline: reindex: %w", err)
	}
	return st, nil
}
