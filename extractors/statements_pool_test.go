package extractors

import (
	"fmt"
	"sync"
	"testing"
)

// TestStatementsReuseTokenSlabs runs the hand-written cases many times
// from several goroutines at once: documents that reuse each other's
// token slabs must come out exactly as they do alone (and under -race,
// as make test runs it, a slab shared while in use is reported).
func TestStatementsReuseTokenSlabs(t *testing.T) {
	var docs [][]string
	for _, tc := range stmtCases {
		docs = append(docs, tc.paras)
	}
	for _, tc := range stmtRuleCasesTwentyFourth {
		docs = append(docs, tc.paras)
	}
	want := make([]string, len(docs))
	for i, d := range docs {
		want[i] = fmt.Sprint(Statements(d))
	}
	var wg sync.WaitGroup
	errs := make(chan string, len(docs)*4)
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for round := range 5 {
				for k := range docs {
					i := (k + g*7 + round) % len(docs) // each goroutine in its own order
					if got := fmt.Sprint(Statements(docs[i])); got != want[i] {
						errs <- fmt.Sprintf("document %d: got %s, want %s", i, got, want[i])
						return
					}
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}
