package temporal

import (
	"strings"
	"testing"
	"time"
)

// A run of prefixes or of weekdays made every position parse the whole rest
// of the run (128 KB of "later " took minutes). With the nesting bound one
// pass is linear: each of these takes milliseconds; the limit is far above
// that so that a loaded machine cannot fail it, and far below the old time.
func TestNestingRunsAreLinear(t *testing.T) {
	anchor := time.Date(2024, 1, 30, 0, 0, 0, 0, time.UTC)
	for _, unit := range []string{"later ", "earlier ", "around ", "about ", "the end of ", "the second half of ",
		"the latter part of ", "the first two quarters of ", "Monday ", "9:30 Monday ", "January "} {
		text := strings.Repeat(unit, 128<<10/len(unit))
		done := make(chan []Mention, 1)
		go func() { done <- Tag(text, anchor) }()
		select {
		case ms := <-done:
			for _, m := range ms {
				if text[m.Start:m.End] != m.Text {
					t.Fatalf("%q: mention %+v is not its span", unit, m)
				}
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("tagging 128 KB of %q takes over 10 s", unit)
		}
	}
}

// Nesting that real text uses still parses whole.
func TestNestingKeepsRealPhrases(t *testing.T) {
	anchor := time.Date(2024, 1, 30, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct{ text, mention, value string }{
		{"It happened at the end of the second half of 1990.", "the end of the second half of 1990", "1990-H2"},
		{"They met on Monday, January 29.", "Monday, January 29", "2024-01-29"},
		{"He spoke around 9:30 Monday.", "around 9:30 Monday", "2024-01-29T09:30"},
	} {
		ms := Tag(tt.text, anchor)
		if len(ms) == 0 || ms[0].Text != tt.mention || ms[0].Value != tt.value {
			t.Errorf("%q: %+v; want %q = %s", tt.text, ms, tt.mention, tt.value)
		}
	}
}

// TagLimit keeps the first mentions Tag finds and stops there.
func TestTagLimit(t *testing.T) {
	anchor := time.Date(2024, 1, 30, 0, 0, 0, 0, time.UTC)
	text := "In March 2022 and on Monday, then in May, and the day before 3 June 2021."
	all := Tag(text, anchor)
	for limit := 0; limit <= len(all)+1; limit++ {
		got, more := TagLimit(text, anchor, limit)
		n := min(limit, len(all))
		if len(got) != n || more != (limit < len(all)) {
			t.Fatalf("limit %d: %d mentions, more %v; all %d", limit, len(got), more, len(all))
		}
		for i := range got {
			if got[i] != all[i] {
				t.Errorf("limit %d: mention %d = %+v, want %+v", limit, i, got[i], all[i])
			}
		}
	}
	// Tag afterwards is not limited (the state is pooled).
	if again := Tag(text, anchor); len(again) != len(all) {
		t.Errorf("Tag after TagLimit: %d mentions, want %d", len(again), len(all))
	}
}

// TagLimitAppend keeps what dst held and counts its limit from there.
func TestTagLimitAppend(t *testing.T) {
	anchor := time.Date(2024, 1, 30, 0, 0, 0, 0, time.UTC)
	text := "In March 2022 and on Monday, then in May, and the day before 3 June 2021."
	all := Tag(text, anchor)
	held := Tag("It was signed on 19 October 1956.", anchor)
	if len(held) != 1 || len(all) < 3 {
		t.Fatalf("setup: %d held, %d all", len(held), len(all))
	}
	for limit := 0; limit <= len(all)+1; limit++ {
		dst := append(make([]Mention, 0, 1), held...)
		got, more := english.TagLimitAppend(dst, text, anchor, limit)
		n := min(limit, len(all))
		if len(got) != 1+n || more != (limit < len(all)) {
			t.Fatalf("limit %d: %d mentions, more %v; want 1+%d", limit, len(got), more, n)
		}
		if got[0] != held[0] {
			t.Errorf("limit %d: dst's mention became %+v", limit, got[0])
		}
		for i := range n {
			if got[1+i] != all[i] {
				t.Errorf("limit %d: mention %d = %+v, want %+v", limit, i, got[1+i], all[i])
			}
		}
	}
}
