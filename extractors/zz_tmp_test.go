package extractors

import "testing"

func TestZZTmp(t *testing.T) {
	for _, s := range []string{
		"New Health Secretary Sajid Javid said cases could reach 100,000 a day. Neil Ferguson of Imperial College London – dubbed 'Professor Lockdown' – said it could be 200,000.",
		"The Authority — which rejects the US as a mediator — called for talks.",
		"'We had five of the top 10 areas, now we have none,' he told Today.",
	} {
		t.Log(dumpStmts(Statements([]string{"Jason Leitch, the clinical director, spoke.", s})))
	}
}
