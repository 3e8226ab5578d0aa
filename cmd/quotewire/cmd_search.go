package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"
	"unicode"
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
	sort   string
	facets bool
}

func newSearchCommand(g *globalOptions) *cobra.Command {
	opts := &searchOptions{}
	cmd := &cobra.Command{
		Use:   "search [QUERY] [flags]",
		Short: "Search the indexed statements",
		Long: `Search the statements in the index. QUERY is in the query language (see
README, "Query language"): words and "quoted phrases" (all must match),
OR, NOT, -excluded, (groups), and fields speaker:, outlet:, kind:, cue:,
since:, until: (dates, or 7d, 2w, 3m, 1y ago). Without QUERY every statement
matching the flags is listed; flags and QUERY must all match.

Results are by relevance when QUERY has free text, else newest first
(--sort changes it). A statement carried by several articles is shown once,
with the other outlets listed under it.`,
		Example: `  quotewire search --speaker marquez
  quotewire search 'speaker:netanyahu ceasefire since:30d'
  quotewire search '"ferry fares" OR bus -strike' --since 2025-11-01 --facets
  quotewire search ceasefire --kind direct --format json --limit 5`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runSearch(cmd, g, opts, args)
		},
	}
	opts.register(cmd.Flags())
	cmd.Flags().IntVar(&opts.limit, "limit", 20, "at most N results")
	cmd.Flags().IntVar(&opts.offset, "offset", 0, "skip the first N results (paging)")
	cmd.Flags().StringVar(&opts.format, "format", "table", "table or json (one statement per line)")
	cmd.Flags().StringVar(&opts.sort, "sort", "", "date (newest first) or relevance (default: relevance with free text, else date)")
	cmd.Flags().BoolVar(&opts.facets, "facets", false, "after the results, print top speakers, outlets and a timeline")
	return cmd
}

func runSearch(cmd *cobra.Command, g *globalOptions, opts *searchOptions, args []string) error {
	if opts.format != "table" && opts.format != "json" {
		return usageError{fmt.Errorf("--format %q: want table or json", opts.format)}
	}
	if opts.limit < 1 || opts.offset < 0 {
		return usageError{errors.New("--limit must be at least 1 and --offset not negative")}
	}
	switch opts.sort {
	case "", index.SortDate, index.SortRelevance:
	default:
		return usageError{fmt.Errorf("--sort %q: want date or relevance", opts.sort)}
	}
	text := strings.Join(args, " ")
	q, err := opts.query(text)
	if err != nil {
		return err
	}
	q.Limit, q.Offset, q.Sort, q.Facets = opts.limit, opts.offset, opts.sort, opts.facets
	cfg, err := g.config()
	if err != nil {
		return err
	}
	res, err := search(cmd.Context(), cfg, q, text, opts.aliases)
	if err != nil {
		return err
	}
	out := cmd.OutOrStdout()
	if opts.format == "json" {
		return writeJSONHits(out, res.Hits)
	}
	tty := isTerminal(out)
	writeResults(out, res, q, terminalWidth(out), tty)
	if res.Facets != nil {
		writeFacets(out, res.Facets)
	}
	return nil
}

// search runs q on the data folder's index, or through the daemon that
// holds it (which is sent the query language text as it was written).
func search(ctx context.Context, cfg *config.Config, q index.Query, text, aliases string) (*index.Result, error) {
	ix, err := openIndex(cfg)
	if errors.Is(err, pipeline.ErrBusy) {
		if r, ok := daemonFor(cfg); ok {
			q.Expr, q.Text = nil, text
			return r.search(ctx, q)
		}
	}
	if err != nil {
		return nil, err
	}
	defer ix.Close()
	if err := applyAliases(ix, cfg, aliases); err != nil {
		return nil, err
	}
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

// jsonHit is one line of search --format json: the export fields, plus
// where the query matched and the other articles carrying the statement.
type jsonHit struct {
	export.Statement
	Matches [][2]int     `json:"matches,omitempty"`
	Sources []jsonSource `json:"sources,omitempty"`
}

type jsonSource struct {
	URL       string `json:"url"`
	Outlet    string `json:"outlet"`
	Title     string `json:"title"`
	Published string `json:"published"`
}

func writeJSONHits(w io.Writer, hits []index.Hit) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, h := range hits {
		jh := jsonHit{Statement: export.FromRecord(h.Record), Matches: h.Matches}
		for _, s := range h.Sources {
			jh.Sources = append(jh.Sources, jsonSource{URL: s.URL, Outlet: s.Outlet, Title: s.Title, Published: export.FormatTime(s.Published)})
		}
		if err := enc.Encode(jh); err != nil {
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

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
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
	writeResults(w, res, q, width, false)
}

// writeResults is writeTable, and with bold, matched words are set in
// ANSI bold. A statement carried by other articles gets a line listing
// them.
func writeResults(w io.Writer, res *index.Result, q index.Query, width int, bold bool) {
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
		text := trimMarked(h.Text, h.Matches, textW-2, bold)
		if h.Kind == "direct" {
			text = "“" + text + "”"
		}
		speaker := h.SpeakerCanonical
		if speaker == "" {
			speaker = h.Speaker
		}
		fmt.Fprintf(w, "%-*s  %-*s  %-*s  %s\n", dateW, formatTime(h.Published, time.DateOnly),
			speakerW, trim(speaker, speakerW), outletW, trim(h.Outlet, outletW), text)
		if len(h.Sources) > 0 {
			var outlets []string
			for _, s := range h.Sources {
				if !slices.Contains(outlets, s.Outlet) {
					outlets = append(outlets, s.Outlet)
				}
			}
			line := fmt.Sprintf("also in %d more article(s): %s", len(h.Sources), strings.Join(outlets, ", "))
			fmt.Fprintf(w, "%*s%s\n", dateW+speakerW+outletW+6, "", trim(line, textW))
		}
	}
	shown := q.Offset + len(res.Hits)
	total := fmt.Sprint(res.Total)
	if !res.TotalExact {
		total = "about " + total
	}
	fmt.Fprintf(w, "%d of %s statements", shown-q.Offset, total)
	if uint64(shown) < res.Total {
		fmt.Fprintf(w, " (more with --offset %d)", shown)
	}
	if res.Rows != res.Total && res.TotalExact {
		fmt.Fprintf(w, " in %d articles", res.Rows)
	}
	fmt.Fprintf(w, ", %s\n", res.Took.Round(time.Microsecond))
}

// writeFacets prints the facets as three small lists.
func writeFacets(w io.Writer, f *index.Facets) {
	list := func(title string, counts []index.FacetCount) {
		fmt.Fprintf(w, "\n%s\n", title)
		if len(counts) == 0 {
			fmt.Fprintln(w, "  (none)")
		}
		for _, c := range counts {
			fmt.Fprintf(w, "  %6d  %s\n", c.Count, c.Term)
		}
	}
	list("TOP SPEAKERS", f.Speakers)
	list("TOP OUTLETS", f.Outlets)
	list("TIMELINE", f.Timeline)
}

// trimMarked is trim for a statement with match offsets: matched spans are
// wrapped in ANSI bold when bold is set. Whitespace is collapsed first, so
// offsets are mapped as the text is rebuilt.
func trimMarked(s string, matches [][2]int, n int, bold bool) string {
	if !bold || len(matches) == 0 {
		return trim(s, n)
	}
	var b strings.Builder
	runes, inMatch, m := 0, false, 0
	space := false
	for i, r := range s {
		for m < len(matches) && i >= matches[m][1] {
			m++
		}
		want := m < len(matches) && i >= matches[m][0]
		if unicode.IsSpace(r) {
			space = runes > 0
			continue
		}
		if space {
			if inMatch && !want {
				b.WriteString("\x1b[0m")
				inMatch = false
			}
			if runes >= n-1 {
				break
			}
			b.WriteByte(' ')
			runes++
			space = false
		}
		if runes >= n-1 && i+utf8.RuneLen(r) < len(s) {
			if inMatch {
				b.WriteString("\x1b[0m")
				inMatch = false
			}
			b.WriteString("…")
			return b.String()
		}
		if want != inMatch {
			if want {
				b.WriteString("\x1b[1m")
			} else {
				b.WriteString("\x1b[0m")
			}
			inMatch = want
		}
		b.WriteRune(r)
		runes++
	}
	if inMatch {
		b.WriteString("\x1b[0m")
	}
	return b.String()
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
