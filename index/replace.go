package index

import (
	"context"
	"errors"
	"fmt"

	"github.com/blevesearch/bleve/v2"
)

// Article is one article's statements, for ReplaceArticles.
type Article struct {
	URL     string
	Records []Record
}

// ReplaceArticles is ReplaceArticle for several articles at once, in one
// durable Bleve batch per month's shard touched: the crawler commits the
// articles fetched while the previous batch was being written together,
// paying for one sync per shard.
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
	batches := map[*shard]*bleve.Batch{}
	var order []*shard // shards getting new records first, then the others
	batch := func(s *shard) *bleve.Batch {
		b := batches[s]
		if b == nil {
			b = s.bi.NewBatch()
			batches[s] = b
			order = append(order, s)
		}
		return b
	}
	var deletes []oldDoc
	for _, a := range arts {
		old, err := ix.articleIDs(ctx, a.URL)
		if err != nil {
			return fmt.Errorf("index: replace article %s: %w", a.URL, err)
		}
		target := make(map[string]*shard, len(a.Records))
		for _, r := range a.Records {
			s, err := ix.shardFor(shardKey(r.Published))
			if err != nil {
				return fmt.Errorf("index: replace article %s: %w", a.URL, err)
			}
			target[r.ID] = s
			if err := s.index(batch(s), r); err != nil {
				return fmt.Errorf("index: replace article %s: map record %s: %w", a.URL, r.ID, err)
			}
		}
		for _, d := range old {
			if target[d.id] != d.s {
				deletes = append(deletes, d)
			}
		}
	}
	for _, d := range deletes {
		batch(d.s).Delete(d.id)
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("index: replace articles: %w", err)
	}
	for _, s := range order {
		if b := batches[s]; b.Size() > 0 {
			if err := s.bi.Batch(b); err != nil {
				return fmt.Errorf("index: replace articles: batch (shard %s): %w", s.key, err)
			}
		}
	}
	for _, a := range arts {
		ix.noteSpeakers(a.Records)
	}
	if err := ix.saveSpeakers(); err != nil {
		return fmt.Errorf("index: replace articles: %w", err)
	}
	return nil
}
