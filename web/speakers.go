package web

import (
	"cmp"
	"context"
	"slices"
	"strings"

	"github.com/quotewire/quotewire/index"
)

// speakers lists every canonical speaker with the number of statements
// and the names they appear under, most statements first.
func speakers(ctx context.Context, ix *index.Index) ([]index.Speaker, error) {
	type entry struct {
		count int
		forms map[string]bool
	}
	byName := map[string]*entry{}
	err := ix.Export(ctx, index.Query{}, func(r index.Record) error {
		name := r.SpeakerCanonical
		if name == "" {
			name = strings.Join(strings.Fields(r.Speaker), " ")
		}
		e := byName[name]
		if e == nil {
			e = &entry{forms: map[string]bool{}}
			byName[name] = e
		}
		e.count++
		if r.Speaker != name {
			e.forms[r.Speaker] = true
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	out := make([]index.Speaker, 0, len(byName))
	for name, e := range byName {
		sp := index.Speaker{Name: name, Count: e.count, Aliases: []string{}}
		for f := range e.forms {
			sp.Aliases = append(sp.Aliases, f)
		}
		slices.Sort(sp.Aliases)
		out = append(out, sp)
	}
	slices.SortFunc(out, func(a, b index.Speaker) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), strings.Compare(a.Name, b.Name))
	})
	return out, nil
}
