package index

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/search"
	bolt "go.etcd.io/bbolt"
)

// Layout of an index folder. A folder holds one Bleve (scorch) index per
// month of publication, named YYYY-MM, plus "undated" for statements
// without a publication date, and metaFile: a bolt database that is held
// open (and so flock()ed) for as long as the index is open, the lock of the
// whole folder, and that stores the speaker table.
//
// A folder written before sharding (one Bleve index, index_meta.json at
// its top) is opened as a single shard: everything keeps working, without
// the gains of sharding (re-index to migrate).
const (
	metaFile      = "quotewire.db"
	metaBucket    = "internal"
	undatedShard  = "undated"
	shardKeyForm  = "2006-01"
	legacyMetaTag = "index_meta.json"
)

// shard is one Bleve index of the folder.
type shard struct {
	key    string // YYYY-MM, undatedShard, or "" for a pre-sharding index
	bi     bleve.Index
	lo, hi time.Time // the month [lo, hi) in UTC; zero for the others
}

// index adds r to b, a batch of s.
func (s *shard) index(b *bleve.Batch, r Record) error {
	d, err := bleveDoc(s.bi.Mapping(), r.ID, toDoc(r))
	if err != nil {
		return err
	}
	return b.IndexAdvanced(d)
}

// dated reports whether s holds one month only.
func (s *shard) dated() bool { return !s.lo.IsZero() }

// shardKey is the shard a record belongs to.
func shardKey(published time.Time) string {
	if published.IsZero() {
		return undatedShard
	}
	return published.UTC().Format(shardKeyForm)
}

// newShard returns the shard value (not yet opened) for a key.
func newShard(key string) *shard {
	s := &shard{key: key}
	if t, err := time.Parse(shardKeyForm, key); err == nil {
		s.lo, s.hi = t, t.AddDate(0, 1, 0)
	}
	return s
}

// isShardKey reports whether a folder entry name is a shard.
func isShardKey(name string) bool {
	if name == undatedShard {
		return true
	}
	t, err := time.Parse(shardKeyForm, name)
	return err == nil && t.Format(shardKeyForm) == name
}

// openFolder opens (or creates) the index folder dir: the lock and meta
// database, then every shard. legacy is true for a pre-sharding index.
func (ix *Index) openFolder(timeout time.Duration) error {
	dir := ix.dir
	if _, err := os.Stat(filepath.Join(dir, legacyMetaTag)); err == nil {
		bi, err := openExisting(dir, timeout)
		if err != nil {
			return err
		}
		ix.legacy = true
		ix.shards = map[string]*shard{"": {bi: bi}}
		return nil
	}
	entries, err := os.ReadDir(dir)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("index: open %s: %w", dir, err)
	}
	if len(entries) > 0 && !slices.ContainsFunc(entries, func(e fs.DirEntry) bool { return e.Name() == metaFile }) {
		return fmt.Errorf("index: open %s: folder is not empty and holds no index", dir)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("index: create %s: %w", dir, err)
	}
	// bolt retries the lock every 50ms and gives up once fewer than 50ms
	// of the timeout remain: boltLockSlack makes the wait at least timeout.
	meta, err := bolt.Open(filepath.Join(dir, metaFile), 0o600, &bolt.Options{Timeout: timeout + boltLockSlack})
	switch {
	case errors.Is(err, bolt.ErrTimeout):
		return fmt.Errorf("%w: %s (waited %s)", ErrLocked, dir, timeout)
	case err != nil:
		return fmt.Errorf("index: open %s: %w", dir, err)
	}
	ix.meta = meta
	ix.shards = map[string]*shard{}
	entries, err = os.ReadDir(dir)
	if err != nil {
		return fmt.Errorf("index: open %s: %w", dir, err)
	}
	for _, e := range entries {
		if !e.IsDir() || !isShardKey(e.Name()) {
			continue
		}
		s := newShard(e.Name())
		if s.bi, err = openExisting(filepath.Join(dir, s.key), timeout); err != nil {
			if errors.Is(err, bleve.ErrorIndexPathDoesNotExist) || errors.Is(err, bleve.ErrorIndexMetaMissing) {
				// A shard whose creation was interrupted: empty.
				os.RemoveAll(filepath.Join(dir, s.key))
				continue
			}
			return err
		}
		s.bi.SetName(s.key)
		ix.shards[s.key] = s
	}
	return nil
}

// closeFolder closes every shard and then the lock.
func (ix *Index) closeFolder() error {
	ix.shardMu.Lock()
	defer ix.shardMu.Unlock()
	var errs []error
	for _, s := range ix.shards {
		if err := s.bi.Close(); err != nil {
			errs = append(errs, fmt.Errorf("shard %s: %w", s.key, err))
		}
	}
	ix.shards = nil
	if ix.meta != nil {
		if err := ix.meta.Close(); err != nil {
			errs = append(errs, err)
		}
		ix.meta = nil
	}
	return errors.Join(errs...)
}

// shardFor returns the shard for key, creating it if needed. A
// pre-sharding index has one shard for everything.
func (ix *Index) shardFor(key string) (*shard, error) {
	if ix.legacy {
		return ix.shards[""], nil
	}
	ix.shardMu.RLock()
	s := ix.shards[key]
	ix.shardMu.RUnlock()
	if s != nil {
		return s, nil
	}
	ix.shardMu.Lock()
	defer ix.shardMu.Unlock()
	if s := ix.shards[key]; s != nil {
		return s, nil
	}
	if ix.shards == nil {
		return nil, errors.New("index: closed")
	}
	m, err := newMapping()
	if err != nil {
		return nil, err
	}
	s = newShard(key)
	path := filepath.Join(ix.dir, key)
	os.RemoveAll(path) // leftovers of an interrupted creation
	if s.bi, err = bleve.NewUsing(path, m, scorch.Name, scorch.Name, nil); err != nil {
		return nil, fmt.Errorf("index: create shard %s: %w", path, err)
	}
	s.bi.SetName(key)
	ix.shards[key] = s
	return s, nil
}

// allShards lists the shards newest first, the undated one last.
func (ix *Index) allShards() []*shard {
	ix.shardMu.RLock()
	out := make([]*shard, 0, len(ix.shards))
	for _, s := range ix.shards {
		out = append(out, s)
	}
	ix.shardMu.RUnlock()
	slices.SortFunc(out, func(a, b *shard) int {
		switch {
		case a.dated() && !b.dated():
			return -1
		case !a.dated() && b.dated():
			return 1
		}
		return strings.Compare(b.key, a.key)
	})
	return out
}

// shardsIn lists the shards that may hold statements published in
// [since, until] (zero: open), newest first, and reports whether every one
// of them lies wholly inside the range (so that the range need not be
// checked per statement). Without a range it lists all.
func (ix *Index) shardsIn(since, until time.Time) (out []*shard, covered bool) {
	all := ix.allShards()
	if since.IsZero() && until.IsZero() {
		return all, false
	}
	end := until // exclusive end
	if !end.IsZero() {
		if isMidnight(end) {
			end = end.AddDate(0, 0, 1)
		} else {
			end = end.Add(time.Nanosecond)
		}
	}
	covered = true
	for _, s := range all {
		if !s.dated() {
			if s.key == "" { // pre-sharding: everything
				return []*shard{s}, false
			}
			continue // undated statements never match a date range
		}
		if (!end.IsZero() && !s.lo.Before(end)) || (!since.IsZero() && !s.hi.After(since)) {
			continue
		}
		out = append(out, s)
		if (!since.IsZero() && s.lo.Before(since)) || (!end.IsZero() && s.hi.After(end)) {
			covered = false
		}
	}
	return out, covered
}

// searcher is what a search runs on: one shard or an alias of several.
type searcher interface {
	SearchInContext(ctx context.Context, req *bleve.SearchRequest) (*bleve.SearchResult, error)
}

// over returns a searcher over shards.
func over(shards []*shard) searcher {
	switch len(shards) {
	case 0:
		return emptySearcher{}
	case 1:
		return shards[0].bi
	}
	bis := make([]bleve.Index, len(shards))
	for i, s := range shards {
		bis[i] = s.bi
	}
	return bleve.NewIndexAlias(bis...)
}

// emptySearcher answers every search with no hits.
type emptySearcher struct{}

func (emptySearcher) SearchInContext(_ context.Context, req *bleve.SearchRequest) (*bleve.SearchResult, error) {
	return &bleve.SearchResult{Request: req, Hits: search.DocumentMatchCollection{}, Facets: search.FacetResults{}}, nil
}

// all is a searcher over every shard.
func (ix *Index) all() searcher { return over(ix.allShards()) }

// getInternal and setInternal read and write internal data: in the meta
// database, or a pre-sharding index's internal store.
func (ix *Index) getInternal(key string) ([]byte, error) {
	if ix.legacy {
		return ix.shards[""].bi.GetInternal([]byte(key))
	}
	var out []byte
	err := ix.meta.View(func(tx *bolt.Tx) error {
		if b := tx.Bucket([]byte(metaBucket)); b != nil {
			out = slices.Clone(b.Get([]byte(key)))
		}
		return nil
	})
	return out, err
}

func (ix *Index) setInternal(key string, val []byte) error {
	if ix.legacy {
		return ix.shards[""].bi.SetInternal([]byte(key), val)
	}
	return ix.meta.Update(func(tx *bolt.Tx) error {
		b, err := tx.CreateBucketIfNotExists([]byte(metaBucket))
		if err != nil {
			return err
		}
		return b.Put([]byte(key), val)
	})
}

// dateBoundsOf is the range a query's date filters allow: q.Since/Until
// intersected with the OpRange nodes ANDed at the top of q.Expr.
func dateBoundsOf(q Query) (since, until time.Time) {
	since, until = q.Since, q.Until
	var walk func(e *Expr)
	walk = func(e *Expr) {
		if e == nil {
			return
		}
		switch e.Op {
		case OpAnd:
			for _, a := range e.Args {
				walk(a)
			}
		case OpRange:
			if !e.Since.IsZero() && (since.IsZero() || e.Since.After(since)) {
				since = e.Since
			}
			if !e.Until.IsZero() && (until.IsZero() || e.Until.Before(until)) {
				until = e.Until
			}
		}
	}
	walk(q.Expr)
	return since, until
}
