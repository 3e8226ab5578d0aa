package pipeline

import (
	"context"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/quotewire/quotewire/config"
)

func TestMetricsCountACrawl(t *testing.T) {
	srv := httptest.NewServer(badSite())
	defer srv.Close()
	cfg := testConfig(t, config.Source{Name: "bad", Start: []string{srv.URL + "/"}})
	p := openTest(t, cfg)
	defer p.Close()
	reg := prometheus.NewRegistry()
	p.Metrics = NewMetrics(reg)
	st, err := p.Run(context.Background(), &cfg.Sources[0])
	if err != nil {
		t.Fatal(err)
	}
	if got := testutil.ToFloat64(p.Metrics.pages.WithLabelValues("bad", "404")); got != 1 {
		t.Errorf("404 responses counted: %v", got)
	}
	if got := testutil.ToFloat64(p.Metrics.statements.WithLabelValues("bad")); got != float64(st.Statements) || got == 0 {
		t.Errorf("statements metric %v, crawl reported %d", got, st.Statements)
	}
	if got := testutil.ToFloat64(p.Metrics.queue.WithLabelValues("bad")); got != 0 {
		t.Errorf("queue depth after the run: %v", got)
	}
	n, err := testutil.GatherAndCount(reg, "quotewire_run_duration_seconds")
	if err != nil || n != 1 {
		t.Errorf("run duration series: %d, %v", n, err)
	}
	if err := testutil.GatherAndCompare(reg, strings.NewReader(`
# HELP quotewire_articles_indexed_total Articles extracted and indexed, by source.
# TYPE quotewire_articles_indexed_total counter
quotewire_articles_indexed_total{source="bad"} 1
`), "quotewire_articles_indexed_total"); err != nil {
		t.Error(err)
	}
}
