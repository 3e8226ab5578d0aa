package pipeline

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// retryPolicy says how failed requests are retried.
type retryPolicy struct {
	// Retries is how many times a request is tried again after the first.
	Retries int
	// Base is the first back-off; it doubles on every retry, with jitter.
	Base time.Duration
	// MaxWait caps a back-off and a server's Retry-After: a server asking
	// for a longer pause gets no retry in this run.
	MaxWait time.Duration
}

var defaultRetry = retryPolicy{Retries: 3, Base: 500 * time.Millisecond, MaxWait: 60 * time.Second}

// retryTransport retries connection failures, 429 and 5xx responses with
// exponential back-off and jitter, honouring Retry-After.
type retryTransport struct {
	base   http.RoundTripper
	policy retryPolicy
	// timeout bounds each attempt, from connect to the last byte of the
	// body; zero means none. Back-off waits do not count against it.
	timeout time.Duration
	sleep   func(context.Context, time.Duration) error
}

func newRetryTransport(base http.RoundTripper, p retryPolicy, timeout time.Duration) *retryTransport {
	return &retryTransport{base: base, policy: p, timeout: timeout, sleep: sleepCtx}
}

// RoundTrip implements http.RoundTripper.
func (t *retryTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	parent := req
	for attempt := 0; ; attempt++ {
		resp, err := t.attempt(parent)
		if attempt >= t.policy.Retries || req.Body != nil && req.GetBody == nil {
			return resp, err
		}
		wait, retry := t.backoff(attempt, resp, err)
		if !retry || parent.Context().Err() != nil {
			return resp, err
		}
		if resp != nil {
			io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
			resp.Body.Close()
		}
		if err := t.sleep(req.Context(), wait); err != nil {
			return nil, err
		}
		if req.GetBody != nil {
			body, err := req.GetBody()
			if err != nil {
				return nil, err
			}
			req.Body = body
		}
	}
}

// attempt sends req once, under the per-attempt timeout; the timeout
// keeps running while the caller reads the body.
func (t *retryTransport) attempt(req *http.Request) (*http.Response, error) {
	if t.timeout <= 0 {
		return t.base.RoundTrip(req)
	}
	ctx, cancel := context.WithTimeout(req.Context(), t.timeout)
	resp, err := t.base.RoundTrip(req.WithContext(ctx))
	if err != nil {
		cancel()
		return nil, err
	}
	resp.Body = &cancelBody{ReadCloser: resp.Body, cancel: cancel}
	return resp, nil
}

// cancelBody ends an attempt's context when its body is closed.
type cancelBody struct {
	io.ReadCloser
	cancel context.CancelFunc
}

func (b *cancelBody) Close() error {
	err := b.ReadCloser.Close()
	b.cancel()
	return err
}

// backoff decides whether a result is worth retrying and after how long.
func (t *retryTransport) backoff(attempt int, resp *http.Response, err error) (time.Duration, bool) {
	wait := t.policy.Base << attempt
	wait += time.Duration(rand.Int64N(int64(wait)/2 + 1)) // jitter
	if wait > t.policy.MaxWait {
		wait = t.policy.MaxWait
	}
	if err != nil {
		var blocked *blockedAddrError
		if errors.As(err, &blocked) || errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
			return 0, false
		}
		return wait, true // reset, refused, DNS failure, timeout on the wire
	}
	switch resp.StatusCode {
	case http.StatusTooManyRequests, http.StatusServiceUnavailable:
		if ra, ok := retryAfter(resp.Header.Get("Retry-After"), time.Now()); ok {
			if ra > t.policy.MaxWait {
				return 0, false
			}
			return ra, true
		}
		return wait, true
	case http.StatusInternalServerError, http.StatusBadGateway, http.StatusGatewayTimeout:
		return wait, true
	}
	return 0, false
}

// retryAfter parses a Retry-After header: seconds or an HTTP date.
func retryAfter(v string, now time.Time) (time.Duration, bool) {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0, false
	}
	if s, err := strconv.Atoi(v); err == nil && s >= 0 {
		return time.Duration(s) * time.Second, true
	}
	if t, err := http.ParseTime(v); err == nil {
		d := t.Sub(now)
		if d < 0 {
			d = 0
		}
		return d, true
	}
	return 0, false
}

func sleepCtx(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// blockedAddrError is returned for a connection to a private, loopback or
// link-local address that the source did not name itself.
type blockedAddrError struct{ host, ip string }

func (e *blockedAddrError) Error() string {
	return fmt.Sprintf("refusing to connect to %s (%s): a private, loopback or link-local address reached from a public source", e.host, e.ip)
}

// guardedDialer dials like net.Dialer but refuses private, loopback and
// link-local addresses unless the host is one the configuration named
// (trusted). A feed or a link on a public site cannot make the crawler
// reach internal services.
type guardedDialer struct {
	dialer  *net.Dialer
	trusted map[string]bool // lower-case host names and IP literals
	lookup  func(ctx context.Context, host string) ([]net.IPAddr, error)
}

func (d *guardedDialer) DialContext(ctx context.Context, network, addr string) (net.Conn, error) {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, err
	}
	if d.trusted[strings.ToLower(host)] {
		return d.dialer.DialContext(ctx, network, addr)
	}
	ips, err := d.lookup(ctx, host)
	if err != nil {
		return nil, err
	}
	var last error = fmt.Errorf("no address for %s", host)
	for _, ip := range ips {
		if internalIP(ip.IP) {
			last = &blockedAddrError{host: host, ip: ip.IP.String()}
			continue
		}
		c, err := d.dialer.DialContext(ctx, network, net.JoinHostPort(ip.IP.String(), port))
		if err == nil {
			return c, nil
		}
		last = err
	}
	return nil, last
}

func internalIP(ip net.IP) bool {
	return ip.IsLoopback() || ip.IsPrivate() || ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast() ||
		ip.IsUnspecified() || ip.IsInterfaceLocalMulticast() || ip.IsMulticast()
}

// newTransport builds the crawler's HTTP transport: bounded connect and
// header timeouts, the address guard, a slowdown for slow hosts, and
// retries.
func newTransport(trusted map[string]bool, timeout time.Duration, p retryPolicy) http.RoundTripper {
	connect := 10 * time.Second
	if timeout > 0 && timeout < connect {
		connect = timeout
	}
	gd := &guardedDialer{
		dialer:  &net.Dialer{Timeout: connect, KeepAlive: 30 * time.Second},
		trusted: trusted,
		lookup:  net.DefaultResolver.LookupIPAddr,
	}
	base := &http.Transport{
		DialContext:           gd.DialContext,
		TLSHandshakeTimeout:   connect,
		ResponseHeaderTimeout: timeout,
		MaxIdleConnsPerHost:   4,
		IdleConnTimeout:       90 * time.Second,
		ForceAttemptHTTP2:     true,
	}
	return newRetryTransport(newSlowdownTransport(base), p, timeout)
}
