package pipeline

import (
	"net/http"
	"sync"
	"time"
)

// Slow hosts get more room: when a host's responses take longer than
// slowAfter on average, each request to it first waits as long as its
// average response time (capped at maxSlowdown). A struggling server is
// not pushed harder, and the pause goes away when it recovers.
const (
	slowAfter   = time.Second
	maxSlowdown = 30 * time.Second
)

// slowdownTransport measures per-host response times and spaces requests
// to slow hosts.
type slowdownTransport struct {
	base  http.RoundTripper
	sleep func(*http.Request, time.Duration) error
	mu    sync.Mutex
	ewma  map[string]time.Duration
}

func newSlowdownTransport(base http.RoundTripper) *slowdownTransport {
	return &slowdownTransport{base: base, ewma: map[string]time.Duration{},
		sleep: func(r *http.Request, d time.Duration) error { return sleepCtx(r.Context(), d) }}
}

// pause is the wait before the next request to host.
func (t *slowdownTransport) pause(host string) time.Duration {
	t.mu.Lock()
	defer t.mu.Unlock()
	if d := t.ewma[host]; d > slowAfter {
		return min(d, maxSlowdown)
	}
	return 0
}

func (t *slowdownTransport) observe(host string, d time.Duration) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if old, ok := t.ewma[host]; ok {
		d = (old*7 + d) / 8
	}
	t.ewma[host] = d
}

// RoundTrip implements http.RoundTripper. The time measured is to the
// response headers, which is what a slow server shows first.
func (t *slowdownTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	host := req.URL.Host
	if p := t.pause(host); p > 0 {
		if err := t.sleep(req, p); err != nil {
			return nil, err
		}
	}
	start := time.Now()
	resp, err := t.base.RoundTrip(req)
	if err == nil {
		t.observe(host, time.Since(start))
	}
	return resp, err
}
