package demosite

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"sort"
	"strings"
	"sync"
	"time"
)

var errNotFound = errors.New("demosite: not found")

// section is one navigation section; its page is /Slug/.
type section struct {
	Slug, Name, Blurb string
}

var sections = []section{
	{"city", "City", "Port Alder's council, schools, police and streets."},
	{"business", "Business", "Shipping, the docks and the money that moves through them."},
	{"world", "World", "Foreign news and diplomacy, from the wires and our correspondents."},
	{"science", "Science", "The bay, its wildlife and the people who study them."},
	{"blog", "Harbor Notes", "Our reporters' notebook: shorter, looser, and open to comments."},
}

func sectionName(slug string) string {
	for _, s := range sections {
		if s.Slug == slug {
			return s.Name
		}
	}
	return slug
}

// comment is one reader comment under a "comments" article.
type comment struct {
	Author string
	Time   time.Time
	Text   string
}

// article is an Article with everything its page needs.
type article struct {
	Article
	Modified     time.Time
	Section      string
	Authors      []string
	Teaser       string
	Tags         []string
	Image        string // file name under /static/img/
	ImageAlt     string
	Caption      string
	Credit       string
	InFeed       bool
	Body         template.HTML
	relatedPaths []string
	Related      []*article
	Comments     []comment
}

type site struct {
	articles []*article // newest first
	byPath   map[string]*article
	tags     map[string][]*article // tag slug -> articles, newest first
	tpl      map[string]*template.Template
}

var loadSite = sync.OnceValue(func() *site {
	s, err := load()
	if err != nil {
		panic(err)
	}
	return s
})

var pageTemplates = []string{"jsonld", "meta", "comments", "front", "section", "tag", "about", "photos", "notfound"}

func load() (*site, error) {
	s := &site{byPath: map[string]*article{}, tags: map[string][]*article{}, tpl: map[string]*template.Template{}}
	names, err := fs.Glob(siteFS, "site/articles/*.txt")
	if err != nil {
		return nil, err
	}
	for _, name := range names {
		data, err := fs.ReadFile(siteFS, name)
		if err != nil {
			return nil, err
		}
		a, err := parseArticle(string(data))
		if err != nil {
			return nil, fmt.Errorf("demosite: %s: %w", name, err)
		}
		if s.byPath[a.Path] != nil {
			return nil, fmt.Errorf("demosite: %s: duplicate path %s", name, a.Path)
		}
		s.byPath[a.Path] = a
		s.articles = append(s.articles, a)
	}
	sort.SliceStable(s.articles, func(i, j int) bool {
		return s.articles[i].Published.After(s.articles[j].Published)
	})
	for _, a := range s.articles {
		for _, p := range a.relatedPaths {
			r := s.byPath[p]
			if r == nil {
				return nil, fmt.Errorf("demosite: %s: unknown related article %s", a.Path, p)
			}
			a.Related = append(a.Related, r)
		}
		if !a.Disallowed {
			for _, t := range a.Tags {
				s.tags[t] = append(s.tags[t], a)
			}
		}
	}
	funcs := template.FuncMap{
		"sectionName": sectionName,
		"tagName":     tagName,
		"iso":         func(t time.Time) string { return t.Format(time.RFC3339) },
		"longDate":    func(t time.Time) string { return t.Format("January 2, 2006") },
		"shortDate":   shortDate,
		"clock":       func(t time.Time) string { return t.Format("Jan 2, 2006 at 3:04 pm") },
		"byline":      byline,
		"paragraphs":  paragraphs,
	}
	for _, name := range pageTemplates {
		t, err := template.New(name+".html").Funcs(funcs).ParseFS(siteFS, "site/templates/partials.html", "site/templates/"+name+".html")
		if err != nil {
			return nil, err
		}
		s.tpl[name] = t
	}
	return s, nil
}

// parseArticle reads one article file: "key: value" lines, then sections
// introduced by "=== name" lines (body, comments).
func parseArticle(src string) (*article, error) {
	a := &article{InFeed: true}
	head, rest, _ := strings.Cut(src, "\n=== ")
	for _, line := range strings.Split(head, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		k, v, ok := strings.Cut(line, ":")
		if !ok {
			return nil, fmt.Errorf("bad header line %q", line)
		}
		v = strings.TrimSpace(v)
		var err error
		switch strings.TrimSpace(k) {
		case "path":
			a.Path = v
		case "title":
			a.Title = v
		case "published":
			a.Published, err = time.Parse(time.RFC3339, v)
		case "modified":
			a.Modified, err = time.Parse(time.RFC3339, v)
		case "template":
			a.Template = v
		case "section":
			a.Section = v
		case "authors":
			a.Authors = splitList(v, ";")
		case "teaser":
			a.Teaser = v
		case "tags":
			a.Tags = splitList(v, ",")
		case "image":
			a.Image = v
		case "alt":
			a.ImageAlt = v
		case "caption":
			a.Caption = v
		case "credit":
			a.Credit = v
		case "feed":
			a.InFeed = v != "no"
		case "related":
			a.relatedPaths = splitList(v, ",")
		default:
			return nil, fmt.Errorf("unknown header %q", k)
		}
		if err != nil {
			return nil, err
		}
	}
	if rest != "" {
		for _, sec := range strings.Split("=== "+rest, "\n=== ") {
			sec = strings.TrimPrefix(sec, "=== ")
			name, text, _ := strings.Cut(sec, "\n")
			switch strings.TrimSpace(name) {
			case "body":
				a.Body = template.HTML(strings.TrimSpace(text))
			case "comments":
				cs, err := parseComments(text)
				if err != nil {
					return nil, err
				}
				a.Comments = cs
			default:
				return nil, fmt.Errorf("unknown section %q", name)
			}
		}
	}
	if a.Modified.IsZero() {
		a.Modified = a.Published
	}
	a.Disallowed = strings.HasPrefix(a.Path, DisallowedPrefix)
	switch {
	case a.Path == "" || a.Title == "" || a.Published.IsZero() || a.Section == "" || a.Body == "":
		return nil, errors.New("missing path, title, published, section or body")
	case a.Template != "jsonld" && a.Template != "meta" && a.Template != "comments":
		return nil, fmt.Errorf("unknown template %q", a.Template)
	}
	return a, nil
}

// parseComments reads blocks separated by blank lines: "Author | RFC 3339
// time" then the comment text.
func parseComments(src string) ([]comment, error) {
	var out []comment
	for _, block := range strings.Split(strings.TrimSpace(src), "\n\n") {
		head, text, _ := strings.Cut(strings.TrimSpace(block), "\n")
		author, when, ok := strings.Cut(head, "|")
		if !ok {
			return nil, fmt.Errorf("bad comment header %q", head)
		}
		t, err := time.Parse(time.RFC3339, strings.TrimSpace(when))
		if err != nil {
			return nil, err
		}
		out = append(out, comment{Author: strings.TrimSpace(author), Time: t, Text: strings.TrimSpace(text)})
	}
	return out, nil
}

func splitList(s, sep string) []string {
	var out []string
	for _, f := range strings.Split(s, sep) {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

func tagName(slug string) string {
	words := strings.Split(slug, "-")
	for i, w := range words {
		if w != "" {
			words[i] = strings.ToUpper(w[:1]) + w[1:]
		}
	}
	return strings.Join(words, " ")
}

// shortDate is AP style: "Nov. 3, 2025".
func shortDate(t time.Time) string {
	m := t.Format("Jan.")
	switch t.Month() {
	case time.March, time.April, time.May, time.June, time.July:
		m = t.Format("January")
	case time.September:
		m = "Sept."
	}
	return m + " " + t.Format("2, 2006")
}

// byline joins names as "A", "A and B" or "A, B and C".
func byline(names []string) string {
	switch len(names) {
	case 0:
		return ""
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// paragraphs splits plain text on blank lines (for comments).
func paragraphs(s string) []string {
	return splitList(strings.ReplaceAll(s, "\r", ""), "\n\n")
}

// pageData is what every page template receives.
type pageData struct {
	Site      string
	Base      string
	Path      string
	Canonical string
	Sections  []section
	Title     string
	Intro     string
	A         *article
	List      []*article
	MostRead  []*article
	JSONLD    template.JS
	Tags      []string
}

func (s *site) data(base, p string) *pageData {
	return &pageData{Site: SiteName, Base: base, Path: p, Canonical: base + p, Sections: sections}
}

func (s *site) exec(name string, d *pageData) ([]byte, error) {
	var buf bytes.Buffer
	if err := s.tpl[name].Execute(&buf, d); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// visible lists the articles that navigation pages link to, newest first
// (everything except the drafts).
func (s *site) visible() []*article {
	var out []*article
	for _, a := range s.articles {
		if !a.Disallowed {
			out = append(out, a)
		}
	}
	return out
}

// frontCount is how many articles the front page lists; older ones are only
// reachable through the section and tag pages.
const frontCount = 10

// page renders an HTML page for path p.
func (s *site) page(base, p string) ([]byte, error) {
	d := s.data(base, p)
	if a := s.byPath[p]; a != nil {
		d.A = a
		d.Title = a.Title
		d.MostRead = s.mostRead(a)
		if a.Template == "jsonld" {
			js, err := jsonLD(base, a)
			if err != nil {
				return nil, err
			}
			d.JSONLD = js
		}
		return s.exec(a.Template, d)
	}
	switch {
	case p == "/" || p == "/index.html":
		d.Canonical = base + "/"
		d.Title = SiteName + " — News from Port Alder and the bay"
		// The newest articles, drafts included: the editors put the
		// draft on the front page by mistake, so only robots.txt keeps a
		// polite crawler away from it.
		d.List = s.articles
		if len(d.List) > frontCount {
			d.List = d.List[:frontCount]
		}
		for t := range s.tags {
			d.Tags = append(d.Tags, t)
		}
		sort.Strings(d.Tags)
		return s.exec("front", d)
	case p == "/about.html":
		d.Title = "About " + SiteName
		return s.exec("about", d)
	case p == "/photos/":
		d.Title = "Photos of the week"
		d.List = s.withImages()
		return s.exec("photos", d)
	case strings.HasPrefix(p, "/tag/") && strings.HasSuffix(p, "/"):
		tag := strings.TrimSuffix(strings.TrimPrefix(p, "/tag/"), "/")
		if list := s.tags[tag]; list != nil {
			d.Title = "Stories tagged " + tagName(tag)
			d.List = list
			return s.exec("tag", d)
		}
	case strings.Count(p, "/") == 2 && strings.HasSuffix(p, "/"):
		slug := strings.Trim(p, "/")
		for _, sec := range sections {
			if sec.Slug == slug {
				d.Title = sec.Name
				d.Intro = sec.Blurb
				for _, a := range s.visible() {
					if a.Section == slug {
						d.List = append(d.List, a)
					}
				}
				return s.exec("section", d)
			}
		}
	}
	return nil, errNotFound
}

func (s *site) notFound(base, p string) ([]byte, error) {
	d := s.data(base, p)
	d.Title = "Page not found"
	return s.exec("notfound", d)
}

// mostRead is a fixed "most read" list: the five newest visible articles
// other than a.
func (s *site) mostRead(a *article) []*article {
	var out []*article
	for _, b := range s.visible() {
		if b != a && len(out) < 5 {
			out = append(out, b)
		}
	}
	return out
}

func (s *site) withImages() []*article {
	var out []*article
	for _, a := range s.visible() {
		if a.Image != "" {
			out = append(out, a)
		}
	}
	return out
}

// jsonLD builds the NewsArticle structured data of a "jsonld" article.
func jsonLD(base string, a *article) (template.JS, error) {
	type thing struct {
		Type string `json:"@type"`
		Name string `json:"name,omitempty"`
		URL  string `json:"url,omitempty"`
		ID   string `json:"@id,omitempty"`
		Logo *thing `json:"logo,omitempty"`
	}
	var authors []thing
	for _, n := range a.Authors {
		authors = append(authors, thing{Type: "Person", Name: n, URL: base + "/about.html#" + strings.ToLower(strings.ReplaceAll(n, " ", "-"))})
	}
	var images []string
	if a.Image != "" {
		images = []string{base + "/static/img/" + a.Image}
	}
	v := struct {
		Context          string   `json:"@context"`
		Type             string   `json:"@type"`
		MainEntityOfPage thing    `json:"mainEntityOfPage"`
		Headline         string   `json:"headline"`
		Description      string   `json:"description"`
		Image            []string `json:"image,omitempty"`
		DatePublished    string   `json:"datePublished"`
		DateModified     string   `json:"dateModified"`
		Author           []thing  `json:"author"`
		Publisher        thing    `json:"publisher"`
		ArticleSection   string   `json:"articleSection"`
		Keywords         []string `json:"keywords,omitempty"`
		InLanguage       string   `json:"inLanguage"`
	}{
		Context:          "https://schema.org",
		Type:             "NewsArticle",
		MainEntityOfPage: thing{Type: "WebPage", ID: base + a.Path},
		Headline:         a.Title,
		Description:      a.Teaser,
		Image:            images,
		DatePublished:    a.Published.Format(time.RFC3339),
		DateModified:     a.Modified.Format(time.RFC3339),
		Author:           authors,
		Publisher:        thing{Type: "NewsMediaOrganization", Name: SiteName, URL: base + "/", Logo: &thing{Type: "ImageObject", URL: base + "/static/img/logo.svg"}},
		ArticleSection:   sectionName(a.Section),
		Keywords:         a.Tags,
		InLanguage:       "en-US",
	}
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return "", err
	}
	return template.JS(b), nil
}
