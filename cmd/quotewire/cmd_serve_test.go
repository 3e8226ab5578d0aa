package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/quotewire/quotewire/index"
	"github.com/quotewire/quotewire/pipeline"
)

// syncBuffer is a bytes.Buffer safe to read while a command writes it.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func TestServeCommand(t *testing.T) {
	data := filepath.Join(t.TempDir(), "data")
	ix, err := index.Open(pipeline.IndexDir(data), index.Options{})
	if err != nil {
		t.Fatal(err)
	}
	err = ix.Add(context.Background(), []index.Record{{Speaker: "Elena Marquez", Cue: "said", Kind: "direct",
		Text: "The ferry runs late.", URL: "https://news.example/a", Title: "Ferry", Outlet: "The Harbor Ledger",
		Published: time.Date(2025, 11, 3, 9, 0, 0, 0, time.UTC)}})
	if cerr := ix.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		t.Fatal(err)
	}

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var out, errb syncBuffer
	root := newRootCommand()
	root.SetArgs([]string{"--data", data, "serve", "--addr", "127.0.0.1:0"})
	root.SetOut(&out)
	root.SetErr(&errb)
	done := make(chan error, 1)
	go func() { done <- root.ExecuteContext(ctx) }()

	addrRE := regexp.MustCompile(`Search page: (http://127\.0\.0\.1:\d+/)`)
	var base string
	for deadline := time.Now().Add(10 * time.Second); base == "" && time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if m := addrRE.FindStringSubmatch(out.String()); m != nil {
			base = m[1]
		}
		select {
		case err := <-done:
			t.Fatalf("serve stopped early: %v\n%s", err, errb.String())
		default:
		}
	}
	if base == "" {
		t.Fatalf("serve printed no address:\n%s\n%s", out.String(), errb.String())
	}

	resp, err := http.Get(base)
	if err != nil {
		t.Fatal(err)
	}
	page, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(page), `<script src="/static/app.js"`) {
		t.Errorf("GET /: %s\n%s", resp.Status, page)
	}
	resp, err = http.Get(base + `api/search?q=ferry+speaker:marquez`)
	if err != nil {
		t.Fatal(err)
	}
	var sr struct{ Total int }
	json.NewDecoder(resp.Body).Decode(&sr)
	resp.Body.Close()
	if sr.Total != 1 {
		t.Errorf("api/search through serve: total %d, want 1", sr.Total)
	}
	// A loopback server answers only to local host names (DNS rebinding).
	req, _ := http.NewRequest(http.MethodGet, base+"api/search", nil)
	req.Host = "attacker.example"
	if resp, err := http.DefaultClient.Do(req); err != nil {
		t.Fatal(err)
	} else if resp.Body.Close(); resp.StatusCode != http.StatusMisdirectedRequest {
		t.Errorf("foreign Host header: %s, want 421", resp.Status)
	}

	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("serve after cancel: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not stop on cancel")
	}
}

func TestServeBadAddr(t *testing.T) {
	_, errs, code := run(t, "--data", t.TempDir(), "serve", "--addr", "7475")
	if code != 2 || !strings.Contains(errs, "--addr") {
		t.Errorf("serve --addr 7475: exit %d, %s", code, errs)
	}
}

func TestServeIsLoopback(t *testing.T) {
	for host, want := range map[string]bool{
		"127.0.0.1": true, "127.1.2.3": true, "::1": true, "localhost": true,
		"": false, "0.0.0.0": false, "::": false, "192.168.1.10": false, "example.com": false,
	} {
		if got := isLoopback(host); got != want {
			t.Errorf("isLoopback(%q) = %v, want %v", host, got, want)
		}
	}
}
