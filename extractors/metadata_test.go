package extractors

import (
	"strings"
	"testing"
	"time"
)

func TestMetaParseDate(t *testing.T) {
	est := time.FixedZone("", -5*3600)
	cases := []struct {
		in   string
		want time.Time
		ok   bool
	}{
		{"2025-11-10T08:15:30Z", time.Date(2025, 11, 10, 8, 15, 30, 0, time.UTC), true},
		{"2025-11-10T08:15:30.250+01:00", time.Date(2025, 11, 10, 7, 15, 30, 250e6, time.UTC), true},
		{"2025-11-10T08:15-05:00", time.Date(2025, 11, 10, 8, 15, 0, 0, est), true},
		{"2025-11-10 08:15:30", time.Date(2025, 11, 10, 8, 15, 30, 0, time.UTC), true},
		{"2025-11-10T08:15:30-0500", time.Date(2025, 11, 10, 8, 15, 30, 0, est), true},
		{"2025-11-10", time.Date(2025, 11, 10, 0, 0, 0, 0, time.UTC), true},
		{"2025/11/10", time.Date(2025, 11, 10, 0, 0, 0, 0, time.UTC), true},
		{"20251110", time.Date(2025, 11, 10, 0, 0, 0, 0, time.UTC), true},
		{"November 10, 2025", time.Date(2025, 11, 10, 0, 0, 0, 0, time.UTC), true},
		{"Nov. 10, 2025 3:04 p.m. EST", time.Date(2025, 11, 10, 15, 4, 0, 0, est), true},
		{"10 Nov 2025", time.Date(2025, 11, 10, 0, 0, 0, 0, time.UTC), true},
		{"Mon, 10 Nov 2025 08:15:30 -0500", time.Date(2025, 11, 10, 8, 15, 30, 0, est), true},
		{"Monday 10th November 2025", time.Date(2025, 11, 10, 0, 0, 0, 0, time.UTC), true},
		{"Published Nov 10, 2025 at 12:30 am", time.Date(2025, 11, 10, 0, 30, 0, 0, time.UTC), true},
		{"10.11.2025", time.Date(2025, 11, 10, 0, 0, 0, 0, time.UTC), true},
		{"2025-02-30", time.Time{}, false},
		{"2025-13-01", time.Time{}, false},
		{"yesterday", time.Time{}, false},
		{"12345", time.Time{}, false},
		{"", time.Time{}, false},
	}
	for _, c := range cases {
		got, ok := parseDate(c.in)
		if ok != c.ok || ok && !got.Equal(c.want) {
			t.Errorf("parseDate(%q) = %v, %v; want %v, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}

func TestMetaDateInURL(t *testing.T) {
	for in, want := range map[string]string{
		"/2025/11/10/some-story":  "2025-11-10",
		"/news/2019-03-05-slug":   "2019-03-05",
		"/2025/11/story":          "",
		"/id/20251110123/story":   "",
		"/1850/01/01/old-archive": "",
	} {
		got, ok := dateInURL(in)
		s := ""
		if ok {
			s = got.Format("2006-01-02")
		}
		if s != want {
			t.Errorf("dateInURL(%q) = %q, want %q", in, s, want)
		}
	}
}

func TestMetaSplitAuthors(t *testing.T) {
	cases := []struct {
		in          string
		names, orgs string
	}{
		{"By Jane Doe and John Roe", "Jane Doe|John Roe", ""},
		{"By Jane Doe, Staff Writer", "Jane Doe", ""},
		{"BY Ana María de la Cruz | Updated 3 hours ago", "Ana María de la Cruz", ""},
		{"Associated Press", "", "Associated Press"},
		{"Reuters", "", "Reuters"},
		{"Staff", "", "Staff"},
		{"By Lee Kwan, Mara Holt & Dev Patel", "Lee Kwan|Mara Holt|Dev Patel", ""},
		{"https://www.example.com/people/jane", "", ""},
		{"By the time we arrived it had gone", "", ""},
	}
	for _, c := range cases {
		names, orgs := splitAuthors(c.in)
		if strings.Join(names, "|") != c.names || strings.Join(orgs, "|") != c.orgs {
			t.Errorf("splitAuthors(%q) = %q, %q; want %q, %q", c.in, names, orgs, c.names, c.orgs)
		}
	}
}

func TestMetaTitleAndLanguage(t *testing.T) {
	titles := []struct{ title, site, host, want, suffix string }{
		{"Ferry crews strike | The Harbor Ledger", "The Harbor Ledger", "", "Ferry crews strike", "The Harbor Ledger"},
		{"Ferry crews strike - Harbor Ledger", "", "www.harborledger.example", "Ferry crews strike", "Harbor Ledger"},
		{"Harbor Ledger | Ferry crews strike again today", "Harbor Ledger", "", "Ferry crews strike again today", "Harbor Ledger"},
		{"Cats - the musical - returns", "Stage Weekly", "stage.example", "Cats - the musical - returns", ""},
	}
	for _, c := range titles {
		got, suffix := stripSiteSuffix(c.title, c.site, c.host)
		if got != c.want || suffix != c.suffix {
			t.Errorf("stripSiteSuffix(%q) = %q, %q; want %q, %q", c.title, got, suffix, c.want, c.suffix)
		}
	}
	for in, want := range map[string]string{"en": "en", "EN-us": "en-US", "en_GB": "en-GB", "pt-br,en": "pt-BR", "zz-!!": "", "": ""} {
		if got := normalizeLang(in); got != want {
			t.Errorf("normalizeLang(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestMetaFutureDate checks that dates after the extraction time are not
// taken as the publication date.
func TestMetaFutureDate(t *testing.T) {
	page := `<html><head><meta property="article:published_time" content="2030-05-01T00:00:00Z"></head><body>
<article><p>Short.</p></article><div class="related"><time datetime="2020-01-01">old</time></div></body></html>`
	now := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	a := extractAt(t, []byte(page), "", nil, now)
	if !a.Published.IsZero() {
		t.Errorf("published %v, want none", a.Published)
	}
}
