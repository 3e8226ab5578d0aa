// Package config loads and validates quotewire's configuration file: the
// global crawl settings and the news sources to watch.
//
// The file is YAML. Unknown keys, bad durations, bad cron schedules, bad
// URLs and bad link patterns are reported with the file name, the line and
// the key, so that a typo never silently turns into a default.
package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net"
	"net/url"
	"os"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/robfig/cron/v3"
	"gopkg.in/yaml.v3"
)

// Defaults used when a key is absent.
const (
	DefaultDataDir   = "quotewire-data"
	DefaultUserAgent = "quotewire/0.1 (+https://github.com/quotewire/quotewire; news statement indexer)"
	DefaultDelay     = 2 * time.Second
	DefaultTimeout   = 30 * time.Second
	DefaultMaxBody   = 10 << 20
	DefaultMaxPages  = 500
	DefaultSchedule  = "@every 1h"
	DefaultListen    = "127.0.0.1:0"
)

// Config is the whole configuration file.
type Config struct {
	// DataDir is the folder holding the index and the crawl state.
	DataDir string `yaml:"data"`
	// UserAgent is sent with every request; it names the program.
	UserAgent string `yaml:"user_agent"`
	// Delay is the minimum time between two requests to the same host.
	Delay time.Duration `yaml:"delay"`
	// Parallelism is how many requests may be in flight to one host.
	Parallelism int `yaml:"parallelism"`
	// Timeout bounds one request, from connect to the end of the body.
	Timeout time.Duration `yaml:"timeout"`
	// MaxBody is the largest response body read, in bytes.
	MaxBody int `yaml:"max_body"`
	// Listen is the address of the daemon's local HTTP API (search,
	// export, status, metrics). Port 0 picks a free port; the address in
	// use is written to daemon.json in the data folder.
	Listen string `yaml:"listen"`
	// Sources are the sites to watch.
	Sources []Source `yaml:"sources"`

	// File is the path the configuration was read from ("" for defaults).
	File string `yaml:"-"`
}

// Source is one news site (or one part of one) to crawl.
type Source struct {
	// Name identifies the source in logs, `crawl --source` and status.
	Name string `yaml:"name"`
	// Start are plain pages to start from (front pages, section pages).
	Start []string `yaml:"start"`
	// Feeds are RSS or Atom feed URLs; every entry is a candidate article.
	Feeds []string `yaml:"feeds"`
	// Sitemaps are XML sitemap or sitemap-index URLs.
	Sitemaps []string `yaml:"sitemaps"`
	// AllowedHosts are the hosts the crawler may fetch from. Empty: the
	// hosts of the start, feed and sitemap URLs.
	AllowedHosts []string `yaml:"allowed_hosts"`
	// Schedule is a robfig/cron expression ("*/30 * * * *", "@every 30m",
	// "@hourly") for the daemon.
	Schedule string `yaml:"schedule"`
	// Follow are regular expressions; a link found on a page is followed
	// only if its absolute URL matches one of them. Empty: follow every link
	// on an allowed host.
	Follow []string `yaml:"follow"`
	// MaxPages caps the pages fetched in one run of this source.
	MaxPages int `yaml:"max_pages"`
	// Delay overrides the global per-host delay for this source.
	Delay time.Duration `yaml:"delay"`

	// FollowRE are the compiled Follow patterns.
	FollowRE []*regexp.Regexp `yaml:"-"`
}

// Default returns the configuration used when no file is given: default
// crawl settings and no sources.
func Default() *Config {
	c := &Config{}
	c.applyDefaults()
	return c
}

// Load reads and validates the configuration file at path.
func Load(path string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	return Parse(path, data)
}

// Parse validates configuration data; name is used in error messages.
func Parse(name string, data []byte) (*Config, error) {
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return nil, fmt.Errorf("config: %s: %s", name, strings.TrimPrefix(err.Error(), "yaml: "))
	}
	c := &Config{File: name}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(c); err != nil && !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("config: %s", cleanYAMLError(name, err))
	}
	lines := map[string]int{}
	if len(root.Content) > 0 {
		nodeLines(root.Content[0], "", lines)
	}
	c.applyDefaults()
	if err := c.validate(lines); err != nil {
		return nil, err
	}
	return c, nil
}

var yamlLine = regexp.MustCompile(`line (\d+): `)

// cleanYAMLError rewrites a yaml.v3 decoding error as "file:line: problem".
func cleanYAMLError(name string, err error) string {
	s := strings.TrimPrefix(err.Error(), "yaml: ")
	s = strings.TrimPrefix(s, "unmarshal errors:\n  ")
	s = strings.ReplaceAll(s, "\n  ", "; ")
	s = strings.ReplaceAll(s, "in type config.Config", "at the top level")
	s = strings.ReplaceAll(s, "in type config.Source", "in a source")
	s = strings.ReplaceAll(s, "field ", "unknown key ")
	s = strings.ReplaceAll(s, " not found", "")
	return yamlLine.ReplaceAllString(s, name+":$1: ")
}

// nodeLines records the line of every key path ("sources[0].schedule").
func nodeLines(n *yaml.Node, path string, out map[string]int) {
	switch n.Kind {
	case yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			k := n.Content[i]
			p := k.Value
			if path != "" {
				p = path + "." + k.Value
			}
			out[p] = k.Line
			nodeLines(n.Content[i+1], p, out)
		}
	case yaml.SequenceNode:
		for i, c := range n.Content {
			p := path + "[" + strconv.Itoa(i) + "]"
			out[p] = c.Line
			nodeLines(c, p, out)
		}
	}
}

func (c *Config) applyDefaults() {
	if c.DataDir == "" {
		c.DataDir = DefaultDataDir
	}
	if c.UserAgent == "" {
		c.UserAgent = DefaultUserAgent
	}
	if c.Delay == 0 {
		c.Delay = DefaultDelay
	}
	if c.Listen == "" {
		c.Listen = DefaultListen
	}
	if c.Parallelism == 0 {
		c.Parallelism = 1
	}
	if c.Timeout == 0 {
		c.Timeout = DefaultTimeout
	}
	if c.MaxBody == 0 {
		c.MaxBody = DefaultMaxBody
	}
	for i := range c.Sources {
		s := &c.Sources[i]
		if s.Schedule == "" {
			s.Schedule = DefaultSchedule
		}
		if s.MaxPages == 0 {
			s.MaxPages = DefaultMaxPages
		}
		if s.Delay == 0 {
			s.Delay = c.Delay
		}
	}
}

// cronParser parses the schedules quotewire accepts: five fields, or
// descriptors such as @hourly and @every 30m.
var cronParser = cron.NewParser(cron.Minute | cron.Hour | cron.Dom | cron.Month | cron.Dow | cron.Descriptor)

// ParseSchedule parses a source's schedule.
func ParseSchedule(spec string) (cron.Schedule, error) {
	return cronParser.Parse(spec)
}

// Validate fills in defaults and checks the configuration, as Load does;
// use it after building or changing a Config in code.
func (c *Config) Validate() error {
	c.applyDefaults()
	return c.validate(nil)
}

func (c *Config) validate(lines map[string]int) error {
	var errs []error
	bad := func(key, format string, args ...any) {
		loc := c.File
		if l, ok := lines[key]; ok {
			loc += ":" + strconv.Itoa(l)
		}
		errs = append(errs, fmt.Errorf("config: %s: %s: %s", loc, key, fmt.Sprintf(format, args...)))
	}
	if c.Delay < 0 {
		bad("delay", "must not be negative")
	}
	if c.Parallelism < 0 {
		bad("parallelism", "must not be negative")
	}
	if c.Timeout < 0 {
		bad("timeout", "must not be negative")
	}
	if c.MaxBody < 0 {
		bad("max_body", "must not be negative")
	}
	if _, _, err := net.SplitHostPort(c.Listen); err != nil {
		bad("listen", "want HOST:PORT such as 127.0.0.1:7474: %v", err)
	}
	names := map[string]bool{}
	for i := range c.Sources {
		s := &c.Sources[i]
		key := fmt.Sprintf("sources[%d]", i)
		if s.Name == "" {
			bad(key, "a source needs a name")
		} else if names[s.Name] {
			bad(key+".name", "duplicate source name %q", s.Name)
		}
		names[s.Name] = true
		if len(s.Start)+len(s.Feeds)+len(s.Sitemaps) == 0 {
			bad(key, "source %q has no start, feeds or sitemaps", s.Name)
		}
		for field, list := range map[string][]string{"start": s.Start, "feeds": s.Feeds, "sitemaps": s.Sitemaps} {
			for j, u := range list {
				if err := checkURL(u); err != nil {
					bad(fmt.Sprintf("%s.%s[%d]", key, field, j), "%v", err)
				}
			}
		}
		for j, h := range s.AllowedHosts {
			if h == "" || strings.ContainsAny(h, "/ \t@?#") {
				bad(fmt.Sprintf("%s.allowed_hosts[%d]", key, j), "%q is not a host name", h)
			}
		}
		if _, err := ParseSchedule(s.Schedule); err != nil {
			bad(key+".schedule", "bad cron expression %q: %v", s.Schedule, err)
		}
		s.FollowRE = s.FollowRE[:0]
		for j, p := range s.Follow {
			re, err := regexp.Compile(p)
			if err != nil {
				bad(fmt.Sprintf("%s.follow[%d]", key, j), "bad pattern: %v", err)
				continue
			}
			s.FollowRE = append(s.FollowRE, re)
		}
		if s.MaxPages < 0 {
			bad(key+".max_pages", "must not be negative")
		}
		if s.Delay < 0 {
			bad(key+".delay", "must not be negative")
		}
		if len(s.AllowedHosts) == 0 {
			s.AllowedHosts = s.hosts()
		}
	}
	return errors.Join(errs...)
}

// hosts returns the distinct hosts of the source's start points.
func (s *Source) hosts() []string {
	var out []string
	seen := map[string]bool{}
	for _, list := range [][]string{s.Start, s.Feeds, s.Sitemaps} {
		for _, raw := range list {
			u, err := url.Parse(raw)
			if err != nil || u.Host == "" {
				continue
			}
			h := strings.ToLower(u.Hostname())
			if !seen[h] {
				seen[h] = true
				out = append(out, h)
			}
		}
	}
	return out
}

func checkURL(raw string) error {
	u, err := url.Parse(raw)
	if err != nil {
		return fmt.Errorf("bad URL %q: %w", raw, err)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return fmt.Errorf("bad URL %q: scheme must be http or https", raw)
	}
	if u.Host == "" {
		return fmt.Errorf("bad URL %q: no host", raw)
	}
	return nil
}

// Source returns the source called name.
func (c *Config) Source(name string) (*Source, bool) {
	for i := range c.Sources {
		if c.Sources[i].Name == name {
			return &c.Sources[i], true
		}
	}
	return nil, false
}
