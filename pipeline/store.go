package pipeline

import (
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"time"

	bolt "go.etcd.io/bbolt"
)

// ErrBusy is returned when another quotewire process holds the data folder.
var ErrBusy = errors.New("pipeline: data folder is in use by another quotewire process")

var bucketPages = []byte("pages")

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
		_, err := tx.CreateBucketIfNotExists(bucketPages)
		return err
	})
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("pipeline: init state %s: %w", path, err)
	}
	return &Store{db: db}, nil
}

// Close closes the store.
func (s *Store) Close() error { return s.db.Close() }

// Get returns the state of url, and whether the store knows it.
func (s *Store) Get(url string) (PageState, bool, error) {
	var st PageState
	var found bool
	err := s.db.View(func(tx *bolt.Tx) error {
		v := tx.Bucket(bucketPages).Get([]byte(url))
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
	v, err := json.Marshal(st)
	if err != nil {
		return fmt.Errorf("pipeline: encode state: %w", err)
	}
	err = s.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketPages)
		for _, u := range urls {
			if err := b.Put([]byte(u), v); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("pipeline: write state: %w", err)
	}
	return nil
}

// Fail records a failed fetch of url, keeping what was known before.
func (s *Store) Fail(url string, status int, reason string) error {
	err := s.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketPages)
		var st PageState
		if v := b.Get([]byte(url)); v != nil {
			if err := json.Unmarshal(v, &st); err != nil {
				return err
			}
		}
		st.Status = status
		st.Failures++
		st.Err = reason
		st.Fetched = time.Now().UTC()
		v, err := json.Marshal(st)
		if err != nil {
			return err
		}
		return b.Put([]byte(url), v)
	})
	if err != nil {
		return fmt.Errorf("pipeline: record failure of %s: %w", url, err)
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
