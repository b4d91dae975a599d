# The two commands of the README: `make timeline` writes TIMELINE.md from the
# data, `make test` runs every check CI runs.
GO ?= go
BIN := bin/timeline

.PHONY: all build test timeline lint fmt-check vet unit tz validate fuzz bench bench-accuracy profile e2e mutate mutate-sample mutate-report

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
	timeline/temporal:FuzzTag timeline/article:FuzzReadText timeline/article:FuzzReadHTML timeline/article:FuzzParseLine timeline/article:FuzzScanLine \
	render:FuzzRenderEvent timeline/merge:FuzzMerge timeline/extract:FuzzSentence timeline/extract:FuzzExtractJSON
fuzz:
	@set -e; for t in $(FUZZ_TARGETS); do \
		pkg=$${t%%:*}; name=$${t##*:}; \
		echo "fuzz $$name ($$pkg, $(FUZZTIME))"; \
		$(GO) test -run='^$$' -fuzz="^$$name\$$" -fuzztime=$(FUZZTIME) ./$$pkg; \
	done

# Speed: the tagger's, the corpus reader's and the extractor's benchmarks
# (BenchmarkCorpus reads the mixed corpus `make profile` builds, or
# TIMELINE_SPEED_CORPUS=FILE).
bench:
	$(GO) test -run='^$$' -bench=. -benchmem ./timeline/temporal ./timeline/article ./timeline/extract

# Accuracy of the tagger on the TimeML dev sets beside the repository.
BENCH_DIR ?= ../shared/bench
bench-accuracy: build
	@if [ ! -d "$(BENCH_DIR)" ]; then echo "skipping bench-accuracy: $(BENCH_DIR) is not here"; exit 0; fi; \
	set -e; for set in tbaq wikiwars-dev ru-dev ja-dev; do \
		echo "== $$set"; \
		$(BIN) extract --format jsonl "$(BENCH_DIR)/$$set/docs.jsonl" > "bin/$$set.jsonl"; \
		python3 "$(BENCH_DIR)/timex_score.py" "$(BENCH_DIR)/$$set/gold.jsonl" "bin/$$set.jsonl" --docs "$(BENCH_DIR)/$$set/docs.jsonl"; \
	done

# Where extract's time and memory go: the mixed 20 MB corpus of
# ../shared/bench/speed (built once into bin/profile, or PROFILE_CORPUS=FILE)
# run on one core as the speed figures are, with the hidden --cpuprofile and
# --memprofile flags, and the top functions of each profile. The corpus is
# read PROFILE_PASSES times in one run: the profiler samples 100 times a
# second, too few in one pass of a third of a second.
PROFILE_DIR := bin/profile
PROFILE_CORPUS ?= $(PROFILE_DIR)/corpus.jsonl
PROFILE_PASSES ?= 5
profile: build
	@mkdir -p $(PROFILE_DIR)
	@if [ ! -f "$(PROFILE_CORPUS)" ]; then \
		if [ ! -f "$(BENCH_DIR)/speed/make_corpus.py" ]; then echo "skipping profile: $(BENCH_DIR)/speed/make_corpus.py is not here (or give PROFILE_CORPUS=FILE)"; exit 0; fi; \
		echo "building $(PROFILE_CORPUS) (20 MB, mixed)"; \
		python3 "$(BENCH_DIR)/speed/make_corpus.py" --out "$(PROFILE_CORPUS)" --mb 20 || exit 1; \
	fi; \
	set -e; \
	GOMAXPROCS=1 $(BIN) extract --format jsonl -j 1 --cpuprofile $(PROFILE_DIR)/cpu.prof --memprofile $(PROFILE_DIR)/mem.prof \
		$$(for i in $$(seq $(PROFILE_PASSES)); do echo "$(PROFILE_CORPUS)"; done) > $(PROFILE_DIR)/out.jsonl; \
	echo "== CPU ($(PROFILE_DIR)/cpu.prof)"; \
	$(GO) tool pprof -top -nodecount=25 $(BIN) $(PROFILE_DIR)/cpu.prof 2>/dev/null | sed '/^File:\|^Build ID:\|^Type:\|^Time:/d'; \
	echo "== CPU, cumulative"; \
	$(GO) tool pprof -top -cum -nodecount=40 $(BIN) $(PROFILE_DIR)/cpu.prof 2>/dev/null | sed '/^File:\|^Build ID:\|^Type:\|^Time:/d'; \
	echo "== memory allocated ($(PROFILE_DIR)/mem.prof)"; \
	$(GO) tool pprof -top -sample_index=alloc_space -nodecount=15 $(BIN) $(PROFILE_DIR)/mem.prof 2>/dev/null | sed '/^File:\|^Build ID:\|^Type:\|^Time:/d'

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

# Mutation testing (not in CI: hours on 2 cores). Gremlins, pinned, run with
# `go run` so nothing is installed and go.mod is untouched. It must run from
# the module root with the package path as argument. A mutant's time limit is
# the time of the first, coverage run times the coefficient: that run is made
# uncached (GOFLAGS=-count=1) and the coefficient is generous, because each
# mutant also recompiles the package, on 2 shared cores; with less, mutants
# time out falsely. Quicker iteration on one package:
#   make mutate MUTATE_PKGS=timeline/edtf
# or only the mutants in lines changed since main:
#   make mutate MUTATE_PKGS=render MUTATE_FLAGS='--workers 1 --timeout-coefficient 40 --diff main'
# Gremlins v0.6.0 calls every condition of a tagless switch NOT COVERED
# (no coverage block holds it, go-gremlins/gremlins#298); cmd/casemutants
# then runs those mutants too, where the tests reach the switch.
# Efficacy = killed / (killed + lived); "uncovered" is the share of all
# mutants no test reaches. Equivalent survivors: docs/mutants-equivalent.md.
GREMLINS := github.com/go-gremlins/gremlins/cmd/gremlins@v0.6.0
MUTATE_PKGS ?= timeline/edtf timeline/merge render timeline/article timeline/temporal
MUTATE_FLAGS ?= --workers 1 --timeout-coefficient 40
MUTATE_OUT := bin/mutate
mutate:
	@mkdir -p $(MUTATE_OUT); set -e; \
	for p in $(MUTATE_PKGS); do \
		name=$$(echo $$p | tr / -); \
		echo "mutate $$p (log: $(MUTATE_OUT)/$$name.log)"; \
		GOFLAGS=-count=1 $(GO) run $(GREMLINS) unleash $(MUTATE_FLAGS) -o $(MUTATE_OUT)/$$name.json ./$$p > $(MUTATE_OUT)/$$name.log 2>&1 \
			|| { tail -20 $(MUTATE_OUT)/$$name.log; exit 1; }; \
		$(GO) run ./cmd/casemutants -report $(MUTATE_OUT)/$$name.json ./$$p >> $(MUTATE_OUT)/$$name.log; \
		grep -E '^ *(LIVED|NOT COVERED|TIMED OUT) ' $(MUTATE_OUT)/$$name.log | sed 's/^ */    /' || true; \
	done
	@$(MAKE) --no-print-directory mutate-report MUTATE_PKGS="$(MUTATE_PKGS)"

# A seeded random sample of SAMPLE mutants per package, for a package too
# slow to mutate in full here (temporal: 2,800 mutants): gremlins' dry run
# lists them, cmd/casemutants draws and runs the sample. The efficacy of the
# sample estimates the package's; the uncovered share is the whole package's.
SAMPLE ?= 120
SEED ?= 1
# MUTATE_FILES=REGEX draws only from the files whose base name matches (to
# find one part's survivors; the package's estimate needs the whole draw).
MUTATE_FILES ?=
mutate-sample:
	@mkdir -p $(MUTATE_OUT); set -e; \
	for p in $(MUTATE_PKGS); do \
		name=$$(echo $$p | tr / -); \
		echo "mutate a sample of $(SAMPLE) of $$p (log: $(MUTATE_OUT)/$$name.log)"; \
		GOFLAGS=-count=1 $(GO) run $(GREMLINS) unleash --dry-run -o $(MUTATE_OUT)/$$name.json ./$$p > $(MUTATE_OUT)/$$name.log 2>&1 \
			|| { tail -20 $(MUTATE_OUT)/$$name.log; exit 1; }; \
		$(GO) run ./cmd/casemutants -dry -sample $(SAMPLE) -seed $(SEED) $(if $(MUTATE_FILES),-files '$(MUTATE_FILES)') -report $(MUTATE_OUT)/$$name.json ./$$p >> $(MUTATE_OUT)/$$name.log; \
		grep -E '^ *(LIVED|TIMED OUT) .*sample' $(MUTATE_OUT)/$$name.log | sed 's/^ */    /' || true; \
	done
	@$(MAKE) --no-print-directory mutate-report MUTATE_PKGS="$(MUTATE_PKGS)"

# The table of the last `make mutate` (or mutate-sample) of each package,
# from its JSON report; "mutants" counts all, run or not.
mutate-report:
	@count() { grep -o "\"status\":\"$$2\"" "$$1" | wc -l | tr -d ' '; }; \
	printf '%-20s %8s %7s %6s %12s %10s %9s %10s\n' package mutants killed lived "not covered" "timed out" efficacy uncovered; \
	for p in $(MUTATE_PKGS); do \
		f=$(MUTATE_OUT)/$$(echo $$p | tr / -).json; \
		[ -f $$f ] || { printf '%-20s no report (%s)\n' $$p $$f; continue; }; \
		k=$$(count $$f KILLED); l=$$(count $$f LIVED); n=$$(count $$f "NOT COVERED"); \
		t=$$(count $$f "TIMED OUT"); v=$$(count $$f "NOT VIABLE"); r=$$(count $$f RUNNABLE); \
		awk -v p=$$p -v k=$$k -v l=$$l -v n=$$n -v t=$$t -v v=$$v -v r=$$r 'BEGIN { \
			all = k + l + n + t + v + r; \
			e = (k + l) ? 100 * k / (k + l) : 0; c = all ? 100 * n / all : 0; \
			printf "%-20s %8d %7d %6d %12d %10d %8.1f%% %9.1f%%\n", p, all, k, l, n, t, e, c }'; \
	done
