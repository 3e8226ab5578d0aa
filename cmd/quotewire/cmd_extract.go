package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/quotewire/quotewire/extractors"
)

type extractOptions struct {
	url string
}

func newExtractCommand(g *globalOptions) *cobra.Command {
	opts := &extractOptions{}
	cmd := &cobra.Command{
		Use:   "extract [--url URL] FILE...",
		Short: "Extract the article and statements from saved pages (no index)",
		Long: `Extract reads saved pages (.html, .html.gz, or plain .txt with one paragraph
per line; "-" is standard input) and prints one JSON object per input per
line with the fields input, url, title, authors, published, modified,
outlet, language, text (the body, paragraphs separated by blank lines) and
statements (each with speaker, cue, kind, text, to, paragraph). Nothing is
indexed. A file that cannot be read is reported on standard error and the
others are still extracted; the exit code is then 1.`,
		Example: `  quotewire extract saved/page.html
  quotewire extract --url https://news.example.com/2025/11/story.html page.html.gz
  curl -s https://news.example.com/story | quotewire extract --url https://news.example.com/story -`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usageError{errors.New("extract needs at least one FILE (or - for standard input)")}
			}
			return runExtract(cmd, opts, args)
		},
	}
	cmd.Flags().StringVar(&opts.url, "url", "", "the URL the page was fetched from (resolves relative links and dates in the URL)")
	return cmd
}

// extractResult is the stable JSON shape of one extracted input.
type extractResult struct {
	Input      string                 `json:"input"`
	URL        string                 `json:"url"`
	Title      string                 `json:"title"`
	Authors    []string               `json:"authors"`
	Published  string                 `json:"published"`
	Modified   string                 `json:"modified,omitempty"`
	Outlet     string                 `json:"outlet"`
	Language   string                 `json:"language"`
	Text       string                 `json:"text"`
	Statements []extractors.Statement `json:"statements"`
}

func runExtract(cmd *cobra.Command, opts *extractOptions, files []string) error {
	var pageURL *url.URL
	if opts.url != "" {
		u, err := url.Parse(opts.url)
		if err != nil || u.Host == "" {
			return usageError{fmt.Errorf("--url %q is not an absolute URL", opts.url)}
		}
		pageURL = u
	}
	enc := json.NewEncoder(cmd.OutOrStdout())
	enc.SetEscapeHTML(false)
	var errs []error
	for _, name := range files {
		art, err := extractFile(cmd.InOrStdin(), name, pageURL)
		if err != nil {
			fmt.Fprintf(cmd.ErrOrStderr(), "quotewire: extract %s: %v\n", name, err)
			errs = append(errs, fmt.Errorf("extract %s: %w", name, err))
			continue
		}
		res := extractResult{
			Input: name, URL: art.URL, Title: art.Title, Authors: art.Authors,
			Published: formatTime(art.Published, "2006-01-02T15:04:05Z07:00"),
			Modified:  formatTime(art.Modified, "2006-01-02T15:04:05Z07:00"),
			Outlet:    art.SiteName, Language: art.Language,
			Text:       strings.Join(art.Paragraphs, "\n\n"),
			Statements: extractors.ArticleStatements(art),
		}
		if res.Authors == nil {
			res.Authors = []string{}
		}
		if res.Statements == nil {
			res.Statements = []extractors.Statement{}
		}
		if err := enc.Encode(res); err != nil {
			return err
		}
	}
	if len(errs) > 0 {
		return fmt.Errorf("%d of %d inputs failed", len(errs), len(files))
	}
	return nil
}

// extractFile reads one input, by its name's ending: .gz is gunzipped,
// .txt is plain text, anything else (and standard input that starts like
// markup) is HTML.
func extractFile(stdin io.Reader, name string, pageURL *url.URL) (*extractors.Article, error) {
	var data []byte
	var err error
	if name == "-" {
		data, err = io.ReadAll(stdin)
	} else {
		data, err = os.ReadFile(name)
	}
	if err != nil {
		return nil, err
	}
	base := strings.ToLower(name)
	if strings.HasSuffix(base, ".gz") || bytes.HasPrefix(data, []byte{0x1f, 0x8b}) {
		zr, err := gzip.NewReader(bytes.NewReader(data))
		if err != nil {
			return nil, fmt.Errorf("gunzip: %w", err)
		}
		if data, err = io.ReadAll(zr); err != nil {
			return nil, fmt.Errorf("gunzip: %w", err)
		}
		base = strings.TrimSuffix(base, ".gz")
	}
	isText := strings.HasSuffix(base, ".txt") ||
		(name == "-" && !bytes.HasPrefix(bytes.TrimSpace(data), []byte("<")))
	if isText {
		art := extractors.FromText(string(data))
		if pageURL != nil {
			art.URL = pageURL.String()
		}
		return art, nil
	}
	return extractors.FromHTML(data, "", pageURL)
}
