package pipeline

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"
)

func TestStorePersistsAndLocks(t *testing.T) {
	dir := t.TempDir()
	s, err := OpenStore(dir, 100*time.Millisecond)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Put(PageState{Done: true, Statements: 3}, "http://a.example/x", "http://a.example/y"); err != nil {
		t.Fatal(err)
	}
	if err := s.Fail("http://a.example/z", 503, "Service Unavailable"); err != nil {
		t.Fatal(err)
	}
	// A second opener of the same folder gets ErrBusy, not a hang.
	if _, err := OpenStore(dir, 100*time.Millisecond); !errors.Is(err, ErrBusy) {
		t.Fatalf("second open: err = %v, want ErrBusy", err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s, err = OpenStore(dir, time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if !s.Done("http://a.example/x") || !s.Done("http://a.example/y") {
		t.Error("done URLs forgotten after reopening")
	}
	if s.Done("http://a.example/z") {
		t.Error("a failed URL counts as done")
	}
	st, ok, err := s.Get("http://a.example/z")
	if err != nil || !ok || st.Failures != 1 || st.Status != 503 {
		t.Errorf("failed state = %+v %v %v", st, ok, err)
	}
	if r, err := s.Retries(); err != nil || len(r) != 1 || r[0] != "http://a.example/z" {
		t.Errorf("Retries = %q, %v", r, err)
	}
	for range MaxFailures {
		s.Fail("http://a.example/z", 503, "Service Unavailable")
	}
	if r, _ := s.Retries(); len(r) != 0 {
		t.Errorf("a page failing %d times is still retried: %q", MaxFailures, r)
	}
	s.Fail("http://a.example/w", 0, "connection reset")
	s.Put(PageState{Done: true}, "http://a.example/w")
	if r, _ := s.Retries(); len(r) != 0 {
		t.Errorf("a page done after failing is still retried: %q", r)
	}
	if n, err := s.CountDone(); err != nil || n != 3 {
		t.Errorf("CountDone = %d, %v", n, err)
	}
}

func TestCanonical(t *testing.T) {
	tests := []struct{ in, want string }{
		{"HTTP://News.Example.COM:80/a/b.html#top", "http://news.example.com/a/b.html"},
		{"https://news.example.com:443", "https://news.example.com/"},
		{"https://x.example/a?utm_source=rss&id=7&fbclid=abc&UTM_Medium=x", "https://x.example/a?id=7"},
		{"http://127.0.0.1:8080/p", "http://127.0.0.1:8080/p"},
	}
	for _, tt := range tests {
		got, err := Canonical(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("Canonical(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
	}
	for _, bad := range []string{"ftp://x.example/", "/relative", "http://"} {
		if _, err := Canonical(bad); err == nil {
			t.Errorf("Canonical(%q): no error", bad)
		}
	}
}

func TestRecordRunBacksOff(t *testing.T) {
	s, err := OpenStore(t.TempDir(), time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	start := time.Date(2025, 11, 20, 10, 0, 0, 0, time.UTC)
	bad := Stats{Requests: 2, Errors: 2, Duration: time.Second}
	ss, err := s.RecordRun("flaky", start, bad, nil, 10*time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	if ss.Failures != 1 || ss.BackoffUntil.Sub(ss.LastEnd) != 10*time.Minute {
		t.Errorf("after one failure: %d failures, back-off %v", ss.Failures, ss.BackoffUntil.Sub(ss.LastEnd))
	}
	ss, _ = s.RecordRun("flaky", start.Add(time.Hour), bad, nil, 10*time.Minute)
	if ss.Failures != 2 || ss.BackoffUntil.Sub(ss.LastEnd) != 20*time.Minute {
		t.Errorf("after two failures: %d failures, back-off %v", ss.Failures, ss.BackoffUntil.Sub(ss.LastEnd))
	}
	for range 20 {
		ss, _ = s.RecordRun("flaky", start.Add(2*time.Hour), bad, nil, 10*time.Minute)
	}
	if ss.BackoffUntil.Sub(ss.LastEnd) != maxSourceBackoff {
		t.Errorf("back-off not capped: %v", ss.BackoffUntil.Sub(ss.LastEnd))
	}
	ss, _ = s.RecordRun("flaky", start.Add(3*time.Hour), Stats{Requests: 3, Articles: 1, Statements: 4}, nil, 10*time.Minute)
	if ss.Failures != 0 || !ss.BackoffUntil.IsZero() || ss.Runs != 23 || ss.Statements != 4 {
		t.Errorf("after a good run: %+v", ss)
	}
	all, err := s.Sources()
	if err != nil || len(all) != 1 {
		t.Errorf("Sources = %v, %v", all, err)
	}
}

func TestLinks(t *testing.T) {
	page := `<html><head><link rel="alternate" type="application/rss+xml" href="/rss.xml">
<link rel="stylesheet" href="/s.css"><link rel="alternate" hreflang="de" href="/de/"></head>
<body><a href="/a.html">A</a><a href="#top">top</a><a href='javascript:void(0)'>x</a><a name="n">no href</a>
<A HREF=" /b.html ">B</A></body></html>`
	hrefs, feeds := links([]byte(page))
	if got := strings.Join(hrefs, " "); got != "/a.html /b.html" {
		t.Errorf("hrefs = %q", got)
	}
	if got := strings.Join(feeds, " "); got != "/rss.xml" {
		t.Errorf("feeds = %q", got)
	}
}

func TestPageKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://x.example/", "https://x.example/"},
		{"https://x.example/index.html", "https://x.example/"},
		{"https://x.example/news/story/", "https://x.example/news/story"},
		{"https://x.example/news/story", "https://x.example/news/story"},
		{"https://x.example/news/story/Index.PHP", "https://x.example/news/story"},
		{"https://x.example/news/story/default.aspx?id=4", "https://x.example/news/story?id=4"},
		{"https://x.example/news/story/?id=4", "https://x.example/news/story?id=4"},
		{"https://x.example/news/indexes.html", "https://x.example/news/indexes.html"},
		{"https://x.example/news/story.html", "https://x.example/news/story.html"},
		{"https://x.example/a/?next=/b/", "https://x.example/a?next=/b/"},
		{"https://x.example", "https://x.example"},
	}
	for _, tt := range tests {
		if got := string(pageKey(tt.in)); got != tt.want {
			t.Errorf("pageKey(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestStoreFoldsURLVariants(t *testing.T) {
	s, err := OpenStore(t.TempDir(), time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.Put(PageState{Done: true, Status: 200}, "https://x.example/news/story/"); err != nil {
		t.Fatal(err)
	}
	for _, u := range []string{"https://x.example/news/story", "https://x.example/news/story/index.html", "https://x.example/news/story/"} {
		if !s.Done(u) {
			t.Errorf("Done(%s) = false after the page was stored under its trailing-slash form", u)
		}
	}
	if s.Done("https://x.example/news/other/") {
		t.Error("Done for a page never stored")
	}
}

// TestStoreMigratesOldKeys: a state written before page keys were folded
// (keys with a trailing slash or an index file) is upgraded on open, once,
// and a done state wins where two old keys fold into one.
func TestStoreMigratesOldKeys(t *testing.T) {
	dir := t.TempDir()
	s, err := OpenStore(dir, time.Second)
	if err != nil {
		t.Fatal(err)
	}
	done, _ := json.Marshal(PageState{Done: true, Status: 200, Statements: 4})
	failed, _ := json.Marshal(PageState{Status: 503, Failures: 1})
	// Write as an older version did: raw keys, and no version mark.
	err = s.db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketPages)
		for k, v := range map[string][]byte{
			"https://x.example/news/story/":           done,
			"https://x.example/news/story/index.html": failed,
			"https://x.example/other/":                failed,
			"https://x.example/kept.html":             done,
		} {
			if err := b.Put([]byte(k), v); err != nil {
				return err
			}
		}
		return tx.DeleteBucket(bucketMeta)
	})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()

	s, err = OpenStore(dir, time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if st, ok, _ := s.Get("https://x.example/news/story"); !ok || !st.Done || st.Statements != 4 {
		t.Errorf("folded story = %+v, %v; want the done state", st, ok)
	}
	if st, ok, _ := s.Get("https://x.example/other"); !ok || st.Done || st.Failures != 1 {
		t.Errorf("folded other = %+v, %v", st, ok)
	}
	if !s.Done("https://x.example/kept.html") {
		t.Error("a key that needed no change was lost")
	}
	var raw []string
	s.db.View(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketPages).ForEach(func(k, _ []byte) error {
			raw = append(raw, string(k))
			return nil
		})
	})
	if len(raw) != 3 {
		t.Errorf("keys after upgrade = %q, want 3 folded keys", raw)
	}
}
