package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/quotewire/quotewire/config"
	"github.com/quotewire/quotewire/export"
	"github.com/quotewire/quotewire/index"
	"github.com/quotewire/quotewire/pipeline"
)

type searchOptions struct {
	filterOptions
	limit  int
	offset int
	format string
}

func newSearchCommand(g *globalOptions) *cobra.Command {
	opts := &searchOptions{}
	cmd := &cobra.Command{
		Use:   "search [QUERY] [flags]",
		Short: "Search the indexed statements",
		Long: `Search the statements in the index. QUERY is free text matched against the
statement (words, "quoted phrases", +required, -excluded); without it every
statement matching the filters is listed. Results are newest first unless
QUERY ranks them by relevance.`,
		Example: `  quotewire search --speaker marquez
  quotewire search "ferry fares" --since 2025-11-01 --until 2025-11-30
  quotewire search ceasefire --kind direct --format json --limit 5`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runSearch(cmd, g, opts, args)
		},
	}
	opts.register(cmd.Flags())
	cmd.Flags().IntVar(&opts.limit, "limit", 20, "at most N results")
	cmd.Flags().IntVar(&opts.offset, "offset", 0, "skip the first N results (paging)")
	cmd.Flags().StringVar(&opts.format, "format", "table", "table or json (one statement per line)")
	return cmd
}

func runSearch(cmd *cobra.Command, g *globalOptions, opts *searchOptions, args []string) error {
	if opts.format != "table" && opts.format != "json" {
		return usageError{fmt.Errorf("--format %q: want table or json", opts.format)}
	}
	if opts.limit < 1 || opts.offset < 0 {
		return usageError{errors.New("--limit must be at least 1 and --offset not negative")}
	}
	q, err := opts.query(strings.Join(args, " "))
	if err != nil {
		return err
	}
	q.Limit, q.Offset = opts.limit, opts.offset
	cfg, err := g.config()
	if err != nil {
		return err
	}
	res, err := search(cmd.Context(), cfg, q)
	if err != nil {
		return err
	}
	out := cmd.OutOrStdout()
	if opts.format == "json" {
		return writeJSONHits(out, res.Hits)
	}
	writeTable(out, res, q, terminalWidth(out))
	return nil
}

// search runs q on the data folder's index, or through the daemon that
// holds it.
func search(ctx context.Context, cfg *config.Config, q index.Query) (*index.Result, error) {
	ix, err := openIndex(cfg)
	if errors.Is(err, pipeline.ErrBusy) {
		if r, ok := daemonFor(cfg); ok {
			return r.search(ctx, q)
		}
	}
	if err != nil {
		return nil, err
	}
	defer ix.Close()
	return ix.Search(ctx, q)
}

// openIndex opens the index of an existing data folder for reading.
func openIndex(cfg *config.Config) (*index.Index, error) {
	dir := pipeline.IndexDir(cfg.DataDir)
	if _, err := os.Stat(dir); err != nil {
		return nil, fmt.Errorf("no index in %s (run \"quotewire demo\" or \"quotewire crawl\" first, or pass --data DIR)", cfg.DataDir)
	}
	ix, err := index.Open(dir, index.Options{LockTimeout: pipeline.LockTimeout})
	if errors.Is(err, index.ErrLocked) {
		return nil, fmt.Errorf("%w: %s (is a quotewire daemon or crawl running on it?)", pipeline.ErrBusy, cfg.DataDir)
	}
	return ix, err
}

func writeJSONHits(w io.Writer, hits []index.Hit) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, h := range hits {
		if err := enc.Encode(export.FromRecord(h.Record)); err != nil {
			return err
		}
	}
	return nil
}

func formatTime(t time.Time, layout string) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(layout)
}

func terminalWidth(w io.Writer) int {
	if f, ok := w.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		if width, _, err := term.GetSize(int(f.Fd())); err == nil && width >= 60 {
			return width
		}
	}
	return 120
}

// writeTable prints results as aligned columns, the statement trimmed so
// that each row fits in width.
func writeTable(w io.Writer, res *index.Result, q index.Query, width int) {
	if len(res.Hits) == 0 {
		fmt.Fprintln(w, "no statements found")
		return
	}
	const dateW, speakerW, outletW = 10, 24, 18
	textW := width - dateW - speakerW - outletW - 6
	if textW < 20 {
		textW = 20
	}
	fmt.Fprintf(w, "%-*s  %-*s  %-*s  %s\n", dateW, "DATE", speakerW, "SPEAKER", outletW, "OUTLET", "STATEMENT")
	for _, h := range res.Hits {
		text := h.Text
		if h.Kind == "direct" {
			text = "“" + text + "”"
		}
		fmt.Fprintf(w, "%-*s  %-*s  %-*s  %s\n", dateW, formatTime(h.Published, time.DateOnly),
			speakerW, trim(h.Speaker, speakerW), outletW, trim(h.Outlet, outletW), trim(text, textW))
	}
	shown := q.Offset + len(res.Hits)
	fmt.Fprintf(w, "%d of %d statements", shown-q.Offset, res.Total)
	if uint64(shown) < res.Total {
		fmt.Fprintf(w, " (more with --offset %d)", shown)
	}
	fmt.Fprintf(w, ", %s\n", res.Took.Round(time.Microsecond))
}

// trim shortens s to at most n runes, marking a cut with an ellipsis, and
// pads nothing.
func trim(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}
