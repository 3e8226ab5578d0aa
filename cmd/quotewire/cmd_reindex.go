package main

import (
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/quotewire/quotewire/archive"
	"github.com/quotewire/quotewire/pipeline"
)

func newReindexCommand(g *globalOptions) *cobra.Command {
	return &cobra.Command{
		Use:   "reindex",
		Short: "Re-extract every archived article and replace its statements (no network)",
		Long: `Reindex reads the raw HTML of every article ever fetched, kept as WARC files
in the data folder's warc/ folder, runs the current extractors over it and
replaces each article's statements in the index. Use it after upgrading
quotewire: statements improve without fetching anything again. Articles
whose extraction now finds fewer statements lose the stale ones.`,
		Example: `  quotewire reindex
  quotewire --data /var/lib/quotewire reindex`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) > 0 {
				return usageError{fmt.Errorf("reindex takes no arguments, got %q", args)}
			}
			cfg, err := g.config()
			if err != nil {
				return err
			}
			total, err := archive.Count(cmd.Context(), pipeline.ArchiveDir(cfg.DataDir))
			if err != nil {
				return err
			}
			p, prog, err := openForeground(cmd, g, cfg, int64(total), "reindexing")
			if err != nil {
				return err
			}
			defer p.Close()
			st, err := p.Reindex(cmd.Context(), func(s pipeline.ReindexStats) {
				prog.step(s.Pages, fmt.Sprintf("reindexing: %d articles, %d statements", s.Articles, s.Statements),
					"pages", s.Pages, "of", total, "articles", s.Articles, "statements", s.Statements)
			})
			prog.finish()
			if err == nil {
				err = p.Compact(cmd.Context())
			}
			fmt.Fprintf(cmd.OutOrStdout(), "reindexed %d archived pages: %d articles, %d statements, %d errors in %s\n",
				st.Pages, st.Articles, st.Statements, st.Errors, st.Duration.Round(time.Millisecond))
			return err
		},
	}
}
