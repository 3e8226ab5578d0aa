package main

import (
	"fmt"
	"io"
	"log/slog"
	"os"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/quotewire/quotewire/config"
	"github.com/quotewire/quotewire/pipeline"
)

// progress shows a long foreground run: a live bar on a terminal, a log
// line every interval otherwise.
type progress struct {
	mu       sync.Mutex
	bar      *progressbar.ProgressBar
	log      *slog.Logger
	interval time.Duration
	last     time.Time
}

// newProgress returns a progress display writing to w. total is the
// number of steps when known, -1 for a spinner.
func newProgress(w io.Writer, log *slog.Logger, total int64, what string) *progress {
	p := &progress{log: log, interval: 10 * time.Second, last: time.Now()}
	if f, ok := w.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		p.bar = progressbar.NewOptions64(total,
			progressbar.OptionSetWriter(w),
			progressbar.OptionSetDescription(what),
			progressbar.OptionShowCount(),
			progressbar.OptionSetElapsedTime(true),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionClearOnFinish(),
			progressbar.OptionSpinnerType(14),
		)
	}
	return p
}

// crawl is a pipeline.Progress callback.
func (p *progress) crawl(st pipeline.Stats) {
	desc := fmt.Sprintf("%s: %d articles, %d statements, %d errors", st.Source, st.Articles, st.Statements, st.Errors)
	p.step(st.Requests, desc, "source", st.Source, "requests", st.Requests, "articles", st.Articles,
		"statements", st.Statements, "errors", st.Errors)
}

// step reports that n steps are done.
func (p *progress) step(n int64, desc string, kv ...any) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.bar != nil {
		p.bar.Describe(desc)
		p.bar.Set64(n)
		return
	}
	if time.Since(p.last) >= p.interval {
		p.last = time.Now()
		p.log.Info("progress", kv...)
	}
}

func (p *progress) finish() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.bar != nil {
		p.bar.Finish()
	}
}

// openForeground opens the data folder for a long foreground run (crawl,
// reindex): the run logs warnings, and its progress (total steps, -1 when
// unknown) is shown on a terminal or logged at info level otherwise.
func openForeground(cmd *cobra.Command, g *globalOptions, cfg *config.Config, total int64, what string) (*pipeline.Pipeline, *progress, error) {
	log, err := stderrLogger(g, slog.LevelWarn)
	if err != nil {
		return nil, nil, err
	}
	plog, err := stderrLogger(g, slog.LevelInfo)
	if err != nil {
		return nil, nil, err
	}
	p, err := pipeline.Open(cfg, log)
	if err != nil {
		return nil, nil, err
	}
	return p, newProgress(cmd.ErrOrStderr(), plog, total, what), nil
}
