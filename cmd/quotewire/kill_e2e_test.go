//go:build e2e

package main

// The SIGKILL test: start the daemon against a local site, kill it with
// SIGKILL mid-crawl several times, let it finish, and compare its index with
// a clean run's. Run with `make e2e`.

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"
)

var (
	firstNames = []string{"Ada", "Bram", "Celia", "Dmitri", "Esther", "Farid", "Greta", "Hamid", "Ines", "Jonas"}
	lastNames  = []string{"Okafor", "Lindqvist", "Marquez", "Nakamura", "Petrov", "Quinn", "Rahman", "Sorensen", "Tanaka", "Uribe"}
	roles      = []string{"the harbour master", "a city councillor", "the union's secretary", "the port's chief engineer"}
	topics     = []string{"the ferry timetable", "the new sea wall", "winter fishing quotas", "the bridge repairs", "school bus routes"}
)

// killSite serves n generated articles and a feed listing them, slowly.
func killSite(n int) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		var b strings.Builder
		b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>Kill test</title>`)
		for i := range n {
			fmt.Fprintf(&b, "<item><title>Story %d</title><link>http://%s/news/%d.html</link></item>", i, r.Host, i)
		}
		b.WriteString("</channel></rss>")
		w.Write([]byte(b.String()))
	})
	mux.HandleFunc("/news/", func(w http.ResponseWriter, r *http.Request) {
		var i int
		fmt.Sscanf(strings.TrimPrefix(r.URL.Path, "/news/"), "%d.html", &i)
		time.Sleep(40 * time.Millisecond)
		a := firstNames[i%len(firstNames)] + " " + lastNames[(i/3)%len(lastNames)]
		b := firstNames[(i+4)%len(firstNames)] + " " + lastNames[(i/2+5)%len(lastNames)]
		topic := topics[i%len(topics)]
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, `<html><head><title>Story %d about %s</title>
<meta property="article:published_time" content="2025-11-%02dT08:00:00Z"></head><body><article><h1>Story %d about %s</h1>
<p>Residents packed the town hall on a wet evening to hear how %s would change over the coming year, story number %d.</p>
<p>"We have heard every complaint and we will publish a full plan by March," said %s, %s.</p>
<p>%s told the meeting that the budget for %s had been cut twice since the last election.</p>
<p>According to %s, at least %d families would be affected by the changes.</p>
</article></body></html>`, i, topic, 1+i%28, i, topic, topic, i, a, roles[i%len(roles)], b, topic, a, 10+i)
	})
	return mux
}

func buildBinary(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "quotewire")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

func exportRows(t *testing.T, bin, data string) [][]string {
	t.Helper()
	out, err := exec.Command(bin, "--data", data, "export").Output()
	if err != nil {
		t.Fatalf("export %s: %v", data, err)
	}
	rows, err := csv.NewReader(bytes.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	// The extraction time differs between runs; every other column must not.
	drop := slices.Index(rows[0], "extracted")
	for i, r := range rows {
		if drop >= 0 {
			rows[i] = slices.Delete(r, drop, drop+1)
		}
	}
	rows = rows[1:]
	slices.SortFunc(rows, func(a, b []string) int { return strings.Compare(strings.Join(a, "\x00"), strings.Join(b, "\x00")) })
	return rows
}

func TestSIGKILLLosesNothingDuplicatesNothing(t *testing.T) {
	const articles = 120
	srv := httptest.NewServer(killSite(articles))
	defer srv.Close()
	bin := buildBinary(t)
	dir := t.TempDir()
	cfgPath := filepath.Join(dir, "kill.yaml")
	os.WriteFile(cfgPath, []byte(fmt.Sprintf(`delay: 1ms
parallelism: 2
sources:
  - name: kill
    feeds: [%s/feed.xml]
    schedule: "@every 2s"
`, srv.URL)), 0o644)

	// The reference: one clean run.
	clean := filepath.Join(dir, "clean")
	if out, err := exec.Command(bin, "--config", cfgPath, "--data", clean, "crawl").CombinedOutput(); err != nil {
		t.Fatalf("clean crawl: %v\n%s", err, out)
	}
	want := exportRows(t, bin, clean)
	if len(want) < 2*articles {
		t.Fatalf("clean run found only %d statements", len(want))
	}

	// The daemon, killed again and again mid-crawl.
	data := filepath.Join(dir, "killed")
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range 6 {
		cmd := exec.Command(bin, "--config", cfgPath, "--data", data, "--log-level", "error", "daemon")
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(300+rng.IntN(900)) * time.Millisecond)
		cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait()
		t.Logf("kill %d done", i+1)
	}
	// Then let it finish: run until every article is done, stop it cleanly.
	cmd := exec.Command(bin, "--config", cfgPath, "--data", data, "--log-level", "error", "daemon")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(90 * time.Second)
	for time.Now().Before(deadline) {
		time.Sleep(time.Second)
		out, _ := exec.Command(bin, "--data", data, "search", "--format", "json", "--limit", "100000").Output()
		if bytes.Count(out, []byte("\n")) >= len(want) {
			break
		}
	}
	time.Sleep(2500 * time.Millisecond) // one more scheduled run: it must add nothing
	cmd.Process.Signal(syscall.SIGTERM)
	if err := cmd.Wait(); err != nil {
		t.Fatalf("daemon did not stop cleanly on SIGTERM: %v\n%s", err, stderr.String())
	}
	got := exportRows(t, bin, data)
	if len(got) != len(want) {
		t.Fatalf("after kills: %d statements, clean run: %d", len(got), len(want))
	}
	for i := range got {
		if strings.Join(got[i], "|") != strings.Join(want[i], "|") {
			t.Fatalf("row %d differs:\n got %q\nwant %q", i, got[i], want[i])
		}
	}
}
