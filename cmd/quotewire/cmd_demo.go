package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/quotewire/quotewire/config"
	"github.com/quotewire/quotewire/demosite"
	"github.com/quotewire/quotewire/index"
	"github.com/quotewire/quotewire/pipeline"
)

// demoMarker marks a data folder as made by the demo, so that a later demo
// may replace it; a folder without it is never touched.
const demoMarker = "DEMO"

func newDemoCommand(g *globalOptions) *cobra.Command {
	return &cobra.Command{
		Use:   "demo",
		Short: "Crawl the built-in sample news site (offline) and show what quotewire finds",
		Long: `Demo serves the sample news site built into quotewire on 127.0.0.1 (a random
free port), crawls it with the real crawler (feed, sitemaps, links,
robots.txt), extracts and indexes its statements, and prints a summary and
a few example searches. Nothing leaves the machine.

The index is left in the data folder (./` + config.DefaultDataDir + ` unless --data says
otherwise) so that search and export can be tried on it afterwards. A data
folder made by an earlier demo is replaced; any other non-empty folder is
refused.`,
		Example: `  quotewire demo
  quotewire --data /tmp/qw-demo demo && quotewire --data /tmp/qw-demo search --speaker marquez`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runDemo(cmd, g)
		},
	}
}

func runDemo(cmd *cobra.Command, g *globalOptions) error {
	ctx := cmd.Context()
	out := cmd.OutOrStdout()
	cfg, err := g.config()
	if err != nil {
		return err
	}
	if err := resetDemoData(cfg.DataDir); err != nil {
		return err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return fmt.Errorf("demo: start sample site: %w", err)
	}
	srv := &http.Server{Handler: demosite.Handler(), ReadHeaderTimeout: 5 * time.Second}
	go srv.Serve(ln)
	defer srv.Close()
	base := "http://" + ln.Addr().String()
	fmt.Fprintf(out, "Sample news site: %s (%d articles, one of them disallowed by robots.txt)\n", base, len(demosite.Articles()))

	cfg.Delay = 5 * time.Millisecond
	cfg.Sources = []config.Source{{
		Name:     "demo",
		Feeds:    []string{base + "/feed.xml"},
		Sitemaps: []string{base + "/sitemap.xml"},
		Start:    []string{base + "/"},
		MaxPages: 200,
	}}
	if err := cfg.Validate(); err != nil {
		return err
	}
	log, err := stderrLogger(g, slog.LevelWarn)
	if err != nil {
		return err
	}
	p, err := pipeline.Open(cfg, log)
	if err != nil {
		return err
	}
	st, err := p.Run(ctx, &cfg.Sources[0])
	if err != nil {
		p.Close()
		return err
	}
	fmt.Fprintf(out, "Crawled in %s: %d requests, %d articles fetched, %d statements found, %d page(s) refused by robots.txt, %d errors.\n",
		st.Duration.Round(time.Millisecond), st.Requests, st.Articles, st.Statements, st.Blocked, st.Errors)
	if err := demoSearches(ctx, out, p.Index()); err != nil {
		p.Close()
		return err
	}
	if err := p.Close(); err != nil {
		return err
	}
	// Name the binary as it was invoked, so the lines can be pasted.
	prog := "quotewire"
	if a := os.Args[0]; strings.ContainsRune(a, filepath.Separator) && !strings.Contains(a, "go-build") && !strings.HasSuffix(a, ".test") {
		prog = a
	}
	if cfg.DataDir != config.DefaultDataDir {
		prog += " --data " + cfg.DataDir
	}
	fmt.Fprintf(out, "\nThe index is in %s. Try:\n", cfg.DataDir)
	fmt.Fprintf(out, "  %s search --speaker \"elena marquez\"\n", prog)
	fmt.Fprintf(out, "  %s search 'ferry OR bridge since:2025-11-01' --facets\n", prog)
	fmt.Fprintf(out, "  %s export --out statements.csv\n", prog)
	fmt.Fprintf(out, "  %s serve    (the search page, on http://127.0.0.1:7475/)\n", prog)
	return nil
}

// demoSearches runs and prints a few example searches.
func demoSearches(ctx context.Context, w io.Writer, ix *index.Index) error {
	examples := []struct {
		title string
		q     index.Query
	}{
		{`quotewire search --speaker "elena marquez" --limit 5`, index.Query{Speaker: "elena marquez", Limit: 5}},
		{`quotewire search "security arrangements" --limit 5`, index.Query{Text: "security arrangements", Limit: 5}},
		{`quotewire search --kind direct --since 2025-11-15 --limit 5`, index.Query{Kind: "direct", Since: time.Date(2025, 11, 15, 0, 0, 0, 0, time.UTC), Limit: 5}},
	}
	for _, ex := range examples {
		res, err := ix.Search(ctx, ex.q)
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "\n$ %s\n", ex.title)
		writeTable(w, res, ex.q, terminalWidth(w))
	}
	return nil
}

// resetDemoData empties dir if an earlier demo made it, creates it if
// missing, and refuses a non-empty folder the demo did not make.
func resetDemoData(dir string) error {
	entries, err := os.ReadDir(dir)
	switch {
	case errors.Is(err, os.ErrNotExist):
	case err != nil:
		return fmt.Errorf("demo: data folder: %w", err)
	case len(entries) == 0:
	default:
		if _, err := os.Stat(filepath.Join(dir, demoMarker)); err != nil {
			return fmt.Errorf("demo: %s holds data the demo did not make; pass --data with another folder", dir)
		}
		if err := os.RemoveAll(dir); err != nil {
			return fmt.Errorf("demo: reset %s: %w", dir, err)
		}
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("demo: data folder: %w", err)
	}
	return os.WriteFile(filepath.Join(dir, demoMarker), []byte("made by quotewire demo; the next demo replaces this folder\n"), 0o644)
}
