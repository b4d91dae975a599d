package edtf

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestCompareTotalOrder checks antisymmetry, transitivity and that only
// equal texts compare equal, over every table input.
func TestCompareTotalOrder(t *testing.T) {
	vs := make([]Value, len(allOKCases))
	for i, c := range allOKCases {
		vs[i] = MustParse(c.in)
	}
	for _, a := range vs {
		for _, b := range vs {
			ab, ba := a.Compare(b), b.Compare(a)
			if ab != -ba {
				t.Fatalf("%q vs %q: %d and %d", a, b, ab, ba)
			}
			if (ab == 0) != (a.String() == b.String()) {
				t.Fatalf("%q vs %q compare %d", a, b, ab)
			}
			for _, c := range vs {
				if ab <= 0 && b.Compare(c) <= 0 && a.Compare(c) > 0 {
					t.Fatalf("not transitive: %q <= %q <= %q but %q > %q", a, b, c, a, c)
				}
			}
		}
	}
}

// TestSortDeterministic sorts shuffled copies of a list and expects the
// same order every time.
func TestSortDeterministic(t *testing.T) {
	want := []string{
		"../1956",
		"/1956",
		"1945",
		"1945-08",
		"1945-08~",
		"1945-08/1945-09",
		"1945-08-15",
		"1945-09",
		"1945-09-02",
		"1945-09-02T09:04:00+09:00",
		"1945-09-02~",
		"195X",
		"1956",
		"1956?",
		"1956~",
		"1956/..",
		"1956-10-19",
		"1956-10-19/1956-12-12",
		"2001-21",
		"2001-24",
	}
	rng := rand.New(rand.NewPCG(1855, 2024))
	for range 50 {
		in := slices.Clone(want)
		rng.Shuffle(len(in), func(i, j int) { in[i], in[j] = in[j], in[i] })
		vs := make([]Value, len(in))
		for i, s := range in {
			vs[i] = MustParse(s)
		}
		slices.SortFunc(vs, Value.Compare)
		for i, v := range vs {
			if v.String() != want[i] {
				t.Fatalf("sorted[%d] = %q, want %q (input order %q)", i, v, want[i], in)
			}
		}
	}
}
