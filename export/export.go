// Package export writes indexed statements in the formats other tools
// read: RFC 4180 CSV and one JSON object per line. Both stream, so that
// exporting millions of statements needs no more memory than one page.
package export

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"time"

	"github.com/quotewire/quotewire/index"
)

// CSVHeader is the CSV export's column order; keep it stable.
var CSVHeader = []string{"date", "speaker", "cue", "kind", "statement", "addressee", "outlet", "title", "url", "paragraph"}

// Statement is the stable JSON shape of one statement: the field names of
// `quotewire extract` statements plus the article's url, title, outlet and
// published date.
type Statement struct {
	Speaker   string `json:"speaker"`
	Cue       string `json:"cue"`
	Kind      string `json:"kind"`
	Text      string `json:"text"`
	To        string `json:"to"`
	Paragraph int    `json:"paragraph"`
	URL       string `json:"url"`
	Title     string `json:"title"`
	Outlet    string `json:"outlet"`
	Published string `json:"published"`
	Extracted string `json:"extracted,omitempty"`
	ID        string `json:"id"`
}

// FromRecord converts an index record to its JSON shape.
func FromRecord(r index.Record) Statement {
	return Statement{
		Speaker: r.Speaker, Cue: r.Cue, Kind: r.Kind, Text: r.Text, To: r.To,
		Paragraph: r.Paragraph, URL: r.URL, Title: r.Title, Outlet: r.Outlet,
		Published: FormatTime(r.Published), Extracted: FormatTime(r.Extracted), ID: r.ID,
	}
}

// FormatTime formats t as RFC 3339 in UTC; the zero time is "".
func FormatTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}

// CSV writes every statement matching q to w as CSV with a header row and
// returns how many rows it wrote.
func CSV(ctx context.Context, w io.Writer, ix *index.Index, q index.Query) (int, error) {
	cw := csv.NewWriter(w)
	if err := cw.Write(CSVHeader); err != nil {
		return 0, fmt.Errorf("export: %w", err)
	}
	n := 0
	row := make([]string, len(CSVHeader))
	err := ix.Export(ctx, q, func(r index.Record) error {
		row[0] = FormatTime(r.Published)
		row[1], row[2], row[3], row[4] = r.Speaker, r.Cue, r.Kind, r.Text
		row[5], row[6], row[7], row[8] = r.To, r.Outlet, r.Title, r.URL
		row[9] = strconv.Itoa(r.Paragraph)
		n++
		return cw.Write(row)
	})
	if err != nil {
		return n, fmt.Errorf("export: %w", err)
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return n, fmt.Errorf("export: %w", err)
	}
	return n, nil
}

// JSONLines writes every statement matching q to w, one JSON object per
// line, and returns how many it wrote.
func JSONLines(ctx context.Context, w io.Writer, ix *index.Index, q index.Query) (int, error) {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	n := 0
	err := ix.Export(ctx, q, func(r index.Record) error {
		n++
		return enc.Encode(FromRecord(r))
	})
	if err != nil {
		return n, fmt.Errorf("export: %w", err)
	}
	return n, nil
}
