package temporal

import (
	"testing"
	"time"
)

// Tests written against the survivors of `make mutate-sample` limited to the
// English and shared rules (rules.go, rules_date.go, rules_dur.go,
// lang_en.go; issue 15). Each table goes over the family of expressions the
// mutated condition serves, with sentences written for it, so that the rule
// is pinned by what it reads rather than by one phrase.

// anchorAug is a Wednesday late in a year's summer, far from both new years.
var anchorAug = time.Date(2018, 8, 22, 9, 0, 0, 0, time.UTC)

// TestRulesCoordinatedMonthDays: a month and day coordinated with a second,
// capitalised month, day and year ("March 19 and April 30, 2003") takes the
// year written last; a first month later in the year than the second takes
// the year before.
func TestRulesCoordinatedMonthDays(t *testing.T) {
	runCases(t, anchorAug, []tc{
		{"Talks ran from March 19 to April 30, 2003.", []string{"March 19|DATE|2003-03-19||2003-03-19", "April 30, 2003|DATE|2003-04-30||2003-04-30"}},
		{"They met on June 5 and July 2, 1999.", []string{"June 5|DATE|1999-06-05||1999-06-05", "July 2, 1999|DATE|1999-07-02||1999-07-02"}},
		{"The siege lasted from May 2 through June 9, 1942.", []string{"May 2|DATE|1942-05-02||1942-05-02", "June 9, 1942|DATE|1942-06-09||1942-06-09"}},
		{"Fighting went on between December 30 and January 2, 1942.", []string{"December 30|DATE|1941-12-30||1941-12-30", "January 2, 1942|DATE|1942-01-02||1942-01-02"}},
		{"Snow fell from November 28 to February 3, 1956.", []string{"November 28|DATE|1955-11-28||1955-11-28", "February 3, 1956|DATE|1956-02-03||1956-02-03"}},
	})
}
