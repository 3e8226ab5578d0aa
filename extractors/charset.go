package extractors

import (
	"bytes"
	"fmt"
	"io"
	"mime"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/unicode"
)

// maxPageBytes bounds how much of a page is read; the rest is ignored.
const maxPageBytes = 64 << 20

// FromReader parses r (HTML in any charset: BOM, <meta charset>, or sniffed;
// the output is always valid UTF-8) and extracts its article with
// FromDocument's rules. At most 64 MiB are read.
func FromReader(r io.Reader, pageURL *url.URL) (*Article, error) {
	body, err := io.ReadAll(io.LimitReader(r, maxPageBytes))
	if err != nil {
		return nil, fmt.Errorf("extractors: read page: %w", err)
	}
	return FromHTML(body, "", pageURL)
}

// FromHTML is FromReader for a fetched body whose HTTP Content-Type header
// is known: a charset parameter there wins over the page's own <meta>
// (a byte order mark wins over both).
func FromHTML(body []byte, contentType string, pageURL *url.URL) (*Article, error) {
	text := decodePage(body, contentType)
	root, err := html.Parse(bytes.NewReader(text))
	if err != nil {
		// The parser refuses pages nested deeper than it allows; keep
		// their text with the deepest tags dropped.
		root, err = html.Parse(strings.NewReader(capNesting(string(text), maxNesting)))
		if err != nil {
			return nil, fmt.Errorf("extractors: parse page: %w", err)
		}
	}
	return fromNode(root, pageURL, time.Now()), nil
}

// maxNesting is how deep capNesting lets tags nest.
const maxNesting = 256

// capNesting re-emits an HTML page with the start and end tags that would
// nest deeper than limit left out (their text stays). Depth is counted
// from unclosed start tags, so it over-counts on sloppy pages, which only
// makes the cap safer.
func capNesting(page string, limit int) string {
	z := html.NewTokenizer(strings.NewReader(page))
	var b strings.Builder
	b.Grow(len(page))
	depth := 0
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return b.String()
		case html.StartTagToken:
			depth++
			if depth > limit {
				continue
			}
		case html.EndTagToken:
			depth--
			if depth >= limit {
				continue
			}
			depth = max(depth, 0)
		}
		b.Write(z.Raw())
	}
}

// decodePage returns body as valid UTF-8 (body itself when it already
// is, so that the page is not copied). The encoding is, in order: the
// byte order mark, the charset parameter of contentType, a <meta> charset
// declaration in the first 1024 bytes, and else UTF-8 when the bytes are
// valid UTF-8, windows-1252 when not. A page that declares a single-byte
// encoding but is valid UTF-8 with multi-byte sequences is read as UTF-8
// (a common server misconfiguration).
func decodePage(body []byte, contentType string) []byte {
	if enc, skip := bomEncoding(body); enc != nil {
		return decodeWith(enc, body[skip:])
	}
	if _, params, err := mime.ParseMediaType(contentType); err == nil {
		if cs := params["charset"]; cs != "" {
			if enc, name := charset.Lookup(cs); enc != nil {
				return decodeDeclared(enc, name, body)
			}
		}
	}
	enc, name, certain := charset.DetermineEncoding(body, "")
	if certain || name != "windows-1252" || hasMetaCharset(body) {
		return decodeDeclared(enc, name, body)
	}
	if utf8.Valid(body) {
		return body
	}
	return decodeWith(enc, body)
}

// hasMetaCharset reports whether the first 1024 bytes declare a charset.
func hasMetaCharset(body []byte) bool {
	head := body[:min(len(body), 1024)]
	return bytes.Contains(bytes.ToLower(head), []byte("charset"))
}

// decodeDeclared decodes body with a declared encoding, except that valid
// UTF-8 declared as a single-byte Latin encoding is kept as UTF-8.
func decodeDeclared(enc encoding.Encoding, name string, body []byte) []byte {
	switch name {
	case "utf-8":
		return validUTF8(body)
	case "windows-1252", "iso-8859-1", "iso-8859-15", "windows-1250":
		if utf8.Valid(body) && hasMultiByte(body) {
			return body
		}
	case "utf-16le", "utf-16be":
		// Without a BOM the bytes are almost always not UTF-16 at all
		// (the declaration was copied from elsewhere).
		if utf8.Valid(body) {
			return body
		}
	}
	return decodeWith(enc, body)
}

func hasMultiByte(b []byte) bool {
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// bomEncoding recognises UTF-8 and UTF-16 byte order marks.
func bomEncoding(b []byte) (encoding.Encoding, int) {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		return unicode.UTF8, 3
	case bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), 2
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}):
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), 2
	}
	return nil, 0
}

// decodeWith converts body to UTF-8, replacing what cannot be decoded.
func decodeWith(enc encoding.Encoding, body []byte) []byte {
	if enc == unicode.UTF8 || enc == encoding.Nop {
		return validUTF8(body)
	}
	out, err := enc.NewDecoder().Bytes(body)
	if err != nil {
		return validUTF8(body)
	}
	return validUTF8(out)
}

// validUTF8 returns b, or a copy with invalid bytes replaced by U+FFFD.
func validUTF8(b []byte) []byte {
	if utf8.Valid(b) {
		return b
	}
	return bytes.ToValidUTF8(b, []byte("\uFFFD"))
}
