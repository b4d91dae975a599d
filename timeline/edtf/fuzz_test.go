package edtf

import (
	"errors"
	"testing"
)

// FuzzParse checks that Parse never panics, that every error is an *Error
// pointing into the input, and that every success is self-consistent and
// survives a round trip through String.
func FuzzParse(f *testing.F) {
	for _, c := range allOKCases {
		f.Add(c.in)
	}
	for _, c := range concat(specErrCases, badCases) {
		f.Add(c.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := Parse(s)
		if err != nil {
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("error %T, want *Error", err)
			}
			if e.Input != s || e.Offset < 0 || e.Offset > len(s) || e.Msg == "" {
				t.Fatalf("bad error %+v", e)
			}
			if !v.IsZero() {
				t.Fatal("non-zero Value with error")
			}
			return
		}
		if v.IsZero() {
			t.Fatal("zero Value without error")
		}
		lo, hi := v.Earliest(), v.Latest()
		if hi.Before(lo) {
			t.Fatalf("Earliest %v after Latest %v", lo, hi)
		}
		if lo.Before(MinDay) || MaxDay.Before(hi) {
			t.Fatalf("bounds %v..%v outside MinDay..MaxDay", lo, hi)
		}
		for _, d := range []Day{lo, hi} {
			if d.Month < 1 || d.Month > 12 || d.Day < 1 || d.Day > daysIn(d.Year, d.Month) {
				t.Fatalf("invalid bound %v", d)
			}
		}
		if v.String() != s {
			t.Fatalf("String() = %q, want the input", v.String())
		}
		w, err := Parse(v.String())
		if err != nil {
			t.Fatalf("reparse of %q: %v", v.String(), err)
		}
		if w != v || w.Earliest() != lo || w.Latest() != hi || w.String() != v.String() {
			t.Fatalf("reparse differs: %q %v..%v", w, w.Earliest(), w.Latest())
		}
		if v.Display() == "" {
			t.Fatal("empty Display")
		}
		if v.Compare(w) != 0 || !v.Overlaps(w) || !v.Contains(lo) || !v.Contains(hi) {
			t.Fatal("value not equal to / overlapping / containing its own bounds")
		}
	})
}
