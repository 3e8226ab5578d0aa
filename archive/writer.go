package archive

import (
	"bytes"
	"compress/gzip"
	"crypto/rand"
	"crypto/sha1"
	"encoding/base32"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Layout of the gzip extra field written in front of every member:
//
//	XLEN(2) = 13 | 'Q' 'W' | LEN(2) = 9 | kind(1) | member length(8, little endian)
//
// The header written by compress/gzip is 10 fixed bytes followed by XLEN, so
// the subfield starts at offset 12 of the member.
const (
	extraSI1        = 'Q'
	extraSI2        = 'W'
	extraDataLen    = 9
	extraLen        = 4 + extraDataLen
	extraOffset     = 12 // offset of SI1 within the member
	memberPrefixLen = extraOffset + extraLen

	kindOther    = 0 // e.g. warcinfo
	kindResponse = 1 // an HTTP response record
)

const (
	// maxBatch bounds how many concurrent Writes share one fsync.
	maxBatch = 256
	// compressionLevel trades CPU for space: on news HTML, level 2 costs
	// about a fifth of the CPU of the default level 6 for ~25% larger files.
	compressionLevel = 2
	// maxPooledBuf is the largest encode buffer kept for reuse.
	maxPooledBuf = 8 << 20
)

// recordEnd terminates every WARC record.
const recordEnd = "\r\n\r\n"

// Writer appends response records to WARC files in a directory (e.g.
// DATA/warc/quotewire-20251125T101500Z-00001.warc.gz), rolling to a new file
// past [Options.MaxFileSize]. It is safe for concurrent use.
//
// Files are created lazily by the first Write; a Writer opened on a directory
// that already holds WARC files never appends to them but starts a new file
// with a higher serial number. Concurrent Writes are group-committed: records
// that arrive while an fsync is in progress are appended together and made
// durable by a single following fsync.
type Writer struct {
	dir     string
	maxSize int64

	reqs      chan *writeReq
	closing   chan struct{}
	done      chan struct{}
	closeOnce sync.Once

	bufs sync.Pool // *bytes.Buffer
	zips sync.Pool // *gzip.Writer

	// The fields below are owned by the run goroutine; closeErr is read by
	// Close only after done is closed.
	f        *os.File
	path     string
	size     int64 // bytes written to f
	records  int   // response records in f
	serial   int   // highest serial seen or used in dir
	lastTS   time.Time
	closeErr error
}

// writeReq is one encoded record waiting to be appended and synced.
type writeReq struct {
	data []byte
	done chan error
}

// OpenWriter returns a Writer that stores WARC files in dir, creating dir if
// needed. Files already present in dir are left untouched.
func OpenWriter(dir string, opts Options) (*Writer, error) {
	if opts.MaxFileSize < 0 {
		return nil, fmt.Errorf("archive: negative MaxFileSize %d", opts.MaxFileSize)
	}
	maxSize := opts.MaxFileSize
	if maxSize == 0 {
		maxSize = DefaultMaxFileSize
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("archive: create directory %s: %w", dir, err)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("archive: read directory %s: %w", dir, err)
	}
	w := &Writer{
		dir:     dir,
		maxSize: maxSize,
		reqs:    make(chan *writeReq),
		closing: make(chan struct{}),
		done:    make(chan struct{}),
	}
	for _, e := range entries {
		if ts, serial, ok := parseFileName(e.Name()); ok {
			w.serial = max(w.serial, serial)
			if ts.After(w.lastTS) {
				w.lastTS = ts
			}
		}
	}
	go w.run()
	return w, nil
}

// Write stores one fetched page as a WARC "response" record
// (Content-Type application/http;msgtype=response, with WARC-Target-URI,
// WARC-Date, WARC-Record-ID, WARC-Block-Digest and WARC-Payload-Digest in
// sha1). It returns only once the record has been written and fsync'd, so a
// record whose Write returned nil survives a crash.
//
// The HTTP header block is written as rec.Header with keys sorted; since Body
// holds the already decoded body, a Transfer-Encoding header is left out and
// a Content-Length that disagrees with len(Body) is replaced by the real
// length, so the record stays readable by other WARC tools. A zero Fetched
// time means now.
func (w *Writer) Write(rec Record) error {
	select {
	case <-w.closing:
		return ErrClosed
	default:
	}
	buf := w.getBuf()
	defer w.putBuf(buf)
	if err := w.encodeResponse(buf, rec); err != nil {
		return err
	}
	req := &writeReq{data: buf.Bytes(), done: make(chan error, 1)}
	select {
	case w.reqs <- req:
	case <-w.closing:
		return ErrClosed
	}
	return <-req.done
}

// Close waits for pending writes, then syncs and closes the current file.
// Further Writes return [ErrClosed]. Close may be called more than once.
func (w *Writer) Close() error {
	w.closeOnce.Do(func() { close(w.closing) })
	<-w.done
	return w.closeErr
}

// run appends queued records to the current file and syncs them, one fsync
// per batch of requests that queued up while the previous fsync ran.
func (w *Writer) run() {
	defer close(w.done)
	batch := make([]*writeReq, 0, maxBatch)
	for {
		select {
		case r := <-w.reqs:
			batch = append(batch[:0], r)
		case <-w.closing:
			w.closeErr = w.closeFile()
			return
		}
	collect:
		for len(batch) < maxBatch {
			select {
			case r := <-w.reqs:
				batch = append(batch, r)
			default:
				break collect
			}
		}
		w.commit(batch)
		clear(batch)
	}
}

// commit appends the batch to the current file (rolling as needed), syncs,
// and answers every request.
func (w *Writer) commit(batch []*writeReq) {
	pending := make([]*writeReq, 0, len(batch)) // written to w.f, not yet synced
	answer := func(err error) {
		for _, p := range pending {
			p.done <- err
		}
		pending = pending[:0]
	}
	for _, r := range batch {
		if w.f != nil && w.records > 0 && w.size+int64(len(r.data)) > w.maxSize {
			answer(w.closeFile())
		}
		if w.f == nil {
			if err := w.openFile(); err != nil {
				r.done <- err
				continue
			}
		}
		if _, err := w.f.Write(r.data); err != nil {
			r.done <- fmt.Errorf("archive: write %s: %w", w.path, err)
			// Drop the partial member, then give up on this file; the next
			// record starts a new one.
			_ = w.f.Truncate(w.size)
			answer(w.closeFile())
			continue
		}
		w.size += int64(len(r.data))
		w.records++
		pending = append(pending, r)
	}
	if len(pending) == 0 {
		return
	}
	if err := w.f.Sync(); err != nil {
		// After a failed fsync the file's state is unknown: stop using it.
		err = fmt.Errorf("archive: sync %s: %w", w.path, err)
		_ = w.f.Close()
		w.f = nil
		answer(err)
		return
	}
	answer(nil)
}

// openFile creates the next WARC file, writes its warcinfo record and makes
// the new directory entry durable.
func (w *Writer) openFile() error {
	ts := time.Now().UTC().Truncate(time.Second)
	if ts.Before(w.lastTS) {
		ts = w.lastTS // keep names increasing even if the clock steps back
	}
	for range 1000 {
		w.serial++
		name := fileName(ts, w.serial)
		path := filepath.Join(w.dir, name)
		f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
		if errors.Is(err, fs.ErrExist) {
			continue // another writer took this serial
		}
		if err != nil {
			return fmt.Errorf("archive: create %s: %w", path, err)
		}
		buf := w.getBuf()
		err = w.encodeWarcinfo(buf, name, ts)
		if err == nil {
			_, err = f.Write(buf.Bytes())
		}
		w.putBuf(buf)
		if err == nil {
			err = syncDir(w.dir)
		}
		if err != nil {
			_ = f.Close()
			_ = os.Remove(path)
			return fmt.Errorf("archive: start %s: %w", path, err)
		}
		w.f, w.path, w.lastTS = f, path, ts
		w.size, _ = f.Seek(0, 1)
		w.records = 0
		return nil
	}
	return fmt.Errorf("archive: no free file name in %s", w.dir)
}

// closeFile syncs and closes the current file, if any.
func (w *Writer) closeFile() error {
	if w.f == nil {
		return nil
	}
	f, path := w.f, w.path
	w.f = nil
	err := f.Sync()
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("archive: close %s: %w", path, err)
	}
	return nil
}

// syncDir fsyncs a directory so that newly created entries survive a crash.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	err = d.Sync()
	if cerr := d.Close(); err == nil {
		err = cerr
	}
	return err
}

func (w *Writer) getBuf() *bytes.Buffer {
	if b, ok := w.bufs.Get().(*bytes.Buffer); ok {
		b.Reset()
		return b
	}
	return new(bytes.Buffer)
}

func (w *Writer) putBuf(b *bytes.Buffer) {
	if b.Cap() <= maxPooledBuf {
		w.bufs.Put(b)
	}
}

// encodeResponse encodes rec as one gzip member holding a WARC response record.
func (w *Writer) encodeResponse(buf *bytes.Buffer, rec Record) error {
	if rec.URL == "" {
		return errors.New("archive: record has no URL")
	}
	if strings.ContainsFunc(rec.URL, func(r rune) bool { return r < ' ' || r == 0x7f }) {
		return fmt.Errorf("archive: URL %q contains control characters", rec.URL)
	}
	if rec.Status < 100 || rec.Status > 999 {
		return fmt.Errorf("archive: %s: invalid HTTP status %d", rec.URL, rec.Status)
	}
	fetched := rec.Fetched
	if fetched.IsZero() {
		fetched = time.Now()
	}
	head := httpHead(rec.Status, rec.Header, len(rec.Body))

	bh := sha1.New()
	bh.Write(head)
	bh.Write(rec.Body)
	payload := sha1.Sum(rec.Body)

	var wh strings.Builder
	wh.WriteString("WARC/1.1\r\n")
	wh.WriteString("WARC-Type: response\r\n")
	wh.WriteString("WARC-Record-ID: " + newRecordID() + "\r\n")
	wh.WriteString("WARC-Date: " + fetched.UTC().Format(time.RFC3339Nano) + "\r\n")
	wh.WriteString("WARC-Target-URI: " + rec.URL + "\r\n")
	wh.WriteString("WARC-Block-Digest: sha1:" + base32.StdEncoding.EncodeToString(bh.Sum(nil)) + "\r\n")
	wh.WriteString("WARC-Payload-Digest: sha1:" + base32.StdEncoding.EncodeToString(payload[:]) + "\r\n")
	wh.WriteString("Content-Type: application/http;msgtype=response\r\n")
	wh.WriteString("Content-Length: " + strconv.Itoa(len(head)+len(rec.Body)) + "\r\n\r\n")

	return w.gzipMember(buf, kindResponse, []byte(wh.String()), head, rec.Body, []byte(recordEnd))
}

// encodeWarcinfo encodes the warcinfo record that opens each file.
func (w *Writer) encodeWarcinfo(buf *bytes.Buffer, name string, ts time.Time) error {
	block := []byte("software: quotewire\r\n" +
		"format: WARC File Format 1.1\r\n" +
		"conformsTo: http://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/\r\n")
	digest := sha1.Sum(block)
	head := "WARC/1.1\r\n" +
		"WARC-Type: warcinfo\r\n" +
		"WARC-Record-ID: " + newRecordID() + "\r\n" +
		"WARC-Date: " + ts.UTC().Format(time.RFC3339) + "\r\n" +
		"WARC-Filename: " + name + "\r\n" +
		"WARC-Block-Digest: sha1:" + base32.StdEncoding.EncodeToString(digest[:]) + "\r\n" +
		"Content-Type: application/warc-fields\r\n" +
		"Content-Length: " + strconv.Itoa(len(block)) + "\r\n\r\n"
	return w.gzipMember(buf, kindOther, []byte(head), block, []byte(recordEnd))
}

// gzipMember compresses parts into buf as a single gzip member and records
// the member's kind and total length in its extra field.
func (w *Writer) gzipMember(buf *bytes.Buffer, kind byte, parts ...[]byte) error {
	zw, _ := w.zips.Get().(*gzip.Writer)
	if zw == nil {
		var err error
		if zw, err = gzip.NewWriterLevel(buf, compressionLevel); err != nil {
			return fmt.Errorf("archive: compress: %w", err)
		}
	} else {
		zw.Reset(buf)
	}
	defer w.zips.Put(zw)
	zw.Extra = make([]byte, extraLen)
	zw.Extra[0], zw.Extra[1] = extraSI1, extraSI2
	binary.LittleEndian.PutUint16(zw.Extra[2:], extraDataLen)
	for _, p := range parts {
		if _, err := zw.Write(p); err != nil {
			return fmt.Errorf("archive: compress: %w", err)
		}
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("archive: compress: %w", err)
	}
	b := buf.Bytes()
	if len(b) < memberPrefixLen || b[3]&0x04 == 0 ||
		binary.LittleEndian.Uint16(b[10:]) != extraLen || b[extraOffset] != extraSI1 {
		return errors.New("archive: unexpected gzip header layout")
	}
	b[extraOffset+4] = kind
	binary.LittleEndian.PutUint64(b[extraOffset+5:], uint64(len(b)))
	return nil
}

// httpHead renders the status line and header block of an HTTP response.
// Keys are sorted; keys that are not valid field names are dropped and line
// breaks inside values become spaces, as net/http does.
func httpHead(status int, h http.Header, bodyLen int) []byte {
	var b bytes.Buffer
	b.WriteString("HTTP/1.1 " + strconv.Itoa(status))
	if text := http.StatusText(status); text != "" {
		b.WriteString(" " + text)
	}
	b.WriteString("\r\n")
	keys := make([]string, 0, len(h))
	for k := range h {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	newline := strings.NewReplacer("\r\n", " ", "\r", " ", "\n", " ")
	for _, k := range keys {
		if !validFieldName(k) {
			continue
		}
		switch http.CanonicalHeaderKey(k) {
		case "Transfer-Encoding":
			continue
		case "Content-Length":
			if len(h[k]) != 1 || h[k][0] != strconv.Itoa(bodyLen) {
				b.WriteString(k + ": " + strconv.Itoa(bodyLen) + "\r\n")
				continue
			}
		}
		for _, v := range h[k] {
			b.WriteString(k + ": " + newline.Replace(v) + "\r\n")
		}
	}
	b.WriteString("\r\n")
	return b.Bytes()
}

// validFieldName reports whether k is a valid HTTP header field name (token).
func validFieldName(k string) bool {
	if k == "" {
		return false
	}
	for i := 0; i < len(k); i++ {
		c := k[i]
		if c <= ' ' || c >= 0x7f || strings.IndexByte(`"(),/:;<=>?@[\]{}`, c) >= 0 {
			return false
		}
	}
	return true
}

// newRecordID returns a fresh random (version 4) UUID URN in angle brackets.
func newRecordID() string {
	var u [16]byte
	_, _ = rand.Read(u[:])
	u[6] = u[6]&0x0f | 0x40
	u[8] = u[8]&0x3f | 0x80
	h := hex.EncodeToString(u[:])
	return "<urn:uuid:" + h[0:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:] + ">"
}
