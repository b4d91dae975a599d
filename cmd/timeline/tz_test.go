package main

import (
	"os"
	"testing"
	"time"
)

// TestTZProbe proves that `make tz` really runs the tests under another
// zone: with TIMELINE_TZ_PROBE set to the zone the Makefile exports in TZ,
// the process's local zone must be that zone and not UTC. Without the
// variable (a plain `go test`) there is nothing to prove.
func TestTZProbe(t *testing.T) {
	want := os.Getenv("TIMELINE_TZ_PROBE")
	if want == "" {
		t.Skip("TIMELINE_TZ_PROBE not set: run by `make tz`")
	}
	loc, err := time.LoadLocation(want)
	if err != nil {
		t.Fatalf("zone %q of TIMELINE_TZ_PROBE: %v", want, err)
	}
	// Midwinter and midsummer of 2024: a zone with daylight saving differs
	// from UTC on at least one of them, as Pacific/Chatham (+12:45/+13:45) does.
	for _, at := range []time.Time{
		time.Date(2024, 1, 15, 12, 0, 0, 0, time.UTC),
		time.Date(2024, 7, 15, 12, 0, 0, 0, time.UTC),
	} {
		_, local := at.In(time.Local).Zone()
		_, zone := at.In(loc).Zone()
		if local != zone {
			t.Fatalf("local offset at %s is %+ds, want %s's %+ds: TZ=%q was not applied", at.Format(time.DateOnly), local, want, zone, os.Getenv("TZ"))
		}
		if local == 0 {
			t.Fatalf("local offset at %s is 0: the tests still run in UTC", at.Format(time.DateOnly))
		}
	}
}
