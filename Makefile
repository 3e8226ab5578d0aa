# quotewire: see README.md. Every target works offline once modules are downloaded.
GO       ?= go
BIN      ?= bin/quotewire
SHARED   ?= ../shared
FUZZTIME ?= 60s

.PHONY: build test lint demo bench bench-articles eval fuzz e2e clean

build:
	$(GO) build -o $(BIN) ./cmd/quotewire

# Tests that are slow under the race detector (large or pathological
# inputs, the 181-page benchmark); they run once more without it.
SLOW_TESTS = TestArticleBenchF1|Pathological

## test: the whole suite, with the race detector (what CI runs)
test:
	$(GO) test -race -count=1 -skip '$(SLOW_TESTS)' ./...
	$(GO) test -count=1 -run '$(SLOW_TESTS)' ./...

lint:
	$(GO) vet ./...
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi

## demo: crawl the built-in sample site offline and show example searches
demo: build
	./$(BIN) demo

## bench: every benchmark, with figures (see docs/BENCHMARKS.md)
bench:
	$(GO) test -run '^$$' -bench . -benchmem -count 1 ./...

## bench-articles: body F1 and pages/s on $(SHARED)/bench/article-extraction
bench-articles:
	$(GO) test -count=1 -run 'TestArticleBenchF1' -v ./extractors | grep -E 'F1|SKIP|ok|FAIL'
	$(GO) test -run '^$$' -bench 'BenchmarkArticles' -benchmem -count 1 ./extractors

## eval: statement extraction scored against $(SHARED)/gold/dev
eval: build
	@if [ -d $(SHARED)/gold/dev ]; then ./$(BIN) eval --gold $(SHARED)/gold/dev; \
	else echo "eval: $(SHARED)/gold/dev not found; skipped"; fi

## e2e: slow end-to-end suites (SIGKILL durability of the daemon)
e2e:
	$(GO) test -tags e2e -count=1 -run 'SIGKILL' -v ./cmd/quotewire

## fuzz: run each fuzz target for $(FUZZTIME)
fuzz:
	$(GO) test ./extractors -run '^$$' -fuzz '^FuzzStatements$$' -fuzztime $(FUZZTIME)
	$(GO) test ./extractors -run '^$$' -fuzz '^FuzzFromReader$$' -fuzztime $(FUZZTIME)

clean:
	rm -rf bin
