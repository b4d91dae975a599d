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

// TestRulesPrefixedReferences: the prefixes that make a reference or a span
// of their own — "an earlier date", "circa", "c.", "ca." before a year, the
// fiscal or full year being reported on, and the first or last two quarters
// of a year (its halves).
func TestRulesPrefixedReferences(t *testing.T) {
	runCases(t, anchorAug, []tc{
		{"The case was heard at an earlier date.", []string{"an earlier date|DATE|PAST_REF||-"}},
		{"The case will be heard at a later date.", []string{"a later date|DATE|FUTURE_REF||-"}},
		{"The church was built circa 1450.", []string{"circa 1450|DATE|1450|APPROX|1450"}},
		{"The church was built c. 1450.", []string{"c. 1450|DATE|1450|APPROX|1450"}},
		{"The church was built ca. 1450.", []string{"ca. 1450|DATE|1450|APPROX|1450"}},
		{"Profit for the fiscal year ended Jan. 31 rose.", []string{"the fiscal year|DURATION|P1Y||-", "Jan. 31|DATE|2018-01-31||2018-01-31"}},
		{"Profit for the full year rose.", []string{"the full year|DATE|2018||2018"}},
		{"Sales in the last two quarters of 1990 fell.", []string{"the last two quarters of 1990|DATE|1990-H2||1990-07/1990-12"}},
		{"Sales in the first two quarters of 1990 rose.", []string{"the first two quarters of 1990|DATE|1990-H1||1990-01/1990-06"}},
	})
}

// TestRulesUnitLed: a unit word after "the" or bare — the years named
// after "the years", a fiscal year ended on a day (a duration), bare plural
// offsets (vague past or future), plural adjectives, stretches after "over"
// or "in the years that", and the quarter ended on a day (the calendar
// quarter holding most of its three months).
func TestRulesUnitLed(t *testing.T) {
	runCases(t, anchorAug, []tc{
		{"The camps operated in the years 1955-1957.", []string{"the years 1955|DATE|1955||1955", "1957|DATE|1957||1957"}},
		{"Profit for the year ended March 31 rose.", []string{"the year|DURATION|P1Y||-", "March 31|DATE|2018-03-31||2018-03-31"}},
		{"Weeks earlier, prices had fallen.", []string{"Weeks earlier|DATE|PAST_REF||-"}},
		{"Months later, prices rose.", []string{"Months later|DATE|FUTURE_REF||-"}},
		{"The deal ends a years-old slump.", []string{"years-old|DURATION|PXY||-"}},
		{"In the years that followed, trade grew.", []string{"the years|DURATION|PXY||-"}},
		{"The walls stood over the centuries.", []string{"the centuries|DURATION|PXCE||-"}},
		{"The quarter ended Sept. 30 was weak.", []string{"The quarter|DATE|2018-Q3||2018-07/2018-09", "Sept. 30|DATE|2017-09-30||2017-09-30"}},
		{"The quarter ended June 10 was weak.", []string{"The quarter|DATE|2018-Q2||2018-04/2018-06", "June 10|DATE|2018-06-10||2018-06-10"}},
		{"The quarter ended Feb. 28 was weak.", []string{"The quarter|DATE|2018-Q1||2018-01/2018-03", "Feb. 28|DATE|2018-02-28||2018-02-28"}},
		{"They met in 1960. The year after, they signed.", []string{"1960|DATE|1960||1960", "The year after|DATE|1961||1961"}},
	})
}
