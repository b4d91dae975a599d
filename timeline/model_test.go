package timeline

import (
	"math/rand"
	"slices"
	"testing"

	"github.com/peacetreaty/timeline/timeline/edtf"
)

func TestCompareOrder(t *testing.T) {
	// The wanted order: earliest day, then latest day, then id.
	want := []Event{
		{ID: "1945-a", Date: edtf.MustParse("1945")},
		{ID: "1945-08-18-b", Date: edtf.MustParse("1945-08-18")},
		{ID: "1945-08-18-a", Date: edtf.MustParse("1945-08-18/1945-09-05")},
		{ID: "1945-08-18-b", Date: edtf.MustParse("1945-08-18/1945-09-05")},
		{ID: "1945-09-a", Date: edtf.MustParse("1945-09")},
		{ID: "1945-09-02-a", Date: edtf.MustParse("1945-09-02")},
		{ID: "1945-09-02-b", Date: edtf.MustParse("1945-09-02")},
		{ID: "195-a", Date: edtf.MustParse("195X~")},
	}
	// 195X starts in 1950 but 1945 (a year) starts before 1945-08-18 and ends
	// after 1945-09-02: only the first day decides.
	rng := rand.New(rand.NewSource(1))
	for range 20 {
		got := slices.Clone(want)
		rng.Shuffle(len(got), func(i, j int) { got[i], got[j] = got[j], got[i] })
		slices.SortFunc(got, func(a, b Event) int { return Compare(&a, &b) })
		for i := range got {
			if got[i].ID != want[i].ID || got[i].Date != want[i].Date {
				t.Fatalf("position %d: got %s %s, want %s %s", i, got[i].ID, got[i].Date, want[i].ID, want[i].Date)
			}
		}
	}
}
