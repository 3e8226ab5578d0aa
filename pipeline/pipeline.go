// Package pipeline crawls news sources, extracts their articles and
// statements, and writes them to the index: one run on demand (Crawl) or
// every source on its cron schedule (Daemon).
package pipeline

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/quotewire/quotewire/archive"
	"github.com/quotewire/quotewire/config"
	"github.com/quotewire/quotewire/extractors"
	"github.com/quotewire/quotewire/index"
)

// LockTimeout is how long Open waits for another process to release the
// data folder before failing with ErrBusy.
const LockTimeout = time.Second

// Pipeline holds an open data folder: the crawl state and the index.
type Pipeline struct {
	cfg   *config.Config
	store *Store
	index *index.Index
	log   *slog.Logger

	// Metrics, when set, receives the crawler's counters.
	Metrics *Metrics
	commits *committer
	warc    *archive.Writer

	// fetchOnly skips extraction and indexing (benchmarks of the fetch
	// path alone).
	fetchOnly bool

	// Progress, when set, is called with a source's running totals after
	// every response; it must be quick and safe for concurrent use.
	Progress func(Stats)
}

// Open opens (creating if needed) the data folder named by cfg.DataDir.
// It fails with ErrBusy if another process holds it.
func Open(cfg *config.Config, log *slog.Logger) (*Pipeline, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if err := os.MkdirAll(cfg.DataDir, 0o755); err != nil {
		return nil, fmt.Errorf("pipeline: data folder: %w", err)
	}
	store, err := OpenStore(cfg.DataDir, LockTimeout)
	if err != nil {
		return nil, err
	}
	ix, err := index.Open(IndexDir(cfg.DataDir), index.Options{LockTimeout: LockTimeout})
	if err != nil {
		store.Close()
		if errors.Is(err, index.ErrLocked) {
			return nil, fmt.Errorf("%w: %s", ErrBusy, cfg.DataDir)
		}
		return nil, err
	}
	warc, err := archive.OpenWriter(ArchiveDir(cfg.DataDir), archive.Options{})
	if err != nil {
		ix.Close()
		store.Close()
		return nil, err
	}
	p := &Pipeline{cfg: cfg, store: store, index: ix, warc: warc, log: log}
	p.commits = newCommitter(p)
	return p, nil
}

// IndexDir is where the Bleve index lives inside a data folder.
func IndexDir(dataDir string) string { return filepath.Join(dataDir, "index") }

// Index returns the open index.
func (p *Pipeline) Index() *index.Index { return p.index }

// Store returns the crawl state.
func (p *Pipeline) Store() *Store { return p.store }

// Close flushes and closes the index and the crawl state.
func (p *Pipeline) Close() error {
	p.commits.close()
	return errors.Join(p.warc.Close(), p.index.Close(), p.store.Close())
}

// ArchiveDir is where the raw HTML of every article is kept, as WARC files.
func ArchiveDir(dataDir string) string { return filepath.Join(dataDir, "warc") }

var (
	errClosed    = errors.New("pipeline: closed")
	errDuplicate = errors.New("pipeline: same text as an article already stored")
)

// contentHash identifies an article by its text: whitespace and case do
// not count.
func contentHash(paragraphs []string) string {
	h := sha256.New()
	for _, p := range paragraphs {
		for _, w := range strings.Fields(p) {
			h.Write([]byte(strings.ToLower(w)))
			h.Write([]byte{' '})
		}
		h.Write([]byte{'\n'})
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// indexArticle extracts the statements of art and hands them to the
// committer, which replaces whatever the index held for the article and
// only then marks its URLs done, so that a crash between the two steps
// means the article is fetched again, never lost or duplicated.
func (p *Pipeline) indexArticle(ctx context.Context, art *extractors.Article, fetched string) (int, error) {
	h := contentHash(art.Paragraphs)
	if owner, ok := p.store.ContentOwner(h); ok {
		if c, err := Canonical(art.URL); owner != fetched && (err != nil || owner != c) {
			// The same text is already stored under another URL.
			st := PageState{Done: true, Article: true, Status: 200, Fetched: time.Now().UTC(), ContentHash: h, DuplicateOf: owner}
			return 0, errors.Join(p.store.Put(st, fetched), errDuplicate)
		}
	}
	recs := records(art, extractors.ArticleStatements(art), time.Now().UTC())
	if err := p.commits.submit(&pending{ctx: ctx, art: art, fetched: fetched, recs: recs, hash: h}); err != nil {
		return 0, fmt.Errorf("pipeline: index %s: %w", art.URL, err)
	}
	return len(recs), nil
}

// Compact merges the index's segments (index.Index.Compact), logging what
// it did. Crawl, reindex and import call it when they finish, the daemon
// once a day: queries over a compacted month are about twice as fast.
func (p *Pipeline) Compact(ctx context.Context) error {
	start := time.Now()
	n, err := p.index.Compact(ctx)
	if err != nil {
		return fmt.Errorf("pipeline: %w", err)
	}
	if n > 0 {
		p.log.Info("index compacted", "shards", n, "duration", time.Since(start).Round(time.Millisecond))
	}
	return nil
}
