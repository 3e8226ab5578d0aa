package demosite

import (
	"bytes"
	"encoding/xml"
	"time"
)

func marshalXML(v any) []byte {
	var buf bytes.Buffer
	buf.WriteString(xml.Header)
	enc := xml.NewEncoder(&buf)
	enc.Indent("", "  ")
	if err := enc.Encode(v); err != nil {
		panic(err) // the values are fixed structs of strings
	}
	buf.WriteString("\n")
	return buf.Bytes()
}

func (s *site) robots(base string) []byte {
	return []byte("# robots.txt for " + SiteName + "\n" +
		"# Unpublished drafts are not for crawlers.\n" +
		"User-agent: *\n" +
		"Disallow: " + DisallowedPrefix + "\n" +
		"\n" +
		"Sitemap: " + base + "/sitemap.xml\n")
}

type rssDoc struct {
	XMLName xml.Name   `xml:"rss"`
	Version string     `xml:"version,attr"`
	DC      string     `xml:"xmlns:dc,attr"`
	Channel rssChannel `xml:"channel"`
}

type rssChannel struct {
	Title         string    `xml:"title"`
	Link          string    `xml:"link"`
	Description   string    `xml:"description"`
	Language      string    `xml:"language"`
	Copyright     string    `xml:"copyright"`
	LastBuildDate string    `xml:"lastBuildDate"`
	TTL           int       `xml:"ttl"`
	Items         []rssItem `xml:"item"`
}

type rssItem struct {
	Title       string  `xml:"title"`
	Link        string  `xml:"link"`
	GUID        rssGUID `xml:"guid"`
	PubDate     string  `xml:"pubDate"`
	Creator     string  `xml:"dc:creator,omitempty"`
	Category    string  `xml:"category"`
	Description string  `xml:"description"`
}

type rssGUID struct {
	IsPermaLink string `xml:"isPermaLink,attr"`
	Value       string `xml:",chardata"`
}

// feed is the RSS 2.0 feed: every article marked for the feed (the oldest
// few are not, so a crawler must follow links to find them), drafts
// included.
func (s *site) feed(base string) []byte {
	ch := rssChannel{
		Title:       SiteName,
		Link:        base + "/",
		Description: "News from Port Alder and the bay.",
		Language:    "en-us",
		Copyright:   "Copyright 2025 " + SiteName,
		TTL:         30,
	}
	for _, a := range s.articles {
		if !a.InFeed {
			continue
		}
		if ch.LastBuildDate == "" {
			ch.LastBuildDate = a.Published.Format(time.RFC1123Z)
		}
		ch.Items = append(ch.Items, rssItem{
			Title:       a.Title,
			Link:        base + a.Path,
			GUID:        rssGUID{IsPermaLink: "true", Value: base + a.Path},
			PubDate:     a.Published.Format(time.RFC1123Z),
			Creator:     byline(a.Authors),
			Category:    sectionName(a.Section),
			Description: a.Teaser,
		})
	}
	return marshalXML(rssDoc{Version: "2.0", DC: "http://purl.org/dc/elements/1.1/", Channel: ch})
}

const sitemapNS = "http://www.sitemaps.org/schemas/sitemap/0.9"

type sitemapIndexDoc struct {
	XMLName  xml.Name     `xml:"sitemapindex"`
	XMLNS    string       `xml:"xmlns,attr"`
	Sitemaps []sitemapRef `xml:"sitemap"`
}

type sitemapRef struct {
	Loc     string `xml:"loc"`
	LastMod string `xml:"lastmod"`
}

type urlsetDoc struct {
	XMLName xml.Name `xml:"urlset"`
	XMLNS   string   `xml:"xmlns,attr"`
	URLs    []urlRef `xml:"url"`
}

type urlRef struct {
	Loc        string `xml:"loc"`
	LastMod    string `xml:"lastmod"`
	ChangeFreq string `xml:"changefreq"`
}

// newsCutoff splits the sitemaps: articles published on or after it are
// in /sitemaps/news.xml, older ones in /sitemaps/archive.xml.
var newsCutoff = time.Date(2025, time.November, 10, 0, 0, 0, 0, time.UTC)

func (s *site) sitemapIndex(base string) []byte {
	var newsMod, archMod time.Time
	for _, a := range s.articles {
		if !a.Published.Before(newsCutoff) {
			if a.Modified.After(newsMod) {
				newsMod = a.Modified
			}
		} else if a.Modified.After(archMod) {
			archMod = a.Modified
		}
	}
	return marshalXML(sitemapIndexDoc{XMLNS: sitemapNS, Sitemaps: []sitemapRef{
		{Loc: base + "/sitemaps/news.xml", LastMod: newsMod.Format(time.RFC3339)},
		{Loc: base + "/sitemaps/archive.xml", LastMod: archMod.Format(time.RFC3339)},
	}})
}

// urlset lists the article URLs of one sitemap (drafts included).
func (s *site) urlset(base string, news bool) []byte {
	doc := urlsetDoc{XMLNS: sitemapNS}
	for _, a := range s.articles {
		if a.Published.Before(newsCutoff) == news {
			continue
		}
		freq := "monthly"
		if news {
			freq = "daily"
		}
		doc.URLs = append(doc.URLs, urlRef{Loc: base + a.Path, LastMod: a.Modified.Format(time.RFC3339), ChangeFreq: freq})
	}
	return marshalXML(doc)
}
