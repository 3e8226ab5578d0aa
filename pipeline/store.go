package pipeline

import (
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"
)

// ErrBusy is returned when another quotewire process holds the data folder.
var ErrBusy = errors.New("pipeline: data folder is in use by another quotewire process")

var (
	bucketPages = []byte("pages")
	// bucketContent maps the hash of an article's text to its URL, so that
	// a copy under another URL (syndication, URL variants) is stored once.
	bucketContent = []byte("content")
	// bucketRetry holds the URLs of pages whose last fetch failed, to be
	// tried again on a later run.
	bucketRetry = []byte("retry")
)

// MaxFailures is how many failed fetches of a page are retried on later
// runs before the page is given up.
const MaxFailures = 5

// PageState is what the store remembers about one URL.
type PageState struct {
	// Done is true once the page's statements are in the index; a done
	// page is not fetched again.
	Done bool `json:"done"`
	// Article is true when the page held an article body.
	Article bool `json:"article"`
	// Status is the last HTTP status seen.
	Status int `json:"status"`
	// Statements is how many statements the page gave.
	Statements int `json:"statements"`
	// Fetched is when the page was last fetched.
	Fetched time.Time `json:"fetched"`
	// Failures counts consecutive failed fetches; Err is the last reason.
	Failures int    `json:"failures,omitempty"`
	Err      string `json:"err,omitempty"`
	// ETag and LastModified are the validators of the last 200 response of
	// a feed, sitemap or start page, sent back in conditional requests.
	ETag         string `json:"etag,omitempty"`
	LastModified string `json:"last_modified,omitempty"`
	// ContentHash identifies the article's text; DuplicateOf names the URL
	// first stored with the same text, when this page is a copy.
	ContentHash string `json:"content_hash,omitempty"`
	DuplicateOf string `json:"duplicate_of,omitempty"`
}

// Store is the crawl state that survives restarts: which URLs are done.
// It is a bbolt file in the data folder, safe for concurrent use.
type Store struct {
	db *bolt.DB
}

// OpenStore opens (or creates) the crawl state in dir. It fails with
// ErrBusy after timeout when another process holds it.
func OpenStore(dir string, timeout time.Duration) (*Store, error) {
	path := filepath.Join(dir, "state.db")
	db, err := bolt.Open(path, 0o644, &bolt.Options{Timeout: timeout})
	if errors.Is(err, bolt.ErrTimeout) {
		return nil, fmt.Errorf("%w: %s", ErrBusy, dir)
	}
	if err != nil {
		return nil, fmt.Errorf("pipeline: open state %s: %w", path, err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		if _, err := tx.CreateBucketIfNotExists(bucketPages); err != nil {
			return err
		}
		if _, err := tx.CreateBucketIfNotExists(bucketContent); err != nil {
			return err
		}
		_, err := tx.CreateBucketIfNotExists(bucketRetry)
		return err
	})
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("pipeline: init state %s: %w", path, err)
	}
	if err := migrateKeys(db); err != nil {
		db.Close()
		return nil, fmt.Errorf("pipeline: upgrade state %s: %w", path, err)
	}
	return &Store{db: db}, nil
}

// keysVersion marks a state whose page keys are all pageKey forms.
var (
	bucketMeta  = []byte("meta")
	keysVersion = []byte("page-keys-v2")
)

// migrateKeys rewrites, once, the page keys written before pageKey folded
// trailing slashes and index files, so that a page seen as "/a/b/" by an
// older version is not fetched again as "/a/b". Where two old keys fold
// into one, a done state wins over one that is not. One read pass lists
// the keys to fold; they are rewritten in transactions of 10,000, so a
// crash midway leaves old and new keys, both readable, and the next open
// finishes the work.
func migrateKeys(db *bolt.DB) error {
	var old [][]byte
	err := db.View(func(tx *bolt.Tx) error {
		if m := tx.Bucket(bucketMeta); m != nil && m.Get(keysVersion) != nil {
			return nil // done before
		}
		return tx.Bucket(bucketPages).ForEach(func(k, _ []byte) error {
			if string(pageKey(string(k))) != string(k) {
				old = append(old, append([]byte(nil), k...))
			}
			return nil
		})
	})
	if err != nil {
		return err
	}
	for len(old) > 0 {
		n := min(len(old), 10000)
		if err := db.Update(func(tx *bolt.Tx) error { return foldKeys(tx.Bucket(bucketPages), old[:n]) }); err != nil {
			return err
		}
		old = old[n:]
	}
	return db.Update(func(tx *bolt.Tx) error {
		m, err := tx.CreateBucketIfNotExists(bucketMeta)
		if err != nil {
			return err
		}
		return m.Put(keysVersion, []byte("1"))
	})
}

// foldKeys moves each of keys in b to its pageKey, keeping a done state
// already stored there.
func foldKeys(b *bolt.Bucket, keys [][]byte) error {
	for _, k := range keys {
		v := b.Get(k)
		if v == nil {
			continue // moved by an earlier, interrupted run
		}
		v = append([]byte(nil), v...)
		nk := pageKey(string(k))
		if cur := b.Get(nk); cur != nil {
			var have, was PageState
			if json.Unmarshal(cur, &have) == nil && json.Unmarshal(v, &was) == nil && have.Done && !was.Done {
				v = append([]byte(nil), cur...)
			}
		}
		if err := b.Put(nk, v); err != nil {
			return err
		}
		if err := b.Delete(k); err != nil {
			return err
		}
	}
	return nil
}

// Close closes the store.
func (s *Store) Close() error { return s.db.Close() }

// indexFiles are the file names servers answer a folder's URL with.
var indexFiles = []string{
	"index.html", "index.htm", "index.shtml", "index.php", "index.asp", "index.aspx",
	"default.html", "default.htm", "default.asp", "default.aspx",
}

// pageKey is the key of a canonical URL (see Canonical) in the pages
// bucket: the URL without a trailing slash or index file name, so that
// "/a/b/", "/a/b" and "/a/b/index.html" are one page, seen once. Only the
// key is folded: the URL itself is fetched as linked, since servers differ
// on which form they answer.
func pageKey(u string) []byte {
	path, query := u, ""
	if i := strings.IndexByte(u, '?'); i >= 0 {
		path, query = u[:i], u[i:]
	}
	root := len(path) // where the path starts: after "scheme://host"
	if i := strings.Index(path, "://"); i >= 0 {
		if j := strings.IndexByte(path[i+3:], '/'); j >= 0 {
			root = i + 3 + j
		}
	}
	if k := strings.LastIndexByte(path, '/'); k >= root {
		name := path[k+1:]
		for _, f := range indexFiles {
			if strings.EqualFold(name, f) {
				path = path[:k+1]
				break
			}
		}
	}
	if len(path) > root+1 && path[len(path)-1] == '/' {
		path = path[:len(path)-1]
	}
	return []byte(path + query)
}

// Get returns the state of url, and whether the store knows it.
func (s *Store) Get(url string) (PageState, bool, error) {
	var st PageState
	var found bool
	err := s.db.View(func(tx *bolt.Tx) error {
		v := tx.Bucket(bucketPages).Get(pageKey(url))
		if v == nil {
			return nil
		}
		found = true
		return json.Unmarshal(v, &st)
	})
	if err != nil {
		return st, false, fmt.Errorf("pipeline: read state of %s: %w", url, err)
	}
	return st, found, nil
}

// Done reports whether url has been fetched and indexed already.
func (s *Store) Done(url string) bool {
	st, ok, err := s.Get(url)
	return err == nil && ok && st.Done
}

// Put records the state of one or more URLs (an article's fetched URL and
// its canonical URL) in one transaction.
func (s *Store) Put(st PageState, urls ...string) error {
	return s.PutAll([]PageDone{{State: st, URLs: urls}})
}

// PageDone is one page's state and the URLs it is known by, for PutAll.
type PageDone struct {
	State PageState
	URLs  []string
}

// PutAll records several pages in one transaction.
func (s *Store) PutAll(pages []PageDone) error {
	err := s.db.Update(func(tx *bolt.Tx) error {
		b, r := tx.Bucket(bucketPages), tx.Bucket(bucketRetry)
		c := tx.Bucket(bucketContent)
		for _, pg := range pages {
			v, err := json.Marshal(pg.State)
			if err != nil {
				return err
			}
			if h := pg.State.ContentHash; h != "" && pg.State.DuplicateOf == "" && len(pg.URLs) > 0 {
				if err := c.Put([]byte(h), []byte(pg.URLs[len(pg.URLs)-1])); err != nil {
					return err
				}
			}
			for _, u := range pg.URLs {
				if err := b.Put(pageKey(u), v); err != nil {
					return err
				}
				if err := r.Delete([]byte(u)); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("pipeline: write state: %w", err)
	}
	return nil
}

// ContentOwner returns the URL first stored with the content hash h, if any.
func (s *Store) ContentOwner(h string) (string, bool) {
	var owner string
	s.db.View(func(tx *bolt.Tx) error {
		owner = string(tx.Bucket(bucketContent).Get([]byte(h)))
		return nil
	})
	return owner, owner != ""
}

// Fail records a failed fetch of the page url, keeping what was known
// before, and queues it to be tried again on a later run unless it has
// failed MaxFailures times.
func (s *Store) Fail(url string, status int, reason string) error {
	err := s.update(url, func(st *PageState) {
		st.Status = status
		st.Failures++
		st.Err = reason
		st.Fetched = time.Now().UTC()
	})
	if err != nil {
		return err
	}
	st, _, err := s.Get(url)
	if err != nil {
		return err
	}
	err = s.db.Update(func(tx *bolt.Tx) error {
		if st.Done || st.Failures >= MaxFailures {
			return tx.Bucket(bucketRetry).Delete([]byte(url))
		}
		return tx.Bucket(bucketRetry).Put([]byte(url), nil)
	})
	if err != nil {
		return fmt.Errorf("pipeline: queue retry of %s: %w", url, err)
	}
	return nil
}

// Retries returns the pages that failed on an earlier run and are to be
// tried again.
func (s *Store) Retries() ([]string, error) {
	var out []string
	err := s.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketRetry).ForEach(func(k, _ []byte) error {
			out = append(out, string(k))
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("pipeline: read retries: %w", err)
	}
	return out, nil
}

// Validated records a successful fetch of a feed, sitemap or start page
// with the validators to send next time.
func (s *Store) Validated(url string, status int, etag, lastModified string) error {
	return s.update(url, func(st *PageState) {
		st.Status = status
		st.Failures = 0
		st.Err = ""
		st.Fetched = time.Now().UTC()
		st.ETag, st.LastModified = etag, lastModified
	})
}

// update applies f to the stored state of url in one transaction.
func (s *Store) update(url string, f func(*PageState)) error {
	err := s.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketPages)
		var st PageState
		if v := b.Get(pageKey(url)); v != nil {
			if err := json.Unmarshal(v, &st); err != nil {
				return err
			}
		}
		f(&st)
		v, err := json.Marshal(st)
		if err != nil {
			return err
		}
		return b.Put(pageKey(url), v)
	})
	if err != nil {
		return fmt.Errorf("pipeline: write state of %s: %w", url, err)
	}
	return nil
}

// CountDone returns how many URLs are done.
func (s *Store) CountDone() (int, error) {
	n := 0
	err := s.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketPages).ForEach(func(_, v []byte) error {
			var st PageState
			if json.Unmarshal(v, &st) == nil && st.Done {
				n++
			}
			return nil
		})
	})
	return n, err
}
