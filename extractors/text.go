package extractors

import "strings"

// FromText builds an Article from plain text. Each non-empty line is a
// paragraph, unless the text is hard-wrapped with blank lines between
// blocks, in which case each block (its lines joined by spaces) is a
// paragraph. Whitespace inside a paragraph is collapsed.
func FromText(text string) *Article {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	lines := strings.Split(text, "\n")
	// Blocks are paragraphs when most lines inside blocks are wrapped
	// (do not end a sentence) rather than complete paragraphs.
	wrapped, whole := 0, 0
	for i := 0; i+1 < len(lines); i++ {
		cur, next := strings.TrimSpace(lines[i]), strings.TrimSpace(lines[i+1])
		if cur == "" || next == "" {
			continue
		}
		switch cur[len(cur)-1] {
		case '.', '!', '?', '"', ':':
			whole++
		default:
			if strings.HasSuffix(cur, "\u201d") || strings.HasSuffix(cur, "\u2019") {
				whole++
			} else {
				wrapped++
			}
		}
	}
	blocks := wrapped >= 2 && wrapped > 2*whole && strings.Contains(text, "\n\n")
	a := &Article{}
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			a.Paragraphs = append(a.Paragraphs, strings.Join(cur, " "))
			cur = cur[:0]
		}
	}
	for _, line := range lines {
		line = strings.Join(strings.Fields(line), " ")
		if line == "" {
			flush()
			continue
		}
		cur = append(cur, line)
		if !blocks {
			flush()
		}
	}
	flush()
	return a
}
