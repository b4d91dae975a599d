package temporal

import (
	"testing"
	"time"
)

// Tests for issue 10 part 5: English families a tagger must generalise to,
// on sentences written for them (never taken from the development sets).

// june2019 is Saturday 15 June 2019.
var june2019 = time.Date(2019, 6, 15, 12, 0, 0, 0, time.UTC)

// TestDayListsShareYear: the year written after a range or list of days is
// every day's, and a comma list of days shares the month.
func TestDayListsShareYear(t *testing.T) {
	runCases(t, june2019, []tc{
		{"The exercise ran from March 1-5, 2001.", []string{
			"March 1|DATE|2001-03-01||", "5, 2001|DATE|2001-03-05||"}},
		{"Talks were held October 10 to 12, 1998, in Moscow.", []string{
			"October 10|DATE|1998-10-10||", "12, 1998|DATE|1998-10-12||"}},
		{"The envoys met on August 3, 4 and 5, 1987.", []string{
			"August 3|DATE|1987-08-03||", "4|DATE|1987-08-04||", "5, 1987|DATE|1987-08-05||"}},
		{"The envoys met on April 7, 8 and 9.", []string{
			"April 7|DATE|2019-04-07||", "8|DATE|2019-04-08||", "9|DATE|2019-04-09||"}},
		// A number after a comma is a count, not a listed day.
		{"On April 7, 8 soldiers were hurt.", []string{"April 7|DATE|2019-04-07||"}},
		{"On April 7, 8 and 9 soldiers were hurt.", []string{"April 7|DATE|2019-04-07||"}},
	})
}
