// Package export writes indexed statements in the formats other tools
// read, RFC 4180 CSV and one JSON object per line, and reads the JSON
// Lines format back for import. Writers stream, so that exporting millions
// of statements needs no more memory than one page.
package export

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/quotewire/quotewire/index"
)

// CSVHeader is the CSV export's column order; keep it stable (new columns
// go at the end).
var CSVHeader = []string{"date", "speaker", "cue", "kind", "statement", "addressee", "outlet", "title", "url", "paragraph",
	"speaker_canonical", "role", "extracted", "id"}

// Statement is the stable JSON shape of one statement: the field names of
// `quotewire extract` statements plus the article's url, title, outlet and
// published date. Fields are only ever added, never renamed.
type Statement struct {
	Speaker          string `json:"speaker"`
	Cue              string `json:"cue"`
	Kind             string `json:"kind"`
	Text             string `json:"text"`
	To               string `json:"to"`
	Paragraph        int    `json:"paragraph"`
	URL              string `json:"url"`
	Title            string `json:"title"`
	Outlet           string `json:"outlet"`
	Published        string `json:"published"`
	Extracted        string `json:"extracted,omitempty"`
	ID               string `json:"id"`
	SpeakerCanonical string `json:"speaker_canonical,omitempty"`
	Role             string `json:"role,omitempty"`
}

// FromRecord converts an index record to its JSON shape.
func FromRecord(r index.Record) Statement {
	return Statement{
		Speaker: r.Speaker, Cue: r.Cue, Kind: r.Kind, Text: r.Text, To: r.To,
		Paragraph: r.Paragraph, URL: r.URL, Title: r.Title, Outlet: r.Outlet,
		Published: FormatTime(r.Published), Extracted: FormatTime(r.Extracted), ID: r.ID,
		SpeakerCanonical: r.SpeakerCanonical, Role: r.Role,
	}
}

// Record converts a statement back to an index record (SpeakerCanonical
// is left to the index). It fails on a missing speaker, text or url, and
// on dates that are not RFC 3339.
func (s Statement) Record() (index.Record, error) {
	r := index.Record{
		ID: s.ID, Speaker: s.Speaker, Cue: s.Cue, Kind: s.Kind, Text: s.Text, To: s.To,
		Paragraph: s.Paragraph, URL: s.URL, Title: s.Title, Outlet: s.Outlet, Role: s.Role,
	}
	switch {
	case strings.TrimSpace(s.Speaker) == "":
		return r, errors.New("missing speaker")
	case strings.TrimSpace(s.Text) == "":
		return r, errors.New("missing text")
	case strings.TrimSpace(s.URL) == "":
		return r, errors.New("missing url")
	}
	switch strings.ToLower(s.Kind) {
	case "", "direct", "indirect", "mixed":
	default:
		return r, fmt.Errorf("kind %q: want direct, indirect or mixed", s.Kind)
	}
	var err error
	if s.Published != "" {
		if r.Published, err = time.Parse(time.RFC3339Nano, s.Published); err != nil {
			return r, fmt.Errorf("published: %w", err)
		}
	}
	if s.Extracted != "" {
		if r.Extracted, err = time.Parse(time.RFC3339Nano, s.Extracted); err != nil {
			return r, fmt.Errorf("extracted: %w", err)
		}
	}
	return r, nil
}

// FormatTime formats t as RFC 3339 in UTC; the zero time is "".
func FormatTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}

// Options tune the CSV writer. The zero value is the default: no BOM,
// formula-like cells neutralised.
type Options struct {
	// BOM writes a UTF-8 byte order mark first, so that spreadsheet
	// programs read the file as UTF-8.
	BOM bool
	// NoSanitize turns off formula-injection protection: by default a cell
	// beginning with =, +, -, @, a tab or a carriage return is prefixed
	// with a single quote so that spreadsheets show it as text instead of
	// evaluating it.
	NoSanitize bool
}

// Sanitize neutralises a CSV cell that a spreadsheet would read as a
// formula, by prefixing a single quote.
func Sanitize(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// CSV writes every statement matching q to w as CSV with a header row,
// with the default Options, and returns how many rows it wrote.
func CSV(ctx context.Context, w io.Writer, ix *index.Index, q index.Query) (int, error) {
	return CSVWith(ctx, w, ix, q, Options{})
}

// CSVWith is CSV with options.
func CSVWith(ctx context.Context, w io.Writer, ix *index.Index, q index.Query, opts Options) (int, error) {
	if opts.BOM {
		if _, err := io.WriteString(w, "\uFEFF"); err != nil {
			return 0, fmt.Errorf("export: %w", err)
		}
	}
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
		row[10], row[11], row[12], row[13] = r.SpeakerCanonical, r.Role, FormatTime(r.Extracted), r.ID
		if !opts.NoSanitize {
			for i := range row {
				row[i] = Sanitize(row[i])
			}
		}
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

// LineError is a JSON Lines line that could not be read as a statement.
type LineError struct {
	Line int
	Err  error
}

func (e *LineError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }
func (e *LineError) Unwrap() error { return e.Err }

// maxLine is the longest JSON Lines line ReadJSONLines accepts.
const maxLine = 16 << 20

// ReadJSONLines reads statements in the JSONLines format from r and calls
// fn for each. A line that is not a valid statement is passed to bad as a
// *LineError: if bad returns nil the line is skipped, otherwise reading
// stops with that error. Blank lines are ignored. Errors from fn stop
// reading and are returned as they are.
func ReadJSONLines(r io.Reader, fn func(index.Record) error, bad func(*LineError) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), maxLine)
	line := 0
	for sc.Scan() {
		line++
		b := sc.Bytes()
		if len(strings.TrimSpace(string(b))) == 0 {
			continue
		}
		var s Statement
		dec := json.NewDecoder(strings.NewReader(string(b)))
		err := dec.Decode(&s)
		var rec index.Record
		if err == nil {
			rec, err = s.Record()
		}
		if err != nil {
			if berr := bad(&LineError{Line: line, Err: err}); berr != nil {
				return berr
			}
			continue
		}
		if err := fn(rec); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("export: read line %d: %w", line+1, err)
	}
	return nil
}
