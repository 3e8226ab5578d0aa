package pipeline

import (
	"encoding/json"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"
)

var bucketSources = []byte("sources")

// SourceState is what the data folder remembers about a source's runs,
// shown by `quotewire status`.
type SourceState struct {
	Name string `json:"name"`
	// LastStart and LastEnd bound the last run; LastStats is what it did.
	LastStart time.Time `json:"last_start"`
	LastEnd   time.Time `json:"last_end"`
	LastStats Stats     `json:"last_stats"`
	LastError string    `json:"last_error,omitempty"`
	// Runs, Articles and Statements are totals over all runs.
	Runs       int64 `json:"runs"`
	Articles   int64 `json:"articles"`
	Statements int64 `json:"statements"`
	// Failures counts consecutive failed runs; while BackoffUntil is in
	// the future, scheduled runs of the source are skipped.
	Failures     int       `json:"failures"`
	BackoffUntil time.Time `json:"backoff_until,omitempty"`
}

// maxSourceBackoff caps how long a failing source is left alone.
const maxSourceBackoff = 24 * time.Hour

// failedRun reports whether a run counts as a failure of its source: it
// ended in an error, or every request it made failed.
func failedRun(st Stats, err error) bool {
	return err != nil || st.Requests > 0 && st.Errors >= st.Requests && st.Articles == 0
}

// RecordRun stores the outcome of a run and returns the source's new
// state. A failed run doubles the source's back-off, from its schedule's
// interval up to a day; a good run clears it.
func (s *Store) RecordRun(name string, start time.Time, st Stats, runErr error, interval time.Duration) (SourceState, error) {
	var ss SourceState
	err := s.db.Update(func(tx *bolt.Tx) error {
		b, err := tx.CreateBucketIfNotExists(bucketSources)
		if err != nil {
			return err
		}
		if v := b.Get([]byte(name)); v != nil {
			if err := json.Unmarshal(v, &ss); err != nil {
				return err
			}
		}
		ss.Name = name
		ss.LastStart, ss.LastEnd, ss.LastStats = start.UTC(), start.Add(st.Duration).UTC(), st
		ss.LastError = ""
		if runErr != nil {
			ss.LastError = runErr.Error()
		}
		ss.Runs++
		ss.Articles += st.Articles
		ss.Statements += st.Statements
		if failedRun(st, runErr) {
			ss.Failures++
			wait := max(interval, time.Minute) << min(ss.Failures-1, 10)
			ss.BackoffUntil = ss.LastEnd.Add(min(wait, maxSourceBackoff))
		} else {
			ss.Failures = 0
			ss.BackoffUntil = time.Time{}
		}
		v, err := json.Marshal(ss)
		if err != nil {
			return err
		}
		return b.Put([]byte(name), v)
	})
	if err != nil {
		return ss, fmt.Errorf("pipeline: record run of %s: %w", name, err)
	}
	return ss, nil
}

// SourceState returns what is known about the source called name.
func (s *Store) SourceState(name string) (SourceState, error) {
	ss := SourceState{Name: name}
	err := s.db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketSources)
		if b == nil {
			return nil
		}
		if v := b.Get([]byte(name)); v != nil {
			return json.Unmarshal(v, &ss)
		}
		return nil
	})
	if err != nil {
		return ss, fmt.Errorf("pipeline: read state of source %s: %w", name, err)
	}
	return ss, nil
}

// Sources returns the state of every source that has run, by name.
func (s *Store) Sources() (map[string]SourceState, error) {
	out := map[string]SourceState{}
	err := s.db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketSources)
		if b == nil {
			return nil
		}
		return b.ForEach(func(k, v []byte) error {
			var ss SourceState
			if err := json.Unmarshal(v, &ss); err != nil {
				return err
			}
			out[string(k)] = ss
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("pipeline: read sources: %w", err)
	}
	return out, nil
}
