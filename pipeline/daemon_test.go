package pipeline

import (
	"context"
	"log/slog"
	"net/http/httptest"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/quotewire/quotewire/config"
	"github.com/quotewire/quotewire/demosite"
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

func TestDaemonRunsSourcesAndStops(t *testing.T) {
	srv := httptest.NewServer(demosite.Handler())
	defer srv.Close()
	cfg := testConfig(t, config.Source{Name: "demo", Feeds: []string{srv.URL + "/feed.xml"}, Schedule: "@every 1h"})
	p := openTest(t, cfg)
	defer p.Close()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- p.Daemon(ctx) }()
	// A source that never ran runs at once, not in an hour.
	deadline := time.Now().Add(20 * time.Second)
	for {
		st, err := ReadStatus(cfg.DataDir)
		if err != nil {
			t.Fatal(err)
		}
		if len(st.Sources) == 1 && st.Sources[0].Runs == 1 {
			if st.Sources[0].LastStats.Articles == 0 {
				t.Errorf("the first run indexed nothing: %+v", st.Sources[0])
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the daemon did not run the source at start")
		}
		time.Sleep(50 * time.Millisecond)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the daemon did not stop after cancel")
	}
}

func TestDaemonNeedsSources(t *testing.T) {
	p := openTest(t, testConfig(t))
	defer p.Close()
	if err := p.Daemon(context.Background()); err == nil {
		t.Fatal("a daemon without sources started")
	}
}
