package main

import (
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/quotewire/quotewire/config"
)

// globalOptions are the flags every command takes.
type globalOptions struct {
	dataDir    string
	configFile string
	logLevel   string
	logFormat  string
}

func newRootCommand() *cobra.Command {
	g := &globalOptions{}
	root := &cobra.Command{
		Use:   "quotewire [--data DIR] [--config FILE] COMMAND",
		Short: "Watch news sites and answer who said what, and when",
		Long: `quotewire crawls news sites, extracts each article and every attributed
statement in it (direct quotes, reported speech, official statements,
"according to ..."), indexes them, and lets you search and export them.

Start with "quotewire demo": it crawls a built-in sample news site offline
and leaves an index you can search.`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return usageError{fmt.Errorf("%s: %w (see %s --help)", c.CommandPath(), err, c.CommandPath())}
	})
	pf := root.PersistentFlags()
	pf.StringVar(&g.dataDir, "data", "", "data folder holding the index and crawl state (default: the config's data key, else ./"+config.DefaultDataDir+")")
	pf.StringVar(&g.configFile, "config", "", "configuration file (YAML); see quotewire.example.yaml")
	pf.StringVar(&g.logLevel, "log-level", "", "debug, info, warn or error (default: info for daemon, warn otherwise)")
	pf.StringVar(&g.logFormat, "log-format", "text", "text or json")
	root.AddCommand(
		newDemoCommand(g),
		newCrawlCommand(g),
		newDaemonCommand(g),
		newExtractCommand(g),
		newSearchCommand(g),
		newExportCommand(g),
		newImportCommand(g),
		newSpeakersCommand(g),
		newStatusCommand(g),
		newReindexCommand(g),
		newEvalCommand(g),
		newServeCommand(g),
	)
	return root
}

// config loads the configuration named by --config (defaults without it)
// and applies --data.
func (g *globalOptions) config() (*config.Config, error) {
	cfg := config.Default()
	if g.configFile != "" {
		var err error
		if cfg, err = config.Load(g.configFile); err != nil {
			return nil, err
		}
	}
	if g.dataDir != "" {
		cfg.DataDir = g.dataDir
	}
	return cfg, nil
}

// logger builds the slog logger for a command; defLevel applies when
// --log-level is not given.
func (g *globalOptions) logger(w io.Writer, defLevel slog.Level) (*slog.Logger, error) {
	level := defLevel
	if g.logLevel != "" {
		if err := level.UnmarshalText([]byte(g.logLevel)); err != nil {
			return nil, usageError{fmt.Errorf("--log-level %q: want debug, info, warn or error", g.logLevel)}
		}
	}
	opts := &slog.HandlerOptions{Level: level}
	switch strings.ToLower(g.logFormat) {
	case "text", "":
		return slog.New(slog.NewTextHandler(w, opts)), nil
	case "json":
		return slog.New(slog.NewJSONHandler(w, opts)), nil
	}
	return nil, usageError{fmt.Errorf("--log-format %q: want text or json", g.logFormat)}
}

func stderrLogger(g *globalOptions, def slog.Level) (*slog.Logger, error) {
	return g.logger(os.Stderr, def)
}
