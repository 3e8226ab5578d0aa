package pipeline

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"time"

	"github.com/quotewire/quotewire/config"
)

// StatusFile is the file in the data folder that holds a snapshot of
// every source's state, rewritten after each run, so that `quotewire
// status` can be answered while a daemon holds the data folder.
const StatusFile = "status.json"

// Status is the content of StatusFile.
type Status struct {
	Updated time.Time     `json:"updated"`
	Sources []SourceState `json:"sources"`
}

// Run crawls src once, unless it is backing off after failures (then it
// returns ErrBackoff), records the outcome and rewrites the status file.
func (p *Pipeline) Run(ctx context.Context, src *config.Source) (Stats, error) {
	ss, err := p.store.SourceState(src.Name)
	if err != nil {
		return Stats{Source: src.Name}, err
	}
	if now := time.Now(); now.Before(ss.BackoffUntil) {
		return Stats{Source: src.Name}, fmt.Errorf("%w: %s after %d failed runs, until %s",
			ErrBackoff, src.Name, ss.Failures, ss.BackoffUntil.Format(time.RFC3339))
	}
	start := time.Now()
	st, runErr := p.Crawl(ctx, src)
	if ctx.Err() != nil {
		return st, runErr // a run cut short by shutdown says nothing about the source
	}
	interval := time.Hour
	if sched, err := config.ParseSchedule(src.Schedule); err == nil {
		interval = sched.Next(start).Sub(start)
	}
	p.Metrics.ran(src.Name, st.Duration, failedRun(st, runErr))
	ss, err = p.store.RecordRun(src.Name, start, st, runErr, interval)
	if err != nil {
		return st, err
	}
	if ss.Failures > 0 {
		p.log.Warn("source failing; backing off", "source", src.Name, "failures", ss.Failures,
			"until", ss.BackoffUntil.Format(time.RFC3339), "last_error", ss.LastError)
	}
	if err := p.writeStatus(); err != nil {
		p.log.Warn("status file not written", "err", err)
	}
	return st, runErr
}

// ErrBackoff is returned by Run for a source that is backing off.
var ErrBackoff = errors.New("pipeline: source is backing off")

func (p *Pipeline) writeStatus() error {
	m, err := p.store.Sources()
	if err != nil {
		return err
	}
	st := Status{Updated: time.Now().UTC()}
	for _, ss := range m {
		st.Sources = append(st.Sources, ss)
	}
	sort.Slice(st.Sources, func(i, j int) bool { return st.Sources[i].Name < st.Sources[j].Name })
	data, err := json.MarshalIndent(st, "", "  ")
	if err != nil {
		return err
	}
	return writeFileAtomic(filepath.Join(p.cfg.DataDir, StatusFile), data)
}

// ReadStatus reads the status file of a data folder; a folder where
// nothing has run yet has an empty Status.
func ReadStatus(dataDir string) (Status, error) {
	var st Status
	data, err := os.ReadFile(filepath.Join(dataDir, StatusFile))
	if os.IsNotExist(err) {
		return st, nil
	}
	if err != nil {
		return st, fmt.Errorf("pipeline: status: %w", err)
	}
	if err := json.Unmarshal(data, &st); err != nil {
		return st, fmt.Errorf("pipeline: status file %s: %w", filepath.Join(dataDir, StatusFile), err)
	}
	return st, nil
}

// writeFileAtomic replaces path with data, never leaving it half written.
func writeFileAtomic(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), filepath.Base(path)+".*")
	if err != nil {
		return err
	}
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return err
	}
	if err := tmp.Close(); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	return os.Rename(tmp.Name(), path)
}
