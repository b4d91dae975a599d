package merge

import (
	"fmt"
	"math/rand"
	"slices"
	"testing"

	"github.com/peacetreaty/timeline/timeline"
	"github.com/peacetreaty/timeline/timeline/edtf"
)

// TestSortEventsIsSortFunc: sortEvents gives the very order of
// slices.SortFunc with timeline.Compare, ties (same date and id) included,
// which an unstable sort leaves in an order of its own.
func TestSortEventsIsSortFunc(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	for _, n := range []int{0, 1, 2, 3, 12, 13, 50, 300, 2000} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			es := make([]timeline.Event, n)
			for i := range es {
				// Few dates and ids, so that many events tie; Summary tells
				// tied events apart.
				es[i] = timeline.Event{
					ID:      fmt.Sprintf("e%d", rng.Intn(4)),
					Date:    edtf.MustParse([]string{fmt.Sprintf("%d-%02d", 2000+rng.Intn(3), 1+rng.Intn(2)), "2001", "2001-01/2001-02", "2001-01-15"}[i%4]),
					Summary: fmt.Sprint(i),
				}
			}
			want := slices.Clone(es)
			slices.SortFunc(want, func(a, b timeline.Event) int { return timeline.Compare(&a, &b) })
			got := slices.Clone(es)
			sortEvents(got)
			for i := range want {
				if got[i].Summary != want[i].Summary {
					t.Fatalf("at %d: event %s, want %s", i, got[i].Summary, want[i].Summary)
				}
			}
		})
	}
}
