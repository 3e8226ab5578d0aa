package archive

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha1"
	"encoding/base32"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/nlnwa/gowarc/v3"
)

// testRecords returns n distinct records, including a non-UTF-8 body and a
// 2 MB body.
func testRecords(n int) []Record {
	base := time.Date(2025, 11, 25, 10, 15, 0, 123456789, time.UTC)
	recs := make([]Record, n)
	for i := range recs {
		recs[i] = Record{
			URL:     fmt.Sprintf("https://news.example.com/2025/11/article-%d?x=1&y=%%20", i),
			Fetched: base.Add(time.Duration(i) * time.Minute),
			Status:  200,
			Header: http.Header{
				"Content-Type": {"text/html; charset=utf-8"},
				"Set-Cookie":   {"a=1; Path=/", "b=2"},
				"X-Index":      {fmt.Sprint(i)},
			},
			Body: []byte(fmt.Sprintf("<html><body><p>\"Quote %d,\" she said.</p></body></html>", i)),
		}
	}
	if n > 1 {
		recs[1].Body = []byte{0xff, 0xfe, 'a', 0x00, 0x80, '\r', '\n', '\r', '\n', 0xc3, 0x28, 0xe9}
		recs[1].Header.Set("Content-Type", "text/html; charset=iso-8859-1")
		recs[1].Status = 404
	}
	if n > 2 {
		big := make([]byte, 2<<20)
		rand.NewChaCha8([32]byte{1}).Read(big)
		recs[2].Body = big
		recs[2].Header.Set("Content-Length", fmt.Sprint(len(big)))
	}
	if n > 3 {
		recs[3].Status = 301
		recs[3].Header.Set("Location", "https://news.example.com/moved")
		recs[3].Body = nil
	}
	return recs
}

// smallRecords is testRecords without the 2 MB body, for tests that do not
// need it (it is slow to compress under the race detector).
func smallRecords(n int) []Record {
	recs := testRecords(n)
	if n > 2 {
		recs[2].Body = recs[2].Body[:10000]
		recs[2].Header.Set("Content-Length", "10000")
	}
	return recs
}

func writeAll(t testing.TB, dir string, opts Options, recs []Record) {
	t.Helper()
	w, err := OpenWriter(dir, opts)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range recs {
		if err := w.Write(r); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
}

func walkAll(t testing.TB, dir string) ([]Record, error) {
	t.Helper()
	var got []Record
	err := Walk(context.Background(), dir, func(r Record) error {
		got = append(got, r)
		return nil
	})
	return got, err
}

func sameRecord(t testing.TB, i int, got, want Record) {
	t.Helper()
	if got.URL != want.URL {
		t.Errorf("record %d: URL %q, want %q", i, got.URL, want.URL)
	}
	if !got.Fetched.Equal(want.Fetched) {
		t.Errorf("record %d: Fetched %v, want %v", i, got.Fetched, want.Fetched)
	}
	if got.Status != want.Status {
		t.Errorf("record %d: Status %d, want %d", i, got.Status, want.Status)
	}
	if !bytes.Equal(got.Body, want.Body) {
		t.Errorf("record %d: body differs (%d bytes, want %d)", i, len(got.Body), len(want.Body))
	}
	wantHeader := want.Header
	if wantHeader == nil {
		wantHeader = http.Header{}
	}
	if fmt.Sprint(got.Header) != fmt.Sprint(wantHeader) {
		t.Errorf("record %d: Header %v, want %v", i, got.Header, wantHeader)
	}
}

func checkAll(t testing.TB, got, want []Record) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("got %d records, want %d", len(got), len(want))
	}
	for i := range want {
		sameRecord(t, i, got[i], want[i])
	}
}

func warcFiles(t testing.TB, dir string) []string {
	t.Helper()
	files, err := listFiles(dir)
	if err != nil {
		t.Fatal(err)
	}
	return files
}

func TestRoundTrip(t *testing.T) {
	dir := t.TempDir()
	want := testRecords(6)
	writeAll(t, dir, Options{}, want)

	files := warcFiles(t, dir)
	if len(files) != 1 {
		t.Fatalf("got files %v, want one", files)
	}
	if !regexp.MustCompile(`^quotewire-\d{8}T\d{6}Z-00001\.warc\.gz$`).MatchString(filepath.Base(files[0])) {
		t.Errorf("unexpected file name %s", files[0])
	}

	got, err := walkAll(t, dir)
	if err != nil {
		t.Fatal(err)
	}
	checkAll(t, got, want)

	n, err := Count(context.Background(), dir)
	if err != nil || n != len(want) {
		t.Errorf("Count = %d, %v; want %d", n, err, len(want))
	}
}

// TestStandardGzip checks that a file decompresses as plain multi-member
// gzip and holds the mandatory WARC fields.
func TestStandardGzip(t *testing.T) {
	dir := t.TempDir()
	want := testRecords(2)
	writeAll(t, dir, Options{}, want)
	f, err := os.Open(warcFiles(t, dir)[0])
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	text := string(raw)
	if !strings.HasPrefix(text, "WARC/1.1\r\nWARC-Type: warcinfo\r\n") {
		t.Errorf("file does not start with a warcinfo record: %.60q", text)
	}
	sum := sha1.Sum(want[1].Body)
	for _, s := range []string{
		"WARC-Type: response\r\n",
		"Content-Type: application/http;msgtype=response\r\n",
		"WARC-Target-URI: " + want[0].URL + "\r\n",
		"WARC-Date: 2025-11-25T10:15:00.123456789Z\r\n",
		"WARC-Payload-Digest: sha1:" + base32.StdEncoding.EncodeToString(sum[:]) + "\r\n",
		"HTTP/1.1 404 Not Found\r\n",
	} {
		if !strings.Contains(text, s) {
			t.Errorf("file lacks %q", s)
		}
	}
	if c := strings.Count(text, "WARC-Record-ID: <urn:uuid:"); c != 3 {
		t.Errorf("found %d record IDs, want 3", c)
	}
}

// TestGowarcValidates reads our files with an independent WARC
// implementation in strict mode, which checks digests and lengths.
func TestGowarcValidates(t *testing.T) {
	dir := t.TempDir()
	want := testRecords(5)
	writeAll(t, dir, Options{}, want)
	r, err := gowarc.NewWarcFileReader(warcFiles(t, dir)[0], 0, gowarc.WithStrictValidation())
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	var responses int
	for rec, err := range r.Records() {
		if err != nil {
			t.Fatal(err)
		}
		if len(rec.Validation) > 0 {
			t.Errorf("validation: %v", rec.Validation)
		}
		if rec.WarcRecord.Type() == gowarc.Response {
			b, ok := rec.WarcRecord.Block().(gowarc.HttpResponseBlock)
			if !ok {
				t.Fatalf("response block is %T", rec.WarcRecord.Block())
			}
			if b.HttpStatusCode() != want[responses].Status {
				t.Errorf("status %d, want %d", b.HttpStatusCode(), want[responses].Status)
			}
			responses++
		}
		rec.Close()
	}
	if responses != len(want) {
		t.Errorf("gowarc read %d responses, want %d", responses, len(want))
	}
}

func TestReopenAppendsNewFile(t *testing.T) {
	dir := t.TempDir()
	all := smallRecords(8)
	writeAll(t, dir, Options{}, all[:4])
	before := warcFiles(t, dir)
	info, err := os.Stat(before[0])
	if err != nil {
		t.Fatal(err)
	}
	writeAll(t, dir, Options{}, all[4:])
	after := warcFiles(t, dir)
	if len(after) != 2 || after[0] != before[0] {
		t.Fatalf("files after reopen: %v (before %v)", after, before)
	}
	if info2, _ := os.Stat(before[0]); info2.Size() != info.Size() {
		t.Errorf("first file changed size: %d -> %d", info.Size(), info2.Size())
	}
	if !strings.HasSuffix(after[1], "-00002.warc.gz") {
		t.Errorf("second file %s, want serial 00002", after[1])
	}
	// A writer opened and closed without writes creates no file.
	writeAll(t, dir, Options{}, nil)
	if n := len(warcFiles(t, dir)); n != 2 {
		t.Errorf("empty writer left %d files, want 2", n)
	}
	got, err := walkAll(t, dir)
	if err != nil {
		t.Fatal(err)
	}
	checkAll(t, got, all)
}

func TestRolling(t *testing.T) {
	dir := t.TempDir()
	want := smallRecords(20)
	writeAll(t, dir, Options{MaxFileSize: 1000}, want)
	files := warcFiles(t, dir)
	if len(files) < 5 {
		t.Fatalf("got %d files, want several", len(files))
	}
	got, err := walkAll(t, dir)
	if err != nil {
		t.Fatal(err)
	}
	checkAll(t, got, want)
	if n, err := Count(context.Background(), dir); err != nil || n != len(want) {
		t.Errorf("Count = %d, %v; want %d", n, err, len(want))
	}
}

func TestTruncatedLastRecord(t *testing.T) {
	src := t.TempDir()
	want := testRecords(6)
	r := rand.New(rand.NewPCG(5, 6))
	want[5].Body = make([]byte, 3000) // compresses to well over 500 bytes
	for i := range want[5].Body {
		want[5].Body[i] = byte('a' + r.IntN(26))
	}
	writeAll(t, src, Options{}, want)
	data, err := os.ReadFile(warcFiles(t, src)[0])
	if err != nil {
		t.Fatal(err)
	}
	for _, cut := range []int{1, 8, 20, 300, 500} {
		t.Run(fmt.Sprint(cut), func(t *testing.T) {
			dir := t.TempDir()
			name := filepath.Join(dir, "quotewire-20251125T101500Z-00001.warc.gz")
			if err := os.WriteFile(name, data[:len(data)-cut], 0o644); err != nil {
				t.Fatal(err)
			}
			got, err := walkAll(t, dir)
			if err != nil {
				t.Fatalf("Walk: %v", err)
			}
			checkAll(t, got, want[:5])
			if n, err := Count(context.Background(), dir); err != nil || n != 5 {
				t.Errorf("Count = %d, %v; want 5", n, err)
			}
		})
	}
	t.Run("zero-filled tail", func(t *testing.T) {
		dir := t.TempDir()
		name := filepath.Join(dir, "quotewire-20251125T101500Z-00001.warc.gz")
		if err := os.WriteFile(name, append(slices.Clone(data), make([]byte, 4096)...), 0o644); err != nil {
			t.Fatal(err)
		}
		got, err := walkAll(t, dir)
		if err != nil {
			t.Fatalf("Walk: %v", err)
		}
		checkAll(t, got, want)
		if n, err := Count(context.Background(), dir); err != nil || n != len(want) {
			t.Errorf("Count = %d, %v; want %d", n, err, len(want))
		}
	})
}

func TestCorruptFile(t *testing.T) {
	dir := t.TempDir()
	want := smallRecords(4)
	writeAll(t, dir, Options{}, want[:2])
	garbage := filepath.Join(dir, "x.warc.gz")
	if err := os.WriteFile(garbage, []byte("this is not a WARC file\r\nat all\r\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	// Make the garbage file sort between the two good ones.
	mid := time.Now().Add(-time.Hour)
	if err := os.Chtimes(garbage, mid, mid); err != nil {
		t.Fatal(err)
	}
	writeAll(t, dir, Options{}, want[2:])

	got, err := walkAll(t, dir)
	if err == nil || !strings.Contains(err.Error(), "x.warc.gz") || !strings.Contains(err.Error(), "offset 0") {
		t.Errorf("Walk error = %v, want one naming x.warc.gz at offset 0", err)
	}
	checkAll(t, got, want)
	n, err := Count(context.Background(), dir)
	if err == nil || !strings.Contains(err.Error(), "x.warc.gz") || n != len(want) {
		t.Errorf("Count = %d, %v; want %d and an error naming x.warc.gz", n, err, len(want))
	}
}

// TestCorruptMember flips a byte inside the compressed data of a middle
// record: Walk reports the file and offset and keeps the earlier records.
func TestCorruptMember(t *testing.T) {
	dir := t.TempDir()
	want := testRecords(6)
	writeAll(t, dir, Options{}, want)
	path := warcFiles(t, dir)[0]
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	data[len(data)/2] ^= 0x55 // inside the 2 MB body of record 2
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := walkAll(t, dir)
	if err == nil || !strings.Contains(err.Error(), filepath.Base(path)) || !strings.Contains(err.Error(), "offset") {
		t.Errorf("Walk error = %v, want one naming the file and offset", err)
	}
	checkAll(t, got, want[:2])
}

func TestConcurrentWrite(t *testing.T) {
	dir := t.TempDir()
	w, err := OpenWriter(dir, Options{MaxFileSize: 64 << 10})
	if err != nil {
		t.Fatal(err)
	}
	const goroutines, perG = 8, 40
	var wg sync.WaitGroup
	for g := range goroutines {
		wg.Go(func() {
			for i := range perG {
				err := w.Write(Record{
					URL:     fmt.Sprintf("https://example.com/%d/%d", g, i),
					Fetched: time.Now(),
					Status:  200,
					Header:  http.Header{"X-G": {fmt.Sprint(g)}},
					Body:    bytes.Repeat([]byte(fmt.Sprintf("g%d i%d ", g, i)), 500),
				})
				if err != nil {
					t.Error(err)
					return
				}
			}
		})
	}
	wg.Wait()
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if err := w.Write(testRecords(1)[0]); !errors.Is(err, ErrClosed) {
		t.Errorf("Write after Close = %v, want ErrClosed", err)
	}
	if err := w.Close(); err != nil {
		t.Errorf("second Close = %v", err)
	}

	got, err := walkAll(t, dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != goroutines*perG {
		t.Fatalf("got %d records, want %d", len(got), goroutines*perG)
	}
	next := make([]int, goroutines) // each goroutine's records appear in order
	for _, r := range got {
		var g, i int
		if _, err := fmt.Sscanf(r.URL, "https://example.com/%d/%d", &g, &i); err != nil {
			t.Fatal(err)
		}
		if i != next[g] {
			t.Fatalf("goroutine %d: record %d, want %d", g, i, next[g])
		}
		next[g]++
		if want := bytes.Repeat([]byte(fmt.Sprintf("g%d i%d ", g, i)), 500); !bytes.Equal(r.Body, want) {
			t.Fatalf("%s: body differs", r.URL)
		}
	}
}

func TestWalkStops(t *testing.T) {
	dir := t.TempDir()
	writeAll(t, dir, Options{MaxFileSize: 1000}, smallRecords(10))

	t.Run("cancel", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		calls := 0
		err := Walk(ctx, dir, func(Record) error {
			calls++
			if calls == 3 {
				cancel()
			}
			return nil
		})
		if !errors.Is(err, context.Canceled) || calls != 3 {
			t.Errorf("Walk = %v after %d calls, want context.Canceled after 3", err, calls)
		}
		if _, err := Count(ctx, dir); !errors.Is(err, context.Canceled) {
			t.Errorf("Count on cancelled ctx = %v", err)
		}
	})
	t.Run("fn error", func(t *testing.T) {
		stop := errors.New("stop")
		calls := 0
		err := Walk(context.Background(), dir, func(Record) error {
			calls++
			if calls == 4 {
				return stop
			}
			return nil
		})
		if err != stop || calls != 4 {
			t.Errorf("Walk = %v after %d calls, want stop after 4", err, calls)
		}
	})
	t.Run("missing dir", func(t *testing.T) {
		n, err := Count(context.Background(), filepath.Join(dir, "nope"))
		if err != nil || n != 0 {
			t.Errorf("Count = %d, %v", n, err)
		}
	})
}

func TestWriteRejects(t *testing.T) {
	w, err := OpenWriter(t.TempDir(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	for _, r := range []Record{
		{URL: "", Status: 200},
		{URL: "https://a/\r\nWARC-Type: x", Status: 200},
		{URL: "https://a/", Status: 0},
	} {
		if err := w.Write(r); err == nil {
			t.Errorf("Write(%+v) succeeded", r)
		}
	}
	if _, err := OpenWriter(t.TempDir(), Options{MaxFileSize: -1}); err == nil {
		t.Error("negative MaxFileSize accepted")
	}
}

// TestHeaderNormalisation checks the documented rewrites of framing headers.
func TestHeaderNormalisation(t *testing.T) {
	dir := t.TempDir()
	writeAll(t, dir, Options{}, []Record{{
		URL:     "https://example.com/",
		Fetched: time.Unix(1, 0),
		Status:  200,
		Header: http.Header{
			"Transfer-Encoding": {"chunked"},
			"Content-Length":    {"99"},
			"X-Multi":           {"a\r\nb"},
			"Bad Key":           {"x"},
		},
		Body: []byte("hello"),
	}})
	got, err := walkAll(t, dir)
	if err != nil || len(got) != 1 {
		t.Fatalf("Walk: %d records, %v", len(got), err)
	}
	want := http.Header{"Content-Length": {"5"}, "X-Multi": {"a b"}}
	if fmt.Sprint(got[0].Header) != fmt.Sprint(want) || string(got[0].Body) != "hello" {
		t.Errorf("got %v %q, want %v \"hello\"", got[0].Header, got[0].Body, want)
	}
}

// foreignRecord renders a WARC record the way other tools (e.g. wget) do.
func foreignRecord(typ, uri, contentType, block string) string {
	return "WARC/1.0\r\n" +
		"WARC-Type: " + typ + "\r\n" +
		"WARC-Record-ID: <urn:uuid:6d058047-ede2-4a13-be79-90c17c631dd4>\r\n" +
		"WARC-Date: 2024-03-01T12:00:00Z\r\n" +
		"WARC-Target-URI: <" + uri + ">\r\n" +
		"Content-Type: " + contentType + "\r\n" +
		"Content-Length: " + fmt.Sprint(len(block)) + "\r\n\r\n" +
		block + "\r\n\r\n"
}

func TestForeignFiles(t *testing.T) {
	dir := t.TempDir()
	records := []string{
		foreignRecord("warcinfo", "", "application/warc-fields", "software: Wget/1.21\r\n"),
		foreignRecord("request", "http://example.org/a", "application/http;msgtype=request",
			"GET /a HTTP/1.1\r\nHost: example.org\r\n\r\n"),
		foreignRecord("response", "http://example.org/a", "application/http;msgtype=response",
			"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n7\r\n world!\r\n0\r\n\r\n"),
		foreignRecord("response", "dns:example.org", "text/dns", "20240301120000\r\nexample.org. 60 IN A 1.2.3.4\r\n"),
		foreignRecord("metadata", "http://example.org/a", "application/warc-fields", "outlink: x\r\n"),
		foreignRecord("resource", "metadata://gnu.org/software/wget/warc/wget.log", "text/plain", "log\n"),
		foreignRecord("response", "http://example.org/b", "application/http; msgtype=response",
			"HTTP/1.0 404 Not Found\nServer: x\n\ngone"),
	}
	// One gzip member per record, as wget writes.
	var gz bytes.Buffer
	for _, r := range records {
		zw := gzip.NewWriter(&gz)
		zw.Write([]byte(r))
		zw.Close()
	}
	old := time.Now().Add(-2 * time.Hour)
	write := func(name string, data []byte, mtime time.Time) {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(p, mtime, mtime); err != nil {
			t.Fatal(err)
		}
	}
	write("crawl.warc.gz", gz.Bytes(), old)
	// The same records uncompressed, and once more as a single gzip member.
	write("plain.warc", []byte(strings.Join(records, "")), old.Add(time.Minute))
	var one bytes.Buffer
	zw := gzip.NewWriter(&one)
	zw.Write([]byte(strings.Join(records, "")))
	zw.Close()
	write("one-member.warc.gz", one.Bytes(), old.Add(2*time.Minute))
	write("notes.txt", []byte("ignored"), old)

	got, err := walkAll(t, dir)
	if err != nil {
		t.Fatal(err)
	}
	fetched := time.Date(2024, 3, 1, 12, 0, 0, 0, time.UTC)
	one1 := []Record{
		{URL: "http://example.org/a", Fetched: fetched, Status: 200,
			Header: http.Header{"Content-Type": {"text/html"}}, Body: []byte("hello world!")},
		{URL: "http://example.org/b", Fetched: fetched, Status: 404,
			Header: http.Header{"Server": {"x"}}, Body: []byte("gone")},
	}
	checkAll(t, got, slices.Concat(one1, one1, one1))
	if n, err := Count(context.Background(), dir); err != nil || n != 6 {
		t.Errorf("Count = %d, %v; want 6", n, err)
	}
}

// benchPage returns a 50 KB page of HTML-like text that compresses roughly
// like real news pages.
func benchPage(r *rand.Rand) []byte {
	words := strings.Fields("the minister said on tuesday that government would not " +
		"comment further spokesperson added quote council election police report " +
		"according to statement we are committed people city percent year")
	var b bytes.Buffer
	b.WriteString("<!doctype html><html><head><title>News</title></head><body>\n")
	for b.Len() < 50<<10 {
		fmt.Fprintf(&b, `<p class="c%d" data-id="%x">`, r.IntN(40), r.Uint32())
		for range 12 + r.IntN(30) {
			b.WriteString(words[r.IntN(len(words))])
			b.WriteByte(' ')
		}
		b.WriteString("</p>\n")
	}
	return b.Bytes()[:50<<10]
}

// BenchmarkWrite measures durable writes of 50 KB pages, from one goroutine
// (one fsync per record) and from 16 concurrent goroutines (group commit).
func BenchmarkWrite(b *testing.B) {
	page := benchPage(rand.New(rand.NewPCG(3, 4)))
	header := http.Header{"Content-Type": {"text/html; charset=utf-8"}, "Server": {"nginx"}}
	run := func(b *testing.B, parallel bool) {
		w, err := OpenWriter(b.TempDir(), Options{})
		if err != nil {
			b.Fatal(err)
		}
		rec := Record{URL: "https://news.example.com/article", Fetched: time.Now(), Status: 200, Header: header, Body: page}
		b.SetBytes(int64(len(page)))
		b.ResetTimer()
		if parallel {
			b.SetParallelism(8) // 8 × GOMAXPROCS goroutines
			b.RunParallel(func(pb *testing.PB) {
				for pb.Next() {
					if err := w.Write(rec); err != nil {
						b.Error(err)
						return
					}
				}
			})
		} else {
			for b.Loop() {
				if err := w.Write(rec); err != nil {
					b.Fatal(err)
				}
			}
		}
		b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "records/s")
		if err := w.Close(); err != nil {
			b.Fatal(err)
		}
	}
	b.Run("serial", func(b *testing.B) { run(b, false) })
	b.Run("parallel", func(b *testing.B) { run(b, true) })
}

// BenchmarkWalk measures reading back 50 KB pages.
func BenchmarkWalk(b *testing.B) {
	dir := b.TempDir()
	page := benchPage(rand.New(rand.NewPCG(3, 4)))
	recs := make([]Record, 500)
	for i := range recs {
		recs[i] = Record{URL: fmt.Sprint("https://x/", i), Fetched: time.Now(), Status: 200, Body: page}
	}
	w, err := OpenWriter(dir, Options{})
	if err != nil {
		b.Fatal(err)
	}
	var wg sync.WaitGroup
	for g := range 10 { // concurrent writers to keep setup short
		wg.Go(func() {
			for _, r := range recs[g*50 : (g+1)*50] {
				if err := w.Write(r); err != nil {
					b.Error(err)
				}
			}
		})
	}
	wg.Wait()
	w.Close()
	b.SetBytes(int64(len(recs) * len(page)))
	for b.Loop() {
		n := 0
		if err := Walk(context.Background(), dir, func(Record) error { n++; return nil }); err != nil || n != len(recs) {
			b.Fatal(n, err)
		}
	}
	b.ReportMetric(float64(b.N*len(recs))/b.Elapsed().Seconds(), "records/s")
}

// BenchmarkCount measures the header-only count over the same kind of file.
func BenchmarkCount(b *testing.B) {
	dir := b.TempDir()
	page := benchPage(rand.New(rand.NewPCG(3, 4)))
	w, err := OpenWriter(dir, Options{})
	if err != nil {
		b.Fatal(err)
	}
	var wg sync.WaitGroup
	for range 10 {
		wg.Go(func() {
			for range 50 {
				if err := w.Write(Record{URL: "https://x/", Status: 200, Body: page}); err != nil {
					b.Error(err)
				}
			}
		})
	}
	wg.Wait()
	w.Close()
	for b.Loop() {
		if n, err := Count(context.Background(), dir); err != nil || n != 500 {
			b.Fatal(n, err)
		}
	}
	b.ReportMetric(float64(b.N*500)/b.Elapsed().Seconds(), "records/s")
}
