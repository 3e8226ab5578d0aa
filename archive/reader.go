package archive

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"net/http/httputil"
	"net/textproto"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"
)

// maxPrealloc bounds the buffer allocated up front from a Content-Length
// field, so that a corrupt length cannot exhaust memory before the data runs out.
const maxPrealloc = 64 << 20

// Walk reads every WARC file in dir (*.warc.gz and *.warc), oldest first, and
// calls fn for each HTTP response record, in file order, with the Record
// reconstructed (URL, Fetched, Status, Header, Body). Other record types, and
// response records that do not hold an HTTP message, are skipped; a chunked
// Transfer-Encoding found in files written by other tools is decoded.
//
// A truncated last record (the writer was killed mid-write) is skipped
// without error. A corrupt file is reported with its name and offset and the
// walk moves on to the next file; such errors are joined and returned at the
// end. If fn returns an error, or ctx is cancelled, the walk stops and that
// error is returned (joined with any earlier file errors). A missing dir
// holds no records.
//
// Files are ordered by the creation time in their name for files written by
// [Writer] (then by serial number), by modification time for other files.
func Walk(ctx context.Context, dir string, fn func(Record) error) error {
	files, err := listFiles(dir)
	if err != nil {
		return err
	}
	var errs []error
	for _, path := range files {
		if err := ctx.Err(); err != nil {
			return joinErrs(errs, err)
		}
		stop, err := walkFile(ctx, path, fn)
		if stop {
			return joinErrs(errs, err)
		}
		if err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// Count returns the number of HTTP response records [Walk] would deliver from
// dir. For files written by [Writer] it reads only the gzip member headers,
// without decompressing; other files are parsed in full. Errors are reported
// as by Walk, with the count of what could be read. The header-only count
// does not verify checksums, so for a damaged file it may include records
// that Walk would report as corrupt; it is meant for progress reporting.
func Count(ctx context.Context, dir string) (int, error) {
	files, err := listFiles(dir)
	if err != nil {
		return 0, err
	}
	total := 0
	var errs []error
	for _, path := range files {
		if err := ctx.Err(); err != nil {
			return total, joinErrs(errs, err)
		}
		n, ok, err := quickCount(path)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if ok {
			total += n
			continue
		}
		n = 0
		stop, err := walkFile(ctx, path, func(Record) error { n++; return nil })
		total += n
		if stop {
			return total, joinErrs(errs, err)
		}
		if err != nil {
			errs = append(errs, err)
		}
	}
	return total, errors.Join(errs...)
}

// joinErrs joins earlier errors with a final one, returning last itself when
// there is nothing to join, so callers can compare it directly.
func joinErrs(earlier []error, last error) error {
	if len(earlier) == 0 {
		return last
	}
	return errors.Join(append(earlier, last)...)
}

// listFiles returns the WARC files in dir, oldest first.
func listFiles(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("archive: read directory %s: %w", dir, err)
	}
	type file struct {
		name   string
		ts     time.Time
		serial int
	}
	var files []file
	for _, e := range entries {
		if !e.Type().IsRegular() || !isWARCName(e.Name()) {
			continue
		}
		f := file{name: e.Name()}
		if ts, serial, ok := parseFileName(f.name); ok {
			f.ts, f.serial = ts, serial
		} else if info, err := e.Info(); err == nil {
			f.ts = info.ModTime()
		}
		files = append(files, f)
	}
	slices.SortFunc(files, func(a, b file) int {
		if c := a.ts.Compare(b.ts); c != 0 {
			return c
		}
		if a.serial != b.serial {
			return a.serial - b.serial
		}
		return strings.Compare(a.name, b.name)
	})
	paths := make([]string, len(files))
	for i, f := range files {
		paths[i] = filepath.Join(dir, f.name)
	}
	return paths, nil
}

// countingReader counts the bytes read through it.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// walkFile delivers the response records of one file to fn. stop reports that
// the walk must end (fn failed or ctx was cancelled) with err; otherwise err
// describes a corrupt or unreadable file.
func walkFile(ctx context.Context, path string, fn func(Record) error) (stop bool, err error) {
	f, err := os.Open(path)
	if err != nil {
		return false, fmt.Errorf("archive: %w", err)
	}
	defer f.Close()
	cr := &countingReader{r: f}
	br := bufio.NewReaderSize(cr, 256<<10)
	pos := func() int64 { return cr.n - int64(br.Buffered()) }

	// deliver reads the records from r and passes responses to fn. It returns
	// io.EOF once r is cleanly exhausted. When reading the file directly it
	// keeps recStart at the offset of the current record.
	var recStart int64
	deliver := func(r *bufio.Reader) (stop bool, err error) {
		for {
			if err := ctx.Err(); err != nil {
				return true, err
			}
			if r == br {
				recStart = pos()
			}
			rec, ok, err := readRecord(r)
			if err != nil {
				return false, err
			}
			if !ok {
				continue
			}
			if r != br {
				// Reach the end of the gzip member, if this record is its
				// last, so that its checksum is verified before delivery.
				if _, err := r.Peek(1); err != nil && err != io.EOF {
					return false, err
				}
			}
			if err := fn(rec); err != nil {
				return true, err
			}
		}
	}
	// atEOF reports whether the whole file has been consumed, i.e. an
	// unexpected end of data is a truncated last record.
	atEOF := func() bool {
		_, err := br.Peek(1)
		return err == io.EOF
	}
	corrupt := func(off int64, err error) error {
		return fmt.Errorf("archive: %s: corrupt at offset %d: %w", path, off, err)
	}

	magic, err := br.Peek(2)
	if len(magic) == 0 && err == io.EOF {
		return false, nil // empty file
	}
	if len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		var zr *gzip.Reader
		rb := bufio.NewReaderSize(nil, 64<<10)
		for {
			if err := ctx.Err(); err != nil {
				return true, err
			}
			off := pos()
			if atEOF() {
				return false, nil
			}
			if zr == nil {
				zr, err = gzip.NewReader(br)
			} else {
				err = zr.Reset(br)
			}
			if err != nil {
				if truncated(err) && atEOF() || zeroTail(br) {
					return false, nil
				}
				return false, corrupt(off, err)
			}
			zr.Multistream(false)
			rb.Reset(zr)
			stop, err := deliver(rb)
			if stop {
				return true, err
			}
			if err != io.EOF {
				if truncated(err) && atEOF() {
					return false, nil
				}
				return false, corrupt(off, err)
			}
		}
	}
	stop, err = deliver(br)
	switch {
	case stop:
		return true, err
	case err == io.EOF, truncated(err) && atEOF():
		return false, nil
	default:
		return false, corrupt(recStart, err)
	}
}

// truncated reports whether err means the data ended too early.
func truncated(err error) bool {
	return errors.Is(err, io.ErrUnexpectedEOF)
}

// zeroTail reports whether everything left in br is zero bytes, as a crash
// can leave behind at the end of a file on some filesystems.
func zeroTail(br *bufio.Reader) bool {
	buf := make([]byte, 32<<10)
	for {
		n, err := br.Read(buf)
		for _, c := range buf[:n] {
			if c != 0 {
				return false
			}
		}
		if err == io.EOF {
			return true
		}
		if err != nil {
			return false
		}
	}
}

// readRecord reads one WARC record from r. ok reports whether it is an HTTP
// response, delivered in rec. It returns io.EOF if r holds no further record,
// and an error wrapping io.ErrUnexpectedEOF if r ends inside a record.
func readRecord(r *bufio.Reader) (rec Record, ok bool, err error) {
	tp := textproto.NewReader(r)
	var version string
	for version == "" {
		line, err := tp.ReadLine()
		if err != nil {
			return Record{}, false, err // io.EOF: no more records
		}
		version = strings.TrimSpace(line)
	}
	if !strings.HasPrefix(version, "WARC/") {
		return Record{}, false, fmt.Errorf("expected WARC version line, found %.40q", version)
	}
	h, err := tp.ReadMIMEHeader()
	if err != nil {
		if err == io.EOF {
			err = io.ErrUnexpectedEOF
		}
		return Record{}, false, fmt.Errorf("WARC header: %w", err)
	}
	length, err := strconv.ParseInt(strings.TrimSpace(h.Get("Content-Length")), 10, 64)
	if err != nil || length < 0 {
		return Record{}, false, fmt.Errorf("bad WARC Content-Length %q", h.Get("Content-Length"))
	}
	typ := strings.ToLower(strings.TrimSpace(h.Get("Warc-Type")))
	ct := strings.ToLower(strings.TrimSpace(h.Get("Content-Type")))
	if typ != "response" || !strings.HasPrefix(ct, "application/http") {
		if n, err := io.CopyN(io.Discard, r, length); err != nil {
			if err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			return Record{}, false, fmt.Errorf("record block (%d of %d bytes): %w", n, length, err)
		}
		return Record{}, false, skipTrailer(r)
	}
	block, err := readBlock(r, length)
	if err != nil {
		return Record{}, false, err
	}
	if err := skipTrailer(r); err != nil {
		return Record{}, false, err
	}
	status, header, body, ok := parseHTTPResponse(block)
	if !ok {
		return Record{}, false, nil
	}
	rec = Record{
		URL:    strings.TrimSuffix(strings.TrimPrefix(strings.TrimSpace(h.Get("Warc-Target-Uri")), "<"), ">"),
		Status: status,
		Header: header,
		Body:   body,
	}
	if t, err := time.Parse(time.RFC3339, strings.TrimSpace(h.Get("Warc-Date"))); err == nil {
		rec.Fetched = t.UTC()
	}
	return rec, true, nil
}

// readBlock reads a record block of the given length.
func readBlock(r io.Reader, length int64) ([]byte, error) {
	var block []byte
	var err error
	if length <= maxPrealloc {
		block = make([]byte, length)
		_, err = io.ReadFull(r, block)
	} else {
		block, err = io.ReadAll(io.LimitReader(r, length))
		if err == nil && int64(len(block)) < length {
			err = io.ErrUnexpectedEOF
		}
	}
	if err == io.EOF {
		err = io.ErrUnexpectedEOF
	}
	if err != nil {
		return nil, fmt.Errorf("record block of %d bytes: %w", length, err)
	}
	return block, nil
}

// skipTrailer consumes the CRLFCRLF that ends a record, tolerating bare LFs
// and a missing trailer at the end of the data.
func skipTrailer(r *bufio.Reader) error {
	for range 4 {
		c, err := r.ReadByte()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		if c != '\r' && c != '\n' {
			return r.UnreadByte()
		}
	}
	return nil
}

// parseHTTPResponse splits an HTTP response message into status, header and
// body. ok is false if block is not an HTTP response.
func parseHTTPResponse(block []byte) (status int, header http.Header, body []byte, ok bool) {
	end, sep := bytes.Index(block, []byte("\r\n\r\n")), 4
	if lf := bytes.Index(block, []byte("\n\n")); lf >= 0 && (end < 0 || lf < end) {
		end, sep = lf, 2
	}
	head := block
	if end >= 0 {
		head, body = block[:end], block[end+sep:]
	} else {
		body = block[len(block):]
	}
	lines := strings.Split(strings.ReplaceAll(string(head), "\r\n", "\n"), "\n")
	proto, rest, _ := strings.Cut(strings.TrimSpace(lines[0]), " ")
	if !strings.HasPrefix(proto, "HTTP/") {
		return 0, nil, nil, false
	}
	code, _, _ := strings.Cut(strings.TrimSpace(rest), " ")
	status, err := strconv.Atoi(code)
	if err != nil || len(code) != 3 {
		return 0, nil, nil, false
	}
	header = make(http.Header)
	var last string
	for _, line := range lines[1:] {
		line = strings.TrimSuffix(line, "\r")
		if line == "" {
			continue
		}
		if (line[0] == ' ' || line[0] == '\t') && last != "" {
			vs := header[last]
			vs[len(vs)-1] += " " + strings.TrimSpace(line)
			continue
		}
		k, v, found := strings.Cut(line, ":")
		if !found {
			continue
		}
		last = textproto.CanonicalMIMEHeaderKey(strings.TrimSpace(k))
		header[last] = append(header[last], strings.Trim(v, " \t"))
	}
	if te := strings.ToLower(header.Get("Transfer-Encoding")); strings.Contains(te, "chunked") {
		if dec, err := io.ReadAll(httputil.NewChunkedReader(bytes.NewReader(body))); err == nil {
			body = dec
			header.Del("Transfer-Encoding")
		}
	}
	return status, header, body, true
}

// quickCount counts the response records of a file written by Writer from
// the gzip extra fields alone. ok is false if the file holds a member without
// that field, in which case the caller must parse the file.
func quickCount(path string) (n int, ok bool, err error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, false, fmt.Errorf("archive: %w", err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return 0, false, fmt.Errorf("archive: %w", err)
	}
	size := info.Size()
	var hdr [memberPrefixLen]byte
	for off := int64(0); off < size; {
		m, err := f.ReadAt(hdr[:], off)
		if m < len(hdr) {
			if err == io.EOF {
				return n, true, nil // truncated last member
			}
			return 0, false, fmt.Errorf("archive: read %s at offset %d: %w", path, off, err)
		}
		if hdr[0] != 0x1f || hdr[1] != 0x8b || hdr[3]&0x04 == 0 ||
			binary.LittleEndian.Uint16(hdr[10:]) != extraLen ||
			hdr[extraOffset] != extraSI1 || hdr[extraOffset+1] != extraSI2 ||
			binary.LittleEndian.Uint16(hdr[extraOffset+2:]) != extraDataLen {
			return 0, false, nil
		}
		length := int64(binary.LittleEndian.Uint64(hdr[extraOffset+5:]))
		if length < memberPrefixLen {
			return 0, false, nil
		}
		if off+length > size {
			return n, true, nil // truncated last member
		}
		if hdr[extraOffset+4] == kindResponse {
			n++
		}
		off += length
	}
	return n, true, nil
}
