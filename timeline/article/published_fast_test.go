package article

import (
	"fmt"
	"testing"
	"time"

	"github.com/araddon/dateparse"
)

// isoDay, ParsePublished's shortcut for "YYYY-MM-DD", gives exactly what
// dateparse gives (and checkPublished lets through), for every day of
// ordinary, leap and edge years in zones on both sides of UTC, and leaves
// everything else to dateparse.
func TestISODayAgreesWithDateparse(t *testing.T) {
	chatham, err := time.LoadLocation("Pacific/Chatham")
	if err != nil {
		t.Skipf("no tz database: %v", err)
	}
	locs := []*time.Location{time.UTC, chatham, time.FixedZone("", -12*3600), time.FixedZone("", 14*3600)}
	var days []string
	for _, y := range []int{1, 1900, 1956, 2000, 2023, 2024, 9999} {
		for m := 0; m <= 13; m++ {
			for d := 0; d <= 32; d++ {
				days = append(days, fmt.Sprintf("%04d-%02d-%02d", y, m, d))
			}
		}
	}
	days = append(days, "0000-01-01", "2024-1-30", "2024-01-3x", "+024-01-30", "2024/01/30", "2024-01-30T", "２０２４-01-30")
	fast := 0
	for _, loc := range locs {
		for _, s := range days {
			got, ok := isoDay(s, loc)
			if !ok {
				continue
			}
			fast++
			want, err := dateparse.ParseIn(s, loc, dateparse.PreferMonthFirst(true))
			if err == nil {
				err = checkPublished(s, want)
			}
			if err != nil || got != want {
				t.Errorf("%s in %v: isoDay %v, dateparse %v (%v)", s, loc, got, want, err)
			}
		}
	}
	if fast < 4*7*365 {
		t.Errorf("only %d days took the shortcut", fast)
	}
}
