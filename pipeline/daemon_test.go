package pipeline

import (
	"context"
	"log/slog"
	"sync"
	"sync/atomic"
	"testing"
)

func TestGuardRecoversAndRunsAgain(t *testing.T) {
	var wg sync.WaitGroup
	var calls atomic.Int32
	job := guard(context.Background(), &wg, slog.New(slog.DiscardHandler), func(context.Context) {
		if calls.Add(1) == 1 {
			panic("first run breaks")
		}
	})
	job.Run() // must not propagate the panic
	job.Run() // and the job must not be stuck as "still running"
	if got := calls.Load(); got != 2 {
		t.Fatalf("runs = %d, want 2 (a panic must not stop later runs)", got)
	}
}

func TestGuardSkipsOverlappingRun(t *testing.T) {
	var wg sync.WaitGroup
	var calls atomic.Int32
	release := make(chan struct{})
	started := make(chan struct{})
	job := guard(context.Background(), &wg, slog.New(slog.DiscardHandler), func(context.Context) {
		if calls.Add(1) == 1 {
			close(started)
			<-release
		}
	})
	go job.Run()
	<-started
	job.Run() // overlaps the first: skipped
	close(release)
	wg.Wait()
	job.Run() // the first has finished: runs
	if got := calls.Load(); got != 2 {
		t.Fatalf("runs = %d, want 2", got)
	}
}

func TestGuardStopsAfterCancel(t *testing.T) {
	var wg sync.WaitGroup
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	ran := false
	guard(ctx, &wg, slog.New(slog.DiscardHandler), func(context.Context) { ran = true }).Run()
	if ran {
		t.Fatal("a run started after shutdown")
	}
}
