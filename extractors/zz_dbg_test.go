package extractors

import "testing"

func TestZZRightNP(t *testing.T) {
	for _, s := range []string{"said Acme’s long serving chief financial officer Dana Mills on Monday.", "said the Acme Group’s recently named executive chair Marco Clavell in an email."} {
		p := stPara{text: s}
		p.quotes = stDropNested(stFindQuotes(s))
		stTokenize(&p)
		t.Logf("rightNP=%d", p.rightNP(1, len(p.toks)))
	}
}
