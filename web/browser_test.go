package web

import (
	"context"
	"encoding/csv"
	"fmt"
	"net/http/httptest"
	"os"
	"os/exec"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// The browser test drives the search page in a real headless Chromium
// (Debian: apt-get install chromium). Without a browser it is skipped,
// unless QUOTEWIRE_BROWSER_TEST=required (as CI sets it), when it fails.
// QUOTEWIRE_CHROMIUM names the binary when it is not on PATH as chromium,
// chromium-browser or google-chrome; QUOTEWIRE_SCREENSHOT=FILE.png saves a
// screenshot of the page with results.

// chromiumPath finds a Chromium or Chrome binary, or returns "".
func chromiumPath() string {
	if p := os.Getenv("QUOTEWIRE_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// browser starts a headless Chromium for t and returns a context for its
// first tab; it skips t when there is no browser.
func browser(t *testing.T) context.Context {
	t.Helper()
	path := chromiumPath()
	if path == "" {
		msg := "no chromium binary found (apt-get install chromium, or set QUOTEWIRE_CHROMIUM); browser test skipped"
		if os.Getenv("QUOTEWIRE_BROWSER_TEST") == "required" {
			t.Fatal(msg + ", but QUOTEWIRE_BROWSER_TEST=required")
		}
		t.Skip(msg)
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		// Keep Chromium off the network: nothing but the test server.
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("disable-default-apps", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("no-proxy-server", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	}
	ctx, cancel := context.WithTimeout(context.Background(), 45*time.Second)
	t.Cleanup(cancel)
	actx, acancel := chromedp.NewExecAllocator(ctx, opts...)
	t.Cleanup(acancel)
	bctx, bcancel := chromedp.NewContext(actx)
	t.Cleanup(bcancel)
	return bctx
}

// console collects what the page logs, to fail on script errors and CSP
// violations.
type console struct {
	mu   sync.Mutex
	msgs []string
}

func watchConsole(ctx context.Context) *console {
	c := &console{}
	msgs := chromedp.Console(ctx)
	go func() {
		for m, err := range msgs {
			if err != nil {
				return
			}
			c.mu.Lock()
			c.msgs = append(c.msgs, m.String())
			c.mu.Unlock()
		}
	}()
	return c
}

// problems returns the exceptions, errors and CSP reports logged so far.
func (c *console) problems() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	var out []string
	for _, m := range c.msgs {
		if strings.Contains(m, "status of 400") {
			continue // the bad query, on purpose
		}
		if strings.HasPrefix(m, "exception:") || strings.HasPrefix(m, "error:") || strings.Contains(m, "Content Security Policy") {
			out = append(out, m)
		}
	}
	return out
}

func TestServePageInBrowser(t *testing.T) {
	ctx := browser(t)
	srv := httptest.NewServer(Handler(Options{Index: pageIndex(t)}))
	defer srv.Close()

	run := func(what string, steps ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(ctx, steps...); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	eval := func(expr string) string {
		t.Helper()
		s, err := chromedp.Run(ctx, chromedp.Evaluate[string](expr))
		if err != nil {
			t.Fatalf("evaluate %s: %v", expr, err)
		}
		return s
	}
	evalInt := func(expr string) int {
		t.Helper()
		n, err := chromedp.Run(ctx, chromedp.Evaluate[int](expr))
		if err != nil {
			t.Fatalf("evaluate %s: %v", expr, err)
		}
		return n
	}
	// searched waits until the page has finished its n-th search.
	searched := func(n int) chromedp.Action[chromedp.Void] {
		return chromedp.Poll[chromedp.Void](fmt.Sprintf(`document.body.dataset.searches === "%d"`, n),
			chromedp.WithPollingTimeout(10*time.Second), chromedp.WithPollingInterval(20*time.Millisecond))
	}
	speakers := func() []string {
		t.Helper()
		s := eval(`[...document.querySelectorAll("#hits .hit .speaker")].map(e => e.textContent).join("\n")`)
		if s == "" {
			return nil
		}
		return strings.Split(s, "\n")
	}

	cons := watchConsole(ctx)
	run("open the page", chromedp.Navigate(srv.URL+"/"), searched(1))
	if n := evalInt(`document.querySelectorAll("#hits .hit").length`); n != 20 {
		t.Errorf("first page lists %d statements, want 20", n)
	}
	if got := eval(`document.getElementById("status").textContent`); !strings.HasPrefix(got, "23 statements · page 1 of 2") {
		t.Errorf("status line %q", got)
	}
	run("next page", chromedp.Click(chromedp.CSS("#next")), searched(2))
	if n := evalInt(`document.querySelectorAll("#hits .hit").length`); n != 3 {
		t.Errorf("second page lists %d statements, want 3", n)
	}
	if got := eval(`location.search`); got != "?page=2" {
		t.Errorf("URL of the second page: %q", got)
	}
	run("previous page", chromedp.Click(chromedp.CSS("#prev")), searched(3))

	// Type a query and submit it.
	run("search for ferry", chromedp.SendKeys(chromedp.CSS("#q"), "ferry"), chromedp.Click(chromedp.CSS("#go")), searched(4))
	if got := eval(`location.search`); got != "?q=ferry" {
		t.Errorf("after the search the URL query is %q, want ?q=ferry", got)
	}
	texts := eval(`[...document.querySelectorAll("#hits .hit .text")].map(e => e.textContent).join("\n")`)
	nFerry := len(strings.Split(texts, "\n"))
	if nFerry != 10 {
		t.Errorf("ferry: %d results, want 10:\n%s", nFerry, texts)
	}
	for _, line := range strings.Split(texts, "\n") {
		if !strings.Contains(strings.ToLower(line), "ferry") {
			t.Errorf("result without ferry: %q", line)
		}
	}
	if marks := eval(`[...new Set([...document.querySelectorAll("#hits mark")].map(e => e.textContent.toLowerCase()))].join(",")`); marks != "ferry" {
		t.Errorf("highlighted words: %q, want ferry", marks)
	}
	if got := eval(`document.getElementById("status").textContent`); !strings.HasPrefix(got, "10 statements") {
		t.Errorf("status line %q", got)
	}
	// The timetable statement is in two outlets: one hit, with the other
	// outlet linked under it.
	if got := eval(`[...document.querySelectorAll("#hits .also a")].map(a => a.textContent + " " + a.getAttribute("href")).join("|")`); got != "Bay Radio (2025-11-14) https://radio.example/news/timetable" &&
		got != "Island Gazette (2025-11-14) https://news.example/timetable.html" {
		t.Errorf("also-in links: %q, want the other copy of the timetable statement", got)
	}
	if n := evalInt(`document.querySelectorAll("#timeline-chart svg .bar").length`); n == 0 {
		t.Error("no timeline bars")
	}

	// Facets: click a speaker.
	facet := `#facet-speakers button.facet[data-value="Elena Marquez"]`
	if got := eval(`document.querySelector('` + facet + ` .count').textContent`); got != "4" {
		t.Errorf("Elena Marquez facet count %q, want 4", got)
	}
	run("click the speaker facet", chromedp.Click(chromedp.CSS(facet)), searched(5))
	who := speakers()
	if len(who) != 4 {
		t.Errorf("after the speaker facet: %d results, want 4 (%q)", len(who), who)
	}
	for _, s := range who {
		if s != "Elena Marquez" {
			t.Errorf("speaker facet: result by %q", s)
		}
	}
	loc := eval(`location.search`)
	if !strings.Contains(loc, "q=ferry") || !strings.Contains(loc, "speaker=%22Elena+Marquez%22") {
		t.Errorf("URL after the speaker facet: %q", loc)
	}
	if got := eval(`document.getElementById("speaker").value`); got != `"Elena Marquez"` {
		t.Errorf("speaker box shows %q", got)
	}
	if got := eval(`document.querySelector("#hits .hit .role") ? document.querySelector("#hits .hit .role").textContent : ""`); got == "" {
		t.Log("no role shown on the first hit")
	}

	// The CSV link exports the same query.
	href := eval(`document.getElementById("csv").getAttribute("href")`)
	if want := "/api/export.csv?q=ferry&speaker=%22Elena+Marquez%22"; href != want {
		t.Errorf("CSV link %q, want %q", href, want)
	}
	body, err := chromedp.Run(ctx, chromedp.Evaluate[string](`fetch(document.getElementById("csv").href).then(r => r.text())`, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("fetch the CSV link: %v", err)
	}
	rows, err := csv.NewReader(strings.NewReader(body)).ReadAll()
	if err != nil {
		t.Fatalf("CSV link: %v\n%s", err, body)
	}
	if len(rows) != 5 || rows[0][1] != "speaker" {
		t.Errorf("CSV has %d rows, want a header and 4:\n%s", len(rows), body)
	}
	for _, r := range rows[1:] {
		if !strings.Contains(r[1], "Elena Marquez") || !strings.Contains(strings.ToLower(r[4]), "ferry") {
			t.Errorf("CSV row not by Elena Marquez about ferries: %q", r)
		}
	}

	// The back button returns to the plain ferry search.
	run("go back", chromedp.NavigateBack(), searched(6))
	if got := eval(`location.search`); got != "?q=ferry" {
		t.Errorf("after back the URL query is %q, want ?q=ferry", got)
	}
	if got := eval(`document.getElementById("speaker").value`); got != "" {
		t.Errorf("after back the speaker box shows %q", got)
	}
	if n := len(speakers()); n != nFerry {
		t.Errorf("after back: %d results, want %d", n, nFerry)
	}

	// Hostile scraped text stays text.
	run("search for the letter", chromedp.Evaluate[chromedp.Void](`document.getElementById("q").value = ""`), chromedp.SendKeys(chromedp.CSS("#q"), "nobody rides"), chromedp.Click(chromedp.CSS("#go")), searched(7))
	if got := eval(`location.search + " " + document.querySelector("#hits .hit .text")?.textContent`); !strings.Contains(got, xssText) {
		t.Errorf("statement text %q does not show %s literally", got, xssText)
	}
	run("open all", chromedp.Navigate(srv.URL+"/?speaker=tanner"), searched(1))
	if got := speakers(); len(got) != 1 || !strings.Contains(got[0], `<img src=x onerror="window.__xss=2">`) {
		t.Errorf("speaker %q does not show the img tag literally", got)
	}
	if got := eval(`document.querySelector("#facet-speakers .facet .name").textContent`); !strings.Contains(got, "<img") {
		t.Errorf("speaker facet %q does not show the img tag literally", got)
	}
	run("open all", chromedp.Navigate(srv.URL+"/"), searched(1))
	if got := eval(`typeof window.__xss`); got != "undefined" {
		t.Errorf("window.__xss is %s: scraped markup ran", got)
	}
	if n := evalInt(`document.querySelectorAll("img, script:not([src]), #hits b, a[href^='javascript:' i]").length`); n != 0 {
		t.Errorf("%d elements made from scraped markup or javascript: links", n)
	}

	// A bad query says what is wrong.
	run("bad query", chromedp.SetValue(chromedp.CSS("#q"), "ferry AND"), chromedp.Click(chromedp.CSS("#go")), searched(2))
	if msg := eval(`document.getElementById("error").hidden ? "" : document.getElementById("error").textContent`); !strings.Contains(msg, "AND") {
		t.Errorf("bad query: error box shows %q", msg)
	}

	if file := os.Getenv("QUOTEWIRE_SCREENSHOT"); file != "" {
		var png []byte
		run("screenshot",
			chromedp.Navigate(srv.URL+"/?q=ferry"), searched(1),
			chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
				var err error
				png, err = chromedp.FullScreenshot(100)(ctx, tg)
				return err
			}))
		if err := os.WriteFile(file, png, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if p := cons.problems(); len(p) > 0 {
		t.Errorf("the page logged problems:\n%s", strings.Join(p, "\n"))
	}
}
