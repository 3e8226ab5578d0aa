package main

import (
	"fmt"
	"strings"

	"github.com/spf13/pflag"

	"github.com/quotewire/quotewire/index"
	"github.com/quotewire/quotewire/web"
)

// filterOptions are the statement filters shared by search and export.
type filterOptions struct {
	speaker, outlet, kind, since, until string
}

func (f *filterOptions) register(fs *pflag.FlagSet) {
	fs.StringVar(&f.speaker, "speaker", "", "statements by this speaker (any part of the name: netanyahu)")
	fs.StringVar(&f.outlet, "outlet", "", "statements from this outlet (exact name, any case)")
	fs.StringVar(&f.kind, "kind", "", "direct, indirect or mixed")
	fs.StringVar(&f.since, "since", "", "published on or after DATE (YYYY-MM-DD or RFC 3339)")
	fs.StringVar(&f.until, "until", "", "published on or before DATE (YYYY-MM-DD: the whole day)")
}

// query builds an index query from the filters and free text.
func (f *filterOptions) query(text string) (index.Query, error) {
	q := index.Query{Text: text, Speaker: f.speaker, Outlet: f.outlet}
	switch k := strings.ToLower(f.kind); k {
	case "", "direct", "indirect", "mixed":
		q.Kind = k
	default:
		return q, usageError{fmt.Errorf("--kind %q: want direct, indirect or mixed", f.kind)}
	}
	var err error
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
