package pipeline

import (
	"context"
	"errors"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sync/atomic"
	"testing"
	"time"
)

func TestRetryAfter(t *testing.T) {
	now := time.Date(2025, 11, 20, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		in   string
		want time.Duration
		ok   bool
	}{
		{"120", 2 * time.Minute, true},
		{"0", 0, true},
		{"Thu, 20 Nov 2025 12:00:30 GMT", 30 * time.Second, true},
		{"Thu, 20 Nov 2025 11:00:00 GMT", 0, true},
		{"soon", 0, false},
		{"", 0, false},
	}
	for _, tt := range tests {
		got, ok := retryAfter(tt.in, now)
		if got != tt.want || ok != tt.ok {
			t.Errorf("retryAfter(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestRetryTransport(t *testing.T) {
	var calls atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := calls.Add(1)
		switch {
		case r.URL.Path == "/flaky" && n < 3:
			w.WriteHeader(http.StatusServiceUnavailable)
		case r.URL.Path == "/limited":
			w.Header().Set("Retry-After", "3600") // longer than MaxWait: give up
			w.WriteHeader(http.StatusTooManyRequests)
		case r.URL.Path == "/missing":
			w.WriteHeader(http.StatusNotFound)
		default:
			w.Write([]byte("ok"))
		}
	}))
	defer srv.Close()
	var waits []time.Duration
	rt := newRetryTransport(http.DefaultTransport, retryPolicy{Retries: 3, Base: time.Millisecond, MaxWait: time.Second}, 0)
	rt.sleep = func(_ context.Context, d time.Duration) error { waits = append(waits, d); return nil }
	client := &http.Client{Transport: rt}

	get := func(path string) int {
		t.Helper()
		calls.Store(0)
		waits = nil
		resp, err := client.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	if code := get("/flaky"); code != 200 || calls.Load() != 3 || len(waits) != 2 || waits[1] < waits[0] {
		t.Errorf("flaky: status %d after %d calls, waits %v", code, calls.Load(), waits)
	}
	if code := get("/limited"); code != 429 || calls.Load() != 1 {
		t.Errorf("Retry-After beyond the cap: status %d after %d calls", code, calls.Load())
	}
	if code := get("/missing"); code != 404 || calls.Load() != 1 {
		t.Errorf("404 was retried: %d calls", calls.Load())
	}
}

func TestGuardedDialer(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("internal")) }))
	defer srv.Close()
	u, _ := url.Parse(srv.URL)
	// "internal.example" resolves to the loopback test server.
	lookup := func(ctx context.Context, host string) ([]net.IPAddr, error) {
		if host == "internal.example" {
			return []net.IPAddr{{IP: net.ParseIP("127.0.0.1")}}, nil
		}
		return net.DefaultResolver.LookupIPAddr(ctx, host)
	}
	mk := func(trusted map[string]bool) *http.Client {
		gd := &guardedDialer{dialer: &net.Dialer{Timeout: time.Second}, trusted: trusted, lookup: lookup}
		return &http.Client{Transport: &http.Transport{DialContext: gd.DialContext}}
	}
	target := "http://internal.example:" + u.Port() + "/"
	_, err := mk(nil).Get(target)
	var blocked *blockedAddrError
	if !errors.As(err, &blocked) {
		t.Errorf("untrusted host on loopback: err = %v, want blockedAddrError", err)
	}
	_, err = mk(nil).Get(srv.URL)
	if !errors.As(err, &blocked) {
		t.Errorf("untrusted loopback IP: err = %v, want blockedAddrError", err)
	}
	resp, err := mk(map[string]bool{"127.0.0.1": true}).Get(srv.URL)
	if err != nil {
		t.Fatalf("configured host refused: %v", err)
	}
	resp.Body.Close()
}

func TestSlowdownTransport(t *testing.T) {
	var slow atomic.Bool
	slow.Store(true)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if slow.Load() {
			time.Sleep(30 * time.Millisecond)
		}
	}))
	defer srv.Close()
	st := newSlowdownTransport(http.DefaultTransport)
	var pauses []time.Duration
	st.sleep = func(_ *http.Request, d time.Duration) error { pauses = append(pauses, d); return nil }
	client := &http.Client{Transport: st}
	get := func() {
		resp, err := client.Get(srv.URL)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
	}
	get()
	if len(pauses) != 0 {
		t.Fatalf("paused before the first request: %v", pauses)
	}
	// Pretend the host has been answering in 5s on average.
	host := srv.Listener.Addr().String()
	st.ewma[host] = 5 * time.Second
	get()
	if len(pauses) != 1 || pauses[0] != 5*time.Second {
		t.Fatalf("slow host: pauses %v, want one of 5s", pauses)
	}
	// Fast answers bring the average down until the pause goes away.
	slow.Store(false)
	for range 40 {
		get()
	}
	n := len(pauses)
	get()
	if len(pauses) != n {
		t.Errorf("still pausing after the host recovered (average %v)", st.ewma[host])
	}
}
