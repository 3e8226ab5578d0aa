// Package archive keeps the raw HTTP responses of every fetched article in
// gzip-compressed WARC 1.1 files, so that extraction can later be re-run over
// everything ever fetched without touching the network.
//
// A [Writer] appends one WARC "response" record per fetched page to files
// named
//
//	quotewire-<UTC timestamp>-<serial>.warc.gz   e.g. quotewire-20251125T101500Z-00001.warc.gz
//
// rolling to a new file once the current one would grow past
// [Options.MaxFileSize]. Each file starts with a "warcinfo" record, and every
// record is its own gzip member (the usual .warc.gz convention), so the files
// can be read by any WARC tool. Each member also carries a small gzip "extra"
// subfield (ID "QW") holding the member's compressed length and record kind;
// other readers ignore it, and [Count] uses it to count records without
// decompressing them.
//
// [Walk] reads the files back oldest first. It accepts WARC files written by
// other tools too (compressed or not), delivering only HTTP response records.
package archive

import (
	"errors"
	"net/http"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// Record is one fetched page as stored in (and read back from) the archive.
type Record struct {
	// URL is the requested URL (WARC-Target-URI).
	URL string
	// Fetched is when the page was fetched (WARC-Date), stored with
	// nanosecond precision and read back in UTC.
	Fetched time.Time
	// Status is the HTTP status code, e.g. 200.
	Status int
	// Header holds the HTTP response headers.
	Header http.Header
	// Body is the response body exactly as passed to [Writer.Write].
	Body []byte
}

// Options configures a [Writer].
type Options struct {
	// MaxFileSize is the size in bytes (compressed, on disk) past which the
	// Writer starts a new file. A single record larger than this still goes
	// into a file of its own. Zero means 256 MiB.
	MaxFileSize int64
}

// DefaultMaxFileSize is the file size used when [Options.MaxFileSize] is zero.
const DefaultMaxFileSize = 256 << 20

// ErrClosed is returned by [Writer.Write] after [Writer.Close].
var ErrClosed = errors.New("archive: writer closed")

const (
	filePrefix   = "quotewire-"
	fileSuffix   = ".warc.gz"
	nameTimeFmt  = "20060102T150405Z"
	serialDigits = 5
)

// fileName returns the name of the WARC file with the given creation time and
// serial number.
func fileName(ts time.Time, serial int) string {
	s := strconv.Itoa(serial)
	if len(s) < serialDigits {
		s = strings.Repeat("0", serialDigits-len(s)) + s
	}
	return filePrefix + ts.UTC().Format(nameTimeFmt) + "-" + s + fileSuffix
}

// parseFileName reports the creation time and serial number encoded in a
// name produced by fileName.
func parseFileName(name string) (ts time.Time, serial int, ok bool) {
	name = filepath.Base(name)
	if !strings.HasPrefix(name, filePrefix) || !strings.HasSuffix(name, fileSuffix) {
		return time.Time{}, 0, false
	}
	mid := strings.TrimSuffix(strings.TrimPrefix(name, filePrefix), fileSuffix)
	tsPart, serialPart, found := strings.Cut(mid, "-")
	if !found {
		return time.Time{}, 0, false
	}
	ts, err := time.Parse(nameTimeFmt, tsPart)
	if err != nil {
		return time.Time{}, 0, false
	}
	serial, err = strconv.Atoi(serialPart)
	if err != nil || serial < 0 {
		return time.Time{}, 0, false
	}
	return ts, serial, true
}

// isWARCName reports whether a directory entry name looks like a WARC file.
func isWARCName(name string) bool {
	if strings.HasPrefix(name, ".") {
		return false
	}
	l := strings.ToLower(name)
	return strings.HasSuffix(l, ".warc.gz") || strings.HasSuffix(l, ".warc")
}
