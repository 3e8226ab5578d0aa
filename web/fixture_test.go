package web

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/quotewire/quotewire/index"
)

// Payloads planted in the page fixture: scraped text that must stay text.
const (
	xssText    = `<script>window.__xss=1</script>`
	xssSpeaker = `Rex <img src=x onerror="window.__xss=2"> Tanner`
	xssURL     = `javascript:window.__xss=3`
)

// pageRecords is an invented month in a harbour town: four outlets, a
// handful of speakers, 23 distinct statements (one carried by two
// outlets) spread over November 2025, and some hostile scraped text.
func pageRecords() []index.Record {
	day := func(d, h int) time.Time { return time.Date(2025, 11, d, h, 0, 0, 0, time.UTC) }
	art := func(slug string) string { return "https://news.example/" + slug + ".html" }
	recs := []index.Record{
		{Speaker: "Mayor Elena Marquez", Cue: "said", Kind: "direct", Text: "The night ferry will run until midnight from the first of December.", URL: art("ferry-hours"), Title: "Night Ferry Gets Longer Hours", Outlet: "The Harbor Ledger", Published: day(3, 9)},
		{Speaker: "Elena Marquez", Cue: "told", Kind: "indirect", To: "reporters", Text: "the ferry subsidy would be paid for by the parking levy", URL: art("ferry-hours"), Paragraph: 3, Title: "Night Ferry Gets Longer Hours", Outlet: "The Harbor Ledger", Published: day(3, 9)},
		{Speaker: "Elena Marquez", Cue: "warned", Kind: "direct", Text: "If the storm surge tops the sea wall again, the ferry terminal floods first.", URL: art("storm-wall"), Title: "Sea Wall Repairs Fall Behind", Outlet: "Coastal Courier", Published: day(12, 15)},
		{Speaker: "Elena Marquez", Cue: "said", Kind: "mixed", Text: "the dredging contract was \"the best deal this harbor has seen\"", URL: art("dredging"), Title: "Dredging Contract Signed", Outlet: "The Harbor Ledger", Published: day(20, 11)},
		{Speaker: "Hugh Hill", Cue: "said", Kind: "indirect", Text: "ferry pilots had asked for a deeper channel for years", URL: art("dredging"), Paragraph: 2, Title: "Dredging Contract Signed", Outlet: "The Harbor Ledger", Published: day(20, 11)},
		{Speaker: "Hugh Hill", Cue: "added", Kind: "direct", Text: "We have scraped the bottom twice this winter already.", URL: art("dredging"), Paragraph: 4, Title: "Dredging Contract Signed", Outlet: "The Harbor Ledger", Published: day(20, 11)},
		{Speaker: "Hugh Hill", Cue: "told", Kind: "indirect", To: "Bay Radio", Text: "the late ferry was often half empty after ten", URL: art("pilots"), Title: "Pilots Weigh In", Outlet: "Bay Radio", Published: day(7, 18)},
		{Speaker: "Amara Nwosu", Cue: "cautioned", Kind: "indirect", Text: "the price spike said little about the health of the fish stocks themselves", URL: art("fish-prices"), Title: "Fish Prices Climb", Outlet: "Coastal Courier", Published: day(24, 13)},
		{Speaker: "Amara Nwosu", Cue: "said", Kind: "direct", Text: "Cod is scarce, but mackerel has never been cheaper.", URL: art("fish-prices"), Paragraph: 5, Title: "Fish Prices Climb", Outlet: "Coastal Courier", Published: day(24, 13)},
		{Speaker: "Amara Nwosu", Cue: "argued", Kind: "indirect", Text: "a cheaper ferry ticket would bring more buyers to the fish market", URL: art("market"), Title: "Market Traders Want Weekend Boats", Outlet: "Bay Radio", Published: day(26, 10)},
		{Speaker: "Port Authority", Cue: "said", Kind: "indirect", Text: "the ferry timetable would be published on Friday", URL: art("timetable"), Title: "Timetable Delayed", Outlet: "Island Gazette", Published: day(14, 8)},
		{Speaker: "Port Authority", Cue: "said", Kind: "indirect", Text: "the ferry timetable would be published on Friday", URL: "https://radio.example/news/timetable", Title: "Ferry Timetable Late Again", Outlet: "Bay Radio", Published: day(14, 12)},
		{Speaker: "Port Authority", Cue: "announced", Kind: "indirect", Text: "berth four would close for repairs until spring", URL: art("berth"), Title: "Berth Four Closes", Outlet: "Island Gazette", Published: day(1, 7)},
		{Speaker: "Councillor Sam Okafor", Cue: "said", Kind: "direct", Text: "Nobody asked the islanders whether they wanted a later ferry or a cheaper one.", URL: art("council"), Title: "Council Splits Over Island Plan", Outlet: "Island Gazette", Published: day(18, 19)},
		{Speaker: "Sam Okafor", Cue: "said", Kind: "indirect", Text: "the council would vote on the harbor budget in December", URL: art("council"), Paragraph: 6, Title: "Council Splits Over Island Plan", Outlet: "Island Gazette", Published: day(18, 19)},
		{Speaker: "Grace Lindqvist", Cue: "wrote", Kind: "direct", Text: "The ferry plan is fine " + xssText + " said nobody who rides it at night.", URL: art("letters"), Title: "Letters: " + `<b>bold</b>` + " ideas", Outlet: "Coastal Courier", Published: day(27, 7)},
		{Speaker: xssSpeaker, Cue: "claimed", Kind: "indirect", Text: "the harbor cameras recorded nothing on the night of the fire", URL: xssURL, Title: "Camera Questions", Outlet: "Bay Radio", Published: day(28, 22)},
		{Speaker: "Elena Marquez", Cue: "said", Kind: "direct", Text: "Crêpes, café and ferry rides: the Sunday market is back.", URL: art("sunday"), Title: "Sunday Market Returns", Outlet: "The Harbor Ledger", Published: day(9, 12)},
	}
	for i := range 6 { // enough for a second page
		recs = append(recs, index.Record{Speaker: "Harbor Watch", Cue: "reported", Kind: "indirect",
			Text: fmt.Sprintf("high water at the quay was %d centimetres above the mark", 40+i*7), URL: art(fmt.Sprintf("tides-%d", i)),
			Title: "Tide Watch", Outlet: "Island Gazette", Published: day(2+i*4, 6)})
	}
	return recs
}

// pageIndex is a temporary index holding pageRecords.
func pageIndex(t testing.TB) *index.Index {
	t.Helper()
	ix, err := index.Open(t.TempDir(), index.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	if err := ix.Add(context.Background(), pageRecords()); err != nil {
		t.Fatal(err)
	}
	return ix
}
