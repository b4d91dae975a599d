# The two commands of the README: `make timeline` writes TIMELINE.md from the
# data, `make test` runs every check CI runs.
GO ?= go
BIN := bin/timeline

.PHONY: all build test timeline lint fmt-check vet unit tz validate fuzz

all: build

build:
	$(GO) build -o $(BIN) ./cmd/timeline

timeline:
	$(GO) run ./cmd/timeline build --data data -o TIMELINE.md

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
tz:
	TZ=Pacific/Chatham $(GO) test -count=1 ./...

validate:
	$(GO) run ./cmd/timeline validate --data data

lint: fmt-check vet
	$(GO) mod tidy -diff

# Short fuzzing runs of every parser; longer runs by hand with FUZZTIME=10m.
FUZZTIME ?= 20s
fuzz:
	$(GO) test -run='^$$' -fuzz=FuzzParse -fuzztime=$(FUZZTIME) ./timeline/edtf
	$(GO) test -run='^$$' -fuzz=FuzzLoadEvent -fuzztime=$(FUZZTIME) ./timeline
