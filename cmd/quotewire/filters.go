package main

import (
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/pflag"

	"github.com/quotewire/quotewire/config"
	"github.com/quotewire/quotewire/index"
	"github.com/quotewire/quotewire/query"
	"github.com/quotewire/quotewire/web"
)

// filterOptions are the statement filters shared by search and export.
type filterOptions struct {
	speaker, outlet, kind, cue, since, until string
	aliases                                  string
}

func (f *filterOptions) register(fs *pflag.FlagSet) {
	fs.StringVar(&f.speaker, "speaker", "", "statements by this speaker (any part of the name: netanyahu)")
	fs.StringVar(&f.outlet, "outlet", "", "statements from this outlet (exact name, any case)")
	fs.StringVar(&f.kind, "kind", "", "direct, indirect or mixed")
	fs.StringVar(&f.cue, "cue", "", "statements with this attribution verb (warned, said, ...)")
	fs.StringVar(&f.since, "since", "", "published on or after DATE (YYYY-MM-DD or RFC 3339)")
	fs.StringVar(&f.until, "until", "", "published on or before DATE (YYYY-MM-DD: the whole day)")
	registerAliases(fs, &f.aliases)
}

func registerAliases(fs *pflag.FlagSet, p *string) {
	fs.StringVar(p, "aliases", "", "speaker merges and splits (YAML; default: speakers.yaml in the data folder, if any)")
}

// query builds an index query from the query language text and the
// filters; they must all match.
func (f *filterOptions) query(text string) (index.Query, error) {
	q, err := query.Parse(text, time.Now())
	if err != nil {
		return q, usageError{err}
	}
	q.Speaker, q.Outlet, q.Cue = f.speaker, f.outlet, f.cue
	switch k := strings.ToLower(f.kind); k {
	case "", "direct", "indirect", "mixed":
		q.Kind = k
	default:
		return q, usageError{fmt.Errorf("--kind %q: want direct, indirect or mixed", f.kind)}
	}
	if q.Since, err = web.ParseDate(f.since, false); err != nil {
		return q, usageError{fmt.Errorf("--since: %w", err)}
	}
	if q.Until, err = web.ParseDate(f.until, true); err != nil {
		return q, usageError{fmt.Errorf("--until: %w", err)}
	}
	if !q.Since.IsZero() && !q.Until.IsZero() && q.Until.Before(q.Since) {
		return q, usageError{fmt.Errorf("--until %s is before --since %s", f.until, f.since)}
	}
	return q, nil
}

// applyAliases loads the speakers.yaml file named by path, or the data
// folder's if path is empty (a missing one is fine), into ix.
func applyAliases(ix *index.Index, cfg *config.Config, path string) error {
	optional := path == ""
	if optional {
		path = filepath.Join(cfg.DataDir, "speakers.yaml")
	}
	a, err := index.LoadAliases(path, optional)
	if err != nil {
		return err
	}
	ix.SetAliases(a)
	return nil
}
