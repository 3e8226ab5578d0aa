// Package index stores attributed statements in a Bleve full-text index and
// makes them searchable by speaker, outlet, kind, publication date and free
// text. Bleve stays behind the concrete Index type: callers see Records,
// Queries and Results only.
//
// The index folder holds one Bleve index per month of publication (see
// shard.go): writes go to the statement's month, a search opens only the
// months its dates overlap, and export reads them newest first.
package index

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"hash/fnv"
	"io/fs"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	bolt "go.etcd.io/bbolt"
)

// Record is one statement with its article's context: the unit that is
// indexed, searched and exported.
type Record struct {
	ID        string    `json:"id"` // deterministic: set by Add when empty, from URL + paragraph + speaker + text
	Speaker   string    `json:"speaker"`
	Cue       string    `json:"cue"`
	Kind      string    `json:"kind"` // direct | indirect | mixed
	Text      string    `json:"text"`
	To        string    `json:"to"` // addressee/outlet, e.g. "Reuters"
	Paragraph int       `json:"paragraph"`
	URL       string    `json:"url"` // article URL
	Title     string    `json:"title"`
	Outlet    string    `json:"outlet"`
	Published time.Time `json:"published"`
	Extracted time.Time `json:"extracted"`
	// Role is what StripSpeaker took off Speaker: titles, offices and
	// affiliation ("Israel's Prime Minister"). Add sets it when empty.
	Role string `json:"role"`
	// SpeakerCanonical is the speaker's canonical name: the fullest name
	// seen in the index for that person, after speakers.yaml merges and
	// splits. Filled in by Search and Export; ignored by Add.
	SpeakerCanonical string `json:"speaker_canonical"`
}

// Options configures Open. Zero values select the documented defaults.
type Options struct {
	// LockTimeout is how long Open waits for another process holding the
	// index before failing with ErrLocked (zero: 1s).
	LockTimeout time.Duration
	// BatchSize is the number of statements per Bleve batch in Add
	// (zero: DefaultBatchSize).
	BatchSize int
}

// DefaultLockTimeout is the LockTimeout used when Options leaves it zero.
const DefaultLockTimeout = time.Second

// DefaultBatchSize is the BatchSize used when Options leaves it zero. Every
// batch ends with a durable write, so larger batches mean fewer syncs; past
// a few thousand statements the gain flattens while memory grows (see
// BenchmarkIndex).
const DefaultBatchSize = 2000

// addInFlight is how many batches Add hands to Bleve concurrently.
const addInFlight = 2

// publishedKeyLayout formats the sort key: fixed width, so byte order is
// time order (for years 0000-9999).
const publishedKeyLayout = "2006-01-02T15:04:05.000000000Z"

// boltLockSlack is bolt's lock retry interval; see openExisting.
const boltLockSlack = 50 * time.Millisecond

// exportPageSize is how many records Export fetches per search_after page.
const exportPageSize = 1000

// ErrLocked is returned (wrapped) by Open when another process holds the
// index folder for longer than Options.LockTimeout.
var ErrLocked = errors.New("index: data folder is in use by another quotewire process")

// Index is an open statement index. Its methods are safe for concurrent use.
type Index struct {
	dir    string
	legacy bool     // a pre-sharding index: one shard, key ""
	meta   *bolt.DB // the folder lock and internal data; nil when legacy

	shardMu sync.RWMutex
	shards  map[string]*shard // by key; see shard.go

	batchSize int
	inFlight  int // batches Add hands to Bleve at once: addInFlight

	// replaceMu serialises ReplaceArticle, whose find-old-then-replace
	// must not interleave with another replacement of the same article.
	replaceMu sync.Mutex

	speakers *speakerTable
}

// Open opens the index in dir, creating it (and dir) if dir holds none. It
// fails with an error wrapping ErrLocked when another process keeps the
// index open for longer than opts.LockTimeout.
func Open(dir string, opts Options) (*Index, error) {
	if dir == "" {
		return nil, errors.New("index: open: empty path")
	}
	timeout := opts.LockTimeout
	if timeout <= 0 {
		timeout = DefaultLockTimeout
	}
	batchSize := opts.BatchSize
	if batchSize <= 0 {
		batchSize = DefaultBatchSize
	}

	fi, err := os.Stat(dir)
	switch {
	case err == nil && !fi.IsDir():
		return nil, fmt.Errorf("index: open %s: not a directory", dir)
	case err != nil && !errors.Is(err, fs.ErrNotExist):
		return nil, fmt.Errorf("index: open %s: %w", dir, err)
	}

	ix := &Index{dir: dir, batchSize: batchSize, inFlight: addInFlight, speakers: newSpeakerTable()}
	if err := ix.openFolder(timeout); err != nil {
		ix.closeFolder()
		return nil, err
	}
	data, err := ix.getInternal(internalSpeakers)
	if err == nil {
		err = ix.speakers.load(data)
	}
	if err != nil {
		ix.closeFolder()
		return nil, fmt.Errorf("index: open %s: speaker table: %w", dir, err)
	}
	return ix, nil
}

// SetAliases sets the speakers.yaml merges and splits applied by Search,
// Export and Speakers from now on; nil clears them.
func (ix *Index) SetAliases(a *Aliases) { ix.speakers.setAliases(a) }

// saveSpeakers persists the speaker table if it changed.
func (ix *Index) saveSpeakers() error {
	data, changed, err := ix.speakers.marshal()
	if err != nil || !changed {
		return err
	}
	if err := ix.setInternal(internalSpeakers, data); err != nil {
		return fmt.Errorf("index: save speaker table: %w", err)
	}
	return nil
}

// openExisting opens the index in dir, waiting at most timeout for the
// lock. Scorch keeps its root in a bolt database that bolt flock()s on
// open; bolt.Open waits forever for that lock unless given a timeout,
// which scorch takes from the "bolt_timeout" runtime config (a duration
// string). Runtime config passed to OpenUsing is not persisted.
//
// bolt retries the lock every 50ms and gives up once fewer than 50ms of the
// timeout remain, so boltLockSlack is added to make the wait at least
// timeout.
func openExisting(dir string, timeout time.Duration) (bleve.Index, error) {
	bi, err := bleve.OpenUsing(dir, map[string]any{"bolt_timeout": (timeout + boltLockSlack).String()})
	switch {
	case err == nil:
		return bi, nil
	case errors.Is(err, bolt.ErrTimeout):
		return nil, fmt.Errorf("%w: %s (waited %s)", ErrLocked, dir, timeout)
	case errors.Is(err, bleve.ErrorIndexPathDoesNotExist), errors.Is(err, bleve.ErrorIndexMetaMissing):
		return nil, err // the caller creates the index
	default:
		return nil, fmt.Errorf("index: open %s: %w", dir, err)
	}
}

// Close flushes and closes the index, releasing the folder lock.
func (ix *Index) Close() error {
	if err := ix.closeFolder(); err != nil {
		return fmt.Errorf("index: close %s: %w", ix.dir, err)
	}
	return nil
}

// recordID is the deterministic ID of a statement: the first 16 bytes of
// SHA-256 over URL, paragraph, speaker and text, in hex.
func recordID(r Record) string {
	h := sha256.New()
	h.Write([]byte(r.URL))
	h.Write([]byte{0})
	h.Write(strconv.AppendInt(nil, int64(r.Paragraph), 10))
	h.Write([]byte{0})
	h.Write([]byte(r.Speaker))
	h.Write([]byte{0})
	h.Write([]byte(r.Text))
	var sum [sha256.Size]byte
	return hex.EncodeToString(h.Sum(sum[:0])[:16])
}

// textKey identifies a statement across articles and outlets: the
// speaker's surname and the text, folded and reduced to letters and
// digits, hashed.
func textKey(name, text string) string {
	h := fnv.New64a()
	h.Write([]byte(surname(name)))
	h.Write([]byte{0})
	space := false
	for _, r := range fold(text) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space {
				h.Write([]byte{' '})
				space = false
			}
			h.Write(utf8.AppendRune(nil, r))
		} else {
			space = true
		}
	}
	return strconv.FormatUint(h.Sum64(), 36)
}

// toDoc converts r into the shape the mapping describes.
func toDoc(r Record) doc {
	name, role := StripSpeaker(r.Speaker)
	if r.Role != "" {
		role = r.Role
	}
	d := doc{
		Role:        role,
		SpeakerName: nameKey(name),
		TextKey:     textKey(name, r.Text),
		OutletFacet: r.Outlet,
		Speaker:     r.Speaker,
		Cue:         r.Cue,
		Kind:        r.Kind,
		Text:        r.Text,
		To:          r.To,
		Paragraph:   r.Paragraph,
		URL:         r.URL,
		Title:       r.Title,
		Outlet:      r.Outlet,
	}
	if !r.Published.IsZero() {
		d.Published = strconv.FormatInt(r.Published.UnixNano(), 10)
		d.PublishedKey = r.Published.UTC().Format(publishedKeyLayout)
		d.Day = r.Published.UTC().Format(time.DateOnly)
	}
	if !r.Extracted.IsZero() {
		d.Extracted = r.Extracted.UTC().Format(time.RFC3339Nano)
	}
	return d
}

// record rebuilds a Record from a hit's stored fields, with its canonical
// speaker.
func (ix *Index) record(h *search.DocumentMatch) Record {
	r := fromHit(h)
	name, _ := StripSpeaker(r.Speaker)
	r.SpeakerCanonical = ix.speakers.canonical(name, r.Outlet)
	return r
}

// fromHit rebuilds a Record from a hit's stored fields.
func fromHit(h *search.DocumentMatch) Record {
	str := func(name string) string {
		s, _ := h.Fields[name].(string)
		return s
	}
	r := Record{
		ID:      h.ID,
		Speaker: str(fieldSpeaker),
		Cue:     str(fieldCue),
		Kind:    str(fieldKind),
		Text:    str(fieldText),
		To:      str(fieldTo),
		URL:     str(fieldURL),
		Title:   str(fieldTitle),
		Outlet:  str(fieldOutlet),
		Role:    str(fieldRole),
	}
	if p, ok := h.Fields[fieldParagraph].(float64); ok {
		r.Paragraph = int(p)
	}
	if n, err := strconv.ParseInt(str(fieldPublished), 10, 64); err == nil {
		r.Published = time.Unix(0, n).UTC()
	}
	if t, err := time.Parse(time.RFC3339Nano, str(fieldExtracted)); err == nil {
		r.Extracted = t
	}
	return r
}

// Add indexes recs in batches of Options.BatchSize, checking ctx between
// batches. Records with an empty ID get their deterministic ID, written
// back into recs, so adding the same statement twice stores it once; when
// recs holds one ID more than once, the last record wins. On error, some
// batches may already be indexed.
//
// Each record goes to the shard of its month of publication (see
// shard.go): recs are grouped by shard, then cut into batches. (A
// statement added again with a publication date in another month is
// stored in both months: re-crawled articles go through ReplaceArticle,
// which moves them.) Up to addInFlight batches are handed to Bleve at
// once, so that one batch's analysis overlaps another's segment building
// and durable write, in another shard when there are several.
func (ix *Index) Add(ctx context.Context, recs []Record) error {
	last := make(map[string]int, len(recs))
	for i := range recs {
		if recs[i].ID == "" {
			recs[i].ID = recordID(recs[i])
		}
		last[recs[i].ID] = i
	}
	byShard := map[string][]int{}
	var keys []string
	for i := range recs {
		if last[recs[i].ID] != i {
			continue // a later record replaces it
		}
		k := shardKey(recs[i].Published)
		if _, ok := byShard[k]; !ok {
			keys = append(keys, k)
		}
		byShard[k] = append(byShard[k], i)
	}
	slices.Sort(keys)

	var (
		wg       sync.WaitGroup
		mu       sync.Mutex
		firstErr error
	)
	fail := func(err error) {
		mu.Lock()
		defer mu.Unlock()
		if firstErr == nil {
			firstErr = err
		}
	}
	failed := func() bool {
		mu.Lock()
		defer mu.Unlock()
		return firstErr != nil
	}
	slots := make(chan struct{}, ix.inFlight)
	for _, k := range keys {
		s, err := ix.shardFor(k)
		if err != nil {
			fail(fmt.Errorf("index: add: %w", err))
			break
		}
		idx := byShard[k]
		for start := 0; start < len(idx) && !failed(); start += ix.batchSize {
			if err := ctx.Err(); err != nil {
				fail(fmt.Errorf("index: add: %w", err))
				break
			}
			part := idx[start:min(start+ix.batchSize, len(idx))]
			b := s.bi.NewBatch()
			for _, i := range part {
				if err := s.index(b, recs[i]); err != nil {
					fail(fmt.Errorf("index: add: map record %s: %w", recs[i].ID, err))
					break
				}
			}
			if failed() {
				break
			}
			slots <- struct{}{}
			wg.Go(func() {
				defer func() { <-slots }()
				if err := s.bi.Batch(b); err != nil {
					fail(fmt.Errorf("index: add: batch of %d records (shard %s): %w", len(part), s.key, err))
				}
			})
		}
		if failed() {
			break
		}
	}
	wg.Wait()
	ix.noteSpeakers(recs)
	if err := ix.saveSpeakers(); err != nil && firstErr == nil {
		firstErr = err
	}
	return firstErr
}

// noteSpeakers adds recs' speakers to the speaker table.
func (ix *Index) noteSpeakers(recs []Record) {
	seen := make([]seenName, 0, len(recs))
	for _, r := range recs {
		name, _ := StripSpeaker(r.Speaker)
		seen = append(seen, seenName{name: name, form: strings.Join(strings.Fields(r.Speaker), " ")})
	}
	ix.speakers.note(seen)
}

// ReplaceArticle deletes the statements previously stored for articleURL
// and adds recs, all of which must have that URL (an empty URL is set to
// it). Empty IDs are filled in as by Add. Replacing with the same records
// again changes nothing. The replacement is atomic (one batch) within a
// month's shard; an article whose publication month changed is written to
// its new month first, then deleted from the old one.
func (ix *Index) ReplaceArticle(ctx context.Context, articleURL string, recs []Record) error {
	if articleURL == "" {
		return errors.New("index: replace article: empty URL")
	}
	return ix.ReplaceArticles(ctx, []Article{{URL: articleURL, Records: recs}})
}

// oldDoc is a stored statement and the shard holding it.
type oldDoc struct {
	id string
	s  *shard
}

// articleIDs returns the statements stored for articleURL, in any shard.
func (ix *Index) articleIDs(ctx context.Context, articleURL string) ([]oldDoc, error) {
	tq := bleve.NewTermQuery(articleURL)
	tq.SetField(fieldURL)
	shards := ix.allShards()
	size := 64
	for {
		req := bleve.NewSearchRequestOptions(tq, size, 0, false)
		req.Score = "none"
		res, err := over(shards).SearchInContext(ctx, req)
		if err != nil {
			return nil, fmt.Errorf("find old statements: %w", err)
		}
		if res.Total > uint64(len(res.Hits)) {
			size = int(res.Total)
			continue
		}
		out := make([]oldDoc, 0, len(res.Hits))
		for _, h := range res.Hits {
			d := oldDoc{id: h.ID}
			for _, s := range shards {
				if len(shards) == 1 || s.key == h.Index {
					d.s = s
				}
			}
			if d.s == nil {
				return nil, fmt.Errorf("find old statements: hit %s in unknown shard %q", h.ID, h.Index)
			}
			out = append(out, d)
		}
		return out, nil
	}
}

// Count returns the number of indexed statements.
func (ix *Index) Count() (uint64, error) {
	var total uint64
	for _, s := range ix.allShards() {
		n, err := s.bi.DocCount()
		if err != nil {
			return 0, fmt.Errorf("index: count: shard %s: %w", s.key, err)
		}
		total += n
	}
	return total, nil
}
