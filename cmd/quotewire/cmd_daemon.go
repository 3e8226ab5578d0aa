package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/spf13/cobra"

	"github.com/quotewire/quotewire/pipeline"
	"github.com/quotewire/quotewire/web"
)

func newDaemonCommand(g *globalOptions) *cobra.Command {
	return &cobra.Command{
		Use:   "daemon",
		Short: "Run every configured source on its schedule until stopped",
		Long: `Daemon runs each source of the configuration file on its cron schedule
(the source's "schedule" key) until it receives SIGINT or SIGTERM. A run
still going when its next time comes is skipped; a failing or panicking run
is logged and the source runs again at its next time, and a source that
keeps failing is backed off. On shutdown the current page is finished or
abandoned and the index is closed cleanly.

While it runs, the daemon holds the data folder and serves a local HTTP API
on the config's "listen" address (search, export, status, Prometheus
/metrics); "quotewire search" and "quotewire export" use it automatically.
Logs are structured (log/slog) on standard error.`,
		Example: `  quotewire --config sites.yaml daemon
  quotewire --config sites.yaml --log-format json daemon 2>> quotewire.log`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) > 0 {
				return usageError{fmt.Errorf("daemon takes no arguments, got %q", args)}
			}
			return runDaemon(cmd.Context(), g)
		},
	}
}

func runDaemon(ctx context.Context, g *globalOptions) error {
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
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	p.Metrics = pipeline.NewMetrics(reg)

	ln, err := net.Listen("tcp", cfg.Listen)
	if err != nil {
		p.Close()
		return fmt.Errorf("daemon: listen on %s: %w", cfg.Listen, err)
	}
	srv := &http.Server{
		Handler: web.Handler(web.Options{
			Index:   p.Index(),
			Status:  func() (any, error) { return pipeline.ReadStatus(cfg.DataDir) },
			Metrics: promhttp.HandlerFor(reg, promhttp.HandlerOpts{}),
			Log:     log,
			// On loopback, refuse other Host names (DNS rebinding).
			LocalHostsOnly: isLoopback(ln.Addr().(*net.TCPAddr).IP.String()),
		}),
		ReadHeaderTimeout: 10 * time.Second,
	}
	go func() {
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			log.Error("http api stopped", "err", err)
		}
	}()
	addr := ln.Addr().String()
	if err := pipeline.WriteDaemonInfo(cfg.DataDir, pipeline.DaemonInfo{Addr: addr, PID: os.Getpid(), Started: time.Now().UTC()}); err != nil {
		log.Warn("daemon file not written; search will not find this daemon", "err", err)
	}
	log.Info("daemon started", "data", cfg.DataDir, "sources", len(cfg.Sources), "api", "http://"+addr)

	derr := p.Daemon(ctx)
	// Shutdown order: the scheduler has stopped and the crawls are
	// drained; now the API, then the index.
	sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	srv.Shutdown(sctx)
	pipeline.RemoveDaemonInfo(cfg.DataDir)
	cerr := p.Close()
	log.Info("daemon stopped")
	return errors.Join(derr, cerr)
}
