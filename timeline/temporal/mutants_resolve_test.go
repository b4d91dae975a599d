package temporal

import (
	"testing"
	"time"
)

// Tests written against `make mutate-sample` limited to resolve.go,
// rules_vague.go, rules_set.go and rules_day.go (issue 15): each table goes
// over the family of expressions a surviving mutant's condition serves, with
// sentences written for it (not taken from the bench), so that the mutant
// changes a case. Expected values follow the rules' comments and TimeML.

// TestClauseWithoutTense: a clause whose only verb is a copula or a verb of
// wish ("is", "are", "wants") has no tense of its own, so the decision falls
// to the cues further out: a plural part of day after coordinated weekdays
// stays a set, and a yearless month more than four months away takes the
// future from the clause after the comma.
func TestClauseWithoutTense(t *testing.T) {
	runCases(t, anchor2024, []tc{ // Tuesday 30 January 2024
		{"Fares are lower on Monday and Thursday nights.", []string{"Monday|SET|XXXX-WXX-1TNI||-", "Thursday nights|SET|XXXX-WXX-4TNI||-"}},
		{"The ferry is full on Saturday and Sunday nights.", []string{"Saturday|SET|XXXX-WXX-6TNI||-", "Sunday nights|SET|XXXX-WXX-7TNI||-"}},
		{"Tickets are cheaper on Tuesday or Wednesday evenings.", []string{"Tuesday|SET|XXXX-WXX-2TEV||-", "Wednesday evenings|SET|XXXX-WXX-3TEV||-"}},
	})
	runCases(t, anchorSat, []tc{ // Saturday 15 June 2019
		{"The vote is in December, and the parties will campaign hard.", []string{"December|DATE|2019-12||2019-12"}},
		{"The final round is in January, and the envoys will meet there.", []string{"January|DATE|2020-01||2020-01"}},
		{"The deadline is in November, so the ministers will hurry.", []string{"November|DATE|2019-11||2019-11"}},
		// Told of the past, or with no cue at all, it is the one before.
		{"The deadline is in November, so the ministers hurried.", []string{"November|DATE|2018-11||2018-11"}},
		{"The deadline is in November.", []string{"November|DATE|2018-11||2018-11"}},
	})
}

// TestQuartersAroundTheReport: a quarter named without a year in a report
// is this year's unless it has not begun and nothing looks ahead; the
// quarter the report is in counts as begun. "The year-earlier" quarter is
// a year before the last such quarter that has begun; "the latest quarter"
// is the last one ended.
func TestQuartersAroundTheReport(t *testing.T) {
	jan := time.Date(2024, 1, 30, 9, 0, 0, 0, time.UTC) // in Q1
	may := time.Date(2024, 5, 10, 9, 0, 0, 0, time.UTC) // in Q2
	runCases(t, jan, []tc{
		{"Profit rose in the first quarter.", []string{"the first quarter|DATE|2024-Q1||2024-01/2024-03"}},
		{"Profit rose in the second quarter.", []string{"the second quarter|DATE|2023-Q2||2023-04/2023-06"}},
		{"Profit will rise in the second quarter.", []string{"the second quarter|DATE|2024-Q2||2024-04/2024-06"}},
		{"Sales in the latest quarter fell.", []string{"the latest quarter|DATE|2023-Q4||2023-10/2023-12"}},
		{"Profit rose in the quarter.", []string{"the quarter|DATE|2023-Q4||2023-10/2023-12"}},
		{"Profit fell from the year-earlier first quarter.", []string{"the year-earlier first quarter|DATE|2022-Q1||2022-01/2022-03"}},
		{"Profit fell from the year-earlier fourth quarter.", []string{"the year-earlier fourth quarter|DATE|2022-Q4||2022-10/2022-12"}},
	})
	runCases(t, may, []tc{
		{"Profit rose in the first quarter.", []string{"the first quarter|DATE|2024-Q1||2024-01/2024-03"}},
		{"Profit rose in the second quarter.", []string{"the second quarter|DATE|2024-Q2||2024-04/2024-06"}},
		{"Profit rose in the third quarter.", []string{"the third quarter|DATE|2023-Q3||2023-07/2023-09"}},
		{"Sales in the latest quarter fell.", []string{"the latest quarter|DATE|2024-Q1||2024-01/2024-03"}},
		{"Sales in the latest period fell.", []string{"the latest period|DATE|2024-Q1||2024-01/2024-03"}},
		{"Profit rose in the quarter.", []string{"the quarter|DATE|2024-Q1||2024-01/2024-03"}},
		{"Profit fell from the year-earlier first quarter.", []string{"the year-earlier first quarter|DATE|2023-Q1||2023-01/2023-03"}},
		{"Profit fell from the year-earlier second quarter.", []string{"the year-earlier second quarter|DATE|2022-Q2||2022-04/2022-06"}},
		{"Profit fell from the year-earlier third quarter.", []string{"the year-earlier third quarter|DATE|2022-Q3||2022-07/2022-09"}},
		// A year earlier than a quarter is that quarter a year before;
		// after a longer period ("the nine months", "the first half") it
		// stays a year.
		{"Profit rose in the quarter, compared with a loss a year earlier.", []string{"the quarter|DATE|2024-Q1||2024-01/2024-03", "a year earlier|DATE|2023-Q1||2023-01/2023-03"}},
		{"Profit rose in the second quarter. A year earlier it fell.", []string{"the second quarter|DATE|2024-Q2||2024-04/2024-06", "A year earlier|DATE|2023-Q2||2023-04/2023-06"}},
		{"Profit rose in the first half. A year earlier it fell.", []string{"the first half|DATE|2024-H1||2024-01/2024-06", "A year earlier|DATE|2023||2023"}},
		{"For the nine months, profit rose in the second quarter, up from a loss a year earlier.", []string{"the nine months|DURATION|P9M||-", "the second quarter|DATE|2024-Q2||2024-04/2024-06", "a year earlier|DATE|2023||2023"}},
		{"Profit rose in the second quarter from the quarter a year ago.", []string{"the second quarter|DATE|2024-Q2||2024-04/2024-06", "the quarter a year ago|DATE|2023-Q2||2023-04/2023-06"}},
		// "the quarter", "the next", "the previous" count from the quarter told.
		{"Profit rose in the second quarter. Sales in the quarter rose.", []string{"the second quarter|DATE|2024-Q2||2024-04/2024-06", "the quarter|DATE|2024-Q2||2024-04/2024-06"}},
		{"Profit rose in the second quarter. The next quarter will be weak.", []string{"the second quarter|DATE|2024-Q2||2024-04/2024-06", "The next quarter|DATE|2024-Q3||2024-07/2024-09"}},
		{"Profit rose in the second quarter. The previous quarter was weak.", []string{"the second quarter|DATE|2024-Q2||2024-04/2024-06", "The previous quarter|DATE|2024-Q1||2024-01/2024-03"}},
	})
}

// TestClauseTenseReachesSixteenWords: the tense of a date's clause is read
// at most sixteen words back; a cue further back belongs to another clause
// ("will need ... to win back voters angry over the price rises in March":
// the rises are past).
func TestClauseTenseReachesSixteenWords(t *testing.T) {
	runCases(t, anchorSat, []tc{ // Saturday 15 June 2019
		{"The ministers will need more than vague promises of aid and new joint fishing projects to win back voters angry over the price rises in March.", []string{"March|DATE|2019-03||2019-03"}},
		{"The ministers will need more than vague promises of aid and new joint fishing projects to win back voters angry over the price rises on Friday.", []string{"Friday|DATE|2019-06-14||2019-06-14"}},
		{"The ministers will need more than vague promises of aid and new joint fishing projects to win back voters angry over the price rises in September.", []string{"September|DATE|2018-09||2018-09"}},
		{"Voters are angry over the price rises in March.", []string{"March|DATE|2019-03||2019-03"}},
	})
}

// TestSoonAsConjunction: "soon as" (with or without the first "as") opens
// a clause of time and places nothing itself, even in a clause that looks
// ahead; "soon" set off by a comma before "as" is the vague future.
func TestSoonAsConjunction(t *testing.T) {
	runCases(t, anchor2024, []tc{
		{"The ferry will sail again soon as the ice clears.", nil},
		{"The ferry will sail again as soon as the ice clears.", nil},
		{"Soon as the ice clears the ferry will sail again.", nil},
		{"The ferry will resume soon, as officials promised.", []string{"soon|DATE|FUTURE_REF||-"}},
	})
}

// TestDayBeforeAdverbial: "the day before" and "the day after" used as an
// adverb, followed by a place or a circumstance ("the day before in
// Nemuro"), are the day before or after the day last told.
func TestDayBeforeAdverbial(t *testing.T) {
	runCases(t, anchor2024, []tc{
		{"The boat was seized on Jan. 12. The crew had met the day before in Nemuro.", []string{"Jan. 12|DATE|2024-01-12||2024-01-12", "the day|DATE|2024-01-11||2024-01-11"}},
		{"The boat was seized on Jan. 12. The crew returned to port the day after in a storm.", []string{"Jan. 12|DATE|2024-01-12||2024-01-12", "the day|DATE|2024-01-13||2024-01-13"}},
	})
}
