package pipeline

import (
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// Metrics are the crawler's Prometheus metrics. A Pipeline without them
// (the zero value) records nothing.
type Metrics struct {
	pages      *prometheus.CounterVec
	bytes      *prometheus.CounterVec
	statements *prometheus.CounterVec
	articles   *prometheus.CounterVec
	queue      *prometheus.GaugeVec
	delay      *prometheus.GaugeVec
	runs       *prometheus.HistogramVec
}

// NewMetrics creates the metrics and registers them with reg.
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{
		pages: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "quotewire_pages_fetched_total", Help: "Responses received, by source and HTTP status (0: no response).",
		}, []string{"source", "status"}),
		bytes: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "quotewire_fetched_bytes_total", Help: "Response body bytes read, by source.",
		}, []string{"source"}),
		articles: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "quotewire_articles_indexed_total", Help: "Articles extracted and indexed, by source.",
		}, []string{"source"}),
		statements: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "quotewire_statements_extracted_total", Help: "Statements extracted and indexed, by source.",
		}, []string{"source"}),
		queue: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "quotewire_queue_depth", Help: "Requests queued or in flight in the current run, by source.",
		}, []string{"source"}),
		delay: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "quotewire_host_delay_seconds", Help: "Delay between requests to a host in the current run (politeness and Crawl-delay).",
		}, []string{"host"}),
		runs: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "quotewire_run_duration_seconds", Help: "Duration of a crawl run, by source and outcome.",
			Buckets: prometheus.ExponentialBuckets(1, 2, 14),
		}, []string{"source", "outcome"}),
	}
	reg.MustRegister(m.pages, m.bytes, m.articles, m.statements, m.queue, m.delay, m.runs)
	return m
}

func (m *Metrics) fetched(source string, status, n int) {
	if m == nil {
		return
	}
	m.pages.WithLabelValues(source, strconv.Itoa(status)).Inc()
	m.bytes.WithLabelValues(source).Add(float64(n))
}

func (m *Metrics) indexed(source string, statements int) {
	if m == nil {
		return
	}
	m.articles.WithLabelValues(source).Inc()
	m.statements.WithLabelValues(source).Add(float64(statements))
}

func (m *Metrics) queued(source string, delta float64) {
	if m == nil {
		return
	}
	m.queue.WithLabelValues(source).Add(delta)
}

func (m *Metrics) hostDelay(host string, d time.Duration) {
	if m == nil {
		return
	}
	m.delay.WithLabelValues(host).Set(d.Seconds())
}

func (m *Metrics) ran(source string, d time.Duration, failed bool) {
	if m == nil {
		return
	}
	outcome := "ok"
	if failed {
		outcome = "failed"
	}
	m.runs.WithLabelValues(source, outcome).Observe(d.Seconds())
}
