package main

import (
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/spf13/cobra"

	"github.com/quotewire/quotewire/config"
	"github.com/quotewire/quotewire/pipeline"
)

type crawlOptions struct {
	source   string
	start    []string
	feeds    []string
	sitemaps []string
	follow   []string
	maxPages int
	delay    time.Duration
}

func newCrawlCommand(g *globalOptions) *cobra.Command {
	opts := &crawlOptions{}
	cmd := &cobra.Command{
		Use:   "crawl [--source NAME] | crawl --start URL [--feed URL] [--sitemap URL] [--max-pages N]",
		Short: "Crawl the configured sources once, or one ad-hoc source, then exit",
		Long: `Crawl fetches every source of the configuration file once (or only the one
named by --source): it reads feeds and sitemaps, follows allowed links,
extracts each new article and its statements, and adds them to the index.
Articles fetched by an earlier run are not fetched again.

With --start, --feed or --sitemap it crawls an ad-hoc source made from the
flags instead, and needs no configuration file.`,
		Example: `  quotewire --config sites.yaml crawl
  quotewire --config sites.yaml crawl --source harbor-ledger
  quotewire crawl --start https://news.example.com/ --feed https://news.example.com/rss --max-pages 50`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) > 0 {
				return usageError{fmt.Errorf("crawl takes no arguments, got %q", args)}
			}
			return runCrawl(cmd, g, opts)
		},
	}
	f := cmd.Flags()
	f.StringVar(&opts.source, "source", "", "crawl only the configured source with this name")
	f.StringArrayVar(&opts.start, "start", nil, "ad-hoc source: a page to start from (repeatable)")
	f.StringArrayVar(&opts.feeds, "feed", nil, "ad-hoc source: an RSS or Atom feed (repeatable)")
	f.StringArrayVar(&opts.sitemaps, "sitemap", nil, "ad-hoc source: a sitemap or sitemap index (repeatable)")
	f.StringArrayVar(&opts.follow, "follow", nil, "ad-hoc source: follow only links matching this regular expression (repeatable)")
	f.IntVar(&opts.maxPages, "max-pages", config.DefaultMaxPages, "ad-hoc source: at most N pages")
	f.DurationVar(&opts.delay, "delay", 0, "ad-hoc source: delay between requests to one host (default: the config's delay)")
	return cmd
}

func runCrawl(cmd *cobra.Command, g *globalOptions, opts *crawlOptions) error {
	cfg, err := g.config()
	if err != nil {
		return err
	}
	adhoc := len(opts.start)+len(opts.feeds)+len(opts.sitemaps) > 0
	var sources []*config.Source
	switch {
	case adhoc && opts.source != "":
		return usageError{errors.New("--source names a configured source; it cannot be combined with --start, --feed or --sitemap")}
	case adhoc:
		cfg.Sources = []config.Source{{
			Name: "adhoc", Start: opts.start, Feeds: opts.feeds, Sitemaps: opts.sitemaps,
			Follow: opts.follow, MaxPages: opts.maxPages, Delay: opts.delay,
		}}
		if err := cfg.Validate(); err != nil {
			return usageError{err}
		}
		sources = []*config.Source{&cfg.Sources[0]}
	case opts.source != "":
		s, ok := cfg.Source(opts.source)
		if !ok {
			return usageError{fmt.Errorf("no source %q in %s", opts.source, orDefault(cfg.File, "the configuration"))}
		}
		sources = []*config.Source{s}
	default:
		if len(cfg.Sources) == 0 {
			return usageError{errors.New("no sources to crawl: give --config FILE with sources, or --start/--feed/--sitemap URL")}
		}
		for i := range cfg.Sources {
			sources = append(sources, &cfg.Sources[i])
		}
	}
	p, prog, err := openForeground(cmd, g, cfg, -1, "crawling")
	if err != nil {
		return err
	}
	defer p.Close()
	p.Progress = prog.crawl
	var errs []error
	for _, s := range sources {
		st, err := p.Run(cmd.Context(), s)
		prog.finish()
		printStats(cmd.OutOrStdout(), st)
		if err != nil {
			errs = append(errs, err)
		}
		if cmd.Context().Err() != nil {
			break
		}
	}
	if cmd.Context().Err() == nil {
		if err := p.Compact(cmd.Context()); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

func printStats(w io.Writer, st pipeline.Stats) {
	fmt.Fprintf(w, "%s: %d requests, %d articles, %d statements, %d skipped, %d blocked by robots.txt, %d errors in %s\n",
		st.Source, st.Requests, st.Articles, st.Statements, st.Skipped, st.Blocked, st.Errors, st.Duration.Round(time.Millisecond))
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}
