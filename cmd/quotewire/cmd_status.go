package main

import (
	"encoding/json"
	"fmt"
	"io"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/quotewire/quotewire/config"
	"github.com/quotewire/quotewire/pipeline"
)

type statusOptions struct {
	format string
}

func newStatusCommand(g *globalOptions) *cobra.Command {
	opts := &statusOptions{}
	cmd := &cobra.Command{
		Use:   "status",
		Short: "Show each source's last run, next run, counts, errors and back-off",
		Long: `Status reads the status the crawler writes to the data folder after every
run (it works while a daemon is running) and, with --config, adds each
configured source's next scheduled run.`,
		Example: `  quotewire --config sites.yaml status
  quotewire status --format json`,
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, err := g.config()
			if err != nil {
				return err
			}
			st, err := pipeline.ReadStatus(cfg.DataDir)
			if err != nil {
				return err
			}
			if opts.format == "json" {
				enc := json.NewEncoder(cmd.OutOrStdout())
				enc.SetIndent("", "  ")
				return enc.Encode(st)
			}
			writeStatus(cmd.OutOrStdout(), cfg, st, time.Now())
			return nil
		},
	}
	cmd.Flags().StringVar(&opts.format, "format", "table", "table or json")
	return cmd
}

func writeStatus(w io.Writer, cfg *config.Config, st pipeline.Status, now time.Time) {
	byName := map[string]pipeline.SourceState{}
	var names []string
	for _, s := range st.Sources {
		byName[s.Name] = s
		names = append(names, s.Name)
	}
	for _, s := range cfg.Sources {
		if _, ok := byName[s.Name]; !ok {
			names = append(names, s.Name)
		}
	}
	if len(names) == 0 {
		fmt.Fprintf(w, "nothing has run in %s yet\n", cfg.DataDir)
		return
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "SOURCE\tLAST RUN\tNEXT RUN\tREQUESTS\tARTICLES\tSTATEMENTS\tERRORS\tSTATE")
	for _, name := range names {
		s := byName[name]
		last, next, state := "never", "-", "ok"
		if !s.LastStart.IsZero() {
			last = s.LastStart.Local().Format("2006-01-02 15:04")
		}
		if src, ok := cfg.Source(name); ok {
			if sched, err := config.ParseSchedule(src.Schedule); err == nil {
				n := sched.Next(now)
				if n.Before(s.BackoffUntil) {
					n = s.BackoffUntil
				}
				next = n.Local().Format("2006-01-02 15:04")
			}
		}
		if s.Failures > 0 {
			state = fmt.Sprintf("failing ×%d, backing off until %s: %s", s.Failures, s.BackoffUntil.Local().Format("15:04"), s.LastError)
		} else if s.LastError != "" {
			state = "error: " + s.LastError
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%d\t%d\t%d\t%s\n", name, last, next, s.LastStats.Requests,
			s.LastStats.Articles, s.LastStats.Statements, s.LastStats.Errors, state)
	}
	tw.Flush()
}
