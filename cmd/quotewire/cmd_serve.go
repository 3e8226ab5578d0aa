package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/spf13/cobra"

	"github.com/quotewire/quotewire/pipeline"
	"github.com/quotewire/quotewire/web"
)

// DefaultServeAddr is where "quotewire serve" listens without --addr.
const DefaultServeAddr = "127.0.0.1:7475"

type serveOptions struct {
	addr string
}

func newServeCommand(g *globalOptions) *cobra.Command {
	opts := &serveOptions{}
	cmd := &cobra.Command{
		Use:   "serve [--addr HOST:PORT]",
		Short: "Serve the search page and JSON API for the index",
		Long: `Serve opens the index of the data folder and serves a search page (open the
printed address in a browser) with the JSON API under /api: search in the
query language, facets, a timeline, CSV and JSON Lines downloads.

It listens on the loopback interface only unless --addr names another
address. The page and API have no login: anyone who can reach the address
can read (not change) the index. While serve runs it holds the data folder,
so a crawl waits for it; a running daemon serves the same page on its own
"listen" address, and serve tells you where.`,
		Example: `  quotewire serve
  quotewire --data ./quotewire-data serve --addr 127.0.0.1:8080
  quotewire serve --addr 0.0.0.0:7475   # reachable from the network: think twice`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) > 0 {
				return usageError{fmt.Errorf("serve takes no arguments, got %q", args)}
			}
			return runServe(cmd, g, opts)
		},
	}
	cmd.Flags().StringVar(&opts.addr, "addr", DefaultServeAddr, "listen on HOST:PORT (a non-loopback host exposes the index to the network)")
	return cmd
}

func runServe(cmd *cobra.Command, g *globalOptions, opts *serveOptions) error {
	host, _, err := net.SplitHostPort(opts.addr)
	if err != nil {
		return usageError{fmt.Errorf("--addr %q: want HOST:PORT such as %s: %w", opts.addr, DefaultServeAddr, err)}
	}
	cfg, err := g.config()
	if err != nil {
		return err
	}
	log, err := g.logger(cmd.ErrOrStderr(), slog.LevelInfo)
	if err != nil {
		return err
	}
	ix, err := openIndex(cfg)
	if errors.Is(err, pipeline.ErrBusy) {
		if info, ok := pipeline.ReadDaemonInfo(cfg.DataDir); ok {
			return fmt.Errorf("%w; the daemon serves the search page itself: open http://%s/", err, info.Addr)
		}
	}
	if err != nil {
		return err
	}
	defer ix.Close()

	loopback := isLoopback(host)
	if !loopback {
		log.Warn("serving beyond this machine: anyone who can reach the address can read the index", "addr", opts.addr)
	}
	ln, err := net.Listen("tcp", opts.addr)
	if err != nil {
		return fmt.Errorf("serve: listen on %s: %w", opts.addr, err)
	}
	srv := &http.Server{
		Handler:           web.Handler(web.Options{Index: ix, Log: log, LocalHostsOnly: loopback}),
		ReadHeaderTimeout: 10 * time.Second,
		IdleTimeout:       2 * time.Minute,
	}
	fmt.Fprintf(cmd.OutOrStdout(), "Search page: http://%s/ (Ctrl-C to stop)\n", ln.Addr())
	log.Info("serving", "data", cfg.DataDir, "addr", ln.Addr().String())
	return serveUntilDone(cmd.Context(), srv, ln)
}

// serveUntilDone serves on ln until ctx is cancelled, then shuts srv down,
// giving requests in flight a few seconds to finish.
func serveUntilDone(ctx context.Context, srv *http.Server, ln net.Listener) error {
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return fmt.Errorf("serve: shut down: %w", err)
	}
	return nil
}

// isLoopback reports whether host (from HOST:PORT) is a loopback name or
// address. The empty host and 0.0.0.0 mean every interface: not loopback.
func isLoopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
