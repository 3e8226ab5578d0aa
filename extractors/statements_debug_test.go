package extractors

import (
	"os"
	"strings"
	"testing"
)

// TestStatementsDebug prints what Statements finds in the paragraphs of
// QUOTEWIRE_STMT (separated by "|"); a debugging aid.
func TestStatementsDebug(t *testing.T) {
	in := os.Getenv("QUOTEWIRE_STMT")
	if in == "" {
		t.Skip("set QUOTEWIRE_STMT to paragraphs separated by |")
	}
	paras := strings.Split(in, "|")
	stTrace = t.Logf
	defer func() { stTrace = nil }()
	for i, ps := range paras {
		p := stPara{text: ps}
		p.quotes = stDropNested(stFindQuotes(ps))
		stTokenize(&p)
		stSplitSentences(&p)
		for _, se := range p.sents {
			t.Logf("[%d] sentence: %s", i, p.span(se[0], se[1]))
		}
	}
	for _, s := range Statements(paras) {
		t.Logf("%+v", s)
	}
}
