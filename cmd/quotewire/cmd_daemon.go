package main

import (
	"errors"
	"fmt"
	"log/slog"

	"github.com/spf13/cobra"

	"github.com/quotewire/quotewire/pipeline"
)

func newDaemonCommand(g *globalOptions) *cobra.Command {
	return &cobra.Command{
		Use:   "daemon",
		Short: "Run every configured source on its schedule until stopped",
		Long: `Daemon runs each source of the configuration file on its cron schedule
(the source's "schedule" key) until it receives SIGINT or SIGTERM. A run
still going when its next time comes is skipped; a failing or panicking run
is logged and the source runs again at its next time. On shutdown the
current page is finished or abandoned and the index is closed cleanly.
Logs are structured (log/slog) on standard error.`,
		Example: `  quotewire --config sites.yaml daemon
  quotewire --config sites.yaml --log-format json daemon 2>> quotewire.log`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) > 0 {
				return usageError{fmt.Errorf("daemon takes no arguments, got %q", args)}
			}
			cfg, err := g.config()
			if err != nil {
				return err
			}
			if len(cfg.Sources) == 0 {
				return usageError{errors.New("daemon: no sources configured: give --config FILE")}
			}
			log, err := stderrLogger(g, slog.LevelInfo)
			if err != nil {
				return err
			}
			p, err := pipeline.Open(cfg, log)
			if err != nil {
				return err
			}
			log.Info("daemon started", "data", cfg.DataDir, "sources", len(cfg.Sources))
			derr := p.Daemon(cmd.Context())
			cerr := p.Close()
			log.Info("daemon stopped")
			return errors.Join(derr, cerr)
		},
	}
}
