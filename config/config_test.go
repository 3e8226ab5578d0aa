package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

const good = `# a comment
data: /tmp/qw
delay: 3s
sources:
  - name: ledger
    feeds: [https://news.example.com/feed.xml]
    start: [https://news.example.com/]
    schedule: "@every 30m"
    follow: ['^https://news\.example\.com/\d{4}/']
    max_pages: 50
  - name: other
    sitemaps: [https://other.example.org/sitemap.xml]
    delay: 10s
`

func TestParseGood(t *testing.T) {
	c, err := Parse("good.yaml", []byte(good))
	if err != nil {
		t.Fatal(err)
	}
	if c.DataDir != "/tmp/qw" || c.Delay != 3*time.Second || c.UserAgent != DefaultUserAgent {
		t.Errorf("globals = %q %v %q", c.DataDir, c.Delay, c.UserAgent)
	}
	if len(c.Sources) != 2 {
		t.Fatalf("sources = %d", len(c.Sources))
	}
	l := c.Sources[0]
	if l.MaxPages != 50 || len(l.FollowRE) != 1 || !l.FollowRE[0].MatchString("https://news.example.com/2025/x") {
		t.Errorf("ledger = %+v", l)
	}
	if got := strings.Join(l.AllowedHosts, ","); got != "news.example.com" {
		t.Errorf("allowed hosts = %q", got)
	}
	o := c.Sources[1]
	if o.Delay != 10*time.Second || o.Schedule != DefaultSchedule || o.MaxPages != DefaultMaxPages {
		t.Errorf("other = %+v", o)
	}
	if _, ok := c.Source("other"); !ok {
		t.Error("Source(other) not found")
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, data string
		want       []string
	}{
		{"unknown key", "sources:\n  - name: a\n    start: [http://a.example/]\n    shedule: '@hourly'\n", []string{"bad.yaml:4:", "unknown key shedule"}},
		{"unknown top key", "datadir: x\n", []string{"bad.yaml:1:", "unknown key datadir"}},
		{"bad cron", "sources:\n  - name: a\n    start: [http://a.example/]\n    schedule: '61 * * * *'\n", []string{"bad.yaml:4", "sources[0].schedule", "bad cron expression"}},
		{"bad url", "sources:\n  - name: a\n    feeds:\n      - ftp://a.example/feed\n", []string{"bad.yaml:4", "sources[0].feeds[0]", "scheme must be http or https"}},
		{"no host", "sources:\n  - name: a\n    start: ['http:///x']\n", []string{"sources[0].start[0]", "no host"}},
		{"bad pattern", "sources:\n  - name: a\n    start: [http://a.example/]\n    follow: ['(']\n", []string{"bad.yaml:4", "sources[0].follow[0]", "bad pattern"}},
		{"bad duration", "delay: soon\n", []string{"bad.yaml:1:", "time.Duration"}},
		{"duplicate name", "sources:\n  - name: a\n    start: [http://a.example/]\n  - name: a\n    start: [http://b.example/]\n", []string{"bad.yaml:4", "duplicate source name"}},
		{"no name", "sources:\n  - start: [http://a.example/]\n", []string{"sources[0]", "needs a name"}},
		{"nothing to crawl", "sources:\n  - name: a\n", []string{"has no start, feeds or sitemaps"}},
		{"not yaml", "sources: [\n", []string{"bad.yaml:"}},
		{"negative", "sources:\n  - name: a\n    start: [http://a.example/]\n    max_pages: -1\n", []string{"sources[0].max_pages", "negative"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("bad.yaml", []byte(tt.data))
			if err == nil {
				t.Fatal("no error")
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not contain %q", err, w)
				}
			}
		})
	}
}

func TestEmptyFileIsDefaults(t *testing.T) {
	c, err := Parse("empty.yaml", nil)
	if err != nil {
		t.Fatal(err)
	}
	if c.DataDir != DefaultDataDir || len(c.Sources) != 0 {
		t.Errorf("got %+v", c)
	}
}

func TestLoadExampleFile(t *testing.T) {
	// The example shipped in the repository must stay valid.
	c, err := Load(filepath.Join("..", "quotewire.example.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Sources) == 0 {
		t.Error("example has no sources")
	}
}

func TestLoadMissingFile(t *testing.T) {
	_, err := Load(filepath.Join(t.TempDir(), "nope.yaml"))
	if err == nil || !os.IsNotExist(unwrapAll(err)) {
		t.Errorf("err = %v", err)
	}
}

func unwrapAll(err error) error {
	for {
		u, ok := err.(interface{ Unwrap() error })
		if !ok {
			return err
		}
		err = u.Unwrap()
	}
}
