package pipeline

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime/debug"
	"sync"
	"sync/atomic"
	"time"

	"github.com/robfig/cron/v3"

	"github.com/quotewire/quotewire/config"
)

// CompactSchedule is when the daemon compacts the index: daily at 03:30
// UTC, a quiet hour for most news sites' readers.
const CompactSchedule = "30 3 * * *"

// Daemon runs every configured source on its cron schedule until ctx is
// cancelled. A run still going when its next time comes is skipped; a
// panic in a run is logged and the source runs again at its next time.
// On return every run has finished or been abandoned and the caller may
// close the pipeline.
func (p *Pipeline) Daemon(ctx context.Context) error {
	if len(p.cfg.Sources) == 0 {
		return fmt.Errorf("pipeline: daemon: no sources configured (give --config FILE)")
	}
	runCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	var wg sync.WaitGroup
	c := cron.New(cron.WithLocation(time.UTC), cron.WithLogger(cronLogger{p.log}))
	for i := range p.cfg.Sources {
		src := &p.cfg.Sources[i]
		sched, err := config.ParseSchedule(src.Schedule)
		if err != nil {
			return fmt.Errorf("pipeline: source %s: schedule %q: %w", src.Name, src.Schedule, err)
		}
		run := func(ctx context.Context) {
			st, err := p.Run(ctx, src)
			if errors.Is(err, ErrBackoff) {
				p.log.Info("run skipped", "source", src.Name, "reason", err)
				return
			}
			log := p.log.With("source", src.Name, "requests", st.Requests, "articles", st.Articles,
				"statements", st.Statements, "errors", st.Errors, "duration", st.Duration.Round(time.Millisecond))
			if err != nil {
				log.Error("run failed", "err", err)
				return
			}
			log.Info("run done")
		}
		job := guard(runCtx, &wg, p.log.With("source", src.Name), run)
		c.Schedule(sched, job)
		p.log.Info("scheduled", "source", src.Name, "schedule", src.Schedule, "next", sched.Next(time.Now()).UTC().Format(time.RFC3339))
		// A source whose last run is older than its interval (or that never
		// ran) runs now rather than at its next scheduled time.
		now := time.Now()
		if ss, err := p.store.SourceState(src.Name); err == nil && now.Sub(ss.LastEnd) >= sched.Next(now).Sub(now) {
			wg.Add(1)
			go func() {
				defer wg.Done()
				job.Run()
			}()
		}
	}
	// Once a day, merge the index's segments (see Index.Compact).
	compact := guard(runCtx, &wg, p.log.With("job", "compact"), func(ctx context.Context) {
		if err := p.Compact(ctx); err != nil && ctx.Err() == nil {
			p.log.Error("compaction failed", "err", err)
		}
	})
	if _, err := c.AddJob(CompactSchedule, compact); err != nil {
		return fmt.Errorf("pipeline: compact schedule %q: %w", CompactSchedule, err)
	}
	c.Start()
	<-ctx.Done()
	p.log.Info("stopping: waiting for running crawls to finish their current page")
	stopped := c.Stop() // no new runs start
	cancel()            // running crawls stop fetching
	<-stopped.Done()
	wg.Wait()
	return nil
}

// guard wraps a run so that an overlapping run is skipped and a panic is
// logged and recovered. It does both itself, in one place: robfig/cron
// v3.0.1's SkipIfStillRunning, when a Recover wraps it from outside, never
// hands back its token after a panic and skips the job forever.
func guard(ctx context.Context, wg *sync.WaitGroup, log *slog.Logger, run func(context.Context)) cron.Job {
	var running atomic.Bool
	return cron.FuncJob(func() {
		if ctx.Err() != nil {
			return
		}
		if !running.CompareAndSwap(false, true) {
			log.Warn("previous run still going; this run is skipped")
			return
		}
		wg.Add(1)
		defer wg.Done()
		defer running.Store(false)
		defer func() {
			if r := recover(); r != nil {
				log.Error("run panicked", "panic", fmt.Sprint(r), "stack", string(debug.Stack()))
			}
		}()
		run(ctx)
	})
}

// cronLogger sends robfig/cron's own messages to slog.
type cronLogger struct{ log *slog.Logger }

func (l cronLogger) Info(msg string, kv ...any) { l.log.Debug("cron: "+msg, kv...) }
func (l cronLogger) Error(err error, msg string, kv ...any) {
	l.log.Error("cron: "+msg, append(kv, "err", err)...)
}
