package extractors

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/unicode"
)

// encodePage builds an article page around para and encodes it with enc.
func encodePage(t *testing.T, enc encoding.Encoding, head, para string) []byte {
	t.Helper()
	page := "<html><head>" + head + "<title>Test</title></head><body><article><p>" +
		strings.Repeat(para+" ", 4) + "</p><p>" + strings.Repeat(para+" ", 3) + "</p></article></body></html>"
	if enc == nil {
		return []byte(page)
	}
	b, err := enc.NewEncoder().Bytes([]byte(page))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestCharsetDecoding(t *testing.T) {
	const latin = "Le café de la gare a rouvert ses portes, déjà plein à midi — «enfin», dit Zoë."
	const czech = "Příliš žluťoučký kůň úpěl ďábelské ódy, řekl hlídač u brány nádraží."
	const japaneseText = "駅前の喫茶店が今週から営業を再開し、昼にはもう満席になった。"
	cases := []struct {
		name, contentType string
		page              []byte
		want              string
	}{
		{"meta-windows-1252", "", encodePage(t, charmap.Windows1252, `<meta charset="windows-1252">`, latin), latin},
		{"meta-http-equiv-latin1", "", encodePage(t, charmap.ISO8859_1, `<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">`, "Le café a rouvert, déjà plein à midi, dit Zoë."), "Le café a rouvert, déjà plein à midi, dit Zoë."},
		{"header-iso-8859-2", "text/html; charset=ISO-8859-2", encodePage(t, charmap.ISO8859_2, "", czech), czech},
		{"header-beats-meta", "text/html; charset=iso-8859-2", encodePage(t, charmap.ISO8859_2, `<meta charset="utf-8">`, czech), czech},
		{"meta-shift-jis", "", encodePage(t, japanese.ShiftJIS, `<meta charset="shift_jis">`, japaneseText), japaneseText},
		{"sniffed-utf8", "", encodePage(t, nil, "", latin), latin},
		{"sniffed-latin1", "", encodePage(t, charmap.Windows1252, "", latin), latin},
		{"bom-utf8", "", append([]byte{0xEF, 0xBB, 0xBF}, encodePage(t, nil, `<meta charset="iso-8859-1">`, latin)...), latin},
		{"bom-utf16le", "", append([]byte{0xFF, 0xFE}, encodePage(t, unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), "", latin)...), latin},
		{"utf8-declared-latin1", "", encodePage(t, nil, `<meta charset="iso-8859-1">`, latin), latin},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a, err := FromHTML(c.page, c.contentType, nil)
			if err != nil {
				t.Fatal(err)
			}
			body := strings.Join(a.Paragraphs, "\n")
			if !utf8.ValidString(body) {
				t.Fatalf("invalid UTF-8: %q", body)
			}
			if !strings.Contains(body, c.want) {
				t.Errorf("body %q does not contain %q", body, c.want)
			}
			r, err := FromReader(bytes.NewReader(c.page), nil)
			if err != nil {
				t.Fatal(err)
			}
			if c.contentType == "" && strings.Join(r.Paragraphs, "\n") != body {
				t.Errorf("FromReader differs from FromHTML")
			}
		})
	}
}

// TestCharsetInvalidBytes feeds bytes that are valid in no declared
// encoding; the output must still be valid UTF-8.
func TestCharsetInvalidBytes(t *testing.T) {
	para := "Broken bytes \xff\xfe\xc3 in the middle of a sentence that goes on for a while, with commas, and more words."
	for _, head := range []string{`<meta charset="utf-8">`, "", `<meta charset="utf-16">`, `<meta charset="x-unknown-charset">`} {
		page := encodePage(t, nil, head, para)
		page = append(page, 0x00, 0x80, 0xbf)
		a, err := FromHTML(page, "text/html; charset=utf-8", nil)
		if err != nil {
			t.Fatal(err)
		}
		b, err := FromHTML(page, "", nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, art := range []*Article{a, b} {
			for _, s := range append(art.Paragraphs, art.Title, art.SiteName) {
				if !utf8.ValidString(s) {
					t.Errorf("head %q: invalid UTF-8 %q", head, s)
				}
			}
		}
	}
}
