package index

import (
	"context"
	"errors"
	"fmt"
)

// Article is one article's statements, for ReplaceArticles.
type Article struct {
	URL     string
	Records []Record
}

// ReplaceArticles is ReplaceArticle for several articles at once, in one
// durable Bleve batch: the crawler commits the articles fetched while the
// previous batch was being written together, paying for one sync.
func (ix *Index) ReplaceArticles(ctx context.Context, arts []Article) error {
	for _, a := range arts {
		if a.URL == "" {
			return errors.New("index: replace articles: empty URL")
		}
		for i := range a.Records {
			switch a.Records[i].URL {
			case "":
				a.Records[i].URL = a.URL
			case a.URL:
			default:
				return fmt.Errorf("index: replace article %s: record %d has URL %s", a.URL, i, a.Records[i].URL)
			}
			if a.Records[i].ID == "" {
				a.Records[i].ID = recordID(a.Records[i])
			}
		}
	}
	ix.replaceMu.Lock()
	defer ix.replaceMu.Unlock()
	b := ix.bi.NewBatch()
	for _, a := range arts {
		old, err := ix.articleIDs(ctx, a.URL)
		if err != nil {
			return fmt.Errorf("index: replace article %s: %w", a.URL, err)
		}
		keep := make(map[string]bool, len(a.Records))
		for _, r := range a.Records {
			keep[r.ID] = true
		}
		for _, id := range old {
			if !keep[id] {
				b.Delete(id)
			}
		}
		for _, r := range a.Records {
			if err := b.Index(r.ID, toDoc(r)); err != nil {
				return fmt.Errorf("index: replace article %s: map record %s: %w", a.URL, r.ID, err)
			}
		}
	}
	if b.Size() == 0 {
		return nil
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("index: replace articles: %w", err)
	}
	if err := ix.bi.Batch(b); err != nil {
		return fmt.Errorf("index: replace articles: batch: %w", err)
	}
	for _, a := range arts {
		ix.noteSpeakers(a.Records)
	}
	if err := ix.saveSpeakers(); err != nil {
		return fmt.Errorf("index: replace articles: %w", err)
	}
	return nil
}
