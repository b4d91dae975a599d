# The two commands of the README: `make timeline` writes TIMELINE.md from the
# data, `make test` runs every check CI runs.
GO ?= go
BIN := bin/timeline

.PHONY: all build test timeline lint fmt-check vet unit tz validate fuzz bench bench-accuracy e2e

all: build

build:
	$(GO) build -o $(BIN) ./cmd/timeline

# ARTICLES=data/articles adds the articles' evidence, proposals and conflicts
# (the committed TIMELINE.md is the curated chronology alone).
ARTICLES ?=
timeline:
	$(GO) run ./cmd/timeline build --data data --mermaid $(if $(ARTICLES),--articles $(ARTICLES)) -o TIMELINE.md
	$(GO) run ./cmd/timeline build --data data --format json -o docs/timeline.json
	$(GO) run ./cmd/timeline build --data data --format svg -o docs/timeline.svg

test: fmt-check vet unit tz validate

fmt-check:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; echo "run: gofmt -w ."; exit 1; fi

vet:
	$(GO) vet ./...

unit:
	$(GO) test -race ./...

# The tests again under a time zone with a 12:45 offset: a hidden use of the
# machine's local zone shows up as a wrong day.
# TestTZProbe (cmd/timeline) fails unless the zone really applied.
TZ_PROBE := Pacific/Chatham
tz:
	TZ=$(TZ_PROBE) TIMELINE_TZ_PROBE=$(TZ_PROBE) $(GO) test -count=1 ./...

validate:
	$(GO) run ./cmd/timeline validate --data data
	$(GO) run ./cmd/timeline fmt --check data/events

lint: fmt-check vet
	$(GO) mod tidy -diff

# Short fuzzing runs of every parser (CI runs them); longer runs by hand with
# FUZZTIME=10m make fuzz. CI fuzzes by count (N executions, `Nx`), not by time:
# a short time budget can end in Go's "context deadline exceeded" race.
FUZZTIME ?= 3000x
FUZZ_TARGETS := timeline/edtf:FuzzParse timeline:FuzzLoadEvent timeline:FuzzNamedDays timeline:FuzzFormat \
	timeline/temporal:FuzzTag timeline/article:FuzzReadText timeline/article:FuzzReadHTML timeline/article:FuzzParseLine \
	render:FuzzRenderEvent timeline/merge:FuzzMerge timeline/extract:FuzzSentence
fuzz:
	@set -e; for t in $(FUZZ_TARGETS); do \
		pkg=$${t%%:*}; name=$${t##*:}; \
		echo "fuzz $$name ($$pkg, $(FUZZTIME))"; \
		$(GO) test -run='^$$' -fuzz="^$$name\$$" -fuzztime=$(FUZZTIME) ./$$pkg; \
	done

# Speed: the tagger's and the extractor's benchmarks.
bench:
	$(GO) test -run='^$$' -bench=. -benchmem ./timeline/temporal ./timeline/extract

# Accuracy of the tagger on the TimeML dev sets beside the repository.
BENCH_DIR ?= ../shared/bench
bench-accuracy: build
	@if [ ! -d "$(BENCH_DIR)" ]; then echo "skipping bench-accuracy: $(BENCH_DIR) is not here"; exit 0; fi; \
	set -e; for set in tbaq wikiwars-dev ru-dev ja-dev; do \
		echo "== $$set"; \
		$(BIN) extract --format jsonl "$(BENCH_DIR)/$$set/docs.jsonl" > "bin/$$set.jsonl"; \
		python3 "$(BENCH_DIR)/timex_score.py" "$(BENCH_DIR)/$$set/gold.jsonl" "bin/$$set.jsonl" --docs "$(BENCH_DIR)/$$set/docs.jsonl"; \
	done

# The exports in the software that reads them, in headless Chromium (Debian's
# chromium at /usr/bin/chromium): TimelineJS3; the HTML page and the SVG
# measured as drawn (label boxes, ticks per year, focus, phone and dark, with
# screenshots in bin/e2e); TIMELINE.md's Mermaid diagrams through mermaid;
# the Vega-Lite spec through vega. Installs the npm packages from the lock
# file.
E2E := render/testdata/e2e
e2e: build
	@command -v $${CHROMIUM:-/usr/bin/chromium} >/dev/null || { echo "e2e needs Chromium at /usr/bin/chromium (apt-get install chromium), or set CHROMIUM"; exit 1; }
	cd $(E2E) && npm ci --no-audit --no-fund
	mkdir -p bin/e2e
	$(BIN) build --data data --format json -o bin/e2e/timeline.json
	$(BIN) build --data data --format timelinejs -o bin/e2e/timeline.timelinejs.json
	$(BIN) build --data data --format html -o bin/e2e/timeline.html
	$(BIN) build --data data --format svg -o bin/e2e/timeline.svg
	$(BIN) build --data data --mermaid -o bin/e2e/TIMELINE.md
	$(BIN) build --data data --format vega-lite -o bin/e2e/timeline.vl.json
	node $(E2E)/e2e.mjs bin/e2e
