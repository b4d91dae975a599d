package temporal

import (
	"testing"
	"time"
)

// Tests for the rule families of issue 10, on sentences written for them
// (never taken from the development sets).

// TestTenseAndAspect: plans, schedules and the future put a yearless date or
// a weekday ahead; reported speech counts from the day of the report.
func TestTenseAndAspect(t *testing.T) {
	// Tuesday 30 January 2024: a weekday "ahead" is after it.
	runCases(t, anchor2024, []tc{
		{"The delegates are scheduled to fly back on Monday.", []string{"Monday|DATE|2024-02-05||2024-02-05"}},
		{"The envoy is due to arrive on Friday.", []string{"Friday|DATE|2024-02-02||"}},
		{"Kishida plans to travel on Thursday.", []string{"Thursday|DATE|2024-02-01||"}},
		{"The ministers will meet on Monday.", []string{"Monday|DATE|2024-02-05||"}},
		{"Lavrov is expected to visit Tokyo on Saturday.", []string{"Saturday|DATE|2024-02-03||"}},
		{"The ministers met on Monday.", []string{"Monday|DATE|2024-01-29||"}},
		// Reported speech: the clause's tense counts from the report's day.
		{"The minister said on Friday that talks would resume on Monday.", []string{
			"Friday|DATE|2024-01-26||", "Monday|DATE|2024-01-29||"}},
		{"The minister said on Friday that talks had resumed on Monday.", []string{
			"Friday|DATE|2024-01-26||", "Monday|DATE|2024-01-22||"}},
		{"Lavrov said on Monday that talks would resume in March.", []string{
			"Monday|DATE|2024-01-29||", "March|DATE|2024-03||"}},
		// No tense cue, more than four months away: the past (issue 15's
		// surviving mutant turned this into July 2024).
		{"The meeting in July.", []string{"July|DATE|2023-07||2023-07"}},
	})
	// Monday 10 June 2024: March, April and May are behind unless a plan
	// or the future puts them ahead.
	june := time.Date(2024, 6, 10, 9, 0, 0, 0, time.UTC)
	runCases(t, june, []tc{
		{"The treaty is due to be signed on March 3.", []string{"March 3|DATE|2025-03-03||"}},
		{"Kishida plans to visit Moscow in May.", []string{"May|DATE|2025-05||"}},
		{"The talks will resume in March.", []string{"March|DATE|2025-03||"}},
		{"He is expected to arrive in April.", []string{"April|DATE|2025-04||"}},
		{"The treaty was signed on March 3.", []string{"March 3|DATE|2024-03-03||"}},
		{"Kishida visited Moscow in May.", []string{"May|DATE|2024-05||"}},
		// The report on Wednesday 3 April; "would resume in March" is the
		// March after it.
		{"Lavrov said on April 3 that talks would resume in March.", []string{
			"April 3|DATE|2024-04-03||", "March|DATE|2025-03||"}},
	})
}

// TestRecurringDates: yearly days are sets with an unspecified year, never
// one date (the merge relies on this: a SET never becomes a proposal).
func TestRecurringDates(t *testing.T) {
	runCases(t, anchor2024, []tc{
		{"Russia has celebrated every September 3 the victory over Japan.", []string{"every September 3|SET|XXXX-09-03||-"}},
		{"The rally is held every Feb. 7 in Tokyo.", []string{"every Feb. 7|SET|XXXX-02-07||-"}},
		{"The holiday is celebrated on September 3.", []string{"September 3|SET|XXXX-09-03||-"}},
		{"In 2020 Russia moved the holiday from September 2 to September 3.", []string{
			"2020|DATE|2020||", "September 2|SET|XXXX-09-02||-", "September 3|SET|XXXX-09-03||-"}},
		{"Japan marks Northern Territories Day on February 7.", []string{
			"Northern Territories Day|SET|XXXX-02-07||-", "February 7|SET|XXXX-02-07||-"}},
		{"The annual Northern Territories Day rally drew 1,500 people.", []string{"Northern Territories Day|SET|XXXX-02-07||-"}},
		// One occasion stays a date.
		{"Japan marked Northern Territories Day on February 7 with a rally.", []string{
			"Northern Territories Day|DATE|2023-02-07||2023-02-07", "February 7|DATE|2023-02-07||2023-02-07"}},
		{"The meeting was moved from September 2 to September 3.", []string{
			"September 2|DATE|2023-09-02||", "September 3|DATE|2023-09-03||"}},
		{"He celebrated his birthday on September 3, 2021.", []string{"September 3, 2021|DATE|2021-09-03||"}},
	})
}

// TestNamedDays: the named days of the dispute with their dates, including
// the day Russia moved in 2020 and renamed in 2023.
func TestNamedDays(t *testing.T) {
	runCases(t, anchor2024, []tc{
		{"On Northern Territories Day 2019, Abe spoke.", []string{"Northern Territories Day 2019|DATE|2019-02-07||2019-02-07"}},
		{"Putin spoke on the Day of Victory over Japan.", []string{"Day of Victory over Japan|DATE|2023-09-03||"}},
		{"the Soviet Victory over Japan Day", []string{"Victory over Japan Day|DATE|2023-09-03||"}},
		{"Russia marks the Day of Victory over Militaristic Japan and the End of the Second World War on September 3.", []string{
			"Day of Victory over Militaristic Japan and the End of the Second World War|SET|XXXX-09-03||-",
			"September 3|SET|XXXX-09-03||-"}},
		{"the Day of Victory over Militarist Japan", []string{"Day of Victory over Militarist Japan|DATE|2023-09-03||"}},
		// 2 September from 2010, 3 September from 2020.
		{"On the Day of the End of the Second World War 2015, wreaths were laid.", []string{
			"Day of the End of the Second World War 2015|DATE|2015-09-02||2015-09-02"}},
		{"On the Day of the End of World War II 2021, wreaths were laid.", []string{
			"Day of the End of World War II 2021|DATE|2021-09-03||2021-09-03"}},
		{"Russia observes the Day of the End of World War II.", []string{"Day of the End of World War II|SET|XXXX-09-03||-"}},
		{"Japan observes End-of-War Memorial Day each year.", []string{"End-of-War Memorial Day|SET|XXXX-08-15||-", "each year|SET|P1Y||-"}},
		{"the Day for Mourning War Dead and Praying for Peace", []string{"Day for Mourning War Dead and Praying for Peace|DATE|2023-08-15||"}},
		// Not a name: a lower-case phrase, an unfinished one.
		{"the day of victory over japan", nil},
		{"the Day of Victory parade", nil},
	})
}

// TestYearGuardGrouped pins the year guard's "grouped number" flag (issue
// 15: without it "1999.75" became the year 1999).
func TestYearGuardGrouped(t *testing.T) {
	runCases(t, anchor2024, []tc{
		{"the index at 1999.75", nil},
		{"the index closed at 1,999 points", nil},
		{"the index stood at 2,024.5 in 2023", []string{"2023|DATE|2023||2023"}},
	})
}
